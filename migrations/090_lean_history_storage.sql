-- History at scale: a command's cost depends on the weeks it touches, not on the history's length.

-- Which weeks hold stale rolling rows, kept on the manifest (one flag per week and tier) so that a
-- rolling run and `spine status` find them without reading any week's rolling rows. The partial
-- index holds only the stale weeks: finding them costs nothing while there are none.
ALTER TABLE otc_week_manifest ADD COLUMN rolling_stale INTEGER NOT NULL DEFAULT 0
    CHECK (rolling_stale IN (0, 1));
UPDATE otc_week_manifest SET rolling_stale = 1
WHERE EXISTS (SELECT 1 FROM otc_symbol_rolling_6w r
              WHERE r.week_ending = otc_week_manifest.week_ending AND r.tier = otc_week_manifest.tier
                AND r.is_stale = 1);
CREATE INDEX ix_otc_week_manifest_rolling_stale ON otc_week_manifest (tier, week_ending)
    WHERE rolling_stale = 1;

-- ------------------------------------------------------------------------------------------------
-- A lean layout for the history (README "Storage layout"): at most 160 bytes a stored venue row,
-- indexes included, with nothing lost. `otc_raw`, `otc_venue_volume` and `otc_normalization_map`
-- stay queryable under their names and columns, as views over the tables below.

-- One small integer per (week, tier): every raw row carries it instead of two texts. The run that
-- normalized the week's current data is here too (the lineage of its venue volumes).
CREATE TABLE otc_week_key (
    week_key              INTEGER PRIMARY KEY,
    week_ending           TEXT NOT NULL,
    tier                  TEXT NOT NULL,
    normalized_lineage_id INTEGER,
    UNIQUE (week_ending, tier)
);

-- The descriptive texts that repeat from row to row (issue and venue names, FINRA's dates, summary
-- and product types), each stored once.
CREATE TABLE otc_text (
    text_id INTEGER PRIMARY KEY,
    text    TEXT NOT NULL UNIQUE
);

-- Who wrote a row and when: one row per writing run instead of three values on every data row.
CREATE TABLE otc_lineage (
    lineage_id   INTEGER PRIMARY KEY,
    execution_id INTEGER NOT NULL,
    batch_id     INTEGER,
    written_at   TEXT NOT NULL,
    UNIQUE (execution_id, written_at)
);

-- Every venue-level record ever loaded (as otc_raw was): clustered by week, in load order, so a
-- week is one sequential range; the record hash is 16 bytes, and unique within the week.
CREATE TABLE otc_raw_record (
    week_key                 INTEGER NOT NULL,
    record_id                INTEGER NOT NULL,  -- the week's records in load order
    record_key               BLOB NOT NULL,     -- record_hash as its 16 bytes
    symbol                   TEXT NOT NULL,
    mpid                     TEXT NOT NULL,
    total_shares             INTEGER NOT NULL,
    total_trades             INTEGER NOT NULL,
    source_line              INTEGER NOT NULL,
    capture_id               INTEGER NOT NULL,  -- the capture that first had the record
    superseded_by_capture_id INTEGER,
    absent_ranges            TEXT,              -- JSON [[from, to], ...], as in otc_raw
    lineage_id               INTEGER NOT NULL,  -- the ingest run that last wrote it (otc_lineage)
    -- normalize's verdict on a current record of a normalized week: NULL accepted, 1 rejected
    normalize_rejected       INTEGER CHECK (normalize_rejected = 1),
    -- avg_trade_size, stored only when its value is beyond the view's 64-bit integer formula
    avg_trade_size_exact     TEXT,
    issue_name_id            INTEGER,
    venue_name_id            INTEGER,
    summary_type_id          INTEGER,
    product_type_id          INTEGER,
    initial_published_id     INTEGER,
    last_update_id           INTEGER,
    last_reported_id         INTEGER,
    firm_crd                 TEXT,
    total_notional_sum       TEXT,
    PRIMARY KEY (week_key, record_id)
) WITHOUT ROWID;
CREATE UNIQUE INDEX ux_otc_raw_record_key ON otc_raw_record (week_key, record_key);

-- The existing data, moved. Hex to bytes through spine_unhex (SQLite 3.40 has no unhex()).
INSERT INTO otc_week_key (week_ending, tier)
SELECT week_ending, tier FROM otc_week_manifest
UNION SELECT week_ending, tier FROM otc_raw
ORDER BY 1, 2;

