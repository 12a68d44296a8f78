"""Exact decimal ratios, ROUND_HALF_UP, in Python and in SQL.

Stored figures (shares, trade sizes, trends) are fixed-place decimal text, never binary floats. The SQL
form lets set-based statements compute them with integer arithmetic; where a value is too large for
64-bit integer arithmetic it falls back to the Python function, so the result is exact either way.
"""

from __future__ import annotations

import sqlite3
from decimal import Decimal

# 2 * num * multiplier * 10**places + den must stay below 2**63 for the SQL integer path.
_SQL_INT_BUDGET = 4 * 10**18


def ratio_places(numerator: int, denominator: int, places: int, multiplier: int = 1) -> Decimal:
    """numerator * multiplier / denominator, rounded half up (away from zero) to ``places``."""
    if denominator == 0:
        return Decimal(0).scaleb(-places)
    scaled = abs(numerator * multiplier) * 10**places
    quotient, remainder = divmod(scaled, abs(denominator))
    if 2 * remainder >= abs(denominator):
        quotient += 1
    negative = (numerator * multiplier < 0) != (denominator < 0)
    return Decimal(-quotient if negative else quotient).scaleb(-places)


def ratio_text(numerator: int, denominator: int, places: int, multiplier: int = 1) -> str:
    """`ratio_places` as the fixed-place text stored in the database (``"42.7461"``)."""
    return f"{ratio_places(numerator, denominator, places, multiplier):.{places}f}"


def ratio_sql(numerator: str, denominator: str, places: int, multiplier: int = 1) -> str:
    """SQL for ``ratio_text`` over two non-negative INTEGER expressions written by the caller.

    Only code passes expressions here (column names), never user input.
    """
    scale = 10**places * multiplier
    unit = 10**places
    limit = _SQL_INT_BUDGET // (2 * scale)
    units = f"((2 * ({numerator}) * {scale} + ({denominator})) / (2 * ({denominator})))"
    zero = "0." + "0" * places
    return (
        f"(CASE WHEN ({denominator}) = 0 THEN '{zero}'"
        f" WHEN ({numerator}) >= 0 AND ({numerator}) < {limit}"
        f" AND ({denominator}) > 0 AND ({denominator}) < {_SQL_INT_BUDGET // 4}"
        f" THEN ({units} / {unit}) || '.' || substr('{'0' * places}' || ({units} % {unit}), -{places})"
        f" ELSE spine_ratio({numerator}, {denominator}, {places}, {multiplier}) END)"
    )


_INT64_MAX = 2**63 - 1


class ExactSum:
    """SQL aggregate ``spine_sum(x)``: the exact sum of integers (NULL over no rows, like SUM).

    SQLite's ``SUM`` stops with "integer overflow" past 64 bits; a figure shown to a user (the
    shares of a week's rejects, which may hold any value a file had) must be exact instead: the
    result is an INTEGER when it fits 64 bits, else its exact decimal text.
    """

    def __init__(self) -> None:
        self.total = 0

    def step(self, value: int | None) -> None:
        if value is not None:
            self.total += int(value)

    def finalize(self) -> int | str:
        return self.total if -_INT64_MAX - 1 <= self.total <= _INT64_MAX else str(self.total)


def unhex(text: str | None) -> bytes | None:
    """SQL ``spine_unhex(text)``: hex text as bytes (SQLite 3.41 has ``unhex()``; 3.40 does not)."""
    try:
        return None if text is None else bytes.fromhex(text)
    except (TypeError, ValueError):
        return None


def register(conn: sqlite3.Connection) -> None:
    conn.create_function("spine_ratio", 4, ratio_text, deterministic=True)
    # typeshed expects finalize() -> int; SQLite takes the text result as well.
    conn.create_aggregate("spine_sum", 1, ExactSum)  # type: ignore[arg-type]
    conn.create_function("spine_unhex", 1, unhex, deterministic=True)
