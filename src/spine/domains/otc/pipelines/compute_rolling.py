"""otc.compute_rolling_6w: 6-week rolling averages and trends per symbol (SPEC §7.4).

One query reads the window's summaries for every symbol at once (window functions pick each symbol's
first and last weeks); Python only applies the exact trend formula per symbol. The same run also
recomputes the tier's stale rolling weeks (a revision or a late-loaded week changed their window), as
long as every loaded week of their window is aggregated.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from spine.core.db import utc_now
from spine.core.errors import PipelineError
from spine.core.exact import ratio_text
from spine.core.params import Param
from spine.core.pipeline import PipelineResult
from spine.core.registry import register
from spine.domains.otc import manifest, quality_checks
from spine.domains.otc.calculations import WINDOW_WEEKS, trend_from
from spine.domains.otc.enums import ROLLING_VERSION, CheckCategory, CheckStatus, Stage
from spine.domains.otc.pipelines.base import FORCE, TIER, WeekPipeline
from spine.domains.otc.quality_checks import Check

_WINDOW = """
SELECT symbol,
       COUNT(*) AS weeks,
       SUM(total_volume) AS volume,
       SUM(total_trades) AS trades,
       SUM(CASE WHEN asc_n = 1 THEN total_volume END) AS first_1,
       SUM(CASE WHEN asc_n <= 2 THEN total_volume END) AS first_2,
       SUM(CASE WHEN desc_n = 1 THEN total_volume END) AS last_1,
       SUM(CASE WHEN desc_n <= 2 THEN total_volume END) AS last_2
FROM (SELECT symbol, total_volume, total_trades,
             ROW_NUMBER() OVER (PARTITION BY symbol ORDER BY week_ending) AS asc_n,
             ROW_NUMBER() OVER (PARTITION BY symbol ORDER BY week_ending DESC) AS desc_n
      FROM otc_symbol_summary
      WHERE tier = ? AND week_ending BETWEEN ? AND ?)
