"""Edge cases of the `spine` command: literal data in tables, --week checks, refused requests, odd files.

Every case runs the command through its entry point (in process) and checks the exit code (0 ok,
1 failed, 2 usage, 3 partial backfill), the exact output and that an error is one line starting
"error: ".
"""

from __future__ import annotations

import csv
import io
import json
import sqlite3
import subprocess
from pathlib import Path

import pytest

from spine.api import Spine
from tests.conftest import FIXTURES, TIER, backfill, spine_cli, write_file

WEEK = "2025-12-26"
HEADER = "WeekEnding|Tier|Symbol|MPID|TotalShares|TotalTrades"
REJECT_COLUMNS = (
    "week_ending,tier,stage,reason_code,reason_detail,line_number,raw_line,source_locator,capture_id"
)
LOOK_COMMANDS = [
    ["status"],
    ["rejects"],
    ["checks"],
    ["snapshot", "--tier", "T1"],
    ["rolling", "--tier", "T1"],
    ["shares", "--tier", "T1"],
    ["captures"],
    ["capture-volumes", "1"],
]
WEEK_COMMANDS = [command for command in LOOK_COMMANDS if command[0] != "capture-volumes"]  # take --week


def backfill_args(*params: str, source_dir: Path = FIXTURES) -> list[str]:
    args = ["run", "otc.backfill_range", "-p", f"tier={TIER}", "-p", f"source_dir={source_dir}"]
    for param in params:
        args += ["-p", param]
    return args


def assert_one_line_error(result: subprocess.CompletedProcess[str], code: int, *needles: str) -> str:
    """The exit code, and an error of exactly one line starting "error: " holding every needle."""
    assert result.returncode == code, (result.returncode, result.stdout, result.stderr)
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("error: "), result.stderr
    assert "Traceback" not in result.stderr
    for needle in needles:
        assert needle in lines[0], (needle, lines[0])
    return lines[0]


def seed_db(db_path: Path, **params: object) -> None:
    """The seed backfill (library side, which the CLI wraps), committed and closed."""
    with Spine(db_path) as spine:
        result = backfill(spine, **params)
        assert result.ok, result.error


# -- 1. Rich markup in data ------------------------------------------------------------------------


def test_markup_in_rejected_lines_is_printed_literally(db_path: Path, tmp_path: Path) -> None:
    path = write_file(
        tmp_path / "markup.psv",
        "\n".join(
            [
                HEADER,
                f"{WEEK}|{TIER}|AAPL|NITE|1000|10",
                f"{WEEK}|{TIER}|[/x]|NITE|200|2",
                f"{WEEK}|{TIER}|[bold]Z|CITD|300|3",
            ]
        )
        + "\n",
    )
    week = ["-p", f"tier={TIER}", "-p", f"week_ending={WEEK}"]
    ingest = spine_cli("run", "otc.ingest_week", *week, "-p", f"file_path={path}", db=db_path)
    assert ingest.returncode == 0, ingest.stderr
    normalize = spine_cli("run", "otc.normalize_week", *week, db=db_path)
    assert normalize.returncode == 0, normalize.stderr

    data = json.loads(spine_cli("rejects", "--json", db=db_path).stdout)
    assert [(r["line_number"], r["reason_code"], r["raw_line"]) for r in data] == [
        (3, "INVALID_SYMBOL", f"{WEEK}|{TIER}|[/x]|NITE|200|2"),
        (4, "INVALID_SYMBOL", f"{WEEK}|{TIER}|[bold]Z|CITD|300|3"),
    ]
    table = spine_cli("rejects", db=db_path)
    assert table.returncode == 0, table.stderr
    assert table.stderr == ""
    # The details name the symbols as cleaned (upper case): shown as written, not read as markup.
    assert "'[/X]'" in table.stdout
    assert "'[BOLD]Z'" in table.stdout
    # The lines as written (lower case) are in the JSON above; the table folds long text.


# -- 2. --week is checked ----------------------------------------------------------------------------


