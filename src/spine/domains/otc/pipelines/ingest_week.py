"""otc.ingest_week: load one week's file into raw records; a changed file is a revision.

Input-idempotent: byte-identical content is a skip; different content for a loaded week is a revision
(a new capture; records it no longer has are kept, marked superseded). This module keeps the captures
and the manifest; the lines themselves stream into the tables through `spine.domains.otc.loader`.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from spine.core.db import utc_now
from spine.core.params import Param
from spine.core.pipeline import PipelineResult
from spine.core.registry import register
from spine.domains.otc import manifest
from spine.domains.otc.enums import Stage
from spine.domains.otc.loader import LoadTarget, WeekLoader
from spine.domains.otc.parser import FileRefused, file_digest, parse_file
from spine.domains.otc.pipelines.base import FORCE, TIER, WEEK_ENDING, WeekPipeline


@register
class IngestWeek(WeekPipeline):
    name = "otc.ingest_week"
    description = "Load one week's file (seed, FINRA download or Query API export) as raw records."
    params = (
        TIER,
        WEEK_ENDING,
        Param("file_path", "path", required=True, help="the week's file"),
        Param("source_type", "str", default="file", help="where the file came from", choices=("file",)),
        FORCE,
    )

    def run(self) -> PipelineResult:
        # The absolute path: lineage must lead back to the file from any working folder.
        path: Path = self.values["file_path"].absolute()
        sha256, size = file_digest(path)
        current = manifest.get(self.conn, self.week_ending, self.tier)
        same_content = current is not None and current["source_sha256"] == sha256
        if same_content and not self.force:
            return PipelineResult.skipped(
                "already ingested: the file is byte-identical to the week's current data",
                capture_id=current["capture_id"] if current else None,
            )
        info, lines = parse_file(path)
        capture_id, revision = self._open_capture(current, same_content, path, info.layout, sha256, size)
        target = LoadTarget(self.week, self.tier, capture_id, str(path), *self.lineage(), utc_now())
        counts = WeekLoader(self.conn, target).load(lines).as_counts()
        if counts["lines"] == 0:
            raise FileRefused(f"no data lines after the header: {path}")
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
                f"{path} holds no usable venue line ({', '.join(found)}); the week keeps its current data"
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

    def _open_capture(
        self,
        current: Any,
        same_content: bool,
        path: Path,
        layout: str,
        sha256: str,
        size: int,
    ) -> tuple[int, bool]:
        """Reuse the current capture for a forced reload of the same bytes, else start a new one."""
        week, tier = self.week_ending, self.tier
        if same_content:
            capture_id = int(current["capture_id"])
            self.conn.execute("DELETE FROM otc_rejects WHERE capture_id = ?", (capture_id,))
            self.conn.execute("DELETE FROM otc_published_symbol_totals WHERE capture_id = ?", (capture_id,))
            return capture_id, False
        cursor = self.conn.execute(
            "INSERT INTO otc_captures (week_ending, tier, source_type, source_locator,"
            " source_layout, source_sha256, source_bytes, row_count_raw, row_count_inserted,"
            " captured_at, execution_id, batch_id) VALUES (?, ?, ?, ?, ?, ?, ?, 0, 0, ?, ?, ?)",
            (
                week,
                tier,
                self.values["source_type"],
                str(path),
                layout,
                sha256,
                size,
                utc_now(),
                self.execution_id,
                self.batch_id,
            ),
        )
        capture_id = int(cursor.lastrowid or 0)
        if current is None:
            return capture_id, False
        now = utc_now()
        self.conn.execute(
            "UPDATE otc_captures SET superseded_at = ? WHERE week_ending = ? AND tier = ?"
            " AND capture_id <> ? AND superseded_at IS NULL",
            (now, week, tier, capture_id),
        )
        self.conn.execute(
            "UPDATE otc_raw SET superseded_by_capture_id = ? WHERE week_ending = ? AND tier = ?"
            " AND superseded_by_capture_id IS NULL",
            (capture_id, week, tier),
        )
        return capture_id, True

    # -- streaming load ------------------------------------------------------------------------

    def _nothing_for_week(self, path: Path, counts: dict[str, Any]) -> str:
        seen = [f"week {w} ({n} rows)" for w, n in sorted(counts["other_weeks"].items())]
        seen += [f"tier {t} ({n} rows)" for t, n in sorted(counts["other_tiers"].items())]
        found = "; it holds " + ", ".join(seen) if seen else ""
        return (
            f"no row of {path} is for week {self.week_ending} tier {self.tier}{found}; "
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
                " created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (week, tier, Stage.INGESTED.value, self.execution_id, self.batch_id, now, now),
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
            "UPDATE otc_captures SET row_count_raw = ?, row_count_inserted = ?, source_locator = ?,"
            " execution_id = ?, batch_id = ? WHERE capture_id = ?",
            (counts["lines"], inserted, str(path), self.execution_id, self.batch_id, capture_id),
        )
