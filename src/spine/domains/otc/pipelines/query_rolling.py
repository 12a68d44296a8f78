"""otc.query_rolling: read the rolling rows of a week. Read-only."""

from __future__ import annotations

from decimal import Decimal

from spine.core.errors import PipelineError
from spine.core.params import Param
from spine.core.pipeline import PipelineResult
from spine.core.registry import register
from spine.domains.otc.pipelines.base import TIER, WeekPipeline
from spine.domains.otc.validators import clean_code
from spine.domains.otc.views import WeekSpan, latest_week
from spine.domains.otc.views.rolling import rolling


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
            week = latest_week(self.conn, self.tier)
            if week is None:
                raise PipelineError(f"no aggregated week for tier {self.tier} yet; run a backfill first")
        else:
            week = week.isoformat()
        found = rolling(self.conn, self.tier, WeekSpan(week=week), self.values["symbol"] or None)
        # Metrics are stored as JSON: decimal figures as their exact text, as in the table.
        rows = [{k: str(v) if isinstance(v, Decimal) else v for k, v in row.items()} for row in found]
        return PipelineResult.completed(week_ending=week, tier=self.tier, rows=rows)
