"""Printing rows: a Rich table on a terminal, JSON or CSV for files and other programs."""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from spine.core.executions import json_default

if TYPE_CHECKING:
    from rich.console import Console

# Rich is imported when a table is printed, not at start-up: machine-readable runs (--json, --csv,
# scripts) skip its import time.


def console(stderr: bool = False) -> Console:
    """Rich console; when piped, wide enough that tables are not folded."""
    from rich.console import Console

    stream = sys.stderr if stderr else sys.stdout
    width = None if stream.isatty() else 160
    return Console(stderr=stderr, highlight=False, soft_wrap=False, width=width)


def print_rows(
    rows: Sequence[dict[str, Any]],
    fmt: str,
    title: str | None = None,
    columns: Sequence[str] | None = None,
) -> None:
    """Print ``rows`` as ``table`` (default), ``json`` or ``csv`` on standard output."""
    cols = list(columns or getattr(rows, "columns", ()) or (rows[0].keys() if rows else []))
    if fmt == "json":
        print(json.dumps(list(rows), default=json_default, indent=2))
        return
    if fmt == "csv":
        writer = csv.DictWriter(sys.stdout, fieldnames=cols, extrasaction="ignore", lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
        return
    from rich.table import Table
    from rich.text import Text

    out = console()
    if not rows:
        out.print(f"{title + ': ' if title else ''}no rows", markup=False)
        return
    # Cells and titles are plain Text: data such as "[/x]" in a rejected line is shown as written,
    # never read as Rich markup.
    table = Table(title=Text(title) if title else None, title_justify="left")
    for col in cols:
        numeric = all(isinstance(r.get(col), int | float) or _numeric_text(r.get(col)) for r in rows)
        table.add_column(Text(col), justify="right" if numeric else "left")
    for row in rows:
        table.add_row(*(Text("" if row.get(c) is None else str(row.get(c))) for c in cols))
    out.print(table)


def _numeric_text(value: Any) -> bool:
    if not isinstance(value, str) or not value:
        return False
    return value.replace(".", "", 1).lstrip("-").isdigit()


def print_json(data: Any) -> None:
    print(json.dumps(data, default=json_default, indent=2))
