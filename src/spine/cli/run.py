"""``spine list pipelines`` and ``spine run``: what can run, and running it."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager

import click

from spine.api import Spine
from spine.cli.base import EXIT_FAILED, EXIT_OK, EXIT_PARTIAL, EXIT_USAGE, cli, db_option, fail, open_spine
from spine.core import registry
from spine.core.errors import UsageError
from spine.core.params import parse_assignments, resolve_params
from spine.core.runner import ExecutionResult
from spine.render.tables import console, print_json


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
        writes = pipeline_cls.writes_for(pipeline_cls.validate(resolve_params(pipeline_cls.params, values)))
    except UsageError as exc:
        fail(str(exc), EXIT_USAGE)
    # A run that writes nothing (a dry run, a query) opens the database read-only and creates none.
    with open_spine(db, read_only=not writes) as spine:
        with progress_bar(enabled=not as_json and pipeline_cls.shows_progress, label=name) as progress:
            result = spine.run(name, values, progress=progress)
        if as_json:
            print_json(result.as_dict())
        else:
            from spine.render.run_summary import print_result

            print_result(result)
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
def progress_bar(enabled: bool, label: str) -> Iterator[Callable[[str, int, int], None] | None]:
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
    task = bar.add_task(label, total=None)

    def update(label: str, done: int, total: int) -> None:
        bar.update(task, description=label, completed=done, total=total)

    with bar:
        yield update
