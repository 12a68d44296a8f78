"""The fetch archive: one deterministic gzip JSON Lines file per fetch, written whole."""

from __future__ import annotations

import gzip
import hashlib
import json
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from spine.domains.otc.finra import archive
from spine.domains.otc.finra.archive import archive_dir, read_rows, write_week
from spine.domains.otc.finra.client import FetchedWeek
from tests import oracle
from tests.finra.served import default_data, encode_rows, realdata_api_rows

WEEK = "2025-12-26"


def fetched(rows: list[dict[str, object]], week: str = WEEK, tier: str = "NMS_TIER_1") -> FetchedWeek:
    return FetchedWeek(tier, date.fromisoformat(week), "weeklySummary", rows, len(rows), 1)


def seed_week() -> list[dict[str, object]]:
    return oracle.finra_week_rows(default_data().current, "T1", WEEK)


def files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*") if p.is_file())


def test_a_fetch_is_one_gzip_json_lines_file_with_stable_bytes(tmp_path: Path) -> None:
    rows = seed_week()
    kept = write_week(tmp_path, fetched(rows))
    raw = kept.path.read_bytes()
    assert kept.created and kept.bytes == len(raw) and kept.sha256 == hashlib.sha256(raw).hexdigest()
    assert kept.path == tmp_path / "NMS_TIER_1" / f"{WEEK}_{kept.sha256[:16]}.jsonl.gz"
    assert files(tmp_path) == [kept.path]  # no temporary file left behind
    # gzip header: no file name flag, modification time 0
    assert raw[:3] == b"\x1f\x8b\x08" and raw[3] == 0 and raw[4:8] == b"\0\0\0\0"
    lines = gzip.decompress(raw).decode("utf-8").splitlines()
    assert [json.loads(line) for line in lines] == rows
    assert all(line == json.dumps(json.loads(line), sort_keys=True, separators=(",", ":")) for line in lines)


def test_a_byte_identical_refetch_adds_no_file(tmp_path: Path) -> None:
    first = write_week(tmp_path, fetched(seed_week()))
    again = write_week(tmp_path, fetched(seed_week()))
    assert (again.path, again.sha256, again.created) == (first.path, first.sha256, False)
    assert files(tmp_path) == [first.path]


def test_a_restated_week_is_a_second_file_and_the_first_stays(tmp_path: Path) -> None:
    first = write_week(tmp_path, fetched(seed_week()))
    restated = default_data().restated("NMS_TIER_1", WEEK, "AAPL", "NITE", 1_650_001)
    new_rows = oracle.finra_week_rows(restated.current, "T1", WEEK)
    second = write_week(tmp_path, fetched(new_rows))
    assert second.created and second.path != first.path
    assert files(tmp_path) == sorted([first.path, second.path])
    assert list(read_rows(first.path)) == seed_week() != new_rows
    assert list(read_rows(second.path)) == new_rows


def test_real_numbers_are_kept_exactly(tmp_path: Path) -> None:
    rows = [json.loads(line, parse_float=Decimal) for line in encode_rows(realdata_api_rows())]
    kept = write_week(tmp_path, fetched(rows, week="2026-06-12"))
    back = list(read_rows(kept.path))
    assert back == rows
    assert Decimal("1.4785138976572317E10") in {r["totalNotionalSum"] for r in back}


def test_a_failed_write_leaves_nothing(tmp_path: Path) -> None:
    rows = [*seed_week(), {"weekStartDate": "2025-12-22", "totalNotionalSum": Decimal("NaN")}]
    with pytest.raises(ValueError, match="NaN"):
        write_week(tmp_path, fetched(rows))
    assert files(tmp_path) == []


def test_archive_folder_override_then_environment_then_beside_the_database(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "data" / "spine.db"
    monkeypatch.delenv(archive.ARCHIVE_ENV, raising=False)
    assert archive_dir(db, None) == tmp_path / "data" / "spine_archive"
    monkeypatch.setenv(archive.ARCHIVE_ENV, str(tmp_path / "env"))
    assert archive_dir(db, None) == tmp_path / "env"
    assert archive_dir(db, tmp_path / "flag") == tmp_path / "flag"
    assert not (tmp_path / "data").exists()  # naming a folder creates nothing


def test_unusual_values_are_written_exactly(tmp_path: Path) -> None:
    rows: list[dict[str, object]] = [
        {"weekStartDate": "2025-12-22", "n": Decimal("2.4731E+8"), "s": 'quote " and \\ and é', "z": None},
        {"weekStartDate": "2025-12-22", "nul": "a\x00b", "n": Decimal("79516830.50")},
        {"weekStartDate": "2025-12-22", "nested": {"b": [1, Decimal("0.10")], "a": True}},
    ]
    kept = write_week(tmp_path, fetched(rows))
    text = gzip.decompress(kept.path.read_bytes()).decode("utf-8")
    assert list(read_rows(kept.path)) == rows
    assert "2.4731E+8" in text and "79516830.50" in text and '"nested":{"a":true,"b":[1,0.10]}' in text
    assert [list(json.loads(line)) for line in text.splitlines()] == [sorted(r) for r in rows]
