"""Reading a report page back with the standard library's HTML parser: its tables, charts and notes."""

from __future__ import annotations

from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path


@dataclass
class ChartMarks:
    """One chart: its title and, per data-mark group (``rect``, ``line``, ``symbol``...), its marks."""

    title: str = ""
    marks: dict[str, int] = field(default_factory=dict)
    labels: list[str] = field(default_factory=list)  # the marks' aria-labels (their data, as drawn)


@dataclass
class Page:
    tables: dict[str, list[dict[str, str]]] = field(default_factory=dict)
    charts: list[ChartMarks] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    section_ids: list[str] = field(default_factory=list)
    title: str = ""
    svgs: int = 0
    external: list[str] = field(default_factory=list)  # src/href values that would leave the page


class _Reader(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.page = Page()
        self.table: list[dict[str, str]] | None = None
        self.keys: list[str] = []
        self.row: dict[str, str] | None = None
        self.col: str | None = None
        self.text: list[str] = []
        self.chart: ChartMarks | None = None
        self.in_h3 = self.in_note = self.in_title = False
        self.mark_stack: list[str | None] = []  # per open <g>: the mark type when it holds data marks

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        for name in ("src", "href", "xlink:href"):
            value = a.get(name)
            if value and not value.startswith(("#", "data:")):
                self.page.external.append(value)
        classes = (a.get("class") or "").split()
        if tag == "title":
            self.in_title = True
        elif tag == "section" and a.get("id"):
            self.page.section_ids.append(a["id"] or "")
        elif tag == "table" and a.get("data-table"):
            self.table = self.page.tables.setdefault(a["data-table"] or "", [])
            self.keys = []
        elif tag == "th" and self.table is not None:
            self.keys.append(a.get("data-col") or "")
        elif tag == "tr" and self.table is not None:
            self.row = {}
        elif tag == "td" and self.row is not None:
            # A cell's column is its heading's key (``data-col`` on the <th> of the same position).
            self.col, self.text = self.keys[len(self.row)], []
        elif tag == "figure" and "chart" in classes:
            self.chart = ChartMarks()
            self.page.charts.append(self.chart)
        elif tag == "h3" and self.chart is not None and not self.chart.title:
            self.in_h3, self.text = True, []
        elif tag == "svg":
            self.page.svgs += 1
        elif tag == "g":
            mark = next((c[5:] for c in classes if c.startswith("mark-")), None)
            self.mark_stack.append(mark if "role-mark" in classes else None)
        elif tag == "path" and self.chart is not None and self.mark_stack and self.mark_stack[-1]:
            kind = self.mark_stack[-1]
            self.chart.marks[kind] = self.chart.marks.get(kind, 0) + 1
            if a.get("aria-label"):
                self.chart.labels.append(a["aria-label"] or "")
        elif tag == "p" and "note" in classes:
            self.in_note, self.text = True, []

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self.in_title = False
        elif tag == "td" and self.row is not None and self.col:
            self.row[self.col] = "".join(self.text)
            self.col = None
        elif tag == "tr" and self.table is not None and self.row is not None:
            if self.row:
                self.table.append(self.row)
            self.row = None
        elif tag == "table":
            self.table = None
        elif tag == "h3" and self.in_h3 and self.chart is not None:
            self.chart.title, self.in_h3 = "".join(self.text), False
        elif tag == "figure":
            self.chart = None
        elif tag == "g" and self.mark_stack:
            self.mark_stack.pop()
        elif tag == "p" and self.in_note:
            self.page.notes.append("".join(self.text))
            self.in_note = False

    def handle_data(self, data: str) -> None:
        if self.in_title:
            self.page.title += data
        if self.col is not None or self.in_h3 or self.in_note:
            self.text.append(data)


def read(path: Path) -> Page:
    reader = _Reader()
    reader.feed(path.read_text(encoding="utf-8"))
    reader.close()
    return reader.page


def number(text: str) -> int:
    """An integer cell as the page writes it (thousands separators)."""
    return int(text.replace(",", ""))
