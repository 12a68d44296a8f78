"""``spine db``: the database itself."""

from __future__ import annotations

from pathlib import Path

import click

from spine.cli.base import cli, db_option, open_spine, with_format
from spine.render.tables import print_json, print_rows


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


@db.command("backup")
@click.argument("path", type=click.Path(dir_okay=True, path_type=Path))
@click.option("--force", is_flag=True, help="replace PATH if it exists")
@db_option
def db_backup(path: Path, force: bool, db: str | None) -> None:
    """Copy the database to PATH, consistent even while a run is writing (SQLite online backup)."""
    with open_spine(db, must_exist=True) as spine:
        result = spine.backup(path, overwrite=force)
    click.echo(f"{spine.path}: backed up to {result.path} ({result.bytes:,} bytes, {result.pages:,} pages)")


@db.command("stats")
@with_format
@db_option
def db_stats(fmt: str | None, db: str | None) -> None:
    """Rows and bytes per table and index, free pages, bytes per stored venue row."""
    with open_spine(db, must_exist=True) as spine:
        stats = spine.db_stats()
    file = stats.file
    per_row = stats.bytes_per_venue_row
    summary = {
        "file_bytes": file.bytes,
        "page_size": file.page_size,
        "pages": file.pages,
        "free_pages": file.free_pages,
        "venue_rows": stats.venue_rows,
        "bytes_per_venue_row": None if per_row is None else round(per_row, 1),
    }
    rows = [
        {**b.as_dict(), "share_pct": f"{100 * b.bytes / file.bytes:.1f}" if file.bytes else "0.0"}
        for b in file.btrees
    ]
    if fmt == "json":
        print_json({**summary, "btrees": rows})
        return
    print_rows(rows, fmt or "table", "size per table and index")
    if fmt is None:
        per_row_text = "-" if per_row is None else f"{per_row:,.1f}"
        click.echo(
            f"{file.bytes:,} bytes in {file.pages:,} pages of {file.page_size:,} ({file.free_pages:,} free);"
            f" {stats.venue_rows:,} venue rows, {per_row_text} bytes per venue row"
        )
