-- Research-grade figures (release 0.2): non-ATS volume as data, trade shares, venue concentration
-- (HHI), rolling windows over loaded weeks (weeks_traded, trend_base_volume), and one table of
-- check severities. A database made by 0.1.0 upgrades in place: its NON_ATS_VENUE rejects become
-- rows of otc_non_ats_volume, every other stored figure stays as it was.

-- Check statuses by severity, so the worst status is computed the same way in SQL as in Python
-- (CheckStatus.severity); never compared as text.
CREATE TABLE otc_check_severity (
    status   TEXT PRIMARY KEY,
    severity INTEGER NOT NULL UNIQUE
) WITHOUT ROWID;
INSERT INTO otc_check_severity (status, severity) VALUES ('PASS', 0), ('WARN', 1), ('FAIL', 2);

-- Volume executed outside ATSs (FINRA's OTC_W_SMBL_FIRM rows: wholesalers and internalizers, by
-- firm CRD, with no MPID). FINRA groups small firms as "De Minimis Firms": their row has firm_crd 0.
CREATE TABLE otc_non_ats_volume (
    week_ending     TEXT NOT NULL,
    tier            TEXT NOT NULL,
    symbol          TEXT NOT NULL,
    firm_crd        INTEGER NOT NULL CHECK (firm_crd >= 0),
    firm_name       TEXT NOT NULL,
    total_shares    INTEGER NOT NULL,
    total_trades    INTEGER NOT NULL,
    avg_trade_size  TEXT NOT NULL,
    raw_record_hash TEXT NOT NULL,
    execution_id    INTEGER NOT NULL,
    batch_id        INTEGER,
    normalized_at   TEXT NOT NULL,
    PRIMARY KEY (week_ending, tier, symbol, firm_crd)
) WITHOUT ROWID;

-- The 0.1.0 rejects of the current data move into it (a firm CRD, or the de minimis bucket).
INSERT INTO otc_non_ats_volume (week_ending, tier, symbol, firm_crd, firm_name, total_shares,
    total_trades, avg_trade_size, raw_record_hash, execution_id, batch_id, normalized_at)
SELECT r.week_ending, r.tier, r.symbol,
       CASE WHEN r.firm_crd GLOB '[0-9]*' AND r.firm_crd NOT GLOB '*[^0-9]*' THEN CAST(r.firm_crd AS INTEGER)
            ELSE 0 END,
       coalesce(r.venue_name, ''), r.total_shares, r.total_trades,
       spine_ratio(r.total_shares, r.total_trades, 2, 1), r.record_hash, j.execution_id, j.batch_id,
       j.rejected_at
FROM otc_rejects j
JOIN otc_week_manifest m ON m.week_ending = j.week_ending AND m.tier = j.tier AND m.capture_id = j.capture_id
JOIN otc_raw r ON r.week_ending = j.week_ending AND r.tier = j.tier AND r.record_hash = j.raw_record_hash
WHERE j.stage = 'NORMALIZE' AND j.reason_code = 'NON_ATS_VENUE' AND r.superseded_by_capture_id IS NULL
  AND r.total_shares >= 0 AND r.total_trades >= 0
  AND ((r.firm_crd GLOB '[0-9]*' AND r.firm_crd NOT GLOB '*[^0-9]*')
       OR (coalesce(r.firm_crd, '') = '' AND upper(trim(r.venue_name)) = 'DE MINIMIS FIRMS'))
ORDER BY j.line_number
ON CONFLICT DO NOTHING;

-- A second row for a (symbol, firm) already moved is a duplicate, as normalize now says.
UPDATE otc_rejects SET reason_code = 'DUPLICATE_KEY',
       reason_detail = 'a record for ' || (SELECT r.symbol FROM otc_raw r WHERE r.week_ending = otc_rejects.week_ending
           AND r.tier = otc_rejects.tier AND r.record_hash = otc_rejects.raw_record_hash)
           || ' and the same firm was accepted from an earlier line'
