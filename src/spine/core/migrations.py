"""Numbered SQL migrations: append-only, each applied once and remembered with its checksum.

The files live in ``migrations/`` at the repository root; a wheel carries them as ``spine/migrations``.
A shipped migration is never edited: ``schema_migrations`` records the SHA-256 of each file as applied,
and a database whose recorded checksum differs from the file, or that holds a version this code does not
know (made by a newer release), is refused before anything is written. Release 0.1.0 recorded no
checksums; such a database is adopted only when its schema is exactly what the shipped files create.
"""

from __future__ import annotations

import hashlib
import re
import sqlite3
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from spine.core.db import database_file, temp_on_disk, transaction, utc_now
from spine.core.errors import DatabaseRefused

_NAME = re.compile(r"^(\d{3})_[a-z0-9_]+\.sql$")

# spine's own SQLite application_id ("SPIN"): tells a spine database from any other SQLite file.
APPLICATION_ID = 0x5350494E

# The tracking table as release 0.1.0 created it; the checksum column is added to it by code, so every
# spine database, new or upgraded, ends with the same definition.
_TRACKING_TABLE = (
    "CREATE TABLE IF NOT EXISTS schema_migrations ("
    " version TEXT PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)"
)
_TRACKING_COLUMNS = ("version", "name", "applied_at")


@dataclass(frozen=True)
class Migration:
    version: str
    name: str
    path: Path

    @cached_property
    def sql(self) -> str:
        return self.path.read_text(encoding="utf-8")

    @cached_property
    def checksum(self) -> str:
        """SHA-256 of the file's text (line ends normalised, so a CRLF checkout is the same file)."""
        text = self.sql.replace("\r\n", "\n")
        return hashlib.sha256(text.encode("utf-8")).hexdigest()


@dataclass
class Plan:
    """What opening a database for writing must do; empty when it is up to date."""

    pending: list[Migration] = field(default_factory=list)
    # Applied migrations without a recorded checksum (a 0.1.0 database), adopted after the schema check.
    adopt: list[Migration] = field(default_factory=list)
    set_application_id: bool = False

    @property
    def empty(self) -> bool:
        return not (self.pending or self.adopt or self.set_application_id)


def migrations_dir() -> Path:
    """Where the SQL files are: inside the installed package, else the source checkout."""
    packaged = Path(__file__).resolve().parent.parent / "migrations"
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parents[3] / "migrations"


def discover(folder: Path | None = None) -> list[Migration]:
    folder = folder or migrations_dir()
    found = []
    for path in sorted(folder.glob("*.sql")):
        match = _NAME.match(path.name)
        if match is None:
            raise ValueError(f"migration file name not of the form NNN_name.sql: {path.name}")
        found.append(Migration(version=match.group(1), name=path.stem, path=path))
    return found


