"""``spine db``: the database itself."""

from __future__ import annotations

import click

from spine.cli.base import cli, db_option, open_spine


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
