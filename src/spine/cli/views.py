"""The look commands: what is in the database, as a table, JSON or CSV, over any range of weeks."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

import click

from spine.api import Spine
from spine.cli.base import cli, db_option, open_spine, tier_option, with_format
from spine.core.errors import UsageError
from spine.core.params import CONVERTERS
from spine.domains.otc.enums import RejectCode
from spine.domains.otc.views import Rows, WeekSpan
from spine.domains.otc.views.symbol import symbol_weeks
from spine.domains.otc.views.weeks import OPEN_END, OPEN_START, RangeWords
from spine.render.tables import TERMINAL_ROW_LIMIT, Layout, terminal_width
from spine.render.writers import quiet_when_closed, show_rows

# What a terminal table shows of each view (JSON and CSV carry every column), and what gives way first.
STATUS_TABLE = (
    "week_ending",
    "tier",
    "stage",
    "raw",
    "inserted",
    "normalized",
    "rejected",
    "ignored",
    "non_ats_rows",
    "quality",
    "rolling_stale",
    "captures",
)
SHARES_TABLE = (
    "week_ending",
    "tier",
    "rank",
    "mpid",
    "venue_name",
    "total_volume",
    "total_trades",
    "market_share_pct",
    "trade_share_pct",
    "share_change_pp",
)
SNAPSHOT_TABLE = (
    "week_ending",
    "tier",
    "symbol",
    "issue_name",
    "total_volume",
    "total_trades",
    "venue_count",
    "top_venue_mpid",
    "top_venue_name",
    "top_venue_share_pct",
    "venue_hhi",
    "rolling_avg_6w_volume",
    "rolling_trend",
    "ats_share_of_otc_pct",
    "quality_status",
    "rolling_stale",
)
ROLLING_TABLE = (
    "week_ending",
    "tier",
    "symbol",
    "issue_name",
    "avg_6w_volume",
    "avg_6w_trades",
    "trend",
    "trend_base_volume",
    "weeks_in_window",
    "weeks_traded",
    "is_stale",
)
SYMBOL_VENUES_TABLE = (
    "week_ending",
    "tier",
    "rank",
    "mpid",
    "venue_name",
    "total_shares",
    "total_trades",
    "share_of_symbol_pct",
)
# The issue name is in the title; the trend label stands for direction and percentage.
_SYMBOL_WEEKS_HIDDEN = ("issue_name", "trend_direction", "trend_pct")
NAMES_FOLD = Layout(fold=("venue_name", "issue_name", "top_venue_name"))
TEXT_FOLD = Layout(fold=("message", "raw_line", "source_locator", "reason_detail", "expected_value"))
# The command line's names for the week options, in its usage errors.
_RANGE_WORDS = RangeWords(week="--week", first="--from", last="--to", count="--weeks", verb="use")


def week_range(default: str) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """--week, --from/--to, --weeks and --all; the command receives one `span` (a WeekSpan)."""

    def convert(_ctx: click.Context, _param: click.Parameter, value: str | None) -> str | None:
        if value is None or value.strip().lower() == "latest":
            return value and "latest"
        try:
            return str(CONVERTERS["week"](value).isoformat())
        except ValueError as exc:
            raise click.BadParameter(str(exc)) from None

    def decorate(func: Callable[..., Any]) -> Callable[..., Any]:
        def wrapper(
            *args: Any,
            week: str | None,
            first: str | None,
            last: str | None,
            weeks: int | None,
            every: bool,
            **kwargs: Any,
        ) -> Any:
            span = make_span(default, week, first, last, weeks, every, kwargs.get("fmt"))
            return func(*args, span=span, every=every, **kwargs)

        wrapper.__name__, wrapper.__doc__ = func.__name__, func.__doc__
        wrapper.__click_params__ = getattr(func, "__click_params__", [])  # type: ignore[attr-defined]
        options = [
            click.option("--week", callback=convert, help="only this week (YYYY-MM-DD, or latest)"),
            click.option("--from", "first", callback=convert, help="first week of the range (YYYY-MM-DD)"),
            click.option("--to", "last", callback=convert, help="last week of the range (YYYY-MM-DD)"),
            click.option(
                "--weeks",
                type=click.IntRange(1, 5200),
                help="the N weeks ending at --to, or at the latest week",
            ),
            click.option("--all", "every", is_flag=True, help="every row (and every week)"),
        ]
        for option in reversed(options):
            wrapper = option(wrapper)
        return wrapper

    return decorate


def make_span(
    default: str,
    week: str | None,
    first: str | None,
    last: str | None,
    weeks: int | None,
    every: bool,
    fmt: str | None,
) -> WeekSpan:
    """The weeks asked for; "recent" views show recent weeks on a terminal only (--all: every week)."""
    if default == "recent" and (every or fmt or terminal_width() is None):
        default = "all"
    try:
        return WeekSpan.asked(week, first, last, weeks, default=default, words=_RANGE_WORDS)
    except UsageError as exc:
        raise click.UsageError(str(exc)) from None


def show(
    rows: Rows,
    fmt: str | None,
    title: str,
    nothing: str,
    *,
    every: bool,
    table: Sequence[str] | None = None,
    layout: Layout = NAMES_FOLD,
) -> None:
    """Print a view: table (row limit on a terminal unless --all), JSON or CSV; a hint when empty."""
    columns = [c for c in table if c in rows.columns] if table and not fmt else list(rows.columns)
    limit = None if every or fmt else TERMINAL_ROW_LIMIT
    with quiet_when_closed():
        show_rows(rows, columns, fmt, title=title, nothing=nothing, limit=limit, layout=layout)


def _scope(spine: Spine, tier: str | None, span: WeekSpan) -> str:
    """The weeks asked for, in words, for a "nothing to show" hint."""
    if tier is None:
        return f"any tier, {span.describe()}"
    bounds = span.bounds(spine.conn, tier)
    if bounds is None:
        return f"{tier} (no aggregated week yet)"
    first, last = bounds
    if first == last:
        return f"{tier} {first}"
    if first == OPEN_START or last == OPEN_END:
        return f"{tier}, {span.describe()}"
    return f"{tier} {first} to {last}"


def _title(name: str, tier: str | None, rows: Rows) -> str:
    """A table's title: the view, the tier and the weeks its rows cover."""
    weeks = sorted({str(r["week_ending"]) for r in rows if r.get("week_ending")})
    span = "" if not weeks else weeks[0] if len(weeks) == 1 else f"{weeks[0]} to {weeks[-1]}"
    return f"{name} {tier or 'every tier'} {span}".rstrip()


