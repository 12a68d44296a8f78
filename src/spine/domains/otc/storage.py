"""How much room the OTC history takes: the file's b-trees measured per stored venue row.

A venue row is one raw venue record as loaded (every capture's, superseded ones included): the unit
a history grows by, so bytes per venue row compare across databases of any length.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from spine.core.dbfile import FileStats, file_stats

# The b-tree whose rows are the stored venue records.
VENUE_RECORDS_TABLE = "otc_raw_record"


@dataclass(frozen=True)
class StorageStats:
    """The file's sizes per table and index, and what that costs per stored venue row."""

    file: FileStats
    venue_rows: int

    @property
    def bytes_per_venue_row(self) -> float | None:
        return self.file.bytes / self.venue_rows if self.venue_rows else None


def storage_stats(conn: sqlite3.Connection) -> StorageStats:
    """Sizes from ``dbstat`` (one pass over the file); the venue rows are counted in the same pass."""
    stats = file_stats(conn)
    venue_rows = sum(b.rows for b in stats.btrees if b.name == VENUE_RECORDS_TABLE)
    return StorageStats(stats, venue_rows)