WHERE stage = 'NORMALIZE' AND reason_code = 'NON_ATS_VENUE'
  AND NOT EXISTS (SELECT 1 FROM otc_non_ats_volume n WHERE n.week_ending = otc_rejects.week_ending
                  AND n.tier = otc_rejects.tier AND n.raw_record_hash = otc_rejects.raw_record_hash)
  AND EXISTS (SELECT 1 FROM otc_raw r JOIN otc_non_ats_volume n ON n.week_ending = r.week_ending
                AND n.tier = r.tier AND n.symbol = r.symbol
                AND n.firm_crd = CASE WHEN r.firm_crd GLOB '[0-9]*' AND r.firm_crd NOT GLOB '*[^0-9]*'
                                      THEN CAST(r.firm_crd AS INTEGER) ELSE 0 END
              WHERE r.week_ending = otc_rejects.week_ending AND r.tier = otc_rejects.tier
                AND r.record_hash = otc_rejects.raw_record_hash
                AND ((r.firm_crd GLOB '[0-9]*' AND r.firm_crd NOT GLOB '*[^0-9]*')
                     OR upper(trim(r.venue_name)) = 'DE MINIMIS FIRMS'));

UPDATE otc_week_manifest SET row_count_rejected = row_count_rejected - (
    SELECT COUNT(*) FROM otc_non_ats_volume n WHERE n.week_ending = otc_week_manifest.week_ending
    AND n.tier = otc_week_manifest.tier)
WHERE EXISTS (SELECT 1 FROM otc_non_ats_volume n WHERE n.week_ending = otc_week_manifest.week_ending
              AND n.tier = otc_week_manifest.tier);

DELETE FROM otc_rejects
WHERE stage = 'NORMALIZE' AND reason_code = 'NON_ATS_VENUE'
  AND EXISTS (SELECT 1 FROM otc_non_ats_volume n WHERE n.week_ending = otc_rejects.week_ending
              AND n.tier = otc_rejects.tier AND n.raw_record_hash = otc_rejects.raw_record_hash);

-- The normalization map: a non-ATS record is accepted too (into otc_non_ats_volume).
DROP VIEW otc_normalization_map;
CREATE VIEW otc_normalization_map AS
SELECT r.week_ending, r.tier, r.record_hash AS raw_record_hash, r.symbol, r.mpid,
       CASE WHEN v.mpid IS NOT NULL OR n.symbol IS NOT NULL THEN 'ACCEPTED' ELSE 'REJECTED' END AS status,
       j.reason_code AS reject_reason, j.reason_detail AS reject_detail,
       coalesce(v.execution_id, n.execution_id, j.execution_id) AS execution_id,
       coalesce(v.batch_id, n.batch_id, j.batch_id) AS batch_id,
       coalesce(v.normalized_at, n.normalized_at, j.rejected_at) AS normalized_at
FROM otc_raw r
LEFT JOIN otc_venue_volume v
       ON v.week_ending = r.week_ending AND v.tier = r.tier AND v.symbol = r.symbol
      AND v.mpid = r.mpid AND v.raw_record_hash = r.record_hash
LEFT JOIN otc_non_ats_volume n
       ON r.mpid = '' AND n.week_ending = r.week_ending AND n.tier = r.tier AND n.symbol = r.symbol
      AND n.raw_record_hash = r.record_hash
LEFT JOIN otc_rejects j
       ON j.week_ending = r.week_ending AND j.tier = r.tier AND j.raw_record_hash = r.record_hash
      AND j.stage = 'NORMALIZE'
      AND j.capture_id = (SELECT m.capture_id FROM otc_week_manifest m
                          WHERE m.week_ending = r.week_ending AND m.tier = r.tier)
WHERE r.superseded_by_capture_id IS NULL AND (v.mpid IS NOT NULL OR n.symbol IS NOT NULL OR j.id IS NOT NULL);

-- Venue shares by trades beside shares by volume, and the venue's average trade size.
ALTER TABLE otc_venue_share ADD COLUMN trade_share_pct TEXT;
ALTER TABLE otc_venue_share ADD COLUMN avg_trade_size TEXT;
UPDATE otc_venue_share SET
    trade_share_pct = spine_ratio(total_trades, (SELECT SUM(s.total_trades) FROM otc_venue_share s
        WHERE s.week_ending = otc_venue_share.week_ending AND s.tier = otc_venue_share.tier), 4, 100),
    avg_trade_size = spine_ratio(total_volume, total_trades, 2, 1);

