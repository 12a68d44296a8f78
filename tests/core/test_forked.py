"""A producer run in a forked child (`spine.core.forked`): order, errors, and no child left behind."""

from __future__ import annotations

import itertools
import os
import signal
from collections.abc import Iterator
from contextlib import contextmanager

import pytest

from spine.core import forked
from spine.core.errors import SpineError
from spine.core.forked import in_child


class Unpicklable(Exception):
    def __init__(self, message: str, handle: object) -> None:
        super().__init__(message)
        self.handle = handle

    def __reduce__(self) -> tuple[object, ...]:
        raise TypeError("cannot pickle this")


class UnpicklableRefusal(SpineError):
    def __init__(self, message: str, handle: object) -> None:
        super().__init__(message)
        self.handle = handle

    def __reduce__(self) -> tuple[object, ...]:
        raise TypeError("cannot pickle this")


class Refusal(SpineError):
    """A one-line error of the product's, as a pipeline raises for a file it refuses."""


@contextmanager
def deadline(what: str, *, then_kill: int = 0) -> Iterator[None]:
    """Fail with ``what`` if the block still waits after 10 s (a deadlock would hang the suite),
    killing process ``then_kill`` first so that nothing waits on it."""

    def stuck(_signum: int, _frame: object) -> None:
        if then_kill:
            os.kill(then_kill, signal.SIGKILL)
        raise TimeoutError(what)

    previous = signal.signal(signal.SIGALRM, stuck)
    signal.alarm(10)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


def _gone(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    return False


def test_items_arrive_in_order_from_another_process() -> None:
    big = "x" * (3 << 20)  # larger than any pipe buffer

    def produce() -> Iterator[object]:
        yield os.getpid()
        yield from range(1000)
        yield big

    items = list(in_child(produce))
    assert items[0] != os.getpid()
    assert items[1:1001] == list(range(1000))
    assert items[1001] == big
    assert _gone(int(items[0]))  # reaped: not even a zombie


def test_each_item_arrives_while_the_child_goes_on() -> None:
    """A small item is not held back until more follow: the parent gets the first while the child
    waits for the parent's answer to it (were it held, both would wait; the alarm ends that)."""
    answer_read, answer_write = os.pipe()

    def produce() -> Iterator[object]:
        yield "first"
        yield os.read(answer_read, 16).decode()

    try:
        with deadline("the first item never arrived"):
            items = in_child(produce)
            assert next(items) == "first"
            os.write(answer_write, b"second")
            assert list(items) == ["second"]
    finally:
        os.close(answer_read)
        os.close(answer_write)


def test_a_child_whose_parent_is_gone_ends_on_its_own() -> None:
    """A parent that dies without killing its child (closing its end of the pipe): the child's next
    write fails and it ends, though its producer waits on a full queue that nothing will empty."""
    read_fd, write_fd = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child, as `in_child` runs it, with a producer that never ends by itself
        try:
            os.close(read_fd)
            forked._produce(lambda: itertools.repeat("x" * 100_000), write_fd)
        finally:
            os._exit(2)
    os.close(write_fd)
    assert os.read(read_fd, 1000)  # the child is writing
    os.close(read_fd)

    with deadline("the child went on waiting", then_kill=pid):
        status = os.waitpid(pid, 0)[1]
    assert os.waitstatus_to_exitcode(status) == 1


def test_an_exception_in_the_child_is_raised_in_the_parent() -> None:
    def produce() -> Iterator[int]:
        yield 1
        raise ValueError("line 7 is not a number")

    seen: list[int] = []
    with pytest.raises(ValueError) as caught:
        for item in in_child(produce):
            seen.append(item)
    assert seen == [1]
    assert str(caught.value) == "line 7 is not a number"
    # A fault keeps where it happened, as a note (the parent's own traceback ends in forked.py).
    (note,) = caught.value.__notes__
    assert note.startswith("in the reading process:") and "in produce" in note


def test_a_one_line_error_stays_one_line() -> None:
    def produce() -> Iterator[int]:
        raise Refusal("binary content at line 9, not a text file of weekly data")
        yield 0

    with pytest.raises(Refusal) as caught:
        list(in_child(produce))
    assert str(caught.value) == "binary content at line 9, not a text file of weekly data"
    assert not hasattr(caught.value, "__notes__")


def test_an_exception_that_cannot_travel_arrives_as_its_text() -> None:
    def produce() -> Iterator[int]:
        raise Unpicklable("no way back", object())
        yield 0

    with pytest.raises(RuntimeError) as caught:
        list(in_child(produce))
    assert str(caught.value) == "Unpicklable: no way back"


def test_a_one_line_error_that_cannot_travel_stays_a_one_line_error() -> None:
    def produce() -> Iterator[int]:
        raise UnpicklableRefusal("no way back either", object())
        yield 0

    with pytest.raises(SpineError) as caught:
        list(in_child(produce))
    assert str(caught.value) == "UnpicklableRefusal: no way back either"


def test_a_child_that_dies_is_an_error_not_a_short_result() -> None:
    def produce() -> Iterator[int]:
        yield 1
        os._exit(9)

    with pytest.raises(RuntimeError) as caught:
        list(in_child(produce))
    assert str(caught.value) == "the reading process ended before its work was done (exit status 9)"


def test_a_child_killed_says_by_what() -> None:
    def produce() -> Iterator[int]:
        yield os.getpid()
        os.kill(os.getpid(), signal.SIGKILL)
        yield 0

    with pytest.raises(RuntimeError) as caught:
        list(in_child(produce))
    assert str(caught.value) == "the reading process ended before its work was done (killed by SIGKILL)"


def test_a_parent_that_stops_reading_kills_and_reaps_the_child() -> None:
    def produce() -> Iterator[int]:
        yield os.getpid()
        while True:
            yield 0

    items = in_child(produce)
    try:
        pid = next(items)
        assert not _gone(pid)
    finally:
        items.close()  # what an exception in the parent's loop does
    assert _gone(pid)


def test_without_fork_the_work_is_done_here(monkeypatch: pytest.MonkeyPatch) -> None:
    """A system that cannot fork (a process limit reached) gets the same items from this process."""

    def refuse() -> int:
        raise BlockingIOError(11, "Resource temporarily unavailable")

    monkeypatch.setattr(os, "fork", refuse)

    def produce() -> Iterator[int]:
        yield os.getpid()
        yield from range(3)

    assert list(in_child(produce)) == [os.getpid(), 0, 1, 2]
