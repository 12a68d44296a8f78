"""Real FINRA layouts end to end (SPEC §6, §7.1, §9, §11).

Three groups:

- the shared real samples in ``../shared/realdata`` (skipped, with the reason, when that folder is absent):
  every stored figure is recomputed inside the test from the file's own lines (``realdata_helpers``);
- the hand-made fixtures in ``data/fixtures/real`` (see its README for what each file holds);
- refusals, files holding several weeks, and backfills over folders of FINRA downloads.
"""

from __future__ import annotations

import json
import shutil
from collections import defaultdict
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest

from spine.api import Spine
from tests import oracle
from tests.conftest import REAL_FIXTURES, all_data, rolling_rows, run_cli, table_data, write_file
from tests.domains.otc import realdata_helpers as rd

HEAD300 = "spinecore_otc_weekly_otc_20251215_head300.psv"
TAIL20 = "spinecore_otc_weekly_otc_20251229_tail20.psv"
THREE_WEEKS = "spinecore_otc_3weeks_AABB_ABBNY_ADYEY_AFFU.psv"

WEBSITE = REAL_FIXTURES / "finra_website_otc_2025-11-14.psv"
WEBSITE_CRLF = REAL_FIXTURES / "finra_website_otc_2025-11-14_crlf_bom.psv"
API_PSV = REAL_FIXTURES / "finra_api_t1_2025-12-26.psv"
API_JSON = REAL_FIXTURES / "finra_api_t1_2025-12-26.json"
API_JSONL = REAL_FIXTURES / "finra_api_t1_2025-12-26.jsonl"
API_CSV = REAL_FIXTURES / "finra_api_t2_2025-12-19.csv"
API_MULTIWEEK = REAL_FIXTURES / "finra_api_otce_3weeks.psv"

T1, T2, OTC = "NMS_TIER_1", "NMS_TIER_2", "OTC"
API_WEEK = "2025-12-26"  # weekStartDate 2025-12-22 (Monday) + 4 days

# Tables a refused file must leave empty on a fresh database.
WEEK_TABLES = (
    "otc_week_manifest",
    "otc_captures",
    "otc_raw",
    "otc_rejects",
    "otc_published_symbol_totals",
    "otc_normalization_map",
    "otc_venue_volume",
)


@pytest.fixture
def spine(tmp_path: Path) -> Any:
    with Spine(tmp_path / "x.db") as instance:
        yield instance


def fresh(tmp_path: Path, name: str) -> Spine:
    return Spine(tmp_path / f"{name}.db")


def ingest(spine: Spine, path: Path, tier: str, week: str) -> Any:
    return spine.run("otc.ingest_week", {"tier": tier, "week_ending": week, "file_path": str(path)})


def assert_nothing_stored(spine: Spine) -> None:
    assert {t: rd.table_count(spine, t) for t in WEEK_TABLES} == dict.fromkeys(WEEK_TABLES, 0)


def publication_to_week(publication: str) -> str:
    """FINRA's OTC-tier publication Monday -> the trading week's Friday (31 days before)."""
    return (date.fromisoformat(publication) - timedelta(days=31)).isoformat()


def strip_mpid(name: str, mpid: str) -> str | None:
    name = name.strip()
    if mpid and name.upper().startswith(mpid + " "):
        name = name[len(mpid) + 1 :].strip()
    return name or None


# =============================================================================================
# The shared real samples


def assert_week_matches_file(spine: Spine, lines: list[rd.Line], tier: str, week: str) -> None:
    """Venue shares, symbol summaries and venue volumes equal what the file's valid lines give."""
    rows = [r for r in rd.website_rows(lines) if rd.is_valid(r)]
    assert rd.stored_venue_shares(spine, tier, week) == rd.expected_venue_shares(rows)
    assert rd.stored_symbol_summary(spine, tier, week) == rd.expected_symbol_summary(rows)
    expected_volume = sorted(
        (r.symbol, r.mpid, r.shares, r.trades, oracle.avg_trade_size(r.shares, r.trades)) for r in rows
    )
    assert rd.stored_venue_volume(spine, tier, week) == expected_volume


def assert_raw_extras(spine: Spine, lines: list[rd.Line], tier: str, week: str) -> None:
    """issue_name, venue_name (MPID prefix removed) and last_update_date kept for every line."""
    stored = {
        r["source_line"]: r
        for r in spine.conn.execute(
            "SELECT source_line, symbol, mpid, total_shares, total_trades, issue_name, venue_name,"
            " last_update_date FROM otc_raw WHERE tier = ? AND week_ending = ?",
            (tier, week),
        )
    }
    assert sorted(stored) == [line.number for line in lines]
    for line in lines:
        row = stored[line.number]
        mpid = line.get("MPID")
        assert (row["symbol"], row["mpid"]) == (line.get("issueSymbolIdentifier"), mpid)
        assert (row["total_shares"], row["total_trades"]) == (
            int(line.get("totalWeeklyShareQuantity")),
            int(line.get("totalWeeklyTradeCount")),
        )
        assert row["issue_name"] == (line.get("issueName").strip() or None)
        assert row["venue_name"] == strip_mpid(line.get("marketParticipantName"), mpid)
        assert not (row["venue_name"] or "").startswith(mpid + " ")
        assert row["last_update_date"] == line.get("lastUpdateDate")


def test_real_download_20251215_as_week_2025_11_14(spine: Spine, realdata: Path) -> None:
    path = realdata / HEAD300
    lines = rd.read_lines(path)
    assert len(lines) == 300
    metrics = rd.run_week(spine, path, OTC, "2025-11-14")
    ingest_metrics = metrics["otc.ingest_week"]
    assert ingest_metrics["layout"] == "finra_website"
    assert (ingest_metrics["lines"], ingest_metrics["inserted"], ingest_metrics["rejected"]) == (300, 300, 0)
    assert metrics["otc.normalize_week"]["normalized"] == 300
    assert metrics["otc.normalize_week"]["rejected"] == 0
    # Recomputed from the file's own lines...
    assert_week_matches_file(spine, lines, OTC, "2025-11-14")
    assert_raw_extras(spine, lines, OTC, "2025-11-14")
    # ...and the same figures written out, so a regression reads plainly.
    assert rd.stored_venue_shares(spine, OTC, "2025-11-14") == {
        "OTCN": (84760703, 4817, 95, "84.5363"),
        "OTCX": (13675832, 6422, 77, "13.6396"),
        "ARCA": (1775724, 8655, 49, "1.7710"),
        "PPEX": (53197, 3572, 79, "0.0531"),
    }
    summary = rd.stored_symbol_summary(spine, OTC, "2025-11-14")
    assert len(summary) == 194
    assert sum(v[0] for v in summary.values()) == 100265456
    assert summary["AABB"] == (6794184, 174, 2, "39047.03")
    assert summary["AMBWQ"] == (20783, 2, 2, "10391.50")
    assert spine.rejects(OTC, "2025-11-14") == []
    status = spine.week_status(OTC, "2025-11-14")[0]
    assert (status["raw"], status["inserted"], status["normalized"], status["rejected"]) == (300, 300, 300, 0)
    assert (status["stage"], status["layout"], status["quality"]) == ("AGGREGATED", "finra_website", "PASS")
    raw = spine.conn.execute(
        "SELECT issue_name, venue_name, last_update_date FROM otc_raw"
        " WHERE symbol = 'ABBNY' AND mpid = 'ARCA'"
    ).fetchone()
    assert tuple(raw) == ("ABB LTD American Depositary Receipts - Sponsored", "GLOBAL OTC", "2025-12-15")


