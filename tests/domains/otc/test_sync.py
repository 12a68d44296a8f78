"""`spine sync` against the local FINRA stand-in: exact loads, rechecks, restatements, faults, interrupts."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result

from spine.api import Spine
from spine.cli import cli
from spine.core.errors import UsageError
from spine.render.run_summary import print_weeks
from tests import oracle
from tests.conftest import REPO, all_data
from tests.finra.served import FinraData
from tests.finra.standin import Standin

OTC_WEEKS = ["2025-11-14", "2025-11-21", "2025-11-28"]  # the real OTC samples the stand-in serves
SINCE = ["--tier", "OTC", "--since", "2025-11-10"]


def sync(db: Path, *args: str) -> Result:
    """``spine sync`` in process; the stand-in's URL comes from the environment (the fixture sets it)."""
    return CliRunner().invoke(cli, ["sync", "--db", str(db), *args], catch_exceptions=False)


def sync_json(db: Path, *args: str) -> dict[str, Any]:
    result = sync(db, *args, "--json")
    payload: dict[str, Any] = json.loads(result.stdout)
    payload["exit_code"] = result.exit_code
    return payload


def served_records(data: FinraData, week: str) -> list[oracle.Record]:
    return oracle.finra_accepted_records(oracle.finra_week_rows(data.current, "OTCE", week))


def stored_records(spine: Spine, week: str) -> list[oracle.Record]:
    rows = spine.conn.execute(
        "SELECT symbol, mpid, total_shares, total_trades FROM otc_venue_volume"
        " WHERE tier = 'OTC' AND week_ending = :week ORDER BY symbol, mpid",
        {"week": week},
    )
    return [tuple(r) for r in rows]  # type: ignore[misc]


def archive_files(db: Path) -> list[str]:
    folder = db.parent / f"{db.stem}_archive"
    return sorted(p.name for p in folder.rglob("*") if p.is_file())


def week_fetches(standin: Standin) -> list[str]:
    """The weeks whose data the stand-in was asked for (each week's first page), as week endings."""
    requests = standin.data_requests("weeklySummary")
    mondays = [
        next(f["fieldValue"] for f in r.body["compareFilters"] if f["fieldName"] == "weekStartDate")
        for r in requests
        if r.body.get("offset", 0) == 0
    ]
    return [oracle.finra_week_ending(monday) for monday in mondays]


def test_sync_loads_every_published_week_exactly(finra_standin: Standin, db_path: Path) -> None:
    result = sync(db_path, *SINCE)
    assert result.exit_code == 0, result.output
    with Spine(db_path) as spine:
        for week in OTC_WEEKS:
            records = served_records(finra_standin.data, week)
            assert records and stored_records(spine, week) == records
            summary = {
                r[0]: tuple(r[1:])
                for r in spine.conn.execute(
                    "SELECT symbol, total_volume, total_trades, venue_count, avg_trade_size"
                    " FROM otc_symbol_summary WHERE tier = 'OTC' AND week_ending = :week",
                    {"week": week},
                )
            }
            assert summary == oracle.symbol_summary(records)
            assert len(spine.snapshot("OTC", week)) == len(summary)  # every week's snapshot
        captures = spine.captures("OTC")
        (sync_id,) = spine.conn.execute(
            "SELECT execution_id FROM executions WHERE pipeline_name = 'otc.sync'"
        )
        batches = spine.conn.execute("SELECT DISTINCT batch_id FROM executions").fetchall()
    assert [tuple(b) for b in batches] == [(sync_id[0],)]  # one batch: the sync's own id
    assert [(c["week_ending"], c["is_current"]) for c in captures] == [(w, 1) for w in OTC_WEEKS]
    for capture in captures:  # each capture points at its archive file, which holds what was loaded
        path = Path(capture["source_locator"])
        assert path.is_file() and path.parent.parent == db_path.parent / "spine_archive"
        assert oracle.sha256_file(path) == capture["source_sha256"]
    assert "OTC 2025-11-14 .. 2025-11-28: see the figures with" in result.stdout


