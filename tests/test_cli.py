"""The `spine` command as a user runs it, in process through the installed command's entry point."""

from __future__ import annotations

import csv
import io
import json
import re
from decimal import Decimal
from pathlib import Path

import pytest

from tests.conftest import FIXTURES, SEED_WEEKS, TIER, run_cli_into_closed_pipe, spine_cli

BACKFILL = [
    "run",
    "otc.backfill_range",
    "-p",
    f"tier={TIER}",
    "-p",
    f"source_dir={FIXTURES}",
    "-p",
    "weeks_back=6",
]


def test_db_init_twice_is_a_no_op(db_path: Path) -> None:
    first = spine_cli("db", "init", db=db_path)
    assert (
        first.returncode == 0
        and "applied 001_core_executions, 021_otc_multiweek_real_example, " in first.stdout
    )
    second = spine_cli("db", "init", "--db", str(db_path))
    assert second.returncode == 0 and "nothing to apply" in second.stdout


def test_backfill_prints_each_week_and_where_to_look(db_path: Path) -> None:
    result = spine_cli(*BACKFILL, db=db_path)
    assert result.returncode == 0, result.stderr
    assert "otc.backfill_range: COMPLETED" in result.stdout
    lines = result.stdout.splitlines()
    records = {"2025-11-21": 11}  # SPEC §10: 11 raw records the first week, 12 the others
    for week in SEED_WEEKS:
        line = next(row for row in lines if row.startswith(f"{week} "))
        cells = re.split(r"\s{2,}", line.strip())  # columns are two spaces apart
        assert cells[:8] == [week, "OK", *["done"] * 5, str(records.get(week, 12))], line
    pointer = "spine rolling --tier NMS_TIER_1 --week 2025-12-26"
    assert pointer in result.stdout and " MSFT " not in result.stdout  # no rolling table any more
    assert result.stderr == ""  # no progress bar when piped
    rolling = spine_cli(*pointer.split()[1:], db=db_path)
    msft = next(line for line in rolling.stdout.splitlines() if " MSFT " in line)
    assert "966,666" in msft and "UP" in msft and "9.78" in msft


def test_run_json_output(db_path: Path) -> None:
    result = spine_cli(*BACKFILL, "--json", db=db_path)
    data = json.loads(result.stdout)
    assert data["status"] == "COMPLETED" and data["metrics"]["weeks_ok"] == 6
    assert data["batch_id"] == data["execution_id"]  # a backfill opens its batch under its own id
    ingest = spine_cli(
        "run",
        "otc.ingest_week",
        "-p",
        f"tier={TIER}",
        "-p",
        "week_ending=2025-12-26",
        "-p",
        f"file_path={FIXTURES / 'week_2025-12-26.psv'}",
        "--json",
        db=db_path,
    )
    assert json.loads(ingest.stdout)["metrics"]["skipped"] is True


def test_partial_backfill_exit_code(db_path: Path, tmp_path: Path) -> None:
    folder = tmp_path / "two"
    folder.mkdir()
    (folder / "week_2025-12-26.psv").write_bytes((FIXTURES / "week_2025-12-26.psv").read_bytes())
    result = spine_cli(
        "run",
        "otc.backfill_range",
        "-p",
        f"tier={TIER}",
        "-p",
        f"source_dir={folder}",
        "-p",
        "weeks_back=2",
        db=db_path,
    )
    assert result.returncode == 3
    assert "COMPLETED with 1 failed week(s)" in result.stdout


def test_usage_errors_exit_2_with_one_line(db_path: Path) -> None:
    cases = [
        (["run", "otc.nope"], "unknown pipeline 'otc.nope'"),
        (
            ["run", "otc.backfill_range", "-p", "tier=T1", "-p", "source_dir=.", "-p", "weeks_back=x"],
            "weeks_back",
        ),
        (["run", "otc.aggregate_week", "-p", "tier=XX", "-p", "week_ending=2025-12-26"], "tier"),
        (["run", "otc.aggregate_week", "-p", "tier=T1", "-p", "week_ending=2025-12-25"], "week_ending"),
        (["run", "otc.aggregate_week", "-p", "tier=T1", "-p", "week_ending=2025-12-26", "-p", "x=1"], "x"),
    ]
    for args, name in cases:
        result = spine_cli(*args, db=db_path)
        assert result.returncode == 2, (args, result.stderr)
        assert name in result.stderr and "Traceback" not in result.stderr
        assert len(result.stderr.strip().splitlines()) == 1, result.stderr


