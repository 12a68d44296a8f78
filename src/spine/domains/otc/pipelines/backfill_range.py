"""otc.backfill_range: many weeks of week files in one command.

Each week runs ingest -> normalize -> aggregate as child executions under one batch id, each child in
its own transaction, so a failing week never stops or undoes the others. Rolling then runs for every
processed week in order (the rolling table is a time series), then the snapshot of every processed
week, oldest first (see `week_batch`).
"""

from __future__ import annotations

from datetime import date
from functools import partial
from pathlib import Path
from typing import Any

from spine.core.db import database_file
from spine.core.errors import PipelineError, UsageError
from spine.core.params import Param
from spine.core.pipeline import PipelineResult
from spine.core.registry import register
from spine.domains.otc import manifest, week_outcomes, weeks
from spine.domains.otc.enums import Stage
from spine.domains.otc.finra import archive
from spine.domains.otc.pipelines.base import FORCE, TIER
from spine.domains.otc.pipelines.fetch_week import ARCHIVE
from spine.domains.otc.pipelines.week_batch import (
    LATER_STAGES,
    Step,
    WeekBatch,
    WeekOutcome,
    WeeksPipeline,
    counts,
)
from spine.domains.otc.read_ahead import WEEKS_AHEAD, ReadAheads
from spine.domains.otc.source import file_digest

MAX_WEEKS = 1040  # twenty years of weeks in one backfill

# Every stage of a week, with the stage it brings the week to (a dry run's plan reads them).
WEEK_STAGES = (("ingest", "otc.ingest_week", Stage.INGESTED), *LATER_STAGES)


