"""A backfill reads its next new week while this week's later stages run (README "Performance"): the
weeks it stores are the ones reading each file in turn stores, line for line and reject for reject;
a file that changed after it was read ahead is read again; an error met ahead fails only its own
week, in the words reading it in turn gives; and no reading process outlives the batch.
"""

from __future__ import annotations

import gzip
import os
import sqlite3
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest

import spine.domains.otc.loader as loader
from spine.api import Spine
from spine.core import forked
from spine.domains.otc import read_ahead, staged_rows
from spine.domains.otc import week_lines as sorting
from spine.domains.otc.source import SourceFile
from tests.conftest import TIER, all_data, child_pids, count, write_file
from tests.domains.otc.test_bad_input import PARAMS, ingest, row
from tests.domains.otc.test_parallel_load import week_lines, write_week

WEEKS = ("2025-12-12", "2025-12-19", "2025-12-26")


def children() -> set[int]:
    """This process's child processes (other tests' may be among them: compare sets)."""
    return set(child_pids(os.getpid()))


def write_weeks(folder: Path) -> dict[str, list[str]]:
    """Three weeks of files with every ingest outcome in each (see test_parallel_load.week_lines)."""
    folder.mkdir()
    written = {}
    for week in WEEKS:
        lines = [line.replace("2025-12-26|", f"{week}|", 1) for line in week_lines()]
        lines[200] = row("WEEK", "NITE", 5, 1, week="2025-12-05")  # another week than the file's
        write_week(folder / f"week_{week}.psv", lines)
        written[week] = lines
    return written


def backfill(spine: Spine, folder: Path) -> dict[str, Any]:
    params = {"tier": TIER, "source_dir": str(folder), "weeks_back": len(WEEKS), "end_week": WEEKS[-1]}
    result = spine.run("otc.backfill_range", params)
    return {"ok": result.ok, "error": result.error, "weeks": result.metrics["weeks"]}


