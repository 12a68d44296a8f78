"""Opening a source file once: a regular file only, every byte hashed as the parser reads it.

The SHA-256 the manifest stores must be the hash of the bytes that were parsed. So the file is opened
once, and the reader the parser consumes hashes each chunk as it passes: a file replaced or rewritten
during an ingest can never pair one content's hash with another content's numbers.
"""

from __future__ import annotations

import errno
import hashlib
import io
import os
import stat
from pathlib import Path

from spine.domains.otc.source.errors import FileRefused, shown_path

CHUNK = 1 << 16

_KINDS = {
    stat.S_IFIFO: "a FIFO (named pipe)",
    stat.S_IFCHR: "a character device",
    stat.S_IFBLK: "a block device",
    stat.S_IFSOCK: "a socket",
}


def open_regular(path: Path) -> io.FileIO:
    """The file opened for reading; refused unless it is a regular file with a UTF-8 name.

    Opened without blocking, then checked on the open descriptor: a FIFO never makes the run wait
    for a writer, and a file swapped for something else between a check and the open cannot slip
    through.
    """
    try:
        str(path).encode("utf-8")
    except UnicodeEncodeError:
        raise FileRefused(
            f"the file or folder name is not UTF-8 text: {shown_path(path)}; rename it"
        ) from None
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | os.O_CLOEXEC)
    except FileNotFoundError:
        raise FileRefused(f"file not found: {shown_path(path)}") from None
    except OSError as exc:
        if exc.errno == errno.ENXIO:  # a socket
            raise FileRefused(f"not a regular file but a socket: {shown_path(path)}") from None
        raise FileRefused(f"cannot read {shown_path(path)}: {exc.strerror or exc}") from None
    mode = os.fstat(fd).st_mode
    if not stat.S_ISREG(mode):
        os.close(fd)
        if stat.S_ISDIR(mode):
            raise FileRefused(f"not a file but a folder: {shown_path(path)}")
        kind = _KINDS.get(stat.S_IFMT(mode), "not a regular file")
        raise FileRefused(f"not a regular file but {kind}: {shown_path(path)}")
    return io.FileIO(fd, "rb", closefd=True)


class HashingReader(io.RawIOBase):
    """A raw stream over an open file that hashes (SHA-256) and counts every byte it hands out."""

    def __init__(self, raw: io.FileIO, path: Path) -> None:
        super().__init__()
        self._raw = raw
        self._path = path
        self._sha = hashlib.sha256()
        self.bytes_read = 0

    def readable(self) -> bool:
        return True

    def _read(self, buffer: bytearray | memoryview) -> int:
        try:
            count = self._raw.readinto(buffer)
        except OSError as exc:
            raise FileRefused(f"cannot read {shown_path(self._path)}: {exc.strerror or exc}") from None
        if count:
            self._sha.update(memoryview(buffer)[:count])
            self.bytes_read += count
        return count or 0

    def drain(self) -> str:
        """Read what the parser left (nothing, normally) and return the SHA-256 of every byte.

        Works after the text layers above were closed: closing them closes this reader, never the
        file (the `SourceFile` owns and closes it).
        """
        spare = bytearray(CHUNK)
        while self._read(spare):
            pass
        return self._sha.hexdigest()

    def readinto(self, buffer: bytearray | memoryview) -> int:  # type: ignore[override]
        return self._read(buffer)


def digest_of(raw: io.FileIO) -> tuple[str, int]:
    """SHA-256 and size of an open file's bytes, read from the start; the file is rewound after."""
    digest = hashlib.sha256()
    size = 0
    raw.seek(0)
    for chunk in iter(lambda: raw.read(1 << 20), b""):
        digest.update(chunk)
        size += len(chunk)
    raw.seek(0)
    return digest.hexdigest(), size


def file_digest(path: Path) -> tuple[str, int]:
    """SHA-256 and size of the file's bytes as stored (a gzip file is hashed compressed)."""
    with open_regular(path) as raw:
        return digest_of(raw)
