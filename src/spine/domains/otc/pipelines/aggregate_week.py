"""otc.aggregate_week: symbol totals, venue shares (by volume and by trades), the week's venue
concentration (HHI) and its quality checks."""

from __future__ import annotations

import sqlite3
from datetime import date

from spine.core.db import utc_now
from spine.core.errors import PipelineError
from spine.core.pipeline import PipelineResult
from spine.core.registry import register
from spine.domains.otc import manifest, quality_checks, raw_store
from spine.domains.otc.enums import CALCULATION_VERSION, CheckStatus, Stage
from spine.domains.otc.figures.hhi import hhi
from spine.domains.otc.figures.shares import avg_trade_size, avg_trade_size_sql, share_pct
from spine.domains.otc.pipelines.base import FORCE, TIER, WEEK_ENDING, WeekPipeline
from spine.domains.otc.quality_checks import Check

_SYMBOL_SUMMARY = f"""
INSERT INTO otc_symbol_summary (week_ending, tier, symbol, total_volume, total_trades, venue_count,
    avg_trade_size, calculation_version, execution_id, batch_id, calculated_at)
SELECT week_ending, tier, symbol, total_volume, total_trades, venue_count,
       {avg_trade_size_sql("total_volume", "total_trades")},
       :version, :execution_id, :batch_id, :now
FROM (SELECT week_ending, tier, symbol, SUM(total_shares) AS total_volume,
             SUM(total_trades) AS total_trades, COUNT(*) AS venue_count
      FROM otc_venue_volume WHERE week_ending = :week AND tier = :tier GROUP BY symbol)
"""  # noqa: S608 (a formula of column names, no user input)

# One pass over the week's venue volumes gives the venue totals and what the checks count: a venue
# holding fewer distinct symbols than rows has a (symbol, mpid) key twice.
_VENUE_TOTALS = """
SELECT mpid, SUM(total_shares) AS volume, SUM(total_trades) AS trades, COUNT(*) AS symbols,
       COUNT(*) - COUNT(DISTINCT symbol) AS repeated_keys,
       SUM(total_shares < 0) AS negative_shares, SUM(total_trades < 0) AS negative_trades
FROM otc_venue_volume WHERE week_ending = :week AND tier = :tier GROUP BY mpid ORDER BY mpid
"""

# The layout of the week's current data.
_LAYOUT = "SELECT source_layout FROM otc_week_manifest WHERE week_ending = :week AND tier = :tier"
WEBSITE_LAYOUT = "finra_website"

_VENUE_SHARE = """
INSERT INTO otc_venue_share (week_ending, tier, mpid, total_volume, total_trades, symbol_count,
    market_share_pct, trade_share_pct, avg_trade_size, calculation_version, execution_id, batch_id,
    calculated_at)
VALUES (:week, :tier, :mpid, :volume, :trades, :symbols, :market_share_pct, :trade_share_pct,
    :avg_trade_size, :version, :execution_id, :batch_id, :now)
"""

_COUNTED = ("negative_shares", "negative_trades", "repeated_keys")

_CONCENTRATION = """
INSERT INTO otc_venue_concentration (week_ending, tier, venue_count, venue_hhi, calculation_version,
    execution_id, batch_id, calculated_at)
VALUES (:week, :tier, :venue_count, :venue_hhi, :version, :execution_id, :batch_id, :now)
"""

# Per-venue rows (ATS and non-ATS, as loaded) against FINRA's published symbol totals, per grain
# family (ATS_W_SMBL_FIRM rows against ATS_W_SMBL totals...).
_CROSS_CHECK = """
SELECT COUNT(*) AS symbols,
       SUM(CASE WHEN v.shares IS NOT t.total_shares OR v.trades IS NOT t.total_trades
           THEN 1 ELSE 0 END) AS mismatched
FROM otc_published_symbol_totals t
LEFT JOIN (SELECT summary_type AS family_type, symbol, SUM(total_shares) AS shares,
                  SUM(total_trades) AS trades
           FROM otc_raw WHERE week_ending = :week AND tier = :tier
                AND superseded_by_capture_id IS NULL AND summary_type IS NOT NULL
           GROUP BY summary_type, symbol) v
  ON v.family_type = t.summary_type || '_FIRM' AND v.symbol = t.symbol
WHERE t.capture_id = :capture_id
"""


