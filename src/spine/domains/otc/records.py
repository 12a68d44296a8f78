"""Raw records: each line (or JSON record) of a source, in a known layout, as a record or a reject.

A record is a dict keyed by the raw table's column names (plus the line's own week, tier, grain and
text), so the loader binds it by name as it comes. A bad line becomes a `SourceReject`; a file that
cannot be a week of data raises `FileRefused` before anything is yielded.
"""

from __future__ import annotations

import csv
import itertools
import json
from collections.abc import Iterator
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from spine.domains.otc.enums import RejectCode
from spine.domains.otc.layouts import detect_delimited, detect_json, json_keys
from spine.domains.otc.models import EXTRA_COLUMNS, FileInfo, Grain, RawRecord, SourceReject
from spine.domains.otc.source import DelimitedText, FileRefused, JsonRecords, SourceFile
from spine.domains.otc.source.json_records import BadRecord, DuplicateKeys, Numbered
from spine.domains.otc.source.lines import BLANK, LongLine, checked, shown
from spine.domains.otc.validators import (
    parse_decimal_text,
    parse_int64,
    parse_iso_date,
    parse_tier,
)

Parsed = tuple[FileInfo, Iterator[RawRecord | SourceReject]]


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
        self._extras = tuple((name, mapped[name]) for name in EXTRA_COLUMNS if name in mapped)
        self.extra_columns = tuple(name for name, _position in self._extras)

    def convert(self, line_number: int, raw: str, fields: list[str]) -> RawRecord | SourceReject:
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
        # Codes fold to upper case only when they are ASCII (clean_code, inlined: a per-line cost):
        # a long s in 'm\u017fft' must not give MSFT.
        symbol = fields[self._symbol].strip()
        if symbol.isascii():
            symbol = symbol.upper()
        mpid = fields[self._mpid].strip()
        if mpid.isascii():
            mpid = mpid.upper()
        record: RawRecord = {
            "source_line": line_number,
            "raw_line": raw,
            "row_week": week,
            "row_tier": tier,
            "symbol": symbol,
            "mpid": mpid,
            "total_shares": shares,
            "total_trades": trades,
            "grain": Grain.VENUE,
        }
        if self._extras:
            try:
                self._add_extras(record, fields, mpid)
            except ValueError as exc:
                return SourceReject(line_number, raw, RejectCode.PARSE_ERROR, str(exc))
        return record

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

    def _add_extras(self, record: RawRecord, fields: list[str], mpid: str) -> None:
        extras: dict[str, str | None] = record  # type: ignore[assignment]  # the extra columns' keys
        for name, position in self._extras:
            extras[name] = fields[position].strip() or None
        venue = extras.get("venue_name")
        if venue and mpid and venue.startswith(mpid + " "):
            # FINRA writes "NITE VIRTU AMERICAS LLC": the MPID is a column of its own already.
            extras["venue_name"] = venue[len(mpid) + 1 :].strip() or None
        notional = extras.get("total_notional_sum")
        if notional:
            extras["total_notional_sum"] = parse_decimal_text(notional, "totalNotionalSum")
        summary = extras.get("summary_type")
        if summary is not None:
            record["grain"] = _grain(summary)


def _week_from(text: str, offset_days: int) -> date | RejectCode:
    try:
        day = parse_iso_date(text)
    except ValueError:
        return RejectCode.INVALID_DATE
    if offset_days and day.weekday() != 0:
        return RejectCode.NOT_FRIDAY
    week = day + timedelta(days=offset_days)
    return week if week.weekday() == 4 else RejectCode.NOT_FRIDAY


def _grain(summary_type: str) -> str:
    code = summary_type.upper() if summary_type.isascii() else summary_type
    if code.endswith("_W_SMBL_FIRM"):
        return Grain.VENUE
    if code.endswith("_W_SMBL"):
        return Grain.SYMBOL_TOTAL
    return Grain.IGNORED


# --------------------------------------------------------------------------------------------
# Files


def parse_file(path: Path) -> Parsed:
    """Open, sniff and stream a file (the file closes when its lines are used up)."""
    source = SourceFile(path)
    try:
        info, lines = parse(source)
    except BaseException:
        source.close()
        raise

    def closing() -> Iterator[RawRecord | SourceReject]:
        with source:
            yield from lines

    return info, closing()


def parse(source: SourceFile) -> Parsed:
    """Sniff the open file's layout (refusing what cannot be a week of data) and stream its lines."""
    content = source.content()
    if isinstance(content, DelimitedText):
        return _delimited(content)
    return _json(content)


