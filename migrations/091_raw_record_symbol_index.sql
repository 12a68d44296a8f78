-- One symbol's rows of a week without reading the week's other records: `spine symbol` seeks the
-- (week, symbol) pair in every week it shows, so its cost follows the symbol's own rows, not the
-- number of symbols a week holds. About 20 bytes a record (README "Storage layout").
CREATE INDEX ix_otc_raw_record_symbol ON otc_raw_record (week_key, symbol);

-- Without statistics SQLite guesses that a week key matches as few rows as a (week, symbol) pair
-- and keeps reading the whole week through the primary key. These fixed statistics state the
-- layout's shape (many weeks of many records each, a few of a symbol in a week), so the planner seeks the pair;
-- an ANALYZE later replaces them with measured ones of the same shape. `ANALYZE otc_week_key`
-- (a small table) creates sqlite_stat1; `ANALYZE sqlite_schema` makes the planner read it.
ANALYZE otc_week_key;
DELETE FROM sqlite_stat1 WHERE tbl = 'otc_raw_record';
INSERT INTO sqlite_stat1 (tbl, idx, stat) VALUES
    ('otc_raw_record', 'otc_raw_record', '10000000 100000 1'),
    ('otc_raw_record', 'ux_otc_raw_record_key', '10000000 100000 1'),
    ('otc_raw_record', 'ix_otc_raw_record_symbol', '10000000 100000 5');
ANALYZE sqlite_schema;
