"""The tier overview: per week, the ATS volume and trades of the tier, and how many symbols and venues traded.

A report-only view. Every figure is read from what aggregate stored (symbol summaries, venue shares); the
totals are sums of integer columns in SQL.
"""

from __future__ import annotations

import sqlite3

from spine.domains.otc.views.rows import Rows, fetch

TIER_WEEKS_SQL = """
SELECT s.week_ending, s.tier, SUM(s.total_volume) AS total_volume, SUM(s.total_trades) AS total_trades,
       COUNT(*) AS symbol_count,
       (SELECT COUNT(*) FROM otc_venue_share v
         WHERE v.week_ending = s.week_ending AND v.tier = s.tier) AS venue_count
FROM otc_symbol_summary s
WHERE s.tier = :tier AND s.week_ending BETWEEN :first AND :last
GROUP BY s.week_ending, s.tier
ORDER BY s.week_ending
"""


def tier_weeks(conn: sqlite3.Connection, tier: str, first: str, last: str) -> Rows:
    """The aggregated weeks of ``tier`` from ``first`` to ``last`` (inclusive), oldest first: week_ending,
    tier, total_volume, total_trades, symbol_count, venue_count."""
    return fetch(conn, TIER_WEEKS_SQL, {"tier": tier, "first": first, "last": last})
