"""Where the report reads its rows: the views, and nothing else.

One module so that every table of the report is traceable to the view function behind it.
"""

from __future__ import annotations

import sqlite3
from typing import Any

from spine.domains.otc.calculations import share_pct_sql
from spine.domains.otc.views import WeekSpan, movers, overview, provenance
from spine.domains.otc.views.shares import shares

Row = dict[str, Any]

__all__ = ["movers", "overview", "provenance", "symbol_venues", "venue_shares"]


def venue_shares(conn: sqlite3.Connection, tier: str, weeks: list[str]) -> list[Row]:
    """Venue shares of every week, long format (week, MPID, volume, trades, share)."""
    rows: list[Row] = []
    for week in weeks:
        rows.extend(shares(conn, tier, WeekSpan(week=week)))
    return rows


def symbol_venues(conn: sqlite3.Connection, tier: str, symbol: str, first: str, last: str) -> list[Row]:
    """One symbol's venues week by week, with each venue's share of the symbol's volume."""
    share = share_pct_sql("v.total_shares", "s.total_volume")
    sql = f"""
        SELECT v.week_ending, v.mpid, v.total_shares, v.total_trades, {share} AS share_of_symbol_pct
        FROM otc_venue_volume v
        JOIN otc_symbol_summary s ON s.week_ending = v.week_ending AND s.tier = v.tier AND s.symbol = v.symbol
        WHERE v.tier = :tier AND v.symbol = :symbol AND v.week_ending BETWEEN :first AND :last
        ORDER BY v.week_ending, v.total_shares DESC, v.mpid
    """  # noqa: S608 - the expression is code-made (column names), values are bound
    params = {"tier": tier, "symbol": symbol, "first": first, "last": last}
    return [dict(r) for r in conn.execute(sql, params)]
