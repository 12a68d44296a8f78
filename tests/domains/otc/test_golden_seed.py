"""The exact results of SPEC §10 on the six seed fixtures, after one backfill on a fresh database."""

from __future__ import annotations

from decimal import Decimal

from spine.api import Spine
from tests.conftest import SEED_WEEKS, TIER, all_data, backfill, count


def test_raw_normalized_and_rejected_counts(seeded: Spine) -> None:
    conn = seeded.conn
    assert count(conn, "SELECT COUNT(*) FROM otc_raw") == 71
    assert count(conn, "SELECT COUNT(*) FROM otc_venue_volume") == 69
    assert count(conn, "SELECT COUNT(*) FROM otc_rejects") == 2
    assert count(conn, "SELECT COUNT(*) FROM otc_normalization_map") == 71
    assert count(conn, "SELECT COUNT(*) FROM otc_normalization_map WHERE status = 'ACCEPTED'") == 69


def test_the_two_rejects_and_their_reasons(seeded: Spine) -> None:
    rows = seeded.rejects(TIER)
    assert [(r["week_ending"], r["stage"], r["reason_code"]) for r in rows] == [
        ("2025-12-05", "NORMALIZE", "INVALID_SYMBOL"),
        ("2025-12-19", "NORMALIZE", "NEGATIVE_VOLUME"),
    ]
    assert "BAD$YM" in rows[0]["reason_detail"]
    assert rows[1]["reason_detail"] == "total_shares=-50000"
    assert rows[0]["line_number"] == 13 and rows[1]["line_number"] == 13
    assert rows[0]["raw_line"] == "2025-12-05|NMS_TIER_1|BAD$YM|NITE|100000|500"


def test_manifest_per_week(seeded: Spine) -> None:
    status = seeded.week_status(TIER)
    assert [r["week_ending"] for r in status] == SEED_WEEKS
    assert [r["inserted"] for r in status] == [11, 12, 12, 12, 12, 12]
    assert [r["normalized"] for r in status] == [11, 12, 11, 12, 11, 12]
    assert [r["rejected"] for r in status] == [0, 0, 1, 0, 1, 0]
    assert [r["raw"] for r in status] == [11, 12, 12, 12, 12, 12]
    assert status[-1]["stage"] == "SNAPSHOT"
    ranks = dict(seeded.conn.execute("SELECT stage, rank FROM otc_stage_rank").fetchall())
    assert all(ranks[r["stage"]] >= ranks["AGGREGATED"] for r in status[:-1])


def test_symbol_summary_of_the_last_week(seeded: Spine) -> None:
    assert count(seeded.conn, "SELECT COUNT(*) FROM otc_symbol_summary") == 30
    rows = seeded.conn.execute(
        "SELECT symbol, total_volume, total_trades, venue_count, avg_trade_size"
        " FROM otc_symbol_summary WHERE week_ending = '2025-12-26' ORDER BY symbol"
    ).fetchall()
    assert [tuple(r) for r in rows] == [
        ("AAPL", 3860000, 20400, 3, "189.22"),
        ("META", 1630000, 8150, 3, "200.00"),
        ("MSFT", 1020000, 5100, 2, "200.00"),
        ("NVDA", 2950000, 14800, 2, "199.32"),
        ("TSLA", 1930000, 9600, 2, "201.04"),
    ]


def test_venue_shares_of_the_last_week(seeded: Spine) -> None:
    shares = {r["mpid"]: r["market_share_pct"] for r in seeded.venue_shares(TIER, "2025-12-26")}
    assert shares == {
        "NITE": Decimal("46.3565"),
        "CITD": Decimal("27.5680"),
        "VIRT": Decimal("13.3450"),
        "JANE": Decimal("12.7305"),
    }
    assert sum(shares.values()) == Decimal("100.0000")


def test_weekly_share_sums_and_checks(seeded: Spine) -> None:
    sums = [
        row[0]
        for row in seeded.conn.execute(
            "SELECT check_value FROM otc_quality_checks WHERE check_name = 'market_share_sum_100'"
            " ORDER BY week_ending"
        )
    ]
    assert sums == ["100.0001", "100.0000", "100.0001", "100.0000", "100.0001", "100.0000"]
    checks = seeded.quality_checks(TIER, "2025-12-26")
    aggregate = {c["check_name"]: c["status"] for c in checks if c["pipeline_name"] == "otc.aggregate_week"}
    assert aggregate == {
        "no_negative_volumes": "PASS",
        "no_negative_trades": "PASS",
        "no_duplicate_natural_keys": "PASS",
        "market_share_sum_100": "PASS",
        "symbol_count_positive": "PASS",
        "venue_count_positive": "PASS",
    }
    assert count(seeded.conn, "SELECT COUNT(*) FROM otc_quality_checks WHERE status = 'FAIL'") == 0
    categories = {c["check_name"]: c["check_category"] for c in checks}
    assert categories["market_share_sum_100"] == "BUSINESS_RULE"
    assert categories["no_duplicate_natural_keys"] == "INTEGRITY"
    assert categories["venue_count_positive"] == "COMPLETENESS"


def test_rolling_of_the_last_week(seeded: Spine) -> None:
    rows = {r["symbol"]: r for r in seeded.rolling(TIER, "2025-12-26")}
    expected = {
        "AAPL": (3695000, 19633, "UP", Decimal("7.44")),
        "TSLA": (1725000, 8700, "UP", Decimal("21.94")),
        "NVDA": (3208333, 16050, "DOWN", Decimal("-12.41")),
        "MSFT": (966666, 4833, "UP", Decimal("9.78")),
        "META": (1413333, 7066, "UP", Decimal("7.30")),
    }
    got = {
        s: (r["avg_6w_volume"], r["avg_6w_trades"], r["trend_direction"], r["trend_pct"])
        for s, r in rows.items()
    }
    assert got == expected
    assert all(r["weeks_in_window"] == 6 and r["is_complete_window"] == 1 for r in rows.values())
    checks = {
        c["check_name"]: (c["status"], c["check_value"]) for c in seeded.quality_checks(TIER, "2025-12-26")
    }
    assert checks["rolling_window_complete"] == ("PASS", "5/5 (100.0%)")
    assert checks["no_zero_rolling_volume"] == ("PASS", "0")


