"""Building the report: the views' rows, laid out as sections of tables and charts.

Nothing here computes a figure that a table shows: tables hold the views' rows as returned. Charts are
drawn from the same rows (the "other" venues of the shares chart are the sum of the rest's shares).
"""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from spine.domains.otc.views import Rows
from spine.domains.otc.views.weeks import OPEN_END, OPEN_START
from spine.render.report import charts
from spine.render.report.model import Column, KeyFigures, Note, Report, Section, Table
from spine.render.report.sources import (
    concentration,
    movers,
    overview,
    previous_ranks,
    provenance,
    symbol_venues,
    venue_shares,
)

TOP_VENUES = 10  # venues drawn on their own in the shares chart; the rest are "other"
TOP_SYMBOLS = 10


@dataclass(frozen=True)
class Request:
    """What to report on: a tier, a range of weeks (inclusive), symbols to detail, the trend base minimum."""

    tier: str
    first: str
    last: str
    symbols: Sequence[str]
    min_trend_base: int


def build(conn: sqlite3.Connection, request: Request, database: str, generated_at: str) -> Report:
    tier_weeks = overview.tier_weeks(conn, request.tier, request.first, request.last)
    weeks = [str(w["week_ending"]) for w in tier_weeks]
    if not weeks:
        report = Report(request.tier, None, None, weeks, database, generated_at)
        report.sections.append(_nothing(conn, request))
        return report
    report = Report(request.tier, weeks[0], weeks[-1], weeks, database, generated_at)
    report.sections += [
        _overview(tier_weeks),
        _venues(conn, request, weeks),
        _concentration(conn, request, weeks),
        _movers(conn, request, weeks[-1]),
        *(_symbol(conn, request, symbol, weeks) for symbol in request.symbols),
        _provenance(conn, request),
    ]
    return report


def _one_week_note(weeks: list[str], what: str) -> Note | None:
    if len(weeks) > 1:
        return None
    return Note(f"Only one week ({weeks[0]}) is aggregated in this range: {what} needs two weeks or more.")


def _nothing(conn: sqlite3.Connection, request: Request) -> Section:
    loaded = [
        f"{row[0]} ({row[1]} weeks, {row[2]} to {row[3]})"
        for row in conn.execute(
            "SELECT tier, COUNT(DISTINCT week_ending), MIN(week_ending), MAX(week_ending)"
            " FROM otc_venue_share GROUP BY tier ORDER BY tier"
        )
    ]
    span = _range_words(request.first, request.last)
    text = (
        f"This database has no aggregated week of {request.tier}{span},"
        " so there is nothing to chart or tabulate."
    )
    where = " Aggregated here: " + "; ".join(loaded) + "." if loaded else " No tier is aggregated yet."
    return Section(
        "nothing",
        "Nothing to show",
        "Load and aggregate weeks first (spine run otc.backfill_range, or spine sync).",
        [Note(text + where)],
    )


def _range_words(first: str, last: str) -> str:
    """The range asked for, in words: a request for a tier with no aggregated week has open ends."""
    if first == OPEN_START:
        return ""
    return f" from {first} on" if last == OPEN_END else f" from {first} to {last}"


# -- 1. overview ---------------------------------------------------------------------------------


def _overview(rows: Rows) -> Section:
    weeks = [str(r["week_ending"]) for r in rows]
    section = Section(
        "overview",
        "1. Tier overview",
        "ATS volume (shares) and trades of the tier per week, and how many symbols and venues traded.",
    )
    latest = rows[-1]
    section.blocks.append(
        KeyFigures(
            latest,
            [
                (f"ATS volume, week ending {latest['week_ending']}", "total_volume"),
                ("trades", "total_trades"),
                ("symbols", "symbol_count"),
                ("venues", "venue_count"),
            ],
        )
    )
    note = _one_week_note(weeks, "a chart over time")
    if note:
        section.blocks.append(note)
    else:
        section.blocks += [
            charts.weekly_bars(
                "overview-volume",
                "ATS volume per week",
                "Shares executed on ATSs in the tier, per week.",
                [(r["week_ending"], r["total_volume"]) for r in rows],
                "shares",
            ),
            charts.weekly_bars(
                "overview-trades",
                "Trades per week",
                "ATS trades in the tier, per week.",
                [(r["week_ending"], r["total_trades"]) for r in rows],
                "trades",
            ),
        ]
    section.blocks.append(
        Table(
            "overview",
            "Weekly totals",
            [
                Column("week_ending", "week ending"),
                Column("total_volume", "ATS volume", "int"),
                Column("total_trades", "trades", "int"),
                Column("symbol_count", "symbols", "int"),
                Column("venue_count", "venues", "int"),
            ],
            rows,
        )
    )
    return section


