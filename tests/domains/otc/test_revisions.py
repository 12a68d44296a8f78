"""Revisions (SPEC §9): FINRA restates a loaded week; every vintage stays reconstructable.

Every expected figure here is computed from the fixture lines by ``tests/oracle.py`` (SPEC §5-§7
written out again), never read back from the product's own formulas.
"""

from __future__ import annotations

import csv
import io
import json
import shutil
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest

from spine.api import Spine
from tests import oracle
from tests.conftest import (
    DATA_TABLES,
    FIXTURES,
    SEED_WEEKS,
    TIER,
    backfill,
    count,
    rolling_rows,
    spine_cli,
    table_data,
    write_file,
)

WEEK = "2025-12-12"
LATER = ["2025-12-12", "2025-12-19", "2025-12-26"]  # weeks whose rolling window holds WEEK
EARLIER = ["2025-11-21", "2025-11-28", "2025-12-05"]
# Everything but the raw records and rejects, which keep a revision's history.
DERIVED_TABLES = [t for t in DATA_TABLES if t not in ("otc_raw", "otc_rejects")]

Record = tuple[str, str, int, int]  # symbol, mpid, shares, trades


# -- the corrected file --------------------------------------------------------------------------


def original_text() -> str:
    return (FIXTURES / f"week_{WEEK}.psv").read_text()


def corrected_text() -> str:
    """FINRA's restatement: AAPL/NITE shares change, META/VIRT disappears, AMZN/NITE is new."""
    lines = original_text().splitlines()
    assert f"{WEEK}|{TIER}|AAPL|NITE|1580000|8800" in lines
    assert f"{WEEK}|{TIER}|META|VIRT|250000|1250" in lines
    out = []
    for line in lines:
        if line == f"{WEEK}|{TIER}|AAPL|NITE|1580000|8800":
            line = f"{WEEK}|{TIER}|AAPL|NITE|1700000|8800"
        if line == f"{WEEK}|{TIER}|META|VIRT|250000|1250":
            continue
        out.append(line)
    out.append(f"{WEEK}|{TIER}|AMZN|NITE|400000|2000")
    return "\n".join(out) + "\n"


@pytest.fixture
def revised_dir(tmp_path: Path) -> Path:
    """The seed weeks with the corrected 2025-12-12 file in place of the original."""
    folder = tmp_path / "revised"
    shutil.copytree(FIXTURES, folder)
    write_file(folder / f"week_{WEEK}.psv", corrected_text())
    return folder


def ingest(spine: Spine, path: Path) -> Any:
    result = spine.run("otc.ingest_week", {"tier": TIER, "week_ending": WEEK, "file_path": str(path)})
    assert result.ok, result.error
    return result


def normalize_and_aggregate(spine: Spine) -> None:
    for name in ("otc.normalize_week", "otc.aggregate_week"):
        result = spine.run(name, {"tier": TIER, "week_ending": WEEK})
        assert result.ok, result.error
        assert not result.metrics.get("skipped"), result.metrics


# -- SPEC formulas, written out independently ----------------------------------------------------


def file_records(text: str) -> list[Record]:
    """Every data line of a seed-format file, as (symbol, mpid, shares, trades)."""
    records = []
    for line in text.splitlines()[1:]:
        if line.strip():
            _week, _tier, symbol, mpid, shares, trades = line.split("|")
            records.append((symbol, mpid, int(shares), int(trades)))
    return records


def accepted(records: list[Record]) -> list[Record]:
    """SPEC §6 normalize rules (the seed files need no zero-volume or duplicate handling beyond this)."""
    seen: set[tuple[str, str]] = set()
    out = []
    for symbol, mpid, shares, trades in records:
        if (
            not oracle.SYMBOL_RE.fullmatch(symbol)
            or not oracle.MPID_RE.fullmatch(mpid)
            or shares < 0
            or trades < 0
        ):
            continue
        if (symbol, mpid) in seen:
            continue
        seen.add((symbol, mpid))
        out.append((symbol, mpid, shares, trades))
    return out


