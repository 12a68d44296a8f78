"""Reading a batch's next new week while this week's later stages run.

Why: in a backfill from files, a week's ingest waits on its per-line work (reading, parsing,
hashing) about as long as on its writes, while normalize and aggregate leave the second core idle.
So once a week is ingested, the batch starts reading the following weeks' files (``WEEKS_AHEAD``),
each in a forked child (`spine.core.forked`); the child sorts its lines (`WeekLines`), writes the raw
records into a scratch file (`spine.domains.otc.staged_rows`) and holds the rest until that week's
ingest takes them (README "Performance").

A read-ahead is an earlier start of the same work, never another outcome:

- it is started only for a week the database does not hold (nothing to compare or revise; its
  records are numbered from the first id), and only for a file large enough to be read in a child;
- the ingest takes it only while the week is still new and its own open file is the file read
  ahead (`SourceFile.identity`); otherwise the child is killed and the ingest reads the file itself;
- the file is named as the ingest names it (its absolute path), so what the child meets (a file
  refused at its header or at any later line, a damaged gzip stream) is raised by the ingest that
  takes it in the words that ingest would have used reading the file itself;
- a read-ahead nobody takes is stopped once its week has run, and with the batch; its scratch
  file goes with it;
- a week is read ahead only with room for its scratch file, and one whose scratch file fails is read
  again by its own ingest (`spine.domains.otc.pipelines.ingest_week`).
"""

from __future__ import annotations

import shutil
import sqlite3
import tempfile
from collections.abc import Collection, Generator
from contextvars import ContextVar, Token
from datetime import date
from pathlib import Path
from types import TracebackType
from typing import Any

from spine.core.errors import SpineError
from spine.core.forked import in_child
from spine.domains.otc import raw_store, staged_rows
from spine.domains.otc.loader import WeekLoader, worth_a_child
from spine.domains.otc.models import FileInfo
from spine.domains.otc.raw_store import FIRST_RECORD_ID, StoredRow
from spine.domains.otc.records import parse
from spine.domains.otc.source import SourceFile
from spine.domains.otc.week_lines import Batch, LinesDone, WeekLines

# Weeks read ahead of the one being run. Two: a child needs about as long as a week's ingest,
# normalize and aggregate, so one started just after the previous week's ingest would keep its
# week's ingest waiting.
WEEKS_AHEAD = 2

# Free space a read-ahead needs in the scratch folder, in multiples of its file's size.
_SCRATCH_ROOM = 10

_batch: ContextVar[ReadAheads | None] = ContextVar("otc_read_aheads", default=None)


class ReadAhead:
    """One week's file, being read in a child: its layout, then its sorted lines as they come."""

    def __init__(self, source: SourceFile, week: date, tier: str, scratch: Path) -> None:
        self.week, self.tier = week, tier
        self.identity = source.identity()
        self.size = source.size
        self.claimed = False  # its lines are written once, by the one ingest that claims it
        self._source = source  # open until the read-ahead closes (a failed fork reads it here)
        self._scratch = scratch
        self._batches: Generator[Any, None, None] = in_child(lambda: _sorted(source, week, tier, scratch))
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
        """Stop the child (if still reading), close the file and delete the scratch file."""
        try:
            self._batches.close()
        finally:
            self._source.close()
            self._scratch.unlink(missing_ok=True)

    def __enter__(self) -> ReadAhead:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()


def _sorted(
    source: SourceFile, week: date, tier: str, scratch: Path
) -> Generator[FileInfo | Batch, None, None]:
    """The child's work: the file's layout, then its lines sorted, the raw records into ``scratch``."""
    info, lines = parse(source)
    yield info
    row = StoredRow(info.extra_columns)
    sorter = WeekLines(week, tier, row, FIRST_RECORD_ID)
    yield from staged_rows.staged(sorter.batches(lines, source.finish), scratch, row)


class ReadAheads:
    """The read-ahead of one batch of weeks: up to ``WEEKS_AHEAD`` weeks, stopped with the batch.

    Used as a context manager around the batch's weeks; an ingest run inside it finds its week's
    read-ahead with `take`. The scratch files live in a folder of their own, removed at the end.
    """

    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn
        self._pending: list[ReadAhead] = []
        self._folder: Path | None = None
        self._token: Token[ReadAheads | None] | None = None

    def start(self, path: Path, week: date, tier: str) -> None:
        """Start reading ``path`` for ``week`` of ``tier`` (a week the database does not hold yet),
        unless it is being read already. A file that cannot be read ahead is left to the ingest,
        which says why."""
        if any(p.week == week and p.tier == tier for p in self._pending):
            return
        try:
            source = SourceFile(path.absolute())  # as the ingest opens it (its lineage, its messages)
        except SpineError:
            return
        pending = sum(p.size for p in self._pending)
        folder = self._scratch_folder(source.size + pending) if worth_a_child(source.size) else None
        if folder is None:
            source.close()
            return
        try:
            self._pending.append(ReadAhead(source, week, tier, folder / f"{tier}-{week}.db"))
        except Exception:
            # Whatever stops the read here (a refused header, a failed child) the ingest meets again
            # in its own run, where it is recorded against the week.
            source.close()
        except BaseException:  # an interrupt ends the batch
            source.close()
            raise

    def _scratch_folder(self, size: int) -> Path | None:
        """The batch's scratch folder (made on first use) if it has room for the scratch files of
        ``size`` bytes of sources (this one and those still pending): a scratch file is smaller than
        the text it holds, and a gzip file's text is seldom over ``_SCRATCH_ROOM`` times its size.
        None without room: the ingest reads the file."""
        try:
            if self._folder is None:
                self._folder = Path(tempfile.mkdtemp(prefix="spine-read-ahead-"))
            room = shutil.disk_usage(self._folder).free >= _SCRATCH_ROOM * size
        except OSError:
            return None
        return self._folder if room else None

    def drop(self, ahead: ReadAhead) -> None:
        """Stop one pending read-ahead."""
        self._pending.remove(ahead)
        ahead.close()

    def claim(self, identity: tuple[int, ...], week: date, tier: str) -> ReadAhead | None:
        """The pending read-ahead of this week if it read this file (``identity``); one that read
        another file is stopped. It stays pending too, so that the batch stops it even if its taker
        never does (closing twice is harmless), but it is claimed once."""
        pending = next((p for p in self._pending if (p.week, p.tier) == (week, tier)), None)
        if pending is None or pending.claimed:
            return None
        if pending.identity != identity:
            self.drop(pending)
            return None
        pending.claimed = True
        return pending

    def keep_only(self, weeks: Collection[date]) -> None:
        """Stop every pending read-ahead but those of ``weeks``: a week that has run (its ingest
        failed before taking its read-ahead, say) leaves no child behind."""
        for pending in [p for p in self._pending if p.week not in weeks]:
            self.drop(pending)
        self.detach()

    def detach(self) -> None:
        """Detach the scratch file a week's ingest copied from, once that run has ended: before the
        week's next stage (whose transaction would take it in) and before the next fork (whose
        child would hold the deleted file open)."""
        if not self._conn.in_transaction:
            staged_rows.detach(self._conn)

    def __enter__(self) -> ReadAheads:
        self._token = _batch.set(self)
        return self

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        if self._token is not None:
            _batch.reset(self._token)
        try:
            self.keep_only(())
        finally:
            if self._folder is not None:
                shutil.rmtree(self._folder, ignore_errors=True)


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
