"""otc.research_snapshot_week: one research-ready row per symbol for a week."""

from __future__ import annotations

from spine.core.db import utc_now
from spine.core.pipeline import PipelineResult
from spine.core.registry import register
from spine.domains.otc import manifest, quality_checks
from spine.domains.otc.calculations import share_pct_sql
from spine.domains.otc.enums import SNAPSHOT_VERSION, CheckStatus, Stage
from spine.domains.otc.pipelines.base import FORCE, TIER, WEEK_ENDING, WeekPipeline

# The top venue of a symbol is the one with the most of its shares (ties: the smallest MPID); its
# share is of the symbol's own volume, a concentration measure. Stale rolling rows are not used.
_SNAPSHOT = f"""
INSERT INTO otc_research_snapshot (week_ending, tier, symbol, total_volume, total_trades,
    venue_count, top_venue_mpid, top_venue_share_pct, avg_trade_size, rolling_avg_6w_volume,
    rolling_avg_6w_trades, rolling_trend_direction, rolling_weeks_available, rolling_is_complete,
    has_rolling_data, quality_status, snapshot_version, execution_id, batch_id, created_at)
SELECT s.week_ending, s.tier, s.symbol, s.total_volume, s.total_trades, s.venue_count,
       top.mpid, {share_pct_sql("top.total_shares", "s.total_volume")}, s.avg_trade_size,
       r.avg_6w_volume, r.avg_6w_trades, r.trend_direction, r.weeks_in_window,
       r.is_complete_window, r.symbol IS NOT NULL, :quality, :version, :execution_id, :batch_id,
       :now
FROM otc_symbol_summary s
JOIN (SELECT symbol, mpid, total_shares,
             ROW_NUMBER() OVER (PARTITION BY symbol ORDER BY total_shares DESC, mpid) AS n
      FROM otc_venue_volume WHERE week_ending = :week AND tier = :tier) top
  ON top.symbol = s.symbol AND top.n = 1
LEFT JOIN otc_symbol_rolling_6w r
  ON r.week_ending = s.week_ending AND r.tier = s.tier AND r.symbol = s.symbol AND r.is_stale = 0
WHERE s.week_ending = :week AND s.tier = :tier
"""  # noqa: S608 (a formula of column names, no user input)


@register
class ResearchSnapshotWeek(WeekPipeline):
    name = "otc.research_snapshot_week"
    description = "A research-ready row per symbol: totals, top venue, rolling fields, quality."
    params = (TIER, WEEK_ENDING, FORCE)

    def run(self) -> PipelineResult:
        week, tier = self.week_ending, self.tier
        row = self.require(Stage.AGGREGATED)
        if skip := self.skip_if_done(row, Stage.SNAPSHOT):
            return skip
        self.conn.execute(
            "DELETE FROM otc_research_snapshot WHERE week_ending = ? AND tier = ?", (week, tier)
        )
        quality = quality_checks.worst_status(self.conn, week, tier) or CheckStatus.PASS
        symbols = self.conn.execute(
            _SNAPSHOT,
            {
                "week": week,
                "tier": tier,
                "quality": quality.value,
                "version": SNAPSHOT_VERSION,
                "execution_id": self.execution_id,
                "batch_id": self.batch_id,
                "now": utc_now(),
            },
        ).rowcount
        with_rolling = self.conn.execute(
            "SELECT COUNT(*) FROM otc_research_snapshot WHERE week_ending = ? AND tier = ?"
            " AND has_rolling_data = 1",
            (week, tier),
        ).fetchone()[0]
        manifest.update(
            self.conn,
            week,
            tier,
            stage=Stage.SNAPSHOT.value,
            execution_id=self.execution_id,
            batch_id=self.batch_id,
        )
        return PipelineResult.completed(
            symbols=symbols, with_rolling=int(with_rolling), quality_status=quality.value
        )
