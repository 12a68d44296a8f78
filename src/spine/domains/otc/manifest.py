"""The week manifest: where each (week_ending, tier) stands, and the resets that keep it honest.

Rerunning a stage resets the later stages of the same week (their rows go, the stage drops back), and
any change to a week's data marks stale the rolling rows whose 6-week window holds it. Rolling rows are
the exception to "their rows go": they also serve the five following weeks' windows, so they are
marked stale and recomputed rather than deleted.
"""

from __future__ import annotations

import sqlite3
from datetime import date, timedelta
from typing import Any

from spine.core.db import utc_now
from spine.core.errors import PipelineError
from spine.domains.otc.enums import AT_LEAST_SQL, Stage
from spine.domains.otc.figures.window import WINDOW_WEEKS

# Tables each stage writes for its own week, in stage order.
# (Venue volumes are a view over the raw records that shows a week from NORMALIZED on: a reset to an
# earlier stage hides them, and the next normalize writes its verdicts again.)
STAGE_OUTPUTS: dict[Stage, tuple[str, ...]] = {
    Stage.NORMALIZED: ("otc_non_ats_volume",),
    Stage.AGGREGATED: ("otc_symbol_summary", "otc_venue_share", "otc_venue_concentration"),
    Stage.SNAPSHOT: ("otc_research_snapshot",),
}
_STAGE_CHECKS: dict[Stage, str] = {Stage.AGGREGATED: "otc.aggregate_week"}


def get(conn: sqlite3.Connection, week_ending: str, tier: str) -> sqlite3.Row | None:
    row: sqlite3.Row | None = conn.execute(
        "SELECT * FROM otc_week_manifest WHERE week_ending = ? AND tier = ?", (week_ending, tier)
    ).fetchone()
    return row


def stage_of(conn: sqlite3.Connection, week_ending: str, tier: str) -> Stage:
    row = get(conn, week_ending, tier)
    return Stage(row["stage"]) if row else Stage.PENDING


def require_stage(
    conn: sqlite3.Connection, week_ending: str, tier: str, needed: Stage, hint: str
) -> sqlite3.Row:
    """The manifest row, or a PipelineError telling the user which stage to run first."""
    row = get(conn, week_ending, tier)
    stage = Stage(row["stage"]) if row else Stage.PENDING
    if row is None or not stage.at_least(needed):
        raise PipelineError(
            f"week {week_ending} {tier} is at stage {stage.value}, needs {needed.value}: {hint}"
        )
    return row


def update(conn: sqlite3.Connection, week_ending: str, tier: str, **columns: Any) -> None:
    """Set manifest columns of an existing week (names come from code, never from users)."""
    columns["updated_at"] = utc_now()
    assignments = ", ".join(f"{name} = ?" for name in columns)
    conn.execute(
        f"UPDATE otc_week_manifest SET {assignments} WHERE week_ending = ? AND tier = ?",  # noqa: S608
        (*columns.values(), week_ending, tier),
    )


def reset_after(conn: sqlite3.Connection, week_ending: str, tier: str, stage: Stage) -> None:
    """Delete what the per-week stages after ``stage`` wrote for the week (rolling rows excepted, see
    the module notes), and set the week to ``stage``."""
    for later, tables in STAGE_OUTPUTS.items():
        if later.rank > stage.rank:
            for table in tables:
                conn.execute(
                    f"DELETE FROM {table} WHERE week_ending = ? AND tier = ?",  # noqa: S608
                    (week_ending, tier),
                )
    for later, pipeline_name in _STAGE_CHECKS.items():
        if later.rank > stage.rank:
            conn.execute(
                "DELETE FROM otc_quality_checks WHERE week_ending = ? AND tier = ? AND pipeline_name = ?",
                (week_ending, tier, pipeline_name),
            )
    if stage.rank < Stage.NORMALIZED.rank:
        # Only the current capture's: rejects of earlier captures are part of their history.
        conn.execute(
            "DELETE FROM otc_rejects WHERE week_ending = ? AND tier = ? AND stage = 'NORMALIZE'"
            " AND capture_id IS (SELECT capture_id FROM otc_week_manifest"
            "                    WHERE week_ending = ? AND tier = ?)",
            (week_ending, tier, week_ending, tier),
        )
    update(conn, week_ending, tier, stage=stage.value)


