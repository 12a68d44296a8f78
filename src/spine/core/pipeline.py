"""The pipeline base class and its result.

A pipeline is one class in one file. It declares its name and parameters, receives converted values and
its lineage (execution id, batch id, parent) from the runner, and returns a `PipelineResult`. It never
opens transactions of its own: the runner wraps ``run()`` in one, so a run's writes are atomic.
"""

from __future__ import annotations

import sqlite3
from abc import ABC, abstractmethod
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, ClassVar, Protocol

from spine.core.params import Param
from spine.core.results import ExecutionResult, PipelineResult, ProgressCallback, Status

__all__ = [
    "ChildRun",
    "Dispatch",
    "Pipeline",
    "PipelineResult",
    "ProgressCallback",
    "RunContext",
    "Status",
]


class Dispatch(Protocol):
    """How a running pipeline starts another (a backfill its weeks): the dispatcher's entry point."""

    def __call__(
        self,
        name: str,
        params: Mapping[str, Any] | None = None,
        *,
        parent_execution_id: int | None = None,
        batch_id: int | None = None,
        progress: ProgressCallback | None = None,
    ) -> ExecutionResult: ...


@dataclass
class RunContext:
    """What a running pipeline knows about where it runs."""

    conn: sqlite3.Connection
    execution_id: int
    batch_id: int | None
    parent_execution_id: int | None
    dispatch: Dispatch
    progress: ProgressCallback | None = None


@dataclass(frozen=True)
class ChildRun:
    """A finished child run of an interrupted parent: its writes were committed and are kept."""

    execution_id: int
    pipeline_name: str
    params: dict[str, Any]


class Pipeline(ABC):
    """Base of every pipeline. Subclasses set ``name``, ``description`` and ``params``."""

    name: ClassVar[str]
    description: ClassVar[str]
    params: ClassVar[tuple[Param, ...]] = ()
    # False for orchestrators (backfill) whose children commit on their own.
    transactional: ClassVar[bool] = True
    # False for read-only pipelines that never write (see `writes_for`).
    writes: ClassVar[bool] = True
    # True for pipelines that group their children under a new batch id (backfills).
    creates_batch: ClassVar[bool] = False
    # How a command line reports a run beyond its status and metrics: "metrics" (the default),
    # "weeks" (a table of the weeks a batch worked on) or "rows" (the rows a read-only pipeline read).
    summary: ClassVar[str] = "metrics"
    # True for long runs that report progress through `RunContext.progress` (a bar on a terminal).
    shows_progress: ClassVar[bool] = False

    @classmethod
    def validate(cls, values: dict[str, Any]) -> dict[str, Any]:
        """Check how converted parameters combine (UsageError); run before any database work."""
        return values

    @classmethod
    def writes_for(cls, values: Mapping[str, Any]) -> bool:
        """Whether a run with these (converted) values writes. A run that does not is not recorded and
        opens the database read-only (a missing one is not created): a plan, a dry run, a query."""
        return cls.writes

    @classmethod
    def kept_message(cls, children: Sequence[ChildRun]) -> str:
        """For a non-transactional run that was interrupted: what its finished children kept."""
        if not children:
            return "no child run had finished, so nothing was kept"
        ids = ", ".join(str(child.execution_id) for child in children)
        return f"the child runs that had finished kept their writes (executions {ids})"

    def __init__(self, context: RunContext, values: dict[str, Any]) -> None:
        self.context = context
        self.values = values

    @property
    def conn(self) -> sqlite3.Connection:
        return self.context.conn

    @property
    def execution_id(self) -> int:
        return self.context.execution_id

    @property
    def batch_id(self) -> int | None:
        return self.context.batch_id

    @abstractmethod
    def run(self) -> PipelineResult:
        """Do the work; raise `PipelineError` for an explained failure."""
