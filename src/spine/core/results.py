"""What a run returns: a leaf module every other part of the platform may import.

`PipelineResult` is what a pipeline's ``run()`` gives back; `ExecutionResult` is what a caller of the
dispatcher gets: that result plus the run's identity and duration.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any


class Status(StrEnum):
    RUNNING = "RUNNING"
    COMPLETED = "COMPLETED"
    FAILED = "FAILED"


# (label, done, total): a long run's progress, shown as a bar on a terminal.
ProgressCallback = Callable[[str, int, int], None]


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
