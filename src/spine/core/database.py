"""Opening the database: refuse what is not ours before touching it, then upgrade or read.

Order matters. The path is checked first (a folder, a FIFO or a device is refused without opening it),
then the file is probed through a read-only connection (another program's SQLite file, a newer
release's database, a changed migration or a damaged file is refused with one line, and nothing has
changed: no journal-mode switch, no tables). Only then is it opened for writing, and the migrations,
the checksums and spine's application id are written in one transaction.

A reader (look commands) opens read-only when the database is up to date, so a read-only file or
folder can still be looked at; an older release's database is upgraded once by whoever can write it.
"""

from __future__ import annotations

import os
import sqlite3
import stat
from dataclasses import dataclass
from pathlib import Path

from spine.core import exact, migrations
from spine.core.db import busy_error, busy_timeout_s, connect, enable_wal, is_busy_error
from spine.core.errors import DatabaseRefused, PipelineError, one_line


@dataclass
class Opened:
    conn: sqlite3.Connection
    applied: list[str]
    read_only: bool


def open_database(
    path: Path, *, reader: bool = False, missing_ok: bool = False, folder: Path | None = None
) -> Opened:
    """Open ``path`` as a spine database.

    ``reader``: the file must exist, and is opened read-only when up to date; with ``missing_ok`` a
    missing file is not an error but an empty in-memory database with the schema (a dry run plans
    against it and creates no file).
    """
    name = one_line(path)
    exists = _check_path(path, name, must_exist=reader and not missing_ok)
    known = migrations.discover(folder)
    if reader and not exists and not path.exists():
        return Opened(_scratch(folder), [], True)
    try:
        work = _probe(path, name, known) if exists else migrations.Plan(list(known), [], True)
        if reader and (work.empty or not _writable(path)):
            if not work.empty:
                raise DatabaseRefused(
                    f"{name} was made by an earlier release and needs upgrading, but it is read-only;"
                    " run any spine command on a writable copy first"
                )
            return Opened(_read_only(path), [], True)
        if exists and not _writable(path):
            raise DatabaseRefused(
                f"cannot write to {name}: the file or its folder is read-only"
                " (look commands such as `spine status` can still read it)"
            )
        # The journal mode is switched only once the file is known to be spine's (checked again under
        # the write lock: another program may have created the file since the probe).
        conn = connect(path, wal=False)
        try:
            applied = migrations.apply_migrations(conn, folder) if not work.empty else []
            enable_wal(conn)
            return Opened(conn, applied, False)
        except BaseException:
            conn.close()
            raise
    except sqlite3.DatabaseError as exc:
        raise explained(exc, name, path) from None


def _scratch(folder: Path | None) -> sqlite3.Connection:
    conn = sqlite3.connect(":memory:", isolation_level=None)
    conn.row_factory = sqlite3.Row
    exact.register(conn)
    migrations.apply_migrations(conn, folder)
    return conn


def _check_path(path: Path, name: str, *, must_exist: bool) -> bool:
    """True when the file exists (and is a regular file); refuses folders and special files."""
    try:
        info = path.stat()
    except FileNotFoundError:
        if must_exist:
            raise PipelineError(f"no database at {name}; run `spine db init` or a backfill first") from None
        if not path.parent.is_dir():
            raise DatabaseRefused(
                f"cannot create {name}: the folder {one_line(path.parent)} does not exist"
            ) from None
        return False
    except NotADirectoryError:
        raise DatabaseRefused(f"cannot use {name}: a part of the path is a file, not a folder") from None
    except OSError as exc:
        raise DatabaseRefused(f"cannot use {name}: {one_line(exc.strerror)}") from None
    if stat.S_ISDIR(info.st_mode):
        raise DatabaseRefused(
            f"{name} is a folder, not a database file; give a file, such as {one_line(path / 'spine.db')}"
        )
    if not stat.S_ISREG(info.st_mode):
        raise DatabaseRefused(
            f"{name} is not a regular file (a FIFO, device or socket); the database must be a plain file"
        )
    return info.st_size > 0


def _writable(path: Path) -> bool:
    """Whether spine may write the file and create its journal files beside it."""
    folder = path.parent if str(path.parent) else Path(".")
    return os.access(path, os.W_OK) and os.access(folder, os.W_OK | os.X_OK)


def _probe(path: Path, name: str, known: list[migrations.Migration]) -> migrations.Plan:
    """Identify the file and plan its upgrade through a read-only connection."""
    probe = _read_only(path)
    try:
        return migrations.plan(probe, name, known)
    finally:
        probe.close()


def _read_only(path: Path) -> sqlite3.Connection:
    """A connection that cannot write: no WAL switch, no journal files unless SQLite needs them to read."""
    uri = path.absolute().as_uri()
    try:
        conn = sqlite3.connect(f"{uri}?mode=ro", uri=True, timeout=busy_timeout_s(), isolation_level=None)
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.OperationalError as exc:
        # A WAL database in a folder nobody can write: its shared-memory file cannot be created. No
        # writer can change it either (it could not create its journal), so it is read as immutable.
        wal = Path(f"{path}-wal")
        if "unable to open" not in str(exc) or _writable(path) or wal.exists():
            raise
        conn = sqlite3.connect(f"{uri}?mode=ro&immutable=1", uri=True, isolation_level=None)
    conn.row_factory = sqlite3.Row
    conn.execute("PRAGMA query_only = ON")
    exact.register(conn)
    return conn


def explained(
    exc: sqlite3.DatabaseError, name: str = "the database", path: Path | None = None
) -> PipelineError:
    """One line for what SQLite says about a file it cannot use (or a page it cannot read)."""
    text = str(exc)
    if is_busy_error(exc):
        return busy_error(path or name)
    if "file is not a database" in text:
        return DatabaseRefused(f"{name} is not a SQLite database (not made by spine); check --db or SPINE_DB")
    if "malformed" in text or "corrupt" in text:
        return DatabaseRefused(
            f"{name} is damaged ({one_line(text)}); restore it from a backup or rebuild it with a backfill"
        )
    if "readonly" in text or "read-only" in text:
        return DatabaseRefused(f"cannot write to {name}: {one_line(text)}")
    return DatabaseRefused(f"cannot use {name} as the database: {one_line(text)}; check --db or SPINE_DB")
