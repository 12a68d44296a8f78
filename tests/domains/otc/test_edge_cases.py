"""Edge cases of the library and the OTC pipelines: interrupts, revisions, staleness, odd files.

Expected figures are computed here from the fixture files, never read back from the product's formulas.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any, ClassVar

import pytest

from spine.api import Spine
from spine.core import registry
from spine.core.errors import UsageError
from spine.core.pipeline import Pipeline, PipelineResult
from spine.domains.otc.enums import RejectCode
from spine.domains.otc.models import SourceReject
from spine.domains.otc.records import parse_file
from tests.conftest import FIXTURES, REAL_FIXTURES, SEED_WEEKS, TIER, all_data, backfill, count, write_file

HEADER = "WeekEnding|Tier|Symbol|MPID|TotalShares|TotalTrades"
REAL_T1 = REAL_FIXTURES / "finra_api_t1_2025-12-26.psv"
WEBSITE = REAL_FIXTURES / "finra_website_otc_2025-11-14.psv"


def ingest(spine: Spine, week: str, path: Path, tier: str = TIER, **extra: Any) -> Any:
    return spine.run("otc.ingest_week", {"tier": tier, "week_ending": week, "file_path": str(path), **extra})


def copy_fixtures(tmp_path: Path) -> Path:
    folder = tmp_path / "fixtures"
    shutil.copytree(FIXTURES, folder)
    return folder


def revise_aapl_nite(folder: Path, week: str, shares: int) -> None:
    """Change one line of a week file: AAPL's NITE shares."""
    path = folder / f"week_{week}.psv"
    lines = path.read_text().splitlines()
    hits = [i for i, line in enumerate(lines) if line.startswith(f"{week}|{TIER}|AAPL|NITE|")]
    assert len(hits) == 1
    fields = lines[hits[0]].split("|")
    fields[4] = str(shares)
    lines[hits[0]] = "|".join(fields)
    write_file(path, "\n".join(lines) + "\n")


def symbol_week_volume(folder: Path, week: str, symbol: str) -> int:
    """A symbol's week volume from a seed-layout file (every line of the symbol here is valid)."""
    total = 0
    for line in (folder / f"week_{week}.psv").read_text().splitlines()[1:]:
        fields = line.split("|")
        if fields[2] == symbol:
            total += int(fields[4])
    return total


def stage(spine: Spine, week: str, tier: str = TIER) -> str:
    row = spine.conn.execute(
        "SELECT stage FROM otc_week_manifest WHERE week_ending = ? AND tier = ?", (week, tier)
    ).fetchone()
    return str(row[0])


# -- 11. Interrupts ---------------------------------------------------------------------------------


class _Interrupt(Pipeline):
    name: ClassVar[str] = "test.interrupt"
    description: ClassVar[str] = "raises KeyboardInterrupt"

    def run(self) -> PipelineResult:
        raise KeyboardInterrupt


def test_interrupted_run_is_recorded_failed(spine: Spine, monkeypatch: pytest.MonkeyPatch) -> None:
    registry.load_domains()
    monkeypatch.setitem(registry._PIPELINES, "test.interrupt", _Interrupt)
    with pytest.raises(KeyboardInterrupt):
        spine.run("test.interrupt", {})
    rows = spine.conn.execute(
        "SELECT pipeline_name, status, error, finished_at FROM executions ORDER BY execution_id"
    ).fetchall()
    assert len(rows) == 1
    name, status, error, finished_at = rows[0]
    assert (name, status) == ("test.interrupt", "FAILED")
    assert error == "interrupted (SIGINT); nothing it wrote was kept"
    assert finished_at is not None


# -- 12. A revised old week re-takes the snapshot it reset ------------------------------------------


def test_backfill_of_a_revised_week_retakes_the_later_snapshot(seeded: Spine, tmp_path: Path) -> None:
    folder = copy_fixtures(tmp_path)
    revise_aapl_nite(folder, "2025-12-12", 1700000)
    result = backfill(
        seeded,
        source_dir=str(folder),
        weeks_back=None,
        start_week="2025-12-12",
        end_week="2025-12-12",
    )
    assert result.ok, result.error
    # The revised week's snapshot, and the later ones whose rolling window holds it, taken again.
    assert result.metrics["snapshots"] == dict.fromkeys(SEED_WEEKS[3:], "done")
    assert stage(seeded, "2025-12-26") == "SNAPSHOT"

    volumes = [symbol_week_volume(folder, week, "AAPL") for week in SEED_WEEKS]
    expected = sum(volumes) // 6
    assert volumes[3] == 1700000 + 1260000 + 830000
    snap = {r["symbol"]: r for r in seeded.snapshot(TIER, "2025-12-26")}
    assert snap["AAPL"]["rolling_avg_6w_volume"] == expected
    assert snap["AAPL"]["rolling_stale"] == 0


