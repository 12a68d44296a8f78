"""The history scenario: years of weekly files for several tiers in one database, and what stays fast.

FINRA keeps four years; a researcher who syncs all of it holds 208 weeks x 3 tiers. This scenario
builds that history from ``generate.py``'s deterministic files, loads it with one backfill per tier,
and measures what a user of such a database does (targets of the "history at scale" issue):

1. the full load, every tier's backfill (wall and peak RSS of each);
2. a no-op rerun of one tier's whole range (every stage skips);
3. a revision of one early week (its file changes), then the backfill that follows it;
4. every look command's table output, on a terminal (a pseudo-terminal, so commands that show
   recent weeks on a terminal do so), repeated for the spread;
5. the database size per stored venue row, with the bytes per table and index (``spine db stats``).

Each command runs in its own process, as a user runs it (wall from spawn to exit, peak RSS from
``wait4``; see bench.py). Presets::

    python bench/history.py                          # 4 years x 3 tiers x 50,000 rows (31M rows)
    python bench/history.py --preset year            # 52 weeks x 1 tier x 100,000 rows
    python bench/history.py --weeks 52 --tiers OTC   # a proportional part, extrapolated

``--build-only`` stops after the load (a database to look at); ``--workdir`` keeps files and
database, and a second run with the same workdir reuses the generated files.
"""

from __future__ import annotations

import argparse
import json
import os
import pty
import select
import sqlite3
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from bench import GENERATOR, ChildRun, compile_bytecode, find_spine, fresh_dir, machine_info, run_child

PRESETS: dict[str, dict[str, Any]] = {
    "issue": {"weeks": 208, "tiers": ["NMS_TIER_1", "NMS_TIER_2", "OTC"], "rows": 50_000},
    "year": {"weeks": 52, "tiers": ["NMS_TIER_1"], "rows": 100_000},
}
END_WEEK = "2025-12-26"
REVISED_WEEK_INDEX = 9  # the tenth week of the range: early, with full windows after it

# Targets (the issue's), for the full preset.
TARGET_LOAD_S = 600.0
TARGET_RSS_MB = 150.0
TARGET_NOOP_S = 3.0
TARGET_REVISION_S = 10.0
TARGET_LOOK_S = 1.0
TARGET_BYTES_PER_ROW = 160.0


def look_commands(tier: str, week: str, capture_id: int, symbol: str) -> list[list[str]]:
    """Every look command, as a user types it (their defaults: recent weeks on a terminal)."""
    return [
        ["status"],
        ["rejects"],
        ["checks"],
        ["captures"],
        ["snapshot", "--tier", tier],
        ["rolling", "--tier", tier],
        ["shares", "--tier", tier],
        ["symbol", symbol, "--tier", tier],
        ["rolling", "--tier", tier, "--week", week, "--symbol", symbol],
        ["capture-volumes", str(capture_id)],
    ]


def run_on_terminal(argv: list[str], env: dict[str, str]) -> ChildRun:
    """Run ``argv`` with its standard output on a pseudo-terminal (what a user at a terminal sees).

    The output is drained while the child runs (a full terminal buffer would block it); wall and
    peak RSS are measured like ``run_child``'s.
    """
    leader, follower = pty.openpty()
    started = time.perf_counter()
    proc = subprocess.Popen(argv, stdout=follower, stderr=subprocess.PIPE, env={**env, "COLUMNS": "200"})
    os.close(follower)
    chunks: list[bytes] = []
    while True:
        ready, _, _ = select.select([leader], [], [], 0.05)
        if ready:
            try:
                chunk = os.read(leader, 1 << 16)
            except OSError:  # the child closed the terminal
                chunk = b""
            if not chunk:
                break
            chunks.append(chunk)
        elif proc.poll() is not None:
            break
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - started
    os.close(leader)
    stderr = proc.stderr.read().decode("utf-8", "replace") if proc.stderr else ""
    proc.returncode = os.waitstatus_to_exitcode(status)
    out = b"".join(chunks).decode("utf-8", "replace")
    return ChildRun(argv, wall, usage.ru_maxrss, proc.returncode, out, stderr)


@dataclass
class Result:
    """One measured line of the report."""

    name: str
    value: float
    unit: str
    target: float | None = None
    runs: list[float] | None = None  # every run, for the spread
    note: str = ""

    @property
    def passed(self) -> bool | None:
        return None if self.target is None else self.value <= self.target

    def line(self) -> str:
        spread = ""
        if self.runs and len(self.runs) > 1:
            low, mid, high = min(self.runs), statistics.median(self.runs), max(self.runs)
            spread = f"  (min {low:.2f}, median {mid:.2f}, max {high:.2f})"
        verdict = "" if self.passed is None else ("  PASS" if self.passed else "  FAIL")
        target = "" if self.target is None else f"  target <= {self.target:g} {self.unit}"
        return f"{self.name}: {self.value:,.2f} {self.unit}{target}{verdict}{spread} {self.note}".rstrip()


