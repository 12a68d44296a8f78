"""Venue market shares, week by week (long format): one row per week, tier and venue.

``rank`` orders a week's venues by volume (ties: the smaller MPID first, as for the top venue), over
every venue of the week, also when ``mpids`` narrows the rows. ``tier_week_hhi`` is the tier-week's
venue concentration (HHI on the 0-10,000 scale), the same on every row of a week.
``share_change_pp`` is the venue's share this week minus its share the week before, in percentage
points: a venue without a row in a loaded previous week had 0 %; None when the previous week is not
loaded (the first week of the history, or a gap).
"""

from __future__ import annotations

import json
import sqlite3

from spine.domains.otc.enums import AT_LEAST_SQL, Stage
from spine.domains.otc.views.names import add_names
from spine.domains.otc.views.rows import Rows, fetch, has_table, present, select_list
from spine.domains.otc.views.weeks import WeekSpan, tier_weeks

# Figures a later migration adds to otc_venue_share: shown once the table has them.
_LATER_FIGURES = ("trade_share_pct", "avg_trade_size")
# The tier-week's venue concentration (HHI of the venues' volume shares), once its table exists.
_HHI_TABLE = "otc_venue_concentration"
_HHI = ", c.venue_hhi AS tier_week_hhi"
_HHI_JOIN = "LEFT JOIN otc_venue_concentration c ON c.week_ending = s.week_ending AND c.tier = s.tier"

# Ranks are taken over every venue of the week before --mpid narrows the rows.
_SQL = """
WITH ranked AS (
    SELECT v.*, row_number() OVER (PARTITION BY v.week_ending ORDER BY v.total_volume DESC, v.mpid) AS rank
    FROM otc_venue_share v
    WHERE v.tier = :tier AND v.week_ending BETWEEN :first AND :last
)
SELECT s.week_ending, s.tier, s.mpid, NULL AS venue_name, s.total_volume, s.total_trades,
       s.symbol_count, s.market_share_pct{later}, s.rank{hhi},
       p.market_share_pct AS previous_share_pct,
       EXISTS (SELECT 1 FROM {loaded} AND m.week_ending = date(s.week_ending, '-7 days'))
         AS previous_loaded
FROM ranked s
LEFT JOIN otc_venue_share p
       ON p.week_ending = date(s.week_ending, '-7 days') AND p.tier = s.tier AND p.mpid = s.mpid
{hhi_join}
WHERE :mpids IS NULL OR s.mpid IN (SELECT value FROM json_each(:mpids))
ORDER BY s.week_ending, s.rank
"""


def shares(
    conn: sqlite3.Connection, tier: str | None, span: WeekSpan, mpids: list[str] | None = None
) -> Rows:
    """Venue shares of ``tier`` (or every tier) over ``span``, ranked by volume within each week."""
    later = present(conn, "otc_venue_share", _LATER_FIGURES)
    hhi = has_table(conn, _HHI_TABLE)
    sql = _SQL.format(
        later=select_list("s", later),
        hhi=_HHI if hhi else "",
        hhi_join=_HHI_JOIN if hhi else "",
        loaded=AT_LEAST_SQL,
    )
    result = Rows.of([], _columns(later, hhi))
    for weeks in tier_weeks(conn, tier, span):
        params = weeks.params(
            mpids=json.dumps(mpids) if mpids else None,
            rank=Stage.AGGREGATED.rank,  # the previous week is loaded: aggregated or later
        )
        rows = fetch(conn, sql, params)
        for row in rows:
            previous, loaded = row.pop("previous_share_pct"), row.pop("previous_loaded")
            base = previous if previous is not None else (0 if loaded else None)
            row["share_change_pp"] = None if base is None else row["market_share_pct"] - base
        add_names(conn, rows, "venue", weeks.tier, weeks.bounds, "mpid", "venue_name")
        result.extend(rows)
    return result


def _columns(later: tuple[str, ...], hhi: bool) -> tuple[str, ...]:
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
        *(("tier_week_hhi",) if hhi else ()),
        "share_change_pp",
    )