# -- 13. A revision of descriptive fields only --------------------------------------------------------


def test_revision_of_descriptive_fields_updates_the_raw_row(spine: Spine, tmp_path: Path) -> None:
    week = "2025-12-26"
    first = ingest(spine, week, REAL_T1, tier="T1")
    assert first.ok, first.error

    def kstl_qrtz() -> list[tuple[Any, ...]]:
        return [
            tuple(r)
            for r in spine.conn.execute(
                "SELECT record_hash, total_notional_sum, last_reported_date, superseded_by_capture_id"
                " FROM otc_raw WHERE week_ending = ? AND tier = ? AND symbol = 'QRTZ' AND mpid = 'KSTL'",
                (week, TIER),
            )
        ]

    before = kstl_qrtz()
    assert [(r[1], r[2], r[3]) for r in before] == [("247310000", "2026-01-09", None)]

    old = "|KSTL|KESTREL CROSS ATS LLC|T1|NMS Tier 1|2025-12-22|2025-12-22|1250000|4310|2.4731E+8|"
    new = "|KSTL|KESTREL CROSS ATS LLC|T1|NMS Tier 1|2025-12-22|2025-12-22|1250000|4310|2.5E+8|"
    text = REAL_T1.read_text()
    assert text.count(old) == 1
    line = next(x for x in text.splitlines() if old in x)
    assert line.endswith("|2026-01-12|2026-01-12|2026-01-09")
    changed = line.replace(old, new)[: -len("2026-01-09")] + "2026-01-10"
    revised = write_file(tmp_path / "t1_revised.psv", text.replace(line, changed))

    second = ingest(spine, week, revised, tier="T1")
    assert second.ok, second.error
    assert second.metrics["revision"] is True
    after = kstl_qrtz()
    assert [(r[0], r[1], r[2], r[3]) for r in after] == [(before[0][0], "250000000", "2026-01-10", None)]


# -- 14. Rolling waits for a pending window week ----------------------------------------------------


def test_rolling_stays_stale_while_a_window_week_is_pending(seeded: Spine) -> None:
    week = "2025-12-12"
    forced = ingest(seeded, week, FIXTURES / f"week_{week}.psv", force=True)
    assert forced.ok, forced.error
    assert stage(seeded, week) == "INGESTED"

    first = seeded.run("otc.compute_rolling_6w", {"tier": TIER, "week_ending": "2025-12-26", "force": True})
    assert first.ok, first.error
    assert first.metrics["weeks"]["2025-12-26"]["stale_until_aggregated"] == ["2025-12-12"]
    rows = seeded.rolling(TIER, "2025-12-26")
    assert len(rows) == 5
    assert {r["is_stale"] for r in rows} == {1}

    for name in ("otc.normalize_week", "otc.aggregate_week"):
        result = seeded.run(name, {"tier": TIER, "week_ending": week})
        assert result.ok, (name, result.error)
    second = seeded.run("otc.compute_rolling_6w", {"tier": TIER, "week_ending": "2025-12-26"})
    assert second.ok, second.error
    assert "stale_until_aggregated" not in second.metrics["weeks"]["2025-12-26"]
    assert count(seeded.conn, "SELECT COUNT(*) FROM otc_symbol_rolling_6w WHERE is_stale = 1") == 0
    assert {r["is_stale"] for r in seeded.rolling(TIER, "2025-12-26")} == {0}


# -- 15. Files whose every line is rejected ------------------------------------------------------------


