"""Venue market shares, week by week (long format): one row per week, tier and venue.

``rank`` orders a week's venues by volume (ties: the smaller MPID first, as for the top venue).
``share_change_pp`` is the venue's share this week minus its share the week before, in percentage
points: a venue without a row in a loaded previous week had 0 %; None when the previous week is not
loaded (the first week of the history, or a gap).
"""

from __future__ import annotations

import json
import sqlite3

from spine.domains.otc.enums import Stage
from spine.domains.otc.views.names import add_names
from spine.domains.otc.views.rows import Rows, fetch, present, select_list
from spine.domains.otc.views.weeks import WeekSpan, tiers

# Figures a later migration adds to otc_venue_share: shown once the table has them.
_LATER_FIGURES = ("trade_share_pct",)

_SQL = """
SELECT s.week_ending, s.tier, s.mpid, NULL AS venue_name, s.total_volume, s.total_trades,
       s.symbol_count, s.market_share_pct{later},
       row_number() OVER (PARTITION BY s.week_ending ORDER BY s.total_volume DESC, s.mpid) AS rank,
       p.market_share_pct AS previous_share_pct,
       EXISTS (SELECT 1 FROM otc_week_manifest m JOIN otc_stage_rank k ON k.stage = m.stage
               WHERE m.tier = s.tier AND m.week_ending = date(s.week_ending, '-7 days')
                 AND k.rank >= (SELECT rank FROM otc_stage_rank WHERE stage = :aggregated))
         AS previous_loaded
FROM otc_venue_share s
LEFT JOIN otc_venue_share p
       ON p.week_ending = date(s.week_ending, '-7 days') AND p.tier = s.tier AND p.mpid = s.mpid
WHERE s.tier = :tier AND s.week_ending BETWEEN :first AND :last
  AND (:mpids IS NULL OR s.mpid IN (SELECT value FROM json_each(:mpids)))
ORDER BY s.week_ending, rank
"""


def shares(
    conn: sqlite3.Connection, tier: str | None, span: WeekSpan, mpids: list[str] | None = None
) -> Rows:
    """Venue shares of ``tier`` (or every tier) over ``span``, ranked by volume within each week."""
    later = present(conn, "otc_venue_share", _LATER_FIGURES)
    sql = _SQL.format(later=select_list("s", later))
    result = Rows.of([], _columns(later))
    for one in tiers(tier):
        bounds = span.bounds(conn, one)
        if bounds is None:
            continue
        params = {
            "tier": one,
            "first": bounds[0],
            "last": bounds[1],
            "mpids": json.dumps(mpids) if mpids else None,
            "aggregated": Stage.AGGREGATED.value,
        }
        rows = fetch(conn, sql, params)
        for row in rows:
            previous, loaded = row.pop("previous_share_pct"), row.pop("previous_loaded")
            base = previous if previous is not None else (0 if loaded else None)
            row["share_change_pp"] = None if base is None else row["market_share_pct"] - base
        add_names(conn, rows, "venue", one, bounds, "mpid", "venue_name")
        result.extend(rows)
    return result


def _columns(later: tuple[str, ...]) -> tuple[str, ...]:
    return (
        "week_ending",
        "tier",
        "mpid",
        "venue_name",
        "total_volume",
        "total_trades",
        "symbol_count",
        "market_share_pct",
        *later,
        "rank",
        "share_change_pp",
    )
