"""otc.research_snapshot_week: one research-ready row per symbol for a week.

Beside the totals, top venue and rolling fields: the symbol's venue concentration (``venue_hhi``) and
its volume outside ATSs (``non_ats_volume``, ``non_ats_trades``, ``ats_share_of_otc_pct``; null when the
week has no non-ATS data). A sum beyond 64 bits fails the run: no snapshot with missing rows.
"""

from __future__ import annotations

import sqlite3

from spine.core.db import utc_now
from spine.core.errors import PipelineError
from spine.core.pipeline import PipelineResult
from spine.core.registry import register
from spine.domains.otc import manifest, quality_checks
from spine.domains.otc.enums import SNAPSHOT_VERSION, CheckStatus, Stage
from spine.domains.otc.figures import hhi
from spine.domains.otc.figures.shares import share_pct_sql
from spine.domains.otc.pipelines.base import FORCE, TIER, WEEK_ENDING, WeekPipeline

_INT64_MAX = 2**63 - 1

# Per symbol of the week: the most shares at one venue and the sums the venue HHI needs, in one pass
# (figures.hhi: in SQL while they fit 64 bits). A week where a sum does not fit takes only the most
# shares; a symbol without its sums (that week's, or one with a volume beyond hhi.SQUARE_MAX) has its
# HHI from the Python aggregate over its own rows. Then the top venue (the smallest MPID holding
# those shares) by a seek into the symbol's own rows: cheaper than ranking every row with a window
# function.
_VENUES = (
    "CREATE TEMP TABLE otc_snapshot_venues (symbol TEXT PRIMARY KEY, top_mpid TEXT, top_shares INTEGER,"
    " volume INTEGER, squares INTEGER, venue_hhi TEXT)"
)
_VENUE_SUMS = """INSERT INTO otc_snapshot_venues (symbol, top_shares, volume, squares)
    SELECT symbol, MAX(total_shares), SUM(total_shares),
           SUM(CASE WHEN total_shares <= :square_max THEN total_shares * total_shares END)
    FROM otc_venue_volume WHERE week_ending = :week AND tier = :tier GROUP BY symbol"""
_MOST_SHARES = """INSERT INTO otc_snapshot_venues (symbol, top_shares)
    SELECT symbol, MAX(total_shares) FROM otc_venue_volume
    WHERE week_ending = :week AND tier = :tier GROUP BY symbol"""
_HHI_OF_SUMS = """UPDATE otc_snapshot_venues SET venue_hhi =
    CASE WHEN squares IS NOT NULL AND top_shares <= :square_max THEN spine_hhi_of_sums(squares, volume)
         ELSE (SELECT spine_hhi(v.total_shares) FROM otc_venue_volume v
               WHERE v.week_ending = :week AND v.tier = :tier AND v.symbol = otc_snapshot_venues.symbol)
    END"""
_TOP_MPID = """UPDATE otc_snapshot_venues SET top_mpid = (
      SELECT MIN(v.mpid) FROM otc_venue_volume v
      WHERE v.week_ending = :week AND v.tier = :tier AND v.symbol = otc_snapshot_venues.symbol
        AND v.total_shares = otc_snapshot_venues.top_shares)"""

# Per symbol: its non-ATS volume; a week with no non-ATS row leaves the figures null (see _SNAPSHOT).
_NON_ATS = (
    "CREATE TEMP TABLE otc_snapshot_non_ats (symbol TEXT PRIMARY KEY, volume INTEGER, trades INTEGER)",
    """INSERT INTO otc_snapshot_non_ats (symbol, volume, trades)
    SELECT symbol, SUM(total_shares), SUM(total_trades)
    FROM otc_non_ats_volume WHERE week_ending = :week AND tier = :tier GROUP BY symbol""",
)

# ATS + non-ATS volume must fit 64 bits for the share's SQL (SQLite turns an overflowing sum into a float).
_SUM_OVERFLOW = """
SELECT COUNT(*) FROM otc_symbol_summary s JOIN temp.otc_snapshot_non_ats n ON n.symbol = s.symbol
WHERE s.week_ending = :week AND s.tier = :tier AND s.total_volume > :int64_max - n.volume
"""