INSERT OR IGNORE INTO otc_text (text)
SELECT issue_name FROM otc_raw WHERE issue_name IS NOT NULL
UNION SELECT venue_name FROM otc_raw WHERE venue_name IS NOT NULL
UNION SELECT summary_type FROM otc_raw WHERE summary_type IS NOT NULL
UNION SELECT product_type FROM otc_raw WHERE product_type IS NOT NULL
UNION SELECT initial_published_date FROM otc_raw WHERE initial_published_date IS NOT NULL
UNION SELECT last_update_date FROM otc_raw WHERE last_update_date IS NOT NULL
UNION SELECT last_reported_date FROM otc_raw WHERE last_reported_date IS NOT NULL;

INSERT OR IGNORE INTO otc_lineage (execution_id, batch_id, written_at)
SELECT execution_id, batch_id, ingested_at FROM otc_raw
UNION SELECT execution_id, batch_id, normalized_at FROM otc_venue_volume
ORDER BY 1;

UPDATE otc_week_key SET normalized_lineage_id = (
    SELECT l.lineage_id FROM otc_venue_volume v
    JOIN otc_lineage l ON l.execution_id = v.execution_id AND l.written_at = v.normalized_at
    WHERE v.week_ending = otc_week_key.week_ending AND v.tier = otc_week_key.tier
    LIMIT 1);

INSERT INTO otc_raw_record (
    week_key, record_id, record_key, symbol, mpid, total_shares, total_trades, source_line, capture_id,
    superseded_by_capture_id, absent_ranges, lineage_id, normalize_rejected, avg_trade_size_exact,
    issue_name_id, venue_name_id, summary_type_id, product_type_id, initial_published_id, last_update_id,
    last_reported_id, firm_crd, total_notional_sum)
SELECT k.week_key, r.rowid, spine_unhex(r.record_hash), r.symbol, r.mpid, r.total_shares, r.total_trades,
       r.source_line, r.capture_id, r.superseded_by_capture_id, r.absent_ranges,
       (SELECT lineage_id FROM otc_lineage l WHERE l.execution_id = r.execution_id AND l.written_at = r.ingested_at),
       CASE WHEN r.superseded_by_capture_id IS NULL AND EXISTS (
                 SELECT 1 FROM otc_rejects j JOIN otc_week_manifest m
                   ON m.week_ending = j.week_ending AND m.tier = j.tier AND m.capture_id = j.capture_id
                 WHERE j.week_ending = r.week_ending AND j.tier = r.tier AND j.raw_record_hash = r.record_hash
                   AND j.stage = 'NORMALIZE') THEN 1 END,
       (SELECT v.avg_trade_size FROM otc_venue_volume v
        WHERE v.week_ending = r.week_ending AND v.tier = r.tier AND v.symbol = r.symbol AND v.mpid = r.mpid
          AND v.raw_record_hash = r.record_hash
          AND NOT (v.total_shares >= 0 AND v.total_shares < 20000000000000000
                   AND v.total_trades > 0 AND v.total_trades < 1000000000000000000)
          AND v.total_trades <> 0),
       (SELECT text_id FROM otc_text WHERE text = r.issue_name),
       (SELECT text_id FROM otc_text WHERE text = r.venue_name),
       (SELECT text_id FROM otc_text WHERE text = r.summary_type),
       (SELECT text_id FROM otc_text WHERE text = r.product_type),
       (SELECT text_id FROM otc_text WHERE text = r.initial_published_date),
       (SELECT text_id FROM otc_text WHERE text = r.last_update_date),
       (SELECT text_id FROM otc_text WHERE text = r.last_reported_date),
       r.firm_crd, r.total_notional_sum
FROM otc_raw r JOIN otc_week_key k ON k.week_ending = r.week_ending AND k.tier = r.tier
ORDER BY k.week_key, r.rowid;

DROP VIEW otc_normalization_map;
DROP TABLE otc_venue_volume;
DROP TABLE otc_raw;