def _tables(conn: sqlite3.Connection) -> set[str]:
    return {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type IN ('table', 'view')")}


def _columns(conn: sqlite3.Connection, table: str) -> list[str]:
    return [row[0] for row in conn.execute("SELECT name FROM pragma_table_info(:table)", {"table": table})]


def is_spine_database(conn: sqlite3.Connection) -> bool:
    """True when the file carries spine's tracking table (with its columns) and no foreign id."""
    if application_id(conn) not in (0, APPLICATION_ID):
        return False
    if "schema_migrations" not in _tables(conn):
        return False
    return tuple(_columns(conn, "schema_migrations")[:3]) == _TRACKING_COLUMNS


def application_id(conn: sqlite3.Connection) -> int:
    return int(conn.execute("PRAGMA application_id").fetchone()[0])


def plan(conn: sqlite3.Connection, name: str, known: list[Migration]) -> Plan:
    """Check the database against the shipped migrations (reads only) and say what must be done.

    Raises `DatabaseRefused` with one line for another program's file, a newer release's database,
    a changed migration, or a pre-release build's schema.
    """
    app_id = application_id(conn)
    if app_id not in (0, APPLICATION_ID):
        raise DatabaseRefused(
            f"{name} is not a spine database: it belongs to another application"
            f" (SQLite application_id {app_id:#010x}); check --db or SPINE_DB"
        )
    tables = _tables(conn)
    if not tables:
        return Plan(pending=list(known), set_application_id=True)
    if not is_spine_database(conn):
        raise DatabaseRefused(
            f"{name} is not a spine database: a SQLite file of another application (tables, but no"
            " spine schema), left unchanged; check --db or SPINE_DB"
        )
    applied = _applied(conn)
    by_version = {m.version: m for m in known}
    newer = sorted(set(applied) - set(by_version))
    if newer:
        raise DatabaseRefused(
            f"{name} was made by a newer release of spine (migration {', '.join(newer)} is unknown to this"
            " one); upgrade spine to use it"
        )
    adopt: list[Migration] = []
    for version, (applied_name, checksum) in sorted(applied.items()):
        migration = by_version[version]
        if applied_name != migration.name or (checksum is not None and checksum != migration.checksum):
            raise DatabaseRefused(
                f"{name}: migration {migration.path.name} differs from the one applied to this database"
                f" ({applied_name}); shipped migrations never change, so this spine cannot use it"
            )
        if checksum is None:
            adopt.append(migration)
    if adopt and schema_of(conn) != scratch_schema(adopt):
        raise DatabaseRefused(
            f"{name} was made by a pre-release build of spine: its schema differs from what migrations"
            f" {', '.join(m.version for m in adopt)} create; rebuild it with this release (a new --db)"
        )
    return Plan(
        pending=[m for m in known if m.version not in applied],
        adopt=adopt,
        set_application_id=app_id != APPLICATION_ID,
    )


def _applied(conn: sqlite3.Connection) -> dict[str, tuple[str, str | None]]:
    """version -> (name, checksum or None) of every migration recorded in the database."""
    if "checksum" in _columns(conn, "schema_migrations"):
        rows = conn.execute("SELECT version, name, checksum FROM schema_migrations").fetchall()
    else:
        rows = conn.execute("SELECT version, name, NULL FROM schema_migrations").fetchall()
    return {str(row[0]): (str(row[1]), row[2]) for row in rows}


def schema_of(conn: sqlite3.Connection) -> list[tuple[str, str, str, str]]:
    """The schema as comparable rows: (type, name, table, SQL with whitespace collapsed).

    The tracking table and SQLite's own bookkeeping tables are left out: they are not made by the files.
    """
    rows = conn.execute(
        "SELECT type, name, tbl_name, coalesce(sql, '') FROM sqlite_master"
        " WHERE tbl_name NOT IN ('schema_migrations', 'sqlite_sequence') AND tbl_name NOT LIKE 'sqlite_stat%'"
    )
    return sorted((str(t), str(n), str(tb), " ".join(str(sql).split())) for t, n, tb, sql in rows)


def scratch_schema(migrations: list[Migration]) -> list[tuple[str, str, str, str]]:
    """The schema the given migration files create, built in a scratch in-memory database."""
    scratch = sqlite3.connect(":memory:", isolation_level=None)
    try:
        for migration in migrations:
            for statement in split_statements(migration.sql):
                scratch.execute(statement)
        return schema_of(scratch)
    finally:
        scratch.close()


def apply_migrations(conn: sqlite3.Connection, folder: Path | None = None) -> list[str]:
    """Check, then bring an open, writable connection up to date in one transaction.

    The checks read first (nothing is written to a database that is refused); they are repeated under
    the write lock, since another process may have upgraded the file in between.
    """
    known = discover(folder)
    name = database_file(conn)
    if plan(conn, name, known).empty:
        return []
    with temp_on_disk(conn), transaction(conn):
        return apply(conn, plan(conn, name, known))


def apply(conn: sqlite3.Connection, work: Plan) -> list[str]:
    """Carry out a plan inside the caller's write transaction; return the migrations applied now."""
    conn.execute(_TRACKING_TABLE)
    if "checksum" not in _columns(conn, "schema_migrations"):
        conn.execute("ALTER TABLE schema_migrations ADD COLUMN checksum TEXT")
    for migration in work.adopt:
        conn.execute(
            "UPDATE schema_migrations SET checksum = :checksum WHERE version = :version",
            {"checksum": migration.checksum, "version": migration.version},
        )
    applied_now: list[str] = []
    for migration in work.pending:
        for statement in split_statements(migration.sql):
            conn.execute(statement)
        conn.execute(
            "INSERT INTO schema_migrations (version, name, applied_at, checksum)"
            " VALUES (:version, :name, :applied_at, :checksum)",
            {
                "version": migration.version,
                "name": migration.name,
                "applied_at": utc_now(),
                "checksum": migration.checksum,
            },
        )
        applied_now.append(migration.name)
    if work.set_application_id:
        # A PRAGMA takes no bound parameters; the value is this module's own integer constant.
        conn.execute(f"PRAGMA application_id = {int(APPLICATION_ID)}")
    return applied_now


def split_statements(script: str) -> list[str]:
    """Split a script into complete statements (``executescript`` would commit our transaction)."""
    statements: list[str] = []
    buffer = ""
    for line in script.splitlines(keepends=True):
        buffer += line
        if sqlite3.complete_statement(buffer):
            if buffer.strip():
                statements.append(buffer.strip())
            buffer = ""
    if buffer.strip() and not buffer.strip().startswith("--"):
        statements.append(buffer.strip())
    return statements
