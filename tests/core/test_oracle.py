"""The oracle itself against hand-worked values, so a wrong oracle cannot bless a wrong product."""

from __future__ import annotations

from fractions import Fraction

from tests import oracle


def test_half_up_rounds_ties_away_from_zero() -> None:
    assert oracle.half_up(Fraction(5, 1000), 2) == "0.01"
    assert oracle.half_up(Fraction(-5, 1000), 2) == "-0.01"
    assert oracle.half_up(Fraction(4999, 1000000), 2) == "0.00"
    assert oracle.half_up(Fraction(-1, 1000), 2) == "0.00"  # no negative zero
    assert oracle.half_up(7, 0) == "7"


def test_shares_and_sizes_from_the_spec() -> None:
    # SPEC §10, week 2025-12-26: NITE's four rows of the tier-week's 11,390,000 shares.
    assert oracle.pct(1_650_000 + 1_150_000 + 1_700_000 + 780_000, 11_390_000) == "46.3565"
    assert oracle.avg_trade_size(3_860_000, 20_400) == "189.22"
    assert oracle.avg_trade_size(5, 0) == "0.00"
    assert oracle.pct(1, 3) == "33.3333" and oracle.pct(2, 3) == "66.6667"


def test_trend_rule_of_spec_7() -> None:
    assert oracle.trend([100]) == ("FLAT", "0.00")
    assert oracle.trend([100, 106]) == ("UP", "6.00")
    assert oracle.trend([100, 105]) == ("FLAT", "5.00")  # the rounded value must exceed 5
    assert oracle.trend([100, 100, 0, 0, 94, 94]) == ("DOWN", "-6.00")
    assert oracle.trend([0, 0, 7]) == ("UP", "100.00")
    assert oracle.trend([0, 0, 0]) == ("FLAT", "0.00")


def test_symbol_and_mpid_rules_check_ascii_before_case_folding() -> None:
    assert oracle.symbol(" brk.b ") == "BRK.B"
    assert oracle.symbol("m\u017fft") is None and oracle.symbol("\ufb01x") is None
    assert oracle.symbol("\u0131bm") is None and oracle.symbol("1ABC") is None
    assert oracle.symbol("ABCDEFGHIJK") is None
    assert oracle.mpid("nite") == "NITE" and oracle.mpid("NIT") is None and oracle.mpid("N-TE") is None


def test_record_hash() -> None:
    # Worked once with `printf '2025-12-26|NMS_TIER_1|AAPL|NITE|1650000|9200' | sha256sum`.
    expected = "729f74ad5d97140c16a57387e57876a2"
    assert oracle.record_hash("2025-12-26", "NMS_TIER_1", "AAPL", "NITE", 1650000, 9200) == expected