def test_real_download_20251229_tail_as_week_2025_11_28(spine: Spine, realdata: Path) -> None:
    path = realdata / TAIL20
    assert not path.read_bytes().endswith(b"\n"), "the sample's last line has no newline"
    lines = rd.read_lines(path)
    assert len(lines) == 20
    metrics = rd.run_week(spine, path, OTC, "2025-11-28")
    assert metrics["otc.ingest_week"]["inserted"] == 20
    assert metrics["otc.normalize_week"]["normalized"] == 19
    assert metrics["otc.normalize_week"]["rejects_by_reason"] == {"INVALID_SYMBOL": 1}
    assert_week_matches_file(spine, lines, OTC, "2025-11-28")
    assert_raw_extras(spine, lines, OTC, "2025-11-28")
    assert rd.stored_venue_shares(spine, OTC, "2025-11-28") == {
        "OTCN": (390713, 221, 8, "69.7053"),
        "OTCX": (135188, 262, 9, "24.1183"),
        "ARCA": (34620, 107, 2, "6.1764"),
    }
    assert rd.stored_symbol_summary(spine, OTC, "2025-11-28")["ZVSA"] == (6, 3, 2, "2.00")
    # The empty-symbol line (the file's last, line 21) is the only reject.
    rejects = spine.rejects(OTC, "2025-11-28")
    assert [(r["stage"], r["reason_code"], r["line_number"]) for r in rejects] == [
        ("NORMALIZE", "INVALID_SYMBOL", 21)
    ]
    assert lines[-1].number == 21 and lines[-1].get("issueSymbolIdentifier") == ""
    empty = spine.conn.execute(
        "SELECT mpid, total_shares, issue_name, venue_name FROM otc_raw WHERE symbol = ''"
    ).fetchone()
    assert tuple(empty) == ("PPEX", 1, None, "NORTH CAPITAL PRIVATE SECURITIES CORPORATION")
    status = spine.week_status(OTC, "2025-11-28")[0]
    assert (status["raw"], status["inserted"], status["normalized"], status["rejected"]) == (20, 20, 19, 1)
    assert (status["rejected_shares"], status["non_ats_rows"], status["non_ats_shares"]) == (1, 0, 0)


def test_real_download_revision_supersedes_and_recomputes(tmp_path: Path, realdata: Path) -> None:
    """FINRA restates the week: one row changed, one row gone (SPEC §9)."""
    original = (realdata / HEAD300).read_text(encoding="utf-8")
    abbny = "OTC|ABBNY|ABB LTD American Depositary Receipts - Sponsored|ARCA GLOBAL OTC|ARCA|"
    changed_old = abbny + "204487|1710|2025-12-15"
    changed_new = abbny + "204587|1711|2025-12-22"
    removed = "OTC|AABB|Asia Broadband Inc Common Stock|OTCX OTC LINK ECN ATS|OTCX|40313|3|2025-12-15\n"
    assert original.count(changed_old) == 1 and original.count(removed) == 1
    v1 = write_file(tmp_path / "v1" / "otc_20251215.psv", original)
    v2 = write_file(
        tmp_path / "v2" / "otc_20251215.psv", original.replace(changed_old, changed_new).replace(removed, "")
    )
    with fresh(tmp_path, "revision") as spine:
        rd.run_week(spine, v1, OTC, "2025-11-14")
        result = ingest(spine, v2, OTC, "2025-11-14")
        assert result.ok, result.error
        assert (result.metrics["revision"], result.metrics["inserted"]) == (True, 299)
        # Downstream stages are reset until normalize/aggregate recompute the week.
        assert spine.week_status(OTC, "2025-11-14")[0]["stage"] == "INGESTED"
        assert spine.conn.execute("SELECT COUNT(*) FROM otc_venue_share").fetchone()[0] == 0
        for name in ("otc.normalize_week", "otc.aggregate_week"):
            assert spine.run(name, {"tier": OTC, "week_ending": "2025-11-14"}).ok
        assert_week_matches_file(spine, rd.read_lines(v2), OTC, "2025-11-14")
        # The earlier vintage is still there, marked superseded.
        superseded = spine.conn.execute(
            "SELECT symbol, mpid, total_shares, last_update_date FROM otc_raw"
            " WHERE superseded_by_capture_id IS NOT NULL ORDER BY symbol"
        ).fetchall()
        assert [tuple(r) for r in superseded] == [
            ("AABB", "OTCX", 40313, "2025-12-15"),
            ("ABBNY", "ARCA", 204487, "2025-12-15"),
        ]
        assert spine.conn.execute("SELECT COUNT(*) FROM otc_raw").fetchone()[0] == 301
        current = spine.conn.execute(
            "SELECT total_shares, total_trades, last_update_date FROM otc_raw"
            " WHERE symbol = 'ABBNY' AND mpid = 'ARCA' AND superseded_by_capture_id IS NULL"
        ).fetchone()
        assert tuple(current) == (204587, 1711, "2025-12-22")
        captures = spine.captures(OTC, "2025-11-14")
        assert [(c["lines"], c["records"], c["superseded_at"] is None) for c in captures] == [
            (300, 300, False),
            (299, 299, True),
        ]
        status = spine.week_status(OTC, "2025-11-14")[0]
        assert (status["raw"], status["inserted"], status["normalized"], status["captures"]) == (
            299,
            299,
            299,
            2,
        )


def split_three_weeks(realdata: Path, folder: Path) -> dict[str, list[rd.Line]]:
    """Split the 3-week sample by lastUpdateDate into one download per week, named otc_YYYYMMDD.psv.

    The file has no week column; each row's lastUpdateDate is the Monday FINRA published that week's
    download (OTC tier: the Friday + 31 days), which is how its weeks are told apart.
    """
    source = realdata / THREE_WEEKS
    text = source.read_text(encoding="utf-8")
    header = text.splitlines()[0]
    by_publication: dict[str, list[rd.Line]] = defaultdict(list)
    for line in rd.read_lines(source):
        by_publication[line.get("lastUpdateDate")].append(line)
    folder.mkdir(parents=True, exist_ok=True)
    weeks = {}
    for publication, lines in sorted(by_publication.items()):
        body = "\n".join([header, *(line.text for line in lines)]) + "\n"
        path = write_file(folder / f"otc_{publication.replace('-', '')}.psv", body)
        weeks[publication_to_week(publication)] = rd.read_lines(path)
    return weeks


