"""Shared test helpers: databases in tmp folders, the seed fixtures, table comparisons, the CLI."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from spine.api import Spine

REPO = Path(__file__).resolve().parents[1]
FIXTURES = REPO / "data" / "fixtures" / "otc"
REAL_FIXTURES = REPO / "data" / "fixtures" / "real"
# Real FINRA samples live beside the checkout, never in it (SPINE_REALDATA points elsewhere).
REALDATA = Path(os.environ.get("SPINE_REALDATA") or REPO.parent / "shared" / "realdata")
TIER = "NMS_TIER_1"
SEED_WEEKS = ["2025-11-21", "2025-11-28", "2025-12-05", "2025-12-12", "2025-12-19", "2025-12-26"]

# Columns that say who/when wrote a row; everything else is data and must be identical on reruns.
LINEAGE_COLUMNS = {
    "execution_id",
    "batch_id",
    "capture_id",
    "superseded_by_capture_id",
    "id",
    "source_locator",
}
_LINEAGE = ("execution_id", "batch_id")
# SPEC §5, the one list of the tables (or views) and columns that every release keeps queryable under
# these names: natural key, the columns §5 lists, lineage and the UTC timestamp(s). Storage may change
# (leaner tables, views with these names, added columns); these columns and their values may not.
SPEC_COLUMNS: dict[str, tuple[str, ...]] = {
    "otc_week_manifest": (
        "week_ending", "tier", "source_type", "source_locator", "source_sha256", "source_bytes",
        "row_count_raw", "row_count_parsed", "row_count_inserted", "row_count_normalized",
        "row_count_rejected", "stage", *_LINEAGE, "created_at", "updated_at",
    ),
    "otc_raw": (
        "week_ending", "tier", "record_hash", "symbol", "mpid", "total_shares", "total_trades",
        "source_line", "issue_name", "venue_name", "last_update_date", *_LINEAGE, "ingested_at",
    ),
    "otc_rejects": (
        "id", "week_ending", "tier", "source_locator", "line_number", "raw_line", "raw_record_hash",
        "stage", "reason_code", "reason_detail", *_LINEAGE, "rejected_at",
    ),
    "otc_normalization_map": (
        "week_ending", "tier", "raw_record_hash", "symbol", "mpid", "status", "reject_reason",
        "reject_detail", *_LINEAGE, "normalized_at",
    ),
    "otc_venue_volume": (
        "week_ending", "tier", "symbol", "mpid", "total_shares", "total_trades", "avg_trade_size",
        *_LINEAGE, "normalized_at",
    ),
    "otc_symbol_summary": (
        "week_ending", "tier", "symbol", "total_volume", "total_trades", "venue_count", "avg_trade_size",
        "calculation_version", *_LINEAGE, "calculated_at",
    ),
    "otc_venue_share": (
        "week_ending", "tier", "mpid", "total_volume", "total_trades", "market_share_pct",
        "calculation_version", *_LINEAGE, "calculated_at",
    ),
    "otc_quality_checks": (
        "id", "week_ending", "tier", "pipeline_name", "check_name", "check_category", "status",
        "check_value", "expected_value", "tolerance", "message", *_LINEAGE, "checked_at",
    ),
    "otc_symbol_rolling_6w": (
        "week_ending", "tier", "symbol", "avg_6w_volume", "avg_6w_trades", "trend_direction", "trend_pct",
        "weeks_in_window", "is_complete_window", "rolling_version", *_LINEAGE, "computed_at",
    ),
    "otc_research_snapshot": (
        "week_ending", "tier", "symbol", "total_volume", "total_trades", "venue_count", "top_venue_mpid",
        "top_venue_share_pct", "avg_trade_size", "rolling_avg_6w_volume", "rolling_avg_6w_trades",
        "rolling_trend_direction", "rolling_weeks_available", "rolling_is_complete", "has_rolling_data",
        "quality_status", "snapshot_version", *_LINEAGE, "created_at",
    ),
    "executions": (
        "execution_id", "pipeline_name", "params", "status", "started_at", "finished_at", "duration_ms",
        "error", "metrics", "parent_execution_id", "batch_id",
    ),
}  # fmt: skip
DATA_TABLES = [table for table in SPEC_COLUMNS if table != "executions"]


@pytest.fixture
def realdata() -> Path:
    """The shared real FINRA samples; CI always has ../shared beside the checkout, so absent is a failure."""
    assert REALDATA.is_dir(), f"the real FINRA samples folder {REALDATA} is missing"
    return REALDATA


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "spine.db"


@pytest.fixture
def spine(db_path: Path) -> Iterator[Spine]:
    with Spine(db_path) as instance:
        yield instance


def backfill(spine: Spine, **params: Any) -> Any:
    values = {"tier": TIER, "source_dir": str(FIXTURES), "weeks_back": 6, **params}
    return spine.run("otc.backfill_range", values)


@pytest.fixture
def seeded(spine: Spine) -> Spine:
    """A database after the spec's backfill of the six seed weeks."""
    result = backfill(spine)
    assert result.ok, result.error
    return spine


def table_data(conn: sqlite3.Connection, table: str) -> list[tuple[Any, ...]]:
    """A table's rows without lineage ids and timestamps, sorted: what a rerun must leave equal."""
    columns = [row[1] for row in conn.execute(f"PRAGMA table_info({table})")]
    keep = [c for c in columns if c not in LINEAGE_COLUMNS and not c.endswith("_at")]
    rows = conn.execute(f"SELECT {', '.join(keep)} FROM {table}").fetchall()
    return sorted((tuple(r) for r in rows), key=repr)


