"""Gzip-compressed sources, recognised by content (their magic bytes), not by name.

The archive of each FINRA fetch is a ``.jsonl.gz`` file; it is read decompressed, while the hash stays
the hash of the bytes as stored.
"""

from __future__ import annotations

import gzip
import io
import zlib
from pathlib import Path
from typing import BinaryIO

from spine.domains.otc.source.errors import FileRefused, shown_path

GZIP_MAGIC = b"\x1f\x8b"


class _Gunzip(io.RawIOBase):
    """The decompressed bytes; a damaged or cut archive refuses the file in one line."""

    def __init__(self, compressed: BinaryIO, path: Path) -> None:
        super().__init__()
        self._gzip = gzip.GzipFile(fileobj=compressed, mode="rb")
        self._path = path

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: bytearray | memoryview) -> int:  # type: ignore[override]
        try:
            return self._gzip.readinto(buffer)
        except (OSError, EOFError, zlib.error) as exc:
            detail = str(exc) or type(exc).__name__
            raise FileRefused(f"damaged gzip file {shown_path(self._path)}: {detail}") from None


def decompressed(stream: io.BufferedReader, path: Path) -> io.BufferedReader:
    """``stream`` itself, or its decompressed content when it starts with the gzip magic bytes."""
    if stream.peek(len(GZIP_MAGIC))[: len(GZIP_MAGIC)] != GZIP_MAGIC:
        return stream
    return io.BufferedReader(_Gunzip(stream, path), 1 << 16)
