"""What every per-week OTC pipeline shares: the (tier, week_ending, force) parameters."""

from __future__ import annotations

from datetime import date

from spine.core.params import Param
from spine.core.pipeline import Pipeline
from spine.domains.otc.validators import normalize_tier_param

TIER = Param(
    "tier",
    "str",
    required=True,
    help="NMS_TIER_1, NMS_TIER_2 or OTC (FINRA's T1, T2, OTCE accepted)",
    normalize=normalize_tier_param,
)
WEEK_ENDING = Param("week_ending", "week", required=True, help="the week's Friday, YYYY-MM-DD")
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