def weekly_records(folder: Path) -> dict[str, list[Record]]:
    return {w: accepted(file_records((folder / f"week_{w}.psv").read_text())) for w in SEED_WEEKS}


def expected_rolling(folder: Path, week: str) -> dict[str, tuple[int, int, str, str, int, int]]:
    by_week = weekly_records(folder)
    end = date.fromisoformat(week)
    window = [(end - timedelta(weeks=k)).isoformat() for k in range(5, -1, -1)]
    loaded = [w for w in window if w in by_week]  # every week with a file is loaded (SPEC §13)
    weekly: dict[str, dict[str, tuple[int, int]]] = {}
    for w in loaded:
        for symbol, (volume, trades, _n, _avg) in oracle.symbol_summary(by_week[w]).items():
            weekly.setdefault(symbol, {})[w] = (volume, trades)
    out = {}
    for symbol, weeks in weekly.items():
        r = oracle.rolling_zero_filled(weeks, loaded)
        out[symbol] = (
            int(r["avg_6w_volume"]),
            int(r["avg_6w_trades"]),
            str(r["trend_direction"]),
            str(r["trend_pct"]),
            int(r["weeks_in_window"]),
            int(r["is_complete_window"]),
        )
    return out


# -- reading the product's tables -----------------------------------------------------------------


def summary_rows(spine: Spine, week: str) -> dict[str, tuple[int, int, int, str]]:
    return {
        r["symbol"]: (r["total_volume"], r["total_trades"], r["venue_count"], r["avg_trade_size"])
        for r in spine.conn.execute(
            "SELECT * FROM otc_symbol_summary WHERE week_ending = ? AND tier = ?", (week, TIER)
        )
    }


def share_rows(spine: Spine, week: str) -> dict[str, tuple[int, int, str]]:
    return {
        r["mpid"]: (r["total_volume"], r["total_trades"], str(r["market_share_pct"]))
        for r in spine.venue_shares(TIER, week)
    }


def stale_by_week(spine: Spine) -> dict[str, set[int]]:
    out: dict[str, set[int]] = {}
    for week, stale in spine.conn.execute(
        "SELECT week_ending, is_stale FROM otc_symbol_rolling_6w WHERE tier = ?", (TIER,)
    ):
        out.setdefault(week, set()).add(stale)
    return out


def volumes_of(rows: list[dict[str, Any]]) -> list[Record]:
    return sorted((r["symbol"], r["mpid"], r["total_shares"], r["total_trades"]) for r in rows)


def week_rows(spine: Spine, table: str, week: str = WEEK) -> int:
    return count(spine.conn, f"SELECT COUNT(*) FROM {table} WHERE week_ending = ? AND tier = ?", week, TIER)


# -- the tests -----------------------------------------------------------------------------------


def test_expected_figures_match_the_spec_for_the_seed(seeded: Spine) -> None:
    """The test's own formulas reproduce SPEC §10 (so they can be trusted for the revision)."""
    assert expected_rolling(FIXTURES, "2025-12-26")["AAPL"] == (3695000, 19633, "UP", "7.44", 6, 1)
    assert expected_rolling(FIXTURES, "2025-12-26")["NVDA"][2:4] == ("DOWN", "-12.41")
    for week in SEED_WEEKS:
        records = weekly_records(FIXTURES)[week]
        assert summary_rows(seeded, week) == oracle.symbol_summary(records)
        assert share_rows(seeded, week) == oracle.venue_shares(records)
        assert rolling_rows(seeded, week) == expected_rolling(FIXTURES, week)