@pytest.mark.parametrize("command", WEEK_COMMANDS, ids=lambda c: c[0])
@pytest.mark.parametrize("week", ["foo", "2025-12-24"])
def test_week_option_is_validated(command: list[str], week: str, db_path: Path) -> None:
    result = spine_cli(*command, "--week", week, db=db_path)
    line = assert_one_line_error(result, 2, "--week")
    if week == "2025-12-24":
        assert "2025-12-24 is a Wednesday; weeks end on a Friday" in line
    else:
        assert "expected an ISO date YYYY-MM-DD" in line
    assert result.stdout == ""
    assert not db_path.exists()  # refused before any database was opened


def test_snapshot_week_latest_after_a_backfill(db_path: Path) -> None:
    seed_db(db_path)
    table = spine_cli("snapshot", "--tier", "T1", "--week", "latest", db=db_path)
    assert table.returncode == 0, table.stderr
    assert f"snapshot {TIER} {WEEK}" in table.stdout
    as_json = spine_cli("snapshot", "--tier", "T1", "--week", "LATEST", "--json", db=db_path)
    assert as_json.returncode == 0, as_json.stderr
    explicit = spine_cli("snapshot", "--tier", "T1", "--week", WEEK, "--json", db=db_path)
    rows = json.loads(as_json.stdout)
    assert rows == json.loads(explicit.stdout)
    assert sorted(r["symbol"] for r in rows) == ["AAPL", "META", "MSFT", "NVDA", "TSLA"]


# -- 3. Values too large, absurd environment --------------------------------------------------------


def test_capture_volumes_with_an_id_beyond_64_bits(db_path: Path) -> None:
    result = spine_cli("capture-volumes", "99999999999999999999999", db=db_path)
    assert_one_line_error(result, 2, "99999999999999999999999")
    assert not db_path.exists()


def test_weeks_back_beyond_the_maximum(db_path: Path) -> None:
    result = spine_cli(*backfill_args("weeks_back=99999999999"), db=db_path)
    assert_one_line_error(result, 2, "weeks_back=99999999999", "must be at most 1040")
    assert not db_path.exists()


def test_infinite_busy_timeout_is_a_usage_error(db_path: Path) -> None:
    """An infinite wait would overflow SQLite's millisecond timeout: refused, never silently replaced."""
    result = spine_cli(*backfill_args("weeks_back=6"), db=db_path, env={"SPINE_BUSY_TIMEOUT": "inf"})
    assert_one_line_error(result, 2, "SPINE_BUSY_TIMEOUT=inf is not a number of seconds")
    assert not db_path.exists()


# -- 4. Backfill parameter combinations -------------------------------------------------------------


@pytest.mark.parametrize(
    ("params", "needle"),
    [
        (["weeks_back=2", "start_week=2025-12-19"], "give either weeks_back or start_week + end_week"),
        (["end_week=2025-12-26"], "give weeks_back=N, or start_week and end_week"),
        (
            ["start_week=2025-12-26", "end_week=2025-12-19"],
            "start_week 2025-12-26 is after end_week 2025-12-19",
        ),
    ],
    ids=["weeks_back_and_start", "end_alone", "start_after_end"],
)
def test_backfill_combinations_refused_before_the_database(
    params: list[str], needle: str, db_path: Path
) -> None:
    result = spine_cli(*backfill_args(*params), db=db_path)
    assert_one_line_error(result, 2, needle)
    assert not db_path.exists()


def test_backfill_missing_source_dir_refused_before_the_database(db_path: Path, tmp_path: Path) -> None:
    missing = tmp_path / "no-such-folder"
    result = spine_cli(*backfill_args("weeks_back=6", source_dir=missing), db=db_path)
    assert_one_line_error(result, 2, f"source_dir={missing}", "not a folder")
    assert not db_path.exists()


# -- 5. Help, option values ---------------------------------------------------------------------------


def test_no_arguments_prints_the_help() -> None:
    result = spine_cli()
    assert result.returncode == 0, result.stderr
    assert "Usage:" in result.stdout
    assert "Market Spine Basic" in result.stdout
    assert result.stderr == ""


