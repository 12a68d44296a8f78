"""The research snapshot, week by week: one row per week, tier and symbol, with issue and venue names.

``rolling_trend`` is the trend as a reader should see it: ``UP +7.44%``, or ``low base`` when its
base volume is below the minimum trend base. ``rolling_stale`` is 1 when a revision has made the
week's rolling figures stale since the snapshot was taken (the next backfill re-takes it).
"""

from __future__ import annotations

import sqlite3

from spine.domains.otc.views.names import add_names
from spine.domains.otc.views.rows import Rows, add_trend_labels, fetch, present, select_list
from spine.domains.otc.views.weeks import WeekSpan, tier_weeks

_LATER_FIGURES = ("venue_hhi", "non_ats_volume", "non_ats_trades", "ats_share_of_otc_pct")
_COLUMNS = (
    "week_ending",
    "tier",
    "symbol",
    "issue_name",
    "total_volume",
    "total_trades",
    "venue_count",
    "top_venue_mpid",
    "top_venue_name",
    "top_venue_share_pct",
    "avg_trade_size",
)
_ROLLING = (
    "rolling_avg_6w_volume",
    "rolling_avg_6w_trades",
    "rolling_trend_direction",
    "rolling_weeks_available",
    "rolling_is_complete",
    "has_rolling_data",
    "quality_status",
)
# The trend as a reader should see it ("low base" below the minimum), from the week's rolling row.
_TREND = ", r.trend_pct, r.trend_base_volume, NULL AS rolling_trend"
_SQL = """
SELECT s.week_ending, s.tier, s.symbol, NULL AS issue_name, s.total_volume, s.total_trades,
       s.venue_count, s.top_venue_mpid, NULL AS top_venue_name, s.top_venue_share_pct,
       s.avg_trade_size{rolling}{later}{trend}, coalesce(r.is_stale, 0) AS rolling_stale
FROM otc_research_snapshot s
LEFT JOIN otc_symbol_rolling_6w r
       ON r.week_ending = s.week_ending AND r.tier = s.tier AND r.symbol = s.symbol
WHERE s.tier = :tier AND s.week_ending BETWEEN :first AND :last
  AND (:symbol IS NULL OR s.symbol = :symbol)
ORDER BY s.week_ending, s.total_volume DESC, s.symbol
"""


def snapshot(conn: sqlite3.Connection, tier: str | None, span: WeekSpan, symbol: str | None = None) -> Rows:
    """Snapshot rows of ``tier`` (or every tier) over ``span``: by week, then largest volume first."""
    later = present(conn, "otc_research_snapshot", _LATER_FIGURES)
    based = bool(present(conn, "otc_symbol_rolling_6w", ("trend_base_volume",)))
    labels = ("rolling_trend",) if based else ()
    sql = _SQL.format(
        rolling=select_list("s", _ROLLING), later=select_list("s", later), trend=_TREND if based else ""
    )
    result = Rows.of([], (*_COLUMNS, *_ROLLING, *later, *labels, "rolling_stale"))
    for weeks in tier_weeks(conn, tier, span):
        rows = fetch(conn, sql, weeks.params(symbol=symbol))
        add_names(conn, rows, "issue", weeks.tier, weeks.bounds, "symbol", "issue_name")
        add_names(conn, rows, "venue", weeks.tier, weeks.bounds, "top_venue_mpid", "top_venue_name")
        if based:
            add_trend_labels(
                rows, "rolling_trend_direction", "trend_pct", "trend_base_volume", "rolling_trend"
            )
        result.extend({c: row[c] for c in result.columns} for row in rows)
    return result