GROUP BY symbol
ORDER BY symbol
"""

_INSERT = (
    "INSERT INTO otc_symbol_rolling_6w (week_ending, tier, symbol, avg_6w_volume, avg_6w_trades,"
    " trend_direction, trend_pct, weeks_in_window, is_complete_window, is_stale, rolling_version,"
    " execution_id, batch_id, computed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?, ?)"
)


def latest_aggregated_week(conn: Any, tier: str) -> str | None:
    row = conn.execute(
        "SELECT MAX(m.week_ending) FROM otc_week_manifest m"
        " JOIN otc_stage_rank r ON r.stage = m.stage"
        " WHERE m.tier = ? AND r.rank >= (SELECT rank FROM otc_stage_rank WHERE stage = ?)",
        (tier, Stage.AGGREGATED.value),
    ).fetchone()
    return row[0] if row and row[0] else None


def rolling_row(symbol_row: Any) -> tuple[int, int, str, str, int, int]:
    """(avg volume, avg trades, direction, trend pct, weeks, complete) for one symbol's window."""
    weeks = int(symbol_row["weeks"])
    if weeks < 2:
        direction, pct = "FLAT", "0.00"
    elif weeks == 2:
        direction, pct = trend_from(int(symbol_row["first_1"]), int(symbol_row["last_1"]))
    else:
        direction, pct = trend_from(int(symbol_row["first_2"]), int(symbol_row["last_2"]))
    return (
        int(symbol_row["volume"]) // weeks,
        int(symbol_row["trades"]) // weeks,
        str(direction),
        pct,
        weeks,
        1 if weeks == WINDOW_WEEKS else 0,
    )


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
            latest = latest_aggregated_week(self.conn, self.tier)
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
        done = Stage(row["stage"]).at_least(Stage.ROLLING) and not self._is_stale(week)
        targets = [] if done and not self.force else [week]
        stale = [w for w in self._stale_weeks() if w != week]
        if not targets and not stale:
            return PipelineResult.skipped(f"rolling already computed for {week} (stage {row['stage']})")
        results: dict[str, Any] = {}
        for target in [*targets, *stale]:
            results[target.isoformat()] = self._compute(target)
        return PipelineResult.completed(
            week_ending=week.isoformat(),
            symbols=results.get(week.isoformat(), {}).get("symbols", 0),
            recomputed_stale_weeks=[w.isoformat() for w in stale],
            weeks=results,
        )

    def _is_stale(self, week: date) -> bool:
        row = self.conn.execute(
            "SELECT 1 FROM otc_symbol_rolling_6w WHERE week_ending = ? AND tier = ? AND is_stale = 1 LIMIT 1",
            (week.isoformat(), self.tier),
        ).fetchone()
        return row is not None

    def _stale_weeks(self) -> list[date]:
        """Stale rolling weeks whose every loaded window week is aggregated, oldest first."""
        weeks = [
            date.fromisoformat(r[0])
            for r in self.conn.execute(
                "SELECT DISTINCT week_ending FROM otc_symbol_rolling_6w"
                " WHERE tier = ? AND is_stale = 1 ORDER BY week_ending",
                (self.tier,),
            )
        ]
        return [w for w in weeks if self._window_ready(w)]

    def _window_ready(self, week: date) -> bool:
        first = week - timedelta(weeks=WINDOW_WEEKS - 1)
        row = self.conn.execute(
            "SELECT COUNT(*) FROM otc_week_manifest m JOIN otc_stage_rank r ON r.stage = m.stage"
            " WHERE m.tier = ? AND m.week_ending BETWEEN ? AND ? AND r.rank < ?",
            (self.tier, first.isoformat(), week.isoformat(), Stage.AGGREGATED.rank),
        ).fetchone()
        return int(row[0]) == 0 and manifest.stage_of(self.conn, week.isoformat(), self.tier).at_least(
            Stage.AGGREGATED
        )

    def _compute(self, week: date) -> dict[str, Any]:
        week_ending, tier = week.isoformat(), self.tier
        first = week - timedelta(weeks=WINDOW_WEEKS - 1)
        self.conn.execute(
            "DELETE FROM otc_symbol_rolling_6w WHERE week_ending = ? AND tier = ?",
            (week_ending, tier),
        )
        now = utc_now()
        rows = [
            (
                week_ending,
                tier,
                r["symbol"],
                *rolling_row(r),
                ROLLING_VERSION,
                self.execution_id,
                self.batch_id,
                now,
            )
            for r in self.conn.execute(_WINDOW, (tier, first.isoformat(), week_ending))
        ]
        self.conn.executemany(_INSERT, rows)
        checks = self._checks(rows)
        quality_checks.replace_checks(
            self.conn, week_ending, tier, self.name, checks, self.execution_id, self.batch_id
        )
        # Rolling feeds the snapshot: a recomputed week's snapshot must be rebuilt.
        if manifest.stage_of(self.conn, week_ending, tier).at_least(Stage.SNAPSHOT):
            manifest.reset_after(self.conn, week_ending, tier, Stage.ROLLING)
        else:
            manifest.update(self.conn, week_ending, tier, stage=Stage.ROLLING.value)
        return {"symbols": len(rows), "checks": {c.name: c.status.value for c in checks}}

    @staticmethod
    def _checks(rows: list[tuple[Any, ...]]) -> list[Check]:
        total = len(rows)
        complete = sum(1 for r in rows if r[8] == 1)
        zero = sum(1 for r in rows if r[3] == 0)
        pct = ratio_text(complete, total, 1, multiplier=100)
        ok = total > 0 and complete * 2 >= total
        return [
            Check(
                "rolling_window_complete",
                CheckCategory.COMPLETENESS,
                CheckStatus.PASS if ok else CheckStatus.WARN,
                f"{complete}/{total} ({pct}%)",
                ">= 50% of symbols with 6 weeks",
                None,
                f"{complete} of {total} symbols have all {WINDOW_WEEKS} weeks",
            ),
            quality_checks.count_check(
                "no_zero_rolling_volume",
                CheckCategory.INTEGRITY,
                zero,
                CheckStatus.WARN,
                "symbols with a zero 6-week average volume",
            ),
        ]
