"""The OTC formulas (trade size, market share, rolling trend), exact and in one place.

Python forms serve small sets (venue shares, trends) and tests; the ``*_sql`` forms let set-based
statements compute the same figures over hundreds of thousands of rows without a Python loop.
"""

from __future__ import annotations

from decimal import Decimal

from spine.core.exact import ratio_places, ratio_sql, ratio_text
from spine.domains.otc.enums import Trend

SHARE_PLACES = 4
TRADE_SIZE_PLACES = 2
TREND_PLACES = 2
TREND_THRESHOLD = Decimal(5)
WINDOW_WEEKS = 6


def avg_trade_size_sql(shares: str, trades: str) -> str:
    return ratio_sql(shares, trades, TRADE_SIZE_PLACES)


def share_pct(part: int, whole: int) -> str:
    """``part`` as a percentage of ``whole``, 4 places (market share, concentration)."""
    return ratio_text(part, whole, SHARE_PLACES, multiplier=100)


def share_pct_sql(part: str, whole: str) -> str:
    return ratio_sql(part, whole, SHARE_PLACES, multiplier=100)


def trend(volumes: list[int]) -> tuple[Trend, str]:
    """Direction and percentage change of a symbol's weekly volumes, oldest first."""
    if not volumes:
        return Trend.FLAT, "0.00"
    return window_trend(len(volumes), volumes[0], sum(volumes[:2]), volumes[-1], sum(volumes[-2:]))


def window_trend(weeks: int, first: int, first_two: int, last: int, last_two: int) -> tuple[Trend, str]:
    """The trend of a window from its first and last weeks' volumes (and pairs of weeks).

    Fewer than 2 weeks: FLAT 0. Two weeks: last against first. Three to six: the mean of the last two
    weeks against the mean of the first two (the means' halves cancel, so sums compare exactly).
    """
    if weeks < 2:
        return Trend.FLAT, "0.00"
    if weeks == 2:
        return trend_from(first, last)
    return trend_from(first_two, last_two)


def trend_from(first: int, last: int) -> tuple[Trend, str]:
    """(last - first) / first x 100, 2 places; the direction reads the rounded value (+-5)."""
    if first == 0:
        return (Trend.UP, "100.00") if last > 0 else (Trend.FLAT, "0.00")
    pct = ratio_places(last - first, first, TREND_PLACES, multiplier=100)
    if pct > TREND_THRESHOLD:
        direction = Trend.UP
    elif pct < -TREND_THRESHOLD:
        direction = Trend.DOWN
    else:
        direction = Trend.FLAT
    return direction, f"{pct:.{TREND_PLACES}f}"
