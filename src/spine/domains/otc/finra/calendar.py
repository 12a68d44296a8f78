"""FINRA's publication calendar: the day a week's OTC transparency data is first published.

FINRA publishes a week's ATS data on a Monday: 21 days after the week's Monday for NMS Tier 1, 35 days after
it for NMS Tier 2 and OTC equities (SPEC §12). When that Monday is a US market holiday the publication moves
to the next business day (a recorded row was first published on a Tuesday after a Monday holiday).

Market holidays follow the NYSE's rules (NYSE Rule 7.2):

- New Year's Day, January 1; on a Sunday the Monday after is closed; on a Saturday no day is closed
  (the NYSE does not close the Friday before, which ends a month and a year);
- Martin Luther King Jr. Day, the third Monday of January (from 1998);
- Washington's Birthday, the third Monday of February;
- Good Friday, two days before Easter Sunday (Gregorian computus);
- Memorial Day, the last Monday of May;
- Juneteenth, June 19 (from 2022);
- Independence Day, July 4;
- Labor Day, the first Monday of September;
- Thanksgiving, the fourth Thursday of November;
- Christmas, December 25.

Fixed-date holidays other than New Year's Day falling on a Saturday close the Friday before, on a Sunday the
Monday after. One-off closures (days of mourning, storms) are not rules and are not listed: none fell on a
publication Monday.
"""

from __future__ import annotations

from datetime import date, timedelta

from spine.domains.otc.enums import Tier

# Days from a week's Monday to its first publication, per tier.
PUBLICATION_LAG_DAYS: dict[str, int] = {
    Tier.NMS_TIER_1.value: 21,
    Tier.NMS_TIER_2.value: 35,
    Tier.OTC.value: 35,
}

_MLK_FROM = 1998
_JUNETEENTH_FROM = 2022


def week_start(week_ending: date) -> date:
    """The Monday of the trading week that ends on ``week_ending`` (a Friday)."""
    return week_ending - timedelta(days=week_ending.weekday())


def scheduled_publication(tier: str, week_ending: date) -> date:
    """The Monday FINRA's schedule names for the week's first publication, before any holiday shift."""
    return week_start(week_ending) + timedelta(days=_lag_days(tier))


def first_publication(tier: str, week_ending: date) -> date:
    """The day FINRA first publishes the tier's week: the scheduled Monday, or the next business day."""
    return next_business_day(scheduled_publication(tier, week_ending))


def latest_week_published(tier: str, on: date) -> date:
    """The newest week (its Friday) of the tier whose first publication is on or before ``on``."""
    candidate = week_start(on) - timedelta(days=_lag_days(tier) - 4)
    while first_publication(tier, candidate) > on:
        candidate -= timedelta(days=7)
    return candidate


def is_first_publication(tier: str, week_ending: date, published: date) -> bool:
    """True when ``published`` is the week's first publication date (with or without the holiday shift)."""
    return published in (scheduled_publication(tier, week_ending), first_publication(tier, week_ending))


def _lag_days(tier: str) -> int:
    try:
        return PUBLICATION_LAG_DAYS[tier]
    except KeyError:
        tiers = ", ".join(PUBLICATION_LAG_DAYS)
        raise ValueError(f"unknown tier {tier!r}; expected one of {tiers}") from None


def next_business_day(day: date) -> date:
    """``day`` itself when the market is open that day, else the next day it is open."""
    while day.weekday() >= 5 or is_market_holiday(day):
        day += timedelta(days=1)
    return day


def is_market_holiday(day: date) -> bool:
    """True when ``day`` is a weekday on which the NYSE is closed by one of its holiday rules."""
    return day in _holidays(day.year)


def _holidays(year: int) -> set[date]:
    days = {
        _nth_weekday(year, 2, 0, 3),  # Washington's Birthday
        _easter(year) - timedelta(days=2),  # Good Friday
        _last_weekday(year, 5, 0),  # Memorial Day
        _observed(date(year, 7, 4)),
        _nth_weekday(year, 9, 0, 1),  # Labor Day
        _nth_weekday(year, 11, 3, 4),  # Thanksgiving
        _observed(date(year, 12, 25)),
    }
    new_year = date(year, 1, 1)
    if new_year.weekday() < 5:
        days.add(new_year)
    elif new_year.weekday() == 6:
        days.add(new_year + timedelta(days=1))
    if year >= _MLK_FROM:
        days.add(_nth_weekday(year, 1, 0, 3))
    if year >= _JUNETEENTH_FROM:
        days.add(_observed(date(year, 6, 19)))
    return days


def _observed(day: date) -> date:
    """A fixed-date holiday on a Saturday is kept the Friday before, on a Sunday the Monday after."""
    if day.weekday() == 5:
        return day - timedelta(days=1)
    if day.weekday() == 6:
        return day + timedelta(days=1)
    return day


def _nth_weekday(year: int, month: int, weekday: int, n: int) -> date:
    first = date(year, month, 1)
    return first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))


def _last_weekday(year: int, month: int, weekday: int) -> date:
    last = date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1)
    return last - timedelta(days=(last.weekday() - weekday) % 7)


def _easter(year: int) -> date:
    """Easter Sunday by the anonymous Gregorian algorithm (Meeus/Jones/Butcher)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    el = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * el) // 451
    month, day = divmod(h + el - 7 * m + 114, 31)
    return date(year, month, day + 1)
