"""Rows as the views return them: column order kept, figures typed (``int`` and ``Decimal``)."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Mapping
from decimal import Decimal
from typing import Any

# Figures stored as fixed-place decimal text (shares, trade sizes, trends, concentration) are named
# this way; they come back as Decimal so that nobody reads them as binary floats.
_DECIMAL_SUFFIXES = ("_pct", "_pp", "_hhi", "avg_trade_size")


class Rows(list[dict[str, Any]]):
    """Result rows that know their column names, even when there is no row (CSV headers)."""

    columns: tuple[str, ...] = ()

    @classmethod
    def of(cls, rows: Iterable[dict[str, Any]], columns: Iterable[str]) -> Rows:
        result = cls(rows)
        result.columns = tuple(columns)
        return result


def is_decimal_column(name: str) -> bool:
    return name.endswith(_DECIMAL_SUFFIXES)


def typed(value: Any, decimal: bool) -> Any:
    if decimal and isinstance(value, str) and value:
        return Decimal(value)
    return value


def fetch(conn: sqlite3.Connection, sql: str, params: Mapping[str, Any]) -> Rows:
    """Run a view's SELECT (named parameters) and type its decimal figures."""
    cursor = conn.execute(sql, dict(params))
    columns = tuple(column[0] for column in cursor.description)
    decimal = [is_decimal_column(c) for c in columns]
    rows = [{c: typed(v, d) for c, v, d in zip(columns, row, decimal, strict=True)} for row in cursor]
    return Rows.of(rows, columns)


def table_columns(conn: sqlite3.Connection, table: str) -> set[str]:
    """The columns a table has, so a view shows figures added by a later migration once they exist."""
    return {str(row[0]) for row in conn.execute("SELECT name FROM pragma_table_info(:t)", {"t": table})}


def present(conn: sqlite3.Connection, table: str, names: Iterable[str]) -> tuple[str, ...]:
    """Those of ``names`` (figures a later migration adds) that ``table`` has, in the given order."""
    have = table_columns(conn, table)
    return tuple(name for name in names if name in have)


def select_list(alias: str, names: Iterable[str]) -> str:
    """``, alias.name`` for each name: code-given column names only, never user text."""
    return "".join(f", {alias}.{name}" for name in names)


def has_table(conn: sqlite3.Connection, name: str) -> bool:
    """Whether a table (or view) exists: figures a later migration adds show up once it has run."""
    found = conn.execute("SELECT 1 FROM sqlite_master WHERE name = :name", {"name": name}).fetchone()
    return found is not None


def add_trend_labels(rows: Rows, direction: str, pct: str, base: str, column: str) -> None:
    """Fill ``column`` with what a view shows for a trend: ``UP +7.44%``, or ``low base`` when the
    trend's base is below the minimum (figures/trend.py's one definition, SPINE_MIN_TREND_BASE)."""
    from spine.domains.otc.figures.trend import min_trend_base, trend_label

    minimum = min_trend_base()
    for row in rows:
        if row.get(direction) is None or row.get(pct) is None:
            row[column] = None
        else:
            row[column] = trend_label(str(row[direction]), str(row[pct]), row.get(base), minimum)
