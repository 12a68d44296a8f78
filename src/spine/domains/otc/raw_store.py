"""Where raw records and venue volumes are stored: the lean layout of migration 090.

A raw record is one row of ``otc_raw_record``, clustered by (week key, load order): the week and tier
are one small integer (``otc_week_key``), the record hash its 16 bytes, repeating descriptive texts
are ids into ``otc_text``, and the writing run is one id into ``otc_lineage``. A venue volume is not
stored again: it is a current raw record of a normalized week that normalize did not flag as
rejected. The views ``otc_raw``, ``otc_venue_volume`` and ``otc_normalization_map`` show SPEC §5's
columns over these tables (README "Storage layout").
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable, Mapping
from typing import Any

from spine.core.db import named_params, sql_constant

# Raw text columns stored as ids into otc_text: the record's column -> otc_raw_record's column.
TEXT_ID_COLUMNS = {
    "issue_name": "issue_name_id",
    "venue_name": "venue_name_id",
    "summary_type": "summary_type_id",
    "product_type": "product_type_id",
    "initial_published_date": "initial_published_id",
    "last_update_date": "last_update_id",
    "last_reported_date": "last_reported_id",
}
# The venue volume view computes avg_trade_size with 64-bit integers below these bounds (migration
# 090 writes the same numbers); normalize stores the exact text for the rare records beyond them.
VIEW_INT_SHARES = 20_000_000_000_000_000
VIEW_INT_TRADES = 1_000_000_000_000_000_000

# Raw text columns kept inline (they rarely repeat).
INLINE_COLUMNS = ("firm_crd", "total_notional_sum")


def week_key(conn: sqlite3.Connection, week_ending: str, tier: str) -> int:
    """The week's integer key, created on first use."""
    params = {"week": week_ending, "tier": tier}
    conn.execute(
        "INSERT INTO otc_week_key (week_ending, tier) VALUES (:week, :tier) ON CONFLICT DO NOTHING", params
    )
    row = conn.execute(
        "SELECT week_key FROM otc_week_key WHERE week_ending = :week AND tier = :tier", params
    ).fetchone()
    return int(row[0])


def find_week_key(conn: sqlite3.Connection, week_ending: str, tier: str) -> int | None:
    """The week's key, or None for a week never loaded (nothing is created)."""
    row = conn.execute(
        "SELECT week_key FROM otc_week_key WHERE week_ending = :week AND tier = :tier",
        {"week": week_ending, "tier": tier},
    ).fetchone()
    return None if row is None else int(row[0])


def lineage_id(conn: sqlite3.Connection, execution_id: int, batch_id: int | None, at: str) -> int:
    """The id of (execution, batch, time) in ``otc_lineage``, created on first use."""
    params = {"execution_id": execution_id, "batch_id": batch_id, "at": at}
    conn.execute(
        "INSERT INTO otc_lineage (execution_id, batch_id, written_at) VALUES (:execution_id, :batch_id, :at)"
        " ON CONFLICT DO NOTHING",
        params,
    )
    row = conn.execute(
        "SELECT lineage_id FROM otc_lineage WHERE execution_id = :execution_id AND written_at = :at", params
    ).fetchone()
    return int(row[0])


