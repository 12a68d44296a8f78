"""A producer run in a forked child process, what it yields streamed back to the parent in order.

Why: a load's per-line work (reading, parsing, hashing, building rows) is pure Python and holds the
interpreter's lock, while its writes are SQLite's; on two cores a child doing the first beside a
parent doing the second takes about as long as the longer of the two (README "Performance").
``fork`` rather than a fresh interpreter: the child carries on from the parent's state (an open file
read up to its header, the modules imported) and starts in milliseconds.

The child never touches the parent's database connection and ends with ``os._exit``, so nothing the
parent holds (connections, buffered output) is closed or flushed twice. A fork from a process with
other threads (a progress bar's) is safe here because the child only runs the producer's own code
and its own writer thread, and takes no lock such a thread may hold (Python 3.12 warns about forking
with threads in general).

The child ignores the interrupt signals: Ctrl-C reaches the whole process group, and the parent
alone decides what an interrupt means; when the parent stops reading (an error, an interrupt) the
child is killed and reaped. An exception raised in the child is raised again in the parent.
"""

from __future__ import annotations

import gc
import os
import pickle
import queue
import signal
import threading
import traceback
from collections.abc import Callable, Generator, Iterator
from typing import Any, BinaryIO, NoReturn

from spine.core import interrupts
from spine.core.errors import SpineError
from spine.core.interrupts import SIGNALS

_BUFFER = 1 << 20
# Items a child holds, pickled, ahead of its parent: its memory is this many times what one item
# takes, so callers yield items of bounded size (the loader's are batches of a few thousand rows).
_AHEAD_FRAMES = 48
_ITEM, _END, _ERROR = 0, 1, 2


def can_fork() -> bool:
    """Whether this platform can run a producer in a forked child (POSIX, not Windows)."""
    return hasattr(os, "fork")


def in_child(produce: Callable[[], Iterator[Any]]) -> Generator[Any, None, None]:
    """Yield what ``produce()`` yields, each item pickled across a pipe from a forked child.

    Read to the end, or close the iterator (``contextlib.closing``) when a loop over it may end
    early: the child is killed and reaped then, not whenever the iterator is collected. When the
    system cannot fork (no process left under a limit, say), ``produce()`` runs in this process.
    """
    pid = 0
    pipe: BinaryIO | None = None
    write_fd = -1
    finished = False
    # Interrupts are held from before the pipe exists until the child is known: a handler running in
    # between would leak the pipe, lose the child's pid, or (before the child ignores them) run in the
    # child, which would then carry on as the parent. `release` raises a held one inside the try.
    interrupts.hold()
    held = True
    try:
        read_fd, write_fd = os.pipe()
        pipe = open(read_fd, "rb", buffering=_BUFFER)  # noqa: SIM115 (closed in finally)
        _widen(write_fd)
        pid = _fork()
        if pid == 0:
            _child(produce, pipe, write_fd)
        held = False
        interrupts.release()
        os.close(write_fd)
        write_fd = -1
        if pid < 0:  # no fork: the same work, here
            yield from produce()
            return
        while True:
            try:
                kind, value = pickle.load(pipe)
            except (EOFError, pickle.UnpicklingError):
                finished = True
                raise RuntimeError(
                    f"the reading process ended before its work was done ({_ending(pid)})"
                ) from None
            if kind == _ITEM:
                yield value
            elif kind == _ERROR:
                finished = True
                raise value
            else:
                finished = True
                return
    finally:
        if not held:
            interrupts.hold()  # the child is reaped before an interrupt ends this process
        try:
            if write_fd >= 0:
                os.close(write_fd)
            if pipe is not None:
                pipe.close()
            if pid > 0:
                _reap(pid, kill=not finished)
        finally:
            interrupts.release()


def _fork() -> int:
    """``os.fork`` with the interrupt signals blocked across it (the caller's mask is restored in the
    parent; the child ignores them first), the parent's objects frozen so the child's garbage
    collector never finalizes them (a connection, a buffered file); -1 when the fork fails."""
    mask = signal.pthread_sigmask(signal.SIG_BLOCK, SIGNALS)
    gc.freeze()
    try:
        pid = os.fork()
    except OSError:
        pid = -1
    if pid == 0:
        for signum in SIGNALS:
            signal.signal(signum, signal.SIG_IGN)
    else:
        gc.unfreeze()
    signal.pthread_sigmask(signal.SIG_SETMASK, mask)
    return pid


def _reap(pid: int, *, kill: bool) -> int | None:
    """Kill (when asked) and reap the child; its wait status, None when it was already reaped (a
    process that ignores SIGCHLD has its children reaped by the system)."""
    try:
        if kill:
            os.kill(pid, signal.SIGKILL)
        return os.waitpid(pid, 0)[1]
    except (ProcessLookupError, ChildProcessError):
        return None


def _ending(pid: int) -> str:
    """How the child ended, reaped here, in words."""
    status = _reap(pid, kill=False)
    if status is None:
        return "its end was not seen"
    if os.WIFSIGNALED(status):
        return f"killed by {signal.Signals(os.WTERMSIG(status)).name}"
    return f"exit status {os.waitstatus_to_exitcode(status)}"


def _child(produce: Callable[[], Iterator[Any]], pipe: BinaryIO, write_fd: int) -> NoReturn:
    """The child: produce, and leave without the parent's clean-ups (nothing flushed, closed or
    finalized twice)."""
    code = 1
    try:
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
    """Produce into a bounded queue of pickled frames that a writer thread sends down the pipe: the
    producer runs ahead of a parent busy elsewhere (up to ``_AHEAD_FRAMES``), instead of stopping
    whenever the pipe is full."""
    outbox: queue.Queue[bytes | None] = queue.Queue(maxsize=_AHEAD_FRAMES)
    writer = threading.Thread(target=_send, args=(outbox, write_fd), daemon=True)
    writer.start()
    try:
        for item in produce():
            outbox.put(pickle.dumps((_ITEM, item), pickle.HIGHEST_PROTOCOL))
        outbox.put(pickle.dumps((_END, None), pickle.HIGHEST_PROTOCOL))
    except Exception as exc:
        outbox.put(_error_frame(exc))
    outbox.put(None)
    writer.join()
    return 0


def _send(outbox: queue.Queue[bytes | None], write_fd: int) -> None:
    """The child's writer thread: frames to the pipe, each as soon as it is made (the parent may be
    waiting on it), until the end.

    A failed write (the parent stopped reading, or died) ends the child at once: the producer may be
    waiting on a full queue that nothing would empty, and the child has nothing to clean up.
    """
    try:
        with open(write_fd, "wb", buffering=_BUFFER) as pipe:
            while (frame := outbox.get()) is not None:
                pipe.write(frame)
                pipe.flush()
    except BaseException:
        os._exit(1)


def _error_frame(exc: Exception) -> bytes:
    """The exception as a frame, to be raised again in the parent with the child's traceback as a
    note. One that cannot be rebuilt there goes as its text, keeping its kind: a one-line error of
    the product's stays one (`SpineError`), anything else is an internal error."""
    if not isinstance(exc, SpineError):  # a one-line error needs no trace; a fault does
        exc.add_note("in the reading process:\n" + "".join(traceback.format_tb(exc.__traceback__)))
    try:
        frame = pickle.dumps((_ERROR, exc), pickle.HIGHEST_PROTOCOL)
        pickle.loads(frame)
    except Exception:
        kind = SpineError if isinstance(exc, SpineError) else RuntimeError
        frame = pickle.dumps((_ERROR, kind(f"{type(exc).__name__}: {exc}")))
    return frame
