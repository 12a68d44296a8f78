"""The pipeline base class and its result.

A pipeline is one class in one file. It declares its name and parameters, receives converted values and
its lineage (execution id, batch id, parent) from the runner, and returns a `PipelineResult`. It never
opens transactions of its own: the runner wraps ``run()`` in one, so a run's writes are atomic.
"""

from __future__ import annotations

import sqlite3
from abc import ABC, abstractmethod
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum
from typing import TYPE_CHECKING, Any, ClassVar

from spine.core.params import Param

if TYPE_CHECKING:
    from spine.core.dispatcher import Dispatcher


class Status(StrEnum):
    RUNNING = "RUNNING"
    COMPLETED = "COMPLETED"
    FAILED = "FAILED"


@dataclass
class PipelineResult:
    status: Status
    error: str | None = None
    metrics: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def completed(cls, **metrics: Any) -> PipelineResult:
        return cls(Status.COMPLETED, None, metrics)

    @classmethod
    def skipped(cls, reason: str, **metrics: Any) -> PipelineResult:
        """A skip is a success that did no work; the metrics say so and why."""
        return cls(Status.COMPLETED, None, {"skipped": True, "reason": reason, **metrics})

    @classmethod
    def failed(cls, error: str, **metrics: Any) -> PipelineResult:
        return cls(Status.FAILED, error, metrics)


ProgressCallback = Callable[[str, int, int], None]


@dataclass
class RunContext:
    """What a running pipeline knows about where it runs."""

    conn: sqlite3.Connection
    execution_id: int
    batch_id: int | None
    parent_execution_id: int | None
    dispatcher: Dispatcher
    progress: ProgressCallback | None = None


class Pipeline(ABC):
    """Base of every pipeline. Subclasses set ``name``, ``description`` and ``params``."""

    name: ClassVar[str]
    description: ClassVar[str]
    params: ClassVar[tuple[Param, ...]] = ()
    # False for orchestrators (backfill) whose children commit on their own.
    transactional: ClassVar[bool] = True
    # False for read-only pipelines that never write.
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
