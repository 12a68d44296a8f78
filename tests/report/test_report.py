"""spine report: every number in the page's tables equals what the data says, every chart has its marks.

Expected figures come from the seed files (and the real FINRA samples) through ``tests/oracle.py``, not
from the product; the page is read back with the standard library's HTML parser (``page.py``).
"""

from __future__ import annotations

import hashlib
import shutil
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from fractions import Fraction
from pathlib import Path

import pytest
from click.testing import CliRunner

from spine.api import Spine
from spine.cli import cli
from tests import oracle
from tests.conftest import FIXTURES, SEED_WEEKS, TIER, backfill, write_file
from tests.domains.otc import realdata_helpers as rd
from tests.report.page import Page, number, read

Records = dict[str, list[oracle.Record]]


def seed_records(folder: Path = FIXTURES) -> Records:
    """The seed weeks' accepted venue records, read straight from the files (SPEC §6 rules)."""
    records: Records = defaultdict(list)
    for path in sorted(folder.glob("week_*.psv")):
        for line in path.read_text(encoding="utf-8").splitlines()[1:]:
            week, _tier, symbol, mpid, shares, trades = line.split("|")
            sym, venue = oracle.symbol(symbol), oracle.mpid(mpid)
            if sym and venue and int(shares) >= 0 and int(trades) >= 0:
                records[week].append((sym, venue, int(shares), int(trades)))
    return records


def rows(page: Page, table: str, *columns: str) -> list[tuple[str, ...]]:
    return [tuple(row[c] for c in columns) for row in page.tables[table]]


def chart(page: Page, title_start: str) -> tuple[dict[str, int], list[str]]:
    found = [c for c in page.charts if c.title.startswith(title_start)]
    assert len(found) == 1, [c.title for c in page.charts]
    return found[0].marks, found[0].labels


@dataclass(frozen=True)
class SeedReport:
    """The seed weeks loaded from a folder with an awkward name, the last week restated, one report."""

    spine: Spine
    folder: Path
    restated: Path
    records: Records
    page: Page
    html: str


@pytest.fixture(scope="module")
def seed_report(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SeedReport]:
    tmp = tmp_path_factory.mktemp("seed_report")
    folder = tmp / 'odd <b>name</b> & "quotes"'  # every file path is data the page must escape
    shutil.copytree(FIXTURES, folder)
    week = SEED_WEEKS[-1]
    lines = (folder / f"week_{week}.psv").read_text(encoding="utf-8").splitlines()
    # FINRA restates the last week: one venue row changes, one goes, one is new.
    changed = lines[1].split("|")
    changed[4] = str(int(changed[4]) + 1000)
    restated = [lines[0], "|".join(changed), *lines[3:], f"{week}|NMS_TIER_1|AMD|NITE|12345|67"]
    restated_path = write_file(tmp / "restated" / f"week_{week}.psv", "\n".join(restated) + "\n")
    with Spine(tmp / "seed.db") as spine:
        assert backfill(spine, source_dir=str(folder)).ok
        stages = ("otc.ingest_week", "otc.normalize_week", "otc.aggregate_week", "otc.compute_rolling_6w",
                  "otc.research_snapshot_week")  # fmt: skip
        for name in stages:
            extra = {"file_path": str(restated_path)} if "ingest" in name else {}
            assert spine.run(name, {"tier": TIER, "week_ending": week, **extra}).ok
        out = tmp / "report.html"
        result = spine.report(TIER, out, symbols=["aapl", "META", "AMD"])
        assert (result.first, result.last, result.weeks) == (SEED_WEEKS[0], SEED_WEEKS[-1], SEED_WEEKS)
        records = seed_records(folder)
        records[week] = seed_records(restated_path.parent)[week]
        yield SeedReport(spine, folder, restated_path, records, read(out), out.read_text(encoding="utf-8"))


def check_seed_report_sections_and_a_page_that_requests_nothing(seed_report: SeedReport) -> None:
    page = seed_report.page
    assert page.external == []
    symbols = ["symbol-AAPL", "symbol-META", "symbol-AMD"]
    assert page.section_ids == ["overview", "venues", "concentration", "movers", *symbols, "provenance"]
    # Every chart drawn is a chart with marks.
    assert page.svgs == len(page.charts) and all(sum(c.marks.values()) > 0 for c in page.charts)
    assert "AMD traded in one week of the range only (2025-12-26): no chart." in page.notes


