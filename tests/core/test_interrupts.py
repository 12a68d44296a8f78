"""Ctrl-C, SIGTERM and SIGHUP end a backfill the same way (README "Interrupts and exit codes").

Each signal reaches a real `spine` process once its first week is complete: the run is recorded FAILED
("interrupted (SIGNAL)"), stderr holds one line naming the weeks that finished and are kept and saying
that the same command resumes, and the exit code is 128 + the signal; the same command then resumes.
"""

from __future__ import annotations

import json
import os
import pty
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from spine.api import Spine
from tests.conftest import TIER, integrity, spine_cli, start_cli

WEEKS = ["2025-12-05", "2025-12-12", "2025-12-19"]
ROWS = 8_000  # a week takes a few tenths of a second: the signal lands while later weeks run


@pytest.fixture(scope="module")
def weeks_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("weeks")
    for week in WEEKS:
        lines = ["WeekEnding|Tier|Symbol|MPID|TotalShares|TotalTrades"]
        lines += [f"{week}|{TIER}|S{i // 40:05d}|M{i % 40:03d}|{1000 + i}|{1 + i % 500}" for i in range(ROWS)]
        (folder / f"week_{week}.psv").write_text("\n".join(lines) + "\n")
    return folder


def _aggregated(db: Path) -> int:
    try:
        with sqlite3.connect(db, timeout=5) as conn:
            row = conn.execute(
                "SELECT COUNT(*) FROM executions WHERE pipeline_name = 'otc.aggregate_week'"
                " AND status = 'COMPLETED'"
            ).fetchone()
    except sqlite3.OperationalError:  # not created yet
        return 0
    return int(row[0])


@pytest.mark.parametrize(
    ("signum", "name", "code"),
    [(signal.SIGINT, "SIGINT", 130), (signal.SIGTERM, "SIGTERM", 143), (signal.SIGHUP, "SIGHUP", 129)],
    ids=["ctrl-c", "sigterm", "sighup"],
)
def test_a_signal_ends_a_backfill_recorded_and_resumable(
    tmp_path: Path, weeks_dir: Path, reaper: list[subprocess.Popen[str]], signum: int, name: str, code: int
) -> None:
    db = tmp_path / "spine.db"
    Spine(db).close()
    args = (
        "run",
        "otc.backfill_range",
        "-p",
        f"tier={TIER}",
        "-p",
        f"source_dir={weeks_dir}",
        "-p",
        "weeks_back=3",
    )
    proc = start_cli(db, *args)
    reaper.append(proc)
    deadline = time.monotonic() + 60
    while _aggregated(db) < 1:
        assert proc.poll() is None, proc.communicate()
        assert time.monotonic() < deadline, "the first week never finished"
        time.sleep(0.01)
    proc.send_signal(signum)
    out, err = proc.communicate(timeout=60)

    assert proc.returncode == code, (out, err)
    assert err.count("\n") == 1 and err.startswith(f"error: interrupted ({name}); "), err
    assert "weeks finished and kept: 2025-12-05" in err and err.rstrip().endswith(
        "run the same command again to resume"
    ), err
    assert "Traceback" not in out + err
    assert integrity(db) == "ok"
    with sqlite3.connect(db) as conn:
        rows = conn.execute(
            "SELECT pipeline_name, status, error FROM executions ORDER BY execution_id"
        ).fetchall()
    assert [r for r in rows if r[1] == "RUNNING"] == []
    parent = rows[0]
    assert parent[:2] == ("otc.backfill_range", "FAILED")
    assert parent[2].startswith(f"interrupted ({name}); weeks finished and kept: 2025-12-05"), parent
    assert parent[2] in err
    # The same command resumes: its plan skips the kept week and runs the others.
    plan = spine_cli(*args, "-p", "dry_run=true", "--json", db=db)
    assert plan.returncode == 0, plan.stderr
    stages = {w["week_ending"]: w["stages"]["aggregate"] for w in json.loads(plan.stdout)["metrics"]["weeks"]}
    assert stages == {"2025-12-05": "skip", "2025-12-12": "run", "2025-12-19": "run"}


def test_a_signal_restores_the_terminal(
    tmp_path: Path, weeks_dir: Path, reaper: list[subprocess.Popen[str]]
) -> None:
    """On a terminal the backfill hides the cursor under its progress bar; SIGTERM shows it again
    before the one-line message, so the user's shell is left as it was."""
    db = tmp_path / "spine.db"
    Spine(db).close()
    leader, follower = pty.openpty()
    env = {**os.environ, "SPINE_DB": str(db), "COLUMNS": "100"}
    env.pop("SPINE_BUSY_TIMEOUT", None)
    args = [
        "run",
        "otc.backfill_range",
        "-p",
        f"tier={TIER}",
        "-p",
        f"source_dir={weeks_dir}",
        "-p",
        "weeks_back=3",
    ]
    proc = subprocess.Popen(
        [sys.executable, "-m", "spine.cli", *args],
        stdout=subprocess.DEVNULL,
        stderr=follower,
        env=env,
        text=True,
    )
    reaper.append(proc)
    os.close(follower)
    seen = bytearray()
    reader = threading.Thread(target=_drain, args=(leader, seen), daemon=True)
    reader.start()
    deadline = time.monotonic() + 60
    while _aggregated(db) < 1:
        assert proc.poll() is None and time.monotonic() < deadline
        time.sleep(0.01)
    proc.send_signal(signal.SIGTERM)
    assert proc.wait(timeout=60) == 143
    reader.join(timeout=10)
    os.close(leader)
    hidden, shown = seen.rfind(b"\x1b[?25l"), seen.rfind(b"\x1b[?25h")
    assert 0 <= hidden < shown, bytes(seen[-400:])
    tail = bytes(seen[shown:]).decode("utf-8", "replace")
    assert "error: interrupted (SIGTERM); weeks finished and kept: 2025-12-05" in tail, tail


def _drain(leader: int, seen: bytearray) -> None:
    while True:
        try:
            chunk = os.read(leader, 4096)
        except OSError:  # the terminal closed with the process
            return
        if not chunk:
            return
        seen.extend(chunk)
