"""A `spine` process killed with SIGKILL part-way through its work (SPEC §4 atomicity).

The killed run must leave the database intact (``PRAGMA integrity_check``), the week either untouched
or complete, never partial; the next run redoes the work and closes the dead run's execution row as
FAILED ("interrupted").

When to kill: the test waits until the process's run is RUNNING *and* it holds the database's write
lock (probed with a non-waiting ``BEGIN IMMEDIATE``), i.e. it is inside the run's single transaction;
for ingest it also waits until the process has read about a third of the file's lines after hashing it
(``/proc/PID/io``), so the kill lands part-way through the inserts whatever the machine's speed.
"""

from __future__ import annotations

import importlib.util
import json
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from spine.api import Spine
from tests.conftest import REPO, TIER, all_data, count, integrity, run_cli, start_cli, write_lock_held

BIG_ROWS = 100_000  # ingest takes seconds, normalize about a second, on a small machine
BIG_WEEK = "2025-12-26"
BACKFILL_WEEKS = 4
BACKFILL_ROWS = 20_000
INTERRUPTED = "interrupted"


# -- data ----------------------------------------------------------------------------------------


def _bench_generator() -> ModuleType | None:
    """bench/generate.py (FINRA website layout), if it is there; else the tiny one below is used."""
    path = REPO / "bench" / "generate.py"
    if not path.is_file():
        return None
    spec = importlib.util.spec_from_file_location("spine_bench_generate", path)
    if spec is None or spec.loader is None:
        return None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while the class is built
    spec.loader.exec_module(module)
    return module if hasattr(module, "generate_week") else None


def _tiny_week(path: Path, week_ending: date, rows: int) -> None:
    """A website-layout week of ``rows`` distinct (symbol, MPID) records."""
    header = (
        "tierDescription|issueSymbolIdentifier|issueName|marketParticipantName|MPID|"
        "totalWeeklyShareQuantity|totalWeeklyTradeCount|lastUpdateDate"
    )
    salt = week_ending.toordinal() % 97
    updated = (week_ending + timedelta(days=17)).isoformat()
    lines = [header]
    for i in range(rows):
        symbol, mpid = f"S{i // 40:05d}", f"M{i % 40:03d}"
        shares = 1000 + (i * 7919 + salt * 31) % 900_000
        lines.append(
            f"NMS Tier 1|{symbol}|{symbol} Inc.|{mpid} FIRM LLC|{mpid}|{shares}|{1 + shares // 150}|{updated}"
        )
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join(lines) + "\n")


def generate_week(path: Path, week_ending: str, rows: int) -> Path:
    bench = _bench_generator()
    if bench is not None:
        bench.generate_week(path, date.fromisoformat(week_ending), rows, tier=TIER, seed=7)
    else:
        _tiny_week(path, date.fromisoformat(week_ending), rows)
    return path


