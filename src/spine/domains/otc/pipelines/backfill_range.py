"""otc.backfill_range: many weeks in one command.

Each week runs ingest -> normalize -> aggregate as child executions under one batch id, each child in
its own transaction, so a failing week never stops or undoes the others. Rolling then runs for every
processed week in order (the rolling table is a time series), and the snapshot for the last week.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from spine.core.errors import DatabaseBusyError, UsageError
from spine.core.params import Param
from spine.core.pipeline import Pipeline, PipelineResult
from spine.core.registry import register
from spine.domains.otc import manifest, weeks
from spine.domains.otc.enums import Stage
from spine.domains.otc.parser import file_digest
from spine.domains.otc.pipelines.base import FORCE, TIER

# Execution ids follow run order, so the highest id holds the latest word on a week.
_LAST_WORD = """
SELECT status FROM (
  SELECT execution_id, status FROM executions
  WHERE pipeline_name IN ('otc.ingest_week', 'otc.normalize_week', 'otc.aggregate_week')
    AND json_extract(params, '$.week_ending') = :week AND json_extract(params, '$.tier') = :tier
  UNION ALL
  SELECT e.execution_id, json_extract(w.value, '$.status') FROM executions e,
         json_each(e.metrics, '$.weeks') w
  WHERE e.pipeline_name = :name AND json_extract(e.params, '$.tier') = :tier
    AND json_extract(w.value, '$.week_ending') = :week
    AND json_extract(w.value, '$.status') IN ('OK', 'FAILED'))