def check_overview_and_venue_tables_equal_the_files(seed_report: SeedReport) -> None:
    page, records = seed_report.page, seed_report.records
    # 1. one row per week: volume, trades, symbols, venues
    columns = ("week_ending", "total_volume", "total_trades", "symbol_count", "venue_count")
    overview = [(w, *map(number, rest)) for w, *rest in rows(page, "overview", *columns)]
    assert overview == [(week, *oracle.tier_week(records[week])) for week in SEED_WEEKS]
    marks, labels = chart(page, "ATS volume per week")
    assert marks == {"rect": 6}
    assert [label.split("value: ")[1] for label in labels] == [
        f"{oracle.tier_week(records[w])[0]:,}" for w in SEED_WEEKS
    ]
    # 2. the latest week's league table, and the shares chart (4 venues, no "other")
    latest = oracle.venue_shares(records[SEED_WEEKS[-1]])
    league = rows(page, "venues-latest", "mpid", "total_volume", "total_trades", "market_share_pct")
    assert {m: (number(v), number(t), s) for m, v, t, s in league} == latest
    columns = ("rank", "previous_rank", "mpid", "market_share_pct", "share_change_pp")
    ranked = [
        (number(r), number(p) if p else None, m, s, c)
        for r, p, m, s, c in rows(page, "venues-latest", *columns)
    ]
    assert ranked == oracle.venue_league(records[SEED_WEEKS[-1]], records[SEED_WEEKS[-2]])
    pairs = sum(len(oracle.venue_shares(records[w])) for w in SEED_WEEKS)
    assert chart(page, "Share of ATS volume")[0] == {"rect": pairs}


def check_movers_and_symbol_tables_equal_the_files(seed_report: SeedReport) -> None:
    page, records = seed_report.page, seed_report.records
    # 4. top symbols by volume
    columns = ("symbol", "total_volume", "total_trades", "venue_count", "avg_trade_size")
    top = [(s, number(v), number(t), number(n), z) for s, v, t, n, z in rows(page, "movers-top", *columns)]
    assert top == oracle.top_symbols(records[SEED_WEEKS[-1]], 15)
    assert chart(page, "Top symbols by ATS volume")[0] == {"rect": len(top)}
    # 5. each symbol's venue mix, week by week, largest venue first
    for symbol in ("AAPL", "META", "AMD"):
        columns = ("week_ending", "mpid", "total_shares", "total_trades", "share_of_symbol_pct")
        mix = [(w, m, number(v), number(t), p) for w, m, v, t, p in rows(page, f"symbol-{symbol}", *columns)]
        expected = [
            (w, m, v, t, p)
            for w in SEED_WEEKS
            for m, (v, t, p) in sorted(
                oracle.symbol_venue_mix(records[w], symbol).items(), key=lambda item: (-item[1][0], item[0])
            )
        ]
        assert mix == expected
        if symbol != "AMD":
            assert chart(page, f"{symbol}: share")[0] == {"rect": len(expected)}


def check_concentration_and_movers_equal_the_files(seed_report: SeedReport) -> None:
    page, records = seed_report.page, seed_report.records

    def venue_volumes(week_records: list[oracle.Record], symbol: str | None = None) -> dict[str, int]:
        volumes: dict[str, int] = defaultdict(int)
        for sym, mpid, shares, _trades in week_records:
            if symbol in (None, sym):
                volumes[mpid] += shares
        return volumes

    # 3. the tier's venue HHI per week, and the latest week's symbols' (largest first by HHI)
    assert rows(page, "concentration-tier", "week_ending", "venue_count", "venue_hhi") == [
        (w, str(len(venue_volumes(records[w]))), oracle.hhi(venue_volumes(records[w]).values()))
        for w in SEED_WEEKS
    ]
    last = records[SEED_WEEKS[-1]]
    symbols = {s for s, *_ in last}
    assert dict(rows(page, "concentration-symbols", "symbol", "venue_hhi")) == {
        s: oracle.hhi(venue_volumes(last, s).values()) for s in symbols
    }
    assert chart(page, "Venue HHI of the tier")[0] == {"line": 1, "symbol": 6}
    # 4. the largest rises and falls among trends whose base reaches 10,000 shares a week
    weekly = {s: {w: oracle.tier_week([r for r in records[w] if r[0] == s])[:2] for w in SEED_WEEKS
                  if any(r[0] == s for r in records[w])} for s in symbols}  # fmt: skip
    rolling = {s: oracle.rolling_zero_filled(weekly[s], SEED_WEEKS) for s in symbols}
    for direction in ("UP", "DOWN"):
        expected = sorted(
            (
                s
                for s, r in rolling.items()
                if r["trend_direction"] == direction and int(r["trend_base_volume"]) >= 10_000
            ),
            key=lambda s: (-abs(Fraction(str(rolling[s]["trend_pct"]))), s),
        )[:10]
        table = page.tables.get(f"movers-{direction.lower()}", [])
        assert [(r["symbol"], r["trend_pct"], number(r["trend_base_volume"])) for r in table] == [
            (s, rolling[s]["trend_pct"], rolling[s]["trend_base_volume"]) for s in expected
        ]
    assert page.tables["movers-up"], "the seed has rising symbols with large bases (MSFT +9.78 %)"


