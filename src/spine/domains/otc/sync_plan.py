"""Which weeks a sync fetches, from what FINRA has published and what the database holds.

A week is *loaded* when it is aggregated. For each tier:

- the *floor* is ``since`` (weeks ending on or after it), else the ``weeks`` newest published weeks,
  else the tier's oldest loaded week, else (an empty tier) the ``DEFAULT_WEEKS`` newest published weeks;
- every published week from the floor on that is not loaded is fetched: new weeks, and weeks an
  interrupted run left behind;
- every published week whose last outcome failed (`otc_week_outcomes`) is fetched again, wherever it is;
- the newest ``recheck`` loaded weeks that FINRA still lists are fetched again, to catch restatements.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from spine.domains.otc import manifest, week_outcomes
from spine.domains.otc.enums import Stage

DEFAULT_WEEKS = 12  # an empty tier starts with about a quarter of history
DEFAULT_RECHECK = 4  # FINRA restates mostly the last few weeks


@dataclass(frozen=True)
class PlannedWeek:
    tier: str
    week_ending: date
    reason: str  # "new" (not loaded yet), "retry" (its last run failed) or "recheck" (restatements)

    def as_dict(self) -> dict[str, Any]:
        """A dry run's line for the week, shaped like a run's week report."""
        return {
            "tier": self.tier,
            "week_ending": self.week_ending.isoformat(),
            "file": "",
            "status": "PLANNED",
            "stages": {"fetch": self.reason},
            "error": None,
        }


def loaded_weeks(conn: sqlite3.Connection | None, tier: str) -> list[date]:
    """The tier's aggregated weeks, oldest first (none without a database, which a dry run may lack)."""
    if conn is None:
        return []
    return [date.fromisoformat(week) for week in manifest.weeks_at_least(conn, tier, Stage.AGGREGATED)]


def failed_weeks(conn: sqlite3.Connection | None, tier: str) -> set[date]:
    """The tier's weeks whose last run failed (none without a database, or one older than 0.2)."""
    if conn is None or not _has_table(conn, "otc_week_outcomes"):
        return set()
    return {date.fromisoformat(week) for week in week_outcomes.failed_weeks(conn, tier)}


def _has_table(conn: sqlite3.Connection, name: str) -> bool:
    row = conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = :name", {"name": name})
    return row.fetchone() is not None


def plan_tier(
    tier: str,
    published: list[date],
    loaded: list[date],
    *,
    failed: set[date] | None = None,
    since: date | None = None,
    weeks: int | None = None,
    recheck: int = DEFAULT_RECHECK,
) -> list[PlannedWeek]:
    """The tier's weeks to fetch, oldest first (see the module notes for the rule)."""
    listed = sorted(set(published))
    if not listed:
        return []
    have = set(loaded)
    if since is not None:
        floor = since
    elif weeks is not None:
        floor = listed[-min(weeks, len(listed))]
    elif have:
        floor = min(have)
    else:
        floor = listed[-min(DEFAULT_WEEKS, len(listed))]
    retry = {w for w in listed if w in (failed or set())}
    new = {w for w in listed if w >= floor and w not in have} - retry
    again = [w for w in listed if w in have and w not in retry][-recheck:] if recheck > 0 else []
    planned = [PlannedWeek(tier, w, "new") for w in new]
    planned += [PlannedWeek(tier, w, "retry") for w in retry]
    planned += [PlannedWeek(tier, w, "recheck") for w in again]
    return sorted(planned, key=lambda p: p.week_ending)


def plan(
    conn: sqlite3.Connection | None,
    published: dict[str, list[date]],
    *,
    since: date | None,
    weeks: int | None,
    recheck: int,
) -> list[PlannedWeek]:
    """Every tier's weeks to fetch, tier by tier, oldest first within a tier."""
    return [
        planned
        for tier, listed in published.items()
        for planned in plan_tier(
            tier,
            listed,
            loaded_weeks(conn, tier),
            failed=failed_weeks(conn, tier),
            since=since,
            weeks=weeks,
            recheck=recheck,
        )
    ]


def newest(published: dict[str, list[date]]) -> dict[str, str | None]:
    """Each tier's newest published week."""
    return {tier: max(weeks).isoformat() if weeks else None for tier, weeks in published.items()}


def preview(planned: list[PlannedWeek], published: dict[str, list[date]], folder: Path) -> dict[str, Any]:
    """A dry run's report: the weeks a sync would fetch and why, and where it would archive them."""
    return {
        "dry_run": True,
        "tiers": list(published),
        "archive": str(folder),
        "newest_published": newest(published),
        "weeks": [p.as_dict() for p in planned],
        "weeks_total": len(planned),
        "rolling": "every processed week, oldest first, per tier",
        "snapshot": "every processed week, oldest first, per tier",
    }
