"""Read-only views of what is in the database: the library twins of the CLI's look commands.

Every function returns plain dicts (column -> value) in a stable order, so the CLI can print them as a
table, JSON or CSV and tests can compare them directly. Filters are bound parameters, never SQL text.
"""

from __future__ import annotations

import sqlite3
from typing import Any


class Rows(list[dict[str, Any]]):
    """Result rows that know their column names, even when there is no row (CSV headers)."""

    columns: tuple[str, ...] = ()


def _rows(conn: sqlite3.Connection, sql: str, params: dict[str, Any]) -> Rows:
    cursor = conn.execute(sql, params)
    rows = Rows(dict(row) for row in cursor)
    rows.columns = tuple(column[0] for column in cursor.description)
    return rows


# What "latest" means for each view: the newest week that has rows to show (fresh ones, for rolling).
_LATEST = {
    "summary": "SELECT MAX(week_ending) FROM otc_symbol_summary WHERE tier = ?",
    "rolling": "SELECT MAX(week_ending) FROM otc_symbol_rolling_6w WHERE tier = ? AND is_stale = 0",
    "snapshot": "SELECT MAX(week_ending) FROM otc_research_snapshot WHERE tier = ?",
}


def latest_week(conn: sqlite3.Connection, tier: str, view: str) -> str | None:
    """The newest week of ``tier`` with rows in ``view`` (summary, rolling or snapshot)."""
    row = conn.execute(_LATEST[view], (tier,)).fetchone()
    return row[0] if row else None


def week_status(conn: sqlite3.Connection, tier: str | None = None, week: str | None = None) -> Rows:
    """One line per week and tier: stage, counts, rejected shares, worst quality status, staleness."""
    return _rows(
        conn,
        """
        SELECT m.week_ending, m.tier, m.stage, m.source_layout AS layout,
               m.row_count_raw AS raw, m.row_count_inserted AS inserted,
               m.row_count_normalized AS normalized, m.row_count_rejected AS rejected,
               m.row_count_ignored AS ignored,
               (SELECT coalesce(spine_sum(r.total_shares), 0) FROM otc_rejects j
                  JOIN otc_raw r ON r.week_ending = j.week_ending AND r.tier = j.tier
                   AND r.record_hash = j.raw_record_hash
                WHERE j.week_ending = m.week_ending AND j.tier = m.tier
                  AND j.capture_id = m.capture_id AND j.stage = 'NORMALIZE') AS rejected_shares,
               (SELECT COUNT(*) FROM otc_rejects j WHERE j.week_ending = m.week_ending
                  AND j.tier = m.tier AND j.capture_id = m.capture_id
                  AND j.reason_code = 'NON_ATS_VENUE') AS non_ats_rows,
               (SELECT coalesce(spine_sum(r.total_shares), 0) FROM otc_rejects j
                  JOIN otc_raw r ON r.week_ending = j.week_ending AND r.tier = j.tier
                   AND r.record_hash = j.raw_record_hash
                WHERE j.week_ending = m.week_ending AND j.tier = m.tier
                  AND j.capture_id = m.capture_id AND j.reason_code = 'NON_ATS_VENUE')
                  AS non_ats_shares,
               COALESCE((SELECT CASE MAX(CASE q.status WHEN 'FAIL' THEN 2 WHEN 'WARN' THEN 1 ELSE 0 END)
                                 WHEN 2 THEN 'FAIL' WHEN 1 THEN 'WARN' WHEN 0 THEN 'PASS' END
                         FROM otc_quality_checks q
                         WHERE q.week_ending = m.week_ending AND q.tier = m.tier), '-') AS quality,
               m.rolling_stale,
               (SELECT COUNT(*) FROM otc_captures c WHERE c.week_ending = m.week_ending
                  AND c.tier = m.tier) AS captures,
               m.updated_at
        FROM otc_week_manifest m
        -- a range on the key's first column, so one week is a key lookup, not a manifest scan
        WHERE m.week_ending BETWEEN coalesce(:week, '0000') AND coalesce(:week, '9999')
          AND (:tier IS NULL OR m.tier = :tier)
        ORDER BY m.tier, m.week_ending
        """,
        {"tier": tier, "week": week},
    )


def rejects(
    conn: sqlite3.Connection,
    tier: str | None = None,
    week: str | None = None,
    reason: str | None = None,
    include_superseded: bool = False,
) -> Rows:
    """Rejected lines of the current data (or of every capture), with their reasons."""
    return _rows(
        conn,
        """
        SELECT j.week_ending, j.tier, j.stage, j.reason_code, j.reason_detail, j.line_number,
               j.raw_line, j.source_locator, j.capture_id
        FROM otc_rejects j
        LEFT JOIN otc_week_manifest m ON m.week_ending = j.week_ending AND m.tier = j.tier
        WHERE (:tier IS NULL OR j.tier = :tier) AND (:week IS NULL OR j.week_ending = :week)
          AND (:reason IS NULL OR j.reason_code = :reason)
          AND (:all_captures OR j.capture_id IS m.capture_id)
        ORDER BY j.tier, j.week_ending, j.line_number, j.id
        """,
        {"tier": tier, "week": week, "reason": reason, "all_captures": int(include_superseded)},
    )


