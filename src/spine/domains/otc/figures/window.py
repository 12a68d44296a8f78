"""The rolling window: the 6 Fridays ending at a week, and which of them count (the loaded ones).

A week of the window counts when the tier's week is loaded, i.e. aggregated (SPEC §13): a symbol with
no row in a loaded week had no ATS volume that week. Weeks never loaded do not count at all.
"""

from __future__ import annotations

import sqlite3
from datetime import date, timedelta

from spine.domains.otc.enums import AT_LEAST_SQL, Stage

WINDOW_WEEKS = 6

# The tier's aggregated weeks between two Fridays (built once from constants).
_LOADED = f"""
SELECT m.week_ending FROM {AT_LEAST_SQL} AND m.week_ending BETWEEN :first AND :last
ORDER BY m.week_ending
"""  # noqa: S608


def window_start(week: date) -> date:
    """The window's first Friday: ``WINDOW_WEEKS - 1`` weeks before ``week``."""
    return week - timedelta(weeks=WINDOW_WEEKS - 1)


def loaded_weeks(conn: sqlite3.Connection, tier: str, week: date) -> list[str]:
    """The window's weeks that count, oldest first (ISO dates)."""
    params = {
        "tier": tier,
        "first": window_start(week).isoformat(),
        "last": week.isoformat(),
        "rank": Stage.AGGREGATED.rank,
    }
    return [row[0] for row in conn.execute(_LOADED, params)]
