-- A week's records by symbol and MPID, carrying their shares and trades and whether they are current
-- and accepted: the week's passes over its venue volumes (symbol totals, venue totals, the snapshot's
-- sums and top venues, normalize's repeated-key search) read this index alone, without a seek into
-- the table for each record. SQLite reads a query's columns from an index only when the index has
-- them all, and the otc_venue_volume view tests the two status columns. It replaces the (week key,
-- symbol) index of 091 and serves what that one did: a symbol's records of a week (`spine symbol`,
-- otc_raw or otc_normalization_map filtered by symbol).
DROP INDEX ix_otc_raw_record_symbol;
CREATE INDEX ix_otc_raw_record_venue ON otc_raw_record (
    week_key, symbol, mpid, total_shares, total_trades, superseded_by_capture_id, normalize_rejected
);

-- The fixed statistics of 091, for this index (a week key matches many records, a symbol of it few).
DELETE FROM sqlite_stat1 WHERE tbl = 'otc_raw_record' AND idx = 'ix_otc_raw_record_symbol';
INSERT INTO sqlite_stat1 (tbl, idx, stat) VALUES
    ('otc_raw_record', 'ix_otc_raw_record_venue', '10000000 100000 5 1 1 1 1 1');
ANALYZE sqlite_schema;
