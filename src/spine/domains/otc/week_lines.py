"""Sorting a week's parsed lines: raw records, published totals, ignored grains and rejects.

Pure work, no database: each line is looked at once and comes out in batches of rows ready to write
(`RawRows`, `RejectRows`), then `LinesDone` with the published totals and the tally. This is the
per-line half of a load, so the loader can run it beside its writes (see `spine.domains.otc.loader`).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Generator, Iterator
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from spine.domains.otc.enums import RejectCode, RejectStage
from spine.domains.otc.models import Grain, RawRecord, SourceReject
from spine.domains.otc.raw_store import StoredRow
from spine.domains.otc.record_key import record_keyer

BATCH_ROWS = 5000


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


@dataclass
class RawRows:
    """Raw records to upsert, as `StoredRow` builds them (texts not yet ids)."""

    rows: list[dict[str, Any]]


@dataclass
class RejectRows:
    """Rows of the rejects table."""

    rows: list[dict[str, Any]]


@dataclass
class StagedRows:
    """Raw records written into a scratch file rather than sent (`spine.domains.otc.staged_rows`)."""

    path: str
    rows: int


@dataclass
class LinesDone:
    """The end of the lines: the published totals, the tally, and the source's SHA-256 and size."""

    totals: list[dict[str, Any]]
    tally: Tally
    sha256: str
    size: int


Batch = RawRows | StagedRows | RejectRows | LinesDone


class WeekLines:
    """Sorts each parsed line of one week's source into a raw record, a published total, an ignored
    grain or a reject; records are numbered from ``first_id`` in file order.

    Only the week and tier shape the rows: the run that writes them (its capture, lineage and time)
    is stamped on the rejects and totals by the loader, so the lines can be sorted before that run
    exists (`spine.domains.otc.read_ahead`).
    """

    def __init__(self, week: date, tier: str, row: StoredRow, first_id: int) -> None:
        self.week_date = week
        self.week = week.isoformat()
        self.tier = tier
        self.tally = Tally()
        self._row = row
        self._next_id = first_id
        self._key = record_keyer(self.week, tier)
        self._raw: list[dict[str, Any]] = []
        self._rejects: list[dict[str, Any]] = []
        self._totals: dict[tuple[str | None, str], dict[str, Any]] = {}

    def batches(
        self, lines: Iterator[RawRecord | SourceReject], finish: Callable[[], tuple[str, int]]
    ) -> Generator[Batch, None, None]:
        """The lines as batches to write, then `LinesDone` (``finish`` gives the source's hash and size)."""
        for item in lines:
            self.tally.lines += 1
            if isinstance(item, SourceReject):
                self._reject(*item)
            else:
                self._record(item)
            if len(self._raw) >= BATCH_ROWS:
                yield RawRows(self._raw)
                self._raw = []
            if len(self._rejects) >= BATCH_ROWS:
                yield RejectRows(self._rejects)
                self._rejects = []
        if self._raw:
            yield RawRows(self._raw)
        if self._rejects:
            yield RejectRows(self._rejects)
        self.tally.totals = len(self._totals)
        yield LinesDone(list(self._totals.values()), self.tally, *finish())

    def _record(self, record: RawRecord) -> None:
        published = record.get("last_update_date")
        week = record["row_week"]
        if not (
            (week is None or week == self.week_date)
            and record["row_tier"] == self.tier
            and (published is None or published >= self.week)
        ):
            self._reject(record["source_line"], record["raw_line"], *self._mismatch(record, published))
        elif record["grain"] == Grain.VENUE:
            if published is not None:
                self.tally.publication_dates[published] += 1
            self.tally.venue += 1
            self._raw.append(self._row(record, self._next_id, self._key(record)))
            self._next_id += 1
        elif record["grain"] == Grain.SYMBOL_TOTAL:
            self._total(record)
        else:
            self.tally.ignored_types[record.get("summary_type") or "?"] += 1

    def _mismatch(self, record: RawRecord, published: str | None) -> tuple[RejectCode, str]:
        """Why a line belongs to another week or tier than the run's."""
        week, tier = self.week, self.tier
        row_week = record["row_week"]
        if row_week is not None and row_week != self.week_date:
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
            self._totals[key] = {
                "summary_type": key[0],
                "symbol": key[1],
                "week_ending": self.week,
                "tier": self.tier,
                "total_shares": record["total_shares"],
                "total_trades": record["total_trades"],
                "source_line": record["source_line"],
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
        self.tally.reasons[code.value] += 1
        self._rejects.append(
            {
                "week_ending": self.week,
                "tier": self.tier,
                "line_number": line_number,
                "raw_line": raw_line,
                "raw_record_hash": None,
                "stage": RejectStage.INGEST.value,
                "reason_code": code.value,
                "reason_detail": detail,
            }
        )
