"""Numbered SQL migrations, each applied once inside a transaction.

The files live in ``migrations/`` at the repository root; a wheel carries them as ``spine/migrations``.
Applying them is idempotent: ``schema_migrations`` remembers what ran, so ``spine db init`` twice is a
no-op.
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from spine.core.db import transaction, utc_now

_NAME = re.compile(r"^(\d{3})_[a-z0-9_]+\.sql$")


@dataclass(frozen=True)
class Migration:
    version: str
    name: str
    path: Path


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


def _ensure_tracking_table(conn: sqlite3.Connection) -> None:
    conn.execute(
        "CREATE TABLE IF NOT EXISTS schema_migrations ("
        " version TEXT PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)"
    )


def applied_versions(conn: sqlite3.Connection) -> set[str]:
    _ensure_tracking_table(conn)
    return {row[0] for row in conn.execute("SELECT version FROM schema_migrations")}


def is_spine_database(conn: sqlite3.Connection) -> bool:
    """True when the file has the migrations table (look commands refuse other SQLite files)."""
    row = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'"
    ).fetchone()
    return row is not None


def _applied_without_lock(conn: sqlite3.Connection) -> set[str]:
    """Versions applied so far, read without the write lock: an up-to-date database (the usual
    case) then never waits on another process's write just to be opened for reading."""
    if not is_spine_database(conn):
        return set()
    return {row[0] for row in conn.execute("SELECT version FROM schema_migrations")}


def apply_migrations(conn: sqlite3.Connection, folder: Path | None = None) -> list[str]:
    """Apply every migration not yet applied, in order; return the names applied now."""
    applied_now: list[str] = []
    pending = [m for m in discover(folder) if m.version not in _applied_without_lock(conn)]
    for migration in pending:
        with transaction(conn):
            # Checked inside the write lock so two processes initialising at once apply it once.
            if migration.version in applied_versions(conn):
                continue
            for statement in _split_statements(migration.path.read_text(encoding="utf-8")):
                conn.execute(statement)
            conn.execute(
                "INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)",
                (migration.version, migration.name, utc_now()),
            )
            applied_now.append(migration.name)
    return applied_now


def _split_statements(script: str) -> list[str]:
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
