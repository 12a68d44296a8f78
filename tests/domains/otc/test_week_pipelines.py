"""The per-week pipelines one at a time: counts, skips, forced reruns, atomicity."""

from __future__ import annotations

from pathlib import Path

import pytest

from spine.api import Spine
from tests.conftest import FIXTURES, SEED_WEEKS, TIER, all_data, count

EXPECTED = {  # week -> (raw, normalized, rejected), SPEC §10
    "2025-11-21": (11, 11, 0),
    "2025-11-28": (12, 12, 0),
    "2025-12-05": (12, 11, 1),
    "2025-12-12": (12, 12, 0),
    "2025-12-19": (12, 11, 1),
    "2025-12-26": (12, 12, 0),
}


def run_week(spine: Spine, week: str, force: bool = False) -> list[dict[str, object]]:
    params = {"tier": TIER, "week_ending": week, "force": force}
    results = [
        spine.run("otc.ingest_week", {**params, "file_path": str(FIXTURES / f"week_{week}.psv")}),
        spine.run("otc.normalize_week", params),
        spine.run("otc.aggregate_week", params),
    ]
    assert all(r.ok for r in results), [r.error for r in results]
    return [r.metrics for r in results]


@pytest.mark.parametrize("week", SEED_WEEKS)
def test_each_fixture_week(spine: Spine, week: str) -> None:
    ingest, normalize, aggregate = run_week(spine, week)
    raw, normalized, rejected = EXPECTED[week]
    assert ingest["inserted"] == raw and ingest["rejected"] == 0 and ingest["layout"] == "seed"
    assert normalize["normalized"] == normalized and normalize["rejected"] == rejected
    row = spine.week_status(TIER, week)[0]
    assert (row["inserted"], row["normalized"], row["rejected"], row["stage"]) == (
        raw,
        normalized,
        rejected,
        "AGGREGATED",
    )
    assert set(aggregate["checks"].values()) == {"PASS"}


def test_reruns_skip_without_force(spine: Spine) -> None:
    run_week(spine, "2025-12-05")
    before = all_data(spine.conn)
    for metrics in run_week(spine, "2025-12-05"):
        assert metrics["skipped"] is True and metrics["reason"]
    assert all_data(spine.conn) == before


def test_forced_reruns_are_identical_to_a_fresh_run(spine: Spine) -> None:
    run_week(spine, "2025-12-19")
    before = all_data(spine.conn)
    metrics = run_week(spine, "2025-12-19", force=True)
    assert "skipped" not in metrics[0]
    assert all_data(spine.conn) == before
    assert count(spine.conn, "SELECT COUNT(*) FROM otc_rejects") == 1
    assert spine.week_status(TIER, "2025-12-19")[0]["rejected"] == 1


def test_header_less_seed_file(spine: Spine, tmp_path: Path) -> None:
    lines = (FIXTURES / "week_2025-12-26.psv").read_text().splitlines()[1:]
    path = tmp_path / "noheader.psv"
    path.write_text("\n".join(lines) + "\n")
    result = spine.run("otc.ingest_week", {"tier": TIER, "week_ending": "2025-12-26", "file_path": str(path)})
    assert result.ok and result.metrics["inserted"] == 12 and result.metrics["layout"] == "seed"


def test_failure_mid_aggregate_leaves_the_week_as_before(spine: Spine) -> None:
    """Inject a failure into the venue share insert: nothing of the forced rerun remains."""
    run_week(spine, "2025-12-26")
    before = all_data(spine.conn)
    stage_before = spine.week_status(TIER, "2025-12-26")[0]["stage"]
    spine.conn.execute(
        "CREATE TEMP TRIGGER fail_share BEFORE INSERT ON main.otc_venue_share"
        " BEGIN SELECT RAISE(ABORT, 'injected failure'); END"
    )
    result = spine.run("otc.aggregate_week", {"tier": TIER, "week_ending": "2025-12-26", "force": "true"})
    assert not result.ok and "injected failure" in (result.error or "")
    assert all_data(spine.conn) == before
    assert spine.week_status(TIER, "2025-12-26")[0]["stage"] == stage_before
    row = spine.conn.execute(
        "SELECT status, error, finished_at FROM executions WHERE execution_id = ?", (result.execution_id,)
    ).fetchone()
    assert row["status"] == "FAILED" and "injected failure" in row["error"] and row["finished_at"]


def test_failure_mid_normalize_on_a_fresh_week(spine: Spine) -> None:
    spine.run(
        "otc.ingest_week",
        {"tier": TIER, "week_ending": "2025-12-26", "file_path": str(FIXTURES / "week_2025-12-26.psv")},
    )
    before = all_data(spine.conn)
    spine.conn.execute(
        # normalize's last write: the week's venue volumes point at its run
        "CREATE TEMP TRIGGER fail_volume BEFORE UPDATE OF normalized_lineage_id ON main.otc_week_key"
        " BEGIN SELECT RAISE(ABORT, 'injected failure'); END"
    )
    result = spine.run("otc.normalize_week", {"tier": TIER, "week_ending": "2025-12-26"})
    assert result.status == "FAILED"
    assert all_data(spine.conn) == before
    assert spine.week_status(TIER, "2025-12-26")[0]["stage"] == "INGESTED"


def test_stage_order_is_enforced(spine: Spine) -> None:
    result = spine.run("otc.aggregate_week", {"tier": TIER, "week_ending": "2025-12-26"})
    assert not result.ok and "run otc.normalize_week" in (result.error or "")
    result = spine.run("otc.normalize_week", {"tier": TIER, "week_ending": "2025-12-26"})
    assert not result.ok and "run otc.ingest_week" in (result.error or "")
    result = spine.run("otc.research_snapshot_week", {"tier": TIER, "week_ending": "2025-12-26"})
    assert not result.ok and "run otc.aggregate_week" in (result.error or "")


def test_a_week_with_no_accepted_rows_fails_with_its_checks(spine: Spine, tmp_path: Path) -> None:
    path = tmp_path / "bad.psv"
    path.write_text(
        "WeekEnding|Tier|Symbol|MPID|TotalShares|TotalTrades\n2025-12-26|NMS_TIER_1|1BAD|NITE|5|1\n"
    )
    params = {"tier": TIER, "week_ending": "2025-12-26"}
    assert spine.run("otc.ingest_week", {**params, "file_path": str(path)}).ok
    assert spine.run("otc.normalize_week", params).ok
    result = spine.run("otc.aggregate_week", params)
    assert not result.ok and "no accepted rows" in (result.error or "")
    checks = {c["check_name"]: c["status"] for c in spine.quality_checks(TIER, "2025-12-26")}
    assert checks["symbol_count_positive"] == "FAIL" and checks["venue_count_positive"] == "FAIL"
    assert spine.week_status(TIER, "2025-12-26")[0]["stage"] == "NORMALIZED"