# -- 2. venues -----------------------------------------------------------------------------------


def _venues(conn: sqlite3.Connection, request: Request, weeks: list[str]) -> Section:
    history = venue_shares(conn, request.tier, request.first, request.last)
    latest = weeks[-1]
    section = Section(
        "venues",
        "2. Venues",
        f"The league table of ATS venues in the week ending {latest}, and the largest venues' shares of"
        " volume over the range.",
    )
    before = previous_ranks(conn, request.tier, latest)
    league = [
        {**r, "previous_rank": before.get(str(r["mpid"]))} for r in history if r["week_ending"] == latest
    ]
    trade_share = (
        [Column("trade_share_pct", "share of trades %", "decimal")]
        if "trade_share_pct" in history.columns
        else []
    )
    section.blocks.append(
        Table(
            "venues-latest",
            f"League table, week ending {latest}",
            [
                Column("rank", "rank", "int"),
                Column("previous_rank", "rank a week before", "int"),
                Column("mpid", "MPID"),
                Column("venue_name", "venue"),
                Column("total_volume", "volume", "int"),
                Column("total_trades", "trades", "int"),
                Column("market_share_pct", "share of volume %", "decimal"),
                *trade_share,
                Column("share_change_pp", "change, points", "decimal"),
                Column("symbol_count", "symbols", "int"),
            ],
            league,
            "Change: the venue's share of volume minus its share the week before, in percentage points"
            " (a venue absent that week had 0 %; empty when that week is not loaded).",
        )
    )
    note = _one_week_note(weeks, "the chart of shares over time")
    if note:
        section.blocks.append(note)
        return section
    section.blocks.append(_shares_chart(history, weeks))
    return section


def _shares_chart(history: list[dict[str, object]], weeks: list[str]) -> charts.Chart:
    order, points = _top_venues(history, "total_volume", "market_share_pct")
    return charts.stacked_shares(
        "venues-shares",
        f"Share of ATS volume, top {min(len(order), TOP_VENUES)} venues",
        "Each bar is one week; venues ranked by volume over the range"
        + (", the rest as other." if "other" in order else "."),
        points,
        order,
    )


def _top_venues(
    rows: Sequence[Mapping[str, object]], volume_key: str, share_key: str
) -> tuple[list[str], list[tuple[str, str, float]]]:
    """The chart's series: the `TOP_VENUES` venues by volume over the rows, then "other" (the sum of
    the rest's shares, for drawing only); and its points (week, venue, share)."""
    volume: dict[str, int] = defaultdict(int)
    for row in rows:
        volume[str(row["mpid"])] += int(str(row[volume_key]))
    top = sorted(volume, key=lambda m: (-volume[m], m))[:TOP_VENUES]
    points: list[tuple[str, str, float]] = []
    other: dict[str, float] = defaultdict(float)
    for row in rows:
        mpid, week, share = str(row["mpid"]), str(row["week_ending"]), float(str(row[share_key]))
        if mpid in top:
            points.append((week, mpid, share))
        else:
            other[week] += share
    if not other:
        return top, points
    return [*top, "other"], points + [(week, "other", share) for week, share in sorted(other.items())]


# -- 3. concentration ----------------------------------------------------------------------------


