"""The runner: executes one pipeline, records the execution, keeps the run's writes atomic."""

from __future__ import annotations

import sqlite3
import time
import traceback
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from spine.core import executions
from spine.core.db import busy_error, is_busy_error, transaction
from spine.core.errors import SpineError, UsageError
from spine.core.pipeline import Pipeline, PipelineResult, ProgressCallback, RunContext, Status

if TYPE_CHECKING:
    from spine.core.dispatcher import Dispatcher


@dataclass
class ExecutionResult:
    """What a caller gets back: the pipeline's result plus the run's identity and duration."""

    execution_id: int
    pipeline_name: str
    status: Status
    error: str | None
    metrics: dict[str, Any] = field(default_factory=dict)
    duration_ms: int = 0
    batch_id: int | None = None
    parent_execution_id: int | None = None
    internal_error: bool = False
    usage_error: bool = False

    @property
    def ok(self) -> bool:
        return self.status is Status.COMPLETED

    def as_dict(self) -> dict[str, Any]:
        return {
            "execution_id": self.execution_id,
            "pipeline": self.pipeline_name,
            "status": self.status.value,
            "error": self.error,
            "duration_ms": self.duration_ms,
            "batch_id": self.batch_id,
            "parent_execution_id": self.parent_execution_id,
            "metrics": self.metrics,
        }


def execute(
    conn: sqlite3.Connection,
    dispatcher: Dispatcher,
    pipeline_cls: type[Pipeline],
    values: dict[str, Any],
    parent_execution_id: int | None,
    batch_id: int | None,
    progress: ProgressCallback | None = None,
) -> ExecutionResult:
    """Run a pipeline whose parameters are already validated; never raises for a pipeline failure.

    An interrupt (Ctrl-C) is recorded as a failed run before it ends the process.
    """
    opens_batch = pipeline_cls.creates_batch and batch_id is None
    try:
        execution_id = executions.start(
            conn, pipeline_cls.name, values, parent_execution_id, batch_id, opens_batch
        )
    except sqlite3.OperationalError as exc:
        if is_busy_error(exc):
            raise busy_error(conn) from exc
        raise
    if opens_batch:
        batch_id = execution_id
    context = RunContext(conn, execution_id, batch_id, parent_execution_id, dispatcher, progress)
    started = time.perf_counter()
    try:
        outcome = _run(pipeline_cls, context, values)
    except BaseException as exc:
        kept = (
            "nothing it wrote was kept"
            if pipeline_cls.transactional
            else f"child runs that had finished kept their writes (parent_execution_id={execution_id})"
        )
        failed = PipelineResult.failed(f"interrupted: {type(exc).__name__}; {kept}")
        _finish(conn, execution_id, failed, started)
        raise
    return ExecutionResult(
        execution_id=execution_id,
        pipeline_name=pipeline_cls.name,
        status=outcome.result.status,
        error=outcome.result.error,
        metrics=outcome.result.metrics,
        duration_ms=_finish(conn, execution_id, outcome.result, started),
        batch_id=batch_id,
        parent_execution_id=parent_execution_id,
        internal_error=outcome.internal,
        usage_error=outcome.usage,
    )


@dataclass
class _Outcome:
    result: PipelineResult
    internal: bool = False
    usage: bool = False


def _run(pipeline_cls: type[Pipeline], context: RunContext, values: dict[str, Any]) -> _Outcome:
    """The pipeline's result, with every ordinary exception turned into a FAILED result."""
    try:
        pipeline = pipeline_cls(context, values)
        if pipeline_cls.transactional and pipeline_cls.writes:
            with transaction(context.conn):
                return _Outcome(pipeline.run())
        return _Outcome(pipeline.run())
    except UsageError as exc:
        return _Outcome(PipelineResult.failed(str(exc)), usage=True)
    except SpineError as exc:
        return _Outcome(PipelineResult.failed(str(exc)))
    except sqlite3.OperationalError as exc:
        if is_busy_error(exc):
            return _Outcome(PipelineResult.failed(str(busy_error(context.conn))))
        return _Outcome(PipelineResult.failed(f"database error: {exc}", traceback=_trace()), True)
    except Exception as exc:  # recorded, never left RUNNING
        return _Outcome(PipelineResult.failed(f"{type(exc).__name__}: {exc}", traceback=_trace()), True)


def _finish(conn: sqlite3.Connection, execution_id: int, result: PipelineResult, started: float) -> int:
    """Record the outcome; a writer holding the lock only delays it (the row must not stay RUNNING)."""
    duration_ms = int((time.perf_counter() - started) * 1000)
    for attempt in range(_FINISH_ATTEMPTS):
        try:
            executions.finish(conn, execution_id, result.status, result.error, result.metrics, duration_ms)
            break
        except sqlite3.OperationalError as exc:
            if not is_busy_error(exc):
                raise
            if attempt == _FINISH_ATTEMPTS - 1:
                # Left RUNNING only if the database stays locked this long; the next run on this
                # host then closes it as interrupted once this process has ended.
                break
    return duration_ms


_FINISH_ATTEMPTS = 3


def _trace() -> str:
    return traceback.format_exc(limit=8)