@cli.command()
@tier_option()
@with_format
@week_range("recent")
@db_option
def status(tier: str | None, span: WeekSpan, every: bool, fmt: str | None, db: str | None) -> None:
    """Week status: stage, counts, rejected and non-ATS shares, worst quality status."""
    with open_spine(db, must_exist=True) as spine:
        rows = spine.status(tier, span=span)
        show(
            rows,
            fmt,
            _title("week status", tier, rows),
            f"no weeks loaded for {_scope(spine, tier, span)}; run a backfill",
            every=every,
            table=STATUS_TABLE,
        )


@cli.command()
@tier_option()
@with_format
@week_range("all")
@click.option(
    "--reason",
    type=click.Choice([code.value for code in RejectCode], case_sensitive=False),
    help="only this reason code",
)
@click.option("--all-captures", is_flag=True, help="include rejects of superseded captures")
@db_option
def rejects(
    tier: str | None,
    span: WeekSpan,
    every: bool,
    reason: str | None,
    all_captures: bool,
    fmt: str | None,
    db: str | None,
) -> None:
    """Rejected lines with their reasons."""
    with open_spine(db, must_exist=True) as spine:
        rows = spine.rejects(
            tier, reason=reason.upper() if reason else None, all_captures=all_captures, span=span
        )
        show(
            rows,
            fmt,
            _title("rejects", tier, rows),
            f"no rejected lines for {_scope(spine, tier, span)}",
            every=every,
            layout=TEXT_FOLD,
        )


@cli.command()
@tier_option()
@with_format
@week_range("recent")
@click.option(
    "--status",
    "check_status",
    type=click.Choice(["PASS", "WARN", "FAIL"], case_sensitive=False),
    help="only checks with this status",
)
@db_option
def checks(
    tier: str | None, span: WeekSpan, every: bool, check_status: str | None, fmt: str | None, db: str | None
) -> None:
    """Quality checks."""
    with open_spine(db, must_exist=True) as spine:
        rows = spine.checks(tier, status=check_status.upper() if check_status else None, span=span)
        show(
            rows,
            fmt,
            _title("quality checks", tier, rows),
            f"no quality checks for {_scope(spine, tier, span)}",
            every=every,
            layout=TEXT_FOLD,
        )


