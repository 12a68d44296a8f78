"""The history views over a multi-week, two-tier fixture: rows, order, week and tier, names, types.

Expected values come from tests/oracle.py (the views section) over the fixture's own records.
"""

from __future__ import annotations

import csv
import io
import json
import sqlite3
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from click.testing import CliRunner

from spine.api import Spine
from spine.cli import cli
from spine.core.errors import SpineError, UsageError
from spine.domains.otc.views import WeekSpan
from spine.domains.otc.views.weeks import OPEN_END, OPEN_START
from tests import oracle
from tests.views.history import ISSUE_NAMES, OTC, T1, VENUE_NAMES, WEEKS, build, history


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build(tmp_path_factory.mktemp("history"))


@pytest.fixture
def spine(db: Path) -> Iterator[Spine]:
    with Spine(db, must_exist=True) as instance:
        yield instance


def invoke(db: Path, *args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, [*args, "--db", str(db)])
    return result.exit_code, result.stdout, result.stderr


def test_shares_long_format_over_a_range(spine: Spine) -> None:
    rows = spine.shares(T1, weeks=3)
    expected = oracle.shares_rows(history(T1), WEEKS[T1])
    got = [
        (
            r["week_ending"],
            r["mpid"],
            r["total_volume"],
            r["total_trades"],
            str(r["market_share_pct"]),
            r["rank"],
            None if r["share_change_pp"] is None else str(r["share_change_pp"]),
        )
        for r in rows
    ]
    assert got == [(w, m, v, t, s, k, c) for w, m, v, t, s, _ts, k, c in expected]
    assert {r["tier"] for r in rows} == {T1}
    assert {r["mpid"]: r["venue_name"] for r in rows} == VENUE_NAMES  # CCCC's newest name
    assert spine.shares(T1, from_week=WEEKS[T1][1], to_week=WEEKS[T1][2]) == rows[3:]
    assert spine.shares(T1) == spine.shares(T1, week=WEEKS[T1][-1]) == spine.shares(T1, week="latest")
    assert [r["week_ending"] for r in spine.shares(T1)] == [WEEKS[T1][-1]] * 4


def test_shares_narrowed_to_venues_in_csv(db: Path) -> None:
    code, out, _err = invoke(db, "shares", "--tier", "T1", "--weeks", "3", "--mpid", "dddd,AAAA", "--csv")
    assert code == 0
    rows = list(csv.DictReader(io.StringIO(out)))
    ranks = {(w, m): k for w, m, _v, _t, _s, _ts, k, _c in oracle.shares_rows(history(T1), WEEKS[T1])}
    assert [(r["week_ending"], r["tier"], r["mpid"], int(r["rank"])) for r in rows] == [
        (week, T1, mpid, ranks[week, mpid])  # ranks among every venue of the week
        for week, mpid in [
            (WEEKS[T1][0], "AAAA"),
            (WEEKS[T1][1], "AAAA"),
            (WEEKS[T1][1], "DDDD"),
            (WEEKS[T1][2], "AAAA"),
            (WEEKS[T1][2], "DDDD"),
        ]
    ]
    dddd = [r for r in oracle.shares_rows(history(T1), WEEKS[T1]) if r[1] == "DDDD"]
    assert [r["share_change_pp"] for r in rows if r["mpid"] == "DDDD"] == [dddd[0][7], dddd[1][7]]


def test_symbol_view_week_by_week(spine: Spine) -> None:
    rows = spine.symbol("brvo")
    expected = oracle.symbol_rows(history(T1), "BRVO")
    got = [
        (
            r["week_ending"],
            r["mpid"],
            r["total_shares"],
            r["total_trades"],
            str(r["share_of_symbol_pct"]),
            r["rank"],
            r["symbol_volume"],
        )
        for r in rows
    ]
    assert got == expected
    assert {(r["tier"], r["symbol"], r["issue_name"]) for r in rows} == {(T1, "BRVO", ISSUE_NAMES["BRVO"])}
    assert {r["venue_name"] for r in rows} == {VENUE_NAMES[m] for m in ("AAAA", "CCCC", "DDDD")}
    rolling = {r["week_ending"]: r for r in spine.rolling(T1, symbol="BRVO", weeks=3)}
    assert [(r["avg_6w_volume"], r["trend_direction"], r["trend_pct"]) for r in rows] == [
        (
            rolling[r["week_ending"]]["avg_6w_volume"],
            rolling[r["week_ending"]]["trend_direction"],
            rolling[r["week_ending"]]["trend_pct"],
        )
        for r in rows
    ]
    assert spine.symbol("OTCX", OTC)[0]["tier"] == OTC and spine.symbol("OTCX", T1) == []


