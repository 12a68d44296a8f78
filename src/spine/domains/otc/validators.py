"""Validation of the values a row carries (tiers, integers, dates, codes), shared by parser and params."""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal, InvalidOperation

from spine.domains.otc.enums import Tier

# FINRA's tier codes and descriptions, and the product's own names, once separators are folded.
_TIER_ALIASES: dict[str, Tier] = {
    "NMSTIER1": Tier.NMS_TIER_1,
    "T1": Tier.NMS_TIER_1,
    "TIER1": Tier.NMS_TIER_1,
    "NMSTIER2": Tier.NMS_TIER_2,
    "T2": Tier.NMS_TIER_2,
    "TIER2": Tier.NMS_TIER_2,
    "OTC": Tier.OTC,
    "OTCE": Tier.OTC,
}

INT64_MIN = -(2**63)
INT64_MAX = 2**63 - 1


def parse_tier(value: str) -> Tier | None:
    """``nms-tier-1``, ``NMS Tier 1``, ``T1`` -> NMS_TIER_1; None when it names no tier.

    ASCII only: ``NMS T\u0131er 1`` (a dotless i) would otherwise upper-case into a tier name.
    """
    if not value.isascii():
        return None
    folded = re.sub(r"[\s_\-]+", "", value).upper()
    return _TIER_ALIASES.get(folded)


def normalize_tier_param(value: str) -> str:
    """Parameter hook: accept every tier spelling, hand pipelines the canonical name."""
    tier = parse_tier(value)
    if tier is None:
        raise ValueError(
            f"unknown tier {value!r}; accepted values: "
            + ", ".join(t.value for t in Tier)
            + " (or FINRA's T1, T2, OTCE)"
        )
    return tier.value


def clean_code(value: str) -> str:
    """Symbols and MPIDs compare trimmed and upper-cased, and are checked as ASCII before case
    folding: a long s, an fi ligature or a dotless i (``m\u017fft``, ``\ufb01x``, ``\u0131bm``)
    stays as written, and fails the symbol rule, instead of folding into MSFT, FIX and IBM."""
    text = value.strip()
    return text.upper() if text.isascii() else text


_INT64_DIGITS = 19
SHOWN_NUMBER = 40  # characters of a rejected number quoted in its reject's detail


def _quoted(text: str) -> str:
    shown = text if len(text) <= SHOWN_NUMBER else f"{text[:SHOWN_NUMBER]}... ({len(text):,} characters)"
    return repr(shown)


def parse_int64(text: str) -> int:
    """An integer within SQLite's signed 64-bit range; ValueError otherwise.

    Exports sometimes write whole numbers as ``1.2E7`` or ``1200.0``: those are accepted when the
    value is exactly integral, never rounded. Length is checked before conversion, so a field of
    thousands of digits is rejected on its own line without being converted.
    """
    stripped = text.strip()
    unsigned = stripped[1:] if stripped[:1] in "+-" else stripped
    if unsigned.isascii() and unsigned.isdigit():
        if len(unsigned.lstrip("0")) > _INT64_DIGITS:
            raise ValueError(f"outside the signed 64-bit range: {_quoted(stripped)}")
        value = int(stripped)
    else:
        value = _integral_decimal(text)
    if not INT64_MIN <= value <= INT64_MAX:
        raise ValueError(f"outside the signed 64-bit range: {stripped}")
    return value


def _decimal(text: str) -> Decimal | None:
    """The text as a finite Decimal, or None; ASCII only (Decimal() would read "1_000" and
    Arabic-Indic digits)."""
    if not text.isascii() or "_" in text:
        return None
    try:
        number = Decimal(text.strip())
    except InvalidOperation:
        return None
    return number if number.is_finite() else None


def _integral_decimal(text: str) -> int:
    number = _decimal(text)
    if number is None:
        raise ValueError(f"not an integer: {_quoted(text)}")
    if number.adjusted() > _INT64_DIGITS:  # far outside 64 bits; do not build a huge int
        raise ValueError(f"outside the signed 64-bit range: {_quoted(text.strip())}")
    if number != number.to_integral_value():
        raise ValueError(f"not an integer: {_quoted(text)}")
    return int(number)


# A decimal field (totalNotionalSum) is stored as plain text: at most this many characters, so an
# exponent such as 1E+100000000 is a reject rather than 100 million digits.
MAX_DECIMAL_TEXT = 40


def parse_decimal_text(text: str, label: str = "value") -> str | None:
    """A decimal such as ``1.23E+8`` as plain exact text (``123000000``); None when empty.

    Bounded: a value whose plain text would exceed ``MAX_DECIMAL_TEXT`` characters is refused
    before it is written out.
    """
    stripped = text.strip()
    if not stripped:
        return None
    number = _decimal(stripped)
    if number is None:
        raise ValueError(f"{label} is not a finite number: {_quoted(stripped)}")
    digits, exponent = len(number.as_tuple().digits), int(number.as_tuple().exponent)
    length = digits + exponent if exponent >= 0 else max(digits, -exponent) + 1
    if length > MAX_DECIMAL_TEXT:
        raise ValueError(
            f"{label} {_quoted(stripped)} is too large or too precise to store exactly "
            f"(more than {MAX_DECIMAL_TEXT} digits written out)"
        )
    return format(number, "f")


_ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


def parse_iso_date(text: str) -> date:
    """A date written YYYY-MM-DD (surrounding spaces allowed); ValueError otherwise."""
    stripped = text.strip()
    if not _ISO_DATE.fullmatch(stripped):
        raise ValueError(f"not a YYYY-MM-DD date: {stripped!r}")
    return date.fromisoformat(stripped)
