"""Venue concentration: the Herfindahl-Hirschman index of venue volume shares (SPEC §13).

HHI = sum over venues of (share in %)^2, on the 0-10,000 scale: 10,000 for a single venue, 10,000 / n
for n equal venues. Computed exactly from integer volumes as sum(v^2) x 10,000 / (sum v)^2, rounded half
up to 2 places. The squares outgrow SQLite's 64-bit integers (a venue trading 3.1 billion shares in a
week), so SQL reaches the formula through the ``spine_hhi`` aggregate, which runs it in Python.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable

from spine.core.exact import ratio_text

HHI_PLACES = 2
HHI_SCALE = 10_000


def hhi(volumes: Iterable[int]) -> str:
    """The HHI of the venues' volumes (one integer per venue), 2 places; 0.00 when nothing traded."""
    total = 0
    squares = 0
    for volume in volumes:
        total += volume
        squares += volume * volume
    return ratio_text(squares * HHI_SCALE, total * total, HHI_PLACES)


class _HhiAggregate:
    """``spine_hhi(volume)``: `hhi` over a group's rows, with Python's unbounded integers."""

    def __init__(self) -> None:
        self.volumes: list[int] = []

    def step(self, volume: int, /) -> None:
        self.volumes.append(int(volume))

    def finalize(self) -> str:
        return hhi(self.volumes)


def register(conn: sqlite3.Connection) -> None:
    """Make ``spine_hhi(volume)`` available to SQL on ``conn``."""
    # typeshed types an aggregate's result as int only; SQLite takes text as well.
    conn.create_aggregate("spine_hhi", 1, _HhiAggregate)  # type: ignore[arg-type]
