"""Writing one parsed file into a week's tables: raw records, published totals and rejects.

Inside the ingest run's transaction: `spine.domains.otc.week_lines` sorts the lines into batches,
this module writes them (texts as ids, ``executemany``), so nothing holds the whole file. A source of
``PARALLEL_MIN_BYTES`` or more is sorted in a forked child while the parent writes (two cores: the
per-line Python work and SQLite's inserts overlap); a smaller one, or on a platform without
``fork``, in this process. In a backfill a new week's lines may have been sorted before its run
began (`spine.domains.otc.read_ahead`), its raw records written into a scratch file that
`WeekLoader.write` copies in one statement (`spine.domains.otc.staged_rows`). Each way gives the same
rows: the same code sorts the lines, only where and when it runs differs.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Generator, Iterator
from contextlib import closing
from dataclasses import dataclass
from datetime import date
from typing import Any

from spine.core.db import named_insert
from spine.core.forked import can_fork, in_child
from spine.domains.otc import raw_store, staged_rows
from spine.domains.otc.models import RawRecord, SourceReject
from spine.domains.otc.records import parse
from spine.domains.otc.rejects import store_rejects
from spine.domains.otc.source import SourceFile
from spine.domains.otc.week_lines import (
    Batch,
    LinesDone,
    RawRows,
    RejectRows,
    StagedRows,
    Tally,
    WeekLines,
)

# Below this size (about 10,000 lines of a FINRA download) starting a child costs about what it saves.
PARALLEL_MIN_BYTES = 1 << 20

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
_TOTAL_INSERT = named_insert("otc_published_symbol_totals", _TOTAL_COLUMNS)

__all__ = [
    "PARALLEL_MIN_BYTES",
    "LinesDone",
    "LoadTarget",
    "SourceLines",
    "Tally",
    "WeekLoader",
    "worth_a_child",
]


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

    def reject_stamp(self) -> dict[str, Any]:
        """What a reject row adds to the line's own fields: the run that found it."""
        return {
            "capture_id": self.capture_id,
            "source_locator": self.locator,
            "execution_id": self.execution_id,
            "batch_id": self.batch_id,
            "rejected_at": self.now,
        }

    def total_stamp(self) -> dict[str, Any]:
        """What a published total adds to the line's own fields: the run that read it."""
        return {
            "capture_id": self.capture_id,
            "execution_id": self.execution_id,
            "batch_id": self.batch_id,
            "ingested_at": self.now,
        }


def worth_a_child(size: int) -> bool:
    """Whether a source of ``size`` bytes is read in a forked child (see the module's docstring)."""
    return size >= PARALLEL_MIN_BYTES and can_fork()


class SourceLines:
    """A week's file read by its own load: the layout from its header, the lines as they are written."""

    def __init__(self, source: SourceFile) -> None:
        self.source = source
        self.info, self._lines = parse(source)

    def write(self, loader: WeekLoader) -> LinesDone:
        """Read the lines and write them through ``loader``."""
        return loader.load(self._lines, self.source)

    def close(self) -> None:
        """Nothing to stop: the file is its run's to close."""

    def __enter__(self) -> SourceLines:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


class WeekLoader:
    """Loads one week's parsed lines: sorts them (`WeekLines`) and writes what they hold."""

    def __init__(self, conn: sqlite3.Connection, target: LoadTarget, extra_columns: tuple[str, ...]) -> None:
        self.conn = conn
        self.target = target
        key = raw_store.week_key(conn, target.week.isoformat(), target.tier)
        lineage = raw_store.lineage_id(conn, target.execution_id, target.batch_id, target.now)
        self.row = raw_store.StoredRow(extra_columns)
        self.first_id = raw_store.next_record_id(conn, key)
        self._texts = raw_store.TextIds(conn)
        self._run = (key, target.capture_id, lineage)
        self._raw_sql = raw_store.raw_upsert_sql(self.row.columns, *self._run)
        self._reject_stamp = target.reject_stamp()
        self._total_stamp = target.total_stamp()

    def load(self, lines: Iterator[RawRecord | SourceReject], source: SourceFile) -> LinesDone:
        """Read every line (then the rest of ``source``, for its hash) and write the week's rows."""
        sorter = WeekLines(self.target.week, self.target.tier, self.row, self.first_id)

        def produce() -> Generator[Batch, None, None]:
            return sorter.batches(lines, source.finish)

        return self.write(in_child(produce) if worth_a_child(source.size) else produce())

    def write(self, batches: Generator[Batch, None, None]) -> LinesDone:
        """Write the batches `WeekLines` sorted the week's lines into (here, in a child, or ahead of
        this run), up to their `LinesDone`."""
        new_rows = 0
        # Closed on the way out, error or interrupt included: a child ends with the load, not later.
        with closing(batches):
            for batch in batches:
                if isinstance(batch, RawRows):
                    new_rows += self._write_raw(batch.rows)
                elif isinstance(batch, StagedRows):
                    new_rows += staged_rows.copy_staged(self.conn, batch, self._staged_sql)
                elif isinstance(batch, RejectRows):
                    store_rejects(self.conn, [{**row, **self._reject_stamp} for row in batch.rows])
                else:
                    if batch.totals:
                        totals = [{**row, **self._total_stamp} for row in batch.totals]
                        self.conn.executemany(_TOTAL_INSERT, totals)
                    batch.tally.new_rows = new_rows
                    next(batches, None)  # the end of the stream: a child then exits on its own
                    return batch
        raise RuntimeError("the lines ended without their tally")

    def _staged_sql(self, staged: str, text_map: str) -> str:
        row = self.row
        return raw_store.staged_upsert_sql(
            row.columns, row.text_id_columns, *self._run, staged=staged, text_map=text_map
        )

    def _write_raw(self, rows: list[dict[str, Any]]) -> int:
        self._texts.resolve(rows, self.row.text_id_columns)
        return self.conn.executemany(self._raw_sql, rows).rowcount
