"""What ``spine run`` and ``spine sync`` print for a human: status, duration, metrics, and the weeks."""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

import click

from spine.core import registry
from spine.core.errors import one_line
from spine.core.runner import ExecutionResult
from spine.render.tables import console, print_rows

# Metrics shown by a table or a sentence of their own, not as "key: value".
_TABLE_METRICS = (
    "weeks",
    "rows",
    "rolling",
    "snapshot",
    "snapshots",
    "checks",
    "check_messages",
    "restated",
    "newest_published",
)


def print_result(result: ExecutionResult) -> None:
    out = console()
    status = result.status.value
    if result.ok and result.metrics.get("weeks_failed"):
        status = f"COMPLETED with {result.metrics['weeks_failed']} failed week(s)"
    if result.metrics.get("dry_run"):  # only the run itself says it was a plan; a read-only run is not
        status += " (dry run, nothing stored)"
    # A run that writes nothing (a plan, a query) has no execution row: say so, whatever its status.
    ran = f"execution {result.execution_id}" if result.execution_id else "not recorded"
    out.print(f"{result.pipeline_name}: {status} in {result.duration_ms} ms ({ran})", markup=False)
    if result.error:
        click.echo(f"error: {one_line(result.error)}", err=True)
    scalars = {
        k: v
        for k, v in result.metrics.items()
        if k not in _TABLE_METRICS and k != "traceback" and v not in ({}, [], None)
    }
    for key, value in scalars.items():
        out.print(f"  {key}: {_short(value)}", markup=False)
    newest = result.metrics.get("newest_published") or {}
    if newest:
        listed = ", ".join(f"{tier} {week or 'none'}" for tier, week in newest.items())
        out.print(f"  newest published by FINRA: {listed}", markup=False)
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
        messages: dict[str, str] = result.metrics.get("check_messages") or {}
        for name, check_status in checks.items():
            if check_status != "PASS":  # the ones worth a look, by name, with what they say
                said = f": {messages[name]}" if messages.get(name) else ""
                out.print(f"    {check_status}: {name}{said}", markup=False, soft_wrap=True)
    summary = registry.get(result.pipeline_name).summary
    if summary == "weeks":
        print_weeks(result.metrics)
    elif summary == "rows" and result.ok:
        title = f"{result.pipeline_name} {result.metrics['tier']} {result.metrics['week_ending']}"
        print_rows(result.metrics["rows"], "table", title)


# The stages a week's report may name, in the order they run.
_STAGES = ("fetch", "ingest", "normalize", "aggregate", "rolling", "snapshot")


def print_weeks(metrics: dict[str, Any]) -> None:
    """A batch of weeks (backfill, sync): one line per week, then where to look at the figures."""
    out = console()
    weeks: list[dict[str, Any]] = metrics.get("weeks", [])
    if not weeks:
        out.print("  no week to work on", markup=False)
        return
    tiers = sorted({w["tier"] for w in weeks})
    print_rows([_week_row(w, weeks, len(tiers) > 1) for w in weeks], "table", "weeks")
    if metrics.get("dry_run"):
        out.print(f"  then rolling: {metrics['rolling']}", markup=False)
        out.print(f"  then snapshot: {metrics['snapshot']}", markup=False)
        return
    reported = {(w["tier"], w["week_ending"]) for w in weeks}
    for tier, snapshots in _snapshots_by_tier(metrics, tiers).items():
        others = {w: s for w, s in snapshots.items() if (tier, w) not in reported}
        if others:
            taken = ", ".join(f"{w} {s}" for w, s in sorted(others.items()))
            out.print(f"  snapshots also taken ({tier}): {taken}", markup=False)
    _restated(metrics.get("restated"))
    ok = [w for w in weeks if w["status"] == "OK"]
    for tier in tiers:
        done = sorted(w["week_ending"] for w in ok if w["tier"] == tier)
        if done:
            _pointers(tier, done[0], done[-1])


def _week_row(week: dict[str, Any], weeks: list[dict[str, Any]], show_tier: bool) -> dict[str, Any]:
    """One week's line; columns that no week fills (a dry run's counts, say) are left out."""
    stages = [s for s in _STAGES if any(s in w["stages"] for w in weeks)]
    row: dict[str, Any] = {"week_ending": week["week_ending"]}
    if show_tier:
        row["tier"] = week["tier"]
    row["status"] = week["status"]
    row.update({s: _word(week["stages"].get(s, "")) for s in stages})
    for column in ("records", "rejected"):
        if any(w.get(column) is not None for w in weeks):
            row[column] = week.get(column)
    if any(w.get("file") for w in weeks):
        row["file"] = Path(week["file"]).name if week.get("file") else ""
    for column in ("note", "error"):
        if any(w.get(column) for w in weeks):
            row[column] = week.get(column) or ""
    return row


def _restated(restated: list[dict[str, Any]] | None) -> None:
    """FINRA's restatements found by this run, with where to see both vintages."""
    if not restated:
        return
    out = console()
    out.print(f"  FINRA restated {len(restated)} week(s):", markup=False)
    for r in restated:
        out.print(
            f"    {r['tier']} {r['week_ending']}: capture {r['capture_id']} replaces "
            f"{r['previous_capture_id']} (venue records changed or gone: {r['records_superseded']}); "
            f"spine captures --tier {r['tier']} --week {r['week_ending']}, "
            f"spine capture-volumes {r['previous_capture_id']}",
            markup=False,
        )


def _snapshots_by_tier(metrics: dict[str, Any], tiers: list[str]) -> dict[str, dict[str, str]]:
    """A backfill keeps one tier's snapshots by week; a sync keeps them per tier."""
    snapshots = metrics.get("snapshots") or {}
    if "tier" in metrics and isinstance(metrics["tier"], str):
        return {metrics["tier"]: snapshots}
    return {t: snapshots.get(t, {}) for t in tiers}


def _pointers(tier: str, first: str, last: str) -> None:
    out = console()
    span = first if first == last else f"{first} .. {last}"
    out.print(f"  {tier} {span}: see the figures with", markup=False)
    for command in (
        f"spine status --tier {tier}",
        f"spine snapshot --tier {tier} --week {last}",
        f"spine shares --tier {tier} --week {last}",
        f"spine rolling --tier {tier} --week {last}",
    ):
        out.print(f"    {command}", markup=False)


def _word(state: str) -> str:
    """A stage's state in the table: its first word (the week's error column holds the message)."""
    return state.split(":", 1)[0]


def _short(value: Any) -> str:
    text = str(value)
    return text if len(text) <= 200 else text[:197] + "..."
