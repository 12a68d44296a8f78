"""The exact text of a loaded file's lines, read back for the few records normalize rejects."""

from __future__ import annotations

from pathlib import Path

from spine.domains.otc.source.errors import FileRefused
from spine.domains.otc.source.lines import LongLine, shown
from spine.domains.otc.source.reader import DelimitedText, SourceFile


def source_lines(path: Path, sha256: str, wanted: set[int]) -> dict[int, str]:
    """The text of some lines (records, for a JSON array) of the file that was loaded.

    One open, one pass, hashed while read: empty when the file is gone or no longer holds the bytes
    that were loaded (the caller then shows the record as stored).
    """
    if not wanted:
        return {}
    found: dict[int, str] = {}
    try:
        with SourceFile(path) as source:
            content = source.content()
            if isinstance(content, DelimitedText):
                number, first = content.first
                if number in wanted:
                    found[number] = first
                for number, line in content.lines:
                    if number in wanted:
                        found[number] = line.shown if isinstance(line, LongLine) else shown(line)
            else:
                for number, _value, raw in content.records:
                    if number in wanted:
                        found[number] = raw
            loaded, _size = source.finish()
    except FileRefused:
        return {}
    return found if loaded == sha256 else {}
