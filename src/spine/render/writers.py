"""CSV and JSON for other programs: exact figures, and CSV cells no spreadsheet runs as a formula.

The formula rule (all CSV output, `spine export` included): a cell that is a number (an ``int`` or
``Decimal`` figure, or text that is exactly a plain decimal number such as ``-1200`` or ``-0.5``) is
written as it is, so negative numbers stay numbers. Any other cell whose first character is ``=``,
``+``, ``-`` or ``@`` (or a tab or carriage return, which some spreadsheets skip before reading one)
gets a leading apostrophe: ``=HYPERLINK(...)`` is written ``'=HYPERLINK(...)`` and shows as text.

JSON: integers are JSON integers; decimal figures are JSON numbers written with their exact digits
(``12.3456``; read them with ``json.loads(text, parse_float=decimal.Decimal)`` to keep them exact).
"""

from __future__ import annotations

import csv
import json
import os
import re
import sys
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager, suppress
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any, TextIO

from spine.render.tables import Layout, print_table

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_PLAIN_NUMBER = re.compile(r"-?[0-9]+(\.[0-9]+)?")


def csv_cell(value: Any) -> Any:
    """One CSV cell under the formula rule (None is an empty cell)."""
    if value is None or isinstance(value, int | Decimal):
        return value
    text = str(value)
    if text.startswith(_FORMULA_START) and not _PLAIN_NUMBER.fullmatch(text):
        return "'" + text
    return text


def write_csv(out: TextIO, rows: Iterable[dict[str, Any]], columns: Sequence[str]) -> int:
    """Header and rows to ``out``; returns the number of rows written."""
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow([csv_cell(c) for c in columns])
    written = 0
    for row in rows:
        writer.writerow([csv_cell(row.get(c)) for c in columns])
        written += 1
    return written


def _json_value(value: Any) -> str:
    if isinstance(value, Decimal):
        return str(value) if value.is_finite() else json.dumps(str(value))
    if isinstance(value, date | Path):
        return json.dumps(str(value))
    return json.dumps(value)


def json_lines(rows: Iterable[dict[str, Any]], columns: Sequence[str]) -> Iterator[str]:
    """A JSON array of objects (``columns`` in order), two-space indented, as a stream of text."""
    keys = [json.dumps(c) for c in columns]
    first = True
    for row in rows:
        body = ",\n".join(f"    {k}: {_json_value(row.get(c))}" for k, c in zip(keys, columns, strict=True))
        yield ("[\n" if first else ",\n") + "  {\n" + body + "\n  }"
        first = False
    yield "[]\n" if first else "\n]\n"


def write_json(out: TextIO, rows: Iterable[dict[str, Any]], columns: Sequence[str]) -> None:
    for chunk in json_lines(rows, columns):
        out.write(chunk)


@contextmanager
def quiet_when_closed() -> Iterator[None]:
    """A reader that stops early (``spine shares --csv | head``) ends the command quietly, exit 0."""
    try:
        yield
        sys.stdout.flush()
    except BrokenPipeError:
        stdout_to_devnull()
        sys.exit(0)


def stdout_to_devnull() -> None:
    """The reader closed the pipe: point stdout at /dev/null so the final flush does not complain again."""
    with suppress(OSError, ValueError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())


def show_rows(
    rows: Sequence[dict[str, Any]],
    columns: Sequence[str],
    fmt: str | None,
    *,
    title: str | None,
    nothing: str,
    limit: int | None,
    layout: Layout,
) -> None:
    """One view on standard output; with no rows, ``nothing`` as a one-line hint on standard error
    and ``[]`` (JSON), the header line (CSV) or no table."""
    if not rows:
        print(nothing, file=sys.stderr)
    if fmt == "json":
        write_json(sys.stdout, rows, columns)
    elif fmt == "csv":
        write_csv(sys.stdout, rows, columns)
    elif rows:
        print_table(rows, columns, title, limit=limit, layout=layout)


def csv_header_and_rows(out: TextIO, chunks: Iterable[Sequence[dict[str, Any]]]) -> int:
    """CSV of row chunks that share their columns (the first chunk's): header once, then every row."""
    writer = csv.writer(out, lineterminator="\n")
    written = 0
    header = False
    for chunk in chunks:
        columns = list(getattr(chunk, "columns", ()))
        if not header:
            writer.writerow([csv_cell(c) for c in columns])
            header = True
        for row in chunk:
            writer.writerow([csv_cell(row.get(c)) for c in columns])
            written += 1
    return written
