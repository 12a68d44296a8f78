"""``file_pattern`` (issue 14): one file per week, every file name read back into one week.

Only ``{week_ending}`` and ``{publication_date}``, with date formats that name one day; anything else
is a usage error (exit code 2) before a backfill touches the database. ``{publication_date}`` follows
FINRA's publication calendar, holidays included; the expected dates here are worked out by hand from
the NYSE holiday list.
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from click.testing import CliRunner

from spine.api import Spine
from spine.cli import cli
from spine.core.errors import UsageError
from spine.domains.otc import weeks
from tests.conftest import FIXTURES, write_file

T1, T2 = "NMS_TIER_1", "NMS_TIER_2"

REFUSED = {
    # pattern -> fragment of the message
    "w_{week_ending:%Y-%m}.psv": "must name one day",  # every week of a month: one file
    "w_{week_ending:%m%d}.psv": "must name one day",  # no year
    "w_{week_ending:%Y}.psv": "must name one day",
    "w_{publication_date:%y%m}.psv": "must name one day",
    "w_{week_ending:%Y%m%d%d}.psv": "each part once",
    "w_{week_ending:%Y%y%m%d}.psv": "each part once",
    "w_{week_ending:%d%b%Y}.psv": "%b",  # a month name cannot be read back
    "w_{week_ending:%Y-%m-%d %H}.psv": "%H",
    "w_{week_ending:{publication_date}}.psv": "nested",
    "w_{week_ending:%Y{publication_date}}.psv": "nested",
    "w_{week_start}.psv": "unknown field {week_start}",
    "w_{week_ending.year}.psv": "unknown field",
    "w_{week_ending[0]}.psv": "unknown field",
    "w_{}.psv": "unknown field",
    "w_{0}.psv": "unknown field",
    "w_{week_ending!r}.psv": "no conversion",
    "weekly.psv": "names no week",
    "w_{week_ending.psv": "expected '}'",
    "sub/w_{week_ending}.psv": "not a path",
}


@pytest.mark.parametrize("pattern", list(REFUSED))
def test_patterns_that_cannot_name_one_file_per_week_are_refused(pattern: str) -> None:
    with pytest.raises(UsageError, match="file_pattern") as caught:
        weeks.validate_pattern(pattern)
    assert REFUSED[pattern] in str(caught.value)


@pytest.mark.parametrize(
    "pattern",
    ["w_{week_ending:%d%Y%m}.psv", "w_{week_ending:%m%d%Y}.psv", "{week_ending:%Y%m%d}__{week_ending:%y-%j}"],
)
def test_formats_naming_one_day_in_any_order_are_accepted(pattern: str) -> None:
    assert weeks.validate_pattern(pattern) == pattern


@pytest.mark.parametrize("pattern", ["w_{week_ending:%Y-%m}.psv", "w_{week_ending:{publication_date}}.psv"])
def test_a_refused_pattern_is_exit_code_2_before_any_write(
    db_path: Path, tmp_path: Path, pattern: str
) -> None:
    args = [
        "run",
        "otc.backfill_range",
        "-p",
        f"tier={T1}",
        "-p",
        "weeks_back=2",
        "-p",
        f"source_dir={tmp_path}",
    ]
    result = CliRunner().invoke(cli, [*args, "-p", f"file_pattern={pattern}", "--db", str(db_path)])
    assert result.exit_code == 2, result.output
    assert "file_pattern" in result.output and "Traceback" not in result.output
    assert not db_path.exists()


# (tier, week ending, first publication): Monday + 21 days (T1) or + 35 days (T2), the next business
# day when that Monday is a market holiday.
PUBLICATIONS = [
    (T1, date(2025, 12, 26), date(2026, 1, 12)),  # Monday 2025-12-22 + 21
    (T2, date(2025, 12, 26), date(2026, 1, 26)),  # + 35
    (T1, date(2025, 12, 12), date(2025, 12, 29)),
    (T1, date(2024, 12, 20), date(2025, 1, 6)),
    (T1, date(2025, 12, 19), date(2026, 1, 5)),
    (T1, date(2026, 1, 2), date(2026, 1, 20)),  # Monday 2026-01-19 is Martin Luther King Jr. Day
    (T2, date(2025, 12, 19), date(2026, 1, 20)),  # the same Monday, from Tier 2's lag
    (T1, date(2025, 5, 9), date(2025, 5, 27)),  # Monday 2025-05-26 is Memorial Day
    (T1, date(2025, 8, 15), date(2025, 9, 2)),  # Monday 2025-09-01 is Labor Day
]


@pytest.mark.parametrize(("tier", "week", "published"), PUBLICATIONS)
def test_publication_date_follows_the_calendar_both_ways(tier: str, week: date, published: date) -> None:
    pattern = "otc_{publication_date:%Y%m%d}.psv"
    name = f"otc_{published:%Y%m%d}.psv"
    assert weeks.file_for(Path("d"), pattern, week, tier) == Path("d") / name
    assert weeks.week_from_name(name, pattern, tier) == week
    # The day before and after name no week (no publication falls there).
    for other in (published - timedelta(days=1), published + timedelta(days=1)):
        assert weeks.week_from_name(f"otc_{other:%Y%m%d}.psv", pattern, tier) is None


def test_every_week_has_its_own_file_and_reads_back(tmp_path: Path) -> None:
    patterns = [
        "week_{week_ending}.psv",
        "w{week_ending:%y%j}.txt",
        "{publication_date:%d.%m.%Y}-t.psv",
        "{week_ending:%Y%m%d}_{publication_date:%Y%m%d}.json",
    ]
    fridays = [date(2020, 1, 3) + timedelta(weeks=n) for n in range(320)]  # six years, every holiday rule
    for tier in (T1, T2):
        for pattern in patterns:
            names = [weeks.file_for(tmp_path, pattern, w, tier).name for w in fridays]
            assert len(set(names)) == len(fridays), pattern
            assert [weeks.week_from_name(n, pattern, tier) for n in names] == fridays, pattern


def test_names_that_disagree_or_are_not_fridays_read_as_no_week() -> None:
    both = "{week_ending:%Y%m%d}_{publication_date:%Y%m%d}.psv"
    assert weeks.week_from_name("20251226_20260112.psv", both, T1) == date(2025, 12, 26)
    assert weeks.week_from_name("20251226_20260105.psv", both, T1) is None  # another week's publication
    assert weeks.week_from_name("week_2025-12-25.psv", "week_{week_ending}.psv", T1) is None  # a Thursday
    assert weeks.week_from_name("week_2025-13-26.psv", "week_{week_ending}.psv", T1) is None


def test_backfill_by_publication_date_finds_its_weeks(tmp_path: Path) -> None:
    folder = tmp_path / "downloads"
    seed = sorted(FIXTURES.glob("week_*.psv"))[-2:]
    for path in seed:
        week = date.fromisoformat(path.stem.removeprefix("week_"))
        published = weeks.file_for(folder, "seed_{publication_date:%Y%m%d}.psv", week, T1)
        write_file(published, path.read_bytes())
    with Spine(tmp_path / "db.sqlite") as spine:
        result = spine.run(
            "otc.backfill_range",
            {
                "tier": T1,
                "source_dir": str(folder),
                "file_pattern": "seed_{publication_date:%Y%m%d}.psv",
                "weeks_back": 2,
                "skip_rolling": True,
                "skip_snapshot": True,
            },
        )
        assert result.ok, result.error
        expected = [p.stem.removeprefix("week_") for p in seed]
        assert [(w["week_ending"], w["status"]) for w in result.metrics["weeks"]] == [
            (w, "OK") for w in expected
        ]