def _concentration(conn: sqlite3.Connection, request: Request, weeks: list[str]) -> Section:
    section = Section(
        "concentration",
        "3. Concentration",
        "The Herfindahl-Hirschman index of venue volume shares: the sum of squared shares in %, from 0"
        " (volume spread thinly) to 10,000 (one venue). Above 2,500 is usually called highly concentrated.",
    )
    tier_rows = concentration.tier_concentration(conn, request.tier, request.first, request.last)
    if not tier_rows:
        section.blocks.append(
            Note("This database has no venue concentration figures for these weeks: aggregate them again.")
        )
        return section
    if len(tier_rows) > 1:
        section.blocks.append(
            charts.weekly_lines(
                "concentration-tier",
                "Venue HHI of the tier",
                "HHI of the venues' shares of the tier's ATS volume, per week.",
                [(r["week_ending"], request.tier, float(r["venue_hhi"])) for r in tier_rows],
                "HHI",
            )
        )
    section.blocks.append(
        Table(
            "concentration-tier",
            "Venue HHI of the tier per week",
            [
                Column("week_ending", "week ending"),
                Column("venue_count", "venues", "int"),
                Column("venue_hhi", "HHI", "decimal"),
            ],
            tier_rows,
        )
    )
    symbol_rows = concentration.symbol_concentration(
        conn, request.tier, request.first, weeks[-1], TOP_SYMBOLS
    )
    latest = [r for r in symbol_rows if r["week_ending"] == weeks[-1]]
    if latest:
        section.blocks.append(
            Table(
                "concentration-symbols",
                f"Venue HHI of the top {len(latest)} symbols, week ending {weeks[-1]}",
                [
                    Column("symbol", "symbol"),
                    Column("venue_count", "venues", "int"),
                    Column("venue_hhi", "HHI", "decimal"),
                    Column("top_venue_mpid", "top venue"),
                    Column("top_venue_share_pct", "top venue share %", "decimal"),
                ],
                sorted(latest, key=lambda r: -(r["venue_hhi"] or 0)),
            )
        )
    return section


# -- 4. movers -----------------------------------------------------------------------------------


def _movers(conn: sqlite3.Connection, request: Request, week: str) -> Section:
    section = Section(
        "movers",
        "4. Movers",
        f"Week ending {week}. Trends compare the mean weekly volume of the 6-week window's last two weeks"
        " with its first two; only symbols whose base (the first period's mean) reaches"
        f" {request.min_trend_base:,} shares a week are ranked.",
    )
    columns = [
        Column("symbol", "symbol"),
        Column("trend_pct", "trend %", "decimal"),
        Column("trend_base_volume", "base, shares a week", "int"),
        Column("avg_6w_volume", "6-week average", "int"),
        Column("weeks_in_window", "weeks", "int"),
    ]
    for direction, title in (("UP", "Largest rises"), ("DOWN", "Largest falls")):
        rows = movers.movers(conn, request.tier, week, direction, request.min_trend_base)
        if rows:
            section.blocks.append(
                charts.ranked_bars(
                    f"movers-{direction.lower()}",
                    title,
                    "Trend % of the symbol's weekly volume.",
                    [(r["symbol"], float(r["trend_pct"])) for r in rows],
                    "trend %",
                )
            )
            section.blocks.append(Table(f"movers-{direction.lower()}", title, columns, rows))
        else:
            base = f"{request.min_trend_base:,}"
            section.blocks.append(Note(f"{title}: no symbol with a base of {base} shares a week."))
    top = movers.top_symbols(conn, request.tier, week)
    section.blocks.append(
        charts.ranked_bars(
            "movers-top",
            "Top symbols by ATS volume",
            f"Shares executed on ATSs in the week ending {week}.",
            [(r["symbol"], float(r["total_volume"])) for r in top],
            "shares",
        )
    )
    section.blocks.append(
        Table(
            "movers-top",
            "Top symbols by ATS volume",
            [
                Column("symbol", "symbol"),
                Column("total_volume", "ATS volume", "int"),
                Column("total_trades", "trades", "int"),
                Column("venue_count", "venues", "int"),
                Column("avg_trade_size", "average trade size", "decimal"),
            ],
            top,
        )
    )
    return section


# -- 5. symbols ----------------------------------------------------------------------------------


