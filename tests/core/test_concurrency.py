"""Two `spine` processes on one database (SPEC §4): the second waits or is refused, never corrupts.

A "big" week file keeps the first process inside its write transaction for a few seconds; the test
starts the second process only once the first is provably inside it (its execution row is RUNNING and
a non-waiting ``BEGIN IMMEDIATE`` probe finds the write lock taken), so the overlap does not depend on
timing luck.
"""

from __future__ import annotations

import json
import sqlite3
import subprocess
import time
from pathlib import Path
from typing import Any

import pytest

from spine.api import Spine
from tests.conftest import FIXTURES, TIER, count, integrity, start_cli, write_lock_held

BIG_ROWS = 60_000
BIG_WEEK = "2025-12-26"
SEED_A, SEED_B = "2025-12-12", "2025-12-19"


# -- helpers -------------------------------------------------------------------------------------


def seed_file(week: str) -> Path:
    return FIXTURES / f"week_{week}.psv"


def write_big_week(path: Path, week: str, rows: int) -> Path:
    """A seed-format week of ``rows`` distinct (symbol, mpid) records, written in one go."""
    lines = ["WeekEnding|Tier|Symbol|MPID|TotalShares|TotalTrades"]
    lines += [
        f"{week}|{TIER}|S{i // 40:05d}|M{i % 40:03d}|{1000 + i * 7 % 90_000}|{1 + i % 500}"
        for i in range(rows)
    ]
    path.write_text("\n".join(lines) + "\n")
    return path


@pytest.fixture(scope="module")
def big_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_big_week(tmp_path_factory.mktemp("big") / f"week_{BIG_WEEK}.psv", BIG_WEEK, BIG_ROWS)


@pytest.fixture
def init_db(db_path: Path) -> Path:
    """An initialised database (schema applied), with no connection left open."""
    Spine(db_path).close()
    return db_path


def ingest_args(week: str, path: Path) -> tuple[str, ...]:
    return (
        "run",
        "otc.ingest_week",
        "-p",
        f"tier={TIER}",
        "-p",
        f"week_ending={week}",
        "-p",
        f"file_path={path}",
        "--json",
    )


def finish(proc: subprocess.Popen[str], timeout: float = 120) -> tuple[int, str, str]:
    out, err = proc.communicate(timeout=timeout)
    return proc.returncode, out, err


