"""Value rules of SPEC §6 and the formulas of §5/§7, one by one."""

from __future__ import annotations

import hashlib

import pytest

from spine.domains.otc.calculations import record_hash, share_pct, trend, trend_from
from spine.domains.otc.validators import is_valid_mpid, is_valid_symbol, parse_int64, parse_tier


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


def test_symbol_and_mpid_rules() -> None:
    assert all(is_valid_symbol(s) for s in ["A", "BRK.B", "BF-A", "ABCDEFGHIJ", "A1"])
    assert not any(is_valid_symbol(s) for s in ["", "1ABC", "ABCDEFGHIJK", "BAD$YM", "A B", "ÄPPL"])
    assert all(is_valid_mpid(m) for m in ["NITE", "A1B2", "1234"])
    assert not any(is_valid_mpid(m) for m in ["NIT", "NITEX", "NI!E", ""])


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