def test_file_of_parse_errors_is_stored(spine: Spine, tmp_path: Path) -> None:
    week = "2025-12-26"
    lines = [f"{week}|{TIER}|AAPL|NITE|lots|10", f"{week}|{TIER}|MSFT|CITD|500"]
    path = write_file(tmp_path / "bad.psv", "\n".join([HEADER, *lines]) + "\n")
    result = ingest(spine, week, path)
    assert result.ok, result.error
    assert result.status.value == "COMPLETED"
    assert (result.metrics["inserted"], result.metrics["rejected"]) == (0, 2)
    rejects = spine.rejects(TIER, week)
    assert [(r["line_number"], r["raw_line"], r["stage"], r["reason_code"]) for r in rejects] == [
        (2, lines[0], "INGEST", "PARSE_ERROR"),
        (3, lines[1], "INGEST", "PARSE_ERROR"),
    ]
    assert [r["reason_detail"] for r in rejects] == ["not an integer: 'lots'", "expected 6 fields, found 5"]
    row = spine.conn.execute(
        "SELECT stage, row_count_raw, row_count_inserted, row_count_rejected FROM otc_week_manifest"
        " WHERE week_ending = ? AND tier = ?",
        (week, TIER),
    ).fetchone()
    assert tuple(row) == ("INGESTED", 2, 0, 2)


def test_file_of_parse_errors_never_replaces_a_loaded_week(seeded: Spine, tmp_path: Path) -> None:
    week = "2025-12-26"
    lines = [f"{week}|{TIER}|AAPL|NITE|lots|10", f"{week}|{TIER}|MSFT|CITD|500"]
    path = write_file(tmp_path / "bad.psv", "\n".join([HEADER, *lines]) + "\n")
    before = all_data(seeded.conn)
    result = ingest(seeded, week, path)
    assert result.status.value == "FAILED"
    assert "holds no usable venue line (PARSE_ERROR x2)" in (result.error or "")
    assert "keeps its current data" in (result.error or "")
    assert all_data(seeded.conn) == before


def test_file_all_for_another_week_is_refused(spine: Spine, tmp_path: Path) -> None:
    other = "2025-12-19"
    path = write_file(
        tmp_path / "other.psv",
        "\n".join([HEADER, f"{other}|{TIER}|AAPL|NITE|1000|10", f"{other}|{TIER}|MSFT|CITD|500|5"]) + "\n",
    )
    result = ingest(spine, "2025-12-26", path)
    assert not result.ok
    assert result.status.value == "FAILED"
    assert "week 2025-12-19 (2 rows)" in result.error
    for table in ("otc_week_manifest", "otc_raw", "otc_rejects", "otc_captures"):
        assert count(spine.conn, f"SELECT COUNT(*) FROM {table}") == 0, table


# -- 16. Website rows published before the run's week ended ------------------------------------------


def test_website_rows_published_before_the_week_ended_are_refused(spine: Spine) -> None:
    result = ingest(spine, "2026-06-05", WEBSITE, tier="OTC")
    assert result.status.value == "FAILED"
    assert "before 2025-12-15 (10 rows)" in result.error
    assert count(spine.conn, "SELECT COUNT(*) FROM otc_rejects") == 0
    assert count(spine.conn, "SELECT COUNT(*) FROM otc_raw") == 0


def test_website_rows_published_early_are_week_mismatch(spine: Spine, tmp_path: Path) -> None:
    """One line republished after the week: it loads; the other nine are WEEK_MISMATCH rejects."""
    lines = WEBSITE.read_text().splitlines()
    data = lines[1:]
    assert len(data) == 10 and all(x.endswith("|2025-12-15") for x in data)
    kept = data[0][: -len("2025-12-15")] + "2026-06-08"
    path = write_file(tmp_path / "website.psv", "\n".join([lines[0], kept, *data[1:]]) + "\n")
    result = ingest(spine, "2026-06-05", path, tier="OTC")
    assert result.ok, result.error
    assert result.metrics["rejects_by_reason"] == {"WEEK_MISMATCH": 9}
    rejects = spine.rejects("OTC", "2026-06-05")
    assert [r["line_number"] for r in rejects] == list(range(3, 12))
    assert {r["reason_code"] for r in rejects} == {"WEEK_MISMATCH"}
    assert {r["reason_detail"] for r in rejects} == {
        "lastUpdateDate 2025-12-15 is before the run's week 2026-06-05 ended"
    }


