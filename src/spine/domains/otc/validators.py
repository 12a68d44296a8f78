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
    """``nms-tier-1``, ``NMS Tier 1``, ``T1`` -> NMS_TIER_1; None when it names no tier."""
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
    """Symbols and MPIDs compare trimmed and upper-cased."""
    return value.strip().upper()


def parse_int64(text: str) -> int:
    """An integer within SQLite's signed 64-bit range; ValueError otherwise.

    Exports sometimes write whole numbers as ``1.2E7`` or ``1200.0``: those are accepted when the
    value is exactly integral, never rounded.
    """
    stripped = text.strip()
    unsigned = stripped[1:] if stripped[:1] in "+-" else stripped
    value = int(stripped) if unsigned.isascii() and unsigned.isdigit() else _integral_decimal(text)
    if not INT64_MIN <= value <= INT64_MAX:
        raise ValueError(f"outside the signed 64-bit range: {stripped}")
    return value


def _integral_decimal(text: str) -> int:
    if not text.isascii() or "_" in text:  # Decimal() would read "1_000" and Arabic-Indic digits
        raise ValueError(f"not an integer: {text!r}")
    try:
        number = Decimal(text.strip())
    except InvalidOperation:
        raise ValueError(f"not an integer: {text!r}") from None
    if not number.is_finite() or number != number.to_integral_value():
        raise ValueError(f"not an integer: {text!r}")
    if number.adjusted() > 19:  # far outside 64 bits; do not build a huge int
        raise ValueError(f"outside the signed 64-bit range: {text.strip()}")
    return int(number)


def parse_decimal_text(text: str) -> str | None:
    """A decimal such as ``1.23E+8`` as plain exact text (``123000000``); None when empty."""
    stripped = text.strip()
    if not stripped:
        return None
    try:
        number = Decimal(stripped)
    except InvalidOperation:
        raise ValueError(f"not a number: {text!r}") from None
    if not number.is_finite():
        raise ValueError(f"not a finite number: {text!r}")
    return format(number, "f")


def parse_iso_date(text: str) -> date:
    return date.fromisoformat(text.strip())
