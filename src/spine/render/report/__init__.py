"""The research report: one self-contained HTML file of tables and charts over a tier's weeks."""

from __future__ import annotations

import os
import sqlite3
import tempfile
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from spine.render.report import html
from spine.render.report.build import Request, build

__all__ = ["ReportResult", "Request", "write_report"]


@dataclass(frozen=True)
class ReportResult:
    """The file written and what it covers (``first``/``last`` are None when no week could be shown)."""

    path: Path
    bytes: int
    tier: str
    first: str | None
    last: str | None
    weeks: list[str]
    sections: list[str]


def write_report(conn: sqlite3.Connection, request: Request, out: Path, database: str) -> ReportResult:
    """Build the report and write it to ``out`` (a temporary file renamed into place: never half a page)."""
    generated = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    report = build(conn, request, database, generated)
    page = html.render(report).encode("utf-8")
    out.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{out.name}.", suffix=".tmp", dir=out.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(page)
        os.replace(tmp, out)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return ReportResult(
        out,
        len(page),
        request.tier,
        report.first,
        report.last,
        report.weeks,
        [s.title for s in report.sections],
    )
