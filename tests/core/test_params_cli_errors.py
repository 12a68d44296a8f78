"""User mistakes on the command line: the exact exit code and one clear line, never a traceback (SPEC §8).

Exit 2 for a usage error (unknown pipeline, bad or missing parameter), exit 1 for a run that fails for a
reason the user can act on (missing file, a stage run too early, no database).
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from spine.api import Spine
from spine.core.errors import UsageError
from spine.core.migrations import discover
from tests.conftest import FIXTURES, TIER, count, spine_cli, write_file

WEEK = "2025-12-26"
WEEK_ARGS = ("-p", f"tier={TIER}", "-p", f"week_ending={WEEK}")
SEED_FILE = FIXTURES / f"week_{WEEK}.psv"
PIPELINES = [
    "otc.aggregate_week",
    "otc.backfill_range",
    "otc.compute_rolling_6w",
    "otc.ingest_week",
    "otc.normalize_week",
    "otc.query_rolling",
    "otc.research_snapshot_week",
]


def error_line(done: subprocess.CompletedProcess[str], code: int, *fragments: str) -> str:
    """Assert the exit code, no traceback, and exactly one line on stderr holding every fragment."""
    assert "Traceback" not in done.stdout + done.stderr, done.stderr
    assert done.returncode == code, (done.returncode, done.stdout, done.stderr)
    lines = [line for line in done.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, done.stderr
    for fragment in fragments:
        assert fragment in lines[0], (fragment, lines[0])
    return lines[0]


# --------------------------------------------------------------------------------------------
# Usage errors: exit 2, naming the parameter (and what is accepted)

USAGE_ERRORS: dict[str, tuple[list[str], list[str]]] = {
    # case -> (arguments after `spine run`, fragments of the error line)
    "week_ending not a Friday": (
        ["otc.normalize_week", "-p", f"tier={TIER}", "-p", "week_ending=2025-12-24"],
        ["week_ending", "2025-12-24", "Friday"],
    ),
    "week_ending not a date": (
        ["otc.normalize_week", "-p", f"tier={TIER}", "-p", "week_ending=26/12/2025"],
        ["week_ending", "YYYY-MM-DD"],
    ),
    "force=maybe": (
        ["otc.normalize_week", *WEEK_ARGS, "-p", "force=maybe"],
        ["force", "maybe", "true or false"],
    ),
    "bool of another pipeline": (
        ["otc.normalize_week", *WEEK_ARGS, "-p", "reject_zero_volume=perhaps"],
        ["reject_zero_volume", "true or false"],
    ),
    "weeks_back=abc": (
        ["otc.backfill_range", "-p", f"tier={TIER}", "-p", f"source_dir={FIXTURES}", "-p", "weeks_back=abc"],
        ["weeks_back", "abc", "whole number"],
    ),
    "weeks_back=0": (
        ["otc.backfill_range", "-p", f"tier={TIER}", "-p", f"source_dir={FIXTURES}", "-p", "weeks_back=0"],
        ["weeks_back"],
    ),
    "unknown parameter foo": (
        ["otc.normalize_week", *WEEK_ARGS, "-p", "foo=1"],
        ["foo", "tier", "week_ending", "reject_zero_volume", "force"],
    ),
    "missing required file_path": (["otc.ingest_week", *WEEK_ARGS], ["file_path"]),
    "missing required tier": (["otc.normalize_week", "-p", f"week_ending={WEEK}"], ["tier"]),
    "missing every parameter": (["otc.ingest_week"], ["missing required parameter"]),
    "-p noequals": (["otc.normalize_week", *WEEK_ARGS, "-p", "noequals"], ["noequals", "key=value"]),
    "-p =value": (["otc.normalize_week", *WEEK_ARGS, "-p", "=value"], ["key=value"]),
    "parameter given twice": (
        ["otc.normalize_week", *WEEK_ARGS, "-p", "week_ending=2025-12-19"],
        ["week_ending", "twice"],
    ),
    "empty file_path": (["otc.ingest_week", *WEEK_ARGS, "-p", "file_path="], ["file_path"]),
    "source_type not allowed": (
        ["otc.ingest_week", *WEEK_ARGS, "-p", f"file_path={SEED_FILE}", "-p", "source_type=s3"],
        ["source_type", "s3", "file"],
    ),
    "unknown pipeline": (["otc.nope", *WEEK_ARGS], ["otc.nope", *PIPELINES]),
    "unknown tier": (
        ["otc.normalize_week", "-p", "tier=NMS_TIER_9", "-p", f"week_ending={WEEK}"],
        ["tier", "NMS_TIER_9", "NMS_TIER_1", "NMS_TIER_2", "OTC"],
    ),
    "unknown tier of a backfill": (
        ["otc.backfill_range", "-p", "tier=TIER3", "-p", f"source_dir={FIXTURES}", "-p", "weeks_back=1"],
        ["tier", "TIER3", "NMS_TIER_1", "NMS_TIER_2", "OTC"],
    ),
}


@pytest.mark.parametrize("case", list(USAGE_ERRORS))
def test_usage_errors_exit_2_naming_the_problem(db_path: Path, case: str) -> None:
    args, fragments = USAGE_ERRORS[case]
    done = spine_cli("run", *args, db=db_path)
    line = error_line(done, 2, *fragments)
    assert line.startswith("error: ")
    assert done.stdout == ""  # nothing ran, so no status line either
    # A refused request runs nothing: no execution is recorded.
    if db_path.exists():
        with Spine(db_path) as spine:
            assert count(spine.conn, "SELECT COUNT(*) FROM executions") == 0


def test_status_with_an_unknown_tier_exits_2_naming_the_tiers(db_path: Path) -> None:
    assert spine_cli("db", "init", db=db_path).returncode == 0
    done = spine_cli("status", "--tier", "bogus", db=db_path)
    assert done.returncode == 2 and "Traceback" not in done.stdout + done.stderr
    errors = [line for line in done.stderr.splitlines() if "bogus" in line]
    assert len(errors) == 1
    assert all(tier in errors[0] for tier in ("NMS_TIER_1", "NMS_TIER_2", "OTC"))


# --------------------------------------------------------------------------------------------
# Failed runs: exit 1, one line saying what to do


def test_missing_file_exits_1(db_path: Path, tmp_path: Path) -> None:
    missing = tmp_path / "nowhere" / "week.psv"
    done = spine_cli("run", "otc.ingest_week", *WEEK_ARGS, "-p", f"file_path={missing}", db=db_path)
    error_line(done, 1, "file not found", str(missing))
    assert "FAILED" in done.stdout
    with Spine(db_path) as spine:
        assert count(spine.conn, "SELECT COUNT(*) FROM otc_week_manifest") == 0
        status, error = spine.conn.execute("SELECT status, error FROM executions").fetchone()
        assert status == "FAILED" and "file not found" in error


def test_folder_as_file_exits_1(db_path: Path, tmp_path: Path) -> None:
    done = spine_cli("run", "otc.ingest_week", *WEEK_ARGS, "-p", f"file_path={tmp_path}", db=db_path)
    error_line(done, 1, "folder", str(tmp_path))


def test_empty_file_exits_1(db_path: Path, tmp_path: Path) -> None:
    empty = write_file(tmp_path / "empty.psv", "")
    done = spine_cli("run", "otc.ingest_week", *WEEK_ARGS, "-p", f"file_path={empty}", db=db_path)
    error_line(done, 1, "empty")
    with Spine(db_path) as spine:
        assert count(spine.conn, "SELECT COUNT(*) FROM otc_week_manifest") == 0


def test_normalize_before_ingest_exits_1(db_path: Path) -> None:
    done = spine_cli("run", "otc.normalize_week", *WEEK_ARGS, db=db_path)
    error_line(done, 1, "otc.ingest_week", "first")


@pytest.mark.parametrize("ingested", [False, True], ids=["fresh", "after-ingest"])
def test_aggregate_before_normalize_exits_1(db_path: Path, ingested: bool) -> None:
    if ingested:
        done = spine_cli("run", "otc.ingest_week", *WEEK_ARGS, "-p", f"file_path={SEED_FILE}", db=db_path)
        assert done.returncode == 0, done.stderr
    done = spine_cli("run", "otc.aggregate_week", *WEEK_ARGS, db=db_path)
    error_line(done, 1, "otc.normalize_week", "first")
    with Spine(db_path) as spine:
        assert count(spine.conn, "SELECT COUNT(*) FROM otc_symbol_summary") == 0
        stage = spine.conn.execute("SELECT stage FROM otc_week_manifest").fetchone()
        assert (stage[0] if stage else None) == ("INGESTED" if ingested else None)


def test_snapshot_before_aggregate_exits_1(db_path: Path) -> None:
    done = spine_cli("run", "otc.research_snapshot_week", *WEEK_ARGS, db=db_path)
    error_line(done, 1, "otc.aggregate_week", "first")


# --------------------------------------------------------------------------------------------
# The database file


@pytest.mark.parametrize(
    "command",
    [
        ["status"],
        ["rejects"],
        ["checks"],
        ["captures"],
        ["snapshot", "--tier", TIER],
        ["rolling", "--tier", TIER],
        ["shares", "--tier", TIER],
    ],
    ids=lambda c: c[0],
)
def test_views_on_a_missing_database_exit_1_and_create_nothing(tmp_path: Path, command: list[str]) -> None:
    missing = tmp_path / "absent.db"
    done = spine_cli(*command, db=missing)
    error_line(done, 1, str(missing), "spine db init")
    assert sorted(p.name for p in tmp_path.iterdir()) == []


def test_db_in_a_missing_folder_is_one_line(tmp_path: Path) -> None:
    where = tmp_path / "no" / "such" / "folder" / "spine.db"
    done = spine_cli("db", "init", db=where)
    error_line(done, 1, str(where))
    assert not (tmp_path / "no").exists()


def test_db_that_is_a_folder_is_one_line(tmp_path: Path) -> None:
    folder = tmp_path / "a_folder.db"
    folder.mkdir()
    done = spine_cli("status", db=folder)
    error_line(done, 1, str(folder))


def test_db_that_is_not_sqlite_is_one_line_and_left_alone(tmp_path: Path) -> None:
    junk = write_file(tmp_path / "notes.db", "these are my notes, not a database\n" * 20)
    before = junk.read_bytes()
    for command in (["status"], ["db", "init"]):
        done = spine_cli(*command, db=junk)
        error_line(done, 1, str(junk))
    assert junk.read_bytes() == before


def test_db_init_twice_applies_nothing_the_second_time(db_path: Path) -> None:
    first = spine_cli("db", "init", db=db_path)
    assert first.returncode == 0 and "applied" in first.stdout, first.stderr
    with Spine(db_path) as spine:
        migrations = spine.conn.execute("SELECT * FROM schema_migrations ORDER BY version").fetchall()
        schema = spine.conn.execute("SELECT type, name, sql FROM sqlite_master ORDER BY name").fetchall()
    assert [m[0] for m in migrations] == [m.version for m in discover()]
    second = spine_cli("db", "init", db=db_path)
    assert second.returncode == 0 and second.stderr == ""
    assert "nothing to apply" in second.stdout and "applied" not in second.stdout
    with Spine(db_path) as spine:
        assert spine.conn.execute("SELECT * FROM schema_migrations ORDER BY version").fetchall() == migrations
        assert (
            spine.conn.execute("SELECT type, name, sql FROM sqlite_master ORDER BY name").fetchall() == schema
        )


# --------------------------------------------------------------------------------------------
# The same declarations through the library API


@pytest.mark.parametrize(
    ("name", "params", "fragment"),
    [
        ("otc.normalize_week", {"tier": TIER, "week_ending": "2025-12-24"}, "week_ending"),
        ("otc.normalize_week", {"tier": TIER, "week_ending": WEEK, "force": "maybe"}, "force"),
        ("otc.backfill_range", {"tier": TIER, "source_dir": ".", "weeks_back": "abc"}, "weeks_back"),
        ("otc.backfill_range", {"tier": TIER, "source_dir": ".", "weeks_back": True}, "weeks_back"),
        ("otc.normalize_week", {"tier": TIER, "week_ending": WEEK, "foo": 1}, "foo"),
        ("otc.ingest_week", {"tier": TIER, "week_ending": WEEK}, "file_path"),
        ("otc.normalize_week", {"tier": "T9", "week_ending": WEEK}, "NMS_TIER_1, NMS_TIER_2, OTC"),
        ("otc.nope", {}, "otc.ingest_week"),
    ],
)
def test_api_usage_errors_raise_and_record_nothing(
    spine: Spine, name: str, params: dict[str, object], fragment: str
) -> None:
    with pytest.raises(UsageError, match=fragment):
        spine.run(name, params)
    assert count(spine.conn, "SELECT COUNT(*) FROM executions") == 0
