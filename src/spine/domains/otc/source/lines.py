"""Text lines of a source: split on ``\\n`` only, numbered as the file numbers them, length-bounded.

Only ``\\n`` ends a line (a ``\\r`` before it is dropped): U+2028, U+0085 and other characters that
``str.splitlines`` would split on are data. A line longer than ``MAX_LINE`` characters is never held
whole: it comes back as a `LongLine` (its start and its length), so memory stays flat whatever the
file holds. Bytes that are not UTF-8 stay as surrogate escapes, so one bad line is rejected on its
own instead of failing the file.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from typing import BinaryIO

from spine.domains.otc.source.errors import FileRefused

# The csv module's default field limit: no field of a line within it can exceed that limit.
MAX_LINE = 131_072
SHOWN_CHARS = 1_000  # how much of an over-long line a reject keeps
_READ = MAX_LINE + 2  # room for the line end
# A blank line holds only ASCII whitespace; a line of U+2028 or U+00A0 is data (and rejected as such).
BLANK = " \t\r\n\f\v"


class LongLine:
    """A line over ``MAX_LINE`` characters: its first characters and its full length."""

    __slots__ = ("length", "start")

    def __init__(self, start: str, length: int) -> None:
        self.start = start
        self.length = length

    @property
    def shown(self) -> str:
        return shown(self.start[:SHOWN_CHARS]) + "..."

    @property
    def detail(self) -> str:
        return f"line of {self.length:,} characters, over the limit of {MAX_LINE:,}"


def text_stream(binary: BinaryIO) -> io.TextIOWrapper:
    """UTF-8 text without a byte-order mark; only ``\\n`` ends a line."""
    return io.TextIOWrapper(binary, encoding="utf-8-sig", errors="surrogateescape", newline="\n")


def numbered_lines(stream: io.TextIOWrapper) -> Iterator[tuple[int, str | LongLine]]:
    """(line number, text without its line end), or a `LongLine` for a line over ``MAX_LINE``."""
    for number, line in enumerate(iter(lambda: stream.readline(_READ), ""), start=1):
        if len(line) == _READ and line[-1] != "\n":
            yield number, _rest_of_long_line(stream, line)
        else:
            yield number, line.rstrip("\r\n")


def _rest_of_long_line(stream: io.TextIOWrapper, start: str) -> LongLine:
    length = len(start)
    while True:
        more = stream.readline(_READ)
        length += len(more)
        if not more or more[-1] == "\n":
            return LongLine(start, length - len(more) + len(more.rstrip("\r\n")))


def checked(number: int, line: str) -> str | None:
    """The line if it is valid UTF-8 text, None if not; a NUL byte refuses the whole file."""
    if "\x00" in line:  # the head was text, but this is not a text file
        raise FileRefused(f"binary content at line {number}, not a text file of weekly data")
    if line.isascii():
        return line
    try:
        line.encode("utf-8")
    except UnicodeEncodeError:
        return None
    return line


def shown(line: str) -> str:
    """A line that is not UTF-8, with its bad bytes replaced, for the rejects table."""
    return line.encode("utf-8", "surrogateescape").decode("utf-8", errors="replace")


def first_content(lines: Iterator[tuple[int, str | LongLine]]) -> tuple[int, str]:
    """The first line that is not blank; the file is refused when there is none, or it is unreadable."""
    for number, line in lines:
        if isinstance(line, LongLine):
            raise FileRefused(f"line {number} is not a header or a record: {line.detail}")
        text = checked(number, line)
        if text is None:
            raise FileRefused(f"line {number} is not UTF-8 text: {shown(line)[:60]!r}")
        if text.strip(BLANK):
            return number, text
    raise FileRefused("file is empty: it has no line that is not blank")
