"""Where each week's figures come from: the source and its SHA-256, the runs, restatements, checks, rejects.

A report-only view. A week's run ids are read from the rows each stage wrote (the latest run that wrote
the week's current venue volumes, summaries, rolling rows and snapshot), so they name the runs behind
the figures shown, not merely the last run that looked at the week.
"""

from __future__ import annotations

import sqlite3

from spine.domains.otc.views.captures import CAPTURE_RECORDS_SQL
from spine.domains.otc.views.rows import Rows, fetch

_SOURCES_SQL = """
SELECT m.week_ending, m.tier, m.source_type, m.source_locator, m.source_layout, m.source_sha256,
       m.source_bytes, m.capture_id,
       (SELECT COUNT(*) FROM otc_captures c WHERE c.week_ending = m.week_ending AND c.tier = m.tier)
           AS captures,
       (SELECT c.execution_id FROM otc_captures c WHERE c.capture_id = m.capture_id) AS ingest_run,
       (SELECT MAX(x.execution_id) FROM otc_venue_volume x
         WHERE x.week_ending = m.week_ending AND x.tier = m.tier) AS normalize_run,
       (SELECT MAX(x.execution_id) FROM otc_symbol_summary x
         WHERE x.week_ending = m.week_ending AND x.tier = m.tier) AS aggregate_run,
       (SELECT MAX(x.execution_id) FROM otc_symbol_rolling_6w x
         WHERE x.week_ending = m.week_ending AND x.tier = m.tier) AS rolling_run,
       (SELECT MAX(x.execution_id) FROM otc_research_snapshot x
         WHERE x.week_ending = m.week_ending AND x.tier = m.tier) AS snapshot_run,
       m.batch_id
FROM otc_week_manifest m
WHERE m.tier = :tier AND m.week_ending BETWEEN :first AND :last
ORDER BY m.week_ending
"""


def week_sources(conn: sqlite3.Connection, tier: str, first: str, last: str) -> Rows:
    """Every week of the range in the manifest (loaded or not), oldest first: its current source (type,
    location, layout, SHA-256, bytes), capture, how many captures it had, and the run that wrote each
    stage's current rows (``ingest_run`` ... ``snapshot_run``)."""
    return fetch(conn, _SOURCES_SQL, {"tier": tier, "first": first, "last": last})


# The venue records of two captures compared by (symbol, MPID): a FULL OUTER JOIN written as two LEFT
# JOINs so it runs on SQLite 3.31+.
# Built from the code's own SQL; values are bound.
_CAPTURE_DIFF_SQL = f"""
WITH after AS ({CAPTURE_RECORDS_SQL.replace(":capture_id", ":after")}),
     before AS ({CAPTURE_RECORDS_SQL.replace(":capture_id", ":before")})
SELECT
  (SELECT COUNT(*) FROM after a WHERE NOT EXISTS
     (SELECT 1 FROM before b WHERE b.symbol = a.symbol AND b.mpid = a.mpid)) AS added,
  (SELECT COUNT(*) FROM before b WHERE NOT EXISTS
     (SELECT 1 FROM after a WHERE a.symbol = b.symbol AND a.mpid = b.mpid)) AS removed,
  (SELECT COUNT(*) FROM after a JOIN before b ON b.symbol = a.symbol AND b.mpid = a.mpid
    WHERE a.total_shares != b.total_shares OR a.total_trades != b.total_trades) AS changed,
  (SELECT COALESCE(SUM(total_shares), 0) FROM before) AS shares_before,
  (SELECT COALESCE(SUM(total_shares), 0) FROM after) AS shares_after
"""  # noqa: S608

_RESTATED_SQL = """
SELECT c.week_ending, c.tier, c.capture_id, c.captured_at, c.source_sha256,
       (SELECT MAX(p.capture_id) FROM otc_captures p WHERE p.week_ending = c.week_ending
           AND p.tier = c.tier AND p.capture_id < c.capture_id) AS previous_capture_id,
       c.capture_id IS m.capture_id AS is_current
FROM otc_captures c
LEFT JOIN otc_week_manifest m ON m.week_ending = c.week_ending AND m.tier = c.tier
WHERE c.tier = :tier AND c.week_ending BETWEEN :first AND :last
ORDER BY c.week_ending, c.capture_id
"""


RESTATEMENT_COLUMNS = (
    "week_ending",
    "tier",
    "capture_id",
    "previous_capture_id",
    "captured_at",
    "source_sha256",
    "venue_rows_added",
    "venue_rows_removed",
    "venue_rows_changed",
    "shares_before",
    "shares_after",
    "is_current",
)


def restatements(conn: sqlite3.Connection, tier: str, first: str, last: str) -> Rows:
    """Every capture of the range that restated a week, oldest first, with what it changed in the
    week's venue records against the capture before (rows added, removed, changed; total shares)."""
    result = []
    for row in conn.execute(_RESTATED_SQL, {"tier": tier, "first": first, "last": last}).fetchall():
        if row["previous_capture_id"] is None:
            continue  # a week's first capture restates nothing
        diff = conn.execute(
            _CAPTURE_DIFF_SQL, {"after": row["capture_id"], "before": row["previous_capture_id"]}
        ).fetchone()
        result.append(
            {
                **{key: row[key] for key in RESTATEMENT_COLUMNS[:6]},
                "venue_rows_added": diff["added"],
                "venue_rows_removed": diff["removed"],
                "venue_rows_changed": diff["changed"],
                "shares_before": diff["shares_before"],
                "shares_after": diff["shares_after"],
                "is_current": bool(row["is_current"]),
            }
        )
    return Rows.of(result, RESTATEMENT_COLUMNS)


_CHECKS_SQL = """
SELECT week_ending, tier,
       SUM(status = 'PASS') AS passed, SUM(status = 'WARN') AS warned, SUM(status = 'FAIL') AS failed,
       COALESCE(GROUP_CONCAT(CASE WHEN status != 'PASS' THEN check_name || ' (' || status || ')' END, ', '),
                '') AS not_passed
FROM (SELECT * FROM otc_quality_checks
      WHERE tier = :tier AND week_ending BETWEEN :first AND :last ORDER BY week_ending, id)
GROUP BY week_ending, tier
ORDER BY week_ending
"""


def week_checks(conn: sqlite3.Connection, tier: str, first: str, last: str) -> Rows:
    """Per week: checks passed, warned and failed, and ``not_passed``: "check_name (STATUS)" of each
    check that did not pass, comma-separated."""
    return fetch(conn, _CHECKS_SQL, {"tier": tier, "first": first, "last": last})


_REJECTS_SQL = """
SELECT j.week_ending, j.tier, j.stage, j.reason_code, COUNT(*) AS lines
FROM otc_rejects j
JOIN otc_week_manifest m ON m.week_ending = j.week_ending AND m.tier = j.tier
WHERE j.tier = :tier AND j.week_ending BETWEEN :first AND :last AND j.capture_id IS m.capture_id
GROUP BY j.week_ending, j.tier, j.stage, j.reason_code
ORDER BY j.week_ending, j.stage, j.reason_code
"""


def reject_counts(conn: sqlite3.Connection, tier: str, first: str, last: str) -> Rows:
    """Rejected lines of the weeks' current data, counted by week, stage and reason (``lines``)."""
    return fetch(conn, _REJECTS_SQL, {"tier": tier, "first": first, "last": last})
