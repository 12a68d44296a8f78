-- A week's current records by symbol and MPID, carrying the shares and trades: the index answers
-- the week's passes over its venue volumes (symbol totals, venue totals, the snapshot's sums and
-- top venue, the duplicate-key search, `spine symbol`) without a seek into the table for each
-- record. It replaces the (week key, symbol) index of 091, which served `spine symbol` alone.
--
-- Partial: a record leaves the index when a later capture supersedes it or normalize rejects it.
-- It holds every venue volume the otc_venue_volume view can return, a normalized week's accepted
-- non-ATS records, and all current records of a week normalize is judging or has not judged yet.
-- Both columns of the condition are in the index too: SQLite reads a query's columns from an index
-- only when the index has them all, and the view tests both. They are NULL here, a byte each.
DROP INDEX ix_otc_raw_record_symbol;
CREATE INDEX ix_otc_raw_record_current ON otc_raw_record (
    week_key, symbol, mpid, total_shares, total_trades, superseded_by_capture_id, normalize_rejected
) WHERE superseded_by_capture_id IS NULL AND normalize_rejected IS NULL;

-- The fixed statistics of 091, for this index (a week key matches many records, a symbol of it few).
DELETE FROM sqlite_stat1 WHERE tbl = 'otc_raw_record' AND idx = 'ix_otc_raw_record_symbol';
INSERT INTO sqlite_stat1 (tbl, idx, stat) VALUES
    ('otc_raw_record', 'ix_otc_raw_record_current', '10000000 100000 5 1 1 1 1 1');
ANALYZE sqlite_schema;
