"""Venue concentration: the Herfindahl-Hirschman index of a tier's weeks, and of its top symbols.

A report-only view of what aggregate and the snapshot stored (``venue_hhi``, 0-10,000, exact): the
index is computed once, by the figures, and read here.
"""

from __future__ import annotations

import sqlite3

from spine.domains.otc.views.rows import Rows, fetch


def has_concentration(conn: sqlite3.Connection) -> bool:
    """Whether this database stores venue concentration (release 0.2's figures)."""
    row = conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'otc_venue_concentration'").fetchone()
    return row is not None


def tier_concentration(conn: sqlite3.Connection, tier: str, first: str, last: str) -> Rows:
    """The tier's venue HHI per week of the range, oldest first."""
    if not has_concentration(conn):
        return Rows()
    return fetch(
        conn,
        "SELECT week_ending, tier, venue_count, venue_hhi FROM otc_venue_concentration"
        " WHERE tier = :tier AND week_ending BETWEEN :first AND :last ORDER BY week_ending",
        {"tier": tier, "first": first, "last": last},
    )


_SYMBOLS_SQL = """
SELECT s.week_ending, s.tier, s.symbol, s.venue_count, s.venue_hhi, s.top_venue_mpid, s.top_venue_share_pct
FROM otc_research_snapshot s
WHERE s.tier = :tier AND s.week_ending BETWEEN :first AND :last
  AND s.symbol IN (SELECT t.symbol FROM otc_symbol_summary t WHERE t.tier = :tier AND t.week_ending = :last
                   ORDER BY t.total_volume DESC, t.symbol LIMIT :limit)
ORDER BY s.symbol, s.week_ending
"""


def symbol_concentration(conn: sqlite3.Connection, tier: str, first: str, last: str, limit: int = 10) -> Rows:
    """Venue HHI of the last week's ``limit`` largest symbols, for every week of the range with a snapshot."""
    if not has_concentration(conn):
        return Rows()
    return fetch(conn, _SYMBOLS_SQL, {"tier": tier, "first": first, "last": last, "limit": limit})
