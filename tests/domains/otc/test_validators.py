"""Value rules of SPEC §6 and the formulas of §5/§7, one by one."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from spine.api import Spine
from spine.domains.otc.calculations import share_pct, trend, trend_from
from spine.domains.otc.record_key import record_hash
from spine.domains.otc.validators import parse_int64, parse_tier


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
