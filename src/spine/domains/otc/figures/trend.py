"""The trend of a symbol's weekly volumes over the rolling window, and the base it is measured from.

SPEC §7: fewer than 2 weeks, FLAT 0; 2 weeks, the last against the first; 3 to 6 weeks, the mean of the
last two weeks against the mean of the first two. ``trend_pct = (last - first) / first x 100``, 2
places; the direction reads the rounded value (UP above +5, DOWN below -5). The weekly values are the
zero-filled volumes of the window's loaded weeks (SPEC §13).

The base is the mean weekly volume of the trend's first period (floor). A trend from a tiny base says
little (+2,099,699.80 % from 1,000 shares), so views and reports show it only when the base reaches
``min_trend_base()`` shares a week and say ``low base`` otherwise; the stored trend keeps §7's meaning.
"""

from __future__ import annotations

import os
from decimal import Decimal

from spine.core.exact import ratio_places
from spine.domains.otc.enums import Trend

TREND_PLACES = 2
TREND_THRESHOLD = Decimal(5)

# The smallest base (shares a week) a trend is shown from; SPINE_MIN_TREND_BASE overrides it.
DEFAULT_MIN_TREND_BASE = 10_000
MIN_TREND_BASE_ENV = "SPINE_MIN_TREND_BASE"
LOW_BASE = "low base"


def trend(volumes: list[int]) -> tuple[Trend, str]:
    """Direction and percentage change of a symbol's weekly volumes, oldest first."""
    if not volumes:
        return Trend.FLAT, "0.00"
    return window_trend(len(volumes), volumes[0], sum(volumes[:2]), volumes[-1], sum(volumes[-2:]))


def window_trend(weeks: int, first: int, first_two: int, last: int, last_two: int) -> tuple[Trend, str]:
    """The trend of a window from its first and last weeks' volumes (and pairs of weeks).

    Three to six weeks compare the sums of two weeks: the means' halves cancel, so sums compare exactly.
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


def trend_base(weeks: int, first: int, first_two: int) -> int:
    """The mean weekly volume of the trend's first period: the first week (1 or 2 weeks), else the
    mean of the first two weeks, floored."""
    return first if weeks < 3 else first_two // 2


def min_trend_base(override: int | None = None) -> int:
    """The minimum base for showing a trend: ``override``, else ``SPINE_MIN_TREND_BASE``, else 10,000."""
    if override is not None:
        value = override
    else:
        text = os.environ.get(MIN_TREND_BASE_ENV, "").strip().replace("_", "").replace(",", "")
        if not text:
            return DEFAULT_MIN_TREND_BASE
        if not text.isdigit():
            raise ValueError(f"{MIN_TREND_BASE_ENV}={text!r}: expected a whole number of shares")
        value = int(text)
    if value < 0:
        raise ValueError(f"minimum trend base {value}: expected 0 or more shares a week")
    return value


def trend_shown(base: int | None, minimum: int) -> bool:
    """True when a trend from ``base`` shares a week may be shown (an unknown base never is)."""
    return base is not None and base >= minimum


def trend_label(direction: str, pct: str, base: int | None, minimum: int) -> str:
    """What a view shows for a trend: ``UP +7.44%`` or ``low base``."""
    if not trend_shown(base, minimum):
        return LOW_BASE
    sign = "+" if not pct.startswith("-") else ""
    return f"{direction} {sign}{pct}%"


def trend_shown_sql(base: str, minimum: str = ":min_trend_base") -> str:
    """SQL twin of `trend_shown`: a 0/1 expression over the base column and a bound minimum."""
    return f"(({base}) IS NOT NULL AND ({base}) >= {minimum})"