def result_of(out: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(out)
    return data


def wait_inside_transaction(proc: subprocess.Popen[str], db: Path) -> None:
    """Return once ``proc``'s run is RUNNING and it holds the write lock: it is inside its transaction.

    The RUNNING row is committed on its own just before the run's ``BEGIN IMMEDIATE``; the next time
    that process holds the lock, it is the run's transaction.
    """
    deadline = time.monotonic() + 60
    reader = sqlite3.connect(db, timeout=10, isolation_level=None)
    try:
        while time.monotonic() < deadline:
            if proc.poll() is not None:
                _rc, out, err = finish(proc)
                pytest.fail(f"the first process ended before the test could overlap it: {out} {err}")
            running = reader.execute(
                "SELECT 1 FROM executions WHERE pid = ? AND status = 'RUNNING'", (proc.pid,)
            ).fetchone()
            if running is not None and write_lock_held(db):
                return
            time.sleep(0.005)
    finally:
        reader.close()
    pytest.fail("the first process never started writing")


def db_state(db: Path) -> dict[str, Any]:
    """Per week: manifest row count and raw rows; captures; execution statuses."""
    conn = sqlite3.connect(db)
    try:
        return {
            "manifest": dict(
                conn.execute("SELECT week_ending, row_count_inserted FROM otc_week_manifest").fetchall()
            ),
            "raw": dict(conn.execute("SELECT week_ending, COUNT(*) FROM otc_raw GROUP BY week_ending")),
            "distinct_raw": count(
                conn, "SELECT COUNT(*) FROM (SELECT DISTINCT week_ending, symbol, mpid FROM otc_raw)"
            ),
            "captures": dict(
                conn.execute("SELECT week_ending, COUNT(*) FROM otc_captures GROUP BY week_ending")
            ),
            "running": count(conn, "SELECT COUNT(*) FROM executions WHERE status = 'RUNNING'"),
        }
    finally:
        conn.close()


def assert_clean_refusal(rc: int, err: str) -> None:
    """Exit 1 with the clear message, never a traceback."""
    assert rc == 1, err
    assert "database is busy" in err, err
    assert "Traceback" not in err, err


# -- (a) different weeks ---------------------------------------------------------------------------


def test_two_processes_ingest_different_weeks_at_once(init_db: Path, reaper: list[Any]) -> None:
    procs = [start_cli(init_db, *ingest_args(w, seed_file(w))) for w in (SEED_A, SEED_B)]
    reaper.extend(procs)
    for proc in procs:
        rc, out, err = finish(proc)
        assert rc == 0, err
        assert "Traceback" not in err
        result = result_of(out)
        assert result["status"] == "COMPLETED" and result["metrics"]["inserted"] == 12
    state = db_state(init_db)
    assert state["manifest"] == {SEED_A: 12, SEED_B: 12}
    assert state["raw"] == {SEED_A: 12, SEED_B: 12}
    assert state["captures"] == {SEED_A: 1, SEED_B: 1}
    assert state["running"] == 0
    assert integrity(init_db) == "ok"


def test_second_writer_waits_for_the_first(init_db: Path, big_file: Path, reaper: list[Any]) -> None:
    first = start_cli(init_db, *ingest_args(BIG_WEEK, big_file))
    reaper.append(first)
    wait_inside_transaction(first, init_db)
    second = start_cli(init_db, *ingest_args(SEED_A, seed_file(SEED_A)))  # default timeout: 30 s
    reaper.append(second)
    rc1, out1, err1 = finish(first)
    rc2, out2, err2 = finish(second)
    assert (rc1, rc2) == (0, 0), (err1, err2)
    assert result_of(out1)["metrics"]["inserted"] == BIG_ROWS
    assert result_of(out2)["metrics"]["inserted"] == 12
    state = db_state(init_db)
    assert state["manifest"] == {BIG_WEEK: BIG_ROWS, SEED_A: 12}
    assert state["raw"] == {BIG_WEEK: BIG_ROWS, SEED_A: 12}
    assert state["running"] == 0
    with sqlite3.connect(init_db) as conn:
        written = dict(conn.execute("SELECT week_ending, updated_at FROM otc_week_manifest").fetchall())
    # The big week's manifest is written at the very end of the first run's transaction; the
    # second run could only write its own once the first had committed.
    assert written[SEED_A] >= written[BIG_WEEK]
    assert integrity(init_db) == "ok"


def test_second_writer_is_refused_when_busy(init_db: Path, big_file: Path, reaper: list[Any]) -> None:
    first = start_cli(init_db, *ingest_args(BIG_WEEK, big_file))
    reaper.append(first)
    wait_inside_transaction(first, init_db)
    second = start_cli(init_db, *ingest_args(SEED_A, seed_file(SEED_A)), busy_timeout="0.2")
    reaper.append(second)
    rc2, _out2, err2 = finish(second)
    assert first.poll() is None, "the big ingest ended before the refusal: make BIG_ROWS larger"
    assert_clean_refusal(rc2, err2)
    rc1, _out1, err1 = finish(first)
    assert rc1 == 0, err1

    state = db_state(init_db)
    assert state["manifest"] == {BIG_WEEK: BIG_ROWS}  # the refused week is not there at all
    assert state["raw"] == {BIG_WEEK: BIG_ROWS}
    assert state["running"] == 0  # a refused run is never left RUNNING
    assert integrity(init_db) == "ok"

    again = start_cli(init_db, *ingest_args(SEED_A, seed_file(SEED_A)), busy_timeout="0.2")
    reaper.append(again)
    rc, out, err = finish(again)
    assert rc == 0, err
    assert result_of(out)["metrics"]["inserted"] == 12


def test_a_reader_answers_at_once_while_a_writer_works(
    init_db: Path, big_file: Path, reaper: list[Any]
) -> None:
    """Looking at the data while a writer works: a read-only opening needs no lock, so even with a
    0.2 s busy timeout the look answers, without the uncommitted week."""
    first = start_cli(init_db, *ingest_args(BIG_WEEK, big_file))
    reaper.append(first)
    wait_inside_transaction(first, init_db)
    look = start_cli(init_db, "status", "--json", busy_timeout="0.2")
    reaper.append(look)
    rc, out, err = finish(look)
    assert rc == 0 and "busy" not in err and "Traceback" not in err, err
    assert json.loads(out) == []  # the uncommitted week is invisible to a reader
    assert write_lock_held(init_db)  # the writer was still inside its transaction throughout
    assert finish(first)[0] == 0
    assert integrity(init_db) == "ok"


def test_busy_message_names_the_database(init_db: Path, reaper: list[Any]) -> None:
    """The refusal says which database is busy and what to do (SPEC §8: one clear line)."""
    holder = sqlite3.connect(init_db, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        proc = start_cli(init_db, *ingest_args(SEED_A, seed_file(SEED_A)), busy_timeout="0.2")
        reaper.append(proc)
        rc, _out, err = finish(proc)
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert_clean_refusal(rc, err)
    assert "SPINE_BUSY_TIMEOUT" in err
    assert init_db.name in err.replace("\n", ""), err  # not "another spine process is writing to; ..."


# -- (b) the same week ---------------------------------------------------------------------------


def test_same_week_from_two_processes_at_once(init_db: Path, reaper: list[Any]) -> None:
    """With the default busy timeout the second process waits for the first, then skips the week."""
    procs = [start_cli(init_db, *ingest_args(SEED_A, seed_file(SEED_A))) for _ in range(2)]
    reaper.extend(procs)
    outcomes = [finish(p) for p in procs]
    assert [(rc, err) for rc, _out, err in outcomes] == [(0, ""), (0, "")], outcomes
    metrics = [result_of(out)["metrics"] for _rc, out, _err in outcomes]
    loaded = [m for m in metrics if not m.get("skipped")]
    skipped = [m for m in metrics if m.get("skipped")]
    assert [m["inserted"] for m in loaded] == [12]
    assert len(skipped) == 1 and "already ingested" in skipped[0]["reason"]
    state = db_state(init_db)
    assert state["raw"] == {SEED_A: 12} and state["distinct_raw"] == 12
    assert state["captures"] == {SEED_A: 1}
    assert state["running"] == 0
    assert integrity(init_db) == "ok"


def test_same_big_week_second_process_waits_then_skips(
    init_db: Path, big_file: Path, reaper: list[Any]
) -> None:
    first = start_cli(init_db, *ingest_args(BIG_WEEK, big_file))
    reaper.append(first)
    wait_inside_transaction(first, init_db)
    second = start_cli(init_db, *ingest_args(BIG_WEEK, big_file))
    reaper.append(second)
    rc1, out1, err1 = finish(first)
    rc2, out2, err2 = finish(second)
    assert (rc1, rc2) == (0, 0), (err1, err2)
    assert result_of(out1)["metrics"]["inserted"] == BIG_ROWS
    assert result_of(out2)["metrics"]["skipped"] is True
    state = db_state(init_db)
    assert state["raw"] == {BIG_WEEK: BIG_ROWS} and state["distinct_raw"] == BIG_ROWS
    assert state["captures"] == {BIG_WEEK: 1}
    assert state["running"] == 0
    assert integrity(init_db) == "ok"


# -- a database that does not exist yet ------------------------------------------------------------


def test_two_processes_on_a_new_database(tmp_path: Path, reaper: list[Any]) -> None:
    """Both create the file at once: one creates the schema, the other waits for its lock, finds the
    schema made, and both weeks load (three rounds, so the race is met in more than one order)."""
    for attempt in range(3):
        db = tmp_path / f"new{attempt}.db"
        procs = [start_cli(db, *ingest_args(w, seed_file(w))) for w in (SEED_A, SEED_B)]
        reaper.extend(procs)
        outcomes = [finish(proc) for proc in procs]
        assert [(rc, err) for rc, _out, err in outcomes] == [(0, ""), (0, "")], (attempt, outcomes)
        state = db_state(db)
        assert state["raw"] == {SEED_A: 12, SEED_B: 12}
        assert state["running"] == 0
        assert integrity(db) == "ok"


def test_new_database_claimed_by_another_program_first(tmp_path: Path, reaper: list[Any]) -> None:
    """Another program creates the brand-new file and writes it for 1 s: spine waits for the lock,
    then finds another application's tables and refuses, leaving the file as that program made it."""
    db = tmp_path / "new.db"
    holder = sqlite3.connect(db, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    holder.execute("CREATE TABLE IF NOT EXISTS other_tool (x)")
    proc = start_cli(db, *ingest_args(SEED_A, seed_file(SEED_A)), busy_timeout="10")
    reaper.append(proc)
    time.sleep(1.0)
    holder.execute("COMMIT")
    holder.close()
    rc, out, err = finish(proc)
    assert rc == 1 and out == "", (rc, out, err)
    assert err.startswith("error: ") and "is not a spine database" in err and err.count("\n") == 1, err
    with sqlite3.connect(db) as conn:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master")]
        mode = conn.execute("PRAGMA journal_mode").fetchone()[0]
    assert (tables, mode) == (["other_tool"], "delete")
    assert integrity(db) == "ok"