def check_provenance_tables_equal_the_files_and_runs(seed_report: SeedReport) -> None:
    page, spine, folder = seed_report.page, seed_report.spine, seed_report.folder
    files = [folder / f"week_{w}.psv" for w in SEED_WEEKS[:-1]] + [seed_report.restated]
    columns = ("week_ending", "source_type", "source_locator", "source_sha256", "captures")
    assert rows(page, "sources", *columns) == [
        (w, "file", str(f), hashlib.sha256(f.read_bytes()).hexdigest(), "2" if w == SEED_WEEKS[-1] else "1")
        for w, f in zip(SEED_WEEKS, files, strict=True)
    ]
    runs = (("ingest_run", "otc.ingest_week"), ("normalize_run", "otc.normalize_week"),
            ("aggregate_run", "otc.aggregate_week"))  # fmt: skip
    for row in page.tables["sources"]:
        for stage, pipeline in runs:
            name, status, week = spine.conn.execute(
                "SELECT pipeline_name, status, json_extract(params, '$.week_ending') FROM executions"
                " WHERE execution_id = ?",
                (number(row[stage]),),
            ).fetchone()
            assert (name, status, week) == (pipeline, "COMPLETED", row["week_ending"])
    assert rows(page, "rejects", "week_ending", "reason_code", "lines") == [
        ("2025-12-05", "INVALID_SYMBOL", "1"),
        ("2025-12-19", "NEGATIVE_VOLUME", "1"),
    ]
    stored = {
        w: (p, wn, f)
        for w, p, wn, f in spine.conn.execute(
            "SELECT week_ending, SUM(status = 'PASS'), SUM(status = 'WARN'), SUM(status = 'FAIL')"
            " FROM otc_quality_checks GROUP BY week_ending"
        )
    }
    checks = rows(page, "checks", "week_ending", "passed", "warned", "failed")
    assert {w: (number(p), number(wn), number(f)) for w, p, wn, f in checks} == stored
    # The restated week: what the second file changed against the first.
    expected = oracle.capture_diff(seed_records(folder)[SEED_WEEKS[-1]], seed_report.records[SEED_WEEKS[-1]])
    assert expected[:3] == (1, 1, 1)
    columns = ("week_ending", "venue_rows_added", "venue_rows_removed", "venue_rows_changed", "shares_before",
               "shares_after")  # fmt: skip
    assert [(w, *map(number, rest)) for w, *rest in rows(page, "restatements", *columns)] == [
        (SEED_WEEKS[-1], *expected)
    ]


def check_data_is_escaped(seed_report: SeedReport) -> None:
    locators = [r["source_locator"] for r in seed_report.page.tables["sources"]]
    assert locators[0] == str(seed_report.folder / f"week_{SEED_WEEKS[0]}.psv")
    assert "<b>name</b>" not in seed_report.html
    assert "&lt;b&gt;name&lt;/b&gt; &amp; &quot;quotes&quot;" in seed_report.html


def test_seed_report_equals_the_seed_files(seed_report: SeedReport) -> None:
    """One report, built once (it draws a dozen charts), read back by each check in turn."""
    check_seed_report_sections_and_a_page_that_requests_nothing(seed_report)
    check_overview_and_venue_tables_equal_the_files(seed_report)
    check_movers_and_symbol_tables_equal_the_files(seed_report)
    check_concentration_and_movers_equal_the_files(seed_report)
    check_provenance_tables_equal_the_files_and_runs(seed_report)
    check_data_is_escaped(seed_report)


