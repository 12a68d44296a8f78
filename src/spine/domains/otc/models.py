"""The shapes that pass between the parser and the pipelines."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import NamedTuple, NotRequired, TypedDict

from spine.domains.otc.enums import RejectCode


class Grain:
    """What a source line is, for files that mix grains (Query API exports)."""

    VENUE = "VENUE"  # one symbol at one venue: the data the product is about
    SYMBOL_TOTAL = "SYMBOL_TOTAL"  # FINRA's published per-symbol total (*_W_SMBL)
    IGNORED = "IGNORED"  # other grains (*_W_FIRM, *_VOL_STATS...): counted, never loaded


# Source fields the real FINRA layouts carry beyond the six core ones, kept on raw rows (column names).
EXTRA_COLUMNS = (
    "issue_name",
    "venue_name",
    "firm_crd",
    "summary_type",
    "product_type",
    "total_notional_sum",
    "initial_published_date",
    "last_update_date",
    "last_reported_date",
)


class RawRecord(TypedDict):
    """One line that parsed, keyed by the raw table's column names, so it binds by name.

    ``row_week`` is None when the layout has no week column; ``row_week``, ``row_tier``, ``grain``
    and ``raw_line`` describe the line and are not stored as such. The extra columns are present
    when the layout has them.
    """

    source_line: int
    raw_line: str
    row_week: date | None
    row_tier: str
    symbol: str
    mpid: str
    total_shares: int
    total_trades: int
    grain: str
    issue_name: NotRequired[str | None]
    venue_name: NotRequired[str | None]
    firm_crd: NotRequired[str | None]
    summary_type: NotRequired[str | None]
    product_type: NotRequired[str | None]
    total_notional_sum: NotRequired[str | None]
    initial_published_date: NotRequired[str | None]
    last_update_date: NotRequired[str | None]
    last_reported_date: NotRequired[str | None]


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
    extra_columns: tuple[str, ...] = ()  # the EXTRA_COLUMNS this layout fills
