"""Many weeks of one tier as one batch: each week's stages, then rolling and snapshots.

Shared by `otc.backfill_range` (week files) and `otc.sync` (weeks fetched from FINRA). Each week's stages
run as child executions under the orchestrator's batch id, each child in its own transaction, so a
failing week never stops or undoes the others. After the weeks, rolling runs for every processed week,
oldest first (the rolling table is a time series), then the snapshot of every processed week, oldest
first (SPEC §13).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, ClassVar

from spine.core.errors import DatabaseBusyError
from spine.core.pipeline import ChildRun, Pipeline
from spine.core.runner import ExecutionResult
from spine.domains.otc import manifest, week_outcomes
from spine.domains.otc.enums import Stage
from spine.domains.otc.pipelines import kept_weeks

# The stages after a week's first one (ingest or fetch), in order, with the stage each brings it to.
LATER_STAGES = (
    ("normalize", "otc.normalize_week", Stage.NORMALIZED),
    ("aggregate", "otc.aggregate_week", Stage.AGGREGATED),
)


class WeeksPipeline(Pipeline):
    """A pipeline that runs a batch of weeks (`WeekBatch`): its children commit on their own, it
    reports progress and a table of weeks, a dry run writes nothing, and an interrupt names the
    weeks kept."""

    transactional: ClassVar[bool] = False  # every child commits on its own
    creates_batch: ClassVar[bool] = True
    shows_progress: ClassVar[bool] = True
    summary: ClassVar[str] = "weeks"

    @classmethod
    def writes_for(cls, values: Mapping[str, Any]) -> bool:
        """A dry run only plans the weeks: it writes nothing and creates no database."""
        return not values.get("dry_run")

    @classmethod
    def kept_message(cls, children: Sequence[ChildRun]) -> str:
        return kept_weeks.kept_message(children)


@dataclass
class Step:
    """One child run of a week: its label in the week's report, the pipeline, its own parameters."""

    label: str
    pipeline: str
    params: dict[str, Any]


@dataclass
class WeekOutcome:
    """What happened to one week of a batch (or, in a dry run, what would)."""

    tier: str
    week_ending: str
    file: str
    status: str = "PLANNED"  # OK | FAILED | PLANNED
    stages: dict[str, str] = field(default_factory=dict)
    error: str | None = None
    records: int | None = None  # raw records in the week's current data, after the run
    rejected: int | None = None
    note: str | None = None  # e.g. "restated by FINRA"
    results: dict[str, dict[str, Any]] = field(default_factory=dict, repr=False)  # step metrics

    def as_dict(self) -> dict[str, Any]:
        return {
            "tier": self.tier,
            "week_ending": self.week_ending,
            "file": self.file,
            "status": self.status,
            "stages": self.stages,
            "records": self.records,
            "rejected": self.rejected,
            "note": self.note,
            "error": self.error,
        }


