"""What ``spine run`` prints for a human: status, duration, metrics, and the tables that matter."""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

import click

from spine.api import Spine
from spine.core.runner import ExecutionResult
from spine.render.tables import console, print_rows

_TABLE_METRICS = ("weeks", "rows", "rolling", "snapshot", "checks")


def print_result(spine: Spine, result: ExecutionResult) -> None:
    out = console()
    status = result.status.value
    if result.ok and result.metrics.get("weeks_failed"):
        status = f"COMPLETED with {result.metrics['weeks_failed']} failed week(s)"
    out.print(
        f"{result.pipeline_name}: {status} in {result.duration_ms} ms (execution {result.execution_id})",
        markup=False,
    )
    if result.error:
        click.echo(f"error: {result.error}", err=True)
    scalars = {
        k: v
        for k, v in result.metrics.items()
        if k not in _TABLE_METRICS and k != "traceback" and v not in ({}, [], None)
    }
    for key, value in scalars.items():
        out.print(f"  {key}: {_short(value)}", markup=False)
    if result.metrics.get("other_weeks"):
        out.print(
            "  note: rows for other weeks were rejected as WEEK_MISMATCH; "
            "ingest the file once per week it holds",
            markup=False,
        )
    dates = result.metrics.get("publication_dates") or {}
    if len(dates) > 1 and result.metrics.get("layout") == "finra_website":
        out.print(
            f"  note: rows were published on {len(dates)} dates ({', '.join(sorted(dates))}); a FINRA "
            "download holds one week: split the file by lastUpdateDate and ingest each part as its week",
            markup=False,
        )
    checks: dict[str, str] = result.metrics.get("checks") or {}
    if checks:
        tally = Counter(checks.values())
        out.print("  checks: " + ", ".join(f"{n} {s}" for s, n in sorted(tally.items())), markup=False)
        for name, check_status in checks.items():
            if check_status != "PASS":  # the ones worth a look, by name
                out.print(f"    {check_status}: {name}", markup=False)
    if result.pipeline_name == "otc.backfill_range":
        _backfill(spine, result)
    elif result.pipeline_name == "otc.query_rolling" and result.ok:
        print_rows(
            result.metrics["rows"],
            "table",
            f"rolling 6w {result.metrics['tier']} {result.metrics['week_ending']}",
        )


def _backfill(spine: Spine, result: ExecutionResult) -> None:
    weeks = result.metrics.get("weeks", [])
    rows = [
        {
            "week_ending": w["week_ending"],
            "status": w["status"],
            **w["stages"],
            "file": Path(w["file"]).name,
            "error": w["error"] or "",
        }
        for w in weeks
    ]
    print_rows(rows, "table", "weeks")
    if result.metrics.get("dry_run"):
        out = console()
        out.print(f"  then rolling: {result.metrics['rolling']}", markup=False)
        out.print(f"  then snapshot: {result.metrics['snapshot']}", markup=False)
        return
    ok = [w["week_ending"] for w in weeks if w["status"] == "OK"]
    if ok and result.metrics.get("rolling"):
        tier = result.metrics["tier"]
        print_rows(spine.rolling(tier, ok[-1]), "table", f"rolling 6w {tier} {ok[-1]}")


def _short(value: Any) -> str:
    text = str(value)
    return text if len(text) <= 200 else text[:197] + "..."