@pytest.fixture
def taken(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every week whose ingest took a read-ahead; batches of 7 rows, so that many cross the pipe."""
    monkeypatch.setattr(sorting, "BATCH_ROWS", 7)
    weeks: list[str] = []
    real_take = read_ahead.take

    def counted(*args: Any) -> read_ahead.ReadAhead | None:
        found = real_take(*args)
        if found is not None:
            weeks.append(found.week.isoformat())
        return found

    monkeypatch.setattr(read_ahead, "take", counted)
    return weeks


@pytest.fixture
def scratch(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The folder a read-ahead's scratch folder goes in: the system's temporary one, here the test's."""
    folder = tmp_path / "scratch"
    folder.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    return folder


def backfill_both(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, folder: Path, taken: list[str], read: list[str]
) -> tuple[Spine, Spine, dict[str, Any], dict[str, Any]]:
    """The same backfill with later weeks read ahead (``read``: those whose ingest took one), and
    with every file read in turn."""
    monkeypatch.setattr(loader, "PARALLEL_MIN_BYTES", 0)
    ahead = Spine(tmp_path / "ahead.db")
    ahead_result = backfill(ahead, folder)
    assert taken == read
    monkeypatch.setattr(loader, "PARALLEL_MIN_BYTES", 1 << 60)
    in_turn = Spine(tmp_path / "in_turn.db")
    in_turn_result = backfill(in_turn, folder)
    assert taken == read  # nothing more: nothing is read ahead outside a backfill with files
    return ahead, in_turn, ahead_result, in_turn_result


def test_weeks_read_ahead_store_what_reading_in_turn_stores(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, taken: list[str]
) -> None:
    written = write_weeks(tmp_path / "files")
    before = children()
    ahead, in_turn, ahead_result, in_turn_result = backfill_both(
        tmp_path, monkeypatch, tmp_path / "files", taken, read=list(WEEKS[1:])
    )  # every week but the first, which has no week before it to be read beside
    assert ahead_result == in_turn_result
    assert [w["status"] for w in ahead_result["weeks"]] == ["OK"] * len(WEEKS)
    assert all_data(ahead.conn) == all_data(in_turn.conn)
    # And each week holds its own file's good lines, not a neighbour's.
    bad = (100, 200, 300, 400, 500, 600, 700)
    for week, lines in written.items():
        good = [i for i in range(len(lines)) if i not in bad]
        stored = count(ahead.conn, "SELECT COUNT(*) FROM otc_raw WHERE week_ending = ?", week)
        assert stored == len(good)
        rejects = ahead.conn.execute(
            "SELECT line_number, reason_code, capture_id, execution_id FROM otc_rejects"
            " WHERE week_ending = ? AND stage = 'INGEST' ORDER BY line_number",
            (week,),
        ).fetchall()
        capture, execution = ahead.conn.execute(
            "SELECT capture_id, execution_id FROM otc_captures WHERE week_ending = ?", (week,)
        ).fetchone()
        assert [tuple(r) for r in rejects] == [
            (102, "PARSE_ERROR", capture, execution),
            (202, "WEEK_MISMATCH", capture, execution),
            (302, "TIER_MISMATCH", capture, execution),
            (402, "PARSE_ERROR", capture, execution),
            (602, "PARSE_ERROR", capture, execution),
        ]
    assert children() <= before  # no reading process outlives the batch


WEBSITE_HEADER = (
    "tierDescription|issueSymbolIdentifier|issueName|marketParticipantName|MPID|"
    "totalWeeklyShareQuantity|totalWeeklyTradeCount|lastUpdateDate"
)
VENUES = {"NITE": "NITE VIRTU AMERICAS LLC", "CITD": "CITD CITADEL SECURITIES LLC", "JANE": "JANE STREET"}


def named_rows(week: str) -> list[tuple[str, str, str, str]]:
    """(symbol, issue name, MPID, venue name as written) of a week: most names are the week before's,
    some are new (a renamed issue, a new venue, the week's publication date)."""
    index = WEEKS.index(week)
    venues = dict(VENUES, **({"ABCD": f"ABCD NEW VENUE {index}"} if index else {}))
    return [
        (f"S{i:03d}", f"Issue {i} Inc" if i % 7 or not index else f"Issue {i} Renamed {index}", mpid, name)
        for i in range(40)
        for mpid, name in venues.items()
    ]


def write_named_weeks(folder: Path) -> None:
    folder.mkdir()
    for week in WEEKS:
        published = (date.fromisoformat(week) + timedelta(days=10)).isoformat()
        lines = [
            f"NMS Tier 1|{symbol}|{issue}|{venue}|{mpid}|{100 + n}|{1 + n % 5}|{published}"
            for n, (symbol, issue, mpid, venue) in enumerate(named_rows(week))
        ]
        write_file(folder / f"week_{week}.psv", "\n".join([WEBSITE_HEADER, *lines]) + "\n")


def test_texts_read_ahead_get_the_ids_reading_in_turn_gives(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, taken: list[str], scratch: Path
) -> None:
    """Names and dates, new and known, come through a read-ahead's scratch file as the same texts
    with the same ids; and no scratch file outlives the batch."""
    write_named_weeks(tmp_path / "files")
    ahead, in_turn, ahead_result, in_turn_result = backfill_both(
        tmp_path, monkeypatch, tmp_path / "files", taken, read=list(WEEKS[1:])
    )
    assert ahead_result == in_turn_result
    for week in WEEKS:
        stored = ahead.conn.execute(
            "SELECT symbol, issue_name, mpid, venue_name FROM otc_venue_volume WHERE week_ending = ?"
            " ORDER BY symbol, mpid",
            (week,),
        ).fetchall()
        expected = sorted((s, issue, m, v.removeprefix(f"{m} ")) for s, issue, m, v in named_rows(week))
        assert [tuple(r) for r in stored] == expected
    ids = (
        "SELECT k.week_ending, r.record_id, r.issue_name_id, r.venue_name_id, r.last_update_id"
        " FROM otc_raw_record r JOIN otc_week_key k USING (week_key) ORDER BY 1, 2"
    )
    texts = "SELECT text_id, text FROM otc_text ORDER BY text_id"
    for sql in (ids, texts):
        assert [tuple(r) for r in ahead.conn.execute(sql)] == [tuple(r) for r in in_turn.conn.execute(sql)]
    assert list(scratch.iterdir()) == []
    # Nothing of the copies is left on the connection: no scratch file attached, no temporary table.
    assert staged_rows.SCHEMA not in [r[1] for r in ahead.conn.execute("PRAGMA database_list")]
    assert ahead.conn.execute("SELECT name FROM temp.sqlite_master").fetchall() == []


def _nul_at_line_2502(path: Path) -> str:
    lines = path.read_text(encoding="utf-8", errors="surrogateescape").split("\n")
    lines[2501] = f"{WEEKS[1]}|{TIER}|NUL\x00|NITE|5|1"
    path.write_text("\n".join(lines), encoding="utf-8", errors="surrogateescape")
    return "binary content at line 2502, not a text file of weekly data"


def _gzip_cut_short(path: Path) -> str:
    path.write_bytes(gzip.compress(path.read_bytes(), mtime=0)[:-100])
    detail = "Compressed file ended before the end-of-stream marker was reached"
    return f"damaged gzip file {path.absolute()}: {detail}"  # the path as the ingest names it


@pytest.mark.parametrize("damage", [_nul_at_line_2502, _gzip_cut_short], ids=["NUL byte", "gzip cut short"])
def test_a_file_refused_while_read_ahead_fails_its_own_week_only(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, taken: list[str], damage: Any
) -> None:
    """Found after the header, at a line or at the end of a gzip stream, from a folder named
    relative to the working one: the same week fails with the same words as when read in turn."""
    monkeypatch.chdir(tmp_path)
    folder = Path("files")
    write_weeks(folder)
    error = damage(folder / f"week_{WEEKS[1]}.psv")
    ahead, in_turn, ahead_result, in_turn_result = backfill_both(
        tmp_path,
        monkeypatch,
        folder,
        taken,
        read=list(WEEKS[1:]),  # both later weeks are read ahead once the first is in
    )
    assert ahead_result == in_turn_result
    failed = ahead_result["weeks"][1]
    assert (failed["status"], failed["error"]) == ("FAILED", f"ingest: {error}")
    assert [w["status"] for w in ahead_result["weeks"]] == ["OK", "FAILED", "OK"]
    assert all_data(ahead.conn) == all_data(in_turn.conn)
    assert count(ahead.conn, "SELECT COUNT(*) FROM otc_raw WHERE week_ending = ?", WEEKS[1]) == 0


def _replaced(path: Path, new: Path) -> None:
    os.replace(new, path)  # another file under the name


def _rewritten_with_its_time(path: Path, new: Path) -> None:
    """The same file, other bytes of the same size, its write time set back (``touch -r``, ``rsync
    -t``): only the change time, which cannot be set, tells."""
    before = path.stat()
    time.sleep(0.02)  # past the clock tick of the file's last change
    path.write_bytes(new.read_bytes())
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))
    assert path.stat().st_size == before.st_size


