"""Each week's last outcome in a backfill or sync: what `only=failed` selects from.

A week that fails before its first stage writes anything (its file is missing, its fetch failed, the
database was busy) leaves no manifest row; this table remembers it. A week left part-way (ingested,
not aggregated) is read from the manifest, whoever ran it.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from spine.core.db import transaction, utc_now
from spine.domains.otc.enums import Stage

_RECORD = """
INSERT INTO otc_week_outcomes
    (week_ending, tier, status, failed_stage, error, execution_id, batch_id, recorded_at)
VALUES (:week_ending, :tier, :status, :failed_stage, :error, :execution_id, :batch_id, :recorded_at)
ON CONFLICT (week_ending, tier) DO UPDATE SET
    status = excluded.status, failed_stage = excluded.failed_stage, error = excluded.error,
    execution_id = excluded.execution_id, batch_id = excluded.batch_id,
    recorded_at = excluded.recorded_at
"""

# Weeks whose last outcome failed, and weeks left part-way: ingested but not loaded (aggregated), a
# fact of its own beside the loaded weeks (`manifest.weeks_at_least`).
_FAILED = """
SELECT week_ending FROM otc_week_outcomes WHERE tier = :tier AND status = 'FAILED'
UNION
SELECT m.week_ending FROM otc_week_manifest m JOIN otc_stage_rank r ON r.stage = m.stage
WHERE m.tier = :tier AND r.rank BETWEEN :ingested AND :below_aggregated
"""


@dataclass(frozen=True)
class Outcome:
    week_ending: str
    tier: str
    status: str  # OK | FAILED
    failed_stage: str | None
    error: str | None
    execution_id: int
    batch_id: int | None


def record(conn: sqlite3.Connection, outcome: Outcome) -> None:
    """Remember the week's outcome, in a transaction of its own (the week's stages have committed)."""
    with transaction(conn):
        conn.execute(_RECORD, {**outcome.__dict__, "recorded_at": utc_now()})


def failed_weeks(conn: sqlite3.Connection, tier: str) -> set[str]:
    """The tier's weeks whose last outcome is a failure, or that were left part-way."""
    params = {
        "tier": tier,
        "ingested": Stage.INGESTED.rank,
        "below_aggregated": Stage.AGGREGATED.rank - 1,
    }
    return {row[0] for row in conn.execute(_FAILED, params)}