class TextIds:
    """Ids of descriptive texts in ``otc_text``, cached for a load (a file repeats a few thousand)."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self.cache: dict[str, int] = {}

    def __call__(self, text: str | None) -> int | None:
        if text is None:
            return None
        found = self.cache.get(text)
        if found is None:
            # Most texts of a week are known from earlier weeks: look first, insert only what is new.
            # (The run holds the write lock: no other writer can add the text in between.)
            params = {"text": text}
            row = self.conn.execute("SELECT text_id FROM otc_text WHERE text = :text", params).fetchone()
            if row is not None:
                found = int(row[0])
            else:
                cursor = self.conn.execute("INSERT INTO otc_text (text) VALUES (:text)", params)
                found = int(cursor.lastrowid or 0)
            self.cache[text] = found
        return found

    def resolve(self, rows: Iterable[dict[str, Any]], columns: Iterable[str]) -> None:
        """Replace the texts `StoredRow` left in ``columns`` of each row by their ids."""
        replace_texts(rows, columns, self.cache, self)  # the rare miss looks up or inserts


def replace_texts(
    rows: Iterable[dict[str, Any]],
    columns: Iterable[str],
    known: dict[str, int],
    new: Callable[[str], int | None],
) -> None:
    """Replace the texts in ``columns`` of each row by their ids: ``known``'s, else ``new``'s (which
    remembers it in ``known``). A dict look-up per text: this runs on the per-line path."""
    names = tuple(columns)
    for row in rows:
        for name in names:
            text = row[name]
            if text is not None:
                row[name] = known.get(text) or new(text)


class StoredRow:
    """A parsed raw record as the row ``otc_raw_record`` stores, bound by name.

    Pure (no database), so it can run beside the writes: the text columns hold the texts themselves,
    and `TextIds.resolve` turns them into ids just before the insert.
    """

    def __init__(self, extra_columns: Iterable[str]) -> None:
        extras = list(extra_columns)
        self.text_columns = [(c, TEXT_ID_COLUMNS[c]) for c in extras if c in TEXT_ID_COLUMNS]
        self.inline_columns = [c for c in extras if c in INLINE_COLUMNS]
        self.columns = (
            *RECORD_COLUMNS,
            *(stored for _, stored in self.text_columns),
            *self.inline_columns,
        )

    @property
    def text_id_columns(self) -> tuple[str, ...]:
        """The row's columns that hold a text until `TextIds.resolve`."""
        return tuple(stored for _, stored in self.text_columns)

    def __call__(self, record: Mapping[str, Any], record_id: int, record_key: bytes) -> dict[str, Any]:
        row: dict[str, Any] = {
            "record_id": record_id,
            "record_key": record_key,
            "symbol": record["symbol"],
            "mpid": record["mpid"],
            "total_shares": record["total_shares"],
            "total_trades": record["total_trades"],
            "source_line": record["source_line"],
        }
        for name, stored in self.text_columns:
            row[stored] = record.get(name)
        for name in self.inline_columns:
            row[name] = record.get(name)
        return row


# The per-row values every raw record binds (the texts and inline extras follow the file's layout).
RECORD_COLUMNS = ("record_id", "record_key", "symbol", "mpid", "total_shares", "total_trades", "source_line")


# A week's first record has this id; a load numbers its records on from the week's first free id.
FIRST_RECORD_ID = 1


def next_record_id(conn: sqlite3.Connection, key: int) -> int:
    """The first free record id of the week: a load numbers its records from here, in file order."""
    row = conn.execute(
        "SELECT coalesce(MAX(record_id) + 1, :first) FROM otc_raw_record WHERE week_key = :key",
        {"key": key, "first": FIRST_RECORD_ID},
    ).fetchone()
    return int(row[0])


def raw_upsert_sql(columns: Iterable[str], key: int, capture_id: int, lineage: int) -> str:
    """The bulk upsert of raw records: ``columns`` bound by name per row, the run's constants as
    checked literals.

    A record the week already has was marked superseded when this capture opened (a revision, or a
    forced reload of the same file); the upsert makes it current again, remembering the captures it
    was missing from, and points it at this run. A second identical line of the same run finds the
    record current and changes nothing: it is counted as a duplicate line.
    """
    names = list(columns)
    values = f"VALUES ({named_params(names)}, {_constants(key, capture_id, lineage)})"
    return _upsert(names, values)


def staged_upsert_sql(
    columns: Iterable[str],
    text_columns: Iterable[str],
    key: int,
    capture_id: int,
    lineage: int,
    *,
    staged: str,
    text_map: str,
) -> str:
    """The same upsert of rows read from the table ``staged``, in record order, its
    ``text_columns`` holding local ids that ``text_map`` (``local_id``, ``text_id``) maps (a join
    per column: a third cheaper than a scalar subquery per value)."""
    names = list(columns)
    texts = set(text_columns)
    picked = [f"t_{c}.text_id" if c in texts else f"s.{c}" for c in names]
    joins = "".join(f" LEFT JOIN {text_map} t_{c} ON t_{c}.local_id = s.{c}" for c in names if c in texts)
    # "WHERE true": SQLite's rule for an upsert on a SELECT (else ON CONFLICT reads as a join's ON).
    values = (
        f"SELECT {', '.join(picked)}, {_constants(key, capture_id, lineage)}"  # noqa: S608
        f" FROM {staged} s{joins} WHERE true ORDER BY s.record_id"
    )
    return _upsert(names, values)


def _constants(key: int, capture_id: int, lineage: int) -> str:
    return ", ".join(sql_constant(v) for v in (key, capture_id, lineage))


