"""Rolling windows with gaps, partial backfills, only=missing|failed, dry runs, `latest`."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from spine.api import Spine
from tests import oracle
from tests.conftest import FIXTURES, SEED_WEEKS, TIER, all_data, backfill


def seed_volumes(symbol: str, weeks: list[str], folder: Path = FIXTURES) -> dict[str, int]:
    """A symbol's accepted weekly volume, read straight from the fixture files."""
    volumes: dict[str, int] = {}
    for week in weeks:
        path = folder / f"week_{week}.psv"
        if not path.exists():
            continue
        for line in path.read_text().splitlines()[1:]:
            _w, _t, sym, _mpid, shares, _trades = line.split("|")
            if sym == symbol and int(shares) >= 0:
                volumes[week] = volumes.get(week, 0) + int(shares)
    return volumes


@pytest.fixture
def gappy(tmp_path: Path) -> Path:
    """The seed weeks without the 2025-12-05 file, and without TSLA in 2025-12-12."""
    folder = tmp_path / "weeks"
    shutil.copytree(FIXTURES, folder)
    (folder / "week_2025-12-05.psv").unlink()
    path = folder / "week_2025-12-12.psv"
    path.write_text("".join(line for line in path.read_text().splitlines(True) if "|TSLA|" not in line))
    return folder


def test_backfill_with_a_missing_file_completes_the_others(spine: Spine, gappy: Path) -> None:
    result = backfill(spine, source_dir=str(gappy))
    assert result.ok  # status FAILED only when no week succeeded
    assert result.metrics["weeks_ok"] == 5 and result.metrics["weeks_failed"] == 1
    failed = [w for w in result.metrics["weeks"] if w["status"] == "FAILED"]
    assert failed[0]["week_ending"] == "2025-12-05"
    assert "file not found" in failed[0]["error"]
    ok_weeks = [w for w in SEED_WEEKS if w != "2025-12-05"]
    assert result.metrics["snapshots"] == dict.fromkeys(ok_weeks, "done")  # every processed week


def test_rolling_window_with_missing_weeks(spine: Spine, gappy: Path) -> None:
    """Five loaded weeks (2025-12-05 never loaded); TSLA has no row in the loaded week 2025-12-12,
    which counts as a zero week for it (SPEC §13)."""
    backfill(spine, source_dir=str(gappy))
    stored = spine.conn.execute(
        "SELECT * FROM otc_symbol_rolling_6w WHERE tier = ? AND week_ending = '2025-12-26'", (TIER,)
    )
    rows = {r["symbol"]: r for r in stored}
    loaded = [w for w in SEED_WEEKS if w != "2025-12-05"]
    for symbol, weeks_traded in (("AAPL", 5), ("TSLA", 4)):
        volumes = seed_volumes(symbol, SEED_WEEKS, gappy)
        assert len(volumes) == weeks_traded
        expected = oracle.rolling_zero_filled({w: (v, 0) for w, v in volumes.items()}, loaded)
        row = rows[symbol]
        assert (row["weeks_in_window"], row["weeks_traded"], row["is_complete_window"]) == (
            5,
            weeks_traded,
            0,
        )
        assert row["avg_6w_volume"] == expected["avg_6w_volume"]
        assert (row["trend_direction"], row["trend_pct"]) == (
            expected["trend_direction"],
            expected["trend_pct"],
        )
    checks = {c["check_name"]: c for c in spine.quality_checks(TIER, "2025-12-26")}
    assert checks["rolling_window_complete"]["status"] == "WARN"
    assert checks["rolling_window_complete"]["check_value"] == "0/5 (0.0%)"


def test_two_week_trend_compares_last_with_first(spine: Spine) -> None:
    backfill(spine, weeks_back=2)
    row = {r["symbol"]: r for r in spine.rolling(TIER, "2025-12-26")}["NVDA"]
    volumes = seed_volumes("NVDA", ["2025-12-19", "2025-12-26"])
    assert row["weeks_in_window"] == 2
    assert (row["trend_direction"], str(row["trend_pct"])) == oracle.trend(list(volumes.values()))


