"""Reading source files: open once, hash while reading; delimited text, JSON arrays, JSON Lines, gzip.

This package knows bytes, text, lines and JSON values; which columns a file holds is the layouts
module's business, and what a line means is the raw records module's.
"""

from spine.domains.otc.source.errors import FileRefused, shown_path
from spine.domains.otc.source.files import file_digest
from spine.domains.otc.source.lookup import source_lines
from spine.domains.otc.source.reader import DelimitedText, JsonRecords, SourceFile

__all__ = [
    "DelimitedText",
    "FileRefused",
    "JsonRecords",
    "SourceFile",
    "file_digest",
    "shown_path",
    "source_lines",
]
