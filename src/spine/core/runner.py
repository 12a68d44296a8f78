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
    """Run a pipeline whose parameters are already validated; never raises for a pipeline failure."""
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
    internal = usage = False
    try:
        pipeline = pipeline_cls(context, values)
        if pipeline_cls.transactional and pipeline_cls.writes:
            with transaction(conn):
                result = pipeline.run()
        else:
            result = pipeline.run()
    except UsageError as exc:
        usage = True
        result = PipelineResult.failed(str(exc))
    except SpineError as exc:
        result = PipelineResult.failed(str(exc))
    except sqlite3.OperationalError as exc:
        if is_busy_error(exc):
            result = PipelineResult.failed(str(busy_error(conn)))
        else:
            internal = True
            result = PipelineResult.failed(f"database error: {exc}", traceback=_trace())
    except Exception as exc:  # recorded, never left RUNNING
        internal = True
        result = PipelineResult.failed(f"{type(exc).__name__}: {exc}", traceback=_trace())
    duration_ms = int((time.perf_counter() - started) * 1000)
    executions.finish(conn, execution_id, result.status, result.error, result.metrics, duration_ms)
    return ExecutionResult(
        execution_id=execution_id,
        pipeline_name=pipeline_cls.name,
        status=result.status,
        error=result.error,
        metrics=result.metrics,
        duration_ms=duration_ms,
        batch_id=batch_id,
        parent_execution_id=parent_execution_id,
        internal_error=internal,
        usage_error=usage,
    )


def _trace() -> str:
    return traceback.format_exc(limit=8)
