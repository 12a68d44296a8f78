"""The rejects table: every line that did not become data, with its reason, from either stage."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from typing import Any

_INSERT = (
    "INSERT INTO otc_rejects (week_ending, tier, capture_id, source_locator, line_number, raw_line,"
    " raw_record_hash, stage, reason_code, reason_detail, execution_id, batch_id, rejected_at)"
    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)


def store_rejects(conn: sqlite3.Connection, rows: Iterable[tuple[Any, ...]]) -> None:
    """Insert reject rows, each (week_ending, tier, capture_id, source_locator, line_number,
    raw_line, raw_record_hash, stage, reason_code, reason_detail, execution_id, batch_id,
    rejected_at)."""
    conn.executemany(_INSERT, rows)
