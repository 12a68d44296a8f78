"""otc.sync: bring every tier up to date from FINRA's Query API, and notice restated weeks.

Which weeks: `spine.domains.otc.sync_plan` (new weeks, weeks left behind, and a recheck of the newest
loaded weeks). Each week is fetched into the archive and ingested (`otc.fetch_week`), then normalized and
aggregated; after the weeks, rolling and the snapshot of every processed week, per tier, as a backfill
does (`week_batch`). One batch id; a failing week never stops the others. A week fetched again whose
content changed since its current FINRA capture is reported as restated.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from spine.core.db import database_file
from spine.core.errors import UsageError
from spine.core.params import Param
from spine.core.pipeline import PipelineResult
from spine.core.registry import register
from spine.domains.otc import sync_plan
from spine.domains.otc.enums import Tier
from spine.domains.otc.finra import archive
from spine.domains.otc.pipelines.backfill_range import MAX_WEEKS
from spine.domains.otc.pipelines.fetch_week import ARCHIVE
from spine.domains.otc.pipelines.week_batch import Step, WeekBatch, WeekOutcome, WeeksPipeline, counts
from spine.domains.otc.validators import normalize_tier_param

ALL_TIERS = tuple(t.value for t in Tier)


def normalize_tiers(text: str) -> str:
    """``all`` or a comma-separated list of tiers (any spelling), as canonical names in tier order."""
    if text.strip().lower() in ("", "all"):
        return ",".join(ALL_TIERS)
    named = {normalize_tier_param(part) for part in text.split(",") if part.strip()}
    return ",".join(t for t in ALL_TIERS if t in named)


@register
class Sync(WeeksPipeline):
    name = "otc.sync"
    description = "Fetch the weeks FINRA published since the last sync, recheck recent ones, load them."
    params = (
        Param(
            "tiers", "str", default="all", normalize=normalize_tiers, help="all, or tiers separated by commas"
        ),
        Param("since", "date", help="fetch the published weeks ending on or after this date"),
        Param(
            "weeks",
            "int",
            minimum=1,
            maximum=MAX_WEEKS,
            help=f"fetch the N newest published weeks (an empty tier: {sync_plan.DEFAULT_WEEKS})",
        ),
        Param(
            "recheck",
            "int",
            default=sync_plan.DEFAULT_RECHECK,
            minimum=0,
            maximum=MAX_WEEKS,
            help="fetch the N newest loaded weeks again, to catch restatements",
        ),
        ARCHIVE,
        Param("dry_run", "bool", default=False, help="list the weeks it would fetch, change nothing"),
    )

    @classmethod
    def validate(cls, values: dict[str, Any]) -> dict[str, Any]:
        """``since`` and ``weeks`` both say where to start: one of them at most."""
        if values["since"] is not None and values["weeks"] is not None:
            raise UsageError("give either since or weeks, not both")
        return values

    def run(self) -> PipelineResult:
        tiers = self.values["tiers"].split(",")
        folder = archive.archive_dir(Path(database_file(self.conn)), self.values["archive"])
        from spine.domains.otc.finra.client import FinraClient  # httpx loads only for a fetch

        with FinraClient() as client:
            published = {tier: client.published_weeks(tier) for tier in tiers}
        plan = sync_plan.plan(
            self.conn,
            published,
            since=self.values["since"],
            weeks=self.values["weeks"],
            recheck=self.values["recheck"],
        )
        if self.values["dry_run"]:
            return PipelineResult.completed(**sync_plan.preview(plan, published, folder))
        batches = {tier: WeekBatch(self, tier) for tier in tiers}
        outcomes = [WeekOutcome(p.tier, p.week_ending.isoformat(), "", stages={}) for p in plan]
        try:
            for index, outcome in enumerate(outcomes):
                self._fetch(batches[outcome.tier], outcome, folder, index, len(outcomes))
        except BaseException as exc:
            exc.add_note(finished_note(outcomes))
            raise
        follow_ups = {
            tier: batch.follow_up([o for o in outcomes if o.tier == tier], [])
            for tier, batch in batches.items()
        }
        self._progress("done", len(outcomes), len(outcomes))
        metrics = self._metrics(outcomes, follow_ups, published, folder)
        if outcomes and not metrics["weeks_ok"]:
            return PipelineResult.failed(f"every week failed ({metrics['weeks_failed']})", **metrics)
        return PipelineResult.completed(**metrics)

    def _fetch(self, batch: WeekBatch, outcome: WeekOutcome, folder: Path, index: int, total: int) -> None:
        prefix = f"{outcome.tier} {outcome.week_ending}"
        self._progress(prefix, index, total)

        def pages(label: str, _received: int, _total: int) -> None:
            self._progress(label, index, total)

        step = Step("fetch", "otc.fetch_week", {"archive": str(folder)})
        batch.run_week(outcome, step, progress=pages)
        fetched = outcome.results.get("fetch", {})
        if outcome.stages.get("fetch") != "failed":  # a failed fetch keeps no archive file
            outcome.file = str(fetched.get("archive_file", ""))
        if fetched.get("revision"):
            by_finra = fetched.get("previous_source_type") == "finra"
            outcome.note = "restated by FINRA" if by_finra else "replaced by FINRA's data"

    def _metrics(
        self,
        outcomes: list[WeekOutcome],
        follow_ups: dict[str, dict[str, dict[str, str]]],
        published: dict[str, list[date]],
        folder: Path,
    ) -> dict[str, Any]:
        tallies = [
            counts([o for o in outcomes if o.tier == tier], follow_up["snapshots"])
            for tier, follow_up in follow_ups.items()
        ]
        restated = [
            {
                "tier": o.tier,
                "week_ending": o.week_ending,
                "capture_id": o.results["fetch"]["capture_id"],
                "previous_capture_id": o.results["fetch"]["previous_capture_id"],
                "records_superseded": o.results["fetch"]["records_superseded"],
            }
            for o in outcomes
            if o.note == "restated by FINRA"
        ]
        return {
            "tiers": list(published),
            "archive": str(folder),
            "newest_published": sync_plan.newest(published),
            "weeks": [o.as_dict() for o in outcomes],
            "weeks_total": len(outcomes),
            "weeks_ok": sum(t["weeks_ok"] for t in tallies),
            "weeks_failed": sum(t["weeks_failed"] for t in tallies),
            "restated": restated,
            "rolling": {t: f["rolling"] for t, f in follow_ups.items()},
            "snapshots": {t: f["snapshots"] for t, f in follow_ups.items()},
        }

    def _progress(self, label: str, done: int, total: int) -> None:
        if self.context.progress is not None:
            self.context.progress(label, done, total)


def finished_note(outcomes: list[WeekOutcome]) -> str:
    """For an interrupted sync: which weeks finished (and are kept), and how to go on."""
    done = [f"{o.tier} {o.week_ending}" for o in outcomes if o.status == "OK"]
    kept = ", ".join(done) if done else "none"
    return f"weeks finished and kept: {kept}; run the same command again to fetch the rest"