def test_snapshot_rolling_checks_rejects_status_captures_take_a_range(spine: Spine) -> None:
    last_two = {"from_week": WEEKS[T1][1], "to_week": WEEKS[T1][2]}
    views = {
        "snapshot": spine.snapshot(T1, **last_two),
        "rolling": spine.rolling(T1, **last_two),
        "checks": spine.checks(T1, **last_two),
        "status": spine.status(T1, **last_two),
        "captures": spine.captures(T1, **last_two),
    }
    for name, rows in views.items():
        assert rows.columns[:2] == ("week_ending", "tier"), name
        assert [r["week_ending"] for r in rows] == sorted(r["week_ending"] for r in rows), name
        assert {r["week_ending"] for r in rows} == set(WEEKS[T1][1:]), name
        assert {r["tier"] for r in rows} == {T1}, name
    snap = [(r["week_ending"], r["symbol"], r["total_volume"]) for r in views["snapshot"]]
    expected = []
    for week in WEEKS[T1][1:]:
        totals = oracle.symbol_summary(history(T1)[week])
        expected += sorted(((week, s, t[0]) for s, t in totals.items()), key=lambda x: (x[0], -x[2], x[1]))
    assert snap == expected
    assert {r["symbol"]: r["issue_name"] for r in views["snapshot"]} == {
        s: ISSUE_NAMES[s] for s in ("ALFA", "BRVO", "CHRL")
    }
    assert {r["top_venue_mpid"]: r["top_venue_name"] for r in views["snapshot"]} == {
        m: VENUE_NAMES[m] for m in ("AAAA", "BBBB", "CCCC")
    }
    assert spine.rejects(T1, weeks=2) == []
    assert [(r["week_ending"], r["tier"]) for r in spine.status()] == [
        *((w, T1) for w in WEEKS[T1]),
        *((w, OTC) for w in WEEKS[OTC]),
    ]


def test_library_figures_are_int_and_decimal(spine: Spine, tmp_path: Path) -> None:
    share = spine.shares(T1)[0]
    assert type(share["total_volume"]) is int and type(share["market_share_pct"]) is Decimal
    snap = spine.snapshot(OTC)[0]
    assert type(snap["top_venue_share_pct"]) is Decimal and type(snap["avg_trade_size"]) is Decimal
    assert type(spine.rolling(OTC)[0]["trend_pct"]) is Decimal
    assert spine.latest_week("T1") == WEEKS[T1][-1]
    with pytest.raises(UsageError, match="after"):
        spine.shares(T1, from_week=WEEKS[T1][2], to_week=WEEKS[T1][0])
    with pytest.raises(SpineError, match="no database"):
        Spine(tmp_path / "missing.db", must_exist=True)
    assert not (tmp_path / "missing.db").exists()
    package = Path(__import__("spine").__file__).parent
    assert (package / "py.typed").is_file()


def test_nothing_to_show(db: Path) -> None:
    args = ["shares", "--tier", "OTC", "--week", "2025-11-21"]
    for fmt, stdout in (("--json", "[]\n"), ("--csv", None), (None, "")):
        code, out, err = invoke(db, *args, *([fmt] if fmt else []))
        assert code == 0
        assert err.count("\n") == 1 and err.startswith("no venue shares for OTC"), err
        if stdout is not None:
            assert out == stdout
        else:
            assert out.splitlines() == [out.splitlines()[0]] and out.startswith("week_ending,tier,mpid,")


def test_json_with_csv_is_a_usage_error(db: Path) -> None:
    code, out, err = invoke(db, "snapshot", "--json", "--csv")
    assert code == 2 and out == "" and "--json and --csv" in err


def test_json_rows_carry_week_and_tier_with_exact_figures(db: Path) -> None:
    code, out, _err = invoke(db, "rolling", "--tier", "OTC", "--weeks", "3", "--json")
    assert code == 0
    rows = json.loads(out, parse_float=Decimal)
    assert [(r["week_ending"], r["tier"], r["symbol"]) for r in rows] == [
        (w, OTC, "OTCX") for w in WEEKS[OTC]
    ]
    assert all(type(r["trend_pct"]) is Decimal for r in rows)


def test_trends_below_the_minimum_base_show_low_base(spine: Spine) -> None:
    rows = {r["symbol"]: r for r in spine.rolling(T1)}
    for symbol in ("ALFA", "BRVO", "CHRL"):
        volumes = [sum(v for s, _m, v, _t in history(T1)[w] if s == symbol) for w in WEEKS[T1]]
        base = (volumes[0] + volumes[1]) // 2  # three weeks: the mean of the first two
        direction, pct = oracle.trend(volumes)
        sign = "" if pct.startswith("-") else "+"
        expected = f"{direction} {sign}{pct}%" if base >= 10_000 else "low base"
        assert (rows[symbol]["trend_base_volume"], rows[symbol]["trend"]) == (base, expected), symbol
    assert rows["CHRL"]["trend"] == "low base"  # 7,400 shares a week
    assert {r["symbol"]: r["rolling_trend"] for r in spine.snapshot(T1)}["CHRL"] == "low base"
    assert {r["trend"] for r in spine.symbol("CHRL")} == {"low base"}