def mark_rolling_stale(conn: sqlite3.Connection, week_ending: date, tier: str) -> int:
    """Rolling rows whose window holds ``week_ending`` (that week and the 5 after it) go stale, and
    the manifest says so for each of those weeks (see `stale_rolling_weeks`)."""
    last = week_ending + timedelta(weeks=WINDOW_WEEKS - 1)
    window = {"tier": tier, "first": week_ending.isoformat(), "last": last.isoformat()}
    cursor = conn.execute(
        "UPDATE otc_symbol_rolling_6w SET is_stale = 1"
        " WHERE tier = :tier AND week_ending BETWEEN :first AND :last AND is_stale = 0",
        window,
    )
    conn.execute(
        "UPDATE otc_week_manifest SET rolling_stale = 1"
        " WHERE tier = :tier AND week_ending BETWEEN :first AND :last AND rolling_stale = 0"
        " AND EXISTS (SELECT 1 FROM otc_symbol_rolling_6w r"
        "             WHERE r.week_ending = otc_week_manifest.week_ending"
        "               AND r.tier = otc_week_manifest.tier)",
        window,
    )
    return cursor.rowcount


def stale_rolling_weeks(conn: sqlite3.Connection, tier: str) -> list[date]:
    """The tier's weeks whose rolling rows are stale, oldest first.

    Read from the manifest's partial index of stale weeks, so the cost follows the stale weeks, not
    the length of the history (the rolling table is never scanned).
    """
    return [
        date.fromisoformat(row[0])
        for row in conn.execute(
            "SELECT week_ending FROM otc_week_manifest INDEXED BY ix_otc_week_manifest_rolling_stale"
            " WHERE tier = :tier AND rolling_stale = 1 ORDER BY week_ending",
            {"tier": tier},
        )
    ]


def is_rolling_stale(conn: sqlite3.Connection, week_ending: date, tier: str) -> bool:
    """Whether the week's rolling rows are stale (one manifest row read)."""
    row = get(conn, week_ending.isoformat(), tier)
    return row is not None and bool(row["rolling_stale"])


# Built once from constants (no user text).
_WEEKS_AT_LEAST = f"SELECT m.week_ending FROM {AT_LEAST_SQL} ORDER BY m.week_ending"  # noqa: S608
_NEWEST_AT_LEAST = f"SELECT MAX(m.week_ending) FROM {AT_LEAST_SQL}"  # noqa: S608


def weeks_at_least(conn: sqlite3.Connection, tier: str, stage: Stage) -> list[str]:
    """The tier's weeks whose stage ranks at least ``stage``, oldest first."""
    return [row[0] for row in conn.execute(_WEEKS_AT_LEAST, {"tier": tier, "rank": stage.rank})]


def newest_at_least(conn: sqlite3.Connection, tier: str, stage: Stage) -> str | None:
    """The tier's newest week whose stage ranks at least ``stage``, or None before any."""
    row = conn.execute(_NEWEST_AT_LEAST, {"tier": tier, "rank": stage.rank}).fetchone()
    return str(row[0]) if row and row[0] else None


def weeks_below(conn: sqlite3.Connection, tier: str, stage: Stage, first: date, last: date) -> list[str]:
    """The manifest's weeks between ``first`` and ``last`` whose stage ranks below ``stage``: weeks under
    way that have not got that far (at AGGREGATED: begun, not loaded), the converse of `weeks_at_least`."""
    return [
        row[0]
        for row in conn.execute(
            "SELECT m.week_ending FROM otc_week_manifest m JOIN otc_stage_rank r ON r.stage = m.stage"
            " WHERE m.tier = ? AND m.week_ending BETWEEN ? AND ? AND r.rank < ? ORDER BY m.week_ending",
            (tier, first.isoformat(), last.isoformat(), stage.rank),
        )
    ]
