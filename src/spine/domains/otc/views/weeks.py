"""Which weeks a view shows: one definition of "the latest week" and of a range of weeks.

The latest week of a tier is the newest week whose figures exist: the newest week the manifest has at
stage AGGREGATED or later. Every view, `--weeks N` and the library use this one definition; a view
whose rows for that week are not made yet (rolling, snapshot) says so rather than showing an older week.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from typing import NamedTuple

from spine.core.errors import UsageError
from spine.domains.otc import manifest
from spine.domains.otc.enums import Stage, Tier

# The open ends of a range of weeks, compared as ISO text: before and after every real week.
OPEN_START, OPEN_END = "0000-00-00", "9999-99-99"
# The recent weeks a terminal shows by default for status, checks and captures (--all: every week).
RECENT_WEEKS = 6


def latest_week(conn: sqlite3.Connection, tier: str) -> str | None:
    """The newest week of ``tier`` with figures (aggregated or later), or None before any."""
    return manifest.newest_at_least(conn, tier, Stage.AGGREGATED)


def weeks_before(week: str, count: int) -> str:
    """The first Friday of the ``count`` Fridays ending at ``week``."""
    return (date.fromisoformat(week) - timedelta(weeks=count - 1)).isoformat()


def previous_week(week: str) -> str:
    return weeks_before(week, 2)


@dataclass(frozen=True)
class RangeWords:
    """How a caller names the week options when it refuses a combination of them: the library's
    keywords or the command line's flags, and the verb of the advice ("give", "use")."""

    week: str
    first: str
    last: str
    count: str
    verb: str


@dataclass(frozen=True)
class WeekSpan:
    """The weeks asked for: one ``week``; ``first``..``last`` (either open); or ``count`` weeks ending
    at ``last`` (default: the latest week). Nothing given means ``default``: "latest" (the latest week),
    "recent" (`RECENT_WEEKS` ending at the latest) or "all".
    """

    week: str | None = None
    first: str | None = None
    last: str | None = None
    count: int | None = None
    default: str = "latest"

    @classmethod
    def asked(
        cls,
        week: str | None,
        first: str | None,
        last: str | None,
        count: int | None,
        *,
        default: str,
        words: RangeWords,
    ) -> WeekSpan:
        """The weeks asked for, or a `UsageError` (worded with ``words``) for options that contradict
        each other. ``week`` is a Friday or "latest", ``first`` and ``last`` Fridays, all ISO text."""
        if week and (first or last or count):
            raise UsageError(
                f"{words.week} is one week:"
                f" {words.verb} it without {words.first}, {words.last} or {words.count}"
            )
        if first and count:
            raise UsageError(
                f"{words.count} counts back from {words.last} (or the latest week):"
                f" {words.verb} it without {words.first}"
            )
        if count is not None and (not isinstance(count, int) or count < 1):
            raise UsageError(f"{words.count} must be a positive integer, not {count!r}")
        if first and last and first > last:
            raise UsageError(f"{words.first} {first} is after {words.last} {last}")
        if week == "latest":  # the latest week is the one week counted back from the latest
            return cls(count=1, default=default)
        return cls(week=week, first=first, last=last, count=count, default=default)

    def bounds(self, conn: sqlite3.Connection, tier: str) -> tuple[str, str] | None:
        """The first and last week for ``tier`` (inclusive), or None when there is nothing to show."""
        if self.week:
            return self.week, self.week
        if self.count is None and not (self.first or self.last):
            return self._default_bounds(conn, tier)
        if self.count is None:
            return self.first or OPEN_START, self.last or OPEN_END
        last = self.last or latest_week(conn, tier)
        return (weeks_before(last, self.count), last) if last else None

    def _default_bounds(self, conn: sqlite3.Connection, tier: str) -> tuple[str, str] | None:
        if self.default == "all":
            return OPEN_START, OPEN_END
        latest = latest_week(conn, tier)
        if self.default == "latest":
            return (latest, latest) if latest else None
        # recent: from RECENT_WEEKS before the latest week on, so newer weeks that are not yet
        # aggregated (a failed normalize, say) still show; before any aggregated week, everything.
        return (weeks_before(latest, RECENT_WEEKS), OPEN_END) if latest else (OPEN_START, OPEN_END)

    def describe(self) -> str:
        if self.week:
            return self.week
        if self.count is not None:
            return f"the {self.count} weeks ending {self.last or 'at the latest week'}"
        if self.first or self.last:
            return f"{self.first or 'the first week'} to {self.last or 'the latest week'}"
        return {"latest": "the latest week", "recent": f"the {RECENT_WEEKS} latest weeks"}.get(
            self.default, "every week"
        )


def tiers(tier: str | None) -> list[str]:
    """The tiers a view covers: the one asked for, or all of them in their usual order."""
    return [tier] if tier else [t.value for t in Tier]


class TierWeeks(NamedTuple):
    """One tier a view covers and the weeks of it to show (inclusive ISO dates)."""

    tier: str
    first: str
    last: str

    @property
    def bounds(self) -> tuple[str, str]:
        return self.first, self.last

    def params(self, **more: object) -> dict[str, object]:
        """The view's query parameters: ``tier``, ``first`` and ``last``, and ``more``."""
        return {"tier": self.tier, "first": self.first, "last": self.last, **more}


def tier_weeks(conn: sqlite3.Connection, tier: str | None, span: WeekSpan) -> Iterator[TierWeeks]:
    """The tiers a view covers (`tiers`), each with its weeks of ``span``; a tier with nothing to
    show is left out."""
    for one in tiers(tier):
        bounds = span.bounds(conn, one)
        if bounds is not None:
            yield TierWeeks(one, *bounds)
