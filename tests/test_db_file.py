"""`spine db backup` and `spine db stats`: the database file itself."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from click.testing import CliRunner

from spine.api import Spine
from spine.cli import cli
from tests.conftest import DATA_TABLES, count, integrity


def test_backup_while_a_run_is_writing_holds_the_last_commit(seeded: Spine, tmp_path: Path) -> None:
    """A writer holds its transaction open (uncommitted rows spilled to the WAL) during the backup:
    the backup neither waits for it nor holds any of its rows."""
    before = {table: count(seeded.conn, f"SELECT COUNT(*) FROM {table}") for table in DATA_TABLES}
    writer = sqlite3.connect(seeded.path, isolation_level=None)
    writer.execute("PRAGMA cache_size = 10")  # small cache: the open transaction spills pages
    writer.execute("BEGIN IMMEDIATE")
    writer.execute(
        "INSERT INTO otc_symbol_summary (week_ending, tier, symbol, total_volume, total_trades,"
        " venue_count, avg_trade_size, calculation_version, execution_id, calculated_at)"
        " WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 5000)"
        " SELECT '2030-01-04', 'OTC', 'X' || i, 1, 1, 1, '1.00', 'v1', 1, 'now' FROM n"
    )
    try:
        target = tmp_path / "copy.db"
        result = CliRunner().invoke(cli, ["db", "backup", str(target), "--db", str(seeded.path)])
        assert result.exit_code == 0, result.output
        assert f"backed up to {target}" in result.output
    finally:
        writer.execute("COMMIT")
        writer.close()
    assert integrity(target) == "ok"
    with sqlite3.connect(target) as copy:
        assert {t: count(copy, f"SELECT COUNT(*) FROM {t}") for t in DATA_TABLES} == before
        assert copy.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    after = count(seeded.conn, "SELECT COUNT(*) FROM otc_symbol_summary")
    assert after == before["otc_symbol_summary"] + 5000


def test_backup_refuses_to_overwrite_unless_forced(seeded: Spine, tmp_path: Path) -> None:
    target = tmp_path / "copy.db"
    target.write_bytes(b"keep me")
    runner = CliRunner()
    refused = runner.invoke(cli, ["db", "backup", str(target), "--db", str(seeded.path)])
    assert refused.exit_code == 2 and target.read_bytes() == b"keep me"
    assert "exists" in refused.output and "--force" in refused.output and "Traceback" not in refused.output
    for bad in (tmp_path, seeded.path, tmp_path / "missing" / "copy.db"):
        result = runner.invoke(cli, ["db", "backup", str(bad), "--db", str(seeded.path)])
        assert result.exit_code == 2 and len(result.output.strip().splitlines()) == 1
    forced = runner.invoke(cli, ["db", "backup", str(target), "--force", "--db", str(seeded.path)])
    assert forced.exit_code == 0 and integrity(target) == "ok"
    assert not list(tmp_path.glob(".*partial"))
    with Spine(target) as copy:
        assert copy.rolling("NMS_TIER_1", "2025-12-26") == seeded.rolling("NMS_TIER_1", "2025-12-26")


def test_stats_agree_with_an_independent_count(seeded: Spine, tmp_path: Path) -> None:
    conn = seeded.conn
    # Free pages to find: a table filled and dropped leaves its pages on the free list.
    conn.execute("CREATE TABLE scratch AS SELECT * FROM otc_raw")
    conn.execute("DROP TABLE scratch")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # the file's size is then the database's
    result = CliRunner().invoke(cli, ["db", "stats", "--json", "--db", str(seeded.path)])
    assert result.exit_code == 0, result.output
    stats = json.loads(result.output)
    btrees = {b["name"]: b for b in stats["btrees"]}
    schema = conn.execute("SELECT type, name, tbl_name, sql FROM sqlite_schema WHERE rootpage > 0").fetchall()
    for kind, name, table, sql in schema:
        # A partial index holds the rows its WHERE clause selects.
        where = sql.split(" WHERE ", 1)[1] if kind == "index" and sql and " WHERE " in sql else "1"
        rows = count(conn, f'SELECT COUNT(*) FROM "{table}" WHERE {where}')
        found = btrees[name]
        assert (found["kind"], found["table"], found["rows"]) == (kind, table, rows), name
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    file_bytes = seeded.path.stat().st_size
    assert stats["page_size"] == page_size and stats["file_bytes"] == file_bytes
    assert stats["free_pages"] == conn.execute("PRAGMA freelist_count").fetchone()[0] > 0
    assert sum(b["pages"] for b in stats["btrees"]) + stats["free_pages"] == file_bytes // page_size
    assert sum(b["bytes"] for b in stats["btrees"]) == file_bytes - stats["free_pages"] * page_size
    raw = count(conn, "SELECT COUNT(*) FROM otc_raw")
    assert stats["venue_rows"] == raw and stats["bytes_per_venue_row"] == round(file_bytes / raw, 1)
    table = CliRunner().invoke(cli, ["db", "stats", "--db", str(seeded.path)])
    assert table.exit_code == 0 and f"{raw:,} venue rows" in table.output
