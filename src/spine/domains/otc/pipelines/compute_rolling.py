"""otc.compute_rolling_6w: 6-week rolling averages and trends per symbol.

One query reads the window's summaries for every symbol at once over the window's loaded weeks
(figures/rolling.py); Python only applies the exact averages and trend per symbol. A 6-week sum beyond
64 bits fails the run (nothing of it is stored). The same run also
recomputes the tier's stale rolling weeks (a revision or a late-loaded week changed their window), as
long as every loaded week of their window is aggregated.
"""

from __future__ import annotations

import sqlite3
from datetime import date
from typing import Any

from spine.core.db import utc_now
from spine.core.errors import PipelineError
from spine.core.exact import ratio_text
from spine.core.params import Param
from spine.core.pipeline import PipelineResult
from spine.core.registry import register
from spine.domains.otc import manifest, quality_checks
from spine.domains.otc.enums import ROLLING_VERSION, Stage
from spine.domains.otc.figures.rolling import Rolling, rolling_of, window_rows
from spine.domains.otc.figures.window import WINDOW_WEEKS, loaded_weeks, window_start
from spine.domains.otc.pipelines.base import FORCE, TIER, WeekPipeline
from spine.domains.otc.quality_checks import Check
from spine.domains.otc.views.weeks import latest_week

_INSERT = """
INSERT INTO otc_symbol_rolling_6w (week_ending, tier, symbol, avg_6w_volume, avg_6w_trades,
    trend_direction, trend_pct, weeks_in_window, is_complete_window, weeks_traded, trend_base_volume,
    is_stale, rolling_version, execution_id, batch_id, computed_at)
VALUES (:week_ending, :tier, :symbol, :avg_6w_volume, :avg_6w_trades, :trend_direction, :trend_pct,
    :weeks_in_window, :is_complete_window, :weeks_traded, :trend_base_volume, :is_stale,
    :rolling_version, :execution_id, :batch_id, :computed_at)
"""


@register
class ComputeRolling6w(WeekPipeline):
    name = "otc.compute_rolling_6w"
    description = "6-week rolling averages and trends per symbol, for a week (or the latest)."
    params = (
        TIER,
        Param(
            "week_ending",
            "week",
            required=True,
            keywords=("latest",),
            help="the week's Friday, or latest (the tier's latest aggregated week)",
        ),
        FORCE,
    )

    @property
    def week(self) -> date:
        value = self.values["week_ending"]
        if value == "latest":
            latest = latest_week(self.conn, self.tier)
            if latest is None:
                raise PipelineError(f"no aggregated week for tier {self.tier}; run a backfill first")
            return date.fromisoformat(latest)
        return value  # type: ignore[no-any-return]

    def run(self) -> PipelineResult:
        week = self.week
        row = manifest.require_stage(
            self.conn,
            week.isoformat(),
            self.tier,
            Stage.AGGREGATED,
            "run otc.aggregate_week for this week first",
        )
        done = Stage(row["stage"]).at_least(Stage.ROLLING) and not manifest.is_rolling_stale(
            self.conn, week, self.tier
        )
        targets = [] if done and not self.force else [week]
        stale = [
            w
            for w in manifest.stale_rolling_weeks(self.conn, self.tier)
            if w != week and not self._waiting_for(w)
        ]
        if not targets and not stale:
            return PipelineResult.skipped(f"rolling already computed for {week} (stage {row['stage']})")
        results = {target.isoformat(): self._compute(target) for target in [*targets, *stale]}
        return PipelineResult.completed(
            week_ending=week.isoformat(),
            symbols=results.get(week.isoformat(), {}).get("symbols", 0),
            recomputed_stale_weeks=[w.isoformat() for w in stale],
            weeks=results,
        )

    def _waiting_for(self, week: date) -> list[str]:
        """Loaded weeks of the window not yet aggregated: their numbers cannot be in it yet."""
        return manifest.weeks_below(self.conn, self.tier, Stage.AGGREGATED, window_start(week), week)

    def _compute(self, week: date) -> dict[str, Any]:
        """Replace the week's rolling rows; they stay stale while a loaded window week is pending."""
        week_ending, tier = week.isoformat(), self.tier
        waiting = self._waiting_for(week)
        self.conn.execute(
            "DELETE FROM otc_symbol_rolling_6w WHERE week_ending = ? AND tier = ?", (week_ending, tier)
        )
        loaded = loaded_weeks(self.conn, tier, week)
        try:
            rolling = [rolling_of(r, len(loaded)) for r in window_rows(self.conn, tier, loaded)]
        except sqlite3.OperationalError as exc:
            if "overflow" not in str(exc):
                raise
            raise PipelineError(
                f"rolling {week_ending} {tier}: a 6-week sum exceeds the 64-bit integer range;"
                " check the window's share and trade counts"
            ) from None
        lineage = {
            "week_ending": week_ending,
            "tier": tier,
            "is_stale": int(bool(waiting)),
            "rolling_version": ROLLING_VERSION,
            "execution_id": self.execution_id,
            "batch_id": self.batch_id,
            "computed_at": utc_now(),
        }
        self.conn.executemany(_INSERT, [{**lineage, **r._asdict()} for r in rolling])
        checks = rolling_checks(rolling)
        quality_checks.replace_checks(
            self.conn, week_ending, tier, self.name, checks, self.execution_id, self.batch_id
        )
        # Rolling feeds the snapshot: a recomputed week's snapshot must be taken again.
        if manifest.stage_of(self.conn, week_ending, tier).at_least(Stage.SNAPSHOT):
            manifest.reset_after(self.conn, week_ending, tier, Stage.ROLLING)
        manifest.update(
            self.conn, week_ending, tier, stage=Stage.ROLLING.value, rolling_stale=int(bool(waiting))
        )
        result: dict[str, Any] = {"symbols": len(rolling), "checks": {c.name: c.status.value for c in checks}}
        if waiting:
            result["stale_until_aggregated"] = waiting
        return result


def rolling_checks(rolling: list[Rolling]) -> list[Check]:
    total = len(rolling)
    complete = sum(r.is_complete_window for r in rolling)
    zero = sum(1 for r in rolling if r.avg_6w_volume == 0)
    return [
        quality_checks.verdict(
            "rolling_window_complete",
            total > 0 and complete * 2 >= total,
            f"{complete}/{total} ({ratio_text(complete, total, 1, multiplier=100)}%)",
            ">= 50% of symbols with 6 weeks",
            f"{complete} of {total} symbols have all {WINDOW_WEEKS} weeks",
        ),
        quality_checks.count_check(
            "no_zero_rolling_volume", zero, "symbols with a zero 6-week average volume"
        ),
    ]