def test_second_sync_fetches_the_recheck_window_and_changes_nothing(
    finra_standin: Standin, db_path: Path
) -> None:
    assert sync(db_path, *SINCE).exit_code == 0
    with Spine(db_path) as spine:
        before = all_data(spine.conn)
    files = archive_files(db_path)
    finra_standin.requests.clear()
    again = sync_json(db_path, "--tier", "OTC", "--recheck", "2")
    assert again["exit_code"] == 0
    assert week_fetches(finra_standin) == OTC_WEEKS[1:]  # the two newest loaded weeks, nothing else
    assert [w["stages"]["fetch"] for w in again["metrics"]["weeks"]] == ["skipped", "skipped"]
    assert again["metrics"]["restated"] == []
    with Spine(db_path) as spine:
        assert all_data(spine.conn) == before
        assert len(spine.captures("OTC")) == len(OTC_WEEKS)
    assert archive_files(db_path) == files


def test_a_restated_week_becomes_a_new_capture_and_the_old_vintage_stays(
    finra_standin: Standin, db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert sync(db_path, *SINCE).exit_code == 0
    original = finra_standin.data
    week = OTC_WEEKS[1]
    symbol, venue, shares, trades = served_records(original, week)[0]
    finra_standin.serve(original.restated("OTC", week, symbol, venue, shares + 1000))
    result = sync_json(db_path, "--tier", "OTC")
    assert result["exit_code"] == 0
    restated = result["metrics"]["restated"]
    assert [(r["tier"], r["week_ending"], r["records_superseded"]) for r in restated] == [("OTC", week, 1)]
    notes = {w["week_ending"]: w["note"] for w in result["metrics"]["weeks"]}
    assert notes == {w: ("restated by FINRA" if w == week else None) for w in OTC_WEEKS}
    print_weeks(result["metrics"])  # what a person reads
    new, old_id = restated[0]["capture_id"], restated[0]["previous_capture_id"]
    report = f"OTC {week}: capture {new} replaces {old_id} (venue records changed or gone: 1)"
    out = capsys.readouterr().out
    assert "FINRA restated 1 week(s):" in out and report in out

    looked = CliRunner().invoke(
        cli, ["captures", "--tier", "OTC", "--week", week, "--json", "--db", str(db_path)]
    )
    captures = json.loads(looked.stdout)
    assert [(c["capture_id"], c["is_current"]) for c in captures] == [
        (restated[0]["previous_capture_id"], 0),
        (restated[0]["capture_id"], 1),
    ]
    old = CliRunner().invoke(
        cli, ["capture-volumes", str(restated[0]["previous_capture_id"]), "--json", "--db", str(db_path)]
    )
    vintage = [
        (r["symbol"], r["mpid"], r["total_shares"], r["total_trades"])
        for r in json.loads(old.stdout)
        if oracle.mpid(r["mpid"] or "") and oracle.symbol(r["symbol"] or "") and r["total_shares"] >= 0
    ]
    assert sorted(vintage) == served_records(original, week)
    with Spine(db_path) as spine:
        now = stored_records(spine, week)
        assert now == served_records(finra_standin.data, week)
        assert (symbol, venue, shares + 1000, trades) in now
        before = all_data(spine.conn)
    rerun = sync_json(db_path, "--tier", "OTC")  # a rerun is a no-op
    assert rerun["exit_code"] == 0 and rerun["metrics"]["restated"] == []
    with Spine(db_path) as spine:
        assert all_data(spine.conn) == before


def test_dry_run_lists_the_plan_and_writes_nothing(finra_standin: Standin, db_path: Path) -> None:
    result = sync(db_path, "--dry-run", "--json")
    assert result.exit_code == 0, result.output
    plan = json.loads(result.stdout)["metrics"]["weeks"]
    seed_weeks = ["2025-11-21", "2025-11-28", "2025-12-05", "2025-12-12", "2025-12-19", "2025-12-26"]
    assert [(w["tier"], w["week_ending"], w["stages"]["fetch"]) for w in plan] == [
        *(("NMS_TIER_1", w, "new") for w in seed_weeks),
        *(("OTC", w, "new") for w in OTC_WEEKS),
    ]
    assert not db_path.exists() and not (db_path.parent / "spine_archive").exists()
    assert finra_standin.data_requests("weeklySummary") == []  # only the list of weeks was read
    assert json.loads(result.stdout)["metrics"]["archive"] == str(db_path.parent / "spine_archive")
    elsewhere = db_path.parent / "kept"
    moved = sync(db_path, "--dry-run", "--json", "--archive", str(elsewhere))
    assert json.loads(moved.stdout)["metrics"]["archive"] == str(elsewhere)

    assert sync(db_path, *SINCE).exit_code == 0
    with Spine(db_path) as spine:
        before = all_data(spine.conn), spine.conn.execute("SELECT COUNT(*) FROM executions").fetchone()[0]
    again = json.loads(sync(db_path, "--tier", "OTC", "--dry-run", "--json", "--recheck", "1").stdout)
    assert [(w["week_ending"], w["stages"]["fetch"]) for w in again["metrics"]["weeks"]] == [
        (OTC_WEEKS[-1], "recheck")
    ]
    with Spine(db_path) as spine:
        after = all_data(spine.conn), spine.conn.execute("SELECT COUNT(*) FROM executions").fetchone()[0]
    assert after == before


def test_spine_run_otc_sync_uses_its_documented_default_tiers(finra_standin: Standin, db_path: Path) -> None:
    # tiers defaults to "all" (spine list pipelines); the default goes through the same conversion as a value.
    result = CliRunner().invoke(
        cli, ["run", "otc.sync", "--db", str(db_path), "-p", "dry_run=true", "--json"], catch_exceptions=False
    )
    assert result.exit_code == 0, result.output
    plan = json.loads(result.stdout)["metrics"]["weeks"]
    assert sorted({w["tier"] for w in plan}) == ["NMS_TIER_1", "OTC"]  # every tier the stand-in publishes
    assert [w["week_ending"] for w in plan if w["tier"] == "OTC"] == OTC_WEEKS
    assert not db_path.exists()


def test_no_network_is_one_line_and_exit_1(
    finra_standin: Standin, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    finra_standin.stop()
    monkeypatch.setenv("SPINE_FINRA_API_URL", finra_standin.url)
    result = sync(db_path, *SINCE)
    assert result.exit_code == 1
    message = result.stderr.strip()
    assert message.count("\n") == 0 and finra_standin.url in message and "cannot reach" in message
    with Spine(db_path) as spine:
        assert all(rows == [] for rows in all_data(spine.conn).values())
    assert archive_files(db_path) == []


def test_a_failing_week_keeps_nothing_and_the_next_sync_retries_it(
    finra_standin: Standin, db_path: Path
) -> None:
    finra_standin.fail("html", dataset="weeklySummary")  # the first week's page: an HTML error page
    result = sync_json(db_path, *SINCE)
    assert result["exit_code"] == 3  # some weeks failed
    failed = [w for w in result["metrics"]["weeks"] if w["status"] == "FAILED"]
    assert [w["week_ending"] for w in failed] == [OTC_WEEKS[0]] and "HTML" in failed[0]["error"]
    with Spine(db_path) as spine:
        assert [r["week_ending"] for r in spine.week_status("OTC")] == OTC_WEEKS[1:]
        assert (
            spine.conn.execute(
                "SELECT COUNT(*) FROM otc_raw WHERE week_ending = :week", {"week": OTC_WEEKS[0]}
            ).fetchone()[0]
            == 0
        )
    assert not any(name.startswith(OTC_WEEKS[0]) for name in archive_files(db_path))
    retry = sync_json(db_path, "--tier", "OTC", "--recheck", "0")  # no --since: the failed week is retried
    assert [(w["week_ending"], w["status"]) for w in retry["metrics"]["weeks"]] == [(OTC_WEEKS[0], "OK")]
    with Spine(db_path) as spine:
        assert stored_records(spine, OTC_WEEKS[0]) == served_records(finra_standin.data, OTC_WEEKS[0])


def test_every_week_failing_is_exit_1(finra_standin: Standin, db_path: Path) -> None:
    finra_standin.fail("status", dataset="weeklySummary", status=400, times=3, message="bad filter")
    result = sync(db_path, *SINCE)
    assert result.exit_code == 1
    assert "every week failed (3)" in result.stderr


def test_an_interrupted_sync_keeps_finished_weeks_and_the_rerun_resumes(
    finra_standin: Standin, db_path: Path
) -> None:
    finra_standin.fail("slow", dataset="weeklySummary", seconds=0)  # the first week answers at once
    finra_standin.fail("slow", dataset="weeklySummary", seconds=20)  # the second is still coming
    env = {**os.environ, "SPINE_FINRA_API_URL": finra_standin.url, "SPINE_DB": str(db_path)}
    process = subprocess.Popen(
        [sys.executable, "-m", "spine.cli", "sync", *SINCE],
        cwd=REPO,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    deadline = time.monotonic() + 30
    while len(finra_standin.data_requests("weeklySummary")) < 2:  # the second week is being fetched
        assert time.monotonic() < deadline and process.poll() is None
        time.sleep(0.02)
    process.send_signal(signal.SIGTERM)
    _out, err = process.communicate(timeout=30)
    assert process.returncode == 143  # 128 + SIGTERM
    kept = f"weeks finished and kept: OTC {OTC_WEEKS[0]}; run the same command again to fetch the rest"
    assert err.strip() == f"error: interrupted (SIGTERM); {kept}"
    with Spine(db_path) as spine:
        record = spine.conn.execute(
            "SELECT status, error FROM executions WHERE pipeline_name = 'otc.sync'"
        ).fetchone()
        assert tuple(record) == ("FAILED", f"interrupted (SIGTERM); {kept}")
    with Spine(db_path) as spine:  # rolling and snapshots come after the weeks: the rerun takes them
        kept = [(r["week_ending"], r["stage"]) for r in spine.week_status("OTC")]
    assert kept == [(OTC_WEEKS[0], "AGGREGATED")]
    rerun = sync_json(db_path, *SINCE)
    assert rerun["exit_code"] == 0
    assert [(w["week_ending"], w["stages"]["fetch"]) for w in rerun["metrics"]["weeks"]] == [
        (OTC_WEEKS[0], "skipped"),  # kept: fetched again, byte-identical
        (OTC_WEEKS[1], "done"),
        (OTC_WEEKS[2], "done"),
    ]
    with Spine(db_path) as spine:
        assert [(r["week_ending"], r["stage"]) for r in spine.week_status("OTC")] == [
            (w, "SNAPSHOT") for w in OTC_WEEKS
        ]


def test_library_sync_reports_weeks_and_pages(finra_standin: Standin, db_path: Path) -> None:
    seen: list[tuple[str, int, int]] = []
    with Spine(db_path) as spine:
        result = spine.sync(["otc"], since="2025-11-10", progress=lambda *args: seen.append(args))
    assert result.ok and result.metrics["weeks_ok"] == len(OTC_WEEKS)
    rows = len(oracle.finra_week_rows(finra_standin.data.current, "OTCE", OTC_WEEKS[0]))
    assert ("OTC 2025-11-14", 0, 3) in seen  # the week bar: week 1 of 3 starts
    assert (f"OTC 2025-11-14: {rows:,} of {rows:,} rows", 0, 3) in seen  # its pages, under that week
    assert seen[-1] == ("done", 3, 3)


def test_backfill_from_finra(finra_standin: Standin, db_path: Path) -> None:
    with Spine(db_path) as spine:
        result = spine.run("otc.backfill_range", tier="OTC", source="finra", weeks_back=2)
        assert result.ok, result.error
        weeks = [
            (w["week_ending"], w["stages"]["fetch"], Path(w["file"]).suffixes)
            for w in result.metrics["weeks"]
        ]
        assert weeks == [(w, "done", [".jsonl", ".gz"]) for w in OTC_WEEKS[1:]]  # ends at FINRA's newest
        for week in OTC_WEEKS[1:]:
            assert stored_records(spine, week) == served_records(finra_standin.data, week)
        with pytest.raises(UsageError, match="source_dir"):
            spine.run("otc.backfill_range", tier="OTC", source="finra", weeks_back=2, source_dir=".")


@pytest.mark.parametrize(
    ("args", "fragment"),
    [
        (["--since", "2025-11-10", "--weeks", "3"], "either since or weeks"),
        (["--since", "2025-13-01"], "--since"),
        (["--tier", "T9"], "unknown tier"),
        (["--recheck", "-1"], "--recheck"),
    ],
)
def test_bad_options_are_usage_errors_before_the_database(
    db_path: Path, args: list[str], fragment: str
) -> None:
    result = CliRunner().invoke(cli, ["sync", "--db", str(db_path), *args])
    assert result.exit_code == 2 and fragment in result.output
    assert not db_path.exists()
