"""Week status from the manifest: one line per week and tier with stage, counts and quality."""

from __future__ import annotations

import sqlite3

from spine.domains.otc.quality_checks import worst_status_sql
from spine.domains.otc.views.rows import Rows, fetch
from spine.domains.otc.views.weeks import WeekSpan, tier_weeks

COLUMNS = (
    "week_ending",
    "tier",
    "stage",
    "layout",
    "raw",
    "inserted",
    "normalized",
    "rejected",
    "ignored",
    "rejected_shares",
    "non_ats_rows",
    "non_ats_shares",
    "quality",
    "rolling_stale",
    "captures",
    "updated_at",
)
_SQL = """
SELECT m.week_ending, m.tier, m.stage, m.source_layout AS layout,
       m.row_count_raw AS raw, m.row_count_inserted AS inserted,
       m.row_count_normalized AS normalized, m.row_count_rejected AS rejected,
       m.row_count_ignored AS ignored,
       (SELECT coalesce(spine_sum(r.total_shares), 0) FROM otc_rejects j
          JOIN otc_week_key k ON k.week_ending = j.week_ending AND k.tier = j.tier
          JOIN otc_raw_record r ON r.week_key = k.week_key AND r.record_key = spine_unhex(j.raw_record_hash)
        WHERE j.week_ending = m.week_ending AND j.tier = m.tier
          AND j.capture_id = m.capture_id AND j.stage = 'NORMALIZE') AS rejected_shares,
       (SELECT COUNT(*) FROM otc_non_ats_volume n
        WHERE n.week_ending = m.week_ending AND n.tier = m.tier) AS non_ats_rows,
       (SELECT coalesce(spine_sum(n.total_shares), 0) FROM otc_non_ats_volume n
        WHERE n.week_ending = m.week_ending AND n.tier = m.tier) AS non_ats_shares,
       COALESCE(({worst_status}), '-') AS quality,
       m.rolling_stale,
       (SELECT COUNT(*) FROM otc_captures c WHERE c.week_ending = m.week_ending
          AND c.tier = m.tier) AS captures,
       m.updated_at
FROM otc_week_manifest m
-- a range on the key's first column: a few weeks are a key range, not a manifest scan
WHERE m.week_ending BETWEEN :first AND :last AND m.tier = :tier
ORDER BY m.week_ending
""".format(worst_status=worst_status_sql("m.week_ending", "m.tier"))  # noqa: S608 (fixed SQL text)


def status(conn: sqlite3.Connection, tier: str | None, span: WeekSpan) -> Rows:
    """Manifest lines of ``tier`` (or every tier, one after the other) over ``span``."""
    result = Rows.of([], COLUMNS)
    for weeks in tier_weeks(conn, tier, span):
        result.extend(fetch(conn, _SQL, weeks.params()))
    return result