@register
class AggregateWeek(WeekPipeline):
    name = "otc.aggregate_week"
    description = "Symbol totals and venue market shares for the week, with six quality checks."
    params = (TIER, WEEK_ENDING, FORCE)

    def run(self) -> PipelineResult:
        week, tier = self.week_ending, self.tier
        row = self.require(Stage.NORMALIZED)
        if skip := self.skip_if_done(row, Stage.AGGREGATED):
            return skip
        manifest.reset_after(self.conn, week, tier, Stage.NORMALIZED)
        manifest.mark_rolling_stale(self.conn, self.week, tier)
        params = {
            "week": week,
            "tier": tier,
            "version": CALCULATION_VERSION,
            "execution_id": self.execution_id,
            "batch_id": self.batch_id,
            "now": utc_now(),
        }
        try:
            symbols = self.conn.execute(_SYMBOL_SUMMARY, params).rowcount
            venues = self.conn.execute(_VENUE_TOTALS, params).fetchall()
            shares = self._venue_shares(params, venues)
        except sqlite3.OperationalError as exc:
            if "overflow" in str(exc):
                raise PipelineError(
                    f"week {week} {tier}: a total exceeds the 64-bit integer range; "
                    "check the file's share and trade counts"
                ) from None
            raise
        checks = self._checks(symbols, shares, venues, row["capture_id"])
        quality_checks.replace_checks(
            self.conn, week, tier, self.name, checks, self.execution_id, self.batch_id
        )
        summary = {c.name: c.status.value for c in checks}
        # What a check that did not pass says, so `spine run` can print it on its own line.
        notes = {c.name: c.message for c in checks if c.status is not CheckStatus.PASS}
        if symbols == 0:
            return PipelineResult.failed(
                f"week {week} {tier} has no accepted rows to aggregate; see `spine rejects`",
                checks=summary,
            )
        manifest.update(
            self.conn,
            week,
            tier,
            stage=Stage.AGGREGATED.value,
            execution_id=self.execution_id,
            batch_id=self.batch_id,
        )
        return PipelineResult.completed(
            symbols=symbols, venues=len(shares), checks=summary, check_messages=notes
        )

    def _venue_shares(self, params: dict[str, object], venues: list[sqlite3.Row]) -> list[str]:
        """Each venue's share of the tier-week's volume and trades; the week's venue HHI."""
        week_volume = sum(int(v["volume"]) for v in venues)
        week_trades = sum(int(v["trades"]) for v in venues)
        rows = [
            {
                **params,
                "mpid": v["mpid"],
                "volume": v["volume"],
                "trades": v["trades"],
                "symbols": v["symbols"],
                "market_share_pct": share_pct(int(v["volume"]), week_volume),
                "trade_share_pct": share_pct(int(v["trades"]), week_trades),
                "avg_trade_size": avg_trade_size(int(v["volume"]), int(v["trades"])),
            }
            for v in venues
        ]
        self.conn.executemany(_VENUE_SHARE, rows)
        if venues:
            concentration = {"venue_count": len(venues), "venue_hhi": hhi(int(v["volume"]) for v in venues)}
            self.conn.execute(_CONCENTRATION, {**params, **concentration})
        return [str(r["market_share_pct"]) for r in rows]

    def _checks(
        self, symbols: int, shares: list[str], venues: list[sqlite3.Row], capture_id: int | None
    ) -> list[Check]:
        # Counted on the stored rows rather than assumed from the rules normalize applies.
        bad_rows = [sum(int(v[name] or 0) for v in venues) for name in _COUNTED]
        checks = [
            quality_checks.count_check("no_negative_volumes", bad_rows[0], "venue rows with negative shares"),
            quality_checks.count_check("no_negative_trades", bad_rows[1], "venue rows with negative trades"),
            quality_checks.count_check(
                "no_duplicate_natural_keys", bad_rows[2], "duplicate (symbol, mpid) keys"
            ),
            quality_checks.share_sum_check(shares),
            quality_checks.positive_check("symbol_count_positive", symbols, "symbols"),
            quality_checks.positive_check("venue_count_positive", len(shares), "venues"),
        ]
        publication = self._publication_check()
        if publication is not None:
            checks.append(publication)
        cross = self._cross_check(capture_id)
        if cross is not None:
            checks.append(cross)
        return checks

    def _cross_check(self, capture_id: int | None) -> Check | None:
        """Only for files that publish symbol totals beside the venue rows (Query API exports)."""
        row = self.conn.execute(
            _CROSS_CHECK, {"week": self.week_ending, "tier": self.tier, "capture_id": capture_id}
        ).fetchone()
        if not row or not row["symbols"]:
            return None
        bad = int(row["mismatched"] or 0)
        return quality_checks.verdict(
            "venue_sum_matches_published_total",
            bad == 0,
            f"{bad}/{row['symbols']} symbols differ",
            f"0/{row['symbols']} symbols differ",
            "per-venue rows add up to FINRA's published symbol totals"
            if bad == 0
            else f"{bad} symbols whose venue rows do not add up to FINRA's published total",
            "0",
        )

    def _publication_check(self) -> Check | None:
        """Only for FINRA website downloads: their one lastUpdateDate is the week's only witness."""
        layout = self.conn.execute(_LAYOUT, {"week": self.week_ending, "tier": self.tier}).fetchone()
        if layout is None or layout[0] != WEBSITE_LAYOUT:
            return None
        published = []
        for text in raw_store.current_texts(self.conn, self.week_ending, self.tier, "last_update_id"):
            try:
                published.append(date.fromisoformat(str(text)))
            except ValueError:
                continue  # not a date: nothing to judge it by
        if not published:
            return None
        return quality_checks.publication_check(self.tier, self.week, published)