def test_revision_supersedes_marks_stale_and_recomputes(seeded: Spine, revised_dir: Path) -> None:
    spine = seeded
    [first] = spine.captures(TIER, WEEK)
    rolling_before = {w: rolling_rows(spine, w) for w in SEED_WEEKS}
    later_rolling_rows = sum(len(rolling_before[w]) for w in LATER)

    # 1. Ingest the corrected file: a new capture, the week back at INGESTED, later rolling stale.
    result = ingest(spine, revised_dir / f"week_{WEEK}.psv")
    new_id = result.metrics["capture_id"]
    assert result.metrics["revision"] is True
    assert new_id != first["capture_id"]
    assert result.metrics["inserted"] == 12
    assert result.metrics["stale_rolling_rows"] == later_rolling_rows

    manifest = spine.conn.execute(
        "SELECT * FROM otc_week_manifest WHERE week_ending = ? AND tier = ?", (WEEK, TIER)
    ).fetchone()
    assert manifest["stage"] == "INGESTED"
    assert manifest["capture_id"] == new_id
    assert manifest["source_sha256"] == oracle.sha256_text(corrected_text())
    assert manifest["row_count_inserted"] == 12 and manifest["row_count_normalized"] == 0
    for table in ("otc_normalization_map", "otc_venue_volume", "otc_symbol_summary", "otc_venue_share"):
        assert week_rows(spine, table) == 0, table
    assert (
        count(
            spine.conn,
            "SELECT COUNT(*) FROM otc_quality_checks WHERE week_ending = ? AND tier = ?"
            " AND pipeline_name = 'otc.aggregate_week'",
            WEEK,
            TIER,
        )
        == 0
    )
    stale = stale_by_week(spine)
    assert all(stale[w] == {1} for w in LATER), stale
    assert all(stale[w] == {0} for w in EARLIER), stale
    assert spine.week_status(TIER, WEEK)[0]["rolling_stale"] == 1

    # 2. Superseded raw records are kept, pointing at the capture that dropped them.
    raw = {
        (r["symbol"], r["mpid"], r["total_shares"], r["total_trades"]): r["superseded_by_capture_id"]
        for r in spine.conn.execute("SELECT * FROM otc_raw WHERE week_ending = ? AND tier = ?", (WEEK, TIER))
    }
    assert len(raw) == 14
    assert raw[("AAPL", "NITE", 1580000, 8800)] == new_id
    assert raw[("META", "VIRT", 250000, 1250)] == new_id
    assert raw[("AAPL", "NITE", 1700000, 8800)] is None
    assert raw[("AMZN", "NITE", 400000, 2000)] is None
    assert sorted(k for k, v in raw.items() if v is None) == sorted(file_records(corrected_text()))

    # 3. The revision history and both vintages.
    old, new = spine.captures(TIER, WEEK)
    assert (old["capture_id"], new["capture_id"]) == (first["capture_id"], new_id)
    assert old["source_sha256"] == oracle.sha256_text(original_text()) and old["superseded_at"] is not None
    assert old["is_current"] == 0
    assert new["source_sha256"] == oracle.sha256_text(corrected_text()) and new["superseded_at"] is None
    assert new["is_current"] == 1
    assert (old["lines"], old["records"], new["lines"], new["records"]) == (12, 12, 12, 12)
    assert new["captured_at"] >= old["captured_at"]
    assert volumes_of(spine.capture_volumes(old["capture_id"])) == sorted(file_records(original_text()))
    assert volumes_of(spine.capture_volumes(new_id)) == sorted(file_records(corrected_text()))

    # 4. Normalize + aggregate: the week's figures are the corrected file's; rolling is still stale.
    normalize_and_aggregate(spine)
    corrected = weekly_records(revised_dir)[WEEK]
    assert summary_rows(spine, WEEK) == oracle.symbol_summary(corrected)
    assert summary_rows(spine, WEEK)["AAPL"][0] == 1700000 + 1260000 + 830000
    assert summary_rows(spine, WEEK)["META"][:3] == (730000 + 530000, 3650 + 2650, 2)
    assert share_rows(spine, WEEK) == oracle.venue_shares(corrected)
    assert all(stale_by_week(spine)[w] == {1} for w in LATER)
    assert {w: rolling_rows(spine, w) for w in LATER} == {w: rolling_before[w] for w in LATER}

    # 5. Rolling of the last week recomputes every stale week whose window is aggregated.
    result = spine.run("otc.compute_rolling_6w", {"tier": TIER, "week_ending": "2025-12-26"})
    assert result.ok, result.error
    assert result.metrics["recomputed_stale_weeks"] == ["2025-12-12", "2025-12-19"]
    assert stale_by_week(spine) == {w: {0} for w in SEED_WEEKS}
    for week in SEED_WEEKS:
        assert rolling_rows(spine, week) == expected_rolling(revised_dir, week), week
    for week in EARLIER:
        assert rolling_rows(spine, week) == rolling_before[week]
    aapl = expected_rolling(revised_dir, "2025-12-26")["AAPL"]
    assert aapl[0] != rolling_before["2025-12-26"]["AAPL"][0]  # the correction moved the average
    # AMZN traded in one of the four loaded weeks (its third): the others count as zero weeks.
    assert rolling_rows(spine, WEEK)["AMZN"] == (100000, 500, "UP", "100.00", 4, 0)

    # 6. The snapshot of the last week follows the new rolling values once it is taken again.
    result = backfill(spine, source_dir=str(revised_dir))
    assert result.ok, result.error
    assert result.metrics["snapshots"]["2025-12-26"] == "done"
    expected = expected_rolling(revised_dir, "2025-12-26")
    snapshot = {r["symbol"]: r for r in spine.snapshot(TIER, "2025-12-26")}
    assert set(snapshot) == {"AAPL", "TSLA", "NVDA", "MSFT", "META"}
    for symbol, row in snapshot.items():
        avg_v, avg_t, direction, _pct, weeks, complete = expected[symbol]
        assert (
            row["rolling_avg_6w_volume"],
            row["rolling_avg_6w_trades"],
            row["rolling_trend_direction"],
            row["rolling_weeks_available"],
            row["rolling_is_complete"],
            row["has_rolling_data"],
        ) == (avg_v, avg_t, direction, weeks, complete, 1), symbol
    assert len(spine.captures(TIER, WEEK)) == 2  # the backfill found the same bytes: no new capture