def test_website_file_with_two_publication_dates(spine: Spine, tmp_path: Path) -> None:
    lines = WEBSITE.read_text().splitlines()
    data = [x[: -len("2025-12-15")] + "2025-12-22" if i < 3 else x for i, x in enumerate(lines[1:])]
    path = write_file(tmp_path / "website.psv", "\n".join([lines[0], *data]) + "\n")
    result = ingest(spine, "2025-11-14", path, tier="OTC")
    assert result.ok, result.error
    assert result.metrics["publication_dates"] == {"2025-12-22": 3, "2025-12-15": 7}
    assert result.metrics["rejected"] == 0


# -- 17. Duplicate published totals ----------------------------------------------------------------


def _symbol_total_line() -> str:
    return next(x for x in REAL_T1.read_text().splitlines() if x.startswith("QRTZ|") and "|ATS_W_SMBL|" in x)


def test_conflicting_duplicate_symbol_total_is_rejected(spine: Spine, tmp_path: Path) -> None:
    original = _symbol_total_line()
    assert "|2482500|8473|" in original
    extra = original.replace("|2482500|8473|", "|2482600|8474|")
    text = REAL_T1.read_text()
    assert text.endswith("\n")
    path = write_file(tmp_path / "t1_dup.psv", text + extra + "\n")
    line_number = len(text.splitlines()) + 1
    result = ingest(spine, "2025-12-26", path, tier="T1")
    assert result.ok, result.error
    rejects = spine.rejects(TIER, "2025-12-26")
    assert [(r["line_number"], r["stage"], r["reason_code"], r["raw_line"]) for r in rejects] == [
        (line_number, "INGEST", "DUPLICATE_KEY", extra)
    ]
    assert result.metrics["duplicate_lines"] == 0


def test_identical_duplicate_symbol_total_is_counted(spine: Spine, tmp_path: Path) -> None:
    original = _symbol_total_line()
    text = REAL_T1.read_text()
    path = write_file(tmp_path / "t1_same.psv", text + original + "\n")
    result = ingest(spine, "2025-12-26", path, tier="T1")
    assert result.ok, result.error
    assert result.metrics["duplicate_lines"] == 1
    assert result.metrics["rejected"] == 0
    assert list(spine.rejects(TIER, "2025-12-26")) == []


def test_real_file_alone_has_no_duplicate_lines(spine: Spine) -> None:
    result = ingest(spine, "2025-12-26", REAL_T1, tier="T1")
    assert result.ok, result.error
    assert (result.metrics["duplicate_lines"], result.metrics["rejected"]) == (0, 0)


# -- 18. query_rolling's latest week ----------------------------------------------------------------


def test_query_rolling_latest_is_the_latest_week(spine: Spine) -> None:
    first = backfill(spine, weeks_back=5, end_week="2025-12-19")
    assert first.ok, first.error
    second = backfill(
        spine, weeks_back=None, start_week="2025-12-26", end_week="2025-12-26", skip_rolling=True
    )
    assert second.ok, second.error
    assert second.metrics["weeks_ok"] == 1
    assert second.metrics["rolling"] == {}
    assert (
        count(spine.conn, "SELECT COUNT(*) FROM otc_symbol_rolling_6w WHERE week_ending = '2025-12-26'") == 0
    )
    result = spine.run("otc.query_rolling", {"tier": TIER})
    assert result.ok, result.error
    # "latest" has one meaning (the newest aggregated week), whose rolling rows are not computed yet
    assert result.metrics["week_ending"] == "2025-12-26"
    assert result.metrics["rows"] == []
    assert spine.latest_week(TIER) == "2025-12-26"
    assert {r["week_ending"] for r in spine.rolling(TIER, "2025-12-19")} == {"2025-12-19"}


# -- 19. The snapshot tells when its rolling figures are stale ----------------------------------------


def test_snapshot_rows_carry_rolling_stale(seeded: Spine, tmp_path: Path) -> None:
    rows = seeded.snapshot(TIER, "2025-12-26")
    assert len(rows) == 5
    assert {r["rolling_stale"] for r in rows} == {0}

    folder = copy_fixtures(tmp_path)
    revise_aapl_nite(folder, "2025-12-19", 1720000)
    result = ingest(seeded, "2025-12-19", folder / "week_2025-12-19.psv")
    assert result.ok, result.error
    assert result.metrics["revision"] is True
    rows = seeded.snapshot(TIER, "2025-12-26")
    assert len(rows) == 5
    assert {r["rolling_stale"] for r in rows} == {1}


# -- 20. Dry run of a revised week ------------------------------------------------------------------


