"""The runner: executes one pipeline, records the execution, keeps the run's writes atomic.

For a transactional run the final status is written inside the run's own transaction, so the data and
the record of it commit together: a process killed after its COMMIT left a COMPLETED run, one killed
before left nothing but a RUNNING row that the next run closes as interrupted.
"""

from __future__ import annotations

import sqlite3
import time
import traceback
from dataclasses import dataclass
from typing import Any

from spine.core import executions, interrupts
from spine.core.database import explained
from spine.core.db import busy_error, is_busy_error, transaction
from spine.core.errors import Interrupted, SpineError, UsageError
from spine.core.pipeline import Dispatch, Pipeline, RunContext
from spine.core.results import ExecutionResult, PipelineResult, ProgressCallback

__all__ = ["ExecutionResult", "execute"]


def execute(
    conn: sqlite3.Connection,
    dispatch: Dispatch,
    pipeline_cls: type[Pipeline],
    values: dict[str, Any],
    parent_execution_id: int | None,
    batch_id: int | None,
    progress: ProgressCallback | None = None,
) -> ExecutionResult:
    """Run a pipeline whose parameters are already validated; never raises for a pipeline failure.

    An interrupt (Ctrl-C, SIGTERM, SIGHUP) is recorded as a failed run, then raised again as
    `Interrupted` carrying what was kept.
    """
    if not pipeline_cls.writes_for(values):
        return _unrecorded(conn, dispatch, pipeline_cls, values, parent_execution_id, batch_id, progress)
    opens_batch = pipeline_cls.creates_batch and batch_id is None
    interrupts.hold()  # released inside the block that records an interrupt
    try:
        execution_id = executions.start(
            conn, pipeline_cls.name, values, parent_execution_id, batch_id, opens_batch
        )
    except sqlite3.OperationalError as exc:
        interrupts.release()
        if is_busy_error(exc):
            raise busy_error(conn) from exc
        raise
    except BaseException:
        interrupts.release()
        raise
    if opens_batch:
        batch_id = execution_id
    context = RunContext(conn, execution_id, batch_id, parent_execution_id, dispatch, progress)
    started = time.perf_counter()
    try:
        interrupts.release()
        outcome = _run(pipeline_cls, context, values, started)
    except BaseException as exc:
        raise _interrupted(conn, pipeline_cls, execution_id, exc, started) from exc
    if not outcome.recorded:
        outcome.duration_ms = _finish(conn, execution_id, outcome.result, started)[0]
    return ExecutionResult(
        execution_id=execution_id,
        pipeline_name=pipeline_cls.name,
        status=outcome.result.status,
        error=outcome.result.error,
        metrics=outcome.result.metrics,
        duration_ms=outcome.duration_ms,
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
    # True when the final status was written inside the run's transaction.
    recorded: bool = False
    duration_ms: int = 0


def _run(
    pipeline_cls: type[Pipeline], context: RunContext, values: dict[str, Any], started: float
) -> _Outcome:
    """The pipeline's result, with every ordinary exception turned into a FAILED result."""
    try:
        pipeline = pipeline_cls(context, values)
        if not pipeline_cls.transactional:
            return _Outcome(pipeline.run())
        with transaction(context.conn):
            result = pipeline.run()
            duration_ms = _elapsed_ms(started)
            executions.finish(
                context.conn, context.execution_id, result.status, result.error, result.metrics, duration_ms
            )
            return _Outcome(result, recorded=True, duration_ms=duration_ms)
    except UsageError as exc:
        return _Outcome(PipelineResult.failed(str(exc)), usage=True)
    except SpineError as exc:
        return _Outcome(PipelineResult.failed(str(exc)))
    except sqlite3.OperationalError as exc:
        if is_busy_error(exc):
            return _Outcome(PipelineResult.failed(str(busy_error(context.conn))))
        return _Outcome(PipelineResult.failed(f"database error: {exc}", traceback=_trace()), True)
    except sqlite3.DatabaseError as exc:  # a damaged page: said plainly, the trace kept for a report
        return _Outcome(PipelineResult.failed(str(explained(exc)), traceback=_trace()))
    except Exception as exc:  # recorded, never left RUNNING
        return _Outcome(PipelineResult.failed(f"{type(exc).__name__}: {exc}", traceback=_trace()), True)


def _interrupted(
    conn: sqlite3.Connection,
    pipeline_cls: type[Pipeline],
    execution_id: int,
    exc: BaseException,
    started: float,
) -> BaseException:
    """Record an interrupted run as FAILED and say what was kept; other exits pass through."""
    if not isinstance(exc, KeyboardInterrupt):
        _finish(conn, execution_id, PipelineResult.failed(f"interrupted: {type(exc).__name__}"), started)
        return exc
    signal_name = exc.signal_name if isinstance(exc, Interrupted) else "SIGINT"
    notes = getattr(exc, "__notes__", None)
    if pipeline_cls.transactional:
        kept = "nothing it wrote was kept"
    elif notes:  # the pipeline's own word on what it kept, added to the interrupt as it passed
        kept = str(notes[-1])
    else:
        kept = pipeline_cls.kept_message(executions.finished_children(conn, execution_id))
    message = f"interrupted ({signal_name}); {kept}"
    if not _finish(conn, execution_id, PipelineResult.failed(message), started)[1]:
        message = f"interrupted ({signal_name}) after the run had finished; its writes are kept"
    return Interrupted(exc.signum if isinstance(exc, Interrupted) else 2, message)


def _unrecorded(
    conn: sqlite3.Connection,
    dispatch: Dispatch,
    pipeline_cls: type[Pipeline],
    values: dict[str, Any],
    parent_execution_id: int | None,
    batch_id: int | None,
    progress: ProgressCallback | None,
) -> ExecutionResult:
    """A run that writes nothing (a plan, a query): no execution row, no transaction."""
    context = RunContext(conn, 0, batch_id, parent_execution_id, dispatch, progress)
    started = time.perf_counter()
    outcome = _run_read_only(pipeline_cls, context, values)
    return ExecutionResult(
        execution_id=0,
        pipeline_name=pipeline_cls.name,
        status=outcome.result.status,
        error=outcome.result.error,
        metrics=outcome.result.metrics,
        duration_ms=_elapsed_ms(started),
        batch_id=batch_id,
        parent_execution_id=parent_execution_id,
        internal_error=outcome.internal,
        usage_error=outcome.usage,
    )


def _run_read_only(pipeline_cls: type[Pipeline], context: RunContext, values: dict[str, Any]) -> _Outcome:
    try:
        return _Outcome(pipeline_cls(context, values).run())
    except UsageError as exc:
        return _Outcome(PipelineResult.failed(str(exc)), usage=True)
    except SpineError as exc:
        return _Outcome(PipelineResult.failed(str(exc)))
    except Exception as exc:
        return _Outcome(PipelineResult.failed(f"{type(exc).__name__}: {exc}", traceback=_trace()), True)


def _finish(
    conn: sqlite3.Connection, execution_id: int, result: PipelineResult, started: float
) -> tuple[int, bool]:
    """Record the outcome of a run still RUNNING (a writer holding the lock only delays it).

    Returns the duration and whether the row was still RUNNING (False: its final status was already
    committed with its data, and stays).
    """
    duration_ms = _elapsed_ms(started)
    updated = False
    for attempt in range(_FINISH_ATTEMPTS):
        try:
            updated = executions.finish(
                conn, execution_id, result.status, result.error, result.metrics, duration_ms, if_running=True
            )
            break
        except sqlite3.OperationalError as exc:
            if not is_busy_error(exc):
                raise
            if attempt == _FINISH_ATTEMPTS - 1:
                # Left RUNNING only if the database stays locked this long; the next run on this
                # host then closes it as interrupted once this process has ended.
                break
    return duration_ms, updated


_FINISH_ATTEMPTS = 3


def _elapsed_ms(started: float) -> int:
    return int((time.perf_counter() - started) * 1000)


def _trace() -> str:
    return traceback.format_exc(limit=8)
