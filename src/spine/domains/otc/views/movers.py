"""Movers: the largest rolling trends among symbols with a meaningful base, and the top symbols by volume.

A report-only view over the rolling rows and symbol summaries of one week. A trend is a mover only when
its base (``trend_base_volume``, the mean weekly volume of the trend's first period) reaches the
minimum of the figures' trend rules: a jump from 1,000 shares says little.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from decimal import Decimal


@dataclass(frozen=True)
class Mover:
    week_ending: str
    tier: str
    symbol: str
    trend_direction: str
    trend_pct: Decimal
    trend_base_volume: int
    avg_6w_volume: int
    weeks_in_window: int


_MOVERS_SQL = """
SELECT week_ending, tier, symbol, trend_direction, trend_pct, trend_base_volume, avg_6w_volume,
       weeks_in_window
FROM otc_symbol_rolling_6w
WHERE tier = :tier AND week_ending = :week AND is_stale = 0 AND trend_direction = :direction
  AND trend_base_volume IS NOT NULL AND trend_base_volume >= :min_base
ORDER BY abs(CAST(trend_pct AS REAL)) DESC, symbol
LIMIT :limit
"""


def has_trend_bases(conn: sqlite3.Connection) -> bool:
    """Whether this database's rolling rows carry trend bases (release 0.2's figures)."""
    columns = {str(r[0]) for r in conn.execute("SELECT name FROM pragma_table_info('otc_symbol_rolling_6w')")}
    return "trend_base_volume" in columns


def movers(
    conn: sqlite3.Connection, tier: str, week: str, direction: str, min_base: int, limit: int = 10
) -> list[Mover]:
    """The ``limit`` largest ``UP`` or ``DOWN`` trends of the week whose base reaches ``min_base``."""
    if not has_trend_bases(conn):
        return []
    params = {"tier": tier, "week": week, "direction": direction, "min_base": min_base, "limit": limit}
    return [
        Mover(**{**dict(row), "trend_pct": Decimal(row["trend_pct"])})
        for row in conn.execute(_MOVERS_SQL, params)
    ]


@dataclass(frozen=True)
class TopSymbol:
    week_ending: str
    tier: str
    symbol: str
    total_volume: int
    total_trades: int
    venue_count: int
    avg_trade_size: Decimal


_TOP_SQL = """
SELECT week_ending, tier, symbol, total_volume, total_trades, venue_count, avg_trade_size
FROM otc_symbol_summary
WHERE tier = :tier AND week_ending = :week
ORDER BY total_volume DESC, symbol
LIMIT :limit
"""


def top_symbols(conn: sqlite3.Connection, tier: str, week: str, limit: int = 15) -> list[TopSymbol]:
    """The week's ``limit`` symbols with the most ATS volume."""
    rows = conn.execute(_TOP_SQL, {"tier": tier, "week": week, "limit": limit})
    return [TopSymbol(**{**dict(row), "avg_trade_size": Decimal(row["avg_trade_size"])}) for row in rows]
