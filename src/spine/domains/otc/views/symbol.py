"""One symbol's history: its venues week by week, with the symbol's totals, rolling figures and trend.

One row per week, tier and venue (long format, ready for a spreadsheet or pandas). Each row carries
the symbol's figures for its week too (``symbol_volume``, ``avg_6w_volume``, ``trend_direction``...),
so a row stands on its own; `symbol_weeks` keeps one row per week of those. ``share_of_symbol_pct`` is
the venue's shares / the symbol's volume that week * 100, 4 places half up; ``trend`` shows the trend,
or ``low base`` below the minimum trend base. Names are the ones on the
records of the newest week shown that has them.
"""

from __future__ import annotations

import sqlite3
from typing import Any

from spine.core.exact import ratio_places
from spine.domains.otc.views.rows import Rows, add_trend_labels, fetch, present, select_list
from spine.domains.otc.views.weeks import WeekSpan, tier_weeks

_LATER_ROLLING = ("weeks_traded", "trend_base_volume")
VENUE_COLUMNS = ("mpid", "venue_name", "total_shares", "total_trades", "share_of_symbol_pct", "rank")
WEEK_COLUMNS = (
    "week_ending",
    "tier",
    "symbol",
    "issue_name",
    "symbol_volume",
    "symbol_trades",
    "venue_count",
    "avg_6w_volume",
    "avg_6w_trades",
    "trend_direction",
    "trend_pct",
)

# The manifest drives the loop (CROSS JOIN keeps that order) so each week is one seek on the
# (week_ending, tier, symbol) key prefix, whatever the history's length.
_SQL = """
SELECT m.week_ending, m.tier, v.symbol, v.issue_name, v.mpid, v.venue_name, v.total_shares,
       v.total_trades, NULL AS share_of_symbol_pct,
       row_number() OVER (PARTITION BY m.week_ending, v.symbol ORDER BY v.total_shares DESC, v.mpid) AS rank,
       s.total_volume AS symbol_volume, s.total_trades AS symbol_trades, s.venue_count,
       w.avg_6w_volume, w.avg_6w_trades, w.trend_direction, w.trend_pct{later}
FROM otc_week_manifest m
CROSS JOIN otc_venue_volume v
        ON v.week_ending = m.week_ending AND v.tier = m.tier{symbol_filter}
JOIN otc_symbol_summary s ON s.week_ending = v.week_ending AND s.tier = v.tier AND s.symbol = v.symbol
LEFT JOIN otc_symbol_rolling_6w w
       ON w.week_ending = v.week_ending AND w.tier = v.tier AND w.symbol = v.symbol
WHERE m.tier = :tier AND m.week_ending BETWEEN :first AND :last
ORDER BY m.week_ending, v.symbol, rank
"""


def symbol(conn: sqlite3.Connection, code: str | None, tier: str | None, span: WeekSpan) -> Rows:
    """Venue rows of symbol ``code`` (None: every symbol, for the export) in ``tier`` (or every tier)
    over ``span``."""
    later = present(conn, "otc_symbol_rolling_6w", _LATER_ROLLING)
    symbol_filter = " AND v.symbol = :symbol" if code is not None else ""
    sql = _SQL.format(later=select_list("w", later), symbol_filter=symbol_filter)
    labels = ("trend",) if "trend_base_volume" in later else ()
    columns = (*WEEK_COLUMNS[:4], *VENUE_COLUMNS, *WEEK_COLUMNS[4:], *labels, *later)
    result = Rows.of([], columns)
    for weeks in tier_weeks(conn, tier, span):
        rows = fetch(conn, sql, weeks.params(symbol=code))
        _newest_names(rows)
        for row in rows:
            row["share_of_symbol_pct"] = ratio_places(row["total_shares"], row["symbol_volume"], 4, 100)
        if labels:
            add_trend_labels(rows, "trend_direction", "trend_pct", "trend_base_volume", "trend")
        result.extend({c: row[c] for c in columns} for row in rows)
    return result


def symbol_weeks(rows: Rows) -> Rows:
    """One row per week and tier of `symbol`'s rows: the symbol's totals, rolling figures and trend."""
    extra = tuple(c for c in rows.columns if c not in VENUE_COLUMNS and c not in WEEK_COLUMNS)
    columns = (*WEEK_COLUMNS, *extra)
    weeks: dict[tuple[Any, Any], dict[str, Any]] = {}
    for row in rows:
        weeks.setdefault((row["week_ending"], row["tier"]), {c: row[c] for c in columns})
    return Rows.of(weeks.values(), columns)


def _newest_names(rows: Rows) -> None:
    """Every row shows the names of the newest week that has them (rows are oldest week first)."""
    issues: dict[str, str] = {}
    venues: dict[str, str] = {}
    for row in reversed(rows):
        if row["issue_name"]:
            issues.setdefault(row["symbol"], row["issue_name"])
        if row["venue_name"]:
            venues.setdefault(row["mpid"], row["venue_name"])
    for row in rows:
        row["issue_name"] = issues.get(row["symbol"])
        row["venue_name"] = venues.get(row["mpid"])
