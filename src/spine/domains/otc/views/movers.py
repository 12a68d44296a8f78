"""Movers: the largest rolling trends among symbols with a meaningful base, and the top symbols by volume.

A report-only view over the rolling rows and symbol summaries of one week. A trend is a mover only when
its base (``trend_base_volume``, the mean weekly volume of the trend's first period) reaches the
minimum of the figures' trend rules: a jump from 1,000 shares says little.
"""

from __future__ import annotations

import sqlite3

from spine.domains.otc.figures.trend import trend_shown_sql
from spine.domains.otc.views.rows import Rows, fetch

# Whether a trend may be shown is the figures' rule (its SQL twin), with the minimum bound by name.
_MOVERS_SQL = f"""
SELECT week_ending, tier, symbol, trend_direction, trend_pct, trend_base_volume, avg_6w_volume,
       weeks_in_window
FROM otc_symbol_rolling_6w
WHERE tier = :tier AND week_ending = :week AND is_stale = 0 AND trend_direction = :direction
  AND {trend_shown_sql("trend_base_volume")}
ORDER BY abs(CAST(trend_pct AS REAL)) DESC, symbol
LIMIT :limit
"""  # noqa: S608


def movers(
    conn: sqlite3.Connection, tier: str, week: str, direction: str, min_base: int, limit: int = 10
) -> Rows:
    """The ``limit`` largest ``UP`` or ``DOWN`` trends of the week whose base reaches ``min_base``."""
    params = {"tier": tier, "week": week, "direction": direction, "min_trend_base": min_base, "limit": limit}
    return fetch(conn, _MOVERS_SQL, params)


_TOP_SQL = """
SELECT week_ending, tier, symbol, total_volume, total_trades, venue_count, avg_trade_size
FROM otc_symbol_summary
WHERE tier = :tier AND week_ending = :week
ORDER BY total_volume DESC, symbol
LIMIT :limit
"""


def top_symbols(conn: sqlite3.Connection, tier: str, week: str, limit: int = 15) -> Rows:
    """The week's ``limit`` symbols with the most ATS volume."""
    return fetch(conn, _TOP_SQL, {"tier": tier, "week": week, "limit": limit})
