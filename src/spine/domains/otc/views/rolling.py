"""6-week rolling averages and trends, week by week: one row per week, tier and symbol.

``trend`` is what a reader should see of the trend: ``UP +7.44%``, or ``low base`` when the mean
weekly volume it starts from (``trend_base_volume``) is below the minimum trend base.
"""

from __future__ import annotations

import sqlite3

from spine.domains.otc.views.names import add_names
from spine.domains.otc.views.rows import Rows, add_trend_labels, fetch, present, select_list
from spine.domains.otc.views.weeks import WeekSpan, tier_weeks

_LATER_FIGURES = ("weeks_traded", "trend_base_volume")
_SQL = """
SELECT r.week_ending, r.tier, r.symbol, NULL AS issue_name, r.avg_6w_volume, r.avg_6w_trades,
       r.trend_direction, r.trend_pct{later}, NULL AS trend, r.weeks_in_window, r.is_complete_window,
       r.is_stale
FROM otc_symbol_rolling_6w r
WHERE r.tier = :tier AND r.week_ending BETWEEN :first AND :last
  AND (:symbol IS NULL OR r.symbol = :symbol)
ORDER BY r.week_ending, r.avg_6w_volume DESC, r.symbol
"""


def rolling(conn: sqlite3.Connection, tier: str | None, span: WeekSpan, symbol: str | None = None) -> Rows:
    """Rolling rows of ``tier`` (or every tier) over ``span``: by week, then largest average first."""
    later = present(conn, "otc_symbol_rolling_6w", _LATER_FIGURES)
    sql = _SQL.format(later=select_list("r", later))
    result = Rows.of(
        [],
        (
            "week_ending",
            "tier",
            "symbol",
            "issue_name",
            "avg_6w_volume",
            "avg_6w_trades",
            "trend_direction",
            "trend_pct",
            *later,
            *(("trend",) if "trend_base_volume" in later else ()),
            "weeks_in_window",
            "is_complete_window",
            "is_stale",
        ),
    )
    for weeks in tier_weeks(conn, tier, span):
        rows = fetch(conn, sql, weeks.params(symbol=symbol))
        add_names(conn, rows, "issue", weeks.tier, weeks.bounds, "symbol", "issue_name")
        if "trend_base_volume" in later:
            add_trend_labels(rows, "trend_direction", "trend_pct", "trend_base_volume", "trend")
        else:
            for row in rows:
                del row["trend"]
        result.extend(rows)
    return result
