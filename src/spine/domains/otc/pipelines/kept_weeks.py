"""What an interrupted backfill kept, in weeks: the message its execution row and the CLI show.

A backfill is not one transaction: each child run (one stage of one week) commits on its own. A week
whose aggregate run finished is complete and kept; a week with only earlier stages finished keeps
those stages (the next run of the same command skips them and carries on).
"""

from __future__ import annotations

from collections.abc import Sequence

from spine.core.pipeline import ChildRun

_STAGE_OF = {
    "otc.ingest_week": "ingested",
    "otc.fetch_week": "ingested",  # a backfill from FINRA: the fetch runs the week's ingest
    "otc.normalize_week": "normalized",
    "otc.aggregate_week": "aggregated",
}


def kept_message(children: Sequence[ChildRun]) -> str:
    """``weeks finished and kept: ...; kept part-way: ...`` from the finished child runs."""
    reached: dict[str, str] = {}
    for child in children:
        stage = _STAGE_OF.get(child.pipeline_name)
        week = child.params.get("week_ending")
        if stage is not None and isinstance(week, str):
            reached[week] = stage  # children finish in stage order within a week
    finished = sorted(week for week, stage in reached.items() if stage == "aggregated")
    partial = sorted(f"{week} ({stage})" for week, stage in reached.items() if stage != "aggregated")
    if not reached:
        return "no week had finished, so nothing was kept"
    parts = [f"weeks finished and kept: {', '.join(finished) or 'none'}"]
    if partial:
        parts.append(f"kept part-way: {', '.join(partial)}")
    return "; ".join(parts)