@register
class BackfillRange(WeeksPipeline):
    name = "otc.backfill_range"
    description = "Ingest, normalize and aggregate a range of weeks, then rolling and snapshot."
    params = (
        TIER,
        Param(
            "weeks_back",
            "int",
            minimum=1,
            maximum=MAX_WEEKS,
            help="the N most recent weeks (ending at end_week, "
            "else at the latest week with a file in source_dir, or FINRA's newest published week)",
        ),
        Param("start_week", "week", help="first Friday of the range (with end_week)"),
        Param("end_week", "week", help="last Friday of the range"),
        Param(
            "source",
            "str",
            default="files",
            choices=("files", "finra"),
            help="files: week files in source_dir; finra: fetch each week from FINRA's Query API",
        ),
        Param("source_dir", "path", help="folder holding the week files (source=files)"),
        ARCHIVE,
        Param(
            "file_pattern",
            "str",
            default="week_{week_ending}.psv",
            normalize=weeks.validate_pattern,
            help="file name per week: {week_ending} or {publication_date}, with an optional date "
            "format naming one day, such as {publication_date:%Y%m%d}",
        ),
        Param(
            "only",
            "str",
            default="all",
            choices=("all", "missing", "failed"),
            help="all weeks (done stages skip), weeks not yet aggregated, or weeks whose last run failed",
        ),
        FORCE,
        Param("skip_rolling", "bool", default=False, help="do not compute rolling"),
        Param("skip_snapshot", "bool", default=False, help="do not take the snapshot"),
        Param("dry_run", "bool", default=False, help="print the plan, change nothing"),
        Param("reject_zero_volume", "bool", default=False, help="passed to otc.normalize_week"),
    )

    @classmethod
    def validate(cls, values: dict[str, Any]) -> dict[str, Any]:
        """The range parameters must name one range; refused before anything runs."""
        start, end, back = (values[k] for k in ("start_week", "end_week", "weeks_back"))
        if back is not None and start is not None:
            raise UsageError("give either weeks_back or start_week + end_week, not both")
        if back is None and (start is None or end is None):
            raise UsageError("give weeks_back=N, or start_week and end_week")
        if start is not None and end is not None and start > end:
            raise UsageError(f"start_week {start} is after end_week {end}")
        if start is not None and end is not None and (end - start).days // 7 >= MAX_WEEKS:
            raise UsageError(f"the range holds more than {MAX_WEEKS} weeks")
        if values["source"] == "finra":
            if values["source_dir"] is not None:
                raise UsageError("give source_dir for source=files, not with source=finra")
        elif values["source_dir"] is None:
            raise UsageError("give source_dir=FOLDER (the week files), or source=finra")
        elif not values["source_dir"].is_dir():
            raise UsageError(f"parameter source_dir={values['source_dir']}: not a folder")
        return values

    @property
    def tier(self) -> str:
        return str(self.values["tier"])

    def run(self) -> PipelineResult:
        candidates = self._range()
        selected = self._select(candidates)
        plan = [WeekOutcome(self.tier, w.isoformat(), self._file(w)) for w in selected]
        if self.values["dry_run"]:
            return self._dry_run(plan)
        batch = WeekBatch(
            self, self.tier, force=self.values["force"], reject_zero_volume=self.values["reject_zero_volume"]
        )
        with ReadAheads(self.conn) as aheads:
            for index, outcome in enumerate(plan):
                self._progress(f"week {outcome.week_ending}", index, len(plan))
                following = plan[index + 1 : index + 1 + WEEKS_AHEAD]
                batch.run_week(
                    outcome, self._first_step(outcome), then=partial(self._read_ahead, aheads, following)
                )
                aheads.keep_only({date.fromisoformat(o.week_ending) for o in following})
                if self.from_finra and outcome.stages.get("fetch") != "failed":  # else no archive file
                    outcome.file = str(outcome.results.get("fetch", {}).get("archive_file", ""))
        follow_up = batch.follow_up(
            plan,
            [w.isoformat() for w in candidates],
            skip_rolling=self.values["skip_rolling"],
            skip_snapshot=self.values["skip_snapshot"],
        )
        self._progress("done", len(plan), len(plan))
        metrics = {"tier": self.tier, **counts(plan, follow_up["snapshots"]), **follow_up}
        if plan and not metrics["weeks_ok"]:
            return PipelineResult.failed(f"every week failed ({metrics['weeks_failed']})", **metrics)
        return PipelineResult.completed(**metrics)

    # -- which weeks -------------------------------------------------------------------------

    @property
    def from_finra(self) -> bool:
        return bool(self.values["source"] == "finra")

    def _file(self, week: date) -> str:
        """The week's file; for FINRA, known once fetched (its archive file)."""
        if self.from_finra:
            return ""
        return str(weeks.file_for(self.values["source_dir"], self.values["file_pattern"], week, self.tier))

    def _first_step(self, outcome: WeekOutcome) -> Step:
        if self.from_finra:
            folder = archive.archive_dir(Path(database_file(self.conn)), self.values["archive"])
            return Step("fetch", "otc.fetch_week", {"archive": str(folder)})
        return Step("ingest", "otc.ingest_week", {"file_path": outcome.file})

    def _read_ahead(self, aheads: ReadAheads, following: list[WeekOutcome]) -> None:
        """Start reading the batch's next weeks while this one's later stages run, those that are
        files for weeks the database does not hold yet (see `spine.domains.otc.read_ahead`)."""
        aheads.detach()
        if self.from_finra:
            return
        for outcome in following:
            if manifest.get(self.conn, outcome.week_ending, self.tier) is None:
                aheads.start(Path(outcome.file), date.fromisoformat(outcome.week_ending), self.tier)

    def _newest_published(self) -> date | None:
        from spine.domains.otc.finra.client import FinraClient  # httpx loads only for a fetch

        with FinraClient() as client:
            published = client.published_weeks(self.tier)
        return max(published) if published else None

    def _range(self) -> list[date]:
        start, end, back = (self.values[k] for k in ("start_week", "end_week", "weeks_back"))
        source_dir = self.values["source_dir"]
        if back is not None:
            if end is None and self.from_finra:
                end = self._newest_published()
                if end is None:
                    raise PipelineError(f"FINRA lists no published week for tier {self.tier}")
            if end is None:
                end = weeks.latest_week_in(source_dir, self.values["file_pattern"], self.tier)
                if end is None:
                    raise UsageError(
                        f"no file in {source_dir} matches file_pattern="
                        f"{self.values['file_pattern']}; give end_week or check the pattern"
                    )
            return weeks.weeks_ending(end, back)
        return weeks.weeks_between(start, end)

    def _select(self, candidates: list[date]) -> list[date]:
        only = self.values["only"]
        if only == "missing":
            return [
                w
                for w in candidates
                if not manifest.stage_of(self.conn, w.isoformat(), self.tier).at_least(Stage.AGGREGATED)
            ]
        if only == "failed":
            failed = week_outcomes.failed_weeks(self.conn, self.tier)
            return [w for w in candidates if w.isoformat() in failed]
        return candidates

    def _dry_run(self, plan: list[WeekOutcome]) -> PipelineResult:
        for outcome in plan:
            stage = manifest.stage_of(self.conn, outcome.week_ending, self.tier)
            revised = not self.from_finra and self._file_differs(outcome)
            outcome.stages = {
                label: ("run" if self.values["force"] or revised or not stage.at_least(done) else "skip")
                for label, _name, done in WEEK_STAGES
            }
            if self.from_finra:  # what FINRA holds is known only by fetching, which a dry run does not
                del outcome.stages["ingest"]
                outcome.stages = {"fetch": "run", **outcome.stages}
            elif revised:
                outcome.stages["ingest"] = "revise"
            if not self.from_finra and not Path(outcome.file).is_file():
                outcome.error = "file not found"
        return PipelineResult.completed(
            dry_run=True,
            tier=self.tier,
            weeks=[o.as_dict() for o in plan],
            weeks_total=len(plan),
            rolling="skip" if self.values["skip_rolling"] else "every processed week, in order",
            snapshot="skip" if self.values["skip_snapshot"] else "every processed week, oldest first",
        )

    def _file_differs(self, outcome: WeekOutcome) -> bool:
        """The week is loaded and its file now holds other bytes: running it would be a revision."""
        row = manifest.get(self.conn, outcome.week_ending, self.tier)
        path = Path(outcome.file)
        return row is not None and path.is_file() and file_digest(path)[0] != row["source_sha256"]

    def _progress(self, label: str, done: int, total: int) -> None:
        if self.context.progress is not None:
            self.context.progress(label, done, total)
