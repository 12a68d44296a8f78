"""A large source is sorted in a forked child beside the writes (README "Performance"): the week it
stores is the one the same file gives in a single process, line for line, reject for reject, and
what goes wrong in the child (a file refused at its 2,500th line) ends the run as it would have.
"""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import time
from pathlib import Path
from typing import Any

import pytest

import spine.domains.otc.loader as loader
from spine.api import Spine
from spine.domains.otc import week_lines as sorting
from tests import oracle
from tests.conftest import REAL_FIXTURES, TIER, all_data, child_pids, count, integrity, start_cli, write_file
from tests.domains.otc.test_bad_input import HEADER, WEEK, assert_week_untouched, ingest, row

LINES = 3000


def week_lines() -> list[str]:
    """Good lines with every ingest outcome mixed in: bad numbers, other weeks and tiers, a line
    with bytes that are not UTF-8, a duplicate line, short lines, blank lines."""
    lines = [row(f"S{i // 30:04d}", f"M{i % 30:03d}", 1000 + i * 7, 1 + i % 97) for i in range(LINES)]
    lines[100] = row("BAD", "NITE", "12x", 3)
    lines[200] = row("WEEK", "NITE", 5, 1, week="2025-12-19")
    lines[300] = row("TIER", "NITE", 5, 1, tier="OTC")
    lines[400] = "2025-12-26|NMS_TIER_1|caf\udce9|NITE|5|1"  # a lone Latin-1 byte
    lines[500] = lines[499]
    lines[600] = "2025-12-26|NMS_TIER_1|SHORT"
    lines[700] = ""
    lines[2900] = row("lower", "nite", 10, 2)  # valid after upper-casing
    return lines


def write_week(path: Path, lines: list[str]) -> Path:
    text = "\n".join([HEADER, *lines]) + "\n"
    return write_file(path, text.encode("utf-8", "surrogateescape"))


Loaded = tuple[Spine, dict[str, Any]]


def load_both(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, source: Path, week: str = WEEK, tier: str = TIER
) -> tuple[Loaded, Loaded]:
    """The same file ingested and normalized in a child (any size) and in one process, in batches
    of 7 rows so that many cross the pipe; each with its ingest's metrics (the tally)."""
    monkeypatch.setattr(sorting, "BATCH_ROWS", 7)
    forks: list[int] = []
    real_in_child = loader.in_child

    def counted(produce: Any) -> Any:
        forks.append(1)
        return real_in_child(produce)

    monkeypatch.setattr(loader, "in_child", counted)
    loaded: list[Loaded] = []
    for mode, threshold in (("child", 0), ("single", 1 << 60)):
        monkeypatch.setattr(loader, "PARALLEL_MIN_BYTES", threshold)
        spine = Spine(tmp_path / f"{mode}.db")
        result = spine.run("otc.ingest_week", {"tier": tier, "week_ending": week, "file_path": str(source)})
        assert result.ok, result.error
        assert spine.run("otc.normalize_week", {"tier": tier, "week_ending": week}).ok
        loaded.append((spine, result.metrics))
        assert len(forks) == 1  # the first load forked, the second did not
    return loaded[0], loaded[1]


def assert_same_week(child: Loaded, single: Loaded) -> None:
    assert all_data(child[0].conn) == all_data(single[0].conn)
    assert child[1] == single[1]
    for spine, _metrics in (child, single):
        spine.close()


