PRAGMA foreign_keys=OFF;
BEGIN TRANSACTION;
CREATE TABLE schema_migrations ( version TEXT PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL);
INSERT INTO schema_migrations VALUES('001','001_core_executions','2026-12-01T22:42:52.810Z');
INSERT INTO schema_migrations VALUES('021','021_otc_multiweek_real_example','2026-12-01T22:42:52.813Z');
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
);
INSERT INTO executions VALUES(1,'otc.backfill_range','{"dry_run": false, "end_week": null, "file_pattern": "week_{week_ending}.psv", "force": false, "only": "all", "reject_zero_volume": false, "skip_rolling": false, "skip_snapshot": false, "source_dir": "/work/lead/data/fixtures/otc", "start_week": null, "tier": "NMS_TIER_1", "weeks_back": 6}','COMPLETED','2026-12-01T22:42:52.813Z','2026-12-01T22:42:52.841Z',27,NULL,'{"rolling": {"2025-11-21": "done", "2025-11-28": "done", "2025-12-05": "done", "2025-12-12": "done", "2025-12-19": "done", "2025-12-26": "done"}, "snapshot": {"status": "done", "week_ending": "2025-12-26"}, "snapshots_retaken": {}, "tier": "NMS_TIER_1", "weeks": [{"error": null, "file": "/work/lead/data/fixtures/otc/week_2025-11-21.psv", "stages": {"aggregate": "done", "ingest": "done", "normalize": "done"}, "status": "OK", "week_ending": "2025-11-21"}, {"error": null, "file": "/work/lead/data/fixtures/otc/week_2025-11-28.psv", "stages": {"aggregate": "done", "ingest": "done", "normalize": "done"}, "status": "OK", "week_ending": "2025-11-28"}, {"error": null, "file": "/work/lead/data/fixtures/otc/week_2025-12-05.psv", "stages": {"aggregate": "done", "ingest": "done", "normalize": "done"}, "status": "OK", "week_ending": "2025-12-05"}, {"error": null, "file": "/work/lead/data/fixtures/otc/week_2025-12-12.psv", "stages": {"aggregate": "done", "ingest": "done", "normalize": "done"}, "status": "OK", "week_ending": "2025-12-12"}, {"error": null, "file": "/work/lead/data/fixtures/otc/week_2025-12-19.psv", "stages": {"aggregate": "done", "ingest": "done", "normalize": "done"}, "status": "OK", "week_ending": "2025-12-19"}, {"error": null, "file": "/work/lead/data/fixtures/otc/week_2025-12-26.psv", "stages": {"aggregate": "done", "ingest": "done", "normalize": "done"}, "status": "OK", "week_ending": "2025-12-26"}], "weeks_failed": 0, "weeks_ok": 6, "weeks_total": 6}',NULL,1,2454,'vm');
INSERT INTO executions VALUES(2,'otc.ingest_week','{"file_path": "/work/lead/data/fixtures/otc/week_2025-11-21.psv", "force": false, "source_type": "file", "tier": "NMS_TIER_1", "week_ending": "2025-11-21"}','COMPLETED','2026-12-01T22:42:52.817Z','2026-12-01T22:42:52.819Z',1,NULL,'{"capture_id": 1, "duplicate_lines": 0, "ignored": 0, "ignored_by_type": {}, "inserted": 11, "layout": "seed", "lines": 11, "other_weeks": {}, "parsed": 11, "publication_dates": {}, "rejected": 0, "rejects_by_reason": {}, "revision": false, "source_sha256": "2697cb8a59013f71029054f143e8dcfd8c35706981c58a08635a8dcfc1d2ecff", "stale_rolling_rows": 0, "symbol_totals": 0}',1,1,2454,'vm');
INSERT INTO executions VALUES(3,'otc.normalize_week','{"force": false, "reject_zero_volume": false, "tier": "NMS_TIER_1", "week_ending": "2025-11-21"}','COMPLETED','2026-12-01T22:42:52.819Z','2026-12-01T22:42:52.820Z',1,NULL,'{"normalized": 11, "rejected": 0, "rejects_by_reason": {}}',1,1,2454,'vm');
INSERT INTO executions VALUES(4,'otc.aggregate_week','{"force": false, "tier": "NMS_TIER_1", "week_ending": "2025-11-21"}','COMPLETED','2026-12-01T22:42:52.820Z','2026-12-01T22:42:52.821Z',0,NULL,'{"checks": {"market_share_sum_100": "PASS", "no_duplicate_natural_keys": "PASS", "no_negative_trades": "PASS", "no_negative_volumes": "PASS", "symbol_count_positive": "PASS", "venue_count_positive": "PASS"}, "symbols": 5, "venues": 4}',1,1,2454,'vm');
INSERT INTO executions VALUES(5,'otc.ingest_week','{"file_path": "/work/lead/data/fixtures/otc/week_2025-11-28.psv", "force": false, "source_type": "file", "tier": "NMS_TIER_1", "week_ending": "2025-11-28"}','COMPLETED','2026-12-01T22:42:52.821Z','2026-12-01T22:42:52.822Z',0,NULL,'{"capture_id": 2, "duplicate_lines": 0, "ignored": 0, "ignored_by_type": {}, "inserted": 12, "layout": "seed", "lines": 12, "other_weeks": {}, "parsed": 12, "publication_dates": {}, "rejected": 0, "rejects_by_reason": {}, "revision": false, "source_sha256": "746160524a0304fe744877c1db98dacf1e8b7c2ee08274d4287fcf1992fb13e4", "stale_rolling_rows": 0, "symbol_totals": 0}',1,1,2454,'vm');
INSERT INTO executions VALUES(6,'otc.normalize_week','{"force": false, "reject_zero_volume": false, "tier": "NMS_TIER_1", "week_ending": "2025-11-28"}','COMPLETED','2026-12-01T22:42:52.822Z','2026-12-01T22:42:52.823Z',0,NULL,'{"normalized": 12, "rejected": 0, "rejects_by_reason": {}}',1,1,2454,'vm');
INSERT INTO executions VALUES(7,'otc.aggregate_week','{"force": false, "tier": "NMS_TIER_1", "week_ending": "2025-11-28"}','COMPLETED','2026-12-01T22:42:52.823Z','2026-12-01T22:42:52.824Z',0,NULL,'{"checks": {"market_share_sum_100": "PASS", "no_duplicate_natural_keys": "PASS", "no_negative_trades": "PASS", "no_negative_volumes": "PASS", "symbol_count_positive": "PASS", "venue_count_positive": "PASS"}, "symbols": 5, "venues": 4}',1,1,2454,'vm');
INSERT INTO executions VALUES(8,'otc.ingest_week','{"file_path": "/work/lead/data/fixtures/otc/week_2025-12-05.psv", "force": false, "source_type": "file", "tier": "NMS_TIER_1", "week_ending": "2025-12-05"}','COMPLETED','2026-12-01T22:42:52.824Z','2026-12-01T22:42:52.825Z',0,NULL,'{"capture_id": 3, "duplicate_lines": 0, "ignored": 0, "ignored_by_type": {}, "inserted": 12, "layout": "seed", "lines": 12, "other_weeks": {}, "parsed": 12, "publication_dates": {}, "rejected": 0, "rejects_by_reason": {}, "revision": false, "source_sha256": "d88391eb8cf34ed74275c0e5917c28821c4f4b068eafc1a542fdc630514f3bd9", "stale_rolling_rows": 0, "symbol_totals": 0}',1,1,2454,'vm');
INSERT INTO executions VALUES(9,'otc.normalize_week','{"force": false, "reject_zero_volume": false, "tier": "NMS_TIER_1", "week_ending": "2025-12-05"}','COMPLETED','2026-12-01T22:42:52.825Z','2026-12-01T22:42:52.827Z',1,NULL,'{"normalized": 11, "rejected": 1, "rejects_by_reason": {"INVALID_SYMBOL": 1}}',1,1,2454,'vm');
INSERT INTO executions VALUES(10,'otc.aggregate_week','{"force": false, "tier": "NMS_TIER_1", "week_ending": "2025-12-05"}','COMPLETED','2026-12-01T22:42:52.827Z','2026-12-01T22:42:52.828Z',0,NULL,'{"checks": {"market_share_sum_100": "PASS", "no_duplicate_natural_keys": "PASS", "no_negative_trades": "PASS", "no_negative_volumes": "PASS", "symbol_count_positive": "PASS", "venue_count_positive": "PASS"}, "symbols": 5, "venues": 4}',1,1,2454,'vm');
INSERT INTO executions VALUES(11,'otc.ingest_week','{"file_path": "/work/lead/data/fixtures/otc/week_2025-12-12.psv", "force": false, "source_type": "file", "tier": "NMS_TIER_1", "week_ending": "2025-12-12"}','COMPLETED','2026-12-01T22:42:52.828Z','2026-12-01T22:42:52.829Z',0,NULL,'{"capture_id": 4, "duplicate_lines": 0, "ignored": 0, "ignored_by_type": {}, "inserted": 12, "layout": "seed", "lines": 12, "other_weeks": {}, "parsed": 12, "publication_dates": {}, "rejected": 0, "rejects_by_reason": {}, "revision": false, "source_sha256": "fc9fa0ed50c3fc6de76d355a5a23a71a3349a5da187d77b937377dc7cb1354b6", "stale_rolling_rows": 0, "symbol_totals": 0}',1,1,2454,'vm');
INSERT INTO executions VALUES(12,'otc.normalize_week','{"force": false, "reject_zero_volume": false, "tier": "NMS_TIER_1", "week_ending": "2025-12-12"}','COMPLETED','2026-12-01T22:42:52.829Z','2026-12-01T22:42:52.830Z',0,NULL,'{"normalized": 12, "rejected": 0, "rejects_by_reason": {}}',1,1,2454,'vm');
INSERT INTO executions VALUES(13,'otc.aggregate_week','{"force": false, "tier": "NMS_TIER_1", "week_ending": "2025-12-12"}','COMPLETED','2026-12-01T22:42:52.830Z','2026-12-01T22:42:52.831Z',0,NULL,'{"checks": {"market_share_sum_100": "PASS", "no_duplicate_natural_keys": "PASS", "no_negative_trades": "PASS", "no_negative_volumes": "PASS", "symbol_count_positive": "PASS", "venue_count_positive": "PASS"}, "symbols": 5, "venues": 4}',1,1,2454,'vm');
INSERT INTO executions VALUES(14,'otc.ingest_week','{"file_path": "/work/lead/data/fixtures/otc/week_2025-12-19.psv", "force": false, "source_type": "file", "tier": "NMS_TIER_1", "week_ending": "2025-12-19"}','COMPLETED','2026-12-01T22:42:52.831Z','2026-12-01T22:42:52.832Z',0,NULL,'{"capture_id": 5, "duplicate_lines": 0, "ignored": 0, "ignored_by_type": {}, "inserted": 12, "layout": "seed", "lines": 12, "other_weeks": {}, "parsed": 12, "publication_dates": {}, "rejected": 0, "rejects_by_reason": {}, "revision": false, "source_sha256": "71d39c5ae9d0758ffee020d369b758ac60b6c4ab08599127f79d9d9ddfdb527c", "stale_rolling_rows": 0, "symbol_totals": 0}',1,1,2454,'vm');
INSERT INTO executions VALUES(15,'otc.normalize_week','{"force": false, "reject_zero_volume": false, "tier": "NMS_TIER_1", "week_ending": "2025-12-19"}','COMPLETED','2026-12-01T22:42:52.832Z','2026-12-01T22:42:52.833Z',0,NULL,'{"normalized": 11, "rejected": 1, "rejects_by_reason": {"NEGATIVE_VOLUME": 1}}',1,1,2454,'vm');
INSERT INTO executions VALUES(16,'otc.aggregate_week','{"force": false, "tier": "NMS_TIER_1", "week_ending": "2025-12-19"}','COMPLETED','2026-12-01T22:42:52.833Z','2026-12-01T22:42:52.834Z',0,NULL,'{"checks": {"market_share_sum_100": "PASS", "no_duplicate_natural_keys": "PASS", "no_negative_trades": "PASS", "no_negative_volumes": "PASS", "symbol_count_positive": "PASS", "venue_count_positive": "PASS"}, "symbols": 5, "venues": 4}',1,1,2454,'vm');
INSERT INTO executions VALUES(17,'otc.ingest_week','{"file_path": "/work/lead/data/fixtures/otc/week_2025-12-26.psv", "force": false, "source_type": "file", "tier": "NMS_TIER_1", "week_ending": "2025-12-26"}','COMPLETED','2026-12-01T22:42:52.834Z','2026-12-01T22:42:52.835Z',0,NULL,'{"capture_id": 6, "duplicate_lines": 0, "ignored": 0, "ignored_by_type": {}, "inserted": 12, "layout": "seed", "lines": 12, "other_weeks": {}, "parsed": 12, "publication_dates": {}, "rejected": 0, "rejects_by_reason": {}, "revision": false, "source_sha256": "89982931263127817f8d991352987677aee41808d1327ea79b3b0b281082b87b", "stale_rolling_rows": 0, "symbol_totals": 0}',1,1,2454,'vm');
INSERT INTO executions VALUES(18,'otc.normalize_week','{"force": false, "reject_zero_volume": false, "tier": "NMS_TIER_1", "week_ending": "2025-12-26"}','COMPLETED','2026-12-01T22:42:52.835Z','2026-12-01T22:42:52.836Z',0,NULL,'{"normalized": 12, "rejected": 0, "rejects_by_reason": {}}',1,1,2454,'vm');
INSERT INTO executions VALUES(19,'otc.aggregate_week','{"force": false, "tier": "NMS_TIER_1", "week_ending": "2025-12-26"}','COMPLETED','2026-12-01T22:42:52.836Z','2026-12-01T22:42:52.837Z',0,NULL,'{"checks": {"market_share_sum_100": "PASS", "no_duplicate_natural_keys": "PASS", "no_negative_trades": "PASS", "no_negative_volumes": "PASS", "symbol_count_positive": "PASS", "venue_count_positive": "PASS"}, "symbols": 5, "venues": 4}',1,1,2454,'vm');
INSERT INTO executions VALUES(20,'otc.compute_rolling_6w','{"force": false, "tier": "NMS_TIER_1", "week_ending": "2025-11-21"}','COMPLETED','2026-12-01T22:42:52.837Z','2026-12-01T22:42:52.838Z',0,NULL,'{"recomputed_stale_weeks": [], "symbols": 5, "week_ending": "2025-11-21", "weeks": {"2025-11-21": {"checks": {"no_zero_rolling_volume": "PASS", "rolling_window_complete": "WARN"}, "symbols": 5}}}',1,1,2454,'vm');
INSERT INTO executions VALUES(21,'otc.compute_rolling_6w','{"force": false, "tier": "NMS_TIER_1", "week_ending": "2025-11-28"}','COMPLETED','2026-12-01T22:42:52.838Z','2026-12-01T22:42:52.839Z',0,NULL,'{"recomputed_stale_weeks": [], "symbols": 5, "week_ending": "2025-11-28", "weeks": {"2025-11-28": {"checks": {"no_zero_rolling_volume": "PASS", "rolling_window_complete": "WARN"}, "symbols": 5}}}',1,1,2454,'vm');
INSERT INTO executions VALUES(22,'otc.compute_rolling_6w','{"force": false, "tier": "NMS_TIER_1", "week_ending": "2025-12-05"}','COMPLETED','2026-12-01T22:42:52.839Z','2026-12-01T22:42:52.839Z',0,NULL,'{"recomputed_stale_weeks": [], "symbols": 5, "week_ending": "2025-12-05", "weeks": {"2025-12-05": {"checks": {"no_zero_rolling_volume": "PASS", "rolling_window_complete": "WARN"}, "symbols": 5}}}',1,1,2454,'vm');
INSERT INTO executions VALUES(23,'otc.compute_rolling_6w','{"force": false, "tier": "NMS_TIER_1", "week_ending": "2025-12-12"}','COMPLETED','2026-12-01T22:42:52.839Z','2026-12-01T22:42:52.840Z',0,NULL,'{"recomputed_stale_weeks": [], "symbols": 5, "week_ending": "2025-12-12", "weeks": {"2025-12-12": {"checks": {"no_zero_rolling_volume": "PASS", "rolling_window_complete": "WARN"}, "symbols": 5}}}',1,1,2454,'vm');
INSERT INTO executions VALUES(24,'otc.compute_rolling_6w','{"force": false, "tier": "NMS_TIER_1", "week_ending": "2025-12-19"}','COMPLETED','2026-12-01T22:42:52.840Z','2026-12-01T22:42:52.840Z',0,NULL,'{"recomputed_stale_weeks": [], "symbols": 5, "week_ending": "2025-12-19", "weeks": {"2025-12-19": {"checks": {"no_zero_rolling_volume": "PASS", "rolling_window_complete": "WARN"}, "symbols": 5}}}',1,1,2454,'vm');
INSERT INTO executions VALUES(25,'otc.compute_rolling_6w','{"force": false, "tier": "NMS_TIER_1", "week_ending": "2025-12-26"}','COMPLETED','2026-12-01T22:42:52.840Z','2026-12-01T22:42:52.841Z',0,NULL,'{"recomputed_stale_weeks": [], "symbols": 5, "week_ending": "2025-12-26", "weeks": {"2025-12-26": {"checks": {"no_zero_rolling_volume": "PASS", "rolling_window_complete": "PASS"}, "symbols": 5}}}',1,1,2454,'vm');
INSERT INTO executions VALUES(26,'otc.research_snapshot_week','{"force": false, "tier": "NMS_TIER_1", "week_ending": "2025-12-26"}','COMPLETED','2026-12-01T22:42:52.841Z','2026-12-01T22:42:52.841Z',0,NULL,'{"quality_status": "PASS", "symbols": 5, "with_rolling": 5}',1,1,2454,'vm');
INSERT INTO executions VALUES(27,'otc.ingest_week','{"file_path": "/work/shared/realdata/spinecore_otc_weekly_otc_20251215_head300.psv", "force": false, "source_type": "file", "tier": "OTC", "week_ending": "2025-11-14"}','COMPLETED','2026-12-01T22:42:53.068Z','2026-12-01T22:42:53.076Z',7,NULL,'{"capture_id": 7, "duplicate_lines": 0, "ignored": 0, "ignored_by_type": {}, "inserted": 300, "layout": "finra_website", "lines": 300, "other_weeks": {}, "parsed": 300, "publication_dates": {"2025-12-15": 300}, "rejected": 0, "rejects_by_reason": {}, "revision": false, "source_sha256": "dda8dc7b36193d581939940db7a22eebb9380537f1c920e33d0f38fe3f8902a5", "stale_rolling_rows": 0, "symbol_totals": 0}',NULL,NULL,2455,'vm');
INSERT INTO executions VALUES(28,'otc.ingest_week','{"file_path": "/work/shared/realdata/spinecore_otc_weekly_otc_20251229_tail20.psv", "force": false, "source_type": "file", "tier": "OTC", "week_ending": "2025-11-28"}','COMPLETED','2026-12-01T22:42:53.291Z','2026-12-01T22:42:53.294Z',1,NULL,'{"capture_id": 8, "duplicate_lines": 0, "ignored": 0, "ignored_by_type": {}, "inserted": 20, "layout": "finra_website", "lines": 20, "other_weeks": {}, "parsed": 20, "publication_dates": {"2025-12-29": 20}, "rejected": 0, "rejects_by_reason": {}, "revision": false, "source_sha256": "9d6a4be76592f9aa7ff90d4acf04cb3f3c7dfa655e59cc472a39d59c80f50a1c", "stale_rolling_rows": 0, "symbol_totals": 0}',NULL,NULL,2457,'vm');
INSERT INTO executions VALUES(29,'otc.ingest_week','{"file_path": "/work/lead/data/fixtures/real/finra_api_t2_2025-12-19.csv", "force": false, "source_type": "file", "tier": "NMS_TIER_2", "week_ending": "2025-12-19"}','COMPLETED','2026-12-01T22:42:53.497Z','2026-12-01T22:42:53.500Z',2,NULL,'{"capture_id": 9, "duplicate_lines": 0, "ignored": 0, "ignored_by_type": {}, "inserted": 4, "layout": "finra_api", "lines": 5, "other_weeks": {}, "parsed": 5, "publication_dates": {"2026-01-19": 4}, "rejected": 0, "rejects_by_reason": {}, "revision": false, "source_sha256": "cc419b233b672c56301ded4e879a3d636bdfd23ee75ea389981eac6e277de206", "stale_rolling_rows": 0, "symbol_totals": 1}',NULL,NULL,2459,'vm');
INSERT INTO executions VALUES(30,'otc.ingest_week','{"file_path": "/work/lead/data/fixtures/real/finra_api_t1_2025-12-26.psv", "force": false, "source_type": "file", "tier": "NMS_TIER_1", "week_ending": "2025-12-26"}','COMPLETED','2026-12-01T22:42:53.702Z','2026-12-01T22:42:53.705Z',2,NULL,'{"capture_id": 10, "duplicate_lines": 0, "ignored": 3, "ignored_by_type": {"ATS_W_FIRM": 1, "ATS_W_VOL_STATS": 1, "OTC_W_FIRM": 1}, "inserted": 10, "layout": "finra_api", "lines": 18, "other_weeks": {}, "parsed": 18, "publication_dates": {"2026-01-12": 10}, "rejected": 0, "rejects_by_reason": {}, "revision": true, "source_sha256": "ced900a32f42c52309d0cb37427014a991135494ac164b333e966da8cfcbb2b7", "stale_rolling_rows": 5, "symbol_totals": 5}',NULL,NULL,2461,'vm');
INSERT INTO executions VALUES(31,'otc.normalize_week','{"force": false, "reject_zero_volume": false, "tier": "OTC", "week_ending": "2025-11-14"}','COMPLETED','2026-12-01T22:42:56.373Z','2026-12-01T22:42:56.377Z',3,NULL,'{"normalized": 300, "rejected": 0, "rejects_by_reason": {}}',NULL,NULL,2483,'vm');
INSERT INTO executions VALUES(32,'otc.aggregate_week','{"force": false, "tier": "OTC", "week_ending": "2025-11-14"}','COMPLETED','2026-12-01T22:42:56.643Z','2026-12-01T22:42:56.647Z',3,NULL,'{"checks": {"market_share_sum_100": "PASS", "no_duplicate_natural_keys": "PASS", "no_negative_trades": "PASS", "no_negative_volumes": "PASS", "symbol_count_positive": "PASS", "venue_count_positive": "PASS"}, "symbols": 194, "venues": 4}',NULL,NULL,2485,'vm');
INSERT INTO executions VALUES(33,'otc.compute_rolling_6w','{"force": false, "tier": "OTC", "week_ending": "2025-11-14"}','COMPLETED','2026-12-01T22:42:56.928Z','2026-12-01T22:42:56.936Z',6,NULL,'{"recomputed_stale_weeks": [], "symbols": 194, "week_ending": "2025-11-14", "weeks": {"2025-11-14": {"checks": {"no_zero_rolling_volume": "PASS", "rolling_window_complete": "WARN"}, "symbols": 194}}}',NULL,NULL,2487,'vm');
INSERT INTO executions VALUES(34,'otc.research_snapshot_week','{"force": false, "tier": "OTC", "week_ending": "2025-11-14"}','COMPLETED','2026-12-01T22:42:57.210Z','2026-12-01T22:42:57.214Z',3,NULL,'{"quality_status": "WARN", "symbols": 194, "with_rolling": 194}',NULL,NULL,2489,'vm');
INSERT INTO executions VALUES(35,'otc.normalize_week','{"force": false, "reject_zero_volume": false, "tier": "OTC", "week_ending": "2025-11-28"}','COMPLETED','2026-12-01T22:42:57.442Z','2026-12-01T22:42:57.448Z',4,NULL,'{"normalized": 19, "rejected": 1, "rejects_by_reason": {"INVALID_SYMBOL": 1}}',NULL,NULL,2491,'vm');
INSERT INTO executions VALUES(36,'otc.aggregate_week','{"force": false, "tier": "OTC", "week_ending": "2025-11-28"}','COMPLETED','2026-12-01T22:42:57.712Z','2026-12-01T22:42:57.714Z',1,NULL,'{"checks": {"market_share_sum_100": "PASS", "no_duplicate_natural_keys": "PASS", "no_negative_trades": "PASS", "no_negative_volumes": "PASS", "symbol_count_positive": "PASS", "venue_count_positive": "PASS"}, "symbols": 10, "venues": 3}',NULL,NULL,2493,'vm');
INSERT INTO executions VALUES(37,'otc.compute_rolling_6w','{"force": false, "tier": "OTC", "week_ending": "2025-11-28"}','COMPLETED','2026-12-01T22:42:57.959Z','2026-12-01T22:42:57.965Z',5,NULL,'{"recomputed_stale_weeks": [], "symbols": 204, "week_ending": "2025-11-28", "weeks": {"2025-11-28": {"checks": {"no_zero_rolling_volume": "PASS", "rolling_window_complete": "WARN"}, "symbols": 204}}}',NULL,NULL,2495,'vm');
INSERT INTO executions VALUES(38,'otc.research_snapshot_week','{"force": false, "tier": "OTC", "week_ending": "2025-11-28"}','COMPLETED','2026-12-01T22:42:58.212Z','2026-12-01T22:42:58.214Z',1,NULL,'{"quality_status": "WARN", "symbols": 10, "with_rolling": 10}',NULL,NULL,2497,'vm');
INSERT INTO executions VALUES(39,'otc.normalize_week','{"force": false, "reject_zero_volume": false, "tier": "NMS_TIER_2", "week_ending": "2025-12-19"}','COMPLETED','2026-12-01T22:42:58.433Z','2026-12-01T22:42:58.437Z',1,NULL,'{"normalized": 4, "rejected": 0, "rejects_by_reason": {}}',NULL,NULL,2499,'vm');
INSERT INTO executions VALUES(40,'otc.aggregate_week','{"force": false, "tier": "NMS_TIER_2", "week_ending": "2025-12-19"}','COMPLETED','2026-12-01T22:42:58.642Z','2026-12-01T22:42:58.645Z',1,NULL,'{"checks": {"market_share_sum_100": "PASS", "no_duplicate_natural_keys": "PASS", "no_negative_trades": "PASS", "no_negative_volumes": "PASS", "symbol_count_positive": "PASS", "venue_count_positive": "PASS", "venue_sum_matches_published_total": "PASS"}, "symbols": 3, "venues": 3}',NULL,NULL,2501,'vm');
INSERT INTO executions VALUES(41,'otc.compute_rolling_6w','{"force": false, "tier": "NMS_TIER_2", "week_ending": "2025-12-19"}','COMPLETED','2026-12-01T22:42:58.883Z','2026-12-01T22:42:58.886Z',1,NULL,'{"recomputed_stale_weeks": [], "symbols": 3, "week_ending": "2025-12-19", "weeks": {"2025-12-19": {"checks": {"no_zero_rolling_volume": "PASS", "rolling_window_complete": "WARN"}, "symbols": 3}}}',NULL,NULL,2503,'vm');
INSERT INTO executions VALUES(42,'otc.research_snapshot_week','{"force": false, "tier": "NMS_TIER_2", "week_ending": "2025-12-19"}','COMPLETED','2026-12-01T22:42:59.119Z','2026-12-01T22:42:59.122Z',0,NULL,'{"quality_status": "WARN", "symbols": 3, "with_rolling": 3}',NULL,NULL,2505,'vm');
INSERT INTO executions VALUES(43,'otc.normalize_week','{"force": false, "reject_zero_volume": false, "tier": "NMS_TIER_1", "week_ending": "2025-12-26"}','COMPLETED','2026-12-01T22:42:59.372Z','2026-12-01T22:42:59.376Z',2,NULL,'{"normalized": 7, "rejected": 3, "rejects_by_reason": {"NON_ATS_VENUE": 3}}',NULL,NULL,2507,'vm');
INSERT INTO executions VALUES(44,'otc.aggregate_week','{"force": false, "tier": "NMS_TIER_1", "week_ending": "2025-12-26"}','COMPLETED','2026-12-01T22:42:59.642Z','2026-12-01T22:42:59.645Z',1,NULL,'{"checks": {"market_share_sum_100": "PASS", "no_duplicate_natural_keys": "PASS", "no_negative_trades": "PASS", "no_negative_volumes": "PASS", "symbol_count_positive": "PASS", "venue_count_positive": "PASS", "venue_sum_matches_published_total": "PASS"}, "symbols": 3, "venues": 3}',NULL,NULL,2509,'vm');
INSERT INTO executions VALUES(45,'otc.compute_rolling_6w','{"force": false, "tier": "NMS_TIER_1", "week_ending": "2025-12-26"}','COMPLETED','2026-12-01T22:42:59.905Z','2026-12-01T22:42:59.907Z',1,NULL,'{"recomputed_stale_weeks": [], "symbols": 8, "week_ending": "2025-12-26", "weeks": {"2025-12-26": {"checks": {"no_zero_rolling_volume": "PASS", "rolling_window_complete": "WARN"}, "symbols": 8}}}',NULL,NULL,2511,'vm');
INSERT INTO executions VALUES(46,'otc.research_snapshot_week','{"force": false, "tier": "NMS_TIER_1", "week_ending": "2025-12-26"}','COMPLETED','2026-12-01T22:43:00.161Z','2026-12-01T22:43:00.167Z',1,NULL,'{"quality_status": "WARN", "symbols": 3, "with_rolling": 3}',NULL,NULL,2513,'vm');
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
INSERT INTO otc_captures VALUES(1,'2025-11-21','NMS_TIER_1','file','/work/lead/data/fixtures/otc/week_2025-11-21.psv','seed','2697cb8a59013f71029054f143e8dcfd8c35706981c58a08635a8dcfc1d2ecff',541,11,11,'2026-12-01T22:42:52.817Z',NULL,2,1);
INSERT INTO otc_captures VALUES(2,'2025-11-28','NMS_TIER_1','file','/work/lead/data/fixtures/otc/week_2025-11-28.psv','seed','746160524a0304fe744877c1db98dacf1e8b7c2ee08274d4287fcf1992fb13e4',584,12,12,'2026-12-01T22:42:52.821Z',NULL,5,1);
INSERT INTO otc_captures VALUES(3,'2025-12-05','NMS_TIER_1','file','/work/lead/data/fixtures/otc/week_2025-12-05.psv','seed','d88391eb8cf34ed74275c0e5917c28821c4f4b068eafc1a542fdc630514f3bd9',586,12,12,'2026-12-01T22:42:52.825Z',NULL,8,1);
INSERT INTO otc_captures VALUES(4,'2025-12-12','NMS_TIER_1','file','/work/lead/data/fixtures/otc/week_2025-12-12.psv','seed','fc9fa0ed50c3fc6de76d355a5a23a71a3349a5da187d77b937377dc7cb1354b6',585,12,12,'2026-12-01T22:42:52.828Z',NULL,11,1);
INSERT INTO otc_captures VALUES(5,'2025-12-19','NMS_TIER_1','file','/work/lead/data/fixtures/otc/week_2025-12-19.psv','seed','71d39c5ae9d0758ffee020d369b758ac60b6c4ab08599127f79d9d9ddfdb527c',584,12,12,'2026-12-01T22:42:52.831Z',NULL,14,1);
INSERT INTO otc_captures VALUES(6,'2025-12-26','NMS_TIER_1','file','/work/lead/data/fixtures/otc/week_2025-12-26.psv','seed','89982931263127817f8d991352987677aee41808d1327ea79b3b0b281082b87b',585,12,12,'2026-12-01T22:42:52.834Z','2026-12-01T22:42:53.704Z',17,1);
INSERT INTO otc_captures VALUES(7,'2025-11-14','OTC','file','/work/shared/realdata/spinecore_otc_weekly_otc_20251215_head300.psv','finra_website','dda8dc7b36193d581939940db7a22eebb9380537f1c920e33d0f38fe3f8902a5',34522,300,300,'2026-12-01T22:42:53.070Z',NULL,27,NULL);
INSERT INTO otc_captures VALUES(8,'2025-11-28','OTC','file','/work/shared/realdata/spinecore_otc_weekly_otc_20251229_tail20.psv','finra_website','9d6a4be76592f9aa7ff90d4acf04cb3f3c7dfa655e59cc472a39d59c80f50a1c',2101,20,20,'2026-12-01T22:42:53.293Z',NULL,28,NULL);
INSERT INTO otc_captures VALUES(9,'2025-12-19','NMS_TIER_2','file','/work/lead/data/fixtures/real/finra_api_t2_2025-12-19.csv','finra_api','cc419b233b672c56301ded4e879a3d636bdfd23ee75ea389981eac6e277de206',922,5,4,'2026-12-01T22:42:53.499Z',NULL,29,NULL);
INSERT INTO otc_captures VALUES(10,'2025-12-26','NMS_TIER_1','file','/work/lead/data/fixtures/real/finra_api_t1_2025-12-26.psv','finra_api','ced900a32f42c52309d0cb37427014a991135494ac164b333e966da8cfcbb2b7',3311,18,10,'2026-12-01T22:42:53.704Z',NULL,30,NULL);
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
INSERT INTO otc_week_manifest VALUES('2025-11-14','OTC',7,'file','/work/shared/realdata/spinecore_otc_weekly_otc_20251215_head300.psv','finra_website','dda8dc7b36193d581939940db7a22eebb9380537f1c920e33d0f38fe3f8902a5',34522,300,300,300,0,300,0,'SNAPSHOT',34,NULL,'2026-12-01T22:42:53.075Z','2026-12-01T22:42:57.214Z');
INSERT INTO otc_week_manifest VALUES('2025-11-21','NMS_TIER_1',1,'file','/work/lead/data/fixtures/otc/week_2025-11-21.psv','seed','2697cb8a59013f71029054f143e8dcfd8c35706981c58a08635a8dcfc1d2ecff',541,11,11,11,0,11,0,'ROLLING',4,1,'2026-12-01T22:42:52.818Z','2026-12-01T22:42:52.838Z');
INSERT INTO otc_week_manifest VALUES('2025-11-28','NMS_TIER_1',2,'file','/work/lead/data/fixtures/otc/week_2025-11-28.psv','seed','746160524a0304fe744877c1db98dacf1e8b7c2ee08274d4287fcf1992fb13e4',584,12,12,12,0,12,0,'ROLLING',7,1,'2026-12-01T22:42:52.822Z','2026-12-01T22:42:52.839Z');
INSERT INTO otc_week_manifest VALUES('2025-11-28','OTC',8,'file','/work/shared/realdata/spinecore_otc_weekly_otc_20251229_tail20.psv','finra_website','9d6a4be76592f9aa7ff90d4acf04cb3f3c7dfa655e59cc472a39d59c80f50a1c',2101,20,20,20,0,19,1,'SNAPSHOT',38,NULL,'2026-12-01T22:42:53.293Z','2026-12-01T22:42:58.214Z');
INSERT INTO otc_week_manifest VALUES('2025-12-05','NMS_TIER_1',3,'file','/work/lead/data/fixtures/otc/week_2025-12-05.psv','seed','d88391eb8cf34ed74275c0e5917c28821c4f4b068eafc1a542fdc630514f3bd9',586,12,12,12,0,11,1,'ROLLING',10,1,'2026-12-01T22:42:52.825Z','2026-12-01T22:42:52.839Z');
INSERT INTO otc_week_manifest VALUES('2025-12-12','NMS_TIER_1',4,'file','/work/lead/data/fixtures/otc/week_2025-12-12.psv','seed','fc9fa0ed50c3fc6de76d355a5a23a71a3349a5da187d77b937377dc7cb1354b6',585,12,12,12,0,12,0,'ROLLING',13,1,'2026-12-01T22:42:52.828Z','2026-12-01T22:42:52.840Z');
INSERT INTO otc_week_manifest VALUES('2025-12-19','NMS_TIER_1',5,'file','/work/lead/data/fixtures/otc/week_2025-12-19.psv','seed','71d39c5ae9d0758ffee020d369b758ac60b6c4ab08599127f79d9d9ddfdb527c',584,12,12,12,0,11,1,'ROLLING',16,1,'2026-12-01T22:42:52.832Z','2026-12-01T22:42:52.840Z');
INSERT INTO otc_week_manifest VALUES('2025-12-19','NMS_TIER_2',9,'file','/work/lead/data/fixtures/real/finra_api_t2_2025-12-19.csv','finra_api','cc419b233b672c56301ded4e879a3d636bdfd23ee75ea389981eac6e277de206',922,5,5,4,0,4,0,'SNAPSHOT',42,NULL,'2026-12-01T22:42:53.499Z','2026-12-01T22:42:59.122Z');
INSERT INTO otc_week_manifest VALUES('2025-12-26','NMS_TIER_1',10,'file','/work/lead/data/fixtures/real/finra_api_t1_2025-12-26.psv','finra_api','ced900a32f42c52309d0cb37427014a991135494ac164b333e966da8cfcbb2b7',3311,18,18,10,3,7,3,'SNAPSHOT',46,NULL,'2026-12-01T22:42:52.835Z','2026-12-01T22:43:00.167Z');
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
INSERT INTO otc_raw VALUES('2025-11-21','NMS_TIER_1','b4a146a65e61e685be9bbc80a2a31e85','AAPL','NITE',1500000,8500,2,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,1,NULL,NULL,2,1,'2026-12-01T22:42:52.818Z');
INSERT INTO otc_raw VALUES('2025-11-21','NMS_TIER_1','6ec70ab6bde6d5548b2a47039198e0eb','AAPL','CITD',1200000,6200,3,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,1,NULL,NULL,2,1,'2026-12-01T22:42:52.818Z');
INSERT INTO otc_raw VALUES('2025-11-21','NMS_TIER_1','f98251499646c905115b9f60c5b462b3','AAPL','JANE',800000,4100,4,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,1,NULL,NULL,2,1,'2026-12-01T22:42:52.818Z');
INSERT INTO otc_raw VALUES('2025-11-21','NMS_TIER_1','d0653cf983e38f5bfeec90c281c11d32','TSLA','NITE',900000,4500,5,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,1,NULL,NULL,2,1,'2026-12-01T22:42:52.818Z');
INSERT INTO otc_raw VALUES('2025-11-21','NMS_TIER_1','bc34d5f0ce68b4482544d8e71010bd58','TSLA','VIRT',600000,3200,6,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,1,NULL,NULL,2,1,'2026-12-01T22:42:52.818Z');
INSERT INTO otc_raw VALUES('2025-11-21','NMS_TIER_1','0d2d3094585f27b1da2b2565e62001cd','NVDA','NITE',2000000,10000,7,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,1,NULL,NULL,2,1,'2026-12-01T22:42:52.818Z');
INSERT INTO otc_raw VALUES('2025-11-21','NMS_TIER_1','f9da42727b781dc5d8257cb499b10a51','NVDA','CITD',1500000,7500,8,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,1,NULL,NULL,2,1,'2026-12-01T22:42:52.818Z');
INSERT INTO otc_raw VALUES('2025-11-21','NMS_TIER_1','44f826c5f77362dbb7a02975e5118d5c','MSFT','JANE',500000,2500,9,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,1,NULL,NULL,2,1,'2026-12-01T22:42:52.818Z');
INSERT INTO otc_raw VALUES('2025-11-21','NMS_TIER_1','04ce749b4096333081ddbbba738542e6','MSFT','VIRT',400000,2000,10,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,1,NULL,NULL,2,1,'2026-12-01T22:42:52.818Z');
INSERT INTO otc_raw VALUES('2025-11-21','NMS_TIER_1','120ebc620769f393a63910b52f834cb8','META','NITE',700000,3500,11,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,1,NULL,NULL,2,1,'2026-12-01T22:42:52.818Z');
INSERT INTO otc_raw VALUES('2025-11-21','NMS_TIER_1','383878b2f45d1eb94bdd2f2712763274','META','CITD',500000,2500,12,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,1,NULL,NULL,2,1,'2026-12-01T22:42:52.818Z');
INSERT INTO otc_raw VALUES('2025-11-28','NMS_TIER_1','b6122e65ad935aa4eba0415c9bcafc15','AAPL','NITE',1550000,8700,2,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,2,NULL,NULL,5,1,'2026-12-01T22:42:52.821Z');
INSERT INTO otc_raw VALUES('2025-11-28','NMS_TIER_1','b92fa531cda628023d2cb898ba069a3e','AAPL','CITD',1250000,6400,3,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,2,NULL,NULL,5,1,'2026-12-01T22:42:52.821Z');
INSERT INTO otc_raw VALUES('2025-11-28','NMS_TIER_1','556d321a0c4e3c7e6ee0beab0102cff3','AAPL','JANE',820000,4200,4,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,2,NULL,NULL,5,1,'2026-12-01T22:42:52.821Z');
INSERT INTO otc_raw VALUES('2025-11-28','NMS_TIER_1','12871306603aba8f0eb308a3ed7eef00','TSLA','NITE',950000,4700,5,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,2,NULL,NULL,5,1,'2026-12-01T22:42:52.821Z');
INSERT INTO otc_raw VALUES('2025-11-28','NMS_TIER_1','92664eeeb51c90034bada49f87da8dd9','TSLA','VIRT',650000,3400,6,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,2,NULL,NULL,5,1,'2026-12-01T22:42:52.821Z');
INSERT INTO otc_raw VALUES('2025-11-28','NMS_TIER_1','edb54ae3ce87dd73c5f48de9d93ffc57','NVDA','NITE',1900000,9500,7,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,2,NULL,NULL,5,1,'2026-12-01T22:42:52.821Z');
INSERT INTO otc_raw VALUES('2025-11-28','NMS_TIER_1','75bdeec7977c500faa24fb2c142060bf','NVDA','CITD',1450000,7200,8,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,2,NULL,NULL,5,1,'2026-12-01T22:42:52.821Z');
INSERT INTO otc_raw VALUES('2025-11-28','NMS_TIER_1','025e187b3844b6ba4a2c9ce6d438251d','MSFT','JANE',520000,2600,9,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,2,NULL,NULL,5,1,'2026-12-01T22:42:52.821Z');
INSERT INTO otc_raw VALUES('2025-11-28','NMS_TIER_1','3a052a63e96adaa4b5669eb7397e2490','MSFT','VIRT',420000,2100,10,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,2,NULL,NULL,5,1,'2026-12-01T22:42:52.821Z');
INSERT INTO otc_raw VALUES('2025-11-28','NMS_TIER_1','19ef9ea5f110b2aee12ba58004603bda','META','NITE',720000,3600,11,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,2,NULL,NULL,5,1,'2026-12-01T22:42:52.821Z');
INSERT INTO otc_raw VALUES('2025-11-28','NMS_TIER_1','74a3748f71ed46d3b6f81fb7a230818a','META','CITD',520000,2600,12,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,2,NULL,NULL,5,1,'2026-12-01T22:42:52.821Z');
INSERT INTO otc_raw VALUES('2025-11-28','NMS_TIER_1','47681ba7e06aa18c704f286ea621aff2','META','JANE',300000,1500,13,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,2,NULL,NULL,5,1,'2026-12-01T22:42:52.821Z');
INSERT INTO otc_raw VALUES('2025-12-05','NMS_TIER_1','2b72a8c4353e8e738c9452f1467d97d5','AAPL','NITE',1600000,9000,2,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,3,NULL,NULL,8,1,'2026-12-01T22:42:52.825Z');
INSERT INTO otc_raw VALUES('2025-12-05','NMS_TIER_1','9ab6e06932a860516ffe23b75fed96dd','AAPL','CITD',1280000,6500,3,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,3,NULL,NULL,8,1,'2026-12-01T22:42:52.825Z');
INSERT INTO otc_raw VALUES('2025-12-05','NMS_TIER_1','3c25328e48c0186bcc1208a6bfcd4543','AAPL','JANE',850000,4300,4,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,3,NULL,NULL,8,1,'2026-12-01T22:42:52.825Z');
INSERT INTO otc_raw VALUES('2025-12-05','NMS_TIER_1','57dcb64fbd19b87e39752fff5ceb3ef1','TSLA','NITE',1000000,5000,5,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,3,NULL,NULL,8,1,'2026-12-01T22:42:52.825Z');
INSERT INTO otc_raw VALUES('2025-12-05','NMS_TIER_1','5b02720eb0b0c5ab72b34a10f02bc96f','TSLA','VIRT',700000,3600,6,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,3,NULL,NULL,8,1,'2026-12-01T22:42:52.825Z');
INSERT INTO otc_raw VALUES('2025-12-05','NMS_TIER_1','1db71d68da057b57bfe4f8cce1c95a3c','NVDA','NITE',1850000,9200,7,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,3,NULL,NULL,8,1,'2026-12-01T22:42:52.825Z');
INSERT INTO otc_raw VALUES('2025-12-05','NMS_TIER_1','588444b78f59ebd41aaad7fe6bcea829','NVDA','CITD',1400000,7000,8,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,3,NULL,NULL,8,1,'2026-12-01T22:42:52.825Z');
INSERT INTO otc_raw VALUES('2025-12-05','NMS_TIER_1','d5879b32e0ad12fa20fdb208839f8432','MSFT','JANE',540000,2700,9,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,3,NULL,NULL,8,1,'2026-12-01T22:42:52.825Z');
INSERT INTO otc_raw VALUES('2025-12-05','NMS_TIER_1','d760602ccd1c9688dcde3927f536c636','MSFT','VIRT',440000,2200,10,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,3,NULL,NULL,8,1,'2026-12-01T22:42:52.825Z');
INSERT INTO otc_raw VALUES('2025-12-05','NMS_TIER_1','253bdec3b9429c35f87d49a7d439b678','META','NITE',750000,3750,11,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,3,NULL,NULL,8,1,'2026-12-01T22:42:52.825Z');
INSERT INTO otc_raw VALUES('2025-12-05','NMS_TIER_1','e8833740c8a6d3b30d3c671a77ad69aa','META','CITD',540000,2700,12,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,3,NULL,NULL,8,1,'2026-12-01T22:42:52.825Z');
INSERT INTO otc_raw VALUES('2025-12-05','NMS_TIER_1','cb8329345bb79b9e4e560e79ffe4593a','BAD$YM','NITE',100000,500,13,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,3,NULL,NULL,8,1,'2026-12-01T22:42:52.825Z');
INSERT INTO otc_raw VALUES('2025-12-12','NMS_TIER_1','229dc0e8b1d1a755b868ab18167bc087','AAPL','NITE',1580000,8800,2,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,4,NULL,NULL,11,1,'2026-12-01T22:42:52.828Z');
INSERT INTO otc_raw VALUES('2025-12-12','NMS_TIER_1','6ad5a9d57f03749624ab2054140fb669','AAPL','CITD',1260000,6400,3,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,4,NULL,NULL,11,1,'2026-12-01T22:42:52.828Z');
INSERT INTO otc_raw VALUES('2025-12-12','NMS_TIER_1','87444bd499598376fd65c9705942ed49','AAPL','JANE',830000,4200,4,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,4,NULL,NULL,11,1,'2026-12-01T22:42:52.828Z');
INSERT INTO otc_raw VALUES('2025-12-12','NMS_TIER_1','dd6ebe1dd30d5f7327c19b1268de3678','TSLA','NITE',1050000,5200,5,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,4,NULL,NULL,11,1,'2026-12-01T22:42:52.828Z');
INSERT INTO otc_raw VALUES('2025-12-12','NMS_TIER_1','86b84be77b18b377eaef5dc80e328930','TSLA','VIRT',720000,3700,6,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,4,NULL,NULL,11,1,'2026-12-01T22:42:52.828Z');
INSERT INTO otc_raw VALUES('2025-12-12','NMS_TIER_1','0c5cd97c57c4134c1edb9494a9e34782','NVDA','NITE',1800000,9000,7,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,4,NULL,NULL,11,1,'2026-12-01T22:42:52.828Z');
INSERT INTO otc_raw VALUES('2025-12-12','NMS_TIER_1','85e94793bbce556aaee50ad9afab9ab0','NVDA','CITD',1350000,6800,8,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,4,NULL,NULL,11,1,'2026-12-01T22:42:52.828Z');
INSERT INTO otc_raw VALUES('2025-12-12','NMS_TIER_1','191f09c53c6aab2e078d2aca5e3d34c0','MSFT','JANE',530000,2650,9,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,4,NULL,NULL,11,1,'2026-12-01T22:42:52.828Z');
INSERT INTO otc_raw VALUES('2025-12-12','NMS_TIER_1','42a3e7abb97b4045325950fcad17a558','MSFT','VIRT',430000,2150,10,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,4,NULL,NULL,11,1,'2026-12-01T22:42:52.828Z');
INSERT INTO otc_raw VALUES('2025-12-12','NMS_TIER_1','be95ee6bae58d81eaf6381c252bd49db','META','NITE',730000,3650,11,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,4,NULL,NULL,11,1,'2026-12-01T22:42:52.828Z');
INSERT INTO otc_raw VALUES('2025-12-12','NMS_TIER_1','4b3579bcb35b5bc54d88438d11dcd56a','META','CITD',530000,2650,12,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,4,NULL,NULL,11,1,'2026-12-01T22:42:52.828Z');
INSERT INTO otc_raw VALUES('2025-12-12','NMS_TIER_1','a83f86277521be5a1463e3d98443452d','META','VIRT',250000,1250,13,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,4,NULL,NULL,11,1,'2026-12-01T22:42:52.828Z');
INSERT INTO otc_raw VALUES('2025-12-19','NMS_TIER_1','879e8bc59ff154da24805c233fae9746','AAPL','NITE',1620000,9100,2,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,5,NULL,NULL,14,1,'2026-12-01T22:42:52.831Z');
INSERT INTO otc_raw VALUES('2025-12-19','NMS_TIER_1','a41d936f508ee134fda9c5366296b664','AAPL','CITD',1300000,6600,3,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,5,NULL,NULL,14,1,'2026-12-01T22:42:52.831Z');
INSERT INTO otc_raw VALUES('2025-12-19','NMS_TIER_1','32d556de5c9737d6c7a831851ae90097','AAPL','JANE',870000,4400,4,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,5,NULL,NULL,14,1,'2026-12-01T22:42:52.831Z');
INSERT INTO otc_raw VALUES('2025-12-19','NMS_TIER_1','b5edd0046af5b80cee25dce2dd37ea67','TSLA','NITE',1100000,5500,5,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,5,NULL,NULL,14,1,'2026-12-01T22:42:52.831Z');
INSERT INTO otc_raw VALUES('2025-12-19','NMS_TIER_1','0dfcb37e2f5d202425c04ddb517034ef','TSLA','VIRT',750000,3800,6,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,5,NULL,NULL,14,1,'2026-12-01T22:42:52.831Z');
INSERT INTO otc_raw VALUES('2025-12-19','NMS_TIER_1','a5e23a0adc4cd44a67f083e116b2dabf','NVDA','NITE',1750000,8800,7,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,5,NULL,NULL,14,1,'2026-12-01T22:42:52.831Z');
INSERT INTO otc_raw VALUES('2025-12-19','NMS_TIER_1','69a1078a6e2f695e61330972ec26b278','NVDA','CITD',1300000,6500,8,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,5,NULL,NULL,14,1,'2026-12-01T22:42:52.831Z');
INSERT INTO otc_raw VALUES('2025-12-19','NMS_TIER_1','0673577e5e30b5e9fea00bfacf539e91','MSFT','JANE',550000,2750,9,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,5,NULL,NULL,14,1,'2026-12-01T22:42:52.831Z');
INSERT INTO otc_raw VALUES('2025-12-19','NMS_TIER_1','445d637634c84748d93547dfc8873d87','MSFT','VIRT',450000,2250,10,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,5,NULL,NULL,14,1,'2026-12-01T22:42:52.831Z');
INSERT INTO otc_raw VALUES('2025-12-19','NMS_TIER_1','e4241014966c2b896a2ba4d32f41255a','META','NITE',760000,3800,11,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,5,NULL,NULL,14,1,'2026-12-01T22:42:52.831Z');
INSERT INTO otc_raw VALUES('2025-12-19','NMS_TIER_1','990dec97c37bba3e3e47ca134b8e6323','META','CITD',550000,2750,12,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,5,NULL,NULL,14,1,'2026-12-01T22:42:52.831Z');
INSERT INTO otc_raw VALUES('2025-12-19','NMS_TIER_1','871730c221bf98f071b6c508b62c7205','BADV','NITE',-50000,100,13,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,5,NULL,NULL,14,1,'2026-12-01T22:42:52.831Z');
INSERT INTO otc_raw VALUES('2025-12-26','NMS_TIER_1','729f74ad5d97140c16a57387e57876a2','AAPL','NITE',1650000,9200,2,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,6,10,NULL,17,1,'2026-12-01T22:42:52.835Z');
INSERT INTO otc_raw VALUES('2025-12-26','NMS_TIER_1','4d64a5a1e87be634234d331160ae345b','AAPL','CITD',1320000,6700,3,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,6,10,NULL,17,1,'2026-12-01T22:42:52.835Z');
INSERT INTO otc_raw VALUES('2025-12-26','NMS_TIER_1','c614b3764bacc510887bb44e0995227c','AAPL','JANE',890000,4500,4,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,6,10,NULL,17,1,'2026-12-01T22:42:52.835Z');
INSERT INTO otc_raw VALUES('2025-12-26','NMS_TIER_1','8cb490d0dfb399bf2a2596fbddccaf7b','TSLA','NITE',1150000,5700,5,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,6,10,NULL,17,1,'2026-12-01T22:42:52.835Z');
INSERT INTO otc_raw VALUES('2025-12-26','NMS_TIER_1','a52f55de31fb6eefc09ab4dec3618f08','TSLA','VIRT',780000,3900,6,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,6,10,NULL,17,1,'2026-12-01T22:42:52.835Z');
INSERT INTO otc_raw VALUES('2025-12-26','NMS_TIER_1','72049458aac00c7f51d1d802db9bd4c0','NVDA','NITE',1700000,8500,7,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,6,10,NULL,17,1,'2026-12-01T22:42:52.835Z');
INSERT INTO otc_raw VALUES('2025-12-26','NMS_TIER_1','032b5f4d36ac00235084bfbacca308dc','NVDA','CITD',1250000,6300,8,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,6,10,NULL,17,1,'2026-12-01T22:42:52.835Z');
INSERT INTO otc_raw VALUES('2025-12-26','NMS_TIER_1','817f5164571d90efd0e047968a5c24b8','MSFT','JANE',560000,2800,9,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,6,10,NULL,17,1,'2026-12-01T22:42:52.835Z');
INSERT INTO otc_raw VALUES('2025-12-26','NMS_TIER_1','ed612cf65ce880044409282fd1267c26','MSFT','VIRT',460000,2300,10,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,6,10,NULL,17,1,'2026-12-01T22:42:52.835Z');
INSERT INTO otc_raw VALUES('2025-12-26','NMS_TIER_1','aa33f8a79cd0e20fefdb5980431d7885','META','NITE',780000,3900,11,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,6,10,NULL,17,1,'2026-12-01T22:42:52.835Z');
INSERT INTO otc_raw VALUES('2025-12-26','NMS_TIER_1','16d8579ec6c54e8c051136a87251d64d','META','CITD',570000,2850,12,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,6,10,NULL,17,1,'2026-12-01T22:42:52.835Z');
INSERT INTO otc_raw VALUES('2025-12-26','NMS_TIER_1','b81bc55539578fe8aa02d88faea089c0','META','VIRT',280000,1400,13,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,6,10,NULL,17,1,'2026-12-01T22:42:52.835Z');
INSERT INTO otc_raw VALUES('2025-11-14','OTC','53439d7940b2b1d950ee95df78c24151','AABB','OTCN',6753871,171,2,'Asia Broadband Inc Common Stock','OTC LINK NQB IDQS',NULL,NULL,NULL,NULL,NULL,'2025-12-15',NULL,7,NULL,NULL,27,NULL,'2026-12-01T22:42:53.070Z');
INSERT INTO otc_raw VALUES('2025-11-14','OTC','8a296213e0f0c261086c7a011edc5e7f','AABB','OTCX',40313,3,3,'Asia Broadband Inc Common Stock','OTC LINK ECN ATS',NULL,NULL,NULL,NULL,NULL,'2025-12-15',NULL,7,NULL,NULL,27,NULL,'2026-12-01T22:42:53.070Z');
INSERT INTO otc_raw VALUES('2025-11-14','OTC','a3c453adcc3bb5b3aa4e9c7dece5c3cd','AACAY','ARCA',12746,56,4,'AAC Technologies Holdings Inc Unsponsored ADR (Cayman Islands)','GLOBAL OTC',NULL,NULL,NULL,NULL,NULL,'2025-12-15',NULL,7,NULL,NULL,27,NULL,'2026-12-01T22:42:53.070Z');
INSERT INTO otc_raw VALUES('2025-11-14','OTC','405b0707d0c44ec5aef91c8eb5189a49','AACAY','OTCN',10563,54,5,'AAC Technologies Holdings Inc Unsponsored ADR (Cayman Islands)','OTC LINK NQB IDQS',NULL,NULL,NULL,NULL,NULL,'2025-12-15',NULL,7,NULL,NULL,27,NULL,'2026-12-01T22:42:53.070Z');
INSERT INTO otc_raw VALUES('2025-11-14','OTC','7a373d2dec301985fbf09422b811f4cd','AACAY','OTCX',2646,28,6,'AAC Technologies Holdings Inc Unsponsored ADR (Cayman Islands)','OTC LINK ECN ATS',NULL,NULL,NULL,NULL,NULL,'2025-12-15',NULL,7,NULL,NULL,27,NULL,'2026-12-01T22:42:53.070Z');
INSERT INTO otc_raw VALUES('2025-11-14','OTC','caf71d0e7e371741a97316787451d546','AAGAF','OTCN',106824,25,7,'SILVER47 EXPL CORP COM (Canada)','OTC LINK NQB IDQS',NULL,NULL,NULL,NULL,NULL,'2025-12-15',NULL,7,NULL,NULL,27,NULL,'2026-12-01T22:42:53.070Z');
INSERT INTO otc_raw VALUES('2025-11-14','OTC','7d24606f57d0645ff972386469cf0424','AAGAF','OTCX',29850,14,8,'SILVER47 EXPL CORP COM (Canada)','OTC LINK ECN ATS',NULL,NULL,NULL,NULL,NULL,'2025-12-15',NULL,7,NULL,NULL,27,NULL,'2026-12-01T22:42:53.070Z');
INSERT INTO otc_raw VALUES('2025-11-14','OTC','213238f5f84bcef20528b68911e53ca3','AAGC','OTCN',1055000,5,9,'All American Gold Corp. Common Stock','OTC LINK NQB IDQS',NULL,NULL,NULL,NULL,NULL,'2025-12-15',NULL,7,NULL,NULL,27,NULL,'2026-12-01T22:42:53.070Z');
INSERT INTO otc_raw VALUES('2025-11-14','OTC','59857d10b43bd7cc22663b2d1e4c1a77','AAGFF','ARCA',20013,5,10,'Aftermath Silver Ltd Ordinary Shares','GLOBAL OTC',NULL,NULL,NULL,NULL,NULL,'2025-12-15',NULL,7,NULL,NULL,27,NULL,'2026-12-01T22:42:53.070Z');
INSERT INTO otc_raw VALUES('2025-11-14','OTC','10e9bc4fe171c35a4dcbae9c59f3030c','AAGFF','OTCN',95144,19,11,'Aftermath Silver Ltd Ordinary Shares','OTC LINK NQB IDQS',NULL,NULL,NULL,NULL,NULL,'2025-12-15',NULL,7,NULL,NULL,27,NULL,'2026-12-01T22:42:53.070Z');
INSERT INTO otc_raw VALUES('2025-11-14','OTC','96a0446f4ef7323c41aa467ef1b27020','AAGFF','OTCX',910,4,12,'Aftermath Silver Ltd Ordinary Shares','OTC LINK ECN ATS',NULL,NULL,NULL,NULL,NULL,'2025-12-15',NULL,7,NULL,NULL,27,NULL,'2026-12-01T22:42:53.070Z');
INSERT INTO otc_raw VALUES('2025-11-14','OTC','10ace2b5074cd5bf442e6099c5d20b39','AAGIY','ARCA',258368,1004,13,'AIA Group, Ltd. Sponsored American Depository Receipt (Hong Kong)','GLOBAL OTC',NULL,NULL,NULL,NULL,NULL,'2025-12-15',NULL,7,NULL,NULL,27,NULL,'2026-12-01T22:42:53.070Z');
INSERT INTO otc_raw VALUES('2025-11-14','OTC','d9bd31b40e8a2b5e5ea4cbdb7ba69b19','AAGIY','OTCN',93919,288,14,'AIA Group, Ltd. Sponsored American Depository Receipt (Hong Kong)','OTC LINK NQB IDQS',NULL,NULL,NULL,NULL,NULL,'2025-12-15',NULL,7,NULL,NULL,27,NULL,'2026-12-01T22:42:53.070Z');
INSERT INTO otc_raw VALUES('2025-11-14','OTC','4b995dda0c22f17dca3c390c8a6f5989','AAGIY','OTCX',74204,423,15,'AIA Group, Ltd. Sponsored American Depository Receipt (Hong Kong)','OTC LINK ECN ATS',NULL,NULL,NULL,NULL,NULL,'2025-12-15',NULL,7,NULL,NULL,27,NULL,'2026-12-01T22:42:53.070Z');
INSERT INTO otc_raw VALUES('2025-11-14','OTC','ae683a7a0eb5bc191d6880772e019e23','AAIRF','OTCX',937,4,16,'AMERICAN AIRES INC COM NEW (Canada)','OTC LINK ECN ATS',NULL,NULL,NULL,NULL,NULL,'2025-12-15',NULL,7,NULL,NULL,27,NULL,'2026-12-01T22:42:53.070Z');
INSERT INTO otc_raw VALUES('2025-11-14','OTC','b221246f3cb26abae07367abfabd4ee5','AALNS','PPEX',350,36,17,'ARRIVED HOMES 4 LLC MEMBERSHIP INT SER ALLEN','NORTH CAPITAL PRIVATE SECURITIES CORPORATION',NULL,NULL,NULL,NULL,NULL,'2025-12-15',NULL,7,NULL,NULL,27,NULL,'2026-12-01T22:42:53.070Z');
INSERT INTO otc_raw VALUES('2025-11-14','OTC','91db7ea81a0bd3388abc258831a089c9','AAMCF','OTCX',1838,3,18,'Altisource Asset Mgmt Corp','OTC LINK ECN ATS',NULL,NULL,NULL,NULL,NULL,'2025-12-15',NULL,7,NULL,NULL,27,NULL,'2026-12-01T22:42:53.070Z');
INSERT INTO otc_raw VALUES('2025-11-14','OTC','42b2877d86a1630c124bf0387752adcd','AARYS','PPEX',567,56,19,'ARRIVED HOMES 3 LLC MEMBERSHIP INT SER ARYA','NORTH CAPITAL PRIVATE SECURITIES CORPORATION',NULL,NULL,NULL,NULL,NULL,'2025-12-15',NULL,7,NULL,NULL,27,NULL,'2026-12-01T22:42:53.070Z');
INSERT INTO otc_raw VALUES('2025-11-14','OTC','3bed0fa431d7d17ccaab3dddd3dca413','AATRL','OTCX',100,1,20,'AMG CAP TR II CONV TR 5.15% PFD SECS 10/15/2037','OTC LINK ECN ATS',NULL,NULL,NULL,NULL,NULL,'2025-12-15',NULL,7,NULL,NULL,27,NULL,'2026-12-01T22:42:53.070Z');
INSERT INTO otc_raw VALUES('2025-11-14','OTC','d3c0e8e5590163b7b6ca0b0df00456fa','AAUAF','OTCN',246,3,21,'ALMADEN MINERALS LTD COM (Canada)','OTC LINK NQB IDQS',NULL,NULL,NULL,NULL,NULL,'2025-12-15',NULL,7,NULL,NULL,27,NULL,'2026-12-01T22:42:53.070Z');
INSERT INTO otc_raw VALUES('2025-11-14','OTC','2c56143433098786aa4bcceb15e47699','AAVMY','ARCA',1750,26,22,'Abn Amro BK N V Amsterdam Brh American Depositary Receipts - Unsponsored (Netherlands)','GLOBAL OTC',NULL,NULL,NULL,NULL,NULL,'2025-12-15',NULL,7,NULL,NULL,27,NULL,'2026-12-01T22:42:53.070Z');
INSERT INTO otc_raw VALUES('2025-11-14','OTC','7dd4b9b71b9ef8acbed5f7828e1e6f53','AAVMY','OTCN',2350,10,23,'Abn Amro BK N V Amsterdam Brh American Depositary Receipts - Unsponsored (Netherlands)','OTC LINK NQB IDQS',NULL,NULL,NULL,NULL,NULL,'2025-12-15',NULL,7,NULL,NULL,27,NULL,'2026-12-01T22:42:53.070Z');
INSERT INTO otc_raw VALUES('2025-11-14','OTC','aa65dc1026e195901315b77daa00c8ad','AAVMY','OTCX',2503,37,24,'Abn Amro BK N V Amsterdam Brh American Depositary Receipts - Unsponsored (Netherlands)','OTC LINK ECN ATS',NULL,NULL,NULL,NULL,NULL,'2025-12-15',NULL,7,NULL,NULL,27,NULL,'2026-12-01T22:42:53.070Z');
INSERT INTO otc_raw VALUES('2025-11-14','OTC','3948c37af0e29a070adea7bc6977bf1e','AAVVF','ARCA',1,1,25,'Advantage Energy Ltd. Ordinary Shares','GLOBAL OTC',NULL,NULL,NULL,NULL,NULL,'2025-12-15',NULL,7,NULL,NULL,27,NULL,'2026-12-01T22:42:53.070Z');
INSERT INTO otc_raw VALUES('2025-11-14','OTC','dd2545b20f3acdb230973531c0e111f9','AAVVF','OTCN',201,3,26,'Advantage Energy Ltd. Ordinary Shares','OTC LINK NQB IDQS',NULL,NULL,NULL,NULL,NULL,'2025-12-15',NULL,7,NULL,NULL,27,NULL,'2026-12-01T22:42:53.070Z');
INSERT INTO otc_raw VALUES('2025-11-14','OTC','ce0eb65a28cb824dead63769e2d4d47b','AAVVF','OTCX',300,3,27,'Advantage Energy Ltd. Ordinary Shares','OTC LINK ECN ATS',NULL,NULL,NULL,NULL,NULL,'2025-12-15',NULL,7,NULL,NULL,27,NULL,'2026-12-01T22:42:53.070Z');
INSERT INTO otc_raw VALUES('2025-11-14','OTC','c6f01deb2d9cf45ba217c9e21d4c0076','AAWH','OTCN',33200,16,28,'ASCEND WELLNESS HOLDINGS INC CL A','OTC LINK NQB IDQS',NULL,NULL,NULL,NULL,NULL,'2025-12-15',NULL,7,NULL,NULL,27,NULL,'2026-12-01T22:42:53.070Z');
INSERT INTO otc_raw VALUES('2025-11-14','OTC','c2a431f46a5e1e13022e65c095096629','AAWH','OTCX',34256,125,29,'ASCEND WELLNESS HOLDINGS INC CL A','OTC LINK ECN ATS',NULL,NULL,NULL,NULL,NULL,'2025-12-15',NULL,7,NULL,NULL,27,NULL,'2026-12-01T22:42:53.070Z');
INSERT INTO otc_raw VALUES('2025-11-14','OTC','5c245f4e2f924d61712f22d552d98150','ABBNY','ARCA',204487,1710,30,'ABB LTD American Depositary Receipts - Sponsored','GLOBAL OTC',NULL,NULL,NULL,NULL,NULL,'2025-12-15',NULL,7,NULL,NULL,27,NULL,'2026-12-01T22:42:53.070Z');
INSERT INTO otc_raw VALUES('2025-11-14','OTC','dbb50c871c54ebdc1e0142a99b06231b','ABBNY','OTCN',64072,412,31,'ABB LTD American Depositary Receipts - Sponsored','OTC LINK NQB IDQS',NULL,NULL,NULL,NULL,NULL,'2025-12-15',NULL,7,NULL,NULL,27,NULL,'2026-12-01T22:42:53.070Z');
INSERT INTO otc_raw VALUES('2025-11-14','OTC','7c7bd77f089570ef620b3e4d8f1f0da5','ABBNY','OTCX',53856,692,32,'ABB LTD American Depositary Receipts - Sponsored','OTC LINK ECN ATS',NULL,NULL,NULL,NULL,NULL,'2025-12-15',NULL,7,NULL,NULL,27,NULL,'2026-12-01T22:42:53.070Z');
INSERT INTO otc_raw VALUES('2025-11-14','OTC','e6d937dd30b963805aebb14dbc678aa7','ABBRF','ARCA',13147,30,33,'ABRASILVER RESOURCE CORP COM NEW (Canada)','GLOBAL OTC',NULL,NULL,NULL,NULL,NULL,'2025-12-15',NULL,7,NULL,NULL,27,NULL,'2026-12-01T22:42:53.070Z');
INSERT INTO otc_raw VALUES('2025-11-14','OTC','1bf0fffd0352eca3dd305eb6c7dec381','ABBRF','OTCN',28871,75,34,'ABRASILVER RESOURCE CORP COM NEW (Canada)','OTC LINK NQB IDQS',NULL,NULL,NULL,NULL,NULL,'2025-12-15',NULL,7,NULL,NULL,27,NULL,'2026-12-01T22:42:53.070Z');
INSERT INTO otc_raw VALUES('2025-11-14','OTC','65e8425d01002ad069eb22fdbdc7dbb6','ABBRF','OTCX',32777,113,35,'ABRASILVER RESOURCE CORP COM NEW (Canada)','OTC LINK ECN ATS',NULL,NULL,NULL,NULL,NULL,'2025-12-15',NULL,7,NULL,NULL,27,NULL,'2026-12-01T22:42:53.070Z');
INSERT INTO otc_raw VALUES('2025-11-14','OTC','39758a996f804a43c8c334c87f8321ac','ABCP','OTCN',8465,3,36,'AmBase Corporation Common Stock','OTC LINK NQB IDQS',NULL,NULL,NULL,NULL,NULL,'2025-12-15',NULL,7,NULL,NULL,27,NULL,'2026-12-01T22:42:53.070Z');
INSERT INTO otc_raw VALUES('2025-11-14','OTC','7d1a2bdd844550c4e28eb664609faae7','ABEPF','OTCN',23000,3,37,'Vision Lithium Inc Ordinary Shares','OTC LINK NQB IDQS',NULL,NULL,NULL,NULL,NULL,'2025-12-15',NULL,7,NULL,NULL,27,NULL,'2026-12-01T22:42:53.070Z');
INSERT INTO otc_raw VALUES('2025-11-14','OTC','6e9bb5c45b8b704fa0447b056d32cb11','ABEPF','OTCX',3508,6,38,'Vision Lithium Inc Ordinary Shares','OTC LINK ECN ATS',NULL,NULL,NULL,NULL,NULL,'2025-12-15',NULL,7,NULL,NULL,27,NULL,'2026-12-01T22:42:53.070Z');
INSERT INTO otc_raw VALUES('2025-11-14','OTC','f7412f1ec82d59f0f511a9e7eb31bd9f','ABIT','OTCN',940391,29,39,'ATHENA BITCOIN GLOBAL Common Stock','OTC LINK NQB IDQS',NULL,NULL,NULL,NULL,NULL,'2025-12-15',NULL,7,NULL,NULL,27,NULL,'2026-12-01T22:42:53.070Z');
INSERT INTO otc_raw VALUES('2025-11-14','OTC','08e78f115374bd58b4c9a27da1e8dce8','ABMBF','OTCN',121033,6,40,'Abcourt Mines Inc Cl-B (F) Ordinary Shares','OTC LINK NQB IDQS',NULL,NULL,NULL,NULL,NULL,'2025-12-15',NULL,7,NULL,NULL,27,NULL,'2026-12-01T22:42:53.070Z');
INSERT INTO otc_raw VALUES('2025-11-14','OTC','adeb8f0c251ff40bac445f50184ef34e','ABMBF','OTCX',90075,3,41,'Abcourt Mines Inc Cl-B (F) Ordinary Shares','OTC LINK ECN ATS',NULL,NULL,NULL,NULL,NULL,'2025-12-15',NULL,7,NULL,NULL,27,NULL,'2026-12-01T22:42:53.070Z');
INSERT INTO otc_raw VALUES('2025-11-14','OTC','454495f62e2f289020084c83ecd2524b','ABNAF','OTCN',35000,3,42,'Aben Gold Corp. Ordinary Shares','OTC LINK NQB IDQS',NULL,NULL,NULL,NULL,NULL,'2025-12-15',NULL,7,NULL,NULL,27,NULL,'2026-12-01T22:42:53.070Z');
INSERT INTO otc_raw VALUES('2025-11-14','OTC','00fcb5dd97997ad6e51b660a6cbf4b9d','ABNAF','OTCX',8000,1,43,'Aben Gold Corp. Ordinary Shares','OTC LINK ECN ATS',NULL,NULL,NULL,NULL,NULL,'2025-12-15',NULL,7,NULL,NULL,27,NULL,'2026-12-01T22:42:53.070Z');
INSERT INTO otc_raw VALUES('2025-11-14','OTC','5be0ad8aa12d9e3810a2ae6ce7afe85f','ABQQ','OTCN',3556764,14,44,'AB INTL GROUP CORP Common Stock','OTC LINK NQB IDQS',NULL,NULL,NULL,NULL,NULL,'2025-12-15',NULL,7,NULL,NULL,27,NULL,'2026-12-01T22:42:53.070Z');
INSERT INTO otc_raw VALUES('2025-11-14','OTC','645eedfd5c6e17d83a24c4a1378ad132','ABRKS','PPEX',1003,95,45,'ARRIVED HOMES 4 LLC MEMBERSHIP INT SER BRECKENRIDGE','NORTH CAPITAL PRIVATE SECURITIES CORPORATION',NULL,NULL,NULL,NULL,NULL,'2025-12-15',NULL,7,NULL,NULL,27,NULL,'2026-12-01T22:42:53.070Z');
INSERT INTO otc_raw VALUES('2025-11-14','OTC','b1f6cf5e4d80005713499bc8ccb72a57','ABSSF','OTCN',300,1,46,'AIRBOSS OF AMER CORP COM NEW (Canada)','OTC LINK NQB IDQS',NULL,NULL,NULL,NULL,NULL,'2025-12-15',NULL,7,NULL,NULL,27,NULL,'2026-12-01T22:42:53.070Z');
INSERT INTO otc_raw VALUES('2025-11-14','OTC','5cdd067c2c6cb5719af101f3c01160a7','ABSSF','OTCX',174,1,47,'AIRBOSS OF AMER CORP COM NEW (Canada)','OTC LINK ECN ATS',NULL,NULL,NULL,NULL,NULL,'2025-12-15',NULL,7,NULL,NULL,27,NULL,'2026-12-01T22:42:53.070Z');
INSERT INTO otc_raw VALUES('2025-11-14','OTC','eb10b6495ba3c89289f325c1abf0f625','ABXXF','ARCA',11811,51,48,'ABAXX TECHNOLOGIES INC Common Shares','GLOBAL OTC',NULL,NULL,NULL,NULL,NULL,'2025-12-15',NULL,7,NULL,NULL,27,NULL,'2026-12-01T22:42:53.070Z');
INSERT INTO otc_raw VALUES('2025-11-14','OTC','7820c951cc3496a40dd739e59218229d','ABXXF','OTCN',14905,49,49,'ABAXX TECHNOLOGIES INC Common Shares','OTC LINK NQB IDQS',NULL,NULL,NULL,NULL,NULL,'2025-12-15',NULL,7,NULL,NULL,27,NULL,'2026-12-01T22:42:53.070Z');
INSERT INTO otc_raw VALUES('2025-11-14','OTC','02fb633043bec91343917ed66c5831ad','ABXXF','OTCX',5839,40,50,'ABAXX TECHNOLOGIES INC Common Shares','OTC LINK ECN ATS',NULL,NULL,NULL,NULL,NULL,'2025-12-15',NULL,7,NULL,NULL,27,NULL,'2026-12-01T22:42:53.070Z');
INSERT INTO otc_raw VALUES('2025-11-14','OTC','ecfd8b05bed856aa5bc8089ad55379a7','ACCYY','ARCA',20235,43,51,'Accor S A American Depositary Receipts - Sponsored (France)','GLOBAL OTC',NULL,NULL,NULL,NULL,NULL,'2025-12-15',NULL,7,NULL,NULL,27,NULL,'2026-12-01T22:42:53.070Z');
INSERT INTO otc_raw VALUES('2025-11-14','OTC','f7c97ab0cc06ddbf3d60bb0494ecce76','ACCYY','OTCN',4144,14,52,'Accor S A American Depositary Receipts - Sponsored (France)','OTC LINK NQB IDQS',NULL,NULL,NULL,NULL,NULL,'2025-12-15',NULL,7,NULL,NULL,27,NULL,'2026-12-01T22:42:53.070Z');
INSERT INTO otc_raw VALUES('2025-11-14','OTC','095e83ef99bdcc0ca5f8aec520c10cb5','ACCYY','OTCX',1010,4,53,'Accor S A American Depositary Receipts - Sponsored (France)','OTC LINK ECN ATS',NULL,NULL,NULL,NULL,NULL,'2025-12-15',NULL,7,NULL,NULL,27,NULL,'2026-12-01T22:42:53.070Z');
INSERT INTO otc_raw VALUES('2025-11-14','OTC','5d0d19e0540b263abd9a3b406f2762a1','ACDVF','ARCA',2192,7,54,'Air Canada Inc Vtg & Var Vtg Shares (Canada)','GLOBAL OTC',NULL,NULL,NULL,NULL,NULL,'2025-12-15',NULL,7,NULL,NULL,27,NULL,'2026-12-01T22:42:53.070Z');
INSERT INTO otc_raw VALUES('2025-11-14','OTC','3f101458820c90932dccfa22b5b07405','ACDVF','OTCN',5075,20,55,'Air Canada Inc Vtg & Var Vtg Shares (Canada)','OTC LINK NQB IDQS',NULL,NULL,NULL,NULL,NULL,'2025-12-15',NULL,7,NULL,NULL,27,NULL,'2026-12-01T22:42:53.070Z');
INSERT INTO otc_raw VALUES('2025-11-14','OTC','f50280bb0c6d4ff9b4d4e8c4999e92d5','ACDVF','OTCX',7232,35,56,'Air Canada Inc Vtg & Var Vtg Shares (Canada)','OTC LINK ECN ATS',NULL,NULL,NULL,NULL,NULL,'2025-12-15',NULL,7,NULL,NULL,27,NULL,'2026-12-01T22:42:53.070Z');
INSERT INTO otc_raw VALUES('2025-11-14','OTC','c258731d0e92a6a0011ef2304bbf8263','ACGBY','ARCA',14844,205,57,'Agricultural Bank of China Unsponsored American Depository Receipt (China)','GLOBAL OTC',NULL,NULL,NULL,NULL,NULL,'2025-12-15',NULL,7,NULL,NULL,27,NULL,'2026-12-01T22:42:53.070Z');
INSERT INTO otc_raw VALUES('2025-11-14','OTC','72aee44f1918d59329cfd4ebbdd5c7e0','ACGBY','OTCN',8150,75,58,'Agricultural Bank of China Unsponsored American Depository Receipt (China)','OTC LINK NQB IDQS',NULL,NULL,NULL,NULL,NULL,'2025-12-15',NULL,7,NULL,NULL,27,NULL,'2026-12-01T22:42:53.070Z');
INSERT INTO otc_raw VALUES('2025-11-14','OTC','bceb0f6bd178aa1b4d93c9ce9b78cc8a','ACGBY','OTCX',7304,120,59,'Agricultural Bank of China Unsponsored American Depository Receipt (China)','OTC LINK ECN ATS',NULL,NULL,NULL,NULL,NULL,'2025-12-15',NULL,7,NULL,NULL,27,NULL,'2026-12-01T22:42:53.070Z');
INSERT INTO otc_raw VALUES('2025-11-14','OTC','fc2fc3e467836955c8d0d988ed3c58e8','ACGP','OTCN',13,1,60,'ASSOCIATED CAP GROUP INC Common Stock','OTC LINK NQB IDQS',NULL,NULL,NULL,NULL,NULL,'2025-12-15',NULL,7,NULL,NULL,27,NULL,'2026-12-01T22:42:53.070Z');
INSERT INTO otc_raw VALUES('2025-11-14','OTC','4fc17c33f2fb004b8fbad941ad65315e','ACGP','OTCX',152,2,61,'ASSOCIATED CAP GROUP INC Common Stock','OTC LINK ECN ATS',NULL,NULL,NULL,NULL,NULL,'2025-12-15',NULL,7,NULL,NULL,27,NULL,'2026-12-01T22:42:53.070Z');
INSERT INTO otc_raw VALUES('2025-11-14','OTC','182ce40bd9f04f8d96369a953041bebb','ACGX','ARCA',5099,2,62,'Alliance Creative Group, Inc. Common Stock','GLOBAL OTC',NULL,NULL,NULL,NULL,NULL,'2025-12-15',NULL,7,NULL,NULL,27,NULL,'2026-12-01T22:42:53.070Z');
INSERT INTO otc_raw VALUES('2025-11-14','OTC','524f4e76a11f09b4b200ca381d24558e','ACGX','OTCN',12400,2,63,'Alliance Creative Group, Inc. Common Stock','OTC LINK NQB IDQS',NULL,NULL,NULL,NULL,NULL,'2025-12-15',NULL,7,NULL,NULL,27,NULL,'2026-12-01T22:42:53.070Z');
INSERT INTO otc_raw VALUES('2025-11-14','OTC','76a7d02c9017df959ab71ff974d74356','ACHFF','ARCA',13700,17,64,'ARch Biopartners Inc. Ordinary Shares (Canada)','GLOBAL OTC',NULL,NULL,NULL,NULL,NULL,'2025-12-15',NULL,7,NULL,NULL,27,NULL,'2026-12-01T22:42:53.070Z');
INSERT INTO otc_raw VALUES('2025-11-14','OTC','697021fb99b64bde7f696ba096752d5a','ACHFF','OTCN',400,2,65,'ARch Biopartners Inc. Ordinary Shares (Canada)','OTC LINK NQB IDQS',NULL,NULL,NULL,NULL,NULL,'2025-12-15',NULL,7,NULL,NULL,27,NULL,'2026-12-01T22:42:53.070Z');
INSERT INTO otc_raw VALUES('2025-11-14','OTC','724e5818c73408e87199f49ca64713bb','ACHFF','OTCX',4800,5,66,'ARch Biopartners Inc. Ordinary Shares (Canada)','OTC LINK ECN ATS',NULL,NULL,NULL,NULL,NULL,'2025-12-15',NULL,7,NULL,NULL,27,NULL,'2026-12-01T22:42:53.070Z');
INSERT INTO otc_raw VALUES('2025-11-14','OTC','91a3903c188a00f3261aa8dd2fa21a7b','ACLLF','OTCN',392,2,67,'Atco Ltd  Cl I Nv Cda Ordinary Shares','OTC LINK NQB IDQS',NULL,NULL,NULL,NULL,NULL,'2025-12-15',NULL,7,NULL,NULL,27,NULL,'2026-12-01T22:42:53.070Z');
INSERT INTO otc_raw VALUES('2025-11-14','OTC','19c1253b04646a43683bfa8726b7129a','ACLLY','ARCA',288,10,68,'ACCELLERON INDS LTD ADR - Unsponsored (Switzerland)','GLOBAL OTC',NULL,NULL,NULL,NULL,NULL,'2025-12-15',NULL,7,NULL,NULL,27,NULL,'2026-12-01T22:42:53.070Z');
INSERT INTO otc_raw VALUES('2025-11-14','OTC','53658d518dc2da9415d7da1ae339dbdd','ACLLY','OTCN',162,3,69,'ACCELLERON INDS LTD ADR - Unsponsored (Switzerland)','OTC LINK NQB IDQS',NULL,NULL,NULL,NULL,NULL,'2025-12-15',NULL,7,NULL,NULL,27,NULL,'2026-12-01T22:42:53.070Z');
INSERT INTO otc_raw VALUES('2025-11-14','OTC','8c529164391c97cd7ec90f54ea78869b','ACLLY','OTCX',160,1,70,'ACCELLERON INDS LTD ADR - Unsponsored (Switzerland)','OTC LINK ECN ATS',NULL,NULL,NULL,NULL,NULL,'2025-12-15',NULL,7,NULL,NULL,27,NULL,'2026-12-01T22:42:53.070Z');
INSERT INTO otc_raw VALUES('2025-11-14','OTC','1c68561c1d1f23245ec6999b972b73a7','ACMB','OTCN',116509,8,71,'Agro Capital Management Corp Common Stock','OTC LINK NQB IDQS',NULL,NULL,NULL,NULL,NULL,'2025-12-15',NULL,7,NULL,NULL,27,NULL,'2026-12-01T22:42:53.070Z');
INSERT INTO otc_raw VALUES('2025-11-14','OTC','ee30f21fb6bf66cb0f1878087fa817da','ACMIF','OTCN',1875,2,72,'ALLIED CRITICAL METALS INC Common Shares (Canada)','OTC LINK NQB IDQS',NULL,NULL,NULL,NULL,NULL,'2025-12-15',NULL,7,NULL,NULL,27,NULL,'2026-12-01T22:42:53.070Z');
INSERT INTO otc_raw VALUES('2025-11-14','OTC','6b28a18f5323c8a9151ab78f9488158b','ACOPY','ARCA',1094,7,73,'The A2 Milk Co Ltd Unsponsored ADR (New Zealand)','GLOBAL OTC',NULL,NULL,NULL,NULL,NULL,'2025-12-15',NULL,7,NULL,NULL,27,NULL,'2026-12-01T22:42:53.070Z');
INSERT INTO otc_raw VALUES('2025-11-14','OTC','326f4ad575259330e6b8e8d908ae6534','ACOPY','OTCN',1200,3,74,'The A2 Milk Co Ltd Unsponsored ADR (New Zealand)','OTC LINK NQB IDQS',NULL,NULL,NULL,NULL,NULL,'2025-12-15',NULL,7,NULL,NULL,27,NULL,'2026-12-01T22:42:53.070Z');
INSERT INTO otc_raw VALUES('2025-11-14','OTC','f84bd5ed955181d82ea730153df67d7c','ACOPY','OTCX',510,3,75,'The A2 Milk Co Ltd Unsponsored ADR (New Zealand)','OTC LINK ECN ATS',NULL,NULL,NULL,NULL,NULL,'2025-12-15',NULL,7,NULL,NULL,27,NULL,'2026-12-01T22:42:53.070Z');
INSERT INTO otc_raw VALUES('2025-11-14','OTC','49d062d26253c2c196dc7d9b05a9e4bb','ACSAY','ARCA',19926,41,76,'ACS Actividades De Construccion Y Servicios SA Unsponsored ADR (Spain)','GLOBAL OTC',NULL,NULL,NULL,NULL,NULL,'2025-12-15',NULL,7,NULL,NULL,27,NULL,'2026-12-01T22:42:53.070Z');
INSERT INTO otc_raw VALUES('2025-11-14','OTC','36d3b44f24b82b49006a629f679bea12','ACSAY','OTCN',9382,20,77,'ACS Actividades De Construccion Y Servicios SA Unsponsored ADR (Spain)','OTC LINK NQB IDQS',NULL,NULL,NULL,NULL,NULL,'2025-12-15',NULL,7,NULL,NULL,27,NULL,'2026-12-01T22:42:53.070Z');
INSERT INTO otc_raw VALUES('2025-11-14','OTC','de385d522e67f939d5cc597239980308','ACSAY','OTCX',2520,5,78,'ACS Actividades De Construccion Y Servicios SA Unsponsored ADR (Spain)','OTC LINK ECN ATS',NULL,NULL,NULL,NULL,NULL,'2025-12-15',NULL,7,NULL,NULL,27,NULL,'2026-12-01T22:42:53.070Z');
INSERT INTO otc_raw VALUES('2025-11-14','OTC','e12f73e112d76c52512d52502534c04b','ADAPY','OTCN',1585162,261,79,'ADAPTIMMUNE THERAPEUTICS PLC American Depositary Shares - Sponsored','OTC LINK NQB IDQS',NULL,NULL,NULL,NULL,NULL,'2025-12-15',NULL,7,NULL,NULL,27,NULL,'2026-12-01T22:42:53.070Z');
INSERT INTO otc_raw VALUES('2025-11-14','OTC','b7ad1964fb149619606a55798e0c09de','ADAPY','OTCX',299817,385,80,'ADAPTIMMUNE THERAPEUTICS PLC American Depositary Shares - Sponsored','OTC LINK ECN ATS',NULL,NULL,NULL,NULL,NULL,'2025-12-15',NULL,7,NULL,NULL,27,NULL,'2026-12-01T22:42:53.070Z');
INSERT INTO otc_raw VALUES('2025-11-14','OTC','612d3c7c68115e3c9c3d72ab24124977','ADBRF','OTCN',600,2,81,'ALDEBARAN RES INC Ordinary Shares (Canada)','OTC LINK NQB IDQS',NULL,NULL,NULL,NULL,NULL,'2025-12-15',NULL,7,NULL,NULL,27,NULL,'2026-12-01T22:42:53.070Z');
INSERT INTO otc_raw VALUES('2025-11-14','OTC','6b22a2ec15cda2723d8fae78368a012d','ADBRF','OTCX',2000,1,82,'ALDEBARAN RES INC Ordinary Shares (Canada)','OTC LINK ECN ATS',NULL,NULL,NULL,NULL,NULL,'2025-12-15',NULL,7,NULL,NULL,27,NULL,'2026-12-01T22:42:53.070Z');
INSERT INTO otc_raw VALUES('2025-11-14','OTC','cccc986c0a4e59241b315961758c7c03','ADCOF','ARCA',451,1,83,'Adcore Inc Common Shares (Canada)','GLOBAL OTC',NULL,NULL,NULL,NULL,NULL,'2025-12-15',NULL,7,NULL,NULL,27,NULL,'2026-12-01T22:42:53.070Z');
INSERT INTO otc_raw VALUES('2025-11-14','OTC','30cf3bef368f151b1682107eb9168112','ADDYY','ARCA',32565,349,84,'adidas AG Sponsored ADR (Germany)','GLOBAL OTC',NULL,NULL,NULL,NULL,NULL,'2025-12-15',NULL,7,NULL,NULL,27,NULL,'2026-12-01T22:42:53.070Z');
INSERT INTO otc_raw VALUES('2025-11-14','OTC','0937161c8e21f621ae937144e18b60a7','ADDYY','OTCN',20643,220,85,'adidas AG Sponsored ADR (Germany)','OTC LINK NQB IDQS',NULL,NULL,NULL,NULL,NULL,'2025-12-15',NULL,7,NULL,NULL,27,NULL,'2026-12-01T22:42:53.070Z');
INSERT INTO otc_raw VALUES('2025-11-14','OTC','4a9be26c6d9f68522a83c32d96a95c1c','ADDYY','OTCX',36247,377,86,'adidas AG Sponsored ADR (Germany)','OTC LINK ECN ATS',NULL,NULL,NULL,NULL,NULL,'2025-12-15',NULL,7,NULL,NULL,27,NULL,'2026-12-01T22:42:53.070Z');
INSERT INTO otc_raw VALUES('2025-11-14','OTC','2f88fe51a96d777eafecd09f53d71029','ADHC','OTCN',90000,1,87,'American Diversified Holdings Corporation Common Stock','OTC LINK NQB IDQS',NULL,NULL,NULL,NULL,NULL,'2025-12-15',NULL,7,NULL,NULL,27,NULL,'2026-12-01T22:42:53.070Z');
INSERT INTO otc_raw VALUES('2025-11-14','OTC','96addfbbf4052168493908287490991d','ADIA','OTCN',5000,1,88,'Adia Nutrition, Inc. Common Stock','OTC LINK NQB IDQS',NULL,NULL,NULL,NULL,NULL,'2025-12-15',NULL,7,NULL,NULL,27,NULL,'2026-12-01T22:42:53.070Z');
INSERT INTO otc_raw VALUES('2025-11-14','OTC','d9123d8393ee7926ae78861569d5925f','ADNH','OTCN',32250,48,89,'ADVENT TECHNOLOGIES HLDGS INC Common Stock','OTC LINK NQB IDQS',NULL,NULL,NULL,NULL,NULL,'2025-12-15',NULL,7,NULL,NULL,27,NULL,'2026-12-01T22:42:53.070Z');
INSERT INTO otc_raw VALUES('2025-11-14','OTC','5d0ebb1353cc517892167e552b23be8a','ADNH','OTCX',1706,17,90,'ADVENT TECHNOLOGIES HLDGS INC Common Stock','OTC LINK ECN ATS',NULL,NULL,NULL,NULL,NULL,'2025-12-15',NULL,7,NULL,NULL,27,NULL,'2026-12-01T22:42:53.070Z');
INSERT INTO otc_raw VALUES('2025-11-14','OTC','2fc8719b90d178c580b0bbd4399f3f39','ADOOY','OTCN',216,3,91,'PT Alamtri Resources Indonesia Tbk American Depositary Receipts - Unsponsored','OTC LINK NQB IDQS',NULL,NULL,NULL,NULL,NULL,'2025-12-15',NULL,7,NULL,NULL,27,NULL,'2026-12-01T22:42:53.070Z');
INSERT INTO otc_raw VALUES('2025-11-14','OTC','e975258e5bbecf8dc461c808f6d654a9','ADPXY','ARCA',24,7,92,'Audio Pixels Holdings Ltd Sponsored ADR (Australia)','GLOBAL OTC',NULL,NULL,NULL,NULL,NULL,'2025-12-15',NULL,7,NULL,NULL,27,NULL,'2026-12-01T22:42:53.070Z');
INSERT INTO otc_raw VALUES('2025-11-14','OTC','134eda5ae5316a32cc0a11a5b8ed7641','ADPXY','OTCN',2397,65,93,'Audio Pixels Holdings Ltd Sponsored ADR (Australia)','OTC LINK NQB IDQS',NULL,NULL,NULL,NULL,NULL,'2025-12-15',NULL,7,NULL,NULL,27,NULL,'2026-12-01T22:42:53.070Z');
INSERT INTO otc_raw VALUES('2025-11-14','OTC','8835a1ff4e9766ffb5201a54961e876a','ADPXY','OTCX',83,10,94,'Audio Pixels Holdings Ltd Sponsored ADR (Australia)','OTC LINK ECN ATS',NULL,NULL,NULL,NULL,NULL,'2025-12-15',NULL,7,NULL,NULL,27,NULL,'2026-12-01T22:42:53.070Z');
INSERT INTO otc_raw VALUES('2025-11-14','OTC','16095e5f79d66ed6f18fd9f6ede3cf2c','ADRNY','ARCA',19623,131,95,'Koninklijke Ahold Delhaize N.V. American Depositary Receipts - Sponsored','GLOBAL OTC',NULL,NULL,NULL,NULL,NULL,'2025-12-15',NULL,7,NULL,NULL,27,NULL,'2026-12-01T22:42:53.070Z');
INSERT INTO otc_raw VALUES('2025-11-14','OTC','be69e098686f5bd41b8a3cb717d38d8d','ADRNY','OTCN',13599,70,96,'Koninklijke Ahold Delhaize N.V. American Depositary Receipts - Sponsored','OTC LINK NQB IDQS',NULL,NULL,NULL,NULL,NULL,'2025-12-15',NULL,7,NULL,NULL,27,NULL,'2026-12-01T22:42:53.070Z');
INSERT INTO otc_raw VALUES('2025-11-14','OTC','d4805978862407dbc7bf10ca90084581','ADRNY','OTCX',12697,81,97,'Koninklijke Ahold Delhaize N.V. American Depositary Receipts - Sponsored','OTC LINK ECN ATS',NULL,NULL,NULL,NULL,NULL,'2025-12-15',NULL,7,NULL,NULL,27,NULL,'2026-12-01T22:42:53.070Z');
INSERT INTO otc_raw VALUES('2025-11-14','OTC','2fa02cc4db3005833bf6405bcde58d14','ADRZY','OTCN',500,2,98,'Andritz Ag Graz Unsponsored ADR (Austria)','OTC LINK NQB IDQS',NULL,NULL,NULL,NULL,NULL,'2025-12-15',NULL,7,NULL,NULL,27,NULL,'2026-12-01T22:42:53.070Z');
INSERT INTO otc_raw VALUES('2025-11-14','OTC','8c7800b2a8c6c6aef7a37718518927bf','ADTI','OTCN',1,1,99,'Adapti, Inc.  Common Stock','OTC LINK NQB IDQS',NULL,NULL,NULL,NULL,NULL,'2025-12-15',NULL,7,NULL,NULL,27,NULL,'2026-12-01T22:42:53.070Z');
INSERT INTO otc_raw VALUES('2025-11-14','OTC','6f56948876a106acac2ec0eecc927116','ADWPF','OTCX',101,1,100,'ANDREW PELLER LTD CL A (Canada)','OTC LINK ECN ATS',NULL,NULL,NULL,NULL,NULL,'2025-12-15',NULL,7,NULL,NULL,27,NULL,'2026-12-01T22:42:53.070Z');
INSERT INTO otc_raw VALUES('2025-11-14','OTC','aa6a80cd246020f4e4f5e7784c94f31f','ADXS','OTCX',259,5,101,'Ayala Pharmaceuticals, Inc. Common Stock','OTC LINK ECN ATS',NULL,NULL,NULL,NULL,NULL,'2025-12-15',NULL,7,NULL,NULL,27,NULL,'2026-12-01T22:42:53.070Z');
INSERT INTO otc_raw VALUES('2025-11-14','OTC','9cbeec0e0f6358c0d14102cb9c4016da','ADYEY','ARCA',384092,2093,102,'Adyen N.V. Unsponsored ADR (Netherlands)','GLOBAL OTC',NULL,NULL,NULL,NULL,NULL,'2025-12-15',NULL,7,NULL,NULL,27,NULL,'2026-12-01T22:42:53.070Z');
INSERT INTO otc_raw VALUES('2025-11-14','OTC','e7dc93c7123b0bfdfbd7d546e0a65459','ADYEY','OTCN',209832,1012,103,'Adyen N.V. Unsponsored ADR (Netherlands)','OTC LINK NQB IDQS',NULL,NULL,NULL,NULL,NULL,'2025-12-15',NULL,7,NULL,NULL,27,NULL,'2026-12-01T22:42:53.070Z');
INSERT INTO otc_raw VALUES('2025-11-14','OTC','92cdcd96950ed51040d82049a4e3bbf7','ADYEY','OTCX',284264,1848,104,'Adyen N.V. Unsponsored ADR (Netherlands)','OTC LINK ECN ATS',NULL,NULL,NULL,NULL,NULL,'2025-12-15',NULL,7,NULL,NULL,27,NULL,'2026-12-01T22:42:53.070Z');
INSERT INTO otc_raw VALUES('2025-11-14','OTC','4d3520186b02bfc349bdb30a527cfee2','AEBZY','OTCN',2720,1,105,'Anadolu Efes Biracilik Ve Malt Sanayi AS Sponsored ADR Reg S (Turkey)','OTC LINK NQB IDQS',NULL,NULL,NULL,NULL,NULL,'2025-12-15',NULL,7,NULL,NULL,27,NULL,'2026-12-01T22:42:53.070Z');
INSERT INTO otc_raw VALUES('2025-11-14','OTC','f629746f9d206be8b61cac24d3ed6f9b','AEGXF','ARCA',500,1,106,'AECON GROUP INC Ordinary Shares','GLOBAL OTC',NULL,NULL,NULL,NULL,NULL,'2025-12-15',NULL,7,NULL,NULL,27,NULL,'2026-12-01T22:42:53.070Z');
INSERT INTO otc_raw VALUES('2025-11-14','OTC','40cdb2b2bd32c027dc6cfe29d1a1d3b6','AEGXF','OTCN',750,3,107,'AECON GROUP INC Ordinary Shares','OTC LINK NQB IDQS',NULL,NULL,NULL,NULL,NULL,'2025-12-15',NULL,7,NULL,NULL,27,NULL,'2026-12-01T22:42:53.070Z');
INSERT INTO otc_raw VALUES('2025-11-14','OTC','b06f5b40d804be40eaff8d9cabc18ee3','AEGXF','OTCX',3123,21,108,'AECON GROUP INC Ordinary Shares','OTC LINK ECN ATS',NULL,NULL,NULL,NULL,NULL,'2025-12-15',NULL,7,NULL,NULL,27,NULL,'2026-12-01T22:42:53.070Z');
INSERT INTO otc_raw VALUES('2025-11-14','OTC','86dafcefd03c2a5a83ac6b5f6f8edc0b','AEHCS','PPEX',438,32,109,'ARRIVED HOMES 4 LLC MEMBERSHIP INT SER WENDELL Shares of Beneficial Interest','NORTH CAPITAL PRIVATE SECURITIES CORPORATION',NULL,NULL,NULL,NULL,NULL,'2025-12-15',NULL,7,NULL,NULL,27,NULL,'2026-12-01T22:42:53.070Z');
INSERT INTO otc_raw VALUES('2025-11-14','OTC','e7819eba20dba34f2a3d0c18624e20c9','AEHDS','PPEX',145,21,110,'ARRIVED HOMES 4 LLC MEMBERSHIP INT SER WIZARD Shares of Beneficial Interest','NORTH CAPITAL PRIVATE SECURITIES CORPORATION',NULL,NULL,NULL,NULL,NULL,'2025-12-15',NULL,7,NULL,NULL,27,NULL,'2026-12-01T22:42:53.070Z');
INSERT INTO otc_raw VALUES('2025-11-14','OTC','3e8426c96d4ab03731a34e2fc1ee1061','AEHES','PPEX',618,58,111,'ARRIVED HOMES 4 LLC MEMBERSHIP INT SER RESOLANA Shares of Beneficial Interest','NORTH CAPITAL PRIVATE SECURITIES CORPORATION',NULL,NULL,NULL,NULL,NULL,'2025-12-15',NULL,7,NULL,NULL,27,NULL,'2026-12-01T22:42:53.070Z');
INSERT INTO otc_raw VALUES('2025-11-14','OTC','7960f4f9a5d898dc3bb8a759b568f938','AEHFS','PPEX',1258,70,112,'ARRIVED HOMES 4 LLC MEMBERSHIP INT SER NICOLE Shares of Beneficial Interest','NORTH CAPITAL PRIVATE SECURITIES CORPORATION',NULL,NULL,NULL,NULL,NULL,'2025-12-15',NULL,7,NULL,NULL,27,NULL,'2026-12-01T22:42:53.070Z');
INSERT INTO otc_raw VALUES('2025-11-14','OTC','d1d4fc63f5bf8d1ce3e64c6c075ea602','AEHGS','PPEX',1605,122,113,'ARRIVED HOMES 5 LLC MEMBERSHIP INT SER GOLDFINGER Shares of Beneficial Interest','NORTH CAPITAL PRIVATE SECURITIES CORPORATION',NULL,NULL,NULL,NULL,NULL,'2025-12-15',NULL,7,NULL,NULL,27,NULL,'2026-12-01T22:42:53.070Z');
INSERT INTO otc_raw VALUES('2025-11-14','OTC','69c2e19bf07f1bf08e702410810a8e4d','AEHHS','PPEX',221,24,114,'ARRIVED HOMES 3 LLC MEMBERSHIP INT SER TOMLINSON Shares of Beneficial Interest','NORTH CAPITAL PRIVATE SECURITIES CORPORATION',NULL,NULL,NULL,NULL,NULL,'2025-12-15',NULL,7,NULL,NULL,27,NULL,'2026-12-01T22:42:53.070Z');
INSERT INTO otc_raw VALUES('2025-11-14','OTC','2e215b7e7b56da3736b686a31e17f7f0','AEHJS','PPEX',210,23,115,'ARRIVED HOMES 3 LLC MEMBERSHIP INT SER PRESIDIO Shares of Beneficial Interest','NORTH CAPITAL PRIVATE SECURITIES CORPORATION',NULL,NULL,NULL,NULL,NULL,'2025-12-15',NULL,7,NULL,NULL,27,NULL,'2026-12-01T22:42:53.070Z');
INSERT INTO otc_raw VALUES('2025-11-14','OTC','30bf93aa5f85b63fab78ba86c7867429','AEHKS','PPEX',555,44,116,'ARRIVED HOMES 3 LLC MEMBERSHIP INT SER SPANGLER Shares of Beneficial Interest','NORTH CAPITAL PRIVATE SECURITIES CORPORATION',NULL,NULL,NULL,NULL,NULL,'2025-12-15',NULL,7,NULL,NULL,27,NULL,'2026-12-01T22:42:53.070Z');
INSERT INTO otc_raw VALUES('2025-11-14','OTC','58eddcd0c6f23883634497599ad6b53e','AEHMS','PPEX',232,29,117,'ARRIVED HOMES 4 LLC MEMBERSHIP INT SER SATJANON Shares of Beneficial Interest','NORTH CAPITAL PRIVATE SECURITIES CORPORATION',NULL,NULL,NULL,NULL,NULL,'2025-12-15',NULL,7,NULL,NULL,27,NULL,'2026-12-01T22:42:53.070Z');
INSERT INTO otc_raw VALUES('2025-11-14','OTC','f8cf56ddce780e2f7a77c1e178934279','AEHNS','PPEX',146,27,118,'ARRIVED HOMES 4 LLC MEMBERSHIP INT SER ARCOLA Shares of Beneficial Interest','NORTH CAPITAL PRIVATE SECURITIES CORPORATION',NULL,NULL,NULL,NULL,NULL,'2025-12-15',NULL,7,NULL,NULL,27,NULL,'2026-12-01T22:42:53.070Z');
INSERT INTO otc_raw VALUES('2025-11-14','OTC','5dbdb8848277e44a1ccfa3d9273915dc','AEHOS','PPEX',129,13,119,'ARRIVED HOMES 3 LLC MEMBERSHIP INT SER ADAMS Shares of Beneficial Interest','NORTH CAPITAL PRIVATE SECURITIES CORPORATION',NULL,NULL,NULL,NULL,NULL,'2025-12-15',NULL,7,NULL,NULL,27,NULL,'2026-12-01T22:42:53.070Z');
INSERT INTO otc_raw VALUES('2025-11-14','OTC','3a2dc9d5b82fcb12aba86d468582f0f1','AEHPS','PPEX',683,59,120,'ARRIVED HOMES LLC MEMBERSHIP INT SER WINCHESTER Shares of Beneficial Interest','NORTH CAPITAL PRIVATE SECURITIES CORPORATION',NULL,NULL,NULL,NULL,NULL,'2025-12-15',NULL,7,NULL,NULL,27,NULL,'2026-12-01T22:42:53.070Z');
INSERT INTO otc_raw VALUES('2025-11-14','OTC','7da3f73182f7d4fffe1d946644440424','AEHQS','PPEX',1041,69,121,'ARRIVED HOMES LLC MEMBERSHIP INT SER THEODORE Shares of Beneficial Interest','NORTH CAPITAL PRIVATE SECURITIES CORPORATION',NULL,NULL,NULL,NULL,NULL,'2025-12-15',NULL,7,NULL,NULL,27,NULL,'2026-12-01T22:42:53.070Z');
INSERT INTO otc_raw VALUES('2025-11-14','OTC','8b28a06a60e3732d76e0bef0b0aa2e9f','AEHSS','PPEX',110,15,122,'ARRIVED HOMES 4 LLC MEMBERSHIP INT SER GENTRY Shares of Beneficial Interest','NORTH CAPITAL PRIVATE SECURITIES CORPORATION',NULL,NULL,NULL,NULL,NULL,'2025-12-15',NULL,7,NULL,NULL,27,NULL,'2026-12-01T22:42:53.070Z');
INSERT INTO otc_raw VALUES('2025-11-14','OTC','7cdae0c51c445d4d54484732f102219c','AELLS','PPEX',1406,133,123,'ARRIVED HOMES LLC MEMBERSHIP INT SER ELLEN Shares of Beneficial Interest','NORTH CAPITAL PRIVATE SECURITIES CORPORATION',NULL,NULL,NULL,NULL,NULL,'2025-12-15',NULL,7,NULL,NULL,27,NULL,'2026-12-01T22:42:53.070Z');
INSERT INTO otc_raw VALUES('2025-11-14','OTC','00f02e0da205cae7855193b812498302','AERG','OTCN',7876,18,124,'Applied Energetics, Inc Common Stock','OTC LINK NQB IDQS',NULL,NULL,NULL,NULL,NULL,'2025-12-15',NULL,7,NULL,NULL,27,NULL,'2026-12-01T22:42:53.070Z');
INSERT INTO otc_raw VALUES('2025-11-14','OTC','e607f03df845f1149bd3f24291e7c561','AERG','OTCX',1000,2,125,'Applied Energetics, Inc Common Stock','OTC LINK ECN ATS',NULL,NULL,NULL,NULL,NULL,'2025-12-15',NULL,7,NULL,NULL,27,NULL,'2026-12-01T22:42:53.070Z');
INSERT INTO otc_raw VALUES('2025-11-14','OTC','c4339a051cd4db00fdf524ecb0762fa3','AETHD','OTCX',27,1,126,'Aether Global Innovations Corp. Ordinary Shares','OTC LINK ECN ATS',NULL,NULL,NULL,NULL,NULL,'2025-12-15',NULL,7,NULL,NULL,27,NULL,'2026-12-01T22:42:53.070Z');
INSERT INTO otc_raw VALUES('2025-11-14','OTC','2370236ecdcc1fdac5cb70d5cb488e4e','AETUF','ARCA',3608,17,127,'Arc Resources Ltd. Ordinary Shares (Canada)','GLOBAL OTC',NULL,NULL,NULL,NULL,NULL,'2025-12-15',NULL,7,NULL,NULL,27,NULL,'2026-12-01T22:42:53.070Z');
INSERT INTO otc_raw VALUES('2025-11-14','OTC','6b16521127ef546e9d60995b44c96317','AETUF','OTCN',9852,41,128,'Arc Resources Ltd. Ordinary Shares (Canada)','OTC LINK NQB IDQS',NULL,NULL,NULL,NULL,NULL,'2025-12-15',NULL,7,NULL,NULL,27,NULL,'2026-12-01T22:42:53.070Z');
INSERT INTO otc_raw VALUES('2025-11-14','OTC','3976855f8e44b6c37e7954b0023e8606','AETUF','OTCX',12481,66,129,'Arc Resources Ltd. Ordinary Shares (Canada)','OTC LINK ECN ATS',NULL,NULL,NULL,NULL,NULL,'2025-12-15',NULL,7,NULL,NULL,27,NULL,'2026-12-01T22:42:53.070Z');
INSERT INTO otc_raw VALUES('2025-11-14','OTC','6651537df3e2d0b93a3cca5d700332d8','AEYPS','PPEX',10,4,130,'ARK7 PPTYS PLUS LLC MEMBERSHIP INT SER - #EYPIR','NORTH CAPITAL PRIVATE SECURITIES CORPORATION',NULL,NULL,NULL,NULL,NULL,'2025-12-15',NULL,7,NULL,NULL,27,NULL,'2026-12-01T22:42:53.070Z');
INSERT INTO otc_raw VALUES('2025-11-14','OTC','fac37a64326ecd2683ce1ab3a8ccea9f','AFFS','OTCX',16815,8,131,'AmTrust Financial Services, Inc. 7.25% Subordinated Notes Due 2055','OTC LINK ECN ATS',NULL,NULL,NULL,NULL,NULL,'2025-12-15',NULL,7,NULL,NULL,27,NULL,'2026-12-01T22:42:53.070Z');
INSERT INTO otc_raw VALUES('2025-11-14','OTC','27cfbef2e9ec11ad85e33c29bb596e94','AFFT','OTCX',3970,1,132,'AmTrust Financial Services, Inc. 7.50% Subordinated Notes Due 2055','OTC LINK ECN ATS',NULL,NULL,NULL,NULL,NULL,'2025-12-15',NULL,7,NULL,NULL,27,NULL,'2026-12-01T22:42:53.070Z');
INSERT INTO otc_raw VALUES('2025-11-14','OTC','d01e2ea0274a4fbead307df941d02e6b','AFFU','OTCN',19356001,50,133,'Affluence Corporation Common Stock','OTC LINK NQB IDQS',NULL,NULL,NULL,NULL,NULL,'2025-12-15',NULL,7,NULL,NULL,27,NULL,'2026-12-01T22:42:53.070Z');
INSERT INTO otc_raw VALUES('2025-11-14','OTC','8046c2a8dabc8b53af544c697182102c','AFFU','OTCX',100000,1,134,'Affluence Corporation Common Stock','OTC LINK ECN ATS',NULL,NULL,NULL,NULL,NULL,'2025-12-15',NULL,7,NULL,NULL,27,NULL,'2026-12-01T22:42:53.070Z');
INSERT INTO otc_raw VALUES('2025-11-14','OTC','17c479841906cad805947461cedbe712','AFFY','OTCX',65,1,135,'Affymax, Inc. Common Stock','OTC LINK ECN ATS',NULL,NULL,NULL,NULL,NULL,'2025-12-15',NULL,7,NULL,NULL,27,NULL,'2026-12-01T22:42:53.070Z');
INSERT INTO otc_raw VALUES('2025-11-14','OTC','3f1b595c377b06e70a327be4999e13a7','AFIB','OTCX',5253,2,136,'ACUTUS MED INC Common Stock','OTC LINK ECN ATS',NULL,NULL,NULL,NULL,NULL,'2025-12-15',NULL,7,NULL,NULL,27,NULL,'2026-12-01T22:42:53.070Z');
INSERT INTO otc_raw VALUES('2025-11-14','OTC','15e0308ca4aa5b7c46d5393865d65d59','AFLYY','ARCA',272501,481,137,'Air France ADS ADS','GLOBAL OTC',NULL,NULL,NULL,NULL,NULL,'2025-12-15',NULL,7,NULL,NULL,27,NULL,'2026-12-01T22:42:53.070Z');
INSERT INTO otc_raw VALUES('2025-11-14','OTC','9d5157da57a97f9571a3f7a24f5c08d6','AFLYY','OTCN',249816,266,138,'Air France ADS ADS','OTC LINK NQB IDQS',NULL,NULL,NULL,NULL,NULL,'2025-12-15',NULL,7,NULL,NULL,27,NULL,'2026-12-01T22:42:53.070Z');
INSERT INTO otc_raw VALUES('2025-11-14','OTC','d2c49298c704dab13b2171df2c312b1e','AFLYY','OTCX',141023,297,139,'Air France ADS ADS','OTC LINK ECN ATS',NULL,NULL,NULL,NULL,NULL,'2025-12-15',NULL,7,NULL,NULL,27,NULL,'2026-12-01T22:42:53.070Z');
INSERT INTO otc_raw VALUES('2025-11-14','OTC','43af6cc565828b6d6c69dd4dfd77e031','AFMJF','ARCA',1000,1,140,'ALPHAMIN RESOURCES CORP CLEAN SHARES (Mauritius)','GLOBAL OTC',NULL,NULL,NULL,NULL,NULL,'2025-12-15',NULL,7,NULL,NULL,27,NULL,'2026-12-01T22:42:53.070Z');
INSERT INTO otc_raw VALUES('2025-11-14','OTC','71590ffe5f902a41725ac1129f50483a','AFMJF','OTCN',3000,2,141,'ALPHAMIN RESOURCES CORP CLEAN SHARES (Mauritius)','OTC LINK NQB IDQS',NULL,NULL,NULL,NULL,NULL,'2025-12-15',NULL,7,NULL,NULL,27,NULL,'2026-12-01T22:42:53.070Z');
INSERT INTO otc_raw VALUES('2025-11-14','OTC','eef9ee2a2e456d445359a2851f2f2cea','AFMJF','OTCX',800,5,142,'ALPHAMIN RESOURCES CORP CLEAN SHARES (Mauritius)','OTC LINK ECN ATS',NULL,NULL,NULL,NULL,NULL,'2025-12-15',NULL,7,NULL,NULL,27,NULL,'2026-12-01T22:42:53.070Z');
INSERT INTO otc_raw VALUES('2025-11-14','OTC','68a540bf841b176d43eeb6145b7bf694','AFSIA','OTCX',66,1,143,'Amtrust Financial Services, Inc. 6.75% Non-Cumulative Preferred Stock, Series A','OTC LINK ECN ATS',NULL,NULL,NULL,NULL,NULL,'2025-12-15',NULL,7,NULL,NULL,27,NULL,'2026-12-01T22:42:53.070Z');
INSERT INTO otc_raw VALUES('2025-11-14','OTC','9b5d8ba0746f8507ba7e4242791f78d3','AFSIB','OTCX',800,4,144,'AmTrust Financial Services, Inc. Depositary Shares, each Representing 1/40th of a Share of 7.25% Non Cumulative Preferred Stock, Series B','OTC LINK ECN ATS',NULL,NULL,NULL,NULL,NULL,'2025-12-15',NULL,7,NULL,NULL,27,NULL,'2026-12-01T22:42:53.070Z');
INSERT INTO otc_raw VALUES('2025-11-14','OTC','a7a9c86ae1446eaf3f032424f84e4d12','AFSIM','OTCX',245,1,145,'AmTrust Financial Services, Inc. Depositary Shares, each Representing 1/40th of a Share of 7.75% Non-Cumulative Preferred Stock, Series E','OTC LINK ECN ATS',NULL,NULL,NULL,NULL,NULL,'2025-12-15',NULL,7,NULL,NULL,27,NULL,'2026-12-01T22:42:53.070Z');
INSERT INTO otc_raw VALUES('2025-11-14','OTC','63c3879c31a03aa0b3f7e6944783476f','AFSIN','OTCX',1980,7,146,'AmTrust Financial Services, Inc. Depositary Shares, Each Representing 1/40 th Interest in a Share of 6.95% Non-Cumulative Preferred Stock, Series F','OTC LINK ECN ATS',NULL,NULL,NULL,NULL,NULL,'2025-12-15',NULL,7,NULL,NULL,27,NULL,'2026-12-01T22:42:53.070Z');
INSERT INTO otc_raw VALUES('2025-11-14','OTC','057117459db7d9617c0604993b2792c1','AFTWS','PPEX',20,8,147,'ARK7 PPTYS PLUS LLC MEMBERSHIP INT SER - #FTWDS','NORTH CAPITAL PRIVATE SECURITIES CORPORATION',NULL,NULL,NULL,NULL,NULL,'2025-12-15',NULL,7,NULL,NULL,27,NULL,'2026-12-01T22:42:53.070Z');
INSERT INTO otc_raw VALUES('2025-11-14','OTC','7deeb82c26d1cfafb9dec8e9e9e56c33','AGAGF','ARCA',31100,8,148,'ARGENTA SILVER CORP COM (Canada)','GLOBAL OTC',NULL,NULL,NULL,NULL,NULL,'2025-12-15',NULL,7,NULL,NULL,27,NULL,'2026-12-01T22:42:53.070Z');
INSERT INTO otc_raw VALUES('2025-11-14','OTC','8cdcc9815a2bb536b0b2c3189f183673','AGAGF','OTCN',265803,39,149,'ARGENTA SILVER CORP COM (Canada)','OTC LINK NQB IDQS',NULL,NULL,NULL,NULL,NULL,'2025-12-15',NULL,7,NULL,NULL,27,NULL,'2026-12-01T22:42:53.070Z');
INSERT INTO otc_raw VALUES('2025-11-14','OTC','1f36828f4f2db3305d20770fde8a53e9','AGAGF','OTCX',63654,20,150,'ARGENTA SILVER CORP COM (Canada)','OTC LINK ECN ATS',NULL,NULL,NULL,NULL,NULL,'2025-12-15',NULL,7,NULL,NULL,27,NULL,'2026-12-01T22:42:53.070Z');
INSERT INTO otc_raw VALUES('2025-11-14','OTC','e651fbd2290f308ba8a65b535b84aa97','AGESY','ARCA',390,8,151,'Ageas Sponsored ADR (Belgium)','GLOBAL OTC',NULL,NULL,NULL,NULL,NULL,'2025-12-15',NULL,7,NULL,NULL,27,NULL,'2026-12-01T22:42:53.070Z');
INSERT INTO otc_raw VALUES('2025-11-14','OTC','4d877ae50e3e871d71ea5d691c2e0647','AGESY','OTCN',473,7,152,'Ageas Sponsored ADR (Belgium)','OTC LINK NQB IDQS',NULL,NULL,NULL,NULL,NULL,'2025-12-15',NULL,7,NULL,NULL,27,NULL,'2026-12-01T22:42:53.070Z');
INSERT INTO otc_raw VALUES('2025-11-14','OTC','4f5faf4b0b790f2c76a44b44e85fc616','AGESY','OTCX',200,4,153,'Ageas Sponsored ADR (Belgium)','OTC LINK ECN ATS',NULL,NULL,NULL,NULL,NULL,'2025-12-15',NULL,7,NULL,NULL,27,NULL,'2026-12-01T22:42:53.070Z');
INSERT INTO otc_raw VALUES('2025-11-14','OTC','89b7d8abde206cb7c5f64404469ea9bb','AGFMF','OTCN',462,4,154,'A G F Mgmt Ltd Cl B Non Vtg Ordinary Shares','OTC LINK NQB IDQS',NULL,NULL,NULL,NULL,NULL,'2025-12-15',NULL,7,NULL,NULL,27,NULL,'2026-12-01T22:42:53.070Z');
INSERT INTO otc_raw VALUES('2025-11-14','OTC','5b8ab1e3574df6a143a4a8c12165acb6','AGFMF','OTCX',100,1,155,'A G F Mgmt Ltd Cl B Non Vtg Ordinary Shares','OTC LINK ECN ATS',NULL,NULL,NULL,NULL,NULL,'2025-12-15',NULL,7,NULL,NULL,27,NULL,'2026-12-01T22:42:53.070Z');
INSERT INTO otc_raw VALUES('2025-11-14','OTC','eb122d9e1374bd174dbb5b931f9010fe','AGIN','OTCN',100548,2,156,'American Graphite Technologies Inc. Common Stock','OTC LINK NQB IDQS',NULL,NULL,NULL,NULL,NULL,'2025-12-15',NULL,7,NULL,NULL,27,NULL,'2026-12-01T22:42:53.070Z');
INSERT INTO otc_raw VALUES('2025-11-14','OTC','ef5c6bd48c48c9610162c8b5d2331ac3','AGLXY','ARCA',111,1,157,'AGL Energy Ltd American Depositary Receipts - Sponsored (Australia)','GLOBAL OTC',NULL,NULL,NULL,NULL,NULL,'2025-12-15',NULL,7,NULL,NULL,27,NULL,'2026-12-01T22:42:53.070Z');
INSERT INTO otc_raw VALUES('2025-11-14','OTC','9d894de64b80f079c2de0d855b8da36c','AGMRF','OTCN',4300,10,158,'SILVER MTN RES INC Common Stock','OTC LINK NQB IDQS',NULL,NULL,NULL,NULL,NULL,'2025-12-15',NULL,7,NULL,NULL,27,NULL,'2026-12-01T22:42:53.070Z');
INSERT INTO otc_raw VALUES('2025-11-14','OTC','d5e2b1c849bd3fa1f762cfba6c42f7fd','AGMRF','OTCX',10000,22,159,'SILVER MTN RES INC Common Stock','OTC LINK ECN ATS',NULL,NULL,NULL,NULL,NULL,'2025-12-15',NULL,7,NULL,NULL,27,NULL,'2026-12-01T22:42:53.070Z');
INSERT INTO otc_raw VALUES('2025-11-14','OTC','7c8142b8dad0921a6353f24782492149','AGNPF','ARCA',40,1,160,'ALGERNON HEALTH INC COM CL A (Canada)','GLOBAL OTC',NULL,NULL,NULL,NULL,NULL,'2025-12-15',NULL,7,NULL,NULL,27,NULL,'2026-12-01T22:42:53.070Z');
INSERT INTO otc_raw VALUES('2025-11-14','OTC','3293edfa7a0f5f3667d69f223bbb8a72','AGNPF','OTCX',800,1,161,'ALGERNON HEALTH INC COM CL A (Canada)','OTC LINK ECN ATS',NULL,NULL,NULL,NULL,NULL,'2025-12-15',NULL,7,NULL,NULL,27,NULL,'2026-12-01T22:42:53.070Z');
INSERT INTO otc_raw VALUES('2025-11-14','OTC','0fb073e8c1f02bcaefbfcdbacf1049a1','AGRPY','ARCA',67,1,162,'Absa Group Ltd American Depositary Receipts - Sponsored','GLOBAL OTC',NULL,NULL,NULL,NULL,NULL,'2025-12-15',NULL,7,NULL,NULL,27,NULL,'2026-12-01T22:42:53.070Z');
INSERT INTO otc_raw VALUES('2025-11-14','OTC','d8759f5f850a83dcbbf34bdc4679ea3b','AGXPF','OTCN',136616,11,163,'SILVER X MNG CORP Common Shares','OTC LINK NQB IDQS',NULL,NULL,NULL,NULL,NULL,'2025-12-15',NULL,7,NULL,NULL,27,NULL,'2026-12-01T22:42:53.070Z');
INSERT INTO otc_raw VALUES('2025-11-14','OTC','770dda18508791ff6622d0fac459486a','AGXPF','OTCX',7700,8,164,'SILVER X MNG CORP Common Shares','OTC LINK ECN ATS',NULL,NULL,NULL,NULL,NULL,'2025-12-15',NULL,7,NULL,NULL,27,NULL,'2026-12-01T22:42:53.070Z');
INSERT INTO otc_raw VALUES('2025-11-14','OTC','f112270a2016d41df46c3ec6cfa54d55','AGYP','OTCN',360000,5,165,'Allied Energy Corporation. Common Stock','OTC LINK NQB IDQS',NULL,NULL,NULL,NULL,NULL,'2025-12-15',NULL,7,NULL,NULL,27,NULL,'2026-12-01T22:42:53.070Z');
INSERT INTO otc_raw VALUES('2025-11-14','OTC','71faa7be95498c762957637d37bbffdc','AHADS','PPEX',346,35,166,'ARRIVED HOMES 4 LLC MEMBERSHIP INT SER ANNANDALE Shares of Beneficial Interest','NORTH CAPITAL PRIVATE SECURITIES CORPORATION',NULL,NULL,NULL,NULL,NULL,'2025-12-15',NULL,7,NULL,NULL,27,NULL,'2026-12-01T22:42:53.070Z');
INSERT INTO otc_raw VALUES('2025-11-14','OTC','4f037377a8b3e763323b14a79ca31b17','AHANS','PPEX',885,55,167,'ARRIVED HOMES LLC MEMBERSHIP INT SER ABERNANT Shares of Beneficial Interest','NORTH CAPITAL PRIVATE SECURITIES CORPORATION',NULL,NULL,NULL,NULL,NULL,'2025-12-15',NULL,7,NULL,NULL,27,NULL,'2026-12-01T22:42:53.070Z');
INSERT INTO otc_raw VALUES('2025-11-14','OTC','22b24ea9c34c7d896641e638431f3cdb','AHARS','PPEX',1895,87,168,'ARRIVED HOMES 3 LLC MEMBERSHIP INT SER ARAMIS','NORTH CAPITAL PRIVATE SECURITIES CORPORATION',NULL,NULL,NULL,NULL,NULL,'2025-12-15',NULL,7,NULL,NULL,27,NULL,'2026-12-01T22:42:53.070Z');
INSERT INTO otc_raw VALUES('2025-11-14','OTC','b7b19567c8838e8a42669cfa259ca317','AHATS','PPEX',1205,92,169,'ARRIVED HOMES 3 LLC MEMBERSHIP INT SER ATHOS','NORTH CAPITAL PRIVATE SECURITIES CORPORATION',NULL,NULL,NULL,NULL,NULL,'2025-12-15',NULL,7,NULL,NULL,27,NULL,'2026-12-01T22:42:53.070Z');
INSERT INTO otc_raw VALUES('2025-11-14','OTC','c002cfd7f9c5b5a8cdf469dcdff760da','AHBCS','PPEX',1028,95,170,'ARRIVED HOMES 3 LLC MEMBERSHIP INT SER BARCLAY','NORTH CAPITAL PRIVATE SECURITIES CORPORATION',NULL,NULL,NULL,NULL,NULL,'2025-12-15',NULL,7,NULL,NULL,27,NULL,'2026-12-01T22:42:53.070Z');
INSERT INTO otc_raw VALUES('2025-11-14','OTC','42ca2bfea02090e738ebfbfc42edf179','AHBFS','PPEX',3027,63,171,'ARRIVED HOMES 3 LLC MEMBERSHIP INT SER BRADFORD Shares of Beneficial Interest','NORTH CAPITAL PRIVATE SECURITIES CORPORATION',NULL,NULL,NULL,NULL,NULL,'2025-12-15',NULL,7,NULL,NULL,27,NULL,'2026-12-01T22:42:53.070Z');
INSERT INTO otc_raw VALUES('2025-11-14','OTC','8268b060366c69a4e4a2db16388deafa','AHBXS','PPEX',230,23,172,'ARRIVED HOMES 3 LLC MEMBERSHIP INT SER BOXWOOD Shares of Beneficial Interest','NORTH CAPITAL PRIVATE SECURITIES CORPORATION',NULL,NULL,NULL,NULL,NULL,'2025-12-15',NULL,7,NULL,NULL,27,NULL,'2026-12-01T22:42:53.070Z');
INSERT INTO otc_raw VALUES('2025-11-14','OTC','dcecbc8f7ab9805f309237f63a28f1e4','AHCHY','ARCA',7510,65,173,'Anhui Conch Cement Unsponsored ADR representing Shares -H- (China)','GLOBAL OTC',NULL,NULL,NULL,NULL,NULL,'2025-12-15',NULL,7,NULL,NULL,27,NULL,'2026-12-01T22:42:53.070Z');
INSERT INTO otc_raw VALUES('2025-11-14','OTC','3c86ac669ff1e486dc6121077c99054e','AHCHY','OTCN',1100,11,174,'Anhui Conch Cement Unsponsored ADR representing Shares -H- (China)','OTC LINK NQB IDQS',NULL,NULL,NULL,NULL,NULL,'2025-12-15',NULL,7,NULL,NULL,27,NULL,'2026-12-01T22:42:53.070Z');
INSERT INTO otc_raw VALUES('2025-11-14','OTC','f6328df67c8837f4d9960259d1b9b2e3','AHCHY','OTCX',900,9,175,'Anhui Conch Cement Unsponsored ADR representing Shares -H- (China)','OTC LINK ECN ATS',NULL,NULL,NULL,NULL,NULL,'2025-12-15',NULL,7,NULL,NULL,27,NULL,'2026-12-01T22:42:53.070Z');
INSERT INTO otc_raw VALUES('2025-11-14','OTC','44af6e317d7dc724e59bc27c499b618a','AHCMS','PPEX',924,56,176,'ARRIVED HOMES 4 LLC MEMBERSHIP INT SER COMMODORE Shares of Beneficial Interest','NORTH CAPITAL PRIVATE SECURITIES CORPORATION',NULL,NULL,NULL,NULL,NULL,'2025-12-15',NULL,7,NULL,NULL,27,NULL,'2026-12-01T22:42:53.070Z');
INSERT INTO otc_raw VALUES('2025-11-14','OTC','44c0cf7c3fda6e10069b2a40d3682cf2','AHEIS','PPEX',645,72,177,'ARRIVED HOMES 3 LLC MEMBERSHIP INT SER ELLIE Shares of Beneficial Interest','NORTH CAPITAL PRIVATE SECURITIES CORPORATION',NULL,NULL,NULL,NULL,NULL,'2025-12-15',NULL,7,NULL,NULL,27,NULL,'2026-12-01T22:42:53.070Z');
INSERT INTO otc_raw VALUES('2025-11-14','OTC','57ba61535cd1ceed5dbdfacee22856a2','AHEWS','PPEX',910,76,178,'ARRIVED HOMES LLC MEMBERSHIP INT SER EASTWOOD Shares of Beneficial Interest','NORTH CAPITAL PRIVATE SECURITIES CORPORATION',NULL,NULL,NULL,NULL,NULL,'2025-12-15',NULL,7,NULL,NULL,27,NULL,'2026-12-01T22:42:53.070Z');
INSERT INTO otc_raw VALUES('2025-11-14','OTC','851c971b9873bbde604bbfbb26492297','AHEXY','ARCA',6814,78,179,'Adecco Group AG American Depositary Receipts - Unsponsored','GLOBAL OTC',NULL,NULL,NULL,NULL,NULL,'2025-12-15',NULL,7,NULL,NULL,27,NULL,'2026-12-01T22:42:53.070Z');
INSERT INTO otc_raw VALUES('2025-11-14','OTC','03b6f5aed2c3dbf4e01cfed731096a2a','AHEXY','OTCN',1740,10,180,'Adecco Group AG American Depositary Receipts - Unsponsored','OTC LINK NQB IDQS',NULL,NULL,NULL,NULL,NULL,'2025-12-15',NULL,7,NULL,NULL,27,NULL,'2026-12-01T22:42:53.070Z');
INSERT INTO otc_raw VALUES('2025-11-14','OTC','c903cea53c6bb0ea699d26cc0711c211','AHEXY','OTCX',2141,43,181,'Adecco Group AG American Depositary Receipts - Unsponsored','OTC LINK ECN ATS',NULL,NULL,NULL,NULL,NULL,'2025-12-15',NULL,7,NULL,NULL,27,NULL,'2026-12-01T22:42:53.070Z');
INSERT INTO otc_raw VALUES('2025-11-14','OTC','e13ff5bc1235ab0f548f2de1f6449d04','AHFXS','PPEX',892,63,182,'ARRIVED HOMES LLC MEMBERSHIP INT SER FELIX Shares of Beneficial Interest','NORTH CAPITAL PRIVATE SECURITIES CORPORATION',NULL,NULL,NULL,NULL,NULL,'2025-12-15',NULL,7,NULL,NULL,27,NULL,'2026-12-01T22:42:53.070Z');
INSERT INTO otc_raw VALUES('2025-11-14','OTC','df7d02197d9d8c7c11a86763b84bc571','AHGLS','PPEX',812,51,183,'ARRIVED HOMES 3 LLC MEMBERSHIP INT SER GLENNCREST','NORTH CAPITAL PRIVATE SECURITIES CORPORATION',NULL,NULL,NULL,NULL,NULL,'2025-12-15',NULL,7,NULL,NULL,27,NULL,'2026-12-01T22:42:53.070Z');
INSERT INTO otc_raw VALUES('2025-11-14','OTC','ca6ea17d3925c5d70da4302b8114ffd6','AHGNS','PPEX',1973,98,184,'ARRIVED HOMES LLC MEMBERSHIP INT SER GEN Shares of Beneficial Interest','NORTH CAPITAL PRIVATE SECURITIES CORPORATION',NULL,NULL,NULL,NULL,NULL,'2025-12-15',NULL,7,NULL,NULL,27,NULL,'2026-12-01T22:42:53.070Z');
INSERT INTO otc_raw VALUES('2025-11-14','OTC','085f5e03fa4711d48fd3886b605a51af','AHHMS','PPEX',369,38,185,'ARRIVED HOMES 5 LLC MEMBERSHIP INT SER CLARK','NORTH CAPITAL PRIVATE SECURITIES CORPORATION',NULL,NULL,NULL,NULL,NULL,'2025-12-15',NULL,7,NULL,NULL,27,NULL,'2026-12-01T22:42:53.070Z');
INSERT INTO otc_raw VALUES('2025-11-14','OTC','880948daa6345f2d3d0613406d736efc','AHHOS','PPEX',212,20,186,'ARRIVED HOMES 4 LLC MEMBERSHIP INT SER HOLLY Shares of Beneficial Interest','NORTH CAPITAL PRIVATE SECURITIES CORPORATION',NULL,NULL,NULL,NULL,NULL,'2025-12-15',NULL,7,NULL,NULL,27,NULL,'2026-12-01T22:42:53.070Z');
INSERT INTO otc_raw VALUES('2025-11-14','OTC','b2e1d60b258dd8218f870fe9b1905484','AHHYS','PPEX',1651,106,187,'ARRIVED HOMES 3 LLC MEMBERSHIP INT SER HAYBRIDGE','NORTH CAPITAL PRIVATE SECURITIES CORPORATION',NULL,NULL,NULL,NULL,NULL,'2025-12-15',NULL,7,NULL,NULL,27,NULL,'2026-12-01T22:42:53.070Z');
INSERT INTO otc_raw VALUES('2025-11-14','OTC','a483df60ee661d76fdf0d121bbba37a2','AHJHS','PPEX',934,62,188,'ARRIVED HOMES 3 LLC MEMBERSHIP INT SER JOHNSON Shares of Beneficial Interest','NORTH CAPITAL PRIVATE SECURITIES CORPORATION',NULL,NULL,NULL,NULL,NULL,'2025-12-15',NULL,7,NULL,NULL,27,NULL,'2026-12-01T22:42:53.070Z');
INSERT INTO otc_raw VALUES('2025-11-14','OTC','cf56d45be3f323b760c509001c3398c0','AHKSY','ARCA',1853,9,189,'Asahi Kaisai Corporation American Depositary Shares','GLOBAL OTC',NULL,NULL,NULL,NULL,NULL,'2025-12-15',NULL,7,NULL,NULL,27,NULL,'2026-12-01T22:42:53.070Z');
INSERT INTO otc_raw VALUES('2025-11-14','OTC','288a98613e4ea37f6328bec24373e8d0','AHKSY','OTCN',629,8,190,'Asahi Kaisai Corporation American Depositary Shares','OTC LINK NQB IDQS',NULL,NULL,NULL,NULL,NULL,'2025-12-15',NULL,7,NULL,NULL,27,NULL,'2026-12-01T22:42:53.070Z');
INSERT INTO otc_raw VALUES('2025-11-14','OTC','82c0146e61c50bd5610b5c1a13451da3','AHKSY','OTCX',94,1,191,'Asahi Kaisai Corporation American Depositary Shares','OTC LINK ECN ATS',NULL,NULL,NULL,NULL,NULL,'2025-12-15',NULL,7,NULL,NULL,27,NULL,'2026-12-01T22:42:53.070Z');
INSERT INTO otc_raw VALUES('2025-11-14','OTC','7d6a1600b0373c842f8e9c76dd9fb2af','AHKYS','PPEX',1000,61,192,'ARRIVED HOMES 3 LLC MEMBERSHIP INT SER KEYSTONE Shares of Beneficial Interest','NORTH CAPITAL PRIVATE SECURITIES CORPORATION',NULL,NULL,NULL,NULL,NULL,'2025-12-15',NULL,7,NULL,NULL,27,NULL,'2026-12-01T22:42:53.070Z');
INSERT INTO otc_raw VALUES('2025-11-14','OTC','5ff2c57a8cb57e980393a71374313e20','AHLAS','PPEX',2,1,193,'RSE ARCHIVE LLC MEMBERSHIP INT SER - HONUS T206 HONUS WAGNER CARD','NORTH CAPITAL PRIVATE SECURITIES CORPORATION',NULL,NULL,NULL,NULL,NULL,'2025-12-15',NULL,7,NULL,NULL,27,NULL,'2026-12-01T22:42:53.070Z');
INSERT INTO otc_raw VALUES('2025-11-14','OTC','59c7f808b0e35290098407eb67c01e47','AHLCS','PPEX',5,1,194,'RSE ARCHIVE LLC MEMBERSHIP INT SER - 39TEDWILL 1939 PLAY BALL TED WILLIAMS (CARD)','NORTH CAPITAL PRIVATE SECURITIES CORPORATION',NULL,NULL,NULL,NULL,NULL,'2025-12-15',NULL,7,NULL,NULL,27,NULL,'2026-12-01T22:42:53.070Z');
INSERT INTO otc_raw VALUES('2025-11-14','OTC','43b3e49a21caecc38aac146405a81226','AHLES','PPEX',6,1,195,'RSE ARCHIVE LLC MEMBERSHIP INT SER - 09TROUT2 2009 MIKE TROUT XFRACTOR CARD','NORTH CAPITAL PRIVATE SECURITIES CORPORATION',NULL,NULL,NULL,NULL,NULL,'2025-12-15',NULL,7,NULL,NULL,27,NULL,'2026-12-01T22:42:53.070Z');
INSERT INTO otc_raw VALUES('2025-11-14','OTC','b55304b7befdd016e2703024c8a564d2','AHLFS','PPEX',20,4,196,'RSE ARCHIVE LLC MEMBERSHIP INT SER - 91JORDAN 1991 JORDAN GAME WORN UNIFORM','NORTH CAPITAL PRIVATE SECURITIES CORPORATION',NULL,NULL,NULL,NULL,NULL,'2025-12-15',NULL,7,NULL,NULL,27,NULL,'2026-12-01T22:42:53.070Z');
INSERT INTO otc_raw VALUES('2025-11-14','OTC','10c940da3b4456234ac5887ea421ca95','AHLGS','PPEX',10,2,197,'RSE ARCHIVE LLC MEMBERSHIP INT SER - DOMNOS 1990 ROLEX DOMINOS AIR-KING','NORTH CAPITAL PRIVATE SECURITIES CORPORATION',NULL,NULL,NULL,NULL,NULL,'2025-12-15',NULL,7,NULL,NULL,27,NULL,'2026-12-01T22:42:53.070Z');
INSERT INTO otc_raw VALUES('2025-11-14','OTC','7dd361febbd7469b7d9bb84840cd6d92','AHLJS','PPEX',3,2,198,'RSE ARCHIVE LLC MEMBERSHIP INT SER - 13GIANNIS 2013 PANINI GIANNIS (ANTETOKOUNMPO CARD)','NORTH CAPITAL PRIVATE SECURITIES CORPORATION',NULL,NULL,NULL,NULL,NULL,'2025-12-15',NULL,7,NULL,NULL,27,NULL,'2026-12-01T22:42:53.070Z');
INSERT INTO otc_raw VALUES('2025-11-14','OTC','80bd8a4b6c42720e93ab0f118101cd27','AHLNS','PPEX',1,1,199,'RSE ARCHIVE LLC MEMEBERSHIP INT SER - 07DURANT 2007 TOPPS KEVIN DURANT (ROOKIE CARD)','NORTH CAPITAL PRIVATE SECURITIES CORPORATION',NULL,NULL,NULL,NULL,NULL,'2025-12-15',NULL,7,NULL,NULL,27,NULL,'2026-12-01T22:42:53.070Z');
INSERT INTO otc_raw VALUES('2025-11-14','OTC','f47e460e6924fc0d88109f26e6c9f1c6','AHLSS','PPEX',80,2,200,'RSE ARCHIVE LLC MEMBERSHIP INT SER - 1986 TOPPS BARRY BDS ROOKIE (CARD)','NORTH CAPITAL PRIVATE SECURITIES CORPORATION',NULL,NULL,NULL,NULL,NULL,'2025-12-15',NULL,7,NULL,NULL,27,NULL,'2026-12-01T22:42:53.070Z');
INSERT INTO otc_raw VALUES('2025-11-14','OTC','4af696053cdd69a190931ad7ce436fbb','AHLUS','PPEX',102,2,201,'RSE ARCHIVE LLC MEMBERSHIP INT SER - 1941 DETECTIVE COMICS #58','NORTH CAPITAL PRIVATE SECURITIES CORPORATION',NULL,NULL,NULL,NULL,NULL,'2025-12-15',NULL,7,NULL,NULL,27,NULL,'2026-12-01T22:42:53.070Z');
INSERT INTO otc_raw VALUES('2025-11-14','OTC','b91df872ccff7438e6492704ac3e691e','AHLVS','PPEX',1417,76,202,'ARRIVED HOMES LLC MEMBERSHIP INT SER ALVIN Shares of Beneficial Interest','NORTH CAPITAL PRIVATE SECURITIES CORPORATION',NULL,NULL,NULL,NULL,NULL,'2025-12-15',NULL,7,NULL,NULL,27,NULL,'2026-12-01T22:42:53.070Z');
INSERT INTO otc_raw VALUES('2025-11-14','OTC','2ca0cbbf1a399d17515b2db1f4a2e4be','AHLXS','PPEX',395,41,203,'ARRIVED HOMES 3 LLC MEMBERSHIP INT SER LIBERTY SHARES OF BENEFICIAL INTEREST','NORTH CAPITAL PRIVATE SECURITIES CORPORATION',NULL,NULL,NULL,NULL,NULL,'2025-12-15',NULL,7,NULL,NULL,27,NULL,'2026-12-01T22:42:53.070Z');
INSERT INTO otc_raw VALUES('2025-11-14','OTC','1e9a6e6c54cb517739bb123cda2ca596','AHMCS','PPEX',776,48,204,'ARRIVED HOMES 3 LLC MEMBERSHIP INT SER MARCY SHARES OF BENEFICIAL INTEREST','NORTH CAPITAL PRIVATE SECURITIES CORPORATION',NULL,NULL,NULL,NULL,NULL,'2025-12-15',NULL,7,NULL,NULL,27,NULL,'2026-12-01T22:42:53.070Z');
INSERT INTO otc_raw VALUES('2025-11-14','OTC','8b742640f7094219325ca78566db99b8','AHNBS','PPEX',1435,73,205,'ARRIVED HOMES 3 LLC MEMBERSHIP INT SER NORTHBROOK Shares of Beneficial Interest','NORTH CAPITAL PRIVATE SECURITIES CORPORATION',NULL,NULL,NULL,NULL,NULL,'2025-12-15',NULL,7,NULL,NULL,27,NULL,'2026-12-01T22:42:53.070Z');
INSERT INTO otc_raw VALUES('2025-11-14','OTC','245345e363a1c449d90d02ba3c2729b9','AHNRF','OTCN',57696,16,206,'Athena Gold Corporation Common Stock','OTC LINK NQB IDQS',NULL,NULL,NULL,NULL,NULL,'2025-12-15',NULL,7,NULL,NULL,27,NULL,'2026-12-01T22:42:53.070Z');
INSERT INTO otc_raw VALUES('2025-11-14','OTC','f1c4888762c9afb109062e887fbb6572','AHNTS','PPEX',525,49,207,'ARRIVED HOMES 3 LLC MEMBERSHIP INT SER NORTHRIDGE Shares of Beneficial Interest','NORTH CAPITAL PRIVATE SECURITIES CORPORATION',NULL,NULL,NULL,NULL,NULL,'2025-12-15',NULL,7,NULL,NULL,27,NULL,'2026-12-01T22:42:53.070Z');
INSERT INTO otc_raw VALUES('2025-11-14','OTC','d44b58b42e12a66f0a557ea1943e4928','AHOBS','PPEX',991,77,208,'ARRIVED HOMES LLC MEMBERSHIP INT SER HOBBES','NORTH CAPITAL PRIVATE SECURITIES CORPORATION',NULL,NULL,NULL,NULL,NULL,'2025-12-15',NULL,7,NULL,NULL,27,NULL,'2026-12-01T22:42:53.070Z');
INSERT INTO otc_raw VALUES('2025-11-14','OTC','1cbf2c0dc7a02c5494ed3320447a5b95','AHOMS','PPEX',321,37,209,'ARRIVED HOMES 3 LLC MEMBERSHIP INT SER BAYNE','NORTH CAPITAL PRIVATE SECURITIES CORPORATION',NULL,NULL,NULL,NULL,NULL,'2025-12-15',NULL,7,NULL,NULL,27,NULL,'2026-12-01T22:42:53.070Z');
INSERT INTO otc_raw VALUES('2025-11-14','OTC','f0d5f9193f5f873e9d7ed28c0269cf68','AHPHS','PPEX',256,34,210,'ARRIVED HOMES 3 LLC MEMBERSHIP INT SER PHOEBE Shares of Beneficial Interest','NORTH CAPITAL PRIVATE SECURITIES CORPORATION',NULL,NULL,NULL,NULL,NULL,'2025-12-15',NULL,7,NULL,NULL,27,NULL,'2026-12-01T22:42:53.070Z');
INSERT INTO otc_raw VALUES('2025-11-14','OTC','22b0d55c1ddf3d08c473e5376a4d184f','AHPMS','PPEX',4171,140,211,'ARRIVED HOMES LLC MEMBERSHIP INT SER PALMER','NORTH CAPITAL PRIVATE SECURITIES CORPORATION',NULL,NULL,NULL,NULL,NULL,'2025-12-15',NULL,7,NULL,NULL,27,NULL,'2026-12-01T22:42:53.070Z');
INSERT INTO otc_raw VALUES('2025-11-14','OTC','b6936d08686d23c522941f3ca1bad4df','AHPSS','PPEX',2220,96,212,'ARRIVED HOMES 3 LLC MEMBERSHIP INT SER PEBBLESTONE Shares of Beneficial Interest','NORTH CAPITAL PRIVATE SECURITIES CORPORATION',NULL,NULL,NULL,NULL,NULL,'2025-12-15',NULL,7,NULL,NULL,27,NULL,'2026-12-01T22:42:53.070Z');
INSERT INTO otc_raw VALUES('2025-11-14','OTC','f22de20a3392d1f1b1d4105b1ed20302','AHRFS','PPEX',722,60,213,'ARRIVED HOMES 3 LLC MEMBERSHIP INT SER RATLIFF Shares of Beneficial Interest','NORTH CAPITAL PRIVATE SECURITIES CORPORATION',NULL,NULL,NULL,NULL,NULL,'2025-12-15',NULL,7,NULL,NULL,27,NULL,'2026-12-01T22:42:53.070Z');
INSERT INTO otc_raw VALUES('2025-11-14','OTC','647f1e590f44da1648fdf762cdade108','AHRKS','PPEX',1015,93,214,'ARRIVED HOMES 3 LLC MEMBERSHIP INT SER ROANOKE Shares of Beneficial Interest','NORTH CAPITAL PRIVATE SECURITIES CORPORATION',NULL,NULL,NULL,NULL,NULL,'2025-12-15',NULL,7,NULL,NULL,27,NULL,'2026-12-01T22:42:53.070Z');
INSERT INTO otc_raw VALUES('2025-11-14','OTC','6d513f07fec69d127e715894774618df','AHRWS','PPEX',1369,71,215,'ARRIVED HOMES 3 LLC MEMBERSHIP INT SER REDWOOD Shares of Beneficial Interest','NORTH CAPITAL PRIVATE SECURITIES CORPORATION',NULL,NULL,NULL,NULL,NULL,'2025-12-15',NULL,7,NULL,NULL,27,NULL,'2026-12-01T22:42:53.070Z');
INSERT INTO otc_raw VALUES('2025-11-14','OTC','034257d03c6750c1b14a6d29a4826a62','AHSMS','PPEX',863,52,216,'ARRIVED HOMES LLC MEMBERSHIP INT SER BERGENIA','NORTH CAPITAL PRIVATE SECURITIES CORPORATION',NULL,NULL,NULL,NULL,NULL,'2025-12-15',NULL,7,NULL,NULL,27,NULL,'2026-12-01T22:42:53.070Z');
INSERT INTO otc_raw VALUES('2025-11-14','OTC','2d2d42ad146ed125a44960d9705c71b9','AHSOS','PPEX',475,47,217,'ARRIVED HOMES LLC MEMBERSHIP INT SER BRIARWOOD','NORTH CAPITAL PRIVATE SECURITIES CORPORATION',NULL,NULL,NULL,NULL,NULL,'2025-12-15',NULL,7,NULL,NULL,27,NULL,'2026-12-01T22:42:53.070Z');
INSERT INTO otc_raw VALUES('2025-11-14','OTC','6bb6b04c7a11ae93bc96322041dfda7b','AHSQS','PPEX',976,66,218,'ARRIVED HOMES LLC MEMBERSHIP INT SER CALVIN','NORTH CAPITAL PRIVATE SECURITIES CORPORATION',NULL,NULL,NULL,NULL,NULL,'2025-12-15',NULL,7,NULL,NULL,27,NULL,'2026-12-01T22:42:53.070Z');
INSERT INTO otc_raw VALUES('2025-11-14','OTC','00fc16ed056b4d1b68e7ece99b020cfb','AHSSS','PPEX',983,56,219,'ARRIVED HOMES 3 LLC MEMBERSHIP INT SER SANSA Shares of Beneficial Interest','NORTH CAPITAL PRIVATE SECURITIES CORPORATION',NULL,NULL,NULL,NULL,NULL,'2025-12-15',NULL,7,NULL,NULL,27,NULL,'2026-12-01T22:42:53.070Z');
INSERT INTO otc_raw VALUES('2025-11-14','OTC','846e067ec0d054bebe6efcf055b0de8e','AHSVS','PPEX',1683,112,220,'ARRIVED HOMES LLC MEMBERSHIP INT SER CHINOOK','NORTH CAPITAL PRIVATE SECURITIES CORPORATION',NULL,NULL,NULL,NULL,NULL,'2025-12-15',NULL,7,NULL,NULL,27,NULL,'2026-12-01T22:42:53.070Z');
INSERT INTO otc_raw VALUES('2025-11-14','OTC','02ff1e113d6c7f755151d28b6c65f743','AHTYS','PPEX',970,68,221,'ARRIVED HOMES 3 LLC MEMBERSHIP INT SER TYTUS SHARES OF BENEFICIAL INTEREST','NORTH CAPITAL PRIVATE SECURITIES CORPORATION',NULL,NULL,NULL,NULL,NULL,'2025-12-15',NULL,7,NULL,NULL,27,NULL,'2026-12-01T22:42:53.070Z');
INSERT INTO otc_raw VALUES('2025-11-14','OTC','3bd245390a9df0c1be8c3b4a9450b5c0','AHVAS','PPEX',5,1,222,'RSE ARCHIVE LLC MEMBERSHIP INT SER - 09COBB 1909-11 T206 TY COBB CARD','NORTH CAPITAL PRIVATE SECURITIES CORPORATION',NULL,NULL,NULL,NULL,NULL,'2025-12-15',NULL,7,NULL,NULL,27,NULL,'2026-12-01T22:42:53.070Z');
INSERT INTO otc_raw VALUES('2025-11-14','OTC','238a5d97f6f03eb85eaa004786c7358a','AHWHS','PPEX',1002,61,223,'ARRIVED HOMES 3 LLC MEMBERSHIP INT SER WYNDHURST Shares of Beneficial Interest','NORTH CAPITAL PRIVATE SECURITIES CORPORATION',NULL,NULL,NULL,NULL,NULL,'2025-12-15',NULL,7,NULL,NULL,27,NULL,'2026-12-01T22:42:53.070Z');
INSERT INTO otc_raw VALUES('2025-11-14','OTC','7e13864ceb7169a4b41bb4abe55961d8','AIBGY','ARCA',21215,276,224,'AIB Group plc American Depositary Receipts - Unsponsored (Ireland)','GLOBAL OTC',NULL,NULL,NULL,NULL,NULL,'2025-12-15',NULL,7,NULL,NULL,27,NULL,'2026-12-01T22:42:53.070Z');
INSERT INTO otc_raw VALUES('2025-11-14','OTC','e130d1edacde02daf4847e5c54cded93','AIBGY','OTCN',20976,104,225,'AIB Group plc American Depositary Receipts - Unsponsored (Ireland)','OTC LINK NQB IDQS',NULL,NULL,NULL,NULL,NULL,'2025-12-15',NULL,7,NULL,NULL,27,NULL,'2026-12-01T22:42:53.070Z');
INSERT INTO otc_raw VALUES('2025-11-14','OTC','bfc8a290365a3cb6bdae129258e75ce0','AIBGY','OTCX',16096,266,226,'AIB Group plc American Depositary Receipts - Unsponsored (Ireland)','OTC LINK ECN ATS',NULL,NULL,NULL,NULL,NULL,'2025-12-15',NULL,7,NULL,NULL,27,NULL,'2026-12-01T22:42:53.070Z');
INSERT INTO otc_raw VALUES('2025-11-14','OTC','49aa1ca6c51fa3439de285db4024710d','AIBT','OTCN',173008,2,227,'Aibotics Inc. Common Stock','OTC LINK NQB IDQS',NULL,NULL,NULL,NULL,NULL,'2025-12-15',NULL,7,NULL,NULL,27,NULL,'2026-12-01T22:42:53.070Z');
INSERT INTO otc_raw VALUES('2025-11-14','OTC','19c66b489689aaf211d1b792dec39324','AIJTY','OTCN',2350,2,228,'JIANPU TECHNOLOGY INC ADR NEW - Sponsored (Cayman)','OTC LINK NQB IDQS',NULL,NULL,NULL,NULL,NULL,'2025-12-15',NULL,7,NULL,NULL,27,NULL,'2026-12-01T22:42:53.070Z');
INSERT INTO otc_raw VALUES('2025-11-14','OTC','9e6ddf6924c86cccd363d6c8b883f1c7','AIMFF','ARCA',600,2,229,'Aimia, Inc.  Common Shares (Canada)','GLOBAL OTC',NULL,NULL,NULL,NULL,NULL,'2025-12-15',NULL,7,NULL,NULL,27,NULL,'2026-12-01T22:42:53.070Z');
INSERT INTO otc_raw VALUES('2025-11-14','OTC','c32a5d156e5eca85b7e4322a7984da03','AIMFF','OTCN',900,2,230,'Aimia, Inc.  Common Shares (Canada)','OTC LINK NQB IDQS',NULL,NULL,NULL,NULL,NULL,'2025-12-15',NULL,7,NULL,NULL,27,NULL,'2026-12-01T22:42:53.070Z');
INSERT INTO otc_raw VALUES('2025-11-14','OTC','3c1272f0b789a5f09d5140d6cc6b7ef5','AIMLF','OTCN',260600,9,231,'AI / ML Innovations Inc. Ordinary Shares','OTC LINK NQB IDQS',NULL,NULL,NULL,NULL,NULL,'2025-12-15',NULL,7,NULL,NULL,27,NULL,'2026-12-01T22:42:53.070Z');
INSERT INTO otc_raw VALUES('2025-11-14','OTC','bd224b7a1dd4b48df766f6007aec023a','AINMF','ARCA',2200,1,232,'NETRAMARK HLDGS INC Common Stock','GLOBAL OTC',NULL,NULL,NULL,NULL,NULL,'2025-12-15',NULL,7,NULL,NULL,27,NULL,'2026-12-01T22:42:53.070Z');
INSERT INTO otc_raw VALUES('2025-11-14','OTC','63863c46d11cd1cfa990009ac7a51431','AIPUY','OTCN',100,1,233,'Airports of Thailand Public Co Ltd Unsponsored ADR (Thailand)','OTC LINK NQB IDQS',NULL,NULL,NULL,NULL,NULL,'2025-12-15',NULL,7,NULL,NULL,27,NULL,'2026-12-01T22:42:53.070Z');
INSERT INTO otc_raw VALUES('2025-11-14','OTC','ebaf8fe683c5f2674b3f948a938db64b','AIQUY','ARCA',131065,966,234,'L''Air Liquide Ord American Depositary Shares','GLOBAL OTC',NULL,NULL,NULL,NULL,NULL,'2025-12-15',NULL,7,NULL,NULL,27,NULL,'2026-12-01T22:42:53.070Z');
INSERT INTO otc_raw VALUES('2025-11-14','OTC','e8cc3854a1c04d5a42fc14a11ed41d28','AIQUY','OTCN',21965,119,235,'L''Air Liquide Ord American Depositary Shares','OTC LINK NQB IDQS',NULL,NULL,NULL,NULL,NULL,'2025-12-15',NULL,7,NULL,NULL,27,NULL,'2026-12-01T22:42:53.070Z');
INSERT INTO otc_raw VALUES('2025-11-14','OTC','50a68f2b98a9eb6798659c5e6e27ea53','AIQUY','OTCX',20894,143,236,'L''Air Liquide Ord American Depositary Shares','OTC LINK ECN ATS',NULL,NULL,NULL,NULL,NULL,'2025-12-15',NULL,7,NULL,NULL,27,NULL,'2026-12-01T22:42:53.070Z');
INSERT INTO otc_raw VALUES('2025-11-14','OTC','d3c5478d2d6150168930525026ee1b36','AIRDF','OTCN',38000,11,237,'ROCKET DOCTOR AI INC Common Stock','OTC LINK NQB IDQS',NULL,NULL,NULL,NULL,NULL,'2025-12-15',NULL,7,NULL,NULL,27,NULL,'2026-12-01T22:42:53.070Z');
INSERT INTO otc_raw VALUES('2025-11-14','OTC','2c6951995ff7780d6a0a3845c564f378','AIRRF','OTCN',8272,7,238,'Aurion Resources, Ltd. Ordinary Shares (Canada)','OTC LINK NQB IDQS',NULL,NULL,NULL,NULL,NULL,'2025-12-15',NULL,7,NULL,NULL,27,NULL,'2026-12-01T22:42:53.070Z');
INSERT INTO otc_raw VALUES('2025-11-14','OTC','0e7e8284e6fc8f82bf4a934109486253','AITX','OTCN',48244979,192,239,'ARTIFICIAL INTELLIGENCE TECHNOLOGY SOLUTIONS INC. Common Stock','OTC LINK NQB IDQS',NULL,NULL,NULL,NULL,NULL,'2025-12-15',NULL,7,NULL,NULL,27,NULL,'2026-12-01T22:42:53.070Z');
INSERT INTO otc_raw VALUES('2025-11-14','OTC','c6186fd34e0cc2116acf21ded6396682','AITX','OTCX',11958670,54,240,'ARTIFICIAL INTELLIGENCE TECHNOLOGY SOLUTIONS INC. Common Stock','OTC LINK ECN ATS',NULL,NULL,NULL,NULL,NULL,'2025-12-15',NULL,7,NULL,NULL,27,NULL,'2026-12-01T22:42:53.070Z');
INSERT INTO otc_raw VALUES('2025-11-14','OTC','b42e97be013a4f73b636ca6bcf3b5316','AJINY','ARCA',10201,60,241,'AJINOMOTO CO INC ADR - Unsponsored (Japan)','GLOBAL OTC',NULL,NULL,NULL,NULL,NULL,'2025-12-15',NULL,7,NULL,NULL,27,NULL,'2026-12-01T22:42:53.070Z');
INSERT INTO otc_raw VALUES('2025-11-14','OTC','daea9d44c0ddf8c4bb281c649d1ec7be','AJINY','OTCN',2230,21,242,'AJINOMOTO CO INC ADR - Unsponsored (Japan)','OTC LINK NQB IDQS',NULL,NULL,NULL,NULL,NULL,'2025-12-15',NULL,7,NULL,NULL,27,NULL,'2026-12-01T22:42:53.070Z');
INSERT INTO otc_raw VALUES('2025-11-14','OTC','61063796eb8b62e9e36ede4d5efb2ed4','AJINY','OTCX',8808,75,243,'AJINOMOTO CO INC ADR - Unsponsored (Japan)','OTC LINK ECN ATS',NULL,NULL,NULL,NULL,NULL,'2025-12-15',NULL,7,NULL,NULL,27,NULL,'2026-12-01T22:42:53.070Z');
INSERT INTO otc_raw VALUES('2025-11-14','OTC','4fa8e853e7645ec3c7c6cb0e0dafe2ac','AKBTY','OTCN',702,4,244,'Akbank Turk Anonim Sirketi ADR (Turkey)','OTC LINK NQB IDQS',NULL,NULL,NULL,NULL,NULL,'2025-12-15',NULL,7,NULL,NULL,27,NULL,'2026-12-01T22:42:53.070Z');
INSERT INTO otc_raw VALUES('2025-11-14','OTC','708ce9e921b3a0c961b9317e025caed8','AKEMF','OTCN',93061,7,245,'ALASKA ENERGY METALS CORP Common Shares','OTC LINK NQB IDQS',NULL,NULL,NULL,NULL,NULL,'2025-12-15',NULL,7,NULL,NULL,27,NULL,'2026-12-01T22:42:53.070Z');
INSERT INTO otc_raw VALUES('2025-11-14','OTC','30297e21b77df3494bdfd8d915c69689','AKEMF','OTCX',2148,2,246,'ALASKA ENERGY METALS CORP Common Shares','OTC LINK ECN ATS',NULL,NULL,NULL,NULL,NULL,'2025-12-15',NULL,7,NULL,NULL,27,NULL,'2026-12-01T22:42:53.070Z');
INSERT INTO otc_raw VALUES('2025-11-14','OTC','6773e331b19036ec656a16227ff2780b','AKGSS','PPEX',1,1,247,'ARK7 PPTYS PLUS LLC Membership Interests Series #ORHOF','NORTH CAPITAL PRIVATE SECURITIES CORPORATION',NULL,NULL,NULL,NULL,NULL,'2025-12-15',NULL,7,NULL,NULL,27,NULL,'2026-12-01T22:42:53.070Z');
INSERT INTO otc_raw VALUES('2025-11-14','OTC','013e10aa0d3e6a6a5411e6a0a42d3b7b','AKOJS','PPEX',15,4,248,'ARK7 PPTYS PLUS LLC  MEMBERSHIP INT SER - #OJXLW Shares of Beneficial Interest','NORTH CAPITAL PRIVATE SECURITIES CORPORATION',NULL,NULL,NULL,NULL,NULL,'2025-12-15',NULL,7,NULL,NULL,27,NULL,'2026-12-01T22:42:53.070Z');
INSERT INTO otc_raw VALUES('2025-11-14','OTC','67ba95557849c544caa5adf194e1955f','AKPJS','PPEX',55,16,249,'ARK7 PPTYS PLUS LLC MEMBERSHIP INT SER - #JTDXY','NORTH CAPITAL PRIVATE SECURITIES CORPORATION',NULL,NULL,NULL,NULL,NULL,'2025-12-15',NULL,7,NULL,NULL,27,NULL,'2026-12-01T22:42:53.070Z');
INSERT INTO otc_raw VALUES('2025-11-14','OTC','65f8ffa2f33786c78cf65782c582446c','AKPPS','PPEX',18,11,250,'ARK7 PPTYS PLUS LLC MEMBERSHIP INT SER WGI3Z INT','NORTH CAPITAL PRIVATE SECURITIES CORPORATION',NULL,NULL,NULL,NULL,NULL,'2025-12-15',NULL,7,NULL,NULL,27,NULL,'2026-12-01T22:42:53.070Z');
INSERT INTO otc_raw VALUES('2025-11-14','OTC','7ca6f76689a0a8c32259d0c218103bac','AKPQS','PPEX',4,3,251,'ARK7 PPTYS PLUS LLC MEMBERSHIP INT SER - #QGXF0','NORTH CAPITAL PRIVATE SECURITIES CORPORATION',NULL,NULL,NULL,NULL,NULL,'2025-12-15',NULL,7,NULL,NULL,27,NULL,'2026-12-01T22:42:53.070Z');
INSERT INTO otc_raw VALUES('2025-11-14','OTC','c602c40e83490fe7575e725eeed8cb51','AKPRS','PPEX',2,2,252,'ARK7 PPTYS ADVANCE LLC LTD PARTNERSHIP INT SER #ICBTL','NORTH CAPITAL PRIVATE SECURITIES CORPORATION',NULL,NULL,NULL,NULL,NULL,'2025-12-15',NULL,7,NULL,NULL,27,NULL,'2026-12-01T22:42:53.070Z');
INSERT INTO otc_raw VALUES('2025-11-14','OTC','793ab7cc262e19ffd453528f7ef4a4ae','AKPXS','PPEX',24,7,253,'ARK7 PPTYS PLUS LLC MEMBERSHIP INT SER - #0XYT6','NORTH CAPITAL PRIVATE SECURITIES CORPORATION',NULL,NULL,NULL,NULL,NULL,'2025-12-15',NULL,7,NULL,NULL,27,NULL,'2026-12-01T22:42:53.070Z');
INSERT INTO otc_raw VALUES('2025-11-14','OTC','5385fdb9418bb59aa60ff87eb206936e','AKPZS','PPEX',9,8,254,'ARK7 PPTYS PLUS LLC MEMBERSHIP INT SER - #ZIE3T','NORTH CAPITAL PRIVATE SECURITIES CORPORATION',NULL,NULL,NULL,NULL,NULL,'2025-12-15',NULL,7,NULL,NULL,27,NULL,'2026-12-01T22:42:53.070Z');
INSERT INTO otc_raw VALUES('2025-11-14','OTC','144d51bd4e39782d1375606c31069465','AKRBY','OTCN',983,3,255,'AKER BP ASA ADR - Unsponsored (Norway)','OTC LINK NQB IDQS',NULL,NULL,NULL,NULL,NULL,'2025-12-15',NULL,7,NULL,NULL,27,NULL,'2026-12-01T22:42:53.070Z');
INSERT INTO otc_raw VALUES('2025-11-14','OTC','958f260580a40fd9a62c1cef1055551f','AKRYY','OTCN',100,1,256,'AKER SOLUTIONS ASA  American Depositary Receipts - Unsponsored (Norway)','OTC LINK NQB IDQS',NULL,NULL,NULL,NULL,NULL,'2025-12-15',NULL,7,NULL,NULL,27,NULL,'2026-12-01T22:42:53.070Z');
INSERT INTO otc_raw VALUES('2025-11-14','OTC','9a95da8053d07415bafa6c53484a356d','AKTAF','OTCN',700,3,257,'Akita Drilling Ltd Non Vtg A Ordinary Shares','OTC LINK NQB IDQS',NULL,NULL,NULL,NULL,NULL,'2025-12-15',NULL,7,NULL,NULL,27,NULL,'2026-12-01T22:42:53.070Z');
INSERT INTO otc_raw VALUES('2025-11-14','OTC','72dda26b4ebd013337509eaa830fddb4','AKTAF','OTCX',301,3,258,'Akita Drilling Ltd Non Vtg A Ordinary Shares','OTC LINK ECN ATS',NULL,NULL,NULL,NULL,NULL,'2025-12-15',NULL,7,NULL,NULL,27,NULL,'2026-12-01T22:42:53.070Z');
INSERT INTO otc_raw VALUES('2025-11-14','OTC','f4a83863887d548153e4b493cb92aac1','AKZAS','PPEX',11,5,259,'ARK7 PPTYS PLUS LLC MEMBERSHIP INT SER - #ZAUH4','NORTH CAPITAL PRIVATE SECURITIES CORPORATION',NULL,NULL,NULL,NULL,NULL,'2025-12-15',NULL,7,NULL,NULL,27,NULL,'2026-12-01T22:42:53.070Z');
INSERT INTO otc_raw VALUES('2025-11-14','OTC','7b0e8a613e63e07af0fbab8eb548fa4e','AKZOY','ARCA',15081,67,260,'Akzo Nobel N.V. American Depositary Receipts - Sponsored','GLOBAL OTC',NULL,NULL,NULL,NULL,NULL,'2025-12-15',NULL,7,NULL,NULL,27,NULL,'2026-12-01T22:42:53.070Z');
INSERT INTO otc_raw VALUES('2025-11-14','OTC','09773c9cd902332a8c5a8470d44a3868','AKZOY','OTCN',15046,78,261,'Akzo Nobel N.V. American Depositary Receipts - Sponsored','OTC LINK NQB IDQS',NULL,NULL,NULL,NULL,NULL,'2025-12-15',NULL,7,NULL,NULL,27,NULL,'2026-12-01T22:42:53.070Z');
INSERT INTO otc_raw VALUES('2025-11-14','OTC','00dba8f48772579743ece0a737157e5d','AKZOY','OTCX',8111,41,262,'Akzo Nobel N.V. American Depositary Receipts - Sponsored','OTC LINK ECN ATS',NULL,NULL,NULL,NULL,NULL,'2025-12-15',NULL,7,NULL,NULL,27,NULL,'2026-12-01T22:42:53.070Z');
INSERT INTO otc_raw VALUES('2025-11-14','OTC','e3b857349d6dc643cb2daa8cc14202e7','ALFVY','ARCA',6277,38,263,'Alfa-Laval Ab Unsponsored ADR (Sweden)','GLOBAL OTC',NULL,NULL,NULL,NULL,NULL,'2025-12-15',NULL,7,NULL,NULL,27,NULL,'2026-12-01T22:42:53.070Z');
INSERT INTO otc_raw VALUES('2025-11-14','OTC','56277185660e2105b4185b400c5c6af0','ALFVY','OTCN',2353,21,264,'Alfa-Laval Ab Unsponsored ADR (Sweden)','OTC LINK NQB IDQS',NULL,NULL,NULL,NULL,NULL,'2025-12-15',NULL,7,NULL,NULL,27,NULL,'2026-12-01T22:42:53.070Z');
INSERT INTO otc_raw VALUES('2025-11-14','OTC','a4ee728946603b79f69869d80b373f2c','ALFVY','OTCX',1821,13,265,'Alfa-Laval Ab Unsponsored ADR (Sweden)','OTC LINK ECN ATS',NULL,NULL,NULL,NULL,NULL,'2025-12-15',NULL,7,NULL,NULL,27,NULL,'2026-12-01T22:42:53.070Z');
INSERT INTO otc_raw VALUES('2025-11-14','OTC','7887fbbb337c1713140057d3a35d93b2','ALGYS','PPEX',196,20,266,'ARRIVED HOMES 3 LLC MEMBERSHIP INT SER LANGLEY Shares of Beneficial Interest','NORTH CAPITAL PRIVATE SECURITIES CORPORATION',NULL,NULL,NULL,NULL,NULL,'2025-12-15',NULL,7,NULL,NULL,27,NULL,'2026-12-01T22:42:53.070Z');
INSERT INTO otc_raw VALUES('2025-11-14','OTC','57bbf5ffcbb8d5791c6ce492a003b246','ALIZY','ARCA',70747,379,267,'Allianz SE Unsponsored ADR (Germany)','GLOBAL OTC',NULL,NULL,NULL,NULL,NULL,'2025-12-15',NULL,7,NULL,NULL,27,NULL,'2026-12-01T22:42:53.070Z');
INSERT INTO otc_raw VALUES('2025-11-14','OTC','a0d198325d14918035ca6ac6ef5cf2f5','ALIZY','OTCN',88979,395,268,'Allianz SE Unsponsored ADR (Germany)','OTC LINK NQB IDQS',NULL,NULL,NULL,NULL,NULL,'2025-12-15',NULL,7,NULL,NULL,27,NULL,'2026-12-01T22:42:53.070Z');
INSERT INTO otc_raw VALUES('2025-11-14','OTC','728081ae59ad54cc112ae53cf0b0968f','ALIZY','OTCX',112320,569,269,'Allianz SE Unsponsored ADR (Germany)','OTC LINK ECN ATS',NULL,NULL,NULL,NULL,NULL,'2025-12-15',NULL,7,NULL,NULL,27,NULL,'2026-12-01T22:42:53.070Z');
INSERT INTO otc_raw VALUES('2025-11-14','OTC','20bc08c5b2300ecc1be3e023a8278570','ALLGF','OTCX',135,2,270,'Allego N.V. Ordinary Shares','OTC LINK ECN ATS',NULL,NULL,NULL,NULL,NULL,'2025-12-15',NULL,7,NULL,NULL,27,NULL,'2026-12-01T22:42:53.070Z');
INSERT INTO otc_raw VALUES('2025-11-14','OTC','7f728d38910301780effe28f9505e53a','ALNPY','ARCA',31,3,271,'ANA Holdings Inc. Ord American Depositary Shares','GLOBAL OTC',NULL,NULL,NULL,NULL,NULL,'2025-12-15',NULL,7,NULL,NULL,27,NULL,'2026-12-01T22:42:53.070Z');
INSERT INTO otc_raw VALUES('2025-11-14','OTC','06f3bd55bf81ae7500a57f6bdc038b87','ALNPY','OTCN',10,1,272,'ANA Holdings Inc. Ord American Depositary Shares','OTC LINK NQB IDQS',NULL,NULL,NULL,NULL,NULL,'2025-12-15',NULL,7,NULL,NULL,27,NULL,'2026-12-01T22:42:53.070Z');
INSERT INTO otc_raw VALUES('2025-11-14','OTC','0df5afd32ea2bff68a67eb464a4388a0','ALOIS','PPEX',378,30,273,'ARRIVED HOMES 5 LLC MEMBERSHIP INT SER LOIS Shares of Beneficial Interest','NORTH CAPITAL PRIVATE SECURITIES CORPORATION',NULL,NULL,NULL,NULL,NULL,'2025-12-15',NULL,7,NULL,NULL,27,NULL,'2026-12-01T22:42:53.070Z');
INSERT INTO otc_raw VALUES('2025-11-14','OTC','a0e18a1adff47e8879e91abe2db82898','ALPIB','ARCA',699,6,274,'Alpine Bks Colo CL B Common Shares','GLOBAL OTC',NULL,NULL,NULL,NULL,NULL,'2025-12-15',NULL,7,NULL,NULL,27,NULL,'2026-12-01T22:42:53.070Z');
INSERT INTO otc_raw VALUES('2025-11-14','OTC','0b09d42126b64b735a118d1ae43df6b6','ALPIB','OTCN',987,16,275,'Alpine Bks Colo CL B Common Shares','OTC LINK NQB IDQS',NULL,NULL,NULL,NULL,NULL,'2025-12-15',NULL,7,NULL,NULL,27,NULL,'2026-12-01T22:42:53.070Z');
INSERT INTO otc_raw VALUES('2025-11-14','OTC','d212be94027fd0535ac31b121de06ac4','ALPIB','OTCX',943,12,276,'Alpine Bks Colo CL B Common Shares','OTC LINK ECN ATS',NULL,NULL,NULL,NULL,NULL,'2025-12-15',NULL,7,NULL,NULL,27,NULL,'2026-12-01T22:42:53.070Z');
INSERT INTO otc_raw VALUES('2025-11-14','OTC','72dc85c87e72a3676a006c6a80e477e0','ALPMY','ARCA',46780,237,277,'Astellas Pharma Inc Unsponsored ADR (Japan)','GLOBAL OTC',NULL,NULL,NULL,NULL,NULL,'2025-12-15',NULL,7,NULL,NULL,27,NULL,'2026-12-01T22:42:53.070Z');
INSERT INTO otc_raw VALUES('2025-11-14','OTC','2a5513cd06f50462745e5a79b1029521','ALPMY','OTCN',10112,50,278,'Astellas Pharma Inc Unsponsored ADR (Japan)','OTC LINK NQB IDQS',NULL,NULL,NULL,NULL,NULL,'2025-12-15',NULL,7,NULL,NULL,27,NULL,'2026-12-01T22:42:53.070Z');
INSERT INTO otc_raw VALUES('2025-11-14','OTC','ad3ddb012cbc0d31ddb619b411369be8','ALPMY','OTCX',20745,137,279,'Astellas Pharma Inc Unsponsored ADR (Japan)','OTC LINK ECN ATS',NULL,NULL,NULL,NULL,NULL,'2025-12-15',NULL,7,NULL,NULL,27,NULL,'2026-12-01T22:42:53.070Z');
INSERT INTO otc_raw VALUES('2025-11-14','OTC','ca6cf8de55fa0716eb9a6ae0cba3740b','ALRTF','OTCN',100,1,280,'ALR Technologies SG LTD. Common Stock','OTC LINK NQB IDQS',NULL,NULL,NULL,NULL,NULL,'2025-12-15',NULL,7,NULL,NULL,27,NULL,'2026-12-01T22:42:53.070Z');
INSERT INTO otc_raw VALUES('2025-11-14','OTC','f51f88db03f89250c460cc6c89718e16','ALSAF','OTCN',1,1,281,'ALPHA STAR ACQUISITION CORP Ordinary Shares','OTC LINK NQB IDQS',NULL,NULL,NULL,NULL,NULL,'2025-12-15',NULL,7,NULL,NULL,27,NULL,'2026-12-01T22:42:53.070Z');
INSERT INTO otc_raw VALUES('2025-11-14','OTC','6076c75688aecc9044a4741f12fcf67a','ALSMY','ARCA',99193,46,282,'Alstom Unsponsored ADR (France)','GLOBAL OTC',NULL,NULL,NULL,NULL,NULL,'2025-12-15',NULL,7,NULL,NULL,27,NULL,'2026-12-01T22:42:53.070Z');
INSERT INTO otc_raw VALUES('2025-11-14','OTC','af4cf75d79c64afcec4b15ca531f4ef4','ALSMY','OTCN',107274,61,283,'Alstom Unsponsored ADR (France)','OTC LINK NQB IDQS',NULL,NULL,NULL,NULL,NULL,'2025-12-15',NULL,7,NULL,NULL,27,NULL,'2026-12-01T22:42:53.070Z');
INSERT INTO otc_raw VALUES('2025-11-14','OTC','9666abf843ad78baf0776bb69722e74e','ALSMY','OTCX',95201,75,284,'Alstom Unsponsored ADR (France)','OTC LINK ECN ATS',NULL,NULL,NULL,NULL,NULL,'2025-12-15',NULL,7,NULL,NULL,27,NULL,'2026-12-01T22:42:53.070Z');
INSERT INTO otc_raw VALUES('2025-11-14','OTC','c6a9651716c68fccaa70f0c1ca6343bb','ALVLF','OTCN',2000,1,285,'Big Ridge Gold Corp. Common Shares','OTC LINK NQB IDQS',NULL,NULL,NULL,NULL,NULL,'2025-12-15',NULL,7,NULL,NULL,27,NULL,'2026-12-01T22:42:53.070Z');
INSERT INTO otc_raw VALUES('2025-11-14','OTC','c98b69385f30ac8c991a8dbccf3c0428','ALVOF','ARCA',1500,1,286,'ALVOPETRO ENERGY LTD COM NEW (Canada)','GLOBAL OTC',NULL,NULL,NULL,NULL,NULL,'2025-12-15',NULL,7,NULL,NULL,27,NULL,'2026-12-01T22:42:53.070Z');
INSERT INTO otc_raw VALUES('2025-11-14','OTC','5a361cdfae43d1cd60d9e652164c1d4a','ALVOF','OTCN',6095,9,287,'ALVOPETRO ENERGY LTD COM NEW (Canada)','OTC LINK NQB IDQS',NULL,NULL,NULL,NULL,NULL,'2025-12-15',NULL,7,NULL,NULL,27,NULL,'2026-12-01T22:42:53.070Z');
INSERT INTO otc_raw VALUES('2025-11-14','OTC','8d6fca11c140009314ed22ea5ed159f0','ALVOF','OTCX',4300,15,288,'ALVOPETRO ENERGY LTD COM NEW (Canada)','OTC LINK ECN ATS',NULL,NULL,NULL,NULL,NULL,'2025-12-15',NULL,7,NULL,NULL,27,NULL,'2026-12-01T22:42:53.070Z');
INSERT INTO otc_raw VALUES('2025-11-14','OTC','af6539ffb6433d36a47b0e5c212c2379','ALYAF','ARCA',600,6,289,'Alithya Group Inc. Class A Subordinate Voting Shares (Canada)','GLOBAL OTC',NULL,NULL,NULL,NULL,NULL,'2025-12-15',NULL,7,NULL,NULL,27,NULL,'2026-12-01T22:42:53.070Z');
INSERT INTO otc_raw VALUES('2025-11-14','OTC','e601bb0fae43a09873810e5dc1a1610b','ALYAF','OTCN',1000,4,290,'Alithya Group Inc. Class A Subordinate Voting Shares (Canada)','OTC LINK NQB IDQS',NULL,NULL,NULL,NULL,NULL,'2025-12-15',NULL,7,NULL,NULL,27,NULL,'2026-12-01T22:42:53.070Z');
INSERT INTO otc_raw VALUES('2025-11-14','OTC','6fe10c124e06ac5422f22197dea19f19','ALYAF','OTCX',1100,11,291,'Alithya Group Inc. Class A Subordinate Voting Shares (Canada)','OTC LINK ECN ATS',NULL,NULL,NULL,NULL,NULL,'2025-12-15',NULL,7,NULL,NULL,27,NULL,'2026-12-01T22:42:53.070Z');
INSERT INTO otc_raw VALUES('2025-11-14','OTC','fabff489a9bfb9282ae1e3e40f732e2d','ALYI','OTCN',2000,1,292,'Alternet Systems, Inc. Common Stock','OTC LINK NQB IDQS',NULL,NULL,NULL,NULL,NULL,'2025-12-15',NULL,7,NULL,NULL,27,NULL,'2026-12-01T22:42:53.070Z');
INSERT INTO otc_raw VALUES('2025-11-14','OTC','0cdd4754c754f95c937cb9788818d492','AMADY','ARCA',5705,82,293,'Amadeus IT Group SA American Depositary Receipts - Unsponsored','GLOBAL OTC',NULL,NULL,NULL,NULL,NULL,'2025-12-15',NULL,7,NULL,NULL,27,NULL,'2026-12-01T22:42:53.070Z');
INSERT INTO otc_raw VALUES('2025-11-14','OTC','087c9150052cf1e0f329d8944f7fd3f2','AMADY','OTCN',6974,111,294,'Amadeus IT Group SA American Depositary Receipts - Unsponsored','OTC LINK NQB IDQS',NULL,NULL,NULL,NULL,NULL,'2025-12-15',NULL,7,NULL,NULL,27,NULL,'2026-12-01T22:42:53.070Z');
INSERT INTO otc_raw VALUES('2025-11-14','OTC','22747985af0b96871194b7310b5c8d77','AMADY','OTCX',6423,67,295,'Amadeus IT Group SA American Depositary Receipts - Unsponsored','OTC LINK ECN ATS',NULL,NULL,NULL,NULL,NULL,'2025-12-15',NULL,7,NULL,NULL,27,NULL,'2026-12-01T22:42:53.070Z');
INSERT INTO otc_raw VALUES('2025-11-14','OTC','3a16773d7babb848fc871790fbcccad8','AMBIQ','OTCN',537,4,296,'AMBIPAR EMERGENCY RESPONSE Ordinary Shares','OTC LINK NQB IDQS',NULL,NULL,NULL,NULL,NULL,'2025-12-15',NULL,7,NULL,NULL,27,NULL,'2026-12-01T22:42:53.070Z');
INSERT INTO otc_raw VALUES('2025-11-14','OTC','3e0c377208dffa98e3bbb3195e879e08','AMBIQ','OTCX',848,8,297,'AMBIPAR EMERGENCY RESPONSE Ordinary Shares','OTC LINK ECN ATS',NULL,NULL,NULL,NULL,NULL,'2025-12-15',NULL,7,NULL,NULL,27,NULL,'2026-12-01T22:42:53.070Z');
INSERT INTO otc_raw VALUES('2025-11-14','OTC','1a8c67835bdb466cf1fe44c39b13093e','AMBWQ','OTCN',20000,1,298,'AMBIPAR EMERGENCY RESPONSE Warrant   03/06/2028','OTC LINK NQB IDQS',NULL,NULL,NULL,NULL,NULL,'2025-12-15',NULL,7,NULL,NULL,27,NULL,'2026-12-01T22:42:53.070Z');
INSERT INTO otc_raw VALUES('2025-11-14','OTC','67b9204543c256cabf67c149711f5a90','AMBWQ','OTCX',783,1,299,'AMBIPAR EMERGENCY RESPONSE Warrant   03/06/2028','OTC LINK ECN ATS',NULL,NULL,NULL,NULL,NULL,'2025-12-15',NULL,7,NULL,NULL,27,NULL,'2026-12-01T22:42:53.070Z');
INSERT INTO otc_raw VALUES('2025-11-14','OTC','25a8a242d9c9c1c8d339cdb143b9a813','AMBZ','ARCA',1880,18,300,'American Business Bank Common Stock','GLOBAL OTC',NULL,NULL,NULL,NULL,NULL,'2025-12-15',NULL,7,NULL,NULL,27,NULL,'2026-12-01T22:42:53.070Z');
INSERT INTO otc_raw VALUES('2025-11-14','OTC','9519ca420d10a20272b87e82c0127efa','AMBZ','OTCN',4906,43,301,'American Business Bank Common Stock','OTC LINK NQB IDQS',NULL,NULL,NULL,NULL,NULL,'2025-12-15',NULL,7,NULL,NULL,27,NULL,'2026-12-01T22:42:53.070Z');
INSERT INTO otc_raw VALUES('2025-11-28','OTC','4a64a0fd3f9f5dc7a0530566debbfc60','ZIVO','OTCN',499,2,2,'Zivo Bioscience, Inc. Common Stock','OTC LINK NQB IDQS',NULL,NULL,NULL,NULL,NULL,'2025-12-29',NULL,8,NULL,NULL,28,NULL,'2026-12-01T22:42:53.293Z');
INSERT INTO otc_raw VALUES('2025-11-28','OTC','09511c8e2bfccd39a79044dc53f3f430','ZLNDY','ARCA',5676,30,3,'ZALANDO SE  American Depositary Receipts - Unsponsored (Germany)','GLOBAL OTC',NULL,NULL,NULL,NULL,NULL,'2025-12-29',NULL,8,NULL,NULL,28,NULL,'2026-12-01T22:42:53.293Z');
INSERT INTO otc_raw VALUES('2025-11-28','OTC','0362f80ad5076d37962c236e1569ad6d','ZLNDY','OTCN',1785,11,4,'ZALANDO SE  American Depositary Receipts - Unsponsored (Germany)','OTC LINK NQB IDQS',NULL,NULL,NULL,NULL,NULL,'2025-12-29',NULL,8,NULL,NULL,28,NULL,'2026-12-01T22:42:53.293Z');
INSERT INTO otc_raw VALUES('2025-11-28','OTC','62105c4c8df55655bf556153b692538b','ZLNDY','OTCX',10420,41,5,'ZALANDO SE  American Depositary Receipts - Unsponsored (Germany)','OTC LINK ECN ATS',NULL,NULL,NULL,NULL,NULL,'2025-12-29',NULL,8,NULL,NULL,28,NULL,'2026-12-01T22:42:53.293Z');
INSERT INTO otc_raw VALUES('2025-11-28','OTC','ab075dcc97a05d4b809eccd7c8883723','ZMDTF','OTCN',24850,14,6,'ZOOMD TECHNOLOGIES LTD COM (Canada)','OTC LINK NQB IDQS',NULL,NULL,NULL,NULL,NULL,'2025-12-29',NULL,8,NULL,NULL,28,NULL,'2026-12-01T22:42:53.293Z');
INSERT INTO otc_raw VALUES('2025-11-28','OTC','692f823040eda15a0546adcefdc996b2','ZMDTF','OTCX',6666,11,7,'ZOOMD TECHNOLOGIES LTD COM (Canada)','OTC LINK ECN ATS',NULL,NULL,NULL,NULL,NULL,'2025-12-29',NULL,8,NULL,NULL,28,NULL,'2026-12-01T22:42:53.293Z');
INSERT INTO otc_raw VALUES('2025-11-28','OTC','91f3d7f58bbec3d9aca6c67823ac2e69','ZNOG','OTCN',252667,76,8,'ZION OIL & GAS INC Common Stock','OTC LINK NQB IDQS',NULL,NULL,NULL,NULL,NULL,'2025-12-29',NULL,8,NULL,NULL,28,NULL,'2026-12-01T22:42:53.293Z');
INSERT INTO otc_raw VALUES('2025-11-28','OTC','f201e56d336edd40f84546649bec4ea8','ZNOG','OTCX',32829,19,9,'ZION OIL & GAS INC Common Stock','OTC LINK ECN ATS',NULL,NULL,NULL,NULL,NULL,'2025-12-29',NULL,8,NULL,NULL,28,NULL,'2026-12-01T22:42:53.293Z');
INSERT INTO otc_raw VALUES('2025-11-28','OTC','6f97e1210253acb750f65d57bd577cbd','ZOMDF','OTCN',92999,12,10,'ZOMEDICA CORP Common Stock','OTC LINK NQB IDQS',NULL,NULL,NULL,NULL,NULL,'2025-12-29',NULL,8,NULL,NULL,28,NULL,'2026-12-01T22:42:53.293Z');
INSERT INTO otc_raw VALUES('2025-11-28','OTC','09e603561cb90c5bb7666ca1c08f9253','ZOMDF','OTCX',1318,5,11,'ZOMEDICA CORP Common Stock','OTC LINK ECN ATS',NULL,NULL,NULL,NULL,NULL,'2025-12-29',NULL,8,NULL,NULL,28,NULL,'2026-12-01T22:42:53.293Z');
INSERT INTO otc_raw VALUES('2025-11-28','OTC','8d90aed61bb0268110f91a3d88824208','ZPTA','OTCX',41930,14,12,'Zapata Computing Holdings Inc. Common Stock','OTC LINK ECN ATS',NULL,NULL,NULL,NULL,NULL,'2025-12-29',NULL,8,NULL,NULL,28,NULL,'2026-12-01T22:42:53.293Z');
INSERT INTO otc_raw VALUES('2025-11-28','OTC','98bbe630dc264e687039db9829775a8b','ZPTAF','OTCN',100,1,13,'Surge Energy, Inc Common Shares','OTC LINK NQB IDQS',NULL,NULL,NULL,NULL,NULL,'2025-12-29',NULL,8,NULL,NULL,28,NULL,'2026-12-01T22:42:53.293Z');
INSERT INTO otc_raw VALUES('2025-11-28','OTC','768a0a35396bfb12c655869da927c42b','ZPTAF','OTCX',100,1,14,'Surge Energy, Inc Common Shares','OTC LINK ECN ATS',NULL,NULL,NULL,NULL,NULL,'2025-12-29',NULL,8,NULL,NULL,28,NULL,'2026-12-01T22:42:53.293Z');
INSERT INTO otc_raw VALUES('2025-11-28','OTC','41607d3b591e7f9b5fddeacb0813b7e7','ZURVY','ARCA',28944,77,15,'Zurich Insurance Group Limited Sponsored American Depositary Shares','GLOBAL OTC',NULL,NULL,NULL,NULL,NULL,'2025-12-29',NULL,8,NULL,NULL,28,NULL,'2026-12-01T22:42:53.293Z');
INSERT INTO otc_raw VALUES('2025-11-28','OTC','e8be9c228d8cf8c6cce0ef8d6b03972a','ZURVY','OTCN',17809,103,16,'Zurich Insurance Group Limited Sponsored American Depositary Shares','OTC LINK NQB IDQS',NULL,NULL,NULL,NULL,NULL,'2025-12-29',NULL,8,NULL,NULL,28,NULL,'2026-12-01T22:42:53.293Z');
INSERT INTO otc_raw VALUES('2025-11-28','OTC','87de72c2fa1e9486e828c4a95aabeaf7','ZURVY','OTCX',29921,167,17,'Zurich Insurance Group Limited Sponsored American Depositary Shares','OTC LINK ECN ATS',NULL,NULL,NULL,NULL,NULL,'2025-12-29',NULL,8,NULL,NULL,28,NULL,'2026-12-01T22:42:53.293Z');
INSERT INTO otc_raw VALUES('2025-11-28','OTC','69adea7f7693822642bf47e1ca5ae209','ZVOI','OTCX',12002,3,18,'ZOVIO INC Common Stock','OTC LINK ECN ATS',NULL,NULL,NULL,NULL,NULL,'2025-12-29',NULL,8,NULL,NULL,28,NULL,'2026-12-01T22:42:53.293Z');
INSERT INTO otc_raw VALUES('2025-11-28','OTC','c392d24971da6a22c8038e3e4ca876ba','ZVSA','OTCN',4,2,19,'ZyVersa Therapeutics, Inc. Com Par $0.001','OTC LINK NQB IDQS',NULL,NULL,NULL,NULL,NULL,'2025-12-29',NULL,8,NULL,NULL,28,NULL,'2026-12-01T22:42:53.293Z');
INSERT INTO otc_raw VALUES('2025-11-28','OTC','eca43bc25a35297c1ef8d73b3256a4e0','ZVSA','OTCX',2,1,20,'ZyVersa Therapeutics, Inc. Com Par $0.001','OTC LINK ECN ATS',NULL,NULL,NULL,NULL,NULL,'2025-12-29',NULL,8,NULL,NULL,28,NULL,'2026-12-01T22:42:53.293Z');
INSERT INTO otc_raw VALUES('2025-11-28','OTC','6e8303ccd8cf8d024f664a8cd1bd0099','','PPEX',1,1,21,NULL,'NORTH CAPITAL PRIVATE SECURITIES CORPORATION',NULL,NULL,NULL,NULL,NULL,'2025-12-29',NULL,8,NULL,NULL,28,NULL,'2026-12-01T22:42:53.293Z');
INSERT INTO otc_raw VALUES('2025-12-19','NMS_TIER_2','7648b783d3ce74cc640a7e3d58f0b6c7','ORLB','KSTL',48210,391,2,'Orrin Labs, Inc. Common Stock','KESTREL CROSS ATS LLC','281734','ATS_W_SMBL_FIRM',NULL,'1928400',NULL,'2026-01-19',NULL,9,NULL,NULL,29,NULL,'2026-12-01T22:42:53.499Z');
INSERT INTO otc_raw VALUES('2025-12-19','NMS_TIER_2','cbd3d95074faa746590f0f59e3119423','ORLB','DRFT',12040,88,3,'Orrin Labs, Inc. Common Stock','DRIFTWOOD MATCH ATS','149206','ATS_W_SMBL_FIRM',NULL,'481600',NULL,'2026-01-19',NULL,9,NULL,NULL,29,NULL,'2026-12-01T22:42:53.499Z');
INSERT INTO otc_raw VALUES('2025-12-19','NMS_TIER_2','694c10b04f4df3e9c92e45707c1c9b0d','HWTH','PNCL',7300,52,4,'Hawthorne "Blue" Energy, L.P. Common Units','PINNACLE X ATS','77410','ATS_W_SMBL_FIRM',NULL,'146073.25',NULL,'2026-01-19',NULL,9,NULL,NULL,29,NULL,'2026-12-01T22:42:53.499Z');
INSERT INTO otc_raw VALUES('2025-12-19','NMS_TIER_2','21b29877c625dc2cc0d8653e761a511b','VSPR','KSTL',2500,9,5,'Vesper Foods, Inc., Class A','KESTREL CROSS ATS LLC','281734','ATS_W_SMBL_FIRM',NULL,'31000',NULL,'2026-01-19',NULL,9,NULL,NULL,29,NULL,'2026-12-01T22:42:53.499Z');
INSERT INTO otc_raw VALUES('2025-12-26','NMS_TIER_1','3606ff59abf8e7a93bfa5f38493c3d7d','QRTZ','KSTL',1250000,4310,2,'Quartzline Systems Inc. Common Stock','KESTREL CROSS ATS LLC','281734','ATS_W_SMBL_FIRM','NMS','247310000','2026-01-12','2026-01-12','2026-01-09',10,NULL,NULL,30,NULL,'2026-12-01T22:42:53.704Z');
INSERT INTO otc_raw VALUES('2025-12-26','NMS_TIER_1','435bc8c09cf48bdc308d42ce9cf37dee','QRTZ','DRFT',830500,2975,3,'Quartzline Systems Inc. Common Stock','DRIFTWOOD MATCH ATS','149206','ATS_W_SMBL_FIRM','NMS','164278505','2026-01-12','2026-01-12','2026-01-09',10,NULL,NULL,30,NULL,'2026-12-01T22:42:53.704Z');
INSERT INTO otc_raw VALUES('2025-12-26','NMS_TIER_1','93f8067e673dcbb47d33ccc2a5afd39b','QRTZ','PNCL',402000,1188,4,'Quartzline Systems Inc. Common Stock','PINNACLE X ATS','77410','ATS_W_SMBL_FIRM','NMS','79516830.5','2026-01-12','2026-01-12','2026-01-09',10,NULL,NULL,30,NULL,'2026-12-01T22:42:53.704Z');
INSERT INTO otc_raw VALUES('2025-12-26','NMS_TIER_1','4da90f314ae2260446998c7368916fe8','HLVN','KSTL',615250,2044,5,'Halvorsen Energy Corp. Class A','KESTREL CROSS ATS LLC','281734','ATS_W_SMBL_FIRM','NMS','40712345.678901234','2026-01-12','2026-01-12','2026-01-09',10,NULL,NULL,30,NULL,'2026-12-01T22:42:53.704Z');
INSERT INTO otc_raw VALUES('2025-12-26','NMS_TIER_1','7a33004261aa27b01a35d1fe9c04aa10','HLVN','PNCL',97800,511,6,'Halvorsen Energy Corp. Class A','PINNACLE X ATS','77410','ATS_W_SMBL_FIRM','NMS','6471300','2026-01-12','2026-01-12','2026-01-09',10,NULL,NULL,30,NULL,'2026-12-01T22:42:53.704Z');
INSERT INTO otc_raw VALUES('2025-12-26','NMS_TIER_1','0009a456de277c4104fb95c25a53ba23','MBRK','DRFT',2100000,6900,7,'Marbrook Financial Group Inc. Common Stock','DRIFTWOOD MATCH ATS','149206','ATS_W_SMBL_FIRM','NMS','105035750','2026-01-12','2026-01-12','2026-01-09',10,NULL,NULL,30,NULL,'2026-12-01T22:42:53.704Z');
INSERT INTO otc_raw VALUES('2025-12-26','NMS_TIER_1','41389497ad6397fa758e84b717990064','MBRK','KSTL',1480000,5230,8,'Marbrook Financial Group Inc. Common Stock','KESTREL CROSS ATS LLC','281734','ATS_W_SMBL_FIRM','NMS','74029600','2026-01-12','2026-01-12','2026-01-09',10,NULL,NULL,30,NULL,'2026-12-01T22:42:53.704Z');
INSERT INTO otc_raw VALUES('2025-12-26','NMS_TIER_1','6c1da73206d07597aad8e650cda65087','QRTZ','',3100000,1520,14,'Quartzline Systems Inc. Common Stock','HALDANE SECURITIES LLC','104213','OTC_W_SMBL_FIRM','NMS','614250000','2026-01-12','2026-01-12','2026-01-09',10,NULL,NULL,30,NULL,'2026-12-01T22:42:53.704Z');
INSERT INTO otc_raw VALUES('2025-12-26','NMS_TIER_1','e5f53f428853b37eb9c2ec5869ae2a86','QRTZ','',41200,97,15,'Quartzline Systems Inc. Common Stock','De Minimis Firms',NULL,'OTC_W_SMBL_FIRM','NMS','8150700','2026-01-12','2026-01-12','2026-01-09',10,NULL,NULL,30,NULL,'2026-12-01T22:42:53.704Z');
INSERT INTO otc_raw VALUES('2025-12-26','NMS_TIER_1','9b93966c5b407263ff876de4971f350e','MBRK','',950000,410,16,'Marbrook Financial Group Inc. Common Stock','ORRIN CAPITAL MARKETS LLC','7059','OTC_W_SMBL_FIRM','NMS','47386000','2026-01-12','2026-01-12','2026-01-09',10,NULL,NULL,30,NULL,'2026-12-01T22:42:53.704Z');
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
INSERT INTO otc_published_symbol_totals VALUES(9,'ATS_W_SMBL','ORLB','2025-12-19','NMS_TIER_2',60250,479,6,29,NULL,'2026-12-01T22:42:53.499Z');
INSERT INTO otc_published_symbol_totals VALUES(10,'ATS_W_SMBL','HLVN','2025-12-26','NMS_TIER_1',713050,2555,10,30,NULL,'2026-12-01T22:42:53.704Z');
INSERT INTO otc_published_symbol_totals VALUES(10,'ATS_W_SMBL','MBRK','2025-12-26','NMS_TIER_1',3580000,12130,11,30,NULL,'2026-12-01T22:42:53.704Z');
INSERT INTO otc_published_symbol_totals VALUES(10,'ATS_W_SMBL','QRTZ','2025-12-26','NMS_TIER_1',2482500,8473,9,30,NULL,'2026-12-01T22:42:53.704Z');
INSERT INTO otc_published_symbol_totals VALUES(10,'OTC_W_SMBL','MBRK','2025-12-26','NMS_TIER_1',950000,410,18,30,NULL,'2026-12-01T22:42:53.704Z');
INSERT INTO otc_published_symbol_totals VALUES(10,'OTC_W_SMBL','QRTZ','2025-12-26','NMS_TIER_1',3141200,1617,17,30,NULL,'2026-12-01T22:42:53.704Z');
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
INSERT INTO otc_rejects VALUES(1,'2025-12-05','NMS_TIER_1',3,'/work/lead/data/fixtures/otc/week_2025-12-05.psv',13,'2025-12-05|NMS_TIER_1|BAD$YM|NITE|100000|500','cb8329345bb79b9e4e560e79ffe4593a','NORMALIZE','INVALID_SYMBOL','symbol ''BAD$YM'' is not a letter followed by letters, digits, . or - (1 to 10 characters)',9,1,'2026-12-01T22:42:52.826Z');
INSERT INTO otc_rejects VALUES(2,'2025-12-19','NMS_TIER_1',5,'/work/lead/data/fixtures/otc/week_2025-12-19.psv',13,'2025-12-19|NMS_TIER_1|BADV|NITE|-50000|100','871730c221bf98f071b6c508b62c7205','NORMALIZE','NEGATIVE_VOLUME','total_shares=-50000',15,1,'2026-12-01T22:42:52.832Z');
INSERT INTO otc_rejects VALUES(3,'2025-11-28','OTC',8,'/work/shared/realdata/spinecore_otc_weekly_otc_20251229_tail20.psv',21,'OTC|||PPEX NORTH CAPITAL PRIVATE SECURITIES CORPORATION|PPEX|1|1|2025-12-29','6e8303ccd8cf8d024f664a8cd1bd0099','NORMALIZE','INVALID_SYMBOL','symbol '''' is not a letter followed by letters, digits, . or - (1 to 10 characters)',35,NULL,'2026-12-01T22:42:57.445Z');
INSERT INTO otc_rejects VALUES(4,'2025-12-26','NMS_TIER_1',10,'/work/lead/data/fixtures/real/finra_api_t1_2025-12-26.psv',14,'QRTZ|Quartzline Systems Inc. Common Stock|104213||HALDANE SECURITIES LLC|T1|NMS Tier 1|2025-12-22|2025-12-22|3100000|1520|6.1425E+8|NMS|OTC_W_SMBL_FIRM|2026-01-12|2026-01-12|2026-01-09','6c1da73206d07597aad8e650cda65087','NORMALIZE','NON_ATS_VENUE','not an ATS: firm CRD 104213, total_shares=3100000, total_trades=1520',43,NULL,'2026-12-01T22:42:59.374Z');
INSERT INTO otc_rejects VALUES(5,'2025-12-26','NMS_TIER_1',10,'/work/lead/data/fixtures/real/finra_api_t1_2025-12-26.psv',15,'QRTZ|Quartzline Systems Inc. Common Stock|||De Minimis Firms|T1|NMS Tier 1|2025-12-22|2025-12-22|41200|97|8.1507E+6|NMS|OTC_W_SMBL_FIRM|2026-01-12|2026-01-12|2026-01-09','e5f53f428853b37eb9c2ec5869ae2a86','NORMALIZE','NON_ATS_VENUE','not an ATS: De Minimis Firms, total_shares=41200, total_trades=97',43,NULL,'2026-12-01T22:42:59.374Z');
INSERT INTO otc_rejects VALUES(6,'2025-12-26','NMS_TIER_1',10,'/work/lead/data/fixtures/real/finra_api_t1_2025-12-26.psv',16,'MBRK|Marbrook Financial Group Inc. Common Stock|7059||ORRIN CAPITAL MARKETS LLC|T1|NMS Tier 1|2025-12-22|2025-12-22|950000|410|4.7386E+7|NMS|OTC_W_SMBL_FIRM|2026-01-12|2026-01-12|2026-01-09','9b93966c5b407263ff876de4971f350e','NORMALIZE','NON_ATS_VENUE','not an ATS: firm CRD 7059, total_shares=950000, total_trades=410',43,NULL,'2026-12-01T22:42:59.374Z');
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
INSERT INTO otc_venue_volume VALUES('2025-11-14','OTC','AABB','OTCN',6753871,171,'39496.32','53439d7940b2b1d950ee95df78c24151',31,NULL,'2026-12-01T22:42:56.375Z');
INSERT INTO otc_venue_volume VALUES('2025-11-14','OTC','AABB','OTCX',40313,3,'13437.67','8a296213e0f0c261086c7a011edc5e7f',31,NULL,'2026-12-01T22:42:56.375Z');
INSERT INTO otc_venue_volume VALUES('2025-11-14','OTC','AACAY','ARCA',12746,56,'227.61','a3c453adcc3bb5b3aa4e9c7dece5c3cd',31,NULL,'2026-12-01T22:42:56.375Z');
INSERT INTO otc_venue_volume VALUES('2025-11-14','OTC','AACAY','OTCN',10563,54,'195.61','405b0707d0c44ec5aef91c8eb5189a49',31,NULL,'2026-12-01T22:42:56.375Z');
INSERT INTO otc_venue_volume VALUES('2025-11-14','OTC','AACAY','OTCX',2646,28,'94.50','7a373d2dec301985fbf09422b811f4cd',31,NULL,'2026-12-01T22:42:56.375Z');
INSERT INTO otc_venue_volume VALUES('2025-11-14','OTC','AAGAF','OTCN',106824,25,'4272.96','caf71d0e7e371741a97316787451d546',31,NULL,'2026-12-01T22:42:56.375Z');
INSERT INTO otc_venue_volume VALUES('2025-11-14','OTC','AAGAF','OTCX',29850,14,'2132.14','7d24606f57d0645ff972386469cf0424',31,NULL,'2026-12-01T22:42:56.375Z');
INSERT INTO otc_venue_volume VALUES('2025-11-14','OTC','AAGC','OTCN',1055000,5,'211000.00','213238f5f84bcef20528b68911e53ca3',31,NULL,'2026-12-01T22:42:56.375Z');
INSERT INTO otc_venue_volume VALUES('2025-11-14','OTC','AAGFF','ARCA',20013,5,'4002.60','59857d10b43bd7cc22663b2d1e4c1a77',31,NULL,'2026-12-01T22:42:56.375Z');
INSERT INTO otc_venue_volume VALUES('2025-11-14','OTC','AAGFF','OTCN',95144,19,'5007.58','10e9bc4fe171c35a4dcbae9c59f3030c',31,NULL,'2026-12-01T22:42:56.375Z');
INSERT INTO otc_venue_volume VALUES('2025-11-14','OTC','AAGFF','OTCX',910,4,'227.50','96a0446f4ef7323c41aa467ef1b27020',31,NULL,'2026-12-01T22:42:56.375Z');
INSERT INTO otc_venue_volume VALUES('2025-11-14','OTC','AAGIY','ARCA',258368,1004,'257.34','10ace2b5074cd5bf442e6099c5d20b39',31,NULL,'2026-12-01T22:42:56.375Z');
INSERT INTO otc_venue_volume VALUES('2025-11-14','OTC','AAGIY','OTCN',93919,288,'326.11','d9bd31b40e8a2b5e5ea4cbdb7ba69b19',31,NULL,'2026-12-01T22:42:56.375Z');
INSERT INTO otc_venue_volume VALUES('2025-11-14','OTC','AAGIY','OTCX',74204,423,'175.42','4b995dda0c22f17dca3c390c8a6f5989',31,NULL,'2026-12-01T22:42:56.375Z');
INSERT INTO otc_venue_volume VALUES('2025-11-14','OTC','AAIRF','OTCX',937,4,'234.25','ae683a7a0eb5bc191d6880772e019e23',31,NULL,'2026-12-01T22:42:56.375Z');
INSERT INTO otc_venue_volume VALUES('2025-11-14','OTC','AALNS','PPEX',350,36,'9.72','b221246f3cb26abae07367abfabd4ee5',31,NULL,'2026-12-01T22:42:56.375Z');
INSERT INTO otc_venue_volume VALUES('2025-11-14','OTC','AAMCF','OTCX',1838,3,'612.67','91db7ea81a0bd3388abc258831a089c9',31,NULL,'2026-12-01T22:42:56.375Z');
INSERT INTO otc_venue_volume VALUES('2025-11-14','OTC','AARYS','PPEX',567,56,'10.13','42b2877d86a1630c124bf0387752adcd',31,NULL,'2026-12-01T22:42:56.375Z');
INSERT INTO otc_venue_volume VALUES('2025-11-14','OTC','AATRL','OTCX',100,1,'100.00','3bed0fa431d7d17ccaab3dddd3dca413',31,NULL,'2026-12-01T22:42:56.375Z');
INSERT INTO otc_venue_volume VALUES('2025-11-14','OTC','AAUAF','OTCN',246,3,'82.00','d3c0e8e5590163b7b6ca0b0df00456fa',31,NULL,'2026-12-01T22:42:56.375Z');
INSERT INTO otc_venue_volume VALUES('2025-11-14','OTC','AAVMY','ARCA',1750,26,'67.31','2c56143433098786aa4bcceb15e47699',31,NULL,'2026-12-01T22:42:56.375Z');
INSERT INTO otc_venue_volume VALUES('2025-11-14','OTC','AAVMY','OTCN',2350,10,'235.00','7dd4b9b71b9ef8acbed5f7828e1e6f53',31,NULL,'2026-12-01T22:42:56.375Z');
INSERT INTO otc_venue_volume VALUES('2025-11-14','OTC','AAVMY','OTCX',2503,37,'67.65','aa65dc1026e195901315b77daa00c8ad',31,NULL,'2026-12-01T22:42:56.375Z');
INSERT INTO otc_venue_volume VALUES('2025-11-14','OTC','AAVVF','ARCA',1,1,'1.00','3948c37af0e29a070adea7bc6977bf1e',31,NULL,'2026-12-01T22:42:56.375Z');
INSERT INTO otc_venue_volume VALUES('2025-11-14','OTC','AAVVF','OTCN',201,3,'67.00','dd2545b20f3acdb230973531c0e111f9',31,NULL,'2026-12-01T22:42:56.375Z');
INSERT INTO otc_venue_volume VALUES('2025-11-14','OTC','AAVVF','OTCX',300,3,'100.00','ce0eb65a28cb824dead63769e2d4d47b',31,NULL,'2026-12-01T22:42:56.375Z');
INSERT INTO otc_venue_volume VALUES('2025-11-14','OTC','AAWH','OTCN',33200,16,'2075.00','c6f01deb2d9cf45ba217c9e21d4c0076',31,NULL,'2026-12-01T22:42:56.375Z');
INSERT INTO otc_venue_volume VALUES('2025-11-14','OTC','AAWH','OTCX',34256,125,'274.05','c2a431f46a5e1e13022e65c095096629',31,NULL,'2026-12-01T22:42:56.375Z');
INSERT INTO otc_venue_volume VALUES('2025-11-14','OTC','ABBNY','ARCA',204487,1710,'119.58','5c245f4e2f924d61712f22d552d98150',31,NULL,'2026-12-01T22:42:56.375Z');
INSERT INTO otc_venue_volume VALUES('2025-11-14','OTC','ABBNY','OTCN',64072,412,'155.51','dbb50c871c54ebdc1e0142a99b06231b',31,NULL,'2026-12-01T22:42:56.375Z');
INSERT INTO otc_venue_volume VALUES('2025-11-14','OTC','ABBNY','OTCX',53856,692,'77.83','7c7bd77f089570ef620b3e4d8f1f0da5',31,NULL,'2026-12-01T22:42:56.375Z');
INSERT INTO otc_venue_volume VALUES('2025-11-14','OTC','ABBRF','ARCA',13147,30,'438.23','e6d937dd30b963805aebb14dbc678aa7',31,NULL,'2026-12-01T22:42:56.375Z');
INSERT INTO otc_venue_volume VALUES('2025-11-14','OTC','ABBRF','OTCN',28871,75,'384.95','1bf0fffd0352eca3dd305eb6c7dec381',31,NULL,'2026-12-01T22:42:56.375Z');
INSERT INTO otc_venue_volume VALUES('2025-11-14','OTC','ABBRF','OTCX',32777,113,'290.06','65e8425d01002ad069eb22fdbdc7dbb6',31,NULL,'2026-12-01T22:42:56.375Z');
INSERT INTO otc_venue_volume VALUES('2025-11-14','OTC','ABCP','OTCN',8465,3,'2821.67','39758a996f804a43c8c334c87f8321ac',31,NULL,'2026-12-01T22:42:56.375Z');
INSERT INTO otc_venue_volume VALUES('2025-11-14','OTC','ABEPF','OTCN',23000,3,'7666.67','7d1a2bdd844550c4e28eb664609faae7',31,NULL,'2026-12-01T22:42:56.375Z');
INSERT INTO otc_venue_volume VALUES('2025-11-14','OTC','ABEPF','OTCX',3508,6,'584.67','6e9bb5c45b8b704fa0447b056d32cb11',31,NULL,'2026-12-01T22:42:56.375Z');
INSERT INTO otc_venue_volume VALUES('2025-11-14','OTC','ABIT','OTCN',940391,29,'32427.28','f7412f1ec82d59f0f511a9e7eb31bd9f',31,NULL,'2026-12-01T22:42:56.375Z');
INSERT INTO otc_venue_volume VALUES('2025-11-14','OTC','ABMBF','OTCN',121033,6,'20172.17','08e78f115374bd58b4c9a27da1e8dce8',31,NULL,'2026-12-01T22:42:56.375Z');
INSERT INTO otc_venue_volume VALUES('2025-11-14','OTC','ABMBF','OTCX',90075,3,'30025.00','adeb8f0c251ff40bac445f50184ef34e',31,NULL,'2026-12-01T22:42:56.375Z');
INSERT INTO otc_venue_volume VALUES('2025-11-14','OTC','ABNAF','OTCN',35000,3,'11666.67','454495f62e2f289020084c83ecd2524b',31,NULL,'2026-12-01T22:42:56.375Z');
INSERT INTO otc_venue_volume VALUES('2025-11-14','OTC','ABNAF','OTCX',8000,1,'8000.00','00fcb5dd97997ad6e51b660a6cbf4b9d',31,NULL,'2026-12-01T22:42:56.375Z');
INSERT INTO otc_venue_volume VALUES('2025-11-14','OTC','ABQQ','OTCN',3556764,14,'254054.57','5be0ad8aa12d9e3810a2ae6ce7afe85f',31,NULL,'2026-12-01T22:42:56.375Z');
INSERT INTO otc_venue_volume VALUES('2025-11-14','OTC','ABRKS','PPEX',1003,95,'10.56','645eedfd5c6e17d83a24c4a1378ad132',31,NULL,'2026-12-01T22:42:56.375Z');
INSERT INTO otc_venue_volume VALUES('2025-11-14','OTC','ABSSF','OTCN',300,1,'300.00','b1f6cf5e4d80005713499bc8ccb72a57',31,NULL,'2026-12-01T22:42:56.375Z');
INSERT INTO otc_venue_volume VALUES('2025-11-14','OTC','ABSSF','OTCX',174,1,'174.00','5cdd067c2c6cb5719af101f3c01160a7',31,NULL,'2026-12-01T22:42:56.375Z');
INSERT INTO otc_venue_volume VALUES('2025-11-14','OTC','ABXXF','ARCA',11811,51,'231.59','eb10b6495ba3c89289f325c1abf0f625',31,NULL,'2026-12-01T22:42:56.375Z');
INSERT INTO otc_venue_volume VALUES('2025-11-14','OTC','ABXXF','OTCN',14905,49,'304.18','7820c951cc3496a40dd739e59218229d',31,NULL,'2026-12-01T22:42:56.375Z');
INSERT INTO otc_venue_volume VALUES('2025-11-14','OTC','ABXXF','OTCX',5839,40,'145.98','02fb633043bec91343917ed66c5831ad',31,NULL,'2026-12-01T22:42:56.375Z');
INSERT INTO otc_venue_volume VALUES('2025-11-14','OTC','ACCYY','ARCA',20235,43,'470.58','ecfd8b05bed856aa5bc8089ad55379a7',31,NULL,'2026-12-01T22:42:56.375Z');
INSERT INTO otc_venue_volume VALUES('2025-11-14','OTC','ACCYY','OTCN',4144,14,'296.00','f7c97ab0cc06ddbf3d60bb0494ecce76',31,NULL,'2026-12-01T22:42:56.375Z');
INSERT INTO otc_venue_volume VALUES('2025-11-14','OTC','ACCYY','OTCX',1010,4,'252.50','095e83ef99bdcc0ca5f8aec520c10cb5',31,NULL,'2026-12-01T22:42:56.375Z');
INSERT INTO otc_venue_volume VALUES('2025-11-14','OTC','ACDVF','ARCA',2192,7,'313.14','5d0d19e0540b263abd9a3b406f2762a1',31,NULL,'2026-12-01T22:42:56.375Z');
INSERT INTO otc_venue_volume VALUES('2025-11-14','OTC','ACDVF','OTCN',5075,20,'253.75','3f101458820c90932dccfa22b5b07405',31,NULL,'2026-12-01T22:42:56.375Z');
INSERT INTO otc_venue_volume VALUES('2025-11-14','OTC','ACDVF','OTCX',7232,35,'206.63','f50280bb0c6d4ff9b4d4e8c4999e92d5',31,NULL,'2026-12-01T22:42:56.375Z');
INSERT INTO otc_venue_volume VALUES('2025-11-14','OTC','ACGBY','ARCA',14844,205,'72.41','c258731d0e92a6a0011ef2304bbf8263',31,NULL,'2026-12-01T22:42:56.375Z');
INSERT INTO otc_venue_volume VALUES('2025-11-14','OTC','ACGBY','OTCN',8150,75,'108.67','72aee44f1918d59329cfd4ebbdd5c7e0',31,NULL,'2026-12-01T22:42:56.375Z');
INSERT INTO otc_venue_volume VALUES('2025-11-14','OTC','ACGBY','OTCX',7304,120,'60.87','bceb0f6bd178aa1b4d93c9ce9b78cc8a',31,NULL,'2026-12-01T22:42:56.375Z');
INSERT INTO otc_venue_volume VALUES('2025-11-14','OTC','ACGP','OTCN',13,1,'13.00','fc2fc3e467836955c8d0d988ed3c58e8',31,NULL,'2026-12-01T22:42:56.375Z');
INSERT INTO otc_venue_volume VALUES('2025-11-14','OTC','ACGP','OTCX',152,2,'76.00','4fc17c33f2fb004b8fbad941ad65315e',31,NULL,'2026-12-01T22:42:56.375Z');
INSERT INTO otc_venue_volume VALUES('2025-11-14','OTC','ACGX','ARCA',5099,2,'2549.50','182ce40bd9f04f8d96369a953041bebb',31,NULL,'2026-12-01T22:42:56.375Z');
INSERT INTO otc_venue_volume VALUES('2025-11-14','OTC','ACGX','OTCN',12400,2,'6200.00','524f4e76a11f09b4b200ca381d24558e',31,NULL,'2026-12-01T22:42:56.375Z');
INSERT INTO otc_venue_volume VALUES('2025-11-14','OTC','ACHFF','ARCA',13700,17,'805.88','76a7d02c9017df959ab71ff974d74356',31,NULL,'2026-12-01T22:42:56.375Z');
INSERT INTO otc_venue_volume VALUES('2025-11-14','OTC','ACHFF','OTCN',400,2,'200.00','697021fb99b64bde7f696ba096752d5a',31,NULL,'2026-12-01T22:42:56.375Z');
INSERT INTO otc_venue_volume VALUES('2025-11-14','OTC','ACHFF','OTCX',4800,5,'960.00','724e5818c73408e87199f49ca64713bb',31,NULL,'2026-12-01T22:42:56.375Z');
INSERT INTO otc_venue_volume VALUES('2025-11-14','OTC','ACLLF','OTCN',392,2,'196.00','91a3903c188a00f3261aa8dd2fa21a7b',31,NULL,'2026-12-01T22:42:56.375Z');
INSERT INTO otc_venue_volume VALUES('2025-11-14','OTC','ACLLY','ARCA',288,10,'28.80','19c1253b04646a43683bfa8726b7129a',31,NULL,'2026-12-01T22:42:56.375Z');
INSERT INTO otc_venue_volume VALUES('2025-11-14','OTC','ACLLY','OTCN',162,3,'54.00','53658d518dc2da9415d7da1ae339dbdd',31,NULL,'2026-12-01T22:42:56.375Z');
INSERT INTO otc_venue_volume VALUES('2025-11-14','OTC','ACLLY','OTCX',160,1,'160.00','8c529164391c97cd7ec90f54ea78869b',31,NULL,'2026-12-01T22:42:56.375Z');
INSERT INTO otc_venue_volume VALUES('2025-11-14','OTC','ACMB','OTCN',116509,8,'14563.63','1c68561c1d1f23245ec6999b972b73a7',31,NULL,'2026-12-01T22:42:56.375Z');
INSERT INTO otc_venue_volume VALUES('2025-11-14','OTC','ACMIF','OTCN',1875,2,'937.50','ee30f21fb6bf66cb0f1878087fa817da',31,NULL,'2026-12-01T22:42:56.375Z');
INSERT INTO otc_venue_volume VALUES('2025-11-14','OTC','ACOPY','ARCA',1094,7,'156.29','6b28a18f5323c8a9151ab78f9488158b',31,NULL,'2026-12-01T22:42:56.375Z');
INSERT INTO otc_venue_volume VALUES('2025-11-14','OTC','ACOPY','OTCN',1200,3,'400.00','326f4ad575259330e6b8e8d908ae6534',31,NULL,'2026-12-01T22:42:56.375Z');
INSERT INTO otc_venue_volume VALUES('2025-11-14','OTC','ACOPY','OTCX',510,3,'170.00','f84bd5ed955181d82ea730153df67d7c',31,NULL,'2026-12-01T22:42:56.375Z');
INSERT INTO otc_venue_volume VALUES('2025-11-14','OTC','ACSAY','ARCA',19926,41,'486.00','49d062d26253c2c196dc7d9b05a9e4bb',31,NULL,'2026-12-01T22:42:56.375Z');
INSERT INTO otc_venue_volume VALUES('2025-11-14','OTC','ACSAY','OTCN',9382,20,'469.10','36d3b44f24b82b49006a629f679bea12',31,NULL,'2026-12-01T22:42:56.375Z');
INSERT INTO otc_venue_volume VALUES('2025-11-14','OTC','ACSAY','OTCX',2520,5,'504.00','de385d522e67f939d5cc597239980308',31,NULL,'2026-12-01T22:42:56.375Z');
INSERT INTO otc_venue_volume VALUES('2025-11-14','OTC','ADAPY','OTCN',1585162,261,'6073.42','e12f73e112d76c52512d52502534c04b',31,NULL,'2026-12-01T22:42:56.375Z');
INSERT INTO otc_venue_volume VALUES('2025-11-14','OTC','ADAPY','OTCX',299817,385,'778.75','b7ad1964fb149619606a55798e0c09de',31,NULL,'2026-12-01T22:42:56.375Z');
INSERT INTO otc_venue_volume VALUES('2025-11-14','OTC','ADBRF','OTCN',600,2,'300.00','612d3c7c68115e3c9c3d72ab24124977',31,NULL,'2026-12-01T22:42:56.375Z');
INSERT INTO otc_venue_volume VALUES('2025-11-14','OTC','ADBRF','OTCX',2000,1,'2000.00','6b22a2ec15cda2723d8fae78368a012d',31,NULL,'2026-12-01T22:42:56.375Z');
INSERT INTO otc_venue_volume VALUES('2025-11-14','OTC','ADCOF','ARCA',451,1,'451.00','cccc986c0a4e59241b315961758c7c03',31,NULL,'2026-12-01T22:42:56.375Z');
INSERT INTO otc_venue_volume VALUES('2025-11-14','OTC','ADDYY','ARCA',32565,349,'93.31','30cf3bef368f151b1682107eb9168112',31,NULL,'2026-12-01T22:42:56.375Z');
INSERT INTO otc_venue_volume VALUES('2025-11-14','OTC','ADDYY','OTCN',20643,220,'93.83','0937161c8e21f621ae937144e18b60a7',31,NULL,'2026-12-01T22:42:56.375Z');
INSERT INTO otc_venue_volume VALUES('2025-11-14','OTC','ADDYY','OTCX',36247,377,'96.15','4a9be26c6d9f68522a83c32d96a95c1c',31,NULL,'2026-12-01T22:42:56.375Z');
INSERT INTO otc_venue_volume VALUES('2025-11-14','OTC','ADHC','OTCN',90000,1,'90000.00','2f88fe51a96d777eafecd09f53d71029',31,NULL,'2026-12-01T22:42:56.375Z');
INSERT INTO otc_venue_volume VALUES('2025-11-14','OTC','ADIA','OTCN',5000,1,'5000.00','96addfbbf4052168493908287490991d',31,NULL,'2026-12-01T22:42:56.375Z');
INSERT INTO otc_venue_volume VALUES('2025-11-14','OTC','ADNH','OTCN',32250,48,'671.88','d9123d8393ee7926ae78861569d5925f',31,NULL,'2026-12-01T22:42:56.375Z');
INSERT INTO otc_venue_volume VALUES('2025-11-14','OTC','ADNH','OTCX',1706,17,'100.35','5d0ebb1353cc517892167e552b23be8a',31,NULL,'2026-12-01T22:42:56.375Z');
INSERT INTO otc_venue_volume VALUES('2025-11-14','OTC','ADOOY','OTCN',216,3,'72.00','2fc8719b90d178c580b0bbd4399f3f39',31,NULL,'2026-12-01T22:42:56.375Z');
INSERT INTO otc_venue_volume VALUES('2025-11-14','OTC','ADPXY','ARCA',24,7,'3.43','e975258e5bbecf8dc461c808f6d654a9',31,NULL,'2026-12-01T22:42:56.375Z');
INSERT INTO otc_venue_volume VALUES('2025-11-14','OTC','ADPXY','OTCN',2397,65,'36.88','134eda5ae5316a32cc0a11a5b8ed7641',31,NULL,'2026-12-01T22:42:56.375Z');
INSERT INTO otc_venue_volume VALUES('2025-11-14','OTC','ADPXY','OTCX',83,10,'8.30','8835a1ff4e9766ffb5201a54961e876a',31,NULL,'2026-12-01T22:42:56.375Z');
INSERT INTO otc_venue_volume VALUES('2025-11-14','OTC','ADRNY','ARCA',19623,131,'149.79','16095e5f79d66ed6f18fd9f6ede3cf2c',31,NULL,'2026-12-01T22:42:56.375Z');
INSERT INTO otc_venue_volume VALUES('2025-11-14','OTC','ADRNY','OTCN',13599,70,'194.27','be69e098686f5bd41b8a3cb717d38d8d',31,NULL,'2026-12-01T22:42:56.375Z');
INSERT INTO otc_venue_volume VALUES('2025-11-14','OTC','ADRNY','OTCX',12697,81,'156.75','d4805978862407dbc7bf10ca90084581',31,NULL,'2026-12-01T22:42:56.375Z');
INSERT INTO otc_venue_volume VALUES('2025-11-14','OTC','ADRZY','OTCN',500,2,'250.00','2fa02cc4db3005833bf6405bcde58d14',31,NULL,'2026-12-01T22:42:56.375Z');
INSERT INTO otc_venue_volume VALUES('2025-11-14','OTC','ADTI','OTCN',1,1,'1.00','8c7800b2a8c6c6aef7a37718518927bf',31,NULL,'2026-12-01T22:42:56.375Z');
INSERT INTO otc_venue_volume VALUES('2025-11-14','OTC','ADWPF','OTCX',101,1,'101.00','6f56948876a106acac2ec0eecc927116',31,NULL,'2026-12-01T22:42:56.375Z');
INSERT INTO otc_venue_volume VALUES('2025-11-14','OTC','ADXS','OTCX',259,5,'51.80','aa6a80cd246020f4e4f5e7784c94f31f',31,NULL,'2026-12-01T22:42:56.375Z');
INSERT INTO otc_venue_volume VALUES('2025-11-14','OTC','ADYEY','ARCA',384092,2093,'183.51','9cbeec0e0f6358c0d14102cb9c4016da',31,NULL,'2026-12-01T22:42:56.375Z');
INSERT INTO otc_venue_volume VALUES('2025-11-14','OTC','ADYEY','OTCN',209832,1012,'207.34','e7dc93c7123b0bfdfbd7d546e0a65459',31,NULL,'2026-12-01T22:42:56.375Z');
INSERT INTO otc_venue_volume VALUES('2025-11-14','OTC','ADYEY','OTCX',284264,1848,'153.82','92cdcd96950ed51040d82049a4e3bbf7',31,NULL,'2026-12-01T22:42:56.375Z');
INSERT INTO otc_venue_volume VALUES('2025-11-14','OTC','AEBZY','OTCN',2720,1,'2720.00','4d3520186b02bfc349bdb30a527cfee2',31,NULL,'2026-12-01T22:42:56.375Z');
INSERT INTO otc_venue_volume VALUES('2025-11-14','OTC','AEGXF','ARCA',500,1,'500.00','f629746f9d206be8b61cac24d3ed6f9b',31,NULL,'2026-12-01T22:42:56.375Z');
INSERT INTO otc_venue_volume VALUES('2025-11-14','OTC','AEGXF','OTCN',750,3,'250.00','40cdb2b2bd32c027dc6cfe29d1a1d3b6',31,NULL,'2026-12-01T22:42:56.375Z');
INSERT INTO otc_venue_volume VALUES('2025-11-14','OTC','AEGXF','OTCX',3123,21,'148.71','b06f5b40d804be40eaff8d9cabc18ee3',31,NULL,'2026-12-01T22:42:56.375Z');
INSERT INTO otc_venue_volume VALUES('2025-11-14','OTC','AEHCS','PPEX',438,32,'13.69','86dafcefd03c2a5a83ac6b5f6f8edc0b',31,NULL,'2026-12-01T22:42:56.375Z');
INSERT INTO otc_venue_volume VALUES('2025-11-14','OTC','AEHDS','PPEX',145,21,'6.90','e7819eba20dba34f2a3d0c18624e20c9',31,NULL,'2026-12-01T22:42:56.375Z');
INSERT INTO otc_venue_volume VALUES('2025-11-14','OTC','AEHES','PPEX',618,58,'10.66','3e8426c96d4ab03731a34e2fc1ee1061',31,NULL,'2026-12-01T22:42:56.375Z');
INSERT INTO otc_venue_volume VALUES('2025-11-14','OTC','AEHFS','PPEX',1258,70,'17.97','7960f4f9a5d898dc3bb8a759b568f938',31,NULL,'2026-12-01T22:42:56.375Z');
INSERT INTO otc_venue_volume VALUES('2025-11-14','OTC','AEHGS','PPEX',1605,122,'13.16','d1d4fc63f5bf8d1ce3e64c6c075ea602',31,NULL,'2026-12-01T22:42:56.375Z');
INSERT INTO otc_venue_volume VALUES('2025-11-14','OTC','AEHHS','PPEX',221,24,'9.21','69c2e19bf07f1bf08e702410810a8e4d',31,NULL,'2026-12-01T22:42:56.375Z');
INSERT INTO otc_venue_volume VALUES('2025-11-14','OTC','AEHJS','PPEX',210,23,'9.13','2e215b7e7b56da3736b686a31e17f7f0',31,NULL,'2026-12-01T22:42:56.375Z');
INSERT INTO otc_venue_volume VALUES('2025-11-14','OTC','AEHKS','PPEX',555,44,'12.61','30bf93aa5f85b63fab78ba86c7867429',31,NULL,'2026-12-01T22:42:56.375Z');
INSERT INTO otc_venue_volume VALUES('2025-11-14','OTC','AEHMS','PPEX',232,29,'8.00','58eddcd0c6f23883634497599ad6b53e',31,NULL,'2026-12-01T22:42:56.375Z');
INSERT INTO otc_venue_volume VALUES('2025-11-14','OTC','AEHNS','PPEX',146,27,'5.41','f8cf56ddce780e2f7a77c1e178934279',31,NULL,'2026-12-01T22:42:56.375Z');
INSERT INTO otc_venue_volume VALUES('2025-11-14','OTC','AEHOS','PPEX',129,13,'9.92','5dbdb8848277e44a1ccfa3d9273915dc',31,NULL,'2026-12-01T22:42:56.375Z');
INSERT INTO otc_venue_volume VALUES('2025-11-14','OTC','AEHPS','PPEX',683,59,'11.58','3a2dc9d5b82fcb12aba86d468582f0f1',31,NULL,'2026-12-01T22:42:56.375Z');
INSERT INTO otc_venue_volume VALUES('2025-11-14','OTC','AEHQS','PPEX',1041,69,'15.09','7da3f73182f7d4fffe1d946644440424',31,NULL,'2026-12-01T22:42:56.375Z');
INSERT INTO otc_venue_volume VALUES('2025-11-14','OTC','AEHSS','PPEX',110,15,'7.33','8b28a06a60e3732d76e0bef0b0aa2e9f',31,NULL,'2026-12-01T22:42:56.375Z');
INSERT INTO otc_venue_volume VALUES('2025-11-14','OTC','AELLS','PPEX',1406,133,'10.57','7cdae0c51c445d4d54484732f102219c',31,NULL,'2026-12-01T22:42:56.375Z');
INSERT INTO otc_venue_volume VALUES('2025-11-14','OTC','AERG','OTCN',7876,18,'437.56','00f02e0da205cae7855193b812498302',31,NULL,'2026-12-01T22:42:56.375Z');
INSERT INTO otc_venue_volume VALUES('2025-11-14','OTC','AERG','OTCX',1000,2,'500.00','e607f03df845f1149bd3f24291e7c561',31,NULL,'2026-12-01T22:42:56.375Z');
INSERT INTO otc_venue_volume VALUES('2025-11-14','OTC','AETHD','OTCX',27,1,'27.00','c4339a051cd4db00fdf524ecb0762fa3',31,NULL,'2026-12-01T22:42:56.375Z');
INSERT INTO otc_venue_volume VALUES('2025-11-14','OTC','AETUF','ARCA',3608,17,'212.24','2370236ecdcc1fdac5cb70d5cb488e4e',31,NULL,'2026-12-01T22:42:56.375Z');
INSERT INTO otc_venue_volume VALUES('2025-11-14','OTC','AETUF','OTCN',9852,41,'240.29','6b16521127ef546e9d60995b44c96317',31,NULL,'2026-12-01T22:42:56.375Z');
INSERT INTO otc_venue_volume VALUES('2025-11-14','OTC','AETUF','OTCX',12481,66,'189.11','3976855f8e44b6c37e7954b0023e8606',31,NULL,'2026-12-01T22:42:56.375Z');
INSERT INTO otc_venue_volume VALUES('2025-11-14','OTC','AEYPS','PPEX',10,4,'2.50','6651537df3e2d0b93a3cca5d700332d8',31,NULL,'2026-12-01T22:42:56.375Z');
INSERT INTO otc_venue_volume VALUES('2025-11-14','OTC','AFFS','OTCX',16815,8,'2101.88','fac37a64326ecd2683ce1ab3a8ccea9f',31,NULL,'2026-12-01T22:42:56.375Z');
INSERT INTO otc_venue_volume VALUES('2025-11-14','OTC','AFFT','OTCX',3970,1,'3970.00','27cfbef2e9ec11ad85e33c29bb596e94',31,NULL,'2026-12-01T22:42:56.375Z');
INSERT INTO otc_venue_volume VALUES('2025-11-14','OTC','AFFU','OTCN',19356001,50,'387120.02','d01e2ea0274a4fbead307df941d02e6b',31,NULL,'2026-12-01T22:42:56.375Z');
INSERT INTO otc_venue_volume VALUES('2025-11-14','OTC','AFFU','OTCX',100000,1,'100000.00','8046c2a8dabc8b53af544c697182102c',31,NULL,'2026-12-01T22:42:56.375Z');
INSERT INTO otc_venue_volume VALUES('2025-11-14','OTC','AFFY','OTCX',65,1,'65.00','17c479841906cad805947461cedbe712',31,NULL,'2026-12-01T22:42:56.375Z');
INSERT INTO otc_venue_volume VALUES('2025-11-14','OTC','AFIB','OTCX',5253,2,'2626.50','3f1b595c377b06e70a327be4999e13a7',31,NULL,'2026-12-01T22:42:56.375Z');
INSERT INTO otc_venue_volume VALUES('2025-11-14','OTC','AFLYY','ARCA',272501,481,'566.53','15e0308ca4aa5b7c46d5393865d65d59',31,NULL,'2026-12-01T22:42:56.375Z');
INSERT INTO otc_venue_volume VALUES('2025-11-14','OTC','AFLYY','OTCN',249816,266,'939.16','9d5157da57a97f9571a3f7a24f5c08d6',31,NULL,'2026-12-01T22:42:56.375Z');
INSERT INTO otc_venue_volume VALUES('2025-11-14','OTC','AFLYY','OTCX',141023,297,'474.82','d2c49298c704dab13b2171df2c312b1e',31,NULL,'2026-12-01T22:42:56.375Z');
INSERT INTO otc_venue_volume VALUES('2025-11-14','OTC','AFMJF','ARCA',1000,1,'1000.00','43af6cc565828b6d6c69dd4dfd77e031',31,NULL,'2026-12-01T22:42:56.375Z');
INSERT INTO otc_venue_volume VALUES('2025-11-14','OTC','AFMJF','OTCN',3000,2,'1500.00','71590ffe5f902a41725ac1129f50483a',31,NULL,'2026-12-01T22:42:56.375Z');
INSERT INTO otc_venue_volume VALUES('2025-11-14','OTC','AFMJF','OTCX',800,5,'160.00','eef9ee2a2e456d445359a2851f2f2cea',31,NULL,'2026-12-01T22:42:56.375Z');
INSERT INTO otc_venue_volume VALUES('2025-11-14','OTC','AFSIA','OTCX',66,1,'66.00','68a540bf841b176d43eeb6145b7bf694',31,NULL,'2026-12-01T22:42:56.375Z');
INSERT INTO otc_venue_volume VALUES('2025-11-14','OTC','AFSIB','OTCX',800,4,'200.00','9b5d8ba0746f8507ba7e4242791f78d3',31,NULL,'2026-12-01T22:42:56.375Z');
INSERT INTO otc_venue_volume VALUES('2025-11-14','OTC','AFSIM','OTCX',245,1,'245.00','a7a9c86ae1446eaf3f032424f84e4d12',31,NULL,'2026-12-01T22:42:56.375Z');
INSERT INTO otc_venue_volume VALUES('2025-11-14','OTC','AFSIN','OTCX',1980,7,'282.86','63c3879c31a03aa0b3f7e6944783476f',31,NULL,'2026-12-01T22:42:56.375Z');
INSERT INTO otc_venue_volume VALUES('2025-11-14','OTC','AFTWS','PPEX',20,8,'2.50','057117459db7d9617c0604993b2792c1',31,NULL,'2026-12-01T22:42:56.375Z');
INSERT INTO otc_venue_volume VALUES('2025-11-14','OTC','AGAGF','ARCA',31100,8,'3887.50','7deeb82c26d1cfafb9dec8e9e9e56c33',31,NULL,'2026-12-01T22:42:56.375Z');
INSERT INTO otc_venue_volume VALUES('2025-11-14','OTC','AGAGF','OTCN',265803,39,'6815.46','8cdcc9815a2bb536b0b2c3189f183673',31,NULL,'2026-12-01T22:42:56.375Z');
INSERT INTO otc_venue_volume VALUES('2025-11-14','OTC','AGAGF','OTCX',63654,20,'3182.70','1f36828f4f2db3305d20770fde8a53e9',31,NULL,'2026-12-01T22:42:56.375Z');
INSERT INTO otc_venue_volume VALUES('2025-11-14','OTC','AGESY','ARCA',390,8,'48.75','e651fbd2290f308ba8a65b535b84aa97',31,NULL,'2026-12-01T22:42:56.375Z');
INSERT INTO otc_venue_volume VALUES('2025-11-14','OTC','AGESY','OTCN',473,7,'67.57','4d877ae50e3e871d71ea5d691c2e0647',31,NULL,'2026-12-01T22:42:56.375Z');
INSERT INTO otc_venue_volume VALUES('2025-11-14','OTC','AGESY','OTCX',200,4,'50.00','4f5faf4b0b790f2c76a44b44e85fc616',31,NULL,'2026-12-01T22:42:56.375Z');
INSERT INTO otc_venue_volume VALUES('2025-11-14','OTC','AGFMF','OTCN',462,4,'115.50','89b7d8abde206cb7c5f64404469ea9bb',31,NULL,'2026-12-01T22:42:56.375Z');
INSERT INTO otc_venue_volume VALUES('2025-11-14','OTC','AGFMF','OTCX',100,1,'100.00','5b8ab1e3574df6a143a4a8c12165acb6',31,NULL,'2026-12-01T22:42:56.375Z');
INSERT INTO otc_venue_volume VALUES('2025-11-14','OTC','AGIN','OTCN',100548,2,'50274.00','eb122d9e1374bd174dbb5b931f9010fe',31,NULL,'2026-12-01T22:42:56.375Z');
INSERT INTO otc_venue_volume VALUES('2025-11-14','OTC','AGLXY','ARCA',111,1,'111.00','ef5c6bd48c48c9610162c8b5d2331ac3',31,NULL,'2026-12-01T22:42:56.375Z');
INSERT INTO otc_venue_volume VALUES('2025-11-14','OTC','AGMRF','OTCN',4300,10,'430.00','9d894de64b80f079c2de0d855b8da36c',31,NULL,'2026-12-01T22:42:56.375Z');
INSERT INTO otc_venue_volume VALUES('2025-11-14','OTC','AGMRF','OTCX',10000,22,'454.55','d5e2b1c849bd3fa1f762cfba6c42f7fd',31,NULL,'2026-12-01T22:42:56.375Z');
INSERT INTO otc_venue_volume VALUES('2025-11-14','OTC','AGNPF','ARCA',40,1,'40.00','7c8142b8dad0921a6353f24782492149',31,NULL,'2026-12-01T22:42:56.375Z');
INSERT INTO otc_venue_volume VALUES('2025-11-14','OTC','AGNPF','OTCX',800,1,'800.00','3293edfa7a0f5f3667d69f223bbb8a72',31,NULL,'2026-12-01T22:42:56.375Z');
INSERT INTO otc_venue_volume VALUES('2025-11-14','OTC','AGRPY','ARCA',67,1,'67.00','0fb073e8c1f02bcaefbfcdbacf1049a1',31,NULL,'2026-12-01T22:42:56.375Z');
INSERT INTO otc_venue_volume VALUES('2025-11-14','OTC','AGXPF','OTCN',136616,11,'12419.64','d8759f5f850a83dcbbf34bdc4679ea3b',31,NULL,'2026-12-01T22:42:56.375Z');
INSERT INTO otc_venue_volume VALUES('2025-11-14','OTC','AGXPF','OTCX',7700,8,'962.50','770dda18508791ff6622d0fac459486a',31,NULL,'2026-12-01T22:42:56.375Z');
INSERT INTO otc_venue_volume VALUES('2025-11-14','OTC','AGYP','OTCN',360000,5,'72000.00','f112270a2016d41df46c3ec6cfa54d55',31,NULL,'2026-12-01T22:42:56.375Z');
INSERT INTO otc_venue_volume VALUES('2025-11-14','OTC','AHADS','PPEX',346,35,'9.89','71faa7be95498c762957637d37bbffdc',31,NULL,'2026-12-01T22:42:56.375Z');
INSERT INTO otc_venue_volume VALUES('2025-11-14','OTC','AHANS','PPEX',885,55,'16.09','4f037377a8b3e763323b14a79ca31b17',31,NULL,'2026-12-01T22:42:56.375Z');
INSERT INTO otc_venue_volume VALUES('2025-11-14','OTC','AHARS','PPEX',1895,87,'21.78','22b24ea9c34c7d896641e638431f3cdb',31,NULL,'2026-12-01T22:42:56.375Z');
INSERT INTO otc_venue_volume VALUES('2025-11-14','OTC','AHATS','PPEX',1205,92,'13.10','b7b19567c8838e8a42669cfa259ca317',31,NULL,'2026-12-01T22:42:56.375Z');
INSERT INTO otc_venue_volume VALUES('2025-11-14','OTC','AHBCS','PPEX',1028,95,'10.82','c002cfd7f9c5b5a8cdf469dcdff760da',31,NULL,'2026-12-01T22:42:56.375Z');
INSERT INTO otc_venue_volume VALUES('2025-11-14','OTC','AHBFS','PPEX',3027,63,'48.05','42ca2bfea02090e738ebfbfc42edf179',31,NULL,'2026-12-01T22:42:56.375Z');
INSERT INTO otc_venue_volume VALUES('2025-11-14','OTC','AHBXS','PPEX',230,23,'10.00','8268b060366c69a4e4a2db16388deafa',31,NULL,'2026-12-01T22:42:56.375Z');
INSERT INTO otc_venue_volume VALUES('2025-11-14','OTC','AHCHY','ARCA',7510,65,'115.54','dcecbc8f7ab9805f309237f63a28f1e4',31,NULL,'2026-12-01T22:42:56.375Z');
INSERT INTO otc_venue_volume VALUES('2025-11-14','OTC','AHCHY','OTCN',1100,11,'100.00','3c86ac669ff1e486dc6121077c99054e',31,NULL,'2026-12-01T22:42:56.375Z');
INSERT INTO otc_venue_volume VALUES('2025-11-14','OTC','AHCHY','OTCX',900,9,'100.00','f6328df67c8837f4d9960259d1b9b2e3',31,NULL,'2026-12-01T22:42:56.375Z');
INSERT INTO otc_venue_volume VALUES('2025-11-14','OTC','AHCMS','PPEX',924,56,'16.50','44af6e317d7dc724e59bc27c499b618a',31,NULL,'2026-12-01T22:42:56.375Z');
INSERT INTO otc_venue_volume VALUES('2025-11-14','OTC','AHEIS','PPEX',645,72,'8.96','44c0cf7c3fda6e10069b2a40d3682cf2',31,NULL,'2026-12-01T22:42:56.375Z');
INSERT INTO otc_venue_volume VALUES('2025-11-14','OTC','AHEWS','PPEX',910,76,'11.97','57ba61535cd1ceed5dbdfacee22856a2',31,NULL,'2026-12-01T22:42:56.375Z');
INSERT INTO otc_venue_volume VALUES('2025-11-14','OTC','AHEXY','ARCA',6814,78,'87.36','851c971b9873bbde604bbfbb26492297',31,NULL,'2026-12-01T22:42:56.375Z');
INSERT INTO otc_venue_volume VALUES('2025-11-14','OTC','AHEXY','OTCN',1740,10,'174.00','03b6f5aed2c3dbf4e01cfed731096a2a',31,NULL,'2026-12-01T22:42:56.375Z');
INSERT INTO otc_venue_volume VALUES('2025-11-14','OTC','AHEXY','OTCX',2141,43,'49.79','c903cea53c6bb0ea699d26cc0711c211',31,NULL,'2026-12-01T22:42:56.375Z');
INSERT INTO otc_venue_volume VALUES('2025-11-14','OTC','AHFXS','PPEX',892,63,'14.16','e13ff5bc1235ab0f548f2de1f6449d04',31,NULL,'2026-12-01T22:42:56.375Z');
INSERT INTO otc_venue_volume VALUES('2025-11-14','OTC','AHGLS','PPEX',812,51,'15.92','df7d02197d9d8c7c11a86763b84bc571',31,NULL,'2026-12-01T22:42:56.375Z');
INSERT INTO otc_venue_volume VALUES('2025-11-14','OTC','AHGNS','PPEX',1973,98,'20.13','ca6ea17d3925c5d70da4302b8114ffd6',31,NULL,'2026-12-01T22:42:56.375Z');
INSERT INTO otc_venue_volume VALUES('2025-11-14','OTC','AHHMS','PPEX',369,38,'9.71','085f5e03fa4711d48fd3886b605a51af',31,NULL,'2026-12-01T22:42:56.375Z');
INSERT INTO otc_venue_volume VALUES('2025-11-14','OTC','AHHOS','PPEX',212,20,'10.60','880948daa6345f2d3d0613406d736efc',31,NULL,'2026-12-01T22:42:56.375Z');
INSERT INTO otc_venue_volume VALUES('2025-11-14','OTC','AHHYS','PPEX',1651,106,'15.58','b2e1d60b258dd8218f870fe9b1905484',31,NULL,'2026-12-01T22:42:56.375Z');
INSERT INTO otc_venue_volume VALUES('2025-11-14','OTC','AHJHS','PPEX',934,62,'15.06','a483df60ee661d76fdf0d121bbba37a2',31,NULL,'2026-12-01T22:42:56.375Z');
INSERT INTO otc_venue_volume VALUES('2025-11-14','OTC','AHKSY','ARCA',1853,9,'205.89','cf56d45be3f323b760c509001c3398c0',31,NULL,'2026-12-01T22:42:56.375Z');
INSERT INTO otc_venue_volume VALUES('2025-11-14','OTC','AHKSY','OTCN',629,8,'78.63','288a98613e4ea37f6328bec24373e8d0',31,NULL,'2026-12-01T22:42:56.375Z');
INSERT INTO otc_venue_volume VALUES('2025-11-14','OTC','AHKSY','OTCX',94,1,'94.00','82c0146e61c50bd5610b5c1a13451da3',31,NULL,'2026-12-01T22:42:56.375Z');
INSERT INTO otc_venue_volume VALUES('2025-11-14','OTC','AHKYS','PPEX',1000,61,'16.39','7d6a1600b0373c842f8e9c76dd9fb2af',31,NULL,'2026-12-01T22:42:56.375Z');
INSERT INTO otc_venue_volume VALUES('2025-11-14','OTC','AHLAS','PPEX',2,1,'2.00','5ff2c57a8cb57e980393a71374313e20',31,NULL,'2026-12-01T22:42:56.375Z');
INSERT INTO otc_venue_volume VALUES('2025-11-14','OTC','AHLCS','PPEX',5,1,'5.00','59c7f808b0e35290098407eb67c01e47',31,NULL,'2026-12-01T22:42:56.375Z');
INSERT INTO otc_venue_volume VALUES('2025-11-14','OTC','AHLES','PPEX',6,1,'6.00','43b3e49a21caecc38aac146405a81226',31,NULL,'2026-12-01T22:42:56.375Z');
INSERT INTO otc_venue_volume VALUES('2025-11-14','OTC','AHLFS','PPEX',20,4,'5.00','b55304b7befdd016e2703024c8a564d2',31,NULL,'2026-12-01T22:42:56.375Z');
INSERT INTO otc_venue_volume VALUES('2025-11-14','OTC','AHLGS','PPEX',10,2,'5.00','10c940da3b4456234ac5887ea421ca95',31,NULL,'2026-12-01T22:42:56.375Z');
INSERT INTO otc_venue_volume VALUES('2025-11-14','OTC','AHLJS','PPEX',3,2,'1.50','7dd361febbd7469b7d9bb84840cd6d92',31,NULL,'2026-12-01T22:42:56.375Z');
INSERT INTO otc_venue_volume VALUES('2025-11-14','OTC','AHLNS','PPEX',1,1,'1.00','80bd8a4b6c42720e93ab0f118101cd27',31,NULL,'2026-12-01T22:42:56.375Z');
INSERT INTO otc_venue_volume VALUES('2025-11-14','OTC','AHLSS','PPEX',80,2,'40.00','f47e460e6924fc0d88109f26e6c9f1c6',31,NULL,'2026-12-01T22:42:56.375Z');
INSERT INTO otc_venue_volume VALUES('2025-11-14','OTC','AHLUS','PPEX',102,2,'51.00','4af696053cdd69a190931ad7ce436fbb',31,NULL,'2026-12-01T22:42:56.375Z');
INSERT INTO otc_venue_volume VALUES('2025-11-14','OTC','AHLVS','PPEX',1417,76,'18.64','b91df872ccff7438e6492704ac3e691e',31,NULL,'2026-12-01T22:42:56.375Z');
INSERT INTO otc_venue_volume VALUES('2025-11-14','OTC','AHLXS','PPEX',395,41,'9.63','2ca0cbbf1a399d17515b2db1f4a2e4be',31,NULL,'2026-12-01T22:42:56.375Z');
INSERT INTO otc_venue_volume VALUES('2025-11-14','OTC','AHMCS','PPEX',776,48,'16.17','1e9a6e6c54cb517739bb123cda2ca596',31,NULL,'2026-12-01T22:42:56.375Z');
INSERT INTO otc_venue_volume VALUES('2025-11-14','OTC','AHNBS','PPEX',1435,73,'19.66','8b742640f7094219325ca78566db99b8',31,NULL,'2026-12-01T22:42:56.375Z');
INSERT INTO otc_venue_volume VALUES('2025-11-14','OTC','AHNRF','OTCN',57696,16,'3606.00','245345e363a1c449d90d02ba3c2729b9',31,NULL,'2026-12-01T22:42:56.375Z');
INSERT INTO otc_venue_volume VALUES('2025-11-14','OTC','AHNTS','PPEX',525,49,'10.71','f1c4888762c9afb109062e887fbb6572',31,NULL,'2026-12-01T22:42:56.375Z');
INSERT INTO otc_venue_volume VALUES('2025-11-14','OTC','AHOBS','PPEX',991,77,'12.87','d44b58b42e12a66f0a557ea1943e4928',31,NULL,'2026-12-01T22:42:56.375Z');
INSERT INTO otc_venue_volume VALUES('2025-11-14','OTC','AHOMS','PPEX',321,37,'8.68','1cbf2c0dc7a02c5494ed3320447a5b95',31,NULL,'2026-12-01T22:42:56.375Z');
INSERT INTO otc_venue_volume VALUES('2025-11-14','OTC','AHPHS','PPEX',256,34,'7.53','f0d5f9193f5f873e9d7ed28c0269cf68',31,NULL,'2026-12-01T22:42:56.375Z');
INSERT INTO otc_venue_volume VALUES('2025-11-14','OTC','AHPMS','PPEX',4171,140,'29.79','22b0d55c1ddf3d08c473e5376a4d184f',31,NULL,'2026-12-01T22:42:56.375Z');
INSERT INTO otc_venue_volume VALUES('2025-11-14','OTC','AHPSS','PPEX',2220,96,'23.13','b6936d08686d23c522941f3ca1bad4df',31,NULL,'2026-12-01T22:42:56.375Z');
INSERT INTO otc_venue_volume VALUES('2025-11-14','OTC','AHRFS','PPEX',722,60,'12.03','f22de20a3392d1f1b1d4105b1ed20302',31,NULL,'2026-12-01T22:42:56.375Z');
INSERT INTO otc_venue_volume VALUES('2025-11-14','OTC','AHRKS','PPEX',1015,93,'10.91','647f1e590f44da1648fdf762cdade108',31,NULL,'2026-12-01T22:42:56.375Z');
INSERT INTO otc_venue_volume VALUES('2025-11-14','OTC','AHRWS','PPEX',1369,71,'19.28','6d513f07fec69d127e715894774618df',31,NULL,'2026-12-01T22:42:56.375Z');
INSERT INTO otc_venue_volume VALUES('2025-11-14','OTC','AHSMS','PPEX',863,52,'16.60','034257d03c6750c1b14a6d29a4826a62',31,NULL,'2026-12-01T22:42:56.375Z');
INSERT INTO otc_venue_volume VALUES('2025-11-14','OTC','AHSOS','PPEX',475,47,'10.11','2d2d42ad146ed125a44960d9705c71b9',31,NULL,'2026-12-01T22:42:56.375Z');
INSERT INTO otc_venue_volume VALUES('2025-11-14','OTC','AHSQS','PPEX',976,66,'14.79','6bb6b04c7a11ae93bc96322041dfda7b',31,NULL,'2026-12-01T22:42:56.375Z');
INSERT INTO otc_venue_volume VALUES('2025-11-14','OTC','AHSSS','PPEX',983,56,'17.55','00fc16ed056b4d1b68e7ece99b020cfb',31,NULL,'2026-12-01T22:42:56.375Z');
INSERT INTO otc_venue_volume VALUES('2025-11-14','OTC','AHSVS','PPEX',1683,112,'15.03','846e067ec0d054bebe6efcf055b0de8e',31,NULL,'2026-12-01T22:42:56.375Z');
INSERT INTO otc_venue_volume VALUES('2025-11-14','OTC','AHTYS','PPEX',970,68,'14.26','02ff1e113d6c7f755151d28b6c65f743',31,NULL,'2026-12-01T22:42:56.375Z');
INSERT INTO otc_venue_volume VALUES('2025-11-14','OTC','AHVAS','PPEX',5,1,'5.00','3bd245390a9df0c1be8c3b4a9450b5c0',31,NULL,'2026-12-01T22:42:56.375Z');
INSERT INTO otc_venue_volume VALUES('2025-11-14','OTC','AHWHS','PPEX',1002,61,'16.43','238a5d97f6f03eb85eaa004786c7358a',31,NULL,'2026-12-01T22:42:56.375Z');
INSERT INTO otc_venue_volume VALUES('2025-11-14','OTC','AIBGY','ARCA',21215,276,'76.87','7e13864ceb7169a4b41bb4abe55961d8',31,NULL,'2026-12-01T22:42:56.375Z');
INSERT INTO otc_venue_volume VALUES('2025-11-14','OTC','AIBGY','OTCN',20976,104,'201.69','e130d1edacde02daf4847e5c54cded93',31,NULL,'2026-12-01T22:42:56.375Z');
INSERT INTO otc_venue_volume VALUES('2025-11-14','OTC','AIBGY','OTCX',16096,266,'60.51','bfc8a290365a3cb6bdae129258e75ce0',31,NULL,'2026-12-01T22:42:56.375Z');
INSERT INTO otc_venue_volume VALUES('2025-11-14','OTC','AIBT','OTCN',173008,2,'86504.00','49aa1ca6c51fa3439de285db4024710d',31,NULL,'2026-12-01T22:42:56.375Z');
INSERT INTO otc_venue_volume VALUES('2025-11-14','OTC','AIJTY','OTCN',2350,2,'1175.00','19c66b489689aaf211d1b792dec39324',31,NULL,'2026-12-01T22:42:56.375Z');
INSERT INTO otc_venue_volume VALUES('2025-11-14','OTC','AIMFF','ARCA',600,2,'300.00','9e6ddf6924c86cccd363d6c8b883f1c7',31,NULL,'2026-12-01T22:42:56.375Z');
INSERT INTO otc_venue_volume VALUES('2025-11-14','OTC','AIMFF','OTCN',900,2,'450.00','c32a5d156e5eca85b7e4322a7984da03',31,NULL,'2026-12-01T22:42:56.375Z');
INSERT INTO otc_venue_volume VALUES('2025-11-14','OTC','AIMLF','OTCN',260600,9,'28955.56','3c1272f0b789a5f09d5140d6cc6b7ef5',31,NULL,'2026-12-01T22:42:56.375Z');
INSERT INTO otc_venue_volume VALUES('2025-11-14','OTC','AINMF','ARCA',2200,1,'2200.00','bd224b7a1dd4b48df766f6007aec023a',31,NULL,'2026-12-01T22:42:56.375Z');
INSERT INTO otc_venue_volume VALUES('2025-11-14','OTC','AIPUY','OTCN',100,1,'100.00','63863c46d11cd1cfa990009ac7a51431',31,NULL,'2026-12-01T22:42:56.375Z');
INSERT INTO otc_venue_volume VALUES('2025-11-14','OTC','AIQUY','ARCA',131065,966,'135.68','ebaf8fe683c5f2674b3f948a938db64b',31,NULL,'2026-12-01T22:42:56.375Z');
INSERT INTO otc_venue_volume VALUES('2025-11-14','OTC','AIQUY','OTCN',21965,119,'184.58','e8cc3854a1c04d5a42fc14a11ed41d28',31,NULL,'2026-12-01T22:42:56.375Z');
INSERT INTO otc_venue_volume VALUES('2025-11-14','OTC','AIQUY','OTCX',20894,143,'146.11','50a68f2b98a9eb6798659c5e6e27ea53',31,NULL,'2026-12-01T22:42:56.375Z');
INSERT INTO otc_venue_volume VALUES('2025-11-14','OTC','AIRDF','OTCN',38000,11,'3454.55','d3c5478d2d6150168930525026ee1b36',31,NULL,'2026-12-01T22:42:56.375Z');
INSERT INTO otc_venue_volume VALUES('2025-11-14','OTC','AIRRF','OTCN',8272,7,'1181.71','2c6951995ff7780d6a0a3845c564f378',31,NULL,'2026-12-01T22:42:56.375Z');
INSERT INTO otc_venue_volume VALUES('2025-11-14','OTC','AITX','OTCN',48244979,192,'251275.93','0e7e8284e6fc8f82bf4a934109486253',31,NULL,'2026-12-01T22:42:56.375Z');
INSERT INTO otc_venue_volume VALUES('2025-11-14','OTC','AITX','OTCX',11958670,54,'221456.85','c6186fd34e0cc2116acf21ded6396682',31,NULL,'2026-12-01T22:42:56.375Z');
INSERT INTO otc_venue_volume VALUES('2025-11-14','OTC','AJINY','ARCA',10201,60,'170.02','b42e97be013a4f73b636ca6bcf3b5316',31,NULL,'2026-12-01T22:42:56.375Z');
INSERT INTO otc_venue_volume VALUES('2025-11-14','OTC','AJINY','OTCN',2230,21,'106.19','daea9d44c0ddf8c4bb281c649d1ec7be',31,NULL,'2026-12-01T22:42:56.375Z');
INSERT INTO otc_venue_volume VALUES('2025-11-14','OTC','AJINY','OTCX',8808,75,'117.44','61063796eb8b62e9e36ede4d5efb2ed4',31,NULL,'2026-12-01T22:42:56.375Z');
INSERT INTO otc_venue_volume VALUES('2025-11-14','OTC','AKBTY','OTCN',702,4,'175.50','4fa8e853e7645ec3c7c6cb0e0dafe2ac',31,NULL,'2026-12-01T22:42:56.375Z');
INSERT INTO otc_venue_volume VALUES('2025-11-14','OTC','AKEMF','OTCN',93061,7,'13294.43','708ce9e921b3a0c961b9317e025caed8',31,NULL,'2026-12-01T22:42:56.375Z');
INSERT INTO otc_venue_volume VALUES('2025-11-14','OTC','AKEMF','OTCX',2148,2,'1074.00','30297e21b77df3494bdfd8d915c69689',31,NULL,'2026-12-01T22:42:56.375Z');
INSERT INTO otc_venue_volume VALUES('2025-11-14','OTC','AKGSS','PPEX',1,1,'1.00','6773e331b19036ec656a16227ff2780b',31,NULL,'2026-12-01T22:42:56.375Z');
INSERT INTO otc_venue_volume VALUES('2025-11-14','OTC','AKOJS','PPEX',15,4,'3.75','013e10aa0d3e6a6a5411e6a0a42d3b7b',31,NULL,'2026-12-01T22:42:56.375Z');
INSERT INTO otc_venue_volume VALUES('2025-11-14','OTC','AKPJS','PPEX',55,16,'3.44','67ba95557849c544caa5adf194e1955f',31,NULL,'2026-12-01T22:42:56.375Z');
INSERT INTO otc_venue_volume VALUES('2025-11-14','OTC','AKPPS','PPEX',18,11,'1.64','65f8ffa2f33786c78cf65782c582446c',31,NULL,'2026-12-01T22:42:56.375Z');
INSERT INTO otc_venue_volume VALUES('2025-11-14','OTC','AKPQS','PPEX',4,3,'1.33','7ca6f76689a0a8c32259d0c218103bac',31,NULL,'2026-12-01T22:42:56.375Z');
INSERT INTO otc_venue_volume VALUES('2025-11-14','OTC','AKPRS','PPEX',2,2,'1.00','c602c40e83490fe7575e725eeed8cb51',31,NULL,'2026-12-01T22:42:56.375Z');
INSERT INTO otc_venue_volume VALUES('2025-11-14','OTC','AKPXS','PPEX',24,7,'3.43','793ab7cc262e19ffd453528f7ef4a4ae',31,NULL,'2026-12-01T22:42:56.375Z');
INSERT INTO otc_venue_volume VALUES('2025-11-14','OTC','AKPZS','PPEX',9,8,'1.13','5385fdb9418bb59aa60ff87eb206936e',31,NULL,'2026-12-01T22:42:56.375Z');
INSERT INTO otc_venue_volume VALUES('2025-11-14','OTC','AKRBY','OTCN',983,3,'327.67','144d51bd4e39782d1375606c31069465',31,NULL,'2026-12-01T22:42:56.375Z');
INSERT INTO otc_venue_volume VALUES('2025-11-14','OTC','AKRYY','OTCN',100,1,'100.00','958f260580a40fd9a62c1cef1055551f',31,NULL,'2026-12-01T22:42:56.375Z');
INSERT INTO otc_venue_volume VALUES('2025-11-14','OTC','AKTAF','OTCN',700,3,'233.33','9a95da8053d07415bafa6c53484a356d',31,NULL,'2026-12-01T22:42:56.375Z');
INSERT INTO otc_venue_volume VALUES('2025-11-14','OTC','AKTAF','OTCX',301,3,'100.33','72dda26b4ebd013337509eaa830fddb4',31,NULL,'2026-12-01T22:42:56.375Z');
INSERT INTO otc_venue_volume VALUES('2025-11-14','OTC','AKZAS','PPEX',11,5,'2.20','f4a83863887d548153e4b493cb92aac1',31,NULL,'2026-12-01T22:42:56.375Z');
INSERT INTO otc_venue_volume VALUES('2025-11-14','OTC','AKZOY','ARCA',15081,67,'225.09','7b0e8a613e63e07af0fbab8eb548fa4e',31,NULL,'2026-12-01T22:42:56.375Z');
INSERT INTO otc_venue_volume VALUES('2025-11-14','OTC','AKZOY','OTCN',15046,78,'192.90','09773c9cd902332a8c5a8470d44a3868',31,NULL,'2026-12-01T22:42:56.375Z');
INSERT INTO otc_venue_volume VALUES('2025-11-14','OTC','AKZOY','OTCX',8111,41,'197.83','00dba8f48772579743ece0a737157e5d',31,NULL,'2026-12-01T22:42:56.375Z');
INSERT INTO otc_venue_volume VALUES('2025-11-14','OTC','ALFVY','ARCA',6277,38,'165.18','e3b857349d6dc643cb2daa8cc14202e7',31,NULL,'2026-12-01T22:42:56.375Z');
INSERT INTO otc_venue_volume VALUES('2025-11-14','OTC','ALFVY','OTCN',2353,21,'112.05','56277185660e2105b4185b400c5c6af0',31,NULL,'2026-12-01T22:42:56.375Z');
INSERT INTO otc_venue_volume VALUES('2025-11-14','OTC','ALFVY','OTCX',1821,13,'140.08','a4ee728946603b79f69869d80b373f2c',31,NULL,'2026-12-01T22:42:56.375Z');
INSERT INTO otc_venue_volume VALUES('2025-11-14','OTC','ALGYS','PPEX',196,20,'9.80','7887fbbb337c1713140057d3a35d93b2',31,NULL,'2026-12-01T22:42:56.375Z');
INSERT INTO otc_venue_volume VALUES('2025-11-14','OTC','ALIZY','ARCA',70747,379,'186.67','57bbf5ffcbb8d5791c6ce492a003b246',31,NULL,'2026-12-01T22:42:56.375Z');
INSERT INTO otc_venue_volume VALUES('2025-11-14','OTC','ALIZY','OTCN',88979,395,'225.26','a0d198325d14918035ca6ac6ef5cf2f5',31,NULL,'2026-12-01T22:42:56.375Z');
INSERT INTO otc_venue_volume VALUES('2025-11-14','OTC','ALIZY','OTCX',112320,569,'197.40','728081ae59ad54cc112ae53cf0b0968f',31,NULL,'2026-12-01T22:42:56.375Z');
INSERT INTO otc_venue_volume VALUES('2025-11-14','OTC','ALLGF','OTCX',135,2,'67.50','20bc08c5b2300ecc1be3e023a8278570',31,NULL,'2026-12-01T22:42:56.375Z');
INSERT INTO otc_venue_volume VALUES('2025-11-14','OTC','ALNPY','ARCA',31,3,'10.33','7f728d38910301780effe28f9505e53a',31,NULL,'2026-12-01T22:42:56.375Z');
INSERT INTO otc_venue_volume VALUES('2025-11-14','OTC','ALNPY','OTCN',10,1,'10.00','06f3bd55bf81ae7500a57f6bdc038b87',31,NULL,'2026-12-01T22:42:56.375Z');
INSERT INTO otc_venue_volume VALUES('2025-11-14','OTC','ALOIS','PPEX',378,30,'12.60','0df5afd32ea2bff68a67eb464a4388a0',31,NULL,'2026-12-01T22:42:56.375Z');
INSERT INTO otc_venue_volume VALUES('2025-11-14','OTC','ALPIB','ARCA',699,6,'116.50','a0e18a1adff47e8879e91abe2db82898',31,NULL,'2026-12-01T22:42:56.375Z');
INSERT INTO otc_venue_volume VALUES('2025-11-14','OTC','ALPIB','OTCN',987,16,'61.69','0b09d42126b64b735a118d1ae43df6b6',31,NULL,'2026-12-01T22:42:56.375Z');
INSERT INTO otc_venue_volume VALUES('2025-11-14','OTC','ALPIB','OTCX',943,12,'78.58','d212be94027fd0535ac31b121de06ac4',31,NULL,'2026-12-01T22:42:56.375Z');
INSERT INTO otc_venue_volume VALUES('2025-11-14','OTC','ALPMY','ARCA',46780,237,'197.38','72dc85c87e72a3676a006c6a80e477e0',31,NULL,'2026-12-01T22:42:56.375Z');
INSERT INTO otc_venue_volume VALUES('2025-11-14','OTC','ALPMY','OTCN',10112,50,'202.24','2a5513cd06f50462745e5a79b1029521',31,NULL,'2026-12-01T22:42:56.375Z');
INSERT INTO otc_venue_volume VALUES('2025-11-14','OTC','ALPMY','OTCX',20745,137,'151.42','ad3ddb012cbc0d31ddb619b411369be8',31,NULL,'2026-12-01T22:42:56.375Z');
INSERT INTO otc_venue_volume VALUES('2025-11-14','OTC','ALRTF','OTCN',100,1,'100.00','ca6cf8de55fa0716eb9a6ae0cba3740b',31,NULL,'2026-12-01T22:42:56.375Z');
INSERT INTO otc_venue_volume VALUES('2025-11-14','OTC','ALSAF','OTCN',1,1,'1.00','f51f88db03f89250c460cc6c89718e16',31,NULL,'2026-12-01T22:42:56.375Z');
INSERT INTO otc_venue_volume VALUES('2025-11-14','OTC','ALSMY','ARCA',99193,46,'2156.37','6076c75688aecc9044a4741f12fcf67a',31,NULL,'2026-12-01T22:42:56.375Z');
INSERT INTO otc_venue_volume VALUES('2025-11-14','OTC','ALSMY','OTCN',107274,61,'1758.59','af4cf75d79c64afcec4b15ca531f4ef4',31,NULL,'2026-12-01T22:42:56.375Z');
INSERT INTO otc_venue_volume VALUES('2025-11-14','OTC','ALSMY','OTCX',95201,75,'1269.35','9666abf843ad78baf0776bb69722e74e',31,NULL,'2026-12-01T22:42:56.375Z');
INSERT INTO otc_venue_volume VALUES('2025-11-14','OTC','ALVLF','OTCN',2000,1,'2000.00','c6a9651716c68fccaa70f0c1ca6343bb',31,NULL,'2026-12-01T22:42:56.375Z');
INSERT INTO otc_venue_volume VALUES('2025-11-14','OTC','ALVOF','ARCA',1500,1,'1500.00','c98b69385f30ac8c991a8dbccf3c0428',31,NULL,'2026-12-01T22:42:56.375Z');
INSERT INTO otc_venue_volume VALUES('2025-11-14','OTC','ALVOF','OTCN',6095,9,'677.22','5a361cdfae43d1cd60d9e652164c1d4a',31,NULL,'2026-12-01T22:42:56.375Z');
INSERT INTO otc_venue_volume VALUES('2025-11-14','OTC','ALVOF','OTCX',4300,15,'286.67','8d6fca11c140009314ed22ea5ed159f0',31,NULL,'2026-12-01T22:42:56.375Z');
INSERT INTO otc_venue_volume VALUES('2025-11-14','OTC','ALYAF','ARCA',600,6,'100.00','af6539ffb6433d36a47b0e5c212c2379',31,NULL,'2026-12-01T22:42:56.375Z');
INSERT INTO otc_venue_volume VALUES('2025-11-14','OTC','ALYAF','OTCN',1000,4,'250.00','e601bb0fae43a09873810e5dc1a1610b',31,NULL,'2026-12-01T22:42:56.375Z');
INSERT INTO otc_venue_volume VALUES('2025-11-14','OTC','ALYAF','OTCX',1100,11,'100.00','6fe10c124e06ac5422f22197dea19f19',31,NULL,'2026-12-01T22:42:56.375Z');
INSERT INTO otc_venue_volume VALUES('2025-11-14','OTC','ALYI','OTCN',2000,1,'2000.00','fabff489a9bfb9282ae1e3e40f732e2d',31,NULL,'2026-12-01T22:42:56.375Z');
INSERT INTO otc_venue_volume VALUES('2025-11-14','OTC','AMADY','ARCA',5705,82,'69.57','0cdd4754c754f95c937cb9788818d492',31,NULL,'2026-12-01T22:42:56.375Z');
INSERT INTO otc_venue_volume VALUES('2025-11-14','OTC','AMADY','OTCN',6974,111,'62.83','087c9150052cf1e0f329d8944f7fd3f2',31,NULL,'2026-12-01T22:42:56.375Z');
INSERT INTO otc_venue_volume VALUES('2025-11-14','OTC','AMADY','OTCX',6423,67,'95.87','22747985af0b96871194b7310b5c8d77',31,NULL,'2026-12-01T22:42:56.375Z');
INSERT INTO otc_venue_volume VALUES('2025-11-14','OTC','AMBIQ','OTCN',537,4,'134.25','3a16773d7babb848fc871790fbcccad8',31,NULL,'2026-12-01T22:42:56.375Z');
INSERT INTO otc_venue_volume VALUES('2025-11-14','OTC','AMBIQ','OTCX',848,8,'106.00','3e0c377208dffa98e3bbb3195e879e08',31,NULL,'2026-12-01T22:42:56.375Z');
INSERT INTO otc_venue_volume VALUES('2025-11-14','OTC','AMBWQ','OTCN',20000,1,'20000.00','1a8c67835bdb466cf1fe44c39b13093e',31,NULL,'2026-12-01T22:42:56.375Z');
INSERT INTO otc_venue_volume VALUES('2025-11-14','OTC','AMBWQ','OTCX',783,1,'783.00','67b9204543c256cabf67c149711f5a90',31,NULL,'2026-12-01T22:42:56.375Z');
INSERT INTO otc_venue_volume VALUES('2025-11-14','OTC','AMBZ','ARCA',1880,18,'104.44','25a8a242d9c9c1c8d339cdb143b9a813',31,NULL,'2026-12-01T22:42:56.375Z');
INSERT INTO otc_venue_volume VALUES('2025-11-14','OTC','AMBZ','OTCN',4906,43,'114.09','9519ca420d10a20272b87e82c0127efa',31,NULL,'2026-12-01T22:42:56.375Z');
INSERT INTO otc_venue_volume VALUES('2025-11-21','NMS_TIER_1','AAPL','CITD',1200000,6200,'193.55','6ec70ab6bde6d5548b2a47039198e0eb',3,1,'2026-12-01T22:42:52.819Z');
INSERT INTO otc_venue_volume VALUES('2025-11-21','NMS_TIER_1','AAPL','JANE',800000,4100,'195.12','f98251499646c905115b9f60c5b462b3',3,1,'2026-12-01T22:42:52.819Z');
INSERT INTO otc_venue_volume VALUES('2025-11-21','NMS_TIER_1','AAPL','NITE',1500000,8500,'176.47','b4a146a65e61e685be9bbc80a2a31e85',3,1,'2026-12-01T22:42:52.819Z');
INSERT INTO otc_venue_volume VALUES('2025-11-21','NMS_TIER_1','META','CITD',500000,2500,'200.00','383878b2f45d1eb94bdd2f2712763274',3,1,'2026-12-01T22:42:52.819Z');
INSERT INTO otc_venue_volume VALUES('2025-11-21','NMS_TIER_1','META','NITE',700000,3500,'200.00','120ebc620769f393a63910b52f834cb8',3,1,'2026-12-01T22:42:52.819Z');
INSERT INTO otc_venue_volume VALUES('2025-11-21','NMS_TIER_1','MSFT','JANE',500000,2500,'200.00','44f826c5f77362dbb7a02975e5118d5c',3,1,'2026-12-01T22:42:52.819Z');
INSERT INTO otc_venue_volume VALUES('2025-11-21','NMS_TIER_1','MSFT','VIRT',400000,2000,'200.00','04ce749b4096333081ddbbba738542e6',3,1,'2026-12-01T22:42:52.819Z');
INSERT INTO otc_venue_volume VALUES('2025-11-21','NMS_TIER_1','NVDA','CITD',1500000,7500,'200.00','f9da42727b781dc5d8257cb499b10a51',3,1,'2026-12-01T22:42:52.819Z');
INSERT INTO otc_venue_volume VALUES('2025-11-21','NMS_TIER_1','NVDA','NITE',2000000,10000,'200.00','0d2d3094585f27b1da2b2565e62001cd',3,1,'2026-12-01T22:42:52.819Z');
INSERT INTO otc_venue_volume VALUES('2025-11-21','NMS_TIER_1','TSLA','NITE',900000,4500,'200.00','d0653cf983e38f5bfeec90c281c11d32',3,1,'2026-12-01T22:42:52.819Z');
INSERT INTO otc_venue_volume VALUES('2025-11-21','NMS_TIER_1','TSLA','VIRT',600000,3200,'187.50','bc34d5f0ce68b4482544d8e71010bd58',3,1,'2026-12-01T22:42:52.819Z');
INSERT INTO otc_venue_volume VALUES('2025-11-28','NMS_TIER_1','AAPL','CITD',1250000,6400,'195.31','b92fa531cda628023d2cb898ba069a3e',6,1,'2026-12-01T22:42:52.823Z');
INSERT INTO otc_venue_volume VALUES('2025-11-28','NMS_TIER_1','AAPL','JANE',820000,4200,'195.24','556d321a0c4e3c7e6ee0beab0102cff3',6,1,'2026-12-01T22:42:52.823Z');
INSERT INTO otc_venue_volume VALUES('2025-11-28','NMS_TIER_1','AAPL','NITE',1550000,8700,'178.16','b6122e65ad935aa4eba0415c9bcafc15',6,1,'2026-12-01T22:42:52.823Z');
INSERT INTO otc_venue_volume VALUES('2025-11-28','NMS_TIER_1','META','CITD',520000,2600,'200.00','74a3748f71ed46d3b6f81fb7a230818a',6,1,'2026-12-01T22:42:52.823Z');
INSERT INTO otc_venue_volume VALUES('2025-11-28','NMS_TIER_1','META','JANE',300000,1500,'200.00','47681ba7e06aa18c704f286ea621aff2',6,1,'2026-12-01T22:42:52.823Z');
INSERT INTO otc_venue_volume VALUES('2025-11-28','NMS_TIER_1','META','NITE',720000,3600,'200.00','19ef9ea5f110b2aee12ba58004603bda',6,1,'2026-12-01T22:42:52.823Z');
INSERT INTO otc_venue_volume VALUES('2025-11-28','NMS_TIER_1','MSFT','JANE',520000,2600,'200.00','025e187b3844b6ba4a2c9ce6d438251d',6,1,'2026-12-01T22:42:52.823Z');
INSERT INTO otc_venue_volume VALUES('2025-11-28','NMS_TIER_1','MSFT','VIRT',420000,2100,'200.00','3a052a63e96adaa4b5669eb7397e2490',6,1,'2026-12-01T22:42:52.823Z');
INSERT INTO otc_venue_volume VALUES('2025-11-28','NMS_TIER_1','NVDA','CITD',1450000,7200,'201.39','75bdeec7977c500faa24fb2c142060bf',6,1,'2026-12-01T22:42:52.823Z');
INSERT INTO otc_venue_volume VALUES('2025-11-28','NMS_TIER_1','NVDA','NITE',1900000,9500,'200.00','edb54ae3ce87dd73c5f48de9d93ffc57',6,1,'2026-12-01T22:42:52.823Z');
INSERT INTO otc_venue_volume VALUES('2025-11-28','NMS_TIER_1','TSLA','NITE',950000,4700,'202.13','12871306603aba8f0eb308a3ed7eef00',6,1,'2026-12-01T22:42:52.823Z');
INSERT INTO otc_venue_volume VALUES('2025-11-28','NMS_TIER_1','TSLA','VIRT',650000,3400,'191.18','92664eeeb51c90034bada49f87da8dd9',6,1,'2026-12-01T22:42:52.823Z');
INSERT INTO otc_venue_volume VALUES('2025-11-28','OTC','ZIVO','OTCN',499,2,'249.50','4a64a0fd3f9f5dc7a0530566debbfc60',35,NULL,'2026-12-01T22:42:57.445Z');
INSERT INTO otc_venue_volume VALUES('2025-11-28','OTC','ZLNDY','ARCA',5676,30,'189.20','09511c8e2bfccd39a79044dc53f3f430',35,NULL,'2026-12-01T22:42:57.445Z');
INSERT INTO otc_venue_volume VALUES('2025-11-28','OTC','ZLNDY','OTCN',1785,11,'162.27','0362f80ad5076d37962c236e1569ad6d',35,NULL,'2026-12-01T22:42:57.445Z');
INSERT INTO otc_venue_volume VALUES('2025-11-28','OTC','ZLNDY','OTCX',10420,41,'254.15','62105c4c8df55655bf556153b692538b',35,NULL,'2026-12-01T22:42:57.445Z');
INSERT INTO otc_venue_volume VALUES('2025-11-28','OTC','ZMDTF','OTCN',24850,14,'1775.00','ab075dcc97a05d4b809eccd7c8883723',35,NULL,'2026-12-01T22:42:57.445Z');
INSERT INTO otc_venue_volume VALUES('2025-11-28','OTC','ZMDTF','OTCX',6666,11,'606.00','692f823040eda15a0546adcefdc996b2',35,NULL,'2026-12-01T22:42:57.445Z');
INSERT INTO otc_venue_volume VALUES('2025-11-28','OTC','ZNOG','OTCN',252667,76,'3324.57','91f3d7f58bbec3d9aca6c67823ac2e69',35,NULL,'2026-12-01T22:42:57.445Z');
INSERT INTO otc_venue_volume VALUES('2025-11-28','OTC','ZNOG','OTCX',32829,19,'1727.84','f201e56d336edd40f84546649bec4ea8',35,NULL,'2026-12-01T22:42:57.445Z');
INSERT INTO otc_venue_volume VALUES('2025-11-28','OTC','ZOMDF','OTCN',92999,12,'7749.92','6f97e1210253acb750f65d57bd577cbd',35,NULL,'2026-12-01T22:42:57.445Z');
INSERT INTO otc_venue_volume VALUES('2025-11-28','OTC','ZOMDF','OTCX',1318,5,'263.60','09e603561cb90c5bb7666ca1c08f9253',35,NULL,'2026-12-01T22:42:57.445Z');
INSERT INTO otc_venue_volume VALUES('2025-11-28','OTC','ZPTA','OTCX',41930,14,'2995.00','8d90aed61bb0268110f91a3d88824208',35,NULL,'2026-12-01T22:42:57.445Z');
INSERT INTO otc_venue_volume VALUES('2025-11-28','OTC','ZPTAF','OTCN',100,1,'100.00','98bbe630dc264e687039db9829775a8b',35,NULL,'2026-12-01T22:42:57.445Z');
INSERT INTO otc_venue_volume VALUES('2025-11-28','OTC','ZPTAF','OTCX',100,1,'100.00','768a0a35396bfb12c655869da927c42b',35,NULL,'2026-12-01T22:42:57.445Z');
INSERT INTO otc_venue_volume VALUES('2025-11-28','OTC','ZURVY','ARCA',28944,77,'375.90','41607d3b591e7f9b5fddeacb0813b7e7',35,NULL,'2026-12-01T22:42:57.445Z');
INSERT INTO otc_venue_volume VALUES('2025-11-28','OTC','ZURVY','OTCN',17809,103,'172.90','e8be9c228d8cf8c6cce0ef8d6b03972a',35,NULL,'2026-12-01T22:42:57.445Z');
INSERT INTO otc_venue_volume VALUES('2025-11-28','OTC','ZURVY','OTCX',29921,167,'179.17','87de72c2fa1e9486e828c4a95aabeaf7',35,NULL,'2026-12-01T22:42:57.445Z');
INSERT INTO otc_venue_volume VALUES('2025-11-28','OTC','ZVOI','OTCX',12002,3,'4000.67','69adea7f7693822642bf47e1ca5ae209',35,NULL,'2026-12-01T22:42:57.445Z');
INSERT INTO otc_venue_volume VALUES('2025-11-28','OTC','ZVSA','OTCN',4,2,'2.00','c392d24971da6a22c8038e3e4ca876ba',35,NULL,'2026-12-01T22:42:57.445Z');
INSERT INTO otc_venue_volume VALUES('2025-11-28','OTC','ZVSA','OTCX',2,1,'2.00','eca43bc25a35297c1ef8d73b3256a4e0',35,NULL,'2026-12-01T22:42:57.445Z');
INSERT INTO otc_venue_volume VALUES('2025-12-05','NMS_TIER_1','AAPL','CITD',1280000,6500,'196.92','9ab6e06932a860516ffe23b75fed96dd',9,1,'2026-12-01T22:42:52.826Z');
INSERT INTO otc_venue_volume VALUES('2025-12-05','NMS_TIER_1','AAPL','JANE',850000,4300,'197.67','3c25328e48c0186bcc1208a6bfcd4543',9,1,'2026-12-01T22:42:52.826Z');
INSERT INTO otc_venue_volume VALUES('2025-12-05','NMS_TIER_1','AAPL','NITE',1600000,9000,'177.78','2b72a8c4353e8e738c9452f1467d97d5',9,1,'2026-12-01T22:42:52.826Z');
INSERT INTO otc_venue_volume VALUES('2025-12-05','NMS_TIER_1','META','CITD',540000,2700,'200.00','e8833740c8a6d3b30d3c671a77ad69aa',9,1,'2026-12-01T22:42:52.826Z');
INSERT INTO otc_venue_volume VALUES('2025-12-05','NMS_TIER_1','META','NITE',750000,3750,'200.00','253bdec3b9429c35f87d49a7d439b678',9,1,'2026-12-01T22:42:52.826Z');
INSERT INTO otc_venue_volume VALUES('2025-12-05','NMS_TIER_1','MSFT','JANE',540000,2700,'200.00','d5879b32e0ad12fa20fdb208839f8432',9,1,'2026-12-01T22:42:52.826Z');
INSERT INTO otc_venue_volume VALUES('2025-12-05','NMS_TIER_1','MSFT','VIRT',440000,2200,'200.00','d760602ccd1c9688dcde3927f536c636',9,1,'2026-12-01T22:42:52.826Z');
INSERT INTO otc_venue_volume VALUES('2025-12-05','NMS_TIER_1','NVDA','CITD',1400000,7000,'200.00','588444b78f59ebd41aaad7fe6bcea829',9,1,'2026-12-01T22:42:52.826Z');
INSERT INTO otc_venue_volume VALUES('2025-12-05','NMS_TIER_1','NVDA','NITE',1850000,9200,'201.09','1db71d68da057b57bfe4f8cce1c95a3c',9,1,'2026-12-01T22:42:52.826Z');
INSERT INTO otc_venue_volume VALUES('2025-12-05','NMS_TIER_1','TSLA','NITE',1000000,5000,'200.00','57dcb64fbd19b87e39752fff5ceb3ef1',9,1,'2026-12-01T22:42:52.826Z');
INSERT INTO otc_venue_volume VALUES('2025-12-05','NMS_TIER_1','TSLA','VIRT',700000,3600,'194.44','5b02720eb0b0c5ab72b34a10f02bc96f',9,1,'2026-12-01T22:42:52.826Z');
INSERT INTO otc_venue_volume VALUES('2025-12-12','NMS_TIER_1','AAPL','CITD',1260000,6400,'196.88','6ad5a9d57f03749624ab2054140fb669',12,1,'2026-12-01T22:42:52.829Z');
INSERT INTO otc_venue_volume VALUES('2025-12-12','NMS_TIER_1','AAPL','JANE',830000,4200,'197.62','87444bd499598376fd65c9705942ed49',12,1,'2026-12-01T22:42:52.829Z');
INSERT INTO otc_venue_volume VALUES('2025-12-12','NMS_TIER_1','AAPL','NITE',1580000,8800,'179.55','229dc0e8b1d1a755b868ab18167bc087',12,1,'2026-12-01T22:42:52.829Z');
INSERT INTO otc_venue_volume VALUES('2025-12-12','NMS_TIER_1','META','CITD',530000,2650,'200.00','4b3579bcb35b5bc54d88438d11dcd56a',12,1,'2026-12-01T22:42:52.829Z');
INSERT INTO otc_venue_volume VALUES('2025-12-12','NMS_TIER_1','META','NITE',730000,3650,'200.00','be95ee6bae58d81eaf6381c252bd49db',12,1,'2026-12-01T22:42:52.829Z');
INSERT INTO otc_venue_volume VALUES('2025-12-12','NMS_TIER_1','META','VIRT',250000,1250,'200.00','a83f86277521be5a1463e3d98443452d',12,1,'2026-12-01T22:42:52.829Z');
INSERT INTO otc_venue_volume VALUES('2025-12-12','NMS_TIER_1','MSFT','JANE',530000,2650,'200.00','191f09c53c6aab2e078d2aca5e3d34c0',12,1,'2026-12-01T22:42:52.829Z');
INSERT INTO otc_venue_volume VALUES('2025-12-12','NMS_TIER_1','MSFT','VIRT',430000,2150,'200.00','42a3e7abb97b4045325950fcad17a558',12,1,'2026-12-01T22:42:52.829Z');
INSERT INTO otc_venue_volume VALUES('2025-12-12','NMS_TIER_1','NVDA','CITD',1350000,6800,'198.53','85e94793bbce556aaee50ad9afab9ab0',12,1,'2026-12-01T22:42:52.829Z');
INSERT INTO otc_venue_volume VALUES('2025-12-12','NMS_TIER_1','NVDA','NITE',1800000,9000,'200.00','0c5cd97c57c4134c1edb9494a9e34782',12,1,'2026-12-01T22:42:52.829Z');
INSERT INTO otc_venue_volume VALUES('2025-12-12','NMS_TIER_1','TSLA','NITE',1050000,5200,'201.92','dd6ebe1dd30d5f7327c19b1268de3678',12,1,'2026-12-01T22:42:52.829Z');
INSERT INTO otc_venue_volume VALUES('2025-12-12','NMS_TIER_1','TSLA','VIRT',720000,3700,'194.59','86b84be77b18b377eaef5dc80e328930',12,1,'2026-12-01T22:42:52.829Z');
INSERT INTO otc_venue_volume VALUES('2025-12-19','NMS_TIER_1','AAPL','CITD',1300000,6600,'196.97','a41d936f508ee134fda9c5366296b664',15,1,'2026-12-01T22:42:52.832Z');
INSERT INTO otc_venue_volume VALUES('2025-12-19','NMS_TIER_1','AAPL','JANE',870000,4400,'197.73','32d556de5c9737d6c7a831851ae90097',15,1,'2026-12-01T22:42:52.832Z');
INSERT INTO otc_venue_volume VALUES('2025-12-19','NMS_TIER_1','AAPL','NITE',1620000,9100,'178.02','879e8bc59ff154da24805c233fae9746',15,1,'2026-12-01T22:42:52.832Z');
INSERT INTO otc_venue_volume VALUES('2025-12-19','NMS_TIER_1','META','CITD',550000,2750,'200.00','990dec97c37bba3e3e47ca134b8e6323',15,1,'2026-12-01T22:42:52.832Z');
INSERT INTO otc_venue_volume VALUES('2025-12-19','NMS_TIER_1','META','NITE',760000,3800,'200.00','e4241014966c2b896a2ba4d32f41255a',15,1,'2026-12-01T22:42:52.832Z');
INSERT INTO otc_venue_volume VALUES('2025-12-19','NMS_TIER_1','MSFT','JANE',550000,2750,'200.00','0673577e5e30b5e9fea00bfacf539e91',15,1,'2026-12-01T22:42:52.832Z');
INSERT INTO otc_venue_volume VALUES('2025-12-19','NMS_TIER_1','MSFT','VIRT',450000,2250,'200.00','445d637634c84748d93547dfc8873d87',15,1,'2026-12-01T22:42:52.832Z');
INSERT INTO otc_venue_volume VALUES('2025-12-19','NMS_TIER_1','NVDA','CITD',1300000,6500,'200.00','69a1078a6e2f695e61330972ec26b278',15,1,'2026-12-01T22:42:52.832Z');
INSERT INTO otc_venue_volume VALUES('2025-12-19','NMS_TIER_1','NVDA','NITE',1750000,8800,'198.86','a5e23a0adc4cd44a67f083e116b2dabf',15,1,'2026-12-01T22:42:52.832Z');
INSERT INTO otc_venue_volume VALUES('2025-12-19','NMS_TIER_1','TSLA','NITE',1100000,5500,'200.00','b5edd0046af5b80cee25dce2dd37ea67',15,1,'2026-12-01T22:42:52.832Z');
INSERT INTO otc_venue_volume VALUES('2025-12-19','NMS_TIER_1','TSLA','VIRT',750000,3800,'197.37','0dfcb37e2f5d202425c04ddb517034ef',15,1,'2026-12-01T22:42:52.832Z');
INSERT INTO otc_venue_volume VALUES('2025-12-19','NMS_TIER_2','HWTH','PNCL',7300,52,'140.38','694c10b04f4df3e9c92e45707c1c9b0d',39,NULL,'2026-12-01T22:42:58.437Z');
INSERT INTO otc_venue_volume VALUES('2025-12-19','NMS_TIER_2','ORLB','DRFT',12040,88,'136.82','cbd3d95074faa746590f0f59e3119423',39,NULL,'2026-12-01T22:42:58.437Z');
INSERT INTO otc_venue_volume VALUES('2025-12-19','NMS_TIER_2','ORLB','KSTL',48210,391,'123.30','7648b783d3ce74cc640a7e3d58f0b6c7',39,NULL,'2026-12-01T22:42:58.437Z');
INSERT INTO otc_venue_volume VALUES('2025-12-19','NMS_TIER_2','VSPR','KSTL',2500,9,'277.78','21b29877c625dc2cc0d8653e761a511b',39,NULL,'2026-12-01T22:42:58.437Z');
INSERT INTO otc_venue_volume VALUES('2025-12-26','NMS_TIER_1','HLVN','KSTL',615250,2044,'301.00','4da90f314ae2260446998c7368916fe8',43,NULL,'2026-12-01T22:42:59.374Z');
INSERT INTO otc_venue_volume VALUES('2025-12-26','NMS_TIER_1','HLVN','PNCL',97800,511,'191.39','7a33004261aa27b01a35d1fe9c04aa10',43,NULL,'2026-12-01T22:42:59.374Z');
INSERT INTO otc_venue_volume VALUES('2025-12-26','NMS_TIER_1','MBRK','DRFT',2100000,6900,'304.35','0009a456de277c4104fb95c25a53ba23',43,NULL,'2026-12-01T22:42:59.374Z');
INSERT INTO otc_venue_volume VALUES('2025-12-26','NMS_TIER_1','MBRK','KSTL',1480000,5230,'282.98','41389497ad6397fa758e84b717990064',43,NULL,'2026-12-01T22:42:59.374Z');
INSERT INTO otc_venue_volume VALUES('2025-12-26','NMS_TIER_1','QRTZ','DRFT',830500,2975,'279.16','435bc8c09cf48bdc308d42ce9cf37dee',43,NULL,'2026-12-01T22:42:59.374Z');
INSERT INTO otc_venue_volume VALUES('2025-12-26','NMS_TIER_1','QRTZ','KSTL',1250000,4310,'290.02','3606ff59abf8e7a93bfa5f38493c3d7d',43,NULL,'2026-12-01T22:42:59.374Z');
INSERT INTO otc_venue_volume VALUES('2025-12-26','NMS_TIER_1','QRTZ','PNCL',402000,1188,'338.38','93f8067e673dcbb47d33ccc2a5afd39b',43,NULL,'2026-12-01T22:42:59.374Z');
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
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','AABB',6794184,174,2,'39047.03','v1',32,NULL,'2026-12-01T22:42:56.645Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','AACAY',25955,138,3,'188.08','v1',32,NULL,'2026-12-01T22:42:56.645Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','AAGAF',136674,39,2,'3504.46','v1',32,NULL,'2026-12-01T22:42:56.645Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','AAGC',1055000,5,1,'211000.00','v1',32,NULL,'2026-12-01T22:42:56.645Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','AAGFF',116067,28,3,'4145.25','v1',32,NULL,'2026-12-01T22:42:56.645Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','AAGIY',426491,1715,3,'248.68','v1',32,NULL,'2026-12-01T22:42:56.645Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','AAIRF',937,4,1,'234.25','v1',32,NULL,'2026-12-01T22:42:56.645Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','AALNS',350,36,1,'9.72','v1',32,NULL,'2026-12-01T22:42:56.645Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','AAMCF',1838,3,1,'612.67','v1',32,NULL,'2026-12-01T22:42:56.645Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','AARYS',567,56,1,'10.13','v1',32,NULL,'2026-12-01T22:42:56.645Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','AATRL',100,1,1,'100.00','v1',32,NULL,'2026-12-01T22:42:56.645Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','AAUAF',246,3,1,'82.00','v1',32,NULL,'2026-12-01T22:42:56.645Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','AAVMY',6603,73,3,'90.45','v1',32,NULL,'2026-12-01T22:42:56.645Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','AAVVF',502,7,3,'71.71','v1',32,NULL,'2026-12-01T22:42:56.645Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','AAWH',67456,141,2,'478.41','v1',32,NULL,'2026-12-01T22:42:56.645Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','ABBNY',322415,2814,3,'114.58','v1',32,NULL,'2026-12-01T22:42:56.645Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','ABBRF',74795,218,3,'343.10','v1',32,NULL,'2026-12-01T22:42:56.645Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','ABCP',8465,3,1,'2821.67','v1',32,NULL,'2026-12-01T22:42:56.645Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','ABEPF',26508,9,2,'2945.33','v1',32,NULL,'2026-12-01T22:42:56.645Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','ABIT',940391,29,1,'32427.28','v1',32,NULL,'2026-12-01T22:42:56.645Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','ABMBF',211108,9,2,'23456.44','v1',32,NULL,'2026-12-01T22:42:56.645Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','ABNAF',43000,4,2,'10750.00','v1',32,NULL,'2026-12-01T22:42:56.645Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','ABQQ',3556764,14,1,'254054.57','v1',32,NULL,'2026-12-01T22:42:56.645Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','ABRKS',1003,95,1,'10.56','v1',32,NULL,'2026-12-01T22:42:56.645Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','ABSSF',474,2,2,'237.00','v1',32,NULL,'2026-12-01T22:42:56.645Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','ABXXF',32555,140,3,'232.54','v1',32,NULL,'2026-12-01T22:42:56.645Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','ACCYY',25389,61,3,'416.21','v1',32,NULL,'2026-12-01T22:42:56.645Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','ACDVF',14499,62,3,'233.85','v1',32,NULL,'2026-12-01T22:42:56.645Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','ACGBY',30298,400,3,'75.75','v1',32,NULL,'2026-12-01T22:42:56.645Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','ACGP',165,3,2,'55.00','v1',32,NULL,'2026-12-01T22:42:56.645Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','ACGX',17499,4,2,'4374.75','v1',32,NULL,'2026-12-01T22:42:56.645Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','ACHFF',18900,24,3,'787.50','v1',32,NULL,'2026-12-01T22:42:56.645Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','ACLLF',392,2,1,'196.00','v1',32,NULL,'2026-12-01T22:42:56.645Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','ACLLY',610,14,3,'43.57','v1',32,NULL,'2026-12-01T22:42:56.645Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','ACMB',116509,8,1,'14563.63','v1',32,NULL,'2026-12-01T22:42:56.645Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','ACMIF',1875,2,1,'937.50','v1',32,NULL,'2026-12-01T22:42:56.645Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','ACOPY',2804,13,3,'215.69','v1',32,NULL,'2026-12-01T22:42:56.645Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','ACSAY',31828,66,3,'482.24','v1',32,NULL,'2026-12-01T22:42:56.645Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','ADAPY',1884979,646,2,'2917.92','v1',32,NULL,'2026-12-01T22:42:56.645Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','ADBRF',2600,3,2,'866.67','v1',32,NULL,'2026-12-01T22:42:56.645Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','ADCOF',451,1,1,'451.00','v1',32,NULL,'2026-12-01T22:42:56.645Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','ADDYY',89455,946,3,'94.56','v1',32,NULL,'2026-12-01T22:42:56.645Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','ADHC',90000,1,1,'90000.00','v1',32,NULL,'2026-12-01T22:42:56.645Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','ADIA',5000,1,1,'5000.00','v1',32,NULL,'2026-12-01T22:42:56.645Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','ADNH',33956,65,2,'522.40','v1',32,NULL,'2026-12-01T22:42:56.645Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','ADOOY',216,3,1,'72.00','v1',32,NULL,'2026-12-01T22:42:56.645Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','ADPXY',2504,82,3,'30.54','v1',32,NULL,'2026-12-01T22:42:56.645Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','ADRNY',45919,282,3,'162.83','v1',32,NULL,'2026-12-01T22:42:56.645Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','ADRZY',500,2,1,'250.00','v1',32,NULL,'2026-12-01T22:42:56.645Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','ADTI',1,1,1,'1.00','v1',32,NULL,'2026-12-01T22:42:56.645Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','ADWPF',101,1,1,'101.00','v1',32,NULL,'2026-12-01T22:42:56.645Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','ADXS',259,5,1,'51.80','v1',32,NULL,'2026-12-01T22:42:56.645Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','ADYEY',878188,4953,3,'177.30','v1',32,NULL,'2026-12-01T22:42:56.645Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','AEBZY',2720,1,1,'2720.00','v1',32,NULL,'2026-12-01T22:42:56.645Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','AEGXF',4373,25,3,'174.92','v1',32,NULL,'2026-12-01T22:42:56.645Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','AEHCS',438,32,1,'13.69','v1',32,NULL,'2026-12-01T22:42:56.645Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','AEHDS',145,21,1,'6.90','v1',32,NULL,'2026-12-01T22:42:56.645Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','AEHES',618,58,1,'10.66','v1',32,NULL,'2026-12-01T22:42:56.645Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','AEHFS',1258,70,1,'17.97','v1',32,NULL,'2026-12-01T22:42:56.645Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','AEHGS',1605,122,1,'13.16','v1',32,NULL,'2026-12-01T22:42:56.645Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','AEHHS',221,24,1,'9.21','v1',32,NULL,'2026-12-01T22:42:56.645Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','AEHJS',210,23,1,'9.13','v1',32,NULL,'2026-12-01T22:42:56.645Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','AEHKS',555,44,1,'12.61','v1',32,NULL,'2026-12-01T22:42:56.645Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','AEHMS',232,29,1,'8.00','v1',32,NULL,'2026-12-01T22:42:56.645Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','AEHNS',146,27,1,'5.41','v1',32,NULL,'2026-12-01T22:42:56.645Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','AEHOS',129,13,1,'9.92','v1',32,NULL,'2026-12-01T22:42:56.645Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','AEHPS',683,59,1,'11.58','v1',32,NULL,'2026-12-01T22:42:56.645Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','AEHQS',1041,69,1,'15.09','v1',32,NULL,'2026-12-01T22:42:56.645Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','AEHSS',110,15,1,'7.33','v1',32,NULL,'2026-12-01T22:42:56.645Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','AELLS',1406,133,1,'10.57','v1',32,NULL,'2026-12-01T22:42:56.645Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','AERG',8876,20,2,'443.80','v1',32,NULL,'2026-12-01T22:42:56.645Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','AETHD',27,1,1,'27.00','v1',32,NULL,'2026-12-01T22:42:56.645Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','AETUF',25941,124,3,'209.20','v1',32,NULL,'2026-12-01T22:42:56.645Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','AEYPS',10,4,1,'2.50','v1',32,NULL,'2026-12-01T22:42:56.645Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','AFFS',16815,8,1,'2101.88','v1',32,NULL,'2026-12-01T22:42:56.645Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','AFFT',3970,1,1,'3970.00','v1',32,NULL,'2026-12-01T22:42:56.645Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','AFFU',19456001,51,2,'381490.22','v1',32,NULL,'2026-12-01T22:42:56.645Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','AFFY',65,1,1,'65.00','v1',32,NULL,'2026-12-01T22:42:56.645Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','AFIB',5253,2,1,'2626.50','v1',32,NULL,'2026-12-01T22:42:56.645Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','AFLYY',663340,1044,3,'635.38','v1',32,NULL,'2026-12-01T22:42:56.645Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','AFMJF',4800,8,3,'600.00','v1',32,NULL,'2026-12-01T22:42:56.645Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','AFSIA',66,1,1,'66.00','v1',32,NULL,'2026-12-01T22:42:56.645Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','AFSIB',800,4,1,'200.00','v1',32,NULL,'2026-12-01T22:42:56.645Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','AFSIM',245,1,1,'245.00','v1',32,NULL,'2026-12-01T22:42:56.645Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','AFSIN',1980,7,1,'282.86','v1',32,NULL,'2026-12-01T22:42:56.645Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','AFTWS',20,8,1,'2.50','v1',32,NULL,'2026-12-01T22:42:56.645Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','AGAGF',360557,67,3,'5381.45','v1',32,NULL,'2026-12-01T22:42:56.645Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','AGESY',1063,19,3,'55.95','v1',32,NULL,'2026-12-01T22:42:56.645Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','AGFMF',562,5,2,'112.40','v1',32,NULL,'2026-12-01T22:42:56.645Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','AGIN',100548,2,1,'50274.00','v1',32,NULL,'2026-12-01T22:42:56.645Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','AGLXY',111,1,1,'111.00','v1',32,NULL,'2026-12-01T22:42:56.645Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','AGMRF',14300,32,2,'446.88','v1',32,NULL,'2026-12-01T22:42:56.645Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','AGNPF',840,2,2,'420.00','v1',32,NULL,'2026-12-01T22:42:56.645Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','AGRPY',67,1,1,'67.00','v1',32,NULL,'2026-12-01T22:42:56.645Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','AGXPF',144316,19,2,'7595.58','v1',32,NULL,'2026-12-01T22:42:56.645Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','AGYP',360000,5,1,'72000.00','v1',32,NULL,'2026-12-01T22:42:56.645Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','AHADS',346,35,1,'9.89','v1',32,NULL,'2026-12-01T22:42:56.645Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','AHANS',885,55,1,'16.09','v1',32,NULL,'2026-12-01T22:42:56.645Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','AHARS',1895,87,1,'21.78','v1',32,NULL,'2026-12-01T22:42:56.645Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','AHATS',1205,92,1,'13.10','v1',32,NULL,'2026-12-01T22:42:56.645Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','AHBCS',1028,95,1,'10.82','v1',32,NULL,'2026-12-01T22:42:56.645Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','AHBFS',3027,63,1,'48.05','v1',32,NULL,'2026-12-01T22:42:56.645Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','AHBXS',230,23,1,'10.00','v1',32,NULL,'2026-12-01T22:42:56.645Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','AHCHY',9510,85,3,'111.88','v1',32,NULL,'2026-12-01T22:42:56.645Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','AHCMS',924,56,1,'16.50','v1',32,NULL,'2026-12-01T22:42:56.645Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','AHEIS',645,72,1,'8.96','v1',32,NULL,'2026-12-01T22:42:56.645Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','AHEWS',910,76,1,'11.97','v1',32,NULL,'2026-12-01T22:42:56.645Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','AHEXY',10695,131,3,'81.64','v1',32,NULL,'2026-12-01T22:42:56.645Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','AHFXS',892,63,1,'14.16','v1',32,NULL,'2026-12-01T22:42:56.645Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','AHGLS',812,51,1,'15.92','v1',32,NULL,'2026-12-01T22:42:56.645Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','AHGNS',1973,98,1,'20.13','v1',32,NULL,'2026-12-01T22:42:56.645Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','AHHMS',369,38,1,'9.71','v1',32,NULL,'2026-12-01T22:42:56.645Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','AHHOS',212,20,1,'10.60','v1',32,NULL,'2026-12-01T22:42:56.645Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','AHHYS',1651,106,1,'15.58','v1',32,NULL,'2026-12-01T22:42:56.645Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','AHJHS',934,62,1,'15.06','v1',32,NULL,'2026-12-01T22:42:56.645Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','AHKSY',2576,18,3,'143.11','v1',32,NULL,'2026-12-01T22:42:56.645Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','AHKYS',1000,61,1,'16.39','v1',32,NULL,'2026-12-01T22:42:56.645Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','AHLAS',2,1,1,'2.00','v1',32,NULL,'2026-12-01T22:42:56.645Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','AHLCS',5,1,1,'5.00','v1',32,NULL,'2026-12-01T22:42:56.645Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','AHLES',6,1,1,'6.00','v1',32,NULL,'2026-12-01T22:42:56.645Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','AHLFS',20,4,1,'5.00','v1',32,NULL,'2026-12-01T22:42:56.645Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','AHLGS',10,2,1,'5.00','v1',32,NULL,'2026-12-01T22:42:56.645Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','AHLJS',3,2,1,'1.50','v1',32,NULL,'2026-12-01T22:42:56.645Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','AHLNS',1,1,1,'1.00','v1',32,NULL,'2026-12-01T22:42:56.645Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','AHLSS',80,2,1,'40.00','v1',32,NULL,'2026-12-01T22:42:56.645Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','AHLUS',102,2,1,'51.00','v1',32,NULL,'2026-12-01T22:42:56.645Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','AHLVS',1417,76,1,'18.64','v1',32,NULL,'2026-12-01T22:42:56.645Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','AHLXS',395,41,1,'9.63','v1',32,NULL,'2026-12-01T22:42:56.645Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','AHMCS',776,48,1,'16.17','v1',32,NULL,'2026-12-01T22:42:56.645Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','AHNBS',1435,73,1,'19.66','v1',32,NULL,'2026-12-01T22:42:56.645Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','AHNRF',57696,16,1,'3606.00','v1',32,NULL,'2026-12-01T22:42:56.645Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','AHNTS',525,49,1,'10.71','v1',32,NULL,'2026-12-01T22:42:56.645Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','AHOBS',991,77,1,'12.87','v1',32,NULL,'2026-12-01T22:42:56.645Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','AHOMS',321,37,1,'8.68','v1',32,NULL,'2026-12-01T22:42:56.645Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','AHPHS',256,34,1,'7.53','v1',32,NULL,'2026-12-01T22:42:56.645Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','AHPMS',4171,140,1,'29.79','v1',32,NULL,'2026-12-01T22:42:56.645Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','AHPSS',2220,96,1,'23.13','v1',32,NULL,'2026-12-01T22:42:56.645Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','AHRFS',722,60,1,'12.03','v1',32,NULL,'2026-12-01T22:42:56.645Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','AHRKS',1015,93,1,'10.91','v1',32,NULL,'2026-12-01T22:42:56.645Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','AHRWS',1369,71,1,'19.28','v1',32,NULL,'2026-12-01T22:42:56.645Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','AHSMS',863,52,1,'16.60','v1',32,NULL,'2026-12-01T22:42:56.645Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','AHSOS',475,47,1,'10.11','v1',32,NULL,'2026-12-01T22:42:56.645Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','AHSQS',976,66,1,'14.79','v1',32,NULL,'2026-12-01T22:42:56.645Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','AHSSS',983,56,1,'17.55','v1',32,NULL,'2026-12-01T22:42:56.645Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','AHSVS',1683,112,1,'15.03','v1',32,NULL,'2026-12-01T22:42:56.645Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','AHTYS',970,68,1,'14.26','v1',32,NULL,'2026-12-01T22:42:56.645Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','AHVAS',5,1,1,'5.00','v1',32,NULL,'2026-12-01T22:42:56.645Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','AHWHS',1002,61,1,'16.43','v1',32,NULL,'2026-12-01T22:42:56.645Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','AIBGY',58287,646,3,'90.23','v1',32,NULL,'2026-12-01T22:42:56.645Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','AIBT',173008,2,1,'86504.00','v1',32,NULL,'2026-12-01T22:42:56.645Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','AIJTY',2350,2,1,'1175.00','v1',32,NULL,'2026-12-01T22:42:56.645Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','AIMFF',1500,4,2,'375.00','v1',32,NULL,'2026-12-01T22:42:56.645Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','AIMLF',260600,9,1,'28955.56','v1',32,NULL,'2026-12-01T22:42:56.645Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','AINMF',2200,1,1,'2200.00','v1',32,NULL,'2026-12-01T22:42:56.645Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','AIPUY',100,1,1,'100.00','v1',32,NULL,'2026-12-01T22:42:56.645Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','AIQUY',173924,1228,3,'141.63','v1',32,NULL,'2026-12-01T22:42:56.645Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','AIRDF',38000,11,1,'3454.55','v1',32,NULL,'2026-12-01T22:42:56.645Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','AIRRF',8272,7,1,'1181.71','v1',32,NULL,'2026-12-01T22:42:56.645Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','AITX',60203649,246,2,'244730.28','v1',32,NULL,'2026-12-01T22:42:56.645Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','AJINY',21239,156,3,'136.15','v1',32,NULL,'2026-12-01T22:42:56.645Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','AKBTY',702,4,1,'175.50','v1',32,NULL,'2026-12-01T22:42:56.645Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','AKEMF',95209,9,2,'10578.78','v1',32,NULL,'2026-12-01T22:42:56.645Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','AKGSS',1,1,1,'1.00','v1',32,NULL,'2026-12-01T22:42:56.645Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','AKOJS',15,4,1,'3.75','v1',32,NULL,'2026-12-01T22:42:56.645Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','AKPJS',55,16,1,'3.44','v1',32,NULL,'2026-12-01T22:42:56.645Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','AKPPS',18,11,1,'1.64','v1',32,NULL,'2026-12-01T22:42:56.645Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','AKPQS',4,3,1,'1.33','v1',32,NULL,'2026-12-01T22:42:56.645Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','AKPRS',2,2,1,'1.00','v1',32,NULL,'2026-12-01T22:42:56.645Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','AKPXS',24,7,1,'3.43','v1',32,NULL,'2026-12-01T22:42:56.645Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','AKPZS',9,8,1,'1.13','v1',32,NULL,'2026-12-01T22:42:56.645Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','AKRBY',983,3,1,'327.67','v1',32,NULL,'2026-12-01T22:42:56.645Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','AKRYY',100,1,1,'100.00','v1',32,NULL,'2026-12-01T22:42:56.645Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','AKTAF',1001,6,2,'166.83','v1',32,NULL,'2026-12-01T22:42:56.645Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','AKZAS',11,5,1,'2.20','v1',32,NULL,'2026-12-01T22:42:56.645Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','AKZOY',38238,186,3,'205.58','v1',32,NULL,'2026-12-01T22:42:56.645Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','ALFVY',10451,72,3,'145.15','v1',32,NULL,'2026-12-01T22:42:56.645Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','ALGYS',196,20,1,'9.80','v1',32,NULL,'2026-12-01T22:42:56.645Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','ALIZY',272046,1343,3,'202.57','v1',32,NULL,'2026-12-01T22:42:56.645Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','ALLGF',135,2,1,'67.50','v1',32,NULL,'2026-12-01T22:42:56.645Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','ALNPY',41,4,2,'10.25','v1',32,NULL,'2026-12-01T22:42:56.645Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','ALOIS',378,30,1,'12.60','v1',32,NULL,'2026-12-01T22:42:56.645Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','ALPIB',2629,34,3,'77.32','v1',32,NULL,'2026-12-01T22:42:56.645Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','ALPMY',77637,424,3,'183.11','v1',32,NULL,'2026-12-01T22:42:56.645Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','ALRTF',100,1,1,'100.00','v1',32,NULL,'2026-12-01T22:42:56.645Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','ALSAF',1,1,1,'1.00','v1',32,NULL,'2026-12-01T22:42:56.645Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','ALSMY',301668,182,3,'1657.52','v1',32,NULL,'2026-12-01T22:42:56.645Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','ALVLF',2000,1,1,'2000.00','v1',32,NULL,'2026-12-01T22:42:56.645Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','ALVOF',11895,25,3,'475.80','v1',32,NULL,'2026-12-01T22:42:56.645Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','ALYAF',2700,21,3,'128.57','v1',32,NULL,'2026-12-01T22:42:56.645Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','ALYI',2000,1,1,'2000.00','v1',32,NULL,'2026-12-01T22:42:56.645Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','AMADY',19102,260,3,'73.47','v1',32,NULL,'2026-12-01T22:42:56.645Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','AMBIQ',1385,12,2,'115.42','v1',32,NULL,'2026-12-01T22:42:56.645Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','AMBWQ',20783,2,2,'10391.50','v1',32,NULL,'2026-12-01T22:42:56.645Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-14','OTC','AMBZ',6786,61,2,'111.25','v1',32,NULL,'2026-12-01T22:42:56.645Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-21','NMS_TIER_1','AAPL',3500000,18800,3,'186.17','v1',4,1,'2026-12-01T22:42:52.820Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-21','NMS_TIER_1','META',1200000,6000,2,'200.00','v1',4,1,'2026-12-01T22:42:52.820Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-21','NMS_TIER_1','MSFT',900000,4500,2,'200.00','v1',4,1,'2026-12-01T22:42:52.820Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-21','NMS_TIER_1','NVDA',3500000,17500,2,'200.00','v1',4,1,'2026-12-01T22:42:52.820Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-21','NMS_TIER_1','TSLA',1500000,7700,2,'194.81','v1',4,1,'2026-12-01T22:42:52.820Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-28','NMS_TIER_1','AAPL',3620000,19300,3,'187.56','v1',7,1,'2026-12-01T22:42:52.823Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-28','NMS_TIER_1','META',1540000,7700,3,'200.00','v1',7,1,'2026-12-01T22:42:52.823Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-28','NMS_TIER_1','MSFT',940000,4700,2,'200.00','v1',7,1,'2026-12-01T22:42:52.823Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-28','NMS_TIER_1','NVDA',3350000,16700,2,'200.60','v1',7,1,'2026-12-01T22:42:52.823Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-28','NMS_TIER_1','TSLA',1600000,8100,2,'197.53','v1',7,1,'2026-12-01T22:42:52.823Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-28','OTC','ZIVO',499,2,1,'249.50','v1',36,NULL,'2026-12-01T22:42:57.713Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-28','OTC','ZLNDY',17881,82,3,'218.06','v1',36,NULL,'2026-12-01T22:42:57.713Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-28','OTC','ZMDTF',31516,25,2,'1260.64','v1',36,NULL,'2026-12-01T22:42:57.713Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-28','OTC','ZNOG',285496,95,2,'3005.22','v1',36,NULL,'2026-12-01T22:42:57.713Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-28','OTC','ZOMDF',94317,17,2,'5548.06','v1',36,NULL,'2026-12-01T22:42:57.713Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-28','OTC','ZPTA',41930,14,1,'2995.00','v1',36,NULL,'2026-12-01T22:42:57.713Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-28','OTC','ZPTAF',200,2,2,'100.00','v1',36,NULL,'2026-12-01T22:42:57.713Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-28','OTC','ZURVY',76674,347,3,'220.96','v1',36,NULL,'2026-12-01T22:42:57.713Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-28','OTC','ZVOI',12002,3,1,'4000.67','v1',36,NULL,'2026-12-01T22:42:57.713Z');
INSERT INTO otc_symbol_summary VALUES('2025-11-28','OTC','ZVSA',6,3,2,'2.00','v1',36,NULL,'2026-12-01T22:42:57.713Z');
INSERT INTO otc_symbol_summary VALUES('2025-12-05','NMS_TIER_1','AAPL',3730000,19800,3,'188.38','v1',10,1,'2026-12-01T22:42:52.827Z');
INSERT INTO otc_symbol_summary VALUES('2025-12-05','NMS_TIER_1','META',1290000,6450,2,'200.00','v1',10,1,'2026-12-01T22:42:52.827Z');
INSERT INTO otc_symbol_summary VALUES('2025-12-05','NMS_TIER_1','MSFT',980000,4900,2,'200.00','v1',10,1,'2026-12-01T22:42:52.827Z');
INSERT INTO otc_symbol_summary VALUES('2025-12-05','NMS_TIER_1','NVDA',3250000,16200,2,'200.62','v1',10,1,'2026-12-01T22:42:52.827Z');
INSERT INTO otc_symbol_summary VALUES('2025-12-05','NMS_TIER_1','TSLA',1700000,8600,2,'197.67','v1',10,1,'2026-12-01T22:42:52.827Z');
INSERT INTO otc_symbol_summary VALUES('2025-12-12','NMS_TIER_1','AAPL',3670000,19400,3,'189.18','v1',13,1,'2026-12-01T22:42:52.830Z');
INSERT INTO otc_symbol_summary VALUES('2025-12-12','NMS_TIER_1','META',1510000,7550,3,'200.00','v1',13,1,'2026-12-01T22:42:52.830Z');
INSERT INTO otc_symbol_summary VALUES('2025-12-12','NMS_TIER_1','MSFT',960000,4800,2,'200.00','v1',13,1,'2026-12-01T22:42:52.830Z');
INSERT INTO otc_symbol_summary VALUES('2025-12-12','NMS_TIER_1','NVDA',3150000,15800,2,'199.37','v1',13,1,'2026-12-01T22:42:52.830Z');
INSERT INTO otc_symbol_summary VALUES('2025-12-12','NMS_TIER_1','TSLA',1770000,8900,2,'198.88','v1',13,1,'2026-12-01T22:42:52.830Z');
INSERT INTO otc_symbol_summary VALUES('2025-12-19','NMS_TIER_1','AAPL',3790000,20100,3,'188.56','v1',16,1,'2026-12-01T22:42:52.833Z');
INSERT INTO otc_symbol_summary VALUES('2025-12-19','NMS_TIER_1','META',1310000,6550,2,'200.00','v1',16,1,'2026-12-01T22:42:52.833Z');
INSERT INTO otc_symbol_summary VALUES('2025-12-19','NMS_TIER_1','MSFT',1000000,5000,2,'200.00','v1',16,1,'2026-12-01T22:42:52.833Z');
INSERT INTO otc_symbol_summary VALUES('2025-12-19','NMS_TIER_1','NVDA',3050000,15300,2,'199.35','v1',16,1,'2026-12-01T22:42:52.833Z');
INSERT INTO otc_symbol_summary VALUES('2025-12-19','NMS_TIER_1','TSLA',1850000,9300,2,'198.92','v1',16,1,'2026-12-01T22:42:52.833Z');
INSERT INTO otc_symbol_summary VALUES('2025-12-19','NMS_TIER_2','HWTH',7300,52,1,'140.38','v1',40,NULL,'2026-12-01T22:42:58.644Z');
INSERT INTO otc_symbol_summary VALUES('2025-12-19','NMS_TIER_2','ORLB',60250,479,2,'125.78','v1',40,NULL,'2026-12-01T22:42:58.644Z');
INSERT INTO otc_symbol_summary VALUES('2025-12-19','NMS_TIER_2','VSPR',2500,9,1,'277.78','v1',40,NULL,'2026-12-01T22:42:58.644Z');
INSERT INTO otc_symbol_summary VALUES('2025-12-26','NMS_TIER_1','HLVN',713050,2555,2,'279.08','v1',44,NULL,'2026-12-01T22:42:59.643Z');
INSERT INTO otc_symbol_summary VALUES('2025-12-26','NMS_TIER_1','MBRK',3580000,12130,2,'295.14','v1',44,NULL,'2026-12-01T22:42:59.643Z');
INSERT INTO otc_symbol_summary VALUES('2025-12-26','NMS_TIER_1','QRTZ',2482500,8473,3,'292.99','v1',44,NULL,'2026-12-01T22:42:59.643Z');
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
INSERT INTO otc_venue_share VALUES('2025-11-14','OTC','ARCA',1775724,8655,49,'1.7710','v1',32,NULL,'2026-12-01T22:42:56.645Z');
INSERT INTO otc_venue_share VALUES('2025-11-14','OTC','OTCN',84760703,4817,95,'84.5363','v1',32,NULL,'2026-12-01T22:42:56.645Z');
INSERT INTO otc_venue_share VALUES('2025-11-14','OTC','OTCX',13675832,6422,77,'13.6396','v1',32,NULL,'2026-12-01T22:42:56.645Z');
INSERT INTO otc_venue_share VALUES('2025-11-14','OTC','PPEX',53197,3572,79,'0.0531','v1',32,NULL,'2026-12-01T22:42:56.645Z');
INSERT INTO otc_venue_share VALUES('2025-11-21','NMS_TIER_1','CITD',3200000,16200,3,'30.1887','v1',4,1,'2026-12-01T22:42:52.820Z');
INSERT INTO otc_venue_share VALUES('2025-11-21','NMS_TIER_1','JANE',1300000,6600,2,'12.2642','v1',4,1,'2026-12-01T22:42:52.820Z');
INSERT INTO otc_venue_share VALUES('2025-11-21','NMS_TIER_1','NITE',5100000,26500,4,'48.1132','v1',4,1,'2026-12-01T22:42:52.820Z');
INSERT INTO otc_venue_share VALUES('2025-11-21','NMS_TIER_1','VIRT',1000000,5200,2,'9.4340','v1',4,1,'2026-12-01T22:42:52.820Z');
INSERT INTO otc_venue_share VALUES('2025-11-28','NMS_TIER_1','CITD',3220000,16200,3,'29.1403','v1',7,1,'2026-12-01T22:42:52.823Z');
INSERT INTO otc_venue_share VALUES('2025-11-28','NMS_TIER_1','JANE',1640000,8300,3,'14.8416','v1',7,1,'2026-12-01T22:42:52.823Z');
INSERT INTO otc_venue_share VALUES('2025-11-28','NMS_TIER_1','NITE',5120000,26500,4,'46.3348','v1',7,1,'2026-12-01T22:42:52.823Z');
INSERT INTO otc_venue_share VALUES('2025-11-28','NMS_TIER_1','VIRT',1070000,5500,2,'9.6833','v1',7,1,'2026-12-01T22:42:52.823Z');
INSERT INTO otc_venue_share VALUES('2025-11-28','OTC','ARCA',34620,107,2,'6.1764','v1',36,NULL,'2026-12-01T22:42:57.713Z');
INSERT INTO otc_venue_share VALUES('2025-11-28','OTC','OTCN',390713,221,8,'69.7053','v1',36,NULL,'2026-12-01T22:42:57.713Z');
INSERT INTO otc_venue_share VALUES('2025-11-28','OTC','OTCX',135188,262,9,'24.1183','v1',36,NULL,'2026-12-01T22:42:57.713Z');
INSERT INTO otc_venue_share VALUES('2025-12-05','NMS_TIER_1','CITD',3220000,16200,3,'29.4064','v1',10,1,'2026-12-01T22:42:52.827Z');
INSERT INTO otc_venue_share VALUES('2025-12-05','NMS_TIER_1','JANE',1390000,7000,2,'12.6941','v1',10,1,'2026-12-01T22:42:52.827Z');
INSERT INTO otc_venue_share VALUES('2025-12-05','NMS_TIER_1','NITE',5200000,26950,4,'47.4886','v1',10,1,'2026-12-01T22:42:52.827Z');
INSERT INTO otc_venue_share VALUES('2025-12-05','NMS_TIER_1','VIRT',1140000,5800,2,'10.4110','v1',10,1,'2026-12-01T22:42:52.827Z');
INSERT INTO otc_venue_share VALUES('2025-12-12','NMS_TIER_1','CITD',3140000,15850,3,'28.3906','v1',13,1,'2026-12-01T22:42:52.830Z');
INSERT INTO otc_venue_share VALUES('2025-12-12','NMS_TIER_1','JANE',1360000,6850,2,'12.2966','v1',13,1,'2026-12-01T22:42:52.830Z');
INSERT INTO otc_venue_share VALUES('2025-12-12','NMS_TIER_1','NITE',5160000,26650,4,'46.6546','v1',13,1,'2026-12-01T22:42:52.830Z');
INSERT INTO otc_venue_share VALUES('2025-12-12','NMS_TIER_1','VIRT',1400000,7100,3,'12.6582','v1',13,1,'2026-12-01T22:42:52.830Z');
INSERT INTO otc_venue_share VALUES('2025-12-19','NMS_TIER_1','CITD',3150000,15850,3,'28.6364','v1',16,1,'2026-12-01T22:42:52.833Z');
INSERT INTO otc_venue_share VALUES('2025-12-19','NMS_TIER_1','JANE',1420000,7150,2,'12.9091','v1',16,1,'2026-12-01T22:42:52.833Z');
INSERT INTO otc_venue_share VALUES('2025-12-19','NMS_TIER_1','NITE',5230000,27200,4,'47.5455','v1',16,1,'2026-12-01T22:42:52.833Z');
INSERT INTO otc_venue_share VALUES('2025-12-19','NMS_TIER_1','VIRT',1200000,6050,2,'10.9091','v1',16,1,'2026-12-01T22:42:52.833Z');
INSERT INTO otc_venue_share VALUES('2025-12-19','NMS_TIER_2','DRFT',12040,88,1,'17.1877','v1',40,NULL,'2026-12-01T22:42:58.644Z');
INSERT INTO otc_venue_share VALUES('2025-12-19','NMS_TIER_2','KSTL',50710,400,2,'72.3911','v1',40,NULL,'2026-12-01T22:42:58.644Z');
INSERT INTO otc_venue_share VALUES('2025-12-19','NMS_TIER_2','PNCL',7300,52,1,'10.4211','v1',40,NULL,'2026-12-01T22:42:58.644Z');
INSERT INTO otc_venue_share VALUES('2025-12-26','NMS_TIER_1','DRFT',2930500,9875,2,'43.2511','v1',44,NULL,'2026-12-01T22:42:59.643Z');
INSERT INTO otc_venue_share VALUES('2025-12-26','NMS_TIER_1','KSTL',3345250,11584,3,'49.3724','v1',44,NULL,'2026-12-01T22:42:59.643Z');
INSERT INTO otc_venue_share VALUES('2025-12-26','NMS_TIER_1','PNCL',499800,1699,2,'7.3765','v1',44,NULL,'2026-12-01T22:42:59.643Z');
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
INSERT INTO otc_quality_checks VALUES(1,'2025-11-21','NMS_TIER_1','otc.aggregate_week','no_negative_volumes','INTEGRITY','PASS','0','0',NULL,'no venue rows with negative shares',4,1,'2026-12-01T22:42:52.821Z');
INSERT INTO otc_quality_checks VALUES(2,'2025-11-21','NMS_TIER_1','otc.aggregate_week','no_negative_trades','INTEGRITY','PASS','0','0',NULL,'no venue rows with negative trades',4,1,'2026-12-01T22:42:52.821Z');
INSERT INTO otc_quality_checks VALUES(3,'2025-11-21','NMS_TIER_1','otc.aggregate_week','no_duplicate_natural_keys','INTEGRITY','PASS','0','0',NULL,'no duplicate (symbol, mpid) keys',4,1,'2026-12-01T22:42:52.821Z');
INSERT INTO otc_quality_checks VALUES(4,'2025-11-21','NMS_TIER_1','otc.aggregate_week','market_share_sum_100','BUSINESS_RULE','PASS','100.0001','100.0000','0.1','venue shares sum to 100.0001',4,1,'2026-12-01T22:42:52.821Z');
INSERT INTO otc_quality_checks VALUES(5,'2025-11-21','NMS_TIER_1','otc.aggregate_week','symbol_count_positive','COMPLETENESS','PASS','5','> 0',NULL,'5 symbols',4,1,'2026-12-01T22:42:52.821Z');
INSERT INTO otc_quality_checks VALUES(6,'2025-11-21','NMS_TIER_1','otc.aggregate_week','venue_count_positive','COMPLETENESS','PASS','4','> 0',NULL,'4 venues',4,1,'2026-12-01T22:42:52.821Z');
INSERT INTO otc_quality_checks VALUES(7,'2025-11-28','NMS_TIER_1','otc.aggregate_week','no_negative_volumes','INTEGRITY','PASS','0','0',NULL,'no venue rows with negative shares',7,1,'2026-12-01T22:42:52.824Z');
INSERT INTO otc_quality_checks VALUES(8,'2025-11-28','NMS_TIER_1','otc.aggregate_week','no_negative_trades','INTEGRITY','PASS','0','0',NULL,'no venue rows with negative trades',7,1,'2026-12-01T22:42:52.824Z');
INSERT INTO otc_quality_checks VALUES(9,'2025-11-28','NMS_TIER_1','otc.aggregate_week','no_duplicate_natural_keys','INTEGRITY','PASS','0','0',NULL,'no duplicate (symbol, mpid) keys',7,1,'2026-12-01T22:42:52.824Z');
INSERT INTO otc_quality_checks VALUES(10,'2025-11-28','NMS_TIER_1','otc.aggregate_week','market_share_sum_100','BUSINESS_RULE','PASS','100.0000','100.0000','0.1','venue shares sum to 100.0000',7,1,'2026-12-01T22:42:52.824Z');
INSERT INTO otc_quality_checks VALUES(11,'2025-11-28','NMS_TIER_1','otc.aggregate_week','symbol_count_positive','COMPLETENESS','PASS','5','> 0',NULL,'5 symbols',7,1,'2026-12-01T22:42:52.824Z');
INSERT INTO otc_quality_checks VALUES(12,'2025-11-28','NMS_TIER_1','otc.aggregate_week','venue_count_positive','COMPLETENESS','PASS','4','> 0',NULL,'4 venues',7,1,'2026-12-01T22:42:52.824Z');
INSERT INTO otc_quality_checks VALUES(13,'2025-12-05','NMS_TIER_1','otc.aggregate_week','no_negative_volumes','INTEGRITY','PASS','0','0',NULL,'no venue rows with negative shares',10,1,'2026-12-01T22:42:52.827Z');
INSERT INTO otc_quality_checks VALUES(14,'2025-12-05','NMS_TIER_1','otc.aggregate_week','no_negative_trades','INTEGRITY','PASS','0','0',NULL,'no venue rows with negative trades',10,1,'2026-12-01T22:42:52.827Z');
INSERT INTO otc_quality_checks VALUES(15,'2025-12-05','NMS_TIER_1','otc.aggregate_week','no_duplicate_natural_keys','INTEGRITY','PASS','0','0',NULL,'no duplicate (symbol, mpid) keys',10,1,'2026-12-01T22:42:52.827Z');
INSERT INTO otc_quality_checks VALUES(16,'2025-12-05','NMS_TIER_1','otc.aggregate_week','market_share_sum_100','BUSINESS_RULE','PASS','100.0001','100.0000','0.1','venue shares sum to 100.0001',10,1,'2026-12-01T22:42:52.827Z');
INSERT INTO otc_quality_checks VALUES(17,'2025-12-05','NMS_TIER_1','otc.aggregate_week','symbol_count_positive','COMPLETENESS','PASS','5','> 0',NULL,'5 symbols',10,1,'2026-12-01T22:42:52.827Z');
INSERT INTO otc_quality_checks VALUES(18,'2025-12-05','NMS_TIER_1','otc.aggregate_week','venue_count_positive','COMPLETENESS','PASS','4','> 0',NULL,'4 venues',10,1,'2026-12-01T22:42:52.827Z');
INSERT INTO otc_quality_checks VALUES(19,'2025-12-12','NMS_TIER_1','otc.aggregate_week','no_negative_volumes','INTEGRITY','PASS','0','0',NULL,'no venue rows with negative shares',13,1,'2026-12-01T22:42:52.830Z');
INSERT INTO otc_quality_checks VALUES(20,'2025-12-12','NMS_TIER_1','otc.aggregate_week','no_negative_trades','INTEGRITY','PASS','0','0',NULL,'no venue rows with negative trades',13,1,'2026-12-01T22:42:52.830Z');
INSERT INTO otc_quality_checks VALUES(21,'2025-12-12','NMS_TIER_1','otc.aggregate_week','no_duplicate_natural_keys','INTEGRITY','PASS','0','0',NULL,'no duplicate (symbol, mpid) keys',13,1,'2026-12-01T22:42:52.830Z');
INSERT INTO otc_quality_checks VALUES(22,'2025-12-12','NMS_TIER_1','otc.aggregate_week','market_share_sum_100','BUSINESS_RULE','PASS','100.0000','100.0000','0.1','venue shares sum to 100.0000',13,1,'2026-12-01T22:42:52.830Z');
INSERT INTO otc_quality_checks VALUES(23,'2025-12-12','NMS_TIER_1','otc.aggregate_week','symbol_count_positive','COMPLETENESS','PASS','5','> 0',NULL,'5 symbols',13,1,'2026-12-01T22:42:52.830Z');
INSERT INTO otc_quality_checks VALUES(24,'2025-12-12','NMS_TIER_1','otc.aggregate_week','venue_count_positive','COMPLETENESS','PASS','4','> 0',NULL,'4 venues',13,1,'2026-12-01T22:42:52.830Z');
INSERT INTO otc_quality_checks VALUES(25,'2025-12-19','NMS_TIER_1','otc.aggregate_week','no_negative_volumes','INTEGRITY','PASS','0','0',NULL,'no venue rows with negative shares',16,1,'2026-12-01T22:42:52.834Z');
INSERT INTO otc_quality_checks VALUES(26,'2025-12-19','NMS_TIER_1','otc.aggregate_week','no_negative_trades','INTEGRITY','PASS','0','0',NULL,'no venue rows with negative trades',16,1,'2026-12-01T22:42:52.834Z');
INSERT INTO otc_quality_checks VALUES(27,'2025-12-19','NMS_TIER_1','otc.aggregate_week','no_duplicate_natural_keys','INTEGRITY','PASS','0','0',NULL,'no duplicate (symbol, mpid) keys',16,1,'2026-12-01T22:42:52.834Z');
INSERT INTO otc_quality_checks VALUES(28,'2025-12-19','NMS_TIER_1','otc.aggregate_week','market_share_sum_100','BUSINESS_RULE','PASS','100.0001','100.0000','0.1','venue shares sum to 100.0001',16,1,'2026-12-01T22:42:52.834Z');
INSERT INTO otc_quality_checks VALUES(29,'2025-12-19','NMS_TIER_1','otc.aggregate_week','symbol_count_positive','COMPLETENESS','PASS','5','> 0',NULL,'5 symbols',16,1,'2026-12-01T22:42:52.834Z');
INSERT INTO otc_quality_checks VALUES(30,'2025-12-19','NMS_TIER_1','otc.aggregate_week','venue_count_positive','COMPLETENESS','PASS','4','> 0',NULL,'4 venues',16,1,'2026-12-01T22:42:52.834Z');
INSERT INTO otc_quality_checks VALUES(37,'2025-11-21','NMS_TIER_1','otc.compute_rolling_6w','rolling_window_complete','COMPLETENESS','WARN','0/5 (0.0%)','>= 50% of symbols with 6 weeks',NULL,'0 of 5 symbols have all 6 weeks',20,1,'2026-12-01T22:42:52.838Z');
INSERT INTO otc_quality_checks VALUES(38,'2025-11-21','NMS_TIER_1','otc.compute_rolling_6w','no_zero_rolling_volume','INTEGRITY','PASS','0','0',NULL,'no symbols with a zero 6-week average volume',20,1,'2026-12-01T22:42:52.838Z');
INSERT INTO otc_quality_checks VALUES(39,'2025-11-28','NMS_TIER_1','otc.compute_rolling_6w','rolling_window_complete','COMPLETENESS','WARN','0/5 (0.0%)','>= 50% of symbols with 6 weeks',NULL,'0 of 5 symbols have all 6 weeks',21,1,'2026-12-01T22:42:52.839Z');
INSERT INTO otc_quality_checks VALUES(40,'2025-11-28','NMS_TIER_1','otc.compute_rolling_6w','no_zero_rolling_volume','INTEGRITY','PASS','0','0',NULL,'no symbols with a zero 6-week average volume',21,1,'2026-12-01T22:42:52.839Z');
INSERT INTO otc_quality_checks VALUES(41,'2025-12-05','NMS_TIER_1','otc.compute_rolling_6w','rolling_window_complete','COMPLETENESS','WARN','0/5 (0.0%)','>= 50% of symbols with 6 weeks',NULL,'0 of 5 symbols have all 6 weeks',22,1,'2026-12-01T22:42:52.839Z');
INSERT INTO otc_quality_checks VALUES(42,'2025-12-05','NMS_TIER_1','otc.compute_rolling_6w','no_zero_rolling_volume','INTEGRITY','PASS','0','0',NULL,'no symbols with a zero 6-week average volume',22,1,'2026-12-01T22:42:52.839Z');
INSERT INTO otc_quality_checks VALUES(43,'2025-12-12','NMS_TIER_1','otc.compute_rolling_6w','rolling_window_complete','COMPLETENESS','WARN','0/5 (0.0%)','>= 50% of symbols with 6 weeks',NULL,'0 of 5 symbols have all 6 weeks',23,1,'2026-12-01T22:42:52.840Z');
INSERT INTO otc_quality_checks VALUES(44,'2025-12-12','NMS_TIER_1','otc.compute_rolling_6w','no_zero_rolling_volume','INTEGRITY','PASS','0','0',NULL,'no symbols with a zero 6-week average volume',23,1,'2026-12-01T22:42:52.840Z');
INSERT INTO otc_quality_checks VALUES(45,'2025-12-19','NMS_TIER_1','otc.compute_rolling_6w','rolling_window_complete','COMPLETENESS','WARN','0/5 (0.0%)','>= 50% of symbols with 6 weeks',NULL,'0 of 5 symbols have all 6 weeks',24,1,'2026-12-01T22:42:52.840Z');
INSERT INTO otc_quality_checks VALUES(46,'2025-12-19','NMS_TIER_1','otc.compute_rolling_6w','no_zero_rolling_volume','INTEGRITY','PASS','0','0',NULL,'no symbols with a zero 6-week average volume',24,1,'2026-12-01T22:42:52.840Z');
INSERT INTO otc_quality_checks VALUES(49,'2025-11-14','OTC','otc.aggregate_week','no_negative_volumes','INTEGRITY','PASS','0','0',NULL,'no venue rows with negative shares',32,NULL,'2026-12-01T22:42:56.647Z');
INSERT INTO otc_quality_checks VALUES(50,'2025-11-14','OTC','otc.aggregate_week','no_negative_trades','INTEGRITY','PASS','0','0',NULL,'no venue rows with negative trades',32,NULL,'2026-12-01T22:42:56.647Z');
INSERT INTO otc_quality_checks VALUES(51,'2025-11-14','OTC','otc.aggregate_week','no_duplicate_natural_keys','INTEGRITY','PASS','0','0',NULL,'no duplicate (symbol, mpid) keys',32,NULL,'2026-12-01T22:42:56.647Z');
INSERT INTO otc_quality_checks VALUES(52,'2025-11-14','OTC','otc.aggregate_week','market_share_sum_100','BUSINESS_RULE','PASS','100.0000','100.0000','0.1','venue shares sum to 100.0000',32,NULL,'2026-12-01T22:42:56.647Z');
INSERT INTO otc_quality_checks VALUES(53,'2025-11-14','OTC','otc.aggregate_week','symbol_count_positive','COMPLETENESS','PASS','194','> 0',NULL,'194 symbols',32,NULL,'2026-12-01T22:42:56.647Z');
INSERT INTO otc_quality_checks VALUES(54,'2025-11-14','OTC','otc.aggregate_week','venue_count_positive','COMPLETENESS','PASS','4','> 0',NULL,'4 venues',32,NULL,'2026-12-01T22:42:56.647Z');
INSERT INTO otc_quality_checks VALUES(55,'2025-11-14','OTC','otc.compute_rolling_6w','rolling_window_complete','COMPLETENESS','WARN','0/194 (0.0%)','>= 50% of symbols with 6 weeks',NULL,'0 of 194 symbols have all 6 weeks',33,NULL,'2026-12-01T22:42:56.935Z');
INSERT INTO otc_quality_checks VALUES(56,'2025-11-14','OTC','otc.compute_rolling_6w','no_zero_rolling_volume','INTEGRITY','PASS','0','0',NULL,'no symbols with a zero 6-week average volume',33,NULL,'2026-12-01T22:42:56.935Z');
INSERT INTO otc_quality_checks VALUES(57,'2025-11-28','OTC','otc.aggregate_week','no_negative_volumes','INTEGRITY','PASS','0','0',NULL,'no venue rows with negative shares',36,NULL,'2026-12-01T22:42:57.714Z');
INSERT INTO otc_quality_checks VALUES(58,'2025-11-28','OTC','otc.aggregate_week','no_negative_trades','INTEGRITY','PASS','0','0',NULL,'no venue rows with negative trades',36,NULL,'2026-12-01T22:42:57.714Z');
INSERT INTO otc_quality_checks VALUES(59,'2025-11-28','OTC','otc.aggregate_week','no_duplicate_natural_keys','INTEGRITY','PASS','0','0',NULL,'no duplicate (symbol, mpid) keys',36,NULL,'2026-12-01T22:42:57.714Z');
INSERT INTO otc_quality_checks VALUES(60,'2025-11-28','OTC','otc.aggregate_week','market_share_sum_100','BUSINESS_RULE','PASS','100.0000','100.0000','0.1','venue shares sum to 100.0000',36,NULL,'2026-12-01T22:42:57.714Z');
INSERT INTO otc_quality_checks VALUES(61,'2025-11-28','OTC','otc.aggregate_week','symbol_count_positive','COMPLETENESS','PASS','10','> 0',NULL,'10 symbols',36,NULL,'2026-12-01T22:42:57.714Z');
INSERT INTO otc_quality_checks VALUES(62,'2025-11-28','OTC','otc.aggregate_week','venue_count_positive','COMPLETENESS','PASS','3','> 0',NULL,'3 venues',36,NULL,'2026-12-01T22:42:57.714Z');
INSERT INTO otc_quality_checks VALUES(63,'2025-11-28','OTC','otc.compute_rolling_6w','rolling_window_complete','COMPLETENESS','WARN','0/204 (0.0%)','>= 50% of symbols with 6 weeks',NULL,'0 of 204 symbols have all 6 weeks',37,NULL,'2026-12-01T22:42:57.965Z');
INSERT INTO otc_quality_checks VALUES(64,'2025-11-28','OTC','otc.compute_rolling_6w','no_zero_rolling_volume','INTEGRITY','PASS','0','0',NULL,'no symbols with a zero 6-week average volume',37,NULL,'2026-12-01T22:42:57.965Z');
INSERT INTO otc_quality_checks VALUES(65,'2025-12-19','NMS_TIER_2','otc.aggregate_week','no_negative_volumes','INTEGRITY','PASS','0','0',NULL,'no venue rows with negative shares',40,NULL,'2026-12-01T22:42:58.644Z');
INSERT INTO otc_quality_checks VALUES(66,'2025-12-19','NMS_TIER_2','otc.aggregate_week','no_negative_trades','INTEGRITY','PASS','0','0',NULL,'no venue rows with negative trades',40,NULL,'2026-12-01T22:42:58.644Z');
INSERT INTO otc_quality_checks VALUES(67,'2025-12-19','NMS_TIER_2','otc.aggregate_week','no_duplicate_natural_keys','INTEGRITY','PASS','0','0',NULL,'no duplicate (symbol, mpid) keys',40,NULL,'2026-12-01T22:42:58.644Z');
INSERT INTO otc_quality_checks VALUES(68,'2025-12-19','NMS_TIER_2','otc.aggregate_week','market_share_sum_100','BUSINESS_RULE','PASS','99.9999','100.0000','0.1','venue shares sum to 99.9999',40,NULL,'2026-12-01T22:42:58.644Z');
INSERT INTO otc_quality_checks VALUES(69,'2025-12-19','NMS_TIER_2','otc.aggregate_week','symbol_count_positive','COMPLETENESS','PASS','3','> 0',NULL,'3 symbols',40,NULL,'2026-12-01T22:42:58.644Z');
INSERT INTO otc_quality_checks VALUES(70,'2025-12-19','NMS_TIER_2','otc.aggregate_week','venue_count_positive','COMPLETENESS','PASS','3','> 0',NULL,'3 venues',40,NULL,'2026-12-01T22:42:58.644Z');
INSERT INTO otc_quality_checks VALUES(71,'2025-12-19','NMS_TIER_2','otc.aggregate_week','venue_sum_matches_published_total','BUSINESS_RULE','PASS','0/1 symbols differ','0/1 symbols differ','0','per-venue rows add up to FINRA''s published symbol totals',40,NULL,'2026-12-01T22:42:58.644Z');
INSERT INTO otc_quality_checks VALUES(72,'2025-12-19','NMS_TIER_2','otc.compute_rolling_6w','rolling_window_complete','COMPLETENESS','WARN','0/3 (0.0%)','>= 50% of symbols with 6 weeks',NULL,'0 of 3 symbols have all 6 weeks',41,NULL,'2026-12-01T22:42:58.886Z');
INSERT INTO otc_quality_checks VALUES(73,'2025-12-19','NMS_TIER_2','otc.compute_rolling_6w','no_zero_rolling_volume','INTEGRITY','PASS','0','0',NULL,'no symbols with a zero 6-week average volume',41,NULL,'2026-12-01T22:42:58.886Z');
INSERT INTO otc_quality_checks VALUES(74,'2025-12-26','NMS_TIER_1','otc.aggregate_week','no_negative_volumes','INTEGRITY','PASS','0','0',NULL,'no venue rows with negative shares',44,NULL,'2026-12-01T22:42:59.644Z');
INSERT INTO otc_quality_checks VALUES(75,'2025-12-26','NMS_TIER_1','otc.aggregate_week','no_negative_trades','INTEGRITY','PASS','0','0',NULL,'no venue rows with negative trades',44,NULL,'2026-12-01T22:42:59.644Z');
INSERT INTO otc_quality_checks VALUES(76,'2025-12-26','NMS_TIER_1','otc.aggregate_week','no_duplicate_natural_keys','INTEGRITY','PASS','0','0',NULL,'no duplicate (symbol, mpid) keys',44,NULL,'2026-12-01T22:42:59.644Z');
INSERT INTO otc_quality_checks VALUES(77,'2025-12-26','NMS_TIER_1','otc.aggregate_week','market_share_sum_100','BUSINESS_RULE','PASS','100.0000','100.0000','0.1','venue shares sum to 100.0000',44,NULL,'2026-12-01T22:42:59.644Z');
INSERT INTO otc_quality_checks VALUES(78,'2025-12-26','NMS_TIER_1','otc.aggregate_week','symbol_count_positive','COMPLETENESS','PASS','3','> 0',NULL,'3 symbols',44,NULL,'2026-12-01T22:42:59.644Z');
INSERT INTO otc_quality_checks VALUES(79,'2025-12-26','NMS_TIER_1','otc.aggregate_week','venue_count_positive','COMPLETENESS','PASS','3','> 0',NULL,'3 venues',44,NULL,'2026-12-01T22:42:59.644Z');
INSERT INTO otc_quality_checks VALUES(80,'2025-12-26','NMS_TIER_1','otc.aggregate_week','venue_sum_matches_published_total','BUSINESS_RULE','PASS','0/5 symbols differ','0/5 symbols differ','0','per-venue rows add up to FINRA''s published symbol totals',44,NULL,'2026-12-01T22:42:59.644Z');
INSERT INTO otc_quality_checks VALUES(81,'2025-12-26','NMS_TIER_1','otc.compute_rolling_6w','rolling_window_complete','COMPLETENESS','WARN','0/8 (0.0%)','>= 50% of symbols with 6 weeks',NULL,'0 of 8 symbols have all 6 weeks',45,NULL,'2026-12-01T22:42:59.907Z');
INSERT INTO otc_quality_checks VALUES(82,'2025-12-26','NMS_TIER_1','otc.compute_rolling_6w','no_zero_rolling_volume','INTEGRITY','PASS','0','0',NULL,'no symbols with a zero 6-week average volume',45,NULL,'2026-12-01T22:42:59.907Z');
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
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','AABB',6794184,174,'FLAT','0.00',1,0,0,'v1',33,NULL,'2026-12-01T22:42:56.933Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','AACAY',25955,138,'FLAT','0.00',1,0,0,'v1',33,NULL,'2026-12-01T22:42:56.933Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','AAGAF',136674,39,'FLAT','0.00',1,0,0,'v1',33,NULL,'2026-12-01T22:42:56.933Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','AAGC',1055000,5,'FLAT','0.00',1,0,0,'v1',33,NULL,'2026-12-01T22:42:56.933Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','AAGFF',116067,28,'FLAT','0.00',1,0,0,'v1',33,NULL,'2026-12-01T22:42:56.933Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','AAGIY',426491,1715,'FLAT','0.00',1,0,0,'v1',33,NULL,'2026-12-01T22:42:56.933Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','AAIRF',937,4,'FLAT','0.00',1,0,0,'v1',33,NULL,'2026-12-01T22:42:56.933Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','AALNS',350,36,'FLAT','0.00',1,0,0,'v1',33,NULL,'2026-12-01T22:42:56.933Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','AAMCF',1838,3,'FLAT','0.00',1,0,0,'v1',33,NULL,'2026-12-01T22:42:56.933Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','AARYS',567,56,'FLAT','0.00',1,0,0,'v1',33,NULL,'2026-12-01T22:42:56.933Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','AATRL',100,1,'FLAT','0.00',1,0,0,'v1',33,NULL,'2026-12-01T22:42:56.933Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','AAUAF',246,3,'FLAT','0.00',1,0,0,'v1',33,NULL,'2026-12-01T22:42:56.933Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','AAVMY',6603,73,'FLAT','0.00',1,0,0,'v1',33,NULL,'2026-12-01T22:42:56.933Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','AAVVF',502,7,'FLAT','0.00',1,0,0,'v1',33,NULL,'2026-12-01T22:42:56.933Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','AAWH',67456,141,'FLAT','0.00',1,0,0,'v1',33,NULL,'2026-12-01T22:42:56.933Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','ABBNY',322415,2814,'FLAT','0.00',1,0,0,'v1',33,NULL,'2026-12-01T22:42:56.933Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','ABBRF',74795,218,'FLAT','0.00',1,0,0,'v1',33,NULL,'2026-12-01T22:42:56.933Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','ABCP',8465,3,'FLAT','0.00',1,0,0,'v1',33,NULL,'2026-12-01T22:42:56.933Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','ABEPF',26508,9,'FLAT','0.00',1,0,0,'v1',33,NULL,'2026-12-01T22:42:56.933Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','ABIT',940391,29,'FLAT','0.00',1,0,0,'v1',33,NULL,'2026-12-01T22:42:56.933Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','ABMBF',211108,9,'FLAT','0.00',1,0,0,'v1',33,NULL,'2026-12-01T22:42:56.933Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','ABNAF',43000,4,'FLAT','0.00',1,0,0,'v1',33,NULL,'2026-12-01T22:42:56.933Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','ABQQ',3556764,14,'FLAT','0.00',1,0,0,'v1',33,NULL,'2026-12-01T22:42:56.933Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','ABRKS',1003,95,'FLAT','0.00',1,0,0,'v1',33,NULL,'2026-12-01T22:42:56.933Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','ABSSF',474,2,'FLAT','0.00',1,0,0,'v1',33,NULL,'2026-12-01T22:42:56.933Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','ABXXF',32555,140,'FLAT','0.00',1,0,0,'v1',33,NULL,'2026-12-01T22:42:56.933Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','ACCYY',25389,61,'FLAT','0.00',1,0,0,'v1',33,NULL,'2026-12-01T22:42:56.933Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','ACDVF',14499,62,'FLAT','0.00',1,0,0,'v1',33,NULL,'2026-12-01T22:42:56.933Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','ACGBY',30298,400,'FLAT','0.00',1,0,0,'v1',33,NULL,'2026-12-01T22:42:56.933Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','ACGP',165,3,'FLAT','0.00',1,0,0,'v1',33,NULL,'2026-12-01T22:42:56.933Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','ACGX',17499,4,'FLAT','0.00',1,0,0,'v1',33,NULL,'2026-12-01T22:42:56.933Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','ACHFF',18900,24,'FLAT','0.00',1,0,0,'v1',33,NULL,'2026-12-01T22:42:56.933Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','ACLLF',392,2,'FLAT','0.00',1,0,0,'v1',33,NULL,'2026-12-01T22:42:56.933Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','ACLLY',610,14,'FLAT','0.00',1,0,0,'v1',33,NULL,'2026-12-01T22:42:56.933Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','ACMB',116509,8,'FLAT','0.00',1,0,0,'v1',33,NULL,'2026-12-01T22:42:56.933Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','ACMIF',1875,2,'FLAT','0.00',1,0,0,'v1',33,NULL,'2026-12-01T22:42:56.933Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','ACOPY',2804,13,'FLAT','0.00',1,0,0,'v1',33,NULL,'2026-12-01T22:42:56.933Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','ACSAY',31828,66,'FLAT','0.00',1,0,0,'v1',33,NULL,'2026-12-01T22:42:56.933Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','ADAPY',1884979,646,'FLAT','0.00',1,0,0,'v1',33,NULL,'2026-12-01T22:42:56.933Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','ADBRF',2600,3,'FLAT','0.00',1,0,0,'v1',33,NULL,'2026-12-01T22:42:56.933Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','ADCOF',451,1,'FLAT','0.00',1,0,0,'v1',33,NULL,'2026-12-01T22:42:56.933Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','ADDYY',89455,946,'FLAT','0.00',1,0,0,'v1',33,NULL,'2026-12-01T22:42:56.933Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','ADHC',90000,1,'FLAT','0.00',1,0,0,'v1',33,NULL,'2026-12-01T22:42:56.933Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','ADIA',5000,1,'FLAT','0.00',1,0,0,'v1',33,NULL,'2026-12-01T22:42:56.933Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','ADNH',33956,65,'FLAT','0.00',1,0,0,'v1',33,NULL,'2026-12-01T22:42:56.933Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','ADOOY',216,3,'FLAT','0.00',1,0,0,'v1',33,NULL,'2026-12-01T22:42:56.933Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','ADPXY',2504,82,'FLAT','0.00',1,0,0,'v1',33,NULL,'2026-12-01T22:42:56.933Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','ADRNY',45919,282,'FLAT','0.00',1,0,0,'v1',33,NULL,'2026-12-01T22:42:56.933Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','ADRZY',500,2,'FLAT','0.00',1,0,0,'v1',33,NULL,'2026-12-01T22:42:56.933Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','ADTI',1,1,'FLAT','0.00',1,0,0,'v1',33,NULL,'2026-12-01T22:42:56.933Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','ADWPF',101,1,'FLAT','0.00',1,0,0,'v1',33,NULL,'2026-12-01T22:42:56.933Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','ADXS',259,5,'FLAT','0.00',1,0,0,'v1',33,NULL,'2026-12-01T22:42:56.933Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','ADYEY',878188,4953,'FLAT','0.00',1,0,0,'v1',33,NULL,'2026-12-01T22:42:56.933Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','AEBZY',2720,1,'FLAT','0.00',1,0,0,'v1',33,NULL,'2026-12-01T22:42:56.933Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','AEGXF',4373,25,'FLAT','0.00',1,0,0,'v1',33,NULL,'2026-12-01T22:42:56.933Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','AEHCS',438,32,'FLAT','0.00',1,0,0,'v1',33,NULL,'2026-12-01T22:42:56.933Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','AEHDS',145,21,'FLAT','0.00',1,0,0,'v1',33,NULL,'2026-12-01T22:42:56.933Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','AEHES',618,58,'FLAT','0.00',1,0,0,'v1',33,NULL,'2026-12-01T22:42:56.933Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','AEHFS',1258,70,'FLAT','0.00',1,0,0,'v1',33,NULL,'2026-12-01T22:42:56.933Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','AEHGS',1605,122,'FLAT','0.00',1,0,0,'v1',33,NULL,'2026-12-01T22:42:56.933Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','AEHHS',221,24,'FLAT','0.00',1,0,0,'v1',33,NULL,'2026-12-01T22:42:56.933Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','AEHJS',210,23,'FLAT','0.00',1,0,0,'v1',33,NULL,'2026-12-01T22:42:56.933Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','AEHKS',555,44,'FLAT','0.00',1,0,0,'v1',33,NULL,'2026-12-01T22:42:56.933Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','AEHMS',232,29,'FLAT','0.00',1,0,0,'v1',33,NULL,'2026-12-01T22:42:56.933Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','AEHNS',146,27,'FLAT','0.00',1,0,0,'v1',33,NULL,'2026-12-01T22:42:56.933Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','AEHOS',129,13,'FLAT','0.00',1,0,0,'v1',33,NULL,'2026-12-01T22:42:56.933Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','AEHPS',683,59,'FLAT','0.00',1,0,0,'v1',33,NULL,'2026-12-01T22:42:56.933Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','AEHQS',1041,69,'FLAT','0.00',1,0,0,'v1',33,NULL,'2026-12-01T22:42:56.933Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','AEHSS',110,15,'FLAT','0.00',1,0,0,'v1',33,NULL,'2026-12-01T22:42:56.933Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','AELLS',1406,133,'FLAT','0.00',1,0,0,'v1',33,NULL,'2026-12-01T22:42:56.933Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','AERG',8876,20,'FLAT','0.00',1,0,0,'v1',33,NULL,'2026-12-01T22:42:56.933Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','AETHD',27,1,'FLAT','0.00',1,0,0,'v1',33,NULL,'2026-12-01T22:42:56.933Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','AETUF',25941,124,'FLAT','0.00',1,0,0,'v1',33,NULL,'2026-12-01T22:42:56.933Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','AEYPS',10,4,'FLAT','0.00',1,0,0,'v1',33,NULL,'2026-12-01T22:42:56.933Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','AFFS',16815,8,'FLAT','0.00',1,0,0,'v1',33,NULL,'2026-12-01T22:42:56.933Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','AFFT',3970,1,'FLAT','0.00',1,0,0,'v1',33,NULL,'2026-12-01T22:42:56.933Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','AFFU',19456001,51,'FLAT','0.00',1,0,0,'v1',33,NULL,'2026-12-01T22:42:56.933Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','AFFY',65,1,'FLAT','0.00',1,0,0,'v1',33,NULL,'2026-12-01T22:42:56.933Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','AFIB',5253,2,'FLAT','0.00',1,0,0,'v1',33,NULL,'2026-12-01T22:42:56.933Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','AFLYY',663340,1044,'FLAT','0.00',1,0,0,'v1',33,NULL,'2026-12-01T22:42:56.933Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','AFMJF',4800,8,'FLAT','0.00',1,0,0,'v1',33,NULL,'2026-12-01T22:42:56.933Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','AFSIA',66,1,'FLAT','0.00',1,0,0,'v1',33,NULL,'2026-12-01T22:42:56.933Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','AFSIB',800,4,'FLAT','0.00',1,0,0,'v1',33,NULL,'2026-12-01T22:42:56.933Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','AFSIM',245,1,'FLAT','0.00',1,0,0,'v1',33,NULL,'2026-12-01T22:42:56.933Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','AFSIN',1980,7,'FLAT','0.00',1,0,0,'v1',33,NULL,'2026-12-01T22:42:56.933Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','AFTWS',20,8,'FLAT','0.00',1,0,0,'v1',33,NULL,'2026-12-01T22:42:56.933Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','AGAGF',360557,67,'FLAT','0.00',1,0,0,'v1',33,NULL,'2026-12-01T22:42:56.933Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','AGESY',1063,19,'FLAT','0.00',1,0,0,'v1',33,NULL,'2026-12-01T22:42:56.933Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','AGFMF',562,5,'FLAT','0.00',1,0,0,'v1',33,NULL,'2026-12-01T22:42:56.933Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','AGIN',100548,2,'FLAT','0.00',1,0,0,'v1',33,NULL,'2026-12-01T22:42:56.933Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','AGLXY',111,1,'FLAT','0.00',1,0,0,'v1',33,NULL,'2026-12-01T22:42:56.933Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','AGMRF',14300,32,'FLAT','0.00',1,0,0,'v1',33,NULL,'2026-12-01T22:42:56.933Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','AGNPF',840,2,'FLAT','0.00',1,0,0,'v1',33,NULL,'2026-12-01T22:42:56.933Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','AGRPY',67,1,'FLAT','0.00',1,0,0,'v1',33,NULL,'2026-12-01T22:42:56.933Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','AGXPF',144316,19,'FLAT','0.00',1,0,0,'v1',33,NULL,'2026-12-01T22:42:56.933Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','AGYP',360000,5,'FLAT','0.00',1,0,0,'v1',33,NULL,'2026-12-01T22:42:56.933Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','AHADS',346,35,'FLAT','0.00',1,0,0,'v1',33,NULL,'2026-12-01T22:42:56.933Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','AHANS',885,55,'FLAT','0.00',1,0,0,'v1',33,NULL,'2026-12-01T22:42:56.933Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','AHARS',1895,87,'FLAT','0.00',1,0,0,'v1',33,NULL,'2026-12-01T22:42:56.933Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','AHATS',1205,92,'FLAT','0.00',1,0,0,'v1',33,NULL,'2026-12-01T22:42:56.933Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','AHBCS',1028,95,'FLAT','0.00',1,0,0,'v1',33,NULL,'2026-12-01T22:42:56.933Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','AHBFS',3027,63,'FLAT','0.00',1,0,0,'v1',33,NULL,'2026-12-01T22:42:56.933Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','AHBXS',230,23,'FLAT','0.00',1,0,0,'v1',33,NULL,'2026-12-01T22:42:56.933Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','AHCHY',9510,85,'FLAT','0.00',1,0,0,'v1',33,NULL,'2026-12-01T22:42:56.933Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','AHCMS',924,56,'FLAT','0.00',1,0,0,'v1',33,NULL,'2026-12-01T22:42:56.933Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','AHEIS',645,72,'FLAT','0.00',1,0,0,'v1',33,NULL,'2026-12-01T22:42:56.933Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','AHEWS',910,76,'FLAT','0.00',1,0,0,'v1',33,NULL,'2026-12-01T22:42:56.933Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','AHEXY',10695,131,'FLAT','0.00',1,0,0,'v1',33,NULL,'2026-12-01T22:42:56.933Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','AHFXS',892,63,'FLAT','0.00',1,0,0,'v1',33,NULL,'2026-12-01T22:42:56.933Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','AHGLS',812,51,'FLAT','0.00',1,0,0,'v1',33,NULL,'2026-12-01T22:42:56.933Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','AHGNS',1973,98,'FLAT','0.00',1,0,0,'v1',33,NULL,'2026-12-01T22:42:56.933Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','AHHMS',369,38,'FLAT','0.00',1,0,0,'v1',33,NULL,'2026-12-01T22:42:56.933Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','AHHOS',212,20,'FLAT','0.00',1,0,0,'v1',33,NULL,'2026-12-01T22:42:56.933Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','AHHYS',1651,106,'FLAT','0.00',1,0,0,'v1',33,NULL,'2026-12-01T22:42:56.933Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','AHJHS',934,62,'FLAT','0.00',1,0,0,'v1',33,NULL,'2026-12-01T22:42:56.933Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','AHKSY',2576,18,'FLAT','0.00',1,0,0,'v1',33,NULL,'2026-12-01T22:42:56.933Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','AHKYS',1000,61,'FLAT','0.00',1,0,0,'v1',33,NULL,'2026-12-01T22:42:56.933Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','AHLAS',2,1,'FLAT','0.00',1,0,0,'v1',33,NULL,'2026-12-01T22:42:56.933Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','AHLCS',5,1,'FLAT','0.00',1,0,0,'v1',33,NULL,'2026-12-01T22:42:56.933Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','AHLES',6,1,'FLAT','0.00',1,0,0,'v1',33,NULL,'2026-12-01T22:42:56.933Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','AHLFS',20,4,'FLAT','0.00',1,0,0,'v1',33,NULL,'2026-12-01T22:42:56.933Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','AHLGS',10,2,'FLAT','0.00',1,0,0,'v1',33,NULL,'2026-12-01T22:42:56.933Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','AHLJS',3,2,'FLAT','0.00',1,0,0,'v1',33,NULL,'2026-12-01T22:42:56.933Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','AHLNS',1,1,'FLAT','0.00',1,0,0,'v1',33,NULL,'2026-12-01T22:42:56.933Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','AHLSS',80,2,'FLAT','0.00',1,0,0,'v1',33,NULL,'2026-12-01T22:42:56.933Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','AHLUS',102,2,'FLAT','0.00',1,0,0,'v1',33,NULL,'2026-12-01T22:42:56.933Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','AHLVS',1417,76,'FLAT','0.00',1,0,0,'v1',33,NULL,'2026-12-01T22:42:56.933Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','AHLXS',395,41,'FLAT','0.00',1,0,0,'v1',33,NULL,'2026-12-01T22:42:56.933Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','AHMCS',776,48,'FLAT','0.00',1,0,0,'v1',33,NULL,'2026-12-01T22:42:56.933Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','AHNBS',1435,73,'FLAT','0.00',1,0,0,'v1',33,NULL,'2026-12-01T22:42:56.933Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','AHNRF',57696,16,'FLAT','0.00',1,0,0,'v1',33,NULL,'2026-12-01T22:42:56.933Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','AHNTS',525,49,'FLAT','0.00',1,0,0,'v1',33,NULL,'2026-12-01T22:42:56.933Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','AHOBS',991,77,'FLAT','0.00',1,0,0,'v1',33,NULL,'2026-12-01T22:42:56.933Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','AHOMS',321,37,'FLAT','0.00',1,0,0,'v1',33,NULL,'2026-12-01T22:42:56.933Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','AHPHS',256,34,'FLAT','0.00',1,0,0,'v1',33,NULL,'2026-12-01T22:42:56.933Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','AHPMS',4171,140,'FLAT','0.00',1,0,0,'v1',33,NULL,'2026-12-01T22:42:56.933Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','AHPSS',2220,96,'FLAT','0.00',1,0,0,'v1',33,NULL,'2026-12-01T22:42:56.933Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','AHRFS',722,60,'FLAT','0.00',1,0,0,'v1',33,NULL,'2026-12-01T22:42:56.933Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','AHRKS',1015,93,'FLAT','0.00',1,0,0,'v1',33,NULL,'2026-12-01T22:42:56.933Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','AHRWS',1369,71,'FLAT','0.00',1,0,0,'v1',33,NULL,'2026-12-01T22:42:56.933Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','AHSMS',863,52,'FLAT','0.00',1,0,0,'v1',33,NULL,'2026-12-01T22:42:56.933Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','AHSOS',475,47,'FLAT','0.00',1,0,0,'v1',33,NULL,'2026-12-01T22:42:56.933Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','AHSQS',976,66,'FLAT','0.00',1,0,0,'v1',33,NULL,'2026-12-01T22:42:56.933Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','AHSSS',983,56,'FLAT','0.00',1,0,0,'v1',33,NULL,'2026-12-01T22:42:56.933Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','AHSVS',1683,112,'FLAT','0.00',1,0,0,'v1',33,NULL,'2026-12-01T22:42:56.933Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','AHTYS',970,68,'FLAT','0.00',1,0,0,'v1',33,NULL,'2026-12-01T22:42:56.933Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','AHVAS',5,1,'FLAT','0.00',1,0,0,'v1',33,NULL,'2026-12-01T22:42:56.933Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','AHWHS',1002,61,'FLAT','0.00',1,0,0,'v1',33,NULL,'2026-12-01T22:42:56.933Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','AIBGY',58287,646,'FLAT','0.00',1,0,0,'v1',33,NULL,'2026-12-01T22:42:56.933Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','AIBT',173008,2,'FLAT','0.00',1,0,0,'v1',33,NULL,'2026-12-01T22:42:56.933Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','AIJTY',2350,2,'FLAT','0.00',1,0,0,'v1',33,NULL,'2026-12-01T22:42:56.933Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','AIMFF',1500,4,'FLAT','0.00',1,0,0,'v1',33,NULL,'2026-12-01T22:42:56.933Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','AIMLF',260600,9,'FLAT','0.00',1,0,0,'v1',33,NULL,'2026-12-01T22:42:56.933Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','AINMF',2200,1,'FLAT','0.00',1,0,0,'v1',33,NULL,'2026-12-01T22:42:56.933Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','AIPUY',100,1,'FLAT','0.00',1,0,0,'v1',33,NULL,'2026-12-01T22:42:56.933Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','AIQUY',173924,1228,'FLAT','0.00',1,0,0,'v1',33,NULL,'2026-12-01T22:42:56.933Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','AIRDF',38000,11,'FLAT','0.00',1,0,0,'v1',33,NULL,'2026-12-01T22:42:56.933Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','AIRRF',8272,7,'FLAT','0.00',1,0,0,'v1',33,NULL,'2026-12-01T22:42:56.933Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','AITX',60203649,246,'FLAT','0.00',1,0,0,'v1',33,NULL,'2026-12-01T22:42:56.933Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','AJINY',21239,156,'FLAT','0.00',1,0,0,'v1',33,NULL,'2026-12-01T22:42:56.933Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','AKBTY',702,4,'FLAT','0.00',1,0,0,'v1',33,NULL,'2026-12-01T22:42:56.933Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','AKEMF',95209,9,'FLAT','0.00',1,0,0,'v1',33,NULL,'2026-12-01T22:42:56.933Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','AKGSS',1,1,'FLAT','0.00',1,0,0,'v1',33,NULL,'2026-12-01T22:42:56.933Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','AKOJS',15,4,'FLAT','0.00',1,0,0,'v1',33,NULL,'2026-12-01T22:42:56.933Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','AKPJS',55,16,'FLAT','0.00',1,0,0,'v1',33,NULL,'2026-12-01T22:42:56.933Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','AKPPS',18,11,'FLAT','0.00',1,0,0,'v1',33,NULL,'2026-12-01T22:42:56.933Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','AKPQS',4,3,'FLAT','0.00',1,0,0,'v1',33,NULL,'2026-12-01T22:42:56.933Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','AKPRS',2,2,'FLAT','0.00',1,0,0,'v1',33,NULL,'2026-12-01T22:42:56.933Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','AKPXS',24,7,'FLAT','0.00',1,0,0,'v1',33,NULL,'2026-12-01T22:42:56.933Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','AKPZS',9,8,'FLAT','0.00',1,0,0,'v1',33,NULL,'2026-12-01T22:42:56.933Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','AKRBY',983,3,'FLAT','0.00',1,0,0,'v1',33,NULL,'2026-12-01T22:42:56.933Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','AKRYY',100,1,'FLAT','0.00',1,0,0,'v1',33,NULL,'2026-12-01T22:42:56.933Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','AKTAF',1001,6,'FLAT','0.00',1,0,0,'v1',33,NULL,'2026-12-01T22:42:56.933Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','AKZAS',11,5,'FLAT','0.00',1,0,0,'v1',33,NULL,'2026-12-01T22:42:56.933Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','AKZOY',38238,186,'FLAT','0.00',1,0,0,'v1',33,NULL,'2026-12-01T22:42:56.933Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','ALFVY',10451,72,'FLAT','0.00',1,0,0,'v1',33,NULL,'2026-12-01T22:42:56.933Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','ALGYS',196,20,'FLAT','0.00',1,0,0,'v1',33,NULL,'2026-12-01T22:42:56.933Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','ALIZY',272046,1343,'FLAT','0.00',1,0,0,'v1',33,NULL,'2026-12-01T22:42:56.933Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','ALLGF',135,2,'FLAT','0.00',1,0,0,'v1',33,NULL,'2026-12-01T22:42:56.933Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','ALNPY',41,4,'FLAT','0.00',1,0,0,'v1',33,NULL,'2026-12-01T22:42:56.933Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','ALOIS',378,30,'FLAT','0.00',1,0,0,'v1',33,NULL,'2026-12-01T22:42:56.933Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','ALPIB',2629,34,'FLAT','0.00',1,0,0,'v1',33,NULL,'2026-12-01T22:42:56.933Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','ALPMY',77637,424,'FLAT','0.00',1,0,0,'v1',33,NULL,'2026-12-01T22:42:56.933Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','ALRTF',100,1,'FLAT','0.00',1,0,0,'v1',33,NULL,'2026-12-01T22:42:56.933Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','ALSAF',1,1,'FLAT','0.00',1,0,0,'v1',33,NULL,'2026-12-01T22:42:56.933Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','ALSMY',301668,182,'FLAT','0.00',1,0,0,'v1',33,NULL,'2026-12-01T22:42:56.933Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','ALVLF',2000,1,'FLAT','0.00',1,0,0,'v1',33,NULL,'2026-12-01T22:42:56.933Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','ALVOF',11895,25,'FLAT','0.00',1,0,0,'v1',33,NULL,'2026-12-01T22:42:56.933Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','ALYAF',2700,21,'FLAT','0.00',1,0,0,'v1',33,NULL,'2026-12-01T22:42:56.933Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','ALYI',2000,1,'FLAT','0.00',1,0,0,'v1',33,NULL,'2026-12-01T22:42:56.933Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','AMADY',19102,260,'FLAT','0.00',1,0,0,'v1',33,NULL,'2026-12-01T22:42:56.933Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','AMBIQ',1385,12,'FLAT','0.00',1,0,0,'v1',33,NULL,'2026-12-01T22:42:56.933Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','AMBWQ',20783,2,'FLAT','0.00',1,0,0,'v1',33,NULL,'2026-12-01T22:42:56.933Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-14','OTC','AMBZ',6786,61,'FLAT','0.00',1,0,0,'v1',33,NULL,'2026-12-01T22:42:56.933Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-21','NMS_TIER_1','AAPL',3500000,18800,'FLAT','0.00',1,0,0,'v1',20,1,'2026-12-01T22:42:52.838Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-21','NMS_TIER_1','META',1200000,6000,'FLAT','0.00',1,0,0,'v1',20,1,'2026-12-01T22:42:52.838Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-21','NMS_TIER_1','MSFT',900000,4500,'FLAT','0.00',1,0,0,'v1',20,1,'2026-12-01T22:42:52.838Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-21','NMS_TIER_1','NVDA',3500000,17500,'FLAT','0.00',1,0,0,'v1',20,1,'2026-12-01T22:42:52.838Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-21','NMS_TIER_1','TSLA',1500000,7700,'FLAT','0.00',1,0,0,'v1',20,1,'2026-12-01T22:42:52.838Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','NMS_TIER_1','AAPL',3560000,19050,'FLAT','3.43',2,0,0,'v1',21,1,'2026-12-01T22:42:52.838Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','NMS_TIER_1','META',1370000,6850,'UP','28.33',2,0,0,'v1',21,1,'2026-12-01T22:42:52.838Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','NMS_TIER_1','MSFT',920000,4600,'FLAT','4.44',2,0,0,'v1',21,1,'2026-12-01T22:42:52.838Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','NMS_TIER_1','NVDA',3425000,17100,'FLAT','-4.29',2,0,0,'v1',21,1,'2026-12-01T22:42:52.838Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','NMS_TIER_1','TSLA',1550000,7900,'UP','6.67',2,0,0,'v1',21,1,'2026-12-01T22:42:52.838Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','AABB',6794184,174,'FLAT','0.00',1,0,0,'v1',37,NULL,'2026-12-01T22:42:57.962Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','AACAY',25955,138,'FLAT','0.00',1,0,0,'v1',37,NULL,'2026-12-01T22:42:57.962Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','AAGAF',136674,39,'FLAT','0.00',1,0,0,'v1',37,NULL,'2026-12-01T22:42:57.962Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','AAGC',1055000,5,'FLAT','0.00',1,0,0,'v1',37,NULL,'2026-12-01T22:42:57.962Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','AAGFF',116067,28,'FLAT','0.00',1,0,0,'v1',37,NULL,'2026-12-01T22:42:57.962Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','AAGIY',426491,1715,'FLAT','0.00',1,0,0,'v1',37,NULL,'2026-12-01T22:42:57.962Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','AAIRF',937,4,'FLAT','0.00',1,0,0,'v1',37,NULL,'2026-12-01T22:42:57.962Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','AALNS',350,36,'FLAT','0.00',1,0,0,'v1',37,NULL,'2026-12-01T22:42:57.962Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','AAMCF',1838,3,'FLAT','0.00',1,0,0,'v1',37,NULL,'2026-12-01T22:42:57.962Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','AARYS',567,56,'FLAT','0.00',1,0,0,'v1',37,NULL,'2026-12-01T22:42:57.962Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','AATRL',100,1,'FLAT','0.00',1,0,0,'v1',37,NULL,'2026-12-01T22:42:57.962Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','AAUAF',246,3,'FLAT','0.00',1,0,0,'v1',37,NULL,'2026-12-01T22:42:57.962Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','AAVMY',6603,73,'FLAT','0.00',1,0,0,'v1',37,NULL,'2026-12-01T22:42:57.962Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','AAVVF',502,7,'FLAT','0.00',1,0,0,'v1',37,NULL,'2026-12-01T22:42:57.962Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','AAWH',67456,141,'FLAT','0.00',1,0,0,'v1',37,NULL,'2026-12-01T22:42:57.962Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','ABBNY',322415,2814,'FLAT','0.00',1,0,0,'v1',37,NULL,'2026-12-01T22:42:57.962Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','ABBRF',74795,218,'FLAT','0.00',1,0,0,'v1',37,NULL,'2026-12-01T22:42:57.962Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','ABCP',8465,3,'FLAT','0.00',1,0,0,'v1',37,NULL,'2026-12-01T22:42:57.962Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','ABEPF',26508,9,'FLAT','0.00',1,0,0,'v1',37,NULL,'2026-12-01T22:42:57.962Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','ABIT',940391,29,'FLAT','0.00',1,0,0,'v1',37,NULL,'2026-12-01T22:42:57.962Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','ABMBF',211108,9,'FLAT','0.00',1,0,0,'v1',37,NULL,'2026-12-01T22:42:57.962Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','ABNAF',43000,4,'FLAT','0.00',1,0,0,'v1',37,NULL,'2026-12-01T22:42:57.962Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','ABQQ',3556764,14,'FLAT','0.00',1,0,0,'v1',37,NULL,'2026-12-01T22:42:57.962Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','ABRKS',1003,95,'FLAT','0.00',1,0,0,'v1',37,NULL,'2026-12-01T22:42:57.962Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','ABSSF',474,2,'FLAT','0.00',1,0,0,'v1',37,NULL,'2026-12-01T22:42:57.962Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','ABXXF',32555,140,'FLAT','0.00',1,0,0,'v1',37,NULL,'2026-12-01T22:42:57.962Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','ACCYY',25389,61,'FLAT','0.00',1,0,0,'v1',37,NULL,'2026-12-01T22:42:57.962Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','ACDVF',14499,62,'FLAT','0.00',1,0,0,'v1',37,NULL,'2026-12-01T22:42:57.962Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','ACGBY',30298,400,'FLAT','0.00',1,0,0,'v1',37,NULL,'2026-12-01T22:42:57.962Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','ACGP',165,3,'FLAT','0.00',1,0,0,'v1',37,NULL,'2026-12-01T22:42:57.962Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','ACGX',17499,4,'FLAT','0.00',1,0,0,'v1',37,NULL,'2026-12-01T22:42:57.962Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','ACHFF',18900,24,'FLAT','0.00',1,0,0,'v1',37,NULL,'2026-12-01T22:42:57.962Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','ACLLF',392,2,'FLAT','0.00',1,0,0,'v1',37,NULL,'2026-12-01T22:42:57.962Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','ACLLY',610,14,'FLAT','0.00',1,0,0,'v1',37,NULL,'2026-12-01T22:42:57.962Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','ACMB',116509,8,'FLAT','0.00',1,0,0,'v1',37,NULL,'2026-12-01T22:42:57.962Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','ACMIF',1875,2,'FLAT','0.00',1,0,0,'v1',37,NULL,'2026-12-01T22:42:57.962Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','ACOPY',2804,13,'FLAT','0.00',1,0,0,'v1',37,NULL,'2026-12-01T22:42:57.962Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','ACSAY',31828,66,'FLAT','0.00',1,0,0,'v1',37,NULL,'2026-12-01T22:42:57.962Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','ADAPY',1884979,646,'FLAT','0.00',1,0,0,'v1',37,NULL,'2026-12-01T22:42:57.962Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','ADBRF',2600,3,'FLAT','0.00',1,0,0,'v1',37,NULL,'2026-12-01T22:42:57.962Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','ADCOF',451,1,'FLAT','0.00',1,0,0,'v1',37,NULL,'2026-12-01T22:42:57.962Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','ADDYY',89455,946,'FLAT','0.00',1,0,0,'v1',37,NULL,'2026-12-01T22:42:57.962Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','ADHC',90000,1,'FLAT','0.00',1,0,0,'v1',37,NULL,'2026-12-01T22:42:57.962Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','ADIA',5000,1,'FLAT','0.00',1,0,0,'v1',37,NULL,'2026-12-01T22:42:57.962Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','ADNH',33956,65,'FLAT','0.00',1,0,0,'v1',37,NULL,'2026-12-01T22:42:57.962Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','ADOOY',216,3,'FLAT','0.00',1,0,0,'v1',37,NULL,'2026-12-01T22:42:57.962Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','ADPXY',2504,82,'FLAT','0.00',1,0,0,'v1',37,NULL,'2026-12-01T22:42:57.962Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','ADRNY',45919,282,'FLAT','0.00',1,0,0,'v1',37,NULL,'2026-12-01T22:42:57.962Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','ADRZY',500,2,'FLAT','0.00',1,0,0,'v1',37,NULL,'2026-12-01T22:42:57.962Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','ADTI',1,1,'FLAT','0.00',1,0,0,'v1',37,NULL,'2026-12-01T22:42:57.962Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','ADWPF',101,1,'FLAT','0.00',1,0,0,'v1',37,NULL,'2026-12-01T22:42:57.962Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','ADXS',259,5,'FLAT','0.00',1,0,0,'v1',37,NULL,'2026-12-01T22:42:57.962Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','ADYEY',878188,4953,'FLAT','0.00',1,0,0,'v1',37,NULL,'2026-12-01T22:42:57.962Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','AEBZY',2720,1,'FLAT','0.00',1,0,0,'v1',37,NULL,'2026-12-01T22:42:57.962Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','AEGXF',4373,25,'FLAT','0.00',1,0,0,'v1',37,NULL,'2026-12-01T22:42:57.962Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','AEHCS',438,32,'FLAT','0.00',1,0,0,'v1',37,NULL,'2026-12-01T22:42:57.962Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','AEHDS',145,21,'FLAT','0.00',1,0,0,'v1',37,NULL,'2026-12-01T22:42:57.962Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','AEHES',618,58,'FLAT','0.00',1,0,0,'v1',37,NULL,'2026-12-01T22:42:57.962Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','AEHFS',1258,70,'FLAT','0.00',1,0,0,'v1',37,NULL,'2026-12-01T22:42:57.962Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','AEHGS',1605,122,'FLAT','0.00',1,0,0,'v1',37,NULL,'2026-12-01T22:42:57.962Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','AEHHS',221,24,'FLAT','0.00',1,0,0,'v1',37,NULL,'2026-12-01T22:42:57.962Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','AEHJS',210,23,'FLAT','0.00',1,0,0,'v1',37,NULL,'2026-12-01T22:42:57.962Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','AEHKS',555,44,'FLAT','0.00',1,0,0,'v1',37,NULL,'2026-12-01T22:42:57.962Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','AEHMS',232,29,'FLAT','0.00',1,0,0,'v1',37,NULL,'2026-12-01T22:42:57.962Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','AEHNS',146,27,'FLAT','0.00',1,0,0,'v1',37,NULL,'2026-12-01T22:42:57.962Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','AEHOS',129,13,'FLAT','0.00',1,0,0,'v1',37,NULL,'2026-12-01T22:42:57.962Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','AEHPS',683,59,'FLAT','0.00',1,0,0,'v1',37,NULL,'2026-12-01T22:42:57.962Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','AEHQS',1041,69,'FLAT','0.00',1,0,0,'v1',37,NULL,'2026-12-01T22:42:57.962Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','AEHSS',110,15,'FLAT','0.00',1,0,0,'v1',37,NULL,'2026-12-01T22:42:57.962Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','AELLS',1406,133,'FLAT','0.00',1,0,0,'v1',37,NULL,'2026-12-01T22:42:57.962Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','AERG',8876,20,'FLAT','0.00',1,0,0,'v1',37,NULL,'2026-12-01T22:42:57.962Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','AETHD',27,1,'FLAT','0.00',1,0,0,'v1',37,NULL,'2026-12-01T22:42:57.962Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','AETUF',25941,124,'FLAT','0.00',1,0,0,'v1',37,NULL,'2026-12-01T22:42:57.962Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','AEYPS',10,4,'FLAT','0.00',1,0,0,'v1',37,NULL,'2026-12-01T22:42:57.962Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','AFFS',16815,8,'FLAT','0.00',1,0,0,'v1',37,NULL,'2026-12-01T22:42:57.962Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','AFFT',3970,1,'FLAT','0.00',1,0,0,'v1',37,NULL,'2026-12-01T22:42:57.962Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','AFFU',19456001,51,'FLAT','0.00',1,0,0,'v1',37,NULL,'2026-12-01T22:42:57.962Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','AFFY',65,1,'FLAT','0.00',1,0,0,'v1',37,NULL,'2026-12-01T22:42:57.962Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','AFIB',5253,2,'FLAT','0.00',1,0,0,'v1',37,NULL,'2026-12-01T22:42:57.962Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','AFLYY',663340,1044,'FLAT','0.00',1,0,0,'v1',37,NULL,'2026-12-01T22:42:57.962Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','AFMJF',4800,8,'FLAT','0.00',1,0,0,'v1',37,NULL,'2026-12-01T22:42:57.962Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','AFSIA',66,1,'FLAT','0.00',1,0,0,'v1',37,NULL,'2026-12-01T22:42:57.962Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','AFSIB',800,4,'FLAT','0.00',1,0,0,'v1',37,NULL,'2026-12-01T22:42:57.962Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','AFSIM',245,1,'FLAT','0.00',1,0,0,'v1',37,NULL,'2026-12-01T22:42:57.962Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','AFSIN',1980,7,'FLAT','0.00',1,0,0,'v1',37,NULL,'2026-12-01T22:42:57.962Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','AFTWS',20,8,'FLAT','0.00',1,0,0,'v1',37,NULL,'2026-12-01T22:42:57.962Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','AGAGF',360557,67,'FLAT','0.00',1,0,0,'v1',37,NULL,'2026-12-01T22:42:57.962Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','AGESY',1063,19,'FLAT','0.00',1,0,0,'v1',37,NULL,'2026-12-01T22:42:57.962Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','AGFMF',562,5,'FLAT','0.00',1,0,0,'v1',37,NULL,'2026-12-01T22:42:57.962Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','AGIN',100548,2,'FLAT','0.00',1,0,0,'v1',37,NULL,'2026-12-01T22:42:57.962Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','AGLXY',111,1,'FLAT','0.00',1,0,0,'v1',37,NULL,'2026-12-01T22:42:57.962Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','AGMRF',14300,32,'FLAT','0.00',1,0,0,'v1',37,NULL,'2026-12-01T22:42:57.962Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','AGNPF',840,2,'FLAT','0.00',1,0,0,'v1',37,NULL,'2026-12-01T22:42:57.962Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','AGRPY',67,1,'FLAT','0.00',1,0,0,'v1',37,NULL,'2026-12-01T22:42:57.962Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','AGXPF',144316,19,'FLAT','0.00',1,0,0,'v1',37,NULL,'2026-12-01T22:42:57.962Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','AGYP',360000,5,'FLAT','0.00',1,0,0,'v1',37,NULL,'2026-12-01T22:42:57.962Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','AHADS',346,35,'FLAT','0.00',1,0,0,'v1',37,NULL,'2026-12-01T22:42:57.962Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','AHANS',885,55,'FLAT','0.00',1,0,0,'v1',37,NULL,'2026-12-01T22:42:57.962Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','AHARS',1895,87,'FLAT','0.00',1,0,0,'v1',37,NULL,'2026-12-01T22:42:57.962Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','AHATS',1205,92,'FLAT','0.00',1,0,0,'v1',37,NULL,'2026-12-01T22:42:57.962Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','AHBCS',1028,95,'FLAT','0.00',1,0,0,'v1',37,NULL,'2026-12-01T22:42:57.962Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','AHBFS',3027,63,'FLAT','0.00',1,0,0,'v1',37,NULL,'2026-12-01T22:42:57.962Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','AHBXS',230,23,'FLAT','0.00',1,0,0,'v1',37,NULL,'2026-12-01T22:42:57.962Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','AHCHY',9510,85,'FLAT','0.00',1,0,0,'v1',37,NULL,'2026-12-01T22:42:57.962Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','AHCMS',924,56,'FLAT','0.00',1,0,0,'v1',37,NULL,'2026-12-01T22:42:57.962Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','AHEIS',645,72,'FLAT','0.00',1,0,0,'v1',37,NULL,'2026-12-01T22:42:57.962Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','AHEWS',910,76,'FLAT','0.00',1,0,0,'v1',37,NULL,'2026-12-01T22:42:57.962Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','AHEXY',10695,131,'FLAT','0.00',1,0,0,'v1',37,NULL,'2026-12-01T22:42:57.962Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','AHFXS',892,63,'FLAT','0.00',1,0,0,'v1',37,NULL,'2026-12-01T22:42:57.962Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','AHGLS',812,51,'FLAT','0.00',1,0,0,'v1',37,NULL,'2026-12-01T22:42:57.962Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','AHGNS',1973,98,'FLAT','0.00',1,0,0,'v1',37,NULL,'2026-12-01T22:42:57.962Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','AHHMS',369,38,'FLAT','0.00',1,0,0,'v1',37,NULL,'2026-12-01T22:42:57.962Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','AHHOS',212,20,'FLAT','0.00',1,0,0,'v1',37,NULL,'2026-12-01T22:42:57.962Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','AHHYS',1651,106,'FLAT','0.00',1,0,0,'v1',37,NULL,'2026-12-01T22:42:57.962Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','AHJHS',934,62,'FLAT','0.00',1,0,0,'v1',37,NULL,'2026-12-01T22:42:57.962Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','AHKSY',2576,18,'FLAT','0.00',1,0,0,'v1',37,NULL,'2026-12-01T22:42:57.962Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','AHKYS',1000,61,'FLAT','0.00',1,0,0,'v1',37,NULL,'2026-12-01T22:42:57.962Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','AHLAS',2,1,'FLAT','0.00',1,0,0,'v1',37,NULL,'2026-12-01T22:42:57.962Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','AHLCS',5,1,'FLAT','0.00',1,0,0,'v1',37,NULL,'2026-12-01T22:42:57.962Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','AHLES',6,1,'FLAT','0.00',1,0,0,'v1',37,NULL,'2026-12-01T22:42:57.962Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','AHLFS',20,4,'FLAT','0.00',1,0,0,'v1',37,NULL,'2026-12-01T22:42:57.962Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','AHLGS',10,2,'FLAT','0.00',1,0,0,'v1',37,NULL,'2026-12-01T22:42:57.962Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','AHLJS',3,2,'FLAT','0.00',1,0,0,'v1',37,NULL,'2026-12-01T22:42:57.962Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','AHLNS',1,1,'FLAT','0.00',1,0,0,'v1',37,NULL,'2026-12-01T22:42:57.962Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','AHLSS',80,2,'FLAT','0.00',1,0,0,'v1',37,NULL,'2026-12-01T22:42:57.962Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','AHLUS',102,2,'FLAT','0.00',1,0,0,'v1',37,NULL,'2026-12-01T22:42:57.962Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','AHLVS',1417,76,'FLAT','0.00',1,0,0,'v1',37,NULL,'2026-12-01T22:42:57.962Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','AHLXS',395,41,'FLAT','0.00',1,0,0,'v1',37,NULL,'2026-12-01T22:42:57.962Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','AHMCS',776,48,'FLAT','0.00',1,0,0,'v1',37,NULL,'2026-12-01T22:42:57.962Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','AHNBS',1435,73,'FLAT','0.00',1,0,0,'v1',37,NULL,'2026-12-01T22:42:57.962Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','AHNRF',57696,16,'FLAT','0.00',1,0,0,'v1',37,NULL,'2026-12-01T22:42:57.962Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','AHNTS',525,49,'FLAT','0.00',1,0,0,'v1',37,NULL,'2026-12-01T22:42:57.962Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','AHOBS',991,77,'FLAT','0.00',1,0,0,'v1',37,NULL,'2026-12-01T22:42:57.962Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','AHOMS',321,37,'FLAT','0.00',1,0,0,'v1',37,NULL,'2026-12-01T22:42:57.962Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','AHPHS',256,34,'FLAT','0.00',1,0,0,'v1',37,NULL,'2026-12-01T22:42:57.962Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','AHPMS',4171,140,'FLAT','0.00',1,0,0,'v1',37,NULL,'2026-12-01T22:42:57.962Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','AHPSS',2220,96,'FLAT','0.00',1,0,0,'v1',37,NULL,'2026-12-01T22:42:57.962Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','AHRFS',722,60,'FLAT','0.00',1,0,0,'v1',37,NULL,'2026-12-01T22:42:57.962Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','AHRKS',1015,93,'FLAT','0.00',1,0,0,'v1',37,NULL,'2026-12-01T22:42:57.962Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','AHRWS',1369,71,'FLAT','0.00',1,0,0,'v1',37,NULL,'2026-12-01T22:42:57.962Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','AHSMS',863,52,'FLAT','0.00',1,0,0,'v1',37,NULL,'2026-12-01T22:42:57.962Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','AHSOS',475,47,'FLAT','0.00',1,0,0,'v1',37,NULL,'2026-12-01T22:42:57.962Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','AHSQS',976,66,'FLAT','0.00',1,0,0,'v1',37,NULL,'2026-12-01T22:42:57.962Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','AHSSS',983,56,'FLAT','0.00',1,0,0,'v1',37,NULL,'2026-12-01T22:42:57.962Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','AHSVS',1683,112,'FLAT','0.00',1,0,0,'v1',37,NULL,'2026-12-01T22:42:57.962Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','AHTYS',970,68,'FLAT','0.00',1,0,0,'v1',37,NULL,'2026-12-01T22:42:57.962Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','AHVAS',5,1,'FLAT','0.00',1,0,0,'v1',37,NULL,'2026-12-01T22:42:57.962Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','AHWHS',1002,61,'FLAT','0.00',1,0,0,'v1',37,NULL,'2026-12-01T22:42:57.962Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','AIBGY',58287,646,'FLAT','0.00',1,0,0,'v1',37,NULL,'2026-12-01T22:42:57.962Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','AIBT',173008,2,'FLAT','0.00',1,0,0,'v1',37,NULL,'2026-12-01T22:42:57.962Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','AIJTY',2350,2,'FLAT','0.00',1,0,0,'v1',37,NULL,'2026-12-01T22:42:57.962Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','AIMFF',1500,4,'FLAT','0.00',1,0,0,'v1',37,NULL,'2026-12-01T22:42:57.962Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','AIMLF',260600,9,'FLAT','0.00',1,0,0,'v1',37,NULL,'2026-12-01T22:42:57.962Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','AINMF',2200,1,'FLAT','0.00',1,0,0,'v1',37,NULL,'2026-12-01T22:42:57.962Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','AIPUY',100,1,'FLAT','0.00',1,0,0,'v1',37,NULL,'2026-12-01T22:42:57.962Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','AIQUY',173924,1228,'FLAT','0.00',1,0,0,'v1',37,NULL,'2026-12-01T22:42:57.962Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','AIRDF',38000,11,'FLAT','0.00',1,0,0,'v1',37,NULL,'2026-12-01T22:42:57.962Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','AIRRF',8272,7,'FLAT','0.00',1,0,0,'v1',37,NULL,'2026-12-01T22:42:57.962Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','AITX',60203649,246,'FLAT','0.00',1,0,0,'v1',37,NULL,'2026-12-01T22:42:57.962Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','AJINY',21239,156,'FLAT','0.00',1,0,0,'v1',37,NULL,'2026-12-01T22:42:57.962Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','AKBTY',702,4,'FLAT','0.00',1,0,0,'v1',37,NULL,'2026-12-01T22:42:57.962Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','AKEMF',95209,9,'FLAT','0.00',1,0,0,'v1',37,NULL,'2026-12-01T22:42:57.962Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','AKGSS',1,1,'FLAT','0.00',1,0,0,'v1',37,NULL,'2026-12-01T22:42:57.962Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','AKOJS',15,4,'FLAT','0.00',1,0,0,'v1',37,NULL,'2026-12-01T22:42:57.962Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','AKPJS',55,16,'FLAT','0.00',1,0,0,'v1',37,NULL,'2026-12-01T22:42:57.962Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','AKPPS',18,11,'FLAT','0.00',1,0,0,'v1',37,NULL,'2026-12-01T22:42:57.962Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','AKPQS',4,3,'FLAT','0.00',1,0,0,'v1',37,NULL,'2026-12-01T22:42:57.962Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','AKPRS',2,2,'FLAT','0.00',1,0,0,'v1',37,NULL,'2026-12-01T22:42:57.962Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','AKPXS',24,7,'FLAT','0.00',1,0,0,'v1',37,NULL,'2026-12-01T22:42:57.962Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','AKPZS',9,8,'FLAT','0.00',1,0,0,'v1',37,NULL,'2026-12-01T22:42:57.962Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','AKRBY',983,3,'FLAT','0.00',1,0,0,'v1',37,NULL,'2026-12-01T22:42:57.962Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','AKRYY',100,1,'FLAT','0.00',1,0,0,'v1',37,NULL,'2026-12-01T22:42:57.962Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','AKTAF',1001,6,'FLAT','0.00',1,0,0,'v1',37,NULL,'2026-12-01T22:42:57.962Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','AKZAS',11,5,'FLAT','0.00',1,0,0,'v1',37,NULL,'2026-12-01T22:42:57.962Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','AKZOY',38238,186,'FLAT','0.00',1,0,0,'v1',37,NULL,'2026-12-01T22:42:57.962Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','ALFVY',10451,72,'FLAT','0.00',1,0,0,'v1',37,NULL,'2026-12-01T22:42:57.962Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','ALGYS',196,20,'FLAT','0.00',1,0,0,'v1',37,NULL,'2026-12-01T22:42:57.962Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','ALIZY',272046,1343,'FLAT','0.00',1,0,0,'v1',37,NULL,'2026-12-01T22:42:57.962Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','ALLGF',135,2,'FLAT','0.00',1,0,0,'v1',37,NULL,'2026-12-01T22:42:57.962Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','ALNPY',41,4,'FLAT','0.00',1,0,0,'v1',37,NULL,'2026-12-01T22:42:57.962Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','ALOIS',378,30,'FLAT','0.00',1,0,0,'v1',37,NULL,'2026-12-01T22:42:57.962Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','ALPIB',2629,34,'FLAT','0.00',1,0,0,'v1',37,NULL,'2026-12-01T22:42:57.962Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','ALPMY',77637,424,'FLAT','0.00',1,0,0,'v1',37,NULL,'2026-12-01T22:42:57.962Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','ALRTF',100,1,'FLAT','0.00',1,0,0,'v1',37,NULL,'2026-12-01T22:42:57.962Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','ALSAF',1,1,'FLAT','0.00',1,0,0,'v1',37,NULL,'2026-12-01T22:42:57.962Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','ALSMY',301668,182,'FLAT','0.00',1,0,0,'v1',37,NULL,'2026-12-01T22:42:57.962Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','ALVLF',2000,1,'FLAT','0.00',1,0,0,'v1',37,NULL,'2026-12-01T22:42:57.962Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','ALVOF',11895,25,'FLAT','0.00',1,0,0,'v1',37,NULL,'2026-12-01T22:42:57.962Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','ALYAF',2700,21,'FLAT','0.00',1,0,0,'v1',37,NULL,'2026-12-01T22:42:57.962Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','ALYI',2000,1,'FLAT','0.00',1,0,0,'v1',37,NULL,'2026-12-01T22:42:57.962Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','AMADY',19102,260,'FLAT','0.00',1,0,0,'v1',37,NULL,'2026-12-01T22:42:57.962Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','AMBIQ',1385,12,'FLAT','0.00',1,0,0,'v1',37,NULL,'2026-12-01T22:42:57.962Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','AMBWQ',20783,2,'FLAT','0.00',1,0,0,'v1',37,NULL,'2026-12-01T22:42:57.962Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','AMBZ',6786,61,'FLAT','0.00',1,0,0,'v1',37,NULL,'2026-12-01T22:42:57.962Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','ZIVO',499,2,'FLAT','0.00',1,0,0,'v1',37,NULL,'2026-12-01T22:42:57.962Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','ZLNDY',17881,82,'FLAT','0.00',1,0,0,'v1',37,NULL,'2026-12-01T22:42:57.962Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','ZMDTF',31516,25,'FLAT','0.00',1,0,0,'v1',37,NULL,'2026-12-01T22:42:57.962Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','ZNOG',285496,95,'FLAT','0.00',1,0,0,'v1',37,NULL,'2026-12-01T22:42:57.962Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','ZOMDF',94317,17,'FLAT','0.00',1,0,0,'v1',37,NULL,'2026-12-01T22:42:57.962Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','ZPTA',41930,14,'FLAT','0.00',1,0,0,'v1',37,NULL,'2026-12-01T22:42:57.962Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','ZPTAF',200,2,'FLAT','0.00',1,0,0,'v1',37,NULL,'2026-12-01T22:42:57.962Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','ZURVY',76674,347,'FLAT','0.00',1,0,0,'v1',37,NULL,'2026-12-01T22:42:57.962Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','ZVOI',12002,3,'FLAT','0.00',1,0,0,'v1',37,NULL,'2026-12-01T22:42:57.962Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-11-28','OTC','ZVSA',6,3,'FLAT','0.00',1,0,0,'v1',37,NULL,'2026-12-01T22:42:57.962Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-12-05','NMS_TIER_1','AAPL',3616666,19300,'FLAT','3.23',3,0,0,'v1',22,1,'2026-12-01T22:42:52.839Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-12-05','NMS_TIER_1','META',1343333,6716,'FLAT','3.28',3,0,0,'v1',22,1,'2026-12-01T22:42:52.839Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-12-05','NMS_TIER_1','MSFT',940000,4700,'FLAT','4.35',3,0,0,'v1',22,1,'2026-12-01T22:42:52.839Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-12-05','NMS_TIER_1','NVDA',3366666,16800,'FLAT','-3.65',3,0,0,'v1',22,1,'2026-12-01T22:42:52.839Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-12-05','NMS_TIER_1','TSLA',1600000,8133,'UP','6.45',3,0,0,'v1',22,1,'2026-12-01T22:42:52.839Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-12-12','NMS_TIER_1','AAPL',3630000,19325,'FLAT','3.93',4,0,0,'v1',23,1,'2026-12-01T22:42:52.839Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-12-12','NMS_TIER_1','META',1385000,6925,'FLAT','2.19',4,0,0,'v1',23,1,'2026-12-01T22:42:52.839Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-12-12','NMS_TIER_1','MSFT',945000,4725,'UP','5.43',4,0,0,'v1',23,1,'2026-12-01T22:42:52.839Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-12-12','NMS_TIER_1','NVDA',3312500,16550,'DOWN','-6.57',4,0,0,'v1',23,1,'2026-12-01T22:42:52.839Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-12-12','NMS_TIER_1','TSLA',1642500,8325,'UP','11.94',4,0,0,'v1',23,1,'2026-12-01T22:42:52.839Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-12-19','NMS_TIER_1','AAPL',3662000,19480,'FLAT','4.78',5,0,0,'v1',24,1,'2026-12-01T22:42:52.840Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-12-19','NMS_TIER_1','META',1370000,6850,'FLAT','2.92',5,0,0,'v1',24,1,'2026-12-01T22:42:52.840Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-12-19','NMS_TIER_1','MSFT',956000,4780,'UP','6.52',5,0,0,'v1',24,1,'2026-12-01T22:42:52.840Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-12-19','NMS_TIER_1','NVDA',3260000,16300,'DOWN','-9.49',5,0,0,'v1',24,1,'2026-12-01T22:42:52.840Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-12-19','NMS_TIER_1','TSLA',1684000,8520,'UP','16.77',5,0,0,'v1',24,1,'2026-12-01T22:42:52.840Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-12-19','NMS_TIER_2','HWTH',7300,52,'FLAT','0.00',1,0,0,'v1',41,NULL,'2026-12-01T22:42:58.886Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-12-19','NMS_TIER_2','ORLB',60250,479,'FLAT','0.00',1,0,0,'v1',41,NULL,'2026-12-01T22:42:58.886Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-12-19','NMS_TIER_2','VSPR',2500,9,'FLAT','0.00',1,0,0,'v1',41,NULL,'2026-12-01T22:42:58.886Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-12-26','NMS_TIER_1','AAPL',3662000,19480,'FLAT','4.78',5,0,0,'v1',45,NULL,'2026-12-01T22:42:59.907Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-12-26','NMS_TIER_1','HLVN',713050,2555,'FLAT','0.00',1,0,0,'v1',45,NULL,'2026-12-01T22:42:59.907Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-12-26','NMS_TIER_1','MBRK',3580000,12130,'FLAT','0.00',1,0,0,'v1',45,NULL,'2026-12-01T22:42:59.907Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-12-26','NMS_TIER_1','META',1370000,6850,'FLAT','2.92',5,0,0,'v1',45,NULL,'2026-12-01T22:42:59.907Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-12-26','NMS_TIER_1','MSFT',956000,4780,'UP','6.52',5,0,0,'v1',45,NULL,'2026-12-01T22:42:59.907Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-12-26','NMS_TIER_1','NVDA',3260000,16300,'DOWN','-9.49',5,0,0,'v1',45,NULL,'2026-12-01T22:42:59.907Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-12-26','NMS_TIER_1','QRTZ',2482500,8473,'FLAT','0.00',1,0,0,'v1',45,NULL,'2026-12-01T22:42:59.907Z');
INSERT INTO otc_symbol_rolling_6w VALUES('2025-12-26','NMS_TIER_1','TSLA',1684000,8520,'UP','16.77',5,0,0,'v1',45,NULL,'2026-12-01T22:42:59.907Z');
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
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','AABB',6794184,174,2,'OTCN','99.4067','39047.03',6794184,174,'FLAT',1,0,1,'WARN','v1',34,NULL,'2026-12-01T22:42:57.212Z');
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','AACAY',25955,138,3,'ARCA','49.1081','188.08',25955,138,'FLAT',1,0,1,'WARN','v1',34,NULL,'2026-12-01T22:42:57.212Z');
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','AAGAF',136674,39,2,'OTCN','78.1597','3504.46',136674,39,'FLAT',1,0,1,'WARN','v1',34,NULL,'2026-12-01T22:42:57.212Z');
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','AAGC',1055000,5,1,'OTCN','100.0000','211000.00',1055000,5,'FLAT',1,0,1,'WARN','v1',34,NULL,'2026-12-01T22:42:57.212Z');
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','AAGFF',116067,28,3,'OTCN','81.9733','4145.25',116067,28,'FLAT',1,0,1,'WARN','v1',34,NULL,'2026-12-01T22:42:57.212Z');
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','AAGIY',426491,1715,3,'ARCA','60.5799','248.68',426491,1715,'FLAT',1,0,1,'WARN','v1',34,NULL,'2026-12-01T22:42:57.212Z');
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','AAIRF',937,4,1,'OTCX','100.0000','234.25',937,4,'FLAT',1,0,1,'WARN','v1',34,NULL,'2026-12-01T22:42:57.212Z');
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','AALNS',350,36,1,'PPEX','100.0000','9.72',350,36,'FLAT',1,0,1,'WARN','v1',34,NULL,'2026-12-01T22:42:57.212Z');
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','AAMCF',1838,3,1,'OTCX','100.0000','612.67',1838,3,'FLAT',1,0,1,'WARN','v1',34,NULL,'2026-12-01T22:42:57.212Z');
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','AARYS',567,56,1,'PPEX','100.0000','10.13',567,56,'FLAT',1,0,1,'WARN','v1',34,NULL,'2026-12-01T22:42:57.212Z');
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','AATRL',100,1,1,'OTCX','100.0000','100.00',100,1,'FLAT',1,0,1,'WARN','v1',34,NULL,'2026-12-01T22:42:57.212Z');
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','AAUAF',246,3,1,'OTCN','100.0000','82.00',246,3,'FLAT',1,0,1,'WARN','v1',34,NULL,'2026-12-01T22:42:57.212Z');
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','AAVMY',6603,73,3,'OTCX','37.9070','90.45',6603,73,'FLAT',1,0,1,'WARN','v1',34,NULL,'2026-12-01T22:42:57.212Z');
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','AAVVF',502,7,3,'OTCX','59.7610','71.71',502,7,'FLAT',1,0,1,'WARN','v1',34,NULL,'2026-12-01T22:42:57.212Z');
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','AAWH',67456,141,2,'OTCX','50.7827','478.41',67456,141,'FLAT',1,0,1,'WARN','v1',34,NULL,'2026-12-01T22:42:57.212Z');
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','ABBNY',322415,2814,3,'ARCA','63.4235','114.58',322415,2814,'FLAT',1,0,1,'WARN','v1',34,NULL,'2026-12-01T22:42:57.212Z');
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','ABBRF',74795,218,3,'OTCX','43.8224','343.10',74795,218,'FLAT',1,0,1,'WARN','v1',34,NULL,'2026-12-01T22:42:57.212Z');
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','ABCP',8465,3,1,'OTCN','100.0000','2821.67',8465,3,'FLAT',1,0,1,'WARN','v1',34,NULL,'2026-12-01T22:42:57.212Z');
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','ABEPF',26508,9,2,'OTCN','86.7663','2945.33',26508,9,'FLAT',1,0,1,'WARN','v1',34,NULL,'2026-12-01T22:42:57.212Z');
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','ABIT',940391,29,1,'OTCN','100.0000','32427.28',940391,29,'FLAT',1,0,1,'WARN','v1',34,NULL,'2026-12-01T22:42:57.212Z');
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','ABMBF',211108,9,2,'OTCN','57.3323','23456.44',211108,9,'FLAT',1,0,1,'WARN','v1',34,NULL,'2026-12-01T22:42:57.212Z');
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','ABNAF',43000,4,2,'OTCN','81.3953','10750.00',43000,4,'FLAT',1,0,1,'WARN','v1',34,NULL,'2026-12-01T22:42:57.212Z');
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','ABQQ',3556764,14,1,'OTCN','100.0000','254054.57',3556764,14,'FLAT',1,0,1,'WARN','v1',34,NULL,'2026-12-01T22:42:57.212Z');
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','ABRKS',1003,95,1,'PPEX','100.0000','10.56',1003,95,'FLAT',1,0,1,'WARN','v1',34,NULL,'2026-12-01T22:42:57.212Z');
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','ABSSF',474,2,2,'OTCN','63.2911','237.00',474,2,'FLAT',1,0,1,'WARN','v1',34,NULL,'2026-12-01T22:42:57.212Z');
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','ABXXF',32555,140,3,'OTCN','45.7841','232.54',32555,140,'FLAT',1,0,1,'WARN','v1',34,NULL,'2026-12-01T22:42:57.212Z');
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','ACCYY',25389,61,3,'ARCA','79.6999','416.21',25389,61,'FLAT',1,0,1,'WARN','v1',34,NULL,'2026-12-01T22:42:57.212Z');
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','ACDVF',14499,62,3,'OTCX','49.8793','233.85',14499,62,'FLAT',1,0,1,'WARN','v1',34,NULL,'2026-12-01T22:42:57.212Z');
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','ACGBY',30298,400,3,'ARCA','48.9933','75.75',30298,400,'FLAT',1,0,1,'WARN','v1',34,NULL,'2026-12-01T22:42:57.212Z');
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','ACGP',165,3,2,'OTCX','92.1212','55.00',165,3,'FLAT',1,0,1,'WARN','v1',34,NULL,'2026-12-01T22:42:57.212Z');
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','ACGX',17499,4,2,'OTCN','70.8612','4374.75',17499,4,'FLAT',1,0,1,'WARN','v1',34,NULL,'2026-12-01T22:42:57.212Z');
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','ACHFF',18900,24,3,'ARCA','72.4868','787.50',18900,24,'FLAT',1,0,1,'WARN','v1',34,NULL,'2026-12-01T22:42:57.212Z');
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','ACLLF',392,2,1,'OTCN','100.0000','196.00',392,2,'FLAT',1,0,1,'WARN','v1',34,NULL,'2026-12-01T22:42:57.212Z');
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','ACLLY',610,14,3,'ARCA','47.2131','43.57',610,14,'FLAT',1,0,1,'WARN','v1',34,NULL,'2026-12-01T22:42:57.212Z');
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','ACMB',116509,8,1,'OTCN','100.0000','14563.63',116509,8,'FLAT',1,0,1,'WARN','v1',34,NULL,'2026-12-01T22:42:57.212Z');
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','ACMIF',1875,2,1,'OTCN','100.0000','937.50',1875,2,'FLAT',1,0,1,'WARN','v1',34,NULL,'2026-12-01T22:42:57.212Z');
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','ACOPY',2804,13,3,'OTCN','42.7960','215.69',2804,13,'FLAT',1,0,1,'WARN','v1',34,NULL,'2026-12-01T22:42:57.212Z');
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','ACSAY',31828,66,3,'ARCA','62.6053','482.24',31828,66,'FLAT',1,0,1,'WARN','v1',34,NULL,'2026-12-01T22:42:57.212Z');
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','ADAPY',1884979,646,2,'OTCN','84.0944','2917.92',1884979,646,'FLAT',1,0,1,'WARN','v1',34,NULL,'2026-12-01T22:42:57.212Z');
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','ADBRF',2600,3,2,'OTCX','76.9231','866.67',2600,3,'FLAT',1,0,1,'WARN','v1',34,NULL,'2026-12-01T22:42:57.212Z');
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','ADCOF',451,1,1,'ARCA','100.0000','451.00',451,1,'FLAT',1,0,1,'WARN','v1',34,NULL,'2026-12-01T22:42:57.212Z');
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','ADDYY',89455,946,3,'OTCX','40.5198','94.56',89455,946,'FLAT',1,0,1,'WARN','v1',34,NULL,'2026-12-01T22:42:57.212Z');
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','ADHC',90000,1,1,'OTCN','100.0000','90000.00',90000,1,'FLAT',1,0,1,'WARN','v1',34,NULL,'2026-12-01T22:42:57.212Z');
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','ADIA',5000,1,1,'OTCN','100.0000','5000.00',5000,1,'FLAT',1,0,1,'WARN','v1',34,NULL,'2026-12-01T22:42:57.212Z');
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','ADNH',33956,65,2,'OTCN','94.9759','522.40',33956,65,'FLAT',1,0,1,'WARN','v1',34,NULL,'2026-12-01T22:42:57.212Z');
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','ADOOY',216,3,1,'OTCN','100.0000','72.00',216,3,'FLAT',1,0,1,'WARN','v1',34,NULL,'2026-12-01T22:42:57.212Z');
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','ADPXY',2504,82,3,'OTCN','95.7268','30.54',2504,82,'FLAT',1,0,1,'WARN','v1',34,NULL,'2026-12-01T22:42:57.212Z');
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','ADRNY',45919,282,3,'ARCA','42.7339','162.83',45919,282,'FLAT',1,0,1,'WARN','v1',34,NULL,'2026-12-01T22:42:57.212Z');
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','ADRZY',500,2,1,'OTCN','100.0000','250.00',500,2,'FLAT',1,0,1,'WARN','v1',34,NULL,'2026-12-01T22:42:57.212Z');
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','ADTI',1,1,1,'OTCN','100.0000','1.00',1,1,'FLAT',1,0,1,'WARN','v1',34,NULL,'2026-12-01T22:42:57.212Z');
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','ADWPF',101,1,1,'OTCX','100.0000','101.00',101,1,'FLAT',1,0,1,'WARN','v1',34,NULL,'2026-12-01T22:42:57.212Z');
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','ADXS',259,5,1,'OTCX','100.0000','51.80',259,5,'FLAT',1,0,1,'WARN','v1',34,NULL,'2026-12-01T22:42:57.212Z');
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','ADYEY',878188,4953,3,'ARCA','43.7369','177.30',878188,4953,'FLAT',1,0,1,'WARN','v1',34,NULL,'2026-12-01T22:42:57.212Z');
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','AEBZY',2720,1,1,'OTCN','100.0000','2720.00',2720,1,'FLAT',1,0,1,'WARN','v1',34,NULL,'2026-12-01T22:42:57.212Z');
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','AEGXF',4373,25,3,'OTCX','71.4155','174.92',4373,25,'FLAT',1,0,1,'WARN','v1',34,NULL,'2026-12-01T22:42:57.212Z');
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','AEHCS',438,32,1,'PPEX','100.0000','13.69',438,32,'FLAT',1,0,1,'WARN','v1',34,NULL,'2026-12-01T22:42:57.212Z');
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','AEHDS',145,21,1,'PPEX','100.0000','6.90',145,21,'FLAT',1,0,1,'WARN','v1',34,NULL,'2026-12-01T22:42:57.212Z');
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','AEHES',618,58,1,'PPEX','100.0000','10.66',618,58,'FLAT',1,0,1,'WARN','v1',34,NULL,'2026-12-01T22:42:57.212Z');
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','AEHFS',1258,70,1,'PPEX','100.0000','17.97',1258,70,'FLAT',1,0,1,'WARN','v1',34,NULL,'2026-12-01T22:42:57.212Z');
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','AEHGS',1605,122,1,'PPEX','100.0000','13.16',1605,122,'FLAT',1,0,1,'WARN','v1',34,NULL,'2026-12-01T22:42:57.212Z');
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','AEHHS',221,24,1,'PPEX','100.0000','9.21',221,24,'FLAT',1,0,1,'WARN','v1',34,NULL,'2026-12-01T22:42:57.212Z');
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','AEHJS',210,23,1,'PPEX','100.0000','9.13',210,23,'FLAT',1,0,1,'WARN','v1',34,NULL,'2026-12-01T22:42:57.212Z');
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','AEHKS',555,44,1,'PPEX','100.0000','12.61',555,44,'FLAT',1,0,1,'WARN','v1',34,NULL,'2026-12-01T22:42:57.212Z');
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','AEHMS',232,29,1,'PPEX','100.0000','8.00',232,29,'FLAT',1,0,1,'WARN','v1',34,NULL,'2026-12-01T22:42:57.212Z');
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','AEHNS',146,27,1,'PPEX','100.0000','5.41',146,27,'FLAT',1,0,1,'WARN','v1',34,NULL,'2026-12-01T22:42:57.212Z');
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','AEHOS',129,13,1,'PPEX','100.0000','9.92',129,13,'FLAT',1,0,1,'WARN','v1',34,NULL,'2026-12-01T22:42:57.212Z');
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','AEHPS',683,59,1,'PPEX','100.0000','11.58',683,59,'FLAT',1,0,1,'WARN','v1',34,NULL,'2026-12-01T22:42:57.212Z');
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','AEHQS',1041,69,1,'PPEX','100.0000','15.09',1041,69,'FLAT',1,0,1,'WARN','v1',34,NULL,'2026-12-01T22:42:57.212Z');
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','AEHSS',110,15,1,'PPEX','100.0000','7.33',110,15,'FLAT',1,0,1,'WARN','v1',34,NULL,'2026-12-01T22:42:57.212Z');
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','AELLS',1406,133,1,'PPEX','100.0000','10.57',1406,133,'FLAT',1,0,1,'WARN','v1',34,NULL,'2026-12-01T22:42:57.212Z');
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','AERG',8876,20,2,'OTCN','88.7337','443.80',8876,20,'FLAT',1,0,1,'WARN','v1',34,NULL,'2026-12-01T22:42:57.212Z');
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','AETHD',27,1,1,'OTCX','100.0000','27.00',27,1,'FLAT',1,0,1,'WARN','v1',34,NULL,'2026-12-01T22:42:57.212Z');
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','AETUF',25941,124,3,'OTCX','48.1130','209.20',25941,124,'FLAT',1,0,1,'WARN','v1',34,NULL,'2026-12-01T22:42:57.212Z');
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','AEYPS',10,4,1,'PPEX','100.0000','2.50',10,4,'FLAT',1,0,1,'WARN','v1',34,NULL,'2026-12-01T22:42:57.212Z');
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','AFFS',16815,8,1,'OTCX','100.0000','2101.88',16815,8,'FLAT',1,0,1,'WARN','v1',34,NULL,'2026-12-01T22:42:57.212Z');
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','AFFT',3970,1,1,'OTCX','100.0000','3970.00',3970,1,'FLAT',1,0,1,'WARN','v1',34,NULL,'2026-12-01T22:42:57.212Z');
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','AFFU',19456001,51,2,'OTCN','99.4860','381490.22',19456001,51,'FLAT',1,0,1,'WARN','v1',34,NULL,'2026-12-01T22:42:57.212Z');
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','AFFY',65,1,1,'OTCX','100.0000','65.00',65,1,'FLAT',1,0,1,'WARN','v1',34,NULL,'2026-12-01T22:42:57.212Z');
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','AFIB',5253,2,1,'OTCX','100.0000','2626.50',5253,2,'FLAT',1,0,1,'WARN','v1',34,NULL,'2026-12-01T22:42:57.212Z');
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','AFLYY',663340,1044,3,'ARCA','41.0801','635.38',663340,1044,'FLAT',1,0,1,'WARN','v1',34,NULL,'2026-12-01T22:42:57.212Z');
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','AFMJF',4800,8,3,'OTCN','62.5000','600.00',4800,8,'FLAT',1,0,1,'WARN','v1',34,NULL,'2026-12-01T22:42:57.212Z');
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','AFSIA',66,1,1,'OTCX','100.0000','66.00',66,1,'FLAT',1,0,1,'WARN','v1',34,NULL,'2026-12-01T22:42:57.212Z');
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','AFSIB',800,4,1,'OTCX','100.0000','200.00',800,4,'FLAT',1,0,1,'WARN','v1',34,NULL,'2026-12-01T22:42:57.212Z');
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','AFSIM',245,1,1,'OTCX','100.0000','245.00',245,1,'FLAT',1,0,1,'WARN','v1',34,NULL,'2026-12-01T22:42:57.212Z');
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','AFSIN',1980,7,1,'OTCX','100.0000','282.86',1980,7,'FLAT',1,0,1,'WARN','v1',34,NULL,'2026-12-01T22:42:57.212Z');
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','AFTWS',20,8,1,'PPEX','100.0000','2.50',20,8,'FLAT',1,0,1,'WARN','v1',34,NULL,'2026-12-01T22:42:57.212Z');
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','AGAGF',360557,67,3,'OTCN','73.7201','5381.45',360557,67,'FLAT',1,0,1,'WARN','v1',34,NULL,'2026-12-01T22:42:57.212Z');
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','AGESY',1063,19,3,'OTCN','44.4967','55.95',1063,19,'FLAT',1,0,1,'WARN','v1',34,NULL,'2026-12-01T22:42:57.212Z');
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','AGFMF',562,5,2,'OTCN','82.2064','112.40',562,5,'FLAT',1,0,1,'WARN','v1',34,NULL,'2026-12-01T22:42:57.212Z');
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','AGIN',100548,2,1,'OTCN','100.0000','50274.00',100548,2,'FLAT',1,0,1,'WARN','v1',34,NULL,'2026-12-01T22:42:57.212Z');
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','AGLXY',111,1,1,'ARCA','100.0000','111.00',111,1,'FLAT',1,0,1,'WARN','v1',34,NULL,'2026-12-01T22:42:57.212Z');
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','AGMRF',14300,32,2,'OTCX','69.9301','446.88',14300,32,'FLAT',1,0,1,'WARN','v1',34,NULL,'2026-12-01T22:42:57.212Z');
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','AGNPF',840,2,2,'OTCX','95.2381','420.00',840,2,'FLAT',1,0,1,'WARN','v1',34,NULL,'2026-12-01T22:42:57.212Z');
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','AGRPY',67,1,1,'ARCA','100.0000','67.00',67,1,'FLAT',1,0,1,'WARN','v1',34,NULL,'2026-12-01T22:42:57.212Z');
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','AGXPF',144316,19,2,'OTCN','94.6645','7595.58',144316,19,'FLAT',1,0,1,'WARN','v1',34,NULL,'2026-12-01T22:42:57.212Z');
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','AGYP',360000,5,1,'OTCN','100.0000','72000.00',360000,5,'FLAT',1,0,1,'WARN','v1',34,NULL,'2026-12-01T22:42:57.212Z');
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','AHADS',346,35,1,'PPEX','100.0000','9.89',346,35,'FLAT',1,0,1,'WARN','v1',34,NULL,'2026-12-01T22:42:57.212Z');
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','AHANS',885,55,1,'PPEX','100.0000','16.09',885,55,'FLAT',1,0,1,'WARN','v1',34,NULL,'2026-12-01T22:42:57.212Z');
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','AHARS',1895,87,1,'PPEX','100.0000','21.78',1895,87,'FLAT',1,0,1,'WARN','v1',34,NULL,'2026-12-01T22:42:57.212Z');
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','AHATS',1205,92,1,'PPEX','100.0000','13.10',1205,92,'FLAT',1,0,1,'WARN','v1',34,NULL,'2026-12-01T22:42:57.212Z');
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','AHBCS',1028,95,1,'PPEX','100.0000','10.82',1028,95,'FLAT',1,0,1,'WARN','v1',34,NULL,'2026-12-01T22:42:57.212Z');
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','AHBFS',3027,63,1,'PPEX','100.0000','48.05',3027,63,'FLAT',1,0,1,'WARN','v1',34,NULL,'2026-12-01T22:42:57.212Z');
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','AHBXS',230,23,1,'PPEX','100.0000','10.00',230,23,'FLAT',1,0,1,'WARN','v1',34,NULL,'2026-12-01T22:42:57.212Z');
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','AHCHY',9510,85,3,'ARCA','78.9695','111.88',9510,85,'FLAT',1,0,1,'WARN','v1',34,NULL,'2026-12-01T22:42:57.212Z');
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','AHCMS',924,56,1,'PPEX','100.0000','16.50',924,56,'FLAT',1,0,1,'WARN','v1',34,NULL,'2026-12-01T22:42:57.212Z');
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','AHEIS',645,72,1,'PPEX','100.0000','8.96',645,72,'FLAT',1,0,1,'WARN','v1',34,NULL,'2026-12-01T22:42:57.212Z');
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','AHEWS',910,76,1,'PPEX','100.0000','11.97',910,76,'FLAT',1,0,1,'WARN','v1',34,NULL,'2026-12-01T22:42:57.212Z');
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','AHEXY',10695,131,3,'ARCA','63.7120','81.64',10695,131,'FLAT',1,0,1,'WARN','v1',34,NULL,'2026-12-01T22:42:57.212Z');
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','AHFXS',892,63,1,'PPEX','100.0000','14.16',892,63,'FLAT',1,0,1,'WARN','v1',34,NULL,'2026-12-01T22:42:57.212Z');
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','AHGLS',812,51,1,'PPEX','100.0000','15.92',812,51,'FLAT',1,0,1,'WARN','v1',34,NULL,'2026-12-01T22:42:57.212Z');
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','AHGNS',1973,98,1,'PPEX','100.0000','20.13',1973,98,'FLAT',1,0,1,'WARN','v1',34,NULL,'2026-12-01T22:42:57.212Z');
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','AHHMS',369,38,1,'PPEX','100.0000','9.71',369,38,'FLAT',1,0,1,'WARN','v1',34,NULL,'2026-12-01T22:42:57.212Z');
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','AHHOS',212,20,1,'PPEX','100.0000','10.60',212,20,'FLAT',1,0,1,'WARN','v1',34,NULL,'2026-12-01T22:42:57.212Z');
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','AHHYS',1651,106,1,'PPEX','100.0000','15.58',1651,106,'FLAT',1,0,1,'WARN','v1',34,NULL,'2026-12-01T22:42:57.212Z');
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','AHJHS',934,62,1,'PPEX','100.0000','15.06',934,62,'FLAT',1,0,1,'WARN','v1',34,NULL,'2026-12-01T22:42:57.212Z');
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','AHKSY',2576,18,3,'ARCA','71.9332','143.11',2576,18,'FLAT',1,0,1,'WARN','v1',34,NULL,'2026-12-01T22:42:57.212Z');
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','AHKYS',1000,61,1,'PPEX','100.0000','16.39',1000,61,'FLAT',1,0,1,'WARN','v1',34,NULL,'2026-12-01T22:42:57.212Z');
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','AHLAS',2,1,1,'PPEX','100.0000','2.00',2,1,'FLAT',1,0,1,'WARN','v1',34,NULL,'2026-12-01T22:42:57.212Z');
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','AHLCS',5,1,1,'PPEX','100.0000','5.00',5,1,'FLAT',1,0,1,'WARN','v1',34,NULL,'2026-12-01T22:42:57.212Z');
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','AHLES',6,1,1,'PPEX','100.0000','6.00',6,1,'FLAT',1,0,1,'WARN','v1',34,NULL,'2026-12-01T22:42:57.212Z');
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','AHLFS',20,4,1,'PPEX','100.0000','5.00',20,4,'FLAT',1,0,1,'WARN','v1',34,NULL,'2026-12-01T22:42:57.212Z');
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','AHLGS',10,2,1,'PPEX','100.0000','5.00',10,2,'FLAT',1,0,1,'WARN','v1',34,NULL,'2026-12-01T22:42:57.212Z');
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','AHLJS',3,2,1,'PPEX','100.0000','1.50',3,2,'FLAT',1,0,1,'WARN','v1',34,NULL,'2026-12-01T22:42:57.212Z');
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','AHLNS',1,1,1,'PPEX','100.0000','1.00',1,1,'FLAT',1,0,1,'WARN','v1',34,NULL,'2026-12-01T22:42:57.212Z');
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','AHLSS',80,2,1,'PPEX','100.0000','40.00',80,2,'FLAT',1,0,1,'WARN','v1',34,NULL,'2026-12-01T22:42:57.212Z');
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','AHLUS',102,2,1,'PPEX','100.0000','51.00',102,2,'FLAT',1,0,1,'WARN','v1',34,NULL,'2026-12-01T22:42:57.212Z');
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','AHLVS',1417,76,1,'PPEX','100.0000','18.64',1417,76,'FLAT',1,0,1,'WARN','v1',34,NULL,'2026-12-01T22:42:57.212Z');
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','AHLXS',395,41,1,'PPEX','100.0000','9.63',395,41,'FLAT',1,0,1,'WARN','v1',34,NULL,'2026-12-01T22:42:57.212Z');
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','AHMCS',776,48,1,'PPEX','100.0000','16.17',776,48,'FLAT',1,0,1,'WARN','v1',34,NULL,'2026-12-01T22:42:57.212Z');
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','AHNBS',1435,73,1,'PPEX','100.0000','19.66',1435,73,'FLAT',1,0,1,'WARN','v1',34,NULL,'2026-12-01T22:42:57.212Z');
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','AHNRF',57696,16,1,'OTCN','100.0000','3606.00',57696,16,'FLAT',1,0,1,'WARN','v1',34,NULL,'2026-12-01T22:42:57.212Z');
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','AHNTS',525,49,1,'PPEX','100.0000','10.71',525,49,'FLAT',1,0,1,'WARN','v1',34,NULL,'2026-12-01T22:42:57.212Z');
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','AHOBS',991,77,1,'PPEX','100.0000','12.87',991,77,'FLAT',1,0,1,'WARN','v1',34,NULL,'2026-12-01T22:42:57.212Z');
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','AHOMS',321,37,1,'PPEX','100.0000','8.68',321,37,'FLAT',1,0,1,'WARN','v1',34,NULL,'2026-12-01T22:42:57.212Z');
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','AHPHS',256,34,1,'PPEX','100.0000','7.53',256,34,'FLAT',1,0,1,'WARN','v1',34,NULL,'2026-12-01T22:42:57.212Z');
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','AHPMS',4171,140,1,'PPEX','100.0000','29.79',4171,140,'FLAT',1,0,1,'WARN','v1',34,NULL,'2026-12-01T22:42:57.212Z');
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','AHPSS',2220,96,1,'PPEX','100.0000','23.13',2220,96,'FLAT',1,0,1,'WARN','v1',34,NULL,'2026-12-01T22:42:57.212Z');
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','AHRFS',722,60,1,'PPEX','100.0000','12.03',722,60,'FLAT',1,0,1,'WARN','v1',34,NULL,'2026-12-01T22:42:57.212Z');
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','AHRKS',1015,93,1,'PPEX','100.0000','10.91',1015,93,'FLAT',1,0,1,'WARN','v1',34,NULL,'2026-12-01T22:42:57.212Z');
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','AHRWS',1369,71,1,'PPEX','100.0000','19.28',1369,71,'FLAT',1,0,1,'WARN','v1',34,NULL,'2026-12-01T22:42:57.212Z');
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','AHSMS',863,52,1,'PPEX','100.0000','16.60',863,52,'FLAT',1,0,1,'WARN','v1',34,NULL,'2026-12-01T22:42:57.212Z');
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','AHSOS',475,47,1,'PPEX','100.0000','10.11',475,47,'FLAT',1,0,1,'WARN','v1',34,NULL,'2026-12-01T22:42:57.212Z');
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','AHSQS',976,66,1,'PPEX','100.0000','14.79',976,66,'FLAT',1,0,1,'WARN','v1',34,NULL,'2026-12-01T22:42:57.212Z');
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','AHSSS',983,56,1,'PPEX','100.0000','17.55',983,56,'FLAT',1,0,1,'WARN','v1',34,NULL,'2026-12-01T22:42:57.212Z');
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','AHSVS',1683,112,1,'PPEX','100.0000','15.03',1683,112,'FLAT',1,0,1,'WARN','v1',34,NULL,'2026-12-01T22:42:57.212Z');
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','AHTYS',970,68,1,'PPEX','100.0000','14.26',970,68,'FLAT',1,0,1,'WARN','v1',34,NULL,'2026-12-01T22:42:57.212Z');
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','AHVAS',5,1,1,'PPEX','100.0000','5.00',5,1,'FLAT',1,0,1,'WARN','v1',34,NULL,'2026-12-01T22:42:57.212Z');
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','AHWHS',1002,61,1,'PPEX','100.0000','16.43',1002,61,'FLAT',1,0,1,'WARN','v1',34,NULL,'2026-12-01T22:42:57.212Z');
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','AIBGY',58287,646,3,'ARCA','36.3975','90.23',58287,646,'FLAT',1,0,1,'WARN','v1',34,NULL,'2026-12-01T22:42:57.212Z');
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','AIBT',173008,2,1,'OTCN','100.0000','86504.00',173008,2,'FLAT',1,0,1,'WARN','v1',34,NULL,'2026-12-01T22:42:57.212Z');
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','AIJTY',2350,2,1,'OTCN','100.0000','1175.00',2350,2,'FLAT',1,0,1,'WARN','v1',34,NULL,'2026-12-01T22:42:57.212Z');
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','AIMFF',1500,4,2,'OTCN','60.0000','375.00',1500,4,'FLAT',1,0,1,'WARN','v1',34,NULL,'2026-12-01T22:42:57.212Z');
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','AIMLF',260600,9,1,'OTCN','100.0000','28955.56',260600,9,'FLAT',1,0,1,'WARN','v1',34,NULL,'2026-12-01T22:42:57.212Z');
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','AINMF',2200,1,1,'ARCA','100.0000','2200.00',2200,1,'FLAT',1,0,1,'WARN','v1',34,NULL,'2026-12-01T22:42:57.212Z');
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','AIPUY',100,1,1,'OTCN','100.0000','100.00',100,1,'FLAT',1,0,1,'WARN','v1',34,NULL,'2026-12-01T22:42:57.212Z');
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','AIQUY',173924,1228,3,'ARCA','75.3576','141.63',173924,1228,'FLAT',1,0,1,'WARN','v1',34,NULL,'2026-12-01T22:42:57.212Z');
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','AIRDF',38000,11,1,'OTCN','100.0000','3454.55',38000,11,'FLAT',1,0,1,'WARN','v1',34,NULL,'2026-12-01T22:42:57.212Z');
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','AIRRF',8272,7,1,'OTCN','100.0000','1181.71',8272,7,'FLAT',1,0,1,'WARN','v1',34,NULL,'2026-12-01T22:42:57.212Z');
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','AITX',60203649,246,2,'OTCN','80.1363','244730.28',60203649,246,'FLAT',1,0,1,'WARN','v1',34,NULL,'2026-12-01T22:42:57.212Z');
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','AJINY',21239,156,3,'ARCA','48.0296','136.15',21239,156,'FLAT',1,0,1,'WARN','v1',34,NULL,'2026-12-01T22:42:57.212Z');
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','AKBTY',702,4,1,'OTCN','100.0000','175.50',702,4,'FLAT',1,0,1,'WARN','v1',34,NULL,'2026-12-01T22:42:57.212Z');
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','AKEMF',95209,9,2,'OTCN','97.7439','10578.78',95209,9,'FLAT',1,0,1,'WARN','v1',34,NULL,'2026-12-01T22:42:57.212Z');
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','AKGSS',1,1,1,'PPEX','100.0000','1.00',1,1,'FLAT',1,0,1,'WARN','v1',34,NULL,'2026-12-01T22:42:57.212Z');
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','AKOJS',15,4,1,'PPEX','100.0000','3.75',15,4,'FLAT',1,0,1,'WARN','v1',34,NULL,'2026-12-01T22:42:57.212Z');
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','AKPJS',55,16,1,'PPEX','100.0000','3.44',55,16,'FLAT',1,0,1,'WARN','v1',34,NULL,'2026-12-01T22:42:57.212Z');
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','AKPPS',18,11,1,'PPEX','100.0000','1.64',18,11,'FLAT',1,0,1,'WARN','v1',34,NULL,'2026-12-01T22:42:57.212Z');
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','AKPQS',4,3,1,'PPEX','100.0000','1.33',4,3,'FLAT',1,0,1,'WARN','v1',34,NULL,'2026-12-01T22:42:57.212Z');
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','AKPRS',2,2,1,'PPEX','100.0000','1.00',2,2,'FLAT',1,0,1,'WARN','v1',34,NULL,'2026-12-01T22:42:57.212Z');
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','AKPXS',24,7,1,'PPEX','100.0000','3.43',24,7,'FLAT',1,0,1,'WARN','v1',34,NULL,'2026-12-01T22:42:57.212Z');
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','AKPZS',9,8,1,'PPEX','100.0000','1.13',9,8,'FLAT',1,0,1,'WARN','v1',34,NULL,'2026-12-01T22:42:57.212Z');
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','AKRBY',983,3,1,'OTCN','100.0000','327.67',983,3,'FLAT',1,0,1,'WARN','v1',34,NULL,'2026-12-01T22:42:57.212Z');
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','AKRYY',100,1,1,'OTCN','100.0000','100.00',100,1,'FLAT',1,0,1,'WARN','v1',34,NULL,'2026-12-01T22:42:57.212Z');
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','AKTAF',1001,6,2,'OTCN','69.9301','166.83',1001,6,'FLAT',1,0,1,'WARN','v1',34,NULL,'2026-12-01T22:42:57.212Z');
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','AKZAS',11,5,1,'PPEX','100.0000','2.20',11,5,'FLAT',1,0,1,'WARN','v1',34,NULL,'2026-12-01T22:42:57.212Z');
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','AKZOY',38238,186,3,'ARCA','39.4398','205.58',38238,186,'FLAT',1,0,1,'WARN','v1',34,NULL,'2026-12-01T22:42:57.212Z');
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','ALFVY',10451,72,3,'ARCA','60.0612','145.15',10451,72,'FLAT',1,0,1,'WARN','v1',34,NULL,'2026-12-01T22:42:57.212Z');
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','ALGYS',196,20,1,'PPEX','100.0000','9.80',196,20,'FLAT',1,0,1,'WARN','v1',34,NULL,'2026-12-01T22:42:57.212Z');
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','ALIZY',272046,1343,3,'OTCX','41.2871','202.57',272046,1343,'FLAT',1,0,1,'WARN','v1',34,NULL,'2026-12-01T22:42:57.212Z');
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','ALLGF',135,2,1,'OTCX','100.0000','67.50',135,2,'FLAT',1,0,1,'WARN','v1',34,NULL,'2026-12-01T22:42:57.212Z');
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','ALNPY',41,4,2,'ARCA','75.6098','10.25',41,4,'FLAT',1,0,1,'WARN','v1',34,NULL,'2026-12-01T22:42:57.212Z');
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','ALOIS',378,30,1,'PPEX','100.0000','12.60',378,30,'FLAT',1,0,1,'WARN','v1',34,NULL,'2026-12-01T22:42:57.212Z');
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','ALPIB',2629,34,3,'OTCN','37.5428','77.32',2629,34,'FLAT',1,0,1,'WARN','v1',34,NULL,'2026-12-01T22:42:57.212Z');
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','ALPMY',77637,424,3,'ARCA','60.2548','183.11',77637,424,'FLAT',1,0,1,'WARN','v1',34,NULL,'2026-12-01T22:42:57.212Z');
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','ALRTF',100,1,1,'OTCN','100.0000','100.00',100,1,'FLAT',1,0,1,'WARN','v1',34,NULL,'2026-12-01T22:42:57.212Z');
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','ALSAF',1,1,1,'OTCN','100.0000','1.00',1,1,'FLAT',1,0,1,'WARN','v1',34,NULL,'2026-12-01T22:42:57.212Z');
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','ALSMY',301668,182,3,'OTCN','35.5603','1657.52',301668,182,'FLAT',1,0,1,'WARN','v1',34,NULL,'2026-12-01T22:42:57.212Z');
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','ALVLF',2000,1,1,'OTCN','100.0000','2000.00',2000,1,'FLAT',1,0,1,'WARN','v1',34,NULL,'2026-12-01T22:42:57.212Z');
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','ALVOF',11895,25,3,'OTCN','51.2400','475.80',11895,25,'FLAT',1,0,1,'WARN','v1',34,NULL,'2026-12-01T22:42:57.212Z');
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','ALYAF',2700,21,3,'OTCX','40.7407','128.57',2700,21,'FLAT',1,0,1,'WARN','v1',34,NULL,'2026-12-01T22:42:57.212Z');
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','ALYI',2000,1,1,'OTCN','100.0000','2000.00',2000,1,'FLAT',1,0,1,'WARN','v1',34,NULL,'2026-12-01T22:42:57.212Z');
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','AMADY',19102,260,3,'OTCN','36.5093','73.47',19102,260,'FLAT',1,0,1,'WARN','v1',34,NULL,'2026-12-01T22:42:57.212Z');
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','AMBIQ',1385,12,2,'OTCX','61.2274','115.42',1385,12,'FLAT',1,0,1,'WARN','v1',34,NULL,'2026-12-01T22:42:57.212Z');
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','AMBWQ',20783,2,2,'OTCN','96.2325','10391.50',20783,2,'FLAT',1,0,1,'WARN','v1',34,NULL,'2026-12-01T22:42:57.212Z');
INSERT INTO otc_research_snapshot VALUES('2025-11-14','OTC','AMBZ',6786,61,2,'OTCN','72.2959','111.25',6786,61,'FLAT',1,0,1,'WARN','v1',34,NULL,'2026-12-01T22:42:57.212Z');
INSERT INTO otc_research_snapshot VALUES('2025-11-28','OTC','ZIVO',499,2,1,'OTCN','100.0000','249.50',499,2,'FLAT',1,0,1,'WARN','v1',38,NULL,'2026-12-01T22:42:58.214Z');
INSERT INTO otc_research_snapshot VALUES('2025-11-28','OTC','ZLNDY',17881,82,3,'OTCX','58.2741','218.06',17881,82,'FLAT',1,0,1,'WARN','v1',38,NULL,'2026-12-01T22:42:58.214Z');
INSERT INTO otc_research_snapshot VALUES('2025-11-28','OTC','ZMDTF',31516,25,2,'OTCN','78.8488','1260.64',31516,25,'FLAT',1,0,1,'WARN','v1',38,NULL,'2026-12-01T22:42:58.214Z');
INSERT INTO otc_research_snapshot VALUES('2025-11-28','OTC','ZNOG',285496,95,2,'OTCN','88.5011','3005.22',285496,95,'FLAT',1,0,1,'WARN','v1',38,NULL,'2026-12-01T22:42:58.214Z');
INSERT INTO otc_research_snapshot VALUES('2025-11-28','OTC','ZOMDF',94317,17,2,'OTCN','98.6026','5548.06',94317,17,'FLAT',1,0,1,'WARN','v1',38,NULL,'2026-12-01T22:42:58.214Z');
INSERT INTO otc_research_snapshot VALUES('2025-11-28','OTC','ZPTA',41930,14,1,'OTCX','100.0000','2995.00',41930,14,'FLAT',1,0,1,'WARN','v1',38,NULL,'2026-12-01T22:42:58.214Z');
INSERT INTO otc_research_snapshot VALUES('2025-11-28','OTC','ZPTAF',200,2,2,'OTCN','50.0000','100.00',200,2,'FLAT',1,0,1,'WARN','v1',38,NULL,'2026-12-01T22:42:58.214Z');
INSERT INTO otc_research_snapshot VALUES('2025-11-28','OTC','ZURVY',76674,347,3,'OTCX','39.0237','220.96',76674,347,'FLAT',1,0,1,'WARN','v1',38,NULL,'2026-12-01T22:42:58.214Z');
INSERT INTO otc_research_snapshot VALUES('2025-11-28','OTC','ZVOI',12002,3,1,'OTCX','100.0000','4000.67',12002,3,'FLAT',1,0,1,'WARN','v1',38,NULL,'2026-12-01T22:42:58.214Z');
INSERT INTO otc_research_snapshot VALUES('2025-11-28','OTC','ZVSA',6,3,2,'OTCN','66.6667','2.00',6,3,'FLAT',1,0,1,'WARN','v1',38,NULL,'2026-12-01T22:42:58.214Z');
INSERT INTO otc_research_snapshot VALUES('2025-12-19','NMS_TIER_2','HWTH',7300,52,1,'PNCL','100.0000','140.38',7300,52,'FLAT',1,0,1,'WARN','v1',42,NULL,'2026-12-01T22:42:59.122Z');
INSERT INTO otc_research_snapshot VALUES('2025-12-19','NMS_TIER_2','ORLB',60250,479,2,'KSTL','80.0166','125.78',60250,479,'FLAT',1,0,1,'WARN','v1',42,NULL,'2026-12-01T22:42:59.122Z');
INSERT INTO otc_research_snapshot VALUES('2025-12-19','NMS_TIER_2','VSPR',2500,9,1,'KSTL','100.0000','277.78',2500,9,'FLAT',1,0,1,'WARN','v1',42,NULL,'2026-12-01T22:42:59.122Z');
INSERT INTO otc_research_snapshot VALUES('2025-12-26','NMS_TIER_1','HLVN',713050,2555,2,'KSTL','86.2843','279.08',713050,2555,'FLAT',1,0,1,'WARN','v1',46,NULL,'2026-12-01T22:43:00.166Z');
INSERT INTO otc_research_snapshot VALUES('2025-12-26','NMS_TIER_1','MBRK',3580000,12130,2,'DRFT','58.6592','295.14',3580000,12130,'FLAT',1,0,1,'WARN','v1',46,NULL,'2026-12-01T22:43:00.166Z');
INSERT INTO otc_research_snapshot VALUES('2025-12-26','NMS_TIER_1','QRTZ',2482500,8473,3,'KSTL','50.3525','292.99',2482500,8473,'FLAT',1,0,1,'WARN','v1',46,NULL,'2026-12-01T22:43:00.166Z');
CREATE INDEX ix_otc_captures_week ON otc_captures (week_ending, tier);
CREATE INDEX ix_otc_rejects_record ON otc_rejects (week_ending, tier, raw_record_hash);
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
COMMIT;