-- The SPEC §5 tables, as views with their columns and meanings.
CREATE VIEW otc_raw AS
SELECT k.week_ending, k.tier, lower(hex(r.record_key)) AS record_hash, r.symbol, r.mpid,
       r.total_shares, r.total_trades, r.source_line,
       (SELECT text FROM otc_text WHERE text_id = r.issue_name_id) AS issue_name,
       (SELECT text FROM otc_text WHERE text_id = r.venue_name_id) AS venue_name,
       r.firm_crd,
       (SELECT text FROM otc_text WHERE text_id = r.summary_type_id) AS summary_type,
       (SELECT text FROM otc_text WHERE text_id = r.product_type_id) AS product_type,
       r.total_notional_sum,
       (SELECT text FROM otc_text WHERE text_id = r.initial_published_id) AS initial_published_date,
       (SELECT text FROM otc_text WHERE text_id = r.last_update_id) AS last_update_date,
       (SELECT text FROM otc_text WHERE text_id = r.last_reported_id) AS last_reported_date,
       r.capture_id, r.superseded_by_capture_id, r.absent_ranges,
       l.execution_id, l.batch_id, l.written_at AS ingested_at
FROM otc_raw_record r
JOIN otc_week_key k ON k.week_key = r.week_key
JOIN otc_lineage l ON l.lineage_id = r.lineage_id;

-- A venue volume is a current raw record of a normalized week that normalize did not reject; its
-- average trade size is computed exactly here (integer arithmetic, half up), or was stored by
-- normalize when the values are too large for that.
CREATE VIEW otc_venue_volume AS
SELECT k.week_ending, k.tier, r.symbol, r.mpid, r.total_shares, r.total_trades,
       CASE WHEN r.avg_trade_size_exact IS NOT NULL THEN r.avg_trade_size_exact
            WHEN r.total_trades = 0 THEN '0.00'
            ELSE (((2 * r.total_shares * 100 + r.total_trades) / (2 * r.total_trades)) / 100) || '.'
                 || substr('00' || (((2 * r.total_shares * 100 + r.total_trades) / (2 * r.total_trades)) % 100), -2)
       END AS avg_trade_size,
       lower(hex(r.record_key)) AS raw_record_hash,
       l.execution_id, l.batch_id, l.written_at AS normalized_at,
       -- beyond SPEC §5: the names its raw record carries (no join back to otc_raw needed)
       (SELECT text FROM otc_text WHERE text_id = r.issue_name_id) AS issue_name,
       (SELECT text FROM otc_text WHERE text_id = r.venue_name_id) AS venue_name
FROM otc_week_key k
JOIN otc_week_manifest m ON m.week_ending = k.week_ending AND m.tier = k.tier
JOIN otc_stage_rank s ON s.stage = m.stage AND s.rank >= 2
JOIN otc_lineage l ON l.lineage_id = k.normalized_lineage_id
JOIN otc_raw_record r ON r.week_key = k.week_key
-- an accepted record without an MPID is non-ATS volume, not a venue's
WHERE r.superseded_by_capture_id IS NULL AND r.normalize_rejected IS NULL AND r.mpid <> '';

-- As in 021, over the new storage: one row per current raw record of a normalized week.
CREATE VIEW otc_normalization_map AS
SELECT k.week_ending, k.tier, lower(hex(r.record_key)) AS raw_record_hash, r.symbol, r.mpid,
       CASE WHEN r.normalize_rejected IS NULL THEN 'ACCEPTED' ELSE 'REJECTED' END AS status,
       j.reason_code AS reject_reason, j.reason_detail AS reject_detail,
       coalesce(j.execution_id, l.execution_id) AS execution_id,
       coalesce(j.batch_id, l.batch_id) AS batch_id,
       coalesce(j.rejected_at, l.written_at) AS normalized_at
FROM otc_week_key k
JOIN otc_week_manifest m ON m.week_ending = k.week_ending AND m.tier = k.tier
JOIN otc_stage_rank s ON s.stage = m.stage AND s.rank >= 2
LEFT JOIN otc_lineage l ON l.lineage_id = k.normalized_lineage_id
JOIN otc_raw_record r ON r.week_key = k.week_key
LEFT JOIN otc_rejects j
       ON r.normalize_rejected = 1 AND j.week_ending = k.week_ending AND j.tier = k.tier
      AND j.raw_record_hash = lower(hex(r.record_key)) AND j.stage = 'NORMALIZE'
      AND j.capture_id = m.capture_id
WHERE r.superseded_by_capture_id IS NULL;
