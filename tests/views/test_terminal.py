"""Tables on a real terminal (a pseudo-terminal of 80 and 120 columns) and output to a closed pipe.

Subprocesses, because a terminal's width and a pipe's end are what is under test.
"""

from __future__ import annotations

import fcntl
import os
import pty
import struct
import subprocess
import sys
import termios
from pathlib import Path

import pytest

from spine.render.tables import TERMINAL_ROW_LIMIT, width_of
from tests import oracle
from tests.conftest import run_cli_into_closed_pipe
from tests.views.history import OTC, T1, WEEKS, build, history


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build(tmp_path_factory.mktemp("terminal"))


def on_terminal(columns: int, *args: str) -> tuple[int, str, str]:
    """Run spine with its standard output on a pseudo-terminal ``columns`` wide."""
    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 40, columns, 0, 0))
    env = {k: v for k, v in os.environ.items() if k not in ("COLUMNS", "LINES", "SPINE_DB")}
    proc = subprocess.Popen(
        [sys.executable, "-m", "spine.cli", *args], stdout=slave, stderr=subprocess.PIPE, env=env
    )
    os.close(slave)
    chunks = []
    while True:
        try:
            data = os.read(master, 65536)
        except OSError:  # EIO: the other end closed
            break
        if not data:
            break
        chunks.append(data)
    os.close(master)
    _out, err = proc.communicate(timeout=60)
    return proc.returncode, b"".join(chunks).decode().replace("\r\n", "\n"), err.decode()


@pytest.mark.parametrize("columns", [80, 120])
def test_no_number_or_key_is_cut(db: Path, columns: int) -> None:
    code, out, err = on_terminal(columns, "shares", "--tier", "T1", "--weeks", "3", "--db", str(db))
    assert code == 0, err
    lines = out.splitlines()
    assert max(width_of(line) for line in lines) <= columns
    tokens = set(out.split())
    for week, mpid, volume, trades, share, _ts, rank, change in oracle.shares_rows(history(T1), WEEKS[T1]):
        assert {week, mpid, f"{volume:,}", f"{trades:,}", share, str(rank)} <= tokens, (week, mpid)
        assert change is None or change in tokens
    # the long venue name folds at 120 columns; at 80 it gives way to the numbers and says so
    long_name = "BRAVO CROSSING NETWORK FOR INSTITUTIONAL BLOCK ORDERS LLC"
    assert long_name not in out
    if columns == 120:
        assert set(long_name.split()) <= tokens  # folded between words
    else:
        assert lines[-1].startswith("not shown at this width: venue_name")

    code, out, err = on_terminal(columns, "snapshot", "--tier", "OTC", "--db", str(db))
    assert code == 0, err
    assert max(width_of(line) for line in out.splitlines()) <= columns
    [(symbol, (volume, trades, venues, _size))] = oracle.symbol_summary(history(OTC)[WEEKS[OTC][-1]]).items()
    assert {WEEKS[OTC][-1], OTC, symbol, f"{volume:,}", f"{trades:,}", str(venues)} <= set(out.split())


def test_control_characters_are_shown_escaped(db: Path) -> None:
    code, out, _err = on_terminal(120, "symbol", "CHRL", "--db", str(db))
    assert code == 0
    assert "Charlie\\x1b[31m Industries" in out
    assert "\x1b" not in out


def test_row_limit_on_a_terminal(db: Path) -> None:
    code, out, _err = on_terminal(120, "checks", "--db", str(db))
    assert code == 0
    lines = out.splitlines()
    assert lines[-1].endswith("more rows: --all, --csv or --json")
    hidden = int(lines[-1].split()[0].replace(",", ""))
    code, everything, _err = on_terminal(200, "checks", "--all", "--db", str(db))
    assert code == 0 and "more rows" not in everything

    def rows(text: str) -> int:
        return sum(1 for line in text.splitlines() if line[:4].isdigit())

    assert (rows(out), rows(everything)) == (TERMINAL_ROW_LIMIT, TERMINAL_ROW_LIMIT + hidden)


def test_a_closed_pipe_ends_quietly(db: Path) -> None:
    proc = run_cli_into_closed_pipe("shares", "--weeks", "3", "--csv", "--db", str(db))
    assert (proc.returncode, proc.stderr) == (0, b"")
