-- The platform's own table: one row per pipeline run, whatever its outcome.
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
