"""A producer run in a forked child (`spine.core.forked`): order, errors, and no child left behind."""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest

from spine.core.forked import in_child


class Unpicklable(Exception):
    def __init__(self, message: str, handle: object) -> None:
        super().__init__(message)
        self.handle = handle

    def __reduce__(self) -> tuple[object, ...]:
        raise TypeError("cannot pickle this")


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


def test_an_exception_in_the_child_is_raised_in_the_parent() -> None:
    def produce() -> Iterator[int]:
        yield 1
        raise ValueError("line 7 is not a number")

    seen: list[int] = []
    with pytest.raises(ValueError, match=r"^line 7 is not a number$"):
        for item in in_child(produce):
            seen.append(item)
    assert seen == [1]


def test_an_exception_that_cannot_travel_arrives_as_its_text() -> None:
    def produce() -> Iterator[int]:
        raise Unpicklable("no way back", object())
        yield 0

    with pytest.raises(RuntimeError, match=r"^Unpicklable: no way back$"):
        list(in_child(produce))


def test_a_child_that_dies_is_an_error_not_a_short_result() -> None:
    def produce() -> Iterator[int]:
        yield 1
        os._exit(9)

    with pytest.raises(RuntimeError, match="ended before its work was done"):
        list(in_child(produce))


def test_a_parent_that_stops_reading_kills_and_reaps_the_child() -> None:
    def produce() -> Iterator[int]:
        yield os.getpid()
        while True:
            yield 0

    items = in_child(produce)
    pid = next(items)
    assert not _gone(pid)
    items.close()  # what an exception in the parent's loop does
    assert _gone(pid)
