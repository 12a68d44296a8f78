"""The look commands: what is in the database, as a table, JSON or CSV."""

from __future__ import annotations

import click

from spine.cli.base import cli, db_option, open_spine, resolve_week, tier_option, week_option, with_format
from spine.domains.otc.enums import RejectCode
from spine.render.tables import print_rows

STATUS_TABLE_COLUMNS = (
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


@cli.command()
@tier_option()
@week_option("only this week (YYYY-MM-DD)")
@with_format
@db_option
def status(tier: str | None, week: str | None, fmt: str | None, db: str | None) -> None:
    """Week status: stage, counts, rejected and non-ATS shares, worst quality status."""
    with open_spine(db, must_exist=True) as spine:
        rows = spine.week_status(tier, week)
        # The terminal table keeps what fits; JSON and CSV carry every column.
        columns = None if fmt else STATUS_TABLE_COLUMNS
        print_rows(rows, fmt or "table", "week status", columns)


@cli.command()
@tier_option()
@week_option("only this week (YYYY-MM-DD)")
@click.option(
    "--reason",
    type=click.Choice([code.value for code in RejectCode], case_sensitive=False),
    help="only this reason code",
)
@click.option("--all-captures", is_flag=True, help="include rejects of superseded captures")
@with_format
@db_option
def rejects(
    tier: str | None,
    week: str | None,
    reason: str | None,
    all_captures: bool,
    fmt: str | None,
    db: str | None,
) -> None:
    """Rejected lines with their reasons."""
    with open_spine(db, must_exist=True) as spine:
        print_rows(spine.rejects(tier, week, reason, all_captures), fmt or "table", "rejects")


@cli.command()
@tier_option()
@week_option("only this week (YYYY-MM-DD)")
@click.option(
    "--status",
    "check_status",
    type=click.Choice(["PASS", "WARN", "FAIL"], case_sensitive=False),
    help="only checks with this status",
)
@with_format
@db_option
def checks(
    tier: str | None, week: str | None, check_status: str | None, fmt: str | None, db: str | None
) -> None:
    """Quality checks."""
    with open_spine(db, must_exist=True) as spine:
        print_rows(spine.quality_checks(tier, week, check_status), fmt or "table", "quality checks")


@cli.command()
@tier_option(required=True)
@week_option("the week (default: the latest with a snapshot)", latest=True)
@with_format
@db_option
def snapshot(tier: str, week: str | None, fmt: str | None, db: str | None) -> None:
    """The research snapshot of a week."""
    with open_spine(db, must_exist=True) as spine:
        week = resolve_week(spine, tier, week, "snapshot", "run otc.research_snapshot_week or a backfill")
        print_rows(spine.snapshot(tier, week), fmt or "table", f"snapshot {tier} {week}")


@cli.command()
@tier_option(required=True)
@week_option("the week (default: the latest with fresh rolling rows)", latest=True)
@click.option("--symbol", help="only this symbol")
@with_format
@db_option
def rolling(tier: str, week: str | None, symbol: str | None, fmt: str | None, db: str | None) -> None:
    """6-week rolling averages and trends of a week."""
    with open_spine(db, must_exist=True) as spine:
        week = resolve_week(spine, tier, week, "rolling", "run otc.compute_rolling_6w or a backfill")
        rows = spine.rolling(tier, week, symbol.strip().upper() if symbol and symbol.strip() else None)
        print_rows(rows, fmt or "table", f"rolling 6w {tier} {week}")


@cli.command()
@tier_option(required=True)
@week_option("the week (default: the latest aggregated)", latest=True)
@with_format
@db_option
def shares(tier: str, week: str | None, fmt: str | None, db: str | None) -> None:
    """Venue market shares of a week."""
    with open_spine(db, must_exist=True) as spine:
        week = resolve_week(spine, tier, week, "summary", "run otc.aggregate_week or a backfill")
        print_rows(spine.venue_shares(tier, week), fmt or "table", f"venue shares {tier} {week}")


@cli.command()
@tier_option()
@week_option("only this week (YYYY-MM-DD)")
@with_format
@db_option
def captures(tier: str | None, week: str | None, fmt: str | None, db: str | None) -> None:
    """Revision history: every distinct file content loaded per week."""
    with open_spine(db, must_exist=True) as spine:
        print_rows(spine.captures(tier, week), fmt or "table", "captures")


@cli.command("capture-volumes")
@click.argument("capture_id", type=click.IntRange(1, 2**63 - 1))
@with_format
@db_option
def capture_volumes(capture_id: int, fmt: str | None, db: str | None) -> None:
    """The venue records of a capture, as that file had them (earlier vintages included)."""
    with open_spine(db, must_exist=True) as spine:
        rows = spine.capture_volumes(capture_id)
        print_rows(rows, fmt or "table", f"capture {capture_id}")
