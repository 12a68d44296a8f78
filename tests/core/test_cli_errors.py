"""Errors of the command line itself: one escaped line, the right exit code, nothing written.

Run in process (click's CliRunner through the real entry point); every case checks that no traceback
is printed and that stderr is exactly one line.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from spine.api import Spine
from tests.conftest import FIXTURES, SEED_WEEKS, TIER, spine_cli
from tests.upgrade.test_upgrade import DUMPS, load_dump

WEEK = SEED_WEEKS[-1]
SEED_FILE = FIXTURES / f"week_{WEEK}.psv"
INGEST = ("run", "otc.ingest_week", "-p", f"tier={TIER}", "-p", f"week_ending={WEEK}")


def one_line(done: subprocess.CompletedProcess[str], code: int, *fragments: str) -> str:
    assert "Traceback" not in done.stdout + done.stderr, done.stderr
    assert done.returncode == code, (done.returncode, done.stdout, done.stderr)
    assert done.stderr.startswith("error: ") and done.stderr.count("\n") == 1, done.stderr
    for fragment in fragments:
        assert fragment in done.stderr, (fragment, done.stderr)
    return done.stderr


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


# -- SPINE_BUSY_TIMEOUT -------------------------------------------------------------------------------


@pytest.mark.parametrize("value", ["abc", "-1", "inf", "nan", "1e9", "30s"])
def test_a_busy_timeout_that_is_not_seconds_is_a_usage_error(db_path: Path, value: str) -> None:
    for command in (("db", "init"), (*INGEST, "-p", f"file_path={SEED_FILE}")):
        done = spine_cli(*command, db=db_path, env={"SPINE_BUSY_TIMEOUT": value})
        one_line(done, 2, f"SPINE_BUSY_TIMEOUT={value} is not a number of seconds from 0 to 86400")
        assert not db_path.exists()


@pytest.mark.parametrize("value", ["0", "2.5", " 7 "])
def test_a_busy_timeout_in_seconds_is_accepted(db_path: Path, value: str) -> None:
    done = spine_cli("db", "init", db=db_path, env={"SPINE_BUSY_TIMEOUT": value})
    assert done.returncode == 0, done.stderr


# -- values and names holding line breaks or control characters ------------------------------------


@pytest.mark.parametrize(
    ("param", "shown"),
    [
        ("file_path=week.psv\nrm -rf x", "file_path=week.psv\\nrm -rf x"),
        (f"week_ending={WEEK}\r", f"week_ending={WEEK}\\r"),
        ("file_path=a\u2028b.psv", "file_path=a\\u2028b.psv"),
    ],
    ids=["newline", "carriage-return", "line-separator"],
)
def test_parameter_values_holding_line_breaks_are_refused(db_path: Path, param: str, shown: str) -> None:
    done = spine_cli("run", "otc.ingest_week", "-p", f"tier={TIER}", "-p", param, db=db_path)
    one_line(done, 2, f"parameter {shown} holds a line break")
    assert not db_path.exists()


@pytest.mark.parametrize(
    ("args", "code", "shown"),
    [
        # README exit codes: a missing input file fails the pipeline (1), an unknown pipeline is a usage
        # error (2), a database in a missing folder is refused (1).
        ((*INGEST, "-p", "file_path=/nowhere/\x1b[2Jweek.psv"), 1, "/nowhere/\\x1b[2Jweek.psv"),
        (("run", "otc.\x07bell"), 2, "'otc.\\x07bell'"),
        (("status", "--db", "/nowhere/a\tb.db"), 1, "/nowhere/a\\tb.db"),
    ],
    ids=["escape-sequence-in-a-path", "bell-in-a-name", "tab-in-db-path"],
)
def test_user_text_in_errors_is_escaped(db_path: Path, args: tuple[str, ...], code: int, shown: str) -> None:
    done = spine_cli(*args, db=db_path)
    assert "\x1b" not in done.stderr and "\x07" not in done.stderr
    one_line(done, code, shown)


# -- the database path ----------------------------------------------------------------------------------


def test_db_on_a_folder_says_it_is_a_folder(tmp_path: Path) -> None:
    for command in (("db", "init"), ("status",), (*INGEST, "-p", f"file_path={SEED_FILE}")):
        done = spine_cli(*command, "--db", str(tmp_path))
        one_line(done, 1, f"{tmp_path} is a folder, not a database file")
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("kind", ["fifo", "char-device"])
def test_special_files_as_the_database_are_refused(tmp_path: Path, kind: str) -> None:
    if kind == "fifo":
        special = tmp_path / "spine.db"
        os.mkfifo(special)
    else:
        special = Path("/dev/null")
    for command in (("db", "init"), ("status",), (*INGEST, "-p", f"file_path={SEED_FILE}")):
        done = spine_cli(*command, "--db", str(special))
        one_line(done, 1, f"{special} is not a regular file")
    assert not Path(f"{special}-wal").exists() and not Path(f"{special}-journal").exists()


# -- read-only databases --------------------------------------------------------------------------------


@pytest.fixture
def read_only() -> Iterator[list[Path]]:
    """Paths a test makes read-only (chmod; for root, which ignores modes, the immutable flag)."""
    paths: list[Path] = []
    yield paths
    for path in paths:
        if os.geteuid() == 0:
            subprocess.run(["chattr", "-i", str(path)], check=False)
        path.chmod(0o755 if path.is_dir() else 0o644)


def make_read_only(path: Path, undo: list[Path]) -> None:
    undo.append(path)
    path.chmod(0o555 if path.is_dir() else 0o444)
    if os.geteuid() == 0:
        subprocess.run(["chattr", "+i", str(path)], check=True)
    assert not os.access(path, os.W_OK), f"{path} could not be made read-only here"


def seeded_db(folder: Path) -> Path:
    folder.mkdir()
    db = folder / "spine.db"
    with Spine(db) as spine:
        done = spine.run("otc.backfill_range", tier=TIER, source_dir=str(FIXTURES), weeks_back=2)
        assert done.ok, done.error
    return db


@pytest.mark.parametrize("what", ["file", "folder"])
def test_a_read_only_database_can_be_read_and_refuses_writes_in_one_line(
    tmp_path: Path, read_only: list[Path], what: str
) -> None:
    db = seeded_db(tmp_path / "data")
    before = digest(db)
    make_read_only(db if what == "file" else db.parent, read_only)
    status = spine_cli("status", "--json", db=db)
    assert status.returncode == 0 and status.stderr == "", status.stderr
    assert '"week_ending": "2025-12-26"' in status.stdout
    assert spine_cli("rejects", "--csv", db=db).returncode == 0
    done = spine_cli(*INGEST, "-p", f"file_path={SEED_FILE}", "-p", "force=true", db=db)
    one_line(done, 1, f"cannot write to {db}: the file or its folder is read-only")
    assert digest(db) == before


def test_a_read_only_database_of_an_earlier_release_says_it_needs_upgrading(
    tmp_path: Path, read_only: list[Path]
) -> None:
    db = tmp_path / "old.db"
    load_dump(DUMPS[0], db)
    make_read_only(db, read_only)
    done = spine_cli("status", db=db)
    one_line(done, 1, "was made by an earlier release and needs upgrading, but it is read-only")


# -- damaged files ---------------------------------------------------------------------------------------


def _damage(db: Path, how: str) -> None:
    data = bytearray(db.read_bytes())
    page = int.from_bytes(data[16:18], "big")
    if how == "header":
        data[0:16] = b"not sqlite at al"
    elif how == "data-page":
        victim = next(
            r[0]
            for r in sqlite3.connect(db).execute(
                "SELECT rootpage FROM sqlite_master WHERE name = 'otc_week_manifest'"
            )
        )
        start = (victim - 1) * page
        data[start : start + page] = bytes([0xA5]) * page
    else:  # truncated half-way
        del data[len(data) // 2 :]
    db.write_bytes(bytes(data))


@pytest.mark.parametrize(
    ("how", "fragment"),
    [("header", "is not a SQLite database"), ("data-page", "is damaged"), ("truncated", "is damaged")],
)
def test_a_damaged_database_is_one_line(tmp_path: Path, how: str, fragment: str) -> None:
    db = seeded_db(tmp_path / "data")
    with sqlite3.connect(db) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    _damage(db, how)
    before = digest(db)
    for command in (("status",), (*INGEST, "-p", f"file_path={SEED_FILE}")):
        done = spine_cli(*command, db=db)
        one_line(done, 1, fragment)
    assert digest(db) == before


# -- runs that write nothing ------------------------------------------------------------------------------


DRY_RUN = (
    "run",
    "otc.backfill_range",
    "-p",
    f"tier={TIER}",
    "-p",
    f"source_dir={FIXTURES}",
    "-p",
    "weeks_back=2",
)


def test_a_dry_run_creates_no_database(tmp_path: Path) -> None:
    db = tmp_path / "never.db"
    done = spine_cli(*DRY_RUN, "-p", "dry_run=true", "--json", db=db)
    assert done.returncode == 0, done.stderr
    assert '"dry_run": true' in done.stdout and '"ingest": "run"' in done.stdout
    assert list(tmp_path.iterdir()) == []


def test_a_dry_run_writes_nothing_to_an_existing_database(tmp_path: Path) -> None:
    db = seeded_db(tmp_path / "data")
    with sqlite3.connect(db) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        runs = conn.execute("SELECT COUNT(*) FROM executions").fetchone()[0]
    before = digest(db)
    done = spine_cli(*DRY_RUN, "-p", "dry_run=true", "-p", "force=true", "--json", db=db)
    assert done.returncode == 0, done.stderr
    assert '"ingest": "run"' in done.stdout  # force: every stage would run again
    assert digest(db) == before
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT COUNT(*) FROM executions").fetchone()[0] == runs


def test_copying_a_read_only_database_keeps_it_readable(tmp_path: Path) -> None:
    """A read-only open leaves no state that makes the file unusable to a writer afterwards."""
    db = seeded_db(tmp_path / "data")
    assert spine_cli("status", db=db).returncode == 0
    copy = tmp_path / "copy.db"
    shutil.copy(db, copy)
    assert spine_cli(*INGEST, "-p", f"file_path={SEED_FILE}", db=db).returncode == 0