def test_backfill_alone_completes_a_revision_like_a_clean_load(
    seeded: Spine, revised_dir: Path, tmp_path: Path
) -> None:
    """Ingest the correction, then one backfill: every derived table equals a fresh load of it."""
    ingest(seeded, revised_dir / f"week_{WEEK}.psv")
    result = backfill(seeded, source_dir=str(revised_dir))
    assert result.ok and result.metrics["weeks_failed"] == 0, result.metrics
    assert stale_by_week(seeded) == {w: {0} for w in SEED_WEEKS}
    with Spine(tmp_path / "clean.db") as clean:
        assert backfill(clean, source_dir=str(revised_dir)).ok
        for table in DERIVED_TABLES:
            assert table_data(seeded.conn, table) == table_data(clean.conn, table), table
        assert table_data(seeded.conn, "otc_rejects") == table_data(clean.conn, "otc_rejects")


def test_revert_to_the_original_file_is_a_third_capture(
    seeded: Spine, revised_dir: Path, tmp_path: Path
) -> None:
    """A -> B -> A: three captures, the data back to A, and each vintage still reconstructable."""
    spine = seeded
    original = {table: table_data(spine.conn, table) for table in DERIVED_TABLES}
    original_path = FIXTURES / f"week_{WEEK}.psv"

    ingest(spine, revised_dir / f"week_{WEEK}.psv")
    assert backfill(spine, source_dir=str(revised_dir)).ok
    result = ingest(spine, original_path)
    assert result.metrics["revision"] is True
    assert backfill(spine).ok  # the seed folder: the original bytes, already current

    first, second, third = spine.captures(TIER, WEEK)
    assert [c["is_current"] for c in (first, second, third)] == [0, 0, 1]
    assert first["superseded_at"] is not None and second["superseded_at"] is not None
    assert third["superseded_at"] is None
    assert first["source_sha256"] == third["source_sha256"] == oracle.sha256_text(original_text())
    assert second["source_sha256"] == oracle.sha256_text(corrected_text())

    # The current data is the original again, records of the correction superseded by capture 3.
    current = spine.conn.execute(
        "SELECT symbol, mpid, total_shares, total_trades, superseded_by_capture_id FROM otc_raw"
        " WHERE week_ending = ? AND tier = ?",
        (WEEK, TIER),
    ).fetchall()
    assert sorted(tuple(r)[:4] for r in current if r[4] is None) == sorted(file_records(original_text()))
    assert {tuple(r)[:4]: r[4] for r in current if r[4] is not None} == {
        ("AAPL", "NITE", 1700000, 8800): third["capture_id"],
        ("AMZN", "NITE", 400000, 2000): third["capture_id"],
    }
    for table in DERIVED_TABLES:
        assert table_data(spine.conn, table) == original[table], table
    assert stale_by_week(spine) == {w: {0} for w in SEED_WEEKS}

    # Every vintage, including the middle one, is still exactly what its file held.
    assert volumes_of(spine.capture_volumes(first["capture_id"])) == sorted(file_records(original_text()))
    assert volumes_of(spine.capture_volumes(third["capture_id"])) == sorted(file_records(original_text()))
    middle = volumes_of(spine.capture_volumes(second["capture_id"]))
    wanted = sorted(file_records(corrected_text()))
    extra = sorted(set(middle) - set(wanted))
    missing = sorted(set(wanted) - set(middle))
    assert middle == wanted, f"capture {second['capture_id']}: extra {extra}, missing {missing}"


