"""The layouts of weekly OTC files: which columns a header names, and which layout that makes.

Columns are mapped by name (case and separators folded), so the seed format, FINRA's website download
and FINRA's Query API export (delimited or JSON) all go through one parser. A seed-format file without
a header is recognised by its first line. A header that names one column twice is refused: which of
the two would be the data is a guess.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass

from spine.domains.otc.models import FileInfo
from spine.domains.otc.source import FileRefused
from spine.domains.otc.validators import parse_iso_date

LAYOUTS: dict[str, str] = {
    "seed": "seed layout WeekEnding|Tier|Symbol|MPID|TotalShares|TotalTrades (header optional)",
    "finra_website": (
        "FINRA OTC Transparency download tierDescription|issueSymbolIdentifier|issueName|"
        "marketParticipantName|MPID|totalWeeklyShareQuantity|totalWeeklyTradeCount|lastUpdateDate"
    ),
    "finra_api": (
        "FINRA Query API otcMarket/weeklySummary export (delimited or JSON) with weekStartDate, "
        "tierIdentifier, summaryTypeCode, issueSymbolIdentifier, MPID, totalWeeklyShareQuantity, "
        "totalWeeklyTradeCount"
    ),
}

# Canonical field -> accepted header names (folded: lower case, no separators), preferred first.
COLUMN_NAMES: dict[str, tuple[str, ...]] = {
    "week_ending": ("weekending", "weekendingdate"),
    "week_start": ("weekstartdate", "summarystartdate"),
    "tier": ("tieridentifier", "tier", "tierdescription"),
    "symbol": ("symbol", "issuesymbolidentifier"),
    "mpid": ("mpid",),
    "shares": ("totalshares", "totalweeklysharequantity"),
    "trades": ("totaltrades", "totalweeklytradecount"),
    "issue_name": ("issuename",),
    "venue_name": ("marketparticipantname",),
    "firm_crd": ("firmcrdnumber",),
    "summary_type": ("summarytypecode",),
    "product_type": ("producttypecode",),
    "total_notional_sum": ("totalnotionalsum",),
    "initial_published_date": ("initialpublisheddate",),
    "last_update_date": ("lastupdatedate",),
    "last_reported_date": ("lastreporteddate",),
}
_KNOWN = {alias for aliases in COLUMN_NAMES.values() for alias in aliases}
_CORE = ("tier", "symbol", "mpid", "shares", "trades")
SEED_ORDER = ("week_ending", "tier", "symbol", "mpid", "shares", "trades")
DELIMITERS = ("|", "\t", ",")


@dataclass(frozen=True)
class Layout:
    """What a file's head says: its layout and shape, and each known field's column position."""

    info: FileInfo
    mapped: dict[str, int]


def fold(name: str) -> str:
    """``Total Shares``, ``total_shares``, ``TotalShares`` -> ``totalshares``. A name with a
    character outside ASCII is kept as it is (so it matches no column): a long s or a dotless i
    must not case-fold into an ASCII name."""
    if not name.isascii():
        return name
    return re.sub(r"[^a-z0-9]", "", name.lower())


def twice_named(names: list[str], where: str = "the header") -> str | None:
    """A message when two of the names are one known column (``TotalShares`` and ``Total Shares``)."""
    first: dict[str, str] = {}
    for name in names:
        folded = fold(name)
        if folded in _KNOWN and folded in first:
            return f"{where} names one column twice ({first[folded]!r} and {name!r})"
        first.setdefault(folded, name)
    return None


def map_columns(names: list[str]) -> dict[str, int]:
    """Canonical field -> position, for the header names this parser knows."""
    positions: dict[str, int] = {}
    for index, name in enumerate(names):
        positions.setdefault(fold(name), index)
    mapped: dict[str, int] = {}
    for field, aliases in COLUMN_NAMES.items():
        for alias in aliases:
            if alias in positions:
                mapped[field] = positions[alias]
                break
    return mapped


def layout_of(mapped: dict[str, int]) -> str | None:
    if any(field not in mapped for field in _CORE):
        return None
    if "week_ending" in mapped:
        return "seed"
    if "week_start" in mapped:
        return "finra_api"
    return "finra_website"


def known_layouts() -> str:
    return "; ".join(f"{name}: {text}" for name, text in LAYOUTS.items())


def refuse_header(header: str) -> FileRefused:
    shown = header if len(header) <= 120 else header[:117] + "..."
    return FileRefused(f"unrecognised header or delimiter {shown!r}; known layouts: {known_layouts()}")


def split_for(delimiter: str, line: str) -> list[str]:
    """The fields of a line. Comma exports quote names that hold commas; pipe and tab files do not."""
    if delimiter == ",":
        return next(csv.reader([line]))
    return line.split(delimiter)


def detect_delimited(first_line: str) -> Layout:
    """The layout of a delimited file from its first non-blank line: a header, or a seed row."""
    for delimiter in DELIMITERS:
        if delimiter not in first_line:
            continue
        try:
            names = split_for(delimiter, first_line)
        except csv.Error as exc:
            raise FileRefused(f"unreadable header: {exc}") from None
        mapped = map_columns(names)
        layout = layout_of(mapped)
        if layout is not None:
            if problem := twice_named(names):
                raise FileRefused(problem)
            return Layout(FileInfo(layout, delimiter, True, tuple(n.strip() for n in names)), mapped)
    seed = _headerless_seed(first_line)
    if seed is None:
        raise refuse_header(first_line)
    return seed


def _headerless_seed(line: str) -> Layout | None:
    fields = line.split("|")
    if len(fields) != len(SEED_ORDER):
        return None
    try:
        parse_iso_date(fields[0])
    except ValueError:
        return None
    mapped = {name: index for index, name in enumerate(SEED_ORDER)}
    return Layout(FileInfo("seed", "|", False, SEED_ORDER), mapped)


def detect_json(names: list[str]) -> Layout:
    """The layout of a JSON file from its first record's keys; fields are laid out in the canonical
    order (each record's values are picked by key into that order)."""
    mapped = map_columns(names)
    layout = layout_of(mapped)
    if layout is None:
        raise refuse_header(",".join(names))
    if problem := twice_named(names, "the first record"):
        raise FileRefused(problem)
    order = [field for field in COLUMN_NAMES if field in mapped]
    return Layout(FileInfo(layout, None, True, tuple(names)), {field: i for i, field in enumerate(order)})


def json_keys(names: list[str], fields: list[str]) -> list[str | None] | str:
    """For each field (in the layout's order) the record's key holding it, or None; a message when
    the record names a column twice."""
    if problem := twice_named(names, "the record"):
        return problem
    folded = {fold(name): name for name in names}
    return [next((folded[a] for a in COLUMN_NAMES[field] if a in folded), None) for field in fields]