def test_pipeline_failure_exits_1(db_path: Path) -> None:
    result = spine_cli(
        "run", "otc.normalize_week", "-p", "tier=T1", "-p", "week_ending=2025-12-26", db=db_path
    )
    assert result.returncode == 1
    assert "run otc.ingest_week for this week first" in result.stderr
    assert "Traceback" not in result.stderr


def test_an_unrecorded_run_keeps_its_status_and_is_no_dry_run(db_path: Path) -> None:
    query = ["run", "otc.query_rolling", "-p", f"tier={TIER}"]
    failed = spine_cli(*query, db=db_path)  # nothing aggregated yet: the query fails
    assert failed.returncode == 1
    assert re.fullmatch(
        r"otc\.query_rolling: FAILED in \d+ ms \(not recorded\)", failed.stdout.splitlines()[0]
    )
    assert "dry run" not in failed.stdout
    assert spine_cli(*BACKFILL, db=db_path).returncode == 0
    done = spine_cli(*query, db=db_path)
    assert done.returncode == 0, done.stderr
    assert re.fullmatch(
        r"otc\.query_rolling: COMPLETED in \d+ ms \(not recorded\)", done.stdout.splitlines()[0]
    )
    plan = spine_cli(*BACKFILL, "-p", "dry_run=true", db=db_path)
    assert plan.returncode == 0, plan.stderr
    assert re.fullmatch(
        r"otc\.backfill_range: COMPLETED \(dry run, nothing stored\) in \d+ ms \(not recorded\)",
        plan.stdout.splitlines()[0],
    )


@pytest.mark.parametrize(
    "args",
    [("list", "pipelines"), ("run", "otc.query_rolling", "-p", f"tier={TIER}")],
    ids=["list", "run"],
)
def test_a_closed_pipe_ends_every_command_quietly(db_path: Path, args: tuple[str, ...]) -> None:
    assert spine_cli(*BACKFILL, db=db_path).returncode == 0
    proc = run_cli_into_closed_pipe(*args, db=db_path)
    assert (proc.returncode, proc.stderr) == (0, b"")


def test_views_as_json_and_csv(db_path: Path) -> None:
    spine_cli(*BACKFILL, db=db_path)
    status = json.loads(spine_cli("status", "--json", db=db_path).stdout)
    assert [(r["week_ending"], r["stage"]) for r in status][-1] == ("2025-12-26", "SNAPSHOT")
    rejects = list(csv.DictReader(io.StringIO(spine_cli("rejects", "--csv", db=db_path).stdout)))
    assert [r["reason_code"] for r in rejects] == ["INVALID_SYMBOL", "NEGATIVE_VOLUME"]
    only = json.loads(spine_cli("rejects", "--reason", "negative_volume", "--json", db=db_path).stdout)
    assert [r["week_ending"] for r in only] == ["2025-12-19"]
    snap = json.loads(
        spine_cli("snapshot", "--tier", "nms-tier-1", "--json", db=db_path).stdout, parse_float=Decimal
    )
    assert {r["symbol"]: r["top_venue_share_pct"] for r in snap}["MSFT"] == Decimal("54.9020")
    checks = json.loads(
        spine_cli("checks", "--week", "2025-12-26", "--status", "PASS", "--json", db=db_path).stdout
    )
    assert len(checks) == 8
    rolling = list(
        csv.DictReader(io.StringIO(spine_cli("rolling", "--tier", "T1", "--csv", db=db_path).stdout))
    )
    assert {r["symbol"]: r["avg_6w_volume"] for r in rolling}["NVDA"] == "3208333"
    table = spine_cli("shares", "--tier", "T1", db=db_path).stdout
    assert "46.3565" in table


def test_views_on_a_missing_database(tmp_path: Path) -> None:
    missing = tmp_path / "none.db"
    result = spine_cli("status", db=missing)
    assert result.returncode == 1 and "no database at" in result.stderr
    assert not missing.exists()


def test_list_pipelines_shows_parameters() -> None:
    result = spine_cli("list", "pipelines")
    assert "otc.backfill_range" in result.stdout and "weeks_back (int" in result.stdout
    data = json.loads(spine_cli("list", "pipelines", "--json").stdout)
    ingest = next(p for p in data if p["name"] == "otc.ingest_week")
    assert [p["name"] for p in ingest["params"]] == [
        "tier",
        "week_ending",
        "file_path",
        "source_type",
        "force",
    ]


def test_default_database_is_spine_db_in_the_working_folder(tmp_path: Path) -> None:
    result = spine_cli(*BACKFILL, cwd=tmp_path)
    assert result.returncode == 0 and (tmp_path / "spine.db").exists()
