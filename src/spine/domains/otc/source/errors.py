"""A file refused as a whole, and how a file's name is shown in a message."""

from __future__ import annotations

from pathlib import Path

from spine.core.errors import PipelineError


class FileRefused(PipelineError):
    """The file as a whole cannot be a week of data; nothing of it is stored."""


def shown_path(path: Path | str) -> str:
    """The path as one line of printable text: bytes of a name that is not UTF-8 appear as ``\\xNN``
    escapes, control characters (a newline in a file name) as Python writes them (``\\n``)."""
    text = str(path).encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    if text.isprintable():
        return text
    return "".join(c if c.isprintable() else repr(c)[1:-1] for c in text)
