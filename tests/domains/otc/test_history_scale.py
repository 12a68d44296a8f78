"""History at scale: a command's cost follows the weeks it touches, not the history's length.

Costs are counted, never timed: SQLite's progress handler, called on every virtual-machine step,
counts the work a call does. A call that reads a bounded number of rows does exactly the same steps on
a short and on a long history made of identical weeks; a call that scans a table does more.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from datetime import date, timedelta
from functools import partial
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from spine.api import Spine
from spine.cli import cli
from spine.domains.otc import manifest
from tests import oracle
from tests.conftest import FIXTURES, SEED_WEEKS, SPEC_COLUMNS, TIER, count, write_file

LAST = date(2025, 12, 26)
HEADER = "WeekEnding|Tier|Symbol|MPID|TotalShares|TotalTrades"


def week_lines(week: str, more: int = 0) -> list[str]:
    """The same 24 symbols on 3 venues every week (weeks differ only in their date), and ``more``
    other symbols (W..., after them) on the same venues."""
    names = [f"S{chr(65 + s)}" for s in range(24)] + [
        f"W{chr(65 + s // 26)}{chr(65 + s % 26)}" for s in range(more)
    ]
    return [
        f"{week}|{TIER}|{name}|MP{v:02d}|{1000 * (s + 1) + v}|{10 + s}"
        for s, name in enumerate(names)
        for v in range(3)
    ]


def history(folder: Path, weeks: int, more: int = 0) -> Spine:
    """A database holding ``weeks`` identical weeks ending at LAST, backfilled (rolling included)."""
    for back in range(weeks):
        week = (LAST - timedelta(weeks=back)).isoformat()
        write_file(folder / f"week_{week}.psv", "\n".join([HEADER, *week_lines(week, more)]) + "\n")
    spine = Spine(folder / "spine.db")
    result = spine.run("otc.backfill_range", tier=TIER, source_dir=str(folder), weeks_back=weeks)
    assert result.ok, result.error
    return spine


def steps(conn: sqlite3.Connection, call: Callable[[], Any]) -> int:
    """SQLite virtual-machine steps that ``call`` makes on ``conn``."""
    counter = [0]

    def tick() -> int:
        counter[0] += 1
        return 0

    conn.set_progress_handler(tick, 1)
    try:
        call()
    finally:
        conn.set_progress_handler(None, 1)
    return counter[0]


@pytest.fixture
def short_and_long(tmp_path: Path) -> tuple[Spine, Spine]:
    short, long = history(tmp_path / "short", 2), history(tmp_path / "long", 10)
    yield short, long
    short.close()
    long.close()


def test_a_skipped_rolling_run_costs_the_same_on_any_history(short_and_long: tuple[Spine, Spine]) -> None:
    def skipped_rolling(spine: Spine) -> int:
        def call() -> None:
            result = spine.run("otc.compute_rolling_6w", tier=TIER, week_ending=LAST.isoformat())
            assert result.ok and result.metrics.get("skipped") is True

        return steps(spine.conn, call)

    short, long = short_and_long
    assert skipped_rolling(short) == skipped_rolling(long) > 0


def test_status_of_a_week_costs_the_same_on_any_history(short_and_long: tuple[Spine, Spine]) -> None:
    short, long = short_and_long
    week = LAST.isoformat()
    short_steps = steps(short.conn, lambda: short.week_status(TIER, week))
    long_steps = steps(long.conn, lambda: long.week_status(TIER, week))
    assert short_steps == long_steps > 0


def test_stale_weeks_are_found_through_the_manifest_index(tmp_path: Path) -> None:
    spine = history(tmp_path, 8)
    plan = " ".join(
        str(row[3])
        for row in spine.conn.execute(
            "EXPLAIN QUERY PLAN SELECT week_ending FROM otc_week_manifest"
            " INDEXED BY ix_otc_week_manifest_rolling_stale WHERE tier = 'X' AND rolling_stale = 1"
        )
    )
    assert "ix_otc_week_manifest_rolling_stale" in plan and "otc_symbol_rolling_6w" not in plan
    # A revision of the third week makes it and the five after it stale; the manifest agrees with
    # the rolling rows themselves, counted independently.
    third = (LAST - timedelta(weeks=5)).isoformat()
    lines = week_lines(third)
    lines[0] = lines[0].replace("|1000|", "|1234|")
    write_file(tmp_path / "revised.psv", "\n".join([HEADER, *lines]) + "\n")
    result = spine.run(
        "otc.ingest_week", tier=TIER, week_ending=third, file_path=str(tmp_path / "revised.psv")
    )
    assert result.ok, result.error
    stale_rows = [
        row[0]
        for row in spine.conn.execute(
            "SELECT DISTINCT week_ending FROM otc_symbol_rolling_6w WHERE is_stale = 1 ORDER BY 1"
        )
    ]
    assert stale_rows == [(LAST - timedelta(weeks=back)).isoformat() for back in range(5, -1, -1)]
    assert [w.isoformat() for w in manifest.stale_rolling_weeks(spine.conn, TIER)] == stale_rows
    assert [r["week_ending"] for r in spine.week_status(TIER) if r["rolling_stale"]] == stale_rows
    # The backfill redoes the week and recomputes every stale week: nothing stays flagged.
    assert spine.run("otc.backfill_range", tier=TIER, source_dir=str(tmp_path), weeks_back=8).ok
    assert manifest.stale_rolling_weeks(spine.conn, TIER) == []
    assert count(spine.conn, "SELECT COUNT(*) FROM otc_symbol_rolling_6w WHERE is_stale = 1") == 0
    spine.close()


def test_status_sums_past_64_bits_are_exact(tmp_path: Path) -> None:
    """Rejected shares may hold anything a file had: two near-maximal values sum past 2**63."""
    week = LAST.isoformat()
    big = 9_000_000_000_000_000_000
    lines = [*week_lines(week), f"{week}|{TIER}|BAD!|MP00|{big}|1", f"{week}|{TIER}|BAD?|MP01|{big}|1"]
    path = write_file(tmp_path / "week.psv", "\n".join([HEADER, *lines]) + "\n")
    db = tmp_path / "spine.db"
    with Spine(db) as spine:
        for name, extra in (("otc.ingest_week", {"file_path": str(path)}), ("otc.normalize_week", {})):
            assert spine.run(name, tier=TIER, week_ending=week, **extra).ok
        (row,) = spine.week_status(TIER, week)
    assert row["rejected"] == 2 and str(row["rejected_shares"]) == str(2 * big)
    runner = CliRunner()
    for fmt in ([], ["--json"], ["--csv"]):
        result = runner.invoke(cli, ["status", "--db", str(db), *fmt])
        assert result.exit_code == 0 and result.exception is None, result.output
    assert str(2 * big) in runner.invoke(cli, ["status", "--db", str(db), "--csv"]).output


# -- the lean layout (migration 090) ----------------------------------------------------------------


def test_spec_tables_stay_queryable_with_plain_sqlite(seeded: Spine) -> None:
    """Every SPEC §5 table and column reads with plain sqlite3 (no spine SQL function), and the
    views over the lean storage show the seed's records: one venue volume per accepted raw record."""
    with sqlite3.connect(seeded.path) as plain:
        for table, columns in SPEC_COLUMNS.items():
            plain.execute(f"SELECT {', '.join(columns)} FROM {table}").fetchall()
        raw = plain.execute("SELECT COUNT(*) FROM otc_raw").fetchone()[0]
        volumes = plain.execute("SELECT COUNT(*) FROM otc_venue_volume").fetchone()[0]
        mapped = plain.execute("SELECT status, COUNT(*) FROM otc_normalization_map GROUP BY 1").fetchall()
        joined = plain.execute(
            "SELECT COUNT(*) FROM otc_venue_volume v JOIN otc_raw r ON r.week_ending = v.week_ending"
            " AND r.tier = v.tier AND r.record_hash = v.raw_record_hash"
            " AND (r.symbol, r.mpid, r.total_shares, r.total_trades)"
            " = (v.symbol, v.mpid, v.total_shares, v.total_trades)"
        ).fetchone()[0]
    records = [line.split("|") for week in SEED_WEEKS for line in lines(week)]
    valid = [r for r in records if oracle.symbol(r[2]) and oracle.mpid(r[3]) and int(r[4]) >= 0 <= int(r[5])]
    assert 0 < len(valid) < len(records) == raw  # the seed holds rejected lines too
    assert volumes == joined == len(valid)
    assert mapped == [("ACCEPTED", len(valid)), ("REJECTED", len(records) - len(valid))]


