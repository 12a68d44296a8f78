"""FINRA's publication calendar (SPEC §12): dates checked against the published NYSE holiday calendars."""

from __future__ import annotations

from datetime import date

import pytest

from spine.domains.otc.finra.calendar import (
    first_publication,
    is_first_publication,
    is_market_holiday,
    latest_week_published,
)

# The NYSE's published full-day closures (one-off closures such as 2025-01-09 left out: not rules).
NYSE_HOLIDAYS = {
    2021: "01-01 01-18 02-15 04-02 05-31 07-05 09-06 11-25 12-24",
    2022: "01-17 02-21 04-15 05-30 06-20 07-04 09-05 11-24 12-26",
    2023: "01-02 01-16 02-20 04-07 05-29 06-19 07-04 09-04 11-23 12-25",
    2025: "01-01 01-20 02-17 04-18 05-26 06-19 07-04 09-01 11-27 12-25",
    2026: "01-01 01-19 02-16 04-03 05-25 06-19 07-03 09-07 11-26 12-25",
}


@pytest.mark.parametrize("year", sorted(NYSE_HOLIDAYS))
def test_market_holidays_match_the_nyse_calendar(year: int) -> None:
    expected = {date.fromisoformat(f"{year}-{d}") for d in NYSE_HOLIDAYS[year].split()}
    first, last = date(year, 1, 1).toordinal(), date(year, 12, 31).toordinal()
    days = [date.fromordinal(n) for n in range(first, last + 1)]
    found = {d for d in days if d.weekday() < 5 and is_market_holiday(d)}
    assert found == expected


@pytest.mark.parametrize(
    ("tier", "week_ending", "published"),
    [
        # the real OTC sample file of 2025-12-15 holds week 2025-11-14 (Monday 2025-11-10 + 35 days)
        ("OTC", "2025-11-14", "2025-12-15"),
        ("NMS_TIER_2", "2025-11-14", "2025-12-15"),
        ("NMS_TIER_1", "2025-11-14", "2025-12-01"),
        # Memorial Day 2025-05-26 moves Tier 1's publication of week 2025-05-09 to the Tuesday
        ("NMS_TIER_1", "2025-05-09", "2025-05-27"),
        ("NMS_TIER_1", "2025-05-02", "2025-05-19"),
        # Labor Day 2025-09-01 (OTC, Monday 2025-07-28 + 35 days)
        ("OTC", "2025-08-01", "2025-09-02"),
        # New Year's Day 2023 on a Sunday closes Monday 2023-01-02
        ("NMS_TIER_1", "2022-12-16", "2023-01-03"),
        # Christmas 2023 on a Monday
        ("NMS_TIER_1", "2023-12-08", "2023-12-26"),
    ],
)
def test_first_publication(tier: str, week_ending: str, published: str) -> None:
    assert first_publication(tier, date.fromisoformat(week_ending)) == date.fromisoformat(published)


def test_holiday_shift_accepts_both_the_scheduled_monday_and_the_business_day() -> None:
    week = date(2025, 5, 9)
    assert is_first_publication("NMS_TIER_1", week, date(2025, 5, 27))
    assert is_first_publication("NMS_TIER_1", week, date(2025, 5, 26))
    assert not is_first_publication("NMS_TIER_1", week, date(2025, 5, 28))
    assert not is_first_publication("NMS_TIER_1", week, date(2025, 6, 2))


@pytest.mark.parametrize(
    ("tier", "on", "week_ending"),
    [
        ("OTC", "2025-12-15", "2025-11-14"),
        ("OTC", "2025-12-29", "2025-11-28"),
        ("OTC", "2025-12-17", "2025-11-14"),  # a Wednesday: the Monday's week is the newest published
        ("NMS_TIER_1", "2025-05-26", "2025-05-02"),  # the holiday itself: week 2025-05-09 comes a day later
        ("NMS_TIER_1", "2025-05-27", "2025-05-09"),
        ("NMS_TIER_1", "2025-05-25", "2025-05-02"),  # a Sunday
    ],
)
def test_latest_week_published(tier: str, on: str, week_ending: str) -> None:
    assert latest_week_published(tier, date.fromisoformat(on)) == date.fromisoformat(week_ending)


def test_unknown_tier_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown tier"):
        first_publication("T1", date(2025, 5, 9))
