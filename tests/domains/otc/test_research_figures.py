"""Research-grade figures (SPEC §13) on hand-made weeks; expected values from tests/oracle.py."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from spine.api import Spine
from spine.cli import cli
from spine.domains.otc.enums import CheckStatus, Stage
from spine.domains.otc.figures.trend import LOW_BASE, min_trend_base, trend_label, trend_shown
from spine.domains.otc.quality_checks import RULES, publication_check
from tests import oracle
from tests.conftest import REAL_FIXTURES, write_file
from tests.domains.otc import realdata_helpers as rd

T1 = "NMS_TIER_1"
WEEKS = ["2025-11-21", "2025-11-28", "2025-12-05"]
HEADER = "WeekEnding|Tier|Symbol|MPID|TotalShares|TotalTrades\n"

# (symbol, mpid, shares, trades) per week. SKIP has no row in the second week, GONE trades only in the
# first; LOW trades 1,000 shares a week, then 21 million; FEWT has more trades but fewer shares than BIGV;
# TIED's two largest venues trade the same shares.
RECORDS: dict[str, list[tuple[str, str, int, int]]] = {
    "2025-11-21": [
        ("EVRY", "NITE", 600000, 3000), ("EVRY", "CITD", 400000, 2000), ("SKIP", "NITE", 250000, 900),
        ("GONE", "JANE", 90000, 300), ("LOW", "CITD", 1000, 4),
    ],
    "2025-11-28": [("EVRY", "NITE", 640000, 3100), ("EVRY", "CITD", 380000, 1900), ("LOW", "CITD", 1000, 5)],
    "2025-12-05": [
        ("EVRY", "NITE", 700000, 3300), ("EVRY", "CITD", 300000, 1500), ("SKIP", "NITE", 260000, 950),
        ("LOW", "CITD", 21000000, 800), ("FEWT", "FEWT", 100000, 5000), ("FEWT", "BIGV", 900000, 100),
        ("TIED", "NITE", 50000, 10), ("TIED", "CITD", 50000, 20), ("TIED", "ABCD", 40000, 5),
    ],
}  # fmt: skip


def write_weeks(folder: Path, records: dict[str, list[tuple[str, str, int, int]]]) -> Path:
    for week, rows in records.items():
        lines = "".join(f"{week}|{T1}|{s}|{m}|{v}|{t}\n" for s, m, v, t in rows)
        write_file(folder / f"week_{week}.psv", HEADER + lines)
    return folder


@pytest.fixture(scope="module")
def made(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One database with the three hand-made weeks, backfilled (rolling and snapshots included)."""
    folder = tmp_path_factory.mktemp("made")
    source = write_weeks(folder / "weeks", RECORDS)
    db = folder / "spine.db"
    with Spine(db) as spine:
        result = spine.run("otc.backfill_range", tier=T1, source_dir=str(source), weeks_back=3)
        assert result.ok and result.metrics["weeks_failed"] == 0, result.error
    return db


def stored(db: Path, sql: str, **params: Any) -> list[dict[str, Any]]:
    with Spine(db, must_exist=True) as spine:
        return [dict(row) for row in spine.conn.execute(sql, params)]


def weekly(symbol: str) -> dict[str, tuple[int, int]]:
    """The symbol's (volume, trades) in each week it has rows."""
    out: dict[str, tuple[int, int]] = {}
    for week, rows in RECORDS.items():
        mine = [(v, t) for s, _m, v, t in rows if s == symbol]
        if mine:
            out[week] = (sum(v for v, _t in mine), sum(t for _v, t in mine))
    return out


