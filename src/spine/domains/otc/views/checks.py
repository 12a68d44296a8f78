"""Quality checks, week by week: one row per week, tier and check."""

from __future__ import annotations

import sqlite3

from spine.domains.otc.views.rows import Rows, fetch
from spine.domains.otc.views.weeks import WeekSpan, tier_weeks

COLUMNS = (
    "week_ending",
    "tier",
    "pipeline_name",
    "check_name",
    "check_category",
    "status",
    "check_value",
    "expected_value",
    "tolerance",
    "message",
)
_SQL = """
SELECT week_ending, tier, pipeline_name, check_name, check_category, status, check_value,
       expected_value, tolerance, message
FROM otc_quality_checks
WHERE tier = :tier AND week_ending BETWEEN :first AND :last AND (:status IS NULL OR status = :status)
ORDER BY week_ending, pipeline_name, id
"""


def checks(conn: sqlite3.Connection, tier: str | None, span: WeekSpan, status: str | None = None) -> Rows:
    """Checks of ``tier`` (or every tier, one after the other) over ``span``, optionally one status."""
    result = Rows.of([], COLUMNS)
    for weeks in tier_weeks(conn, tier, span):
        result.extend(fetch(conn, _SQL, weeks.params(status=status)))
    return result