def test_a_child_stores_what_one_process_stores(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    lines = week_lines()
    source = write_week(tmp_path / "week.psv", lines)
    child, single = load_both(tmp_path, monkeypatch, source)
    conn = child[0].conn

    # And what they both store is what the file says, computed apart from the product.
    good = [line.split("|") for i, line in enumerate(lines) if i not in (100, 200, 300, 400, 500, 600, 700)]
    records = [(f[2].upper(), f[3].upper(), int(f[4]), int(f[5])) for f in good]
    expected = sorted(oracle.record_hash(WEEK, TIER, *record) for record in records)
    stored = conn.execute("SELECT record_hash FROM otc_raw ORDER BY record_hash")
    assert [r[0] for r in stored] == expected
    assert oracle.tier_week(records)[:2] == (
        count(conn, "SELECT SUM(total_shares) FROM otc_venue_volume"),
        count(conn, "SELECT SUM(total_trades) FROM otc_venue_volume"),
    )
    rejected = conn.execute(
        "SELECT line_number, reason_code FROM otc_rejects WHERE stage = 'INGEST' ORDER BY line_number"
    ).fetchall()
    assert [tuple(r) for r in rejected] == [
        (102, "PARSE_ERROR"),
        (202, "WEEK_MISMATCH"),
        (302, "TIER_MISMATCH"),
        (402, "PARSE_ERROR"),
        (602, "PARSE_ERROR"),
    ]
    assert child[1]["duplicate_lines"] == 1
    assert_same_week(child, single)


@pytest.mark.parametrize(
    ("name", "week", "tier"),
    [
        ("finra_api_t1_2025-12-26.psv", "2025-12-26", "NMS_TIER_1"),  # texts, totals, other grains
        ("finra_api_t1_2025-12-26.json", "2025-12-26", "NMS_TIER_1"),  # a JSON array
        ("finra_website_otc_2025-11-14.psv", "2025-11-14", "OTC"),  # FINRA's download, publication dates
    ],
)
def test_a_child_stores_what_one_process_stores_for_finras_layouts(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str, week: str, tier: str
) -> None:
    child, single = load_both(tmp_path, monkeypatch, REAL_FIXTURES / name, week, tier)
    assert child[1]["lines"] > 7  # more than one batch
    assert_same_week(child, single)


def test_a_file_refused_in_the_child_leaves_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    lines = week_lines()
    lines[2500] = "2025-12-26|NMS_TIER_1|NUL\x00|NITE|5|1"
    source = write_week(tmp_path / "week.psv", lines)
    monkeypatch.setattr(loader, "PARALLEL_MIN_BYTES", 0)
    spine = Spine(tmp_path / "spine.db")
    result = ingest(spine, source)
    assert not result.ok
    assert result.error == "binary content at line 2502, not a text file of weekly data"
    assert_week_untouched(spine.conn)
    status = spine.conn.execute("SELECT status, error FROM executions").fetchall()
    assert [tuple(r) for r in status] == [("FAILED", result.error)]
    spine.close()


LARGE = 60_000  # lines: over PARALLEL_MIN_BYTES, and a load of a few tenths of a second


def start_large_ingest(tmp_path: Path, reaper: list[subprocess.Popen[str]]) -> tuple[Path, Any, list[int]]:
    """A real `spine run otc.ingest_week` of a large file, returned once its child is running."""
    lines = [row(f"S{i // 40:05d}", f"M{i % 40:03d}", 1000 + i, 1 + i % 500) for i in range(LARGE)]
    source = write_week(tmp_path / "week.psv", lines)
    assert source.stat().st_size >= loader.PARALLEL_MIN_BYTES  # the child is used
    db = tmp_path / "spine.db"
    Spine(db).close()
    params = (f"tier={TIER}", f"week_ending={WEEK}", f"file_path={source}")
    proc = start_cli(db, "run", "otc.ingest_week", *(word for p in params for word in ("-p", p)))
    reaper.append(proc)
    deadline = time.monotonic() + 30
    while not (children := child_pids(proc.pid)):
        assert proc.poll() is None, proc.communicate()
        assert time.monotonic() < deadline, "no child started"
        time.sleep(0.005)
    return db, proc, children


def test_ctrl_c_during_a_large_ingest_ends_both_processes(
    tmp_path: Path, reaper: list[subprocess.Popen[str]]
) -> None:
    """Ctrl-C reaches the whole process group: the child ignores it, the parent records the run
    interrupted, and no process is left reading the file."""
    db, proc, children = start_large_ingest(tmp_path, reaper)
    # What a terminal's Ctrl-C does: every process of the foreground group (here, the two of them).
    for pid in (proc.pid, *children):
        os.kill(pid, signal.SIGINT)
    out, err = proc.communicate(timeout=30)
    assert proc.returncode == 130, (out, err)
    assert err.startswith("error: interrupted (SIGINT)") and "Traceback" not in err, err
    for pid in children:
        assert not Path(f"/proc/{pid}").exists()
    assert integrity(db) == "ok"
    with sqlite3.connect(db) as conn:
        runs = conn.execute("SELECT status, error FROM executions").fetchall()
        assert count(conn, "SELECT COUNT(*) FROM otc_raw_record") == 0
    assert [r[0] for r in runs] == ["FAILED"] and runs[0][1].startswith("interrupted (SIGINT)")


def test_the_child_ignores_interrupts_the_run_decides(
    tmp_path: Path, reaper: list[subprocess.Popen[str]]
) -> None:
    """Signals that reach only the child change nothing: the run completes with every line."""
    db, proc, children = start_large_ingest(tmp_path, reaper)
    for signum in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP):
        for pid in children:
            os.kill(pid, signum)
    out, err = proc.communicate(timeout=60)
    assert proc.returncode == 0, (out, err)
    with sqlite3.connect(db) as conn:
        assert count(conn, "SELECT COUNT(*) FROM otc_raw_record") == LARGE
        runs = conn.execute("SELECT status FROM executions").fetchall()
    assert runs == [("COMPLETED",)]
