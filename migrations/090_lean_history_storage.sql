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
