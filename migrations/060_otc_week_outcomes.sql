-- The last outcome of each (week_ending, tier) a backfill or sync worked on: OK, or FAILED with the
-- stage that failed and why. `only=failed` reads it, so a week whose first stage never ran (file
-- missing, fetch failed, database busy) is still known as failed, without reading execution JSON.
CREATE TABLE otc_week_outcomes (
    week_ending   TEXT NOT NULL,
    tier          TEXT NOT NULL CHECK (tier IN ('NMS_TIER_1', 'NMS_TIER_2', 'OTC')),
    status        TEXT NOT NULL CHECK (status IN ('OK', 'FAILED')),
    failed_stage  TEXT,
    error         TEXT,
    execution_id  INTEGER NOT NULL,
    batch_id      INTEGER,
    recorded_at   TEXT NOT NULL,
    PRIMARY KEY (week_ending, tier)
) WITHOUT ROWID;