def test_only_failed_redoes_only_that_week(spine: Spine, gappy: Path) -> None:
    backfill(spine, source_dir=str(gappy))
    shutil.copy(FIXTURES / "week_2025-12-05.psv", gappy / "week_2025-12-05.psv")
    result = backfill(spine, source_dir=str(gappy), only="failed")
    assert [w["week_ending"] for w in result.metrics["weeks"]] == ["2025-12-05"]
    assert result.metrics["weeks_failed"] == 0
    aapl = {r["symbol"]: r for r in spine.rolling(TIER, "2025-12-26")}["AAPL"]
    assert aapl["weeks_in_window"] == 6 and aapl["is_stale"] == 0
    assert sum(1 for r in spine.week_status(TIER) if r["rolling_stale"]) == 0
    # The redone week's snapshot, and again those of the weeks whose rolling window holds it.
    assert result.metrics["snapshots"] == dict.fromkeys(SEED_WEEKS[2:], "done")
    assert spine.snapshot(TIER, "2025-12-26")[0]["rolling_weeks_available"] == 6


def test_only_missing_selects_weeks_not_yet_aggregated(spine: Spine) -> None:
    backfill(spine, weeks_back=3)
    result = backfill(spine, only="missing")
    assert [w["week_ending"] for w in result.metrics["weeks"]] == SEED_WEEKS[:3]


def test_dry_run_prints_the_plan_and_changes_nothing(spine: Spine, gappy: Path) -> None:
    backfill(spine, weeks_back=2, source_dir=str(gappy))
    before = all_data(spine.conn)
    result = backfill(spine, source_dir=str(gappy), dry_run="true")
    assert result.ok and result.metrics["dry_run"] is True
    plan = {w["week_ending"]: w for w in result.metrics["weeks"]}
    assert list(plan) == SEED_WEEKS
    assert plan["2025-12-26"]["stages"] == {"ingest": "skip", "normalize": "skip", "aggregate": "skip"}
    assert plan["2025-11-21"]["stages"] == {"ingest": "run", "normalize": "run", "aggregate": "run"}
    assert plan["2025-12-05"]["error"] == "file not found"
    assert plan["2025-11-21"]["file"].endswith("week_2025-11-21.psv")
    assert all_data(spine.conn) == before


def test_weeks_back_anchors_on_the_latest_file_not_today(spine: Spine, tmp_path: Path) -> None:
    folder = tmp_path / "three"
    folder.mkdir()
    for week in SEED_WEEKS[:3]:
        shutil.copy(FIXTURES / f"week_{week}.psv", folder)
    result = backfill(spine, source_dir=str(folder), weeks_back=2)
    assert [w["week_ending"] for w in result.metrics["weeks"]] == SEED_WEEKS[1:3]


def test_start_and_end_week(spine: Spine) -> None:
    result = spine.run(
        "otc.backfill_range",
        {"tier": TIER, "source_dir": str(FIXTURES), "start_week": "2025-11-28", "end_week": "2025-12-12"},
    )
    assert [w["week_ending"] for w in result.metrics["weeks"]] == SEED_WEEKS[1:4]


def test_backfill_fails_when_every_week_fails(spine: Spine, tmp_path: Path) -> None:
    result = backfill(spine, source_dir=str(tmp_path), end_week="2025-12-26", weeks_back=2)
    assert result.status == "FAILED" and result.metrics["weeks_failed"] == 2


def test_rolling_latest_and_query(seeded: Spine) -> None:
    result = seeded.run("otc.compute_rolling_6w", {"tier": TIER, "week_ending": "latest"})
    assert result.ok and result.metrics["skipped"] is True
    query = seeded.run("otc.query_rolling", {"tier": TIER, "symbol": "msft"})
    assert query.ok and query.metrics["week_ending"] == "2025-12-26"
    assert [(r["symbol"], r["trend_pct"]) for r in query.metrics["rows"]] == [("MSFT", "9.78")]


