"""Connections and transactions.

Every connection runs in autocommit mode (``isolation_level=None``) so that transactions are explicit:
a pipeline run is one ``BEGIN IMMEDIATE ... COMMIT``. Taking the write lock up front (IMMEDIATE) means a
second writer waits for the busy timeout and is then refused cleanly, instead of failing half-way.
"""

from __future__ import annotations

import math
import os
import re
import sqlite3
import time
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

from spine.core import exact
from spine.core.errors import DatabaseBusyError, UsageError, one_line

DEFAULT_DB = "spine.db"
DEFAULT_BUSY_TIMEOUT_S = 30.0


def default_db_path() -> str:
    """The database the user means: ``SPINE_DB`` if set, else ``spine.db`` in the current folder."""
    return os.environ.get("SPINE_DB") or DEFAULT_DB


MAX_BUSY_TIMEOUT_S = 86_400  # a day: beyond it SQLite's millisecond timeout would overflow


def busy_timeout_s() -> float:
    """Seconds a writer waits for another process's lock (``SPINE_BUSY_TIMEOUT`` overrides).

    A value that is not a number of seconds from 0 to a day is the user's mistake (`UsageError`),
    never silently replaced by the default.
    """
    raw = os.environ.get("SPINE_BUSY_TIMEOUT")
    if raw is None or not raw.strip():
        return DEFAULT_BUSY_TIMEOUT_S
    try:
        seconds = float(raw)
    except ValueError:
        seconds = math.nan
    if not (math.isfinite(seconds) and 0 <= seconds <= MAX_BUSY_TIMEOUT_S):
        raise UsageError(
            f"SPINE_BUSY_TIMEOUT={one_line(raw)} is not a number of seconds from 0 to {MAX_BUSY_TIMEOUT_S}"
        )
    return seconds


# A run's temporary tables (a week's work tables) are small: memory. See `temp_on_disk`.
TEMP_STORE = "MEMORY"


def connect(path: str | Path, *, wal: bool = True) -> sqlite3.Connection:
    """Open the database with WAL, a busy timeout and foreign keys on.

    ``wal=False`` leaves the journal mode alone, for a file not yet known to be spine's: the caller
    switches with `enable_wal` once it is.
    """
    conn = sqlite3.connect(str(path), timeout=busy_timeout_s(), isolation_level=None)
    conn.row_factory = sqlite3.Row
    conn.execute(f"PRAGMA busy_timeout = {int(busy_timeout_s() * 1000)}")
    if wal:
        enable_wal(conn)
    conn.execute("PRAGMA foreign_keys = ON")
    # NORMAL is durable across application crashes in WAL mode; only an OS crash may lose the
    # last commit, never corrupt the file.
    conn.execute("PRAGMA synchronous = NORMAL")
    conn.execute(f"PRAGMA temp_store = {TEMP_STORE}")
    # A week's unique-key index must fit the page cache, or random inserts thrash (32 MiB).
    conn.execute("PRAGMA cache_size = -32768")
    exact.register(conn)
    return conn


@contextmanager
def temp_on_disk(conn: sqlite3.Connection) -> Iterator[None]:
    """Temporary storage in files, for a step whose sorts span the whole history (an index built by
    an upgrade): SQLite's sorter keeps what it spills in temporary storage, which in memory would be
    the size of the index (about 2 GB for four years of three tiers, against 80 MB in files).

    Only outside a transaction, on a connection with no temporary tables: SQLite drops them when the
    setting changes."""
    conn.execute("PRAGMA temp_store = FILE")
    try:
        yield
    finally:
        conn.execute(f"PRAGMA temp_store = {TEMP_STORE}")


def enable_wal(conn: sqlite3.Connection) -> None:
    """Switch to WAL, waiting like any writer: the switch does not use SQLite's busy handler."""
    deadline = time.monotonic() + busy_timeout_s()
    while True:
        try:
            conn.execute("PRAGMA journal_mode = WAL")
            return
        except sqlite3.OperationalError as exc:
            if not is_busy_error(exc) or time.monotonic() >= deadline:
                raise
            time.sleep(0.05)


def database_file(conn: sqlite3.Connection) -> str:
    """The main database's file name, for messages."""
    row = conn.execute("PRAGMA database_list").fetchone()
    return str(row[2]) if row and row[2] else "the database"


def is_busy_error(exc: BaseException) -> bool:
    """True for SQLite's "database is locked/busy" errors."""
    return isinstance(exc, sqlite3.OperationalError) and ("locked" in str(exc) or "busy" in str(exc))


def busy_error(where: str | Path | sqlite3.Connection) -> DatabaseBusyError:
    """The one-line refusal when another process holds the write lock past the busy timeout."""
    name = database_file(where) if isinstance(where, sqlite3.Connection) else str(where)
    return DatabaseBusyError(
        f"database is busy: another spine process is writing to {name}; "
        "try again when it has finished (or raise SPINE_BUSY_TIMEOUT)"
    )


@contextmanager
def transaction(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """One write transaction: all of its statements commit together or none does."""
    try:
        conn.execute("BEGIN IMMEDIATE")
    except sqlite3.OperationalError as exc:
        if is_busy_error(exc):
            raise busy_error(conn) from exc
        raise
    try:
        yield conn
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    else:
        conn.execute("COMMIT")


@contextmanager
def savepoint(conn: sqlite3.Connection, name: str) -> Iterator[sqlite3.Connection]:
    """A part of the current transaction that an error undoes alone (the error still propagates)."""
    conn.execute(f"SAVEPOINT {name}")
    try:
        yield conn
    except BaseException:
        conn.execute(f"ROLLBACK TO {name}")
        conn.execute(f"RELEASE {name}")
        raise
    else:
        conn.execute(f"RELEASE {name}")


_SAFE_TEXT = re.compile(r"^[0-9A-Za-z_:.\-]{1,40}$")


def named_params(columns: Iterable[str]) -> str:
    """``:a, :b``: the placeholders that bind each row's values by column name."""
    return ", ".join(f":{column}" for column in columns)


def named_insert(table: str, columns: Sequence[str]) -> str:
    """The insert of one row of ``columns`` into ``table``, bound by name (for ``executemany``)."""
    return f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({named_params(columns)})"  # noqa: S608


def sql_constant(value: int | str | None) -> str:
    """A run constant written into a bulk statement as a checked SQL literal.

    Bulk inserts bind only the values that vary per row; the run's own constants (week, tier, ids,
    timestamp) are produced and validated by the code, never taken raw from a user, and this check
    refuses anything but integers and plain tokens such as ``2025-12-26`` or ``NMS_TIER_1``.
    """
    if value is None:
        return "NULL"
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    if isinstance(value, str) and _SAFE_TEXT.match(value):
        return f"'{value}'"
    raise ValueError(f"not a safe SQL constant: {value!r}")


def utc_now() -> str:
    """A UTC timestamp to the millisecond, ISO 8601, as stored in every ``*_at`` column."""
    return datetime.now(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")
