"""A producer run in a forked child process, what it yields streamed back to the parent in order.

Why: a load's per-line work (reading, parsing, hashing, building rows) is pure Python and holds the
interpreter's lock, while its writes are SQLite's; on two cores a child doing the first beside a
parent doing the second takes about as long as the longer of the two (README "Performance").
``fork`` rather than a fresh interpreter: the child carries on from the parent's state (an open file
read up to its header, the modules imported) and starts in milliseconds.

The child never touches the parent's database connection and ends with ``os._exit``, so nothing the
parent holds (connections, buffered output) is closed or flushed twice. It ignores the interrupt
signals: Ctrl-C reaches the whole process group, and the parent alone decides what an interrupt
means; when the parent stops reading (an error, an interrupt) the child is killed and reaped. An
exception raised in the child is raised again in the parent.
"""

from __future__ import annotations

import os
import pickle
import signal
import sys
from collections.abc import Callable, Generator, Iterator
from typing import Any, BinaryIO, NoReturn

from spine.core.interrupts import SIGNALS

_BUFFER = 1 << 20
_ITEM, _END, _ERROR = 0, 1, 2


def can_fork() -> bool:
    """Whether this platform can run a producer in a forked child (POSIX, not Windows)."""
    return hasattr(os, "fork")


def in_child(produce: Callable[[], Iterator[Any]]) -> Generator[Any, None, None]:
    """Yield what ``produce()`` yields, each item pickled across a pipe from a forked child.

    Close the iterator (``contextlib.closing``) when a loop over it may end early: the child is
    killed and reaped then, not whenever the iterator is collected.
    """
    sys.stdout.flush()
    sys.stderr.flush()
    read_fd, write_fd = os.pipe()
    pipe = open(read_fd, "rb", buffering=_BUFFER)  # noqa: SIM115 (closed below, whatever happens)
    _widen(write_fd)
    # Interrupts wait while the child is born: one arriving before the child ignores them would
    # run the parent's handler in the child, which would then carry on as the parent.
    signal.pthread_sigmask(signal.SIG_BLOCK, SIGNALS)
    pid = 0
    finished = False
    try:
        pid = os.fork()
        if pid == 0:
            _child(produce, pipe, write_fd)
        os.close(write_fd)
        write_fd = -1
        signal.pthread_sigmask(signal.SIG_UNBLOCK, SIGNALS)
        while True:
            try:
                kind, value = pickle.load(pipe)
            except (EOFError, pickle.UnpicklingError):
                finished = True
                raise RuntimeError("the reading process ended before its work was done") from None
            if kind == _ITEM:
                yield value
            elif kind == _ERROR:
                finished = True
                raise value
            else:
                finished = True
                return
    finally:
        signal.pthread_sigmask(signal.SIG_UNBLOCK, SIGNALS)
        if write_fd >= 0:
            os.close(write_fd)
        pipe.close()
        if pid:
            if not finished:
                os.kill(pid, signal.SIGKILL)
            os.waitpid(pid, 0)


def _child(produce: Callable[[], Iterator[Any]], pipe: BinaryIO, write_fd: int) -> NoReturn:
    """The child: ignore interrupts, produce, and leave without the parent's clean-ups."""
    code = 1
    try:
        for signum in SIGNALS:
            signal.signal(signum, signal.SIG_IGN)
        signal.pthread_sigmask(signal.SIG_UNBLOCK, SIGNALS)
        pipe.close()  # the parent's end
        code = _produce(produce, write_fd)
    finally:
        os._exit(code)


def _widen(fd: int) -> None:
    """Give the pipe the largest buffer the system allows (Linux), so the child can run ahead of a
    parent busy writing instead of waiting on each batch."""
    import fcntl  # POSIX only, as fork is

    set_size = getattr(fcntl, "F_SETPIPE_SZ", None)
    if set_size is None:
        return
    try:
        with open("/proc/sys/fs/pipe-max-size", encoding="ascii") as limit:
            fcntl.fcntl(fd, set_size, int(limit.read()))
    except (OSError, ValueError):
        pass  # a smaller pipe is only slower


def _produce(produce: Callable[[], Iterator[Any]], write_fd: int) -> int:
    try:
        with open(write_fd, "wb", buffering=_BUFFER) as pipe:
            try:
                for item in produce():
                    pickle.dump((_ITEM, item), pipe, pickle.HIGHEST_PROTOCOL)
                pickle.dump((_END, None), pipe, pickle.HIGHEST_PROTOCOL)
            except Exception as exc:
                _send_error(pipe, exc)
        return 0
    except BrokenPipeError:  # the parent stopped reading: it has its reasons
        return 1


def _send_error(pipe: BinaryIO, exc: Exception) -> None:
    try:
        frame = pickle.dumps((_ERROR, exc), pickle.HIGHEST_PROTOCOL)
        pickle.loads(frame)  # an exception that cannot be rebuilt goes as its text
    except Exception:
        frame = pickle.dumps((_ERROR, RuntimeError(f"{type(exc).__name__}: {exc}")))
    pipe.write(frame)