class History:
    """Builds the history under one work folder and measures it."""

    def __init__(self, args: argparse.Namespace, work: Path) -> None:
        self.args = args
        self.work = work
        self.spine = find_spine(args.spine)
        compile_bytecode(self.spine)
        self.db = work / "history.db"
        self.env = dict(os.environ, SPINE_DB=str(self.db))
        self.weeks: int = args.weeks
        self.tiers: list[str] = args.tiers
        self.rows: int = args.rows
        self.results: list[Result] = []

    def say(self, text: str) -> None:
        print(f"[{time.strftime('%H:%M:%S')}] {text}", flush=True)

    def add(self, result: Result) -> None:
        self.results.append(result)
        self.say(result.line())

    def source(self, tier: str) -> Path:
        return self.work / "files" / f"{tier}_{self.rows}"

    def spine_cmd(self, *words: str) -> ChildRun:
        return run_child([str(self.spine), *words], env=self.env)

    def backfill(self, tier: str) -> ChildRun:
        return self.spine_cmd(
            "run",
            "otc.backfill_range",
            "-p",
            f"tier={tier}",
            "-p",
            f"source_dir={self.source(tier)}",
            "-p",
            f"weeks_back={self.weeks}",
            "-p",
            f"end_week={END_WEEK}",
            "--json",
        )

    # -- the steps ---------------------------------------------------------------------------

    def generate(self) -> None:
        """Every tier's files, in a child each (this process stays small); kept files are reused."""
        for tier in self.tiers:
            folder = self.source(tier)
            expected = self.weeks
            if folder.is_dir() and len(list(folder.glob("week_*.psv"))) == expected:
                self.say(f"files for {tier}: reusing {folder}")
                continue
            fresh_dir(folder)
            argv = [sys.executable, str(GENERATOR), str(folder), "--rows", str(self.rows)]
            argv += ["--weeks", str(self.weeks), "--end-week", END_WEEK, "--tier", tier, "--seed", "7"]
            run = run_child(argv)
            self.say(f"generated {self.weeks} x {self.rows:,} rows for {tier} in {run.wall_s:.0f} s")

    def load(self) -> None:
        for suffix in ("", "-wal", "-shm"):
            Path(f"{self.db}{suffix}").unlink(missing_ok=True)
        self.spine_cmd("db", "init")
        walls, rss = [], []
        for tier in self.tiers:
            run = self.backfill(tier)
            metrics = (run.json_out() or {}).get("metrics", {})
            walls.append(run.wall_s)
            rss.append(run.rss_mb)
            self.say(
                f"backfill {tier}: {run.wall_s:.1f} s, {run.rss_mb:.0f} MB, "
                f"weeks ok {metrics.get('weeks_ok')}/{metrics.get('weeks_total')}"
            )
        rows = self.rows * self.weeks * len(self.tiers)
        full = self.weeks == 208 and len(self.tiers) == 3 and self.rows == 50_000
        note = (
            ""
            if full
            else f"(a part: {rows:,} rows; at this rate 31.2M rows take {sum(walls) * 31.2e6 / rows:,.0f} s)"
        )
        self.add(Result("full load", sum(walls), "s", TARGET_LOAD_S if full else None, walls, note))
        self.add(Result("full load, peak RSS", max(rss), "MB", TARGET_RSS_MB, rss))
        self.add(Result("full load, rows per second", rows / sum(walls), "rows/s"))

    def noop_rerun(self) -> None:
        tier = self.tiers[0]
        runs = [self.backfill(tier).wall_s for _ in range(self.args.repeat)]
        target = TARGET_NOOP_S if self.weeks == 208 else None
        self.add(Result(f"no-op rerun, {tier}, {self.weeks} weeks", min(runs), "s", target, runs))

    def revision(self) -> None:
        """Change 1 % of one early week's lines (shares + 1), then the backfill that follows."""
        tier = self.tiers[0]
        week = (
            date.fromisoformat(END_WEEK) - timedelta(weeks=self.weeks - 1 - REVISED_WEEK_INDEX)
        ).isoformat()
        path = self.source(tier) / f"week_{week}.psv"
        original = path.read_bytes()
        lines = original.decode("ascii").splitlines(keepends=True)
        for index in range(1, len(lines), 100):
            fields = lines[index].rstrip("\n").split("|")
            fields[5] = str(int(fields[5]) + 1)  # totalWeeklyShareQuantity
            lines[index] = "|".join(fields) + "\n"
        path.write_text("".join(lines), encoding="ascii")
        try:
            run = self.backfill(tier)
        finally:
            path.write_bytes(original)  # the files stay what generate.py makes (reusable)
        metrics = (run.json_out() or {}).get("metrics", {})
        redone = sum(1 for w in metrics.get("weeks", []) if w.get("stages", {}).get("ingest") == "done")
        self.add(
            Result(
                f"revision of {week} ({tier}) + backfill",
                run.wall_s,
                "s",
                TARGET_REVISION_S,
                note=f"(weeks re-ingested: {redone})",
            )
        )

    def look(self) -> None:
        tier = self.tiers[0]
        capture = self.capture_id(tier)
        for words in look_commands(tier, END_WEEK, capture, self.top_symbol(tier)):
            runs = []
            for _ in range(self.args.repeat):
                run = run_on_terminal([str(self.spine), *words], self.env)
                if run.returncode != 0:
                    raise SystemExit(f"spine {' '.join(words)} failed: {run.stderr.strip()}")
                runs.append(run.wall_s)
            lines = run.stdout.count("\n")
            self.add(
                Result(f"spine {' '.join(words)}", min(runs), "s", TARGET_LOOK_S, runs, f"({lines} lines)")
            )

    def top_symbol(self, tier: str) -> str:
        """The symbol with the most volume in the last week (read-only, in this process)."""
        conn = sqlite3.connect(f"file:{self.db}?mode=ro", uri=True)
        try:
            row = conn.execute(
                "SELECT symbol FROM otc_symbol_summary WHERE tier = ? AND week_ending = ?"
                " ORDER BY total_volume DESC LIMIT 1",
                (tier, END_WEEK),
            ).fetchone()
        finally:
            conn.close()
        return str(row[0])

    def capture_id(self, tier: str) -> int:
        run = self.spine_cmd("captures", "--tier", tier, "--week", END_WEEK, "--json")
        return int(json.loads(run.stdout)[-1]["capture_id"])

    def size(self) -> None:
        self.spine_cmd("db", "init")  # a checkpoint: the file then holds every page
        run = self.spine_cmd("db", "stats", "--json")
        stats = json.loads(run.stdout)
        self.add(
            Result(
                "database size per venue row",
                stats["bytes_per_venue_row"],
                "bytes",
                TARGET_BYTES_PER_ROW,
                note=f"({stats['file_bytes'] / 2**30:.2f} GiB, {stats['venue_rows']:,} venue rows, "
                f"db stats took {run.wall_s:.0f} s)",
            )
        )
        for btree in stats["btrees"][:8]:
            print(
                f"    {btree['name']:<40} {btree['rows']:>12,} rows {btree['bytes'] / 2**20:>10,.1f} MiB"
                f" {btree['bytes'] / max(stats['venue_rows'], 1):>7.1f} B/venue row"
            )
        self.stats = stats

    def report(self) -> dict[str, Any]:
        return {
            "machine": machine_info(),
            "scenario": {"weeks": self.weeks, "tiers": self.tiers, "rows_per_week": self.rows},
            "results": [{**r.__dict__, "passed": r.passed} for r in self.results],
            "stats": getattr(self, "stats", None),
        }


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description="The history scenario (see the module docstring).")
    parser.add_argument("--preset", choices=sorted(PRESETS), default="issue")
    parser.add_argument("--weeks", type=int, help="weeks per tier (preset's by default)")
    parser.add_argument("--tiers", nargs="+", choices=PRESETS["issue"]["tiers"], help="tiers to load")
    parser.add_argument("--rows", type=int, help="rows per tier-week")
    parser.add_argument("--workdir", type=Path, default=Path("bench-history"), help="files and database")
    parser.add_argument("--repeat", type=int, default=3, help="runs of the quick measurements")
    parser.add_argument("--build-only", action="store_true", help="generate and load, measure nothing else")
    parser.add_argument("--json", type=Path, dest="json_out", help="also write the numbers here")
    parser.add_argument("--spine", help="path of the spine executable")
    args = parser.parse_args(argv)
    preset = PRESETS[args.preset]
    args.weeks = args.weeks or preset["weeks"]
    args.tiers = args.tiers or preset["tiers"]
    args.rows = args.rows or preset["rows"]
    if args.weeks <= REVISED_WEEK_INDEX + 6 or args.rows < 100 or args.repeat < 1:
        parser.error(f"--weeks must exceed {REVISED_WEEK_INDEX + 6}, --rows at least 100, --repeat >= 1")
    return args


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    machine = machine_info()
    print(
        f"machine: {machine['platform']} | {machine['cpu']} | {machine['cpu_count']} CPUs | "
        f"{machine['memory_gib']} GiB | Python {machine['python']} | SQLite {machine['sqlite']}"
    )
    args.workdir.mkdir(parents=True, exist_ok=True)
    history = History(args, args.workdir.resolve())
    history.say(
        f"history: {args.weeks} weeks x {', '.join(args.tiers)} x {args.rows:,} rows in {history.work}"
    )
    history.generate()
    history.load()
    if not args.build_only:
        history.noop_rerun()
        history.revision()
        history.look()
        history.size()
    print("\nResults")
    for result in history.results:
        print("  " + result.line())
    if args.json_out:
        args.json_out.write_text(json.dumps(history.report(), indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