def lines(week: str) -> list[str]:
    """The data lines of a seed file (each starts with its week; the header, when present, does not)."""
    return [line for line in (FIXTURES / f"week_{week}.psv").read_text().splitlines() if line[:1].isdigit()]


def test_venue_volumes_past_64_bit_arithmetic_are_exact(tmp_path: Path) -> None:
    """The venue volume view computes avg_trade_size with integers; beyond their reach normalize
    stores the exact figure, so every value a file may hold shows exactly."""
    week = LAST.isoformat()
    cases = [(2**63 - 1, 3), (20_000_000_000_000_000, 7), (19_999_999_999_999_999, 7), (5, 0), (1, 8)]
    rows = [
        f"{week}|{TIER}|S{chr(65 + i)}|MP00|{shares}|{trades}" for i, (shares, trades) in enumerate(cases)
    ]
    path = write_file(tmp_path / "week.psv", "\n".join([HEADER, *rows]) + "\n")
    with Spine(tmp_path / "spine.db") as spine:
        for name, extra in (("otc.ingest_week", {"file_path": str(path)}), ("otc.normalize_week", {})):
            assert spine.run(name, tier=TIER, week_ending=week, **extra).ok
        shown = spine.conn.execute(
            "SELECT total_shares, total_trades, avg_trade_size FROM otc_venue_volume ORDER BY symbol"
        ).fetchall()
    assert [tuple(r) for r in shown] == [(s, t, oracle.avg_trade_size(s, t)) for s, t in cases]


