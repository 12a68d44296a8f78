"""The ``spine`` command: a thin skin over `spine.api.Spine`.

Exit codes: 0 success, 1 a pipeline failed, 2 a usage error (unknown pipeline, bad parameter),
3 a backfill that finished with some weeks failed.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import click

from spine import __version__
from spine.api import Spine
from spine.core import registry
from spine.core.db import default_db_path
from spine.core.errors import PipelineError, SpineError, UsageError
from spine.core.params import CONVERTERS, parse_assignments, resolve_params
from spine.core.runner import ExecutionResult
from spine.domains.otc.enums import RejectCode
from spine.domains.otc.validators import normalize_tier_param
from spine.output import console, print_json, print_rows

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_PARTIAL = 0, 1, 2, 3
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


def _fail(message: str, code: int) -> None:
    click.echo(f"error: {message}", err=True)  # never wrapped: one line, greppable
    sys.exit(code)


@contextmanager
def open_spine(db: str | None, must_exist: bool = False) -> Iterator[Spine]:
    """Open the database, turning every expected error into one line and an exit code."""
    try:
        spine = Spine(db, must_exist=must_exist)
    except UsageError as exc:
        _fail(str(exc), EXIT_USAGE)
    except SpineError as exc:
        _fail(str(exc), EXIT_FAILED)
    try:
        yield spine
    except UsageError as exc:
        _fail(str(exc), EXIT_USAGE)
    except SpineError as exc:
        _fail(str(exc), EXIT_FAILED)
    finally:
        spine.close()


def _tier_option(required: bool = False) -> Callable[[Any], Any]:
    def convert(_ctx: click.Context, _param: click.Parameter, value: str | None) -> str | None:
        if value is None:
            return None
        try:
            return normalize_tier_param(value)
        except ValueError as exc:
            raise click.BadParameter(str(exc)) from None

    return click.option("--tier", required=required, callback=convert, help="NMS_TIER_1, NMS_TIER_2 or OTC")


db_option = click.option(
    "--db",
    envvar="SPINE_DB",
    default=None,
    show_default=False,
    help=f"SQLite file (default: $SPINE_DB or {default_db_path()})",
)
format_options = [
    click.option("--json", "fmt", flag_value="json", help="print JSON"),
    click.option("--csv", "fmt", flag_value="csv", help="print CSV"),
]


def with_format(func: Callable[..., Any]) -> Callable[..., Any]:
    for option in reversed(format_options):
        func = option(func)
    return func


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="spine")
def cli() -> None:
    """Market Spine Basic: FINRA weekly OTC transparency data as an audited SQLite history."""


def main(args: list[str] | None = None) -> None:
    """Entry point: click's usage errors become one line and exit code 2, like the others."""
    try:
        code = cli.main(args=args, prog_name="spine", standalone_mode=False)
    except click.exceptions.NoArgsIsHelpError as exc:
        click.echo(exc.ctx.get_help() if exc.ctx else "spine --help")
        sys.exit(EXIT_OK)
    except click.UsageError as exc:
        hint = f" (see `{exc.ctx.command_path} --help`)" if exc.ctx else ""
        _fail(exc.format_message() + hint, EXIT_USAGE)
    except click.ClickException as exc:
        _fail(exc.format_message(), EXIT_FAILED)
    except click.Abort:
        _fail("aborted", EXIT_FAILED)
    sys.exit(code if isinstance(code, int) else EXIT_OK)


# -- db ---------------------------------------------------------------------------------------


@cli.group()
def db() -> None:
    """Database commands."""


@db.command("init")
@db_option
def db_init(db: str | None) -> None:
    """Create the database or apply pending migrations (safe to run twice)."""
    with open_spine(db) as spine:
        applied = spine.applied
        where = spine.path
    if applied:
        click.echo(f"{where}: applied {', '.join(applied)}")
    else:
        click.echo(f"{where}: up to date, nothing to apply")


# -- pipelines --------------------------------------------------------------------------------


@cli.group("list")
def list_group() -> None:
    """List what the tool knows."""


@list_group.command("pipelines")
@click.option("--json", "as_json", is_flag=True, help="print JSON")
def list_pipelines(as_json: bool) -> None:
    """Pipelines with their descriptions and parameters."""
    pipelines = Spine.pipelines()
    if as_json:
        print_json(
            [
                {
                    "name": p.name,
                    "description": p.description,
                    "params": [
                        {
                            "name": q.name,
                            "type": q.type,
                            "required": q.required,
                            "default": q.default,
                            "choices": list(q.choices),
                            "keywords": list(q.keywords),
                            "minimum": q.minimum,
                            "maximum": q.maximum,
                            "help": q.help,
                        }
                        for q in p.params
                    ],
                }
                for p in pipelines
            ]
        )
        return
    for pipeline in pipelines:
        click.echo(f"{pipeline.name}  {pipeline.description}")
        for param in pipeline.params:
            click.echo(f"    {param.describe()}")