def test_rolling_counts_loaded_weeks_and_zero_fills_missing_ones(made: Path) -> None:
    rows = stored(made, "SELECT * FROM otc_symbol_rolling_6w WHERE week_ending = :w", w=WEEKS[-1])
    by_symbol = {r["symbol"]: r for r in rows}
    # A row for every symbol traded in any loaded week, GONE included.
    assert sorted(by_symbol) == sorted({s for rows in RECORDS.values() for s, *_ in rows})
    for symbol, row in by_symbol.items():
        expected = oracle.rolling_zero_filled(weekly(symbol), WEEKS)
        assert {k: row[k] for k in expected} == expected, symbol
    assert (by_symbol["SKIP"]["weeks_in_window"], by_symbol["SKIP"]["weeks_traded"]) == (3, 2)
    assert by_symbol["GONE"]["avg_6w_volume"] == 90000 // 3


def test_a_trend_on_a_1000_share_base_is_stored_but_shown_as_low_base(
    made: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (low,) = stored(
        made, "SELECT * FROM otc_symbol_rolling_6w WHERE week_ending = :w AND symbol = 'LOW'", w=WEEKS[-1]
    )
    expected = oracle.rolling_zero_filled(weekly("LOW"), WEEKS)
    assert (low["trend_direction"], low["trend_pct"]) == (expected["trend_direction"], expected["trend_pct"])
    assert low["trend_base_volume"] == expected["trend_base_volume"] == 1000
    monkeypatch.delenv("SPINE_MIN_TREND_BASE", raising=False)
    assert min_trend_base() == 10000
    assert not trend_shown(low["trend_base_volume"], min_trend_base())
    assert trend_label(low["trend_direction"], low["trend_pct"], low["trend_base_volume"], 10000) == LOW_BASE
    assert trend_label("UP", "7.44", 10000, 10000) == "UP +7.44%"
    monkeypatch.setenv("SPINE_MIN_TREND_BASE", "1,000")
    assert min_trend_base() == 1000 and trend_shown(1000, min_trend_base())
    monkeypatch.setenv("SPINE_MIN_TREND_BASE", "lots")
    with pytest.raises(ValueError, match="SPINE_MIN_TREND_BASE"):
        min_trend_base()


def test_trade_share_beside_volume_share_and_venue_trade_size(made: Path) -> None:
    week = WEEKS[-1]
    records = RECORDS[week]
    expected = oracle.venue_shares(records)
    volume = sum(v for *_x, v, _t in records)
    trades = sum(t for *_x, t in records)
    assert volume and trades
    rows = stored(made, "SELECT * FROM otc_venue_share WHERE week_ending = :w", w=week)
    for row in rows:
        v, t, share = expected[row["mpid"]]
        assert (row["total_volume"], row["total_trades"], row["market_share_pct"]) == (v, t, share)
        assert row["trade_share_pct"] == oracle.pct(t, trades)
        assert row["avg_trade_size"] == oracle.avg_trade_size(v, t)
    by_mpid = {r["mpid"]: r for r in rows}
    few, big = by_mpid["FEWT"], by_mpid["BIGV"]
    # FEWT has more trades but fewer shares than BIGV: the two shares rank them in opposite orders.
    assert few["total_trades"] > big["total_trades"] and few["total_volume"] < big["total_volume"]
    assert Decimal(few["trade_share_pct"]) > Decimal(big["trade_share_pct"])
    assert Decimal(few["market_share_pct"]) < Decimal(big["market_share_pct"])


def test_venue_hhi_per_tier_week_and_per_symbol(made: Path) -> None:
    for week, records in RECORDS.items():
        venues = oracle.venue_shares(records)
        (row,) = stored(made, "SELECT * FROM otc_venue_concentration WHERE week_ending = :w", w=week)
        assert (row["venue_count"], row["venue_hhi"]) == (
            len(venues),
            oracle.hhi(v for v, _t, _s in venues.values()),
        )
    week = WEEKS[-1]
    snapshot = {
        r["symbol"]: r
        for r in stored(made, "SELECT * FROM otc_research_snapshot WHERE week_ending = :w", w=week)
    }
    for symbol, row in snapshot.items():
        assert row["venue_hhi"] == oracle.hhi(v for s, _m, v, _t in RECORDS[week] if s == symbol), symbol
    assert snapshot["LOW"]["venue_hhi"] == "10000.00"  # one venue holds it all
    # Without non-ATS data for the week the non-ATS figures are null, not zero.
    assert {(r["non_ats_volume"], r["ats_share_of_otc_pct"]) for r in snapshot.values()} == {(None, None)}


# Venue volumes around the edge of what SQLite's 64-bit integers hold, per week: in the first, one
# symbol has a venue whose square does not fit (that symbol's HHI is done in Python, the others' sums
# in SQL); in the second, every square fits but one symbol's sum of squares does not (the whole week
# is done in Python). 3,037,000,499 is the largest volume whose square fits. WIDE's HHI is exactly
# 9,990.005, which rounds up to 9,990.01; a sum of squares in floating point gives 9,990.00.
BIG_RECORDS: dict[str, list[tuple[str, str, int, int]]] = {
    "2025-11-28": [
        ("WIDE", "NITE", 3_037_008_736, 900), ("WIDE", "CITD", 1_519_264, 1),
        ("EDGE", "NITE", 3_037_000_499, 10), ("EDGE", "CITD", 3, 1),
        ("EVRY", "NITE", 600_000, 3000), ("EVRY", "CITD", 400_000, 2000), ("EVRY", "JANE", 1, 1),
    ],
    "2025-12-05": [
        ("SUMS", "NITE", 3_000_000_000, 50), ("SUMS", "CITD", 2_999_999_999, 40),
        ("SUMS", "JANE", 1_000_000_001, 30),
        ("EVRY", "NITE", 700_000, 3300), ("EVRY", "CITD", 300_000, 1500),
    ],
}  # fmt: skip


@pytest.mark.parametrize("week", sorted(BIG_RECORDS))
def test_venue_hhi_is_exact_beyond_64_bit_squares(tmp_path: Path, week: str) -> None:
    source = write_weeks(tmp_path / "weeks", {week: BIG_RECORDS[week]})
    with Spine(tmp_path / "spine.db") as spine:
        result = spine.run("otc.backfill_range", tier=T1, source_dir=str(source), weeks_back=1, end_week=week)
        assert result.ok and result.metrics["weeks_failed"] == 0, result.error
        rows = spine.conn.execute("SELECT symbol, venue_hhi FROM otc_research_snapshot").fetchall()
    got = {r["symbol"]: r["venue_hhi"] for r in rows}
    symbols = {s for s, _m, _v, _t in BIG_RECORDS[week]}
    assert got == {s: oracle.hhi(v for x, _m, v, _t in BIG_RECORDS[week] if x == s) for s in symbols}


def test_snapshot_top_venue_most_shares_ties_to_the_smallest_mpid(made: Path) -> None:
    week = WEEKS[-1]
    rows = stored(made, "SELECT * FROM otc_research_snapshot WHERE week_ending = :w", w=week)
    top = {r["symbol"]: (r["top_venue_mpid"], r["top_venue_share_pct"]) for r in rows}
    symbols = {s for s, _m, _v, _t in RECORDS[week]}
    assert top == {s: oracle.top_venue(RECORDS[week], s) for s in symbols}
    assert top["TIED"][0] == "CITD"


def test_snapshot_non_ats_figures_from_firm_rows(tmp_path: Path) -> None:
    """FINRA's Query API rows: ATS venue rows, non-ATS firm rows (one the de minimis bucket)."""
    path = REAL_FIXTURES / "finra_api_t1_2025-12-26.psv"
    week = "2025-12-26"
    lines = rd.read_lines(path)
    ats = rd.website_rows([x for x in lines if x.get("summaryTypeCode") == "ATS_W_SMBL_FIRM"])
    firms = [x for x in lines if x.get("summaryTypeCode") == "OTC_W_SMBL_FIRM"]
    assert any(x.get("firmCRDNumber") == "" for x in firms)  # the de minimis bucket
    with Spine(tmp_path / "api.db") as spine:
        rd.run_week(spine, path, T1, week)
        assert spine.run("otc.research_snapshot_week", tier=T1, week_ending=week).ok
        rows = {r["symbol"]: dict(r) for r in spine.conn.execute("SELECT * FROM otc_research_snapshot")}
    for symbol, row in rows.items():
        ats_volume = sum(r.shares for r in ats if r.symbol == symbol)
        mine = [x for x in firms if x.get("issueSymbolIdentifier") == symbol]
        non_ats = sum(int(x.get("totalWeeklyShareQuantity")) for x in mine)
        trades = sum(int(x.get("totalWeeklyTradeCount")) for x in mine)
        assert (row["total_volume"], row["non_ats_volume"], row["non_ats_trades"]) == (
            ats_volume,
            non_ats,
            trades,
        )
        assert row["ats_share_of_otc_pct"] == oracle.ats_share_of_otc(ats_volume, non_ats), symbol
    assert rows["HLVN"]["non_ats_volume"] == 0 and rows["HLVN"]["ats_share_of_otc_pct"] == "100.0000"


WEBSITE_HEADER = (
    "tierDescription|issueSymbolIdentifier|issueName|marketParticipantName|MPID|"
    "totalWeeklyShareQuantity|totalWeeklyTradeCount|lastUpdateDate\n"
)


@pytest.mark.parametrize(
    ("given", "status", "says"),
    [
        ("2025-11-14", "PASS", "fits week 2025-11-14"),
        # a week early: the file's date is the next week's first publication
        ("2025-11-07", "WARN", "the file fits week 2025-11-14"),
        # a week late: the date is before the given week was published
        ("2025-11-21", "WARN", "the file fits week 2025-11-14"),
    ],
    ids=["right", "a-week-early", "a-week-late"],
)
def test_website_download_given_each_week(tmp_path: Path, given: str, status: str, says: str) -> None:
    """A website download of OTC week 2025-11-14 (first published Monday 2025-12-15)."""
    rows = "OTC|AABB|Asia Broadband Inc|OTCN OTC LINK NQB IDQS|OTCN|6753871|171|2025-12-15\n"
    path = write_file(tmp_path / "otc_20251215.psv", WEBSITE_HEADER + rows)
    with Spine(tmp_path / "spine.db") as spine:
        for name in ("otc.ingest_week", "otc.normalize_week"):
            extra = {"file_path": str(path)} if name == "otc.ingest_week" else {}
            assert spine.run(name, tier="OTC", week_ending=given, **extra).ok
    result = CliRunner().invoke(
        cli,
        [
            "run",
            "otc.aggregate_week",
            "-p",
            "tier=OTC",
            "-p",
            f"week_ending={given}",
            "--db",
            str(tmp_path / "spine.db"),
        ],
    )
    assert result.exit_code == 0, result.output
    with Spine(tmp_path / "spine.db", must_exist=True) as spine:
        check = rd.check(spine, "OTC", given, "publication_date_matches_week")
    assert check is not None and (check["status"], check["check_value"]) == (status, "2025-12-15")
    assert says in check["message"]
    warning_lines = [line for line in result.output.splitlines() if "publication_date_matches_week" in line]
    if status == "WARN":
        assert warning_lines == [f"    WARN: publication_date_matches_week: {check['message']}"]
    else:
        assert warning_lines == []


@pytest.mark.parametrize(
    ("tier", "week", "published", "status"),
    [
        ("NMS_TIER_1", "2025-05-09", "2025-05-27", "PASS"),  # Memorial Day moved it to the Tuesday
        ("NMS_TIER_1", "2025-05-09", "2025-05-26", "PASS"),  # the scheduled Monday itself
        ("NMS_TIER_1", "2025-05-09", "2025-07-16", "PASS"),  # a Wednesday, weeks later: a restatement
        ("NMS_TIER_1", "2025-05-09", "2025-06-02", "WARN"),  # week 2025-05-16's first publication
        ("NMS_TIER_1", "2025-05-09", "2025-05-19", "WARN"),  # before the week was published
        ("OTC", "2025-11-14", "2025-12-22", "WARN"),
    ],
)
def test_publication_check_rules(tier: str, week: str, published: str, status: str) -> None:
    check = publication_check(tier, date.fromisoformat(week), [date.fromisoformat(published)])
    assert check.status.value == status, check.message


def test_overflow_in_rolling_fails_the_week_and_the_backfill_exit_3(tmp_path: Path) -> None:
    """Each week's volume fits 64 bits; their 6-week sum does not."""
    big = 5 * 10**18
    records = {week: [("HUGE", "NITE", big, 1), ("EVRY", "CITD", 1000, 2)] for week in WEEKS[:2]}
    source = write_weeks(tmp_path / "weeks", records)
    db = tmp_path / "spine.db"
    args = [
        "run",
        "otc.backfill_range",
        "-p",
        f"tier={T1}",
        "-p",
        f"source_dir={source}",
        "-p",
        "weeks_back=2",
    ]
    result = CliRunner().invoke(cli, [*args, "--db", str(db)])
    assert result.exit_code == 3, result.output
    with Spine(db, must_exist=True) as spine:
        failed = spine.conn.execute(
            "SELECT error FROM executions"
            " WHERE pipeline_name = 'otc.compute_rolling_6w' AND status = 'FAILED'"
        ).fetchall()
        assert [r[0] for r in failed] == [
            f"rolling {WEEKS[1]} {T1}: a 6-week sum exceeds the 64-bit integer range;"
            " check the window's share and trade counts"
        ]
        assert (
            spine.conn.execute(
                "SELECT COUNT(*) FROM otc_symbol_rolling_6w WHERE week_ending = ?", (WEEKS[1],)
            ).fetchone()[0]
            == 0
        )


def test_python_and_sql_agree_on_stage_order_and_check_severities(made: Path) -> None:
    with Spine(made, must_exist=True) as spine:
        stages = dict(spine.conn.execute("SELECT stage, rank FROM otc_stage_rank").fetchall())
        severities = dict(spine.conn.execute("SELECT status, severity FROM otc_check_severity").fetchall())
    assert stages == {s.value: s.rank for s in Stage}
    assert severities == {s.value: s.severity for s in CheckStatus}
    assert sorted(severities, key=severities.__getitem__) == ["PASS", "WARN", "FAIL"]
    assert {rule.failing for rule in RULES.values()} == {CheckStatus.WARN, CheckStatus.FAIL}


def test_overflow_in_the_snapshot_fails_it_and_stores_nothing(tmp_path: Path) -> None:
    """ATS and non-ATS volume of one symbol each fit 64 bits; their sum, the ATS share's base, does not."""
    big = 9 * 10**18
    rows = (
        f"OTC|HUGE|Huge Inc|OTCN OTC LINK|OTCN|{big}|10|2025-12-15\n"
        f"OTC|HUGE|Huge Inc|De Minimis Firms||{big}|9|2025-12-15\n"
    )
    path = write_file(tmp_path / "otc_20251215.psv", WEBSITE_HEADER + rows)
    with Spine(tmp_path / "spine.db") as spine:
        rd.run_week(spine, path, "OTC", "2025-11-14")
        result = spine.run("otc.research_snapshot_week", tier="OTC", week_ending="2025-11-14")
        assert result.status.value == "FAILED"
        assert result.error == (
            "snapshot 2025-11-14 OTC: a sum exceeds the 64-bit integer range;"
            " check the week's share and trade counts"
        )
        assert spine.conn.execute("SELECT COUNT(*) FROM otc_research_snapshot").fetchone()[0] == 0
        assert spine.week_status("OTC", "2025-11-14")[0]["stage"] == "AGGREGATED"