ORDER BY execution_id DESC LIMIT 1
"""

MAX_WEEKS = 1040  # twenty years of weeks in one backfill

WEEK_STAGES = (
    ("ingest", "otc.ingest_week", Stage.INGESTED),
    ("normalize", "otc.normalize_week", Stage.NORMALIZED),
    ("aggregate", "otc.aggregate_week", Stage.AGGREGATED),
)


@dataclass
class WeekOutcome:
    week_ending: str
    file: str
    status: str = "PLANNED"  # OK | FAILED | PLANNED
    stages: dict[str, str] = field(default_factory=dict)
    error: str | None = None

    def as_dict(self) -> dict[str, Any]:
        return {
            "week_ending": self.week_ending,
            "file": self.file,
            "status": self.status,
            "stages": self.stages,
            "error": self.error,
        }


@register
class BackfillRange(Pipeline):
    name = "otc.backfill_range"
    description = "Ingest, normalize and aggregate a range of weeks, then rolling and snapshot."
    transactional = False  # every child commits on its own
    creates_batch = True
    params = (
        TIER,
        Param(
            "weeks_back",
            "int",
            minimum=1,
            maximum=MAX_WEEKS,
            help="the N most recent weeks (ending at end_week, "
            "else at the latest week with a file in source_dir)",
        ),
        Param("start_week", "week", help="first Friday of the range (with end_week)"),
        Param("end_week", "week", help="last Friday of the range"),
        Param("source_dir", "path", required=True, help="folder holding the week files"),
        Param(
            "file_pattern",
            "str",
            default="week_{week_ending}.psv",
            normalize=weeks.validate_pattern,
            help="file name per week: {week_ending}, {week_start} or {publication_date}, "
            "with an optional date format such as {publication_date:%Y%m%d}",
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
        if not values["source_dir"].is_dir():
            raise UsageError(f"parameter source_dir={values['source_dir']}: not a folder")
        return values

    @property
    def tier(self) -> str:
        return str(self.values["tier"])

    def run(self) -> PipelineResult:
        source_dir: Path = self.values["source_dir"]
        candidates = self._range(source_dir)
        selected = self._select(candidates)
        plan = [
            WeekOutcome(
                w.isoformat(),
                str(weeks.file_for(source_dir, self.values["file_pattern"], w, self.tier)),
            )
            for w in selected
        ]
        if self.values["dry_run"]:
            return self._dry_run(plan)
        # Redoing a week (a revised file, force) resets its snapshot: remember which weeks had one.
        had_snapshot = set(manifest.weeks_at_least(self.conn, self.tier, Stage.SNAPSHOT))
        for index, outcome in enumerate(plan):
            self._progress(f"week {outcome.week_ending}", index, len(plan))
            self._run_week(outcome)
        processed = [o for o in plan if o.status == "OK"]
        follow_up = self._follow_up(processed, candidates, had_snapshot)
        self._progress("done", len(plan), len(plan))
        failed = [o for o in plan if o.status == "FAILED"]
        metrics = {
            "tier": self.tier,
            "weeks": [o.as_dict() for o in plan],
            "weeks_total": len(plan),
            "weeks_ok": len(processed),
            "weeks_failed": len(failed),
            **follow_up,
        }
        if plan and not processed:
            return PipelineResult.failed(f"every week failed ({len(failed)})", **metrics)
        return PipelineResult.completed(**metrics)

    # -- which weeks -------------------------------------------------------------------------

    def _range(self, source_dir: Path) -> list[date]:
        start, end, back = (self.values[k] for k in ("start_week", "end_week", "weeks_back"))
        if back is not None:
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
            return [w for w in candidates if self._last_run_failed(w)]
        return candidates

    def _last_run_failed(self, week: date) -> bool:
        """The latest word on the week failed: its latest ingest, normalize or aggregate run, or
        the latest backfill that reported on it (which also covers a child that never started)."""
        row = self.conn.execute(
            _LAST_WORD, {"week": week.isoformat(), "tier": self.tier, "name": self.name}
        ).fetchone()
        return row is not None and row[0] == "FAILED"

    # -- running -----------------------------------------------------------------------------

    def _child(self, name: str, params: dict[str, Any]) -> Any:
        return self.context.dispatcher.dispatch(
            name,
            {"tier": self.tier, **params},
            parent_execution_id=self.execution_id,
            batch_id=self.batch_id,
        )

    def _run_week(self, outcome: WeekOutcome) -> None:
        force = self.values["force"]
        for label, pipeline_name, _stage in WEEK_STAGES:
            params: dict[str, Any] = {"week_ending": outcome.week_ending, "force": force}
            if label == "ingest":
                params["file_path"] = outcome.file
            elif label == "normalize":
                params["reject_zero_volume"] = self.values["reject_zero_volume"]
            try:
                result = self._child(pipeline_name, params)
            except DatabaseBusyError as exc:  # another process held the lock: this week waits
                outcome.stages[label] = "failed"
                outcome.status, outcome.error = "FAILED", f"{label}: {exc}"
                return
            if not result.ok:
                outcome.stages[label] = "failed"
                outcome.status, outcome.error = "FAILED", f"{label}: {result.error}"
                return
            outcome.stages[label] = "skipped" if result.metrics.get("skipped") else "done"
        outcome.status = "OK"

    def _follow_up(
        self, processed: list[WeekOutcome], candidates: list[date], had_snapshot: set[str]
    ) -> dict[str, Any]:
        """Rolling for each processed week, oldest first, then the snapshots.

        The snapshot goes to the latest aggregated week of the whole range, not of this run's
        selection: redoing an old week recomputes later rolling rows, and the range's latest
        snapshot must follow them. Weeks that had a snapshot before this run and lost it (redone, or
        their rolling recomputed) get it taken again, so no week silently loses its snapshot.
        """
        summary: dict[str, Any] = {"rolling": {}, "snapshot": None, "snapshots_retaken": {}}
        force = self.values["force"]
        if not self.values["skip_rolling"]:
            for outcome in processed:
                result = self._child(
                    "otc.compute_rolling_6w", {"week_ending": outcome.week_ending, "force": force}
                )
                summary["rolling"][outcome.week_ending] = _state(result)
        if self.values["skip_snapshot"] or not processed:
            return summary
        done = set(manifest.weeks_at_least(self.conn, self.tier, Stage.AGGREGATED))
        aggregated = [w.isoformat() for w in candidates if w.isoformat() in done]
        if aggregated:
            last = aggregated[-1]
            result = self._child("otc.research_snapshot_week", {"week_ending": last, "force": force})
            summary["snapshot"] = {"week_ending": last, "status": _state(result)}
        for week in sorted(had_snapshot - set(manifest.weeks_at_least(self.conn, self.tier, Stage.SNAPSHOT))):
            result = self._child("otc.research_snapshot_week", {"week_ending": week})
            summary["snapshots_retaken"][week] = _state(result)
        return summary

    def _dry_run(self, plan: list[WeekOutcome]) -> PipelineResult:
        for outcome in plan:
            stage = manifest.stage_of(self.conn, outcome.week_ending, self.tier)
            revised = self._file_differs(outcome)
            outcome.stages = {
                label: ("run" if self.values["force"] or revised or not stage.at_least(done) else "skip")
                for label, _name, done in WEEK_STAGES
            }
            if revised:
                outcome.stages["ingest"] = "revise"
            if not Path(outcome.file).is_file():
                outcome.error = "file not found"
        return PipelineResult.completed(
            dry_run=True,
            tier=self.tier,
            weeks=[o.as_dict() for o in plan],
            weeks_total=len(plan),
            rolling="skip" if self.values["skip_rolling"] else "every processed week, in order",
            snapshot="skip" if self.values["skip_snapshot"] else "the range's latest aggregated week",
        )

    def _file_differs(self, outcome: WeekOutcome) -> bool:
        """The week is loaded and its file now holds other bytes: running it would be a revision."""
        row = manifest.get(self.conn, outcome.week_ending, self.tier)
        path = Path(outcome.file)
        return row is not None and path.is_file() and file_digest(path)[0] != row["source_sha256"]

    def _progress(self, label: str, done: int, total: int) -> None:
        if self.context.progress is not None:
            self.context.progress(label, done, total)


def _state(result: Any) -> str:
    if not result.ok:
        return f"failed: {result.error}"
    return "skipped" if result.metrics.get("skipped") else "done"