# The top venue's share is of the symbol's own volume, a concentration measure. Stale rolling rows
# are not used.
_SNAPSHOT = f"""
INSERT INTO otc_research_snapshot (week_ending, tier, symbol, total_volume, total_trades,
    venue_count, top_venue_mpid, top_venue_share_pct, avg_trade_size, rolling_avg_6w_volume,
    rolling_avg_6w_trades, rolling_trend_direction, rolling_weeks_available, rolling_is_complete,
    has_rolling_data, quality_status, venue_hhi, non_ats_volume, non_ats_trades, ats_share_of_otc_pct,
    snapshot_version, execution_id, batch_id, created_at)
SELECT s.week_ending, s.tier, s.symbol, s.total_volume, s.total_trades, s.venue_count,
       v.top_mpid, {share_pct_sql("v.top_shares", "s.total_volume")}, s.avg_trade_size,
       r.avg_6w_volume, r.avg_6w_trades, r.trend_direction, r.weeks_in_window,
       r.is_complete_window, r.symbol IS NOT NULL, :quality, v.venue_hhi,
       CASE WHEN :has_non_ats THEN coalesce(n.volume, 0) END,
       CASE WHEN :has_non_ats THEN coalesce(n.trades, 0) END,
       CASE WHEN :has_non_ats
            THEN {share_pct_sql("s.total_volume", "s.total_volume + coalesce(n.volume, 0)")} END,
       :version, :execution_id, :batch_id, :now
FROM otc_symbol_summary s
JOIN temp.otc_snapshot_venues v ON v.symbol = s.symbol
LEFT JOIN temp.otc_snapshot_non_ats n ON n.symbol = s.symbol
LEFT JOIN otc_symbol_rolling_6w r
  ON r.week_ending = s.week_ending AND r.tier = s.tier AND r.symbol = s.symbol AND r.is_stale = 0
WHERE s.week_ending = :week AND s.tier = :tier
"""  # noqa: S608 (a formula of column names, no user input)


@register
class ResearchSnapshotWeek(WeekPipeline):
    name = "otc.research_snapshot_week"
    description = "A research-ready row per symbol: totals, top venue, HHI, non-ATS volume, rolling, quality."
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
        params: dict[str, object] = {
            "week": week,
            "tier": tier,
            "quality": quality.value,
            "version": SNAPSHOT_VERSION,
            "execution_id": self.execution_id,
            "batch_id": self.batch_id,
            "now": utc_now(),
            "int64_max": _INT64_MAX,
            "square_max": hhi.SQUARE_MAX,
        }
        try:
            symbols, non_ats = self._insert(params)
        finally:
            self.conn.execute("DROP TABLE IF EXISTS temp.otc_snapshot_venues")
            self.conn.execute("DROP TABLE IF EXISTS temp.otc_snapshot_non_ats")
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
            symbols=symbols,
            with_rolling=int(with_rolling),
            with_non_ats_data=non_ats,
            quality_status=quality.value,
        )

    def _insert(self, params: dict[str, object]) -> tuple[int, bool]:
        """Insert the week's rows; a sum beyond 64 bits is a PipelineError (the run rolls back)."""
        hhi.register(self.conn)
        try:
            self._venue_figures(params)
            for statement in _NON_ATS:
                self.conn.execute(statement, params)
            has_non_ats = self.conn.execute("SELECT EXISTS (SELECT 1 FROM temp.otc_snapshot_non_ats)")
            params["has_non_ats"] = int(has_non_ats.fetchone()[0])
            if self.conn.execute(_SUM_OVERFLOW, params).fetchone()[0]:
                raise sqlite3.OperationalError("integer overflow")
            symbols = int(self.conn.execute(_SNAPSHOT, params).rowcount)
        except sqlite3.OperationalError as exc:
            if "overflow" not in str(exc):
                raise
            raise PipelineError(
                f"snapshot {params['week']} {params['tier']}: a sum exceeds the 64-bit integer range;"
                " check the week's share and trade counts"
            ) from None
        return symbols, bool(params["has_non_ats"])

    def _venue_figures(self, params: dict[str, object]) -> None:
        """Each symbol's venue HHI, top venue and its shares (``temp.otc_snapshot_venues``)."""
        self.conn.execute(_VENUES)
        try:
            self.conn.execute(_VENUE_SUMS, params)  # a failed statement leaves the table empty
        except sqlite3.OperationalError as exc:
            if "overflow" not in str(exc):
                raise
            self.conn.execute(_MOST_SHARES, params)
        self.conn.execute(_HHI_OF_SUMS, params)
        self.conn.execute(_TOP_MPID, params)
