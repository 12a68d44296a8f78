"""otc.ingest_week: load one week's file into raw records; a changed file is a revision.

Input-idempotent: byte-identical content is a skip; different content for a loaded week is a revision
(a new capture; records it no longer has are kept, marked superseded). This module keeps the captures
and the manifest; the lines themselves stream into the tables through `spine.domains.otc.loader`.

The file is opened once, when the run is set up (before its write transaction: a missing file, a
folder, a FIFO or a device is refused there), and read once: the SHA-256 stored is the hash of the
bytes the parser read. Only a loaded week's same-size file is hashed first, on the same open file, to
decide a skip; the load then checks it read those same bytes. In a backfill a new week's file may
have been read already, beside the previous week's later stages (`spine.domains.otc.read_ahead`,
found through the batch's context): the run writes those lines only if its own open file is the
file that was read, and reads it itself otherwise, or when the read-ahead's scratch file fails.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from spine.core.db import savepoint, utc_now
from spine.core.params import Param
from spine.core.pipeline import PipelineResult, RunContext
from spine.core.registry import register
from spine.domains.otc import manifest, raw_store, read_ahead
from spine.domains.otc.enums import Stage
from spine.domains.otc.loader import LinesDone, LoadTarget, SourceLines, WeekLoader
from spine.domains.otc.pipelines.base import FORCE, TIER, WEEK_ENDING, WeekPipeline
from spine.domains.otc.source import FileRefused, SourceFile, shown_path
from spine.domains.otc.staged_rows import ScratchError


@register
class IngestWeek(WeekPipeline):
    name = "otc.ingest_week"
    description = "Load one week's file (seed, FINRA download or Query API export) as raw records."
    params = (
        TIER,
        WEEK_ENDING,
        Param("file_path", "path", required=True, help="the week's file"),
        Param(
            "source_type",
            "str",
            default="file",
            help="where the file came from (finra: an archived Query API fetch)",
            choices=("file", "finra"),
        ),
        FORCE,
    )

    def __init__(self, context: RunContext, values: dict[str, Any]) -> None:
        super().__init__(context, values)
        # The absolute path: lineage must lead back to the file from any working folder.
        self.path: Path = values["file_path"].absolute()
        self.source = SourceFile(self.path)

    def run(self) -> PipelineResult:
        with self.source:
            return self._ingest(self.path, self.source)

    def _ingest(self, path: Path, source: SourceFile) -> PipelineResult:
        current = manifest.get(self.conn, self.week_ending, self.tier)
        same_content, expected = False, None
        if current is not None and current["source_bytes"] == source.size:
            expected = source.stored_digest()
            same_content = expected == current["source_sha256"]
            if same_content and not self.force:
                return PipelineResult.skipped(
                    "already ingested: the file is byte-identical to the week's current data",
                    capture_id=current["capture_id"],
                )
        # In a backfill, a new week's file is read beside the previous week's later stages
        # (read_ahead): its lines may be sorted already, waiting to be written.
        ahead = read_ahead.take(self.conn, source, self.week, self.tier) if current is None else None
        with ahead or SourceLines(source) as lines:
            info = lines.info
            capture_id, revision = self._open_capture(current, same_content, path, info.layout)
            target = LoadTarget(self.week, self.tier, capture_id, str(path), *self.lineage(), utc_now())
            loaded = self._write(lines, source, target)
        counts, sha256, size = loaded.tally.as_counts(), loaded.sha256, loaded.size
        if expected is not None and sha256 != expected:
            raise FileRefused(f"{shown_path(path)} changed while it was read; run again once it is complete")
        if counts["lines"] == 0:
            raise FileRefused(f"no data lines after the header: {shown_path(path)}")
        mismatched = sum(counts["other_weeks"].values()) + sum(counts["other_tiers"].values())
        if counts["parsed"] == 0 and mismatched == counts["rejected"]:
            # Every line is for another week or tier: the run's parameters are wrong, not the file.
            raise FileRefused(self._nothing_for_week(path, counts))
        if counts["venue"] == 0 and current is not None:
            # A file without one usable venue line never replaces a week's data.
            found = [f"{code} x{n}" for code, n in sorted(counts["reasons"].items())]
            found += [f"{n} published totals" for n in [counts["totals"]] if n]
            found += [f"{n} lines of other grains" for n in [counts["ignored"]] if n]
            raise FileRefused(
                f"{shown_path(path)} holds no usable venue line ({', '.join(found)});"
                " the week keeps its current data"
            )
        # Every current record was written by this run's upsert (a revision first marks the old
        # ones superseded), so the rows it changed are exactly the week's current records.
        inserted = counts["new_rows"]
        self._write_manifest(current, capture_id, path, info.layout, sha256, size, counts, inserted)
        stale = manifest.mark_rolling_stale(self.conn, self.week, self.tier)
        return PipelineResult.completed(
            layout=info.layout,
            capture_id=capture_id,
            revision=revision,
            source_sha256=sha256,
            lines=counts["lines"],
            parsed=counts["parsed"],
            inserted=inserted,
            duplicate_lines=counts["venue"] - counts["new_rows"] + counts["duplicate_totals"],
            rejected=counts["rejected"],
            rejects_by_reason=dict(counts["reasons"]),
            symbol_totals=counts["totals"],
            ignored=counts["ignored"],
            ignored_by_type=dict(counts["ignored_types"]),
            other_weeks=dict(counts["other_weeks"]),
            publication_dates=dict(counts["publication_dates"]),
            stale_rolling_rows=stale,
        )

    # -- capture bookkeeping -------------------------------------------------------------------

    def _open_capture(self, current: Any, same_content: bool, path: Path, layout: str) -> tuple[int, bool]:
        """Reuse the current capture for a forced reload of the same bytes, else start a new one
        (its hash and size are written once the file has been read)."""
        week = {"week": self.week_ending, "tier": self.tier}
        if same_content:
            capture = {"capture_id": int(current["capture_id"])}
            self.conn.execute("DELETE FROM otc_rejects WHERE capture_id = :capture_id", capture)
            self.conn.execute(
                "DELETE FROM otc_published_symbol_totals WHERE capture_id = :capture_id", capture
            )
            # The reload rewrites every record it reads (see raw_store.raw_upsert_sql).
            key = raw_store.week_key(self.conn, self.week_ending, self.tier)
            raw_store.supersede_current(self.conn, key, capture["capture_id"])
            return capture["capture_id"], False
        cursor = self.conn.execute(
            "INSERT INTO otc_captures (week_ending, tier, source_type, source_locator,"
            " source_layout, source_sha256, source_bytes, row_count_raw, row_count_inserted,"
            " captured_at, execution_id, batch_id) VALUES (:week, :tier, :source_type, :locator,"
            " :layout, '', 0, 0, 0, :now, :execution_id, :batch_id)",
            {
                **week,
                "source_type": self.values["source_type"],
                "locator": str(path),
                "layout": layout,
                "now": utc_now(),
                "execution_id": self.execution_id,
                "batch_id": self.batch_id,
            },
        )
        capture_id = int(cursor.lastrowid or 0)
        if current is None:
            return capture_id, False
        revision = {**week, "capture_id": capture_id, "now": utc_now()}
        self.conn.execute(
            "UPDATE otc_captures SET superseded_at = :now WHERE week_ending = :week AND tier = :tier"
            " AND capture_id <> :capture_id AND superseded_at IS NULL",
            revision,
        )
        raw_store.supersede_current(
            self.conn, raw_store.week_key(self.conn, self.week_ending, self.tier), capture_id
        )
        return capture_id, True

    # -- streaming load ------------------------------------------------------------------------

    def _write(
        self, lines: read_ahead.ReadAhead | SourceLines, source: SourceFile, target: LoadTarget
    ) -> LinesDone:
        """Write the week's lines. A read-ahead whose scratch file could not be written or read (a
        full disk) is undone and the file read here instead: the same rows, only later."""
        if isinstance(lines, read_ahead.ReadAhead):
            try:
                with savepoint(self.conn, "read_ahead"):
                    return lines.write(WeekLoader(self.conn, target, lines.info.extra_columns))
            except ScratchError:
                lines.close()
                lines = SourceLines(source)
        return lines.write(WeekLoader(self.conn, target, lines.info.extra_columns))

    def _nothing_for_week(self, path: Path, counts: dict[str, Any]) -> str:
        seen = [f"week {w} ({n} rows)" for w, n in sorted(counts["other_weeks"].items())]
        seen += [f"tier {t} ({n} rows)" for t, n in sorted(counts["other_tiers"].items())]
        found = "; it holds " + ", ".join(seen) if seen else ""
        return (
            f"no row of {shown_path(path)} is for week {self.week_ending} tier {self.tier}{found}; "
            "check week_ending and tier"
        )

    def _write_manifest(
        self,
        current: Any,
        capture_id: int,
        path: Path,
        layout: str,
        sha256: str,
        size: int,
        counts: dict[str, Any],
        inserted: int,
    ) -> None:
        now = utc_now()
        week, tier = self.week_ending, self.tier
        if current is None:
            self.conn.execute(
                "INSERT INTO otc_week_manifest (week_ending, tier, stage, execution_id, batch_id,"
                " created_at, updated_at) VALUES (:week, :tier, :stage, :execution_id, :batch_id,"
                " :now, :now)",
                {
                    "week": week,
                    "tier": tier,
                    "stage": Stage.INGESTED.value,
                    "execution_id": self.execution_id,
                    "batch_id": self.batch_id,
                    "now": now,
                },
            )
        manifest.update(
            self.conn,
            week,
            tier,
            capture_id=capture_id,
            source_type=self.values["source_type"],
            source_locator=str(path),
            source_layout=layout,
            source_sha256=sha256,
            source_bytes=size,
            row_count_raw=counts["lines"],
            row_count_parsed=counts["parsed"],
            row_count_inserted=inserted,
            row_count_ignored=counts["ignored"],
            row_count_normalized=0,
            row_count_rejected=counts["rejected"],
            execution_id=self.execution_id,
            batch_id=self.batch_id,
        )
        # After the manifest points at the new capture: the reset clears that capture's later
        # stages and leaves earlier captures' rejects as history.
        manifest.reset_after(self.conn, week, tier, Stage.INGESTED)
        self.conn.execute(
            "UPDATE otc_captures SET row_count_raw = :lines, row_count_inserted = :inserted,"
            " source_locator = :locator, source_sha256 = :sha256, source_bytes = :size,"
            " execution_id = :execution_id, batch_id = :batch_id WHERE capture_id = :capture_id",
            {
                "lines": counts["lines"],
                "inserted": inserted,
                "locator": str(path),
                "sha256": sha256,
                "size": size,
                "execution_id": self.execution_id,
                "batch_id": self.batch_id,
                "capture_id": capture_id,
            },
        )