def _symbol(conn: sqlite3.Connection, request: Request, symbol: str, weeks: list[str]) -> Section:
    rows = symbol_venues(conn, request.tier, symbol, request.first, request.last)
    section = Section(
        f"symbol-{symbol}",
        f"5. {symbol}",
        f"{symbol}'s ATS volume by venue, week by week: each venue's share of the symbol's volume.",
    )
    if not rows:
        section.blocks.append(Note(f"{symbol} has no ATS volume in {request.tier} in these weeks."))
        return section
    traded = sorted({str(r["week_ending"]) for r in rows})
    if len(traded) > 1:
        order, points = _top_venues(rows, "total_shares", "share_of_symbol_pct")
        section.blocks.append(
            charts.stacked_shares(
                f"symbol-{symbol}",
                f"{symbol}: share of its ATS volume by venue",
                "Each bar is one week"
                + (f"; the top {TOP_VENUES} venues, the rest as other." if "other" in order else "."),
                points,
                order,
            )
        )
    else:
        section.blocks.append(Note(f"{symbol} traded in one week of the range only ({traded[0]}): no chart."))
    section.blocks.append(
        Table(
            f"symbol-{symbol}",
            f"{symbol} by venue and week",
            [
                Column("week_ending", "week ending"),
                Column("rank", "rank", "int"),
                Column("mpid", "MPID"),
                Column("venue_name", "venue"),
                Column("total_shares", "shares", "int"),
                Column("total_trades", "trades", "int"),
                Column("share_of_symbol_pct", "share of symbol %", "decimal"),
            ],
            rows,
        )
    )
    return section


# -- 6. provenance -------------------------------------------------------------------------------


def _provenance(conn: sqlite3.Connection, request: Request) -> Section:
    tier, first, last = request.tier, request.first, request.last
    section = Section(
        "provenance",
        "6. Data quality and provenance",
        "Quality checks, rejected lines and restatements of each week, and where each week's data came from.",
    )
    section.blocks.append(
        Table(
            "checks",
            "Quality checks per week",
            [
                Column("week_ending", "week ending"),
                Column("passed", "PASS", "int"),
                Column("warned", "WARN", "int"),
                Column("failed", "FAIL", "int"),
                Column("not_passed", "not passed", "long"),
            ],
            provenance.week_checks(conn, tier, first, last),
        )
    )
    rejects = provenance.reject_counts(conn, tier, first, last)
    if rejects:
        section.blocks.append(
            Table(
                "rejects",
                "Rejected lines by reason",
                [
                    Column("week_ending", "week ending"),
                    Column("stage", "stage"),
                    Column("reason_code", "reason"),
                    Column("lines", "lines", "int"),
                ],
                rejects,
            )
        )
    else:
        section.blocks.append(Note("No line of these weeks' current data was rejected."))
    restated = provenance.restatements(conn, tier, first, last)
    if restated:
        section.blocks.append(
            Table(
                "restatements",
                "Restated weeks",
                [
                    Column("week_ending", "week ending"),
                    Column("previous_capture_id", "from capture", "int"),
                    Column("capture_id", "to capture", "int"),
                    Column("captured_at", "loaded at"),
                    Column("venue_rows_added", "venue rows added", "int"),
                    Column("venue_rows_removed", "removed", "int"),
                    Column("venue_rows_changed", "changed", "int"),
                    Column("shares_before", "shares before", "int"),
                    Column("shares_after", "shares after", "int"),
                ],
                restated,
                "A restatement is a new file content for a week already loaded; the venue records of both"
                " captures are compared by symbol and MPID.",
            )
        )
    else:
        section.blocks.append(Note("No week of the range was restated: each was loaded from one content."))
    section.blocks.append(
        Table(
            "sources",
            "Sources and runs",
            [
                Column("week_ending", "week ending"),
                Column("source_type", "source"),
                Column("source_locator", "location", "long"),
                Column("source_sha256", "SHA-256", "long"),
                Column("captures", "captures", "int"),
                Column("ingest_run", "ingest run", "int"),
                Column("normalize_run", "normalize run", "int"),
                Column("aggregate_run", "aggregate run", "int"),
                Column("rolling_run", "rolling run", "int"),
                Column("snapshot_run", "snapshot run", "int"),
            ],
            provenance.week_sources(conn, tier, first, last),
            "Source: file (a file given to a backfill or ingest) or finra (fetched from FINRA's Query API;"
            " the location is its archive file). SHA-256 of the file's bytes. Run ids are execution ids"
            " (the executions table): the runs that wrote each stage's current rows.",
        )
    )
    return section