def test_rolling_run_is_one_pass_for_all_symbols(seeded: Spine) -> None:
    result = seeded.run("otc.compute_rolling_6w", {"tier": TIER, "week_ending": "2025-12-26", "force": "1"})
    assert result.ok and result.metrics["symbols"] == 5
    assert seeded.week_status(TIER, "2025-12-26")[0]["stage"] == "ROLLING"  # snapshot must follow


def test_only_failed_finds_a_week_whose_child_never_started(
    spine: Spine, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A child refused as busy leaves no execution of its own; the backfill's report still counts."""
    from spine.core.errors import DatabaseBusyError
    from spine.domains.otc.pipelines.week_batch import WeekBatch

    original = WeekBatch.child

    def busy_for_one_week(self: WeekBatch, name: str, params: dict[str, object], **kw: object) -> object:
        if name == "otc.ingest_week" and params["week_ending"] == "2025-12-12":
            raise DatabaseBusyError("database is busy: test")
        return original(self, name, params, **kw)

    monkeypatch.setattr(WeekBatch, "child", busy_for_one_week)
    first = backfill(spine)
    assert [w["week_ending"] for w in first.metrics["weeks"] if w["status"] == "FAILED"] == ["2025-12-12"]
    monkeypatch.setattr(WeekBatch, "child", original)
    again = backfill(spine, only="failed")
    assert [w["week_ending"] for w in again.metrics["weeks"]] == ["2025-12-12"]
    assert again.metrics["weeks_failed"] == 0
    assert backfill(spine, only="failed").metrics["weeks"] == []


def test_only_failed_reads_the_weeks_own_state_not_execution_records(spine: Spine, gappy: Path) -> None:
    backfill(spine, source_dir=str(gappy))
    spine.conn.execute("DELETE FROM executions")  # the week's outcome lives in the domain's tables
    spine.conn.execute(  # a week left part-way by a stage run on its own counts as well
        "UPDATE otc_week_manifest SET stage = 'NORMALIZED' WHERE week_ending = '2025-11-28'"
    )
    shutil.copy(FIXTURES / "week_2025-12-05.psv", gappy / "week_2025-12-05.psv")
    result = backfill(spine, source_dir=str(gappy), only="failed")
    assert [w["week_ending"] for w in result.metrics["weeks"]] == ["2025-11-28", "2025-12-05"]
    assert backfill(spine, source_dir=str(gappy), only="failed").metrics["weeks"] == []


def test_backfill_takes_the_snapshot_of_every_week_oldest_first(spine: Spine) -> None:
    result = backfill(spine)
    assert list(result.metrics["snapshots"]) == SEED_WEEKS
    assert {r["week_ending"]: r["stage"] for r in spine.week_status(TIER)} == dict.fromkeys(
        SEED_WEEKS, "SNAPSHOT"
    )
    order = spine.conn.execute(
        "SELECT json_extract(params, '$.week_ending') FROM executions"
        " WHERE pipeline_name = 'otc.research_snapshot_week' ORDER BY execution_id"
    ).fetchall()
    assert [w for (w,) in order] == SEED_WEEKS
    last_rolling = spine.conn.execute(
        "SELECT MAX(execution_id) FROM executions WHERE pipeline_name = 'otc.compute_rolling_6w'"
    ).fetchone()[0]
    first_snapshot = spine.conn.execute(
        "SELECT MIN(execution_id) FROM executions WHERE pipeline_name = 'otc.research_snapshot_week'"
    ).fetchone()[0]
    assert last_rolling < first_snapshot  # after rolling
    for week in SEED_WEEKS:
        assert len(spine.snapshot(TIER, week)) == 5
