"""The README's quick start is a contract: two commands; the first prints each week and where to look."""

from __future__ import annotations

import os
import pty
import re
import shlex
import subprocess
import sys
from pathlib import Path

from tests.conftest import FIXTURES, REPO, SEED_WEEKS, run_cli


def quick_start_commands() -> list[str]:
    text = (REPO / "README.md").read_text(encoding="utf-8")
    block = re.search(r"```(?:sh|bash)\n(.*?)```", text, re.S)
    assert block, "the README has no shell code block"
    return [line for line in block.group(1).splitlines() if line.strip()]


def test_first_code_block_holds_exactly_two_commands() -> None:
    first, second = quick_start_commands()
    assert "pip install" in first and "spine run otc.backfill_range" in first
    assert "pip install" in second and "pytest" in second
    ci = (REPO / ".ci" / "run").read_text(encoding="utf-8")
    assert second in ci, ".ci/run must run the README's test command"


def test_quick_start_run_prints_each_week_and_where_to_look(tmp_path: Path) -> None:
    first = quick_start_commands()[0]
    spine_part = first.split("&&")[-1].strip()
    args = shlex.split(spine_part)
    assert args[0].endswith("spine")
    args = args[1:]
    db_at = args.index("--db")
    args[db_at + 1] = str(tmp_path / "quick.db")  # leave the checkout clean
    result = run_cli(*args, cwd=REPO)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    for week in SEED_WEEKS:
        assert " OK " in next(row for row in lines if row.startswith(f"{week} "))
    pointer = "spine rolling --tier NMS_TIER_1 --week 2025-12-26"
    assert pointer in result.stdout
    rolling = run_cli(*pointer.split()[1:], "--db", args[db_at + 1], cwd=REPO)
    for symbol, average, trend in (("AAPL", "3,695,000", "7.44"), ("MSFT", "966,666", "9.78")):
        line = next(row for row in rolling.stdout.splitlines() if f" {symbol} " in row)
        assert average in line and trend in line


def test_backfill_shows_progress_on_a_terminal(tmp_path: Path) -> None:
    """With standard error on a terminal, the backfill draws a progress bar there."""
    leader, follower = pty.openpty()
    env = {**os.environ, "SPINE_DB": str(tmp_path / "tty.db"), "COLUMNS": "100"}
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "spine.cli",
            "run",
            "otc.backfill_range",
            "-p",
            "tier=NMS_TIER_1",
            "-p",
            f"source_dir={FIXTURES}",
            "-p",
            "weeks_back=6",
        ],
        stdout=subprocess.DEVNULL,
        stderr=follower,
        env=env,
    )
    os.close(follower)
    seen = b""
    while True:
        try:
            chunk = os.read(leader, 4096)
        except OSError:  # the terminal closed with the process
            break
        if not chunk:
            break
        seen += chunk
    os.close(leader)
    assert process.wait(timeout=60) == 0
    bar = "━".encode()
    # The bar is drawn as it starts, labelled with the pipeline's name (later labels depend on timing).
    assert bar in seen and b"otc.backfill_range" in seen, seen[:400]
