"""One source file, opened once: its content as delimited lines or as JSON records, hashed as read.

Gzip is recognised by its magic bytes, JSON by its first character (``[`` an array, ``{`` JSON
Lines); anything else is delimited text whose first line the layouts module reads.
"""

from __future__ import annotations

import io
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType

from spine.domains.otc.source.compressed import decompressed
from spine.domains.otc.source.errors import FileRefused, shown_path
from spine.domains.otc.source.files import CHUNK, HashingReader, digest_of, open_regular
from spine.domains.otc.source.json_records import Numbered, json_array, json_lines
from spine.domains.otc.source.lines import LongLine, first_content, numbered_lines, text_stream

_SNIFF_BYTES = 8192
_LEADING = b"\xef\xbb\xbf \t\r\n"


@dataclass(frozen=True)
class DelimitedText:
    """A text file: its first non-blank line (a header, or a seed row) and the lines after it."""

    first: tuple[int, str]
    lines: Iterator[tuple[int, str | LongLine]]


@dataclass(frozen=True)
class JsonRecords:
    """A JSON file: its records, numbered (by line for JSON Lines, by position in an array)."""

    form: str  # "array" | "lines"
    records: Iterator[Numbered]


class SourceFile:
    """An open source file. Read it once through `content`, then `finish` gives its SHA-256.

    Refused on opening (before any database work) when it is missing, a folder, a FIFO, a device
    or anything else that is not a regular file, or when its name is not UTF-8.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self._raw = open_regular(path)
        self._hashing = HashingReader(self._raw, path)
        self.size = self._raw.seek(0, io.SEEK_END)
        self._raw.seek(0)
        self._read = False

    def identity(self) -> tuple[int, ...]:
        """Which file this is, as opened: device, inode, size, and the times of its last write and
        last change (ns; the change time cannot be set back, as a copy or an unpacked archive sets
        the write time). Two opens with one identity read the same bytes, unless the file was
        rewritten within one tick of the file system's clock, at the same size."""
        status = os.fstat(self._raw.fileno())
        return status.st_dev, status.st_ino, status.st_size, status.st_mtime_ns, status.st_ctime_ns

    def stored_digest(self) -> str:
        """SHA-256 of the file's bytes as they are now, before the one read (decides a skip)."""
        if self._read:
            raise RuntimeError("stored_digest() comes before content()")
        sha256, self.size = digest_of(self._raw)
        return sha256

    def content(self) -> DelimitedText | JsonRecords:
        """The file's content, read once; binary content and an empty file are refused."""
        self._read = True
        binary = decompressed(io.BufferedReader(self._hashing, CHUNK), self.path)
        head = binary.peek(_SNIFF_BYTES)[:_SNIFF_BYTES]
        if b"\x00" in head:
            raise FileRefused(f"binary content, not a text file of weekly data: {shown_path(self.path)}")
        stream = text_stream(binary)
        if head.lstrip(_LEADING)[:1] == b"[":
            return JsonRecords("array", json_array(stream))
        lines = numbered_lines(stream)
        number, first = first_content(lines)
        start = first.lstrip()[:1]
        if start == "{":
            return JsonRecords("lines", json_lines(lines, (number, first)))
        if start == "[":  # an array after many blank lines
            return JsonRecords("array", json_array(stream, first + "\n"))
        return DelimitedText((number, first), lines)

    def finish(self) -> tuple[str, int]:
        """SHA-256 and size of every byte read; refused when the file changed while it was read."""
        sha256 = self._hashing.drain()
        if self._hashing.bytes_read != self.size:
            raise FileRefused(
                f"{shown_path(self.path)} changed while it was read ({self.size:,} bytes when opened, "
                f"{self._hashing.bytes_read:,} read); run again once it is complete"
            )
        return sha256, self.size

    def close(self) -> None:
        self._hashing.close()
        self._raw.close()

    def __enter__(self) -> SourceFile:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()
