"""Where the report reads its rows: the views, and nothing else.

One module so that every table of the report is traceable to the view function behind it: the look
commands' views (`spine shares`, `spine symbol`) and the report-only ones (overview, concentration,
movers, provenance).
"""

from __future__ import annotations

import sqlite3

from spine.domains.otc.views import Rows, WeekSpan, concentration, movers, overview, provenance
from spine.domains.otc.views.shares import shares
from spine.domains.otc.views.symbol import symbol
from spine.domains.otc.views.weeks import previous_week

__all__ = ["concentration", "movers", "overview", "provenance", "symbol_venues", "venue_shares"]


def venue_shares(conn: sqlite3.Connection, tier: str, first: str, last: str) -> Rows:
    """`spine shares` over the range: every venue of every week, ranked, with its change in points."""
    return shares(conn, tier, WeekSpan(first=first, last=last))


def previous_ranks(conn: sqlite3.Connection, tier: str, week: str) -> dict[str, int]:
    """Each venue's rank in the week before ``week`` (as `spine shares` gives it for that week)."""
    return {str(r["mpid"]): int(r["rank"]) for r in shares(conn, tier, WeekSpan(week=previous_week(week)))}


def symbol_venues(conn: sqlite3.Connection, tier: str, code: str, first: str, last: str) -> Rows:
    """`spine symbol`: one symbol's venues week by week, each with its share of the symbol's volume."""
    return symbol(conn, code, tier, WeekSpan(first=first, last=last))