def child_pids(pid: int) -> list[int]:
    """The processes ``pid`` started that have not been reaped (zombies included)."""
    found: list[int] = []
    for task in Path(f"/proc/{pid}/task").iterdir():
        found += [int(c) for c in (task / "children").read_text().split()]
    return found


def all_data(conn: sqlite3.Connection) -> dict[str, list[tuple[Any, ...]]]:
    return {table: table_data(conn, table) for table in DATA_TABLES}


def count(conn: sqlite3.Connection, sql: str, *params: Any) -> int:
    return int(conn.execute(sql, params).fetchone()[0])


def run_cli_into_closed_pipe(*args: str, db: Path | None = None) -> subprocess.CompletedProcess[bytes]:
    """Run ``spine`` (``db`` as SPINE_DB, if given) with its standard output a pipe whose reader is
    gone before the first line (like ``| head`` once it has its lines)."""
    read_end, write_end = os.pipe()
    os.close(read_end)
    env = {k: v for k, v in os.environ.items() if k != "SPINE_DB"}
    if db is not None:
        env["SPINE_DB"] = str(db)
    try:
        return subprocess.run(
            [sys.executable, "-m", "spine.cli", *args],
            stdout=write_end,
            stderr=subprocess.PIPE,
            env=env,
            timeout=60,
            check=False,
        )
    finally:
        os.close(write_end)


def run_cli(
    *args: str,
    db: Path | None = None,
    env: dict[str, str] | None = None,
    cwd: Path | None = None,
    timeout: float = 120,
) -> subprocess.CompletedProcess[str]:
    """Run ``spine`` in a subprocess, as a user would."""
    full_env = {**os.environ, **(env or {})}
    full_env.pop("SPINE_DB", None)
    if db is not None:
        full_env["SPINE_DB"] = str(db)
    return subprocess.run(
        [sys.executable, "-m", "spine.cli", *args],
        capture_output=True,
        text=True,
        env=full_env,
        cwd=cwd,
        timeout=timeout,
        check=False,
    )


def spine_cli(
    *args: str,
    db: Path | None = None,
    env: dict[str, str] | None = None,
    cwd: Path | None = None,
) -> subprocess.CompletedProcess[str]:
    """``run_cli`` in this process (click's CliRunner), through the real entry point ``main``.

    For argument, output and exit-code tests: the same command as the installed one without a
    process start-up; the result has ``run_cli``'s shape. The signal handlers ``main`` installs and the
    working folder are put back afterwards.
    """
    from spine.cli import main

    full_env: dict[str, str | None] = {"SPINE_DB": str(db) if db is not None else None, **(env or {})}
    saved = {signum: signal.getsignal(signum) for signum in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP)}
    here = Path.cwd()
    try:
        if cwd is not None:
            os.chdir(cwd)
        with CliRunner().isolation(env=full_env) as streams:
            try:
                main(list(args))
                code = 0
            except SystemExit as exc:
                code = exc.code if isinstance(exc.code, int) else 1
            sys.stdout.flush()
            sys.stderr.flush()
            out, err = streams[0].getvalue(), streams[1].getvalue()
    finally:
        os.chdir(here)
        for signum, handler in saved.items():
            signal.signal(signum, handler)
    return subprocess.CompletedProcess(
        ["spine", *args], code, out.decode("utf-8", "replace"), err.decode("utf-8", "replace")
    )


def write_file(path: Path, text: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8", newline="")
    return path


@pytest.fixture
def reaper() -> Iterator[list[subprocess.Popen[str]]]:
    """Processes a test started: killed at the end if a failed assertion left them running."""
    procs: list[subprocess.Popen[str]] = []
    yield procs
    for proc in procs:
        if proc.poll() is None:
            proc.kill()
        proc.communicate()


def write_lock_held(db: Path) -> bool:
    """True while another connection holds the database's write lock (probed without waiting)."""
    probe = sqlite3.connect(db, timeout=0, isolation_level=None)
    try:
        probe.execute("BEGIN IMMEDIATE")
    except sqlite3.OperationalError as exc:
        if "locked" in str(exc) or "busy" in str(exc):
            return True
        raise
    else:
        probe.execute("ROLLBACK")
        return False
    finally:
        probe.close()


def integrity(db: Path) -> str:
    with sqlite3.connect(db) as conn:
        return str(conn.execute("PRAGMA integrity_check").fetchone()[0])


def start_cli(db: Path, *args: str, busy_timeout: str | None = None) -> subprocess.Popen[str]:
    """Start ``spine`` in the background on ``db`` (a busy timeout only when given)."""
    env = {**os.environ, "SPINE_DB": str(db)}
    env.pop("SPINE_BUSY_TIMEOUT", None)
    if busy_timeout is not None:
        env["SPINE_BUSY_TIMEOUT"] = busy_timeout
    return subprocess.Popen(
        [sys.executable, "-m", "spine.cli", *args],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def rolling_rows(spine: Spine, week: str, tier: str = TIER) -> dict[str, tuple[int, int, str, str, int, int]]:
    """A week's rolling rows as symbol -> (avg volume, avg trades, direction, trend %, weeks, complete)."""
    return {
        r["symbol"]: (
            r["avg_6w_volume"],
            r["avg_6w_trades"],
            r["trend_direction"],
            str(r["trend_pct"]),
            r["weeks_in_window"],
            r["is_complete_window"],
        )
        for r in spine.rolling(tier, week)
    }


# The local FINRA Query API stand-in (tests/finra/standin.py), for every test that fetches.
from tests.finra.fixtures import finra_standin  # noqa: E402, F401
