"""otc.fetch_week: one week from FINRA's Query API into the archive, then ingested from there.

Every page is read before anything is written, so a week that cannot be read whole and exactly leaves
neither an archive file nor a database row. The archive file is written whole (a temporary file, then a
rename) and `otc.ingest_week` loads it as a child run with ``source_type=finra``: the week's capture
points at a file that exists and can be read again. Content identical to the week's current data is
the same archive file and ingest's skip (no file, no capture); different content for a loaded week is
a revision (a second file beside the first, a new capture, the old records superseded).

The network wait holds no database lock: this pipeline writes nothing itself, and the ingest child has
its own transaction.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from spine.core.db import database_file
from spine.core.params import Param
from spine.core.pipeline import PipelineResult
from spine.core.registry import register
from spine.domains.otc import manifest, raw_store
from spine.domains.otc.finra import archive
from spine.domains.otc.pipelines.base import FORCE, TIER, WEEK_ENDING, WeekPipeline

ARCHIVE = Param(
    "archive",
    "path",
    help="folder of fetched weeks (default: $SPINE_ARCHIVE, else <db stem>_archive beside the database)",
)


@register
class FetchWeek(WeekPipeline):
    name = "otc.fetch_week"
    description = "Fetch one week from FINRA's Query API into the archive and ingest it."
    transactional = False  # the fetch writes nothing; its ingest child commits on its own
    params = (TIER, WEEK_ENDING, ARCHIVE, FORCE)

    def run(self) -> PipelineResult:
        folder = archive.archive_dir(Path(database_file(self.conn)), self.values["archive"])
        from spine.domains.otc.finra.client import FinraClient  # httpx loads only for a fetch

        with FinraClient(on_page=self._on_page) as client:
            fetched = client.fetch_week(self.tier, self.week)
        previous = manifest.get(self.conn, self.week_ending, self.tier)
        archived = archive.write_week(folder, fetched)
        try:
            result = self.context.dispatch(
                "otc.ingest_week",
                {
                    "tier": self.tier,
                    "week_ending": self.week_ending,
                    "file_path": str(archived.path),
                    "source_type": "finra",
                    "force": self.force,
                },
                parent_execution_id=self.execution_id,
                batch_id=self.batch_id,
            )
        except BaseException:
            _forget(archived)  # interrupted: the archive keeps nothing the database does not
            raise
        metrics: dict[str, Any] = {
            "archive_file": str(archived.path),
            "archive_created": archived.created,
            "sha256": archived.sha256,
            "bytes": archived.bytes,
            "dataset": fetched.dataset,
            "rows": len(fetched.rows),
            "pages": fetched.pages,
            "ingest_execution_id": result.execution_id,
        }
        if not result.ok:
            _forget(archived)
            return PipelineResult.failed(f"ingest of {archived.path}: {result.error}", **metrics)
        if result.metrics.get("skipped"):
            return PipelineResult.skipped(
                "FINRA's data is byte-identical to the week's current capture", **metrics
            )
        metrics.update(capture_id=result.metrics["capture_id"], revision=result.metrics["revision"])
        if result.metrics["revision"] and previous is not None:
            metrics.update(
                previous_capture_id=previous["capture_id"],
                previous_source_type=previous["source_type"],
                records_superseded=raw_store.superseded_count(
                    self.conn, self.week_ending, self.tier, result.metrics["capture_id"]
                ),
            )
        return PipelineResult.completed(**metrics)

    def _on_page(self, dataset: str, received: int, total: int) -> None:
        if self.context.progress is not None:
            label = f"{self.tier} {self.week_ending}: {received:,} of {total:,} rows"
            self.context.progress(label, received, total)


def _forget(archived: archive.ArchivedWeek) -> None:
    """Remove an archive file this run created when its ingest did not keep it."""
    if archived.created:
        archived.path.unlink(missing_ok=True)