def test_status_ranks_quality_by_the_severity_table(db: Path, tmp_path: Path) -> None:
    # One definition of severity: the status view follows the otc_check_severity table, so a
    # week whose checks are PASS and one WARN shows PASS once PASS is ranked above WARN there.
    copy = tmp_path / "ranked.db"
    copy.write_bytes(db.read_bytes())
    week = {"w": WEEKS[T1][-1], "t": T1}
    with sqlite3.connect(copy) as conn:
        conn.execute(
            "UPDATE otc_quality_checks SET status = 'PASS' WHERE week_ending = :w AND tier = :t", week
        )
        conn.execute(
            "UPDATE otc_quality_checks SET status = 'WARN' WHERE rowid = (SELECT MIN(rowid) "
            "FROM otc_quality_checks WHERE week_ending = :w AND tier = :t)",
            week,
        )
    with Spine(copy, must_exist=True) as spine:
        assert [r["quality"] for r in spine.status(T1, week=WEEKS[T1][-1])] == ["WARN"]
    with sqlite3.connect(copy) as conn:
        conn.execute("UPDATE otc_check_severity SET severity = 9 WHERE status = 'PASS'")
    with Spine(copy, must_exist=True) as spine:
        assert [r["quality"] for r in spine.status(T1, week=WEEKS[T1][-1])] == ["PASS"]


def test_every_public_spine_method_has_a_docstring() -> None:
    undocumented = [
        name
        for name, member in vars(Spine).items()
        if not name.startswith("_")
        and callable(getattr(Spine, name))
        and not (getattr(Spine, name).__doc__ or "").strip()
    ]
    assert undocumented == []


def test_a_blank_symbol_is_a_usage_error(db: Path, spine: Spine) -> None:
    code, out, err = invoke(db, "symbol", " ")
    assert (code, out) == (2, "")
    assert "symbol" in err and "blank" in err and "Traceback" not in err
    with pytest.raises(UsageError):
        spine.symbol("")


def test_latest_week_with_a_range_is_refused_by_the_library_as_by_the_cli(db: Path, spine: Spine) -> None:
    # One week and a range contradict each other: the CLI refused --week latest --from X while the
    # library silently dropped from_week.
    first = WEEKS[T1][0]
    code, _out, err = invoke(db, "shares", "--tier", "T1", "--week", "latest", "--from", first)
    assert code == 2 and "--week" in err
    for extra in ({"from_week": first}, {"to_week": first}, {"weeks": 2}):
        with pytest.raises(UsageError, match="week is one week"):
            spine.shares(T1, week="latest", **extra)


def test_the_library_and_the_cli_refuse_the_same_week_options_each_in_its_own_names(
    db: Path, spine: Spine
) -> None:
    # One set of rules for both, worded with the CLI's flags or the library's keywords.
    first, last = WEEKS[T1][0], WEEKS[T1][1]
    cases = [
        (
            ["--week", last, "--to", last],
            {"week": last, "to_week": last},
            "--week is one week: use it without --from, --to or --weeks",
            "week is one week: give it without from_week, to_week or weeks",
        ),
        (
            ["--from", first, "--weeks", "2"],
            {"from_week": first, "weeks": 2},
            "--weeks counts back from --to (or the latest week): use it without --from",
            "weeks counts back from to_week (or the latest week): give it without from_week",
        ),
        (
            ["--from", last, "--to", first],
            {"from_week": last, "to_week": first},
            f"--from {last} is after --to {first}",
            f"from_week {last} is after to_week {first}",
        ),
    ]
    for flags, keywords, cli_message, library_message in cases:
        code, out, err = invoke(db, "shares", "--tier", "T1", *flags)
        assert (code, out) == (2, "") and f"Error: {cli_message}\n" in err
        with pytest.raises(UsageError) as refused:
            spine.shares(T1, **keywords)
        assert str(refused.value) == library_message


def test_an_open_range_is_bounded_by_the_public_open_ends(db: Path, spine: Spine) -> None:
    # One pair of open-end markers: before and after every real week, named where ranges are made;
    # the CLI recognises an open end by them and names it in words, never as a marker.
    assert min(WEEKS[T1]) > OPEN_START and max(WEEKS[T1]) < OPEN_END
    assert WeekSpan(first=WEEKS[T1][1]).bounds(spine.conn, T1) == (WEEKS[T1][1], OPEN_END)
    assert WeekSpan(last=WEEKS[T1][1]).bounds(spine.conn, T1) == (OPEN_START, WEEKS[T1][1])
    code, _out, err = invoke(db, "symbol", "ZZZZ", "--tier", "T1", "--from", WEEKS[T1][1])
    assert code == 0 and OPEN_END not in err and f"{WEEKS[T1][1]} to the latest week" in err