def test_dry_run_shows_a_revision(seeded: Spine, tmp_path: Path) -> None:
    folder = copy_fixtures(tmp_path)
    revise_aapl_nite(folder, "2025-12-12", 1700000)
    before = count(seeded.conn, "SELECT COUNT(*) FROM otc_captures")
    result = backfill(seeded, source_dir=str(folder), dry_run=True)
    assert result.ok, result.error
    assert result.metrics["dry_run"] is True
    stages = {w["week_ending"]: w["stages"] for w in result.metrics["weeks"]}
    assert list(stages) == SEED_WEEKS
    assert stages["2025-12-12"] == {"ingest": "revise", "normalize": "run", "aggregate": "run"}
    for week in SEED_WEEKS:
        if week != "2025-12-12":
            assert stages[week] == {"ingest": "skip", "normalize": "skip", "aggregate": "skip"}, week
    assert count(seeded.conn, "SELECT COUNT(*) FROM otc_captures") == before


# -- 21. Library tier check -----------------------------------------------------------------------


def test_library_rolling_with_a_bad_tier(seeded: Spine) -> None:
    with pytest.raises(UsageError, match="unknown tier 'bad-tier'"):
        seeded.rolling("bad-tier", "2025-12-26")


# -- 22. Backfill forwards reject_zero_volume -------------------------------------------------------


def test_backfill_forwards_reject_zero_volume(spine: Spine, tmp_path: Path) -> None:
    week = "2025-12-26"
    zero = f"{week}|{TIER}|MSFT|CITD|0|0"
    folder = tmp_path / "zero"
    write_file(
        folder / f"week_{week}.psv", "\n".join([HEADER, f"{week}|{TIER}|AAPL|NITE|1000|10", zero]) + "\n"
    )
    result = backfill(spine, source_dir=str(folder), weeks_back=1, reject_zero_volume=True)
    assert result.ok, result.error
    rejects = spine.rejects(TIER, week)
    assert [(r["line_number"], r["stage"], r["reason_code"], r["raw_line"]) for r in rejects] == [
        (3, "NORMALIZE", "ZERO_VOLUME", zero)
    ]
    assert rejects[0]["reason_detail"] == "total_shares=0 (reject_zero_volume=true)"
    children = spine.conn.execute(
        "SELECT params FROM executions WHERE pipeline_name = 'otc.normalize_week'"
    ).fetchall()
    assert [json.loads(r[0])["reject_zero_volume"] for r in children] == [True]


# -- 23. Parse errors name the text ------------------------------------------------------------------


def test_double_minus_shares_is_a_parse_error(tmp_path: Path) -> None:
    week = "2025-12-26"
    line = f"{week}|{TIER}|AAPL|NITE|--5|10"
    path = write_file(tmp_path / "minus.psv", "\n".join([HEADER, line]) + "\n")
    _info, rows = parse_file(path)
    items = list(rows)
    assert items == [SourceReject(2, line, RejectCode.PARSE_ERROR, "not an integer: '--5'")]
    assert not any(isinstance(item, dict) for item in items)


def test_double_minus_shares_is_stored_as_a_parse_error(spine: Spine, tmp_path: Path) -> None:
    week = "2025-12-26"
    line = f"{week}|{TIER}|AAPL|NITE|--5|10"
    path = write_file(
        tmp_path / "minus.psv", "\n".join([HEADER, f"{week}|{TIER}|MSFT|CITD|5|1", line]) + "\n"
    )
    result = ingest(spine, week, path)
    assert result.ok, result.error
    assert [(r["line_number"], r["reason_code"], r["reason_detail"]) for r in spine.rejects(TIER, week)] == [
        (3, "PARSE_ERROR", "not an integer: '--5'")
    ]


# -- Findings of the last review ----------------------------------------------------------------------


class _InterruptedOrchestrator(Pipeline):
    name = "test.interrupt_orchestrator"
    description = "an orchestrator stopped by Ctrl-C after one child run finished"
    transactional = False

    def run(self) -> PipelineResult:
        child = self.context.dispatch(
            "otc.ingest_week",
            {"tier": TIER, "week_ending": "2025-12-26", "file_path": str(FIXTURES / "week_2025-12-26.psv")},
            parent_execution_id=self.execution_id,
        )
        assert child.ok, child.error
        raise KeyboardInterrupt


