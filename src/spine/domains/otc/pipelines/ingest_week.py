"""otc.ingest_week: load one week's file into raw records; a changed file is a revision.

Input-idempotent: byte-identical content is a skip; different content for a loaded week is a revision
(a new capture; records it no longer has are kept, marked superseded). Lines stream from the parser
into ``executemany`` batches, inside the run's single transaction.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from spine.core.db import sql_constant, utc_now
from spine.core.params import Param
from spine.core.pipeline import PipelineResult
from spine.core.registry import register
from spine.domains.otc import manifest
from spine.domains.otc.calculations import record_hasher
from spine.domains.otc.enums import RejectCode, RejectStage, Stage
from spine.domains.otc.models import Extras, Grain, SourceRecord, SourceReject
from spine.domains.otc.parser import FileRefused, file_digest, parse_file
from spine.domains.otc.pipelines.base import FORCE, TIER, WEEK_ENDING, WeekPipeline
from spine.domains.otc.rejects import store_rejects

BATCH_ROWS = 5000

# Per-row values in the order the load loop binds them: the core fields, then the Extras tuple.
_RAW_COLUMNS = "record_hash, symbol, mpid, total_shares, total_trades, source_line, " + ", ".join(
    Extras._fields
)
_RAW_CONSTANTS = "week_ending, tier, capture_id, execution_id, batch_id, ingested_at"
# A record's numbers are its identity; its descriptive fields (names, FINRA's dates, notional) follow
# the latest capture that holds it.
_EXTRAS_UPDATE = ", ".join(f"{name} = excluded.{name}" for name in Extras._fields)


def raw_upsert_sql(
    week: str, tier: str, capture_id: int, execution_id: int, batch_id: int | None, now: str
) -> str:
    """The bulk insert of raw records: per-row values bound, the run's constants as checked literals.

    A record already known for the week (an earlier capture) becomes current again, keeping the
    capture that first had it; a second identical line of this same run changes nothing, and is
    counted as a duplicate line.
    """
    constants = ", ".join(sql_constant(v) for v in (week, tier, capture_id, execution_id, batch_id, now))
    return (
        f"INSERT INTO otc_raw ({_RAW_COLUMNS}, {_RAW_CONSTANTS})"  # noqa: S608 (checked constants)
        f" VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, {constants})"
        " ON CONFLICT (week_ending, tier, record_hash) DO UPDATE SET"
        # Back after an absence (superseded by an earlier capture than this one): remember the
        # captures it was missing from, so that vintage can still be rebuilt exactly.
        " absent_ranges = CASE WHEN otc_raw.superseded_by_capture_id <> excluded.capture_id"
        "   THEN json_insert(coalesce(otc_raw.absent_ranges, '[]'), '$[#]',"
        "                    json_array(otc_raw.superseded_by_capture_id, excluded.capture_id))"
        "   ELSE otc_raw.absent_ranges END,"
        " superseded_by_capture_id = NULL, source_line = excluded.source_line, "
        + _EXTRAS_UPDATE
        + ", execution_id = excluded.execution_id, batch_id = excluded.batch_id,"
        " ingested_at = excluded.ingested_at"
        " WHERE otc_raw.execution_id <> excluded.execution_id"
    )


_TOTAL_INSERT = (
    "INSERT INTO otc_published_symbol_totals (capture_id, summary_type, symbol, week_ending, tier,"
    " total_shares, total_trades, source_line, execution_id, batch_id, ingested_at)"
    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)


def venue_key(record: SourceRecord) -> str:
    """The MPID slot of the record hash. Non-ATS rows have no MPID: their firm identifies them."""
    if record.mpid:
        return record.mpid
    return "~" + (record.extras.firm_crd or record.extras.venue_name or "")


@dataclass
class _Tally:
    """What one load saw, line by line."""

    lines: int = 0
    venue: int = 0
    new_rows: int = 0
    totals: int = 0
    duplicate_totals: int = 0
    reasons: Counter[str] = field(default_factory=Counter)
    publication_dates: Counter[str] = field(default_factory=Counter)
    ignored_types: Counter[str] = field(default_factory=Counter)
    other_weeks: Counter[str] = field(default_factory=Counter)
    other_tiers: Counter[str] = field(default_factory=Counter)

    def as_counts(self) -> dict[str, Any]:
        rejected = sum(self.reasons.values())
        ignored = sum(self.ignored_types.values())
        return {
            "lines": self.lines,
            "parsed": self.lines - rejected,
            "venue": self.venue,
            "new_rows": self.new_rows,
            "rejected": rejected,
            "totals": self.totals,
            "duplicate_totals": self.duplicate_totals,
            "ignored": ignored,
            "publication_dates": self.publication_dates,
            "reasons": self.reasons,
            "ignored_types": self.ignored_types,
            "other_weeks": self.other_weeks,
            "other_tiers": self.other_tiers,
        }


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
        counts = self._load(lines, capture_id, str(path))
        if counts["lines"] == 0:
            raise FileRefused(f"no data lines after the header: {path}")
        mismatched = sum(counts["other_weeks"].values()) + sum(counts["other_tiers"].values())
        if counts["parsed"] == 0 and mismatched == counts["rejected"]:
            # Every line is for another week or tier: the run's parameters are wrong, not the file.
            raise FileRefused(self._nothing_for_week(path, counts))
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

    def _load(
        self, lines: Iterator[SourceRecord | SourceReject], capture_id: int, locator: str
    ) -> dict[str, Any]:
        """Stream the parsed lines into the week's tables; one pass, batched ``executemany``."""
        week, tier, week_date = self.week_ending, self.tier, self.week
        execution_id, batch_id = self.lineage()
        now = utc_now()
        raw_sql = raw_upsert_sql(week, tier, capture_id, execution_id, batch_id, now)
        hasher = record_hasher(week, tier)
        tally = _Tally()
        raw_rows: list[tuple[Any, ...]] = []
        totals: dict[tuple[str | None, str], tuple[Any, ...]] = {}
        rejects: list[tuple[Any, ...]] = []

        def reject(line_number: int, raw_line: str, code: RejectCode, detail: str) -> None:
            tally.reasons[code.value] += 1
            rejects.append(
                (
                    week,
                    tier,
                    capture_id,
                    locator,
                    line_number,
                    raw_line,
                    None,
                    RejectStage.INGEST.value,
                    code.value,
                    detail,
                    execution_id,
                    batch_id,
                    now,
                )
            )
            if len(rejects) >= BATCH_ROWS:
                store_rejects(self.conn, rejects)
                rejects.clear()

        for item in lines:
            tally.lines += 1
            if item.__class__ is SourceReject:
                reject(*item)
                continue
            record: SourceRecord = item  # type: ignore[assignment]
            published = record.extras.last_update_date
            if published is not None:
                tally.publication_dates[published] += 1
            if record.week_ending is not None and record.week_ending != week_date:
                row_week = record.week_ending.isoformat()
                tally.other_weeks[row_week] += 1
                reject(
                    record.line_number,
                    record.raw_line,
                    RejectCode.WEEK_MISMATCH,
                    f"row is for week {row_week}, the run is for {week}",
                )
            elif published is not None and published < week:
                # FINRA publishes a week after it ends: this line belongs to an earlier week.
                tally.other_weeks[f"before {published}"] += 1
                reject(
                    record.line_number,
                    record.raw_line,
                    RejectCode.WEEK_MISMATCH,
                    f"lastUpdateDate {published} is before the run's week {week} ended",
                )
            elif record.tier != tier:
                tally.other_tiers[record.tier] += 1
                reject(
                    record.line_number,
                    record.raw_line,
                    RejectCode.TIER_MISMATCH,
                    f"row is for tier {record.tier}, the run is for {tier}",
                )
            elif record.grain == Grain.VENUE:
                raw_rows.append(
                    (
                        hasher(record.symbol, record.mpid or venue_key(record), record.shares, record.trades),
                        record.symbol,
                        record.mpid,
                        record.shares,
                        record.trades,
                        record.line_number,
                        *record.extras,
                    )
                )
                if len(raw_rows) >= BATCH_ROWS:
                    tally.new_rows += self.conn.executemany(raw_sql, raw_rows).rowcount
                    tally.venue += len(raw_rows)
                    raw_rows.clear()
            elif record.grain == Grain.SYMBOL_TOTAL:
                key = (record.extras.summary_type, record.symbol)
                first = totals.get(key)
                if first is None:
                    totals[key] = (
                        capture_id,
                        *key,
                        week,
                        tier,
                        record.shares,
                        record.trades,
                        record.line_number,
                        execution_id,
                        batch_id,
                        now,
                    )
                elif (first[5], first[6]) == (record.shares, record.trades):
                    tally.duplicate_totals += 1
                else:
                    reject(
                        record.line_number,
                        record.raw_line,
                        RejectCode.DUPLICATE_KEY,
                        f"a published {key[0]} total for {key[1]} was read from line {first[7]}",
                    )
            else:
                tally.ignored_types[record.extras.summary_type or "?"] += 1
        if raw_rows:
            tally.new_rows += self.conn.executemany(raw_sql, raw_rows).rowcount
            tally.venue += len(raw_rows)
        if rejects:
            store_rejects(self.conn, rejects)
        if totals:
            self.conn.executemany(_TOTAL_INSERT, list(totals.values()))
        tally.totals = len(totals)
        return tally.as_counts()

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
