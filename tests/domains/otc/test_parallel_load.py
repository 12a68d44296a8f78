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

import pytest

import spine.domains.otc.loader as loader
from spine.api import Spine
from tests import oracle
from tests.conftest import TIER, all_data, count, integrity, start_cli, write_file
from tests.domains.otc.test_bad_input import HEADER, WEEK, assert_week_untouched, ingest, normalize, row

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


def load_both(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, source: Path) -> tuple[Spine, Spine]:
    """The same file ingested and normalized in a child (any size) and in one process."""
    loaded = []
    for mode, threshold in (("child", 0), ("single", 1 << 60)):
        monkeypatch.setattr(loader, "PARALLEL_MIN_BYTES", threshold)
        spine = Spine(tmp_path / f"{mode}.db")
        assert ingest(spine, source).ok
        assert normalize(spine).ok
        loaded.append(spine)
    return loaded[0], loaded[1]


def test_a_child_stores_what_one_process_stores(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    lines = week_lines()
    source = write_week(tmp_path / "week.psv", lines)
    child, single = load_both(tmp_path, monkeypatch, source)
    assert all_data(child.conn) == all_data(single.conn)

    # And what they both store is what the file says, computed apart from the product.
    good = [
        (i + 2, line.split("|"))
        for i, line in enumerate(lines)
        if i not in (100, 200, 300, 400, 500, 600, 700)
    ]
    expected = sorted(
        oracle.record_hash(WEEK, TIER, f[2].upper(), f[3].upper(), int(f[4]), int(f[5])) for _, f in good
    )
    stored = child.conn.execute(
        "SELECT record_hash FROM otc_raw WHERE week_ending = ? ORDER BY record_hash", (WEEK,)
    ).fetchall()
    assert [r[0] for r in stored] == expected
    shares = count(child.conn, "SELECT SUM(total_shares) FROM otc_venue_volume")
    assert shares == sum(int(f[4]) for _, f in good)
    rejected = child.conn.execute(
        "SELECT line_number, reason_code FROM otc_rejects WHERE stage = 'INGEST' ORDER BY line_number"
    ).fetchall()
    assert [tuple(r) for r in rejected] == [
        (102, "PARSE_ERROR"),
        (202, "WEEK_MISMATCH"),
        (302, "TIER_MISMATCH"),
        (402, "PARSE_ERROR"),
        (602, "PARSE_ERROR"),
    ]
    for spine in (child, single):
        spine.close()


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


def _children(pid: int) -> list[int]:
    found: list[int] = []
    for task in Path(f"/proc/{pid}/task").iterdir():
        found += [int(c) for c in (task / "children").read_text().split()]
    return found


def test_ctrl_c_during_a_large_ingest_ends_both_processes(
    tmp_path: Path, reaper: list[subprocess.Popen[str]]
) -> None:
    """Ctrl-C reaches the whole process group: the child ignores it, the parent records the run
    interrupted, and no process is left reading the file."""
    lines = [row(f"S{i // 40:05d}", f"M{i % 40:03d}", 1000 + i, 1 + i % 500) for i in range(60_000)]
    source = write_week(tmp_path / "week.psv", lines)
    assert source.stat().st_size >= loader.PARALLEL_MIN_BYTES  # the child is used
    db = tmp_path / "spine.db"
    Spine(db).close()
    params = (f"tier={TIER}", f"week_ending={WEEK}", f"file_path={source}")
    proc = start_cli(db, "run", "otc.ingest_week", *(word for p in params for word in ("-p", p)))
    reaper.append(proc)
    deadline = time.monotonic() + 30
    while not (children := _children(proc.pid)):
        assert proc.poll() is None, proc.communicate()
        assert time.monotonic() < deadline, "no child started"
        time.sleep(0.005)
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
