PRAGMA foreign_keys=OFF;
BEGIN TRANSACTION;
CREATE TABLE schema_migrations ( version TEXT PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL, checksum TEXT);
INSERT INTO schema_migrations VALUES('001','001_core_executions','2026-12-02T07:37:08.974Z','e25397fe133b542dbbdc97ede5ad98fd1b2a712085e930973afdf8d276191b4b');
INSERT INTO schema_migrations VALUES('021','021_otc_multiweek_real_example','2026-12-02T07:37:08.976Z','7a5e23aef8ad451f551e1299c49ec863bbbb606d41b7c9a119dd398efdd26a81');
INSERT INTO schema_migrations VALUES('030','030_executions_process_start','2026-12-02T07:37:08.977Z','ddef75c4a2069a9f3a608c9900946d084284ac19cd4f942ebe07435e2e582c67');
INSERT INTO schema_migrations VALUES('040','040_research_figures_and_non_ats_volume','2026-12-02T07:37:08.983Z','d2d1d0d7d60e2b34c2efe9cfcf8082d807528dde1a0111641727441239a91c44');
INSERT INTO schema_migrations VALUES('060','060_otc_week_outcomes','2026-12-02T07:37:08.983Z','75f14f9b3a60c9d07d902e9707e95bc1d27122b574f9a11aea7014c9311a5775');
INSERT INTO schema_migrations VALUES('090','090_lean_history_storage','2026-12-02T07:37:08.987Z','1db8a7740278ee26ff5b0db3484be021453a3b4164a471c71679e57547102678');
INSERT INTO schema_migrations VALUES('091','091_raw_record_symbol_index','2026-12-02T07:37:08.987Z','fd2459394f6710e3e57e5ce559bc3de5f20dc51a72677fa47b16aae4c290cfc5');
INSERT INTO schema_migrations VALUES('092','092_venue_volume_covering_index','2026-12-02T07:37:08.988Z','c5812bb6380d52b51489a87e1db1953e5dae9e88d3400524e1b77d8c810b3d61');
CREATE TABLE executions (
    execution_id        INTEGER PRIMARY KEY,     -- assigned by SQLite, in run order
    pipeline_name       TEXT NOT NULL,
    params              TEXT NOT NULL,              -- JSON of the converted parameters
    status              TEXT NOT NULL CHECK (status IN ('RUNNING', 'COMPLETED', 'FAILED')),
    started_at          TEXT NOT NULL,
    finished_at         TEXT,
    duration_ms         INTEGER,
    error               TEXT,
    metrics             TEXT,                       -- JSON
    parent_execution_id INTEGER REFERENCES executions (execution_id),
    batch_id            INTEGER,                 -- the execution id of the run that opened the batch
    pid                 INTEGER,                    -- lets a later run close a run whose process died
    host                TEXT
, process_start TEXT);
INSERT INTO executions VALUES(1,'otc.backfill_range','{"archive": null, "dry_run": false, "end_week": null, "file_pattern": "week_{week_ending}.psv", "force": false, "only": "all", "reject_zero_volume": false, "skip_rolling": false, "skip_snapshot": false, "source": "files", "source_dir": "/work/lead/data/fixtures/otc", "start_week": null, "tier": "NMS_TIER_1", "weeks_back": 6}','COMPLETED','2026-12-02T07:37:08.990Z','2026-12-02T07:37:09.066Z',74,NULL,'{"rolling": {"2025-11-21": "done", "2025-11-28": "done", "2025-12-05": "done", "2025-12-12": "done", "2025-12-19": "done", "2025-12-26": "done"}, "snapshots": {"2025-11-21": "done", "2025-11-28": "done", "2025-12-05": "done", "2025-12-12": "done", "2025-12-19": "done", "2025-12-26": "done"}, "tier": "NMS_TIER_1", "weeks": [{"error": null, "file": "/work/lead/data/fixtures/otc/week_2025-11-21.psv", "note": null, "records": 11, "rejected": 0, "stages": {"aggregate": "done", "ingest": "done", "normalize": "done", "rolling": "done", "snapshot": "done"}, "status": "OK", "tier": "NMS_TIER_1", "week_ending": "2025-11-21"}, {"error": null, "file": "/work/lead/data/fixtures/otc/week_2025-11-28.psv", "note": null, "records": 12, "rejected": 0, "stages": {"aggregate": "done", "ingest": "done", "normalize": "done", "rolling": "done", "snapshot": "done"}, "status": "OK", "tier": "NMS_TIER_1", "week_ending": "2025-11-28"}, {"error": null, "file": "/work/lead/data/fixtures/otc/week_2025-12-05.psv", "note": null, "records": 12, "rejected": 1, "stages": {"aggregate": "done", "ingest": "done", "normalize": "done", "rolling": "done", "snapshot": "done"}, "status": "OK", "tier": "NMS_TIER_1", "week_ending": "2025-12-05"}, {"error": null, "file": "/work/lead/data/fixtures/otc/week_2025-12-12.psv", "note": null, "records": 12, "rejected": 0, "stages": {"aggregate": "done", "ingest": "done", "normalize": "done", "rolling": "done", "snapshot": "done"}, "status": "OK", "tier": "NMS_TIER_1", "week_ending": "2025-12-12"}, {"error": null, "file": "/work/lead/data/fixtures/otc/week_2025-12-19.psv", "note": null, "records": 12, "rejected": 1, "stages": {"aggregate": "done", "ingest": "done", "normalize": "done", "rolling": "done", "snapshot": "done"}, "status": "OK", "tier": "NMS_TIER_1", "week_ending": "2025-12-19"}, {"error": null, "file": "/work/lead/data/fixtures/otc/week_2025-12-26.psv", "note": null, "records": 12, "rejected": 0, "stages": {"aggregate": "done", "ingest": "done", "normalize": "done", "rolling": "done", "snapshot": "done"}, "status": "OK", "tier": "NMS_TIER_1", "week_ending": "2025-12-26"}], "weeks_failed": 0, "weeks_ok": 6, "weeks_total": 6}',NULL,1,1123,'vm','f551e5b4-2a3a-4da9-b59c-0dbf5e5ccb08:3231219');
INSERT INTO executions VALUES(2,'otc.ingest_week','{"file_path": "/work/lead/data/fixtures/otc/week_2025-11-21.psv", "force": false, "source_type": "file", "tier": "NMS_TIER_1", "week_ending": "2025-11-21"}','COMPLETED','2026-12-02T07:37:08.996Z','2026-12-02T07:37:08.998Z',2,NULL,'{"capture_id": 1, "duplicate_lines": 0, "ignored": 0, "ignored_by_type": {}, "inserted": 11, "layout": "seed", "lines": 11, "other_weeks": {}, "parsed": 11, "publication_dates": {}, "rejected": 0, "rejects_by_reason": {}, "revision": false, "source_sha256": "2697cb8a59013f71029054f143e8dcfd8c35706981c58a08635a8dcfc1d2ecff", "stale_rolling_rows": 0, "symbol_totals": 0}',1,1,1123,'vm','f551e5b4-2a3a-4da9-b59c-0dbf5e5ccb08:3231219');
INSERT INTO executions VALUES(3,'otc.normalize_week','{"force": false, "reject_zero_volume": false, "tier": "NMS_TIER_1", "week_ending": "2025-11-21"}','COMPLETED','2026-12-02T07:37:08.999Z','2026-12-02T07:37:09.001Z',1,NULL,'{"non_ats": 0, "normalized": 11, "rejected": 0, "rejects_by_reason": {}}',1,1,1123,'vm','f551e5b4-2a3a-4da9-b59c-0dbf5e5ccb08:3231219');
INSERT INTO executions VALUES(4,'otc.aggregate_week','{"force": false, "tier": "NMS_TIER_1", "week_ending": "2025-11-21"}','COMPLETED','2026-12-02T07:37:09.002Z','2026-12-02T07:37:09.004Z',2,NULL,'{"check_messages": {}, "checks": {"market_share_sum_100": "PASS", "no_duplicate_natural_keys": "PASS", "no_negative_trades": "PASS", "no_negative_volumes": "PASS", "symbol_count_positive": "PASS", "venue_count_positive": "PASS"}, "symbols": 5, "venues": 4}',1,1,1123,'vm','f551e5b4-2a3a-4da9-b59c-0dbf5e5ccb08:3231219');
INSERT INTO executions VALUES(5,'otc.ingest_week','{"file_path": "/work/lead/data/fixtures/otc/week_2025-11-28.psv", "force": false, "source_type": "file", "tier": "NMS_TIER_1", "week_ending": "2025-11-28"}','COMPLETED','2026-12-02T07:37:09.005Z','2026-12-02T07:37:09.007Z',1,NULL,'{"capture_id": 2, "duplicate_lines": 0, "ignored": 0, "ignored_by_type": {}, "inserted": 12, "layout": "seed", "lines": 12, "other_weeks": {}, "parsed": 12, "publication_dates": {}, "rejected": 0, "rejects_by_reason": {}, "revision": false, "source_sha256": "746160524a0304fe744877c1db98dacf1e8b7c2ee08274d4287fcf1992fb13e4", "stale_rolling_rows": 0, "symbol_totals": 0}',1,1,1123,'vm','f551e5b4-2a3a-4da9-b59c-0dbf5e5ccb08:3231219');
INSERT INTO executions VALUES(6,'otc.normalize_week','{"force": false, "reject_zero_volume": false, "tier": "NMS_TIER_1", "week_ending": "2025-11-28"}','COMPLETED','2026-12-02T07:37:09.007Z','2026-12-02T07:37:09.009Z',1,NULL,'{"non_ats": 0, "normalized": 12, "rejected": 0, "rejects_by_reason": {}}',1,1,1123,'vm','f551e5b4-2a3a-4da9-b59c-0dbf5e5ccb08:3231219');
INSERT INTO executions VALUES(7,'otc.aggregate_week','{"force": false, "tier": "NMS_TIER_1", "week_ending": "2025-11-28"}','COMPLETED','2026-12-02T07:37:09.010Z','2026-12-02T07:37:09.012Z',1,NULL,'{"check_messages": {}, "checks": {"market_share_sum_100": "PASS", "no_duplicate_natural_keys": "PASS", "no_negative_trades": "PASS", "no_negative_volumes": "PASS", "symbol_count_positive": "PASS", "venue_count_positive": "PASS"}, "symbols": 5, "venues": 4}',1,1,1123,'vm','f551e5b4-2a3a-4da9-b59c-0dbf5e5ccb08:3231219');
INSERT INTO executions VALUES(8,'otc.ingest_week','{"file_path": "/work/lead/data/fixtures/otc/week_2025-12-05.psv", "force": false, "source_type": "file", "tier": "NMS_TIER_1", "week_ending": "2025-12-05"}','COMPLETED','2026-12-02T07:37:09.013Z','2026-12-02T07:37:09.014Z',1,NULL,'{"capture_id": 3, "duplicate_lines": 0, "ignored": 0, "ignored_by_type": {}, "inserted": 12, "layout": "seed", "lines": 12, "other_weeks": {}, "parsed": 12, "publication_dates": {}, "rejected": 0, "rejects_by_reason": {}, "revision": false, "source_sha256": "d88391eb8cf34ed74275c0e5917c28821c4f4b068eafc1a542fdc630514f3bd9", "stale_rolling_rows": 0, "symbol_totals": 0}',1,1,1123,'vm','f551e5b4-2a3a-4da9-b59c-0dbf5e5ccb08:3231219');
INSERT INTO executions VALUES(9,'otc.normalize_week','{"force": false, "reject_zero_volume": false, "tier": "NMS_TIER_1", "week_ending": "2025-12-05"}','COMPLETED','2026-12-02T07:37:09.015Z','2026-12-02T07:37:09.017Z',2,NULL,'{"non_ats": 0, "normalized": 11, "rejected": 1, "rejects_by_reason": {"INVALID_SYMBOL": 1}}',1,1,1123,'vm','f551e5b4-2a3a-4da9-b59c-0dbf5e5ccb08:3231219');
INSERT INTO executions VALUES(10,'otc.aggregate_week','{"force": false, "tier": "NMS_TIER_1", "week_ending": "2025-12-05"}','COMPLETED','2026-12-02T07:37:09.018Z','2026-12-02T07:37:09.020Z',1,NULL,'{"check_messages": {}, "checks": {"market_share_sum_100": "PASS", "no_duplicate_natural_keys": "PASS", "no_negative_trades": "PASS", "no_negative_volumes": "PASS", "symbol_count_positive": "PASS", "venue_count_positive": "PASS"}, "symbols": 5, "venues": 4}',1,1,1123,'vm','f551e5b4-2a3a-4da9-b59c-0dbf5e5ccb08:3231219');
INSERT INTO executions VALUES(11,'otc.ingest_week','{"file_path": "/work/lead/data/fixtures/otc/week_2025-12-12.psv", "force": false, "source_type": "file", "tier": "NMS_TIER_1", "week_ending": "2025-12-12"}','COMPLETED','2026-12-02T07:37:09.021Z','2026-12-02T07:37:09.022Z',1,NULL,'{"capture_id": 4, "duplicate_lines": 0, "ignored": 0, "ignored_by_type": {}, "inserted": 12, "layout": "seed", "lines": 12, "other_weeks": {}, "parsed": 12, "publication_dates": {}, "rejected": 0, "rejects_by_reason": {}, "revision": false, "source_sha256": "fc9fa0ed50c3fc6de76d355a5a23a71a3349a5da187d77b937377dc7cb1354b6", "stale_rolling_rows": 0, "symbol_totals": 0}',1,1,1123,'vm','f551e5b4-2a3a-4da9-b59c-0dbf5e5ccb08:3231219');
INSERT INTO executions VALUES(12,'otc.normalize_week','{"force": false, "reject_zero_volume": false, "tier": "NMS_TIER_1", "week_ending": "2025-12-12"}','COMPLETED','2026-12-02T07:37:09.023Z','2026-12-02T07:37:09.025Z',1,NULL,'{"non_ats": 0, "normalized": 12, "rejected": 0, "rejects_by_reason": {}}',1,1,1123,'vm','f551e5b4-2a3a-4da9-b59c-0dbf5e5ccb08:3231219');
INSERT INTO executions VALUES(13,'otc.aggregate_week','{"force": false, "tier": "NMS_TIER_1", "week_ending": "2025-12-12"}','COMPLETED','2026-12-02T07:37:09.025Z','2026-12-02T07:37:09.028Z',1,NULL,'{"check_messages": {}, "checks": {"market_share_sum_100": "PASS", "no_duplicate_natural_keys": "PASS", "no_negative_trades": "PASS", "no_negative_volumes": "PASS", "symbol_count_positive": "PASS", "venue_count_positive": "PASS"}, "symbols": 5, "venues": 4}',1,1,1123,'vm','f551e5b4-2a3a-4da9-b59c-0dbf5e5ccb08:3231219');
INSERT INTO executions VALUES(14,'otc.ingest_week','{"file_path": "/work/lead/data/fixtures/otc/week_2025-12-19.psv", "force": false, "source_type": "file", "tier": "NMS_TIER_1", "week_ending": "2025-12-19"}','COMPLETED','2026-12-02T07:37:09.028Z','2026-12-02T07:37:09.030Z',1,NULL,'{"capture_id": 5, "duplicate_lines": 0, "ignored": 0, "ignored_by_type": {}, "inserted": 12, "layout": "seed", "lines": 12, "other_weeks": {}, "parsed": 12, "publication_dates": {}, "rejected": 0, "rejects_by_reason": {}, "revision": false, "source_sha256": "71d39c5ae9d0758ffee020d369b758ac60b6c4ab08599127f79d9d9ddfdb527c", "stale_rolling_rows": 0, "symbol_totals": 0}',1,1,1123,'vm','f551e5b4-2a3a-4da9-b59c-0dbf5e5ccb08:3231219');
INSERT INTO executions VALUES(15,'otc.normalize_week','{"force": false, "reject_zero_volume": false, "tier": "NMS_TIER_1", "week_ending": "2025-12-19"}','COMPLETED','2026-12-02T07:37:09.031Z','2026-12-02T07:37:09.033Z',2,NULL,'{"non_ats": 0, "normalized": 11, "rejected": 1, "rejects_by_reason": {"NEGATIVE_VOLUME": 1}}',1,1,1123,'vm','f551e5b4-2a3a-4da9-b59c-0dbf5e5ccb08:3231219');
INSERT INTO executions VALUES(16,'otc.aggregate_week','{"force": false, "tier": "NMS_TIER_1", "week_ending": "2025-12-19"}','COMPLETED','2026-12-02T07:37:09.033Z','2026-12-02T07:37:09.035Z',1,NULL,'{"check_messages": {}, "checks": {"market_share_sum_100": "PASS", "no_duplicate_natural_keys": "PASS", "no_negative_trades": "PASS", "no_negative_volumes": "PASS", "symbol_count_positive": "PASS", "venue_count_positive": "PASS"}, "symbols": 5, "venues": 4}',1,1,1123,'vm','f551e5b4-2a3a-4da9-b59c-0dbf5e5ccb08:3231219');
INSERT INTO executions VALUES(17,'otc.ingest_week','{"file_path": "/work/lead/data/fixtures/otc/week_2025-12-26.psv", "force": false, "source_type": "file", "tier": "NMS_TIER_1", "week_ending": "2025-12-26"}','COMPLETED','2026-12-02T07:37:09.036Z','2026-12-02T07:37:09.038Z',1,NULL,'{"capture_id": 6, "duplicate_lines": 0, "ignored": 0, "ignored_by_type": {}, "inserted": 12, "layout": "seed", "lines": 12, "other_weeks": {}, "parsed": 12, "publication_dates": {}, "rejected": 0, "rejects_by_reason": {}, "revision": false, "source_sha256": "89982931263127817f8d991352987677aee41808d1327ea79b3b0b281082b87b", "stale_rolling_rows": 0, "symbol_totals": 0}',1,1,1123,'vm','f551e5b4-2a3a-4da9-b59c-0dbf5e5ccb08:3231219');
INSERT INTO executions VALUES(18,'otc.normalize_week','{"force": false, "reject_zero_volume": false, "tier": "NMS_TIER_1", "week_ending": "2025-12-26"}','COMPLETED','2026-12-02T07:37:09.038Z','2026-12-02T07:37:09.040Z',1,NULL,'{"non_ats": 0, "normalized": 12, "rejected": 0, "rejects_by_reason": {}}',1,1,1123,'vm','f551e5b4-2a3a-4da9-b59c-0dbf5e5ccb08:3231219');
INSERT INTO executions VALUES(19,'otc.aggregate_week','{"force": false, "tier": "NMS_TIER_1", "week_ending": "2025-12-26"}','COMPLETED','2026-12-02T07:37:09.041Z','2026-12-02T07:37:09.043Z',1,NULL,'{"check_messages": {}, "checks": {"market_share_sum_100": "PASS", "no_duplicate_natural_keys": "PASS", "no_negative_trades": "PASS", "no_negative_volumes": "PASS", "symbol_count_positive": "PASS", "venue_count_positive": "PASS"}, "symbols": 5, "venues": 4}',1,1,1123,'vm','f551e5b4-2a3a-4da9-b59c-0dbf5e5ccb08:3231219');
INSERT INTO executions VALUES(20,'otc.compute_rolling_6w','{"force": false, "tier": "NMS_TIER_1", "week_ending": "2025-11-21"}','COMPLETED','2026-12-02T07:37:09.043Z','2026-12-02T07:37:09.045Z',1,NULL,'{"recomputed_stale_weeks": [], "symbols": 5, "week_ending": "2025-11-21", "weeks": {"2025-11-21": {"checks": {"no_zero_rolling_volume": "PASS", "rolling_window_complete": "WARN"}, "symbols": 5}}}',1,1,1123,'vm','f551e5b4-2a3a-4da9-b59c-0dbf5e5ccb08:3231219');
INSERT INTO executions VALUES(21,'otc.compute_rolling_6w','{"force": false, "tier": "NMS_TIER_1", "week_ending": "2025-11-28"}','COMPLETED','2026-12-02T07:37:09.045Z','2026-12-02T07:37:09.046Z',0,NULL,'{"recomputed_stale_weeks": [], "symbols": 5, "week_ending": "2025-11-28", "weeks": {"2025-11-28": {"checks": {"no_zero_rolling_volume": "PASS", "rolling_window_complete": "WARN"}, "symbols": 5}}}',1,1,1123,'vm','f551e5b4-2a3a-4da9-b59c-0dbf5e5ccb08:3231219');
INSERT INTO executions VALUES(22,'otc.compute_rolling_6w','{"force": false, "tier": "NMS_TIER_1", "week_ending": "2025-12-05"}','COMPLETED','2026-12-02T07:37:09.046Z','2026-12-02T07:37:09.047Z',0,NULL,'{"recomputed_stale_weeks": [], "symbols": 5, "week_ending": "2025-12-05", "weeks": {"2025-12-05": {"checks": {"no_zero_rolling_volume": "PASS", "rolling_window_complete": "WARN"}, "symbols": 5}}}',1,1,1123,'vm','f551e5b4-2a3a-4da9-b59c-0dbf5e5ccb08:3231219');
INSERT INTO executions VALUES(23,'otc.compute_rolling_6w','{"force": false, "tier": "NMS_TIER_1", "week_ending": "2025-12-12"}','COMPLETED','2026-12-02T07:37:09.047Z','2026-12-02T07:37:09.048Z',0,NULL,'{"recomputed_stale_weeks": [], "symbols": 5, "week_ending": "2025-12-12", "weeks": {"2025-12-12": {"checks": {"no_zero_rolling_volume": "PASS", "rolling_window_complete": "WARN"}, "symbols": 5}}}',1,1,1123,'vm','f551e5b4-2a3a-4da9-b59c-0dbf5e5ccb08:3231219');
INSERT INTO executions VALUES(24,'otc.compute_rolling_6w','{"force": false, "tier": "NMS_TIER_1", "week_ending": "2025-12-19"}','COMPLETED','2026-12-02T07:37:09.048Z','2026-12-02T07:37:09.049Z',0,NULL,'{"recomputed_stale_weeks": [], "symbols": 5, "week_ending": "2025-12-19", "weeks": {"2025-12-19": {"checks": {"no_zero_rolling_volume": "PASS", "rolling_window_complete": "WARN"}, "symbols": 5}}}',1,1,1123,'vm','f551e5b4-2a3a-4da9-b59c-0dbf5e5ccb08:3231219');
INSERT INTO executions VALUES(25,'otc.compute_rolling_6w','{"force": false, "tier": "NMS_TIER_1", "week_ending": "2025-12-26"}','COMPLETED','2026-12-02T07:37:09.049Z','2026-12-02T07:37:09.050Z',0,NULL,'{"recomputed_stale_weeks": [], "symbols": 5, "week_ending": "2025-12-26", "weeks": {"2025-12-26": {"checks": {"no_zero_rolling_volume": "PASS", "rolling_window_complete": "PASS"}, "symbols": 5}}}',1,1,1123,'vm','f551e5b4-2a3a-4da9-b59c-0dbf5e5ccb08:3231219');
INSERT INTO executions VALUES(26,'otc.research_snapshot_week','{"force": false, "tier": "NMS_TIER_1", "week_ending": "2025-11-21"}','COMPLETED','2026-12-02T07:37:09.051Z','2026-12-02T07:37:09.053Z',1,NULL,'{"quality_status": "WARN", "symbols": 5, "with_non_ats_data": false, "with_rolling": 5}',1,1,1123,'vm','f551e5b4-2a3a-4da9-b59c-0dbf5e5ccb08:3231219');
INSERT INTO executions VALUES(27,'otc.research_snapshot_week','{"force": false, "tier": "NMS_TIER_1", "week_ending": "2025-11-28"}','COMPLETED','2026-12-02T07:37:09.053Z','2026-12-02T07:37:09.055Z',1,NULL,'{"quality_status": "WARN", "symbols": 5, "with_non_ats_data": false, "with_rolling": 5}',1,1,1123,'vm','f551e5b4-2a3a-4da9-b59c-0dbf5e5ccb08:3231219');
INSERT INTO executions VALUES(28,'otc.research_snapshot_week','{"force": false, "tier": "NMS_TIER_1", "week_ending": "2025-12-05"}','COMPLETED','2026-12-02T07:37:09.056Z','2026-12-02T07:37:09.058Z',1,NULL,'{"quality_status": "WARN", "symbols": 5, "with_non_ats_data": false, "with_rolling": 5}',1,1,1123,'vm','f551e5b4-2a3a-4da9-b59c-0dbf5e5ccb08:3231219');
INSERT INTO executions VALUES(29,'otc.research_snapshot_week','{"force": false, "tier": "NMS_TIER_1", "week_ending": "2025-12-12"}','COMPLETED','2026-12-02T07:37:09.058Z','2026-12-02T07:37:09.060Z',1,NULL,'{"quality_status": "WARN", "symbols": 5, "with_non_ats_data": false, "with_rolling": 5}',1,1,1123,'vm','f551e5b4-2a3a-4da9-b59c-0dbf5e5ccb08:3231219');
INSERT INTO executions VALUES(30,'otc.research_snapshot_week','{"force": false, "tier": "NMS_TIER_1", "week_ending": "2025-12-19"}','COMPLETED','2026-12-02T07:37:09.061Z','2026-12-02T07:37:09.063Z',1,NULL,'{"quality_status": "WARN", "symbols": 5, "with_non_ats_data": false, "with_rolling": 5}',1,1,1123,'vm','f551e5b4-2a3a-4da9-b59c-0dbf5e5ccb08:3231219');
INSERT INTO executions VALUES(31,'otc.research_snapshot_week','{"force": false, "tier": "NMS_TIER_1", "week_ending": "2025-12-26"}','COMPLETED','2026-12-02T07:37:09.063Z','2026-12-02T07:37:09.065Z',1,NULL,'{"quality_status": "PASS", "symbols": 5, "with_non_ats_data": false, "with_rolling": 5}',1,1,1123,'vm','f551e5b4-2a3a-4da9-b59c-0dbf5e5ccb08:3231219');
INSERT INTO executions VALUES(32,'otc.ingest_week','{"file_path": "/work/lead/../shared/realdata/spinecore_otc_weekly_otc_20251215_head300.psv", "force": false, "source_type": "file", "tier": "OTC", "week_ending": "2025-11-14"}','COMPLETED','2026-12-02T07:37:09.375Z','2026-12-02T07:37:09.387Z',10,NULL,'{"capture_id": 7, "duplicate_lines": 0, "ignored": 0, "ignored_by_type": {}, "inserted": 300, "layout": "finra_website", "lines": 300, "other_weeks": {}, "parsed": 300, "publication_dates": {"2025-12-15": 300}, "rejected": 0, "rejects_by_reason": {}, "revision": false, "source_sha256": "dda8dc7b36193d581939940db7a22eebb9380537f1c920e33d0f38fe3f8902a5", "stale_rolling_rows": 0, "symbol_totals": 0}',NULL,NULL,1124,'vm','f551e5b4-2a3a-4da9-b59c-0dbf5e5ccb08:3231265');
INSERT INTO executions VALUES(33,'otc.ingest_week','{"file_path": "/work/lead/../shared/realdata/spinecore_otc_weekly_otc_20251229_tail20.psv", "force": false, "source_type": "file", "tier": "OTC", "week_ending": "2025-11-28"}','COMPLETED','2026-12-02T07:37:09.688Z','2026-12-02T07:37:09.693Z',3,NULL,'{"capture_id": 8, "duplicate_lines": 0, "ignored": 0, "ignored_by_type": {}, "inserted": 20, "layout": "finra_website", "lines": 20, "other_weeks": {}, "parsed": 20, "publication_dates": {"2025-12-29": 20}, "rejected": 0, "rejects_by_reason": {}, "revision": false, "source_sha256": "9d6a4be76592f9aa7ff90d4acf04cb3f3c7dfa655e59cc472a39d59c80f50a1c", "stale_rolling_rows": 0, "symbol_totals": 0}',NULL,NULL,1125,'vm','f551e5b4-2a3a-4da9-b59c-0dbf5e5ccb08:3231296');
INSERT INTO executions VALUES(34,'otc.ingest_week','{"file_path": "/work/lead/data/fixtures/real/finra_api_t2_2025-12-19.csv", "force": false, "source_type": "file", "tier": "NMS_TIER_2", "week_ending": "2025-12-19"}','COMPLETED','2026-12-02T07:37:09.891Z','2026-12-02T07:37:09.894Z',1,NULL,'{"capture_id": 9, "duplicate_lines": 0, "ignored": 0, "ignored_by_type": {}, "inserted": 4, "layout": "finra_api", "lines": 5, "other_weeks": {}, "parsed": 5, "publication_dates": {"2026-01-19": 4}, "rejected": 0, "rejects_by_reason": {}, "revision": false, "source_sha256": "cc419b233b672c56301ded4e879a3d636bdfd23ee75ea389981eac6e277de206", "stale_rolling_rows": 0, "symbol_totals": 1}',NULL,NULL,1126,'vm','f551e5b4-2a3a-4da9-b59c-0dbf5e5ccb08:3231325');
INSERT INTO executions VALUES(35,'otc.ingest_week','{"file_path": "/work/lead/data/fixtures/real/finra_api_t1_2025-12-26.psv", "force": false, "source_type": "file", "tier": "NMS_TIER_1", "week_ending": "2025-12-26"}','COMPLETED','2026-12-02T07:37:10.078Z','2026-12-02T07:37:10.082Z',2,NULL,'{"capture_id": 10, "duplicate_lines": 0, "ignored": 3, "ignored_by_type": {"ATS_W_FIRM": 1, "ATS_W_VOL_STATS": 1, "OTC_W_FIRM": 1}, "inserted": 10, "layout": "finra_api", "lines": 18, "other_weeks": {}, "parsed": 18, "publication_dates": {"2026-01-12": 10}, "rejected": 0, "rejects_by_reason": {}, "revision": true, "source_sha256": "ced900a32f42c52309d0cb37427014a991135494ac164b333e966da8cfcbb2b7", "stale_rolling_rows": 5, "symbol_totals": 5}',NULL,NULL,1127,'vm','f551e5b4-2a3a-4da9-b59c-0dbf5e5ccb08:3231344');
INSERT INTO executions VALUES(36,'otc.normalize_week','{"force": false, "reject_zero_volume": false, "tier": "OTC", "week_ending": "2025-11-14"}','COMPLETED','2026-12-02T07:37:10.346Z','2026-12-02T07:37:10.349Z',1,NULL,'{"non_ats": 0, "normalized": 300, "rejected": 0, "rejects_by_reason": {}}',NULL,NULL,1128,'vm','f551e5b4-2a3a-4da9-b59c-0dbf5e5ccb08:3231363');
INSERT INTO executions VALUES(37,'otc.aggregate_week','{"force": false, "tier": "OTC", "week_ending": "2025-11-14"}','COMPLETED','2026-12-02T07:37:10.576Z','2026-12-02T07:37:10.579Z',2,NULL,'{"check_messages": {}, "checks": {"market_share_sum_100": "PASS", "no_duplicate_natural_keys": "PASS", "no_negative_trades": "PASS", "no_negative_volumes": "PASS", "publication_date_matches_week": "PASS", "symbol_count_positive": "PASS", "venue_count_positive": "PASS"}, "symbols": 194, "venues": 4}',NULL,NULL,1129,'vm','f551e5b4-2a3a-4da9-b59c-0dbf5e5ccb08:3231389');
INSERT INTO executions VALUES(38,'otc.compute_rolling_6w','{"force": false, "tier": "OTC", "week_ending": "2025-11-14"}','COMPLETED','2026-12-02T07:37:10.800Z','2026-12-02T07:37:10.804Z',3,NULL,'{"recomputed_stale_weeks": [], "symbols": 194, "week_ending": "2025-11-14", "weeks": {"2025-11-14": {"checks": {"no_zero_rolling_volume": "PASS", "rolling_window_complete": "WARN"}, "symbols": 194}}}',NULL,NULL,1130,'vm','f551e5b4-2a3a-4da9-b59c-0dbf5e5ccb08:3231413');
INSERT INTO executions VALUES(39,'otc.research_snapshot_week','{"force": false, "tier": "OTC", "week_ending": "2025-11-14"}','COMPLETED','2026-12-02T07:37:10.987Z','2026-12-02T07:37:10.991Z',3,NULL,'{"quality_status": "WARN", "symbols": 194, "with_non_ats_data": false, "with_rolling": 194}',NULL,NULL,1131,'vm','f551e5b4-2a3a-4da9-b59c-0dbf5e5ccb08:3231435');
INSERT INTO executions VALUES(40,'otc.normalize_week','{"force": false, "reject_zero_volume": false, "tier": "OTC", "week_ending": "2025-11-28"}','COMPLETED','2026-12-02T07:37:11.174Z','2026-12-02T07:37:11.177Z',1,NULL,'{"non_ats": 0, "normalized": 19, "rejected": 1, "rejects_by_reason": {"INVALID_SYMBOL": 1}}',NULL,NULL,1132,'vm','f551e5b4-2a3a-4da9-b59c-0dbf5e5ccb08:3231454');
INSERT INTO executions VALUES(41,'otc.aggregate_week','{"force": false, "tier": "OTC", "week_ending": "2025-11-28"}','COMPLETED','2026-12-02T07:37:11.355Z','2026-12-02T07:37:11.358Z',1,NULL,'{"check_messages": {}, "checks": {"market_share_sum_100": "PASS", "no_duplicate_natural_keys": "PASS", "no_negative_trades": "PASS", "no_negative_volumes": "PASS", "publication_date_matches_week": "PASS", "symbol_count_positive": "PASS", "venue_count_positive": "PASS"}, "symbols": 10, "venues": 3}',NULL,NULL,1133,'vm','f551e5b4-2a3a-4da9-b59c-0dbf5e5ccb08:3231472');
INSERT INTO executions VALUES(42,'otc.compute_rolling_6w','{"force": false, "tier": "OTC", "week_ending": "2025-11-28"}','COMPLETED','2026-12-02T07:37:11.566Z','2026-12-02T07:37:11.571Z',4,NULL,'{"recomputed_stale_weeks": [], "symbols": 204, "week_ending": "2025-11-28", "weeks": {"2025-11-28": {"checks": {"no_zero_rolling_volume": "WARN", "rolling_window_complete": "WARN"}, "symbols": 204}}}',NULL,NULL,1134,'vm','f551e5b4-2a3a-4da9-b59c-0dbf5e5ccb08:3231491');
INSERT INTO executions VALUES(43,'otc.research_snapshot_week','{"force": false, "tier": "OTC", "week_ending": "2025-11-28"}','COMPLETED','2026-12-02T07:37:11.829Z','2026-12-02T07:37:11.832Z',1,NULL,'{"quality_status": "WARN", "symbols": 10, "with_non_ats_data": false, "with_rolling": 10}',NULL,NULL,1135,'vm','f551e5b4-2a3a-4da9-b59c-0dbf5e5ccb08:3231511');
INSERT INTO executions VALUES(44,'otc.normalize_week','{"force": false, "reject_zero_volume": false, "tier": "NMS_TIER_2", "week_ending": "2025-12-19"}','COMPLETED','2026-12-02T07:37:12.014Z','2026-12-02T07:37:12.017Z',1,NULL,'{"non_ats": 0, "normalized": 4, "rejected": 0, "rejects_by_reason": {}}',NULL,NULL,1136,'vm','f551e5b4-2a3a-4da9-b59c-0dbf5e5ccb08:3231537');
INSERT INTO executions VALUES(45,'otc.aggregate_week','{"force": false, "tier": "NMS_TIER_2", "week_ending": "2025-12-19"}','COMPLETED','2026-12-02T07:37:12.202Z','2026-12-02T07:37:12.205Z',1,NULL,'{"check_messages": {}, "checks": {"market_share_sum_100": "PASS", "no_duplicate_natural_keys": "PASS", "no_negative_trades": "PASS", "no_negative_volumes": "PASS", "symbol_count_positive": "PASS", "venue_count_positive": "PASS", "venue_sum_matches_published_total": "PASS"}, "symbols": 3, "venues": 3}',NULL,NULL,1137,'vm','f551e5b4-2a3a-4da9-b59c-0dbf5e5ccb08:3231556');
INSERT INTO executions VALUES(46,'otc.compute_rolling_6w','{"force": false, "tier": "NMS_TIER_2", "week_ending": "2025-12-19"}','COMPLETED','2026-12-02T07:37:12.394Z','2026-12-02T07:37:12.396Z',0,NULL,'{"recomputed_stale_weeks": [], "symbols": 3, "week_ending": "2025-12-19", "weeks": {"2025-12-19": {"checks": {"no_zero_rolling_volume": "PASS", "rolling_window_complete": "WARN"}, "symbols": 3}}}',NULL,NULL,1138,'vm','f551e5b4-2a3a-4da9-b59c-0dbf5e5ccb08:3231575');
INSERT INTO executions VALUES(47,'otc.research_snapshot_week','{"force": false, "tier": "NMS_TIER_2", "week_ending": "2025-12-19"}','COMPLETED','2026-12-02T07:37:12.582Z','2026-12-02T07:37:12.584Z',1,NULL,'{"quality_status": "WARN", "symbols": 3, "with_non_ats_data": false, "with_rolling": 3}',NULL,NULL,1139,'vm','f551e5b4-2a3a-4da9-b59c-0dbf5e5ccb08:3231594');
INSERT INTO executions VALUES(48,'otc.normalize_week','{"force": false, "reject_zero_volume": false, "tier": "NMS_TIER_1", "week_ending": "2025-12-26"}','COMPLETED','2026-12-02T07:37:12.801Z','2026-12-02T07:37:12.803Z',1,NULL,'{"non_ats": 3, "normalized": 7, "rejected": 0, "rejects_by_reason": {}}',NULL,NULL,1140,'vm','f551e5b4-2a3a-4da9-b59c-0dbf5e5ccb08:3231613');
INSERT INTO executions VALUES(49,'otc.aggregate_week','{"force": false, "tier": "NMS_TIER_1", "week_ending": "2025-12-26"}','COMPLETED','2026-12-02T07:37:12.987Z','2026-12-02T07:37:12.990Z',1,NULL,'{"check_messages": {}, "checks": {"market_share_sum_100": "PASS", "no_duplicate_natural_keys": "PASS", "no_negative_trades": "PASS", "no_negative_volumes": "PASS", "symbol_count_positive": "PASS", "venue_count_positive": "PASS", "venue_sum_matches_published_total": "PASS"}, "symbols": 3, "venues": 3}',NULL,NULL,1141,'vm','f551e5b4-2a3a-4da9-b59c-0dbf5e5ccb08:3231635');
INSERT INTO executions VALUES(50,'otc.compute_rolling_6w','{"force": false, "tier": "NMS_TIER_1", "week_ending": "2025-12-26"}','COMPLETED','2026-12-02T07:37:13.354Z','2026-12-02T07:37:13.356Z',1,NULL,'{"recomputed_stale_weeks": [], "symbols": 8, "week_ending": "2025-12-26", "weeks": {"2025-12-26": {"checks": {"no_zero_rolling_volume": "PASS", "rolling_window_complete": "PASS"}, "symbols": 8}}}',NULL,NULL,1142,'vm','f551e5b4-2a3a-4da9-b59c-0dbf5e5ccb08:3231654');
INSERT INTO executions VALUES(51,'otc.research_snapshot_week','{"force": false, "tier": "NMS_TIER_1", "week_ending": "2025-12-26"}','COMPLETED','2026-12-02T07:37:13.571Z','2026-12-02T07:37:13.574Z',2,NULL,'{"quality_status": "PASS", "symbols": 3, "with_non_ats_data": true, "with_rolling": 3}',NULL,NULL,1143,'vm','f551e5b4-2a3a-4da9-b59c-0dbf5e5ccb08:3231690');
CREATE TABLE otc_stage_rank (
    stage TEXT PRIMARY KEY,
    rank  INTEGER NOT NULL UNIQUE
) WITHOUT ROWID;
INSERT INTO otc_stage_rank VALUES('AGGREGATED',3);
INSERT INTO otc_stage_rank VALUES('INGESTED',1);
INSERT INTO otc_stage_rank VALUES('NORMALIZED',2);
INSERT INTO otc_stage_rank VALUES('PENDING',0);
INSERT INTO otc_stage_rank VALUES('ROLLING',4);
INSERT INTO otc_stage_rank VALUES('SNAPSHOT',5);
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
INSERT INTO otc_captures VALUES(1,'2025-11-21','NMS_TIER_1','file','/work/lead/data/fixtures/otc/week_2025-11-21.psv','seed','2697cb8a59013f71029054f143e8dcfd8c35706981c58a08635a8dcfc1d2ecff',541,11,11,'2026-12-02T07:37:08.997Z',NULL,2,1);
INSERT INTO otc_captures VALUES(2,'2025-11-28','NMS_TIER_1','file','/work/lead/data/fixtures/otc/week_2025-11-28.psv','seed','746160524a0304fe744877c1db98dacf1e8b7c2ee08274d4287fcf1992fb13e4',584,12,12,'2026-12-02T07:37:09.005Z',NULL,5,1);
INSERT INTO otc_captures VALUES(3,'2025-12-05','NMS_TIER_1','file','/work/lead/data/fixtures/otc/week_2025-12-05.psv','seed','d88391eb8cf34ed74275c0e5917c28821c4f4b068eafc1a542fdc630514f3bd9',586,12,12,'2026-12-02T07:37:09.013Z',NULL,8,1);
INSERT INTO otc_captures VALUES(4,'2025-12-12','NMS_TIER_1','file','/work/lead/data/fixtures/otc/week_2025-12-12.psv','seed','fc9fa0ed50c3fc6de76d355a5a23a71a3349a5da187d77b937377dc7cb1354b6',585,12,12,'2026-12-02T07:37:09.021Z',NULL,11,1);
INSERT INTO otc_captures VALUES(5,'2025-12-19','NMS_TIER_1','file','/work/lead/data/fixtures/otc/week_2025-12-19.psv','seed','71d39c5ae9d0758ffee020d369b758ac60b6c4ab08599127f79d9d9ddfdb527c',584,12,12,'2026-12-02T07:37:09.029Z',NULL,14,1);
INSERT INTO otc_captures VALUES(6,'2025-12-26','NMS_TIER_1','file','/work/lead/data/fixtures/otc/week_2025-12-26.psv','seed','89982931263127817f8d991352987677aee41808d1327ea79b3b0b281082b87b',585,12,12,'2026-12-02T07:37:09.037Z','2026-12-02T07:37:10.080Z',17,1);
INSERT INTO otc_captures VALUES(7,'2025-11-14','OTC','file','/work/lead/../shared/realdata/spinecore_otc_weekly_otc_20251215_head300.psv','finra_website','dda8dc7b36193d581939940db7a22eebb9380537f1c920e33d0f38fe3f8902a5',34522,300,300,'2026-12-02T07:37:09.377Z',NULL,32,NULL);
INSERT INTO otc_captures VALUES(8,'2025-11-28','OTC','file','/work/lead/../shared/realdata/spinecore_otc_weekly_otc_20251229_tail20.psv','finra_website','9d6a4be76592f9aa7ff90d4acf04cb3f3c7dfa655e59cc472a39d59c80f50a1c',2101,20,20,'2026-12-02T07:37:09.691Z',NULL,33,NULL);
INSERT INTO otc_captures VALUES(9,'2025-12-19','NMS_TIER_2','file','/work/lead/data/fixtures/real/finra_api_t2_2025-12-19.csv','finra_api','cc419b233b672c56301ded4e879a3d636bdfd23ee75ea389981eac6e277de206',922,5,4,'2026-12-02T07:37:09.893Z',NULL,34,NULL);
INSERT INTO otc_captures VALUES(10,'2025-12-26','NMS_TIER_1','file','/work/lead/data/fixtures/real/finra_api_t1_2025-12-26.psv','finra_api','ced900a32f42c52309d0cb37427014a991135494ac164b333e966da8cfcbb2b7',3311,18,10,'2026-12-02T07:37:10.080Z',NULL,35,NULL);
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
    updated_at           TEXT NOT NULL, rolling_stale INTEGER NOT NULL DEFAULT 0
    CHECK (rolling_stale IN (0, 1)),
    PRIMARY KEY (week_ending, tier)
) WITHOUT ROWID;
INSERT INTO otc_week_manifest VALUES('2025-11-14','OTC',7,'file','/work/lead/../shared/realdata/spinecore_otc_weekly_otc_20251215_head300.psv','finra_website','dda8dc7b36193d581939940db7a22eebb9380537f1c920e33d0f38fe3f8902a5',34522,300,300,300,0,300,0,'SNAPSHOT',39,NULL,'2026-12-02T07:37:09.386Z','2026-12-02T07:37:10.991Z',0);
INSERT INTO otc_week_manifest VALUES('2025-11-21','NMS_TIER_1',1,'file','/work/lead/data/fixtures/otc/week_2025-11-21.psv','seed','2697cb8a59013f71029054f143e8dcfd8c35706981c58a08635a8dcfc1d2ecff',541,11,11,11,0,11,0,'SNAPSHOT',26,1,'2026-12-02T07:37:08.998Z','2026-12-02T07:37:09.053Z',0);
INSERT INTO otc_week_manifest VALUES('2025-11-28','NMS_TIER_1',2,'file','/work/lead/data/fixtures/otc/week_2025-11-28.psv','seed','746160524a0304fe744877c1db98dacf1e8b7c2ee08274d4287fcf1992fb13e4',584,12,12,12,0,12,0,'SNAPSHOT',27,1,'2026-12-02T07:37:09.006Z','2026-12-02T07:37:09.055Z',0);
INSERT INTO otc_week_manifest VALUES('2025-11-28','OTC',8,'file','/work/lead/../shared/realdata/spinecore_otc_weekly_otc_20251229_tail20.psv','finra_website','9d6a4be76592f9aa7ff90d4acf04cb3f3c7dfa655e59cc472a39d59c80f50a1c',2101,20,20,20,0,19,1,'SNAPSHOT',43,NULL,'2026-12-02T07:37:09.692Z','2026-12-02T07:37:11.832Z',0);
INSERT INTO otc_week_manifest VALUES('2025-12-05','NMS_TIER_1',3,'file','/work/lead/data/fixtures/otc/week_2025-12-05.psv','seed','d88391eb8cf34ed74275c0e5917c28821c4f4b068eafc1a542fdc630514f3bd9',586,12,12,12,0,11,1,'SNAPSHOT',28,1,'2026-12-02T07:37:09.014Z','2026-12-02T07:37:09.058Z',0);
INSERT INTO otc_week_manifest VALUES('2025-12-12','NMS_TIER_1',4,'file','/work/lead/data/fixtures/otc/week_2025-12-12.psv','seed','fc9fa0ed50c3fc6de76d355a5a23a71a3349a5da187d77b937377dc7cb1354b6',585,12,12,12,0,12,0,'SNAPSHOT',29,1,'2026-12-02T07:37:09.022Z','2026-12-02T07:37:09.060Z',0);
INSERT INTO otc_week_manifest VALUES('2025-12-19','NMS_TIER_1',5,'file','/work/lead/data/fixtures/otc/week_2025-12-19.psv','seed','71d39c5ae9d0758ffee020d369b758ac60b6c4ab08599127f79d9d9ddfdb527c',584,12,12,12,0,11,1,'SNAPSHOT',30,1,'2026-12-02T07:37:09.030Z','2026-12-02T07:37:09.063Z',0);
INSERT INTO otc_week_manifest VALUES('2025-12-19','NMS_TIER_2',9,'file','/work/lead/data/fixtures/real/finra_api_t2_2025-12-19.csv','finra_api','cc419b233b672c56301ded4e879a3d636bdfd23ee75ea389981eac6e277de206',922,5,5,4,0,4,0,'SNAPSHOT',47,NULL,'2026-12-02T07:37:09.893Z','2026-12-02T07:37:12.584Z',0);
INSERT INTO otc_week_manifest VALUES('2025-12-26','NMS_TIER_1',10,'file','/work/lead/data/fixtures/real/finra_api_t1_2025-12-26.psv','finra_api','ced900a32f42c52309d0cb37427014a991135494ac164b333e966da8cfcbb2b7',3311,18,18,10,3,7,0,'SNAPSHOT',51,NULL,'2026-12-02T07:37:09.037Z','2026-12-02T07:37:13.574Z',0);
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
INSERT INTO otc_published_symbol_totals VALUES(9,'ATS_W_SMBL','ORLB','2025-12-19','NMS_TIER_2',60250,479,6,34,NULL,'2026-12-02T07:37:09.893Z');
INSERT INTO otc_published_symbol_totals VALUES(10,'ATS_W_SMBL','HLVN','2025-12-26','NMS_TIER_1',713050,2555,10,35,NULL,'2026-12-02T07:37:10.081Z');
INSERT INTO otc_published_symbol_totals VALUES(10,'ATS_W_SMBL','MBRK','2025-12-26','NMS_TIER_1',3580000,12130,11,35,NULL,'2026-12-02T07:37:10.081Z');
INSERT INTO otc_published_symbol_totals VALUES(10,'ATS_W_SMBL','QRTZ','2025-12-26','NMS_TIER_1',2482500,8473,9,35,NULL,'2026-12-02T07:37:10.081Z');
INSERT INTO otc_published_symbol_totals VALUES(10,'OTC_W_SMBL','MBRK','2025-12-26','NMS_TIER_1',950000,410,18,35,NULL,'2026-12-02T07:37:10.081Z');
INSERT INTO otc_published_symbol_totals VALUES(10,'OTC_W_SMBL','QRTZ','2025-12-26','NMS_TIER_1',3141200,1617,17,35,NULL,'2026-12-02T07:37:10.081Z');
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
INSERT INTO otc_rejects VALUES(1,'2025-12-05','NMS_TIER_1',3,'/work/lead/data/fixtures/otc/week_2025-12-05.psv',13,'2025-12-05|NMS_TIER_1|BAD$YM|NITE|100000|500','cb8329345bb79b9e4e560e79ffe4593a','NORMALIZE','INVALID_SYMBOL','symbol ''BAD$YM'' is not a letter followed by letters, digits, . or - (1 to 10 characters)',9,1,'2026-12-02T07:37:09.016Z');
INSERT INTO otc_rejects VALUES(2,'2025-12-19','NMS_TIER_1',5,'/work/lead/data/fixtures/otc/week_2025-12-19.psv',13,'2025-12-19|NMS_TIER_1|BADV|NITE|-50000|100','871730c221bf98f071b6c508b62c7205','NORMALIZE','NEGATIVE_VOLUME','total_shares=-50000',15,1,'2026-12-02T07:37:09.032Z');
INSERT INTO otc_rejects VALUES(3,'2025-11-28','OTC',8,'/work/lead/../shared/realdata/spinecore_otc_weekly_otc_20251229_tail20.psv',21,'OTC|||PPEX NORTH CAPITAL PRIVATE SECURITIES CORPORATION|PPEX|1|1|2025-12-29','6e8303ccd8cf8d024f664a8cd1bd0099','NORMALIZE','INVALID_SYMBOL','symbol '''' is not a letter followed by letters, digits, . or - (1 to 10 characters)',40,NULL,'2026-12-02T07:37:11.176Z');
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
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','AABB',6794184,174,2,'39047.03','v1',37,NULL,'2026-12-02T07:37:10.577Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','AACAY',25955,138,3,'188.08','v1',37,NULL,'2026-12-02T07:37:10.577Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','AAGAF',136674,39,2,'3504.46','v1',37,NULL,'2026-12-02T07:37:10.577Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','AAGC',1055000,5,1,'211000.00','v1',37,NULL,'2026-12-02T07:37:10.577Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','AAGFF',116067,28,3,'4145.25','v1',37,NULL,'2026-12-02T07:37:10.577Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','AAGIY',426491,1715,3,'248.68','v1',37,NULL,'2026-12-02T07:37:10.577Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','AAIRF',937,4,1,'234.25','v1',37,NULL,'2026-12-02T07:37:10.577Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','AALNS',350,36,1,'9.72','v1',37,NULL,'2026-12-02T07:37:10.577Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','AAMCF',1838,3,1,'612.67','v1',37,NULL,'2026-12-02T07:37:10.577Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','AARYS',567,56,1,'10.13','v1',37,NULL,'2026-12-02T07:37:10.577Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','AATRL',100,1,1,'100.00','v1',37,NULL,'2026-12-02T07:37:10.577Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','AAUAF',246,3,1,'82.00','v1',37,NULL,'2026-12-02T07:37:10.577Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','AAVMY',6603,73,3,'90.45','v1',37,NULL,'2026-12-02T07:37:10.577Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','AAVVF',502,7,3,'71.71','v1',37,NULL,'2026-12-02T07:37:10.577Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','AAWH',67456,141,2,'478.41','v1',37,NULL,'2026-12-02T07:37:10.577Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','ABBNY',322415,2814,3,'114.58','v1',37,NULL,'2026-12-02T07:37:10.577Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','ABBRF',74795,218,3,'343.10','v1',37,NULL,'2026-12-02T07:37:10.577Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','ABCP',8465,3,1,'2821.67','v1',37,NULL,'2026-12-02T07:37:10.577Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','ABEPF',26508,9,2,'2945.33','v1',37,NULL,'2026-12-02T07:37:10.577Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','ABIT',940391,29,1,'32427.28','v1',37,NULL,'2026-12-02T07:37:10.577Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','ABMBF',211108,9,2,'23456.44','v1',37,NULL,'2026-12-02T07:37:10.577Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','ABNAF',43000,4,2,'10750.00','v1',37,NULL,'2026-12-02T07:37:10.577Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','ABQQ',3556764,14,1,'254054.57','v1',37,NULL,'2026-12-02T07:37:10.577Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','ABRKS',1003,95,1,'10.56','v1',37,NULL,'2026-12-02T07:37:10.577Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','ABSSF',474,2,2,'237.00','v1',37,NULL,'2026-12-02T07:37:10.577Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','ABXXF',32555,140,3,'232.54','v1',37,NULL,'2026-12-02T07:37:10.577Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','ACCYY',25389,61,3,'416.21','v1',37,NULL,'2026-12-02T07:37:10.577Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','ACDVF',14499,62,3,'233.85','v1',37,NULL,'2026-12-02T07:37:10.577Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','ACGBY',30298,400,3,'75.75','v1',37,NULL,'2026-12-02T07:37:10.577Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','ACGP',165,3,2,'55.00','v1',37,NULL,'2026-12-02T07:37:10.577Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','ACGX',17499,4,2,'4374.75','v1',37,NULL,'2026-12-02T07:37:10.577Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','ACHFF',18900,24,3,'787.50','v1',37,NULL,'2026-12-02T07:37:10.577Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','ACLLF',392,2,1,'196.00','v1',37,NULL,'2026-12-02T07:37:10.577Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','ACLLY',610,14,3,'43.57','v1',37,NULL,'2026-12-02T07:37:10.577Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','ACMB',116509,8,1,'14563.63','v1',37,NULL,'2026-12-02T07:37:10.577Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','ACMIF',1875,2,1,'937.50','v1',37,NULL,'2026-12-02T07:37:10.577Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','ACOPY',2804,13,3,'215.69','v1',37,NULL,'2026-12-02T07:37:10.577Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','ACSAY',31828,66,3,'482.24','v1',37,NULL,'2026-12-02T07:37:10.577Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','ADAPY',1884979,646,2,'2917.92','v1',37,NULL,'2026-12-02T07:37:10.577Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','ADBRF',2600,3,2,'866.67','v1',37,NULL,'2026-12-02T07:37:10.577Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','ADCOF',451,1,1,'451.00','v1',37,NULL,'2026-12-02T07:37:10.577Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','ADDYY',89455,946,3,'94.56','v1',37,NULL,'2026-12-02T07:37:10.577Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','ADHC',90000,1,1,'90000.00','v1',37,NULL,'2026-12-02T07:37:10.577Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','ADIA',5000,1,1,'5000.00','v1',37,NULL,'2026-12-02T07:37:10.577Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','ADNH',33956,65,2,'522.40','v1',37,NULL,'2026-12-02T07:37:10.577Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','ADOOY',216,3,1,'72.00','v1',37,NULL,'2026-12-02T07:37:10.577Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','ADPXY',2504,82,3,'30.54','v1',37,NULL,'2026-12-02T07:37:10.577Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','ADRNY',45919,282,3,'162.83','v1',37,NULL,'2026-12-02T07:37:10.577Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','ADRZY',500,2,1,'250.00','v1',37,NULL,'2026-12-02T07:37:10.577Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','ADTI',1,1,1,'1.00','v1',37,NULL,'2026-12-02T07:37:10.577Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','ADWPF',101,1,1,'101.00','v1',37,NULL,'2026-12-02T07:37:10.577Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','ADXS',259,5,1,'51.80','v1',37,NULL,'2026-12-02T07:37:10.577Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','ADYEY',878188,4953,3,'177.30','v1',37,NULL,'2026-12-02T07:37:10.577Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','AEBZY',2720,1,1,'2720.00','v1',37,NULL,'2026-12-02T07:37:10.577Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','AEGXF',4373,25,3,'174.92','v1',37,NULL,'2026-12-02T07:37:10.577Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','AEHCS',438,32,1,'13.69','v1',37,NULL,'2026-12-02T07:37:10.577Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','AEHDS',145,21,1,'6.90','v1',37,NULL,'2026-12-02T07:37:10.577Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','AEHES',618,58,1,'10.66','v1',37,NULL,'2026-12-02T07:37:10.577Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','AEHFS',1258,70,1,'17.97','v1',37,NULL,'2026-12-02T07:37:10.577Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','AEHGS',1605,122,1,'13.16','v1',37,NULL,'2026-12-02T07:37:10.577Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','AEHHS',221,24,1,'9.21','v1',37,NULL,'2026-12-02T07:37:10.577Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','AEHJS',210,23,1,'9.13','v1',37,NULL,'2026-12-02T07:37:10.577Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','AEHKS',555,44,1,'12.61','v1',37,NULL,'2026-12-02T07:37:10.577Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','AEHMS',232,29,1,'8.00','v1',37,NULL,'2026-12-02T07:37:10.577Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','AEHNS',146,27,1,'5.41','v1',37,NULL,'2026-12-02T07:37:10.577Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','AEHOS',129,13,1,'9.92','v1',37,NULL,'2026-12-02T07:37:10.577Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','AEHPS',683,59,1,'11.58','v1',37,NULL,'2026-12-02T07:37:10.577Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','AEHQS',1041,69,1,'15.09','v1',37,NULL,'2026-12-02T07:37:10.577Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','AEHSS',110,15,1,'7.33','v1',37,NULL,'2026-12-02T07:37:10.577Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','AELLS',1406,133,1,'10.57','v1',37,NULL,'2026-12-02T07:37:10.577Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','AERG',8876,20,2,'443.80','v1',37,NULL,'2026-12-02T07:37:10.577Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','AETHD',27,1,1,'27.00','v1',37,NULL,'2026-12-02T07:37:10.577Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','AETUF',25941,124,3,'209.20','v1',37,NULL,'2026-12-02T07:37:10.577Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','AEYPS',10,4,1,'2.50','v1',37,NULL,'2026-12-02T07:37:10.577Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','AFFS',16815,8,1,'2101.88','v1',37,NULL,'2026-12-02T07:37:10.577Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','AFFT',3970,1,1,'3970.00','v1',37,NULL,'2026-12-02T07:37:10.577Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','AFFU',19456001,51,2,'381490.22','v1',37,NULL,'2026-12-02T07:37:10.577Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','AFFY',65,1,1,'65.00','v1',37,NULL,'2026-12-02T07:37:10.577Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','AFIB',5253,2,1,'2626.50','v1',37,NULL,'2026-12-02T07:37:10.577Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','AFLYY',663340,1044,3,'635.38','v1',37,NULL,'2026-12-02T07:37:10.577Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','AFMJF',4800,8,3,'600.00','v1',37,NULL,'2026-12-02T07:37:10.577Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','AFSIA',66,1,1,'66.00','v1',37,NULL,'2026-12-02T07:37:10.577Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','AFSIB',800,4,1,'200.00','v1',37,NULL,'2026-12-02T07:37:10.577Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','AFSIM',245,1,1,'245.00','v1',37,NULL,'2026-12-02T07:37:10.577Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','AFSIN',1980,7,1,'282.86','v1',37,NULL,'2026-12-02T07:37:10.577Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','AFTWS',20,8,1,'2.50','v1',37,NULL,'2026-12-02T07:37:10.577Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','AGAGF',360557,67,3,'5381.45','v1',37,NULL,'2026-12-02T07:37:10.577Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','AGESY',1063,19,3,'55.95','v1',37,NULL,'2026-12-02T07:37:10.577Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','AGFMF',562,5,2,'112.40','v1',37,NULL,'2026-12-02T07:37:10.577Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','AGIN',100548,2,1,'50274.00','v1',37,NULL,'2026-12-02T07:37:10.577Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','AGLXY',111,1,1,'111.00','v1',37,NULL,'2026-12-02T07:37:10.577Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','AGMRF',14300,32,2,'446.88','v1',37,NULL,'2026-12-02T07:37:10.577Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','AGNPF',840,2,2,'420.00','v1',37,NULL,'2026-12-02T07:37:10.577Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','AGRPY',67,1,1,'67.00','v1',37,NULL,'2026-12-02T07:37:10.577Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','AGXPF',144316,19,2,'7595.58','v1',37,NULL,'2026-12-02T07:37:10.577Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','AGYP',360000,5,1,'72000.00','v1',37,NULL,'2026-12-02T07:37:10.577Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','AHADS',346,35,1,'9.89','v1',37,NULL,'2026-12-02T07:37:10.577Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','AHANS',885,55,1,'16.09','v1',37,NULL,'2026-12-02T07:37:10.577Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','AHARS',1895,87,1,'21.78','v1',37,NULL,'2026-12-02T07:37:10.577Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','AHATS',1205,92,1,'13.10','v1',37,NULL,'2026-12-02T07:37:10.577Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','AHBCS',1028,95,1,'10.82','v1',37,NULL,'2026-12-02T07:37:10.577Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','AHBFS',3027,63,1,'48.05','v1',37,NULL,'2026-12-02T07:37:10.577Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','AHBXS',230,23,1,'10.00','v1',37,NULL,'2026-12-02T07:37:10.577Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','AHCHY',9510,85,3,'111.88','v1',37,NULL,'2026-12-02T07:37:10.577Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','AHCMS',924,56,1,'16.50','v1',37,NULL,'2026-12-02T07:37:10.577Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','AHEIS',645,72,1,'8.96','v1',37,NULL,'2026-12-02T07:37:10.577Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','AHEWS',910,76,1,'11.97','v1',37,NULL,'2026-12-02T07:37:10.577Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','AHEXY',10695,131,3,'81.64','v1',37,NULL,'2026-12-02T07:37:10.577Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','AHFXS',892,63,1,'14.16','v1',37,NULL,'2026-12-02T07:37:10.577Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','AHGLS',812,51,1,'15.92','v1',37,NULL,'2026-12-02T07:37:10.577Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','AHGNS',1973,98,1,'20.13','v1',37,NULL,'2026-12-02T07:37:10.577Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','AHHMS',369,38,1,'9.71','v1',37,NULL,'2026-12-02T07:37:10.577Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','AHHOS',212,20,1,'10.60','v1',37,NULL,'2026-12-02T07:37:10.577Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','AHHYS',1651,106,1,'15.58','v1',37,NULL,'2026-12-02T07:37:10.577Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','AHJHS',934,62,1,'15.06','v1',37,NULL,'2026-12-02T07:37:10.577Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','AHKSY',2576,18,3,'143.11','v1',37,NULL,'2026-12-02T07:37:10.577Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','AHKYS',1000,61,1,'16.39','v1',37,NULL,'2026-12-02T07:37:10.577Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','AHLAS',2,1,1,'2.00','v1',37,NULL,'2026-12-02T07:37:10.577Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','AHLCS',5,1,1,'5.00','v1',37,NULL,'2026-12-02T07:37:10.577Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','AHLES',6,1,1,'6.00','v1',37,NULL,'2026-12-02T07:37:10.577Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','AHLFS',20,4,1,'5.00','v1',37,NULL,'2026-12-02T07:37:10.577Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','AHLGS',10,2,1,'5.00','v1',37,NULL,'2026-12-02T07:37:10.577Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','AHLJS',3,2,1,'1.50','v1',37,NULL,'2026-12-02T07:37:10.577Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','AHLNS',1,1,1,'1.00','v1',37,NULL,'2026-12-02T07:37:10.577Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','AHLSS',80,2,1,'40.00','v1',37,NULL,'2026-12-02T07:37:10.577Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','AHLUS',102,2,1,'51.00','v1',37,NULL,'2026-12-02T07:37:10.577Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','AHLVS',1417,76,1,'18.64','v1',37,NULL,'2026-12-02T07:37:10.577Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','AHLXS',395,41,1,'9.63','v1',37,NULL,'2026-12-02T07:37:10.577Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','AHMCS',776,48,1,'16.17','v1',37,NULL,'2026-12-02T07:37:10.577Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','AHNBS',1435,73,1,'19.66','v1',37,NULL,'2026-12-02T07:37:10.577Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','AHNRF',57696,16,1,'3606.00','v1',37,NULL,'2026-12-02T07:37:10.577Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','AHNTS',525,49,1,'10.71','v1',37,NULL,'2026-12-02T07:37:10.577Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','AHOBS',991,77,1,'12.87','v1',37,NULL,'2026-12-02T07:37:10.577Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','AHOMS',321,37,1,'8.68','v1',37,NULL,'2026-12-02T07:37:10.577Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','AHPHS',256,34,1,'7.53','v1',37,NULL,'2026-12-02T07:37:10.577Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','AHPMS',4171,140,1,'29.79','v1',37,NULL,'2026-12-02T07:37:10.577Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','AHPSS',2220,96,1,'23.13','v1',37,NULL,'2026-12-02T07:37:10.577Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','AHRFS',722,60,1,'12.03','v1',37,NULL,'2026-12-02T07:37:10.577Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','AHRKS',1015,93,1,'10.91','v1',37,NULL,'2026-12-02T07:37:10.577Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','AHRWS',1369,71,1,'19.28','v1',37,NULL,'2026-12-02T07:37:10.577Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','AHSMS',863,52,1,'16.60','v1',37,NULL,'2026-12-02T07:37:10.577Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','AHSOS',475,47,1,'10.11','v1',37,NULL,'2026-12-02T07:37:10.577Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','AHSQS',976,66,1,'14.79','v1',37,NULL,'2026-12-02T07:37:10.577Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','AHSSS',983,56,1,'17.55','v1',37,NULL,'2026-12-02T07:37:10.577Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','AHSVS',1683,112,1,'15.03','v1',37,NULL,'2026-12-02T07:37:10.577Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','AHTYS',970,68,1,'14.26','v1',37,NULL,'2026-12-02T07:37:10.577Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','AHVAS',5,1,1,'5.00','v1',37,NULL,'2026-12-02T07:37:10.577Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','AHWHS',1002,61,1,'16.43','v1',37,NULL,'2026-12-02T07:37:10.577Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','AIBGY',58287,646,3,'90.23','v1',37,NULL,'2026-12-02T07:37:10.577Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','AIBT',173008,2,1,'86504.00','v1',37,NULL,'2026-12-02T07:37:10.577Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','AIJTY',2350,2,1,'1175.00','v1',37,NULL,'2026-12-02T07:37:10.577Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','AIMFF',1500,4,2,'375.00','v1',37,NULL,'2026-12-02T07:37:10.577Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','AIMLF',260600,9,1,'28955.56','v1',37,NULL,'2026-12-02T07:37:10.577Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','AINMF',2200,1,1,'2200.00','v1',37,NULL,'2026-12-02T07:37:10.577Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','AIPUY',100,1,1,'100.00','v1',37,NULL,'2026-12-02T07:37:10.577Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','AIQUY',173924,1228,3,'141.63','v1',37,NULL,'2026-12-02T07:37:10.577Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','AIRDF',38000,11,1,'3454.55','v1',37,NULL,'2026-12-02T07:37:10.577Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','AIRRF',8272,7,1,'1181.71','v1',37,NULL,'2026-12-02T07:37:10.577Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','AITX',60203649,246,2,'244730.28','v1',37,NULL,'2026-12-02T07:37:10.577Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','AJINY',21239,156,3,'136.15','v1',37,NULL,'2026-12-02T07:37:10.577Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','AKBTY',702,4,1,'175.50','v1',37,NULL,'2026-12-02T07:37:10.577Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','AKEMF',95209,9,2,'10578.78','v1',37,NULL,'2026-12-02T07:37:10.577Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','AKGSS',1,1,1,'1.00','v1',37,NULL,'2026-12-02T07:37:10.577Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','AKOJS',15,4,1,'3.75','v1',37,NULL,'2026-12-02T07:37:10.577Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','AKPJS',55,16,1,'3.44','v1',37,NULL,'2026-12-02T07:37:10.577Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','AKPPS',18,11,1,'1.64','v1',37,NULL,'2026-12-02T07:37:10.577Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','AKPQS',4,3,1,'1.33','v1',37,NULL,'2026-12-02T07:37:10.577Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','AKPRS',2,2,1,'1.00','v1',37,NULL,'2026-12-02T07:37:10.577Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','AKPXS',24,7,1,'3.43','v1',37,NULL,'2026-12-02T07:37:10.577Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','AKPZS',9,8,1,'1.13','v1',37,NULL,'2026-12-02T07:37:10.577Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','AKRBY',983,3,1,'327.67','v1',37,NULL,'2026-12-02T07:37:10.577Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','AKRYY',100,1,1,'100.00','v1',37,NULL,'2026-12-02T07:37:10.577Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','AKTAF',1001,6,2,'166.83','v1',37,NULL,'2026-12-02T07:37:10.577Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','AKZAS',11,5,1,'2.20','v1',37,NULL,'2026-12-02T07:37:10.577Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','AKZOY',38238,186,3,'205.58','v1',37,NULL,'2026-12-02T07:37:10.577Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','ALFVY',10451,72,3,'145.15','v1',37,NULL,'2026-12-02T07:37:10.577Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','ALGYS',196,20,1,'9.80','v1',37,NULL,'2026-12-02T07:37:10.577Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','ALIZY',272046,1343,3,'202.57','v1',37,NULL,'2026-12-02T07:37:10.577Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','ALLGF',135,2,1,'67.50','v1',37,NULL,'2026-12-02T07:37:10.577Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','ALNPY',41,4,2,'10.25','v1',37,NULL,'2026-12-02T07:37:10.577Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','ALOIS',378,30,1,'12.60','v1',37,NULL,'2026-12-02T07:37:10.577Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','ALPIB',2629,34,3,'77.32','v1',37,NULL,'2026-12-02T07:37:10.577Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','ALPMY',77637,424,3,'183.11','v1',37,NULL,'2026-12-02T07:37:10.577Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','ALRTF',100,1,1,'100.00','v1',37,NULL,'2026-12-02T07:37:10.577Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','ALSAF',1,1,1,'1.00','v1',37,NULL,'2026-12-02T07:37:10.577Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','ALSMY',301668,182,3,'1657.52','v1',37,NULL,'2026-12-02T07:37:10.577Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','ALVLF',2000,1,1,'2000.00','v1',37,NULL,'2026-12-02T07:37:10.577Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','ALVOF',11895,25,3,'475.80','v1',37,NULL,'2026-12-02T07:37:10.577Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','ALYAF',2700,21,3,'128.57','v1',37,NULL,'2026-12-02T07:37:10.577Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','ALYI',2000,1,1,'2000.00','v1',37,NULL,'2026-12-02T07:37:10.577Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','AMADY',19102,260,3,'73.47','v1',37,NULL,'2026-12-02T07:37:10.577Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','AMBIQ',1385,12,2,'115.42','v1',37,NULL,'2026-12-02T07:37:10.577Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','AMBWQ',20783,2,2,'10391.50','v1',37,NULL,'2026-12-02T07:37:10.577Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','AMBZ',6786,61,2,'111.25','v1',37,NULL,'2026-12-02T07:37:10.577Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-21','NMS_TIER_1','AAPL',3500000,18800,3,'186.17','v1',4,1,'2026-12-02T07:37:09.002Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-21','NMS_TIER_1','META',1200000,6000,2,'200.00','v1',4,1,'2026-12-02T07:37:09.002Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-21','NMS_TIER_1','MSFT',900000,4500,2,'200.00','v1',4,1,'2026-12-02T07:37:09.002Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-21','NMS_TIER_1','NVDA',3500000,17500,2,'200.00','v1',4,1,'2026-12-02T07:37:09.002Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-21','NMS_TIER_1','TSLA',1500000,7700,2,'194.81','v1',4,1,'2026-12-02T07:37:09.002Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-28','NMS_TIER_1','AAPL',3620000,19300,3,'187.56','v1',7,1,'2026-12-02T07:37:09.010Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-28','NMS_TIER_1','META',1540000,7700,3,'200.00','v1',7,1,'2026-12-02T07:37:09.010Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-28','NMS_TIER_1','MSFT',940000,4700,2,'200.00','v1',7,1,'2026-12-02T07:37:09.010Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-28','NMS_TIER_1','NVDA',3350000,16700,2,'200.60','v1',7,1,'2026-12-02T07:37:09.010Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-28','NMS_TIER_1','TSLA',1600000,8100,2,'197.53','v1',7,1,'2026-12-02T07:37:09.010Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-28','OTC','ZIVO',499,2,1,'249.50','v1',41,NULL,'2026-12-02T07:37:11.357Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-28','OTC','ZLNDY',17881,82,3,'218.06','v1',41,NULL,'2026-12-02T07:37:11.357Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-28','OTC','ZMDTF',31516,25,2,'1260.64','v1',41,NULL,'2026-12-02T07:37:11.357Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-28','OTC','ZNOG',285496,95,2,'3005.22','v1',41,NULL,'2026-12-02T07:37:11.357Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-28','OTC','ZOMDF',94317,17,2,'5548.06','v1',41,NULL,'2026-12-02T07:37:11.357Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-28','OTC','ZPTA',41930,14,1,'2995.00','v1',41,NULL,'2026-12-02T07:37:11.357Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-28','OTC','ZPTAF',200,2,2,'100.00','v1',41,NULL,'2026-12-02T07:37:11.357Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-28','OTC','ZURVY',76674,347,3,'220.96','v1',41,NULL,'2026-12-02T07:37:11.357Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-28','OTC','ZVOI',12002,3,1,'4000.67','v1',41,NULL,'2026-12-02T07:37:11.357Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-28','OTC','ZVSA',6,3,2,'2.00','v1',41,NULL,'2026-12-02T07:37:11.357Z');
INSERT INTO otc_symbol_summary VALUES('2025-12-05','NMS_TIER_1','AAPL',3730000,19800,3,'188.38','v1',10,1,'2026-12-02T07:37:09.019Z');
INSERT INTO otc_symbol_summary VALUES('2025-12-05','NMS_TIER_1','META',1290000,6450,2,'200.00','v1',10,1,'2026-12-02T07:37:09.019Z');
INSERT INTO otc_symbol_summary VALUES('2025-12-05','NMS_TIER_1','MSFT',980000,4900,2,'200.00','v1',10,1,'2026-12-02T07:37:09.019Z');
INSERT INTO otc_symbol_summary VALUES('2025-12-05','NMS_TIER_1','NVDA',3250000,16200,2,'200.62','v1',10,1,'2026-12-02T07:37:09.019Z');
INSERT INTO otc_symbol_summary VALUES('2025-12-05','NMS_TIER_1','TSLA',1700000,8600,2,'197.67','v1',10,1,'2026-12-02T07:37:09.019Z');
INSERT INTO otc_symbol_summary VALUES('2025-12-12','NMS_TIER_1','AAPL',3670000,19400,3,'189.18','v1',13,1,'2026-12-02T07:37:09.026Z');
INSERT INTO otc_symbol_summary VALUES('2025-12-12','NMS_TIER_1','META',1510000,7550,3,'200.00','v1',13,1,'2026-12-02T07:37:09.026Z');
INSERT INTO otc_symbol_summary VALUES('2025-12-12','NMS_TIER_1','MSFT',960000,4800,2,'200.00','v1',13,1,'2026-12-02T07:37:09.026Z');
INSERT INTO otc_symbol_summary VALUES('2025-12-12','NMS_TIER_1','NVDA',3150000,15800,2,'199.37','v1',13,1,'2026-12-02T07:37:09.026Z');
INSERT INTO otc_symbol_summary VALUES('2025-12-12','NMS_TIER_1','TSLA',1770000,8900,2,'198.88','v1',13,1,'2026-12-02T07:37:09.026Z');
INSERT INTO otc_symbol_summary VALUES('2025-12-19','NMS_TIER_1','AAPL',3790000,20100,3,'188.56','v1',16,1,'2026-12-02T07:37:09.034Z');
INSERT INTO otc_symbol_summary VALUES('2025-12-19','NMS_TIER_1','META',1310000,6550,2,'200.00','v1',16,1,'2026-12-02T07:37:09.034Z');
INSERT INTO otc_symbol_summary VALUES('2025-12-19','NMS_TIER_1','MSFT',1000000,5000,2,'200.00','v1',16,1,'2026-12-02T07:37:09.034Z');
INSERT INTO otc_symbol_summary VALUES('2025-12-19','NMS_TIER_1','NVDA',3050000,15300,2,'199.35','v1',16,1,'2026-12-02T07:37:09.034Z');
INSERT INTO otc_symbol_summary VALUES('2025-12-19','NMS_TIER_1','TSLA',1850000,9300,2,'198.92','v1',16,1,'2026-12-02T07:37:09.034Z');
INSERT INTO otc_symbol_summary VALUES('2025-12-19','NMS_TIER_2','HWTH',7300,52,1,'140.38','v1',45,NULL,'2026-12-02T07:37:12.204Z');
INSERT INTO otc_symbol_summary VALUES('2025-12-19','NMS_TIER_2','ORLB',60250,479,2,'125.78','v1',45,NULL,'2026-12-02T07:37:12.204Z');
INSERT INTO otc_symbol_summary VALUES('2025-12-19','NMS_TIER_2','VSPR',2500,9,1,'277.78','v1',45,NULL,'2026-12-02T07:37:12.204Z');
INSERT INTO otc_symbol_summary VALUES('2025-12-26','NMS_TIER_1','HLVN',713050,2555,2,'279.08','v1',49,NULL,'2026-12-02T07:37:12.989Z');
INSERT INTO otc_symbol_summary VALUES('2025-12-26','NMS_TIER_1','MBRK',3580000,12130,2,'295.14','v1',49,NULL,'2026-12-02T07:37:12.989Z');
INSERT INTO otc_symbol_summary VALUES('2025-12-26','NMS_TIER_1','QRTZ',2482500,8473,3,'292.99','v1',49,NULL,'2026-12-02T07:37:12.989Z');
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
    calculated_at       TEXT NOT NULL, trade_share_pct TEXT, avg_trade_size TEXT,
    PRIMARY KEY (week_ending, tier, mpid)
) WITHOUT ROWID;
INSERT INTO otc_venue_share VALUES('2025-11-14','OTC','ARCA',1775724,8655,49,'1.7710','v1',37,NULL,'2026-12-02T07:37:10.577Z','36.8832','205.17');
INSERT INTO otc_venue_share VALUES('2025-11-14','OTC','OTCN',84760703,4817,95,'84.5363','v1',37,NULL,'2026-12-02T07:37:10.577Z','20.5276','17596.16');
INSERT INTO otc_venue_share VALUES('2025-11-14','OTC','OTCX',13675832,6422,77,'13.6396','v1',37,NULL,'2026-12-02T07:37:10.577Z','27.3673','2129.53');
INSERT INTO otc_venue_share VALUES('2025-11-14','OTC','PPEX',53197,3572,79,'0.0531','v1',37,NULL,'2026-12-02T07:37:10.577Z','15.2220','14.89');
INSERT INTO otc_venue_share VALUES('2025-11-21','NMS_TIER_1','CITD',3200000,16200,3,'30.1887','v1',4,1,'2026-12-02T07:37:09.002Z','29.7248','197.53');
INSERT INTO otc_venue_share VALUES('2025-11-21','NMS_TIER_1','JANE',1300000,6600,2,'12.2642','v1',4,1,'2026-12-02T07:37:09.002Z','12.1101','196.97');
INSERT INTO otc_venue_share VALUES('2025-11-21','NMS_TIER_1','NITE',5100000,26500,4,'48.1132','v1',4,1,'2026-12-02T07:37:09.002Z','48.6239','192.45');
INSERT INTO otc_venue_share VALUES('2025-11-21','NMS_TIER_1','VIRT',1000000,5200,2,'9.4340','v1',4,1,'2026-12-02T07:37:09.002Z','9.5413','192.31');
INSERT INTO otc_venue_share VALUES('2025-11-28','NMS_TIER_1','CITD',3220000,16200,3,'29.1403','v1',7,1,'2026-12-02T07:37:09.010Z','28.6726','198.77');
INSERT INTO otc_venue_share VALUES('2025-11-28','NMS_TIER_1','JANE',1640000,8300,3,'14.8416','v1',7,1,'2026-12-02T07:37:09.010Z','14.6903','197.59');
INSERT INTO otc_venue_share VALUES('2025-11-28','NMS_TIER_1','NITE',5120000,26500,4,'46.3348','v1',7,1,'2026-12-02T07:37:09.010Z','46.9027','193.21');
INSERT INTO otc_venue_share VALUES('2025-11-28','NMS_TIER_1','VIRT',1070000,5500,2,'9.6833','v1',7,1,'2026-12-02T07:37:09.010Z','9.7345','194.55');
INSERT INTO otc_venue_share VALUES('2025-11-28','OTC','ARCA',34620,107,2,'6.1764','v1',41,NULL,'2026-12-02T07:37:11.357Z','18.1356','323.55');
INSERT INTO otc_venue_share VALUES('2025-11-28','OTC','OTCN',390713,221,8,'69.7053','v1',41,NULL,'2026-12-02T07:37:11.357Z','37.4576','1767.93');
INSERT INTO otc_venue_share VALUES('2025-11-28','OTC','OTCX',135188,262,9,'24.1183','v1',41,NULL,'2026-12-02T07:37:11.357Z','44.4068','515.98');
INSERT INTO otc_venue_share VALUES('2025-12-05','NMS_TIER_1','CITD',3220000,16200,3,'29.4064','v1',10,1,'2026-12-02T07:37:09.019Z','28.9544','198.77');
INSERT INTO otc_venue_share VALUES('2025-12-05','NMS_TIER_1','JANE',1390000,7000,2,'12.6941','v1',10,1,'2026-12-02T07:37:09.019Z','12.5112','198.57');
INSERT INTO otc_venue_share VALUES('2025-12-05','NMS_TIER_1','NITE',5200000,26950,4,'47.4886','v1',10,1,'2026-12-02T07:37:09.019Z','48.1680','192.95');
INSERT INTO otc_venue_share VALUES('2025-12-05','NMS_TIER_1','VIRT',1140000,5800,2,'10.4110','v1',10,1,'2026-12-02T07:37:09.019Z','10.3664','196.55');
INSERT INTO otc_venue_share VALUES('2025-12-12','NMS_TIER_1','CITD',3140000,15850,3,'28.3906','v1',13,1,'2026-12-02T07:37:09.026Z','28.0779','198.11');
INSERT INTO otc_venue_share VALUES('2025-12-12','NMS_TIER_1','JANE',1360000,6850,2,'12.2966','v1',13,1,'2026-12-02T07:37:09.026Z','12.1346','198.54');
INSERT INTO otc_venue_share VALUES('2025-12-12','NMS_TIER_1','NITE',5160000,26650,4,'46.6546','v1',13,1,'2026-12-02T07:37:09.026Z','47.2099','193.62');
INSERT INTO otc_venue_share VALUES('2025-12-12','NMS_TIER_1','VIRT',1400000,7100,3,'12.6582','v1',13,1,'2026-12-02T07:37:09.026Z','12.5775','197.18');
INSERT INTO otc_venue_share VALUES('2025-12-19','NMS_TIER_1','CITD',3150000,15850,3,'28.6364','v1',16,1,'2026-12-02T07:37:09.034Z','28.1778','198.74');
INSERT INTO otc_venue_share VALUES('2025-12-19','NMS_TIER_1','JANE',1420000,7150,2,'12.9091','v1',16,1,'2026-12-02T07:37:09.034Z','12.7111','198.60');
INSERT INTO otc_venue_share VALUES('2025-12-19','NMS_TIER_1','NITE',5230000,27200,4,'47.5455','v1',16,1,'2026-12-02T07:37:09.034Z','48.3556','192.28');
INSERT INTO otc_venue_share VALUES('2025-12-19','NMS_TIER_1','VIRT',1200000,6050,2,'10.9091','v1',16,1,'2026-12-02T07:37:09.034Z','10.7556','198.35');
INSERT INTO otc_venue_share VALUES('2025-12-19','NMS_TIER_2','DRFT',12040,88,1,'17.1877','v1',45,NULL,'2026-12-02T07:37:12.204Z','16.2963','136.82');
INSERT INTO otc_venue_share VALUES('2025-12-19','NMS_TIER_2','KSTL',50710,400,2,'72.3911','v1',45,NULL,'2026-12-02T07:37:12.204Z','74.0741','126.78');
INSERT INTO otc_venue_share VALUES('2025-12-19','NMS_TIER_2','PNCL',7300,52,1,'10.4211','v1',45,NULL,'2026-12-02T07:37:12.204Z','9.6296','140.38');
INSERT INTO otc_venue_share VALUES('2025-12-26','NMS_TIER_1','DRFT',2930500,9875,2,'43.2511','v1',49,NULL,'2026-12-02T07:37:12.989Z','42.6419','296.76');
INSERT INTO otc_venue_share VALUES('2025-12-26','NMS_TIER_1','KSTL',3345250,11584,3,'49.3724','v1',49,NULL,'2026-12-02T07:37:12.989Z','50.0216','288.78');
INSERT INTO otc_venue_share VALUES('2025-12-26','NMS_TIER_1','PNCL',499800,1699,2,'7.3765','v1',49,NULL,'2026-12-02T07:37:12.989Z','7.3366','294.17');
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
INSERT INTO otc_quality_checks VALUES(1,'2025-11-21','NMS_TIER_1','otc.aggregate_week','no_negative_volumes','INTEGRITY','PASS','0','0',NULL,'no venue rows with negative shares',4,1,'2026-12-02T07:37:09.004Z');
INSERT INTO otc_quality_checks VALUES(2,'2025-11-21','NMS_TIER_1','otc.aggregate_week','no_negative_trades','INTEGRITY','PASS','0','0',NULL,'no venue rows with negative trades',4,1,'2026-12-02T07:37:09.004Z');
INSERT INTO otc_quality_checks VALUES(3,'2025-11-21','NMS_TIER_1','otc.aggregate_week','no_duplicate_natural_keys','INTEGRITY','PASS','0','0',NULL,'no duplicate (symbol, mpid) keys',4,1,'2026-12-02T07:37:09.004Z');
INSERT INTO otc_quality_checks VALUES(4,'2025-11-21','NMS_TIER_1','otc.aggregate_week','market_share_sum_100','BUSINESS_RULE','PASS','100.0001','100.0000','0.1','venue shares sum to 100.0001',4,1,'2026-12-02T07:37:09.004Z');
INSERT INTO otc_quality_checks VALUES(5,'2025-11-21','NMS_TIER_1','otc.aggregate_week','symbol_count_positive','COMPLETENESS','PASS','5','> 0',NULL,'5 symbols',4,1,'2026-12-02T07:37:09.004Z');
INSERT INTO otc_quality_checks VALUES(6,'2025-11-21','NMS_TIER_1','otc.aggregate_week','venue_count_positive','COMPLETENESS','PASS','4','> 0',NULL,'4 venues',4,1,'2026-12-02T07:37:09.004Z');
INSERT INTO otc_quality_checks VALUES(7,'2025-11-28','NMS_TIER_1','otc.aggregate_week','no_negative_volumes','INTEGRITY','PASS','0','0',NULL,'no venue rows with negative shares',7,1,'2026-12-02T07:37:09.012Z');
INSERT INTO otc_quality_checks VALUES(8,'2025-11-28','NMS_TIER_1','otc.aggregate_week','no_negative_trades','INTEGRITY','PASS','0','0',NULL,'no venue rows with negative trades',7,1,'2026-12-02T07:37:09.012Z');
INSERT INTO otc_quality_checks VALUES(9,'2025-11-28','NMS_TIER_1','otc.aggregate_week','no_duplicate_natural_keys','INTEGRITY','PASS','0','0',NULL,'no duplicate (symbol, mpid) keys',7,1,'2026-12-02T07:37:09.012Z');
INSERT INTO otc_quality_checks VALUES(10,'2025-11-28','NMS_TIER_1','otc.aggregate_week','market_share_sum_100','BUSINESS_RULE','PASS','100.0000','100.0000','0.1','venue shares sum to 100.0000',7,1,'2026-12-02T07:37:09.012Z');
INSERT INTO otc_quality_checks VALUES(11,'2025-11-28','NMS_TIER_1','otc.aggregate_week','symbol_count_positive','COMPLETENESS','PASS','5','> 0',NULL,'5 symbols',7,1,'2026-12-02T07:37:09.012Z');
INSERT INTO otc_quality_checks VALUES(12,'2025-11-28','NMS_TIER_1','otc.aggregate_week','venue_count_positive','COMPLETENESS','PASS','4','> 0',NULL,'4 venues',7,1,'2026-12-02T07:37:09.012Z');
INSERT INTO otc_quality_checks VALUES(13,'2025-12-05','NMS_TIER_1','otc.aggregate_week','no_negative_volumes','INTEGRITY','PASS','0','0',NULL,'no venue rows with negative shares',10,1,'2026-12-02T07:37:09.020Z');
INSERT INTO otc_quality_checks VALUES(14,'2025-12-05','NMS_TIER_1','otc.aggregate_week','no_negative_trades','INTEGRITY','PASS','0','0',NULL,'no venue rows with negative trades',10,1,'2026-12-02T07:37:09.020Z');
INSERT INTO otc_quality_checks VALUES(15,'2025-12-05','NMS_TIER_1','otc.aggregate_week','no_duplicate_natural_keys','INTEGRITY','PASS','0','0',NULL,'no duplicate (symbol, mpid) keys',10,1,'2026-12-02T07:37:09.020Z');
INSERT INTO otc_quality_checks VALUES(16,'2025-12-05','NMS_TIER_1','otc.aggregate_week','market_share_sum_100','BUSINESS_RULE','PASS','100.0001','100.0000','0.1','venue shares sum to 100.0001',10,1,'2026-12-02T07:37:09.020Z');
INSERT INTO otc_quality_checks VALUES(17,'2025-12-05','NMS_TIER_1','otc.aggregate_week','symbol_count_positive','COMPLETENESS','PASS','5','> 0',NULL,'5 symbols',10,1,'2026-12-02T07:37:09.020Z');
INSERT INTO otc_quality_checks VALUES(18,'2025-12-05','NMS_TIER_1','otc.aggregate_week','venue_count_positive','COMPLETENESS','PASS','4','> 0',NULL,'4 venues',10,1,'2026-12-02T07:37:09.020Z');
INSERT INTO otc_quality_checks VALUES(19,'2025-12-12','NMS_TIER_1','otc.aggregate_week','no_negative_volumes','INTEGRITY','PASS','0','0',NULL,'no venue rows with negative shares',13,1,'2026-12-02T07:37:09.027Z');
INSERT INTO otc_quality_checks VALUES(20,'2025-12-12','NMS_TIER_1','otc.aggregate_week','no_negative_trades','INTEGRITY','PASS','0','0',NULL,'no venue rows with negative trades',13,1,'2026-12-02T07:37:09.027Z');
INSERT INTO otc_quality_checks VALUES(21,'2025-12-12','NMS_TIER_1','otc.aggregate_week','no_duplicate_natural_keys','INTEGRITY','PASS','0','0',NULL,'no duplicate (symbol, mpid) keys',13,1,'2026-12-02T07:37:09.027Z');
INSERT INTO otc_quality_checks VALUES(22,'2025-12-12','NMS_TIER_1','otc.aggregate_week','market_share_sum_100','BUSINESS_RULE','PASS','100.0000','100.0000','0.1','venue shares sum to 100.0000',13,1,'2026-12-02T07:37:09.027Z');
INSERT INTO otc_quality_checks VALUES(23,'2025-12-12','NMS_TIER_1','otc.aggregate_week','symbol_count_positive','COMPLETENESS','PASS','5','> 0',NULL,'5 symbols',13,1,'2026-12-02T07:37:09.027Z');
INSERT INTO otc_quality_checks VALUES(24,'2025-12-12','NMS_TIER_1','otc.aggregate_week','venue_count_positive','COMPLETENESS','PASS','4','> 0',NULL,'4 venues',13,1,'2026-12-02T07:37:09.027Z');
INSERT INTO otc_quality_checks VALUES(25,'2025-12-19','NMS_TIER_1','otc.aggregate_week','no_negative_volumes','INTEGRITY','PASS','0','0',NULL,'no venue rows with negative shares',16,1,'2026-12-02T07:37:09.035Z');
INSERT INTO otc_quality_checks VALUES(26,'2025-12-19','NMS_TIER_1','otc.aggregate_week','no_negative_trades','INTEGRITY','PASS','0','0',NULL,'no venue rows with negative trades',16,1,'2026-12-02T07:37:09.035Z');
INSERT INTO otc_quality_checks VALUES(27,'2025-12-19','NMS_TIER_1','otc.aggregate_week','no_duplicate_natural_keys','INTEGRITY','PASS','0','0',NULL,'no duplicate (symbol, mpid) keys',16,1,'2026-12-02T07:37:09.035Z');
INSERT INTO otc_quality_checks VALUES(28,'2025-12-19','NMS_TIER_1','otc.aggregate_week','market_share_sum_100','BUSINESS_RULE','PASS','100.0001','100.0000','0.1','venue shares sum to 100.0001',16,1,'2026-12-02T07:37:09.035Z');
INSERT INTO otc_quality_checks VALUES(29,'2025-12-19','NMS_TIER_1','otc.aggregate_week','symbol_count_positive','COMPLETENESS','PASS','5','> 0',NULL,'5 symbols',16,1,'2026-12-02T07:37:09.035Z');
INSERT INTO otc_quality_checks VALUES(30,'2025-12-19','NMS_TIER_1','otc.aggregate_week','venue_count_positive','COMPLETENESS','PASS','4','> 0',NULL,'4 venues',16,1,'2026-12-02T07:37:09.035Z');
INSERT INTO otc_quality_checks VALUES(37,'2025-11-21','NMS_TIER_1','otc.compute_rolling_6w','rolling_window_complete','COMPLETENESS','WARN','0/5 (0.0%)','>= 50% of symbols with 6 weeks',NULL,'0 of 5 symbols have all 6 weeks',20,1,'2026-12-02T07:37:09.044Z');
INSERT INTO otc_quality_checks VALUES(38,'2025-11-21','NMS_TIER_1','otc.compute_rolling_6w','no_zero_rolling_volume','INTEGRITY','PASS','0','0',NULL,'no symbols with a zero 6-week average volume',20,1,'2026-12-02T07:37:09.044Z');
INSERT INTO otc_quality_checks VALUES(39,'2025-11-28','NMS_TIER_1','otc.compute_rolling_6w','rolling_window_complete','COMPLETENESS','WARN','0/5 (0.0%)','>= 50% of symbols with 6 weeks',NULL,'0 of 5 symbols have all 6 weeks',21,1,'2026-12-02T07:37:09.046Z');
INSERT INTO otc_quality_checks VALUES(40,'2025-11-28','NMS_TIER_1','otc.compute_rolling_6w','no_zero_rolling_volume','INTEGRITY','PASS','0','0',NULL,'no symbols with a zero 6-week average volume',21,1,'2026-12-02T07:37:09.046Z');
INSERT INTO otc_quality_checks VALUES(41,'2025-12-05','NMS_TIER_1','otc.compute_rolling_6w','rolling_window_complete','COMPLETENESS','WARN','0/5 (0.0%)','>= 50% of symbols with 6 weeks',NULL,'0 of 5 symbols have all 6 weeks',22,1,'2026-12-02T07:37:09.047Z');
INSERT INTO otc_quality_checks VALUES(42,'2025-12-05','NMS_TIER_1','otc.compute_rolling_6w','no_zero_rolling_volume','INTEGRITY','PASS','0','0',NULL,'no symbols with a zero 6-week average volume',22,1,'2026-12-02T07:37:09.047Z');
INSERT INTO otc_quality_checks VALUES(43,'2025-12-12','NMS_TIER_1','otc.compute_rolling_6w','rolling_window_complete','COMPLETENESS','WARN','0/5 (0.0%)','>= 50% of symbols with 6 weeks',NULL,'0 of 5 symbols have all 6 weeks',23,1,'2026-12-02T07:37:09.048Z');
INSERT INTO otc_quality_checks VALUES(44,'2025-12-12','NMS_TIER_1','otc.compute_rolling_6w','no_zero_rolling_volume','INTEGRITY','PASS','0','0',NULL,'no symbols with a zero 6-week average volume',23,1,'2026-12-02T07:37:09.048Z');
INSERT INTO otc_quality_checks VALUES(45,'2025-12-19','NMS_TIER_1','otc.compute_rolling_6w','rolling_window_complete','COMPLETENESS','WARN','0/5 (0.0%)','>= 50% of symbols with 6 weeks',NULL,'0 of 5 symbols have all 6 weeks',24,1,'2026-12-02T07:37:09.049Z');
INSERT INTO otc_quality_checks VALUES(46,'2025-12-19','NMS_TIER_1','otc.compute_rolling_6w','no_zero_rolling_volume','INTEGRITY','PASS','0','0',NULL,'no symbols with a zero 6-week average volume',24,1,'2026-12-02T07:37:09.049Z');
INSERT INTO otc_quality_checks VALUES(49,'2025-11-14','OTC','otc.aggregate_week','no_negative_volumes','INTEGRITY','PASS','0','0',NULL,'no venue rows with negative shares',37,NULL,'2026-12-02T07:37:10.579Z');
INSERT INTO otc_quality_checks VALUES(50,'2025-11-14','OTC','otc.aggregate_week','no_negative_trades','INTEGRITY','PASS','0','0',NULL,'no venue rows with negative trades',37,NULL,'2026-12-02T07:37:10.579Z');
INSERT INTO otc_quality_checks VALUES(51,'2025-11-14','OTC','otc.aggregate_week','no_duplicate_natural_keys','INTEGRITY','PASS','0','0',NULL,'no duplicate (symbol, mpid) keys',37,NULL,'2026-12-02T07:37:10.579Z');
INSERT INTO otc_quality_checks VALUES(52,'2025-11-14','OTC','otc.aggregate_week','market_share_sum_100','BUSINESS_RULE','PASS','100.0000','100.0000','0.1','venue shares sum to 100.0000',37,NULL,'2026-12-02T07:37:10.579Z');
INSERT INTO otc_quality_checks VALUES(53,'2025-11-14','OTC','otc.aggregate_week','symbol_count_positive','COMPLETENESS','PASS','194','> 0',NULL,'194 symbols',37,NULL,'2026-12-02T07:37:10.579Z');
INSERT INTO otc_quality_checks VALUES(54,'2025-11-14','OTC','otc.aggregate_week','venue_count_positive','COMPLETENESS','PASS','4','> 0',NULL,'4 venues',37,NULL,'2026-12-02T07:37:10.579Z');
INSERT INTO otc_quality_checks VALUES(55,'2025-11-14','OTC','otc.aggregate_week','publication_date_matches_week','BUSINESS_RULE','PASS','2025-12-15','2025-12-15',NULL,'lastUpdateDate 2025-12-15 fits week 2025-11-14 (first published 2025-12-15)',37,NULL,'2026-12-02T07:37:10.579Z');
INSERT INTO otc_quality_checks VALUES(56,'2025-11-14','OTC','otc.compute_rolling_6w','rolling_window_complete','COMPLETENESS','WARN','0/194 (0.0%)','>= 50% of symbols with 6 weeks',NULL,'0 of 194 symbols have all 6 weeks',38,NULL,'2026-12-02T07:37:10.804Z');
INSERT INTO otc_quality_checks VALUES(57,'2025-11-14','OTC','otc.compute_rolling_6w','no_zero_rolling_volume','INTEGRITY','PASS','0','0',NULL,'no symbols with a zero 6-week average volume',38,NULL,'2026-12-02T07:37:10.804Z');
INSERT INTO otc_quality_checks VALUES(58,'2025-11-28','OTC','otc.aggregate_week','no_negative_volumes','INTEGRITY','PASS','0','0',NULL,'no venue rows with negative shares',41,NULL,'2026-12-02T07:37:11.358Z');
INSERT INTO otc_quality_checks VALUES(59,'2025-11-28','OTC','otc.aggregate_week','no_negative_trades','INTEGRITY','PASS','0','0',NULL,'no venue rows with negative trades',41,NULL,'2026-12-02T07:37:11.358Z');
INSERT INTO otc_quality_checks VALUES(60,'2025-11-28','OTC','otc.aggregate_week','no_duplicate_natural_keys','INTEGRITY','PASS','0','0',NULL,'no duplicate (symbol, mpid) keys',41,NULL,'2026-12-02T07:37:11.358Z');
INSERT INTO otc_quality_checks VALUES(61,'2025-11-28','OTC','otc.aggregate_week','market_share_sum_100','BUSINESS_RULE','PASS','100.0000','100.0000','0.1','venue shares sum to 100.0000',41,NULL,'2026-12-02T07:37:11.358Z');
INSERT INTO otc_quality_checks VALUES(62,'2025-11-28','OTC','otc.aggregate_week','symbol_count_positive','COMPLETENESS','PASS','10','> 0',NULL,'10 symbols',41,NULL,'2026-12-02T07:37:11.358Z');
INSERT INTO otc_quality_checks VALUES(63,'2025-11-28','OTC','otc.aggregate_week','venue_count_positive','COMPLETENESS','PASS','3','> 0',NULL,'3 venues',41,NULL,'2026-12-02T07:37:11.358Z');
INSERT INTO otc_quality_checks VALUES(64,'2025-11-28','OTC','otc.aggregate_week','publication_date_matches_week','BUSINESS_RULE','PASS','2025-12-29','2025-12-29',NULL,'lastUpdateDate 2025-12-29 fits week 2025-11-28 (first published 2025-12-29)',41,NULL,'2026-12-02T07:37:11.358Z');
INSERT INTO otc_quality_checks VALUES(65,'2025-11-28','OTC','otc.compute_rolling_6w','rolling_window_complete','COMPLETENESS','WARN','0/204 (0.0%)','>= 50% of symbols with 6 weeks',NULL,'0 of 204 symbols have all 6 weeks',42,NULL,'2026-12-02T07:37:11.571Z');
INSERT INTO otc_quality_checks VALUES(66,'2025-11-28','OTC','otc.compute_rolling_6w','no_zero_rolling_volume','INTEGRITY','WARN','4','0',NULL,'4 symbols with a zero 6-week average volume',42,NULL,'2026-12-02T07:37:11.571Z');
INSERT INTO otc_quality_checks VALUES(67,'2025-12-19','NMS_TIER_2','otc.aggregate_week','no_negative_volumes','INTEGRITY','PASS','0','0',NULL,'no venue rows with negative shares',45,NULL,'2026-12-02T07:37:12.205Z');
INSERT INTO otc_quality_checks VALUES(68,'2025-12-19','NMS_TIER_2','otc.aggregate_week','no_negative_trades','INTEGRITY','PASS','0','0',NULL,'no venue rows with negative trades',45,NULL,'2026-12-02T07:37:12.205Z');
INSERT INTO otc_quality_checks VALUES(69,'2025-12-19','NMS_TIER_2','otc.aggregate_week','no_duplicate_natural_keys','INTEGRITY','PASS','0','0',NULL,'no duplicate (symbol, mpid) keys',45,NULL,'2026-12-02T07:37:12.205Z');
INSERT INTO otc_quality_checks VALUES(70,'2025-12-19','NMS_TIER_2','otc.aggregate_week','market_share_sum_100','BUSINESS_RULE','PASS','99.9999','100.0000','0.1','venue shares sum to 99.9999',45,NULL,'2026-12-02T07:37:12.205Z');
INSERT INTO otc_quality_checks VALUES(71,'2025-12-19','NMS_TIER_2','otc.aggregate_week','symbol_count_positive','COMPLETENESS','PASS','3','> 0',NULL,'3 symbols',45,NULL,'2026-12-02T07:37:12.205Z');
INSERT INTO otc_quality_checks VALUES(72,'2025-12-19','NMS_TIER_2','otc.aggregate_week','venue_count_positive','COMPLETENESS','PASS','3','> 0',NULL,'3 venues',45,NULL,'2026-12-02T07:37:12.205Z');
INSERT INTO otc_quality_checks VALUES(73,'2025-12-19','NMS_TIER_2','otc.aggregate_week','venue_sum_matches_published_total','BUSINESS_RULE','PASS','0/1 symbols differ','0/1 symbols differ','0','per-venue rows add up to FINRA''s published symbol totals',45,NULL,'2026-12-02T07:37:12.205Z');
INSERT INTO otc_quality_checks VALUES(74,'2025-12-19','NMS_TIER_2','otc.compute_rolling_6w','rolling_window_complete','COMPLETENESS','WARN','0/3 (0.0%)','>= 50% of symbols with 6 weeks',NULL,'0 of 3 symbols have all 6 weeks',46,NULL,'2026-12-02T07:37:12.396Z');
INSERT INTO otc_quality_checks VALUES(75,'2025-12-19','NMS_TIER_2','otc.compute_rolling_6w','no_zero_rolling_volume','INTEGRITY','PASS','0','0',NULL,'no symbols with a zero 6-week average volume',46,NULL,'2026-12-02T07:37:12.396Z');
INSERT INTO otc_quality_checks VALUES(76,'2025-12-26','NMS_TIER_1','otc.aggregate_week','no_negative_volumes','INTEGRITY','PASS','0','0',NULL,'no venue rows with negative shares',49,NULL,'2026-12-02T07:37:12.990Z');
INSERT INTO otc_quality_checks VALUES(77,'2025-12-26','NMS_TIER_1','otc.aggregate_week','no_negative_trades','INTEGRITY','PASS','0','0',NULL,'no venue rows with negative trades',49,NULL,'2026-12-02T07:37:12.990Z');
INSERT INTO otc_quality_checks VALUES(78,'2025-12-26','NMS_TIER_1','otc.aggregate_week','no_duplicate_natural_keys','INTEGRITY','PASS','0','0',NULL,'no duplicate (symbol, mpid) keys',49,NULL,'2026-12-02T07:37:12.990Z');
INSERT INTO otc_quality_checks VALUES(79,'2025-12-26','NMS_TIER_1','otc.aggregate_week','market_share_sum_100','BUSINESS_RULE','PASS','100.0000','100.0000','0.1','venue shares sum to 100.0000',49,NULL,'2026-12-02T07:37:12.990Z');
INSERT INTO otc_quality_checks VALUES(80,'2025-12-26','NMS_TIER_1','otc.aggregate_week','symbol_count_positive','COMPLETENESS','PASS','3','> 0',NULL,'3 symbols',49,NULL,'2026-12-02T07:37:12.990Z');
INSERT INTO otc_quality_checks VALUES(81,'2025-12-26','NMS_TIER_1','otc.aggregate_week','venue_count_positive','COMPLETENESS','PASS','3','> 0',NULL,'3 venues',49,NULL,'2026-12-02T07:37:12.990Z');
INSERT INTO otc_quality_checks VALUES(82,'2025-12-26','NMS_TIER_1','otc.aggregate_week','venue_sum_matches_published_total','BUSINESS_RULE','PASS','0/5 symbols differ','0/5 symbols differ','0','per-venue rows add up to FINRA''s published symbol totals',49,NULL,'2026-12-02T07:37:12.990Z');
INSERT INTO otc_quality_checks VALUES(83,'2025-12-26','NMS_TIER_1','otc.compute_rolling_6w','rolling_window_complete','COMPLETENESS','PASS','8/8 (100.0%)','>= 50% of symbols with 6 weeks',NULL,'8 of 8 symbols have all 6 weeks',50,NULL,'2026-12-02T07:37:13.356Z');
INSERT INTO otc_quality_checks VALUES(84,'2025-12-26','NMS_TIER_1','otc.compute_rolling_6w','no_zero_rolling_volume','INTEGRITY','PASS','0','0',NULL,'no symbols with a zero 6-week average volume',50,NULL,'2026-12-02T07:37:13.356Z');
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
    computed_at        TEXT NOT NULL, weeks_traded INTEGER, trend_base_volume INTEGER,
    PRIMARY KEY (week_ending, tier, symbol)
) WITHOUT ROWID;
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','AABB',6794184,174,'FLAT','0.00',1,0,0,'v2',38,NULL,'2026-12-02T07:37:10.802Z',1,6794184);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','AACAY',25955,138,'FLAT','0.00',1,0,0,'v2',38,NULL,'2026-12-02T07:37:10.802Z',1,25955);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','AAGAF',136674,39,'FLAT','0.00',1,0,0,'v2',38,NULL,'2026-12-02T07:37:10.802Z',1,136674);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','AAGC',1055000,5,'FLAT','0.00',1,0,0,'v2',38,NULL,'2026-12-02T07:37:10.802Z',1,1055000);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','AAGFF',116067,28,'FLAT','0.00',1,0,0,'v2',38,NULL,'2026-12-02T07:37:10.802Z',1,116067);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','AAGIY',426491,1715,'FLAT','0.00',1,0,0,'v2',38,NULL,'2026-12-02T07:37:10.802Z',1,426491);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','AAIRF',937,4,'FLAT','0.00',1,0,0,'v2',38,NULL,'2026-12-02T07:37:10.802Z',1,937);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','AALNS',350,36,'FLAT','0.00',1,0,0,'v2',38,NULL,'2026-12-02T07:37:10.802Z',1,350);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','AAMCF',1838,3,'FLAT','0.00',1,0,0,'v2',38,NULL,'2026-12-02T07:37:10.802Z',1,1838);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','AARYS',567,56,'FLAT','0.00',1,0,0,'v2',38,NULL,'2026-12-02T07:37:10.802Z',1,567);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','AATRL',100,1,'FLAT','0.00',1,0,0,'v2',38,NULL,'2026-12-02T07:37:10.802Z',1,100);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','AAUAF',246,3,'FLAT','0.00',1,0,0,'v2',38,NULL,'2026-12-02T07:37:10.802Z',1,246);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','AAVMY',6603,73,'FLAT','0.00',1,0,0,'v2',38,NULL,'2026-12-02T07:37:10.802Z',1,6603);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','AAVVF',502,7,'FLAT','0.00',1,0,0,'v2',38,NULL,'2026-12-02T07:37:10.802Z',1,502);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','AAWH',67456,141,'FLAT','0.00',1,0,0,'v2',38,NULL,'2026-12-02T07:37:10.802Z',1,67456);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','ABBNY',322415,2814,'FLAT','0.00',1,0,0,'v2',38,NULL,'2026-12-02T07:37:10.802Z',1,322415);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','ABBRF',74795,218,'FLAT','0.00',1,0,0,'v2',38,NULL,'2026-12-02T07:37:10.802Z',1,74795);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','ABCP',8465,3,'FLAT','0.00',1,0,0,'v2',38,NULL,'2026-12-02T07:37:10.802Z',1,8465);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','ABEPF',26508,9,'FLAT','0.00',1,0,0,'v2',38,NULL,'2026-12-02T07:37:10.802Z',1,26508);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','ABIT',940391,29,'FLAT','0.00',1,0,0,'v2',38,NULL,'2026-12-02T07:37:10.802Z',1,940391);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','ABMBF',211108,9,'FLAT','0.00',1,0,0,'v2',38,NULL,'2026-12-02T07:37:10.802Z',1,211108);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','ABNAF',43000,4,'FLAT','0.00',1,0,0,'v2',38,NULL,'2026-12-02T07:37:10.802Z',1,43000);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','ABQQ',3556764,14,'FLAT','0.00',1,0,0,'v2',38,NULL,'2026-12-02T07:37:10.802Z',1,3556764);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','ABRKS',1003,95,'FLAT','0.00',1,0,0,'v2',38,NULL,'2026-12-02T07:37:10.802Z',1,1003);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','ABSSF',474,2,'FLAT','0.00',1,0,0,'v2',38,NULL,'2026-12-02T07:37:10.802Z',1,474);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','ABXXF',32555,140,'FLAT','0.00',1,0,0,'v2',38,NULL,'2026-12-02T07:37:10.802Z',1,32555);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','ACCYY',25389,61,'FLAT','0.00',1,0,0,'v2',38,NULL,'2026-12-02T07:37:10.802Z',1,25389);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','ACDVF',14499,62,'FLAT','0.00',1,0,0,'v2',38,NULL,'2026-12-02T07:37:10.802Z',1,14499);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','ACGBY',30298,400,'FLAT','0.00',1,0,0,'v2',38,NULL,'2026-12-02T07:37:10.802Z',1,30298);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','ACGP',165,3,'FLAT','0.00',1,0,0,'v2',38,NULL,'2026-12-02T07:37:10.802Z',1,165);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','ACGX',17499,4,'FLAT','0.00',1,0,0,'v2',38,NULL,'2026-12-02T07:37:10.802Z',1,17499);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','ACHFF',18900,24,'FLAT','0.00',1,0,0,'v2',38,NULL,'2026-12-02T07:37:10.802Z',1,18900);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','ACLLF',392,2,'FLAT','0.00',1,0,0,'v2',38,NULL,'2026-12-02T07:37:10.802Z',1,392);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','ACLLY',610,14,'FLAT','0.00',1,0,0,'v2',38,NULL,'2026-12-02T07:37:10.802Z',1,610);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','ACMB',116509,8,'FLAT','0.00',1,0,0,'v2',38,NULL,'2026-12-02T07:37:10.802Z',1,116509);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','ACMIF',1875,2,'FLAT','0.00',1,0,0,'v2',38,NULL,'2026-12-02T07:37:10.802Z',1,1875);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','ACOPY',2804,13,'FLAT','0.00',1,0,0,'v2',38,NULL,'2026-12-02T07:37:10.802Z',1,2804);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','ACSAY',31828,66,'FLAT','0.00',1,0,0,'v2',38,NULL,'2026-12-02T07:37:10.802Z',1,31828);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','ADAPY',1884979,646,'FLAT','0.00',1,0,0,'v2',38,NULL,'2026-12-02T07:37:10.802Z',1,1884979);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','ADBRF',2600,3,'FLAT','0.00',1,0,0,'v2',38,NULL,'2026-12-02T07:37:10.802Z',1,2600);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','ADCOF',451,1,'FLAT','0.00',1,0,0,'v2',38,NULL,'2026-12-02T07:37:10.802Z',1,451);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','ADDYY',89455,946,'FLAT','0.00',1,0,0,'v2',38,NULL,'2026-12-02T07:37:10.802Z',1,89455);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','ADHC',90000,1,'FLAT','0.00',1,0,0,'v2',38,NULL,'2026-12-02T07:37:10.802Z',1,90000);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','ADIA',5000,1,'FLAT','0.00',1,0,0,'v2',38,NULL,'2026-12-02T07:37:10.802Z',1,5000);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','ADNH',33956,65,'FLAT','0.00',1,0,0,'v2',38,NULL,'2026-12-02T07:37:10.802Z',1,33956);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','ADOOY',216,3,'FLAT','0.00',1,0,0,'v2',38,NULL,'2026-12-02T07:37:10.802Z',1,216);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','ADPXY',2504,82,'FLAT','0.00',1,0,0,'v2',38,NULL,'2026-12-02T07:37:10.802Z',1,2504);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','ADRNY',45919,282,'FLAT','0.00',1,0,0,'v2',38,NULL,'2026-12-02T07:37:10.802Z',1,45919);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','ADRZY',500,2,'FLAT','0.00',1,0,0,'v2',38,NULL,'2026-12-02T07:37:10.802Z',1,500);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','ADTI',1,1,'FLAT','0.00',1,0,0,'v2',38,NULL,'2026-12-02T07:37:10.802Z',1,1);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','ADWPF',101,1,'FLAT','0.00',1,0,0,'v2',38,NULL,'2026-12-02T07:37:10.802Z',1,101);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','ADXS',259,5,'FLAT','0.00',1,0,0,'v2',38,NULL,'2026-12-02T07:37:10.802Z',1,259);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','ADYEY',878188,4953,'FLAT','0.00',1,0,0,'v2',38,NULL,'2026-12-02T07:37:10.802Z',1,878188);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','AEBZY',2720,1,'FLAT','0.00',1,0,0,'v2',38,NULL,'2026-12-02T07:37:10.802Z',1,2720);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','AEGXF',4373,25,'FLAT','0.00',1,0,0,'v2',38,NULL,'2026-12-02T07:37:10.802Z',1,4373);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','AEHCS',438,32,'FLAT','0.00',1,0,0,'v2',38,NULL,'2026-12-02T07:37:10.802Z',1,438);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','AEHDS',145,21,'FLAT','0.00',1,0,0,'v2',38,NULL,'2026-12-02T07:37:10.802Z',1,145);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','AEHES',618,58,'FLAT','0.00',1,0,0,'v2',38,NULL,'2026-12-02T07:37:10.802Z',1,618);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','AEHFS',1258,70,'FLAT','0.00',1,0,0,'v2',38,NULL,'2026-12-02T07:37:10.802Z',1,1258);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','AEHGS',1605,122,'FLAT','0.00',1,0,0,'v2',38,NULL,'2026-12-02T07:37:10.802Z',1,1605);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','AEHHS',221,24,'FLAT','0.00',1,0,0,'v2',38,NULL,'2026-12-02T07:37:10.802Z',1,221);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','AEHJS',210,23,'FLAT','0.00',1,0,0,'v2',38,NULL,'2026-12-02T07:37:10.802Z',1,210);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','AEHKS',555,44,'FLAT','0.00',1,0,0,'v2',38,NULL,'2026-12-02T07:37:10.802Z',1,555);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','AEHMS',232,29,'FLAT','0.00',1,0,0,'v2',38,NULL,'2026-12-02T07:37:10.802Z',1,232);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','AEHNS',146,27,'FLAT','0.00',1,0,0,'v2',38,NULL,'2026-12-02T07:37:10.802Z',1,146);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','AEHOS',129,13,'FLAT','0.00',1,0,0,'v2',38,NULL,'2026-12-02T07:37:10.802Z',1,129);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','AEHPS',683,59,'FLAT','0.00',1,0,0,'v2',38,NULL,'2026-12-02T07:37:10.802Z',1,683);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','AEHQS',1041,69,'FLAT','0.00',1,0,0,'v2',38,NULL,'2026-12-02T07:37:10.802Z',1,1041);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','AEHSS',110,15,'FLAT','0.00',1,0,0,'v2',38,NULL,'2026-12-02T07:37:10.802Z',1,110);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','AELLS',1406,133,'FLAT','0.00',1,0,0,'v2',38,NULL,'2026-12-02T07:37:10.802Z',1,1406);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','AERG',8876,20,'FLAT','0.00',1,0,0,'v2',38,NULL,'2026-12-02T07:37:10.802Z',1,8876);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','AETHD',27,1,'FLAT','0.00',1,0,0,'v2',38,NULL,'2026-12-02T07:37:10.802Z',1,27);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','AETUF',25941,124,'FLAT','0.00',1,0,0,'v2',38,NULL,'2026-12-02T07:37:10.802Z',1,25941);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','AEYPS',10,4,'FLAT','0.00',1,0,0,'v2',38,NULL,'2026-12-02T07:37:10.802Z',1,10);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','AFFS',16815,8,'FLAT','0.00',1,0,0,'v2',38,NULL,'2026-12-02T07:37:10.802Z',1,16815);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','AFFT',3970,1,'FLAT','0.00',1,0,0,'v2',38,NULL,'2026-12-02T07:37:10.802Z',1,3970);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','AFFU',19456001,51,'FLAT','0.00',1,0,0,'v2',38,NULL,'2026-12-02T07:37:10.802Z',1,19456001);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','AFFY',65,1,'FLAT','0.00',1,0,0,'v2',38,NULL,'2026-12-02T07:37:10.802Z',1,65);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','AFIB',5253,2,'FLAT','0.00',1,0,0,'v2',38,NULL,'2026-12-02T07:37:10.802Z',1,5253);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','AFLYY',663340,1044,'FLAT','0.00',1,0,0,'v2',38,NULL,'2026-12-02T07:37:10.802Z',1,663340);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','AFMJF',4800,8,'FLAT','0.00',1,0,0,'v2',38,NULL,'2026-12-02T07:37:10.802Z',1,4800);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','AFSIA',66,1,'FLAT','0.00',1,0,0,'v2',38,NULL,'2026-12-02T07:37:10.802Z',1,66);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','AFSIB',800,4,'FLAT','0.00',1,0,0,'v2',38,NULL,'2026-12-02T07:37:10.802Z',1,800);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','AFSIM',245,1,'FLAT','0.00',1,0,0,'v2',38,NULL,'2026-12-02T07:37:10.802Z',1,245);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','AFSIN',1980,7,'FLAT','0.00',1,0,0,'v2',38,NULL,'2026-12-02T07:37:10.802Z',1,1980);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','AFTWS',20,8,'FLAT','0.00',1,0,0,'v2',38,NULL,'2026-12-02T07:37:10.802Z',1,20);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','AGAGF',360557,67,'FLAT','0.00',1,0,0,'v2',38,NULL,'2026-12-02T07:37:10.802Z',1,360557);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','AGESY',1063,19,'FLAT','0.00',1,0,0,'v2',38,NULL,'2026-12-02T07:37:10.802Z',1,1063);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','AGFMF',562,5,'FLAT','0.00',1,0,0,'v2',38,NULL,'2026-12-02T07:37:10.802Z',1,562);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','AGIN',100548,2,'FLAT','0.00',1,0,0,'v2',38,NULL,'2026-12-02T07:37:10.802Z',1,100548);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','AGLXY',111,1,'FLAT','0.00',1,0,0,'v2',38,NULL,'2026-12-02T07:37:10.802Z',1,111);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','AGMRF',14300,32,'FLAT','0.00',1,0,0,'v2',38,NULL,'2026-12-02T07:37:10.802Z',1,14300);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','AGNPF',840,2,'FLAT','0.00',1,0,0,'v2',38,NULL,'2026-12-02T07:37:10.802Z',1,840);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','AGRPY',67,1,'FLAT','0.00',1,0,0,'v2',38,NULL,'2026-12-02T07:37:10.802Z',1,67);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','AGXPF',144316,19,'FLAT','0.00',1,0,0,'v2',38,NULL,'2026-12-02T07:37:10.802Z',1,144316);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','AGYP',360000,5,'FLAT','0.00',1,0,0,'v2',38,NULL,'2026-12-02T07:37:10.802Z',1,360000);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','AHADS',346,35,'FLAT','0.00',1,0,0,'v2',38,NULL,'2026-12-02T07:37:10.802Z',1,346);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','AHANS',885,55,'FLAT','0.00',1,0,0,'v2',38,NULL,'2026-12-02T07:37:10.802Z',1,885);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','AHARS',1895,87,'FLAT','0.00',1,0,0,'v2',38,NULL,'2026-12-02T07:37:10.802Z',1,1895);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','AHATS',1205,92,'FLAT','0.00',1,0,0,'v2',38,NULL,'2026-12-02T07:37:10.802Z',1,1205);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','AHBCS',1028,95,'FLAT','0.00',1,0,0,'v2',38,NULL,'2026-12-02T07:37:10.802Z',1,1028);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','AHBFS',3027,63,'FLAT','0.00',1,0,0,'v2',38,NULL,'2026-12-02T07:37:10.802Z',1,3027);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','AHBXS',230,23,'FLAT','0.00',1,0,0,'v2',38,NULL,'2026-12-02T07:37:10.802Z',1,230);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','AHCHY',9510,85,'FLAT','0.00',1,0,0,'v2',38,NULL,'2026-12-02T07:37:10.802Z',1,9510);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','AHCMS',924,56,'FLAT','0.00',1,0,0,'v2',38,NULL,'2026-12-02T07:37:10.802Z',1,924);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','AHEIS',645,72,'FLAT','0.00',1,0,0,'v2',38,NULL,'2026-12-02T07:37:10.802Z',1,645);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','AHEWS',910,76,'FLAT','0.00',1,0,0,'v2',38,NULL,'2026-12-02T07:37:10.802Z',1,910);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','AHEXY',10695,131,'FLAT','0.00',1,0,0,'v2',38,NULL,'2026-12-02T07:37:10.802Z',1,10695);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','AHFXS',892,63,'FLAT','0.00',1,0,0,'v2',38,NULL,'2026-12-02T07:37:10.802Z',1,892);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','AHGLS',812,51,'FLAT','0.00',1,0,0,'v2',38,NULL,'2026-12-02T07:37:10.802Z',1,812);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','AHGNS',1973,98,'FLAT','0.00',1,0,0,'v2',38,NULL,'2026-12-02T07:37:10.802Z',1,1973);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','AHHMS',369,38,'FLAT','0.00',1,0,0,'v2',38,NULL,'2026-12-02T07:37:10.802Z',1,369);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','AHHOS',212,20,'FLAT','0.00',1,0,0,'v2',38,NULL,'2026-12-02T07:37:10.802Z',1,212);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','AHHYS',1651,106,'FLAT','0.00',1,0,0,'v2',38,NULL,'2026-12-02T07:37:10.802Z',1,1651);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','AHJHS',934,62,'FLAT','0.00',1,0,0,'v2',38,NULL,'2026-12-02T07:37:10.802Z',1,934);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','AHKSY',2576,18,'FLAT','0.00',1,0,0,'v2',38,NULL,'2026-12-02T07:37:10.802Z',1,2576);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','AHKYS',1000,61,'FLAT','0.00',1,0,0,'v2',38,NULL,'2026-12-02T07:37:10.802Z',1,1000);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','AHLAS',2,1,'FLAT','0.00',1,0,0,'v2',38,NULL,'2026-12-02T07:37:10.802Z',1,2);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','AHLCS',5,1,'FLAT','0.00',1,0,0,'v2',38,NULL,'2026-12-02T07:37:10.802Z',1,5);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','AHLES',6,1,'FLAT','0.00',1,0,0,'v2',38,NULL,'2026-12-02T07:37:10.802Z',1,6);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','AHLFS',20,4,'FLAT','0.00',1,0,0,'v2',38,NULL,'2026-12-02T07:37:10.802Z',1,20);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','AHLGS',10,2,'FLAT','0.00',1,0,0,'v2',38,NULL,'2026-12-02T07:37:10.802Z',1,10);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','AHLJS',3,2,'FLAT','0.00',1,0,0,'v2',38,NULL,'2026-12-02T07:37:10.802Z',1,3);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','AHLNS',1,1,'FLAT','0.00',1,0,0,'v2',38,NULL,'2026-12-02T07:37:10.802Z',1,1);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','AHLSS',80,2,'FLAT','0.00',1,0,0,'v2',38,NULL,'2026-12-02T07:37:10.802Z',1,80);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','AHLUS',102,2,'FLAT','0.00',1,0,0,'v2',38,NULL,'2026-12-02T07:37:10.802Z',1,102);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','AHLVS',1417,76,'FLAT','0.00',1,0,0,'v2',38,NULL,'2026-12-02T07:37:10.802Z',1,1417);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','AHLXS',395,41,'FLAT','0.00',1,0,0,'v2',38,NULL,'2026-12-02T07:37:10.802Z',1,395);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','AHMCS',776,48,'FLAT','0.00',1,0,0,'v2',38,NULL,'2026-12-02T07:37:10.802Z',1,776);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','AHNBS',1435,73,'FLAT','0.00',1,0,0,'v2',38,NULL,'2026-12-02T07:37:10.802Z',1,1435);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','AHNRF',57696,16,'FLAT','0.00',1,0,0,'v2',38,NULL,'2026-12-02T07:37:10.802Z',1,57696);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','AHNTS',525,49,'FLAT','0.00',1,0,0,'v2',38,NULL,'2026-12-02T07:37:10.802Z',1,525);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','AHOBS',991,77,'FLAT','0.00',1,0,0,'v2',38,NULL,'2026-12-02T07:37:10.802Z',1,991);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','AHOMS',321,37,'FLAT','0.00',1,0,0,'v2',38,NULL,'2026-12-02T07:37:10.802Z',1,321);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','AHPHS',256,34,'FLAT','0.00',1,0,0,'v2',38,NULL,'2026-12-02T07:37:10.802Z',1,256);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','AHPMS',4171,140,'FLAT','0.00',1,0,0,'v2',38,NULL,'2026-12-02T07:37:10.802Z',1,4171);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','AHPSS',2220,96,'FLAT','0.00',1,0,0,'v2',38,NULL,'2026-12-02T07:37:10.802Z',1,2220);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','AHRFS',722,60,'FLAT','0.00',1,0,0,'v2',38,NULL,'2026-12-02T07:37:10.802Z',1,722);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','AHRKS',1015,93,'FLAT','0.00',1,0,0,'v2',38,NULL,'2026-12-02T07:37:10.802Z',1,1015);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','AHRWS',1369,71,'FLAT','0.00',1,0,0,'v2',38,NULL,'2026-12-02T07:37:10.802Z',1,1369);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','AHSMS',863,52,'FLAT','0.00',1,0,0,'v2',38,NULL,'2026-12-02T07:37:10.802Z',1,863);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','AHSOS',475,47,'FLAT','0.00',1,0,0,'v2',38,NULL,'2026-12-02T07:37:10.802Z',1,475);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','AHSQS',976,66,'FLAT','0.00',1,0,0,'v2',38,NULL,'2026-12-02T07:37:10.802Z',1,976);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','AHSSS',983,56,'FLAT','0.00',1,0,0,'v2',38,NULL,'2026-12-02T07:37:10.802Z',1,983);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','AHSVS',1683,112,'FLAT','0.00',1,0,0,'v2',38,NULL,'2026-12-02T07:37:10.802Z',1,1683);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','AHTYS',970,68,'FLAT','0.00',1,0,0,'v2',38,NULL,'2026-12-02T07:37:10.802Z',1,970);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','AHVAS',5,1,'FLAT','0.00',1,0,0,'v2',38,NULL,'2026-12-02T07:37:10.802Z',1,5);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','AHWHS',1002,61,'FLAT','0.00',1,0,0,'v2',38,NULL,'2026-12-02T07:37:10.802Z',1,1002);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','AIBGY',58287,646,'FLAT','0.00',1,0,0,'v2',38,NULL,'2026-12-02T07:37:10.802Z',1,58287);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','AIBT',173008,2,'FLAT','0.00',1,0,0,'v2',38,NULL,'2026-12-02T07:37:10.802Z',1,173008);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','AIJTY',2350,2,'FLAT','0.00',1,0,0,'v2',38,NULL,'2026-12-02T07:37:10.802Z',1,2350);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','AIMFF',1500,4,'FLAT','0.00',1,0,0,'v2',38,NULL,'2026-12-02T07:37:10.802Z',1,1500);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','AIMLF',260600,9,'FLAT','0.00',1,0,0,'v2',38,NULL,'2026-12-02T07:37:10.802Z',1,260600);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','AINMF',2200,1,'FLAT','0.00',1,0,0,'v2',38,NULL,'2026-12-02T07:37:10.802Z',1,2200);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','AIPUY',100,1,'FLAT','0.00',1,0,0,'v2',38,NULL,'2026-12-02T07:37:10.802Z',1,100);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','AIQUY',173924,1228,'FLAT','0.00',1,0,0,'v2',38,NULL,'2026-12-02T07:37:10.802Z',1,173924);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','AIRDF',38000,11,'FLAT','0.00',1,0,0,'v2',38,NULL,'2026-12-02T07:37:10.802Z',1,38000);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','AIRRF',8272,7,'FLAT','0.00',1,0,0,'v2',38,NULL,'2026-12-02T07:37:10.802Z',1,8272);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','AITX',60203649,246,'FLAT','0.00',1,0,0,'v2',38,NULL,'2026-12-02T07:37:10.802Z',1,60203649);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','AJINY',21239,156,'FLAT','0.00',1,0,0,'v2',38,NULL,'2026-12-02T07:37:10.802Z',1,21239);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','AKBTY',702,4,'FLAT','0.00',1,0,0,'v2',38,NULL,'2026-12-02T07:37:10.802Z',1,702);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','AKEMF',95209,9,'FLAT','0.00',1,0,0,'v2',38,NULL,'2026-12-02T07:37:10.802Z',1,95209);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','AKGSS',1,1,'FLAT','0.00',1,0,0,'v2',38,NULL,'2026-12-02T07:37:10.802Z',1,1);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','AKOJS',15,4,'FLAT','0.00',1,0,0,'v2',38,NULL,'2026-12-02T07:37:10.802Z',1,15);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','AKPJS',55,16,'FLAT','0.00',1,0,0,'v2',38,NULL,'2026-12-02T07:37:10.802Z',1,55);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','AKPPS',18,11,'FLAT','0.00',1,0,0,'v2',38,NULL,'2026-12-02T07:37:10.802Z',1,18);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','AKPQS',4,3,'FLAT','0.00',1,0,0,'v2',38,NULL,'2026-12-02T07:37:10.802Z',1,4);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','AKPRS',2,2,'FLAT','0.00',1,0,0,'v2',38,NULL,'2026-12-02T07:37:10.802Z',1,2);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','AKPXS',24,7,'FLAT','0.00',1,0,0,'v2',38,NULL,'2026-12-02T07:37:10.802Z',1,24);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','AKPZS',9,8,'FLAT','0.00',1,0,0,'v2',38,NULL,'2026-12-02T07:37:10.802Z',1,9);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','AKRBY',983,3,'FLAT','0.00',1,0,0,'v2',38,NULL,'2026-12-02T07:37:10.802Z',1,983);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','AKRYY',100,1,'FLAT','0.00',1,0,0,'v2',38,NULL,'2026-12-02T07:37:10.802Z',1,100);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','AKTAF',1001,6,'FLAT','0.00',1,0,0,'v2',38,NULL,'2026-12-02T07:37:10.802Z',1,1001);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','AKZAS',11,5,'FLAT','0.00',1,0,0,'v2',38,NULL,'2026-12-02T07:37:10.802Z',1,11);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','AKZOY',38238,186,'FLAT','0.00',1,0,0,'v2',38,NULL,'2026-12-02T07:37:10.802Z',1,38238);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','ALFVY',10451,72,'FLAT','0.00',1,0,0,'v2',38,NULL,'2026-12-02T07:37:10.802Z',1,10451);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','ALGYS',196,20,'FLAT','0.00',1,0,0,'v2',38,NULL,'2026-12-02T07:37:10.802Z',1,196);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','ALIZY',272046,1343,'FLAT','0.00',1,0,0,'v2',38,NULL,'2026-12-02T07:37:10.802Z',1,272046);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','ALLGF',135,2,'FLAT','0.00',1,0,0,'v2',38,NULL,'2026-12-02T07:37:10.802Z',1,135);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','ALNPY',41,4,'FLAT','0.00',1,0,0,'v2',38,NULL,'2026-12-02T07:37:10.802Z',1,41);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','ALOIS',378,30,'FLAT','0.00',1,0,0,'v2',38,NULL,'2026-12-02T07:37:10.802Z',1,378);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','ALPIB',2629,34,'FLAT','0.00',1,0,0,'v2',38,NULL,'2026-12-02T07:37:10.802Z',1,2629);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','ALPMY',77637,424,'FLAT','0.00',1,0,0,'v2',38,NULL,'2026-12-02T07:37:10.802Z',1,77637);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','ALRTF',100,1,'FLAT','0.00',1,0,0,'v2',38,NULL,'2026-12-02T07:37:10.802Z',1,100);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','ALSAF',1,1,'FLAT','0.00',1,0,0,'v2',38,NULL,'2026-12-02T07:37:10.802Z',1,1);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','ALSMY',301668,182,'FLAT','0.00',1,0,0,'v2',38,NULL,'2026-12-02T07:37:10.802Z',1,301668);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','ALVLF',2000,1,'FLAT','0.00',1,0,0,'v2',38,NULL,'2026-12-02T07:37:10.802Z',1,2000);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','ALVOF',11895,25,'FLAT','0.00',1,0,0,'v2',38,NULL,'2026-12-02T07:37:10.802Z',1,11895);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','ALYAF',2700,21,'FLAT','0.00',1,0,0,'v2',38,NULL,'2026-12-02T07:37:10.802Z',1,2700);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','ALYI',2000,1,'FLAT','0.00',1,0,0,'v2',38,NULL,'2026-12-02T07:37:10.802Z',1,2000);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','AMADY',19102,260,'FLAT','0.00',1,0,0,'v2',38,NULL,'2026-12-02T07:37:10.802Z',1,19102);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','AMBIQ',1385,12,'FLAT','0.00',1,0,0,'v2',38,NULL,'2026-12-02T07:37:10.802Z',1,1385);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','AMBWQ',20783,2,'FLAT','0.00',1,0,0,'v2',38,NULL,'2026-12-02T07:37:10.802Z',1,20783);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','AMBZ',6786,61,'FLAT','0.00',1,0,0,'v2',38,NULL,'2026-12-02T07:37:10.802Z',1,6786);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-21','NMS_TIER_1','AAPL',3500000,18800,'FLAT','0.00',1,0,0,'v2',20,1,'2026-12-02T07:37:09.044Z',1,3500000);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-21','NMS_TIER_1','META',1200000,6000,'FLAT','0.00',1,0,0,'v2',20,1,'2026-12-02T07:37:09.044Z',1,1200000);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-21','NMS_TIER_1','MSFT',900000,4500,'FLAT','0.00',1,0,0,'v2',20,1,'2026-12-02T07:37:09.044Z',1,900000);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-21','NMS_TIER_1','NVDA',3500000,17500,'FLAT','0.00',1,0,0,'v2',20,1,'2026-12-02T07:37:09.044Z',1,3500000);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-21','NMS_TIER_1','TSLA',1500000,7700,'FLAT','0.00',1,0,0,'v2',20,1,'2026-12-02T07:37:09.044Z',1,1500000);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','NMS_TIER_1','AAPL',3560000,19050,'FLAT','3.43',2,0,0,'v2',21,1,'2026-12-02T07:37:09.046Z',2,3500000);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','NMS_TIER_1','META',1370000,6850,'UP','28.33',2,0,0,'v2',21,1,'2026-12-02T07:37:09.046Z',2,1200000);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','NMS_TIER_1','MSFT',920000,4600,'FLAT','4.44',2,0,0,'v2',21,1,'2026-12-02T07:37:09.046Z',2,900000);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','NMS_TIER_1','NVDA',3425000,17100,'FLAT','-4.29',2,0,0,'v2',21,1,'2026-12-02T07:37:09.046Z',2,3500000);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','NMS_TIER_1','TSLA',1550000,7900,'UP','6.67',2,0,0,'v2',21,1,'2026-12-02T07:37:09.046Z',2,1500000);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','AABB',3397092,87,'DOWN','-100.00',2,0,0,'v2',42,NULL,'2026-12-02T07:37:11.569Z',1,6794184);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','AACAY',12977,69,'DOWN','-100.00',2,0,0,'v2',42,NULL,'2026-12-02T07:37:11.569Z',1,25955);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','AAGAF',68337,19,'DOWN','-100.00',2,0,0,'v2',42,NULL,'2026-12-02T07:37:11.569Z',1,136674);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','AAGC',527500,2,'DOWN','-100.00',2,0,0,'v2',42,NULL,'2026-12-02T07:37:11.569Z',1,1055000);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','AAGFF',58033,14,'DOWN','-100.00',2,0,0,'v2',42,NULL,'2026-12-02T07:37:11.569Z',1,116067);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','AAGIY',213245,857,'DOWN','-100.00',2,0,0,'v2',42,NULL,'2026-12-02T07:37:11.569Z',1,426491);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','AAIRF',468,2,'DOWN','-100.00',2,0,0,'v2',42,NULL,'2026-12-02T07:37:11.569Z',1,937);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','AALNS',175,18,'DOWN','-100.00',2,0,0,'v2',42,NULL,'2026-12-02T07:37:11.569Z',1,350);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','AAMCF',919,1,'DOWN','-100.00',2,0,0,'v2',42,NULL,'2026-12-02T07:37:11.569Z',1,1838);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','AARYS',283,28,'DOWN','-100.00',2,0,0,'v2',42,NULL,'2026-12-02T07:37:11.569Z',1,567);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','AATRL',50,0,'DOWN','-100.00',2,0,0,'v2',42,NULL,'2026-12-02T07:37:11.569Z',1,100);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','AAUAF',123,1,'DOWN','-100.00',2,0,0,'v2',42,NULL,'2026-12-02T07:37:11.569Z',1,246);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','AAVMY',3301,36,'DOWN','-100.00',2,0,0,'v2',42,NULL,'2026-12-02T07:37:11.569Z',1,6603);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','AAVVF',251,3,'DOWN','-100.00',2,0,0,'v2',42,NULL,'2026-12-02T07:37:11.569Z',1,502);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','AAWH',33728,70,'DOWN','-100.00',2,0,0,'v2',42,NULL,'2026-12-02T07:37:11.569Z',1,67456);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','ABBNY',161207,1407,'DOWN','-100.00',2,0,0,'v2',42,NULL,'2026-12-02T07:37:11.569Z',1,322415);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','ABBRF',37397,109,'DOWN','-100.00',2,0,0,'v2',42,NULL,'2026-12-02T07:37:11.569Z',1,74795);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','ABCP',4232,1,'DOWN','-100.00',2,0,0,'v2',42,NULL,'2026-12-02T07:37:11.569Z',1,8465);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','ABEPF',13254,4,'DOWN','-100.00',2,0,0,'v2',42,NULL,'2026-12-02T07:37:11.569Z',1,26508);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','ABIT',470195,14,'DOWN','-100.00',2,0,0,'v2',42,NULL,'2026-12-02T07:37:11.569Z',1,940391);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','ABMBF',105554,4,'DOWN','-100.00',2,0,0,'v2',42,NULL,'2026-12-02T07:37:11.569Z',1,211108);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','ABNAF',21500,2,'DOWN','-100.00',2,0,0,'v2',42,NULL,'2026-12-02T07:37:11.569Z',1,43000);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','ABQQ',1778382,7,'DOWN','-100.00',2,0,0,'v2',42,NULL,'2026-12-02T07:37:11.569Z',1,3556764);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','ABRKS',501,47,'DOWN','-100.00',2,0,0,'v2',42,NULL,'2026-12-02T07:37:11.569Z',1,1003);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','ABSSF',237,1,'DOWN','-100.00',2,0,0,'v2',42,NULL,'2026-12-02T07:37:11.569Z',1,474);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','ABXXF',16277,70,'DOWN','-100.00',2,0,0,'v2',42,NULL,'2026-12-02T07:37:11.569Z',1,32555);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','ACCYY',12694,30,'DOWN','-100.00',2,0,0,'v2',42,NULL,'2026-12-02T07:37:11.569Z',1,25389);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','ACDVF',7249,31,'DOWN','-100.00',2,0,0,'v2',42,NULL,'2026-12-02T07:37:11.569Z',1,14499);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','ACGBY',15149,200,'DOWN','-100.00',2,0,0,'v2',42,NULL,'2026-12-02T07:37:11.569Z',1,30298);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','ACGP',82,1,'DOWN','-100.00',2,0,0,'v2',42,NULL,'2026-12-02T07:37:11.569Z',1,165);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','ACGX',8749,2,'DOWN','-100.00',2,0,0,'v2',42,NULL,'2026-12-02T07:37:11.569Z',1,17499);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','ACHFF',9450,12,'DOWN','-100.00',2,0,0,'v2',42,NULL,'2026-12-02T07:37:11.569Z',1,18900);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','ACLLF',196,1,'DOWN','-100.00',2,0,0,'v2',42,NULL,'2026-12-02T07:37:11.569Z',1,392);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','ACLLY',305,7,'DOWN','-100.00',2,0,0,'v2',42,NULL,'2026-12-02T07:37:11.569Z',1,610);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','ACMB',58254,4,'DOWN','-100.00',2,0,0,'v2',42,NULL,'2026-12-02T07:37:11.569Z',1,116509);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','ACMIF',937,1,'DOWN','-100.00',2,0,0,'v2',42,NULL,'2026-12-02T07:37:11.569Z',1,1875);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','ACOPY',1402,6,'DOWN','-100.00',2,0,0,'v2',42,NULL,'2026-12-02T07:37:11.569Z',1,2804);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','ACSAY',15914,33,'DOWN','-100.00',2,0,0,'v2',42,NULL,'2026-12-02T07:37:11.569Z',1,31828);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','ADAPY',942489,323,'DOWN','-100.00',2,0,0,'v2',42,NULL,'2026-12-02T07:37:11.569Z',1,1884979);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','ADBRF',1300,1,'DOWN','-100.00',2,0,0,'v2',42,NULL,'2026-12-02T07:37:11.569Z',1,2600);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','ADCOF',225,0,'DOWN','-100.00',2,0,0,'v2',42,NULL,'2026-12-02T07:37:11.569Z',1,451);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','ADDYY',44727,473,'DOWN','-100.00',2,0,0,'v2',42,NULL,'2026-12-02T07:37:11.569Z',1,89455);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','ADHC',45000,0,'DOWN','-100.00',2,0,0,'v2',42,NULL,'2026-12-02T07:37:11.569Z',1,90000);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','ADIA',2500,0,'DOWN','-100.00',2,0,0,'v2',42,NULL,'2026-12-02T07:37:11.569Z',1,5000);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','ADNH',16978,32,'DOWN','-100.00',2,0,0,'v2',42,NULL,'2026-12-02T07:37:11.569Z',1,33956);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','ADOOY',108,1,'DOWN','-100.00',2,0,0,'v2',42,NULL,'2026-12-02T07:37:11.569Z',1,216);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','ADPXY',1252,41,'DOWN','-100.00',2,0,0,'v2',42,NULL,'2026-12-02T07:37:11.569Z',1,2504);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','ADRNY',22959,141,'DOWN','-100.00',2,0,0,'v2',42,NULL,'2026-12-02T07:37:11.569Z',1,45919);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','ADRZY',250,1,'DOWN','-100.00',2,0,0,'v2',42,NULL,'2026-12-02T07:37:11.569Z',1,500);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','ADTI',0,0,'DOWN','-100.00',2,0,0,'v2',42,NULL,'2026-12-02T07:37:11.569Z',1,1);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','ADWPF',50,0,'DOWN','-100.00',2,0,0,'v2',42,NULL,'2026-12-02T07:37:11.569Z',1,101);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','ADXS',129,2,'DOWN','-100.00',2,0,0,'v2',42,NULL,'2026-12-02T07:37:11.569Z',1,259);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','ADYEY',439094,2476,'DOWN','-100.00',2,0,0,'v2',42,NULL,'2026-12-02T07:37:11.569Z',1,878188);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','AEBZY',1360,0,'DOWN','-100.00',2,0,0,'v2',42,NULL,'2026-12-02T07:37:11.569Z',1,2720);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','AEGXF',2186,12,'DOWN','-100.00',2,0,0,'v2',42,NULL,'2026-12-02T07:37:11.569Z',1,4373);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','AEHCS',219,16,'DOWN','-100.00',2,0,0,'v2',42,NULL,'2026-12-02T07:37:11.569Z',1,438);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','AEHDS',72,10,'DOWN','-100.00',2,0,0,'v2',42,NULL,'2026-12-02T07:37:11.569Z',1,145);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','AEHES',309,29,'DOWN','-100.00',2,0,0,'v2',42,NULL,'2026-12-02T07:37:11.569Z',1,618);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','AEHFS',629,35,'DOWN','-100.00',2,0,0,'v2',42,NULL,'2026-12-02T07:37:11.569Z',1,1258);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','AEHGS',802,61,'DOWN','-100.00',2,0,0,'v2',42,NULL,'2026-12-02T07:37:11.569Z',1,1605);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','AEHHS',110,12,'DOWN','-100.00',2,0,0,'v2',42,NULL,'2026-12-02T07:37:11.569Z',1,221);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','AEHJS',105,11,'DOWN','-100.00',2,0,0,'v2',42,NULL,'2026-12-02T07:37:11.569Z',1,210);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','AEHKS',277,22,'DOWN','-100.00',2,0,0,'v2',42,NULL,'2026-12-02T07:37:11.569Z',1,555);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','AEHMS',116,14,'DOWN','-100.00',2,0,0,'v2',42,NULL,'2026-12-02T07:37:11.569Z',1,232);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','AEHNS',73,13,'DOWN','-100.00',2,0,0,'v2',42,NULL,'2026-12-02T07:37:11.569Z',1,146);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','AEHOS',64,6,'DOWN','-100.00',2,0,0,'v2',42,NULL,'2026-12-02T07:37:11.569Z',1,129);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','AEHPS',341,29,'DOWN','-100.00',2,0,0,'v2',42,NULL,'2026-12-02T07:37:11.569Z',1,683);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','AEHQS',520,34,'DOWN','-100.00',2,0,0,'v2',42,NULL,'2026-12-02T07:37:11.569Z',1,1041);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','AEHSS',55,7,'DOWN','-100.00',2,0,0,'v2',42,NULL,'2026-12-02T07:37:11.569Z',1,110);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','AELLS',703,66,'DOWN','-100.00',2,0,0,'v2',42,NULL,'2026-12-02T07:37:11.569Z',1,1406);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','AERG',4438,10,'DOWN','-100.00',2,0,0,'v2',42,NULL,'2026-12-02T07:37:11.569Z',1,8876);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','AETHD',13,0,'DOWN','-100.00',2,0,0,'v2',42,NULL,'2026-12-02T07:37:11.569Z',1,27);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','AETUF',12970,62,'DOWN','-100.00',2,0,0,'v2',42,NULL,'2026-12-02T07:37:11.569Z',1,25941);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','AEYPS',5,2,'DOWN','-100.00',2,0,0,'v2',42,NULL,'2026-12-02T07:37:11.569Z',1,10);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','AFFS',8407,4,'DOWN','-100.00',2,0,0,'v2',42,NULL,'2026-12-02T07:37:11.569Z',1,16815);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','AFFT',1985,0,'DOWN','-100.00',2,0,0,'v2',42,NULL,'2026-12-02T07:37:11.569Z',1,3970);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','AFFU',9728000,25,'DOWN','-100.00',2,0,0,'v2',42,NULL,'2026-12-02T07:37:11.569Z',1,19456001);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','AFFY',32,0,'DOWN','-100.00',2,0,0,'v2',42,NULL,'2026-12-02T07:37:11.569Z',1,65);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','AFIB',2626,1,'DOWN','-100.00',2,0,0,'v2',42,NULL,'2026-12-02T07:37:11.569Z',1,5253);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','AFLYY',331670,522,'DOWN','-100.00',2,0,0,'v2',42,NULL,'2026-12-02T07:37:11.569Z',1,663340);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','AFMJF',2400,4,'DOWN','-100.00',2,0,0,'v2',42,NULL,'2026-12-02T07:37:11.569Z',1,4800);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','AFSIA',33,0,'DOWN','-100.00',2,0,0,'v2',42,NULL,'2026-12-02T07:37:11.569Z',1,66);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','AFSIB',400,2,'DOWN','-100.00',2,0,0,'v2',42,NULL,'2026-12-02T07:37:11.569Z',1,800);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','AFSIM',122,0,'DOWN','-100.00',2,0,0,'v2',42,NULL,'2026-12-02T07:37:11.569Z',1,245);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','AFSIN',990,3,'DOWN','-100.00',2,0,0,'v2',42,NULL,'2026-12-02T07:37:11.569Z',1,1980);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','AFTWS',10,4,'DOWN','-100.00',2,0,0,'v2',42,NULL,'2026-12-02T07:37:11.569Z',1,20);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','AGAGF',180278,33,'DOWN','-100.00',2,0,0,'v2',42,NULL,'2026-12-02T07:37:11.569Z',1,360557);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','AGESY',531,9,'DOWN','-100.00',2,0,0,'v2',42,NULL,'2026-12-02T07:37:11.569Z',1,1063);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','AGFMF',281,2,'DOWN','-100.00',2,0,0,'v2',42,NULL,'2026-12-02T07:37:11.569Z',1,562);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','AGIN',50274,1,'DOWN','-100.00',2,0,0,'v2',42,NULL,'2026-12-02T07:37:11.569Z',1,100548);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','AGLXY',55,0,'DOWN','-100.00',2,0,0,'v2',42,NULL,'2026-12-02T07:37:11.569Z',1,111);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','AGMRF',7150,16,'DOWN','-100.00',2,0,0,'v2',42,NULL,'2026-12-02T07:37:11.569Z',1,14300);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','AGNPF',420,1,'DOWN','-100.00',2,0,0,'v2',42,NULL,'2026-12-02T07:37:11.569Z',1,840);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','AGRPY',33,0,'DOWN','-100.00',2,0,0,'v2',42,NULL,'2026-12-02T07:37:11.569Z',1,67);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','AGXPF',72158,9,'DOWN','-100.00',2,0,0,'v2',42,NULL,'2026-12-02T07:37:11.569Z',1,144316);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','AGYP',180000,2,'DOWN','-100.00',2,0,0,'v2',42,NULL,'2026-12-02T07:37:11.569Z',1,360000);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','AHADS',173,17,'DOWN','-100.00',2,0,0,'v2',42,NULL,'2026-12-02T07:37:11.569Z',1,346);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','AHANS',442,27,'DOWN','-100.00',2,0,0,'v2',42,NULL,'2026-12-02T07:37:11.569Z',1,885);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','AHARS',947,43,'DOWN','-100.00',2,0,0,'v2',42,NULL,'2026-12-02T07:37:11.569Z',1,1895);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','AHATS',602,46,'DOWN','-100.00',2,0,0,'v2',42,NULL,'2026-12-02T07:37:11.569Z',1,1205);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','AHBCS',514,47,'DOWN','-100.00',2,0,0,'v2',42,NULL,'2026-12-02T07:37:11.569Z',1,1028);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','AHBFS',1513,31,'DOWN','-100.00',2,0,0,'v2',42,NULL,'2026-12-02T07:37:11.569Z',1,3027);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','AHBXS',115,11,'DOWN','-100.00',2,0,0,'v2',42,NULL,'2026-12-02T07:37:11.569Z',1,230);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','AHCHY',4755,42,'DOWN','-100.00',2,0,0,'v2',42,NULL,'2026-12-02T07:37:11.569Z',1,9510);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','AHCMS',462,28,'DOWN','-100.00',2,0,0,'v2',42,NULL,'2026-12-02T07:37:11.569Z',1,924);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','AHEIS',322,36,'DOWN','-100.00',2,0,0,'v2',42,NULL,'2026-12-02T07:37:11.569Z',1,645);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','AHEWS',455,38,'DOWN','-100.00',2,0,0,'v2',42,NULL,'2026-12-02T07:37:11.569Z',1,910);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','AHEXY',5347,65,'DOWN','-100.00',2,0,0,'v2',42,NULL,'2026-12-02T07:37:11.569Z',1,10695);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','AHFXS',446,31,'DOWN','-100.00',2,0,0,'v2',42,NULL,'2026-12-02T07:37:11.569Z',1,892);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','AHGLS',406,25,'DOWN','-100.00',2,0,0,'v2',42,NULL,'2026-12-02T07:37:11.569Z',1,812);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','AHGNS',986,49,'DOWN','-100.00',2,0,0,'v2',42,NULL,'2026-12-02T07:37:11.569Z',1,1973);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','AHHMS',184,19,'DOWN','-100.00',2,0,0,'v2',42,NULL,'2026-12-02T07:37:11.569Z',1,369);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','AHHOS',106,10,'DOWN','-100.00',2,0,0,'v2',42,NULL,'2026-12-02T07:37:11.569Z',1,212);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','AHHYS',825,53,'DOWN','-100.00',2,0,0,'v2',42,NULL,'2026-12-02T07:37:11.569Z',1,1651);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','AHJHS',467,31,'DOWN','-100.00',2,0,0,'v2',42,NULL,'2026-12-02T07:37:11.569Z',1,934);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','AHKSY',1288,9,'DOWN','-100.00',2,0,0,'v2',42,NULL,'2026-12-02T07:37:11.569Z',1,2576);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','AHKYS',500,30,'DOWN','-100.00',2,0,0,'v2',42,NULL,'2026-12-02T07:37:11.569Z',1,1000);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','AHLAS',1,0,'DOWN','-100.00',2,0,0,'v2',42,NULL,'2026-12-02T07:37:11.569Z',1,2);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','AHLCS',2,0,'DOWN','-100.00',2,0,0,'v2',42,NULL,'2026-12-02T07:37:11.569Z',1,5);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','AHLES',3,0,'DOWN','-100.00',2,0,0,'v2',42,NULL,'2026-12-02T07:37:11.569Z',1,6);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','AHLFS',10,2,'DOWN','-100.00',2,0,0,'v2',42,NULL,'2026-12-02T07:37:11.569Z',1,20);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','AHLGS',5,1,'DOWN','-100.00',2,0,0,'v2',42,NULL,'2026-12-02T07:37:11.569Z',1,10);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','AHLJS',1,1,'DOWN','-100.00',2,0,0,'v2',42,NULL,'2026-12-02T07:37:11.569Z',1,3);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','AHLNS',0,0,'DOWN','-100.00',2,0,0,'v2',42,NULL,'2026-12-02T07:37:11.569Z',1,1);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','AHLSS',40,1,'DOWN','-100.00',2,0,0,'v2',42,NULL,'2026-12-02T07:37:11.569Z',1,80);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','AHLUS',51,1,'DOWN','-100.00',2,0,0,'v2',42,NULL,'2026-12-02T07:37:11.569Z',1,102);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','AHLVS',708,38,'DOWN','-100.00',2,0,0,'v2',42,NULL,'2026-12-02T07:37:11.569Z',1,1417);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','AHLXS',197,20,'DOWN','-100.00',2,0,0,'v2',42,NULL,'2026-12-02T07:37:11.569Z',1,395);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','AHMCS',388,24,'DOWN','-100.00',2,0,0,'v2',42,NULL,'2026-12-02T07:37:11.569Z',1,776);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','AHNBS',717,36,'DOWN','-100.00',2,0,0,'v2',42,NULL,'2026-12-02T07:37:11.569Z',1,1435);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','AHNRF',28848,8,'DOWN','-100.00',2,0,0,'v2',42,NULL,'2026-12-02T07:37:11.569Z',1,57696);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','AHNTS',262,24,'DOWN','-100.00',2,0,0,'v2',42,NULL,'2026-12-02T07:37:11.569Z',1,525);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','AHOBS',495,38,'DOWN','-100.00',2,0,0,'v2',42,NULL,'2026-12-02T07:37:11.569Z',1,991);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','AHOMS',160,18,'DOWN','-100.00',2,0,0,'v2',42,NULL,'2026-12-02T07:37:11.569Z',1,321);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','AHPHS',128,17,'DOWN','-100.00',2,0,0,'v2',42,NULL,'2026-12-02T07:37:11.569Z',1,256);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','AHPMS',2085,70,'DOWN','-100.00',2,0,0,'v2',42,NULL,'2026-12-02T07:37:11.569Z',1,4171);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','AHPSS',1110,48,'DOWN','-100.00',2,0,0,'v2',42,NULL,'2026-12-02T07:37:11.569Z',1,2220);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','AHRFS',361,30,'DOWN','-100.00',2,0,0,'v2',42,NULL,'2026-12-02T07:37:11.569Z',1,722);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','AHRKS',507,46,'DOWN','-100.00',2,0,0,'v2',42,NULL,'2026-12-02T07:37:11.569Z',1,1015);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','AHRWS',684,35,'DOWN','-100.00',2,0,0,'v2',42,NULL,'2026-12-02T07:37:11.569Z',1,1369);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','AHSMS',431,26,'DOWN','-100.00',2,0,0,'v2',42,NULL,'2026-12-02T07:37:11.569Z',1,863);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','AHSOS',237,23,'DOWN','-100.00',2,0,0,'v2',42,NULL,'2026-12-02T07:37:11.569Z',1,475);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','AHSQS',488,33,'DOWN','-100.00',2,0,0,'v2',42,NULL,'2026-12-02T07:37:11.569Z',1,976);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','AHSSS',491,28,'DOWN','-100.00',2,0,0,'v2',42,NULL,'2026-12-02T07:37:11.569Z',1,983);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','AHSVS',841,56,'DOWN','-100.00',2,0,0,'v2',42,NULL,'2026-12-02T07:37:11.569Z',1,1683);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','AHTYS',485,34,'DOWN','-100.00',2,0,0,'v2',42,NULL,'2026-12-02T07:37:11.569Z',1,970);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','AHVAS',2,0,'DOWN','-100.00',2,0,0,'v2',42,NULL,'2026-12-02T07:37:11.569Z',1,5);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','AHWHS',501,30,'DOWN','-100.00',2,0,0,'v2',42,NULL,'2026-12-02T07:37:11.569Z',1,1002);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','AIBGY',29143,323,'DOWN','-100.00',2,0,0,'v2',42,NULL,'2026-12-02T07:37:11.569Z',1,58287);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','AIBT',86504,1,'DOWN','-100.00',2,0,0,'v2',42,NULL,'2026-12-02T07:37:11.569Z',1,173008);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','AIJTY',1175,1,'DOWN','-100.00',2,0,0,'v2',42,NULL,'2026-12-02T07:37:11.569Z',1,2350);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','AIMFF',750,2,'DOWN','-100.00',2,0,0,'v2',42,NULL,'2026-12-02T07:37:11.569Z',1,1500);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','AIMLF',130300,4,'DOWN','-100.00',2,0,0,'v2',42,NULL,'2026-12-02T07:37:11.569Z',1,260600);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','AINMF',1100,0,'DOWN','-100.00',2,0,0,'v2',42,NULL,'2026-12-02T07:37:11.569Z',1,2200);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','AIPUY',50,0,'DOWN','-100.00',2,0,0,'v2',42,NULL,'2026-12-02T07:37:11.569Z',1,100);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','AIQUY',86962,614,'DOWN','-100.00',2,0,0,'v2',42,NULL,'2026-12-02T07:37:11.569Z',1,173924);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','AIRDF',19000,5,'DOWN','-100.00',2,0,0,'v2',42,NULL,'2026-12-02T07:37:11.569Z',1,38000);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','AIRRF',4136,3,'DOWN','-100.00',2,0,0,'v2',42,NULL,'2026-12-02T07:37:11.569Z',1,8272);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','AITX',30101824,123,'DOWN','-100.00',2,0,0,'v2',42,NULL,'2026-12-02T07:37:11.569Z',1,60203649);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','AJINY',10619,78,'DOWN','-100.00',2,0,0,'v2',42,NULL,'2026-12-02T07:37:11.569Z',1,21239);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','AKBTY',351,2,'DOWN','-100.00',2,0,0,'v2',42,NULL,'2026-12-02T07:37:11.569Z',1,702);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','AKEMF',47604,4,'DOWN','-100.00',2,0,0,'v2',42,NULL,'2026-12-02T07:37:11.569Z',1,95209);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','AKGSS',0,0,'DOWN','-100.00',2,0,0,'v2',42,NULL,'2026-12-02T07:37:11.569Z',1,1);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','AKOJS',7,2,'DOWN','-100.00',2,0,0,'v2',42,NULL,'2026-12-02T07:37:11.569Z',1,15);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','AKPJS',27,8,'DOWN','-100.00',2,0,0,'v2',42,NULL,'2026-12-02T07:37:11.569Z',1,55);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','AKPPS',9,5,'DOWN','-100.00',2,0,0,'v2',42,NULL,'2026-12-02T07:37:11.569Z',1,18);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','AKPQS',2,1,'DOWN','-100.00',2,0,0,'v2',42,NULL,'2026-12-02T07:37:11.569Z',1,4);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','AKPRS',1,1,'DOWN','-100.00',2,0,0,'v2',42,NULL,'2026-12-02T07:37:11.569Z',1,2);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','AKPXS',12,3,'DOWN','-100.00',2,0,0,'v2',42,NULL,'2026-12-02T07:37:11.569Z',1,24);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','AKPZS',4,4,'DOWN','-100.00',2,0,0,'v2',42,NULL,'2026-12-02T07:37:11.569Z',1,9);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','AKRBY',491,1,'DOWN','-100.00',2,0,0,'v2',42,NULL,'2026-12-02T07:37:11.569Z',1,983);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','AKRYY',50,0,'DOWN','-100.00',2,0,0,'v2',42,NULL,'2026-12-02T07:37:11.569Z',1,100);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','AKTAF',500,3,'DOWN','-100.00',2,0,0,'v2',42,NULL,'2026-12-02T07:37:11.569Z',1,1001);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','AKZAS',5,2,'DOWN','-100.00',2,0,0,'v2',42,NULL,'2026-12-02T07:37:11.569Z',1,11);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','AKZOY',19119,93,'DOWN','-100.00',2,0,0,'v2',42,NULL,'2026-12-02T07:37:11.569Z',1,38238);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','ALFVY',5225,36,'DOWN','-100.00',2,0,0,'v2',42,NULL,'2026-12-02T07:37:11.569Z',1,10451);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','ALGYS',98,10,'DOWN','-100.00',2,0,0,'v2',42,NULL,'2026-12-02T07:37:11.569Z',1,196);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','ALIZY',136023,671,'DOWN','-100.00',2,0,0,'v2',42,NULL,'2026-12-02T07:37:11.569Z',1,272046);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','ALLGF',67,1,'DOWN','-100.00',2,0,0,'v2',42,NULL,'2026-12-02T07:37:11.569Z',1,135);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','ALNPY',20,2,'DOWN','-100.00',2,0,0,'v2',42,NULL,'2026-12-02T07:37:11.569Z',1,41);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','ALOIS',189,15,'DOWN','-100.00',2,0,0,'v2',42,NULL,'2026-12-02T07:37:11.569Z',1,378);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','ALPIB',1314,17,'DOWN','-100.00',2,0,0,'v2',42,NULL,'2026-12-02T07:37:11.569Z',1,2629);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','ALPMY',38818,212,'DOWN','-100.00',2,0,0,'v2',42,NULL,'2026-12-02T07:37:11.569Z',1,77637);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','ALRTF',50,0,'DOWN','-100.00',2,0,0,'v2',42,NULL,'2026-12-02T07:37:11.569Z',1,100);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','ALSAF',0,0,'DOWN','-100.00',2,0,0,'v2',42,NULL,'2026-12-02T07:37:11.569Z',1,1);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','ALSMY',150834,91,'DOWN','-100.00',2,0,0,'v2',42,NULL,'2026-12-02T07:37:11.569Z',1,301668);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','ALVLF',1000,0,'DOWN','-100.00',2,0,0,'v2',42,NULL,'2026-12-02T07:37:11.569Z',1,2000);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','ALVOF',5947,12,'DOWN','-100.00',2,0,0,'v2',42,NULL,'2026-12-02T07:37:11.569Z',1,11895);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','ALYAF',1350,10,'DOWN','-100.00',2,0,0,'v2',42,NULL,'2026-12-02T07:37:11.569Z',1,2700);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','ALYI',1000,0,'DOWN','-100.00',2,0,0,'v2',42,NULL,'2026-12-02T07:37:11.569Z',1,2000);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','AMADY',9551,130,'DOWN','-100.00',2,0,0,'v2',42,NULL,'2026-12-02T07:37:11.569Z',1,19102);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','AMBIQ',692,6,'DOWN','-100.00',2,0,0,'v2',42,NULL,'2026-12-02T07:37:11.569Z',1,1385);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','AMBWQ',10391,1,'DOWN','-100.00',2,0,0,'v2',42,NULL,'2026-12-02T07:37:11.569Z',1,20783);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','AMBZ',3393,30,'DOWN','-100.00',2,0,0,'v2',42,NULL,'2026-12-02T07:37:11.569Z',1,6786);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','ZIVO',249,1,'UP','100.00',2,0,0,'v2',42,NULL,'2026-12-02T07:37:11.569Z',1,0);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','ZLNDY',8940,41,'UP','100.00',2,0,0,'v2',42,NULL,'2026-12-02T07:37:11.569Z',1,0);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','ZMDTF',15758,12,'UP','100.00',2,0,0,'v2',42,NULL,'2026-12-02T07:37:11.569Z',1,0);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','ZNOG',142748,47,'UP','100.00',2,0,0,'v2',42,NULL,'2026-12-02T07:37:11.569Z',1,0);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','ZOMDF',47158,8,'UP','100.00',2,0,0,'v2',42,NULL,'2026-12-02T07:37:11.569Z',1,0);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','ZPTA',20965,7,'UP','100.00',2,0,0,'v2',42,NULL,'2026-12-02T07:37:11.569Z',1,0);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','ZPTAF',100,1,'UP','100.00',2,0,0,'v2',42,NULL,'2026-12-02T07:37:11.569Z',1,0);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','ZURVY',38337,173,'UP','100.00',2,0,0,'v2',42,NULL,'2026-12-02T07:37:11.569Z',1,0);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','ZVOI',6001,1,'UP','100.00',2,0,0,'v2',42,NULL,'2026-12-02T07:37:11.569Z',1,0);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','ZVSA',3,1,'UP','100.00',2,0,0,'v2',42,NULL,'2026-12-02T07:37:11.569Z',1,0);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-12-05','NMS_TIER_1','AAPL',3616666,19300,'FLAT','3.23',3,0,0,'v2',22,1,'2026-12-02T07:37:09.047Z',3,3560000);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-12-05','NMS_TIER_1','META',1343333,6716,'FLAT','3.28',3,0,0,'v2',22,1,'2026-12-02T07:37:09.047Z',3,1370000);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-12-05','NMS_TIER_1','MSFT',940000,4700,'FLAT','4.35',3,0,0,'v2',22,1,'2026-12-02T07:37:09.047Z',3,920000);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-12-05','NMS_TIER_1','NVDA',3366666,16800,'FLAT','-3.65',3,0,0,'v2',22,1,'2026-12-02T07:37:09.047Z',3,3425000);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-12-05','NMS_TIER_1','TSLA',1600000,8133,'UP','6.45',3,0,0,'v2',22,1,'2026-12-02T07:37:09.047Z',3,1550000);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-12-12','NMS_TIER_1','AAPL',3630000,19325,'FLAT','3.93',4,0,0,'v2',23,1,'2026-12-02T07:37:09.048Z',4,3560000);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-12-12','NMS_TIER_1','META',1385000,6925,'FLAT','2.19',4,0,0,'v2',23,1,'2026-12-02T07:37:09.048Z',4,1370000);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-12-12','NMS_TIER_1','MSFT',945000,4725,'UP','5.43',4,0,0,'v2',23,1,'2026-12-02T07:37:09.048Z',4,920000);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-12-12','NMS_TIER_1','NVDA',3312500,16550,'DOWN','-6.57',4,0,0,'v2',23,1,'2026-12-02T07:37:09.048Z',4,3425000);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-12-12','NMS_TIER_1','TSLA',1642500,8325,'UP','11.94',4,0,0,'v2',23,1,'2026-12-02T07:37:09.048Z',4,1550000);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-12-19','NMS_TIER_1','AAPL',3662000,19480,'FLAT','4.78',5,0,0,'v2',24,1,'2026-12-02T07:37:09.049Z',5,3560000);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-12-19','NMS_TIER_1','META',1370000,6850,'FLAT','2.92',5,0,0,'v2',24,1,'2026-12-02T07:37:09.049Z',5,1370000);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-12-19','NMS_TIER_1','MSFT',956000,4780,'UP','6.52',5,0,0,'v2',24,1,'2026-12-02T07:37:09.049Z',5,920000);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-12-19','NMS_TIER_1','NVDA',3260000,16300,'DOWN','-9.49',5,0,0,'v2',24,1,'2026-12-02T07:37:09.049Z',5,3425000);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-12-19','NMS_TIER_1','TSLA',1684000,8520,'UP','16.77',5,0,0,'v2',24,1,'2026-12-02T07:37:09.049Z',5,1550000);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-12-19','NMS_TIER_2','HWTH',7300,52,'FLAT','0.00',1,0,0,'v2',46,NULL,'2026-12-02T07:37:12.396Z',1,7300);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-12-19','NMS_TIER_2','ORLB',60250,479,'FLAT','0.00',1,0,0,'v2',46,NULL,'2026-12-02T07:37:12.396Z',1,60250);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-12-19','NMS_TIER_2','VSPR',2500,9,'FLAT','0.00',1,0,0,'v2',46,NULL,'2026-12-02T07:37:12.396Z',1,2500);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-12-26','NMS_TIER_1','AAPL',3051666,16233,'DOWN','-46.77',6,1,0,'v2',50,NULL,'2026-12-02T07:37:13.355Z',5,3560000);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-12-26','NMS_TIER_1','HLVN',118841,425,'UP','100.00',6,1,0,'v2',50,NULL,'2026-12-02T07:37:13.355Z',1,0);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-12-26','NMS_TIER_1','MBRK',596666,2021,'UP','100.00',6,1,0,'v2',50,NULL,'2026-12-02T07:37:13.355Z',1,0);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-12-26','NMS_TIER_1','META',1141666,5708,'DOWN','-52.19',6,1,0,'v2',50,NULL,'2026-12-02T07:37:13.355Z',5,1370000);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-12-26','NMS_TIER_1','MSFT',796666,3983,'DOWN','-45.65',6,1,0,'v2',50,NULL,'2026-12-02T07:37:13.355Z',5,920000);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-12-26','NMS_TIER_1','NVDA',2716666,13583,'DOWN','-55.47',6,1,0,'v2',50,NULL,'2026-12-02T07:37:13.355Z',5,3425000);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-12-26','NMS_TIER_1','QRTZ',413750,1412,'UP','100.00',6,1,0,'v2',50,NULL,'2026-12-02T07:37:13.355Z',1,0);
INSERT INTO otc_symbol_rolling_6w VALUES('2025-12-26','NMS_TIER_1','TSLA',1403333,7100,'DOWN','-40.32',6,1,0,'v2',50,NULL,'2026-12-02T07:37:13.355Z',5,1550000);
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
    created_at              TEXT NOT NULL, venue_hhi TEXT, non_ats_volume INTEGER, non_ats_trades INTEGER, ats_share_of_otc_pct TEXT,
    PRIMARY KEY (week_ending, tier, symbol)
) WITHOUT ROWID;
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','AABB',6794184,174,2,'OTCN','99.4067','39047.03',6794184,174,'FLAT',1,0,1,'WARN','v2',39,NULL,'2026-12-02T07:37:10.989Z','9882.03',NULL,NULL,NULL);
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','AACAY',25955,138,3,'ARCA','49.1081','188.08',25955,138,'FLAT',1,0,1,'WARN','v2',39,NULL,'2026-12-02T07:37:10.989Z','4171.81',NULL,NULL,NULL);
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','AAGAF',136674,39,2,'OTCN','78.1597','3504.46',136674,39,'FLAT',1,0,1,'WARN','v2',39,NULL,'2026-12-02T07:37:10.989Z','6585.94',NULL,NULL,NULL);
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','AAGC',1055000,5,1,'OTCN','100.0000','211000.00',1055000,5,'FLAT',1,0,1,'WARN','v2',39,NULL,'2026-12-02T07:37:10.989Z','10000.00',NULL,NULL,NULL);
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','AAGFF',116067,28,3,'OTCN','81.9733','4145.25',116067,28,'FLAT',1,0,1,'WARN','v2',39,NULL,'2026-12-02T07:37:10.989Z','7017.55',NULL,NULL,NULL);
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','AAGIY',426491,1715,3,'ARCA','60.5799','248.68',426491,1715,'FLAT',1,0,1,'WARN','v2',39,NULL,'2026-12-02T07:37:10.989Z','4457.58',NULL,NULL,NULL);
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','AAIRF',937,4,1,'OTCX','100.0000','234.25',937,4,'FLAT',1,0,1,'WARN','v2',39,NULL,'2026-12-02T07:37:10.989Z','10000.00',NULL,NULL,NULL);
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','AALNS',350,36,1,'PPEX','100.0000','9.72',350,36,'FLAT',1,0,1,'WARN','v2',39,NULL,'2026-12-02T07:37:10.989Z','10000.00',NULL,NULL,NULL);
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','AAMCF',1838,3,1,'OTCX','100.0000','612.67',1838,3,'FLAT',1,0,1,'WARN','v2',39,NULL,'2026-12-02T07:37:10.989Z','10000.00',NULL,NULL,NULL);
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','AARYS',567,56,1,'PPEX','100.0000','10.13',567,56,'FLAT',1,0,1,'WARN','v2',39,NULL,'2026-12-02T07:37:10.989Z','10000.00',NULL,NULL,NULL);
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','AATRL',100,1,1,'OTCX','100.0000','100.00',100,1,'FLAT',1,0,1,'WARN','v2',39,NULL,'2026-12-02T07:37:10.989Z','10000.00',NULL,NULL,NULL);
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','AAUAF',246,3,1,'OTCN','100.0000','82.00',246,3,'FLAT',1,0,1,'WARN','v2',39,NULL,'2026-12-02T07:37:10.989Z','10000.00',NULL,NULL,NULL);
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','AAVMY',6603,73,3,'OTCX','37.9070','90.45',6603,73,'FLAT',1,0,1,'WARN','v2',39,NULL,'2026-12-02T07:37:10.989Z','3406.00',NULL,NULL,NULL);
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','AAVVF',502,7,3,'OTCX','59.7610','71.71',502,7,'FLAT',1,0,1,'WARN','v2',39,NULL,'2026-12-02T07:37:10.989Z','5174.60',NULL,NULL,NULL);
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','AAWH',67456,141,2,'OTCX','50.7827','478.41',67456,141,'FLAT',1,0,1,'WARN','v2',39,NULL,'2026-12-02T07:37:10.989Z','5001.23',NULL,NULL,NULL);
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','ABBNY',322415,2814,3,'ARCA','63.4235','114.58',322415,2814,'FLAT',1,0,1,'WARN','v2',39,NULL,'2026-12-02T07:37:10.989Z','4696.48',NULL,NULL,NULL);
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','ABBRF',74795,218,3,'OTCX','43.8224','343.10',74795,218,'FLAT',1,0,1,'WARN','v2',39,NULL,'2026-12-02T07:37:10.989Z','3719.34',NULL,NULL,NULL);
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','ABCP',8465,3,1,'OTCN','100.0000','2821.67',8465,3,'FLAT',1,0,1,'WARN','v2',39,NULL,'2026-12-02T07:37:10.989Z','10000.00',NULL,NULL,NULL);
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','ABEPF',26508,9,2,'OTCN','86.7663','2945.33',26508,9,'FLAT',1,0,1,'WARN','v2',39,NULL,'2026-12-02T07:37:10.989Z','7703.52',NULL,NULL,NULL);
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','ABIT',940391,29,1,'OTCN','100.0000','32427.28',940391,29,'FLAT',1,0,1,'WARN','v2',39,NULL,'2026-12-02T07:37:10.989Z','10000.00',NULL,NULL,NULL);
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','ABMBF',211108,9,2,'OTCN','57.3323','23456.44',211108,9,'FLAT',1,0,1,'WARN','v2',39,NULL,'2026-12-02T07:37:10.989Z','5107.52',NULL,NULL,NULL);
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','ABNAF',43000,4,2,'OTCN','81.3953','10750.00',43000,4,'FLAT',1,0,1,'WARN','v2',39,NULL,'2026-12-02T07:37:10.989Z','6971.34',NULL,NULL,NULL);
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','ABQQ',3556764,14,1,'OTCN','100.0000','254054.57',3556764,14,'FLAT',1,0,1,'WARN','v2',39,NULL,'2026-12-02T07:37:10.989Z','10000.00',NULL,NULL,NULL);
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','ABRKS',1003,95,1,'PPEX','100.0000','10.56',1003,95,'FLAT',1,0,1,'WARN','v2',39,NULL,'2026-12-02T07:37:10.989Z','10000.00',NULL,NULL,NULL);
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','ABSSF',474,2,2,'OTCN','63.2911','237.00',474,2,'FLAT',1,0,1,'WARN','v2',39,NULL,'2026-12-02T07:37:10.989Z','5353.31',NULL,NULL,NULL);
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','ABXXF',32555,140,3,'OTCN','45.7841','232.54',32555,140,'FLAT',1,0,1,'WARN','v2',39,NULL,'2026-12-02T07:37:10.989Z','3734.12',NULL,NULL,NULL);
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','ACCYY',25389,61,3,'ARCA','79.6999','416.21',25389,61,'FLAT',1,0,1,'WARN','v2',39,NULL,'2026-12-02T07:37:10.989Z','6634.30',NULL,NULL,NULL);
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','ACDVF',14499,62,3,'OTCX','49.8793','233.85',14499,62,'FLAT',1,0,1,'WARN','v2',39,NULL,'2026-12-02T07:37:10.989Z','3941.68',NULL,NULL,NULL);
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','ACGBY',30298,400,3,'ARCA','48.9933','75.75',30298,400,'FLAT',1,0,1,'WARN','v2',39,NULL,'2026-12-02T07:37:10.989Z','3705.09',NULL,NULL,NULL);
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','ACGP',165,3,2,'OTCX','92.1212','55.00',165,3,'FLAT',1,0,1,'WARN','v2',39,NULL,'2026-12-02T07:37:10.989Z','8548.39',NULL,NULL,NULL);
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','ACGX',17499,4,2,'OTCN','70.8612','4374.75',17499,4,'FLAT',1,0,1,'WARN','v2',39,NULL,'2026-12-02T07:37:10.989Z','5870.38',NULL,NULL,NULL);
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','ACHFF',18900,24,3,'ARCA','72.4868','787.50',18900,24,'FLAT',1,0,1,'WARN','v2',39,NULL,'2026-12-02T07:37:10.989Z','5903.81',NULL,NULL,NULL);
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','ACLLF',392,2,1,'OTCN','100.0000','196.00',392,2,'FLAT',1,0,1,'WARN','v2',39,NULL,'2026-12-02T07:37:10.989Z','10000.00',NULL,NULL,NULL);
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','ACLLY',610,14,3,'ARCA','47.2131','43.57',610,14,'FLAT',1,0,1,'WARN','v2',39,NULL,'2026-12-02T07:37:10.989Z','3622.36',NULL,NULL,NULL);
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','ACMB',116509,8,1,'OTCN','100.0000','14563.63',116509,8,'FLAT',1,0,1,'WARN','v2',39,NULL,'2026-12-02T07:37:10.989Z','10000.00',NULL,NULL,NULL);
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','ACMIF',1875,2,1,'OTCN','100.0000','937.50',1875,2,'FLAT',1,0,1,'WARN','v2',39,NULL,'2026-12-02T07:37:10.989Z','10000.00',NULL,NULL,NULL);
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','ACOPY',2804,13,3,'OTCN','42.7960','215.69',2804,13,'FLAT',1,0,1,'WARN','v2',39,NULL,'2026-12-02T07:37:10.989Z','3684.54',NULL,NULL,NULL);
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','ACSAY',31828,66,3,'ARCA','62.6053','482.24',31828,66,'FLAT',1,0,1,'WARN','v2',39,NULL,'2026-12-02T07:37:10.989Z','4851.01',NULL,NULL,NULL);
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','ADAPY',1884979,646,2,'OTCN','84.0944','2917.92',1884979,646,'FLAT',1,0,1,'WARN','v2',39,NULL,'2026-12-02T07:37:10.989Z','7324.86',NULL,NULL,NULL);
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','ADBRF',2600,3,2,'OTCX','76.9231','866.67',2600,3,'FLAT',1,0,1,'WARN','v2',39,NULL,'2026-12-02T07:37:10.989Z','6449.70',NULL,NULL,NULL);
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','ADCOF',451,1,1,'ARCA','100.0000','451.00',451,1,'FLAT',1,0,1,'WARN','v2',39,NULL,'2026-12-02T07:37:10.989Z','10000.00',NULL,NULL,NULL);
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','ADDYY',89455,946,3,'OTCX','40.5198','94.56',89455,946,'FLAT',1,0,1,'WARN','v2',39,NULL,'2026-12-02T07:37:10.989Z','3499.61',NULL,NULL,NULL);
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','ADHC',90000,1,1,'OTCN','100.0000','90000.00',90000,1,'FLAT',1,0,1,'WARN','v2',39,NULL,'2026-12-02T07:37:10.989Z','10000.00',NULL,NULL,NULL);
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','ADIA',5000,1,1,'OTCN','100.0000','5000.00',5000,1,'FLAT',1,0,1,'WARN','v2',39,NULL,'2026-12-02T07:37:10.989Z','10000.00',NULL,NULL,NULL);
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','ADNH',33956,65,2,'OTCN','94.9759','522.40',33956,65,'FLAT',1,0,1,'WARN','v2',39,NULL,'2026-12-02T07:37:10.989Z','9045.65',NULL,NULL,NULL);
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','ADOOY',216,3,1,'OTCN','100.0000','72.00',216,3,'FLAT',1,0,1,'WARN','v2',39,NULL,'2026-12-02T07:37:10.989Z','10000.00',NULL,NULL,NULL);
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','ADPXY',2504,82,3,'OTCN','95.7268','30.54',2504,82,'FLAT',1,0,1,'WARN','v2',39,NULL,'2026-12-02T07:37:10.989Z','9175.53',NULL,NULL,NULL);
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','ADRNY',45919,282,3,'ARCA','42.7339','162.83',45919,282,'FLAT',1,0,1,'WARN','v2',39,NULL,'2026-12-02T07:37:10.989Z','3467.82',NULL,NULL,NULL);
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','ADRZY',500,2,1,'OTCN','100.0000','250.00',500,2,'FLAT',1,0,1,'WARN','v2',39,NULL,'2026-12-02T07:37:10.989Z','10000.00',NULL,NULL,NULL);
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','ADTI',1,1,1,'OTCN','100.0000','1.00',1,1,'FLAT',1,0,1,'WARN','v2',39,NULL,'2026-12-02T07:37:10.989Z','10000.00',NULL,NULL,NULL);
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','ADWPF',101,1,1,'OTCX','100.0000','101.00',101,1,'FLAT',1,0,1,'WARN','v2',39,NULL,'2026-12-02T07:37:10.989Z','10000.00',NULL,NULL,NULL);
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','ADXS',259,5,1,'OTCX','100.0000','51.80',259,5,'FLAT',1,0,1,'WARN','v2',39,NULL,'2026-12-02T07:37:10.989Z','10000.00',NULL,NULL,NULL);
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','ADYEY',878188,4953,3,'ARCA','43.7369','177.30',878188,4953,'FLAT',1,0,1,'WARN','v2',39,NULL,'2026-12-02T07:37:10.989Z','3531.60',NULL,NULL,NULL);
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','AEBZY',2720,1,1,'OTCN','100.0000','2720.00',2720,1,'FLAT',1,0,1,'WARN','v2',39,NULL,'2026-12-02T07:37:10.989Z','10000.00',NULL,NULL,NULL);
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','AEGXF',4373,25,3,'OTCX','71.4155','174.92',4373,25,'FLAT',1,0,1,'WARN','v2',39,NULL,'2026-12-02T07:37:10.989Z','5525.05',NULL,NULL,NULL);
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','AEHCS',438,32,1,'PPEX','100.0000','13.69',438,32,'FLAT',1,0,1,'WARN','v2',39,NULL,'2026-12-02T07:37:10.989Z','10000.00',NULL,NULL,NULL);
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','AEHDS',145,21,1,'PPEX','100.0000','6.90',145,21,'FLAT',1,0,1,'WARN','v2',39,NULL,'2026-12-02T07:37:10.989Z','10000.00',NULL,NULL,NULL);
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','AEHES',618,58,1,'PPEX','100.0000','10.66',618,58,'FLAT',1,0,1,'WARN','v2',39,NULL,'2026-12-02T07:37:10.989Z','10000.00',NULL,NULL,NULL);
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','AEHFS',1258,70,1,'PPEX','100.0000','17.97',1258,70,'FLAT',1,0,1,'WARN','v2',39,NULL,'2026-12-02T07:37:10.989Z','10000.00',NULL,NULL,NULL);
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','AEHGS',1605,122,1,'PPEX','100.0000','13.16',1605,122,'FLAT',1,0,1,'WARN','v2',39,NULL,'2026-12-02T07:37:10.989Z','10000.00',NULL,NULL,NULL);
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','AEHHS',221,24,1,'PPEX','100.0000','9.21',221,24,'FLAT',1,0,1,'WARN','v2',39,NULL,'2026-12-02T07:37:10.989Z','10000.00',NULL,NULL,NULL);
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','AEHJS',210,23,1,'PPEX','100.0000','9.13',210,23,'FLAT',1,0,1,'WARN','v2',39,NULL,'2026-12-02T07:37:10.989Z','10000.00',NULL,NULL,NULL);
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','AEHKS',555,44,1,'PPEX','100.0000','12.61',555,44,'FLAT',1,0,1,'WARN','v2',39,NULL,'2026-12-02T07:37:10.989Z','10000.00',NULL,NULL,NULL);
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','AEHMS',232,29,1,'PPEX','100.0000','8.00',232,29,'FLAT',1,0,1,'WARN','v2',39,NULL,'2026-12-02T07:37:10.989Z','10000.00',NULL,NULL,NULL);
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','AEHNS',146,27,1,'PPEX','100.0000','5.41',146,27,'FLAT',1,0,1,'WARN','v2',39,NULL,'2026-12-02T07:37:10.989Z','10000.00',NULL,NULL,NULL);
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','AEHOS',129,13,1,'PPEX','100.0000','9.92',129,13,'FLAT',1,0,1,'WARN','v2',39,NULL,'2026-12-02T07:37:10.989Z','10000.00',NULL,NULL,NULL);
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','AEHPS',683,59,1,'PPEX','100.0000','11.58',683,59,'FLAT',1,0,1,'WARN','v2',39,NULL,'2026-12-02T07:37:10.989Z','10000.00',NULL,NULL,NULL);
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','AEHQS',1041,69,1,'PPEX','100.0000','15.09',1041,69,'FLAT',1,0,1,'WARN','v2',39,NULL,'2026-12-02T07:37:10.989Z','10000.00',NULL,NULL,NULL);
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','AEHSS',110,15,1,'PPEX','100.0000','7.33',110,15,'FLAT',1,0,1,'WARN','v2',39,NULL,'2026-12-02T07:37:10.989Z','10000.00',NULL,NULL,NULL);
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','AELLS',1406,133,1,'PPEX','100.0000','10.57',1406,133,'FLAT',1,0,1,'WARN','v2',39,NULL,'2026-12-02T07:37:10.989Z','10000.00',NULL,NULL,NULL);
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','AERG',8876,20,2,'OTCN','88.7337','443.80',8876,20,'FLAT',1,0,1,'WARN','v2',39,NULL,'2026-12-02T07:37:10.989Z','8000.59',NULL,NULL,NULL);
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','AETHD',27,1,1,'OTCX','100.0000','27.00',27,1,'FLAT',1,0,1,'WARN','v2',39,NULL,'2026-12-02T07:37:10.989Z','10000.00',NULL,NULL,NULL);
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','AETUF',25941,124,3,'OTCX','48.1130','209.20',25941,124,'FLAT',1,0,1,'WARN','v2',39,NULL,'2026-12-02T07:37:10.989Z','3950.67',NULL,NULL,NULL);
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','AEYPS',10,4,1,'PPEX','100.0000','2.50',10,4,'FLAT',1,0,1,'WARN','v2',39,NULL,'2026-12-02T07:37:10.989Z','10000.00',NULL,NULL,NULL);
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','AFFS',16815,8,1,'OTCX','100.0000','2101.88',16815,8,'FLAT',1,0,1,'WARN','v2',39,NULL,'2026-12-02T07:37:10.989Z','10000.00',NULL,NULL,NULL);
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','AFFT',3970,1,1,'OTCX','100.0000','3970.00',3970,1,'FLAT',1,0,1,'WARN','v2',39,NULL,'2026-12-02T07:37:10.989Z','10000.00',NULL,NULL,NULL);
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','AFFU',19456001,51,2,'OTCN','99.4860','381490.22',19456001,51,'FLAT',1,0,1,'WARN','v2',39,NULL,'2026-12-02T07:37:10.989Z','9897.73',NULL,NULL,NULL);
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','AFFY',65,1,1,'OTCX','100.0000','65.00',65,1,'FLAT',1,0,1,'WARN','v2',39,NULL,'2026-12-02T07:37:10.989Z','10000.00',NULL,NULL,NULL);
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','AFIB',5253,2,1,'OTCX','100.0000','2626.50',5253,2,'FLAT',1,0,1,'WARN','v2',39,NULL,'2026-12-02T07:37:10.989Z','10000.00',NULL,NULL,NULL);
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','AFLYY',663340,1044,3,'ARCA','41.0801','635.38',663340,1044,'FLAT',1,0,1,'WARN','v2',39,NULL,'2026-12-02T07:37:10.989Z','3557.85',NULL,NULL,NULL);
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','AFMJF',4800,8,3,'OTCN','62.5000','600.00',4800,8,'FLAT',1,0,1,'WARN','v2',39,NULL,'2026-12-02T07:37:10.989Z','4618.06',NULL,NULL,NULL);
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','AFSIA',66,1,1,'OTCX','100.0000','66.00',66,1,'FLAT',1,0,1,'WARN','v2',39,NULL,'2026-12-02T07:37:10.989Z','10000.00',NULL,NULL,NULL);
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','AFSIB',800,4,1,'OTCX','100.0000','200.00',800,4,'FLAT',1,0,1,'WARN','v2',39,NULL,'2026-12-02T07:37:10.989Z','10000.00',NULL,NULL,NULL);
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','AFSIM',245,1,1,'OTCX','100.0000','245.00',245,1,'FLAT',1,0,1,'WARN','v2',39,NULL,'2026-12-02T07:37:10.989Z','10000.00',NULL,NULL,NULL);
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','AFSIN',1980,7,1,'OTCX','100.0000','282.86',1980,7,'FLAT',1,0,1,'WARN','v2',39,NULL,'2026-12-02T07:37:10.989Z','10000.00',NULL,NULL,NULL);
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','AFTWS',20,8,1,'PPEX','100.0000','2.50',20,8,'FLAT',1,0,1,'WARN','v2',39,NULL,'2026-12-02T07:37:10.989Z','10000.00',NULL,NULL,NULL);
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','AGAGF',360557,67,3,'OTCN','73.7201','5381.45',360557,67,'FLAT',1,0,1,'WARN','v2',39,NULL,'2026-12-02T07:37:10.989Z','5820.73',NULL,NULL,NULL);
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','AGESY',1063,19,3,'OTCN','44.4967','55.95',1063,19,'FLAT',1,0,1,'WARN','v2',39,NULL,'2026-12-02T07:37:10.989Z','3680.00',NULL,NULL,NULL);
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','AGFMF',562,5,2,'OTCN','82.2064','112.40',562,5,'FLAT',1,0,1,'WARN','v2',39,NULL,'2026-12-02T07:37:10.989Z','7074.51',NULL,NULL,NULL);
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','AGIN',100548,2,1,'OTCN','100.0000','50274.00',100548,2,'FLAT',1,0,1,'WARN','v2',39,NULL,'2026-12-02T07:37:10.989Z','10000.00',NULL,NULL,NULL);
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','AGLXY',111,1,1,'ARCA','100.0000','111.00',111,1,'FLAT',1,0,1,'WARN','v2',39,NULL,'2026-12-02T07:37:10.989Z','10000.00',NULL,NULL,NULL);
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','AGMRF',14300,32,2,'OTCX','69.9301','446.88',14300,32,'FLAT',1,0,1,'WARN','v2',39,NULL,'2026-12-02T07:37:10.989Z','5794.42',NULL,NULL,NULL);
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','AGNPF',840,2,2,'OTCX','95.2381','420.00',840,2,'FLAT',1,0,1,'WARN','v2',39,NULL,'2026-12-02T07:37:10.989Z','9092.97',NULL,NULL,NULL);
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','AGRPY',67,1,1,'ARCA','100.0000','67.00',67,1,'FLAT',1,0,1,'WARN','v2',39,NULL,'2026-12-02T07:37:10.989Z','10000.00',NULL,NULL,NULL);
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','AGXPF',144316,19,2,'OTCN','94.6645','7595.58',144316,19,'FLAT',1,0,1,'WARN','v2',39,NULL,'2026-12-02T07:37:10.989Z','8989.83',NULL,NULL,NULL);
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','AGYP',360000,5,1,'OTCN','100.0000','72000.00',360000,5,'FLAT',1,0,1,'WARN','v2',39,NULL,'2026-12-02T07:37:10.989Z','10000.00',NULL,NULL,NULL);
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','AHADS',346,35,1,'PPEX','100.0000','9.89',346,35,'FLAT',1,0,1,'WARN','v2',39,NULL,'2026-12-02T07:37:10.989Z','10000.00',NULL,NULL,NULL);
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','AHANS',885,55,1,'PPEX','100.0000','16.09',885,55,'FLAT',1,0,1,'WARN','v2',39,NULL,'2026-12-02T07:37:10.989Z','10000.00',NULL,NULL,NULL);
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','AHARS',1895,87,1,'PPEX','100.0000','21.78',1895,87,'FLAT',1,0,1,'WARN','v2',39,NULL,'2026-12-02T07:37:10.989Z','10000.00',NULL,NULL,NULL);
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','AHATS',1205,92,1,'PPEX','100.0000','13.10',1205,92,'FLAT',1,0,1,'WARN','v2',39,NULL,'2026-12-02T07:37:10.989Z','10000.00',NULL,NULL,NULL);
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','AHBCS',1028,95,1,'PPEX','100.0000','10.82',1028,95,'FLAT',1,0,1,'WARN','v2',39,NULL,'2026-12-02T07:37:10.989Z','10000.00',NULL,NULL,NULL);
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','AHBFS',3027,63,1,'PPEX','100.0000','48.05',3027,63,'FLAT',1,0,1,'WARN','v2',39,NULL,'2026-12-02T07:37:10.989Z','10000.00',NULL,NULL,NULL);
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','AHBXS',230,23,1,'PPEX','100.0000','10.00',230,23,'FLAT',1,0,1,'WARN','v2',39,NULL,'2026-12-02T07:37:10.989Z','10000.00',NULL,NULL,NULL);
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','AHCHY',9510,85,3,'ARCA','78.9695','111.88',9510,85,'FLAT',1,0,1,'WARN','v2',39,NULL,'2026-12-02T07:37:10.989Z','6459.54',NULL,NULL,NULL);
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','AHCMS',924,56,1,'PPEX','100.0000','16.50',924,56,'FLAT',1,0,1,'WARN','v2',39,NULL,'2026-12-02T07:37:10.989Z','10000.00',NULL,NULL,NULL);
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','AHEIS',645,72,1,'PPEX','100.0000','8.96',645,72,'FLAT',1,0,1,'WARN','v2',39,NULL,'2026-12-02T07:37:10.989Z','10000.00',NULL,NULL,NULL);
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','AHEWS',910,76,1,'PPEX','100.0000','11.97',910,76,'FLAT',1,0,1,'WARN','v2',39,NULL,'2026-12-02T07:37:10.989Z','10000.00',NULL,NULL,NULL);
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','AHEXY',10695,131,3,'ARCA','63.7120','81.64',10695,131,'FLAT',1,0,1,'WARN','v2',39,NULL,'2026-12-02T07:37:10.989Z','4724.66',NULL,NULL,NULL);
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','AHFXS',892,63,1,'PPEX','100.0000','14.16',892,63,'FLAT',1,0,1,'WARN','v2',39,NULL,'2026-12-02T07:37:10.989Z','10000.00',NULL,NULL,NULL);
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','AHGLS',812,51,1,'PPEX','100.0000','15.92',812,51,'FLAT',1,0,1,'WARN','v2',39,NULL,'2026-12-02T07:37:10.989Z','10000.00',NULL,NULL,NULL);
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','AHGNS',1973,98,1,'PPEX','100.0000','20.13',1973,98,'FLAT',1,0,1,'WARN','v2',39,NULL,'2026-12-02T07:37:10.989Z','10000.00',NULL,NULL,NULL);
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','AHHMS',369,38,1,'PPEX','100.0000','9.71',369,38,'FLAT',1,0,1,'WARN','v2',39,NULL,'2026-12-02T07:37:10.989Z','10000.00',NULL,NULL,NULL);
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','AHHOS',212,20,1,'PPEX','100.0000','10.60',212,20,'FLAT',1,0,1,'WARN','v2',39,NULL,'2026-12-02T07:37:10.989Z','10000.00',NULL,NULL,NULL);
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','AHHYS',1651,106,1,'PPEX','100.0000','15.58',1651,106,'FLAT',1,0,1,'WARN','v2',39,NULL,'2026-12-02T07:37:10.989Z','10000.00',NULL,NULL,NULL);
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','AHJHS',934,62,1,'PPEX','100.0000','15.06',934,62,'FLAT',1,0,1,'WARN','v2',39,NULL,'2026-12-02T07:37:10.989Z','10000.00',NULL,NULL,NULL);
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','AHKSY',2576,18,3,'ARCA','71.9332','143.11',2576,18,'FLAT',1,0,1,'WARN','v2',39,NULL,'2026-12-02T07:37:10.989Z','5783.93',NULL,NULL,NULL);
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','AHKYS',1000,61,1,'PPEX','100.0000','16.39',1000,61,'FLAT',1,0,1,'WARN','v2',39,NULL,'2026-12-02T07:37:10.989Z','10000.00',NULL,NULL,NULL);
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','AHLAS',2,1,1,'PPEX','100.0000','2.00',2,1,'FLAT',1,0,1,'WARN','v2',39,NULL,'2026-12-02T07:37:10.989Z','10000.00',NULL,NULL,NULL);
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','AHLCS',5,1,1,'PPEX','100.0000','5.00',5,1,'FLAT',1,0,1,'WARN','v2',39,NULL,'2026-12-02T07:37:10.989Z','10000.00',NULL,NULL,NULL);
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','AHLES',6,1,1,'PPEX','100.0000','6.00',6,1,'FLAT',1,0,1,'WARN','v2',39,NULL,'2026-12-02T07:37:10.989Z','10000.00',NULL,NULL,NULL);
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','AHLFS',20,4,1,'PPEX','100.0000','5.00',20,4,'FLAT',1,0,1,'WARN','v2',39,NULL,'2026-12-02T07:37:10.989Z','10000.00',NULL,NULL,NULL);
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','AHLGS',10,2,1,'PPEX','100.0000','5.00',10,2,'FLAT',1,0,1,'WARN','v2',39,NULL,'2026-12-02T07:37:10.989Z','10000.00',NULL,NULL,NULL);
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','AHLJS',3,2,1,'PPEX','100.0000','1.50',3,2,'FLAT',1,0,1,'WARN','v2',39,NULL,'2026-12-02T07:37:10.989Z','10000.00',NULL,NULL,NULL);
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','AHLNS',1,1,1,'PPEX','100.0000','1.00',1,1,'FLAT',1,0,1,'WARN','v2',39,NULL,'2026-12-02T07:37:10.989Z','10000.00',NULL,NULL,NULL);
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','AHLSS',80,2,1,'PPEX','100.0000','40.00',80,2,'FLAT',1,0,1,'WARN','v2',39,NULL,'2026-12-02T07:37:10.989Z','10000.00',NULL,NULL,NULL);
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','AHLUS',102,2,1,'PPEX','100.0000','51.00',102,2,'FLAT',1,0,1,'WARN','v2',39,NULL,'2026-12-02T07:37:10.989Z','10000.00',NULL,NULL,NULL);
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','AHLVS',1417,76,1,'PPEX','100.0000','18.64',1417,76,'FLAT',1,0,1,'WARN','v2',39,NULL,'2026-12-02T07:37:10.989Z','10000.00',NULL,NULL,NULL);
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','AHLXS',395,41,1,'PPEX','100.0000','9.63',395,41,'FLAT',1,0,1,'WARN','v2',39,NULL,'2026-12-02T07:37:10.989Z','10000.00',NULL,NULL,NULL);
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','AHMCS',776,48,1,'PPEX','100.0000','16.17',776,48,'FLAT',1,0,1,'WARN','v2',39,NULL,'2026-12-02T07:37:10.989Z','10000.00',NULL,NULL,NULL);
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','AHNBS',1435,73,1,'PPEX','100.0000','19.66',1435,73,'FLAT',1,0,1,'WARN','v2',39,NULL,'2026-12-02T07:37:10.989Z','10000.00',NULL,NULL,NULL);
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','AHNRF',57696,16,1,'OTCN','100.0000','3606.00',57696,16,'FLAT',1,0,1,'WARN','v2',39,NULL,'2026-12-02T07:37:10.989Z','10000.00',NULL,NULL,NULL);
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','AHNTS',525,49,1,'PPEX','100.0000','10.71',525,49,'FLAT',1,0,1,'WARN','v2',39,NULL,'2026-12-02T07:37:10.989Z','10000.00',NULL,NULL,NULL);
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','AHOBS',991,77,1,'PPEX','100.0000','12.87',991,77,'FLAT',1,0,1,'WARN','v2',39,NULL,'2026-12-02T07:37:10.989Z','10000.00',NULL,NULL,NULL);
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','AHOMS',321,37,1,'PPEX','100.0000','8.68',321,37,'FLAT',1,0,1,'WARN','v2',39,NULL,'2026-12-02T07:37:10.989Z','10000.00',NULL,NULL,NULL);
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','AHPHS',256,34,1,'PPEX','100.0000','7.53',256,34,'FLAT',1,0,1,'WARN','v2',39,NULL,'2026-12-02T07:37:10.989Z','10000.00',NULL,NULL,NULL);
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','AHPMS',4171,140,1,'PPEX','100.0000','29.79',4171,140,'FLAT',1,0,1,'WARN','v2',39,NULL,'2026-12-02T07:37:10.989Z','10000.00',NULL,NULL,NULL);
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','AHPSS',2220,96,1,'PPEX','100.0000','23.13',2220,96,'FLAT',1,0,1,'WARN','v2',39,NULL,'2026-12-02T07:37:10.989Z','10000.00',NULL,NULL,NULL);
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','AHRFS',722,60,1,'PPEX','100.0000','12.03',722,60,'FLAT',1,0,1,'WARN','v2',39,NULL,'2026-12-02T07:37:10.989Z','10000.00',NULL,NULL,NULL);
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','AHRKS',1015,93,1,'PPEX','100.0000','10.91',1015,93,'FLAT',1,0,1,'WARN','v2',39,NULL,'2026-12-02T07:37:10.989Z','10000.00',NULL,NULL,NULL);
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','AHRWS',1369,71,1,'PPEX','100.0000','19.28',1369,71,'FLAT',1,0,1,'WARN','v2',39,NULL,'2026-12-02T07:37:10.989Z','10000.00',NULL,NULL,NULL);
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','AHSMS',863,52,1,'PPEX','100.0000','16.60',863,52,'FLAT',1,0,1,'WARN','v2',39,NULL,'2026-12-02T07:37:10.989Z','10000.00',NULL,NULL,NULL);
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','AHSOS',475,47,1,'PPEX','100.0000','10.11',475,47,'FLAT',1,0,1,'WARN','v2',39,NULL,'2026-12-02T07:37:10.989Z','10000.00',NULL,NULL,NULL);
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','AHSQS',976,66,1,'PPEX','100.0000','14.79',976,66,'FLAT',1,0,1,'WARN','v2',39,NULL,'2026-12-02T07:37:10.989Z','10000.00',NULL,NULL,NULL);
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','AHSSS',983,56,1,'PPEX','100.0000','17.55',983,56,'FLAT',1,0,1,'WARN','v2',39,NULL,'2026-12-02T07:37:10.989Z','10000.00',NULL,NULL,NULL);
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','AHSVS',1683,112,1,'PPEX','100.0000','15.03',1683,112,'FLAT',1,0,1,'WARN','v2',39,NULL,'2026-12-02T07:37:10.989Z','10000.00',NULL,NULL,NULL);
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','AHTYS',970,68,1,'PPEX','100.0000','14.26',970,68,'FLAT',1,0,1,'WARN','v2',39,NULL,'2026-12-02T07:37:10.989Z','10000.00',NULL,NULL,NULL);
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','AHVAS',5,1,1,'PPEX','100.0000','5.00',5,1,'FLAT',1,0,1,'WARN','v2',39,NULL,'2026-12-02T07:37:10.989Z','10000.00',NULL,NULL,NULL);
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','AHWHS',1002,61,1,'PPEX','100.0000','16.43',1002,61,'FLAT',1,0,1,'WARN','v2',39,NULL,'2026-12-02T07:37:10.989Z','10000.00',NULL,NULL,NULL);
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','AIBGY',58287,646,3,'ARCA','36.3975','90.23',58287,646,'FLAT',1,0,1,'WARN','v2',39,NULL,'2026-12-02T07:37:10.989Z','3382.47',NULL,NULL,NULL);
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','AIBT',173008,2,1,'OTCN','100.0000','86504.00',173008,2,'FLAT',1,0,1,'WARN','v2',39,NULL,'2026-12-02T07:37:10.989Z','10000.00',NULL,NULL,NULL);
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','AIJTY',2350,2,1,'OTCN','100.0000','1175.00',2350,2,'FLAT',1,0,1,'WARN','v2',39,NULL,'2026-12-02T07:37:10.989Z','10000.00',NULL,NULL,NULL);
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','AIMFF',1500,4,2,'OTCN','60.0000','375.00',1500,4,'FLAT',1,0,1,'WARN','v2',39,NULL,'2026-12-02T07:37:10.989Z','5200.00',NULL,NULL,NULL);
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','AIMLF',260600,9,1,'OTCN','100.0000','28955.56',260600,9,'FLAT',1,0,1,'WARN','v2',39,NULL,'2026-12-02T07:37:10.989Z','10000.00',NULL,NULL,NULL);
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','AINMF',2200,1,1,'ARCA','100.0000','2200.00',2200,1,'FLAT',1,0,1,'WARN','v2',39,NULL,'2026-12-02T07:37:10.989Z','10000.00',NULL,NULL,NULL);
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','AIPUY',100,1,1,'OTCN','100.0000','100.00',100,1,'FLAT',1,0,1,'WARN','v2',39,NULL,'2026-12-02T07:37:10.989Z','10000.00',NULL,NULL,NULL);
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','AIQUY',173924,1228,3,'ARCA','75.3576','141.63',173924,1228,'FLAT',1,0,1,'WARN','v2',39,NULL,'2026-12-02T07:37:10.989Z','5982.58',NULL,NULL,NULL);
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','AIRDF',38000,11,1,'OTCN','100.0000','3454.55',38000,11,'FLAT',1,0,1,'WARN','v2',39,NULL,'2026-12-02T07:37:10.989Z','10000.00',NULL,NULL,NULL);
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','AIRRF',8272,7,1,'OTCN','100.0000','1181.71',8272,7,'FLAT',1,0,1,'WARN','v2',39,NULL,'2026-12-02T07:37:10.989Z','10000.00',NULL,NULL,NULL);
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','AITX',60203649,246,2,'OTCN','80.1363','244730.28',60203649,246,'FLAT',1,0,1,'WARN','v2',39,NULL,'2026-12-02T07:37:10.989Z','6816.39',NULL,NULL,NULL);
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','AJINY',21239,156,3,'ARCA','48.0296','136.15',21239,156,'FLAT',1,0,1,'WARN','v2',39,NULL,'2026-12-02T07:37:10.989Z','4136.91',NULL,NULL,NULL);
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','AKBTY',702,4,1,'OTCN','100.0000','175.50',702,4,'FLAT',1,0,1,'WARN','v2',39,NULL,'2026-12-02T07:37:10.989Z','10000.00',NULL,NULL,NULL);
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','AKEMF',95209,9,2,'OTCN','97.7439','10578.78',95209,9,'FLAT',1,0,1,'WARN','v2',39,NULL,'2026-12-02T07:37:10.989Z','9558.96',NULL,NULL,NULL);
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','AKGSS',1,1,1,'PPEX','100.0000','1.00',1,1,'FLAT',1,0,1,'WARN','v2',39,NULL,'2026-12-02T07:37:10.989Z','10000.00',NULL,NULL,NULL);
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','AKOJS',15,4,1,'PPEX','100.0000','3.75',15,4,'FLAT',1,0,1,'WARN','v2',39,NULL,'2026-12-02T07:37:10.989Z','10000.00',NULL,NULL,NULL);
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','AKPJS',55,16,1,'PPEX','100.0000','3.44',55,16,'FLAT',1,0,1,'WARN','v2',39,NULL,'2026-12-02T07:37:10.989Z','10000.00',NULL,NULL,NULL);
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','AKPPS',18,11,1,'PPEX','100.0000','1.64',18,11,'FLAT',1,0,1,'WARN','v2',39,NULL,'2026-12-02T07:37:10.989Z','10000.00',NULL,NULL,NULL);
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','AKPQS',4,3,1,'PPEX','100.0000','1.33',4,3,'FLAT',1,0,1,'WARN','v2',39,NULL,'2026-12-02T07:37:10.989Z','10000.00',NULL,NULL,NULL);
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','AKPRS',2,2,1,'PPEX','100.0000','1.00',2,2,'FLAT',1,0,1,'WARN','v2',39,NULL,'2026-12-02T07:37:10.989Z','10000.00',NULL,NULL,NULL);
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','AKPXS',24,7,1,'PPEX','100.0000','3.43',24,7,'FLAT',1,0,1,'WARN','v2',39,NULL,'2026-12-02T07:37:10.989Z','10000.00',NULL,NULL,NULL);
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','AKPZS',9,8,1,'PPEX','100.0000','1.13',9,8,'FLAT',1,0,1,'WARN','v2',39,NULL,'2026-12-02T07:37:10.989Z','10000.00',NULL,NULL,NULL);
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','AKRBY',983,3,1,'OTCN','100.0000','327.67',983,3,'FLAT',1,0,1,'WARN','v2',39,NULL,'2026-12-02T07:37:10.989Z','10000.00',NULL,NULL,NULL);
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','AKRYY',100,1,1,'OTCN','100.0000','100.00',100,1,'FLAT',1,0,1,'WARN','v2',39,NULL,'2026-12-02T07:37:10.989Z','10000.00',NULL,NULL,NULL);
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','AKTAF',1001,6,2,'OTCN','69.9301','166.83',1001,6,'FLAT',1,0,1,'WARN','v2',39,NULL,'2026-12-02T07:37:10.989Z','5794.42',NULL,NULL,NULL);
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','AKZAS',11,5,1,'PPEX','100.0000','2.20',11,5,'FLAT',1,0,1,'WARN','v2',39,NULL,'2026-12-02T07:37:10.989Z','10000.00',NULL,NULL,NULL);
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','AKZOY',38238,186,3,'ARCA','39.4398','205.58',38238,186,'FLAT',1,0,1,'WARN','v2',39,NULL,'2026-12-02T07:37:10.989Z','3553.73',NULL,NULL,NULL);
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','ALFVY',10451,72,3,'ARCA','60.0612','145.15',10451,72,'FLAT',1,0,1,'WARN','v2',39,NULL,'2026-12-02T07:37:10.989Z','4417.86',NULL,NULL,NULL);
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','ALGYS',196,20,1,'PPEX','100.0000','9.80',196,20,'FLAT',1,0,1,'WARN','v2',39,NULL,'2026-12-02T07:37:10.989Z','10000.00',NULL,NULL,NULL);
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','ALIZY',272046,1343,3,'OTCX','41.2871','202.57',272046,1343,'FLAT',1,0,1,'WARN','v2',39,NULL,'2026-12-02T07:37:10.989Z','3450.68',NULL,NULL,NULL);
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','ALLGF',135,2,1,'OTCX','100.0000','67.50',135,2,'FLAT',1,0,1,'WARN','v2',39,NULL,'2026-12-02T07:37:10.989Z','10000.00',NULL,NULL,NULL);
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','ALNPY',41,4,2,'ARCA','75.6098','10.25',41,4,'FLAT',1,0,1,'WARN','v2',39,NULL,'2026-12-02T07:37:10.989Z','6311.72',NULL,NULL,NULL);
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','ALOIS',378,30,1,'PPEX','100.0000','12.60',378,30,'FLAT',1,0,1,'WARN','v2',39,NULL,'2026-12-02T07:37:10.989Z','10000.00',NULL,NULL,NULL);
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','ALPIB',2629,34,3,'OTCN','37.5428','77.32',2629,34,'FLAT',1,0,1,'WARN','v2',39,NULL,'2026-12-02T07:37:10.989Z','3402.98',NULL,NULL,NULL);
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','ALPMY',77637,424,3,'ARCA','60.2548','183.11',77637,424,'FLAT',1,0,1,'WARN','v2',39,NULL,'2026-12-02T07:37:10.989Z','4514.27',NULL,NULL,NULL);
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','ALRTF',100,1,1,'OTCN','100.0000','100.00',100,1,'FLAT',1,0,1,'WARN','v2',39,NULL,'2026-12-02T07:37:10.989Z','10000.00',NULL,NULL,NULL);
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','ALSAF',1,1,1,'OTCN','100.0000','1.00',1,1,'FLAT',1,0,1,'WARN','v2',39,NULL,'2026-12-02T07:37:10.989Z','10000.00',NULL,NULL,NULL);
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','ALSMY',301668,182,3,'OTCN','35.5603','1657.52',301668,182,'FLAT',1,0,1,'WARN','v2',39,NULL,'2026-12-02T07:37:10.989Z','3341.65',NULL,NULL,NULL);
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','ALVLF',2000,1,1,'OTCN','100.0000','2000.00',2000,1,'FLAT',1,0,1,'WARN','v2',39,NULL,'2026-12-02T07:37:10.989Z','10000.00',NULL,NULL,NULL);
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','ALVOF',11895,25,3,'OTCN','51.2400','475.80',11895,25,'FLAT',1,0,1,'WARN','v2',39,NULL,'2026-12-02T07:37:10.989Z','4091.36',NULL,NULL,NULL);
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','ALYAF',2700,21,3,'OTCX','40.7407','128.57',2700,21,'FLAT',1,0,1,'WARN','v2',39,NULL,'2026-12-02T07:37:10.989Z','3525.38',NULL,NULL,NULL);
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','ALYI',2000,1,1,'OTCN','100.0000','2000.00',2000,1,'FLAT',1,0,1,'WARN','v2',39,NULL,'2026-12-02T07:37:10.989Z','10000.00',NULL,NULL,NULL);
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','AMADY',19102,260,3,'OTCN','36.5093','73.47',19102,260,'FLAT',1,0,1,'WARN','v2',39,NULL,'2026-12-02T07:37:10.989Z','3355.53',NULL,NULL,NULL);
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','AMBIQ',1385,12,2,'OTCX','61.2274','115.42',1385,12,'FLAT',1,0,1,'WARN','v2',39,NULL,'2026-12-02T07:37:10.989Z','5252.11',NULL,NULL,NULL);
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','AMBWQ',20783,2,2,'OTCN','96.2325','10391.50',20783,2,'FLAT',1,0,1,'WARN','v2',39,NULL,'2026-12-02T07:37:10.989Z','9274.89',NULL,NULL,NULL);
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','AMBZ',6786,61,2,'OTCN','72.2959','111.25',6786,61,'FLAT',1,0,1,'WARN','v2',39,NULL,'2026-12-02T07:37:10.989Z','5994.21',NULL,NULL,NULL);
INSERT INTO otc_research_snapshot VALUES('2025-11-21','NMS_TIER_1','AAPL',3500000,18800,3,'NITE','42.8571','186.17',3500000,18800,'FLAT',1,0,1,'WARN','v2',26,1,'2026-12-02T07:37:09.051Z','3534.69',NULL,NULL,NULL);
INSERT INTO otc_research_snapshot VALUES('2025-11-21','NMS_TIER_1','META',1200000,6000,2,'NITE','58.3333','200.00',1200000,6000,'FLAT',1,0,1,'WARN','v2',26,1,'2026-12-02T07:37:09.051Z','5138.89',NULL,NULL,NULL);
INSERT INTO otc_research_snapshot VALUES('2025-11-21','NMS_TIER_1','MSFT',900000,4500,2,'JANE','55.5556','200.00',900000,4500,'FLAT',1,0,1,'WARN','v2',26,1,'2026-12-02T07:37:09.051Z','5061.73',NULL,NULL,NULL);
INSERT INTO otc_research_snapshot VALUES('2025-11-21','NMS_TIER_1','NVDA',3500000,17500,2,'NITE','57.1429','200.00',3500000,17500,'FLAT',1,0,1,'WARN','v2',26,1,'2026-12-02T07:37:09.051Z','5102.04',NULL,NULL,NULL);
INSERT INTO otc_research_snapshot VALUES('2025-11-21','NMS_TIER_1','TSLA',1500000,7700,2,'NITE','60.0000','194.81',1500000,7700,'FLAT',1,0,1,'WARN','v2',26,1,'2026-12-02T07:37:09.051Z','5200.00',NULL,NULL,NULL);
INSERT INTO otc_research_snapshot VALUES('2025-11-28','NMS_TIER_1','AAPL',3620000,19300,3,'NITE','42.8177','187.56',3560000,19050,'FLAT',2,0,1,'WARN','v2',27,1,'2026-12-02T07:37:09.054Z','3538.81',NULL,NULL,NULL);
INSERT INTO otc_research_snapshot VALUES('2025-11-28','NMS_TIER_1','META',1540000,7700,3,'NITE','46.7532','200.00',1370000,6850,'UP',2,0,1,'WARN','v2',27,1,'2026-12-02T07:37:09.054Z','3705.52',NULL,NULL,NULL);
INSERT INTO otc_research_snapshot VALUES('2025-11-28','NMS_TIER_1','MSFT',940000,4700,2,'JANE','55.3191','200.00',920000,4600,'FLAT',2,0,1,'WARN','v2',27,1,'2026-12-02T07:37:09.054Z','5056.59',NULL,NULL,NULL);
INSERT INTO otc_research_snapshot VALUES('2025-11-28','NMS_TIER_1','NVDA',3350000,16700,2,'NITE','56.7164','200.60',3425000,17100,'FLAT',2,0,1,'WARN','v2',27,1,'2026-12-02T07:37:09.054Z','5090.22',NULL,NULL,NULL);
INSERT INTO otc_research_snapshot VALUES('2025-11-28','NMS_TIER_1','TSLA',1600000,8100,2,'NITE','59.3750','197.53',1550000,7900,'UP',2,0,1,'WARN','v2',27,1,'2026-12-02T07:37:09.054Z','5175.78',NULL,NULL,NULL);
INSERT INTO otc_research_snapshot VALUES('2025-11-28','OTC','ZIVO',499,2,1,'OTCN','100.0000','249.50',249,1,'UP',2,0,1,'WARN','v2',43,NULL,'2026-12-02T07:37:11.831Z','10000.00',NULL,NULL,NULL);
INSERT INTO otc_research_snapshot VALUES('2025-11-28','OTC','ZLNDY',17881,82,3,'OTCX','58.2741','218.06',8940,41,'UP',2,0,1,'WARN','v2',43,NULL,'2026-12-02T07:37:11.831Z','4503.16',NULL,NULL,NULL);
INSERT INTO otc_research_snapshot VALUES('2025-11-28','OTC','ZMDTF',31516,25,2,'OTCN','78.8488','1260.64',15758,12,'UP',2,0,1,'WARN','v2',43,NULL,'2026-12-02T07:37:11.831Z','6664.51',NULL,NULL,NULL);
INSERT INTO otc_research_snapshot VALUES('2025-11-28','OTC','ZNOG',285496,95,2,'OTCN','88.5011','3005.22',142748,47,'UP',2,0,1,'WARN','v2',43,NULL,'2026-12-02T07:37:11.831Z','7964.66',NULL,NULL,NULL);
INSERT INTO otc_research_snapshot VALUES('2025-11-28','OTC','ZOMDF',94317,17,2,'OTCN','98.6026','5548.06',47158,8,'UP',2,0,1,'WARN','v2',43,NULL,'2026-12-02T07:37:11.831Z','9724.42',NULL,NULL,NULL);
INSERT INTO otc_research_snapshot VALUES('2025-11-28','OTC','ZPTA',41930,14,1,'OTCX','100.0000','2995.00',20965,7,'UP',2,0,1,'WARN','v2',43,NULL,'2026-12-02T07:37:11.831Z','10000.00',NULL,NULL,NULL);
INSERT INTO otc_research_snapshot VALUES('2025-11-28','OTC','ZPTAF',200,2,2,'OTCN','50.0000','100.00',100,1,'UP',2,0,1,'WARN','v2',43,NULL,'2026-12-02T07:37:11.831Z','5000.00',NULL,NULL,NULL);
INSERT INTO otc_research_snapshot VALUES('2025-11-28','OTC','ZURVY',76674,347,3,'OTCX','39.0237','220.96',38337,173,'UP',2,0,1,'WARN','v2',43,NULL,'2026-12-02T07:37:11.831Z','3487.35',NULL,NULL,NULL);
INSERT INTO otc_research_snapshot VALUES('2025-11-28','OTC','ZVOI',12002,3,1,'OTCX','100.0000','4000.67',6001,1,'UP',2,0,1,'WARN','v2',43,NULL,'2026-12-02T07:37:11.831Z','10000.00',NULL,NULL,NULL);
INSERT INTO otc_research_snapshot VALUES('2025-11-28','OTC','ZVSA',6,3,2,'OTCN','66.6667','2.00',3,1,'UP',2,0,1,'WARN','v2',43,NULL,'2026-12-02T07:37:11.831Z','5555.56',NULL,NULL,NULL);
INSERT INTO otc_research_snapshot VALUES('2025-12-05','NMS_TIER_1','AAPL',3730000,19800,3,'NITE','42.8954','188.38',3616666,19300,'FLAT',3,0,1,'WARN','v2',28,1,'2026-12-02T07:37:09.056Z','3536.93',NULL,NULL,NULL);
INSERT INTO otc_research_snapshot VALUES('2025-12-05','NMS_TIER_1','META',1290000,6450,2,'NITE','58.1395','200.00',1343333,6716,'FLAT',3,0,1,'WARN','v2',28,1,'2026-12-02T07:37:09.056Z','5132.50',NULL,NULL,NULL);
INSERT INTO otc_research_snapshot VALUES('2025-12-05','NMS_TIER_1','MSFT',980000,4900,2,'JANE','55.1020','200.00',940000,4700,'FLAT',3,0,1,'WARN','v2',28,1,'2026-12-02T07:37:09.056Z','5052.06',NULL,NULL,NULL);
INSERT INTO otc_research_snapshot VALUES('2025-12-05','NMS_TIER_1','NVDA',3250000,16200,2,'NITE','56.9231','200.62',3366666,16800,'FLAT',3,0,1,'WARN','v2',28,1,'2026-12-02T07:37:09.056Z','5095.86',NULL,NULL,NULL);
INSERT INTO otc_research_snapshot VALUES('2025-12-05','NMS_TIER_1','TSLA',1700000,8600,2,'NITE','58.8235','197.67',1600000,8133,'UP',3,0,1,'WARN','v2',28,1,'2026-12-02T07:37:09.056Z','5155.71',NULL,NULL,NULL);
INSERT INTO otc_research_snapshot VALUES('2025-12-12','NMS_TIER_1','AAPL',3670000,19400,3,'NITE','43.0518','189.18',3630000,19325,'FLAT',4,0,1,'WARN','v2',29,1,'2026-12-02T07:37:09.059Z','3543.64',NULL,NULL,NULL);
INSERT INTO otc_research_snapshot VALUES('2025-12-12','NMS_TIER_1','META',1510000,7550,3,'NITE','48.3444','200.00',1385000,6925,'FLAT',4,0,1,'WARN','v2',29,1,'2026-12-02T07:37:09.059Z','3843.25',NULL,NULL,NULL);
INSERT INTO otc_research_snapshot VALUES('2025-12-12','NMS_TIER_1','MSFT',960000,4800,2,'JANE','55.2083','200.00',945000,4725,'UP',4,0,1,'WARN','v2',29,1,'2026-12-02T07:37:09.059Z','5054.25',NULL,NULL,NULL);
INSERT INTO otc_research_snapshot VALUES('2025-12-12','NMS_TIER_1','NVDA',3150000,15800,2,'NITE','57.1429','199.37',3312500,16550,'DOWN',4,0,1,'WARN','v2',29,1,'2026-12-02T07:37:09.059Z','5102.04',NULL,NULL,NULL);
INSERT INTO otc_research_snapshot VALUES('2025-12-12','NMS_TIER_1','TSLA',1770000,8900,2,'NITE','59.3220','198.88',1642500,8325,'UP',4,0,1,'WARN','v2',29,1,'2026-12-02T07:37:09.059Z','5173.80',NULL,NULL,NULL);
INSERT INTO otc_research_snapshot VALUES('2025-12-19','NMS_TIER_1','AAPL',3790000,20100,3,'NITE','42.7441','188.56',3662000,19480,'FLAT',5,0,1,'WARN','v2',30,1,'2026-12-02T07:37:09.061Z','3530.54',NULL,NULL,NULL);
INSERT INTO otc_research_snapshot VALUES('2025-12-19','NMS_TIER_1','META',1310000,6550,2,'NITE','58.0153','200.00',1370000,6850,'FLAT',5,0,1,'WARN','v2',30,1,'2026-12-02T07:37:09.061Z','5128.49',NULL,NULL,NULL);
INSERT INTO otc_research_snapshot VALUES('2025-12-19','NMS_TIER_1','MSFT',1000000,5000,2,'JANE','55.0000','200.00',956000,4780,'UP',5,0,1,'WARN','v2',30,1,'2026-12-02T07:37:09.061Z','5050.00',NULL,NULL,NULL);
INSERT INTO otc_research_snapshot VALUES('2025-12-19','NMS_TIER_1','NVDA',3050000,15300,2,'NITE','57.3770','199.35',3260000,16300,'DOWN',5,0,1,'WARN','v2',30,1,'2026-12-02T07:37:09.061Z','5108.84',NULL,NULL,NULL);
INSERT INTO otc_research_snapshot VALUES('2025-12-19','NMS_TIER_1','TSLA',1850000,9300,2,'NITE','59.4595','198.92',1684000,8520,'UP',5,0,1,'WARN','v2',30,1,'2026-12-02T07:37:09.061Z','5178.96',NULL,NULL,NULL);
INSERT INTO otc_research_snapshot VALUES('2025-12-19','NMS_TIER_2','HWTH',7300,52,1,'PNCL','100.0000','140.38',7300,52,'FLAT',1,0,1,'WARN','v2',47,NULL,'2026-12-02T07:37:12.583Z','10000.00',NULL,NULL,NULL);
INSERT INTO otc_research_snapshot VALUES('2025-12-19','NMS_TIER_2','ORLB',60250,479,2,'KSTL','80.0166','125.78',60250,479,'FLAT',1,0,1,'WARN','v2',47,NULL,'2026-12-02T07:37:12.583Z','6801.99',NULL,NULL,NULL);
INSERT INTO otc_research_snapshot VALUES('2025-12-19','NMS_TIER_2','VSPR',2500,9,1,'KSTL','100.0000','277.78',2500,9,'FLAT',1,0,1,'WARN','v2',47,NULL,'2026-12-02T07:37:12.583Z','10000.00',NULL,NULL,NULL);
INSERT INTO otc_research_snapshot VALUES('2025-12-26','NMS_TIER_1','HLVN',713050,2555,2,'KSTL','86.2843','279.08',118841,425,'UP',6,1,1,'PASS','v2',51,NULL,'2026-12-02T07:37:13.573Z','7633.10',0,0,'100.0000');
INSERT INTO otc_research_snapshot VALUES('2025-12-26','NMS_TIER_1','MBRK',3580000,12130,2,'DRFT','58.6592','295.14',596666,2021,'UP',6,1,1,'PASS','v2',51,NULL,'2026-12-02T07:37:13.573Z','5149.96',950000,410,'79.0287');
INSERT INTO otc_research_snapshot VALUES('2025-12-26','NMS_TIER_1','QRTZ',2482500,8473,3,'KSTL','50.3525','292.99',413750,1412,'UP',6,1,1,'PASS','v2',51,NULL,'2026-12-02T07:37:13.573Z','3916.78',3141200,1617,'44.1435');
CREATE TABLE otc_check_severity (
    status   TEXT PRIMARY KEY,
    severity INTEGER NOT NULL UNIQUE
) WITHOUT ROWID;
INSERT INTO otc_check_severity VALUES('FAIL',2);
INSERT INTO otc_check_severity VALUES('PASS',0);
INSERT INTO otc_check_severity VALUES('WARN',1);
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
INSERT INTO otc_non_ats_volume VALUES('2025-12-26','NMS_TIER_1','MBRK',7059,'ORRIN CAPITAL MARKETS LLC',950000,410,'2317.07','9b93966c5b407263ff876de4971f350e',48,NULL,'2026-12-02T07:37:12.802Z');
INSERT INTO otc_non_ats_volume VALUES('2025-12-26','NMS_TIER_1','QRTZ',0,'De Minimis Firms',41200,97,'424.74','e5f53f428853b37eb9c2ec5869ae2a86',48,NULL,'2026-12-02T07:37:12.802Z');
INSERT INTO otc_non_ats_volume VALUES('2025-12-26','NMS_TIER_1','QRTZ',104213,'HALDANE SECURITIES LLC',3100000,1520,'2039.47','6c1da73206d07597aad8e650cda65087',48,NULL,'2026-12-02T07:37:12.802Z');
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
INSERT INTO otc_venue_concentration VALUES('2025-11-14','OTC',4,'7335.56','v1',37,NULL,'2026-12-02T07:37:10.577Z');
INSERT INTO otc_venue_concentration VALUES('2025-11-21','NMS_TIER_1',4,'3465.65','v1',4,1,'2026-12-02T07:37:09.002Z');
INSERT INTO otc_venue_concentration VALUES('2025-11-28','NMS_TIER_1',4,'3310.11','v1',7,1,'2026-12-02T07:37:09.010Z');
INSERT INTO otc_venue_concentration VALUES('2025-11-28','OTC',3,'5478.67','v1',41,NULL,'2026-12-02T07:37:11.357Z');
INSERT INTO otc_venue_concentration VALUES('2025-12-05','NMS_TIER_1',4,'3389.43','v1',10,1,'2026-12-02T07:37:09.019Z');
INSERT INTO otc_venue_concentration VALUES('2025-12-12','NMS_TIER_1',4,'3294.11','v1',13,1,'2026-12-02T07:37:09.026Z');
INSERT INTO otc_venue_concentration VALUES('2025-12-19','NMS_TIER_1',4,'3366.26','v1',16,1,'2026-12-02T07:37:09.034Z');
INSERT INTO otc_venue_concentration VALUES('2025-12-19','NMS_TIER_2',3,'5644.50','v1',45,NULL,'2026-12-02T07:37:12.204Z');
INSERT INTO otc_venue_concentration VALUES('2025-12-26','NMS_TIER_1',3,'4362.70','v1',49,NULL,'2026-12-02T07:37:12.989Z');
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
INSERT INTO otc_week_outcomes VALUES('2025-11-21','NMS_TIER_1','OK',NULL,NULL,1,1,'2026-12-02T07:37:09.004Z');
INSERT INTO otc_week_outcomes VALUES('2025-11-28','NMS_TIER_1','OK',NULL,NULL,1,1,'2026-12-02T07:37:09.012Z');
INSERT INTO otc_week_outcomes VALUES('2025-12-05','NMS_TIER_1','OK',NULL,NULL,1,1,'2026-12-02T07:37:09.020Z');
INSERT INTO otc_week_outcomes VALUES('2025-12-12','NMS_TIER_1','OK',NULL,NULL,1,1,'2026-12-02T07:37:09.028Z');
INSERT INTO otc_week_outcomes VALUES('2025-12-19','NMS_TIER_1','OK',NULL,NULL,1,1,'2026-12-02T07:37:09.036Z');
INSERT INTO otc_week_outcomes VALUES('2025-12-26','NMS_TIER_1','OK',NULL,NULL,1,1,'2026-12-02T07:37:09.043Z');
CREATE TABLE otc_week_key (
    week_key              INTEGER PRIMARY KEY,
    week_ending           TEXT NOT NULL,
    tier                  TEXT NOT NULL,
    normalized_lineage_id INTEGER,
    UNIQUE (week_ending, tier)
);
INSERT INTO otc_week_key VALUES(1,'2025-11-21','NMS_TIER_1',2);
INSERT INTO otc_week_key VALUES(2,'2025-11-28','NMS_TIER_1',4);
INSERT INTO otc_week_key VALUES(3,'2025-12-05','NMS_TIER_1',6);
INSERT INTO otc_week_key VALUES(4,'2025-12-12','NMS_TIER_1',8);
INSERT INTO otc_week_key VALUES(5,'2025-12-19','NMS_TIER_1',10);
INSERT INTO otc_week_key VALUES(6,'2025-12-26','NMS_TIER_1',20);
INSERT INTO otc_week_key VALUES(7,'2025-11-14','OTC',17);
INSERT INTO otc_week_key VALUES(8,'2025-11-28','OTC',18);
INSERT INTO otc_week_key VALUES(9,'2025-12-19','NMS_TIER_2',19);
CREATE TABLE otc_text (
    text_id INTEGER PRIMARY KEY,
    text    TEXT NOT NULL UNIQUE
);
INSERT INTO otc_text VALUES(1,'Asia Broadband Inc Common Stock');
INSERT INTO otc_text VALUES(2,'OTC LINK NQB IDQS');
INSERT INTO otc_text VALUES(3,'2025-12-15');
INSERT INTO otc_text VALUES(4,'OTC LINK ECN ATS');
INSERT INTO otc_text VALUES(5,'AAC Technologies Holdings Inc Unsponsored ADR (Cayman Islands)');
INSERT INTO otc_text VALUES(6,'GLOBAL OTC');
INSERT INTO otc_text VALUES(7,'SILVER47 EXPL CORP COM (Canada)');
INSERT INTO otc_text VALUES(8,'All American Gold Corp. Common Stock');
INSERT INTO otc_text VALUES(9,'Aftermath Silver Ltd Ordinary Shares');
INSERT INTO otc_text VALUES(10,'AIA Group, Ltd. Sponsored American Depository Receipt (Hong Kong)');
INSERT INTO otc_text VALUES(11,'AMERICAN AIRES INC COM NEW (Canada)');
INSERT INTO otc_text VALUES(12,'ARRIVED HOMES 4 LLC MEMBERSHIP INT SER ALLEN');
INSERT INTO otc_text VALUES(13,'NORTH CAPITAL PRIVATE SECURITIES CORPORATION');
INSERT INTO otc_text VALUES(14,'Altisource Asset Mgmt Corp');
INSERT INTO otc_text VALUES(15,'ARRIVED HOMES 3 LLC MEMBERSHIP INT SER ARYA');
INSERT INTO otc_text VALUES(16,'AMG CAP TR II CONV TR 5.15% PFD SECS 10/15/2037');
INSERT INTO otc_text VALUES(17,'ALMADEN MINERALS LTD COM (Canada)');
INSERT INTO otc_text VALUES(18,'Abn Amro BK N V Amsterdam Brh American Depositary Receipts - Unsponsored (Netherlands)');
INSERT INTO otc_text VALUES(19,'Advantage Energy Ltd. Ordinary Shares');
INSERT INTO otc_text VALUES(20,'ASCEND WELLNESS HOLDINGS INC CL A');
INSERT INTO otc_text VALUES(21,'ABB LTD American Depositary Receipts - Sponsored');
INSERT INTO otc_text VALUES(22,'ABRASILVER RESOURCE CORP COM NEW (Canada)');
INSERT INTO otc_text VALUES(23,'AmBase Corporation Common Stock');
INSERT INTO otc_text VALUES(24,'Vision Lithium Inc Ordinary Shares');
INSERT INTO otc_text VALUES(25,'ATHENA BITCOIN GLOBAL Common Stock');
INSERT INTO otc_text VALUES(26,'Abcourt Mines Inc Cl-B (F) Ordinary Shares');
INSERT INTO otc_text VALUES(27,'Aben Gold Corp. Ordinary Shares');
INSERT INTO otc_text VALUES(28,'AB INTL GROUP CORP Common Stock');
INSERT INTO otc_text VALUES(29,'ARRIVED HOMES 4 LLC MEMBERSHIP INT SER BRECKENRIDGE');
INSERT INTO otc_text VALUES(30,'AIRBOSS OF AMER CORP COM NEW (Canada)');
INSERT INTO otc_text VALUES(31,'ABAXX TECHNOLOGIES INC Common Shares');
INSERT INTO otc_text VALUES(32,'Accor S A American Depositary Receipts - Sponsored (France)');
INSERT INTO otc_text VALUES(33,'Air Canada Inc Vtg & Var Vtg Shares (Canada)');
INSERT INTO otc_text VALUES(34,'Agricultural Bank of China Unsponsored American Depository Receipt (China)');
INSERT INTO otc_text VALUES(35,'ASSOCIATED CAP GROUP INC Common Stock');
INSERT INTO otc_text VALUES(36,'Alliance Creative Group, Inc. Common Stock');
INSERT INTO otc_text VALUES(37,'ARch Biopartners Inc. Ordinary Shares (Canada)');
INSERT INTO otc_text VALUES(38,'Atco Ltd  Cl I Nv Cda Ordinary Shares');
INSERT INTO otc_text VALUES(39,'ACCELLERON INDS LTD ADR - Unsponsored (Switzerland)');
INSERT INTO otc_text VALUES(40,'Agro Capital Management Corp Common Stock');
INSERT INTO otc_text VALUES(41,'ALLIED CRITICAL METALS INC Common Shares (Canada)');
INSERT INTO otc_text VALUES(42,'The A2 Milk Co Ltd Unsponsored ADR (New Zealand)');
INSERT INTO otc_text VALUES(43,'ACS Actividades De Construccion Y Servicios SA Unsponsored ADR (Spain)');
INSERT INTO otc_text VALUES(44,'ADAPTIMMUNE THERAPEUTICS PLC American Depositary Shares - Sponsored');
INSERT INTO otc_text VALUES(45,'ALDEBARAN RES INC Ordinary Shares (Canada)');
INSERT INTO otc_text VALUES(46,'Adcore Inc Common Shares (Canada)');
INSERT INTO otc_text VALUES(47,'adidas AG Sponsored ADR (Germany)');
INSERT INTO otc_text VALUES(48,'American Diversified Holdings Corporation Common Stock');
INSERT INTO otc_text VALUES(49,'Adia Nutrition, Inc. Common Stock');
INSERT INTO otc_text VALUES(50,'ADVENT TECHNOLOGIES HLDGS INC Common Stock');
INSERT INTO otc_text VALUES(51,'PT Alamtri Resources Indonesia Tbk American Depositary Receipts - Unsponsored');
INSERT INTO otc_text VALUES(52,'Audio Pixels Holdings Ltd Sponsored ADR (Australia)');
INSERT INTO otc_text VALUES(53,'Koninklijke Ahold Delhaize N.V. American Depositary Receipts - Sponsored');
INSERT INTO otc_text VALUES(54,'Andritz Ag Graz Unsponsored ADR (Austria)');
INSERT INTO otc_text VALUES(55,'Adapti, Inc.  Common Stock');
INSERT INTO otc_text VALUES(56,'ANDREW PELLER LTD CL A (Canada)');
INSERT INTO otc_text VALUES(57,'Ayala Pharmaceuticals, Inc. Common Stock');
INSERT INTO otc_text VALUES(58,'Adyen N.V. Unsponsored ADR (Netherlands)');
INSERT INTO otc_text VALUES(59,'Anadolu Efes Biracilik Ve Malt Sanayi AS Sponsored ADR Reg S (Turkey)');
INSERT INTO otc_text VALUES(60,'AECON GROUP INC Ordinary Shares');
INSERT INTO otc_text VALUES(61,'ARRIVED HOMES 4 LLC MEMBERSHIP INT SER WENDELL Shares of Beneficial Interest');
INSERT INTO otc_text VALUES(62,'ARRIVED HOMES 4 LLC MEMBERSHIP INT SER WIZARD Shares of Beneficial Interest');
INSERT INTO otc_text VALUES(63,'ARRIVED HOMES 4 LLC MEMBERSHIP INT SER RESOLANA Shares of Beneficial Interest');
INSERT INTO otc_text VALUES(64,'ARRIVED HOMES 4 LLC MEMBERSHIP INT SER NICOLE Shares of Beneficial Interest');
INSERT INTO otc_text VALUES(65,'ARRIVED HOMES 5 LLC MEMBERSHIP INT SER GOLDFINGER Shares of Beneficial Interest');
INSERT INTO otc_text VALUES(66,'ARRIVED HOMES 3 LLC MEMBERSHIP INT SER TOMLINSON Shares of Beneficial Interest');
INSERT INTO otc_text VALUES(67,'ARRIVED HOMES 3 LLC MEMBERSHIP INT SER PRESIDIO Shares of Beneficial Interest');
INSERT INTO otc_text VALUES(68,'ARRIVED HOMES 3 LLC MEMBERSHIP INT SER SPANGLER Shares of Beneficial Interest');
INSERT INTO otc_text VALUES(69,'ARRIVED HOMES 4 LLC MEMBERSHIP INT SER SATJANON Shares of Beneficial Interest');
INSERT INTO otc_text VALUES(70,'ARRIVED HOMES 4 LLC MEMBERSHIP INT SER ARCOLA Shares of Beneficial Interest');
INSERT INTO otc_text VALUES(71,'ARRIVED HOMES 3 LLC MEMBERSHIP INT SER ADAMS Shares of Beneficial Interest');
INSERT INTO otc_text VALUES(72,'ARRIVED HOMES LLC MEMBERSHIP INT SER WINCHESTER Shares of Beneficial Interest');
INSERT INTO otc_text VALUES(73,'ARRIVED HOMES LLC MEMBERSHIP INT SER THEODORE Shares of Beneficial Interest');
INSERT INTO otc_text VALUES(74,'ARRIVED HOMES 4 LLC MEMBERSHIP INT SER GENTRY Shares of Beneficial Interest');
INSERT INTO otc_text VALUES(75,'ARRIVED HOMES LLC MEMBERSHIP INT SER ELLEN Shares of Beneficial Interest');
INSERT INTO otc_text VALUES(76,'Applied Energetics, Inc Common Stock');
INSERT INTO otc_text VALUES(77,'Aether Global Innovations Corp. Ordinary Shares');
INSERT INTO otc_text VALUES(78,'Arc Resources Ltd. Ordinary Shares (Canada)');
INSERT INTO otc_text VALUES(79,'ARK7 PPTYS PLUS LLC MEMBERSHIP INT SER - #EYPIR');
INSERT INTO otc_text VALUES(80,'AmTrust Financial Services, Inc. 7.25% Subordinated Notes Due 2055');
INSERT INTO otc_text VALUES(81,'AmTrust Financial Services, Inc. 7.50% Subordinated Notes Due 2055');
INSERT INTO otc_text VALUES(82,'Affluence Corporation Common Stock');
INSERT INTO otc_text VALUES(83,'Affymax, Inc. Common Stock');
INSERT INTO otc_text VALUES(84,'ACUTUS MED INC Common Stock');
INSERT INTO otc_text VALUES(85,'Air France ADS ADS');
INSERT INTO otc_text VALUES(86,'ALPHAMIN RESOURCES CORP CLEAN SHARES (Mauritius)');
INSERT INTO otc_text VALUES(87,'Amtrust Financial Services, Inc. 6.75% Non-Cumulative Preferred Stock, Series A');
INSERT INTO otc_text VALUES(88,'AmTrust Financial Services, Inc. Depositary Shares, each Representing 1/40th of a Share of 7.25% Non Cumulative Preferred Stock, Series B');
INSERT INTO otc_text VALUES(89,'AmTrust Financial Services, Inc. Depositary Shares, each Representing 1/40th of a Share of 7.75% Non-Cumulative Preferred Stock, Series E');
INSERT INTO otc_text VALUES(90,'AmTrust Financial Services, Inc. Depositary Shares, Each Representing 1/40 th Interest in a Share of 6.95% Non-Cumulative Preferred Stock, Series F');
INSERT INTO otc_text VALUES(91,'ARK7 PPTYS PLUS LLC MEMBERSHIP INT SER - #FTWDS');
INSERT INTO otc_text VALUES(92,'ARGENTA SILVER CORP COM (Canada)');
INSERT INTO otc_text VALUES(93,'Ageas Sponsored ADR (Belgium)');
INSERT INTO otc_text VALUES(94,'A G F Mgmt Ltd Cl B Non Vtg Ordinary Shares');
INSERT INTO otc_text VALUES(95,'American Graphite Technologies Inc. Common Stock');
INSERT INTO otc_text VALUES(96,'AGL Energy Ltd American Depositary Receipts - Sponsored (Australia)');
INSERT INTO otc_text VALUES(97,'SILVER MTN RES INC Common Stock');
INSERT INTO otc_text VALUES(98,'ALGERNON HEALTH INC COM CL A (Canada)');
INSERT INTO otc_text VALUES(99,'Absa Group Ltd American Depositary Receipts - Sponsored');
INSERT INTO otc_text VALUES(100,'SILVER X MNG CORP Common Shares');
INSERT INTO otc_text VALUES(101,'Allied Energy Corporation. Common Stock');
INSERT INTO otc_text VALUES(102,'ARRIVED HOMES 4 LLC MEMBERSHIP INT SER ANNANDALE Shares of Beneficial Interest');
INSERT INTO otc_text VALUES(103,'ARRIVED HOMES LLC MEMBERSHIP INT SER ABERNANT Shares of Beneficial Interest');
INSERT INTO otc_text VALUES(104,'ARRIVED HOMES 3 LLC MEMBERSHIP INT SER ARAMIS');
INSERT INTO otc_text VALUES(105,'ARRIVED HOMES 3 LLC MEMBERSHIP INT SER ATHOS');
INSERT INTO otc_text VALUES(106,'ARRIVED HOMES 3 LLC MEMBERSHIP INT SER BARCLAY');
INSERT INTO otc_text VALUES(107,'ARRIVED HOMES 3 LLC MEMBERSHIP INT SER BRADFORD Shares of Beneficial Interest');
INSERT INTO otc_text VALUES(108,'ARRIVED HOMES 3 LLC MEMBERSHIP INT SER BOXWOOD Shares of Beneficial Interest');
INSERT INTO otc_text VALUES(109,'Anhui Conch Cement Unsponsored ADR representing Shares -H- (China)');
INSERT INTO otc_text VALUES(110,'ARRIVED HOMES 4 LLC MEMBERSHIP INT SER COMMODORE Shares of Beneficial Interest');
INSERT INTO otc_text VALUES(111,'ARRIVED HOMES 3 LLC MEMBERSHIP INT SER ELLIE Shares of Beneficial Interest');
INSERT INTO otc_text VALUES(112,'ARRIVED HOMES LLC MEMBERSHIP INT SER EASTWOOD Shares of Beneficial Interest');
INSERT INTO otc_text VALUES(113,'Adecco Group AG American Depositary Receipts - Unsponsored');
INSERT INTO otc_text VALUES(114,'ARRIVED HOMES LLC MEMBERSHIP INT SER FELIX Shares of Beneficial Interest');
INSERT INTO otc_text VALUES(115,'ARRIVED HOMES 3 LLC MEMBERSHIP INT SER GLENNCREST');
INSERT INTO otc_text VALUES(116,'ARRIVED HOMES LLC MEMBERSHIP INT SER GEN Shares of Beneficial Interest');
INSERT INTO otc_text VALUES(117,'ARRIVED HOMES 5 LLC MEMBERSHIP INT SER CLARK');
INSERT INTO otc_text VALUES(118,'ARRIVED HOMES 4 LLC MEMBERSHIP INT SER HOLLY Shares of Beneficial Interest');
INSERT INTO otc_text VALUES(119,'ARRIVED HOMES 3 LLC MEMBERSHIP INT SER HAYBRIDGE');
INSERT INTO otc_text VALUES(120,'ARRIVED HOMES 3 LLC MEMBERSHIP INT SER JOHNSON Shares of Beneficial Interest');
INSERT INTO otc_text VALUES(121,'Asahi Kaisai Corporation American Depositary Shares');
INSERT INTO otc_text VALUES(122,'ARRIVED HOMES 3 LLC MEMBERSHIP INT SER KEYSTONE Shares of Beneficial Interest');
INSERT INTO otc_text VALUES(123,'RSE ARCHIVE LLC MEMBERSHIP INT SER - HONUS T206 HONUS WAGNER CARD');
INSERT INTO otc_text VALUES(124,'RSE ARCHIVE LLC MEMBERSHIP INT SER - 39TEDWILL 1939 PLAY BALL TED WILLIAMS (CARD)');
INSERT INTO otc_text VALUES(125,'RSE ARCHIVE LLC MEMBERSHIP INT SER - 09TROUT2 2009 MIKE TROUT XFRACTOR CARD');
INSERT INTO otc_text VALUES(126,'RSE ARCHIVE LLC MEMBERSHIP INT SER - 91JORDAN 1991 JORDAN GAME WORN UNIFORM');
INSERT INTO otc_text VALUES(127,'RSE ARCHIVE LLC MEMBERSHIP INT SER - DOMNOS 1990 ROLEX DOMINOS AIR-KING');
INSERT INTO otc_text VALUES(128,'RSE ARCHIVE LLC MEMBERSHIP INT SER - 13GIANNIS 2013 PANINI GIANNIS (ANTETOKOUNMPO CARD)');
INSERT INTO otc_text VALUES(129,'RSE ARCHIVE LLC MEMEBERSHIP INT SER - 07DURANT 2007 TOPPS KEVIN DURANT (ROOKIE CARD)');
INSERT INTO otc_text VALUES(130,'RSE ARCHIVE LLC MEMBERSHIP INT SER - 1986 TOPPS BARRY BDS ROOKIE (CARD)');
INSERT INTO otc_text VALUES(131,'RSE ARCHIVE LLC MEMBERSHIP INT SER - 1941 DETECTIVE COMICS #58');
INSERT INTO otc_text VALUES(132,'ARRIVED HOMES LLC MEMBERSHIP INT SER ALVIN Shares of Beneficial Interest');
INSERT INTO otc_text VALUES(133,'ARRIVED HOMES 3 LLC MEMBERSHIP INT SER LIBERTY SHARES OF BENEFICIAL INTEREST');
INSERT INTO otc_text VALUES(134,'ARRIVED HOMES 3 LLC MEMBERSHIP INT SER MARCY SHARES OF BENEFICIAL INTEREST');
INSERT INTO otc_text VALUES(135,'ARRIVED HOMES 3 LLC MEMBERSHIP INT SER NORTHBROOK Shares of Beneficial Interest');
INSERT INTO otc_text VALUES(136,'Athena Gold Corporation Common Stock');
INSERT INTO otc_text VALUES(137,'ARRIVED HOMES 3 LLC MEMBERSHIP INT SER NORTHRIDGE Shares of Beneficial Interest');
INSERT INTO otc_text VALUES(138,'ARRIVED HOMES LLC MEMBERSHIP INT SER HOBBES');
INSERT INTO otc_text VALUES(139,'ARRIVED HOMES 3 LLC MEMBERSHIP INT SER BAYNE');
INSERT INTO otc_text VALUES(140,'ARRIVED HOMES 3 LLC MEMBERSHIP INT SER PHOEBE Shares of Beneficial Interest');
INSERT INTO otc_text VALUES(141,'ARRIVED HOMES LLC MEMBERSHIP INT SER PALMER');
INSERT INTO otc_text VALUES(142,'ARRIVED HOMES 3 LLC MEMBERSHIP INT SER PEBBLESTONE Shares of Beneficial Interest');
INSERT INTO otc_text VALUES(143,'ARRIVED HOMES 3 LLC MEMBERSHIP INT SER RATLIFF Shares of Beneficial Interest');
INSERT INTO otc_text VALUES(144,'ARRIVED HOMES 3 LLC MEMBERSHIP INT SER ROANOKE Shares of Beneficial Interest');
INSERT INTO otc_text VALUES(145,'ARRIVED HOMES 3 LLC MEMBERSHIP INT SER REDWOOD Shares of Beneficial Interest');
INSERT INTO otc_text VALUES(146,'ARRIVED HOMES LLC MEMBERSHIP INT SER BERGENIA');
INSERT INTO otc_text VALUES(147,'ARRIVED HOMES LLC MEMBERSHIP INT SER BRIARWOOD');
INSERT INTO otc_text VALUES(148,'ARRIVED HOMES LLC MEMBERSHIP INT SER CALVIN');
INSERT INTO otc_text VALUES(149,'ARRIVED HOMES 3 LLC MEMBERSHIP INT SER SANSA Shares of Beneficial Interest');
INSERT INTO otc_text VALUES(150,'ARRIVED HOMES LLC MEMBERSHIP INT SER CHINOOK');
INSERT INTO otc_text VALUES(151,'ARRIVED HOMES 3 LLC MEMBERSHIP INT SER TYTUS SHARES OF BENEFICIAL INTEREST');
INSERT INTO otc_text VALUES(152,'RSE ARCHIVE LLC MEMBERSHIP INT SER - 09COBB 1909-11 T206 TY COBB CARD');
INSERT INTO otc_text VALUES(153,'ARRIVED HOMES 3 LLC MEMBERSHIP INT SER WYNDHURST Shares of Beneficial Interest');
INSERT INTO otc_text VALUES(154,'AIB Group plc American Depositary Receipts - Unsponsored (Ireland)');
INSERT INTO otc_text VALUES(155,'Aibotics Inc. Common Stock');
INSERT INTO otc_text VALUES(156,'JIANPU TECHNOLOGY INC ADR NEW - Sponsored (Cayman)');
INSERT INTO otc_text VALUES(157,'Aimia, Inc.  Common Shares (Canada)');
INSERT INTO otc_text VALUES(158,'AI / ML Innovations Inc. Ordinary Shares');
INSERT INTO otc_text VALUES(159,'NETRAMARK HLDGS INC Common Stock');
INSERT INTO otc_text VALUES(160,'Airports of Thailand Public Co Ltd Unsponsored ADR (Thailand)');
INSERT INTO otc_text VALUES(161,'L''Air Liquide Ord American Depositary Shares');
INSERT INTO otc_text VALUES(162,'ROCKET DOCTOR AI INC Common Stock');
INSERT INTO otc_text VALUES(163,'Aurion Resources, Ltd. Ordinary Shares (Canada)');
INSERT INTO otc_text VALUES(164,'ARTIFICIAL INTELLIGENCE TECHNOLOGY SOLUTIONS INC. Common Stock');
INSERT INTO otc_text VALUES(165,'AJINOMOTO CO INC ADR - Unsponsored (Japan)');
INSERT INTO otc_text VALUES(166,'Akbank Turk Anonim Sirketi ADR (Turkey)');
INSERT INTO otc_text VALUES(167,'ALASKA ENERGY METALS CORP Common Shares');
INSERT INTO otc_text VALUES(168,'ARK7 PPTYS PLUS LLC Membership Interests Series #ORHOF');
INSERT INTO otc_text VALUES(169,'ARK7 PPTYS PLUS LLC  MEMBERSHIP INT SER - #OJXLW Shares of Beneficial Interest');
INSERT INTO otc_text VALUES(170,'ARK7 PPTYS PLUS LLC MEMBERSHIP INT SER - #JTDXY');
INSERT INTO otc_text VALUES(171,'ARK7 PPTYS PLUS LLC MEMBERSHIP INT SER WGI3Z INT');
INSERT INTO otc_text VALUES(172,'ARK7 PPTYS PLUS LLC MEMBERSHIP INT SER - #QGXF0');
INSERT INTO otc_text VALUES(173,'ARK7 PPTYS ADVANCE LLC LTD PARTNERSHIP INT SER #ICBTL');
INSERT INTO otc_text VALUES(174,'ARK7 PPTYS PLUS LLC MEMBERSHIP INT SER - #0XYT6');
INSERT INTO otc_text VALUES(175,'ARK7 PPTYS PLUS LLC MEMBERSHIP INT SER - #ZIE3T');
INSERT INTO otc_text VALUES(176,'AKER BP ASA ADR - Unsponsored (Norway)');
INSERT INTO otc_text VALUES(177,'AKER SOLUTIONS ASA  American Depositary Receipts - Unsponsored (Norway)');
INSERT INTO otc_text VALUES(178,'Akita Drilling Ltd Non Vtg A Ordinary Shares');
INSERT INTO otc_text VALUES(179,'ARK7 PPTYS PLUS LLC MEMBERSHIP INT SER - #ZAUH4');
INSERT INTO otc_text VALUES(180,'Akzo Nobel N.V. American Depositary Receipts - Sponsored');
INSERT INTO otc_text VALUES(181,'Alfa-Laval Ab Unsponsored ADR (Sweden)');
INSERT INTO otc_text VALUES(182,'ARRIVED HOMES 3 LLC MEMBERSHIP INT SER LANGLEY Shares of Beneficial Interest');
INSERT INTO otc_text VALUES(183,'Allianz SE Unsponsored ADR (Germany)');
INSERT INTO otc_text VALUES(184,'Allego N.V. Ordinary Shares');
INSERT INTO otc_text VALUES(185,'ANA Holdings Inc. Ord American Depositary Shares');
INSERT INTO otc_text VALUES(186,'ARRIVED HOMES 5 LLC MEMBERSHIP INT SER LOIS Shares of Beneficial Interest');
INSERT INTO otc_text VALUES(187,'Alpine Bks Colo CL B Common Shares');
INSERT INTO otc_text VALUES(188,'Astellas Pharma Inc Unsponsored ADR (Japan)');
INSERT INTO otc_text VALUES(189,'ALR Technologies SG LTD. Common Stock');
INSERT INTO otc_text VALUES(190,'ALPHA STAR ACQUISITION CORP Ordinary Shares');
INSERT INTO otc_text VALUES(191,'Alstom Unsponsored ADR (France)');
INSERT INTO otc_text VALUES(192,'Big Ridge Gold Corp. Common Shares');
INSERT INTO otc_text VALUES(193,'ALVOPETRO ENERGY LTD COM NEW (Canada)');
INSERT INTO otc_text VALUES(194,'Alithya Group Inc. Class A Subordinate Voting Shares (Canada)');
INSERT INTO otc_text VALUES(195,'Alternet Systems, Inc. Common Stock');
INSERT INTO otc_text VALUES(196,'Amadeus IT Group SA American Depositary Receipts - Unsponsored');
INSERT INTO otc_text VALUES(197,'AMBIPAR EMERGENCY RESPONSE Ordinary Shares');
INSERT INTO otc_text VALUES(198,'AMBIPAR EMERGENCY RESPONSE Warrant   03/06/2028');
INSERT INTO otc_text VALUES(199,'American Business Bank Common Stock');
INSERT INTO otc_text VALUES(200,'Zivo Bioscience, Inc. Common Stock');
INSERT INTO otc_text VALUES(201,'2025-12-29');
INSERT INTO otc_text VALUES(202,'ZALANDO SE  American Depositary Receipts - Unsponsored (Germany)');
INSERT INTO otc_text VALUES(203,'ZOOMD TECHNOLOGIES LTD COM (Canada)');
INSERT INTO otc_text VALUES(204,'ZION OIL & GAS INC Common Stock');
INSERT INTO otc_text VALUES(205,'ZOMEDICA CORP Common Stock');
INSERT INTO otc_text VALUES(206,'Zapata Computing Holdings Inc. Common Stock');
INSERT INTO otc_text VALUES(207,'Surge Energy, Inc Common Shares');
INSERT INTO otc_text VALUES(208,'Zurich Insurance Group Limited Sponsored American Depositary Shares');
INSERT INTO otc_text VALUES(209,'ZOVIO INC Common Stock');
INSERT INTO otc_text VALUES(210,'ZyVersa Therapeutics, Inc. Com Par $0.001');
INSERT INTO otc_text VALUES(211,'Orrin Labs, Inc. Common Stock');
INSERT INTO otc_text VALUES(212,'KESTREL CROSS ATS LLC');
INSERT INTO otc_text VALUES(213,'ATS_W_SMBL_FIRM');
INSERT INTO otc_text VALUES(214,'2026-01-19');
INSERT INTO otc_text VALUES(215,'DRIFTWOOD MATCH ATS');
INSERT INTO otc_text VALUES(216,'Hawthorne "Blue" Energy, L.P. Common Units');
INSERT INTO otc_text VALUES(217,'PINNACLE X ATS');
INSERT INTO otc_text VALUES(218,'Vesper Foods, Inc., Class A');
INSERT INTO otc_text VALUES(219,'Quartzline Systems Inc. Common Stock');
INSERT INTO otc_text VALUES(220,'NMS');
INSERT INTO otc_text VALUES(221,'2026-01-12');
INSERT INTO otc_text VALUES(222,'2026-01-09');
INSERT INTO otc_text VALUES(223,'Halvorsen Energy Corp. Class A');
INSERT INTO otc_text VALUES(224,'Marbrook Financial Group Inc. Common Stock');
INSERT INTO otc_text VALUES(225,'HALDANE SECURITIES LLC');
INSERT INTO otc_text VALUES(226,'OTC_W_SMBL_FIRM');
INSERT INTO otc_text VALUES(227,'De Minimis Firms');
INSERT INTO otc_text VALUES(228,'ORRIN CAPITAL MARKETS LLC');
CREATE TABLE otc_lineage (
    lineage_id   INTEGER PRIMARY KEY,
    execution_id INTEGER NOT NULL,
    batch_id     INTEGER,
    written_at   TEXT NOT NULL,
    UNIQUE (execution_id, written_at)
);
INSERT INTO otc_lineage VALUES(1,2,1,'2026-12-02T07:37:08.997Z');
INSERT INTO otc_lineage VALUES(2,3,1,'2026-12-02T07:37:09.000Z');
INSERT INTO otc_lineage VALUES(3,5,1,'2026-12-02T07:37:09.006Z');
INSERT INTO otc_lineage VALUES(4,6,1,'2026-12-02T07:37:09.009Z');
INSERT INTO otc_lineage VALUES(5,8,1,'2026-12-02T07:37:09.013Z');
INSERT INTO otc_lineage VALUES(6,9,1,'2026-12-02T07:37:09.016Z');
INSERT INTO otc_lineage VALUES(7,11,1,'2026-12-02T07:37:09.021Z');
INSERT INTO otc_lineage VALUES(8,12,1,'2026-12-02T07:37:09.024Z');
INSERT INTO otc_lineage VALUES(9,14,1,'2026-12-02T07:37:09.029Z');
INSERT INTO otc_lineage VALUES(10,15,1,'2026-12-02T07:37:09.032Z');
INSERT INTO otc_lineage VALUES(11,17,1,'2026-12-02T07:37:09.037Z');
INSERT INTO otc_lineage VALUES(12,18,1,'2026-12-02T07:37:09.039Z');
INSERT INTO otc_lineage VALUES(13,32,NULL,'2026-12-02T07:37:09.377Z');
INSERT INTO otc_lineage VALUES(14,33,NULL,'2026-12-02T07:37:09.691Z');
INSERT INTO otc_lineage VALUES(15,34,NULL,'2026-12-02T07:37:09.893Z');
INSERT INTO otc_lineage VALUES(16,35,NULL,'2026-12-02T07:37:10.081Z');
INSERT INTO otc_lineage VALUES(17,36,NULL,'2026-12-02T07:37:10.348Z');
INSERT INTO otc_lineage VALUES(18,40,NULL,'2026-12-02T07:37:11.176Z');
INSERT INTO otc_lineage VALUES(19,44,NULL,'2026-12-02T07:37:12.016Z');
INSERT INTO otc_lineage VALUES(20,48,NULL,'2026-12-02T07:37:12.802Z');
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
INSERT INTO otc_raw_record VALUES(1,1,X'b4a146a65e61e685be9bbc80a2a31e85','AAPL','NITE',1500000,8500,2,1,NULL,NULL,1,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(1,2,X'6ec70ab6bde6d5548b2a47039198e0eb','AAPL','CITD',1200000,6200,3,1,NULL,NULL,1,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(1,3,X'f98251499646c905115b9f60c5b462b3','AAPL','JANE',800000,4100,4,1,NULL,NULL,1,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(1,4,X'd0653cf983e38f5bfeec90c281c11d32','TSLA','NITE',900000,4500,5,1,NULL,NULL,1,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(1,5,X'bc34d5f0ce68b4482544d8e71010bd58','TSLA','VIRT',600000,3200,6,1,NULL,NULL,1,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(1,6,X'0d2d3094585f27b1da2b2565e62001cd','NVDA','NITE',2000000,10000,7,1,NULL,NULL,1,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(1,7,X'f9da42727b781dc5d8257cb499b10a51','NVDA','CITD',1500000,7500,8,1,NULL,NULL,1,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(1,8,X'44f826c5f77362dbb7a02975e5118d5c','MSFT','JANE',500000,2500,9,1,NULL,NULL,1,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(1,9,X'04ce749b4096333081ddbbba738542e6','MSFT','VIRT',400000,2000,10,1,NULL,NULL,1,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(1,10,X'120ebc620769f393a63910b52f834cb8','META','NITE',700000,3500,11,1,NULL,NULL,1,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(1,11,X'383878b2f45d1eb94bdd2f2712763274','META','CITD',500000,2500,12,1,NULL,NULL,1,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(2,1,X'b6122e65ad935aa4eba0415c9bcafc15','AAPL','NITE',1550000,8700,2,2,NULL,NULL,3,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(2,2,X'b92fa531cda628023d2cb898ba069a3e','AAPL','CITD',1250000,6400,3,2,NULL,NULL,3,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(2,3,X'556d321a0c4e3c7e6ee0beab0102cff3','AAPL','JANE',820000,4200,4,2,NULL,NULL,3,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(2,4,X'12871306603aba8f0eb308a3ed7eef00','TSLA','NITE',950000,4700,5,2,NULL,NULL,3,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(2,5,X'92664eeeb51c90034bada49f87da8dd9','TSLA','VIRT',650000,3400,6,2,NULL,NULL,3,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(2,6,X'edb54ae3ce87dd73c5f48de9d93ffc57','NVDA','NITE',1900000,9500,7,2,NULL,NULL,3,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(2,7,X'75bdeec7977c500faa24fb2c142060bf','NVDA','CITD',1450000,7200,8,2,NULL,NULL,3,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(2,8,X'025e187b3844b6ba4a2c9ce6d438251d','MSFT','JANE',520000,2600,9,2,NULL,NULL,3,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(2,9,X'3a052a63e96adaa4b5669eb7397e2490','MSFT','VIRT',420000,2100,10,2,NULL,NULL,3,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(2,10,X'19ef9ea5f110b2aee12ba58004603bda','META','NITE',720000,3600,11,2,NULL,NULL,3,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(2,11,X'74a3748f71ed46d3b6f81fb7a230818a','META','CITD',520000,2600,12,2,NULL,NULL,3,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(2,12,X'47681ba7e06aa18c704f286ea621aff2','META','JANE',300000,1500,13,2,NULL,NULL,3,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(3,1,X'2b72a8c4353e8e738c9452f1467d97d5','AAPL','NITE',1600000,9000,2,3,NULL,NULL,5,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(3,2,X'9ab6e06932a860516ffe23b75fed96dd','AAPL','CITD',1280000,6500,3,3,NULL,NULL,5,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(3,3,X'3c25328e48c0186bcc1208a6bfcd4543','AAPL','JANE',850000,4300,4,3,NULL,NULL,5,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(3,4,X'57dcb64fbd19b87e39752fff5ceb3ef1','TSLA','NITE',1000000,5000,5,3,NULL,NULL,5,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(3,5,X'5b02720eb0b0c5ab72b34a10f02bc96f','TSLA','VIRT',700000,3600,6,3,NULL,NULL,5,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(3,6,X'1db71d68da057b57bfe4f8cce1c95a3c','NVDA','NITE',1850000,9200,7,3,NULL,NULL,5,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(3,7,X'588444b78f59ebd41aaad7fe6bcea829','NVDA','CITD',1400000,7000,8,3,NULL,NULL,5,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(3,8,X'd5879b32e0ad12fa20fdb208839f8432','MSFT','JANE',540000,2700,9,3,NULL,NULL,5,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(3,9,X'd760602ccd1c9688dcde3927f536c636','MSFT','VIRT',440000,2200,10,3,NULL,NULL,5,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(3,10,X'253bdec3b9429c35f87d49a7d439b678','META','NITE',750000,3750,11,3,NULL,NULL,5,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(3,11,X'e8833740c8a6d3b30d3c671a77ad69aa','META','CITD',540000,2700,12,3,NULL,NULL,5,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(3,12,X'cb8329345bb79b9e4e560e79ffe4593a','BAD$YM','NITE',100000,500,13,3,NULL,NULL,5,1,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(4,1,X'229dc0e8b1d1a755b868ab18167bc087','AAPL','NITE',1580000,8800,2,4,NULL,NULL,7,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(4,2,X'6ad5a9d57f03749624ab2054140fb669','AAPL','CITD',1260000,6400,3,4,NULL,NULL,7,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(4,3,X'87444bd499598376fd65c9705942ed49','AAPL','JANE',830000,4200,4,4,NULL,NULL,7,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(4,4,X'dd6ebe1dd30d5f7327c19b1268de3678','TSLA','NITE',1050000,5200,5,4,NULL,NULL,7,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(4,5,X'86b84be77b18b377eaef5dc80e328930','TSLA','VIRT',720000,3700,6,4,NULL,NULL,7,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(4,6,X'0c5cd97c57c4134c1edb9494a9e34782','NVDA','NITE',1800000,9000,7,4,NULL,NULL,7,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(4,7,X'85e94793bbce556aaee50ad9afab9ab0','NVDA','CITD',1350000,6800,8,4,NULL,NULL,7,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(4,8,X'191f09c53c6aab2e078d2aca5e3d34c0','MSFT','JANE',530000,2650,9,4,NULL,NULL,7,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(4,9,X'42a3e7abb97b4045325950fcad17a558','MSFT','VIRT',430000,2150,10,4,NULL,NULL,7,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(4,10,X'be95ee6bae58d81eaf6381c252bd49db','META','NITE',730000,3650,11,4,NULL,NULL,7,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(4,11,X'4b3579bcb35b5bc54d88438d11dcd56a','META','CITD',530000,2650,12,4,NULL,NULL,7,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(4,12,X'a83f86277521be5a1463e3d98443452d','META','VIRT',250000,1250,13,4,NULL,NULL,7,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(5,1,X'879e8bc59ff154da24805c233fae9746','AAPL','NITE',1620000,9100,2,5,NULL,NULL,9,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(5,2,X'a41d936f508ee134fda9c5366296b664','AAPL','CITD',1300000,6600,3,5,NULL,NULL,9,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(5,3,X'32d556de5c9737d6c7a831851ae90097','AAPL','JANE',870000,4400,4,5,NULL,NULL,9,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(5,4,X'b5edd0046af5b80cee25dce2dd37ea67','TSLA','NITE',1100000,5500,5,5,NULL,NULL,9,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(5,5,X'0dfcb37e2f5d202425c04ddb517034ef','TSLA','VIRT',750000,3800,6,5,NULL,NULL,9,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(5,6,X'a5e23a0adc4cd44a67f083e116b2dabf','NVDA','NITE',1750000,8800,7,5,NULL,NULL,9,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(5,7,X'69a1078a6e2f695e61330972ec26b278','NVDA','CITD',1300000,6500,8,5,NULL,NULL,9,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(5,8,X'0673577e5e30b5e9fea00bfacf539e91','MSFT','JANE',550000,2750,9,5,NULL,NULL,9,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(5,9,X'445d637634c84748d93547dfc8873d87','MSFT','VIRT',450000,2250,10,5,NULL,NULL,9,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(5,10,X'e4241014966c2b896a2ba4d32f41255a','META','NITE',760000,3800,11,5,NULL,NULL,9,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(5,11,X'990dec97c37bba3e3e47ca134b8e6323','META','CITD',550000,2750,12,5,NULL,NULL,9,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(5,12,X'871730c221bf98f071b6c508b62c7205','BADV','NITE',-50000,100,13,5,NULL,NULL,9,1,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(6,1,X'729f74ad5d97140c16a57387e57876a2','AAPL','NITE',1650000,9200,2,6,10,NULL,11,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(6,2,X'4d64a5a1e87be634234d331160ae345b','AAPL','CITD',1320000,6700,3,6,10,NULL,11,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(6,3,X'c614b3764bacc510887bb44e0995227c','AAPL','JANE',890000,4500,4,6,10,NULL,11,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(6,4,X'8cb490d0dfb399bf2a2596fbddccaf7b','TSLA','NITE',1150000,5700,5,6,10,NULL,11,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(6,5,X'a52f55de31fb6eefc09ab4dec3618f08','TSLA','VIRT',780000,3900,6,6,10,NULL,11,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(6,6,X'72049458aac00c7f51d1d802db9bd4c0','NVDA','NITE',1700000,8500,7,6,10,NULL,11,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(6,7,X'032b5f4d36ac00235084bfbacca308dc','NVDA','CITD',1250000,6300,8,6,10,NULL,11,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(6,8,X'817f5164571d90efd0e047968a5c24b8','MSFT','JANE',560000,2800,9,6,10,NULL,11,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(6,9,X'ed612cf65ce880044409282fd1267c26','MSFT','VIRT',460000,2300,10,6,10,NULL,11,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(6,10,X'aa33f8a79cd0e20fefdb5980431d7885','META','NITE',780000,3900,11,6,10,NULL,11,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(6,11,X'16d8579ec6c54e8c051136a87251d64d','META','CITD',570000,2850,12,6,10,NULL,11,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(6,12,X'b81bc55539578fe8aa02d88faea089c0','META','VIRT',280000,1400,13,6,10,NULL,11,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(6,13,X'3606ff59abf8e7a93bfa5f38493c3d7d','QRTZ','KSTL',1250000,4310,2,10,NULL,NULL,16,NULL,NULL,219,212,213,220,221,221,222,'281734','247310000');
INSERT INTO otc_raw_record VALUES(6,14,X'435bc8c09cf48bdc308d42ce9cf37dee','QRTZ','DRFT',830500,2975,3,10,NULL,NULL,16,NULL,NULL,219,215,213,220,221,221,222,'149206','164278505');
INSERT INTO otc_raw_record VALUES(6,15,X'93f8067e673dcbb47d33ccc2a5afd39b','QRTZ','PNCL',402000,1188,4,10,NULL,NULL,16,NULL,NULL,219,217,213,220,221,221,222,'77410','79516830.5');
INSERT INTO otc_raw_record VALUES(6,16,X'4da90f314ae2260446998c7368916fe8','HLVN','KSTL',615250,2044,5,10,NULL,NULL,16,NULL,NULL,223,212,213,220,221,221,222,'281734','40712345.678901234');
INSERT INTO otc_raw_record VALUES(6,17,X'7a33004261aa27b01a35d1fe9c04aa10','HLVN','PNCL',97800,511,6,10,NULL,NULL,16,NULL,NULL,223,217,213,220,221,221,222,'77410','6471300');
INSERT INTO otc_raw_record VALUES(6,18,X'0009a456de277c4104fb95c25a53ba23','MBRK','DRFT',2100000,6900,7,10,NULL,NULL,16,NULL,NULL,224,215,213,220,221,221,222,'149206','105035750');
INSERT INTO otc_raw_record VALUES(6,19,X'41389497ad6397fa758e84b717990064','MBRK','KSTL',1480000,5230,8,10,NULL,NULL,16,NULL,NULL,224,212,213,220,221,221,222,'281734','74029600');
INSERT INTO otc_raw_record VALUES(6,20,X'6c1da73206d07597aad8e650cda65087','QRTZ','',3100000,1520,14,10,NULL,NULL,16,NULL,NULL,219,225,226,220,221,221,222,'104213','614250000');
INSERT INTO otc_raw_record VALUES(6,21,X'e5f53f428853b37eb9c2ec5869ae2a86','QRTZ','',41200,97,15,10,NULL,NULL,16,NULL,NULL,219,227,226,220,221,221,222,NULL,'8150700');
INSERT INTO otc_raw_record VALUES(6,22,X'9b93966c5b407263ff876de4971f350e','MBRK','',950000,410,16,10,NULL,NULL,16,NULL,NULL,224,228,226,220,221,221,222,'7059','47386000');
INSERT INTO otc_raw_record VALUES(7,1,X'53439d7940b2b1d950ee95df78c24151','AABB','OTCN',6753871,171,2,7,NULL,NULL,13,NULL,NULL,1,2,NULL,NULL,NULL,3,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(7,2,X'8a296213e0f0c261086c7a011edc5e7f','AABB','OTCX',40313,3,3,7,NULL,NULL,13,NULL,NULL,1,4,NULL,NULL,NULL,3,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(7,3,X'a3c453adcc3bb5b3aa4e9c7dece5c3cd','AACAY','ARCA',12746,56,4,7,NULL,NULL,13,NULL,NULL,5,6,NULL,NULL,NULL,3,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(7,4,X'405b0707d0c44ec5aef91c8eb5189a49','AACAY','OTCN',10563,54,5,7,NULL,NULL,13,NULL,NULL,5,2,NULL,NULL,NULL,3,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(7,5,X'7a373d2dec301985fbf09422b811f4cd','AACAY','OTCX',2646,28,6,7,NULL,NULL,13,NULL,NULL,5,4,NULL,NULL,NULL,3,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(7,6,X'caf71d0e7e371741a97316787451d546','AAGAF','OTCN',106824,25,7,7,NULL,NULL,13,NULL,NULL,7,2,NULL,NULL,NULL,3,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(7,7,X'7d24606f57d0645ff972386469cf0424','AAGAF','OTCX',29850,14,8,7,NULL,NULL,13,NULL,NULL,7,4,NULL,NULL,NULL,3,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(7,8,X'213238f5f84bcef20528b68911e53ca3','AAGC','OTCN',1055000,5,9,7,NULL,NULL,13,NULL,NULL,8,2,NULL,NULL,NULL,3,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(7,9,X'59857d10b43bd7cc22663b2d1e4c1a77','AAGFF','ARCA',20013,5,10,7,NULL,NULL,13,NULL,NULL,9,6,NULL,NULL,NULL,3,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(7,10,X'10e9bc4fe171c35a4dcbae9c59f3030c','AAGFF','OTCN',95144,19,11,7,NULL,NULL,13,NULL,NULL,9,2,NULL,NULL,NULL,3,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(7,11,X'96a0446f4ef7323c41aa467ef1b27020','AAGFF','OTCX',910,4,12,7,NULL,NULL,13,NULL,NULL,9,4,NULL,NULL,NULL,3,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(7,12,X'10ace2b5074cd5bf442e6099c5d20b39','AAGIY','ARCA',258368,1004,13,7,NULL,NULL,13,NULL,NULL,10,6,NULL,NULL,NULL,3,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(7,13,X'd9bd31b40e8a2b5e5ea4cbdb7ba69b19','AAGIY','OTCN',93919,288,14,7,NULL,NULL,13,NULL,NULL,10,2,NULL,NULL,NULL,3,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(7,14,X'4b995dda0c22f17dca3c390c8a6f5989','AAGIY','OTCX',74204,423,15,7,NULL,NULL,13,NULL,NULL,10,4,NULL,NULL,NULL,3,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(7,15,X'ae683a7a0eb5bc191d6880772e019e23','AAIRF','OTCX',937,4,16,7,NULL,NULL,13,NULL,NULL,11,4,NULL,NULL,NULL,3,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(7,16,X'b221246f3cb26abae07367abfabd4ee5','AALNS','PPEX',350,36,17,7,NULL,NULL,13,NULL,NULL,12,13,NULL,NULL,NULL,3,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(7,17,X'91db7ea81a0bd3388abc258831a089c9','AAMCF','OTCX',1838,3,18,7,NULL,NULL,13,NULL,NULL,14,4,NULL,NULL,NULL,3,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(7,18,X'42b2877d86a1630c124bf0387752adcd','AARYS','PPEX',567,56,19,7,NULL,NULL,13,NULL,NULL,15,13,NULL,NULL,NULL,3,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(7,19,X'3bed0fa431d7d17ccaab3dddd3dca413','AATRL','OTCX',100,1,20,7,NULL,NULL,13,NULL,NULL,16,4,NULL,NULL,NULL,3,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(7,20,X'd3c0e8e5590163b7b6ca0b0df00456fa','AAUAF','OTCN',246,3,21,7,NULL,NULL,13,NULL,NULL,17,2,NULL,NULL,NULL,3,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(7,21,X'2c56143433098786aa4bcceb15e47699','AAVMY','ARCA',1750,26,22,7,NULL,NULL,13,NULL,NULL,18,6,NULL,NULL,NULL,3,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(7,22,X'7dd4b9b71b9ef8acbed5f7828e1e6f53','AAVMY','OTCN',2350,10,23,7,NULL,NULL,13,NULL,NULL,18,2,NULL,NULL,NULL,3,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(7,23,X'aa65dc1026e195901315b77daa00c8ad','AAVMY','OTCX',2503,37,24,7,NULL,NULL,13,NULL,NULL,18,4,NULL,NULL,NULL,3,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(7,24,X'3948c37af0e29a070adea7bc6977bf1e','AAVVF','ARCA',1,1,25,7,NULL,NULL,13,NULL,NULL,19,6,NULL,NULL,NULL,3,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(7,25,X'dd2545b20f3acdb230973531c0e111f9','AAVVF','OTCN',201,3,26,7,NULL,NULL,13,NULL,NULL,19,2,NULL,NULL,NULL,3,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(7,26,X'ce0eb65a28cb824dead63769e2d4d47b','AAVVF','OTCX',300,3,27,7,NULL,NULL,13,NULL,NULL,19,4,NULL,NULL,NULL,3,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(7,27,X'c6f01deb2d9cf45ba217c9e21d4c0076','AAWH','OTCN',33200,16,28,7,NULL,NULL,13,NULL,NULL,20,2,NULL,NULL,NULL,3,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(7,28,X'c2a431f46a5e1e13022e65c095096629','AAWH','OTCX',34256,125,29,7,NULL,NULL,13,NULL,NULL,20,4,NULL,NULL,NULL,3,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(7,29,X'5c245f4e2f924d61712f22d552d98150','ABBNY','ARCA',204487,1710,30,7,NULL,NULL,13,NULL,NULL,21,6,NULL,NULL,NULL,3,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(7,30,X'dbb50c871c54ebdc1e0142a99b06231b','ABBNY','OTCN',64072,412,31,7,NULL,NULL,13,NULL,NULL,21,2,NULL,NULL,NULL,3,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(7,31,X'7c7bd77f089570ef620b3e4d8f1f0da5','ABBNY','OTCX',53856,692,32,7,NULL,NULL,13,NULL,NULL,21,4,NULL,NULL,NULL,3,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(7,32,X'e6d937dd30b963805aebb14dbc678aa7','ABBRF','ARCA',13147,30,33,7,NULL,NULL,13,NULL,NULL,22,6,NULL,NULL,NULL,3,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(7,33,X'1bf0fffd0352eca3dd305eb6c7dec381','ABBRF','OTCN',28871,75,34,7,NULL,NULL,13,NULL,NULL,22,2,NULL,NULL,NULL,3,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(7,34,X'65e8425d01002ad069eb22fdbdc7dbb6','ABBRF','OTCX',32777,113,35,7,NULL,NULL,13,NULL,NULL,22,4,NULL,NULL,NULL,3,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(7,35,X'39758a996f804a43c8c334c87f8321ac','ABCP','OTCN',8465,3,36,7,NULL,NULL,13,NULL,NULL,23,2,NULL,NULL,NULL,3,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(7,36,X'7d1a2bdd844550c4e28eb664609faae7','ABEPF','OTCN',23000,3,37,7,NULL,NULL,13,NULL,NULL,24,2,NULL,NULL,NULL,3,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(7,37,X'6e9bb5c45b8b704fa0447b056d32cb11','ABEPF','OTCX',3508,6,38,7,NULL,NULL,13,NULL,NULL,24,4,NULL,NULL,NULL,3,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(7,38,X'f7412f1ec82d59f0f511a9e7eb31bd9f','ABIT','OTCN',940391,29,39,7,NULL,NULL,13,NULL,NULL,25,2,NULL,NULL,NULL,3,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(7,39,X'08e78f115374bd58b4c9a27da1e8dce8','ABMBF','OTCN',121033,6,40,7,NULL,NULL,13,NULL,NULL,26,2,NULL,NULL,NULL,3,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(7,40,X'adeb8f0c251ff40bac445f50184ef34e','ABMBF','OTCX',90075,3,41,7,NULL,NULL,13,NULL,NULL,26,4,NULL,NULL,NULL,3,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(7,41,X'454495f62e2f289020084c83ecd2524b','ABNAF','OTCN',35000,3,42,7,NULL,NULL,13,NULL,NULL,27,2,NULL,NULL,NULL,3,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(7,42,X'00fcb5dd97997ad6e51b660a6cbf4b9d','ABNAF','OTCX',8000,1,43,7,NULL,NULL,13,NULL,NULL,27,4,NULL,NULL,NULL,3,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(7,43,X'5be0ad8aa12d9e3810a2ae6ce7afe85f','ABQQ','OTCN',3556764,14,44,7,NULL,NULL,13,NULL,NULL,28,2,NULL,NULL,NULL,3,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(7,44,X'645eedfd5c6e17d83a24c4a1378ad132','ABRKS','PPEX',1003,95,45,7,NULL,NULL,13,NULL,NULL,29,13,NULL,NULL,NULL,3,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(7,45,X'b1f6cf5e4d80005713499bc8ccb72a57','ABSSF','OTCN',300,1,46,7,NULL,NULL,13,NULL,NULL,30,2,NULL,NULL,NULL,3,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(7,46,X'5cdd067c2c6cb5719af101f3c01160a7','ABSSF','OTCX',174,1,47,7,NULL,NULL,13,NULL,NULL,30,4,NULL,NULL,NULL,3,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(7,47,X'eb10b6495ba3c89289f325c1abf0f625','ABXXF','ARCA',11811,51,48,7,NULL,NULL,13,NULL,NULL,31,6,NULL,NULL,NULL,3,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(7,48,X'7820c951cc3496a40dd739e59218229d','ABXXF','OTCN',14905,49,49,7,NULL,NULL,13,NULL,NULL,31,2,NULL,NULL,NULL,3,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(7,49,X'02fb633043bec91343917ed66c5831ad','ABXXF','OTCX',5839,40,50,7,NULL,NULL,13,NULL,NULL,31,4,NULL,NULL,NULL,3,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(7,50,X'ecfd8b05bed856aa5bc8089ad55379a7','ACCYY','ARCA',20235,43,51,7,NULL,NULL,13,NULL,NULL,32,6,NULL,NULL,NULL,3,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(7,51,X'f7c97ab0cc06ddbf3d60bb0494ecce76','ACCYY','OTCN',4144,14,52,7,NULL,NULL,13,NULL,NULL,32,2,NULL,NULL,NULL,3,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(7,52,X'095e83ef99bdcc0ca5f8aec520c10cb5','ACCYY','OTCX',1010,4,53,7,NULL,NULL,13,NULL,NULL,32,4,NULL,NULL,NULL,3,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(7,53,X'5d0d19e0540b263abd9a3b406f2762a1','ACDVF','ARCA',2192,7,54,7,NULL,NULL,13,NULL,NULL,33,6,NULL,NULL,NULL,3,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(7,54,X'3f101458820c90932dccfa22b5b07405','ACDVF','OTCN',5075,20,55,7,NULL,NULL,13,NULL,NULL,33,2,NULL,NULL,NULL,3,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(7,55,X'f50280bb0c6d4ff9b4d4e8c4999e92d5','ACDVF','OTCX',7232,35,56,7,NULL,NULL,13,NULL,NULL,33,4,NULL,NULL,NULL,3,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(7,56,X'c258731d0e92a6a0011ef2304bbf8263','ACGBY','ARCA',14844,205,57,7,NULL,NULL,13,NULL,NULL,34,6,NULL,NULL,NULL,3,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(7,57,X'72aee44f1918d59329cfd4ebbdd5c7e0','ACGBY','OTCN',8150,75,58,7,NULL,NULL,13,NULL,NULL,34,2,NULL,NULL,NULL,3,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(7,58,X'bceb0f6bd178aa1b4d93c9ce9b78cc8a','ACGBY','OTCX',7304,120,59,7,NULL,NULL,13,NULL,NULL,34,4,NULL,NULL,NULL,3,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(7,59,X'fc2fc3e467836955c8d0d988ed3c58e8','ACGP','OTCN',13,1,60,7,NULL,NULL,13,NULL,NULL,35,2,NULL,NULL,NULL,3,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(7,60,X'4fc17c33f2fb004b8fbad941ad65315e','ACGP','OTCX',152,2,61,7,NULL,NULL,13,NULL,NULL,35,4,NULL,NULL,NULL,3,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(7,61,X'182ce40bd9f04f8d96369a953041bebb','ACGX','ARCA',5099,2,62,7,NULL,NULL,13,NULL,NULL,36,6,NULL,NULL,NULL,3,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(7,62,X'524f4e76a11f09b4b200ca381d24558e','ACGX','OTCN',12400,2,63,7,NULL,NULL,13,NULL,NULL,36,2,NULL,NULL,NULL,3,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(7,63,X'76a7d02c9017df959ab71ff974d74356','ACHFF','ARCA',13700,17,64,7,NULL,NULL,13,NULL,NULL,37,6,NULL,NULL,NULL,3,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(7,64,X'697021fb99b64bde7f696ba096752d5a','ACHFF','OTCN',400,2,65,7,NULL,NULL,13,NULL,NULL,37,2,NULL,NULL,NULL,3,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(7,65,X'724e5818c73408e87199f49ca64713bb','ACHFF','OTCX',4800,5,66,7,NULL,NULL,13,NULL,NULL,37,4,NULL,NULL,NULL,3,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(7,66,X'91a3903c188a00f3261aa8dd2fa21a7b','ACLLF','OTCN',392,2,67,7,NULL,NULL,13,NULL,NULL,38,2,NULL,NULL,NULL,3,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(7,67,X'19c1253b04646a43683bfa8726b7129a','ACLLY','ARCA',288,10,68,7,NULL,NULL,13,NULL,NULL,39,6,NULL,NULL,NULL,3,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(7,68,X'53658d518dc2da9415d7da1ae339dbdd','ACLLY','OTCN',162,3,69,7,NULL,NULL,13,NULL,NULL,39,2,NULL,NULL,NULL,3,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(7,69,X'8c529164391c97cd7ec90f54ea78869b','ACLLY','OTCX',160,1,70,7,NULL,NULL,13,NULL,NULL,39,4,NULL,NULL,NULL,3,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(7,70,X'1c68561c1d1f23245ec6999b972b73a7','ACMB','OTCN',116509,8,71,7,NULL,NULL,13,NULL,NULL,40,2,NULL,NULL,NULL,3,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(7,71,X'ee30f21fb6bf66cb0f1878087fa817da','ACMIF','OTCN',1875,2,72,7,NULL,NULL,13,NULL,NULL,41,2,NULL,NULL,NULL,3,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(7,72,X'6b28a18f5323c8a9151ab78f9488158b','ACOPY','ARCA',1094,7,73,7,NULL,NULL,13,NULL,NULL,42,6,NULL,NULL,NULL,3,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(7,73,X'326f4ad575259330e6b8e8d908ae6534','ACOPY','OTCN',1200,3,74,7,NULL,NULL,13,NULL,NULL,42,2,NULL,NULL,NULL,3,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(7,74,X'f84bd5ed955181d82ea730153df67d7c','ACOPY','OTCX',510,3,75,7,NULL,NULL,13,NULL,NULL,42,4,NULL,NULL,NULL,3,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(7,75,X'49d062d26253c2c196dc7d9b05a9e4bb','ACSAY','ARCA',19926,41,76,7,NULL,NULL,13,NULL,NULL,43,6,NULL,NULL,NULL,3,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(7,76,X'36d3b44f24b82b49006a629f679bea12','ACSAY','OTCN',9382,20,77,7,NULL,NULL,13,NULL,NULL,43,2,NULL,NULL,NULL,3,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(7,77,X'de385d522e67f939d5cc597239980308','ACSAY','OTCX',2520,5,78,7,NULL,NULL,13,NULL,NULL,43,4,NULL,NULL,NULL,3,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(7,78,X'e12f73e112d76c52512d52502534c04b','ADAPY','OTCN',1585162,261,79,7,NULL,NULL,13,NULL,NULL,44,2,NULL,NULL,NULL,3,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(7,79,X'b7ad1964fb149619606a55798e0c09de','ADAPY','OTCX',299817,385,80,7,NULL,NULL,13,NULL,NULL,44,4,NULL,NULL,NULL,3,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(7,80,X'612d3c7c68115e3c9c3d72ab24124977','ADBRF','OTCN',600,2,81,7,NULL,NULL,13,NULL,NULL,45,2,NULL,NULL,NULL,3,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(7,81,X'6b22a2ec15cda2723d8fae78368a012d','ADBRF','OTCX',2000,1,82,7,NULL,NULL,13,NULL,NULL,45,4,NULL,NULL,NULL,3,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(7,82,X'cccc986c0a4e59241b315961758c7c03','ADCOF','ARCA',451,1,83,7,NULL,NULL,13,NULL,NULL,46,6,NULL,NULL,NULL,3,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(7,83,X'30cf3bef368f151b1682107eb9168112','ADDYY','ARCA',32565,349,84,7,NULL,NULL,13,NULL,NULL,47,6,NULL,NULL,NULL,3,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(7,84,X'0937161c8e21f621ae937144e18b60a7','ADDYY','OTCN',20643,220,85,7,NULL,NULL,13,NULL,NULL,47,2,NULL,NULL,NULL,3,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(7,85,X'4a9be26c6d9f68522a83c32d96a95c1c','ADDYY','OTCX',36247,377,86,7,NULL,NULL,13,NULL,NULL,47,4,NULL,NULL,NULL,3,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(7,86,X'2f88fe51a96d777eafecd09f53d71029','ADHC','OTCN',90000,1,87,7,NULL,NULL,13,NULL,NULL,48,2,NULL,NULL,NULL,3,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(7,87,X'96addfbbf4052168493908287490991d','ADIA','OTCN',5000,1,88,7,NULL,NULL,13,NULL,NULL,49,2,NULL,NULL,NULL,3,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(7,88,X'd9123d8393ee7926ae78861569d5925f','ADNH','OTCN',32250,48,89,7,NULL,NULL,13,NULL,NULL,50,2,NULL,NULL,NULL,3,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(7,89,X'5d0ebb1353cc517892167e552b23be8a','ADNH','OTCX',1706,17,90,7,NULL,NULL,13,NULL,NULL,50,4,NULL,NULL,NULL,3,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(7,90,X'2fc8719b90d178c580b0bbd4399f3f39','ADOOY','OTCN',216,3,91,7,NULL,NULL,13,NULL,NULL,51,2,NULL,NULL,NULL,3,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(7,91,X'e975258e5bbecf8dc461c808f6d654a9','ADPXY','ARCA',24,7,92,7,NULL,NULL,13,NULL,NULL,52,6,NULL,NULL,NULL,3,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(7,92,X'134eda5ae5316a32cc0a11a5b8ed7641','ADPXY','OTCN',2397,65,93,7,NULL,NULL,13,NULL,NULL,52,2,NULL,NULL,NULL,3,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(7,93,X'8835a1ff4e9766ffb5201a54961e876a','ADPXY','OTCX',83,10,94,7,NULL,NULL,13,NULL,NULL,52,4,NULL,NULL,NULL,3,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(7,94,X'16095e5f79d66ed6f18fd9f6ede3cf2c','ADRNY','ARCA',19623,131,95,7,NULL,NULL,13,NULL,NULL,53,6,NULL,NULL,NULL,3,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(7,95,X'be69e098686f5bd41b8a3cb717d38d8d','ADRNY','OTCN',13599,70,96,7,NULL,NULL,13,NULL,NULL,53,2,NULL,NULL,NULL,3,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(7,96,X'd4805978862407dbc7bf10ca90084581','ADRNY','OTCX',12697,81,97,7,NULL,NULL,13,NULL,NULL,53,4,NULL,NULL,NULL,3,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(7,97,X'2fa02cc4db3005833bf6405bcde58d14','ADRZY','OTCN',500,2,98,7,NULL,NULL,13,NULL,NULL,54,2,NULL,NULL,NULL,3,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(7,98,X'8c7800b2a8c6c6aef7a37718518927bf','ADTI','OTCN',1,1,99,7,NULL,NULL,13,NULL,NULL,55,2,NULL,NULL,NULL,3,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(7,99,X'6f56948876a106acac2ec0eecc927116','ADWPF','OTCX',101,1,100,7,NULL,NULL,13,NULL,NULL,56,4,NULL,NULL,NULL,3,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(7,100,X'aa6a80cd246020f4e4f5e7784c94f31f','ADXS','OTCX',259,5,101,7,NULL,NULL,13,NULL,NULL,57,4,NULL,NULL,NULL,3,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(7,101,X'9cbeec0e0f6358c0d14102cb9c4016da','ADYEY','ARCA',384092,2093,102,7,NULL,NULL,13,NULL,NULL,58,6,NULL,NULL,NULL,3,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(7,102,X'e7dc93c7123b0bfdfbd7d546e0a65459','ADYEY','OTCN',209832,1012,103,7,NULL,NULL,13,NULL,NULL,58,2,NULL,NULL,NULL,3,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(7,103,X'92cdcd96950ed51040d82049a4e3bbf7','ADYEY','OTCX',284264,1848,104,7,NULL,NULL,13,NULL,NULL,58,4,NULL,NULL,NULL,3,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(7,104,X'4d3520186b02bfc349bdb30a527cfee2','AEBZY','OTCN',2720,1,105,7,NULL,NULL,13,NULL,NULL,59,2,NULL,NULL,NULL,3,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(7,105,X'f629746f9d206be8b61cac24d3ed6f9b','AEGXF','ARCA',500,1,106,7,NULL,NULL,13,NULL,NULL,60,6,NULL,NULL,NULL,3,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(7,106,X'40cdb2b2bd32c027dc6cfe29d1a1d3b6','AEGXF','OTCN',750,3,107,7,NULL,NULL,13,NULL,NULL,60,2,NULL,NULL,NULL,3,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(7,107,X'b06f5b40d804be40eaff8d9cabc18ee3','AEGXF','OTCX',3123,21,108,7,NULL,NULL,13,NULL,NULL,60,4,NULL,NULL,NULL,3,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(7,108,X'86dafcefd03c2a5a83ac6b5f6f8edc0b','AEHCS','PPEX',438,32,109,7,NULL,NULL,13,NULL,NULL,61,13,NULL,NULL,NULL,3,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(7,109,X'e7819eba20dba34f2a3d0c18624e20c9','AEHDS','PPEX',145,21,110,7,NULL,NULL,13,NULL,NULL,62,13,NULL,NULL,NULL,3,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(7,110,X'3e8426c96d4ab03731a34e2fc1ee1061','AEHES','PPEX',618,58,111,7,NULL,NULL,13,NULL,NULL,63,13,NULL,NULL,NULL,3,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(7,111,X'7960f4f9a5d898dc3bb8a759b568f938','AEHFS','PPEX',1258,70,112,7,NULL,NULL,13,NULL,NULL,64,13,NULL,NULL,NULL,3,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(7,112,X'd1d4fc63f5bf8d1ce3e64c6c075ea602','AEHGS','PPEX',1605,122,113,7,NULL,NULL,13,NULL,NULL,65,13,NULL,NULL,NULL,3,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(7,113,X'69c2e19bf07f1bf08e702410810a8e4d','AEHHS','PPEX',221,24,114,7,NULL,NULL,13,NULL,NULL,66,13,NULL,NULL,NULL,3,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(7,114,X'2e215b7e7b56da3736b686a31e17f7f0','AEHJS','PPEX',210,23,115,7,NULL,NULL,13,NULL,NULL,67,13,NULL,NULL,NULL,3,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(7,115,X'30bf93aa5f85b63fab78ba86c7867429','AEHKS','PPEX',555,44,116,7,NULL,NULL,13,NULL,NULL,68,13,NULL,NULL,NULL,3,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(7,116,X'58eddcd0c6f23883634497599ad6b53e','AEHMS','PPEX',232,29,117,7,NULL,NULL,13,NULL,NULL,69,13,NULL,NULL,NULL,3,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(7,117,X'f8cf56ddce780e2f7a77c1e178934279','AEHNS','PPEX',146,27,118,7,NULL,NULL,13,NULL,NULL,70,13,NULL,NULL,NULL,3,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(7,118,X'5dbdb8848277e44a1ccfa3d9273915dc','AEHOS','PPEX',129,13,119,7,NULL,NULL,13,NULL,NULL,71,13,NULL,NULL,NULL,3,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(7,119,X'3a2dc9d5b82fcb12aba86d468582f0f1','AEHPS','PPEX',683,59,120,7,NULL,NULL,13,NULL,NULL,72,13,NULL,NULL,NULL,3,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(7,120,X'7da3f73182f7d4fffe1d946644440424','AEHQS','PPEX',1041,69,121,7,NULL,NULL,13,NULL,NULL,73,13,NULL,NULL,NULL,3,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(7,121,X'8b28a06a60e3732d76e0bef0b0aa2e9f','AEHSS','PPEX',110,15,122,7,NULL,NULL,13,NULL,NULL,74,13,NULL,NULL,NULL,3,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(7,122,X'7cdae0c51c445d4d54484732f102219c','AELLS','PPEX',1406,133,123,7,NULL,NULL,13,NULL,NULL,75,13,NULL,NULL,NULL,3,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(7,123,X'00f02e0da205cae7855193b812498302','AERG','OTCN',7876,18,124,7,NULL,NULL,13,NULL,NULL,76,2,NULL,NULL,NULL,3,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(7,124,X'e607f03df845f1149bd3f24291e7c561','AERG','OTCX',1000,2,125,7,NULL,NULL,13,NULL,NULL,76,4,NULL,NULL,NULL,3,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(7,125,X'c4339a051cd4db00fdf524ecb0762fa3','AETHD','OTCX',27,1,126,7,NULL,NULL,13,NULL,NULL,77,4,NULL,NULL,NULL,3,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(7,126,X'2370236ecdcc1fdac5cb70d5cb488e4e','AETUF','ARCA',3608,17,127,7,NULL,NULL,13,NULL,NULL,78,6,NULL,NULL,NULL,3,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(7,127,X'6b16521127ef546e9d60995b44c96317','AETUF','OTCN',9852,41,128,7,NULL,NULL,13,NULL,NULL,78,2,NULL,NULL,NULL,3,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(7,128,X'3976855f8e44b6c37e7954b0023e8606','AETUF','OTCX',12481,66,129,7,NULL,NULL,13,NULL,NULL,78,4,NULL,NULL,NULL,3,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(7,129,X'6651537df3e2d0b93a3cca5d700332d8','AEYPS','PPEX',10,4,130,7,NULL,NULL,13,NULL,NULL,79,13,NULL,NULL,NULL,3,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(7,130,X'fac37a64326ecd2683ce1ab3a8ccea9f','AFFS','OTCX',16815,8,131,7,NULL,NULL,13,NULL,NULL,80,4,NULL,NULL,NULL,3,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(7,131,X'27cfbef2e9ec11ad85e33c29bb596e94','AFFT','OTCX',3970,1,132,7,NULL,NULL,13,NULL,NULL,81,4,NULL,NULL,NULL,3,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(7,132,X'd01e2ea0274a4fbead307df941d02e6b','AFFU','OTCN',19356001,50,133,7,NULL,NULL,13,NULL,NULL,82,2,NULL,NULL,NULL,3,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(7,133,X'8046c2a8dabc8b53af544c697182102c','AFFU','OTCX',100000,1,134,7,NULL,NULL,13,NULL,NULL,82,4,NULL,NULL,NULL,3,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(7,134,X'17c479841906cad805947461cedbe712','AFFY','OTCX',65,1,135,7,NULL,NULL,13,NULL,NULL,83,4,NULL,NULL,NULL,3,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(7,135,X'3f1b595c377b06e70a327be4999e13a7','AFIB','OTCX',5253,2,136,7,NULL,NULL,13,NULL,NULL,84,4,NULL,NULL,NULL,3,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(7,136,X'15e0308ca4aa5b7c46d5393865d65d59','AFLYY','ARCA',272501,481,137,7,NULL,NULL,13,NULL,NULL,85,6,NULL,NULL,NULL,3,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(7,137,X'9d5157da57a97f9571a3f7a24f5c08d6','AFLYY','OTCN',249816,266,138,7,NULL,NULL,13,NULL,NULL,85,2,NULL,NULL,NULL,3,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(7,138,X'd2c49298c704dab13b2171df2c312b1e','AFLYY','OTCX',141023,297,139,7,NULL,NULL,13,NULL,NULL,85,4,NULL,NULL,NULL,3,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(7,139,X'43af6cc565828b6d6c69dd4dfd77e031','AFMJF','ARCA',1000,1,140,7,NULL,NULL,13,NULL,NULL,86,6,NULL,NULL,NULL,3,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(7,140,X'71590ffe5f902a41725ac1129f50483a','AFMJF','OTCN',3000,2,141,7,NULL,NULL,13,NULL,NULL,86,2,NULL,NULL,NULL,3,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(7,141,X'eef9ee2a2e456d445359a2851f2f2cea','AFMJF','OTCX',800,5,142,7,NULL,NULL,13,NULL,NULL,86,4,NULL,NULL,NULL,3,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(7,142,X'68a540bf841b176d43eeb6145b7bf694','AFSIA','OTCX',66,1,143,7,NULL,NULL,13,NULL,NULL,87,4,NULL,NULL,NULL,3,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(7,143,X'9b5d8ba0746f8507ba7e4242791f78d3','AFSIB','OTCX',800,4,144,7,NULL,NULL,13,NULL,NULL,88,4,NULL,NULL,NULL,3,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(7,144,X'a7a9c86ae1446eaf3f032424f84e4d12','AFSIM','OTCX',245,1,145,7,NULL,NULL,13,NULL,NULL,89,4,NULL,NULL,NULL,3,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(7,145,X'63c3879c31a03aa0b3f7e6944783476f','AFSIN','OTCX',1980,7,146,7,NULL,NULL,13,NULL,NULL,90,4,NULL,NULL,NULL,3,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(7,146,X'057117459db7d9617c0604993b2792c1','AFTWS','PPEX',20,8,147,7,NULL,NULL,13,NULL,NULL,91,13,NULL,NULL,NULL,3,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(7,147,X'7deeb82c26d1cfafb9dec8e9e9e56c33','AGAGF','ARCA',31100,8,148,7,NULL,NULL,13,NULL,NULL,92,6,NULL,NULL,NULL,3,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(7,148,X'8cdcc9815a2bb536b0b2c3189f183673','AGAGF','OTCN',265803,39,149,7,NULL,NULL,13,NULL,NULL,92,2,NULL,NULL,NULL,3,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(7,149,X'1f36828f4f2db3305d20770fde8a53e9','AGAGF','OTCX',63654,20,150,7,NULL,NULL,13,NULL,NULL,92,4,NULL,NULL,NULL,3,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(7,150,X'e651fbd2290f308ba8a65b535b84aa97','AGESY','ARCA',390,8,151,7,NULL,NULL,13,NULL,NULL,93,6,NULL,NULL,NULL,3,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(7,151,X'4d877ae50e3e871d71ea5d691c2e0647','AGESY','OTCN',473,7,152,7,NULL,NULL,13,NULL,NULL,93,2,NULL,NULL,NULL,3,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(7,152,X'4f5faf4b0b790f2c76a44b44e85fc616','AGESY','OTCX',200,4,153,7,NULL,NULL,13,NULL,NULL,93,4,NULL,NULL,NULL,3,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(7,153,X'89b7d8abde206cb7c5f64404469ea9bb','AGFMF','OTCN',462,4,154,7,NULL,NULL,13,NULL,NULL,94,2,NULL,NULL,NULL,3,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(7,154,X'5b8ab1e3574df6a143a4a8c12165acb6','AGFMF','OTCX',100,1,155,7,NULL,NULL,13,NULL,NULL,94,4,NULL,NULL,NULL,3,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(7,155,X'eb122d9e1374bd174dbb5b931f9010fe','AGIN','OTCN',100548,2,156,7,NULL,NULL,13,NULL,NULL,95,2,NULL,NULL,NULL,3,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(7,156,X'ef5c6bd48c48c9610162c8b5d2331ac3','AGLXY','ARCA',111,1,157,7,NULL,NULL,13,NULL,NULL,96,6,NULL,NULL,NULL,3,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(7,157,X'9d894de64b80f079c2de0d855b8da36c','AGMRF','OTCN',4300,10,158,7,NULL,NULL,13,NULL,NULL,97,2,NULL,NULL,NULL,3,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(7,158,X'd5e2b1c849bd3fa1f762cfba6c42f7fd','AGMRF','OTCX',10000,22,159,7,NULL,NULL,13,NULL,NULL,97,4,NULL,NULL,NULL,3,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(7,159,X'7c8142b8dad0921a6353f24782492149','AGNPF','ARCA',40,1,160,7,NULL,NULL,13,NULL,NULL,98,6,NULL,NULL,NULL,3,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(7,160,X'3293edfa7a0f5f3667d69f223bbb8a72','AGNPF','OTCX',800,1,161,7,NULL,NULL,13,NULL,NULL,98,4,NULL,NULL,NULL,3,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(7,161,X'0fb073e8c1f02bcaefbfcdbacf1049a1','AGRPY','ARCA',67,1,162,7,NULL,NULL,13,NULL,NULL,99,6,NULL,NULL,NULL,3,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(7,162,X'd8759f5f850a83dcbbf34bdc4679ea3b','AGXPF','OTCN',136616,11,163,7,NULL,NULL,13,NULL,NULL,100,2,NULL,NULL,NULL,3,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(7,163,X'770dda18508791ff6622d0fac459486a','AGXPF','OTCX',7700,8,164,7,NULL,NULL,13,NULL,NULL,100,4,NULL,NULL,NULL,3,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(7,164,X'f112270a2016d41df46c3ec6cfa54d55','AGYP','OTCN',360000,5,165,7,NULL,NULL,13,NULL,NULL,101,2,NULL,NULL,NULL,3,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(7,165,X'71faa7be95498c762957637d37bbffdc','AHADS','PPEX',346,35,166,7,NULL,NULL,13,NULL,NULL,102,13,NULL,NULL,NULL,3,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(7,166,X'4f037377a8b3e763323b14a79ca31b17','AHANS','PPEX',885,55,167,7,NULL,NULL,13,NULL,NULL,103,13,NULL,NULL,NULL,3,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(7,167,X'22b24ea9c34c7d896641e638431f3cdb','AHARS','PPEX',1895,87,168,7,NULL,NULL,13,NULL,NULL,104,13,NULL,NULL,NULL,3,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(7,168,X'b7b19567c8838e8a42669cfa259ca317','AHATS','PPEX',1205,92,169,7,NULL,NULL,13,NULL,NULL,105,13,NULL,NULL,NULL,3,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(7,169,X'c002cfd7f9c5b5a8cdf469dcdff760da','AHBCS','PPEX',1028,95,170,7,NULL,NULL,13,NULL,NULL,106,13,NULL,NULL,NULL,3,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(7,170,X'42ca2bfea02090e738ebfbfc42edf179','AHBFS','PPEX',3027,63,171,7,NULL,NULL,13,NULL,NULL,107,13,NULL,NULL,NULL,3,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(7,171,X'8268b060366c69a4e4a2db16388deafa','AHBXS','PPEX',230,23,172,7,NULL,NULL,13,NULL,NULL,108,13,NULL,NULL,NULL,3,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(7,172,X'dcecbc8f7ab9805f309237f63a28f1e4','AHCHY','ARCA',7510,65,173,7,NULL,NULL,13,NULL,NULL,109,6,NULL,NULL,NULL,3,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(7,173,X'3c86ac669ff1e486dc6121077c99054e','AHCHY','OTCN',1100,11,174,7,NULL,NULL,13,NULL,NULL,109,2,NULL,NULL,NULL,3,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(7,174,X'f6328df67c8837f4d9960259d1b9b2e3','AHCHY','OTCX',900,9,175,7,NULL,NULL,13,NULL,NULL,109,4,NULL,NULL,NULL,3,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(7,175,X'44af6e317d7dc724e59bc27c499b618a','AHCMS','PPEX',924,56,176,7,NULL,NULL,13,NULL,NULL,110,13,NULL,NULL,NULL,3,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(7,176,X'44c0cf7c3fda6e10069b2a40d3682cf2','AHEIS','PPEX',645,72,177,7,NULL,NULL,13,NULL,NULL,111,13,NULL,NULL,NULL,3,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(7,177,X'57ba61535cd1ceed5dbdfacee22856a2','AHEWS','PPEX',910,76,178,7,NULL,NULL,13,NULL,NULL,112,13,NULL,NULL,NULL,3,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(7,178,X'851c971b9873bbde604bbfbb26492297','AHEXY','ARCA',6814,78,179,7,NULL,NULL,13,NULL,NULL,113,6,NULL,NULL,NULL,3,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(7,179,X'03b6f5aed2c3dbf4e01cfed731096a2a','AHEXY','OTCN',1740,10,180,7,NULL,NULL,13,NULL,NULL,113,2,NULL,NULL,NULL,3,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(7,180,X'c903cea53c6bb0ea699d26cc0711c211','AHEXY','OTCX',2141,43,181,7,NULL,NULL,13,NULL,NULL,113,4,NULL,NULL,NULL,3,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(7,181,X'e13ff5bc1235ab0f548f2de1f6449d04','AHFXS','PPEX',892,63,182,7,NULL,NULL,13,NULL,NULL,114,13,NULL,NULL,NULL,3,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(7,182,X'df7d02197d9d8c7c11a86763b84bc571','AHGLS','PPEX',812,51,183,7,NULL,NULL,13,NULL,NULL,115,13,NULL,NULL,NULL,3,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(7,183,X'ca6ea17d3925c5d70da4302b8114ffd6','AHGNS','PPEX',1973,98,184,7,NULL,NULL,13,NULL,NULL,116,13,NULL,NULL,NULL,3,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(7,184,X'085f5e03fa4711d48fd3886b605a51af','AHHMS','PPEX',369,38,185,7,NULL,NULL,13,NULL,NULL,117,13,NULL,NULL,NULL,3,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(7,185,X'880948daa6345f2d3d0613406d736efc','AHHOS','PPEX',212,20,186,7,NULL,NULL,13,NULL,NULL,118,13,NULL,NULL,NULL,3,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(7,186,X'b2e1d60b258dd8218f870fe9b1905484','AHHYS','PPEX',1651,106,187,7,NULL,NULL,13,NULL,NULL,119,13,NULL,NULL,NULL,3,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(7,187,X'a483df60ee661d76fdf0d121bbba37a2','AHJHS','PPEX',934,62,188,7,NULL,NULL,13,NULL,NULL,120,13,NULL,NULL,NULL,3,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(7,188,X'cf56d45be3f323b760c509001c3398c0','AHKSY','ARCA',1853,9,189,7,NULL,NULL,13,NULL,NULL,121,6,NULL,NULL,NULL,3,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(7,189,X'288a98613e4ea37f6328bec24373e8d0','AHKSY','OTCN',629,8,190,7,NULL,NULL,13,NULL,NULL,121,2,NULL,NULL,NULL,3,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(7,190,X'82c0146e61c50bd5610b5c1a13451da3','AHKSY','OTCX',94,1,191,7,NULL,NULL,13,NULL,NULL,121,4,NULL,NULL,NULL,3,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(7,191,X'7d6a1600b0373c842f8e9c76dd9fb2af','AHKYS','PPEX',1000,61,192,7,NULL,NULL,13,NULL,NULL,122,13,NULL,NULL,NULL,3,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(7,192,X'5ff2c57a8cb57e980393a71374313e20','AHLAS','PPEX',2,1,193,7,NULL,NULL,13,NULL,NULL,123,13,NULL,NULL,NULL,3,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(7,193,X'59c7f808b0e35290098407eb67c01e47','AHLCS','PPEX',5,1,194,7,NULL,NULL,13,NULL,NULL,124,13,NULL,NULL,NULL,3,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(7,194,X'43b3e49a21caecc38aac146405a81226','AHLES','PPEX',6,1,195,7,NULL,NULL,13,NULL,NULL,125,13,NULL,NULL,NULL,3,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(7,195,X'b55304b7befdd016e2703024c8a564d2','AHLFS','PPEX',20,4,196,7,NULL,NULL,13,NULL,NULL,126,13,NULL,NULL,NULL,3,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(7,196,X'10c940da3b4456234ac5887ea421ca95','AHLGS','PPEX',10,2,197,7,NULL,NULL,13,NULL,NULL,127,13,NULL,NULL,NULL,3,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(7,197,X'7dd361febbd7469b7d9bb84840cd6d92','AHLJS','PPEX',3,2,198,7,NULL,NULL,13,NULL,NULL,128,13,NULL,NULL,NULL,3,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(7,198,X'80bd8a4b6c42720e93ab0f118101cd27','AHLNS','PPEX',1,1,199,7,NULL,NULL,13,NULL,NULL,129,13,NULL,NULL,NULL,3,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(7,199,X'f47e460e6924fc0d88109f26e6c9f1c6','AHLSS','PPEX',80,2,200,7,NULL,NULL,13,NULL,NULL,130,13,NULL,NULL,NULL,3,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(7,200,X'4af696053cdd69a190931ad7ce436fbb','AHLUS','PPEX',102,2,201,7,NULL,NULL,13,NULL,NULL,131,13,NULL,NULL,NULL,3,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(7,201,X'b91df872ccff7438e6492704ac3e691e','AHLVS','PPEX',1417,76,202,7,NULL,NULL,13,NULL,NULL,132,13,NULL,NULL,NULL,3,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(7,202,X'2ca0cbbf1a399d17515b2db1f4a2e4be','AHLXS','PPEX',395,41,203,7,NULL,NULL,13,NULL,NULL,133,13,NULL,NULL,NULL,3,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(7,203,X'1e9a6e6c54cb517739bb123cda2ca596','AHMCS','PPEX',776,48,204,7,NULL,NULL,13,NULL,NULL,134,13,NULL,NULL,NULL,3,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(7,204,X'8b742640f7094219325ca78566db99b8','AHNBS','PPEX',1435,73,205,7,NULL,NULL,13,NULL,NULL,135,13,NULL,NULL,NULL,3,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(7,205,X'245345e363a1c449d90d02ba3c2729b9','AHNRF','OTCN',57696,16,206,7,NULL,NULL,13,NULL,NULL,136,2,NULL,NULL,NULL,3,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(7,206,X'f1c4888762c9afb109062e887fbb6572','AHNTS','PPEX',525,49,207,7,NULL,NULL,13,NULL,NULL,137,13,NULL,NULL,NULL,3,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(7,207,X'd44b58b42e12a66f0a557ea1943e4928','AHOBS','PPEX',991,77,208,7,NULL,NULL,13,NULL,NULL,138,13,NULL,NULL,NULL,3,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(7,208,X'1cbf2c0dc7a02c5494ed3320447a5b95','AHOMS','PPEX',321,37,209,7,NULL,NULL,13,NULL,NULL,139,13,NULL,NULL,NULL,3,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(7,209,X'f0d5f9193f5f873e9d7ed28c0269cf68','AHPHS','PPEX',256,34,210,7,NULL,NULL,13,NULL,NULL,140,13,NULL,NULL,NULL,3,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(7,210,X'22b0d55c1ddf3d08c473e5376a4d184f','AHPMS','PPEX',4171,140,211,7,NULL,NULL,13,NULL,NULL,141,13,NULL,NULL,NULL,3,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(7,211,X'b6936d08686d23c522941f3ca1bad4df','AHPSS','PPEX',2220,96,212,7,NULL,NULL,13,NULL,NULL,142,13,NULL,NULL,NULL,3,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(7,212,X'f22de20a3392d1f1b1d4105b1ed20302','AHRFS','PPEX',722,60,213,7,NULL,NULL,13,NULL,NULL,143,13,NULL,NULL,NULL,3,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(7,213,X'647f1e590f44da1648fdf762cdade108','AHRKS','PPEX',1015,93,214,7,NULL,NULL,13,NULL,NULL,144,13,NULL,NULL,NULL,3,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(7,214,X'6d513f07fec69d127e715894774618df','AHRWS','PPEX',1369,71,215,7,NULL,NULL,13,NULL,NULL,145,13,NULL,NULL,NULL,3,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(7,215,X'034257d03c6750c1b14a6d29a4826a62','AHSMS','PPEX',863,52,216,7,NULL,NULL,13,NULL,NULL,146,13,NULL,NULL,NULL,3,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(7,216,X'2d2d42ad146ed125a44960d9705c71b9','AHSOS','PPEX',475,47,217,7,NULL,NULL,13,NULL,NULL,147,13,NULL,NULL,NULL,3,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(7,217,X'6bb6b04c7a11ae93bc96322041dfda7b','AHSQS','PPEX',976,66,218,7,NULL,NULL,13,NULL,NULL,148,13,NULL,NULL,NULL,3,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(7,218,X'00fc16ed056b4d1b68e7ece99b020cfb','AHSSS','PPEX',983,56,219,7,NULL,NULL,13,NULL,NULL,149,13,NULL,NULL,NULL,3,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(7,219,X'846e067ec0d054bebe6efcf055b0de8e','AHSVS','PPEX',1683,112,220,7,NULL,NULL,13,NULL,NULL,150,13,NULL,NULL,NULL,3,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(7,220,X'02ff1e113d6c7f755151d28b6c65f743','AHTYS','PPEX',970,68,221,7,NULL,NULL,13,NULL,NULL,151,13,NULL,NULL,NULL,3,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(7,221,X'3bd245390a9df0c1be8c3b4a9450b5c0','AHVAS','PPEX',5,1,222,7,NULL,NULL,13,NULL,NULL,152,13,NULL,NULL,NULL,3,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(7,222,X'238a5d97f6f03eb85eaa004786c7358a','AHWHS','PPEX',1002,61,223,7,NULL,NULL,13,NULL,NULL,153,13,NULL,NULL,NULL,3,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(7,223,X'7e13864ceb7169a4b41bb4abe55961d8','AIBGY','ARCA',21215,276,224,7,NULL,NULL,13,NULL,NULL,154,6,NULL,NULL,NULL,3,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(7,224,X'e130d1edacde02daf4847e5c54cded93','AIBGY','OTCN',20976,104,225,7,NULL,NULL,13,NULL,NULL,154,2,NULL,NULL,NULL,3,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(7,225,X'bfc8a290365a3cb6bdae129258e75ce0','AIBGY','OTCX',16096,266,226,7,NULL,NULL,13,NULL,NULL,154,4,NULL,NULL,NULL,3,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(7,226,X'49aa1ca6c51fa3439de285db4024710d','AIBT','OTCN',173008,2,227,7,NULL,NULL,13,NULL,NULL,155,2,NULL,NULL,NULL,3,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(7,227,X'19c66b489689aaf211d1b792dec39324','AIJTY','OTCN',2350,2,228,7,NULL,NULL,13,NULL,NULL,156,2,NULL,NULL,NULL,3,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(7,228,X'9e6ddf6924c86cccd363d6c8b883f1c7','AIMFF','ARCA',600,2,229,7,NULL,NULL,13,NULL,NULL,157,6,NULL,NULL,NULL,3,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(7,229,X'c32a5d156e5eca85b7e4322a7984da03','AIMFF','OTCN',900,2,230,7,NULL,NULL,13,NULL,NULL,157,2,NULL,NULL,NULL,3,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(7,230,X'3c1272f0b789a5f09d5140d6cc6b7ef5','AIMLF','OTCN',260600,9,231,7,NULL,NULL,13,NULL,NULL,158,2,NULL,NULL,NULL,3,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(7,231,X'bd224b7a1dd4b48df766f6007aec023a','AINMF','ARCA',2200,1,232,7,NULL,NULL,13,NULL,NULL,159,6,NULL,NULL,NULL,3,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(7,232,X'63863c46d11cd1cfa990009ac7a51431','AIPUY','OTCN',100,1,233,7,NULL,NULL,13,NULL,NULL,160,2,NULL,NULL,NULL,3,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(7,233,X'ebaf8fe683c5f2674b3f948a938db64b','AIQUY','ARCA',131065,966,234,7,NULL,NULL,13,NULL,NULL,161,6,NULL,NULL,NULL,3,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(7,234,X'e8cc3854a1c04d5a42fc14a11ed41d28','AIQUY','OTCN',21965,119,235,7,NULL,NULL,13,NULL,NULL,161,2,NULL,NULL,NULL,3,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(7,235,X'50a68f2b98a9eb6798659c5e6e27ea53','AIQUY','OTCX',20894,143,236,7,NULL,NULL,13,NULL,NULL,161,4,NULL,NULL,NULL,3,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(7,236,X'd3c5478d2d6150168930525026ee1b36','AIRDF','OTCN',38000,11,237,7,NULL,NULL,13,NULL,NULL,162,2,NULL,NULL,NULL,3,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(7,237,X'2c6951995ff7780d6a0a3845c564f378','AIRRF','OTCN',8272,7,238,7,NULL,NULL,13,NULL,NULL,163,2,NULL,NULL,NULL,3,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(7,238,X'0e7e8284e6fc8f82bf4a934109486253','AITX','OTCN',48244979,192,239,7,NULL,NULL,13,NULL,NULL,164,2,NULL,NULL,NULL,3,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(7,239,X'c6186fd34e0cc2116acf21ded6396682','AITX','OTCX',11958670,54,240,7,NULL,NULL,13,NULL,NULL,164,4,NULL,NULL,NULL,3,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(7,240,X'b42e97be013a4f73b636ca6bcf3b5316','AJINY','ARCA',10201,60,241,7,NULL,NULL,13,NULL,NULL,165,6,NULL,NULL,NULL,3,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(7,241,X'daea9d44c0ddf8c4bb281c649d1ec7be','AJINY','OTCN',2230,21,242,7,NULL,NULL,13,NULL,NULL,165,2,NULL,NULL,NULL,3,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(7,242,X'61063796eb8b62e9e36ede4d5efb2ed4','AJINY','OTCX',8808,75,243,7,NULL,NULL,13,NULL,NULL,165,4,NULL,NULL,NULL,3,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(7,243,X'4fa8e853e7645ec3c7c6cb0e0dafe2ac','AKBTY','OTCN',702,4,244,7,NULL,NULL,13,NULL,NULL,166,2,NULL,NULL,NULL,3,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(7,244,X'708ce9e921b3a0c961b9317e025caed8','AKEMF','OTCN',93061,7,245,7,NULL,NULL,13,NULL,NULL,167,2,NULL,NULL,NULL,3,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(7,245,X'30297e21b77df3494bdfd8d915c69689','AKEMF','OTCX',2148,2,246,7,NULL,NULL,13,NULL,NULL,167,4,NULL,NULL,NULL,3,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(7,246,X'6773e331b19036ec656a16227ff2780b','AKGSS','PPEX',1,1,247,7,NULL,NULL,13,NULL,NULL,168,13,NULL,NULL,NULL,3,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(7,247,X'013e10aa0d3e6a6a5411e6a0a42d3b7b','AKOJS','PPEX',15,4,248,7,NULL,NULL,13,NULL,NULL,169,13,NULL,NULL,NULL,3,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(7,248,X'67ba95557849c544caa5adf194e1955f','AKPJS','PPEX',55,16,249,7,NULL,NULL,13,NULL,NULL,170,13,NULL,NULL,NULL,3,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(7,249,X'65f8ffa2f33786c78cf65782c582446c','AKPPS','PPEX',18,11,250,7,NULL,NULL,13,NULL,NULL,171,13,NULL,NULL,NULL,3,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(7,250,X'7ca6f76689a0a8c32259d0c218103bac','AKPQS','PPEX',4,3,251,7,NULL,NULL,13,NULL,NULL,172,13,NULL,NULL,NULL,3,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(7,251,X'c602c40e83490fe7575e725eeed8cb51','AKPRS','PPEX',2,2,252,7,NULL,NULL,13,NULL,NULL,173,13,NULL,NULL,NULL,3,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(7,252,X'793ab7cc262e19ffd453528f7ef4a4ae','AKPXS','PPEX',24,7,253,7,NULL,NULL,13,NULL,NULL,174,13,NULL,NULL,NULL,3,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(7,253,X'5385fdb9418bb59aa60ff87eb206936e','AKPZS','PPEX',9,8,254,7,NULL,NULL,13,NULL,NULL,175,13,NULL,NULL,NULL,3,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(7,254,X'144d51bd4e39782d1375606c31069465','AKRBY','OTCN',983,3,255,7,NULL,NULL,13,NULL,NULL,176,2,NULL,NULL,NULL,3,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(7,255,X'958f260580a40fd9a62c1cef1055551f','AKRYY','OTCN',100,1,256,7,NULL,NULL,13,NULL,NULL,177,2,NULL,NULL,NULL,3,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(7,256,X'9a95da8053d07415bafa6c53484a356d','AKTAF','OTCN',700,3,257,7,NULL,NULL,13,NULL,NULL,178,2,NULL,NULL,NULL,3,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(7,257,X'72dda26b4ebd013337509eaa830fddb4','AKTAF','OTCX',301,3,258,7,NULL,NULL,13,NULL,NULL,178,4,NULL,NULL,NULL,3,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(7,258,X'f4a83863887d548153e4b493cb92aac1','AKZAS','PPEX',11,5,259,7,NULL,NULL,13,NULL,NULL,179,13,NULL,NULL,NULL,3,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(7,259,X'7b0e8a613e63e07af0fbab8eb548fa4e','AKZOY','ARCA',15081,67,260,7,NULL,NULL,13,NULL,NULL,180,6,NULL,NULL,NULL,3,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(7,260,X'09773c9cd902332a8c5a8470d44a3868','AKZOY','OTCN',15046,78,261,7,NULL,NULL,13,NULL,NULL,180,2,NULL,NULL,NULL,3,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(7,261,X'00dba8f48772579743ece0a737157e5d','AKZOY','OTCX',8111,41,262,7,NULL,NULL,13,NULL,NULL,180,4,NULL,NULL,NULL,3,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(7,262,X'e3b857349d6dc643cb2daa8cc14202e7','ALFVY','ARCA',6277,38,263,7,NULL,NULL,13,NULL,NULL,181,6,NULL,NULL,NULL,3,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(7,263,X'56277185660e2105b4185b400c5c6af0','ALFVY','OTCN',2353,21,264,7,NULL,NULL,13,NULL,NULL,181,2,NULL,NULL,NULL,3,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(7,264,X'a4ee728946603b79f69869d80b373f2c','ALFVY','OTCX',1821,13,265,7,NULL,NULL,13,NULL,NULL,181,4,NULL,NULL,NULL,3,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(7,265,X'7887fbbb337c1713140057d3a35d93b2','ALGYS','PPEX',196,20,266,7,NULL,NULL,13,NULL,NULL,182,13,NULL,NULL,NULL,3,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(7,266,X'57bbf5ffcbb8d5791c6ce492a003b246','ALIZY','ARCA',70747,379,267,7,NULL,NULL,13,NULL,NULL,183,6,NULL,NULL,NULL,3,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(7,267,X'a0d198325d14918035ca6ac6ef5cf2f5','ALIZY','OTCN',88979,395,268,7,NULL,NULL,13,NULL,NULL,183,2,NULL,NULL,NULL,3,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(7,268,X'728081ae59ad54cc112ae53cf0b0968f','ALIZY','OTCX',112320,569,269,7,NULL,NULL,13,NULL,NULL,183,4,NULL,NULL,NULL,3,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(7,269,X'20bc08c5b2300ecc1be3e023a8278570','ALLGF','OTCX',135,2,270,7,NULL,NULL,13,NULL,NULL,184,4,NULL,NULL,NULL,3,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(7,270,X'7f728d38910301780effe28f9505e53a','ALNPY','ARCA',31,3,271,7,NULL,NULL,13,NULL,NULL,185,6,NULL,NULL,NULL,3,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(7,271,X'06f3bd55bf81ae7500a57f6bdc038b87','ALNPY','OTCN',10,1,272,7,NULL,NULL,13,NULL,NULL,185,2,NULL,NULL,NULL,3,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(7,272,X'0df5afd32ea2bff68a67eb464a4388a0','ALOIS','PPEX',378,30,273,7,NULL,NULL,13,NULL,NULL,186,13,NULL,NULL,NULL,3,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(7,273,X'a0e18a1adff47e8879e91abe2db82898','ALPIB','ARCA',699,6,274,7,NULL,NULL,13,NULL,NULL,187,6,NULL,NULL,NULL,3,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(7,274,X'0b09d42126b64b735a118d1ae43df6b6','ALPIB','OTCN',987,16,275,7,NULL,NULL,13,NULL,NULL,187,2,NULL,NULL,NULL,3,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(7,275,X'd212be94027fd0535ac31b121de06ac4','ALPIB','OTCX',943,12,276,7,NULL,NULL,13,NULL,NULL,187,4,NULL,NULL,NULL,3,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(7,276,X'72dc85c87e72a3676a006c6a80e477e0','ALPMY','ARCA',46780,237,277,7,NULL,NULL,13,NULL,NULL,188,6,NULL,NULL,NULL,3,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(7,277,X'2a5513cd06f50462745e5a79b1029521','ALPMY','OTCN',10112,50,278,7,NULL,NULL,13,NULL,NULL,188,2,NULL,NULL,NULL,3,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(7,278,X'ad3ddb012cbc0d31ddb619b411369be8','ALPMY','OTCX',20745,137,279,7,NULL,NULL,13,NULL,NULL,188,4,NULL,NULL,NULL,3,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(7,279,X'ca6cf8de55fa0716eb9a6ae0cba3740b','ALRTF','OTCN',100,1,280,7,NULL,NULL,13,NULL,NULL,189,2,NULL,NULL,NULL,3,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(7,280,X'f51f88db03f89250c460cc6c89718e16','ALSAF','OTCN',1,1,281,7,NULL,NULL,13,NULL,NULL,190,2,NULL,NULL,NULL,3,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(7,281,X'6076c75688aecc9044a4741f12fcf67a','ALSMY','ARCA',99193,46,282,7,NULL,NULL,13,NULL,NULL,191,6,NULL,NULL,NULL,3,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(7,282,X'af4cf75d79c64afcec4b15ca531f4ef4','ALSMY','OTCN',107274,61,283,7,NULL,NULL,13,NULL,NULL,191,2,NULL,NULL,NULL,3,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(7,283,X'9666abf843ad78baf0776bb69722e74e','ALSMY','OTCX',95201,75,284,7,NULL,NULL,13,NULL,NULL,191,4,NULL,NULL,NULL,3,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(7,284,X'c6a9651716c68fccaa70f0c1ca6343bb','ALVLF','OTCN',2000,1,285,7,NULL,NULL,13,NULL,NULL,192,2,NULL,NULL,NULL,3,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(7,285,X'c98b69385f30ac8c991a8dbccf3c0428','ALVOF','ARCA',1500,1,286,7,NULL,NULL,13,NULL,NULL,193,6,NULL,NULL,NULL,3,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(7,286,X'5a361cdfae43d1cd60d9e652164c1d4a','ALVOF','OTCN',6095,9,287,7,NULL,NULL,13,NULL,NULL,193,2,NULL,NULL,NULL,3,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(7,287,X'8d6fca11c140009314ed22ea5ed159f0','ALVOF','OTCX',4300,15,288,7,NULL,NULL,13,NULL,NULL,193,4,NULL,NULL,NULL,3,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(7,288,X'af6539ffb6433d36a47b0e5c212c2379','ALYAF','ARCA',600,6,289,7,NULL,NULL,13,NULL,NULL,194,6,NULL,NULL,NULL,3,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(7,289,X'e601bb0fae43a09873810e5dc1a1610b','ALYAF','OTCN',1000,4,290,7,NULL,NULL,13,NULL,NULL,194,2,NULL,NULL,NULL,3,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(7,290,X'6fe10c124e06ac5422f22197dea19f19','ALYAF','OTCX',1100,11,291,7,NULL,NULL,13,NULL,NULL,194,4,NULL,NULL,NULL,3,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(7,291,X'fabff489a9bfb9282ae1e3e40f732e2d','ALYI','OTCN',2000,1,292,7,NULL,NULL,13,NULL,NULL,195,2,NULL,NULL,NULL,3,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(7,292,X'0cdd4754c754f95c937cb9788818d492','AMADY','ARCA',5705,82,293,7,NULL,NULL,13,NULL,NULL,196,6,NULL,NULL,NULL,3,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(7,293,X'087c9150052cf1e0f329d8944f7fd3f2','AMADY','OTCN',6974,111,294,7,NULL,NULL,13,NULL,NULL,196,2,NULL,NULL,NULL,3,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(7,294,X'22747985af0b96871194b7310b5c8d77','AMADY','OTCX',6423,67,295,7,NULL,NULL,13,NULL,NULL,196,4,NULL,NULL,NULL,3,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(7,295,X'3a16773d7babb848fc871790fbcccad8','AMBIQ','OTCN',537,4,296,7,NULL,NULL,13,NULL,NULL,197,2,NULL,NULL,NULL,3,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(7,296,X'3e0c377208dffa98e3bbb3195e879e08','AMBIQ','OTCX',848,8,297,7,NULL,NULL,13,NULL,NULL,197,4,NULL,NULL,NULL,3,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(7,297,X'1a8c67835bdb466cf1fe44c39b13093e','AMBWQ','OTCN',20000,1,298,7,NULL,NULL,13,NULL,NULL,198,2,NULL,NULL,NULL,3,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(7,298,X'67b9204543c256cabf67c149711f5a90','AMBWQ','OTCX',783,1,299,7,NULL,NULL,13,NULL,NULL,198,4,NULL,NULL,NULL,3,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(7,299,X'25a8a242d9c9c1c8d339cdb143b9a813','AMBZ','ARCA',1880,18,300,7,NULL,NULL,13,NULL,NULL,199,6,NULL,NULL,NULL,3,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(7,300,X'9519ca420d10a20272b87e82c0127efa','AMBZ','OTCN',4906,43,301,7,NULL,NULL,13,NULL,NULL,199,2,NULL,NULL,NULL,3,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(8,1,X'4a64a0fd3f9f5dc7a0530566debbfc60','ZIVO','OTCN',499,2,2,8,NULL,NULL,14,NULL,NULL,200,2,NULL,NULL,NULL,201,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(8,2,X'09511c8e2bfccd39a79044dc53f3f430','ZLNDY','ARCA',5676,30,3,8,NULL,NULL,14,NULL,NULL,202,6,NULL,NULL,NULL,201,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(8,3,X'0362f80ad5076d37962c236e1569ad6d','ZLNDY','OTCN',1785,11,4,8,NULL,NULL,14,NULL,NULL,202,2,NULL,NULL,NULL,201,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(8,4,X'62105c4c8df55655bf556153b692538b','ZLNDY','OTCX',10420,41,5,8,NULL,NULL,14,NULL,NULL,202,4,NULL,NULL,NULL,201,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(8,5,X'ab075dcc97a05d4b809eccd7c8883723','ZMDTF','OTCN',24850,14,6,8,NULL,NULL,14,NULL,NULL,203,2,NULL,NULL,NULL,201,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(8,6,X'692f823040eda15a0546adcefdc996b2','ZMDTF','OTCX',6666,11,7,8,NULL,NULL,14,NULL,NULL,203,4,NULL,NULL,NULL,201,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(8,7,X'91f3d7f58bbec3d9aca6c67823ac2e69','ZNOG','OTCN',252667,76,8,8,NULL,NULL,14,NULL,NULL,204,2,NULL,NULL,NULL,201,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(8,8,X'f201e56d336edd40f84546649bec4ea8','ZNOG','OTCX',32829,19,9,8,NULL,NULL,14,NULL,NULL,204,4,NULL,NULL,NULL,201,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(8,9,X'6f97e1210253acb750f65d57bd577cbd','ZOMDF','OTCN',92999,12,10,8,NULL,NULL,14,NULL,NULL,205,2,NULL,NULL,NULL,201,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(8,10,X'09e603561cb90c5bb7666ca1c08f9253','ZOMDF','OTCX',1318,5,11,8,NULL,NULL,14,NULL,NULL,205,4,NULL,NULL,NULL,201,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(8,11,X'8d90aed61bb0268110f91a3d88824208','ZPTA','OTCX',41930,14,12,8,NULL,NULL,14,NULL,NULL,206,4,NULL,NULL,NULL,201,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(8,12,X'98bbe630dc264e687039db9829775a8b','ZPTAF','OTCN',100,1,13,8,NULL,NULL,14,NULL,NULL,207,2,NULL,NULL,NULL,201,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(8,13,X'768a0a35396bfb12c655869da927c42b','ZPTAF','OTCX',100,1,14,8,NULL,NULL,14,NULL,NULL,207,4,NULL,NULL,NULL,201,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(8,14,X'41607d3b591e7f9b5fddeacb0813b7e7','ZURVY','ARCA',28944,77,15,8,NULL,NULL,14,NULL,NULL,208,6,NULL,NULL,NULL,201,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(8,15,X'e8be9c228d8cf8c6cce0ef8d6b03972a','ZURVY','OTCN',17809,103,16,8,NULL,NULL,14,NULL,NULL,208,2,NULL,NULL,NULL,201,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(8,16,X'87de72c2fa1e9486e828c4a95aabeaf7','ZURVY','OTCX',29921,167,17,8,NULL,NULL,14,NULL,NULL,208,4,NULL,NULL,NULL,201,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(8,17,X'69adea7f7693822642bf47e1ca5ae209','ZVOI','OTCX',12002,3,18,8,NULL,NULL,14,NULL,NULL,209,4,NULL,NULL,NULL,201,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(8,18,X'c392d24971da6a22c8038e3e4ca876ba','ZVSA','OTCN',4,2,19,8,NULL,NULL,14,NULL,NULL,210,2,NULL,NULL,NULL,201,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(8,19,X'eca43bc25a35297c1ef8d73b3256a4e0','ZVSA','OTCX',2,1,20,8,NULL,NULL,14,NULL,NULL,210,4,NULL,NULL,NULL,201,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(8,20,X'6e8303ccd8cf8d024f664a8cd1bd0099','','PPEX',1,1,21,8,NULL,NULL,14,1,NULL,NULL,13,NULL,NULL,NULL,201,NULL,NULL,NULL);
INSERT INTO otc_raw_record VALUES(9,1,X'7648b783d3ce74cc640a7e3d58f0b6c7','ORLB','KSTL',48210,391,2,9,NULL,NULL,15,NULL,NULL,211,212,213,NULL,NULL,214,NULL,'281734','1928400');
INSERT INTO otc_raw_record VALUES(9,2,X'cbd3d95074faa746590f0f59e3119423','ORLB','DRFT',12040,88,3,9,NULL,NULL,15,NULL,NULL,211,215,213,NULL,NULL,214,NULL,'149206','481600');
INSERT INTO otc_raw_record VALUES(9,3,X'694c10b04f4df3e9c92e45707c1c9b0d','HWTH','PNCL',7300,52,4,9,NULL,NULL,15,NULL,NULL,216,217,213,NULL,NULL,214,NULL,'77410','146073.25');
INSERT INTO otc_raw_record VALUES(9,4,X'21b29877c625dc2cc0d8653e761a511b','VSPR','KSTL',2500,9,5,9,NULL,NULL,15,NULL,NULL,218,212,213,NULL,NULL,214,NULL,'281734','31000');
ANALYZE sqlite_schema;
INSERT INTO sqlite_stat1 VALUES('otc_raw_record','otc_raw_record','10000000 100000 1');
INSERT INTO sqlite_stat1 VALUES('otc_raw_record','ux_otc_raw_record_key','10000000 100000 1');
INSERT INTO sqlite_stat1 VALUES('otc_raw_record','ix_otc_raw_record_venue','10000000 100000 5 1 1 1 1 1');
CREATE INDEX ix_otc_captures_week ON otc_captures (week_ending, tier);
CREATE INDEX ix_otc_rejects_record ON otc_rejects (week_ending, tier, raw_record_hash);
CREATE INDEX ix_otc_week_manifest_rolling_stale ON otc_week_manifest (tier, week_ending)
    WHERE rolling_stale = 1;
CREATE UNIQUE INDEX ux_otc_raw_record_key ON otc_raw_record (week_key, record_key);
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
WHERE r.superseded_by_capture_id IS NULL AND r.normalize_rejected IS NULL AND r.mpid <> ''
;
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
CREATE INDEX ix_otc_raw_record_venue ON otc_raw_record (
    week_key, symbol, mpid, total_shares, total_trades, superseded_by_capture_id, normalize_rejected
);
COMMIT;
