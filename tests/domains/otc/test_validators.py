"""Value rules of SPEC §6 and the formulas of §5/§7, one by one."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from spine.api import Spine
from spine.domains.otc.figures.shares import share_pct
from spine.domains.otc.figures.trend import trend, trend_from
from spine.domains.otc.record_key import record_hash
from spine.domains.otc.validators import (
    clean_code,
    parse_decimal_text,
    parse_int64,
    parse_iso_date,
    parse_tier,
)
from tests import oracle


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("12", 12),
        (" 7 ", 7),
        ("-3", -3),
        ("1.2E3", 1200),
        ("1200.0", 1200),
        ("9223372036854775807", 2**63 - 1),
    ],
)
def test_integers_accepted(text: str, expected: int) -> None:
    assert parse_int64(text) == expected


@pytest.mark.parametrize(
    "text", ["", "1_000", "١٢", "1.5", "NaN", "Infinity", "1e999999999", "9223372036854775808", "0x10"]
)
def test_integers_refused(text: str) -> None:
    with pytest.raises(ValueError):
        parse_int64(text)


@pytest.mark.parametrize(
    ("text", "tier"),
    [
        ("NMS_TIER_1", "NMS_TIER_1"),
        ("nms-tier-1", "NMS_TIER_1"),
        ("NMS Tier 1", "NMS_TIER_1"),
        ("T1", "NMS_TIER_1"),
        ("T2", "NMS_TIER_2"),
        ("OTCE", "OTC"),
        ("OTC", "OTC"),
        ("Tier 3", None),
    ],
)
def test_tier_spellings(text: str, tier: str | None) -> None:
    parsed = parse_tier(text)
    assert (parsed.value if parsed else None) == tier


def test_symbol_and_mpid_rules_as_normalize_applies_them(spine: Spine, tmp_path: Path) -> None:
    """A symbol is a letter then letters, digits, '.' or '-' (1 to 10); an MPID is 4 letters or digits."""
    good = [("A", "NITE"), ("BRK.B", "A1B2"), ("BF-A", "1234"), ("ABCDEFGHIJ", "NITE"), ("A1", "nite")]
    bad_symbols = ["1ABC", "ABCDEFGHIJK", "BAD$YM", "A B", "ÄPPL", "A\\N"]
    bad_mpids = ["NIT", "NITEX", "NI!E"]
    lines = ["WeekEnding|Tier|Symbol|MPID|TotalShares|TotalTrades"]
    lines += [f"2025-12-26|NMS_TIER_1|{s}|{m}|10|1" for s, m in good]
    lines += [f"2025-12-26|NMS_TIER_1|{s}|VIRT|10|1" for s in bad_symbols]
    lines += [f"2025-12-26|NMS_TIER_1|ZZZ|{m}|10|1" for m in bad_mpids]
    path = tmp_path / "rules.psv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    params = {"tier": "T1", "week_ending": "2025-12-26"}
    assert spine.run("otc.ingest_week", {**params, "file_path": str(path)}).ok
    assert spine.run("otc.normalize_week", params).metrics["normalized"] == len(good)
    reasons = {
        r["raw_line"].split("|")[2 if r["reason_code"] == "INVALID_SYMBOL" else 3]: r["reason_code"]
        for r in spine.rejects("T1")
    }
    assert reasons == {
        **dict.fromkeys(bad_symbols, "INVALID_SYMBOL"),
        **dict.fromkeys(bad_mpids, "INVALID_MPID"),
    }


def test_record_hash_is_the_spec_formula() -> None:
    expected = hashlib.sha256(b"2025-12-26|NMS_TIER_1|AAPL|NITE|1650000|9200").hexdigest()[:32]
    assert record_hash("2025-12-26", "NMS_TIER_1", "AAPL", "NITE", 1650000, 9200) == expected


def test_shares_and_trends() -> None:
    assert share_pct(5280000, 11390000) == "46.3565"
    assert trend([900000, 940000, 980000, 960000, 1000000, 1020000]) == ("UP", "9.78")
    assert trend([100]) == ("FLAT", "0.00")
    assert trend([100, 104]) == ("FLAT", "4.00")
    assert trend([100, 106]) == ("UP", "6.00")
    assert trend_from(0, 5) == ("UP", "100.00") and trend_from(0, 0) == ("FLAT", "0.00")
    # The direction reads the rounded value: -5.004 rounds to -5.00, which is not below -5.
    assert trend_from(100000, 94996) == ("FLAT", "-5.00")
    assert trend_from(100000, 94994) == ("DOWN", "-5.01")


@pytest.mark.parametrize(
    ("text", "expected"),
    [("0" * 30 + "42", 42), ("+" + "0" * 25 + "7", 7), ("-" + "0" * 40 + "1", -1)],
)
def test_leading_zeros_are_not_digits_of_size(text: str, expected: int) -> None:
    assert parse_int64(text) == expected


@pytest.mark.parametrize("text", ["9" * 5000, "-" + "1" * 4301, "1" * 20, "1E+100000000", "-1E+20"])
def test_long_integers_are_refused_without_conversion(text: str) -> None:
    with pytest.raises(ValueError, match="64-bit range") as caught:
        parse_int64(text)
    assert len(str(caught.value)) < 120


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2.4731E+8", "247310000"),
        ("79516830.5", "79516830.5"),
        ("1.5e-3", "0.0015"),
        ("1" * 40, "1" * 40),
        ("", None),
    ],
)
def test_decimal_text_is_exact_and_plain(text: str, expected: str | None) -> None:
    assert parse_decimal_text(text) == (expected if expected is None else oracle.plain_decimal(text))


@pytest.mark.parametrize("text", ["1E+100000000", "1E-100000000", "1" * 41, "1E+40", "NaN", "1_0", "\u0661"])
def test_decimal_text_is_bounded(text: str) -> None:
    with pytest.raises(ValueError):
        parse_decimal_text(text, "totalNotionalSum")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (" aapl ", "AAPL"),
        ("brk.b", "BRK.B"),
        ("m\u017fft", "m\u017fft"),
        ("\ufb01x", "\ufb01x"),
        ("\u0131bm", "\u0131bm"),
    ],
)
def test_codes_fold_only_when_ascii(text: str, expected: str) -> None:
    assert clean_code(text) == expected


@pytest.mark.parametrize("text", ["NMS T\u0131er 1", "T\u0131ER1", "\uff34\uff11", "nms tier 1\u00a0"])
def test_tiers_are_ascii(text: str) -> None:
    assert parse_tier(text) is None


@pytest.mark.parametrize(
    "text", ["20251226", "2025-W52-5", "2025-12-26T00:00", "\uff12025-12-26", "2025-1-2"]
)
def test_dates_are_yyyy_mm_dd(text: str) -> None:
    with pytest.raises(ValueError):
        parse_iso_date(text)
    assert parse_iso_date(" 2025-12-26 ").isoformat() == "2025-12-26"
