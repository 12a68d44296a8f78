"""What every per-week OTC pipeline shares: the (tier, week_ending, force) parameters."""

from __future__ import annotations

import sqlite3
from datetime import date

from spine.core.params import Param
from spine.core.pipeline import Pipeline, PipelineResult
from spine.domains.otc import manifest
from spine.domains.otc.enums import Stage
from spine.domains.otc.validators import normalize_tier_param

TIER = Param(
    "tier",
    "str",
    required=True,
    help="NMS_TIER_1, NMS_TIER_2 or OTC (FINRA's T1, T2, OTCE accepted)",
    normalize=normalize_tier_param,
)
WEEK_ENDING = Param("week_ending", "week", required=True, help="the week's Friday, YYYY-MM-DD")
# Which pipeline brings a week to a stage, for "run X first" messages.
_PRODUCER = {
    Stage.INGESTED: "otc.ingest_week",
    Stage.NORMALIZED: "otc.normalize_week",
    Stage.AGGREGATED: "otc.aggregate_week",
}

FORCE = Param("force", "bool", default=False, help="redo the week even if this stage is done")


class WeekPipeline(Pipeline):
    """A pipeline whose unit of work is one (week_ending, tier)."""

    @property
    def tier(self) -> str:
        return str(self.values["tier"])

    @property
    def week(self) -> date:
        return self.values["week_ending"]  # type: ignore[no-any-return]

    @property
    def week_ending(self) -> str:
        return self.week.isoformat()

    @property
    def force(self) -> bool:
        return bool(self.values.get("force"))

    def lineage(self) -> tuple[int, int | None]:
        return self.execution_id, self.batch_id

    def require(self, needs: Stage) -> sqlite3.Row:
        """The week's manifest row; refused (with the stage to run first) below ``needs``."""
        return manifest.require_stage(
            self.conn, self.week_ending, self.tier, needs, f"run {_PRODUCER[needs]} for this week first"
        )

    def skip_if_done(self, row: sqlite3.Row, produces: Stage) -> PipelineResult | None:
        """A skip result when this stage is done for the week and ``force`` is off."""
        if Stage(row["stage"]).at_least(produces) and not self.force:
            return PipelineResult.skipped(
                f"{produces.value.lower()} is done for this week (stage {row['stage']})"
            )
        return None
