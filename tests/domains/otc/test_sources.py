"""Reading source files (issue 14): the file read is the file hashed, JSON framing, gzip by content,
special files, names that are not UTF-8, over-long lines.

Every class of input is tried with several instances; expected hashes and texts come from
`tests.oracle` or from the bytes the test itself wrote.
"""

from __future__ import annotations

import gzip
import json
import os
import socket
import sqlite3
import tracemalloc
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from spine.api import Spine
from spine.core import runner
from spine.core.runner import ExecutionResult
from spine.domains.otc import loader
from spine.domains.otc.records import parse, parse_file
from spine.domains.otc.source import FileRefused, SourceFile
from tests import oracle
from tests.conftest import REAL_FIXTURES, count, write_file

T1 = "NMS_TIER_1"
WEEK = "2025-12-26"  # weekStartDate 2025-12-22
SEED_HEADER = "WeekEnding|Tier|Symbol|MPID|TotalShares|TotalTrades"
API_JSONL = REAL_FIXTURES / "finra_api_t1_2025-12-26.jsonl"


def ingest(spine: Spine, path: Path | str, **extra: Any) -> ExecutionResult:
    return spine.run("otc.ingest_week", {"tier": T1, "week_ending": WEEK, "file_path": str(path), **extra})


def normalize(spine: Spine) -> ExecutionResult:
    return spine.run("otc.normalize_week", {"tier": T1, "week_ending": WEEK})


def api_record(symbol: str = "AAPL", mpid: str = "NITE", shares: Any = 1000, **extra: Any) -> dict[str, Any]:
    """One venue-level Query API record of the run's week."""
    return {
        "weekStartDate": "2025-12-22",
        "tierIdentifier": "T1",
        "summaryTypeCode": "ATS_W_SMBL_FIRM",
        "issueSymbolIdentifier": symbol,
        "MPID": mpid,
        "totalWeeklyShareQuantity": shares,
        "totalWeeklyTradeCount": 10,
        **extra,
    }


def jsonl(*records: dict[str, Any]) -> str:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)


def raw_rows(conn: sqlite3.Connection) -> list[tuple[Any, ...]]:
    rows = conn.execute(
        "SELECT source_line, symbol, mpid, total_shares, total_trades, issue_name FROM otc_raw"
        " ORDER BY source_line"
    )
    return [tuple(r) for r in rows]


def rejects(conn: sqlite3.Connection) -> list[tuple[Any, ...]]:
    rows = conn.execute(
        "SELECT line_number, stage, reason_code, reason_detail FROM otc_rejects ORDER BY line_number"
    )
    return [tuple(r) for r in rows]


def stored_hash(conn: sqlite3.Connection) -> tuple[Any, ...]:
    return tuple(conn.execute("SELECT source_sha256, source_bytes FROM otc_week_manifest").fetchone())


def assert_refused(result: ExecutionResult, fragment: str) -> None:
    assert result.status.value == "FAILED", result.metrics
    assert result.error is not None and fragment in result.error, result.error
    assert "\n" not in result.error and "Traceback" not in result.error
    assert not result.internal_error


def assert_nothing_stored(conn: sqlite3.Connection) -> None:
    for table in ("otc_week_manifest", "otc_captures", "otc_raw", "otc_rejects"):
        assert count(conn, f"SELECT COUNT(*) FROM {table}") == 0, table


# --------------------------------------------------------------------------------------------
# The file read is the file hashed


@pytest.mark.parametrize("compress", [False, True], ids=["plain", "gzip"])
def test_stored_hash_is_the_hash_of_the_bytes_as_stored(spine: Spine, tmp_path: Path, compress: bool) -> None:
    data = jsonl(api_record("AAPL"), api_record("MSFT", shares=7)).encode()
    stored = gzip.compress(data, mtime=0) if compress else data
    path = write_file(tmp_path / "week.data", stored)
    assert ingest(spine, path).ok
    assert stored_hash(spine.conn) == (oracle.sha256_bytes(stored), len(stored))


