"""The ``executions`` table: one row per pipeline run, whatever its outcome."""

from __future__ import annotations

import json
import os
import socket
import sqlite3
from datetime import date
from pathlib import Path
from typing import Any

from spine.core.db import utc_now
from spine.core.pipeline import Status


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
    """
    cursor = conn.execute(
        "INSERT INTO executions (pipeline_name, params, status, started_at,"
        " parent_execution_id, batch_id, pid, host) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (
            pipeline_name,
            to_json(params),
            Status.RUNNING.value,
            utc_now(),
            parent_execution_id,
            batch_id,
            os.getpid(),
            socket.gethostname(),
        ),
    )
    execution_id = int(cursor.lastrowid or 0)
    if opens_batch and batch_id is None:
        conn.execute("UPDATE executions SET batch_id = execution_id WHERE execution_id = ?", (execution_id,))
    return execution_id


def finish(
    conn: sqlite3.Connection,
    execution_id: int,
    status: Status,
    error: str | None,
    metrics: dict[str, Any],
    duration_ms: int,
) -> None:
    conn.execute(
        "UPDATE executions SET status = ?, finished_at = ?, duration_ms = ?, error = ?, metrics = ?"
        " WHERE execution_id = ?",
        (status.value, utc_now(), duration_ms, error, to_json(metrics), execution_id),
    )


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def close_interrupted(conn: sqlite3.Connection) -> int:
    """Mark FAILED the runs of this host whose process died (SIGKILL, power loss) while RUNNING.

    Their data writes were never committed (SQLite rolled them back); only the bookkeeping row says
    RUNNING, and a row that can never finish would mislead anyone reading the history.
    """
    host = socket.gethostname()
    rows = conn.execute(
        "SELECT execution_id, pid FROM executions WHERE status = ? AND host = ?",
        (Status.RUNNING.value, host),
    ).fetchall()
    dead = [row["execution_id"] for row in rows if row["pid"] is None or not _alive(row["pid"])]
    for execution_id in dead:
        conn.execute(
            "UPDATE executions SET status = ?, finished_at = ?, error = ? "
            "WHERE execution_id = ? AND status = ?",
            (
                Status.FAILED.value,
                utc_now(),
                "interrupted: the process ended before the run finished; nothing it wrote was kept",
                execution_id,
                Status.RUNNING.value,
            ),
        )
    return len(dead)
