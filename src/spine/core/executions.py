"""The ``executions`` table: one row per pipeline run, whatever its outcome."""

from __future__ import annotations

import json
import os
import socket
import sqlite3
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

from spine.core import registry
from spine.core.db import utc_now
from spine.core.errors import UsageError
from spine.core.pipeline import ChildRun
from spine.core.results import Status


def json_default(value: Any) -> str:
    if isinstance(value, date | Path):
        return str(value)
    raise TypeError(f"not JSON serialisable: {type(value).__name__}")


def to_json(data: Any) -> str:
    return json.dumps(data, default=json_default, sort_keys=True)


def start(
    conn: sqlite3.Connection,
    pipeline_name: str,
    params: dict[str, Any],
    parent_execution_id: int | None,
    batch_id: int | None,
    opens_batch: bool = False,
) -> int:
    """Record a run as RUNNING before it starts (committed at once, outside the run's transaction).

    Returns the new execution id. A run that opens a batch (a backfill) gets its own id as batch id.
    The process id, its start time and the host let a later run tell a dead run from a live one.
    """
    cursor = conn.execute(
        "INSERT INTO executions (pipeline_name, params, status, started_at, parent_execution_id,"
        " batch_id, pid, host, process_start)"
        " VALUES (:pipeline_name, :params, :status, :started_at, :parent_execution_id, :batch_id,"
        " :pid, :host, :process_start)",
        {
            "pipeline_name": pipeline_name,
            "params": to_json(params),
            "status": Status.RUNNING.value,
            "started_at": utc_now(),
            "parent_execution_id": parent_execution_id,
            "batch_id": batch_id,
            "pid": os.getpid(),
            "host": socket.gethostname(),
            "process_start": process_start(os.getpid()),
        },
    )
    execution_id = int(cursor.lastrowid or 0)
    if opens_batch and batch_id is None:
        conn.execute(
            "UPDATE executions SET batch_id = execution_id WHERE execution_id = :id", {"id": execution_id}
        )
    return execution_id


def finish(
    conn: sqlite3.Connection,
    execution_id: int,
    status: Status,
    error: str | None,
    metrics: dict[str, Any],
    duration_ms: int,
    *,
    if_running: bool = False,
) -> bool:
    """Write a run's outcome; ``if_running`` leaves a row whose final status is already committed.

    Returns whether the row was updated.
    """
    cursor = conn.execute(
        "UPDATE executions SET status = :status, finished_at = :finished_at, duration_ms = :duration_ms,"
        " error = :error, metrics = :metrics"
        " WHERE execution_id = :id AND (:any_status OR status = :running)",
        {
            "status": status.value,
            "finished_at": utc_now(),
            "duration_ms": duration_ms,
            "error": error,
            "metrics": to_json(metrics),
            "id": execution_id,
            "any_status": int(not if_running),
            "running": Status.RUNNING.value,
        },
    )
    return cursor.rowcount > 0


def finished_children(conn: sqlite3.Connection, execution_id: int) -> list[ChildRun]:
    """The child runs of ``execution_id`` that completed: their writes were committed and stay."""
    rows = conn.execute(
        "SELECT execution_id, pipeline_name, params FROM executions"
        " WHERE parent_execution_id = :id AND status = :completed ORDER BY execution_id",
        {"id": execution_id, "completed": Status.COMPLETED.value},
    ).fetchall()
    return [ChildRun(int(row[0]), str(row[1]), json.loads(row[2])) for row in rows]


@cache
def _boot_id() -> str:
    try:
        return Path("/proc/sys/kernel/random/boot_id").read_text(encoding="ascii").strip()
    except OSError:
        return ""


def process_start(pid: int) -> str | None:
    """When process ``pid`` started, as ``boot id:clock ticks since boot`` (Linux ``/proc``).

    A PID is reused once its process has ended; the start time tells the new process from the old one.
    None where ``/proc`` is not available (the PID alone is then compared).
    """
    try:
        stat = Path(f"/proc/{pid}/stat").read_text(encoding="ascii", errors="replace")
    except OSError:
        return None
    # The command name (field 2) may hold spaces and parentheses: fields are counted after its ")".
    fields = stat[stat.rfind(")") + 2 :].split()
    return f"{_boot_id()}:{fields[19]}" if len(fields) > 19 else None


def _alive(pid: int, started: str | None) -> bool:
    """True while the process that recorded a run is still running (and is that same process)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        pass
    if started is None:
        return True
    now = process_start(pid)
    return now is None or now == started


def close_interrupted(conn: sqlite3.Connection) -> int:
    """Mark FAILED the runs of this host whose process died (SIGKILL, power loss) while RUNNING.

    A transactional run's data writes were never committed (SQLite rolled them back; a run that
    committed recorded its status in the same transaction). A parent such as a backfill is not one
    transaction: its message says which finished child runs kept their writes.
    """
    rows = conn.execute(
        "SELECT execution_id, pipeline_name, pid, process_start FROM executions"
        " WHERE status = :running AND host = :host ORDER BY execution_id",
        {"running": Status.RUNNING.value, "host": socket.gethostname()},
    ).fetchall()
    dead = [row for row in rows if row["pid"] is None or not _alive(row["pid"], row["process_start"])]
    for row in dead:
        conn.execute(
            "UPDATE executions SET status = :failed, finished_at = :now, error = :error"
            " WHERE execution_id = :id AND status = :running",
            {
                "failed": Status.FAILED.value,
                "now": utc_now(),
                "error": _interrupted_error(conn, row["execution_id"], row["pipeline_name"]),
                "id": row["execution_id"],
                "running": Status.RUNNING.value,
            },
        )
    return len(dead)


def _interrupted_error(conn: sqlite3.Connection, execution_id: int, pipeline_name: str) -> str:
    prefix = "interrupted: the process ended before the run finished; "
    try:
        pipeline_cls = registry.get(pipeline_name)
    except UsageError:  # a pipeline this version no longer has
        return prefix + "nothing it wrote in its own transaction was kept"
    if pipeline_cls.transactional:
        return prefix + "nothing it wrote was kept"
    return prefix + pipeline_cls.kept_message(finished_children(conn, execution_id))
