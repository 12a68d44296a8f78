"""The OTC domain's fixed vocabularies."""

from __future__ import annotations

from enum import StrEnum


class Tier(StrEnum):
    NMS_TIER_1 = "NMS_TIER_1"
    NMS_TIER_2 = "NMS_TIER_2"
    OTC = "OTC"


class Stage(StrEnum):
    """Manifest stages, compared by `rank` (the same order as the ``otc_stage_rank`` table)."""

    PENDING = "PENDING"
    INGESTED = "INGESTED"
    NORMALIZED = "NORMALIZED"
    AGGREGATED = "AGGREGATED"
    ROLLING = "ROLLING"
    SNAPSHOT = "SNAPSHOT"

    @property
    def rank(self) -> int:
        return _STAGE_ORDER.index(self)

    def at_least(self, other: Stage) -> bool:
        return self.rank >= other.rank


_STAGE_ORDER = list(Stage)

# The tier's manifest rows (``m``) whose stage ranks at least ``:rank``, by the otc_stage_rank table (the
# order of `Stage.rank`): the one SQL of "how far a week got". At AGGREGATED these are the loaded weeks,
# the weeks whose figures exist; the newest of them is the tier's latest week (`views.weeks.latest_week`);
# those of a rolling window are the weeks it counts (`figures.window.loaded_weeks`).
AT_LEAST_SQL = (
    "otc_week_manifest m JOIN otc_stage_rank r ON r.stage = m.stage WHERE m.tier = :tier AND r.rank >= :rank"
)


class RejectStage(StrEnum):
    INGEST = "INGEST"
    NORMALIZE = "NORMALIZE"


class RejectCode(StrEnum):
    # INGEST
    PARSE_ERROR = "PARSE_ERROR"
    INVALID_DATE = "INVALID_DATE"
    NOT_FRIDAY = "NOT_FRIDAY"
    INVALID_TIER = "INVALID_TIER"
    WEEK_MISMATCH = "WEEK_MISMATCH"
    TIER_MISMATCH = "TIER_MISMATCH"
    # NORMALIZE, in the order the rules are tried
    INVALID_SYMBOL = "INVALID_SYMBOL"
    NON_ATS_VENUE = "NON_ATS_VENUE"
    INVALID_MPID = "INVALID_MPID"
    NEGATIVE_VOLUME = "NEGATIVE_VOLUME"
    NEGATIVE_TRADES = "NEGATIVE_TRADES"
    ZERO_VOLUME = "ZERO_VOLUME"
    DUPLICATE_KEY = "DUPLICATE_KEY"


class CheckStatus(StrEnum):
    PASS = "PASS"
    WARN = "WARN"
    FAIL = "FAIL"

    @property
    def severity(self) -> int:
        return {"PASS": 0, "WARN": 1, "FAIL": 2}[self.value]


class CheckCategory(StrEnum):
    INTEGRITY = "INTEGRITY"
    COMPLETENESS = "COMPLETENESS"
    BUSINESS_RULE = "BUSINESS_RULE"


class Trend(StrEnum):
    UP = "UP"
    DOWN = "DOWN"
    FLAT = "FLAT"


# Versions stored with every derived figure, bumped when a formula changes.
CALCULATION_VERSION = "v1"
ROLLING_VERSION = "v2"  # v2: windows over loaded weeks, zero-filled (0.2)
SNAPSHOT_VERSION = "v2"  # v2: venue HHI and non-ATS volume (0.2)
