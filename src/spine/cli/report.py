"""``spine report``: the research report of a tier as one self-contained HTML file."""

from __future__ import annotations

import click

from spine.cli.base import cli, db_option, open_spine, tier_option
from spine.domains.otc.figures.trend import DEFAULT_MIN_TREND_BASE, MIN_TREND_BASE_ENV


@cli.command()
@tier_option(required=True)
@click.option("--weeks", type=click.IntRange(1, 520), help="the N weeks ending at the latest (default 52)")
@click.option("--from", "first", metavar="WEEK", help="first week of the range (a Friday)")
@click.option("--to", "last", metavar="WEEK", help="last week of the range (default: the latest)")
@click.option(
    "--symbol", "symbols", multiple=True, metavar="SYMBOL", help="a section for this symbol (repeat)"
)
@click.option(
    "--min-trend-base",
    type=click.IntRange(0, None),
    help="shares a week a trend's base needs to rank as a mover"
    f" (default: ${MIN_TREND_BASE_ENV} or {DEFAULT_MIN_TREND_BASE:,})",
)
@click.option(
    "--out",
    type=click.Path(dir_okay=False),
    default="report.html",
    show_default=True,
    help="HTML file to write",
)
@db_option
def report(
    tier: str,
    weeks: int | None,
    first: str | None,
    last: str | None,
    symbols: tuple[str, ...],
    min_trend_base: int | None,
    out: str,
    db: str | None,
) -> None:
    """Write the research report of a tier: venues, concentration, movers, symbols, provenance."""
    with open_spine(db, must_exist=True) as spine:
        result = spine.report(
            tier, out, weeks=weeks, first=first, last=last, symbols=symbols, min_trend_base=min_trend_base
        )
    if result.first is None:
        click.echo(f"wrote {result.path} ({result.bytes:,} bytes): no aggregated week of {tier} to show")
        return
    weeks_text = f"{len(result.weeks)} week{'s' if len(result.weeks) != 1 else ''}"
    click.echo(
        f"wrote {result.path} ({result.bytes:,} bytes): {tier}, {weeks_text}, {result.first} to {result.last}"
    )
