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


# While a run's RUNNING row is written and until the run is inside the block that records interrupts,
# a signal is held here rather than raised: raised in between, it would leave the row RUNNING for good.
# A flag rather than a signal mask, as any thread of the process may be the one a signal reaches.
_held: list[int] = []
_holding = 0


def hold() -> None:
    """Hold interrupts until `release` (nests)."""
    global _holding
    _holding += 1


def release() -> None:
    """End one `hold`; the outermost raises a signal that arrived meanwhile as `Interrupted`."""
    global _holding
    _holding -= 1
    if _holding == 0 and _held:
        raise Interrupted(_held.pop())


def raise_on_signals() -> None:
    """From now on, each of `SIGNALS` raises `Interrupted` in the main thread."""
    for signum in SIGNALS:
        signal.signal(signum, _interrupt)


def _interrupt(signum: int, _frame: FrameType | None) -> None:
    # Further signals are ignored from here on: the run's record must be written before the process
    # ends, and a second Ctrl-C would otherwise cut that short.
    for other in SIGNALS:
        signal.signal(other, signal.SIG_IGN)
    if _holding:
        _held.append(signum)
        return
    raise Interrupted(signum)
