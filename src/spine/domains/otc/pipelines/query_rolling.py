"""otc.query_rolling: read the rolling rows of a week. Read-only."""

from __future__ import annotations

from spine.core.errors import PipelineError
from spine.core.params import Param
from spine.core.pipeline import PipelineResult
from spine.core.registry import register
from spine.domains.otc import queries
from spine.domains.otc.pipelines.base import TIER, WeekPipeline
from spine.domains.otc.validators import clean_code


@register
class QueryRolling(WeekPipeline):
    name = "otc.query_rolling"
    description = "The 6-week rolling rows of a week (read-only)."
    writes = False
    summary = "rows"
    params = (
        TIER,
        Param(
            "week_ending",
            "week",
            default="latest",
            keywords=("latest",),
            help="the week's Friday, or latest",
        ),
        Param("symbol", "str", help="only this symbol", normalize=clean_code),
    )

    def run(self) -> PipelineResult:
        week = self.values["week_ending"]
        if week == "latest":
            week = queries.latest_week(self.conn, self.tier, "rolling")
            if week is None:
                raise PipelineError(f"no rolling rows for tier {self.tier} yet; run a backfill first")
        else:
            week = week.isoformat()
        rows = queries.rolling(self.conn, self.tier, week, self.values["symbol"] or None)
        return PipelineResult.completed(week_ending=week, tier=self.tier, rows=rows)