@pytest.mark.parametrize("change", [_replaced, _rewritten_with_its_time], ids=["replaced", "rewritten"])
def test_a_file_changed_after_it_was_read_ahead_is_read_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, taken: list[str], change: Any
) -> None:
    monkeypatch.setattr(loader, "PARALLEL_MIN_BYTES", 0)
    path = write_week(tmp_path / "week.psv", [row("OLD", "NITE", 100, 1)] * 20)
    spine = Spine(tmp_path / "spine.db")
    before = children()
    with read_ahead.ReadAheads(spine.conn) as aheads:
        aheads.start(path, date.fromisoformat(PARAMS["week_ending"]), TIER)
        assert len(children() - before) == 1
        change(path, write_week(tmp_path / "new.psv", [row("NEW", "CITD", 200, 1)] * 20))
        result = ingest(spine, path)
    assert result.ok, result.error
    assert taken == []  # the read-ahead was of the file before the change
    stored = spine.conn.execute("SELECT DISTINCT symbol, mpid, total_shares FROM otc_raw").fetchall()
    assert [tuple(r) for r in stored] == [("NEW", "CITD", 200)]
    assert children() <= before


def test_a_read_ahead_its_week_never_took_ends_with_that_week(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The second week's file is deleted once it is being read ahead: its ingest fails before it
    could take the lines, and its reading process is gone before the third week's ingest."""
    monkeypatch.setattr(loader, "PARALLEL_MIN_BYTES", 0)
    folder = tmp_path / "files"
    write_weeks(folder)
    before = children()
    real_start = read_ahead.ReadAheads.start
    at_take: dict[str, set[int]] = {}
    real_take = read_ahead.take
    reading: dict[str, set[int]] = {}

    def start_then_delete(aheads: read_ahead.ReadAheads, path: Path, week: date, tier: str) -> None:
        earlier = children()
        real_start(aheads, path, week, tier)
        reading[week.isoformat()] = children() - earlier
        if week.isoformat() == WEEKS[1]:
            assert len(reading[WEEKS[1]]) == 1  # being read
            path.unlink()

    def spied(conn: Any, source: Any, week: date, tier: str) -> read_ahead.ReadAhead | None:
        at_take[week.isoformat()] = children() - before
        return real_take(conn, source, week, tier)

    monkeypatch.setattr(read_ahead.ReadAheads, "start", start_then_delete)
    monkeypatch.setattr(read_ahead, "take", spied)
    result = backfill(Spine(tmp_path / "spine.db"), folder)
    assert [w["status"] for w in result["weeks"]] == ["OK", "FAILED", "OK"]
    assert result["weeks"][1]["error"].startswith("ingest: file not found")
    assert set(at_take) == {WEEKS[0], WEEKS[2]}  # the second week's ingest never got to take
    assert at_take[WEEKS[0]] == set()
    assert at_take[WEEKS[2]] <= reading[WEEKS[2]]  # the third week's own reader, if still running
    assert children() <= before


def test_a_read_ahead_is_taken_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Its lines are written by one ingest: a second look for the same file and week finds nothing
    to take (and so reads the file itself)."""
    monkeypatch.setattr(loader, "PARALLEL_MIN_BYTES", 0)
    path = write_week(tmp_path / "week.psv", week_lines())
    week = date.fromisoformat(PARAMS["week_ending"])
    spine = Spine(tmp_path / "spine.db")
    with read_ahead.ReadAheads(spine.conn) as aheads, SourceFile(path) as source:
        aheads.start(path, week, TIER)
        first = read_ahead.take(spine.conn, source, week, TIER)
        second = read_ahead.take(spine.conn, source, week, TIER)
    assert first is not None and first.week == week
    assert second is None


def test_an_interrupted_batch_leaves_no_reading_process_and_no_scratch_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, scratch: Path
) -> None:
    monkeypatch.setattr(loader, "PARALLEL_MIN_BYTES", 0)
    path = write_week(tmp_path / "week.psv", week_lines())
    spine = Spine(tmp_path / "spine.db")
    before = children()
    with pytest.raises(KeyboardInterrupt), read_ahead.ReadAheads(spine.conn) as aheads:
        aheads.start(path, date.fromisoformat(PARAMS["week_ending"]), TIER)
        assert len(children() - before) == 1
        assert len(list(scratch.iterdir())) == 1  # the batch's scratch folder
        raise KeyboardInterrupt
    assert children() <= before
    assert list(scratch.iterdir()) == []


def test_a_file_refused_at_its_header_is_not_read_ahead(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, taken: list[str]
) -> None:
    monkeypatch.setattr(loader, "PARALLEL_MIN_BYTES", 0)
    path = tmp_path / "week.psv"
    path.write_bytes(b"not|a|header\n1|2|3\n")
    spine = Spine(tmp_path / "spine.db")
    before = children()
    with read_ahead.ReadAheads(spine.conn) as aheads:
        aheads.start(path, date.fromisoformat(PARAMS["week_ending"]), TIER)
        assert children() <= before
        refused_ahead = ingest(spine, path)
    refused_here = ingest(spine, path)
    assert taken == []
    assert not refused_ahead.ok
    assert refused_ahead.error == refused_here.error


def test_without_room_for_a_scratch_file_nothing_is_read_ahead(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, taken: list[str]
) -> None:
    monkeypatch.setattr(read_ahead, "_SCRATCH_ROOM", 1 << 80)  # more room than any disk has
    write_named_weeks(tmp_path / "files")
    ahead, in_turn, ahead_result, in_turn_result = backfill_both(
        tmp_path, monkeypatch, tmp_path / "files", taken, read=[]
    )
    assert ahead_result == in_turn_result
    assert all_data(ahead.conn) == all_data(in_turn.conn)


def _disk_full(*_args: Any) -> None:
    raise sqlite3.OperationalError("database or disk is full")


def _removed_first(real: Any) -> Any:
    def copy(conn: sqlite3.Connection, rows: Any, upsert: Any) -> int:
        Path(rows.path).unlink()  # a cleaner emptied the temporary folder, say
        return int(real(conn, rows, upsert))

    return copy


@pytest.mark.parametrize("failure", ["written", "read"])
def test_a_scratch_file_that_fails_leaves_its_week_to_be_read_in_turn(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, taken: list[str], scratch: Path, failure: str
) -> None:
    """Not written (a full disk, met in the reading process) or not read (removed before the copy):
    what the week wrote from its read-ahead is undone and the file read in turn, with the same result."""
    if failure == "written":
        monkeypatch.setattr(staged_rows.RowStage, "write", _disk_full)  # in the forked reader too
    else:
        monkeypatch.setattr(staged_rows, "copy_staged", _removed_first(staged_rows.copy_staged))
    write_weeks(tmp_path / "files")
    ahead, in_turn, ahead_result, in_turn_result = backfill_both(
        tmp_path, monkeypatch, tmp_path / "files", taken, read=list(WEEKS[1:])
    )
    assert ahead_result == in_turn_result
    assert [w["status"] for w in ahead_result["weeks"]] == ["OK"] * len(WEEKS)
    assert all_data(ahead.conn) == all_data(in_turn.conn)
    assert list(scratch.iterdir()) == []  # the scratch folder went with the batch


def test_read_aheads_need_room_for_every_pending_scratch_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, scratch: Path
) -> None:
    """Room for one week's scratch file but not for two: the second week is left to its ingest."""
    monkeypatch.setattr(loader, "PARALLEL_MIN_BYTES", 0)
    paths = [write_week(tmp_path / f"week_{week}.psv", week_lines()) for week in WEEKS[:2]]
    room = read_ahead._SCRATCH_ROOM * paths[0].stat().st_size * 3 // 2

    def free(_folder: Any) -> Any:
        return type("Usage", (), {"free": room})()

    monkeypatch.setattr(read_ahead.shutil, "disk_usage", free)
    spine = Spine(tmp_path / "spine.db")
    before = children()
    with read_ahead.ReadAheads(spine.conn) as aheads:
        aheads.start(paths[0], date.fromisoformat(WEEKS[0]), TIER)
        assert len(children() - before) == 1
        aheads.start(paths[1], date.fromisoformat(WEEKS[1]), TIER)
        assert len(children() - before) == 1
    assert children() <= before


def test_without_fork_a_read_ahead_is_read_here(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, taken: list[str], scratch: Path
) -> None:
    """A system that cannot fork (a process limit) runs the read-ahead in the batch's own process,
    its scratch file written as the ingest takes it."""
    monkeypatch.setattr(forked, "_fork", lambda: -1)
    write_named_weeks(tmp_path / "files")
    ahead, in_turn, ahead_result, in_turn_result = backfill_both(
        tmp_path, monkeypatch, tmp_path / "files", taken, read=list(WEEKS[1:])
    )
    assert ahead_result == in_turn_result
    assert all_data(ahead.conn) == all_data(in_turn.conn)
    assert list(scratch.iterdir()) == []
