-- The OTC domain: weekly FINRA OTC transparency data, one (week_ending, tier) at a time.
-- Volumes and counts are INTEGER; shares, trade sizes and trends are exact decimals stored as TEXT.
-- Every data row carries execution_id (the run that wrote it) and batch_id (its backfill, or NULL).

-- Stage order, so stages compare by rank in SQL as in Python, never as text.
CREATE TABLE otc_stage_rank (
    stage TEXT PRIMARY KEY,
    rank  INTEGER NOT NULL UNIQUE
) WITHOUT ROWID;
INSERT INTO otc_stage_rank (stage, rank) VALUES
    ('PENDING', 0), ('INGESTED', 1), ('NORMALIZED', 2), ('AGGREGATED', 3), ('ROLLING', 4), ('SNAPSHOT', 5);

-- One row per distinct file content loaded for a week: the revision history.
CREATE TABLE otc_captures (
    capture_id          INTEGER PRIMARY KEY,
    week_ending         TEXT NOT NULL,
    tier                TEXT NOT NULL CHECK (tier IN ('NMS_TIER_1', 'NMS_TIER_2', 'OTC')),
    source_type         TEXT NOT NULL,
    source_locator      TEXT NOT NULL,
    source_layout       TEXT NOT NULL,
    source_sha256       TEXT NOT NULL,
    source_bytes        INTEGER NOT NULL,
    row_count_raw       INTEGER NOT NULL,
    row_count_inserted  INTEGER NOT NULL,
    captured_at         TEXT NOT NULL,
    superseded_at       TEXT,
    execution_id        INTEGER NOT NULL,
    batch_id            INTEGER
);
CREATE INDEX ix_otc_captures_week ON otc_captures (week_ending, tier);

CREATE TABLE otc_week_manifest (
    week_ending          TEXT NOT NULL,
    tier                 TEXT NOT NULL CHECK (tier IN ('NMS_TIER_1', 'NMS_TIER_2', 'OTC')),
    capture_id           INTEGER REFERENCES otc_captures (capture_id),
    source_type          TEXT,
    source_locator       TEXT,
    source_layout        TEXT,
    source_sha256        TEXT,
    source_bytes         INTEGER,
    row_count_raw        INTEGER NOT NULL DEFAULT 0,  -- data lines read
    row_count_parsed     INTEGER NOT NULL DEFAULT 0,  -- lines that parsed into a record of this week
    row_count_inserted   INTEGER NOT NULL DEFAULT 0,  -- raw records in the current data
    row_count_ignored    INTEGER NOT NULL DEFAULT 0,  -- lines of other grains (Query API exports)
    row_count_normalized INTEGER NOT NULL DEFAULT 0,
    row_count_rejected   INTEGER NOT NULL DEFAULT 0,  -- ingest + normalize rejects of the current data
    stage                TEXT NOT NULL REFERENCES otc_stage_rank (stage),
    execution_id         INTEGER NOT NULL,
    batch_id             INTEGER,
    created_at           TEXT NOT NULL,
    updated_at           TEXT NOT NULL,
    PRIMARY KEY (week_ending, tier)
) WITHOUT ROWID;

-- Every venue-level record ever loaded. Records of earlier captures that a revision no longer has are
-- kept with superseded_by_capture_id set, so an earlier vintage can be reconstructed: a record
-- belongs to capture k when capture_id <= k, superseded_by_capture_id is NULL or > k, and k is in
-- none of its absent_ranges.
CREATE TABLE otc_raw (
    week_ending              TEXT NOT NULL,
    tier                     TEXT NOT NULL,
    record_hash              TEXT NOT NULL,
    symbol                   TEXT NOT NULL,
    mpid                     TEXT NOT NULL,
    total_shares             INTEGER NOT NULL,
    total_trades             INTEGER NOT NULL,
    source_line              INTEGER NOT NULL,
    issue_name               TEXT,
    venue_name               TEXT,
    firm_crd                 TEXT,
    summary_type             TEXT,
    product_type             TEXT,
    total_notional_sum       TEXT,
    initial_published_date   TEXT,
    last_update_date         TEXT,
    last_reported_date       TEXT,
    -- Capture ids are written by ingest in the same transaction as their otc_captures row; no
    -- REFERENCES here, as checking them costs a sixth of a 200k-row load.
    capture_id               INTEGER NOT NULL,
    superseded_by_capture_id INTEGER,
    -- JSON [[from, to], ...]: captures in [from, to) lacked the record before it came back.
    absent_ranges            TEXT,
    execution_id             INTEGER NOT NULL,
    batch_id                 INTEGER,
    ingested_at              TEXT NOT NULL,
    -- A rowid table with the natural key as a unique constraint: a week's rows append in file
    -- order and only the narrow key index takes the hash's random order, which loads faster
    -- than a table clustered on the hash; normalize then reads the week in rowid order.
    UNIQUE (week_ending, tier, record_hash)
);

