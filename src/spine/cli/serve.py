"""``spine serve``: browse the database in Datasette (the optional ``serve`` extra)."""

from __future__ import annotations

from pathlib import Path

import click

from spine.cli.base import EXIT_USAGE, cli, db_option, fail, open_spine
from spine.serve import launcher


@cli.command()
@click.option("--port", type=click.IntRange(1, 65535), default=8001, show_default=True, help="TCP port")
@click.option("--host", default="127.0.0.1", show_default=True, help="address to bind (0.0.0.0: every one)")
@db_option
def serve(port: int, host: str, db: str | None) -> None:
    """Browse the database read-only in Datasette, with the report's questions as queries (Ctrl-C stops)."""
    if not launcher.datasette_installed():
        fail(launcher.INSTALL_HINT, EXIT_USAGE)
    with open_spine(db, must_exist=True) as spine:
        path = Path(spine.path).resolve()
    click.echo(f"Serving {path} read-only at {launcher.url(host, port, path)} (Ctrl-C stops)", err=True)
    launcher.serve(path, host, port)
