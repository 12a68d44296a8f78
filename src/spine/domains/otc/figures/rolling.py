"""A symbol's 6-week rolling figures over the window's loaded weeks (SPEC §7 with §13's zero weeks).

Every loaded week counts: a symbol without a row that week counts 0 shares and 0 trades. So
``avg_6w_* = sums // loaded weeks``, ``weeks_in_window`` = loaded weeks, ``weeks_traded`` = the symbol's
weeks with rows, and the trend compares the zero-filled weekly volumes. A row exists for every symbol
traded in any loaded week of the window.

`window_rows` is the SQL half: one grouped read of the window's summaries for every symbol, with the
first and last loaded weeks' volumes picked out by date (absent weeks read as 0). `rolling_of` is the
Python half: floor-divided averages, the trend and its base, exactly.
"""

from __future__ import annotations

import json
import sqlite3
from typing import NamedTuple

from spine.domains.otc.figures.trend import trend_base, window_trend
from spine.domains.otc.figures.window import WINDOW_WEEKS

# Sums stay in SQL so only one row per symbol reaches Python; SUM raises on a 64-bit overflow.
_WINDOW = """
SELECT symbol,
       COUNT(*) AS weeks_traded,
       SUM(total_volume) AS volume,
       SUM(total_trades) AS trades,
       coalesce(SUM(CASE WHEN week_ending = :first_week THEN total_volume END), 0) AS first_1,
       coalesce(SUM(CASE WHEN week_ending IN (:first_week, :second_week) THEN total_volume END), 0)
           AS first_2,
       coalesce(SUM(CASE WHEN week_ending = :last_week THEN total_volume END), 0) AS last_1,
       coalesce(SUM(CASE WHEN week_ending IN (:second_last_week, :last_week) THEN total_volume END), 0)
           AS last_2
FROM otc_symbol_summary
WHERE tier = :tier AND week_ending IN (SELECT value FROM json_each(:loaded_weeks))
GROUP BY symbol
ORDER BY symbol
"""


class Rolling(NamedTuple):
    """One symbol's rolling figures for a week."""

    symbol: str
    avg_6w_volume: int
    avg_6w_trades: int
    trend_direction: str
    trend_pct: str
    weeks_in_window: int
    is_complete_window: int
    weeks_traded: int
    trend_base_volume: int


def window_rows(conn: sqlite3.Connection, tier: str, loaded: list[str]) -> list[sqlite3.Row]:
    """One row per symbol traded in any of the ``loaded`` weeks (ISO dates, oldest first)."""
    if not loaded:
        return []
    params = {
        "tier": tier,
        "loaded_weeks": json.dumps(loaded),
        "first_week": loaded[0],
        "second_week": loaded[1] if len(loaded) > 1 else loaded[0],
        "second_last_week": loaded[-2] if len(loaded) > 1 else loaded[-1],
        "last_week": loaded[-1],
    }
    return conn.execute(_WINDOW, params).fetchall()


def rolling_of(window: sqlite3.Row | dict[str, int | str], loaded_weeks: int) -> Rolling:
    """A symbol's rolling figures from its window row, over ``loaded_weeks`` weeks."""
    weeks = loaded_weeks
    first_1, first_2 = int(window["first_1"]), int(window["first_2"])
    direction, pct = window_trend(weeks, first_1, first_2, int(window["last_1"]), int(window["last_2"]))
    return Rolling(
        symbol=str(window["symbol"]),
        avg_6w_volume=int(window["volume"]) // weeks,
        avg_6w_trades=int(window["trades"]) // weeks,
        trend_direction=direction.value,
        trend_pct=pct,
        weeks_in_window=weeks,
        is_complete_window=1 if weeks == WINDOW_WEEKS else 0,
        weeks_traded=int(window["weeks_traded"]),
        trend_base_volume=trend_base(weeks, first_1, first_2),
    )
