"""Execution records tell the truth: status committed with the data, dead runs found, kept work named."""

from __future__ import annotations

import os
import signal
import socket
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from spine.api import Spine
from spine.core import executions, interrupts
from spine.core.errors import Interrupted
from tests.conftest import FIXTURES, SEED_WEEKS, TIER, backfill, count

SEED = FIXTURES / f"week_{SEED_WEEKS[0]}.psv"


def dead_pid() -> int:
    """The PID of a process that has ended."""
    proc = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True
    )
    return int(proc.stdout)


# A run in its own process that dies (os._exit) right after its transaction's COMMIT, before Python
# could record anything else: the final status must already be in the database.
_DIES_AFTER_COMMIT = textwrap.dedent(
    """
    import os, sys
    from contextlib import contextmanager
    from spine.api import Spine
    from spine.core import runner

    committing = runner.transaction

    @contextmanager
    def then_die(conn):
        with committing(conn) as inside:
            yield inside
        os._exit(9)

    runner.transaction = then_die
    with Spine(sys.argv[1]) as spine:
        spine.run("otc.ingest_week", tier=sys.argv[2], week_ending=sys.argv[3], file_path=sys.argv[4])
    """
)


def test_a_run_killed_after_its_commit_is_completed(db_path: Path) -> None:
    Spine(db_path).close()
    proc = subprocess.run(
        [sys.executable, "-c", _DIES_AFTER_COMMIT, str(db_path), TIER, SEED_WEEKS[0], str(SEED)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 9, proc.stderr
    with Spine(db_path) as spine:
        row = spine.conn.execute("SELECT status, error, finished_at, metrics FROM executions").fetchone()
        assert (row["status"], row["error"]) == ("COMPLETED", None) and row["finished_at"]
        assert '"inserted": 11' in row["metrics"]
        assert count(spine.conn, "SELECT COUNT(*) FROM otc_raw") == 11
        assert spine.run("otc.normalize_week", tier=TIER, week_ending=SEED_WEEKS[0]).ok
        statuses = [r[0] for r in spine.conn.execute("SELECT status FROM executions ORDER BY execution_id")]
    assert statuses == ["COMPLETED", "COMPLETED"]  # the next run did not close it as interrupted


def test_a_failed_result_is_recorded_inside_the_transaction(
    spine: Spine, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[bool] = []
    finish = executions.finish

    def watching(conn: sqlite3.Connection, *args: object, **kwargs: object) -> bool:
        seen.append(conn.in_transaction)
        return finish(conn, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(executions, "finish", watching)
    done = spine.run("otc.ingest_week", tier=TIER, week_ending=SEED_WEEKS[0], file_path=str(SEED))
    refused = spine.run("otc.aggregate_week", tier=TIER, week_ending=SEED_WEEKS[0])  # not normalized
    assert done.ok and not refused.ok
    assert seen == [True, False]  # a refusal rolled back; its record is written after


def _running(conn: sqlite3.Connection, execution_id: int, pid: int, start: str | None, name: str) -> None:
    conn.execute(
        "UPDATE executions SET status = 'RUNNING', error = NULL, pid = :pid, process_start = :start,"
        " pipeline_name = :name WHERE execution_id = :id",
        {"pid": pid, "start": start, "name": name, "id": execution_id},
    )


def test_a_killed_backfill_is_closed_with_the_weeks_it_kept(seeded: Spine) -> None:
    """As if killed outright during week 2's aggregate: the next run names what stayed."""
    conn = seeded.conn
    parent = conn.execute("SELECT execution_id FROM executions WHERE parent_execution_id IS NULL").fetchone()[
        0
    ]
    children = conn.execute(
        "SELECT execution_id, pipeline_name FROM executions WHERE parent_execution_id = :p"
        " ORDER BY execution_id",
        {"p": parent},
    ).fetchall()
    pid = dead_pid()
    _running(conn, parent, pid, None, "otc.backfill_range")
    aggregate_of_week_2 = [c[0] for c in children if c[1] == "otc.aggregate_week"][1]
    _running(conn, aggregate_of_week_2, pid, None, "otc.aggregate_week")
    conn.execute(
        "DELETE FROM executions WHERE execution_id > :id AND parent_execution_id = :p",
        {"id": aggregate_of_week_2, "p": parent},
    )

    assert seeded.run("otc.query_rolling", tier=TIER).ok is True  # writes nothing: closes nothing
    assert count(conn, "SELECT COUNT(*) FROM executions WHERE status = 'RUNNING'") == 2
    with Spine(seeded.path) as next_process:  # a new process closes dead runs on its first write
        assert backfill(next_process, weeks_back=1).ok
    errors = dict(
        conn.execute(
            "SELECT execution_id, error FROM executions WHERE execution_id IN (:a, :b)",
            {"a": parent, "b": aggregate_of_week_2},
        ).fetchall()
    )
    prefix = "interrupted: the process ended before the run finished; "
    assert errors == {
        parent: prefix
        + f"weeks finished and kept: {SEED_WEEKS[0]}; kept part-way: {SEED_WEEKS[1]} (normalized)",
        aggregate_of_week_2: prefix + "nothing it wrote was kept",
    }


def test_a_reused_pid_is_not_mistaken_for_the_dead_run(spine: Spine) -> None:
    """Three RUNNING rows whose PID is alive (this process): only the one whose start time differs
    from the live process's is a dead run; rows without a start time (0.1.0) keep the PID rule."""
    me, host = os.getpid(), socket.gethostname()
    started = executions.process_start(me)
    assert started is not None and started.count(":") == 1
    for execution_id, start in ((10, started), (11, "another-boot:12345"), (12, None), (13, f"{started}0")):
        spine.conn.execute(
            "INSERT INTO executions (execution_id, pipeline_name, params, status, started_at, pid, host,"
            " process_start)"
            " VALUES (:id, 'otc.ingest_week', '{}', 'RUNNING', '2026-01-01', :pid, :host, :start)",
            {"id": execution_id, "pid": me, "host": host, "start": start},
        )
    assert executions.close_interrupted(spine.conn) == 2
    status = dict(spine.conn.execute("SELECT execution_id, status FROM executions").fetchall())
    assert status == {10: "RUNNING", 11: "FAILED", 12: "RUNNING", 13: "FAILED"}


def test_process_start_reads_proc() -> None:
    child = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(5)"])
    try:
        first = executions.process_start(child.pid)
        assert first is not None and first != executions.process_start(os.getpid())
        assert executions.process_start(child.pid) == first  # stable while it runs
    finally:
        child.kill()
        child.wait()
    assert executions.process_start(child.pid) is None


def test_an_interrupt_as_the_run_is_recorded_never_leaves_it_running(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A signal that arrives just after the RUNNING row is written (before the run is under way) is
    still recorded: the run ends FAILED "interrupted (SIGHUP)", never RUNNING for good."""
    started = executions.start

    def start_then_signal(*args: object, **kwargs: object) -> int:
        execution_id = started(*args, **kwargs)  # type: ignore[arg-type]
        os.kill(os.getpid(), signal.SIGHUP)  # lands in the window after the row is written
        return execution_id

    previous = {signum: signal.getsignal(signum) for signum in interrupts.SIGNALS}
    try:
        interrupts.raise_on_signals()
        monkeypatch.setattr(executions, "start", start_then_signal)
        with Spine(db_path) as spine, pytest.raises(Interrupted):
            spine.run(
                "otc.ingest_week",
                tier=TIER,
                week_ending=SEED_WEEKS[0],
                file_path=str(FIXTURES / f"week_{SEED_WEEKS[0]}.psv"),
            )
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler)
    with sqlite3.connect(db_path) as conn:
        rows = conn.execute("SELECT status, substr(error, 1, 22) FROM executions").fetchall()
    assert rows == [("FAILED", "interrupted (SIGHUP); ")]
