"""A read-ahead's raw records, written into a scratch SQLite file and copied in one statement.

Why: binding a record's columns from Python costs the writing process about as much as SQLite's
own insert (about 0.3 s of a 50,000-line week's 0.5 s). A read-ahead (`spine.domains.otc.read_ahead`)
has the second core and time before its week's ingest, so its child pays that binding into a file
of its own (`RowStage`), and the ingest copies the rows into ``otc_raw_record`` with one
``INSERT … SELECT`` (`copy_staged`): the same upsert, the same rows, in the same order.

The scratch file holds `StoredRow`'s columns in load order; a text is a small id local to the file
(table ``texts``, numbered in order of first use). The ingest adds the texts ``otc_text`` lacks in
that order, so they get the ids reading the file in turn gives them, and maps the local ids through
a temporary table. The file is read only once its child has finished writing it (a reader's
snapshot would not see later writes), and it is the read-ahead's to delete. A scratch file that
cannot be written or read raises `ScratchError`; the ingest then undoes what it wrote from the
read-ahead and reads the file itself (`spine.domains.otc.pipelines.ingest_week`).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Generator, Iterable
from pathlib import Path
from typing import Any

from spine.core.db import named_insert
from spine.core.errors import PipelineError
from spine.domains.otc.raw_store import StoredRow, replace_texts
from spine.domains.otc.week_lines import Batch, LinesDone, RawRows, StagedRows

# The scratch file's name in the ingest's connection, and the temporary map of its texts.
SCHEMA = "otc_read_ahead"
TEXT_MAP = "temp.otc_read_ahead_texts"


class ScratchError(PipelineError):
    """A read-ahead's scratch file could not be written or read (a full disk, a removed folder)."""


class RowStage:
    """The child's side: raw records written into a new scratch file as they are sorted."""

    def __init__(self, path: Path, row: StoredRow) -> None:
        self.path = path
        self.rows = 0
        self._text_columns = row.text_id_columns
        self._texts: dict[str, int] = {}
        self._conn = sqlite3.connect(path, isolation_level=None)
        # Scratch: nothing to recover if the child dies, so no journal and no syncs.
        self._conn.execute("PRAGMA journal_mode = OFF")
        self._conn.execute("PRAGMA synchronous = OFF")
        # Untyped columns keep each value as bound; record_id as the rowid keeps the load order.
        columns = ["record_id INTEGER PRIMARY KEY", *(c for c in row.columns if c != "record_id")]
        self._conn.execute(f"CREATE TABLE lines ({', '.join(columns)})")
        self._conn.execute("CREATE TABLE texts (local_id INTEGER PRIMARY KEY, text TEXT NOT NULL)")
        self._conn.execute("BEGIN")
        self._insert = named_insert("lines", row.columns)

    def write(self, rows: list[dict[str, Any]]) -> None:
        """Write a batch of `StoredRow` rows, their texts as local ids."""
        replace_texts(rows, self._text_columns, self._texts, self._new_text)
        self._conn.executemany(self._insert, rows)
        self.rows += len(rows)

    def _new_text(self, text: str) -> int:
        return self._texts.setdefault(text, len(self._texts) + 1)

    def finish(self) -> StagedRows:
        """Write the texts, commit and close: the file is complete."""
        self._conn.executemany(
            "INSERT INTO texts (local_id, text) VALUES (:local_id, :text)",
            ({"local_id": local_id, "text": text} for text, local_id in self._texts.items()),
        )
        self._conn.execute("COMMIT")
        self._conn.close()
        return StagedRows(str(self.path), self.rows)


def staged(batches: Iterable[Batch], path: Path, row: StoredRow) -> Generator[Batch, None, None]:
    """``batches`` with their raw records written into a new scratch file at ``path`` instead,
    announced by one `StagedRows` just before `LinesDone` (rejects and totals pass as they come).
    A scratch file that cannot be written (a full disk) raises `ScratchError`."""
    try:
        stage = RowStage(path, row)
        for batch in batches:
            if isinstance(batch, RawRows):
                stage.write(batch.rows)
                continue
            if isinstance(batch, LinesDone):
                yield stage.finish()
            yield batch
    except sqlite3.Error as exc:
        raise ScratchError(f"could not write the scratch file {path} of a read-ahead: {exc}") from None


def copy_staged(conn: sqlite3.Connection, rows: StagedRows, upsert: Callable[[str, str], str]) -> int:
    """Copy the staged rows into the week (``upsert(staged table, text map)`` gives the statement);
    the rows the upsert changed. A scratch file that cannot be read raises `ScratchError`."""
    if not Path(rows.path).is_file():  # else ATTACH would make an empty database in its place
        raise ScratchError(f"the scratch file {rows.path} of a read-ahead is gone")
    try:
        _attach(conn, rows.path)
        conn.execute(
            f"INSERT INTO main.otc_text (text) SELECT a.text FROM {SCHEMA}.texts a"  # noqa: S608
            " WHERE NOT EXISTS (SELECT 1 FROM main.otc_text t WHERE t.text = a.text) ORDER BY a.local_id"
        )
    except sqlite3.Error as exc:
        raise ScratchError(f"could not read the scratch file {rows.path} of a read-ahead: {exc}") from None
    conn.execute(f"CREATE TABLE {TEXT_MAP} (local_id INTEGER PRIMARY KEY, text_id INTEGER NOT NULL)")
    try:
        conn.execute(
            f"INSERT INTO {TEXT_MAP} (local_id, text_id) SELECT a.local_id, t.text_id"  # noqa: S608
            f" FROM {SCHEMA}.texts a JOIN main.otc_text t ON t.text = a.text"
        )
        return int(conn.execute(upsert(f"{SCHEMA}.lines", TEXT_MAP)).rowcount)
    finally:
        conn.execute(f"DROP TABLE {TEXT_MAP}")


def _attach(conn: sqlite3.Connection, path: str) -> None:
    """Attach the scratch file. It stays attached after the copy: SQLite detaches a file only outside
    a transaction that has read it, so the batch detaches it once the ingest's run has ended."""
    conn.execute(f"ATTACH DATABASE :path AS {SCHEMA}", {"path": path})


def detach(conn: sqlite3.Connection) -> None:
    """Detach the scratch file an earlier copy attached, if any (outside a transaction)."""
    # fetchall: a half-read PRAGMA would stay an active statement, and SQLite refuses to detach then.
    if any(row[1] == SCHEMA for row in conn.execute("PRAGMA database_list").fetchall()):
        conn.execute(f"DETACH DATABASE {SCHEMA}")