-- Venue concentration of a tier's week: HHI of the venues' volume shares, 0..10,000, 2 places.
-- Weeks aggregated before 0.2 have no row until aggregated again (squares of volumes exceed
-- SQLite's 64-bit integers, so the exact figure is computed by the pipeline, not here).
CREATE TABLE otc_venue_concentration (
    week_ending         TEXT NOT NULL,
    tier                TEXT NOT NULL,
    venue_count         INTEGER NOT NULL,
    venue_hhi           TEXT NOT NULL,
    calculation_version TEXT NOT NULL,
    execution_id        INTEGER NOT NULL,
    batch_id            INTEGER,
    calculated_at       TEXT NOT NULL,
    PRIMARY KEY (week_ending, tier)
) WITHOUT ROWID;

-- Rolling over loaded weeks: how many of them the symbol traded in, and the trend's base (the mean
-- weekly volume of its first period). Rows computed by 0.1.0 counted only the weeks a symbol had
-- rows, so there weeks_traded = weeks_in_window; their base is computed from those same weeks.
ALTER TABLE otc_symbol_rolling_6w ADD COLUMN weeks_traded INTEGER;
ALTER TABLE otc_symbol_rolling_6w ADD COLUMN trend_base_volume INTEGER;
UPDATE otc_symbol_rolling_6w SET
    weeks_traded = weeks_in_window,
    trend_base_volume = (
        SELECT CASE WHEN otc_symbol_rolling_6w.weeks_in_window >= 3 THEN SUM(v) / 2 ELSE MIN(first_v) END
        FROM (SELECT s.total_volume AS v,
                     CASE WHEN s.week_ending = MIN(s.week_ending) OVER () THEN s.total_volume END AS first_v
              FROM otc_symbol_summary s
              WHERE s.tier = otc_symbol_rolling_6w.tier AND s.symbol = otc_symbol_rolling_6w.symbol
                AND s.week_ending IN (otc_symbol_rolling_6w.week_ending,
                    date(otc_symbol_rolling_6w.week_ending, '-7 days'),
                    date(otc_symbol_rolling_6w.week_ending, '-14 days'),
                    date(otc_symbol_rolling_6w.week_ending, '-21 days'),
                    date(otc_symbol_rolling_6w.week_ending, '-28 days'),
                    date(otc_symbol_rolling_6w.week_ending, '-35 days'))
              ORDER BY s.week_ending LIMIT 2));

-- Snapshot: venue concentration of the symbol, and its volume outside ATSs. Snapshots taken before
-- 0.2 get the non-ATS figures here; their venue_hhi stays empty until the snapshot is taken again.
ALTER TABLE otc_research_snapshot ADD COLUMN venue_hhi TEXT;
ALTER TABLE otc_research_snapshot ADD COLUMN non_ats_volume INTEGER;
ALTER TABLE otc_research_snapshot ADD COLUMN non_ats_trades INTEGER;
ALTER TABLE otc_research_snapshot ADD COLUMN ats_share_of_otc_pct TEXT;
UPDATE otc_research_snapshot SET
    non_ats_volume = (SELECT coalesce(SUM(n.total_shares), 0) FROM otc_non_ats_volume n
        WHERE n.week_ending = otc_research_snapshot.week_ending AND n.tier = otc_research_snapshot.tier
          AND n.symbol = otc_research_snapshot.symbol),
    non_ats_trades = (SELECT coalesce(SUM(n.total_trades), 0) FROM otc_non_ats_volume n
        WHERE n.week_ending = otc_research_snapshot.week_ending AND n.tier = otc_research_snapshot.tier
          AND n.symbol = otc_research_snapshot.symbol)
WHERE EXISTS (SELECT 1 FROM otc_non_ats_volume n WHERE n.week_ending = otc_research_snapshot.week_ending
              AND n.tier = otc_research_snapshot.tier);
UPDATE otc_research_snapshot
SET ats_share_of_otc_pct = spine_ratio(total_volume, total_volume + non_ats_volume, 4, 100)
WHERE non_ats_volume IS NOT NULL;
