"""`spine export DIR`: every view's full history as CSV, ready for pandas or a spreadsheet."""

from __future__ import annotations

from pathlib import Path

import click

from spine.cli.base import cli, db_option, open_spine, tier_option


@cli.command()
@click.argument("folder", type=click.Path(file_okay=False, path_type=Path))
@tier_option()
@db_option
def export(folder: Path, tier: str | None, db: str | None) -> None:
    """Write every view's full history as CSV files into FOLDER (status, shares, snapshot, rolling,
    symbols, checks, rejects, captures), each row with week_ending and tier."""
    with open_spine(db, must_exist=True) as spine:
        try:
            written = spine.export(folder, tier)
        except OSError as exc:
            raise click.ClickException(f"cannot write to {folder}: {exc.strerror or exc}") from None
    for name, count in written.items():
        click.echo(f"{folder / (name + '.csv')}: {count:,} rows")