@cli.command()
@tier_option()
@with_format
@week_range("latest")
@click.option("--symbol", help="only this symbol")
@db_option
def snapshot(
    tier: str | None, span: WeekSpan, every: bool, symbol: str | None, fmt: str | None, db: str | None
) -> None:
    """The research snapshot: one row per week and symbol (default: the latest week)."""
    with open_spine(db, must_exist=True) as spine:
        rows = spine.snapshot(tier, symbol=_code(symbol), span=span)
        hint = "snapshots are taken by a backfill or otc.research_snapshot_week"
        show(
            rows,
            fmt,
            _title("snapshot", tier, rows),
            f"no snapshot rows for {_scope(spine, tier, span)}; {hint}",
            every=every,
            table=SNAPSHOT_TABLE,
        )


@cli.command()
@tier_option()
@with_format
@week_range("latest")
@click.option("--symbol", help="only this symbol")
@db_option
def rolling(
    tier: str | None, span: WeekSpan, every: bool, symbol: str | None, fmt: str | None, db: str | None
) -> None:
    """6-week rolling averages and trends: one row per week and symbol (default: the latest week)."""
    with open_spine(db, must_exist=True) as spine:
        rows = spine.rolling(tier, symbol=_code(symbol), span=span)
        hint = "rolling rows are computed by a backfill or otc.compute_rolling_6w"
        show(
            rows,
            fmt,
            _title("rolling 6w", tier, rows),
            f"no rolling rows for {_scope(spine, tier, span)}; {hint}",
            every=every,
            table=ROLLING_TABLE,
        )


@cli.command()
@tier_option()
@with_format
@week_range("latest")
@click.option("--mpid", "mpids", multiple=True, help="only this venue (repeat, or comma-separated)")
@db_option
def shares(
    tier: str | None, span: WeekSpan, every: bool, mpids: tuple[str, ...], fmt: str | None, db: str | None
) -> None:
    """Venue market shares, week by week: volume, trades, shares, rank, change against the week before."""
    wanted = [m.strip().upper() for part in mpids for m in part.split(",") if m.strip()]
    with open_spine(db, must_exist=True) as spine:
        rows = spine.shares(tier, mpid=wanted or None, span=span)
        show(
            rows,
            fmt,
            _title("venue shares", tier, rows),
            f"no venue shares for {_scope(spine, tier, span)}",
            every=every,
            table=SHARES_TABLE,
        )


@cli.command("symbol")
@click.argument("code")
@tier_option()
@with_format
@week_range("all")
@db_option
def symbol_command(
    code: str, tier: str | None, span: WeekSpan, every: bool, fmt: str | None, db: str | None
) -> None:
    """One symbol week by week: its venues with names and shares, its totals, rolling figures and trend."""
    wanted = code.strip().upper()
    with open_spine(db, must_exist=True) as spine:
        rows = spine.symbol(code, tier, span=span)  # the library refuses a blank code (exit 2)
        nothing = f"no rows for symbol {wanted} in {_scope(spine, tier, span)}"
        if fmt or not rows:
            show(rows, fmt, wanted, nothing, every=every)
            return
        weeks = symbol_weeks(rows)
        show(
            weeks,
            fmt,
            f"{wanted} {weeks[-1]['issue_name'] or ''}".strip() + " week by week",
            nothing,
            every=every,
            table=[c for c in weeks.columns if c not in _SYMBOL_WEEKS_HIDDEN],
        )
        show(rows, fmt, f"{wanted} venues week by week", nothing, every=every, table=SYMBOL_VENUES_TABLE)


@cli.command()
@tier_option()
@with_format
@week_range("recent")
@db_option
def captures(tier: str | None, span: WeekSpan, every: bool, fmt: str | None, db: str | None) -> None:
    """Revision history: every distinct file content loaded per week."""
    with open_spine(db, must_exist=True) as spine:
        rows = spine.captures(tier, span=span)
        show(
            rows,
            fmt,
            _title("captures", tier, rows),
            f"no captures for {_scope(spine, tier, span)}",
            every=every,
            layout=TEXT_FOLD,
        )


@cli.command("capture-volumes")
@click.argument("capture_id", type=click.IntRange(1, 2**63 - 1))
@click.option("--all", "every", is_flag=True, help="every row")
@with_format
@db_option
def capture_volumes(capture_id: int, every: bool, fmt: str | None, db: str | None) -> None:
    """The venue records of a capture, as that file had them (earlier vintages included)."""
    with open_spine(db, must_exist=True) as spine:
        rows = spine.capture_volumes(capture_id)
        show(rows, fmt, f"capture {capture_id}", f"no records in capture {capture_id}", every=every)


def _code(value: str | None) -> str | None:
    return value.strip().upper() if value and value.strip() else None
