"""Releases and the schema: what spine refuses to open, and that refusing changes nothing.

Every refusal is one line, raised before anything is written: the file's bytes, its journal mode and
its tables are exactly as before (no ``-wal`` file appears either).
"""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from spine.api import Spine
from spine.core.database import open_database
from spine.core.errors import DatabaseRefused, PipelineError
from spine.core.migrations import APPLICATION_ID, discover, migrations_dir
from tests.upgrade.test_upgrade import DUMPS, load_dump


def fingerprint(db: Path) -> tuple[str, int]:
    """The file's SHA-256 and the bytes in its write-ahead log: what a refusal must leave unchanged.

    (A reader of a WAL database may create an empty log beside it; that holds no write.)
    """
    wal = Path(f"{db}-wal")
    return hashlib.sha256(db.read_bytes()).hexdigest(), wal.stat().st_size if wal.exists() else 0


def refused(db: Path, fragment: str, folder: Path | None = None) -> str:
    """Open ``db`` for writing and for reading: both refuse with one line; the file is unchanged."""
    before = fingerprint(db)
    messages = []
    for reader in (False, True):
        with pytest.raises(PipelineError) as info:
            open_database(db, reader=reader, folder=folder)
        messages.append(str(info.value))
        assert fragment in messages[-1], messages[-1]
        assert "\n" not in messages[-1]
    assert fingerprint(db) == before
    return messages[0]


@pytest.fixture
def own_migrations(tmp_path: Path) -> Path:
    """A copy of the shipped migrations that a test may change, as a later build would."""
    folder = tmp_path / "migrations"
    shutil.copytree(migrations_dir(), folder)
    return folder


def make_db(path: Path, folder: Path | None = None) -> Path:
    open_database(path, folder=folder).conn.close()
    return path


# -- spine's own databases -------------------------------------------------------------------------


def test_new_database_records_checksums_and_application_id(tmp_path: Path) -> None:
    db = make_db(tmp_path / "new.db")
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID == 0x5350494E
        rows = dict(conn.execute("SELECT version, checksum FROM schema_migrations").fetchall())
    files = {m.version: hashlib.sha256(m.path.read_bytes()).hexdigest() for m in discover()}
    assert rows == files


@pytest.mark.parametrize(
    ("version", "change"),
    [
        ("001", lambda sql: sql + "\nCREATE INDEX ix_executions_status ON executions (status);\n"),
        ("021", lambda sql: sql + "\n-- reworded after it shipped\n"),
    ],
    ids=["001-new-index", "021-comment-only"],
)
def test_a_changed_migration_is_refused(
    tmp_path: Path, own_migrations: Path, version: str, change: Callable[[str], str]
) -> None:
    db = make_db(tmp_path / "spine.db", own_migrations)
    (path,) = own_migrations.glob(f"{version}_*.sql")
    path.write_text(change(path.read_text(encoding="utf-8")), encoding="utf-8")
    message = refused(db, f"migration {path.name} differs from the one applied", own_migrations)
    assert "never change" in message


def test_an_upgrade_sorts_in_temporary_files_and_runs_keep_memory(
    tmp_path: Path, own_migrations: Path
) -> None:
    """An index built by an upgrade sorts the whole history: its spill goes to files, not memory."""
    db = make_db(tmp_path / "spine.db", own_migrations)
    (own_migrations / "999_seen_temp_store.sql").write_text(
        "CREATE TABLE seen_temp_store AS SELECT temp_store FROM pragma_temp_store;\n"
    )
    database = open_database(db, folder=own_migrations)
    assert database.applied == ["999_seen_temp_store"]
    assert database.conn.execute("SELECT temp_store FROM seen_temp_store").fetchone()[0] == 1  # FILE
    assert database.conn.execute("PRAGMA temp_store").fetchone()[0] == 2  # MEMORY, for the run


def test_a_renamed_migration_is_refused(tmp_path: Path, own_migrations: Path) -> None:
    db = make_db(tmp_path / "spine.db", own_migrations)
    (path,) = own_migrations.glob("021_*.sql")
    path.rename(own_migrations / "021_otc_schema.sql")
    refused(db, "migration 021_otc_schema.sql differs", own_migrations)


def test_crlf_checkout_of_the_same_migrations_is_the_same(tmp_path: Path, own_migrations: Path) -> None:
    db = make_db(tmp_path / "spine.db", own_migrations)
    for path in own_migrations.glob("*.sql"):
        path.write_bytes(path.read_bytes().replace(b"\n", b"\r\n"))
    assert open_database(db, folder=own_migrations).applied == []


