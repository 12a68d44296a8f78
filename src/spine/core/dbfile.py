"""The database file itself: an online backup, and where its bytes go.

Both work on any SQLite database and know no domain: the backup copies pages through SQLite's online
backup API inside one read transaction, so a run writing at the same time neither waits for it nor
ends up half in the copy (WAL readers see the last commit); the sizes come from the ``dbstat``
virtual table, which reads every page once.
"""

from __future__ import annotations

import os
import sqlite3
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from spine.core.errors import PipelineError, UsageError


@dataclass(frozen=True)
class BackupResult:
    """What `backup` wrote: the file, its size in bytes and its pages."""

    path: Path
    bytes: int
    pages: int


def backup(conn: sqlite3.Connection, target: Path, *, overwrite: bool = False) -> BackupResult:
    """Copy the database behind ``conn`` to ``target`` as one consistent snapshot.

    The copy is written to a temporary file beside ``target`` and renamed into place, so ``target``
    is either the complete backup or untouched. An existing ``target`` is refused unless
    ``overwrite``; a folder, or the database's own file, is always refused.
    """
    target = Path(os.path.abspath(target))
    source = Path(os.path.abspath(conn.execute("PRAGMA database_list").fetchone()[2] or ""))
    if target.is_dir():
        raise UsageError(f"backup target {target} is a folder; give a file name")
    if target == source:
        raise UsageError(f"backup target {target} is the database itself")
    if target.exists() and not overwrite:
        raise UsageError(f"backup target {target} exists; remove it or pass --force to replace it")
    if not target.parent.is_dir():
        raise UsageError(f"backup target folder {target.parent} does not exist")
    partial = target.with_name(f".{target.name}.partial")
    partial.unlink(missing_ok=True)
    try:
        copy = sqlite3.connect(partial, isolation_level=None)
        try:
            # pages=-1: every page in one step, that is inside one read transaction of the source.
            conn.backup(copy, pages=-1)
            pages = int(copy.execute("PRAGMA page_count").fetchone()[0])
            # The copy keeps the source's WAL mode; one file is what a backup should be.
            copy.execute("PRAGMA journal_mode = DELETE")
        finally:
            copy.close()
        os.replace(partial, target)
    except (OSError, sqlite3.Error) as exc:
        partial.unlink(missing_ok=True)
        raise PipelineError(f"backup to {target} failed: {exc}") from None
    return BackupResult(target, target.stat().st_size, pages)


@dataclass(frozen=True)
class BtreeSize:
    """One table or index: its entries and the bytes of its pages."""

    name: str
    kind: str  # table | index
    table: str  # the table an index belongs to (a table's own name)
    rows: int  # rows of a table, entries of an index
    pages: int
    bytes: int
    payload_bytes: int  # the bytes of the stored records themselves (no page overhead or free space)

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class FileStats:
    """The file: page size, pages in use and free, and every b-tree's size."""

    page_size: int
    pages: int
    free_pages: int
    btrees: list[BtreeSize]

    @property
    def bytes(self) -> int:
        return self.page_size * self.pages


# Per b-tree and page type. In a rowid table the rows are the cells of the leaf pages (interior
# cells only hold keys to find them); in an index, and a WITHOUT ROWID table, every entry is a cell
# of exactly one page, leaf or interior.
_DBSTAT = """
SELECT s.name, coalesce(m.type, 'table') AS kind, coalesce(m.tbl_name, s.name) AS tbl,
       sum(CASE WHEN s.pagetype = 'leaf' OR (s.pagetype = 'internal' AND b.entries_inside)
                THEN s.ncell ELSE 0 END) AS entries,
       count(*) AS pages, sum(s.pgsize) AS bytes, sum(s.payload) AS payload
FROM dbstat s
LEFT JOIN sqlite_schema m ON m.name = s.name
LEFT JOIN (SELECT name, wr AS entries_inside FROM pragma_table_list WHERE schema = 'main'
           UNION ALL SELECT name, 1 FROM sqlite_schema WHERE type = 'index') b ON b.name = s.name
GROUP BY s.name
ORDER BY bytes DESC, s.name
"""


def file_stats(conn: sqlite3.Connection) -> FileStats:
    """Every table's and index's rows and bytes (from ``dbstat``), with the file's free pages.

    Reads every page of the file once: seconds for a database of many gigabytes.
    """
    try:
        rows = conn.execute(_DBSTAT).fetchall()
    except sqlite3.OperationalError as exc:
        raise PipelineError(
            f"size per table needs SQLite's dbstat table, which this SQLite lacks: {exc}"
        ) from None
    btrees = [
        BtreeSize(
            name=row["name"],
            kind="index"
            if row["kind"] == "index" or row["name"].startswith("sqlite_autoindex_")
            else "table",
            table=row["tbl"],
            rows=int(row["entries"] or 0),
            pages=int(row["pages"]),
            bytes=int(row["bytes"]),
            payload_bytes=int(row["payload"] or 0),
        )
        for row in rows
    ]
    return FileStats(
        page_size=int(conn.execute("PRAGMA page_size").fetchone()[0]),
        pages=int(conn.execute("PRAGMA page_count").fetchone()[0]),
        free_pages=int(conn.execute("PRAGMA freelist_count").fetchone()[0]),
        btrees=btrees,
    )
