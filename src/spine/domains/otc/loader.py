"""Streaming one parsed file into a week's tables: raw records, published totals and rejects.

Runs once per line of files with hundreds of thousands of lines, inside the ingest run's transaction:
records go to ``executemany`` in batches, each line is looked at once, nothing holds the whole file.
"""

from __future__ import annotations

import sqlite3
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from spine.domains.otc import raw_store
from spine.domains.otc.enums import RejectCode, RejectStage
from spine.domains.otc.models import Grain, RawRecord, SourceReject
from spine.domains.otc.record_key import record_hasher
from spine.domains.otc.rejects import store_rejects

BATCH_ROWS = 5000

_TOTAL_COLUMNS = (
    "capture_id",
    "summary_type",
    "symbol",
    "week_ending",
    "tier",
    "total_shares",
    "total_trades",
    "source_line",
    "execution_id",
    "batch_id",
    "ingested_at",
)
_TOTAL_INSERT = (
    f"INSERT INTO otc_published_symbol_totals ({', '.join(_TOTAL_COLUMNS)})"  # noqa: S608
    f" VALUES ({', '.join(':' + c for c in _TOTAL_COLUMNS)})"
)


@dataclass(frozen=True)
class LoadTarget:
    """Where a load writes: the run's week, tier and capture, and its lineage."""

    week: date
    tier: str
    capture_id: int
    locator: str
    execution_id: int
    batch_id: int | None
    now: str


@dataclass
class Tally:
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


class WeekLoader:
    """Sorts each parsed line into a raw record, a published total, an ignored grain or a reject."""

    def __init__(self, conn: sqlite3.Connection, target: LoadTarget, extra_columns: tuple[str, ...]) -> None:
        self.conn = conn
        self.target = target
        self.week = target.week.isoformat()
        self.tally = Tally()
        key = raw_store.week_key(conn, self.week, target.tier)
        lineage = raw_store.lineage_id(conn, target.execution_id, target.batch_id, target.now)
        self._next_id = raw_store.next_record_id(conn, key)
        self._row = raw_store.StoredRow(conn, extra_columns)
        self._raw_sql = raw_store.raw_upsert_sql(self._row.columns, key, target.capture_id, lineage)
        self._hash = record_hasher(self.week, target.tier)
        self._raw: list[dict[str, Any]] = []
        self._totals: dict[tuple[str | None, str], dict[str, Any]] = {}
        self._rejects: list[dict[str, Any]] = []

    def load(self, lines: Iterator[RawRecord | SourceReject]) -> Tally:
        for item in lines:
            self.tally.lines += 1
            if isinstance(item, SourceReject):
                self._reject(*item)
            else:
                self._record(item)
        self._flush_raw()
        if self._rejects:
            store_rejects(self.conn, self._rejects)
        if self._totals:
            self.conn.executemany(_TOTAL_INSERT, list(self._totals.values()))
        self.tally.totals = len(self._totals)
        return self.tally

    def _record(self, record: RawRecord) -> None:
        published = record.get("last_update_date")
        week = record["row_week"]
        if not (
            (week is None or week == self.target.week)
            and record["row_tier"] == self.target.tier
            and (published is None or published >= self.week)
        ):
            self._reject(record["source_line"], record["raw_line"], *self._mismatch(record, published))
        elif record["grain"] == Grain.VENUE:
            if published is not None:
                self.tally.publication_dates[published] += 1
            self._raw.append(self._row(record, self._next_id, bytes.fromhex(self._hash(record))))
            self._next_id += 1
            if len(self._raw) >= BATCH_ROWS:
                self._flush_raw()
        elif record["grain"] == Grain.SYMBOL_TOTAL:
            self._total(record)
        else:
            self.tally.ignored_types[record.get("summary_type") or "?"] += 1

    def _mismatch(self, record: RawRecord, published: str | None) -> tuple[RejectCode, str]:
        """Why a line belongs to another week or tier than the run's."""
        week, tier = self.week, self.target.tier
        row_week = record["row_week"]
        if row_week is not None and row_week != self.target.week:
            self.tally.other_weeks[row_week.isoformat()] += 1
            return RejectCode.WEEK_MISMATCH, f"row is for week {row_week.isoformat()}, the run is for {week}"
        if published is not None and published < week:
            # FINRA publishes a week after it ends: this line belongs to an earlier week.
            self.tally.other_weeks[f"before {published}"] += 1
            detail = f"lastUpdateDate {published} is before the run's week {week} ended"
            return RejectCode.WEEK_MISMATCH, detail
        self.tally.other_tiers[record["row_tier"]] += 1
        return RejectCode.TIER_MISMATCH, f"row is for tier {record['row_tier']}, the run is for {tier}"

    def _total(self, record: RawRecord) -> None:
        """FINRA's published per-symbol total: the first line wins; a different second one is rejected."""
        key = (record.get("summary_type"), record["symbol"])
        first = self._totals.get(key)
        if first is None:
            t = self.target
            self._totals[key] = {
                "capture_id": t.capture_id,
                "summary_type": key[0],
                "symbol": key[1],
                "week_ending": self.week,
                "tier": t.tier,
                "total_shares": record["total_shares"],
                "total_trades": record["total_trades"],
                "source_line": record["source_line"],
                "execution_id": t.execution_id,
                "batch_id": t.batch_id,
                "ingested_at": t.now,
            }
        elif (first["total_shares"], first["total_trades"]) == (
            record["total_shares"],
            record["total_trades"],
        ):
            self.tally.duplicate_totals += 1
        else:
            detail = f"a published {key[0]} total for {key[1]} was read from line {first['source_line']}"
            self._reject(record["source_line"], record["raw_line"], RejectCode.DUPLICATE_KEY, detail)

    def _reject(self, line_number: int, raw_line: str, code: RejectCode, detail: str) -> None:
        t = self.target
        self.tally.reasons[code.value] += 1
        self._rejects.append(
            {
                "week_ending": self.week,
                "tier": t.tier,
                "capture_id": t.capture_id,
                "source_locator": t.locator,
                "line_number": line_number,
                "raw_line": raw_line,
                "raw_record_hash": None,
                "stage": RejectStage.INGEST.value,
                "reason_code": code.value,
                "reason_detail": detail,
                "execution_id": t.execution_id,
                "batch_id": t.batch_id,
                "rejected_at": t.now,
            }
        )
        if len(self._rejects) >= BATCH_ROWS:
            store_rejects(self.conn, self._rejects)
            self._rejects.clear()

    def _flush_raw(self) -> None:
        if self._raw:
            self.tally.new_rows += self.conn.executemany(self._raw_sql, self._raw).rowcount
            self.tally.venue += len(self._raw)
            self._raw.clear()
