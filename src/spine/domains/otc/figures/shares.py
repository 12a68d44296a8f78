"""Shares and sizes: a venue's share of the tier-week's volume and trades, the ATS share of a symbol's
off-exchange volume, and average trade sizes. Exact decimals, ROUND_HALF_UP, fixed places."""

from __future__ import annotations

from spine.core.exact import ratio_sql, ratio_text

SHARE_PLACES = 4
TRADE_SIZE_PLACES = 2


def share_pct(part: int, whole: int) -> str:
    """``part`` as a percentage of ``whole``, 4 places (market share, trade share, ATS share)."""
    return ratio_text(part, whole, SHARE_PLACES, multiplier=100)


def share_pct_sql(part: str, whole: str) -> str:
    """SQL twin of `share_pct` over two non-negative INTEGER expressions (column names)."""
    return ratio_sql(part, whole, SHARE_PLACES, multiplier=100)


def avg_trade_size(shares: int, trades: int) -> str:
    """Shares per trade, 2 places (0.00 when there is no trade)."""
    return ratio_text(shares, trades, TRADE_SIZE_PLACES)


def avg_trade_size_sql(shares: str, trades: str) -> str:
    """SQL twin of `avg_trade_size`."""
    return ratio_sql(shares, trades, TRADE_SIZE_PLACES)


def ats_share_of_otc_pct(ats_volume: int, non_ats_volume: int | None) -> str | None:
    """ATS volume / (ATS + non-ATS volume) x 100, 4 places; None when the week has no non-ATS data."""
    if non_ats_volume is None:
        return None
    return share_pct(ats_volume, ats_volume + non_ats_volume)