def _upsert(names: list[str], values: str) -> str:
    # Columns the file's layout lacks are absent from the insert: excluded.<name> is NULL for them.
    updates = ", ".join(f"{name} = excluded.{name}" for name in _FOLLOW_LATEST)
    return (
        f"INSERT INTO otc_raw_record ({', '.join(names)}, week_key, capture_id, lineage_id) {values}"
        " ON CONFLICT (week_key, record_key) DO UPDATE SET"
        " absent_ranges = CASE WHEN otc_raw_record.superseded_by_capture_id <> excluded.capture_id"
        "   THEN json_insert(coalesce(otc_raw_record.absent_ranges, '[]'), '$[#]',"
        "                    json_array(otc_raw_record.superseded_by_capture_id, excluded.capture_id))"
        "   ELSE otc_raw_record.absent_ranges END,"
        f" superseded_by_capture_id = NULL, lineage_id = excluded.lineage_id, {updates}"
        " WHERE otc_raw_record.superseded_by_capture_id IS NOT NULL"
    )


# A record's identity and numbers never change on an upsert; these follow the latest capture.
_FOLLOW_LATEST = ("source_line", *TEXT_ID_COLUMNS.values(), *INLINE_COLUMNS)


def current_texts(conn: sqlite3.Connection, week_ending: str, tier: str, text_column: str) -> list[str]:
    """The distinct texts one of ``TEXT_ID_COLUMNS``' stored columns holds on the week's current
    records (FINRA's publication dates, say), read through the ids rather than row by row."""
    if text_column not in TEXT_ID_COLUMNS.values():
        raise ValueError(f"not a text column of otc_raw_record: {text_column}")
    rows = conn.execute(
        f"SELECT text FROM otc_text WHERE text_id IN (SELECT r.{text_column} FROM otc_raw_record r"  # noqa: S608
        " JOIN otc_week_key k ON k.week_key = r.week_key"
        " WHERE k.week_ending = :week AND k.tier = :tier AND r.superseded_by_capture_id IS NULL)"
        " ORDER BY text",
        {"week": week_ending, "tier": tier},
    ).fetchall()
    return [str(row[0]) for row in rows]


def supersede_current(conn: sqlite3.Connection, key: int, capture_id: int) -> None:
    """Mark the week's current records superseded by ``capture_id`` before it loads: the records its
    file holds become current again as they are read, the others stay superseded."""
    conn.execute(
        "UPDATE otc_raw_record SET superseded_by_capture_id = :capture_id"
        " WHERE week_key = :key AND superseded_by_capture_id IS NULL",
        {"key": key, "capture_id": capture_id},
    )


def superseded_count(conn: sqlite3.Connection, week_ending: str, tier: str, capture_id: int) -> int:
    """What a revision changed: the week's records ``capture_id`` no longer has (or has with other
    figures), read within the week."""
    row = conn.execute(
        "SELECT COUNT(*) FROM otc_raw_record r JOIN otc_week_key k ON k.week_key = r.week_key"
        " WHERE k.week_ending = :week AND k.tier = :tier AND r.superseded_by_capture_id = :capture_id",
        {"week": week_ending, "tier": tier, "capture_id": capture_id},
    ).fetchone()
    return int(row[0])


def record_normalization(
    conn: sqlite3.Connection, key: int, work_table: str, lineage: int, week_ending: str, tier: str
) -> None:
    """Store normalize's verdicts from its work table (``record_id``, ``reason``, ``exact_avg``):
    rejected records are flagged, exact averages too large for the view's formula are kept, and the
    week's venue volumes point at this run."""
    params = {"key": key, "lineage": lineage, "week": week_ending, "tier": tier}
    conn.execute(
        "UPDATE otc_raw_record SET normalize_rejected = NULL"
        " WHERE week_key = :key AND normalize_rejected IS NOT NULL",
        params,
    )
    conn.execute(
        "UPDATE otc_raw_record SET normalize_rejected = 1 WHERE week_key = :key AND record_id IN"  # noqa: S608
        f" (SELECT record_id FROM {work_table} WHERE reason IS NOT NULL)",
        params,
    )
    conn.execute(
        "UPDATE otc_raw_record SET avg_trade_size_exact = ("  # noqa: S608
        f"  SELECT w.exact_avg FROM {work_table} w WHERE w.record_id = otc_raw_record.record_id)"
        " WHERE week_key = :key AND record_id IN"
        f" (SELECT record_id FROM {work_table} WHERE reason IS NULL AND exact_avg IS NOT NULL)",
        params,
    )
    conn.execute(
        "UPDATE otc_week_key SET normalized_lineage_id = :lineage WHERE week_key = :key",
        params,
    )