def test_rolling_is_a_time_series(seeded: Spine) -> None:
    weeks = [
        row[0]
        for row in seeded.conn.execute(
            "SELECT DISTINCT week_ending FROM otc_symbol_rolling_6w ORDER BY week_ending"
        )
    ]
    assert weeks == SEED_WEEKS
    first = {r["symbol"]: r for r in seeded.rolling(TIER, "2025-11-21")}
    assert first["AAPL"]["weeks_in_window"] == 1 and first["AAPL"]["trend_direction"] == "FLAT"
    assert first["AAPL"]["avg_6w_volume"] == 3500000


def test_snapshot_of_the_last_week(seeded: Spine) -> None:
    rows = {r["symbol"]: r for r in seeded.snapshot(TIER, "2025-12-26")}
    assert {s: (r["top_venue_mpid"], r["top_venue_share_pct"]) for s, r in rows.items()} == {
        "AAPL": ("NITE", Decimal("42.7461")),
        "TSLA": ("NITE", Decimal("59.5855")),
        "NVDA": ("NITE", Decimal("57.6271")),
        "MSFT": ("JANE", Decimal("54.9020")),
        "META": ("NITE", Decimal("47.8528")),
    }
    for row in rows.values():
        assert row["has_rolling_data"] == 1
        assert row["rolling_weeks_available"] == 6
        assert row["quality_status"] == "PASS"
    assert rows["MSFT"]["rolling_trend_direction"] == "UP"
    assert rows["AAPL"]["rolling_avg_6w_volume"] == 3695000


def test_lineage_one_batch_and_children(seeded: Spine) -> None:
    conn = seeded.conn
    batches = {r[0] for r in conn.execute("SELECT DISTINCT batch_id FROM otc_raw")}
    assert len(batches) == 1 and None not in batches
    (batch,) = batches
    parent = conn.execute(
        "SELECT execution_id, batch_id FROM executions WHERE pipeline_name = 'otc.backfill_range'"
    ).fetchone()
    assert parent["batch_id"] == batch
    children = conn.execute(
        "SELECT pipeline_name, parent_execution_id, batch_id, status FROM executions"
        " WHERE pipeline_name = 'otc.ingest_week'"
    ).fetchall()
    assert len(children) == 6
    assert all(c["parent_execution_id"] == parent["execution_id"] for c in children)
    assert all(c["batch_id"] == batch and c["status"] == "COMPLETED" for c in children)
    # Every raw row was written by one of those ingest runs.
    assert (
        count(
            conn,
            "SELECT COUNT(*) FROM otc_raw r JOIN executions e ON e.execution_id = r.execution_id"
            " WHERE e.pipeline_name = 'otc.ingest_week'",
        )
        == 71
    )


def test_snapshot_traces_back_to_raw_lines(seeded: Spine) -> None:
    """A snapshot's top venue leads to the venue volume, the raw record and the file line."""
    conn = seeded.conn
    trace = conn.execute(
        """
        SELECT r.source_line, c.source_locator, r.total_shares, e.pipeline_name
        FROM otc_research_snapshot s
        JOIN otc_venue_volume v ON v.week_ending = s.week_ending AND v.tier = s.tier
             AND v.symbol = s.symbol AND v.mpid = s.top_venue_mpid
        JOIN otc_raw r ON r.week_ending = v.week_ending AND r.tier = v.tier
             AND r.record_hash = v.raw_record_hash
        JOIN otc_captures c ON c.capture_id = r.capture_id
        JOIN executions e ON e.execution_id = r.execution_id
        WHERE s.week_ending = '2025-12-26' AND s.symbol = 'MSFT'
        """
    ).fetchone()
    assert trace["source_line"] == 9
    assert trace["source_locator"].endswith("week_2025-12-26.psv")
    assert trace["total_shares"] == 560000
    assert trace["pipeline_name"] == "otc.ingest_week"


def test_second_backfill_changes_nothing(seeded: Spine) -> None:
    before = all_data(seeded.conn)
    raw_lineage = seeded.conn.execute("SELECT execution_id FROM otc_raw ORDER BY record_hash").fetchall()
    result = backfill(seeded)
    assert result.ok
    stages = [w["stages"] for w in result.metrics["weeks"]]
    assert all(set(s.values()) == {"skipped"} and len(s) == 5 for s in stages), stages
    assert all_data(seeded.conn) == before
    assert (
        seeded.conn.execute("SELECT execution_id FROM otc_raw ORDER BY record_hash").fetchall() == raw_lineage
    )


def test_forced_backfill_leaves_every_table_identical(seeded: Spine) -> None:
    before = all_data(seeded.conn)
    result = backfill(seeded, force="true")
    assert result.ok and result.metrics["weeks_ok"] == 6
    assert all(w["stages"]["ingest"] == "done" for w in result.metrics["weeks"])
    assert all_data(seeded.conn) == before
    # Counts are set, not accumulated: still one reject per bad week, six checks per week.
    assert count(seeded.conn, "SELECT COUNT(*) FROM otc_rejects") == 2
    assert (
        count(
            seeded.conn,
            "SELECT COUNT(*) FROM otc_quality_checks WHERE pipeline_name = 'otc.aggregate_week'",
        )
        == 36
    )
