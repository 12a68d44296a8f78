"""Independent expectations for the real-layout tests.

Everything here recomputes what the product should store straight from a file's own lines, with the
standard library only (``csv``) and the figures of ``tests/oracle.py``: none of the product's parser,
validators or calculation functions are used, so a test comparing the two is a real cross-check.
"""

from __future__ import annotations

import csv
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from spine.api import Spine
from tests.oracle import MPID_RE, SYMBOL_RE, avg_trade_size, pct

WEEK_PIPELINES = ("otc.ingest_week", "otc.normalize_week", "otc.aggregate_week")


@dataclass(frozen=True)
class Line:
    """One data line of a delimited file: its 1-based line number in the file and its fields."""

    number: int
    text: str
    fields: dict[str, str]

    def get(self, name: str) -> str:
        return self.fields[name]


def read_lines(path: Path, delimiter: str = "|") -> list[Line]:
    """Data lines of a delimited file with a header (BOM, CRLF and a missing final newline allowed)."""
    text = path.read_bytes().decode("utf-8-sig")
    physical = text.splitlines()
    quoting = csv.QUOTE_MINIMAL if delimiter == "," else csv.QUOTE_NONE
    header = next(csv.reader([physical[0]], delimiter=delimiter, quoting=quoting))
    lines = []
    for number, raw in enumerate(physical[1:], start=2):
        if not raw.strip():
            continue
        values = next(csv.reader([raw], delimiter=delimiter, quoting=quoting))
        assert len(values) == len(header), f"{path.name} line {number}: {raw!r}"
        lines.append(Line(number, raw, dict(zip(header, values, strict=True))))
    return lines


@dataclass(frozen=True)
class VenueRow:
    symbol: str
    mpid: str
    shares: int
    trades: int


def venue_rows(lines: list[Line], symbol: str, mpid: str, shares: str, trades: str) -> list[VenueRow]:
    return [
        VenueRow(
            line.get(symbol).strip().upper(),
            line.get(mpid).strip().upper(),
            int(line.get(shares)),
            int(line.get(trades)),
        )
        for line in lines
    ]


def website_rows(lines: list[Line]) -> list[VenueRow]:
    return venue_rows(
        lines, "issueSymbolIdentifier", "MPID", "totalWeeklyShareQuantity", "totalWeeklyTradeCount"
    )


def is_valid(row: VenueRow) -> bool:
    return bool(SYMBOL_RE.fullmatch(row.symbol)) and bool(MPID_RE.fullmatch(row.mpid))


def expected_venue_shares(rows: list[VenueRow]) -> dict[str, tuple[int, int, int, str]]:
    """mpid -> (total_volume, total_trades, symbol_count, market_share_pct) over the given rows."""
    volume: dict[str, int] = defaultdict(int)
    trades: dict[str, int] = defaultdict(int)
    symbols: dict[str, set[str]] = defaultdict(set)
    for row in rows:
        volume[row.mpid] += row.shares
        trades[row.mpid] += row.trades
        symbols[row.mpid].add(row.symbol)
    week_volume = sum(volume.values())
    return {
        mpid: (volume[mpid], trades[mpid], len(symbols[mpid]), pct(volume[mpid], week_volume))
        for mpid in volume
    }


def expected_symbol_summary(rows: list[VenueRow]) -> dict[str, tuple[int, int, int, str]]:
    """symbol -> (total_volume, total_trades, venue_count, avg_trade_size) over the given rows."""
    volume: dict[str, int] = defaultdict(int)
    trades: dict[str, int] = defaultdict(int)
    venues: dict[str, int] = defaultdict(int)
    for row in rows:
        volume[row.symbol] += row.shares
        trades[row.symbol] += row.trades
        venues[row.symbol] += 1
    return {
        symbol: (
            volume[symbol],
            trades[symbol],
            venues[symbol],
            avg_trade_size(volume[symbol], trades[symbol]),
        )
        for symbol in volume
    }


# -- reading what the product stored ------------------------------------------------------------


def run_week(spine: Spine, path: Path, tier: str, week: str) -> dict[str, Any]:
    """ingest -> normalize -> aggregate for one week; each must succeed. Returns each run's metrics."""
    metrics: dict[str, Any] = {}
    for name in WEEK_PIPELINES:
        params: dict[str, Any] = {"tier": tier, "week_ending": week}
        if name == "otc.ingest_week":
            params["file_path"] = str(path)
        result = spine.run(name, params)
        assert result.ok, f"{name} {week}: {result.status} {result.error}"
        metrics[name] = result.metrics
    return metrics


def stored_venue_shares(spine: Spine, tier: str, week: str) -> dict[str, tuple[int, int, int, str]]:
    rows = spine.conn.execute(
        "SELECT mpid, total_volume, total_trades, symbol_count, market_share_pct FROM otc_venue_share"
        " WHERE tier = ? AND week_ending = ?",
        (tier, week),
    ).fetchall()
    return {r[0]: (r[1], r[2], r[3], r[4]) for r in rows}


def stored_symbol_summary(spine: Spine, tier: str, week: str) -> dict[str, tuple[int, int, int, str]]:
    rows = spine.conn.execute(
        "SELECT symbol, total_volume, total_trades, venue_count, avg_trade_size FROM otc_symbol_summary"
        " WHERE tier = ? AND week_ending = ?",
        (tier, week),
    ).fetchall()
    return {r[0]: (r[1], r[2], r[3], r[4]) for r in rows}


def stored_venue_volume(spine: Spine, tier: str, week: str) -> list[tuple[str, str, int, int, str]]:
    rows = spine.conn.execute(
        "SELECT symbol, mpid, total_shares, total_trades, avg_trade_size FROM otc_venue_volume"
        " WHERE tier = ? AND week_ending = ? ORDER BY symbol, mpid",
        (tier, week),
    ).fetchall()
    return [tuple(r) for r in rows]


def check(spine: Spine, tier: str, week: str, name: str) -> dict[str, Any] | None:
    rows = [r for r in spine.quality_checks(tier, week) if r["check_name"] == name]
    assert len(rows) <= 1, rows
    return rows[0] if rows else None


def table_count(spine: Spine, table: str) -> int:
    return int(spine.conn.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0])
