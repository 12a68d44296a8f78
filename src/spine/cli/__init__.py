"""The ``spine`` command: a thin skin over `spine.api.Spine`, one module per command group."""

from spine.cli import db, export, report, run, serve, sync, views
from spine.cli.base import cli, main

__all__ = ["cli", "db", "export", "main", "report", "run", "serve", "sync", "views"]
