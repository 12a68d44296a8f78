"""The rejects table: every line that did not become data, with its reason, from either stage."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from typing import Any

from spine.core.db import named_insert

REJECT_COLUMNS = (
    "week_ending",
    "tier",
    "capture_id",
    "source_locator",
    "line_number",
    "raw_line",
    "raw_record_hash",
    "stage",
    "reason_code",
    "reason_detail",
    "execution_id",
    "batch_id",
    "rejected_at",
)
_INSERT = named_insert("otc_rejects", REJECT_COLUMNS)


def store_rejects(conn: sqlite3.Connection, rows: Iterable[dict[str, Any]]) -> None:
    """Insert reject rows, each a dict holding every name of ``REJECT_COLUMNS``."""
    conn.executemany(_INSERT, rows)