def test_interrupted_orchestrator_says_finished_children_were_kept(
    spine: Spine, monkeypatch: pytest.MonkeyPatch
) -> None:
    registry.load_domains()
    monkeypatch.setitem(registry._PIPELINES, _InterruptedOrchestrator.name, _InterruptedOrchestrator)
    with pytest.raises(KeyboardInterrupt):
        spine.run(_InterruptedOrchestrator.name, {})
    error = spine.conn.execute("SELECT error FROM executions WHERE execution_id = 1").fetchone()[0]
    assert error == "interrupted (SIGINT); the child runs that had finished kept their writes (executions 2)"
    assert spine.week_status(TIER)[0]["stage"] == "INGESTED"


def test_redone_week_gets_its_snapshot_back(seeded: Spine, tmp_path: Path) -> None:
    """A backfill that revises a week whose snapshot existed takes that snapshot again."""
    assert seeded.run("otc.research_snapshot_week", {"tier": TIER, "week_ending": "2025-12-05"}).ok
    folder = tmp_path / "weeks"
    shutil.copytree(FIXTURES, folder)
    path = folder / "week_2025-12-05.psv"
    path.write_text(path.read_text().replace("|AAPL|NITE|1600000|9000", "|AAPL|NITE|1600100|9000"))
    result = backfill(
        seeded, source_dir=str(folder), start_week="2025-11-21", end_week="2025-12-26", weeks_back=None
    )
    assert result.ok
    assert result.metrics["snapshots"]["2025-12-05"] == "done"
    stages = {r["week_ending"]: r["stage"] for r in seeded.week_status(TIER)}
    assert stages["2025-12-05"] == "SNAPSHOT" and stages["2025-12-26"] == "SNAPSHOT"
    aapl = {r["symbol"]: r for r in seeded.snapshot(TIER, "2025-12-05")}["AAPL"]
    assert aapl["total_volume"] == 1600100 + 1280000 + 850000


def test_revision_without_venue_lines_is_refused(spine: Spine, tmp_path: Path) -> None:
    """An export holding only published totals never empties a loaded week."""
    assert ingest(spine, "2025-12-26", REAL_T1, tier="T1").ok
    before = all_data(spine.conn)
    lines = REAL_T1.read_text().splitlines()
    totals_only = write_file(
        tmp_path / "totals.psv", "\n".join([lines[0], *[x for x in lines if "|ATS_W_SMBL|" in x]]) + "\n"
    )
    result = ingest(spine, "2025-12-26", totals_only, tier="T1")
    assert result.status.value == "FAILED"
    assert "holds no usable venue line (3 published totals)" in (result.error or "")
    assert all_data(spine.conn) == before


def test_normalize_after_a_late_revision_reads_every_row(spine: Spine, tmp_path: Path) -> None:
    """A revision appends its new records after later weeks: the week's rows are no longer one span."""
    assert backfill(spine).ok
    revised = write_file(
        tmp_path / "w.psv",
        (FIXTURES / "week_2025-11-21.psv")
        .read_text()
        .replace("|AAPL|NITE|1500000|8500", "|AAPL|NITE|1500001|8500"),
    )
    params = {"tier": TIER, "week_ending": "2025-11-21"}
    assert ingest(spine, "2025-11-21", revised).metrics["revision"] is True
    assert spine.run("otc.normalize_week", params).metrics["normalized"] == 11
    assert spine.run("otc.aggregate_week", params).ok
    aapl = spine.conn.execute(
        "SELECT total_volume FROM otc_symbol_summary WHERE week_ending = '2025-11-21' AND symbol = 'AAPL'"
    ).fetchone()[0]
    assert aapl == 1500001 + 1200000 + 800000


def test_publication_dates_count_only_the_weeks_own_lines(spine: Spine) -> None:
    result = ingest(spine, "2025-11-21", REAL_FIXTURES / "finra_api_otce_3weeks.psv", tier="OTC")
    assert result.ok
    assert result.metrics["publication_dates"] == {"2025-12-22": result.metrics["inserted"]}


def test_json_nested_too_deeply_is_refused(spine: Spine, tmp_path: Path) -> None:
    path = write_file(tmp_path / "deep.json", "[" * 100_000 + "]" * 100_000)
    result = ingest(spine, "2025-12-26", path)
    assert result.status.value == "FAILED" and "nested too deeply" in (result.error or "")
    assert not result.internal_error