-- Per-symbol totals FINRA publishes beside the venue rows (Query API *_W_SMBL grain), per capture.
CREATE TABLE otc_published_symbol_totals (
    capture_id   INTEGER NOT NULL REFERENCES otc_captures (capture_id),
    summary_type TEXT NOT NULL,
    symbol       TEXT NOT NULL,
    week_ending  TEXT NOT NULL,
    tier         TEXT NOT NULL,
    total_shares INTEGER NOT NULL,
    total_trades INTEGER NOT NULL,
    source_line  INTEGER NOT NULL,
    execution_id INTEGER NOT NULL,
    batch_id     INTEGER,
    ingested_at  TEXT NOT NULL,
    PRIMARY KEY (capture_id, summary_type, symbol)
) WITHOUT ROWID;

CREATE TABLE otc_rejects (
    id              INTEGER PRIMARY KEY,
    week_ending     TEXT NOT NULL,
    tier            TEXT NOT NULL,
    capture_id      INTEGER REFERENCES otc_captures (capture_id),
    source_locator  TEXT,
    line_number     INTEGER,
    raw_line        TEXT,
    raw_record_hash TEXT,
    stage           TEXT NOT NULL CHECK (stage IN ('INGEST', 'NORMALIZE')),
    reason_code     TEXT NOT NULL,
    reason_detail   TEXT,
    execution_id    INTEGER NOT NULL,
    batch_id        INTEGER,
    rejected_at     TEXT NOT NULL
);
-- Rejects by week, and a raw record's reject (the normalization map view).
CREATE INDEX ix_otc_rejects_record ON otc_rejects (week_ending, tier, raw_record_hash);

CREATE TABLE otc_venue_volume (
    week_ending     TEXT NOT NULL,
    tier            TEXT NOT NULL,
    symbol          TEXT NOT NULL,
    mpid            TEXT NOT NULL,
    total_shares    INTEGER NOT NULL,
    total_trades    INTEGER NOT NULL,
    avg_trade_size  TEXT NOT NULL,
    raw_record_hash TEXT NOT NULL,
    execution_id    INTEGER NOT NULL,
    batch_id        INTEGER,
    normalized_at   TEXT NOT NULL,
    PRIMARY KEY (week_ending, tier, symbol, mpid)
) WITHOUT ROWID;

-- One row per current raw record of a normalized week: accepted (it became a venue volume) or
-- rejected (with the reason). A view over what normalize writes, so it can never disagree with it
-- and a 200k-row week is not stored twice. Its key is otc_raw's (week_ending, tier, record_hash).
CREATE VIEW otc_normalization_map AS
SELECT r.week_ending, r.tier, r.record_hash AS raw_record_hash, r.symbol, r.mpid,
       CASE WHEN v.mpid IS NOT NULL THEN 'ACCEPTED' ELSE 'REJECTED' END AS status,
       j.reason_code AS reject_reason, j.reason_detail AS reject_detail,
       coalesce(v.execution_id, j.execution_id) AS execution_id,
       coalesce(v.batch_id, j.batch_id) AS batch_id,
       coalesce(v.normalized_at, j.rejected_at) AS normalized_at
FROM otc_raw r
LEFT JOIN otc_venue_volume v
       ON v.week_ending = r.week_ending AND v.tier = r.tier AND v.symbol = r.symbol
      AND v.mpid = r.mpid AND v.raw_record_hash = r.record_hash
LEFT JOIN otc_rejects j
       ON j.week_ending = r.week_ending AND j.tier = r.tier AND j.raw_record_hash = r.record_hash
      AND j.stage = 'NORMALIZE'
      AND j.capture_id = (SELECT m.capture_id FROM otc_week_manifest m
                          WHERE m.week_ending = r.week_ending AND m.tier = r.tier)
WHERE r.superseded_by_capture_id IS NULL AND (v.mpid IS NOT NULL OR j.id IS NOT NULL);