def test_option_values_are_case_insensitive(db_path: Path) -> None:
    seed_db(db_path)
    plain = spine_cli("checks", "--status", "warn", db=db_path)
    assert plain.returncode == 0, plain.stderr
    assert plain.stderr == ""
    warn = json.loads(spine_cli("checks", "--status", "warn", "--json", db=db_path).stdout)
    with Spine(db_path) as spine:
        assert warn == list(spine.quality_checks(status="WARN"))
    assert {r["status"] for r in warn} <= {"WARN"}

    refused = spine_cli("rejects", "--reason", "nope", db=db_path)
    assert_one_line_error(refused, 2, "--reason", "nope")

    symbol = spine_cli("rejects", "--reason", "invalid_symbol", "--json", db=db_path)
    assert symbol.returncode == 0, symbol.stderr
    rows = json.loads(symbol.stdout)
    assert [(r["week_ending"], r["reason_code"], r["raw_line"]) for r in rows] == [
        ("2025-12-05", "INVALID_SYMBOL", "2025-12-05|NMS_TIER_1|BAD$YM|NITE|100000|500")
    ]


# -- 6. CSV without rows -------------------------------------------------------------------------------


def test_rejects_csv_without_rejects_prints_only_the_header(db_path: Path) -> None:
    assert spine_cli("db", "init", db=db_path).returncode == 0
    result = spine_cli("rejects", "--csv", db=db_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("week_ending,tier,stage,reason_code")
    assert result.stdout.splitlines() == [REJECT_COLUMNS]
    assert list(csv.DictReader(io.StringIO(result.stdout))) == []


# -- 7. Files that are not spine databases ---------------------------------------------------------


@pytest.mark.parametrize("command", LOOK_COMMANDS, ids=lambda c: c[0])
def test_look_commands_refuse_another_sqlite_file(command: list[str], tmp_path: Path) -> None:
    other = tmp_path / "other.sqlite"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE t (x INTEGER)")
    conn.execute("INSERT INTO t VALUES (1)")
    conn.commit()
    conn.close()
    before = other.read_bytes()

    result = spine_cli(*command, db=other)
    assert_one_line_error(result, 1, "not a spine database")
    assert result.stdout == ""
    assert other.read_bytes() == before
    assert not Path(f"{other}-wal").exists()
    assert not Path(f"{other}-shm").exists()


@pytest.mark.parametrize("command", LOOK_COMMANDS, ids=lambda c: c[0])
def test_look_commands_refuse_a_text_file(command: list[str], tmp_path: Path) -> None:
    text = write_file(tmp_path / "notes.txt", "these are notes, not a database\n" * 20)
    before = text.read_bytes()
    result = spine_cli(*command, db=text)
    assert_one_line_error(result, 1, str(text))
    assert result.stdout == ""
    assert text.read_bytes() == before


# -- 8. No snapshot yet ----------------------------------------------------------------------------


def test_snapshot_without_snapshot_rows(db_path: Path) -> None:
    seed_db(db_path, skip_snapshot=True)
    result = spine_cli("snapshot", "--tier", "T1", db=db_path)
    # nothing to show is not a failure: exit 0, one line on stderr that says what to run
    assert (result.returncode, result.stdout) == (0, "")
    assert result.stderr.splitlines() == [
        "no snapshot rows for NMS_TIER_1 2025-12-26; snapshots are taken by a backfill or"
        " otc.research_snapshot_week"
    ]


# -- 9. Status of an ingested week ------------------------------------------------------------------


def test_status_quality_of_an_only_ingested_week(db_path: Path) -> None:
    ingest = spine_cli(
        "run",
        "otc.ingest_week",
        "-p",
        "tier=T1",
        "-p",
        f"week_ending={WEEK}",
        "-p",
        f"file_path={FIXTURES / f'week_{WEEK}.psv'}",
        db=db_path,
    )
    assert ingest.returncode == 0, ingest.stderr
    result = spine_cli("status", "--json", db=db_path)
    assert result.returncode == 0, result.stderr
    rows = json.loads(result.stdout)
    assert [(r["week_ending"], r["tier"], r["stage"], r["quality"]) for r in rows] == [
        (WEEK, TIER, "INGESTED", "-")
    ]


# -- 10. File patterns that cannot be read back -----------------------------------------------------


def test_file_pattern_with_a_month_name_is_refused(db_path: Path) -> None:
    result = spine_cli(*backfill_args("weeks_back=6", "file_pattern=w_{week_ending:%d%b%Y}.psv"), db=db_path)
    assert_one_line_error(result, 2, "file_pattern", "%Y")
    assert not db_path.exists()
