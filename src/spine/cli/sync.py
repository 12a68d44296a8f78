"""``spine sync``: bring the database up to date from FINRA's Query API."""

from __future__ import annotations

import sys
from datetime import date

import click

from spine.api import Spine
from spine.cli.base import EXIT_FAILED, EXIT_USAGE, cli, db_option, fail, open_spine
from spine.cli.run import exit_code, progress_bar
from spine.core import registry
from spine.core.db import default_db_path
from spine.core.errors import SpineError, UsageError
from spine.core.params import CONVERTERS, resolve_params
from spine.core.runner import ExecutionResult
from spine.domains.otc.sync_plan import DEFAULT_RECHECK
from spine.domains.otc.validators import normalize_tier_param
from spine.render.tables import print_json


def _tiers(_ctx: click.Context, _param: click.Parameter, values: tuple[str, ...]) -> tuple[str, ...]:
    try:
        return tuple(normalize_tier_param(value) for value in values)
    except ValueError as exc:
        raise click.BadParameter(str(exc)) from None


def _since(_ctx: click.Context, _param: click.Parameter, value: str | None) -> date | None:
    if value is None:
        return None
    try:
        return CONVERTERS["date"](value)  # type: ignore[no-any-return]
    except ValueError as exc:
        raise click.BadParameter(str(exc)) from None


@cli.command()
@click.option(
    "--tier",
    "tiers",
    multiple=True,
    callback=_tiers,
    help="NMS_TIER_1, NMS_TIER_2 or OTC (repeatable; default: all three)",
)
@click.option("--since", callback=_since, help="fetch the published weeks ending on or after YYYY-MM-DD")
@click.option("--weeks", type=click.IntRange(min=1), help="fetch the N newest published weeks")
@click.option(
    "--recheck",
    type=click.IntRange(min=0),
    default=DEFAULT_RECHECK,
    show_default=True,
    help="fetch the N newest loaded weeks again, to catch FINRA's restatements",
)
@click.option(
    "--archive",
    type=click.Path(file_okay=False),
    help="folder for the fetched weeks (default: $SPINE_ARCHIVE, else <db stem>_archive beside the db)",
)
@click.option("--dry-run", is_flag=True, help="list the weeks it would fetch; change nothing")
@click.option("--json", "as_json", is_flag=True, help="print the result as JSON")
@db_option
def sync(
    tiers: tuple[str, ...],
    since: date | None,
    weeks: int | None,
    recheck: int,
    archive: str | None,
    dry_run: bool,
    as_json: bool,
    db: str | None,
) -> None:
    """Fetch the weeks FINRA published since the last sync, recheck recent ones, and load them.

    An empty database gets the 12 newest published weeks of each tier; later runs get every newer
    week, plus the --recheck newest loaded weeks again: a week FINRA restated becomes a new capture.
    The FINRA server is $SPINE_FINRA_API_URL (default https://api.finra.org).
    """
    try:  # a wrong request is refused before any database is opened or created
        pipeline = registry.get("otc.sync")
        given = {"since": since, "weeks": weeks, "recheck": recheck, "archive": archive}
        pipeline.validate(resolve_params(pipeline.params, {k: v for k, v in given.items() if v is not None}))
    except UsageError as exc:
        fail(str(exc), EXIT_USAGE)
    if dry_run:
        try:  # the database is only read, and not created when missing
            result = Spine.preview_sync(
                db or default_db_path(),
                tiers,
                since=since,
                weeks=weeks,
                recheck=recheck,
                archive=archive,
            )
        except UsageError as exc:
            fail(str(exc), EXIT_USAGE)
        except SpineError as exc:
            fail(str(exc), EXIT_FAILED)
        _report(result, as_json)
        return
    with open_spine(db) as spine:
        # An interrupt ends in `spine.cli.main`, which prints the weeks kept (the sync's own note).
        with progress_bar(enabled=not as_json, label="sync") as progress:
            result = spine.sync(
                tiers, since=since, weeks=weeks, recheck=recheck, archive=archive, progress=progress
            )
        _report(result, as_json)
    sys.exit(exit_code(result))


def _report(result: ExecutionResult, as_json: bool) -> None:
    if as_json:
        print_json(result.as_dict())
        return
    from spine.render.run_summary import print_result

    print_result(result)