def _swap_during_parse(monkeypatch: pytest.MonkeyPatch, path: Path, new: bytes, *, in_place: bool) -> None:
    """Once the ingest has opened the file and started reading it, put other bytes at its path."""
    real_parse = loader.parse

    def parse_then_swap(source: SourceFile) -> Any:
        parsed = real_parse(source)
        if in_place:
            path.write_bytes(new)  # the same file, rewritten
        else:
            write_file(path.with_suffix(".new"), new)
            os.replace(path.with_suffix(".new"), path)  # another file under the name
        return parsed

    monkeypatch.setattr(loader, "parse", parse_then_swap)


def test_file_replaced_during_ingest_keeps_its_own_hash_and_numbers(
    spine: Spine, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = f"{SEED_HEADER}\n{WEEK}|{T1}|AAPL|NITE|1000|10\n{WEEK}|{T1}|MSFT|CITD|500|4\n".encode()
    second = f"{SEED_HEADER}\n{WEEK}|{T1}|AAPL|NITE|9|1\n".encode()
    path = write_file(tmp_path / "week.psv", first)
    _swap_during_parse(monkeypatch, path, second, in_place=False)
    assert ingest(spine, path).ok
    assert stored_hash(spine.conn) == (oracle.sha256_bytes(first), len(first))
    assert [r[1:5] for r in raw_rows(spine.conn)] == [("AAPL", "NITE", 1000, 10), ("MSFT", "CITD", 500, 4)]


@pytest.mark.parametrize("new_size", ["shorter", "longer"])
def test_file_rewritten_in_place_during_ingest_is_refused(
    spine: Spine, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, new_size: str
) -> None:
    lines = [f"{WEEK}|{T1}|S{i}|NITE|{i + 1}|1" for i in range(5000)]  # more than the first read
    first = (SEED_HEADER + "\n" + "\n".join(lines) + "\n").encode()
    second = first[: len(first) // 2] if new_size == "shorter" else first + first[len(SEED_HEADER) + 1 :]
    path = write_file(tmp_path / "week.psv", first)
    _swap_during_parse(monkeypatch, path, second, in_place=True)
    assert_refused(ingest(spine, path), "changed while it was read")
    assert_nothing_stored(spine.conn)


def test_same_size_rewrite_of_a_loaded_week_is_refused_not_mixed(
    spine: Spine, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A loaded week's same-size file is hashed first (to decide a skip); the load must read those bytes."""
    loaded = f"{SEED_HEADER}\n{WEEK}|{T1}|AAPL|NITE|1000|10\n".encode()
    revised = loaded.replace(b"1000", b"2000")
    rewritten = loaded.replace(b"1000", b"3000")
    path = write_file(tmp_path / "week.psv", loaded)
    assert ingest(spine, path).ok
    write_file(path, revised)
    real_digest = SourceFile.stored_digest

    def digest_then_rewrite(source: SourceFile) -> str:
        digest = real_digest(source)
        path.write_bytes(rewritten)
        return digest

    monkeypatch.setattr(SourceFile, "stored_digest", digest_then_rewrite)
    assert_refused(ingest(spine, path), "changed while it was read")
    assert stored_hash(spine.conn) == (oracle.sha256_bytes(loaded), len(loaded))


# --------------------------------------------------------------------------------------------
# JSON framing

FRAMING_REFUSED = {
    "two concatenated arrays": (
        json.dumps([api_record()]) + json.dumps([api_record("MSFT")]),
        "after the JSON array",
    ),
    "two arrays on two lines": (
        json.dumps([api_record()]) + "\n" + json.dumps([api_record("MSFT")]) + "\n",
        "after",
    ),
    "trailing text": (json.dumps([api_record()]) + "\nthe end\n", "after the JSON array"),
    "trailing object": (json.dumps([api_record()]) + json.dumps(api_record("MSFT")), "after the JSON array"),
    "array not closed": (json.dumps([api_record(), api_record("MSFT")])[:-1], "not closed"),
    "missing comma": (
        "[" + json.dumps(api_record()) + json.dumps(api_record("MSFT")) + "]",
        "expected , or ]",
    ),
    "top-level object, pretty": (json.dumps({"data": [api_record()]}, indent=2), "not a JSON record"),
    "top-level object, one line": (
        json.dumps({"data": [api_record()], "total": 1}),
        "one JSON object holding data",
    ),
    "an array of arrays": (json.dumps([[1, 2], [3]]), "the first is an array"),
    "an empty array": ("[ ]", "holds no records"),
    "a record over 1 MiB": (
        json.dumps([api_record(), api_record("MSFT", issueName="n" * (1 << 20))]),
        "record 2",
    ),
}


@pytest.mark.parametrize("case", list(FRAMING_REFUSED))
def test_json_framing_is_refused_never_cut(spine: Spine, tmp_path: Path, case: str) -> None:
    text, fragment = FRAMING_REFUSED[case]
    result = ingest(spine, write_file(tmp_path / "week.json", text))
    assert_refused(result, fragment)
    assert "BadRecord" not in (result.error or "") and "dict" not in (result.error or "")
    assert_nothing_stored(spine.conn)


# Characters str.splitlines() would end a line at; only \n ends one.
LINE_BREAKERS = ["\u2028", "\u2029", "\x85", "\x0b", "\x0c", "\x1c", "\x1d", "\x1e", "\r"]


def test_json_lines_split_on_newline_only(spine: Spine, tmp_path: Path) -> None:
    # JSON strings hold no raw control characters; these three may stand in them as they are.
    names = [f"Issue{c}Name" for c in ("\u2028", "\u2029", "\x85")]
    records = [api_record(f"S{i}", issueName=name) for i, name in enumerate(names)]
    assert ingest(spine, write_file(tmp_path / "week.jsonl", jsonl(*records))).ok
    assert raw_rows(spine.conn) == [(i + 1, f"S{i}", "NITE", 1000, 10, n) for i, n in enumerate(names)]
    assert rejects(spine.conn) == []


def test_delimited_lines_split_on_newline_only(spine: Spine, tmp_path: Path) -> None:
    header = "tierDescription|issueSymbolIdentifier|issueName|marketParticipantName|MPID|"
    header += "totalWeeklyShareQuantity|totalWeeklyTradeCount|lastUpdateDate"
    lines = [
        f"NMS Tier 1|S{i}|A{c}B|NITE VENUE|NITE|{i + 1}|1|2026-01-12" for i, c in enumerate(LINE_BREAKERS)
    ]
    path = write_file(tmp_path / "week.psv", "\n".join([header, *lines]) + "\n")
    assert ingest(spine, path).ok
    expected = [(i + 2, f"S{i}", "NITE", i + 1, 1, f"A{c}B") for i, c in enumerate(LINE_BREAKERS)]
    assert raw_rows(spine.conn) == expected


def test_json_array_across_many_buffer_refills_equals_json_lines(tmp_path: Path) -> None:
    records = [api_record(f"S{i}", shares=10**12 + i, issueName="x" * (i % 300)) for i in range(1500)]
    as_array = write_file(
        tmp_path / "week.json", "[\n" + ",\n".join(json.dumps(r) for r in records) + "\n]\n"
    )
    as_lines = write_file(tmp_path / "week.jsonl", jsonl(*records))
    found = {}
    for path in (as_array, as_lines):
        with Spine(tmp_path / f"{path.suffix}.db") as spine:
            assert ingest(spine, path).ok
            found[path.suffix] = [r[1:] for r in raw_rows(spine.conn)]
    assert found[".json"] == found[".jsonl"]
    assert found[".json"] == [(f"S{i}", "NITE", 10**12 + i, 10, "x" * (i % 300) or None) for i in range(1500)]


@pytest.mark.parametrize("form", ["array", "lines", "gzip lines"])
def test_json_streams_in_flat_memory(tmp_path: Path, form: str) -> None:
    records = [api_record(f"S{i}", issueName="n" * 700) for i in range(1500)]  # about 1.4 MB
    if form == "array":
        data = ("[" + ",".join(json.dumps(r) for r in records) + "]").encode()
    else:
        data = jsonl(*records).encode()
    if form.startswith("gzip"):
        data = gzip.compress(data)
    path = write_file(tmp_path / "big", data)
    tracemalloc.start()
    try:
        _info, rows = parse_file(path)
        seen = 0
        for _row in rows:
            seen += 1
        _now, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert seen == len(records)
    assert peak < 600_000, peak  # the file is 1.4 MB of text; a record is about 900 bytes


# --------------------------------------------------------------------------------------------
# Gzip, by content


def test_gzip_json_lines_archive_loads_like_the_plain_file(tmp_path: Path) -> None:
    plain = API_JSONL.read_bytes()
    archive = write_file(tmp_path / "T1_2025-12-26.jsonl.gz", gzip.compress(plain))
    loaded = {}
    for name, path in (("plain", API_JSONL), ("gzip", archive)):
        with Spine(tmp_path / f"{name}.db") as spine:
            assert ingest(spine, path).ok
            assert normalize(spine).ok
            loaded[name] = (
                raw_rows(spine.conn),
                [r[:3] for r in rejects(spine.conn)],
                spine.conn.execute("SELECT raw_line FROM otc_rejects ORDER BY line_number").fetchall(),
            )
            assert stored_hash(spine.conn)[0] == oracle.sha256_bytes(path.read_bytes())
    assert loaded["gzip"] == loaded["plain"]
    assert loaded["plain"][0]


@pytest.mark.parametrize("name", ["week.psv", "week.psv.gz", "week"])
def test_gzip_is_recognised_by_content_not_name(spine: Spine, tmp_path: Path, name: str) -> None:
    text = f"{SEED_HEADER}\n{WEEK}|{T1}|AAPL|NITE|1000|10\n{WEEK}|{T1}|BAD$|NITE|5|1\n"
    path = write_file(tmp_path / name, gzip.compress(text.encode()))
    assert ingest(spine, path).ok
    assert normalize(spine).ok
    # The rejected line's text is read back from the archive.
    raw_line = spine.conn.execute("SELECT raw_line FROM otc_rejects").fetchone()[0]
    assert raw_line == f"{WEEK}|{T1}|BAD$|NITE|5|1"


DAMAGED_GZIP = {
    "cut short": lambda data: data[: len(data) // 2],
    "bad checksum": lambda data: data[:-8] + bytes(8),
    "trailing garbage": lambda data: data + b"not gzip",
    "only the magic bytes": lambda data: data[:2],
}


@pytest.mark.parametrize("case", list(DAMAGED_GZIP))
def test_damaged_gzip_is_refused_in_one_line(spine: Spine, tmp_path: Path, case: str) -> None:
    lines = "".join(f"{WEEK}|{T1}|S{i}|NITE|{i + 1}|1\n" for i in range(3000))
    data = gzip.compress((SEED_HEADER + "\n" + lines).encode())
    result = ingest(spine, write_file(tmp_path / "week.jsonl.gz", DAMAGED_GZIP[case](data)))
    assert_refused(result, "gzip")
    assert_nothing_stored(spine.conn)


# --------------------------------------------------------------------------------------------
# Special files and names


@pytest.fixture
def special(tmp_path: Path) -> Iterator[dict[str, Path]]:
    fifo = tmp_path / "fifo.psv"
    os.mkfifo(fifo)
    link = tmp_path / "link.psv"
    link.symlink_to(fifo)
    sock_path = tmp_path / "sock.psv"
    sock = socket.socket(socket.AF_UNIX)
    sock.bind(str(sock_path))
    try:
        yield {"FIFO": fifo, "symlink to a FIFO": link, "socket": sock_path, "device": Path("/dev/null")}
    finally:
        sock.close()


SPECIAL = {
    "FIFO": "FIFO",
    "symlink to a FIFO": "FIFO",
    "socket": "socket",
    "device": "character device",
}


@pytest.mark.parametrize("case", list(SPECIAL))
def test_special_files_are_refused_before_the_write_transaction(
    spine: Spine, special: dict[str, Path], case: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    entered: list[bool] = []
    real_transaction = runner.transaction

    def watched(conn: sqlite3.Connection) -> Any:
        entered.append(True)
        return real_transaction(conn)

    monkeypatch.setattr(runner, "transaction", watched)
    result = ingest(spine, special[case])
    assert_refused(result, f"not a regular file but a {SPECIAL[case]}")
    assert entered == []
    assert_nothing_stored(spine.conn)


def test_names_that_are_not_utf8_are_refused_in_one_line(spine: Spine, tmp_path: Path) -> None:
    folder = Path(os.fsdecode(bytes(tmp_path) + b"/caf\xe9"))
    folder.mkdir()
    text = f"{SEED_HEADER}\n{WEEK}|{T1}|AAPL|NITE|1000|10\n"
    for path in (Path(os.fsdecode(bytes(tmp_path) + b"/w\xff.psv")), folder / "week.psv"):
        write_file(path, text)
        result = ingest(spine, path)
        assert_refused(result, "not UTF-8")
        assert result.error is not None
        result.error.encode("utf-8")  # printable as it is
        assert "\\x" in result.error
    assert_nothing_stored(spine.conn)


# --------------------------------------------------------------------------------------------
# Over-long lines: a reject on the line, never a traceback

LONG = 200_000


@pytest.mark.parametrize(
    ("name", "header", "long_line"),
    [
        ("comma", SEED_HEADER.replace("|", ","), f'{WEEK},{T1},"{"A" * LONG}",NITE,1,1'),
        ("pipe", SEED_HEADER, f"{WEEK}|{T1}|{'A' * LONG}|NITE|1|1"),
        ("tab", SEED_HEADER.replace("|", "\t"), f"{WEEK}\t{T1}\t{'A' * LONG}\tNITE\t1\t1"),
        ("json lines", None, json.dumps(api_record("A" * LONG))),
    ],
)
def test_line_over_the_field_limit_is_a_reject(
    spine: Spine, tmp_path: Path, name: str, header: str | None, long_line: str
) -> None:
    if header is None:
        good = [json.dumps(api_record("AAPL")), json.dumps(api_record("MSFT"))]
    else:
        sep = header[len("WeekEnding")]
        good = [sep.join([WEEK, T1, s, "NITE", "1", "1"]) for s in ("AAPL", "MSFT")]
        good = [header, *good]
    lines = [*good[:-1], long_line, good[-1]]
    result = ingest(spine, write_file(tmp_path / "week.txt", "\n".join(lines) + "\n"))
    assert result.ok, result.error
    number = len(good)  # the long line's number
    [(line_number, stage, code, detail)] = rejects(spine.conn)
    assert (line_number, stage, code) == (number, "INGEST", "PARSE_ERROR")
    assert f"{len(long_line):,} characters" in detail
    assert [r[1] for r in raw_rows(spine.conn)] == ["AAPL", "MSFT"]
    stored = spine.conn.execute("SELECT length(raw_line) FROM otc_rejects").fetchone()[0]
    assert stored < 2000  # the reject keeps the line's start, not 200,000 characters


def test_header_over_the_line_limit_is_refused(spine: Spine, tmp_path: Path) -> None:
    path = write_file(tmp_path / "week.csv", "x" * LONG + "\n" + f"{WEEK},{T1},AAPL,NITE,1,1\n")
    assert_refused(ingest(spine, path), "over the limit")
    assert_nothing_stored(spine.conn)


# --------------------------------------------------------------------------------------------
# The source layer on its own


def test_a_source_file_is_one_open_file(tmp_path: Path) -> None:
    """Once opened, renaming another file over the path changes nothing that is read or hashed."""
    first = f"{SEED_HEADER}\n{WEEK}|{T1}|AAPL|NITE|1|1\n".encode()
    path = write_file(tmp_path / "a.psv", first)
    with SourceFile(path) as source:
        write_file(tmp_path / "b.psv", b"other content")
        os.replace(tmp_path / "b.psv", path)
        _info, rows = parse(source)
        assert [r["symbol"] for r in rows if isinstance(r, dict)] == ["AAPL"]
        assert source.finish() == (oracle.sha256_bytes(first), len(first))


def test_missing_and_folder_are_refused_on_opening(tmp_path: Path) -> None:
    with pytest.raises(FileRefused, match="file not found"):
        SourceFile(tmp_path / "nope.psv")
    with pytest.raises(FileRefused, match="folder"):
        SourceFile(tmp_path)


@pytest.mark.parametrize("filler", ["\u2028", "\u00a0", "\x1c", "\u3000 "])
def test_a_line_of_unicode_spaces_is_data_not_a_blank_line(spine: Spine, tmp_path: Path, filler: str) -> None:
    text = f"{SEED_HEADER}\n{WEEK}|{T1}|AAPL|NITE|1000|10\n{filler}\n \t\n{WEEK}|{T1}|MSFT|CITD|5|1\n"
    result = ingest(spine, write_file(tmp_path / "week.psv", text))
    assert result.ok, result.error
    assert (result.metrics["lines"], result.metrics["inserted"], result.metrics["rejected"]) == (3, 2, 1)
    assert [r[:3] for r in rejects(spine.conn)] == [(3, "INGEST", "PARSE_ERROR")]


@pytest.mark.parametrize("name", ["new\nline.psv", "tab\there.psv", "bell\x07.psv"])
def test_control_characters_in_a_name_stay_on_one_line(spine: Spine, tmp_path: Path, name: str) -> None:
    missing = ingest(spine, tmp_path / name)
    assert_refused(missing, "file not found")
    header_only = write_file(tmp_path / ("h" + name), SEED_HEADER + "\n")
    assert_refused(ingest(spine, header_only), "no data lines")
    assert f"{tmp_path}/{repr(name)[1:-1]}" in (missing.error or "")  # escaped as Python writes it


def test_json_text_that_is_not_utf8(spine: Spine, tmp_path: Path) -> None:
    # Raw bytes that are not UTF-8 inside an array refuse the file (an array cannot resume) ...
    array = json.dumps([api_record(), api_record("MSFT")]).encode().replace(b"MSFT", b"MS\xffT")
    assert_refused(ingest(spine, write_file(tmp_path / "bad.json", array)), "not UTF-8")
    assert_nothing_stored(spine.conn)
    # ... in JSON Lines they are that line's reject, and so is an unpaired \u escape.
    lines = jsonl(api_record("AAPL"), api_record("MSFT"), api_record("TSLA")).encode()
    lines = lines.replace(b"MSFT", b"MS\xffT").replace(b"TSLA", b"TS\\ud800A")
    result = ingest(spine, write_file(tmp_path / "bad.jsonl", lines))
    assert result.ok, result.error
    assert [r[:3] for r in rejects(spine.conn)] == [
        (2, "INGEST", "PARSE_ERROR"),
        (3, "INGEST", "PARSE_ERROR"),
    ]
    assert [r[1] for r in raw_rows(spine.conn)] == ["AAPL"]
