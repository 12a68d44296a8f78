"""Table output at 4,000 rows: the plain renderer the look commands use, and Rich for comparison.

A terminal table must be drawn within 0.5 s whatever the view (issue "Seeing the history"). This
measures drawing only (the rows are built in memory first, typed as the views return them: ints,
Decimals, text with names), for a snapshot-like table of 4,000 rows at 80 and 120 columns and
unlimited (a pipe), plus the terminal row limit's case (the first 40 rows). Rich's Table on the same
rows is the 0.1.0 way, timed once for comparison (it takes seconds).

    python bench/tables.py [--rows 4000] [--repeat 5] [--skip-rich]
"""

from __future__ import annotations

import argparse
import io
import random
import statistics
import time
from decimal import Decimal
from typing import Any

from spine.render.tables import TERMINAL_ROW_LIMIT, Layout, render

COLUMNS = (
    "week_ending",
    "tier",
    "symbol",
    "issue_name",
    "total_volume",
    "total_trades",
    "venue_count",
    "top_venue_mpid",
    "top_venue_name",
    "top_venue_share_pct",
    "avg_trade_size",
    "rolling_avg_6w_volume",
    "rolling_trend_direction",
    "quality_status",
    "rolling_stale",
)
LAYOUT = Layout(fold=("top_venue_name", "issue_name"))


def snapshot_rows(count: int, seed: int = 7) -> list[dict[str, Any]]:
    """Rows shaped like `spine snapshot`'s: long issue and venue names, large volumes, decimals."""
    rng = random.Random(seed)
    rows = []
    for i in range(count):
        volume = int(10 ** rng.uniform(2, 9.5))
        trades = max(1, volume // rng.randint(50, 5000))
        rows.append(
            {
                "week_ending": "2025-12-26",
                "tier": "NMS_TIER_1",
                "symbol": f"S{i:04d}",
                "issue_name": f"Issuer Number {i} Holdings Incorporated Common Stock Class A",
                "total_volume": volume,
                "total_trades": trades,
                "venue_count": rng.randint(1, 45),
                "top_venue_mpid": f"M{i % 50:03d}",
                "top_venue_name": f"VENUE {i % 50} ALTERNATIVE TRADING SYSTEM LLC",
                "top_venue_share_pct": Decimal(rng.randint(0, 1_000_000)).scaleb(-4),
                "avg_trade_size": Decimal(rng.randint(100, 10_000_000)).scaleb(-2),
                "rolling_avg_6w_volume": volume * rng.randint(80, 120) // 100,
                "rolling_trend_direction": rng.choice(["UP", "DOWN", "FLAT"]),
                "quality_status": "PASS",
                "rolling_stale": 0,
            }
        )
    return rows


def time_it(repeat: int, work: Any) -> list[float]:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return times


def rich_table(rows: list[dict[str, Any]], width: int) -> None:
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    console = Console(file=io.StringIO(), width=width, highlight=False, soft_wrap=False)
    table = Table()
    for column in COLUMNS:
        table.add_column(Text(column))
    for row in rows:
        table.add_row(*(Text("" if row[c] is None else str(row[c])) for c in COLUMNS))
    console.print(table)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=4000)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--skip-rich", action="store_true")
    args = parser.parse_args()
    rows = snapshot_rows(args.rows)
    cases: list[tuple[str, Any]] = [
        (f"{args.rows:,} rows, 80 columns", lambda: render(rows, COLUMNS, 80, LAYOUT)),
        (f"{args.rows:,} rows, 120 columns", lambda: render(rows, COLUMNS, 120, LAYOUT)),
        (f"{args.rows:,} rows, no width (pipe)", lambda: render(rows, COLUMNS, None, LAYOUT)),
        (
            f"first {TERMINAL_ROW_LIMIT} rows, 120 columns (row limit)",
            lambda: render(rows[:TERMINAL_ROW_LIMIT], COLUMNS, 120, LAYOUT),
        ),
    ]
    print(f"plain renderer, best / median / worst of {args.repeat} (seconds)")
    for name, work in cases:
        times = time_it(args.repeat, work)
        print(f"  {name:<45} {min(times):.3f} / {statistics.median(times):.3f} / {max(times):.3f}")
    if not args.skip_rich:
        [seconds] = time_it(1, lambda: rich_table(rows, 120))
        print(f"Rich Table (0.1.0), {args.rows:,} rows, 120 columns, once: {seconds:.2f} s")


if __name__ == "__main__":
    main()