@cli.command()
@click.argument("name")
@click.option(
    "-p",
    "--param",
    "params",
    multiple=True,
    metavar="KEY=VALUE",
    help="a pipeline parameter (repeatable)",
)
@click.option("--json", "as_json", is_flag=True, help="print the result as JSON")
@db_option
def run(name: str, params: tuple[str, ...], as_json: bool, db: str | None) -> None:
    """Run pipeline NAME with -p key=value parameters."""
    try:  # a wrong request is refused before any database is opened or created
        values = parse_assignments(params)
        pipeline_cls = registry.get(name)
        pipeline_cls.validate(resolve_params(pipeline_cls.params, values))
    except UsageError as exc:
        _fail(str(exc), EXIT_USAGE)
    with open_spine(db) as spine:
        with _progress(enabled=not as_json and name == "otc.backfill_range") as progress:
            result = spine.run(name, values, progress=progress)
        if as_json:
            print_json(result.as_dict())
        else:
            from spine.report import print_result

            print_result(spine, result)
    sys.exit(exit_code(result))


def exit_code(result: ExecutionResult) -> int:
    if result.usage_error:
        return EXIT_USAGE
    if not result.ok:
        return EXIT_FAILED
    if result.metrics.get("weeks_failed"):
        return EXIT_PARTIAL
    return EXIT_OK


@contextmanager
def _progress(enabled: bool) -> Iterator[Callable[[str, int, int], None] | None]:
    """A progress bar on a terminal; nothing when standard error is piped or redirected."""
    if not enabled or not sys.stderr.isatty():
        yield None
        return
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    bar = Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=console(stderr=True),
        transient=True,
    )
    task = bar.add_task("backfill", total=None)

    def update(label: str, done: int, total: int) -> None:
        bar.update(task, description=label, completed=done, total=total)

    with bar:
        yield update


# -- looking at the data ----------------------------------------------------------------------


def _week_option(default_help: str, latest: bool = False) -> Callable[[Any], Any]:
    """--week, checked like the pipelines' week parameter (a Friday); ``latest`` where it makes sense."""

    def convert(_ctx: click.Context, _param: click.Parameter, value: str | None) -> str | None:
        if value is None or (latest and value.strip().lower() == "latest"):
            return None
        try:
            return str(CONVERTERS["week"](value).isoformat())
        except ValueError as exc:
            raise click.BadParameter(str(exc)) from None

    return click.option("--week", callback=convert, help=default_help)


def _resolve_week(spine: Spine, tier: str, week: str | None, view: str, hint: str) -> str:
    resolved = week or spine.latest_week(tier, view)
    if resolved is None:
        raise PipelineError(f"no {view} rows for tier {tier} yet; {hint}")
    return resolved


@cli.command()
@_tier_option()
@_week_option("only this week (YYYY-MM-DD)")
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
@_tier_option()
@_week_option("only this week (YYYY-MM-DD)")
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
@_tier_option()
@_week_option("only this week (YYYY-MM-DD)")
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
@_tier_option(required=True)
@_week_option("the week (default: the latest with a snapshot)", latest=True)
@with_format
@db_option
def snapshot(tier: str, week: str | None, fmt: str | None, db: str | None) -> None:
    """The research snapshot of a week."""
    with open_spine(db, must_exist=True) as spine:
        week = _resolve_week(spine, tier, week, "snapshot", "run otc.research_snapshot_week or a backfill")
        print_rows(spine.snapshot(tier, week), fmt or "table", f"snapshot {tier} {week}")


@cli.command()
@_tier_option(required=True)
@_week_option("the week (default: the latest with fresh rolling rows)", latest=True)
@click.option("--symbol", help="only this symbol")
@with_format
@db_option
def rolling(tier: str, week: str | None, symbol: str | None, fmt: str | None, db: str | None) -> None:
    """6-week rolling averages and trends of a week."""
    with open_spine(db, must_exist=True) as spine:
        week = _resolve_week(spine, tier, week, "rolling", "run otc.compute_rolling_6w or a backfill")
        rows = spine.rolling(tier, week, symbol.strip().upper() if symbol and symbol.strip() else None)
        print_rows(rows, fmt or "table", f"rolling 6w {tier} {week}")


@cli.command()
@_tier_option(required=True)
@_week_option("the week (default: the latest aggregated)", latest=True)
@with_format
@db_option
def shares(tier: str, week: str | None, fmt: str | None, db: str | None) -> None:
    """Venue market shares of a week."""
    with open_spine(db, must_exist=True) as spine:
        week = _resolve_week(spine, tier, week, "summary", "run otc.aggregate_week or a backfill")
        print_rows(spine.venue_shares(tier, week), fmt or "table", f"venue shares {tier} {week}")


@cli.command()
@_tier_option()
@_week_option("only this week (YYYY-MM-DD)")
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


if __name__ == "__main__":  # pragma: no cover
    main()