def test_tier_without_data_and_a_single_week_say_what_they_cannot_show(seeded: Spine, tmp_path: Path) -> None:
    runner, db, out = CliRunner(), str(seeded.path), tmp_path / "r.html"
    empty = runner.invoke(cli, ["report", "--tier", "T2", "--out", str(out), "--db", db])
    assert (empty.exit_code, empty.output) == (0, f"wrote {out} ({out.stat().st_size:,} bytes): no aggregated"
                                                   " week of NMS_TIER_2 to show\n")  # fmt: skip
    page = read(out)
    assert (page.svgs, page.tables) == (0, {})
    assert page.notes == [
        "This database has no aggregated week of NMS_TIER_2, so there is nothing to chart or tabulate."
        " Aggregated here: NMS_TIER_1 (6 weeks, 2025-11-21 to 2025-12-26)."
    ]
    # A range open at either end is said in words, never as the markers that stand for an open end.
    since = ["report", "--tier", "T2", "--from", "2025-11-21", "--out", str(out), "--db", db]
    assert runner.invoke(cli, since).exit_code == 0
    note = read(out).notes[0]
    assert note.startswith("This database has no aggregated week of NMS_TIER_2 from 2025-11-21 on, so there")
    one = runner.invoke(cli, ["report", "--tier", "T1", "--weeks", "1", "--out", str(out), "--db", db])
    assert (one.exit_code, one.output) == (0, f"wrote {out} ({out.stat().st_size:,} bytes): NMS_TIER_1,"
                                               " 1 week, 2025-12-26 to 2025-12-26\n")  # fmt: skip
    page = read(out)
    assert [row["week_ending"] for row in page.tables["overview"]] == [SEED_WEEKS[-1]]
    assert (
        "Only one week (2025-12-26) is aggregated in this range: a chart over time needs two weeks or more."
        in page.notes
    )
    # No chart over time is drawn; what one week can show (its movers, from the rolling rows' trend
    # bases, and its top symbols) is.
    assert [c.title for c in page.charts] == ["Largest rises", "Largest falls", "Top symbols by ATS volume"]
    ranged = ["--from", "2025-11-28", "--to", "2025-11-28", "--symbol", "tsla"]
    assert (
        runner.invoke(cli, ["report", "--tier", "T1", *ranged, "--out", str(out), "--db", db]).exit_code == 0
    )
    page = read(out)
    assert [r["week_ending"] for r in page.tables["overview"]] == ["2025-11-28"]
    assert [r["week_ending"] for r in page.tables["symbol-TSLA"]] == ["2025-11-28", "2025-11-28"]


def test_report_usage_errors(seeded: Spine, tmp_path: Path) -> None:
    runner, db, out = CliRunner(), str(seeded.path), tmp_path / "r.html"
    for args, message in (
        (["--weeks", "2", "--from", "2025-11-28"], "either a number of weeks or a range"),
        (["--from", "2025-11-27"], "2025-11-27 is a Thursday"),
        (["--from", "2025-12-26", "--to", "2025-11-28"], "starts after it ends"),
        (["--weeks", "0"], "0 is not in the range"),
    ):
        bad = runner.invoke(cli, ["report", "--tier", "T1", *args, "--out", str(out), "--db", db])
        assert (bad.exit_code, message in bad.output) == (2, True), bad.output
    assert not out.exists()


# -- the real FINRA samples (../shared/realdata; its absence fails the test) --------------------------

HEAD300 = "spinecore_otc_weekly_otc_20251215_head300.psv"
THREE_WEEKS = "spinecore_otc_3weeks_AABB_ABBNY_ADYEY_AFFU.psv"


def test_real_samples_report_equals_the_files(tmp_path: Path, realdata: Path) -> None:
    # One file per week: the 300-line download for the week of 2025-11-14, and the later two
    # publications of the three-week file (split by lastUpdateDate, as the README says to).
    three = rd.read_lines(realdata / THREE_WEEKS)
    header = (realdata / THREE_WEEKS).read_text(encoding="utf-8").splitlines()[0]
    files = {"2025-11-14": realdata / HEAD300}
    for week, published in (("2025-11-21", "2025-12-22"), ("2025-11-28", "2025-12-29")):
        body = [line.text for line in three if line.get("lastUpdateDate") == published]
        files[week] = write_file(tmp_path / f"otc_{published}.psv", "\n".join([header, *body]) + "\n")
    with Spine(tmp_path / "real.db") as spine:
        for week, path in files.items():
            rd.run_week(spine, path, "OTC", week)
        out = tmp_path / "real.html"
        spine.report("OTC", out, symbols=["AABB"])
    page = read(out)
    valid = {w: [r for r in rd.website_rows(rd.read_lines(p)) if rd.is_valid(r)] for w, p in files.items()}
    records = {w: [(r.symbol, r.mpid, r.shares, r.trades) for r in rs] for w, rs in valid.items()}
    overview = rows(
        page, "overview", "week_ending", "total_volume", "total_trades", "symbol_count", "venue_count"
    )
    assert [(w, *map(number, rest)) for w, *rest in overview] == [
        (w, *oracle.tier_week(records[w])) for w in files
    ]
    league = rows(page, "venues-latest", "mpid", "total_volume", "total_trades", "market_share_pct")
    assert {m: (number(v), number(t), s) for m, v, t, s in league} == oracle.venue_shares(
        records["2025-11-28"]
    )
    mix = rows(page, "symbol-AABB", "week_ending", "mpid", "total_shares", "share_of_symbol_pct")
    assert {(w, m, number(v), p) for w, m, v, p in mix} == {
        (w, m, v, p) for w in files for m, (v, _t, p) in oracle.symbol_venue_mix(records[w], "AABB").items()
    }
    assert [r["source_sha256"] for r in page.tables["sources"]] == [
        hashlib.sha256(p.read_bytes()).hexdigest() for p in files.values()
    ]
    assert page.svgs == len(page.charts) >= 4 and all(sum(c.marks.values()) > 0 for c in page.charts)
