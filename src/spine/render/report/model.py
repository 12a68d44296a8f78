"""What a report is made of: sections holding tables, charts and notes, independent of HTML."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from spine.render.report.charts import Chart


@dataclass(frozen=True)
class Column:
    """A table column: the row key it shows, its heading, and how its values are written.

    ``kind``: ``int`` (thousands separators), ``decimal`` (as stored, fixed places), ``text``.
    """

    key: str
    label: str
    kind: str = "text"


@dataclass(frozen=True)
class Table:
    """Rows exactly as a view returned them; ``key`` names the table in the page (``data-table``)."""

    key: str
    title: str
    columns: Sequence[Column]
    rows: Sequence[Mapping[str, Any]]
    caption: str = ""


@dataclass(frozen=True)
class Note:
    """A sentence saying what the report can or cannot show here, and why."""

    text: str


@dataclass(frozen=True)
class KeyFigures:
    """A row of headline numbers (label, row key) taken from one view row, e.g. the latest week's totals."""

    row: Mapping[str, Any]
    items: Sequence[tuple[str, str]]


Block = Table | Chart | Note | KeyFigures


@dataclass
class Section:
    key: str
    title: str
    intro: str
    blocks: list[Block] = field(default_factory=list)


@dataclass
class Report:
    """A whole report: its subject, range and sections."""

    tier: str
    first: str | None
    last: str | None
    weeks: list[str]
    database: str
    generated_at: str
    sections: list[Section] = field(default_factory=list)