@pytest.fixture(scope="module")
def big_week(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return generate_week(tmp_path_factory.mktemp("big") / f"week_{BIG_WEEK}.psv", BIG_WEEK, BIG_ROWS)


@pytest.fixture(scope="module")
def ingested_template(tmp_path_factory: pytest.TempPathFactory, big_week: Path) -> tuple[Path, float]:
    """A database holding the big week at stage INGESTED, and how long normalizing it takes here.

    The duration (measured on a copy) lets the test kill normalize a third of the way through on
    any machine.
    """
    folder = tmp_path_factory.mktemp("template")
    path = folder / "ingested.db"
    with Spine(path) as spine:
        result = spine.run("otc.ingest_week", tier=TIER, week_ending=BIG_WEEK, file_path=str(big_week))
        assert result.ok and result.metrics["inserted"] == BIG_ROWS, result.error
    with Spine(copy_db(path, folder / "calibration.db")) as spine:
        result = spine.run("otc.normalize_week", tier=TIER, week_ending=BIG_WEEK)
        assert result.ok, result.error
    return path, result.duration_ms / 1000


@pytest.fixture(scope="module")
def backfill_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("weeks")
    end = date.fromisoformat(BIG_WEEK)
    for back in range(BACKFILL_WEEKS):
        week = (end - timedelta(weeks=back)).isoformat()
        generate_week(folder / f"week_{week}.psv", week, BACKFILL_ROWS)
    return folder


def copy_db(source: Path, target: Path) -> Path:
    with sqlite3.connect(source) as src, sqlite3.connect(target) as dst:
        src.backup(dst)
    return target


# -- processes -----------------------------------------------------------------------------------


def run_args(name: str, **params: Any) -> tuple[str, ...]:
    pairs: list[str] = []
    for key, value in params.items():
        pairs += ["-p", f"{key}={value}"]
    return ("run", name, *pairs, "--json")


def bytes_read(pid: int) -> int | None:
    """Bytes the process has read so far (Linux), or None where /proc is not available."""
    try:
        with open(f"/proc/{pid}/io") as handle:
            for line in handle:
                if line.startswith("rchar:"):
                    return int(line.split()[1])
    except OSError:
        return None
    return None


def wait_stopped(pid: int) -> None:
    """Until the kernel reports ``pid`` stopped (state T): a sent SIGSTOP is delivered asynchronously."""
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        stat = Path(f"/proc/{pid}/stat").read_text()
        if stat[stat.rindex(")") + 2] in "tT":
            return
        time.sleep(0.001)
    pytest.fail(f"process {pid} did not stop")


def kill_inside_transaction(
    proc: subprocess.Popen[str],
    db: Path,
    *,
    children_only: bool = False,
    ready: Callable[[sqlite3.Connection], bool] = lambda _conn: True,
    part_way: Callable[[], bool] = lambda: True,
    max_wait: float = 0.3,
) -> None:
    """SIGKILL ``proc`` while its run (or a child run) is RUNNING and holds the write lock.

    ``ready`` is checked first (e.g. some weeks done); once inside the transaction the kill waits for
    ``part_way`` or at most ``max_wait`` seconds, then stops the process (SIGSTOP), checks the lock is
    still held (so its COMMIT has not happened) and kills it.
    """
    running_sql = "SELECT 1 FROM executions WHERE pid = ? AND status = 'RUNNING'"
    if children_only:
        running_sql += " AND parent_execution_id IS NOT NULL"
    reader = sqlite3.connect(db, timeout=10, isolation_level=None)
    deadline = time.monotonic() + 90
    inside_since = None
    try:
        while time.monotonic() < deadline:
            if proc.poll() is not None:
                out, err = proc.communicate()
                pytest.fail(f"the run ended before it could be killed (make the data larger): {out} {err}")
            if inside_since is None:
                if (
                    ready(reader)
                    and reader.execute(running_sql, (proc.pid,)).fetchone()
                    and write_lock_held(db)
                ):
                    inside_since = time.monotonic()
            elif part_way() or time.monotonic() - inside_since >= max_wait:
                # Frozen first: a stopped process cannot reach its COMMIT while the lock is checked.
                proc.send_signal(signal.SIGSTOP)
                wait_stopped(proc.pid)
                assert write_lock_held(db), "the transaction ended before the kill (make the data larger)"
                proc.send_signal(signal.SIGKILL)
                proc.communicate()
                assert proc.returncode == -signal.SIGKILL
                return
            time.sleep(0.002)
    finally:
        reader.close()
    pytest.fail("the run never got inside its transaction")


# -- looking at the result -----------------------------------------------------------------------


def executions_of(db: Path, pid: int) -> list[sqlite3.Row]:
    conn = sqlite3.connect(db)
    conn.row_factory = sqlite3.Row
    try:
        return conn.execute(
            "SELECT * FROM executions WHERE pid = ? ORDER BY started_at, rowid", (pid,)
        ).fetchall()
    finally:
        conn.close()


def week_counts(conn: sqlite3.Connection, week: str) -> dict[str, Any]:
    """The manifest and every table's rows for one week: what must be all-or-nothing."""
    manifest = conn.execute(
        "SELECT stage, row_count_inserted, row_count_normalized FROM otc_week_manifest"
        " WHERE week_ending = ? AND tier = ?",
        (week, TIER),
    ).fetchone()

    def rows(table: str, extra: str = "") -> int:
        return count(
            conn, f"SELECT COUNT(*) FROM {table} WHERE week_ending = ? AND tier = ?{extra}", week, TIER
        )

    return {
        "stage": manifest[0] if manifest else None,
        "inserted": manifest[1] if manifest else None,
        "normalized": manifest[2] if manifest else None,
        "captures": rows("otc_captures"),
        "raw": rows("otc_raw"),
        "current_raw": rows("otc_raw", " AND superseded_by_capture_id IS NULL"),
        "map": rows("otc_normalization_map"),
        "volume": rows("otc_venue_volume"),
        "rejects": rows("otc_rejects"),
        "normalize_rejects": rows("otc_rejects", " AND stage = 'NORMALIZE'"),
        "summary": rows("otc_symbol_summary"),
        "shares": rows("otc_venue_share"),
        "symbols": count(
            conn,
            "SELECT COUNT(DISTINCT symbol) FROM otc_venue_volume WHERE week_ending = ? AND tier = ?",
            week,
            TIER,
        ),
        "venues": count(
            conn,
            "SELECT COUNT(DISTINCT mpid) FROM otc_venue_volume WHERE week_ending = ? AND tier = ?",
            week,
            TIER,
        ),
        "rolling": rows("otc_symbol_rolling_6w"),
        "snapshot": rows("otc_research_snapshot"),
    }


RANK = {None: 0, "PENDING": 0, "INGESTED": 1, "NORMALIZED": 2, "AGGREGATED": 3, "ROLLING": 4, "SNAPSHOT": 5}


def assert_week_consistent(state: dict[str, Any], expected_rows: int | None = None) -> None:
    """Each stage's tables are complete up to the manifest stage and empty after it: never partial."""
    rank = RANK[state["stage"]]
    if rank == 0:  # no manifest: nothing at all of the week
        assert all(v in (None, 0) for v in state.values()), state
        return
    assert state["captures"] == 1 and state["current_raw"] == state["raw"] == state["inserted"], state
    if expected_rows is not None:
        assert state["inserted"] == expected_rows, state
    if rank >= RANK["NORMALIZED"]:
        assert state["map"] == state["inserted"], state
        assert state["volume"] == state["normalized"] > 0, state
        assert state["map"] == state["volume"] + state["normalize_rejects"], state
    else:
        assert (state["map"], state["volume"], state["normalize_rejects"]) == (0, 0, 0), state
    if rank >= RANK["AGGREGATED"]:
        assert (state["summary"], state["shares"]) == (state["symbols"], state["venues"]), state
        assert state["summary"] > 0, state
    else:
        assert (state["summary"], state["shares"]) == (0, 0), state


def assert_interrupted(db: Path, pid: int, expected: int = 1) -> None:
    rows = executions_of(db, pid)
    assert len(rows) == expected, [dict(r) for r in rows]
    for row in rows:
        assert row["status"] == "FAILED", dict(row)
        assert row["error"].startswith(INTERRUPTED), dict(row)
        assert row["finished_at"] is not None


# -- the tests -----------------------------------------------------------------------------------


def test_killed_ingest_leaves_the_week_untouched(
    tmp_path: Path, big_week: Path, reaper: list[subprocess.Popen[str]]
) -> None:
    db = tmp_path / "spine.db"
    Spine(db).close()
    size = big_week.stat().st_size
    proc = start_cli(db, *run_args("otc.ingest_week", tier=TIER, week_ending=BIG_WEEK, file_path=big_week))
    reaper.append(proc)
    base: list[int] = []

    def part_way() -> bool:
        # The file is read once, hashed while parsed: kill a third of the way into it.
        done = bytes_read(proc.pid)
        if done is None:
            return False
        if not base:
            base.append(done)
        return done - base[0] >= size // 3

    kill_inside_transaction(proc, db, part_way=part_way, max_wait=1.5)

    assert integrity(db) == "ok"
    with sqlite3.connect(db) as conn:
        state = week_counts(conn, BIG_WEEK)
    assert_week_consistent(state, BIG_ROWS)
    [killed] = executions_of(db, proc.pid)
    assert killed["status"] == "RUNNING"  # nobody has looked yet

    rerun = run_cli(*run_args("otc.ingest_week", tier=TIER, week_ending=BIG_WEEK, file_path=big_week), db=db)
    assert rerun.returncode == 0, rerun.stderr
    metrics = json.loads(rerun.stdout)["metrics"]
    if state["stage"] is None:
        assert metrics["inserted"] == BIG_ROWS and metrics["revision"] is False
    else:  # the kill landed just after the commit: the rerun sees the same bytes
        assert metrics["skipped"] is True
    assert integrity(db) == "ok"
    with sqlite3.connect(db) as conn:
        after = week_counts(conn, BIG_WEEK)
    assert after["stage"] == "INGESTED"
    assert_week_consistent(after, BIG_ROWS)
    assert_interrupted(db, proc.pid)


def test_killed_normalize_keeps_the_week_ingested(
    tmp_path: Path, ingested_template: tuple[Path, float], reaper: list[subprocess.Popen[str]]
) -> None:
    template, normalize_seconds = ingested_template
    db = copy_db(template, tmp_path / "spine.db")
    with sqlite3.connect(db) as conn:
        raw_before = conn.execute("SELECT * FROM otc_raw ORDER BY record_hash").fetchall()
        before = week_counts(conn, BIG_WEEK)
    assert before["stage"] == "INGESTED"
    proc = start_cli(db, *run_args("otc.normalize_week", tier=TIER, week_ending=BIG_WEEK))
    reaper.append(proc)
    # Early in the run (a fifth of a calibrated run): a loaded machine may run it faster than calibrated.
    kill_inside_transaction(proc, db, part_way=lambda: False, max_wait=normalize_seconds / 5)

    assert integrity(db) == "ok"
    with sqlite3.connect(db) as conn:
        state = week_counts(conn, BIG_WEEK)
        assert conn.execute("SELECT * FROM otc_raw ORDER BY record_hash").fetchall() == raw_before
    assert state == before  # killed before its COMMIT: the week is still INGESTED, as it was
    assert state["stage"] == "INGESTED"

    rerun = run_cli(*run_args("otc.normalize_week", tier=TIER, week_ending=BIG_WEEK), db=db)
    assert rerun.returncode == 0, rerun.stderr
    assert integrity(db) == "ok"
    with sqlite3.connect(db) as conn:
        after = week_counts(conn, BIG_WEEK)
    assert after["stage"] == "NORMALIZED"
    assert_week_consistent(after, BIG_ROWS)
    assert after["map"] == BIG_ROWS
    assert_interrupted(db, proc.pid)


def test_killed_backfill_resumes_to_the_clean_result(
    tmp_path: Path, backfill_dir: Path, reaper: list[subprocess.Popen[str]]
) -> None:
    db = tmp_path / "spine.db"
    Spine(db).close()
    weeks = sorted(p.name[5:15] for p in backfill_dir.glob("week_*.psv"))
    params = {"tier": TIER, "source_dir": backfill_dir, "weeks_back": BACKFILL_WEEKS}
    proc = start_cli(db, *run_args("otc.backfill_range", **params))
    reaper.append(proc)

    def two_weeks_done(conn: sqlite3.Connection) -> bool:
        done = conn.execute(
            "SELECT COUNT(*) FROM executions WHERE pid = ? AND pipeline_name = 'otc.aggregate_week'"
            " AND status = 'COMPLETED'",
            (proc.pid,),
        ).fetchone()[0]
        return int(done) >= 2

    kill_inside_transaction(
        proc, db, children_only=True, ready=two_weeks_done, part_way=lambda: False, max_wait=0.1
    )

    assert integrity(db) == "ok"
    with sqlite3.connect(db) as conn:
        states = {week: week_counts(conn, week) for week in weeks}
    for state in states.values():
        assert_week_consistent(state, BACKFILL_ROWS)
        assert (state["rolling"], state["snapshot"]) == (0, 0)  # rolling comes after every week
    aggregated = [w for w, s in states.items() if RANK[s["stage"]] >= RANK["AGGREGATED"]]
    assert aggregated[:2] == weeks[:2], states
    assert len(aggregated) < len(weeks), states  # killed part-way, not at the end
    killed = executions_of(db, proc.pid)
    assert [r["status"] for r in killed].count("RUNNING") == 2  # the backfill and its running child

    rerun = run_cli(*run_args("otc.backfill_range", **params), db=db)
    assert rerun.returncode == 0, rerun.stderr
    result = json.loads(rerun.stdout)["metrics"]
    assert result["weeks_ok"] == BACKFILL_WEEKS and result["weeks_failed"] == 0
    outcome = {w["week_ending"]: w["stages"] for w in result["weeks"]}
    skipped, done = ("skipped",) * 3, ("done",) * 3
    for week in weeks[:2]:  # kept from the killed run; rolling and snapshot come after every week
        assert (*(outcome[week][s] for s in ("ingest", "normalize", "aggregate")),) == skipped
        assert (outcome[week]["rolling"], outcome[week]["snapshot"]) == ("done", "done")
    assert (*(outcome[weeks[-1]][s] for s in ("ingest", "normalize", "aggregate")),) == done
    assert integrity(db) == "ok"
    for row in executions_of(db, proc.pid):
        assert row["status"] != "RUNNING", dict(row)
    assert (
        sum(1 for r in executions_of(db, proc.pid) if r["error"] and r["error"].startswith(INTERRUPTED)) == 2
    )

    clean_db = tmp_path / "clean.db"
    with Spine(clean_db) as clean:
        assert clean.run("otc.backfill_range", params).ok
        expected = all_data(clean.conn)
    with Spine(db) as resumed:
        assert all_data(resumed.conn) == expected