def quality_checks(
    conn: sqlite3.Connection,
    tier: str | None = None,
    week: str | None = None,
    status: str | None = None,
) -> Rows:
    return _rows(
        conn,
        """
        SELECT week_ending, tier, pipeline_name, check_name, check_category, status,
               check_value, expected_value, tolerance, message
        FROM otc_quality_checks
        WHERE (:tier IS NULL OR tier = :tier) AND (:week IS NULL OR week_ending = :week)
          AND (:status IS NULL OR status = :status)
        ORDER BY tier, week_ending, pipeline_name, id
        """,
        {"tier": tier, "week": week, "status": status},
    )


def snapshot(conn: sqlite3.Connection, tier: str, week: str) -> Rows:
    return _rows(
        conn,
        """
        SELECT s.symbol, s.total_volume, s.total_trades, s.venue_count, s.top_venue_mpid,
               s.top_venue_share_pct, s.avg_trade_size, s.rolling_avg_6w_volume,
               s.rolling_avg_6w_trades, s.rolling_trend_direction, s.rolling_weeks_available,
               s.rolling_is_complete, s.has_rolling_data, s.quality_status,
               -- a revision since the snapshot was taken has made its rolling figures stale
               coalesce(r.is_stale, 0) AS rolling_stale
        FROM otc_research_snapshot s
        LEFT JOIN otc_symbol_rolling_6w r
               ON r.week_ending = s.week_ending AND r.tier = s.tier AND r.symbol = s.symbol
        WHERE s.tier = :tier AND s.week_ending = :week
        ORDER BY s.total_volume DESC, s.symbol
        """,
        {"tier": tier, "week": week},
    )


def rolling(conn: sqlite3.Connection, tier: str, week: str, symbol: str | None = None) -> Rows:
    return _rows(
        conn,
        """
        SELECT week_ending, symbol, avg_6w_volume, avg_6w_trades, trend_direction, trend_pct,
               weeks_in_window, is_complete_window, is_stale
        FROM otc_symbol_rolling_6w
        WHERE tier = :tier AND week_ending = :week AND (:symbol IS NULL OR symbol = :symbol)
        ORDER BY avg_6w_volume DESC, symbol
        """,
        {"tier": tier, "week": week, "symbol": symbol},
    )


def venue_shares(conn: sqlite3.Connection, tier: str, week: str) -> Rows:
    return _rows(
        conn,
        """
        SELECT mpid, total_volume, total_trades, symbol_count, market_share_pct
        FROM otc_venue_share WHERE tier = :tier AND week_ending = :week
        ORDER BY total_volume DESC, mpid
        """,
        {"tier": tier, "week": week},
    )


def captures(conn: sqlite3.Connection, tier: str | None = None, week: str | None = None) -> Rows:
    """The revision history: every distinct content loaded for a week, newest last."""
    return _rows(
        conn,
        """
        SELECT c.capture_id, c.week_ending, c.tier, c.source_sha256, c.source_bytes,
               c.row_count_raw AS lines, c.row_count_inserted AS records, c.source_layout,
               c.source_locator, c.captured_at, c.superseded_at,
               c.capture_id IS m.capture_id AS is_current, c.execution_id
        FROM otc_captures c
        LEFT JOIN otc_week_manifest m ON m.week_ending = c.week_ending AND m.tier = c.tier
        WHERE (:tier IS NULL OR c.tier = :tier) AND (:week IS NULL OR c.week_ending = :week)
        ORDER BY c.tier, c.week_ending, c.capture_id
        """,
        {"tier": tier, "week": week},
    )


# A record belongs to capture k when it was first loaded at or before k, not superseded by k, and
# not absent from k (a record can leave in one revision and come back in a later one).
CAPTURE_RECORDS_SQL = """
SELECT r.symbol, r.mpid, r.total_shares, r.total_trades, r.record_hash
FROM otc_captures c
JOIN otc_raw r ON r.week_ending = c.week_ending AND r.tier = c.tier
WHERE c.capture_id = :capture_id
  AND r.capture_id <= c.capture_id
  AND (r.superseded_by_capture_id IS NULL OR r.superseded_by_capture_id > c.capture_id)
  AND NOT EXISTS (SELECT 1 FROM json_each(coalesce(r.absent_ranges, '[]')) g
                  WHERE c.capture_id >= json_extract(g.value, '$[0]')
                    AND c.capture_id < json_extract(g.value, '$[1]'))
"""


def capture_volumes(conn: sqlite3.Connection, capture_id: int) -> Rows:
    """The venue records of an earlier (or the current) capture, as that file had them."""
    return _rows(
        conn,
        CAPTURE_RECORDS_SQL + " ORDER BY r.symbol, r.mpid, r.record_hash",
        {"capture_id": capture_id},
    )
