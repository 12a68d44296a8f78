"""Rejected lines with their reasons, week by week (current data, or every capture)."""

from __future__ import annotations

import sqlite3

from spine.domains.otc.views.rows import Rows, fetch
from spine.domains.otc.views.weeks import WeekSpan, tier_weeks

COLUMNS = (
    "week_ending",
    "tier",
    "stage",
    "reason_code",
    "reason_detail",
    "line_number",
    "raw_line",
    "source_locator",
    "capture_id",
)
_SQL = """
SELECT j.week_ending, j.tier, j.stage, j.reason_code, j.reason_detail, j.line_number,
       j.raw_line, j.source_locator, j.capture_id
FROM otc_rejects j
LEFT JOIN otc_week_manifest m ON m.week_ending = j.week_ending AND m.tier = j.tier
WHERE j.tier = :tier AND j.week_ending BETWEEN :first AND :last
  AND (:reason IS NULL OR j.reason_code = :reason)
  AND (:all_captures OR j.capture_id IS m.capture_id)
ORDER BY j.week_ending, j.line_number, j.id
"""


def rejects(
    conn: sqlite3.Connection,
    tier: str | None,
    span: WeekSpan,
    reason: str | None = None,
    all_captures: bool = False,
) -> Rows:
    """Rejects of ``tier`` (or every tier, one after the other) over ``span``."""
    result = Rows.of([], COLUMNS)
    for weeks in tier_weeks(conn, tier, span):
        result.extend(fetch(conn, _SQL, weeks.params(reason=reason, all_captures=int(all_captures))))
    return result
