"""Issue and venue names, as FINRA published them, for the symbols and MPIDs a view shows.

A name comes from the current data (latest capture) of the newest week of the view's range that
carries the symbol or MPID with a name (one of its venue records there); older weeks of
the range are read only for keys the newer ones lack, so the cost follows the weeks shown, never the
whole history. Seed files carry no names: their keys stay unnamed (None).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from typing import Literal

from spine.domains.otc.views.rows import Rows

Kind = Literal["issue", "venue"]

# Two fixed statements (never built from input): the names one week's current data carries. The
# week's venue volumes (clustered by week) carry their record's names; one record per key (the one
# with the smallest record hash) gives the key's name.
_WEEK_NAMES = {
    "issue": """
        SELECT key, name FROM (
            SELECT symbol AS key, issue_name AS name, min(raw_record_hash) FROM otc_venue_volume
            WHERE week_ending = :week AND tier = :tier GROUP BY symbol)
        WHERE coalesce(name, '') <> ''""",
    "venue": """
        SELECT key, name FROM (
            SELECT mpid AS key, venue_name AS name, min(raw_record_hash) FROM otc_venue_volume
            WHERE week_ending = :week AND tier = :tier GROUP BY mpid)
        WHERE coalesce(name, '') <> ''""",
}
_WEEKS_NEWEST_FIRST = """
SELECT week_ending FROM otc_week_manifest
WHERE tier = :tier AND week_ending BETWEEN :first AND :last ORDER BY week_ending DESC
"""


def names(
    conn: sqlite3.Connection, kind: Kind, tier: str, bounds: tuple[str, str], keys: Iterable[str]
) -> dict[str, str]:
    """Name per key (symbol or MPID) of ``tier``, newest week of ``bounds`` first."""
    wanted = {k for k in keys if k}
    found: dict[str, str] = {}
    if not wanted:
        return found
    params = {"tier": tier, "first": bounds[0], "last": bounds[1]}
    for (week,) in conn.execute(_WEEKS_NEWEST_FIRST, params).fetchall():
        for key, name in conn.execute(_WEEK_NAMES[kind], {"week": week, "tier": tier}):
            if key in wanted and key not in found:
                found[key] = name
        if len(found) == len(wanted):
            break
    return found


def add_names(
    conn: sqlite3.Connection,
    rows: Rows,
    kind: Kind,
    tier: str,
    bounds: tuple[str, str],
    key: str,
    column: str,
) -> None:
    """Fill ``column`` of every row with the name of the row's ``key`` (None when FINRA gave none)."""
    found = names(conn, kind, tier, bounds, (str(r[key]) for r in rows if r.get(key)))
    for row in rows:
        row[column] = found.get(row[key]) if row.get(key) else None
