"""The shapes that pass between the parser and the pipelines."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import NamedTuple

from spine.domains.otc.enums import RejectCode


class Grain:
    """What a source line is, for files that mix grains (Query API exports)."""

    VENUE = "VENUE"  # one symbol at one venue: the data the product is about
    SYMBOL_TOTAL = "SYMBOL_TOTAL"  # FINRA's published per-symbol total (*_W_SMBL)
    IGNORED = "IGNORED"  # other grains (*_W_FIRM, *_VOL_STATS...): counted, never loaded


class Extras(NamedTuple):
    """Source fields the real FINRA layouts carry beyond the six core ones, kept on raw rows."""

    issue_name: str | None = None
    venue_name: str | None = None
    firm_crd: str | None = None
    summary_type: str | None = None
    product_type: str | None = None
    total_notional_sum: str | None = None
    initial_published_date: str | None = None
    last_update_date: str | None = None
    last_reported_date: str | None = None


NO_EXTRAS = Extras()


class SourceRecord(NamedTuple):
    """One line that parsed. ``week_ending`` is None when the layout has no week column."""

    line_number: int
    raw_line: str
    week_ending: date | None
    tier: str
    symbol: str
    mpid: str
    shares: int
    trades: int
    grain: str
    extras: Extras


class SourceReject(NamedTuple):
    """One line that could not become a record, with the reason."""

    line_number: int
    raw_line: str
    code: RejectCode
    detail: str


@dataclass(frozen=True)
class FileInfo:
    """What the parser learnt from the head of a file."""

    layout: str
    delimiter: str | None
    has_header: bool
    columns: tuple[str, ...]
