"""`spine export DIR`: every view's full history as CSV files, one file per view.

Each file is written a week at a time (memory stays flat whatever the history's length), to a
temporary name first and renamed when complete, so a folder never holds half a file under the real
name. Every row carries ``week_ending`` and ``tier``; cells follow the CSV formula rule of `writers`.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path

from spine.domains.otc.views import Rows, WeekSpan
from spine.domains.otc.views.captures import captures
from spine.domains.otc.views.checks import checks
from spine.domains.otc.views.rejects import rejects
from spine.domains.otc.views.rolling import rolling
from spine.domains.otc.views.shares import shares
from spine.domains.otc.views.snapshot import snapshot
from spine.domains.otc.views.status import status
from spine.domains.otc.views.symbol import symbol
from spine.domains.otc.views.weeks import OPEN_START, tiers
from spine.render.writers import csv_header_and_rows

View = Callable[[sqlite3.Connection, str, WeekSpan], Rows]

# File name -> the view, called one tier-week at a time.
VIEWS: dict[str, View] = {
    "status": lambda conn, tier, span: status(conn, tier, span),
    "shares": lambda conn, tier, span: shares(conn, tier, span),
    "snapshot": lambda conn, tier, span: snapshot(conn, tier, span),
    "rolling": lambda conn, tier, span: rolling(conn, tier, span),
    "symbols": lambda conn, tier, span: symbol(conn, None, tier, span),
    "checks": lambda conn, tier, span: checks(conn, tier, span),
    "rejects": lambda conn, tier, span: rejects(conn, tier, span),
    "captures": lambda conn, tier, span: captures(conn, tier, span),
}
_WEEKS = "SELECT week_ending FROM otc_week_manifest WHERE tier = :tier ORDER BY week_ending"


def export_views(conn: sqlite3.Connection, folder: Path, tier: str | None = None) -> dict[str, int]:
    """Write ``<view>.csv`` for every view into ``folder`` (created if needed); rows per file."""
    folder.mkdir(parents=True, exist_ok=True)
    weeks = [(t, str(w)) for t in tiers(tier) for (w,) in conn.execute(_WEEKS, {"tier": t}).fetchall()]
    written: dict[str, int] = {}
    for name, view in VIEWS.items():
        target = folder / f"{name}.csv"
        partial = folder / f".{name}.csv.partial"
        with partial.open("w", encoding="utf-8", newline="") as out:
            written[name] = csv_header_and_rows(out, _chunks(conn, view, weeks))
        os.replace(partial, target)
    return written


def _chunks(conn: sqlite3.Connection, view: View, weeks: list[tuple[str, str]]) -> Iterator[Rows]:
    """The view's rows a tier-week at a time; at least one (maybe empty) chunk, for the header."""
    if not weeks:  # the week before every real week: no rows, only the columns
        yield view(conn, tiers(None)[0], WeekSpan(week=OPEN_START))
    for tier, week in weeks:
        yield view(conn, tier, WeekSpan(week=week))
