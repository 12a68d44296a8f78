"""Importing this package registers every OTC pipeline."""

from spine.domains.otc.pipelines import (
    aggregate_week,
    backfill_range,
    compute_rolling,
    fetch_week,
    ingest_week,
    normalize_week,
    query_rolling,
    research_snapshot,
    sync,
)

__all__ = [
    "aggregate_week",
    "backfill_range",
    "compute_rolling",
    "fetch_week",
    "ingest_week",
    "normalize_week",
    "query_rolling",
    "research_snapshot",
    "sync",
]