class WeekBatch:
    """Runs weeks of one tier as children of ``owner`` (a backfill or a sync)."""

    def __init__(
        self, owner: Pipeline, tier: str, *, force: bool = False, reject_zero_volume: bool = False
    ) -> None:
        self.owner = owner
        self.tier = tier
        self.force = force
        self.reject_zero_volume = reject_zero_volume
        # Redoing a week (revised data, force) resets its snapshot: remember which weeks had one.
        self.had_snapshot = set(manifest.weeks_at_least(owner.conn, tier, Stage.SNAPSHOT))

    def child(self, name: str, params: dict[str, Any], **kwargs: Any) -> ExecutionResult:
        return self.owner.context.dispatch(
            name,
            {"tier": self.tier, **params},
            parent_execution_id=self.owner.execution_id,
            batch_id=self.owner.batch_id,
            **kwargs,
        )

    def run_week(
        self,
        outcome: WeekOutcome,
        first: Step,
        *,
        then: Callable[[], None] | None = None,
        **first_kwargs: Any,
    ) -> None:
        """The week's first step (ingest or fetch), then normalize and aggregate; stops at a failure.

        ``then`` runs once the first step has succeeded, before the others (a backfill starts reading
        its next week there). The outcome is recorded in the domain (`otc_week_outcomes`) for
        ``only=failed``.
        """
        steps = [first] + [
            Step(
                label,
                name,
                {"reject_zero_volume": self.reject_zero_volume} if label == "normalize" else {},
            )
            for label, name, _stage in LATER_STAGES
        ]
        for index, step in enumerate(steps):
            params = {"week_ending": outcome.week_ending, "force": self.force, **step.params}
            try:
                result = self.child(step.pipeline, params, **(first_kwargs if index == 0 else {}))
            except DatabaseBusyError as exc:  # another process held the lock: this week waits
                outcome.stages[step.label] = "failed"
                outcome.status, outcome.error = "FAILED", f"{step.label}: {exc}"
                break
            outcome.results[step.label] = result.metrics
            if not result.ok:
                outcome.stages[step.label] = "failed"
                outcome.status, outcome.error = "FAILED", f"{step.label}: {result.error}"
                break
            outcome.stages[step.label] = state(result)
            if index == 0 and then is not None:
                then()
        else:
            outcome.status = "OK"  # only once every stage ran: an interrupt leaves it PLANNED
        self._count(outcome)
        self._record(outcome)

    def _record(self, outcome: WeekOutcome) -> None:
        failed_stage = next((k for k, v in outcome.stages.items() if v.startswith("failed")), None)
        week_outcomes.record(
            self.owner.conn,
            week_outcomes.Outcome(
                outcome.week_ending,
                self.tier,
                outcome.status,
                failed_stage,
                outcome.error,
                self.owner.execution_id,
                self.owner.batch_id,
            ),
        )

    def _follow_up_failed(self, outcome: WeekOutcome, label: str, result: ExecutionResult) -> None:
        """Rolling or snapshot failed (an overflow, say): the week is reported, and recorded, FAILED."""
        outcome.stages[label] = "failed"
        outcome.status, outcome.error = "FAILED", f"{label}: {result.error}"
        self._record(outcome)

    def _count(self, outcome: WeekOutcome) -> None:
        row = manifest.get(self.owner.conn, outcome.week_ending, self.tier)
        if row is not None:
            outcome.records = int(row["row_count_inserted"])
            outcome.rejected = int(row["row_count_rejected"])

    def follow_up(
        self,
        outcomes: list[WeekOutcome],
        range_weeks: list[str],
        *,
        skip_rolling: bool = False,
        skip_snapshot: bool = False,
    ) -> dict[str, dict[str, str]]:
        """Rolling for each processed week, oldest first, then the snapshots, oldest first.

        Snapshots go to every processed week; to the latest aggregated week of ``range_weeks`` (redoing
        an old week recomputes later rolling rows, and the range's latest snapshot must follow them);
        and to every week that had a snapshot before this batch and lost it (redone, or its rolling
        recomputed), so no week silently loses its snapshot. Each processed week's report gets its
        ``rolling`` and ``snapshot`` states; the returned dicts hold every week run, by week.
        """
        processed = sorted((o for o in outcomes if o.status == "OK"), key=lambda o: o.week_ending)
        by_week = {o.week_ending: o for o in processed}
        rolling: dict[str, str] = {}
        snapshots: dict[str, str] = {}
        if not skip_rolling:
            for outcome in processed:
                result = self.child(
                    "otc.compute_rolling_6w", {"week_ending": outcome.week_ending, "force": self.force}
                )
                rolling[outcome.week_ending] = outcome.stages["rolling"] = state(result)
                if not result.ok:
                    self._follow_up_failed(outcome, "rolling", result)
        if skip_snapshot or not processed:
            return {"rolling": rolling, "snapshots": snapshots}
        conn = self.owner.conn
        aggregated = set(manifest.weeks_at_least(conn, self.tier, Stage.AGGREGATED))
        in_range = [w for w in range_weeks if w in aggregated]
        lost = self.had_snapshot - set(manifest.weeks_at_least(conn, self.tier, Stage.SNAPSHOT))
        targets = set(by_week) | set(in_range[-1:]) | (lost & aggregated)
        for week in sorted(targets):
            force = self.force and week in by_week
            result = self.child("otc.research_snapshot_week", {"week_ending": week, "force": force})
            snapshots[week] = state(result)
            if week in by_week:
                by_week[week].stages["snapshot"] = snapshots[week]
                if not result.ok:
                    self._follow_up_failed(by_week[week], "snapshot", result)
        return {"rolling": rolling, "snapshots": snapshots}


def state(result: ExecutionResult) -> str:
    """A child's outcome in one word (or the failure's message)."""
    if not result.ok:
        return f"failed: {result.error}"
    return "skipped" if result.metrics.get("skipped") else "done"


def counts(outcomes: list[WeekOutcome], snapshots: dict[str, str] | None = None) -> dict[str, Any]:
    """The per-week reports and their tallies, as a batch's metrics carry them.

    ``weeks_failed`` also counts a snapshot retaken for a week outside the batch that failed: the
    run must not pass for complete while a week lost its snapshot.
    """
    reported = {o.week_ending for o in outcomes}
    retakes_failed = sum(
        1 for week, s in (snapshots or {}).items() if week not in reported and s.startswith("failed")
    )
    return {
        "weeks": [o.as_dict() for o in outcomes],
        "weeks_total": len(outcomes),
        "weeks_ok": sum(1 for o in outcomes if o.status == "OK"),
        "weeks_failed": sum(1 for o in outcomes if o.status == "FAILED") + retakes_failed,
    }