def test_a_week_of_a_view_reads_only_that_week(short_and_long: tuple[Spine, Spine]) -> None:
    """Reading one week of otc_venue_volume or otc_raw costs the same on a short and a long history."""
    short, long = short_and_long
    week = LAST.isoformat()
    for view in ("otc_venue_volume", "otc_raw", "otc_normalization_map"):
        sql = f"SELECT * FROM {view} WHERE week_ending = ? AND tier = ?"
        costs = [steps(s.conn, partial(_read, s.conn, sql, week)) for s in (short, long)]
        assert costs[0] == costs[1] > 0, view


def _read(conn: sqlite3.Connection, sql: str, week: str) -> None:
    conn.execute(sql, (week, TIER)).fetchall()


def test_the_symbol_view_reads_the_symbols_rows_only(
    short_and_long: tuple[Spine, Spine], tmp_path: Path
) -> None:
    """`spine symbol` seeks the symbol in each week it shows (migration 092's index): its cost is the
    same for a week of 24 symbols as for a week of 264, and the same for each week it adds."""
    short, long = short_and_long
    wide = history(tmp_path / "wide", 2, more=240)
    try:
        wide_rows, short_rows = (list(s.symbol("SB", TIER, weeks=2)) for s in (wide, short))
        assert wide_rows == short_rows and len(short_rows) == 2 * 3  # two weeks of its three venues
        costs = {
            name: [steps(spine.conn, partial(spine.symbol, "SB", TIER, weeks=n)) for n in (1, 2)]
            for name, spine in (("short", short), ("wide", wide), ("long", long))
        }
        ten_weeks = steps(long.conn, partial(long.symbol, "SB", TIER, weeks=10))
    finally:
        wide.close()
    assert costs["wide"] == costs["short"] == costs["long"]
    one_week, two_weeks = costs["short"]
    assert ten_weeks - two_weeks == 8 * (two_weeks - one_week) > 0
    seek = "ix_otc_raw_record_venue (week_key=? AND symbol=?)"
    assert f"COVERING INDEX {seek}" in _plan(short.conn, "SELECT mpid FROM otc_venue_volume")
    # Users' SQL on the other SPEC views seeks a week's symbol the same way.
    for view in ("otc_raw", "otc_normalization_map"):
        assert seek in _plan(short.conn, f"SELECT * FROM {view}")


def _plan(conn: sqlite3.Connection, select: str) -> str:
    """SQLite's plan for ``select`` filtered to symbol SB of the last week."""
    where = " WHERE week_ending = :week AND tier = :tier AND symbol = 'SB'"
    params = {"week": LAST.isoformat(), "tier": TIER}
    return " ".join(str(row[3]) for row in conn.execute(f"EXPLAIN QUERY PLAN {select}{where}", params))
