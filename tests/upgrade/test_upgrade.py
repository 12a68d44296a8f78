"""Every release's database upgrades in place with every figure unchanged (tests/upgrade/README.md).

Each ``spine_X_Y_Z.sql`` dump is loaded into a fresh file; its SPEC §5 rows (conftest's ``SPEC_COLUMNS``)
are read with plain sqlite3, the file is opened through `spine.api.Spine` (which upgrades it), and the
same rows are read again. Only §5's columns are compared, so later releases may add columns or turn a
table into a view over leaner storage; they may not change a value.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest

from spine.api import Spine
from spine.core.migrations import APPLICATION_ID, discover
from tests.conftest import FIXTURES, SPEC_COLUMNS, table_data

DUMPS = sorted(Path(__file__).parent.glob("spine_*.sql"))

# -- the hook for rows that a migration moves ----------------------------------------------------
# Release 0.1.0 kept non-ATS rows as NON_ATS_VENUE rejects; a 0.2 migration may move them to their own
# table. Those rows leave the §5 comparison of the tables below (ROW_FILTERS, applied before and after)
# and are compared instead as (week, tier) -> (rows, shares): NON_ATS_BEFORE reads them as the old
# release stored them, NON_ATS_AFTER where the current schema keeps them. Whoever moves them changes
# NON_ATS_AFTER (and only that) in the same commit as the migration.
ROW_FILTERS = {
    "otc_rejects": "reason_code IS NOT 'NON_ATS_VENUE'",
    # After the move the map holds non-ATS rows as ACCEPTED (empty MPID, no reject reason).
    "otc_normalization_map": "reject_reason IS NOT 'NON_ATS_VENUE' AND mpid IS NOT ''",
}
NON_ATS_BEFORE = """
    SELECT j.week_ending, j.tier, COUNT(*), SUM(r.total_shares)
    FROM otc_rejects j
    JOIN otc_raw r ON r.week_ending = j.week_ending AND r.tier = j.tier AND r.record_hash = j.raw_record_hash
    WHERE j.reason_code = 'NON_ATS_VENUE'
    GROUP BY j.week_ending, j.tier
"""
NON_ATS_AFTER = """
    SELECT week_ending, tier, COUNT(*), SUM(total_shares) FROM otc_non_ats_volume
    GROUP BY week_ending, tier
"""
# The moved rows are no longer rejects of their week: the manifest's rejected count drops by them, and
# adding them back gives the old release's count.
COLUMNS_AFTER = {
    "otc_week_manifest": {
        "row_count_rejected": "row_count_rejected + (SELECT COUNT(*) FROM otc_non_ats_volume n"
        " WHERE n.week_ending = otc_week_manifest.week_ending AND n.tier = otc_week_manifest.tier)"
    }
}


# Releases whose databases still hold the non-ATS rows as rejects (the move happens on their upgrade);
# a later release's dump already keeps them in otc_non_ats_volume, before and after.
MOVES_NON_ATS = {"spine_0_1_0"}


def spec_rows(conn: sqlite3.Connection, after: bool = False) -> dict[str, list[tuple[Any, ...]]]:
    """Every §5 table's §5 columns as sorted rows, read with plain SQL (``after``: past the move)."""
    out: dict[str, list[tuple[Any, ...]]] = {}
    for table, names in SPEC_COLUMNS.items():
        columns = [COLUMNS_AFTER.get(table, {}).get(c, c) if after else c for c in names]
        where = f" WHERE {ROW_FILTERS[table]}" if table in ROW_FILTERS else ""
        rows = conn.execute(f"SELECT {', '.join(columns)} FROM {table}{where}").fetchall()
        out[table] = sorted((tuple(row) for row in rows), key=repr)
    return out


def non_ats(conn: sqlite3.Connection, sql: str) -> dict[tuple[str, str], tuple[int, int]]:
    return {(row[0], row[1]): (row[2], row[3]) for row in conn.execute(sql)}


def load_dump(dump: Path, db: Path) -> None:
    conn = sqlite3.connect(db)
    try:
        conn.executescript(dump.read_text(encoding="utf-8"))
    finally:
        conn.close()


@pytest.fixture(params=DUMPS, ids=[dump.stem for dump in DUMPS])
def old_db(request: pytest.FixtureRequest, tmp_path: Path) -> Path:
    db: Path = tmp_path / f"{request.param.stem}.db"
    load_dump(request.param, db)
    return db


def test_there_is_a_dump_of_every_release() -> None:
    assert [dump.name for dump in DUMPS][:1] == ["spine_0_1_0.sql"]


def test_upgrade_in_place_keeps_every_figure(old_db: Path) -> None:
    moves = old_db.stem in MOVES_NON_ATS
    with sqlite3.connect(old_db) as plain:
        before = spec_rows(plain)
        non_ats_before = non_ats(plain, NON_ATS_BEFORE if moves else NON_ATS_AFTER)
        recorded = {row[0] for row in plain.execute("SELECT version FROM schema_migrations")}
    assert sum(len(rows) for rows in before.values()) > 1000  # the dump holds real data
    assert non_ats_before  # and the rows a migration may move

    with Spine(old_db) as spine:
        applied = spine.applied
    assert applied == [m.name for m in discover() if m.version not in recorded]

    with sqlite3.connect(old_db) as plain:
        assert spec_rows(plain, after=moves) == before
        assert non_ats(plain, NON_ATS_AFTER) == non_ats_before
        checksums = dict(plain.execute("SELECT version, checksum FROM schema_migrations").fetchall())
        assert checksums == {m.version: m.checksum for m in discover()}
        assert plain.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
        assert plain.execute("PRAGMA integrity_check").fetchone()[0] == "ok"

    with Spine(old_db) as again:  # the second opening has nothing left to do
        assert again.applied == []


def test_upgraded_database_runs_normally(old_db: Path) -> None:
    week, tier = "2025-12-19", "NMS_TIER_1"
    seed = FIXTURES / f"week_{week}.psv"
    with Spine(old_db) as spine:
        figures = {t: _week_rows(spine.conn, t, week) for t in ("otc_symbol_summary", "otc_venue_share")}
        ingest = spine.run("otc.ingest_week", tier=tier, week_ending=week, file_path=str(seed))
        assert ingest.ok and ingest.metrics["skipped"] is True, ingest
        forced = spine.run(
            "otc.backfill_range",
            tier=tier,
            source_dir=str(FIXTURES),
            start_week=week,
            end_week=week,
            force="true",
        )
        assert forced.ok and forced.metrics["weeks_ok"] == 1, forced.error
        assert {t: _week_rows(spine.conn, t, week) for t in figures} == figures
    with Spine(old_db, must_exist=True) as reader:
        assert [r["stage"] for r in reader.week_status(tier, week)] == ["SNAPSHOT"]


def _week_rows(conn: sqlite3.Connection, table: str, week: str) -> list[tuple[Any, ...]]:
    return [row for row in table_data(conn, table) if week in row]
