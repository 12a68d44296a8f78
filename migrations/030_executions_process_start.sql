-- When the process that recorded a run started (boot id and clock ticks since boot, from /proc): a
-- later run then tells a dead run's reused PID from the process that wrote it.
ALTER TABLE executions ADD COLUMN process_start TEXT;
