"""Importing this package registers every OTC pipeline."""

from spine.domains.otc.pipelines import (
    aggregate_week,
    backfill_range,
    compute_rolling,
    ingest_week,
    normalize_week,
    query_rolling,
    research_snapshot,
)

__all__ = [
    "aggregate_week",
    "backfill_range",
    "compute_rolling",
    "ingest_week",
    "normalize_week",
    "query_rolling",
    "research_snapshot",
]