def test_real_three_week_sample_split_by_publication_date(tmp_path: Path, realdata: Path) -> None:
    weeks = split_three_weeks(realdata, tmp_path / "downloads")
    assert {w: len(lines) for w, lines in weeks.items()} == {
        "2025-11-14": 10,
        "2025-11-21": 9,
        "2025-11-28": 9,
    }
    # The first week's rows are lines of the 2025-12-15 download: the week inference is right.
    head_lines = {line.text for line in rd.read_lines(realdata / HEAD300)}
    assert {line.text for line in weeks["2025-11-14"]} <= head_lines

    with fresh(tmp_path, "three") as spine:
        result = spine.run(
            "otc.backfill_range",
            {
                "tier": OTC,
                "source_dir": str(tmp_path / "downloads"),
                "file_pattern": "otc_{publication_date:%Y%m%d}.psv",
                "weeks_back": 3,  # ending at the latest week that has a file: 2025-11-28
            },
        )
        assert result.ok, result.error
        assert [(w["week_ending"], w["status"]) for w in result.metrics["weeks"]] == [
            ("2025-11-14", "OK"),
            ("2025-11-21", "OK"),
            ("2025-11-28", "OK"),
        ]
        assert [Path(w["file"]).name for w in result.metrics["weeks"]] == [
            "otc_20251215.psv",
            "otc_20251222.psv",
            "otc_20251229.psv",
        ]
        for week, lines in weeks.items():
            assert_week_matches_file(spine, lines, OTC, week)
            assert_raw_extras(spine, lines, OTC, week)
        assert rd.stored_venue_shares(spine, OTC, "2025-11-21") == {
            "OTCN": (2104506, 1308, 3, "5.0162"),
            "OTCX": (39007993, 3572, 4, "92.9770"),
            "ARCA": (841976, 4355, 2, "2.0069"),
        }
        assert [
            (r["week_ending"], r["inserted"], r["normalized"], r["rejected"]) for r in spine.week_status(OTC)
        ] == [
            ("2025-11-14", 10, 10, 0),
            ("2025-11-21", 9, 9, 0),
            ("2025-11-28", 9, 9, 0),
        ]
        # Rolling for the last week, recomputed from the three weeks' lines.
        volumes: dict[str, list[int]] = defaultdict(list)
        trades: dict[str, int] = defaultdict(int)
        for lines in weeks.values():
            per_symbol = rd.expected_symbol_summary(rd.website_rows(lines))
            for symbol, (volume, count, _venues, _avg) in per_symbol.items():
                volumes[symbol].append(volume)
                trades[symbol] += count
        expected = {}
        for symbol, series in volumes.items():
            assert len(series) == 3
            pct = oracle.trend_pct(series[0] + series[1], series[1] + series[2])
            direction = "UP" if float(pct) > 5 else "DOWN" if float(pct) < -5 else "FLAT"
            expected[symbol] = (sum(series) // 3, trades[symbol] // 3, direction, pct, 3, 0)
        stored = rolling_rows(spine, "2025-11-28", OTC)
        assert stored == expected
        assert stored["AFFU"][:2] == (24690813, 58)


def test_real_three_week_sample_loaded_as_one_week_never_double_counts(spine: Spine, realdata: Path) -> None:
    """Without a week column every row belongs to the run's week: later weeks' rows become duplicates."""
    path = realdata / THREE_WEEKS
    lines = rd.read_lines(path)
    metrics = rd.run_week(spine, path, OTC, "2025-11-14")
    assert metrics["otc.ingest_week"]["inserted"] == 28
    assert metrics["otc.normalize_week"]["normalized"] == 10
    assert metrics["otc.normalize_week"]["rejects_by_reason"] == {"DUPLICATE_KEY": 18}
    first_week = [line for line in lines if line.get("lastUpdateDate") == "2025-12-15"]
    expected = rd.expected_venue_shares(rd.website_rows(first_week))
    assert rd.stored_venue_shares(spine, OTC, "2025-11-14") == expected
    duplicate_lines = [r["line_number"] for r in spine.rejects(OTC, "2025-11-14", "DUPLICATE_KEY")]
    assert duplicate_lines == [line.number for line in lines if line.get("lastUpdateDate") != "2025-12-15"]


# =============================================================================================
# Backfill over a folder of FINRA downloads named by publication date


def downloads_folder(realdata: Path, folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(realdata / HEAD300, folder / "otc_20251215.psv")
    shutil.copyfile(realdata / TAIL20, folder / "otc_20251229.psv")
    return folder


PUBLICATION_PATTERN = "otc_{publication_date:%Y%m%d}.psv"


def test_backfill_downloads_named_by_publication_date(tmp_path: Path, realdata: Path) -> None:
    folder = downloads_folder(realdata, tmp_path / "downloads")
    with fresh(tmp_path, "backfill") as spine:
        plan = spine.run(
            "otc.backfill_range",
            {
                "tier": OTC,
                "source_dir": str(folder),
                "file_pattern": PUBLICATION_PATTERN,
                "weeks_back": 2,
                "dry_run": True,
            },
        )
        assert plan.ok, plan.error
        # weeks_back without end_week ends at the latest week that has a file (2025-11-28).
        assert [(w["week_ending"], Path(w["file"]).name, w["error"]) for w in plan.metrics["weeks"]] == [
            ("2025-11-21", "otc_20251222.psv", "file not found"),
            ("2025-11-28", "otc_20251229.psv", None),
        ]

        result = spine.run(
            "otc.backfill_range",
            {
                "tier": OTC,
                "source_dir": str(folder),
                "file_pattern": PUBLICATION_PATTERN,
                "start_week": "2025-11-14",
                "end_week": "2025-11-28",
            },
        )
        assert result.ok, result.error
        weeks = result.metrics["weeks"]
        assert [(w["week_ending"], Path(w["file"]).name, w["status"]) for w in weeks] == [
            ("2025-11-14", "otc_20251215.psv", "OK"),
            ("2025-11-21", "otc_20251222.psv", "FAILED"),
            ("2025-11-28", "otc_20251229.psv", "OK"),
        ]
        assert "otc_20251222.psv" in weeks[1]["error"] and "not found" in weeks[1]["error"]
        assert (result.metrics["weeks_ok"], result.metrics["weeks_failed"]) == (2, 1)
        assert result.metrics["rolling"] == {"2025-11-14": "done", "2025-11-28": "done"}
        assert result.metrics["snapshots"] == {"2025-11-14": "done", "2025-11-28": "done"}
        status = spine.week_status(OTC)
        assert [
            (r["week_ending"], r["raw"], r["inserted"], r["normalized"], r["rejected"], r["layout"])
            for r in status
        ] == [
            ("2025-11-14", 300, 300, 300, 0, "finra_website"),
            ("2025-11-28", 20, 20, 19, 1, "finra_website"),
        ]
        assert [r["stage"] for r in status] == ["SNAPSHOT", "SNAPSHOT"]  # every processed week
        batches = spine.conn.execute("SELECT DISTINCT batch_id FROM otc_raw").fetchall()
        assert [b[0] for b in batches] == [result.batch_id]
        assert_week_matches_file(spine, rd.read_lines(realdata / HEAD300), OTC, "2025-11-14")
        assert_week_matches_file(spine, rd.read_lines(realdata / TAIL20), OTC, "2025-11-28")
        assert [(r["week_ending"], r["reason_code"]) for r in spine.rejects(OTC)] == [
            ("2025-11-28", "INVALID_SYMBOL")
        ]
        # The same weeks again: byte-identical files skip, nothing changes.
        before = all_data(spine.conn)
        again = spine.run(
            "otc.backfill_range",
            {
                "tier": OTC,
                "source_dir": str(folder),
                "file_pattern": PUBLICATION_PATTERN,
                "weeks_back": 3,
                "end_week": "2025-11-28",
            },
        )
        assert [w["stages"].get("ingest") for w in again.metrics["weeks"]] == ["skipped", "failed", "skipped"]
        assert all_data(spine.conn) == before


def test_backfill_downloads_through_the_cli(tmp_path: Path, realdata: Path) -> None:
    folder = downloads_folder(realdata, tmp_path / "downloads")
    db = tmp_path / "cli.db"
    done = run_cli(
        "run",
        "otc.backfill_range",
        "-p",
        "tier=OTC",
        "-p",
        f"source_dir={folder}",
        "-p",
        f"file_pattern={PUBLICATION_PATTERN}",
        "-p",
        "start_week=2025-11-14",
        "-p",
        "end_week=2025-11-28",
        "--json",
        db=db,
    )
    # One week has no file: the README's exit code 3, a backfill finished with some weeks failed.
    assert done.returncode == 3, done.stderr
    payload = json.loads(done.stdout)
    assert payload["status"] == "COMPLETED"
    assert [(w["week_ending"], w["status"]) for w in payload["metrics"]["weeks"]] == [
        ("2025-11-14", "OK"),
        ("2025-11-21", "FAILED"),
        ("2025-11-28", "OK"),
    ]
    assert (payload["metrics"]["weeks_ok"], payload["metrics"]["weeks_failed"]) == (2, 1)

    ok = run_cli(
        "run",
        "otc.backfill_range",
        "-p",
        "tier=otc",
        "-p",
        f"source_dir={folder}",
        "-p",
        f"file_pattern={PUBLICATION_PATTERN}",
        "-p",
        "weeks_back=1",
        "--json",
        db=db,
    )
    assert ok.returncode == 0, ok.stderr
    assert [(w["week_ending"], w["status"]) for w in json.loads(ok.stdout)["metrics"]["weeks"]] == [
        ("2025-11-28", "OK")
    ]

    status = run_cli("status", "--tier", "OTC", "--json", db=db)
    assert status.returncode == 0, status.stderr
    rows = json.loads(status.stdout)
    assert [(r["week_ending"], r["inserted"], r["normalized"], r["rejected"]) for r in rows] == [
        ("2025-11-14", 300, 300, 0),
        ("2025-11-28", 20, 19, 1),
    ]


# =============================================================================================
# Hand-made fixtures: FINRA website download


WEBSITE_VENUES = {
    "QLNK": (3227605, 70, 3, "95.7977"),
    "MRDN": (126175, 293, 3, "3.7450"),
    "TLSX": (15311, 67, 2, "0.4544"),
    "HRBX": (96, 11, 1, "0.0028"),
}
WEBSITE_SYMBOLS = {
    "BRQLF": (165650, 49, 2, "3380.61"),
    "CVTRY": (26315, 126, 3, "208.85"),
    "DLWN": (3100000, 14, 1, "221428.57"),
    "ELMRS": (96, 11, 1, "8.73"),
    "FNXTF": (1, 1, 1, "1.00"),
    "GRNWY": (77125, 240, 1, "321.35"),
}


def test_website_fixture(spine: Spine) -> None:
    assert not WEBSITE.read_bytes().endswith(b"\n")
    lines = rd.read_lines(WEBSITE)
    metrics = rd.run_week(spine, WEBSITE, OTC, "2025-11-14")
    ingest_metrics = metrics["otc.ingest_week"]
    assert ingest_metrics["layout"] == "finra_website"
    assert (ingest_metrics["lines"], ingest_metrics["inserted"], ingest_metrics["rejected"]) == (10, 10, 0)
    assert rd.stored_venue_shares(spine, OTC, "2025-11-14") == WEBSITE_VENUES
    assert rd.stored_symbol_summary(spine, OTC, "2025-11-14") == WEBSITE_SYMBOLS
    assert_week_matches_file(spine, lines, OTC, "2025-11-14")
    assert_raw_extras(spine, lines, OTC, "2025-11-14")
    rejects = spine.rejects(OTC, "2025-11-14")
    assert [(r["reason_code"], r["line_number"]) for r in rejects] == [("INVALID_SYMBOL", 11)]
    names = dict(spine.conn.execute("SELECT symbol || '/' || mpid, venue_name FROM otc_raw").fetchall())
    assert names["BRQLF/QLNK"] == "QUILLLINK ECN ATS"  # "QLNK " prefix removed
    assert names["ELMRS/HRBX"] == "HARBOR PRIVATE SECURITIES CORP"  # no prefix: kept as written
    issues = dict(spine.conn.execute("SELECT symbol, issue_name FROM otc_raw").fetchall())
    assert issues["GRNWY"] == "Greenway Rail Group PLC Sponsored ADR (United Kingdom)"  # trailing blanks
    assert issues["DLWN"] == "Dellwyn Mining Corp.  Common Stock"  # inner spacing as published
    assert issues[""] is None
    assert {r[0] for r in spine.conn.execute("SELECT last_update_date FROM otc_raw")} == {"2025-12-15"}
    status = spine.week_status(OTC, "2025-11-14")[0]
    assert (status["raw"], status["inserted"], status["normalized"], status["rejected"]) == (10, 10, 9, 1)
    assert status["rejected_shares"] == 3
    # A website download publishes no symbol totals: no cross-check for it.
    assert rd.check(spine, OTC, "2025-11-14", "venue_sum_matches_published_total") is None


def test_website_duplicate_line_and_non_ats_row(tmp_path: Path) -> None:
    """A repeated line is stored once; an empty-MPID venue such as "De Minimis Firms" is not an ATS:
    it is non-ATS volume (firm CRD 0, the de minimis bucket), never a venue share."""
    text = WEBSITE.read_text(encoding="utf-8")
    first_row = text.splitlines()[1]
    extra = [
        first_row,
        "OTC|BRQLF|Borealis Quarry Ltd Ordinary Shares (Canada)|De Minimis Firms||5000|12|2025-12-15",
    ]
    path = write_file(tmp_path / "website_extra.psv", text + "\n" + "\n".join(extra) + "\n")
    with fresh(tmp_path, "extra") as spine:
        metrics = rd.run_week(spine, path, OTC, "2025-11-14")
        ingest_metrics = metrics["otc.ingest_week"]
        assert (ingest_metrics["lines"], ingest_metrics["inserted"], ingest_metrics["duplicate_lines"]) == (
            12,
            11,
            1,
        )
        assert metrics["otc.normalize_week"]["rejects_by_reason"] == {"INVALID_SYMBOL": 1}
        assert metrics["otc.normalize_week"]["non_ats"] == 1
        assert rd.stored_venue_shares(spine, OTC, "2025-11-14") == WEBSITE_VENUES
        status = spine.week_status(OTC, "2025-11-14")[0]
        assert (status["non_ats_rows"], status["non_ats_shares"], status["rejected"]) == (1, 5000, 1)
        stored = spine.conn.execute(
            "SELECT symbol, firm_crd, firm_name, total_shares, total_trades FROM otc_non_ats_volume"
        ).fetchall()
        assert [tuple(r) for r in stored] == [("BRQLF", 0, "De Minimis Firms", 5000, 12)]


def test_website_crlf_bom_variant_gives_identical_data(tmp_path: Path) -> None:
    raw = WEBSITE_CRLF.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and b"\r\n" in raw
    data = {}
    for path in (WEBSITE, WEBSITE_CRLF):
        with fresh(tmp_path, path.stem) as spine:
            rd.run_week(spine, path, OTC, "2025-11-14")
            data[path.name] = {
                table: table_data(spine.conn, table)
                for table in (
                    "otc_raw",
                    "otc_venue_volume",
                    "otc_symbol_summary",
                    "otc_venue_share",
                    "otc_normalization_map",
                    "otc_rejects",
                )
            }
    assert data[WEBSITE.name] == data[WEBSITE_CRLF.name]
    assert len(data[WEBSITE.name]["otc_venue_volume"]) == 9


def test_website_file_for_another_tier_is_refused(spine: Spine) -> None:
    result = ingest(spine, WEBSITE, T1, "2025-11-14")
    assert result.status.value == "FAILED"
    assert "tier OTC (10 rows)" in result.error
    assert_nothing_stored(spine)


# =============================================================================================
# Hand-made fixtures: Query API export (mixed grains)


def api_lines(path: Path = API_PSV, delimiter: str = "|") -> list[rd.Line]:
    return rd.read_lines(path, delimiter)


def ats_venue_rows(lines: list[rd.Line]) -> list[rd.VenueRow]:
    """Only the ATS_W_SMBL_FIRM rows: the venue-level ATS data the product is about."""
    venue = [line for line in lines if line.get("summaryTypeCode") == "ATS_W_SMBL_FIRM"]
    return rd.venue_rows(
        venue, "issueSymbolIdentifier", "MPID", "totalWeeklyShareQuantity", "totalWeeklyTradeCount"
    )


API_VENUES = {
    "KSTL": (3345250, 11584, 3, "49.3724"),
    "DRFT": (2930500, 9875, 2, "43.2511"),
    "PNCL": (499800, 1699, 2, "7.3765"),
}
QRTZ_NAME = "Quartzline Systems Inc. Common Stock"
HLVN_NAME = "Halvorsen Energy Corp. Class A"
MBRK_NAME = "Marbrook Financial Group Inc. Common Stock"
API_NOTIONAL = {
    ("QRTZ", "KSTL"): "247310000",
    ("QRTZ", "DRFT"): "164278505",
    ("QRTZ", "PNCL"): "79516830.5",
    ("HLVN", "KSTL"): "40712345.678901234",
    ("HLVN", "PNCL"): "6471300",
    ("MBRK", "DRFT"): "105035750",
    ("MBRK", "KSTL"): "74029600",
    ("QRTZ", "~104213"): "614250000",
    ("QRTZ", "~De Minimis Firms"): "8150700",
    ("MBRK", "~7059"): "47386000",
}


def stored_notional(spine: Spine) -> dict[tuple[str, str], str]:
    rows = spine.conn.execute(
        "SELECT symbol, CASE WHEN mpid = '' THEN '~' || coalesce(firm_crd, venue_name) ELSE mpid END,"
        " total_notional_sum FROM otc_raw"
    ).fetchall()
    return {(r[0], r[1]): r[2] for r in rows}


def test_api_week_start_monday_lands_on_the_friday(tmp_path: Path) -> None:
    with fresh(tmp_path, "friday") as spine:
        result = ingest(spine, API_PSV, "T1", API_WEEK)  # FINRA's tier code is accepted as the param
        assert result.ok, result.error
        assert result.metrics["layout"] == "finra_api"
        weeks = spine.conn.execute("SELECT DISTINCT week_ending, tier FROM otc_raw").fetchall()
        assert [tuple(w) for w in weeks] == [(API_WEEK, T1)]
    with fresh(tmp_path, "monday") as spine:
        result = ingest(spine, API_PSV, T1, "2025-12-19")
        assert result.status.value == "FAILED"
        assert f"week {API_WEEK} (18 rows)" in result.error
        assert_nothing_stored(spine)


def test_api_mixed_grains_never_double_count(spine: Spine) -> None:
    lines = api_lines()
    assert len(lines) == 18
    metrics = rd.run_week(spine, API_PSV, T1, API_WEEK)
    ingest_metrics = metrics["otc.ingest_week"]
    assert {k: ingest_metrics[k] for k in ("lines", "parsed", "inserted", "symbol_totals", "ignored")} == {
        "lines": 18,
        "parsed": 18,
        "inserted": 10,  # 7 ATS venue rows + 3 non-ATS venue rows
        "symbol_totals": 5,
        "ignored": 3,
    }
    assert ingest_metrics["ignored_by_type"] == {"ATS_W_FIRM": 1, "ATS_W_VOL_STATS": 1, "OTC_W_FIRM": 1}
    assert ingest_metrics["rejected"] == 0
    ats = ats_venue_rows(lines)
    assert rd.stored_venue_shares(spine, T1, API_WEEK) == rd.expected_venue_shares(ats) == API_VENUES
    assert rd.stored_symbol_summary(spine, T1, API_WEEK) == rd.expected_symbol_summary(ats)
    assert rd.stored_symbol_summary(spine, T1, API_WEEK) == {
        "QRTZ": (2482500, 8473, 3, "292.99"),
        "HLVN": (713050, 2555, 2, "279.08"),
        "MBRK": (3580000, 12130, 2, "295.14"),
    }
    week_volume = spine.conn.execute("SELECT SUM(total_shares) FROM otc_venue_volume").fetchone()[0]
    assert week_volume == sum(r.shares for r in ats) == 6775550
    # Published per-symbol totals are stored as published, per grain family.
    totals = spine.conn.execute(
        "SELECT summary_type, symbol, week_ending, tier, total_shares, total_trades, source_line"
        " FROM otc_published_symbol_totals ORDER BY source_line"
    ).fetchall()
    assert [tuple(t) for t in totals] == [
        ("ATS_W_SMBL", "QRTZ", API_WEEK, T1, 2482500, 8473, 9),
        ("ATS_W_SMBL", "HLVN", API_WEEK, T1, 713050, 2555, 10),
        ("ATS_W_SMBL", "MBRK", API_WEEK, T1, 3580000, 12130, 11),
        ("OTC_W_SMBL", "QRTZ", API_WEEK, T1, 3141200, 1617, 17),
        ("OTC_W_SMBL", "MBRK", API_WEEK, T1, 950000, 410, 18),
    ]
    status = spine.week_status(T1, API_WEEK)[0]
    assert (status["raw"], status["inserted"], status["ignored"]) == (18, 10, 3)
    manifest = spine.conn.execute("SELECT row_count_ignored FROM otc_week_manifest").fetchone()[0]
    assert manifest == 3
    cross = rd.check(spine, T1, API_WEEK, "venue_sum_matches_published_total")
    assert cross is not None
    assert (cross["status"], cross["check_category"], cross["check_value"]) == (
        "PASS",
        "BUSINESS_RULE",
        "0/5 symbols differ",
    )


def test_api_non_ats_rows_stored_by_firm(spine: Spine) -> None:
    """OTC_W_SMBL_FIRM rows are non-ATS volume, keyed by firm CRD (the de minimis bucket as 0)."""
    rd.run_week(spine, API_PSV, T1, API_WEEK)
    assert list(spine.rejects(T1, API_WEEK)) == []
    non_ats = [line for line in api_lines() if line.get("summaryTypeCode") == "OTC_W_SMBL_FIRM"]
    expected = sorted(
        (
            line.get("issueSymbolIdentifier"),
            int(line.get("firmCRDNumber") or 0),
            int(line.get("totalWeeklyShareQuantity")),
            int(line.get("totalWeeklyTradeCount")),
            oracle.avg_trade_size(
                int(line.get("totalWeeklyShareQuantity")), int(line.get("totalWeeklyTradeCount"))
            ),
        )
        for line in non_ats
    )
    stored = spine.conn.execute(
        "SELECT symbol, firm_crd, total_shares, total_trades, avg_trade_size FROM otc_non_ats_volume"
        " WHERE week_ending = ? AND tier = ? ORDER BY symbol, firm_crd",
        (API_WEEK, T1),
    ).fetchall()
    assert [tuple(r) for r in stored] == expected
    assert [e[:2] for e in expected] == [("MBRK", 7059), ("QRTZ", 0), ("QRTZ", 104213)]
    status = spine.week_status(T1, API_WEEK)[0]
    assert (status["normalized"], status["rejected"]) == (7, 0)
    assert status["non_ats_rows"] == len(non_ats) == 3
    assert status["non_ats_shares"] == sum(int(x.get("totalWeeklyShareQuantity")) for x in non_ats) == 4091200
    # Non-ATS volume never reaches venue volumes or shares.
    assert spine.conn.execute("SELECT COUNT(*) FROM otc_venue_volume WHERE mpid = ''").fetchone()[0] == 0


def api_copy(tmp_path: Path, name: str, old: str, new: str) -> Path:
    text = API_PSV.read_text(encoding="utf-8")
    assert text.count(old) == 1, old
    return write_file(tmp_path / name, text.replace(old, new))


@pytest.mark.parametrize(
    ("old", "new"),
    [
        # ATS family: the MBRK published ATS total no longer equals its two ATS venue rows.
        ("|3580000|12130|1.7906535E+8|NMS|ATS_W_SMBL|", "|3580100|12130|1.7906535E+8|NMS|ATS_W_SMBL|"),
        # OTC family: the De Minimis non-ATS row no longer adds up to QRTZ's OTC total.
        (
            "|De Minimis Firms|T1|NMS Tier 1|2025-12-22|2025-12-22|41200|97|",
            "|De Minimis Firms|T1|NMS Tier 1|2025-12-22|2025-12-22|41200|98|",
        ),
    ],
    ids=["ats-total", "non-ats-venue-row"],
)
def test_api_cross_check_warns_on_inconsistent_totals(tmp_path: Path, old: str, new: str) -> None:
    path = api_copy(tmp_path, "inconsistent.psv", old, new)
    with fresh(tmp_path, "warn") as spine:
        metrics = rd.run_week(spine, path, T1, API_WEEK)
        assert metrics["otc.aggregate_week"]["checks"]["venue_sum_matches_published_total"] == "WARN"
        cross = rd.check(spine, T1, API_WEEK, "venue_sum_matches_published_total")
        assert cross is not None
        assert (cross["status"], cross["check_value"], cross["expected_value"]) == (
            "WARN",
            "1/5 symbols differ",
            "0/5 symbols differ",
        )
        # A warning, not a failure: the week still aggregates, with the venue figures unchanged.
        assert rd.stored_venue_shares(spine, T1, API_WEEK) == API_VENUES
        assert spine.week_status(T1, API_WEEK)[0]["quality"] == "WARN"


def tab_copy(tmp_path: Path) -> Path:
    text = API_PSV.read_text(encoding="utf-8")
    assert "\t" not in text
    return write_file(tmp_path / "finra_api_t1.tsv", text.replace("|", "\t"))


def record_offset(path: Path) -> int:
    """Delimited files number lines with the header as line 1; JSON files number the records."""
    return 0 if path.suffix in (".json", ".jsonl") else 1


def test_api_pipe_tab_json_and_jsonl_give_identical_data(tmp_path: Path) -> None:
    variants = {"psv": API_PSV, "tsv": tab_copy(tmp_path), "json": API_JSON, "jsonl": API_JSONL}
    data: dict[str, dict[str, Any]] = {}
    for label, path in variants.items():
        shift = 1 - record_offset(path)  # JSON record n is data line n + 1 of the delimited file
        with fresh(tmp_path, label) as spine:
            metrics = rd.run_week(spine, path, T1, API_WEEK)
            ingest_metrics = metrics["otc.ingest_week"]
            data[label] = {
                "layout": ingest_metrics["layout"],
                "counts": [ingest_metrics[k] for k in ("lines", "inserted", "symbol_totals", "ignored")],
                "ignored_by_type": ingest_metrics["ignored_by_type"],
                "venue_volume": table_data(spine.conn, "otc_venue_volume"),
                "symbol_summary": table_data(spine.conn, "otc_symbol_summary"),
                "venue_share": table_data(spine.conn, "otc_venue_share"),
                "totals": [
                    (t[0], t[1], t[2], t[3], t[4] + shift)
                    for t in spine.conn.execute(
                        "SELECT summary_type, symbol, total_shares, total_trades, source_line"
                        " FROM otc_published_symbol_totals ORDER BY summary_type, symbol"
                    )
                ],
                "rejects": [
                    (r["reason_code"], r["line_number"] + shift) for r in spine.rejects(T1, API_WEEK)
                ],
                "status": {
                    k: v for k, v in spine.week_status(T1, API_WEEK)[0].items() if k not in ("updated_at",)
                },
            }
    assert data["psv"]["layout"] == "finra_api"
    assert data["psv"]["counts"] == [18, 10, 5, 3]
    assert len(data["psv"]["venue_volume"]) == 7
    for label in ("tsv", "json", "jsonl"):
        assert data[label] == data["psv"], label


def test_api_e_notation_notional_stored_exactly(spine: Spine) -> None:
    rd.run_week(spine, API_PSV, T1, API_WEEK)
    assert stored_notional(spine) == API_NOTIONAL


@pytest.mark.parametrize("path", [API_JSON, API_JSONL], ids=["json", "jsonl"])
def test_api_json_number_notional_stored_exactly(tmp_path: Path, path: Path) -> None:
    """JSON numbers are decimal text too: 4.0712345678901234E+7 must not pass through a binary float."""
    assert "4.0712345678901234E+7" in path.read_text(encoding="utf-8")
    with fresh(tmp_path, path.suffix[1:]) as spine:
        rd.run_week(spine, path, T1, API_WEEK)
        assert stored_notional(spine) == API_NOTIONAL


@pytest.mark.parametrize("path", [API_PSV, API_JSON, API_JSONL], ids=["psv", "json", "jsonl"])
def test_api_raw_extras_kept(tmp_path: Path, path: Path) -> None:
    with fresh(tmp_path, "extras") as spine:
        rd.run_week(spine, path, T1, API_WEEK)
        rows = spine.conn.execute(
            "SELECT symbol, mpid, firm_crd, venue_name, issue_name, summary_type, product_type,"
            " initial_published_date, last_update_date, last_reported_date, source_line"
            " FROM otc_raw ORDER BY source_line"
        ).fetchall()
    shift = 1 - record_offset(path)
    assert [(*r[:-1], r[-1] + shift) for r in rows] == [
        (sym, mpid, crd, venue, name, code, "NMS", "2026-01-12", "2026-01-12", "2026-01-09", line)
        for sym, mpid, crd, venue, name, code, line in [
            ("QRTZ", "KSTL", "281734", "KESTREL CROSS ATS LLC", QRTZ_NAME, "ATS_W_SMBL_FIRM", 2),
            ("QRTZ", "DRFT", "149206", "DRIFTWOOD MATCH ATS", QRTZ_NAME, "ATS_W_SMBL_FIRM", 3),
            ("QRTZ", "PNCL", "77410", "PINNACLE X ATS", QRTZ_NAME, "ATS_W_SMBL_FIRM", 4),
            ("HLVN", "KSTL", "281734", "KESTREL CROSS ATS LLC", HLVN_NAME, "ATS_W_SMBL_FIRM", 5),
            ("HLVN", "PNCL", "77410", "PINNACLE X ATS", HLVN_NAME, "ATS_W_SMBL_FIRM", 6),
            ("MBRK", "DRFT", "149206", "DRIFTWOOD MATCH ATS", MBRK_NAME, "ATS_W_SMBL_FIRM", 7),
            ("MBRK", "KSTL", "281734", "KESTREL CROSS ATS LLC", MBRK_NAME, "ATS_W_SMBL_FIRM", 8),
            ("QRTZ", "", "104213", "HALDANE SECURITIES LLC", QRTZ_NAME, "OTC_W_SMBL_FIRM", 14),
            ("QRTZ", "", None, "De Minimis Firms", QRTZ_NAME, "OTC_W_SMBL_FIRM", 15),
            ("MBRK", "", "7059", "ORRIN CAPITAL MARKETS LLC", MBRK_NAME, "OTC_W_SMBL_FIRM", 16),
        ]
    ]


def test_comma_export_with_quoted_names(spine: Spine) -> None:
    lines = api_lines(API_CSV, ",")
    metrics = rd.run_week(spine, API_CSV, "T2", "2025-12-19")
    ingest_metrics = metrics["otc.ingest_week"]
    assert ingest_metrics["layout"] == "finra_api"
    assert (ingest_metrics["lines"], ingest_metrics["inserted"], ingest_metrics["symbol_totals"]) == (5, 4, 1)
    ats = ats_venue_rows(lines)
    assert (
        rd.stored_venue_shares(spine, T2, "2025-12-19")
        == rd.expected_venue_shares(ats)
        == {
            "KSTL": (50710, 400, 2, "72.3911"),
            "DRFT": (12040, 88, 1, "17.1877"),
            "PNCL": (7300, 52, 1, "10.4211"),
        }
    )
    assert rd.stored_symbol_summary(spine, T2, "2025-12-19") == rd.expected_symbol_summary(ats)
    names = dict(spine.conn.execute("SELECT symbol, issue_name FROM otc_raw").fetchall())
    assert names == {
        "ORLB": "Orrin Labs, Inc. Common Stock",
        "HWTH": 'Hawthorne "Blue" Energy, L.P. Common Units',
        "VSPR": "Vesper Foods, Inc., Class A",
    }
    notional = dict(
        spine.conn.execute("SELECT symbol || '/' || mpid, total_notional_sum FROM otc_raw").fetchall()
    )
    assert notional == {
        "ORLB/KSTL": "1928400",
        "ORLB/DRFT": "481600",
        "HWTH/PNCL": "146073.25",
        "VSPR/KSTL": "31000",
    }
    assert spine.rejects(T2, "2025-12-19") == []
    cross = rd.check(spine, T2, "2025-12-19", "venue_sum_matches_published_total")
    assert cross is not None
    assert (cross["status"], cross["check_value"]) == ("PASS", "0/1 symbols differ")


def test_backfill_api_exports_named_by_week_ending(tmp_path: Path) -> None:
    folder = tmp_path / "exports"
    folder.mkdir()
    shutil.copyfile(API_PSV, folder / "t1_20251226.psv")
    with fresh(tmp_path, "api-backfill") as spine:
        result = spine.run(
            "otc.backfill_range",
            {
                "tier": T1,
                "source_dir": str(folder),
                "file_pattern": "t1_{week_ending:%Y%m%d}.psv",
                "weeks_back": 1,
            },
        )
        assert result.ok, result.error
        assert [(w["week_ending"], w["status"]) for w in result.metrics["weeks"]] == [(API_WEEK, "OK")]
        assert rd.stored_venue_shares(spine, T1, API_WEEK) == API_VENUES


# =============================================================================================
# Refusals and files holding several weeks


UNKNOWN_LAYOUTS = {
    "pipe.psv": "Date|Ticker|Venue|Volume|Trades\n2025-11-14|ABCD|QLNK|100|2\n",
    "comma.csv": "date,ticker,venue,shares,trades\n2025-11-14,ABCD,QLNK,100,2\n",
    "records.json": '[{"date": "2025-11-14", "ticker": "ABCD", "venue": "QLNK", "shares": 100}]\n',
    "no-mpid.psv": (
        "tierDescription|issueSymbolIdentifier|issueName|marketParticipantName|"
        "totalWeeklyShareQuantity|totalWeeklyTradeCount|lastUpdateDate\n"
        "OTC|ABCD|Abcd Inc|QLNK QUILLLINK ECN ATS|100|2|2025-12-15\n"
    ),
}


@pytest.mark.parametrize("name", sorted(UNKNOWN_LAYOUTS))
def test_unknown_layout_is_refused_and_nothing_stored(tmp_path: Path, name: str) -> None:
    path = write_file(tmp_path / name, UNKNOWN_LAYOUTS[name])
    with fresh(tmp_path, "unknown") as spine:
        result = ingest(spine, path, OTC, "2025-11-14")
        assert result.status.value == "FAILED"
        assert "known layouts" in result.error
        for layout in ("seed:", "finra_website:", "finra_api:"):
            assert layout in result.error
        assert_nothing_stored(spine)
        assert spine.week_status() == []
        execution = spine.conn.execute(
            "SELECT status, error FROM executions WHERE pipeline_name = 'otc.ingest_week'"
        ).fetchall()
        assert [(e[0], e[1]) for e in execution] == [("FAILED", result.error)]


def test_multi_week_file_loads_the_run_week_and_rejects_the_others(spine: Spine) -> None:
    lines = api_lines(API_MULTIWEEK)
    by_week: dict[str, list[int]] = defaultdict(list)
    for line in lines:
        week = date.fromisoformat(line.get("weekStartDate")) + timedelta(days=4)
        by_week[week.isoformat()].append(line.number)
    assert {w: len(n) for w, n in by_week.items()} == {"2025-11-21": 4, "2025-11-14": 3, "2025-11-28": 2}

    metrics = rd.run_week(spine, API_MULTIWEEK, "OTCE", "2025-11-21")
    ingest_metrics = metrics["otc.ingest_week"]
    assert (ingest_metrics["lines"], ingest_metrics["parsed"], ingest_metrics["inserted"]) == (9, 4, 4)
    assert ingest_metrics["rejected"] == 5
    assert ingest_metrics["rejects_by_reason"] == {"WEEK_MISMATCH": 5}
    assert ingest_metrics["other_weeks"] == {"2025-11-14": 3, "2025-11-28": 2}
    rejects = spine.rejects(OTC, "2025-11-21")
    assert [(r["stage"], r["reason_code"], r["line_number"]) for r in rejects] == [
        ("INGEST", "WEEK_MISMATCH", n) for n in sorted(by_week["2025-11-14"] + by_week["2025-11-28"])
    ]
    assert rejects[0]["reason_detail"] == "row is for week 2025-11-14, the run is for 2025-11-21"
    assert rejects[0]["raw_line"] == lines[1].text
    status = spine.week_status(OTC, "2025-11-21")[0]
    assert (status["raw"], status["inserted"], status["normalized"], status["rejected"]) == (9, 4, 4, 5)
    run_week = [line for line in lines if line.number in by_week["2025-11-21"]]
    rows = rd.venue_rows(
        run_week, "issueSymbolIdentifier", "MPID", "totalWeeklyShareQuantity", "totalWeeklyTradeCount"
    )
    assert (
        rd.stored_venue_shares(spine, OTC, "2025-11-21")
        == rd.expected_venue_shares(rows)
        == {
            "TLSX": (125000, 3, 1, "65.3168"),
            "QLNK": (50400, 22, 1, "26.3357"),
            "MRDN": (15975, 52, 2, "8.3475"),
        }
    )

    # The same file for another of its weeks, in the same database.
    other = rd.run_week(spine, API_MULTIWEEK, OTC, "2025-11-14")["otc.ingest_week"]
    assert (other["inserted"], other["rejected"]) == (3, 6)
    assert other["other_weeks"] == {"2025-11-21": 4, "2025-11-28": 2}
    assert [(r["week_ending"], r["inserted"], r["rejected"]) for r in spine.week_status(OTC)] == [
        ("2025-11-14", 3, 6),
        ("2025-11-21", 4, 5),
    ]


def test_api_rows_with_a_bad_week_start_are_rejected(tmp_path: Path) -> None:
    """weekStartDate must be a Monday (its Friday is the week); a bad date is INVALID_DATE."""
    text = API_PSV.read_text(encoding="utf-8")
    first_row = text.splitlines()[1]
    tuesday = first_row.replace("|2025-12-22|2025-12-22|", "|2025-12-23|2025-12-23|").replace("QRTZ", "QRTY")
    invalid = first_row.replace("|2025-12-22|2025-12-22|", "|2025-12-22|2025-13-22|").replace("QRTZ", "QRTX")
    path = write_file(tmp_path / "bad_week_start.psv", text + tuesday + "\n" + invalid + "\n")
    with fresh(tmp_path, "bad-start") as spine:
        result = ingest(spine, path, T1, API_WEEK)
        assert result.ok, result.error
        assert (result.metrics["lines"], result.metrics["inserted"], result.metrics["rejected"]) == (
            20,
            10,
            2,
        )
        rejects = spine.rejects(T1, API_WEEK)
        assert [(r["stage"], r["reason_code"], r["line_number"]) for r in rejects] == [
            ("INGEST", "NOT_FRIDAY", 20),
            ("INGEST", "INVALID_DATE", 21),
        ]
        assert "2025-12-23 is not a Monday" in rejects[0]["reason_detail"]
        assert rejects[0]["raw_line"] == tuesday
        assert "2025-13-22" in rejects[1]["reason_detail"]


def test_file_without_the_run_week_is_refused_naming_its_weeks(tmp_path: Path) -> None:
    with fresh(tmp_path, "refused") as spine:
        result = ingest(spine, API_MULTIWEEK, OTC, "2025-12-05")
        assert result.status.value == "FAILED"
        assert (
            "it holds week 2025-11-14 (3 rows), week 2025-11-21 (4 rows), week 2025-11-28 (2 rows)"
            in result.error
        )
        assert_nothing_stored(spine)


def test_refused_file_leaves_a_loaded_week_as_it_was(tmp_path: Path) -> None:
    """A file with no row for the week, offered for a week already loaded, changes nothing."""
    header, *body = API_MULTIWEEK.read_text(encoding="utf-8").splitlines()
    other_weeks = [line for line in body if "|2025-11-17|" not in line]
    assert len(other_weeks) == 5
    wrong = write_file(tmp_path / "wrong.psv", "\n".join([header, *other_weeks]) + "\n")
    with fresh(tmp_path, "kept") as spine:
        rd.run_week(spine, API_MULTIWEEK, OTC, "2025-11-21")
        before = all_data(spine.conn)
        captures = spine.captures(OTC, "2025-11-21")
        result = ingest(spine, wrong, OTC, "2025-11-21")
        assert result.status.value == "FAILED"
        assert "week 2025-11-14 (3 rows), week 2025-11-28 (2 rows)" in result.error
        assert all_data(spine.conn) == before
        assert spine.captures(OTC, "2025-11-21") == captures
        assert spine.week_status(OTC, "2025-11-21")[0]["stage"] == "AGGREGATED"
