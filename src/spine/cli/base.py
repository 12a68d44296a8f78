"""The ``spine`` group and what every command shares: exit codes, one-line errors, common options.

Exit codes: 0 success, 1 a pipeline failed, 2 a usage error (unknown pipeline, bad parameter),
3 a backfill that finished with some weeks failed.
"""

from __future__ import annotations

import contextlib
import functools
import sqlite3
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import click

from spine import __version__
from spine.api import Spine
from spine.core.database import explained
from spine.core.db import default_db_path
from spine.core.errors import Interrupted, SpineError, UsageError, one_line
from spine.core.interrupts import raise_on_signals
from spine.domains.otc.validators import normalize_tier_param
from spine.render.writers import stdout_to_devnull

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_PARTIAL = 0, 1, 2, 3


def fail(message: str, code: int) -> None:
    """Every error's way out: one line (user text escaped, see `one_line`) and the exit code."""
    with contextlib.suppress(OSError):  # the terminal is gone (SIGHUP): the exit code still tells
        click.echo(f"error: {one_line(message)}", err=True)  # never wrapped: one line, greppable
    sys.exit(code)


@contextmanager
def open_spine(db: str | None, must_exist: bool = False, read_only: bool = False) -> Iterator[Spine]:
    """Open the database, turning every expected error into one line and an exit code."""
    try:
        spine = Spine(db, must_exist=must_exist, read_only=read_only)
    except UsageError as exc:
        fail(str(exc), EXIT_USAGE)
    except SpineError as exc:
        fail(str(exc), EXIT_FAILED)
    try:
        yield spine
    except UsageError as exc:
        fail(str(exc), EXIT_USAGE)
    except SpineError as exc:
        fail(str(exc), EXIT_FAILED)
    finally:
        spine.close()


def tier_option(required: bool = False) -> Callable[[Any], Any]:
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


def with_format(func: Callable[..., Any]) -> Callable[..., Any]:
    """--json and --csv (one of them at most); the command receives ``fmt``: json, csv or None."""

    @functools.wraps(func)
    def wrapper(*args: Any, as_json: bool, as_csv: bool, **kwargs: Any) -> Any:
        if as_json and as_csv:
            raise click.UsageError("--json and --csv are two formats: choose one")
        return func(*args, fmt="json" if as_json else "csv" if as_csv else None, **kwargs)

    wrapper = click.option("--csv", "as_csv", is_flag=True, help="print CSV")(wrapper)
    return click.option("--json", "as_json", is_flag=True, help="print JSON")(wrapper)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="spine")
def cli() -> None:
    """Market Spine Basic: FINRA weekly OTC transparency data as an audited SQLite history."""


def main(args: list[str] | None = None) -> None:
    """Entry point: click's usage errors become one line and exit code 2, like the others.

    Ctrl-C, SIGTERM and SIGHUP end the command with one line saying what was kept and exit
    128 + the signal number (130, 143, 129).
    """
    raise_on_signals()
    try:
        # Not `cli.main`: it would turn an interrupt into a bare "Aborted!" after a blank line.
        with cli.make_context("spine", list(sys.argv[1:] if args is None else args)) as ctx:
            code = cli.invoke(ctx)
        sys.stdout.flush()  # a reader that left early shows here, not in the interpreter's last flush
    except (
        BrokenPipeError
    ):  # `spine ... | head`: the reader has what it wanted; end quietly, for every command
        stdout_to_devnull()
        sys.exit(EXIT_OK)
    except KeyboardInterrupt as exc:
        stopped = exc if isinstance(exc, Interrupted) else Interrupted(2)
        detail = (
            stopped.message
            or f"interrupted ({stopped.signal_name}) before a run started; nothing was written"
        )
        resume = "" if "run the same command again" in detail else "; run the same command again to resume"
        fail(detail + resume, stopped.exit_code)
    except click.exceptions.Exit as exc:
        sys.exit(exc.exit_code)
    except sqlite3.DatabaseError as exc:  # a damaged page met while reading: one line, no traceback
        fail(str(explained(exc)), EXIT_FAILED)
    except click.exceptions.NoArgsIsHelpError as exc:
        click.echo(exc.ctx.get_help() if exc.ctx else "spine --help")
        sys.exit(EXIT_OK)
    except click.UsageError as exc:
        hint = f" (see `{exc.ctx.command_path} --help`)" if exc.ctx else ""
        fail(exc.format_message() + hint, EXIT_USAGE)
    except click.ClickException as exc:
        fail(exc.format_message(), EXIT_FAILED)
    except click.Abort:
        fail("aborted", EXIT_FAILED)
    sys.exit(code if isinstance(code, int) else EXIT_OK)
