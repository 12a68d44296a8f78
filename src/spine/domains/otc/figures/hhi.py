"""Venue concentration: the Herfindahl-Hirschman index of venue volume shares (SPEC §13).

HHI = sum over venues of (share in %)^2, on the 0-10,000 scale: 10,000 for a single venue, 10,000 / n
for n equal venues. Computed exactly from integer volumes as sum(v^2) x 10,000 / (sum v)^2, rounded half
up to 2 places, in Python (``spine_hhi_of_sums``): the formula outgrows SQLite's 64-bit integers.

The sums themselves SQL can take while every volume is at most ``SQUARE_MAX`` (its square fits 64
bits) and their sum fits (SQLite raises on an overflowing SUM): per-row Python calls cost more than
the rest of the figure. A group beyond that goes through the ``spine_hhi`` aggregate, in Python from
the first row (a venue trading 3.1 billion shares in a week, say). Either way the HHI is exact.
"""

from __future__ import annotations

import math
import sqlite3
from collections.abc import Iterable

from spine.core.exact import ratio_text

HHI_PLACES = 2
HHI_SCALE = 10_000
# The largest volume whose square SQLite's 64-bit integers hold exactly.
SQUARE_MAX = math.isqrt(2**63 - 1)


def hhi(volumes: Iterable[int]) -> str:
    """The HHI of the venues' volumes (one integer per venue), 2 places; 0.00 when nothing traded."""
    total = 0
    squares = 0
    for volume in volumes:
        total += volume
        squares += volume * volume
    return hhi_of_sums(squares, total)


def hhi_of_sums(squares: int, total: int) -> str:
    """The HHI from the sum of the volumes' squares and the sum of the volumes."""
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
    """Make ``spine_hhi(volume)`` and ``spine_hhi_of_sums(squares, total)`` available to SQL on ``conn``."""
    # typeshed types an aggregate's result as int only; SQLite takes text as well.
    conn.create_aggregate("spine_hhi", 1, _HhiAggregate)  # type: ignore[arg-type]
    conn.create_function("spine_hhi_of_sums", 2, hhi_of_sums, deterministic=True)
