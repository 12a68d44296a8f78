"""`spine export` and the CSV formula rule, over the two-tier history."""

from __future__ import annotations

import csv
from decimal import Decimal
from pathlib import Path

import pytest
from click.testing import CliRunner

from spine.api import Spine
from spine.cli import cli
from spine.render.writers import csv_cell
from tests import oracle
from tests.views.history import ISSUE_NAMES, T1, WEEKS, build, history

FILES = ["status", "shares", "snapshot", "rolling", "symbols", "checks", "rejects", "captures"]


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build(tmp_path_factory.mktemp("export"))


def read(path: Path) -> list[dict[str, str]]:
    with path.open(newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def test_export_writes_every_view_with_week_and_tier(db: Path, tmp_path: Path) -> None:
    out = tmp_path / "exports"
    result = CliRunner().invoke(cli, ["export", str(out), "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in out.iterdir()) == sorted(f"{name}.csv" for name in FILES)
    with Spine(db, must_exist=True) as spine:
        every = {"from_week": "2025-01-03"}
        expected = {
            "status": len(spine.status()),
            "shares": len(spine.shares(**every)),
            "snapshot": len(spine.snapshot(**every)),
            "rolling": len(spine.rolling(**every)),
            "checks": len(spine.checks()),
            "rejects": 0,
            "captures": len(spine.captures()),
        }
    for name in FILES:
        lines = (out / f"{name}.csv").read_text(encoding="utf-8").splitlines()
        assert lines[0].startswith("week_ending,tier,"), name
        assert f"{out / name}.csv: " in result.output
        if name in expected:
            assert len(lines) - 1 == expected[name], name
    shares = [r for r in read(out / "shares.csv") if r["tier"] == T1]
    want = oracle.shares_rows(history(T1), WEEKS[T1])
    assert [(r["week_ending"], r["mpid"], r["market_share_pct"], r["share_change_pp"]) for r in shares] == [
        (w, m, s, c or "") for w, m, _v, _t, s, _ts, _k, c in want
    ]
    assert any(r["share_change_pp"].startswith("-") for r in shares)  # negative numbers stay numbers
    symbols = read(out / "symbols.csv")
    assert {r["symbol"] for r in symbols if r["tier"] == T1} == {"ALFA", "BRVO", "CHRL"}
    brvo = [r for r in symbols if r["symbol"] == "BRVO"]
    assert [(r["week_ending"], r["mpid"], r["share_of_symbol_pct"]) for r in brvo] == [
        (w, m, s) for w, m, _sh, _t, s, _k, _v in oracle.symbol_rows(history(T1), "BRVO")
    ]
    snapshot = {r["symbol"]: r["issue_name"] for r in read(out / "snapshot.csv")}
    assert snapshot["BRVO"] == oracle.csv_text(ISSUE_NAMES["BRVO"]) == "'=1+2 Bravo Holdings"


@pytest.mark.parametrize(
    "value",
    ["=1+2", "+SUM(A1)", "-A1", "@cmd", "\tx", "-12", "-0.5", "-1.", "--3", "plain", "a=b", "12", "'=x"],
)
def test_the_formula_rule_on_text(value: str) -> None:
    assert csv_cell(value) == oracle.csv_text(value)


def test_numbers_are_written_as_numbers() -> None:
    assert (csv_cell(-1200), csv_cell(Decimal("-0.5000")), csv_cell(None)) == (
        -1200,
        Decimal("-0.5000"),
        None,
    )
