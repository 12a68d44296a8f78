"""One header-driven parser for every layout of weekly OTC data.

The header names the layout: columns are mapped by name (case and separators folded), so the seed
format, FINRA's website download and FINRA's Query API export (delimited or JSON) all go through the same
path. A seed-format file without a header is recognised by its first line. Lines stream one at a time;
a bad line becomes a `SourceReject`, while a file that cannot be a week of data raises `FileRefused`
before anything is yielded.
"""

from __future__ import annotations

import csv
import hashlib
import io
import itertools
import json
import re
from collections.abc import Callable, Iterator
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any, BinaryIO

from spine.core.errors import PipelineError
from spine.domains.otc.enums import RejectCode
from spine.domains.otc.models import (
    NO_EXTRAS,
    Extras,
    FileInfo,
    Grain,
    SourceRecord,
    SourceReject,
)
from spine.domains.otc.validators import (
    parse_decimal_text,
    parse_int64,
    parse_iso_date,
    parse_tier,
)

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
_COLUMN_NAMES: dict[str, tuple[str, ...]] = {
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
_CORE = ("tier", "symbol", "mpid", "shares", "trades")
_SEED_ORDER = ("week_ending", "tier", "symbol", "mpid", "shares", "trades")
_DELIMITERS = ("|", "\t", ",")
_SNIFF_BYTES = 8192


class FileRefused(PipelineError):
    """The file as a whole cannot be a week of data; nothing of it is stored."""


def fold(name: str) -> str:
    return re.sub(r"[^a-z0-9]", "", name.lower())


def map_columns(names: list[str]) -> dict[str, int]:
    """Canonical field -> position, for the header names this parser knows."""
    positions = {fold(name): index for index, name in enumerate(names)}
    mapped: dict[str, int] = {}
    for field, aliases in _COLUMN_NAMES.items():
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


def _refuse_header(header: str) -> FileRefused:
    shown = header if len(header) <= 120 else header[:117] + "..."
    return FileRefused(f"unrecognised header or delimiter {shown!r}; known layouts: {known_layouts()}")


class RowConverter:
    """Turns the fields of one line into a record or a reject, by column position.

    This runs once per line of files with hundreds of thousands of lines, so positions are resolved
    once, dates and tiers are cached, and the common case takes no detour.
    """

    def __init__(self, mapped: dict[str, int], width: int) -> None:
        self.width = width
        self._tier, self._symbol, self._mpid = mapped["tier"], mapped["symbol"], mapped["mpid"]
        self._shares, self._trades = mapped["shares"], mapped["trades"]
        if "week_ending" in mapped:
            self._week_pos, self._week_offset = mapped["week_ending"], 0
        elif "week_start" in mapped:
            self._week_pos, self._week_offset = mapped["week_start"], 4
        else:
            self._week_pos, self._week_offset = -1, 0
        self._dates: dict[str, date | RejectCode] = {}
        self._tiers: dict[str, str | None] = {}
        self._extra_pos = tuple(mapped.get(name, -1) for name in Extras._fields)
        self._has_extras = any(p >= 0 for p in self._extra_pos)
        self._extra_slots = tuple((slot, p) for slot, p in enumerate(self._extra_pos) if p >= 0)
        self._venue_i = Extras._fields.index("venue_name")
        self._notional_i = Extras._fields.index("total_notional_sum")
        self._summary_i = Extras._fields.index("summary_type")

    def convert(self, line_number: int, raw: str, fields: list[str]) -> SourceRecord | SourceReject:
        if len(fields) != self.width:
            detail = f"expected {self.width} fields, found {len(fields)}"
            return SourceReject(line_number, raw, RejectCode.PARSE_ERROR, detail)
        week: date | None = None
        if self._week_pos >= 0:
            parsed_week = self._week(fields[self._week_pos])
            if isinstance(parsed_week, tuple):
                return SourceReject(line_number, raw, *parsed_week)
            week = parsed_week
        tier_text = fields[self._tier]
        tier = self._tiers.get(tier_text, "?")
        if tier == "?":
            parsed = parse_tier(tier_text)
            tier = self._tiers[tier_text] = parsed.value if parsed else None
        if tier is None:
            return SourceReject(line_number, raw, RejectCode.INVALID_TIER, f"unknown tier {tier_text!r}")
        shares_text, trades_text = fields[self._shares], fields[self._trades]
        try:
            # Plain digits take the short way; anything else gets the full 64-bit check.
            if shares_text.isdigit() and shares_text.isascii() and len(shares_text) < 19:
                shares = int(shares_text)
            else:
                shares = parse_int64(shares_text)
            if trades_text.isdigit() and trades_text.isascii() and len(trades_text) < 19:
                trades = int(trades_text)
            else:
                trades = parse_int64(trades_text)
        except ValueError as exc:
            return SourceReject(line_number, raw, RejectCode.PARSE_ERROR, str(exc))
        mpid = fields[self._mpid].strip().upper()
        extras = NO_EXTRAS
        grain = Grain.VENUE
        if self._has_extras:
            try:
                extras = self._extras(fields, mpid)
            except ValueError as exc:
                return SourceReject(line_number, raw, RejectCode.PARSE_ERROR, str(exc))
            if extras.summary_type is not None:
                grain = _grain(extras.summary_type)
        symbol = fields[self._symbol].strip().upper()
        return SourceRecord(line_number, raw, week, tier, symbol, mpid, shares, trades, grain, extras)

    def _week(self, text: str) -> date | tuple[RejectCode, str]:
        """The row's week ending, or (code, detail) when the date is bad."""
        cached = self._dates.get(text)
        if cached is None:
            cached = self._dates[text] = _week_from(text, self._week_offset)
        if isinstance(cached, date):
            return cached
        label = "weekStartDate" if self._week_offset else "week ending"
        if cached is RejectCode.INVALID_DATE:
            return cached, f"invalid date {text!r} in {label}"
        what = "is not a Monday" if self._week_offset else "is not a Friday"
        return cached, f"{label} {text.strip()} {what}"

    def _extras(self, fields: list[str], mpid: str) -> Extras:
        values: list[str | None] = [None] * len(Extras._fields)
        for slot, position in self._extra_slots:
            text = fields[position].strip()
            if text:
                values[slot] = text
        venue = values[self._venue_i]
        if venue and mpid and venue.startswith(mpid + " "):
            # FINRA writes "NITE VIRTU AMERICAS LLC": the MPID is a column of its own already.
            values[self._venue_i] = venue[len(mpid) + 1 :].strip() or None
        notional = values[self._notional_i]
        if notional:
            values[self._notional_i] = parse_decimal_text(notional)
        return tuple.__new__(Extras, values)


def _week_from(text: str, offset_days: int) -> date | RejectCode:
    try:
        day = parse_iso_date(text)
    except ValueError:
        return RejectCode.INVALID_DATE
    if offset_days and day.weekday() != 0:
        return RejectCode.NOT_FRIDAY
    week = day + timedelta(days=offset_days)
    return week if week.weekday() == 4 else RejectCode.NOT_FRIDAY


def _grain(summary_type: str | None) -> str:
    if summary_type is None:
        return Grain.VENUE
    code = summary_type.upper()
    if code.endswith("_W_SMBL_FIRM"):
        return Grain.VENUE
    if code.endswith("_W_SMBL"):
        return Grain.SYMBOL_TOTAL
    return Grain.IGNORED


# --------------------------------------------------------------------------------------------
# Reading files


def file_digest(path: Path) -> tuple[str, int]:
    """SHA-256 and size of the file's bytes, read in chunks."""
    digest = hashlib.sha256()
    size = 0
    with open_source(path) as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
            size += len(chunk)
    return digest.hexdigest(), size


def source_lines(path: Path, sha256: str, wanted: set[int]) -> dict[int, str]:
    """The exact text of some lines (records, for a JSON array) of the file that was loaded.

    Empty when the file is gone or its content is no longer what was loaded: the caller then
    falls back to the record as stored.
    """
    try:
        if not wanted or file_digest(path)[0] != sha256:
            return {}
    except FileRefused:
        return {}
    with open_source(path) as handle:
        head = handle.read(_SNIFF_BYTES).lstrip(b"\xef\xbb\xbf \t\r\n")[:1]
        handle.seek(0)
        if head == b"[":
            records = _json_objects(handle.read().decode("utf-8-sig"))
            return {number: raw for number, _obj, raw in records if number in wanted}
        found: dict[int, str] = {}
        for number, line in _text_stream(handle):
            if number in wanted:
                found[number] = _shown(line)
                if len(found) == len(wanted):
                    break
        return found


def open_source(path: Path) -> BinaryIO:
    try:
        return path.open("rb")
    except FileNotFoundError:
        raise FileRefused(f"file not found: {path}") from None
    except IsADirectoryError:
        raise FileRefused(f"not a file but a folder: {path}") from None
    except OSError as exc:
        raise FileRefused(f"cannot read {path}: {exc.strerror or exc}") from None


def parse_file(path: Path) -> tuple[FileInfo, Iterator[SourceRecord | SourceReject]]:
    """Sniff the file's layout (refusing what cannot be a week of data) and stream its lines."""
    handle = open_source(path)
    try:
        head = handle.read(_SNIFF_BYTES)
        if not head.strip(b"\xef\xbb\xbf \t\r\n"):
            raise FileRefused(f"file is empty: {path}")
        if b"\x00" in head:
            raise FileRefused(f"binary content, not a text file of weekly data: {path}")
        handle.seek(0)
        first = head.lstrip(b"\xef\xbb\xbf \t\r\n")[:1]
        if first in (b"[", b"{"):
            return _parse_json(path, handle)
        return _parse_delimited(path, handle)
    except BaseException:
        handle.close()
        raise


def _text_stream(handle: BinaryIO) -> Iterator[tuple[int, str]]:
    """Numbered lines without their line ends (and without a BOM); bytes that are not UTF-8 stay
    as surrogate escapes, so one bad line is rejected on its own instead of failing the file."""
    stream = io.TextIOWrapper(handle, encoding="utf-8-sig", errors="surrogateescape", newline="\n")
    return enumerate((line.rstrip("\r\n") for line in stream), start=1)


def _checked(number: int, line: str) -> str | None:
    """The line if it is valid UTF-8 text, None if not; binary content refuses the whole file."""
    if "\x00" in line:  # the head was text, but this is not a text file
        raise FileRefused(f"binary content at line {number}, not a text file of weekly data")
    if line.isascii():
        return line
    try:
        line.encode("utf-8")
    except UnicodeEncodeError:
        return None
    return line


def _shown(line: str) -> str:
    """A line that is not UTF-8, with its bad bytes replaced, for the rejects table."""
    return line.encode("utf-8", "surrogateescape").decode("utf-8", errors="replace")


def _split_for(delimiter: str) -> Callable[[str], list[str]]:
    if delimiter == ",":
        # Comma exports quote names that contain commas.
        return lambda line: next(csv.reader([line]))
    return lambda line: line.split(delimiter)


def _first_content(lines: Iterator[tuple[int, str]]) -> tuple[int, str]:
    for number, line in lines:
        text = _checked(number, line)
        if text is None:
            raise FileRefused(f"line {number} is not UTF-8 text: {_shown(line)[:60]!r}")
        if text.strip():
            return number, text
    raise FileRefused("file has no lines")


def _sniff_header(line: str) -> tuple[FileInfo, dict[str, int]] | None:
    for delimiter in _DELIMITERS:
        if delimiter not in line:
            continue
        names = _split_for(delimiter)(line)
        mapped = map_columns(names)
        layout = layout_of(mapped)
        if layout is not None:
            info = FileInfo(layout, delimiter, True, tuple(n.strip() for n in names))
            return info, mapped
    return None


def _headerless_seed(line: str) -> tuple[FileInfo, dict[str, int]] | None:
    fields = line.split("|")
    if len(fields) != len(_SEED_ORDER):
        return None
    try:
        parse_iso_date(fields[0])
    except ValueError:
        return None
    mapped = {name: index for index, name in enumerate(_SEED_ORDER)}
    return FileInfo("seed", "|", False, _SEED_ORDER), mapped


def _parse_delimited(path: Path, handle: BinaryIO) -> tuple[FileInfo, Iterator[SourceRecord | SourceReject]]:
    lines = _text_stream(handle)
    number, first = _first_content(lines)
    sniffed = _sniff_header(first) or _headerless_seed(first)
    if sniffed is None:
        raise _refuse_header(first)
    info, mapped = sniffed
    converter = RowConverter(mapped, len(info.columns))
    split = _split_for(info.delimiter or "|")
    convert = converter.convert
    # Quoted CSV needs the csv module; pipe and tab files split directly.
    needs_csv = info.delimiter == ","

    def rows() -> Iterator[SourceRecord | SourceReject]:
        with handle:
            if not info.has_header:
                yield convert(number, first, split(first))
            for line_number, line in lines:
                # Plain ASCII without NUL is the common case; anything else gets the full check.
                text = line if line.isascii() and "\x00" not in line else _checked(line_number, line)
                if text is None:
                    yield SourceReject(
                        line_number, _shown(line), RejectCode.PARSE_ERROR, "line is not valid UTF-8"
                    )
                elif text and not text.isspace():
                    if not needs_csv:
                        fields = text.split(info.delimiter)
                    else:
                        try:
                            fields = split(text)
                        except csv.Error as exc:
                            yield SourceReject(line_number, text, RejectCode.PARSE_ERROR, str(exc))
                            continue
                    yield convert(line_number, text, fields)

    return info, rows()


# --------------------------------------------------------------------------------------------
# JSON: an array of objects, or one object per line


def _parse_json(path: Path, handle: BinaryIO) -> tuple[FileInfo, Iterator[SourceRecord | SourceReject]]:
    with handle:
        try:
            text = handle.read().decode("utf-8-sig")
        except UnicodeDecodeError:
            raise FileRefused(f"JSON file is not UTF-8 text: {path}") from None
    objects = _json_objects(text)
    try:
        first = next(objects)
    except StopIteration:
        raise FileRefused(f"JSON file holds no records: {path}") from None
    first_obj = first[1]
    if not isinstance(first_obj, dict):
        raise FileRefused(f"JSON records must be objects; the first is {type(first_obj).__name__}")
    names = list(first_obj)
    mapped = map_columns(names)
    layout = layout_of(mapped)
    if layout is None:
        raise _refuse_header(",".join(names))
    # Each object is laid out in the canonical order, so the delimited converter serves JSON too.
    order = [field for field in _COLUMN_NAMES if field in mapped]
    keys = {fold(name): name for name in names}
    converter = RowConverter({field: i for i, field in enumerate(order)}, len(order))
    info = FileInfo(layout, None, True, tuple(names))

    def field_keys(obj: dict[str, Any]) -> list[str | None]:
        folded = keys if obj.keys() == first_obj.keys() else {fold(k): k for k in obj}
        return [next((folded[a] for a in _COLUMN_NAMES[field] if a in folded), None) for field in order]

    def rows() -> Iterator[SourceRecord | SourceReject]:
        for number, obj, raw in itertools.chain([first], objects):
            if isinstance(obj, _JsonError):
                yield SourceReject(number, raw, RejectCode.PARSE_ERROR, obj.message)
            elif not isinstance(obj, dict):
                yield SourceReject(number, raw, RejectCode.PARSE_ERROR, "record is not an object")
            else:
                fields = [_json_text(obj.get(key)) if key else "" for key in field_keys(obj)]
                yield converter.convert(number, raw, fields)

    return info, rows()


class _JsonError:
    def __init__(self, message: str) -> None:
        self.message = message


def _json_text(value: Any) -> str:
    """A JSON value as the text a delimited export would hold (numbers exact: never via float)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return str(value).lower()
    if isinstance(value, Decimal):
        return format(value, "f") if value == value.to_integral_value() else str(value)
    return str(value)


# Numbers decode as Decimal, so 4.0712345678901234E+7 keeps every digit.
_DECODER = json.JSONDecoder(parse_float=Decimal)


def _json_objects(text: str) -> Iterator[tuple[int, Any, str]]:
    """Yield (record number, object, its source text) from a JSON array or JSON Lines."""
    stripped = text.lstrip()
    if stripped.startswith("["):
        yield from _json_array(stripped)
        return
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            yield number, _DECODER.decode(line), line
        except json.JSONDecodeError as exc:
            yield number, _JsonError(f"invalid JSON: {exc.msg}"), line
        except RecursionError:
            yield number, _JsonError("invalid JSON: nested too deeply"), line


def _json_array(text: str) -> Iterator[tuple[int, Any, str]]:
    """Decode the elements of a top-level array one by one (no list of every record in memory)."""
    index, number, end = 1, 0, len(text)
    while True:
        while index < end and text[index] in " \t\r\n,":
            index += 1
        if index >= end:
            raise FileRefused("JSON array is not closed with ]")
        if text[index] == "]":
            return
        number += 1
        try:
            obj, after = _DECODER.raw_decode(text, index)
        except json.JSONDecodeError as exc:
            raise FileRefused(f"invalid JSON in record {number}: {exc.msg}") from None
        except RecursionError:
            raise FileRefused(f"invalid JSON in record {number}: nested too deeply") from None
        yield number, obj, text[index:after]
        index = after