@pytest.mark.parametrize("versions", [["095"], ["085", "999"]], ids=["one-newer", "two-newer"])
def test_a_newer_release_database_is_refused(tmp_path: Path, versions: list[str]) -> None:
    db = make_db(tmp_path / "spine.db")
    with sqlite3.connect(db) as conn:
        for version in versions:
            conn.execute(
                "INSERT INTO schema_migrations (version, name, applied_at, checksum)"
                " VALUES (:v, :n, '2027-01-01', 'x')",
                {"v": version, "n": f"{version}_later_change"},
            )
    known = {m.version for m in discover()}
    unknown = ", ".join(v for v in versions if v not in known)
    refused(db, f"made by a newer release of spine (migration {unknown} is unknown")


# -- databases of release 0.1.0 and of pre-release builds ----------------------------------------


def _dump_db(tmp_path: Path, *statements: str) -> Path:
    db = tmp_path / "old.db"
    load_dump(DUMPS[0], db)
    with sqlite3.connect(db) as conn:
        for statement in statements:
            conn.execute(statement)
    return db


@pytest.mark.parametrize(
    "statements",
    [
        # The case: an early build's otc_raw without the absent_ranges column.
        ("ALTER TABLE otc_raw DROP COLUMN absent_ranges",),
        ("CREATE INDEX ix_otc_raw_symbol ON otc_raw (symbol)",),
        ("DROP VIEW otc_normalization_map", "CREATE VIEW otc_normalization_map AS SELECT 1 AS x"),
    ],
    ids=["missing-column", "extra-index", "other-view"],
)
def test_a_pre_release_database_is_refused(tmp_path: Path, statements: tuple[str, ...]) -> None:
    db = _dump_db(tmp_path, *statements)
    refused(db, "made by a pre-release build of spine: its schema differs from what migrations 001, 021")


def test_a_release_database_is_adopted_once(tmp_path: Path) -> None:
    db = _dump_db(tmp_path)
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA application_id").fetchone()[0] == 0
    with Spine(db) as spine:
        assert spine.conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    # Once adopted, its checksums are what later openings compare.
    with sqlite3.connect(db) as conn:
        assert None not in {r[0] for r in conn.execute("SELECT checksum FROM schema_migrations")}


# -- files that are not spine's --------------------------------------------------------------------


def _sqlite_file(path: Path, *statements: str) -> Path:
    conn = sqlite3.connect(path)
    for statement in statements:
        conn.execute(statement)
    conn.commit()
    conn.close()
    return path


FOREIGN = {
    "other-tables": (("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)",), "is not a spine database"),
    "other-tracking-table": (
        (
            "CREATE TABLE schema_migrations (version TEXT PRIMARY KEY)",
            "INSERT INTO schema_migrations VALUES ('20240101120000')",
        ),
        "is not a spine database",
    ),
    "foreign-application-id": (("PRAGMA application_id = 1179603521",), "belongs to another application"),
    "foreign-id-with-spine-tables": (
        (
            "PRAGMA application_id = 7",
            "CREATE TABLE schema_migrations (version TEXT, name TEXT, applied_at TEXT)",
        ),
        "(SQLite application_id 0x00000007)",
    ),
}  # fmt: skip


@pytest.mark.parametrize("kind", FOREIGN)
def test_another_programs_sqlite_file_is_refused_and_unchanged(tmp_path: Path, kind: str) -> None:
    statements, fragment = FOREIGN[kind]
    db = _sqlite_file(tmp_path / "other.sqlite", *statements)
    with sqlite3.connect(db) as conn:
        tables = conn.execute("SELECT name, sql FROM sqlite_master").fetchall()
    refused(db, fragment)
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT name, sql FROM sqlite_master").fetchall() == tables
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"


@pytest.mark.parametrize(
    "content",
    [b"WeekEnding|Tier|Symbol\n2025-12-26|NMS_TIER_1|AAPL\n", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8],
    ids=["text-file", "binary-file"],
)
def test_a_file_that_is_not_sqlite_is_refused(tmp_path: Path, content: bytes) -> None:
    db = tmp_path / "data.psv"
    db.write_bytes(content)
    refused(db, "is not a SQLite database")
    assert db.read_bytes() == content


def test_refusal_through_the_library_raises_the_one_line_error(tmp_path: Path) -> None:
    db = _sqlite_file(tmp_path / "other.sqlite", "CREATE TABLE t (x)")
    with pytest.raises(DatabaseRefused, match="is not a spine database"):
        Spine(db)