CREATE TABLE otc_symbol_summary (
    week_ending         TEXT NOT NULL,
    tier                TEXT NOT NULL,
    symbol              TEXT NOT NULL,
    total_volume        INTEGER NOT NULL,
    total_trades        INTEGER NOT NULL,
    venue_count         INTEGER NOT NULL,
    avg_trade_size      TEXT NOT NULL,
    calculation_version TEXT NOT NULL,
    execution_id        INTEGER NOT NULL,
    batch_id            INTEGER,
    calculated_at       TEXT NOT NULL,
    PRIMARY KEY (week_ending, tier, symbol)
) WITHOUT ROWID;

CREATE TABLE otc_venue_share (
    week_ending         TEXT NOT NULL,
    tier                TEXT NOT NULL,
    mpid                TEXT NOT NULL,
    total_volume        INTEGER NOT NULL,
    total_trades        INTEGER NOT NULL,
    symbol_count        INTEGER NOT NULL,
    market_share_pct    TEXT NOT NULL,
    calculation_version TEXT NOT NULL,
    execution_id        INTEGER NOT NULL,
    batch_id            INTEGER,
    calculated_at       TEXT NOT NULL,
    PRIMARY KEY (week_ending, tier, mpid)
) WITHOUT ROWID;

CREATE TABLE otc_quality_checks (
    id             INTEGER PRIMARY KEY,
    week_ending    TEXT NOT NULL,
    tier           TEXT NOT NULL,
    pipeline_name  TEXT NOT NULL,
    check_name     TEXT NOT NULL,
    check_category TEXT NOT NULL CHECK (check_category IN ('INTEGRITY', 'COMPLETENESS', 'BUSINESS_RULE')),
    status         TEXT NOT NULL CHECK (status IN ('PASS', 'WARN', 'FAIL')),
    check_value    TEXT,
    expected_value TEXT,
    tolerance      TEXT,
    message        TEXT,
    execution_id   INTEGER NOT NULL,
    batch_id       INTEGER,
    checked_at     TEXT NOT NULL,
    UNIQUE (week_ending, tier, pipeline_name, check_name)
);

CREATE TABLE otc_symbol_rolling_6w (
    week_ending        TEXT NOT NULL,
    tier               TEXT NOT NULL,
    symbol             TEXT NOT NULL,
    avg_6w_volume      INTEGER NOT NULL,
    avg_6w_trades      INTEGER NOT NULL,
    trend_direction    TEXT NOT NULL CHECK (trend_direction IN ('UP', 'DOWN', 'FLAT')),
    trend_pct          TEXT NOT NULL,
    weeks_in_window    INTEGER NOT NULL CHECK (weeks_in_window BETWEEN 1 AND 6),
    is_complete_window INTEGER NOT NULL CHECK (is_complete_window IN (0, 1)),
    is_stale           INTEGER NOT NULL DEFAULT 0 CHECK (is_stale IN (0, 1)),
    rolling_version    TEXT NOT NULL,
    execution_id       INTEGER NOT NULL,
    batch_id           INTEGER,
    computed_at        TEXT NOT NULL,
    PRIMARY KEY (week_ending, tier, symbol)
) WITHOUT ROWID;

CREATE TABLE otc_research_snapshot (
    week_ending             TEXT NOT NULL,
    tier                    TEXT NOT NULL,
    symbol                  TEXT NOT NULL,
    total_volume            INTEGER NOT NULL,
    total_trades            INTEGER NOT NULL,
    venue_count             INTEGER NOT NULL,
    top_venue_mpid          TEXT NOT NULL,
    top_venue_share_pct     TEXT NOT NULL,
    avg_trade_size          TEXT NOT NULL,
    rolling_avg_6w_volume   INTEGER,
    rolling_avg_6w_trades   INTEGER,
    rolling_trend_direction TEXT,
    rolling_weeks_available INTEGER,
    rolling_is_complete     INTEGER,
    has_rolling_data        INTEGER NOT NULL CHECK (has_rolling_data IN (0, 1)),
    quality_status          TEXT NOT NULL,
    snapshot_version        TEXT NOT NULL,
    execution_id            INTEGER NOT NULL,
    batch_id                INTEGER,
    created_at              TEXT NOT NULL,
    PRIMARY KEY (week_ending, tier, symbol)
) WITHOUT ROWID;
