"""JSON sources: an array of records, or JSON Lines (one record per line), decoded record by record.

Neither form is held whole. An array is decoded incrementally (``JSONDecoder.raw_decode`` over a
buffer refilled from the text stream), JSON Lines line by line; memory stays flat either way. Numbers
come back as their text, exactly as written, so the parser applies the same rules to ``1250000``
and ``"1250000"`` and never expands or rounds a value (a 5,000-digit integer or ``1E+100000000`` is
judged as text, on its own record).

Framing is strict: after an array's closing ``]`` only whitespace may follow (a second array or any
trailing content refuses the file rather than being cut off).
"""

from __future__ import annotations

import io
import json
from collections.abc import Iterator
from typing import Any

from spine.domains.otc.source.errors import FileRefused
from spine.domains.otc.source.lines import BLANK, LongLine, checked, shown

MAX_RECORD = 1 << 20  # characters of one array element; more is not a record of weekly data
_CHUNK = 1 << 16
_SPACE = " \t\r\n"


class BadRecord:
    """A record that is not valid JSON (JSON Lines only: an array cannot resume after one)."""

    __slots__ = ("message",)

    def __init__(self, message: str) -> None:
        self.message = message


class DuplicateKeys(dict[str, Any]):
    """A JSON object that names a key twice (Python's decoder would keep the last silently)."""

    names: tuple[str, ...] = ()


def _object(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    record = dict(pairs)
    if len(record) == len(pairs):
        return record
    twice = DuplicateKeys(record)
    seen: set[str] = set()
    twice.names = tuple(k for k, _v in pairs if k in seen or seen.add(k))  # type: ignore[func-returns-value]
    return twice


# Numbers and NaN/Infinity stay text; objects are checked for duplicate keys.
_DECODER = json.JSONDecoder(parse_float=str, parse_int=str, parse_constant=str, object_pairs_hook=_object)

Numbered = tuple[int, Any, str]  # (record or line number, decoded value or BadRecord, its text)


def json_lines(lines: Iterator[tuple[int, str | LongLine]], first: tuple[int, str]) -> Iterator[Numbered]:
    """Each non-blank line decoded on its own; a bad line is a `BadRecord`, the others go on."""
    yield _decode_line(*first)
    for number, line in lines:
        if isinstance(line, LongLine):
            yield number, BadRecord(line.detail), line.shown
            continue
        text = line if line.isascii() and "\x00" not in line else checked(number, line)
        if text is None:
            yield number, BadRecord("line is not valid UTF-8"), shown(line)
        elif text.strip(BLANK):
            yield _decode_line(number, text)


def _decode_line(number: int, line: str) -> Numbered:
    try:
        return number, _DECODER.decode(line), line
    except json.JSONDecodeError as exc:
        return number, BadRecord(f"invalid JSON: {exc.msg} (column {exc.colno})"), line
    except RecursionError:
        return number, BadRecord("invalid JSON: nested too deeply"), line


class _Buffer:
    """Text of the stream from the current position, refilled on demand, trimmed as it is used."""

    def __init__(self, stream: io.TextIOWrapper, head: str) -> None:
        self.stream = stream
        self.text = head
        self.pos = 0
        self.eof = False

    def fill(self) -> bool:
        chunk = self.stream.read(_CHUNK)
        if not chunk:
            self.eof = True
            return False
        if not chunk.isascii():
            try:
                chunk.encode("utf-8")
            except UnicodeEncodeError:
                raise FileRefused("the JSON file is not UTF-8 text") from None
        if self.pos > _CHUNK:
            self.text, self.pos = self.text[self.pos :], 0
        self.text += chunk
        return True

    def next_char(self) -> str | None:
        """The next character that is not whitespace (left in place), None at the end."""
        while True:
            text, pos = self.text, self.pos
            while pos < len(text) and text[pos] in _SPACE:
                pos += 1
            self.pos = pos
            if pos < len(text):
                return text[pos]
            if not self.fill():
                return None

    def value(self, number: int) -> tuple[Any, str]:
        """Decode the value at the position; more text is read while it may be incomplete."""
        while True:
            try:
                value, end = _DECODER.raw_decode(self.text, self.pos)
            except json.JSONDecodeError as exc:
                if len(self.text) - self.pos < MAX_RECORD and self.fill():
                    continue
                problem = f"{exc.msg}" if self.eof else f"longer than {MAX_RECORD:,} characters"
                raise FileRefused(f"invalid JSON in record {number}: {problem}") from None
            except RecursionError:
                raise FileRefused(f"invalid JSON in record {number}: nested too deeply") from None
            if end == len(self.text) and not self.eof and self.fill():
                continue  # a value cut at the buffer's end (a number) may go on
            if end - self.pos > MAX_RECORD:
                raise FileRefused(f"record {number} is longer than {MAX_RECORD:,} characters")
            raw = self.text[self.pos : end]
            self.pos = end
            return value, raw


def json_array(stream: io.TextIOWrapper, head: str = "") -> Iterator[Numbered]:
    """The elements of the top-level array, numbered from 1 (``head``: text already read)."""
    buffer = _Buffer(stream, head)
    if buffer.next_char() != "[":
        raise FileRefused("a JSON array must start with [")
    buffer.pos += 1
    number = 0
    if buffer.next_char() == "]":
        buffer.pos += 1
    else:
        while True:
            number += 1
            if buffer.next_char() is None:
                raise FileRefused("the JSON array is not closed with ]")
            value, raw = buffer.value(number)
            yield number, value, raw
            after = buffer.next_char()
            buffer.pos += 1
            if after == "]":
                break
            if after is None:
                raise FileRefused(f"the JSON array is not closed with ] (after record {number})")
            if after != ",":
                raise FileRefused(f"invalid JSON after record {number}: expected , or ] but found {after!r}")
    if buffer.next_char() is not None:
        raise FileRefused(
            f"content after the JSON array's closing ] (after record {number}): "
            "a file holds one array of records; nothing is read from a file that holds more"
        )