def test_cli_captures_and_capture_volumes(seeded: Spine, revised_dir: Path, db_path: Path) -> None:
    ingest(seeded, revised_dir / f"week_{WEEK}.psv")

    shown = spine_cli("captures", "--week", WEEK, "--json", db=db_path)
    assert shown.returncode == 0, shown.stderr
    captures = json.loads(shown.stdout)
    assert [(c["week_ending"], c["tier"], c["is_current"]) for c in captures] == [
        (WEEK, TIER, 0),
        (WEEK, TIER, 1),
    ]
    old, new = captures
    assert old["superseded_at"] and new["superseded_at"] is None
    assert (old["source_sha256"], new["source_sha256"]) == (
        oracle.sha256_text(original_text()),
        oracle.sha256_text(corrected_text()),
    )
    assert (old["lines"], old["records"], new["lines"], new["records"]) == (12, 12, 12, 12)

    for capture, text in ((old, original_text()), (new, corrected_text())):
        out = spine_cli("capture-volumes", str(capture["capture_id"]), "--csv", db=db_path)
        assert out.returncode == 0, out.stderr
        rows = list(csv.DictReader(io.StringIO(out.stdout)))
        assert rows and set(rows[0]) >= {"symbol", "mpid", "total_shares", "total_trades"}
        got = sorted((r["symbol"], r["mpid"], int(r["total_shares"]), int(r["total_trades"])) for r in rows)
        assert got == sorted(file_records(text))

    all_weeks = json.loads(spine_cli("captures", "--json", db=db_path).stdout)
    assert len(all_weeks) == 7  # six seed weeks, plus the revision


def test_revision_counts_only_the_current_data(seeded: Spine, tmp_path: Path) -> None:
    """A correction of 2025-12-19 fixes its NEGATIVE_VOLUME line and brings a PARSE_ERROR line."""
    week = "2025-12-19"
    text = (FIXTURES / f"week_{week}.psv").read_text()
    assert f"{week}|{TIER}|BADV|NITE|-50000|100" in text
    fixed = text.replace("|BADV|NITE|-50000|100", "|BADV|NITE|50000|100") + f"{week}|{TIER}|AAPL|NITE|12x|5\n"
    path = write_file(tmp_path / "fixed.psv", fixed)
    result = seeded.run("otc.ingest_week", {"tier": TIER, "week_ending": week, "file_path": str(path)})
    assert result.ok and result.metrics["revision"] is True
    assert (result.metrics["inserted"], result.metrics["rejected"]) == (12, 1)
    for name in ("otc.normalize_week", "otc.aggregate_week"):
        assert seeded.run(name, {"tier": TIER, "week_ending": week}).ok
    status = seeded.week_status(TIER, week)[0]
    assert (status["raw"], status["inserted"], status["normalized"], status["rejected"]) == (13, 12, 12, 1)
    assert [r["reason_code"] for r in seeded.rejects(TIER, week)] == ["PARSE_ERROR"]
    assert summary_rows(seeded, week)["BADV"][:3] == (50000, 100, 1)
