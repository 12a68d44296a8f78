"""The dispatcher: turns a request (name, raw params, lineage) into a validated run."""

from __future__ import annotations

import sqlite3
from collections.abc import Mapping
from typing import Any

from spine.core import executions, registry, runner
from spine.core.params import resolve_params
from spine.core.results import ExecutionResult, ProgressCallback


class Dispatcher:
    """Entry point for every run, from the CLI, the library API, tests and parent pipelines."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self._closed_interrupted = False

    def dispatch(
        self,
        name: str,
        params: Mapping[str, Any] | None = None,
        *,
        parent_execution_id: int | None = None,
        batch_id: int | None = None,
        progress: ProgressCallback | None = None,
    ) -> ExecutionResult:
        """Validate and convert ``params`` (UsageError on a bad one), then run and record."""
        pipeline_cls = registry.get(name)
        values = pipeline_cls.validate(resolve_params(pipeline_cls.params, params or {}))
        if not self._closed_interrupted and parent_execution_id is None and pipeline_cls.writes_for(values):
            executions.close_interrupted(self.conn)
            self._closed_interrupted = True
        return runner.execute(
            self.conn, self.dispatch, pipeline_cls, values, parent_execution_id, batch_id, progress
        )
