"""Ctrl-C, SIGTERM and SIGHUP end a run the same way: as an `Interrupted` exception.

The command line installs these handlers; the runner then records the run FAILED ("interrupted"),
rolling back a transactional run and saying what a batch's finished children kept, and the exception
ends the process with 128 + the signal number. The library installs nothing: a program embedding it
keeps its own signal handling (Ctrl-C still arrives as KeyboardInterrupt and is recorded alike).
"""

from __future__ import annotations

import signal
from types import FrameType

from spine.core.errors import Interrupted

SIGNALS = (signal.SIGINT, signal.SIGTERM, signal.SIGHUP)


def raise_on_signals() -> None:
    """From now on, each of `SIGNALS` raises `Interrupted` in the main thread."""
    for signum in SIGNALS:
        signal.signal(signum, _interrupt)


def _interrupt(signum: int, _frame: FrameType | None) -> None:
    # Further signals are ignored from here on: the run's record must be written before the process
    # ends, and a second Ctrl-C would otherwise cut that short.
    for other in SIGNALS:
        signal.signal(other, signal.SIG_IGN)
    raise Interrupted(signum)
