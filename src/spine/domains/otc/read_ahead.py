"""Reading a batch's next new week while this week's later stages run.

Why: in a backfill from files, a week's ingest waits on its per-line work (reading, parsing,
hashing) about as long as on its writes, while normalize and aggregate leave the second core idle.
So once a week is ingested, the batch starts reading the next week's file in a forked child
(`spine.core.forked`); the child sorts its lines into batches (`WeekLines`) and holds them until that
week's ingest takes them (README "Performance").

A read-ahead is an earlier start of the same work, never another outcome:

- it is started only for a week the database does not hold (nothing to compare or revise; its
  records are numbered from the first id), and only for a file large enough to be read in a child;
- the ingest takes it only while the week is still new and its own open file is the file read
  ahead (`SourceFile.identity`); otherwise the child is killed and the ingest reads the file itself;
- the file is named as the ingest names it (its absolute path), so what the child meets (a file
  refused at its header or at any later line, a damaged gzip stream) is raised by the ingest that
  takes it in the words that ingest would have used reading the file itself;
- a read-ahead nobody takes is stopped once its week has run, and with the batch.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Generator
from contextvars import ContextVar, Token
from datetime import date
from pathlib import Path
from types import TracebackType
from typing import Any

from spine.core.errors import SpineError
from spine.core.forked import in_child
from spine.domains.otc import raw_store
from spine.domains.otc.loader import WeekLoader, worth_a_child
from spine.domains.otc.models import FileInfo
from spine.domains.otc.raw_store import FIRST_RECORD_ID, StoredRow
from spine.domains.otc.records import parse
from spine.domains.otc.source import SourceFile
from spine.domains.otc.week_lines import Batch, LinesDone, WeekLines

_batch: ContextVar[ReadAheads | None] = ContextVar("otc_read_aheads", default=None)


class ReadAhead:
    """One week's file, being read in a child: its layout, then its sorted lines as they come."""

    def __init__(self, source: SourceFile, week: date, tier: str) -> None:
        self.week, self.tier = week, tier
        self.identity = source.identity()
        self.claimed = False  # its lines are written once, by the one ingest that claims it
        self._source = source  # open until the read-ahead closes (a failed fork reads it here)
        self._batches: Generator[Any, None, None] = in_child(lambda: _sorted(source, week, tier))
        try:
            self.info: FileInfo = next(self._batches)  # the fork, then the header as the child read it
        except BaseException:
            self._batches.close()  # the child ends now, whatever stopped it
            raise

    def write(self, loader: WeekLoader) -> LinesDone:
        """Write the lines read ahead through ``loader``."""
        batches: Generator[Batch, None, None] = self._batches
        return loader.write(batches)

    def close(self) -> None:
        """Stop the child (if still reading) and close the file."""
        try:
            self._batches.close()
        finally:
            self._source.close()

    def __enter__(self) -> ReadAhead:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()


def _sorted(source: SourceFile, week: date, tier: str) -> Generator[FileInfo | Batch, None, None]:
    """The child's work: the file's layout, then its lines sorted into batches to write."""
    info, lines = parse(source)
    yield info
    sorter = WeekLines(week, tier, StoredRow(info.extra_columns), FIRST_RECORD_ID)
    yield from sorter.batches(lines, source.finish)


class ReadAheads:
    """The read-ahead of one batch of weeks: at most one week at a time, stopped with the batch.

    Used as a context manager around the batch's weeks; an ingest run inside it finds the read-ahead
    with `take`.
    """

    def __init__(self) -> None:
        self._pending: ReadAhead | None = None
        self._token: Token[ReadAheads | None] | None = None

    def start(self, path: Path, week: date, tier: str) -> None:
        """Start reading ``path`` for ``week`` of ``tier`` (a week the database does not hold yet).
        A file that cannot be read ahead is left to the ingest, which says why."""
        self.drop()
        try:
            source = SourceFile(path.absolute())  # as the ingest opens it (its lineage, its messages)
        except SpineError:
            return
        if not worth_a_child(source.size):
            source.close()
            return
        try:
            self._pending = ReadAhead(source, week, tier)
        except Exception:
            # Whatever stops the read here (a refused header, a failed child) the ingest meets again
            # in its own run, where it is recorded against the week.
            source.close()
        except BaseException:  # an interrupt ends the batch
            source.close()
            raise

    def drop(self) -> None:
        """Stop the pending read-ahead, if any."""
        pending, self._pending = self._pending, None
        if pending is not None:
            pending.close()

    def claim(self, identity: tuple[int, ...], week: date, tier: str) -> ReadAhead | None:
        """The pending read-ahead if it read this file (``identity``) for this week; any other is
        stopped. It stays pending too, so that the batch stops it even if its taker never does
        (closing twice is harmless), but it is claimed once."""
        pending = self._pending
        if pending is None or pending.claimed:
            return None
        if (pending.identity, pending.week, pending.tier) != (identity, week, tier):
            self.drop()
            return None
        pending.claimed = True
        return pending

    def keep_only(self, week: date | None) -> None:
        """Stop the pending read-ahead unless it is for ``week``: a week that has run (its ingest
        failed before taking its read-ahead, say) leaves no child behind."""
        if self._pending is not None and self._pending.week != week:
            self.drop()

    def __enter__(self) -> ReadAheads:
        self._token = _batch.set(self)
        return self

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        if self._token is not None:
            _batch.reset(self._token)
        self.drop()


def take(conn: sqlite3.Connection, source: SourceFile, week: date, tier: str) -> ReadAhead | None:
    """The read-ahead of ``source``'s file for this new week, or None: none is running, it read
    another file (or this one before it changed), or the week holds records by now."""
    aheads = _batch.get()
    if aheads is None:
        return None
    ahead = aheads.claim(source.identity(), week, tier)
    if ahead is None:
        return None
    key = raw_store.find_week_key(conn, week.isoformat(), tier)
    if key is not None and raw_store.next_record_id(conn, key) != FIRST_RECORD_ID:
        ahead.close()
        return None
    return ahead