def _delimited(content: DelimitedText) -> Parsed:
    number, first = content.first
    layout = detect_delimited(first)
    info = layout.info
    converter = RowConverter(layout.mapped, len(info.columns))
    info = replace(info, extra_columns=converter.extra_columns)
    convert = converter.convert
    delimiter = info.delimiter or "|"
    # Quoted CSV needs the csv module; pipe and tab files split directly.
    needs_csv = delimiter == ","

    def rows() -> Iterator[RawRecord | SourceReject]:
        if not info.has_header:
            yield convert(number, first, first.split(delimiter))
        for line_number, line in content.lines:
            if isinstance(line, LongLine):
                yield SourceReject(line_number, line.shown, RejectCode.PARSE_ERROR, line.detail)
                continue
            # Plain ASCII without NUL is the common case; anything else gets the full check.
            text = line if line.isascii() and "\x00" not in line else checked(line_number, line)
            if text is None:
                yield SourceReject(
                    line_number, shown(line), RejectCode.PARSE_ERROR, "line is not valid UTF-8"
                )
            elif text.strip(BLANK):  # a blank line holds ASCII whitespace only
                if needs_csv:
                    fields = _csv_fields(text)
                    if isinstance(fields, str):
                        yield SourceReject(line_number, text, RejectCode.PARSE_ERROR, fields)
                        continue
                else:
                    fields = text.split(delimiter)
                yield convert(line_number, text, fields)

    return info, rows()


def _csv_fields(text: str) -> list[str] | str:
    try:
        return next(csv.reader([text]))
    except csv.Error as exc:
        return f"unreadable CSV line: {exc}"


# --------------------------------------------------------------------------------------------
# JSON: an array of objects, or one object per line


def _json(content: JsonRecords) -> Parsed:
    records = content.records
    first = next(records, None)
    if first is None:
        raise FileRefused("the JSON file holds no records")
    number, value, _raw = first
    where = "record" if content.form == "array" else "line"
    if isinstance(value, BadRecord):
        raise FileRefused(
            f"{where} {number} is not a JSON record ({value.message}): a JSON file holds an array of "
            "records, or one record per line (JSON Lines)"
        )
    if not isinstance(value, dict):
        raise FileRefused(f"JSON records must be objects; the first is {_json_kind(value)}")
    if isinstance(value, DuplicateKeys):
        raise FileRefused(f"the first JSON record names {', '.join(map(repr, value.names))} twice")
    names = list(value)
    try:
        layout = detect_json(names)
    except FileRefused:
        if any(isinstance(v, list | dict) for v in value.values()):
            raise FileRefused(
                f"{where} {number} is one JSON object holding {', '.join(names)}, not a record: "
                "a JSON file holds an array of records, or one record per line (JSON Lines)"
            ) from None
        raise
    order = list(layout.mapped)
    first_keys = json_keys(names, order)
    converter = RowConverter(layout.mapped, len(order))
    info = replace(layout.info, extra_columns=converter.extra_columns)

    def rows() -> Iterator[RawRecord | SourceReject]:
        for item in itertools.chain([first], records):
            yield _json_record(item, value, first_keys, order, converter)

    return info, rows()


def _json_record(
    item: Numbered,
    first_value: dict[str, Any],
    first_keys: list[str | None] | str,
    order: list[str],
    converter: RowConverter,
) -> RawRecord | SourceReject:
    number, obj, raw = item
    if obj.__class__ is BadRecord:
        return SourceReject(number, raw, RejectCode.PARSE_ERROR, obj.message)
    if not isinstance(obj, dict):
        return SourceReject(
            number, raw, RejectCode.PARSE_ERROR, f"record is {_json_kind(obj)}, not an object"
        )
    if isinstance(obj, DuplicateKeys):
        detail = f"the record names {', '.join(map(repr, obj.names))} twice"
        return SourceReject(number, raw, RejectCode.PARSE_ERROR, detail)
    keys = first_keys if obj.keys() == first_value.keys() else json_keys(list(obj), order)
    if isinstance(keys, str):
        return SourceReject(number, raw, RejectCode.PARSE_ERROR, keys)
    try:
        fields = [json_text(obj.get(key)) if key else "" for key in keys]
    except ValueError as exc:
        return SourceReject(number, raw, RejectCode.PARSE_ERROR, str(exc))
    return converter.convert(number, raw, fields)


def json_text(value: Any) -> str:
    """A JSON value as the text a delimited export would hold (numbers come as their own text)."""
    if value is None:
        return ""
    if isinstance(value, str):
        if not value.isascii():
            try:
                value.encode("utf-8")
            except UnicodeEncodeError:
                raise ValueError("a string that is not UTF-8 text (an unpaired \\u escape)") from None
        return value
    if isinstance(value, bool):
        return str(value).lower()
    return json.dumps(value)


def _json_kind(value: Any) -> str:
    if isinstance(value, list):
        return "an array"
    if isinstance(value, bool):
        return "true or false"
    if value is None:
        return "null"
    return "a number or a string"
