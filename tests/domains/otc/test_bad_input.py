"""Bad input: every malformed file, line and value has one exact outcome (SPEC §6, §7.1).

A line-level problem becomes exactly one reject (code, line number, the line as written, a detail that
names what is wrong) while the good lines load. A file that cannot be a week of data is refused as a
whole: the run is FAILED with one line of explanation, and nothing of the week is stored (or, for a
week loaded before, every table is exactly as it was).
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest

from spine.api import Spine
from spine.core.runner import ExecutionResult
from tests import oracle
from tests.conftest import TIER, all_data, count, run_cli, table_data, write_file

WEEK = "2025-12-26"
HEADER = "WeekEnding|Tier|Symbol|MPID|TotalShares|TotalTrades"
PARAMS = {"tier": TIER, "week_ending": WEEK}

# The reject codes of SPEC §6; each must be produced by a file built for it below.
SPEC_CODES = {
    "PARSE_ERROR",
    "INVALID_DATE",
    "NOT_FRIDAY",
    "INVALID_TIER",
    "WEEK_MISMATCH",
    "TIER_MISMATCH",
    "INVALID_SYMBOL",
    "INVALID_MPID",
    "NEGATIVE_VOLUME",
    "NEGATIVE_TRADES",
    "ZERO_VOLUME",
    "DUPLICATE_KEY",
}
INGEST_CODES = {"PARSE_ERROR", "INVALID_DATE", "NOT_FRIDAY", "INVALID_TIER", "WEEK_MISMATCH", "TIER_MISMATCH"}


def row(symbol: str, mpid: str, shares: object, trades: object, week: str = WEEK, tier: str = TIER) -> str:
    return f"{week}|{tier}|{symbol}|{mpid}|{shares}|{trades}"


GOOD_1 = row("AAPL", "NITE", 1000, 10)  # always line 2
GOOD_2 = row("MSFT", "CITD", 500, 4)  # always the line after the case's line


def seed_file(tmp_path: Path, *lines: str, name: str = "week.psv", end: str = "\n") -> Path:
    return write_file(tmp_path / name, end.join([HEADER, *lines]) + end)


def ingest(spine: Spine, path: Path | str, **extra: Any) -> ExecutionResult:
    return spine.run("otc.ingest_week", {**PARAMS, "file_path": str(path), **extra})


def normalize(spine: Spine, **extra: Any) -> ExecutionResult:
    return spine.run("otc.normalize_week", {**PARAMS, **extra})


def aggregate(spine: Spine, **extra: Any) -> ExecutionResult:
    return spine.run("otc.aggregate_week", {**PARAMS, **extra})


def load(spine: Spine, path: Path, **normalize_params: Any) -> None:
    """Ingest and normalize a file that must be accepted."""
    for result in (ingest(spine, path), normalize(spine, **normalize_params)):
        assert result.ok, result.error


def rejects(conn: sqlite3.Connection, week: str = WEEK) -> list[tuple[Any, ...]]:
    return [
        tuple(r)
        for r in conn.execute(
            "SELECT line_number, raw_line, stage, reason_code, reason_detail FROM otc_rejects"
            " WHERE week_ending = ? ORDER BY line_number, id",
            (week,),
        )
    ]


def volumes(conn: sqlite3.Connection) -> list[tuple[Any, ...]]:
    return [
        tuple(r)
        for r in conn.execute(
            "SELECT symbol, mpid, total_shares, total_trades, avg_trade_size FROM otc_venue_volume"
            " WHERE week_ending = ? ORDER BY symbol, mpid",
            (WEEK,),
        )
    ]


def manifest_counts(spine: Spine) -> tuple[Any, ...]:
    return tuple(
        spine.conn.execute(
            "SELECT row_count_raw, row_count_inserted, row_count_normalized, row_count_rejected, stage"
            " FROM otc_week_manifest WHERE week_ending = ? AND tier = ?",
            (WEEK, TIER),
        ).fetchone()
    )


def assert_week_untouched(conn: sqlite3.Connection, week: str = WEEK) -> None:
    """No partial week: not a manifest row, raw record, reject, capture or derived row."""
    for table in (
        "otc_week_manifest",
        "otc_captures",
        "otc_raw",
        "otc_rejects",
        "otc_normalization_map",
        "otc_venue_volume",
    ):
        assert count(conn, f"SELECT COUNT(*) FROM {table} WHERE week_ending = ?", week) == 0, table


def everything(conn: sqlite3.Connection) -> dict[str, list[tuple[Any, ...]]]:
    """Every data table plus the capture history, without lineage ids and timestamps."""
    return {**all_data(conn), "otc_captures": table_data(conn, "otc_captures")}


def assert_refused(result: ExecutionResult, fragment: str) -> None:
    assert result.status.value == "FAILED"
    assert result.error is not None and fragment in result.error, result.error
    assert "\n" not in result.error and "Traceback" not in result.error
    assert not result.internal_error and not result.usage_error


# --------------------------------------------------------------------------------------------
# Files refused as a whole

HEADER_BYTES = (HEADER + "\n").encode()
_BIG_GOOD = "".join(row(f"S{i}", "NITE", i + 1, 1) + "\n" for i in range(300)).encode()

REFUSED: dict[str, tuple[bytes | str | None, str]] = {
    # case -> (file content; None = no such file, "dir" = a folder), fragment of the error
    "missing file": (None, "file not found"),
    "a folder": ("dir", "folder"),
    "empty file": (b"", "empty"),
    "only blank lines": (b"\n  \r\n\t\n", "empty"),
    "only a BOM": (b"\xef\xbb\xbf", "empty"),
    "header only": (HEADER_BYTES, "no data lines"),
    "header and blank lines": (HEADER_BYTES + b"\n\r\n  \n", "no data lines"),
    "semicolon delimiter": (
        (HEADER.replace("|", ";") + "\n" + row("AAPL", "NITE", 1, 1).replace("|", ";") + "\n").encode(),
        "unrecognised header or delimiter",
    ),
    "unknown header names": (
        ("Date|Level|Ticker|Venue|Qty|Count\n" + GOOD_1 + "\n").encode(),
        "unrecognised header or delimiter",
    ),
    "binary garbage": (b"\x00\x01\x02\xff\xfe\x00" * 64, "binary content"),
    "binary image": (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "binary content"),
    "binary after a good first line": (HEADER_BYTES + b"\x00\x00\x00\x00\x07garbage\n", "binary content"),
    "binary after the first 8 KiB": (HEADER_BYTES + _BIG_GOOD + b"\x00" * 64 + b"\n", "binary content"),
    "first line not UTF-8": (b"\xff\xfeW\x00e\x00e\x00k\x00|\n", "binary content"),
    "no row for the run's week or tier": (
        (HEADER + "\n" + row("AAPL", "NITE", 1, 1, week="2025-12-19") + "\n").encode(),
        "check week_ending and tier",
    ),
}


def make_refused(tmp_path: Path, case: str) -> Path:
    content, _ = REFUSED[case]
    path = tmp_path / "refused" / "week.psv"
    if content is None:
        return path
    if content == "dir":
        path.mkdir(parents=True)
        return path
    assert isinstance(content, bytes)
    return write_file(path, content)


@pytest.mark.parametrize("case", list(REFUSED))
def test_refused_file_stores_nothing(spine: Spine, tmp_path: Path, case: str) -> None:
    result = ingest(spine, make_refused(tmp_path, case))
    assert_refused(result, REFUSED[case][1])
    assert_week_untouched(spine.conn)
    # The failure itself is recorded, finished.
    status, error = spine.conn.execute(
        "SELECT status, error FROM executions WHERE execution_id = ?", (result.execution_id,)
    ).fetchone()
    assert (status, error) == ("FAILED", result.error)


def test_first_line_not_utf8_is_refused_with_a_reason(spine: Spine, tmp_path: Path) -> None:
    """Latin-1 text (no NUL byte) in the header line: refused, naming UTF-8."""
    path = write_file(tmp_path / "latin1.psv", "Wéek|Tier\n".encode("latin-1") + GOOD_1.encode() + b"\n")
    assert_refused(ingest(spine, path), "UTF-8")
    assert_week_untouched(spine.conn)


@pytest.mark.parametrize("force", [False, True], ids=["plain", "force"])
@pytest.mark.parametrize("case", list(REFUSED))
def test_refused_reingest_leaves_a_loaded_week_as_before(
    spine: Spine, tmp_path: Path, case: str, force: bool
) -> None:
    good = seed_file(tmp_path, GOOD_1, row("BAD$", "NITE", 5, 1), GOOD_2)
    load(spine, good)
    assert aggregate(spine).ok
    before = everything(spine.conn)
    raw_before = count(spine.conn, "SELECT COUNT(*) FROM otc_raw")

    result = ingest(spine, make_refused(tmp_path, case), force=force)

    assert_refused(result, REFUSED[case][1])
    assert everything(spine.conn) == before
    assert (
        count(spine.conn, "SELECT COUNT(*) FROM otc_raw WHERE superseded_by_capture_id IS NULL") == raw_before
    )
    assert manifest_counts(spine) == (3, 3, 2, 1, "AGGREGATED")


# --------------------------------------------------------------------------------------------
# Accepted file shapes: BOM, CRLF, blank lines, no final newline


def test_crlf_line_ends_load_the_same_data_as_lf(tmp_path: Path) -> None:
    lines = [GOOD_1, row("TSLA", "NITE", 12, 3, week="2025-12-24"), row("BAD!", "NITE", 1, 1), GOOD_2]
    results = {}
    for end in ("\n", "\r\n"):
        path = seed_file(tmp_path, *lines, name=f"week{len(end)}.psv", end=end)
        with Spine(tmp_path / f"db{len(end)}.sqlite") as spine:
            load(spine, path)
            assert aggregate(spine).ok
            results[end] = everything(spine.conn)
            assert rejects(spine.conn) == [
                (3, lines[1], "INGEST", "NOT_FRIDAY", "week ending 2025-12-24 is not a Friday"),
                (
                    4,
                    lines[2],
                    "NORMALIZE",
                    "INVALID_SYMBOL",
                    "symbol 'BAD!' is not a letter followed by letters, digits, . or - (1 to 10 characters)",
                ),
            ]
            assert (
                count(spine.conn, "SELECT COUNT(*) FROM otc_raw WHERE symbol LIKE '%' || char(13) || '%'")
                == 0
            )
    lf, crlf = results["\n"], results["\r\n"]
    # Only the file's own hash and size may differ.
    for table in lf:
        if table not in ("otc_week_manifest", "otc_captures"):
            assert crlf[table] == lf[table], table
    with Spine(tmp_path / "db1.sqlite") as a, Spine(tmp_path / "db2.sqlite") as b:
        assert manifest_counts(a) == manifest_counts(b) == (4, 3, 2, 2, "AGGREGATED")


def test_mixed_line_ends_are_accepted(spine: Spine, tmp_path: Path) -> None:
    text = HEADER + "\r\n" + GOOD_1 + "\n" + GOOD_2 + "\r\n"
    load(spine, write_file(tmp_path / "mixed.psv", text))
    assert [v[:2] for v in volumes(spine.conn)] == [("AAPL", "NITE"), ("MSFT", "CITD")]
    assert rejects(spine.conn) == []


@pytest.mark.parametrize("with_header", [True, False], ids=["header", "headerless"])
def test_utf8_bom_is_accepted(spine: Spine, tmp_path: Path, with_header: bool) -> None:
    lines = [HEADER, GOOD_1, GOOD_2] if with_header else [GOOD_1, GOOD_2]
    path = write_file(tmp_path / "bom.psv", b"\xef\xbb\xbf" + ("\n".join(lines) + "\n").encode())
    result = ingest(spine, path)
    assert result.ok, result.error
    assert (result.metrics["layout"], result.metrics["inserted"], result.metrics["rejected"]) == (
        "seed",
        2,
        0,
    )
    assert normalize(spine).ok
    assert volumes(spine.conn) == [("AAPL", "NITE", 1000, 10, "100.00"), ("MSFT", "CITD", 500, 4, "125.00")]
    assert rejects(spine.conn) == []


def test_missing_final_newline_is_accepted(spine: Spine, tmp_path: Path) -> None:
    path = write_file(tmp_path / "nofinal.psv", "\n".join([HEADER, GOOD_1, GOOD_2]))
    load(spine, path)
    assert volumes(spine.conn) == [("AAPL", "NITE", 1000, 10, "100.00"), ("MSFT", "CITD", 500, 4, "125.00")]
    assert manifest_counts(spine) == (2, 2, 2, 0, "NORMALIZED")


def test_blank_lines_are_skipped_and_not_counted(spine: Spine, tmp_path: Path) -> None:
    text = (
        "\n \n"
        + HEADER
        + "\n\n"
        + GOOD_1
        + "\n   \n\t\n"
        + row("X$", "NITE", 1, 1)
        + "\n\r\n"
        + GOOD_2
        + "\n\n\n"
    )
    path = write_file(tmp_path / "blanks.psv", text)
    result = ingest(spine, path)
    assert result.ok, result.error
    assert (result.metrics["lines"], result.metrics["inserted"], result.metrics["rejected"]) == (3, 3, 0)
    assert normalize(spine).ok
    assert manifest_counts(spine) == (3, 3, 2, 1, "NORMALIZED")
    # Line numbers are the file's own (blank lines included), so a user can find the line.
    assert [r[:4] for r in rejects(spine.conn)] == [
        (8, row("X$", "NITE", 1, 1), "NORMALIZE", "INVALID_SYMBOL")
    ]


def test_non_utf8_byte_in_one_data_line(spine: Spine, tmp_path: Path) -> None:
    bad = row("MS\xe9FT", "NITE", 7, 1).encode("latin-1")
    data = (HEADER + "\n" + GOOD_1 + "\n").encode() + bad + b"\n" + (GOOD_2 + "\n").encode()
    result = ingest(spine, write_file(tmp_path / "latin1.psv", data))
    assert result.ok, result.error
    assert result.metrics["rejects_by_reason"] == {"PARSE_ERROR": 1}
    [(line, raw, stage, code, detail)] = rejects(spine.conn)
    assert (line, stage, code) == (3, "INGEST", "PARSE_ERROR")
    assert "UTF-8" in detail
    assert raw.startswith(f"{WEEK}|{TIER}|MS") and raw.endswith("FT|NITE|7|1")
    assert normalize(spine).ok
    assert [v[:2] for v in volumes(spine.conn)] == [("AAPL", "NITE"), ("MSFT", "CITD")]
    assert manifest_counts(spine) == (3, 2, 2, 1, "NORMALIZED")


# --------------------------------------------------------------------------------------------
# One bad line among good ones: exactly one reject, the good lines load

# case -> (the line, normalize params, stage, code, fragment of the detail)
ONE_BAD_LINE: dict[str, tuple[str, dict[str, Any], str, str, str]] = {
    "short row": (
        row("TSLA", "NITE", 100, 1).rsplit("|", 1)[0],
        {},
        "INGEST",
        "PARSE_ERROR",
        "expected 6 fields, found 5",
    ),
    "long row": (
        row("TSLA", "NITE", 100, 1) + "|extra",
        {},
        "INGEST",
        "PARSE_ERROR",
        "expected 6 fields, found 7",
    ),
    "one field": ("garbage", {}, "INGEST", "PARSE_ERROR", "expected 6 fields, found 1"),
    "non-numeric shares": (row("TSLA", "NITE", "12abc", 1), {}, "INGEST", "PARSE_ERROR", "12abc"),
    "non-numeric trades": (row("TSLA", "NITE", 100, "many"), {}, "INGEST", "PARSE_ERROR", "many"),
    "empty shares": (row("TSLA", "NITE", "", 1), {}, "INGEST", "PARSE_ERROR", "not an integer"),
    "fractional shares": (row("TSLA", "NITE", "100.5", 1), {}, "INGEST", "PARSE_ERROR", "not an integer"),
    "shares above int64": (
        row("TSLA", "NITE", 9223372036854775808, 1),
        {},
        "INGEST",
        "PARSE_ERROR",
        "64-bit",
    ),
    "shares below int64": (
        row("TSLA", "NITE", -9223372036854775809, 1),
        {},
        "INGEST",
        "PARSE_ERROR",
        "64-bit",
    ),
    "trades above int64": (row("TSLA", "NITE", 1, 10**30), {}, "INGEST", "PARSE_ERROR", "64-bit"),
    "impossible date": (
        row("TSLA", "NITE", 1, 1, week="2025-13-45"),
        {},
        "INGEST",
        "INVALID_DATE",
        "2025-13-45",
    ),
    "non-ISO date": (
        row("TSLA", "NITE", 1, 1, week="26/12/2025"),
        {},
        "INGEST",
        "INVALID_DATE",
        "26/12/2025",
    ),
    "empty date": (row("TSLA", "NITE", 1, 1, week=""), {}, "INGEST", "INVALID_DATE", "invalid date"),
    "not a Friday": (row("TSLA", "NITE", 1, 1, week="2025-12-24"), {}, "INGEST", "NOT_FRIDAY", "2025-12-24"),
    "another week": (
        row("TSLA", "NITE", 1, 1, week="2025-12-19"),
        {},
        "INGEST",
        "WEEK_MISMATCH",
        "2025-12-19",
    ),
    "another tier": (
        row("TSLA", "NITE", 1, 1, tier="NMS_TIER_2"),
        {},
        "INGEST",
        "TIER_MISMATCH",
        "NMS_TIER_2",
    ),
    "OTC row in a tier 1 run": (row("TSLA", "NITE", 1, 1, tier="OTCE"), {}, "INGEST", "TIER_MISMATCH", "OTC"),
    "unknown tier": (
        row("TSLA", "NITE", 1, 1, tier="NMS_TIER_9"),
        {},
        "INGEST",
        "INVALID_TIER",
        "NMS_TIER_9",
    ),
    "empty tier": (row("TSLA", "NITE", 1, 1, tier=""), {}, "INGEST", "INVALID_TIER", "unknown tier"),
    "empty symbol": (row("", "NITE", 1, 1), {}, "NORMALIZE", "INVALID_SYMBOL", "symbol ''"),
    "SQL in symbol": (
        row("A';DROP TABLE otc_raw;--", "NITE", 1, 1),
        {},
        "NORMALIZE",
        "INVALID_SYMBOL",
        "A'';DROP TABLE OTC_RAW;--",
    ),
    "symbol starts with a digit": (row("1ABC", "NITE", 1, 1), {}, "NORMALIZE", "INVALID_SYMBOL", "'1ABC'"),
    "symbol of 11 characters": (
        row("ABCDEFGHIJK", "NITE", 1, 1),
        {},
        "NORMALIZE",
        "INVALID_SYMBOL",
        "1 to 10 characters",
    ),
    "symbol with $": (row("BAD$YM", "NITE", 1, 1), {}, "NORMALIZE", "INVALID_SYMBOL", "'BAD$YM'"),
    "symbol with a space inside": (row("BRK B", "NITE", 1, 1), {}, "NORMALIZE", "INVALID_SYMBOL", "'BRK B'"),
    "non-ASCII symbol": (row("ÄPPL", "NITE", 1, 1), {}, "NORMALIZE", "INVALID_SYMBOL", "ÄPPL"),
    "MPID of 3": (row("TSLA", "NIT", 1, 1), {}, "NORMALIZE", "INVALID_MPID", "mpid 'NIT'"),
    "MPID of 5": (row("TSLA", "NITEX", 1, 1), {}, "NORMALIZE", "INVALID_MPID", "mpid 'NITEX'"),
    "MPID with punctuation": (row("TSLA", "NI!E", 1, 1), {}, "NORMALIZE", "INVALID_MPID", "mpid 'NI!E'"),
    "empty MPID": (row("TSLA", "", 1, 1), {}, "NORMALIZE", "INVALID_MPID", "mpid ''"),
    "negative shares": (row("TSLA", "NITE", -5, 1), {}, "NORMALIZE", "NEGATIVE_VOLUME", "total_shares=-5"),
    "negative trades": (row("TSLA", "NITE", 5, -1), {}, "NORMALIZE", "NEGATIVE_TRADES", "total_trades=-1"),
    "zero volume, reject_zero_volume=true": (
        row("TSLA", "NITE", 0, 0),
        {"reject_zero_volume": True},
        "NORMALIZE",
        "ZERO_VOLUME",
        "total_shares=0",
    ),
    "zero volume, reject_zero_volume='true' text": (
        row("TSLA", "NITE", 0, 3),
        {"reject_zero_volume": "true"},
        "NORMALIZE",
        "ZERO_VOLUME",
        "total_shares=0",
    ),
    "duplicate key, other values": (
        row("AAPL", "NITE", 999, 9),
        {},
        "NORMALIZE",
        "DUPLICATE_KEY",
        "a record for AAPL/NITE was accepted from line 2",
    ),
    "duplicate key after normalizing case": (
        row(" aapl ", "nite", 999, 9),
        {},
        "NORMALIZE",
        "DUPLICATE_KEY",
        "AAPL/NITE",
    ),
}


@pytest.mark.parametrize("case", list(ONE_BAD_LINE))
def test_one_bad_line(spine: Spine, tmp_path: Path, case: str) -> None:
    line, normalize_params, stage, code, fragment = ONE_BAD_LINE[case]
    path = seed_file(tmp_path, GOOD_1, line, GOOD_2)
    ingested = ingest(spine, path)
    assert ingested.ok, ingested.error
    expected_ingest = {code: 1} if stage == "INGEST" else {}
    assert ingested.metrics["rejects_by_reason"] == expected_ingest
    normalized = normalize(spine, **normalize_params)
    assert normalized.ok, normalized.error
    assert normalized.metrics["rejects_by_reason"] == ({code: 1} if stage == "NORMALIZE" else {})

    [(line_number, raw_line, reject_stage, reason, detail)] = rejects(spine.conn)
    assert (line_number, raw_line, reject_stage, reason) == (3, line, stage, code)
    assert fragment in detail, detail
    # The good lines around it load, untouched.
    assert volumes(spine.conn) == [("AAPL", "NITE", 1000, 10, "100.00"), ("MSFT", "CITD", 500, 4, "125.00")]
    inserted = 2 if stage == "INGEST" else 3
    assert manifest_counts(spine) == (3, inserted, 2, 1, "NORMALIZED")
    # Normalization map: one row per current raw record, the rejected one with its reason.
    status = spine.conn.execute(
        "SELECT status, reject_reason, COUNT(*) FROM otc_normalization_map WHERE week_ending = ?"
        " GROUP BY status, reject_reason ORDER BY status",
        (WEEK,),
    ).fetchall()
    expected_map = [("ACCEPTED", None, 2)] + ([("REJECTED", code, 1)] if stage == "NORMALIZE" else [])
    assert [tuple(s) for s in status] == expected_map
    assert aggregate(spine).ok


# case -> (the line after GOOD_1, normalize params, the code that must win)
RULE_ORDER: dict[str, tuple[str, dict[str, Any], str]] = {
    "bad symbol and negative volume": (row("BAD$", "NITE", -5, 1), {}, "INVALID_SYMBOL"),
    "bad symbol and bad MPID": (row("BAD$", "NI!E", 5, 1), {}, "INVALID_SYMBOL"),
    "bad symbol, every rule broken": (
        row("BAD$", "NI!E", -5, -1),
        {"reject_zero_volume": True},
        "INVALID_SYMBOL",
    ),
    "bad MPID and negative volume": (row("TSLA", "NI!E", -5, -1), {}, "INVALID_MPID"),
    "bad MPID and zero volume": (row("TSLA", "NIT", 0, 0), {"reject_zero_volume": True}, "INVALID_MPID"),
    "negative volume and negative trades": (row("TSLA", "NITE", -5, -1), {}, "NEGATIVE_VOLUME"),
    "negative trades and zero volume": (
        row("TSLA", "NITE", 0, -1),
        {"reject_zero_volume": True},
        "NEGATIVE_TRADES",
    ),
    "negative volume on a duplicate key": (row("AAPL", "NITE", -5, 1), {}, "NEGATIVE_VOLUME"),
    "negative trades on a duplicate key": (row("AAPL", "NITE", 5, -1), {}, "NEGATIVE_TRADES"),
    "zero volume on a duplicate key": (
        row("AAPL", "NITE", 0, 0),
        {"reject_zero_volume": True},
        "ZERO_VOLUME",
    ),
    "bad symbol on a duplicate key": (row("AAPL!", "NITE", 5, 1), {}, "INVALID_SYMBOL"),
}


@pytest.mark.parametrize("case", list(RULE_ORDER))
def test_first_failing_normalize_rule_wins(spine: Spine, tmp_path: Path, case: str) -> None:
    line, normalize_params, code = RULE_ORDER[case]
    load(spine, seed_file(tmp_path, GOOD_1, line, GOOD_2), **normalize_params)
    assert [r[:4] for r in rejects(spine.conn)] == [(3, line, "NORMALIZE", code)]
    assert volumes(spine.conn) == [("AAPL", "NITE", 1000, 10, "100.00"), ("MSFT", "CITD", 500, 4, "125.00")]


def test_every_spec_reject_code_has_a_file_built_for_it() -> None:
    covered = {case[3] for case in ONE_BAD_LINE.values()} | {case[2] for case in RULE_ORDER.values()}
    assert covered >= SPEC_CODES, SPEC_CODES - covered
    ingest_cases = {case[3] for case in ONE_BAD_LINE.values() if case[2] == "INGEST"}
    assert ingest_cases == INGEST_CODES


# --------------------------------------------------------------------------------------------
# Values at the edges that are accepted


def test_largest_int64_is_accepted_and_flows_through(spine: Spine, tmp_path: Path) -> None:
    top = 9223372036854775807
    load(spine, seed_file(tmp_path, row("AAPL", "NITE", top, 1)))
    assert volumes(spine.conn) == [("AAPL", "NITE", top, 1, f"{top}.00")]
    assert aggregate(spine).ok
    summary = spine.conn.execute(
        "SELECT total_volume, typeof(total_volume) FROM otc_symbol_summary WHERE week_ending = ?", (WEEK,)
    ).fetchone()
    assert tuple(summary) == (top, "integer")
    share = spine.conn.execute("SELECT market_share_pct FROM otc_venue_share WHERE week_ending = ?", (WEEK,))
    assert share.fetchone()[0] == "100.0000"


def test_smallest_int64_is_parsed_then_rejected_as_negative(spine: Spine, tmp_path: Path) -> None:
    bottom = -9223372036854775808
    load(spine, seed_file(tmp_path, GOOD_1, row("TSLA", "NITE", bottom, 1)))
    assert [r[3:] for r in rejects(spine.conn)] == [("NEGATIVE_VOLUME", f"total_shares={bottom}")]


def test_totals_beyond_int64_fail_aggregate_cleanly(spine: Spine, tmp_path: Path) -> None:
    half = 2**62
    load(spine, seed_file(tmp_path, row("AAPL", "NITE", half, 1), row("AAPL", "CITD", half, 1)))
    before = everything(spine.conn)
    result = aggregate(spine)
    assert_refused(result, "64-bit")
    assert everything(spine.conn) == before
    assert manifest_counts(spine)[-1] == "NORMALIZED"


def test_zero_volume_is_accepted_by_default(spine: Spine, tmp_path: Path) -> None:
    load(spine, seed_file(tmp_path, GOOD_1, row("TSLA", "VIRT", 0, 0), row("NVDA", "JANE", 0, 5)))
    assert rejects(spine.conn) == []
    assert volumes(spine.conn) == [
        ("AAPL", "NITE", 1000, 10, "100.00"),
        ("NVDA", "JANE", 0, 5, "0.00"),
        ("TSLA", "VIRT", 0, 0, "0.00"),
    ]
    assert aggregate(spine).ok
    shares = dict(
        spine.conn.execute(
            "SELECT mpid, market_share_pct FROM otc_venue_share WHERE week_ending = ?", (WEEK,)
        )
    )
    assert shares == {"NITE": "100.0000", "VIRT": "0.0000", "JANE": "0.0000"}


@pytest.mark.parametrize(
    ("symbol", "stored"),
    [
        ("BRK.B", "BRK.B"),
        ("BF-A", "BF-A"),
        ("aapl", "AAPL"),
        ("  msft\t", "MSFT"),
        ("F", "F"),
        ("ABCDEFGHIJ", "ABCDEFGHIJ"),
        ("A1", "A1"),
    ],
)
def test_valid_symbol_spellings_are_accepted(spine: Spine, tmp_path: Path, symbol: str, stored: str) -> None:
    load(spine, seed_file(tmp_path, row(symbol, "NITE", 7, 1)))
    assert rejects(spine.conn) == []
    assert volumes(spine.conn) == [(stored, "NITE", 7, 1, "7.00")]


@pytest.mark.parametrize(
    ("mpid", "stored"), [("nite", "NITE"), (" CITD ", "CITD"), ("A1B2", "A1B2"), ("1234", "1234")]
)
def test_valid_mpid_spellings_are_accepted(spine: Spine, tmp_path: Path, mpid: str, stored: str) -> None:
    load(spine, seed_file(tmp_path, row("AAPL", mpid, 7, 1)))
    assert rejects(spine.conn) == []
    assert volumes(spine.conn) == [("AAPL", stored, 7, 1, "7.00")]


def test_tier_spellings_in_rows_are_accepted(spine: Spine, tmp_path: Path) -> None:
    spellings = ["nms-tier-1", "NMS Tier 1", "T1", "nms_tier_1", "NMS_TIER_1"]
    lines = [row(f"SYM{i}", "NITE", 10 + i, 1, tier=t) for i, t in enumerate(spellings)]
    result = ingest(spine, seed_file(tmp_path, *lines))
    assert result.ok, result.error
    assert (result.metrics["inserted"], result.metrics["rejected"]) == (5, 0)
    tiers = spine.conn.execute("SELECT DISTINCT tier FROM otc_raw").fetchall()
    assert [t[0] for t in tiers] == [TIER]


@pytest.mark.parametrize("spelling", ["nms-tier-1", "NMS Tier 1", "T1", "nms_tier_1"])
def test_tier_parameter_spellings_are_accepted(spine: Spine, tmp_path: Path, spelling: str) -> None:
    path = seed_file(tmp_path, GOOD_1)
    result = spine.run("otc.ingest_week", {"tier": spelling, "week_ending": WEEK, "file_path": str(path)})
    assert result.ok, result.error
    assert spine.week_status(TIER, WEEK)[0]["stage"] == "INGESTED"
    assert count(spine.conn, "SELECT COUNT(*) FROM otc_week_manifest WHERE tier = ?", TIER) == 1


# --------------------------------------------------------------------------------------------
# Duplicates


def test_exact_duplicate_lines_are_stored_once(spine: Spine, tmp_path: Path) -> None:
    result = ingest(spine, seed_file(tmp_path, GOOD_1, GOOD_2, GOOD_1))
    assert result.ok, result.error
    assert (result.metrics["inserted"], result.metrics["duplicate_lines"], result.metrics["rejected"]) == (
        2,
        1,
        0,
    )
    assert normalize(spine).ok
    assert rejects(spine.conn) == []
    assert count(spine.conn, "SELECT COUNT(*) FROM otc_raw") == 2
    # The earlier line is the record's source line.
    assert count(spine.conn, "SELECT source_line FROM otc_raw WHERE symbol = 'AAPL'") == 2
    assert manifest_counts(spine) == (3, 2, 2, 0, "NORMALIZED")


def test_lines_equal_after_normalizing_are_duplicates(spine: Spine, tmp_path: Path) -> None:
    same = "2025-12-26|nms-tier-1| aapl |nite|1000|10"
    result = ingest(spine, seed_file(tmp_path, GOOD_1, same, GOOD_2))
    assert result.ok, result.error
    assert (result.metrics["inserted"], result.metrics["duplicate_lines"], result.metrics["rejected"]) == (
        2,
        1,
        0,
    )
    assert normalize(spine).ok
    assert rejects(spine.conn) == []


@pytest.mark.parametrize(("first", "second"), [(1000, 999), (5, 999)])
def test_duplicate_key_earlier_line_wins(spine: Spine, tmp_path: Path, first: int, second: int) -> None:
    early, late = row("TSLA", "NITE", first, 1), row("TSLA", "NITE", second, 2)
    load(spine, seed_file(tmp_path, GOOD_1, early, late))
    assert rejects(spine.conn) == [
        (4, late, "NORMALIZE", "DUPLICATE_KEY", "a record for TSLA/NITE was accepted from line 3")
    ]
    assert ("TSLA", "NITE", first, 1) in [v[:4] for v in volumes(spine.conn)]


HUGE_AVERAGE = ("TSLA", "NITE", 30_000_000_000_000_000, 7)  # its average is stored exactly
PLAIN = ("TSLA", "NITE", 50, 2)


@pytest.mark.parametrize(("early", "late"), [(HUGE_AVERAGE, PLAIN), (PLAIN, HUGE_AVERAGE)])
def test_duplicate_key_beside_an_average_beyond_64_bits(
    spine: Spine, tmp_path: Path, early: tuple[str, str, int, int], late: tuple[str, str, int, int]
) -> None:
    """A record whose average trade size normalize stores exactly and a plain record of the same key
    are still one key: the earlier line wins."""
    load(spine, seed_file(tmp_path, GOOD_1, row(*early), row(*late)))
    assert rejects(spine.conn) == [
        (4, row(*late), "NORMALIZE", "DUPLICATE_KEY", "a record for TSLA/NITE was accepted from line 3")
    ]
    assert [v[:4] for v in volumes(spine.conn) if v[0] == "TSLA"] == [early]


def test_duplicate_key_after_a_rejected_line_is_accepted(spine: Spine, tmp_path: Path) -> None:
    """Only an accepted record blocks its key: a negative line does not shadow a good one."""
    bad, good = row("TSLA", "NITE", -5, 1), row("TSLA", "NITE", 50, 2)
    load(spine, seed_file(tmp_path, bad, good))
    assert [r[:4] for r in rejects(spine.conn)] == [(2, bad, "NORMALIZE", "NEGATIVE_VOLUME")]
    assert volumes(spine.conn) == [("TSLA", "NITE", 50, 2, "25.00")]


def test_duplicate_key_found_again_when_the_week_is_normalized_again(spine: Spine, tmp_path: Path) -> None:
    """A forced normalize judges every current record afresh, the one it rejected before included."""
    early, late = row("TSLA", "NITE", 50, 1), row("TSLA", "NITE", 60, 2)
    load(spine, seed_file(tmp_path, GOOD_1, early, late))
    first = rejects(spine.conn)
    again = normalize(spine, force=True)
    assert again.ok, again.error
    assert (again.metrics["normalized"], again.metrics["rejects_by_reason"]) == (2, {"DUPLICATE_KEY": 1})
    assert (
        rejects(spine.conn)
        == first
        == [(4, late, "NORMALIZE", "DUPLICATE_KEY", "a record for TSLA/NITE was accepted from line 3")]
    )
    assert volumes(spine.conn) == [("AAPL", "NITE", 1000, 10, "100.00"), ("TSLA", "NITE", 50, 1, "50.00")]


def test_non_ats_duplicate_key_is_per_firm(spine: Spine, tmp_path: Path) -> None:
    """Two lines for one symbol and firm CRD: the earlier is the volume. Another firm of the same
    symbol, and a firm known by its name, are keys of their own."""
    lines = [
        '2025-12-22,T1,OTC_W_SMBL_FIRM,ZZZZ,,123,"",50,2',
        '2025-12-22,T1,OTC_W_SMBL_FIRM,ZZZZ,,456,"",70,7',
        '2025-12-22,T1,OTC_W_SMBL_FIRM,ZZZZ,,123,"",60,3',
        '2025-12-22,T1,OTC_W_SMBL_FIRM,ZZZZ,,,"De Minimis Firms",80,8',
    ]
    path = write_file(tmp_path / "api.csv", "\n".join([API_CRD_HEADER, *lines]) + "\n")
    assert ingest(spine, path).ok
    result = normalize(spine)
    assert result.ok, result.error
    assert (result.metrics["normalized"], result.metrics["non_ats"]) == (0, 3)
    assert [r[3:] for r in rejects(spine.conn)] == [
        ("DUPLICATE_KEY", "a record for ZZZZ/firm CRD 123 was accepted from line 2")
    ]
    stored = spine.conn.execute(
        "SELECT firm_crd, total_shares, total_trades FROM otc_non_ats_volume ORDER BY firm_crd"
    ).fetchall()
    assert [tuple(r) for r in stored] == [(0, 80, 8), (123, 50, 2), (456, 70, 7)]


# --------------------------------------------------------------------------------------------
# A file with one of everything: manifest counts and the rejects table


MIXED = [
    GOOD_1,  # 2 accepted
    "",  # 3 blank: skipped, not a data line
    row("TSLA", "NITE", 100, 1).rsplit("|", 1)[0],  # 4 PARSE_ERROR (5 fields)
    row("TSLA", "NITE", "lots", 1),  # 5 PARSE_ERROR
    row("TSLA", "NITE", 100, 1, week="2025-12-19"),  # 6 WEEK_MISMATCH
    row("TSLA", "NITE", 100, 1, tier="NMS_TIER_2"),  # 7 TIER_MISMATCH
    row("TSLA", "NITE", 100, 1, week="2025-13-45"),  # 8 INVALID_DATE
    row("TSLA", "NITE", 100, 1, week="2025-12-25"),  # 9 NOT_FRIDAY
    row("TSLA", "NITE", 100, 1, tier="TIER_X"),  # 10 INVALID_TIER
    row("BAD$", "NITE", 100, 1),  # 11 INVALID_SYMBOL
    row("NVDA", "NI!E", 100, 1),  # 12 INVALID_MPID
    row("NVDA", "NITE", -100, 1),  # 13 NEGATIVE_VOLUME
    row("NVDA", "CITD", 100, -1),  # 14 NEGATIVE_TRADES
    GOOD_1,  # 15 exact duplicate of line 2: stored once, no reject
    row("AAPL", "NITE", 2000, 20),  # 16 DUPLICATE_KEY
    GOOD_2,  # 17 accepted
    row("META", "VIRT", 0, 0),  # 18 accepted (zero volume allowed by default)
]
MIXED_REJECTS = [
    (4, "PARSE_ERROR"),
    (5, "PARSE_ERROR"),
    (6, "WEEK_MISMATCH"),
    (7, "TIER_MISMATCH"),
    (8, "INVALID_DATE"),
    (9, "NOT_FRIDAY"),
    (10, "INVALID_TIER"),
    (11, "INVALID_SYMBOL"),
    (12, "INVALID_MPID"),
    (13, "NEGATIVE_VOLUME"),
    (14, "NEGATIVE_TRADES"),
    (16, "DUPLICATE_KEY"),
]


def test_mixed_bad_file_counts_and_rejects(spine: Spine, tmp_path: Path) -> None:
    path = seed_file(tmp_path, *MIXED)
    ingested = ingest(spine, path)
    assert ingested.ok, ingested.error
    m = ingested.metrics
    # 16 data lines (the blank one is not a data line): 9 parse into records of the week, 8 distinct.
    assert (m["lines"], m["parsed"], m["inserted"], m["duplicate_lines"], m["rejected"]) == (16, 9, 8, 1, 7)
    assert manifest_counts(spine) == (16, 8, 0, 7, "INGESTED")

    assert normalize(spine).ok
    assert manifest_counts(spine) == (16, 8, 3, 12, "NORMALIZED")
    found = rejects(spine.conn)
    assert [(r[0], r[3]) for r in found] == MIXED_REJECTS
    for line_number, raw_line, stage, code, detail in found:
        assert raw_line == MIXED[line_number - 2], line_number
        assert stage == ("INGEST" if code in INGEST_CODES else "NORMALIZE")
        assert detail, line_number
    locators = {r[0] for r in spine.conn.execute("SELECT source_locator FROM otc_rejects")}
    assert locators == {str(path)}
    assert volumes(spine.conn) == [
        ("AAPL", "NITE", 1000, 10, "100.00"),
        ("META", "VIRT", 0, 0, "0.00"),
        ("MSFT", "CITD", 500, 4, "125.00"),
    ]
    # Every data line is accounted for: a current record, a duplicate line, or an ingest reject.
    assert m["inserted"] + m["duplicate_lines"] + m["rejected"] == m["lines"]
    assert aggregate(spine).ok

    # Forced reruns reset the counts; nothing accumulates.
    before = everything(spine.conn)
    for result in (
        ingest(spine, path, force=True),
        normalize(spine, force=True),
        aggregate(spine, force=True),
    ):
        assert result.ok, result.error
    assert everything(spine.conn) == before
    assert count(spine.conn, "SELECT COUNT(*) FROM otc_rejects") == len(MIXED_REJECTS)


# --------------------------------------------------------------------------------------------
# Input hygiene: values are bound, never spliced into SQL


HOSTILE_NAME = """it's a "week"; DROP TABLE otc_raw; -- $(rm -rf x) `id`.psv"""


def test_file_path_with_quotes_spaces_and_semicolons(spine: Spine, tmp_path: Path) -> None:
    path = seed_file(
        tmp_path / "dir with 'quotes'; and spaces",
        GOOD_1,
        row("B'AD", "NITE", 1, 1),
        GOOD_2,
        name=HOSTILE_NAME,
    )
    load(spine, path)
    assert aggregate(spine).ok
    assert spine.week_status(TIER, WEEK)[0]["stage"] == "AGGREGATED"
    locator = spine.conn.execute("SELECT source_locator FROM otc_week_manifest").fetchone()[0]
    assert locator == str(path)
    assert [tuple(r) for r in spine.conn.execute("SELECT source_locator, line_number FROM otc_rejects")] == [
        (str(path), 3)
    ]
    assert count(spine.conn, "SELECT COUNT(*) FROM otc_raw") == 3


def test_file_path_with_quotes_spaces_and_semicolons_through_the_cli(db_path: Path, tmp_path: Path) -> None:
    path = seed_file(tmp_path / "a dir; with 'quotes'", GOOD_1, GOOD_2, name=HOSTILE_NAME)
    args = ["-p", f"tier={TIER}", "-p", f"week_ending={WEEK}"]
    done = run_cli("run", "otc.ingest_week", *args, "-p", f"file_path={path}", db=db_path)
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stdout + done.stderr
    with Spine(db_path) as spine:
        assert spine.conn.execute("SELECT source_locator FROM otc_week_manifest").fetchone()[0] == str(path)
        assert count(spine.conn, "SELECT COUNT(*) FROM otc_raw") == 2


def test_quoted_symbols_and_mpids_are_kept_verbatim(spine: Spine, tmp_path: Path) -> None:
    hostile = [
        row("O'NEIL", "NITE", 1, 1),
        row('"QQQ"', "NITE", 2, 1),
        row("A';DROP TABLE otc_raw;--", "NITE", 3, 1),
        row("MSFT", "NI'E", 4, 1),
        row("MSFT", "'; --", 5, 1),
        row("TSLA", 'n"te', 6, 1),
        row("x' OR '1'='1", "NITE", 7, 1),
    ]
    tables_before = spine.conn.execute("SELECT name, sql FROM sqlite_master ORDER BY name").fetchall()
    load(spine, seed_file(tmp_path, GOOD_1, *hostile))
    assert aggregate(spine).ok
    found = rejects(spine.conn)
    assert [(r[0], r[1]) for r in found] == [(i + 3, line) for i, line in enumerate(hostile)]
    assert [r[3] for r in found] == ["INVALID_SYMBOL"] * 3 + ["INVALID_MPID"] * 3 + ["INVALID_SYMBOL"]
    # The raw records hold the values as read (trimmed, upper-cased), quotes and all.
    raw_symbols = {r[0] for r in spine.conn.execute("SELECT symbol FROM otc_raw")}
    assert {"O'NEIL", '"QQQ"', "A';DROP TABLE OTC_RAW;--", "X' OR '1'='1"} <= raw_symbols
    raw_mpids = {r[0] for r in spine.conn.execute("SELECT mpid FROM otc_raw")}
    assert {"NI'E", "'; --", 'N"TE'} <= raw_mpids
    # Nothing was executed: same schema, all tables there, the good line loaded.
    assert spine.conn.execute("SELECT name, sql FROM sqlite_master ORDER BY name").fetchall() == tables_before
    assert count(spine.conn, "SELECT COUNT(*) FROM otc_raw") == 1 + len(hostile)
    assert volumes(spine.conn) == [("AAPL", "NITE", 1000, 10, "100.00")]


# --------------------------------------------------------------------------------------------
# Numbers of any length: a reject on their line, never a failed file, never expanded

API_HEADER = (
    "weekStartDate|tierIdentifier|summaryTypeCode|issueSymbolIdentifier|MPID|"
    "totalWeeklyShareQuantity|totalWeeklyTradeCount|totalNotionalSum"
)


def api_line(symbol: str, shares: object = 1000, trades: object = 10, notional: str = "") -> str:
    return f"2025-12-22|T1|ATS_W_SMBL_FIRM|{symbol}|NITE|{shares}|{trades}|{notional}"


HUGE = "9" * 5000

NUMBER_REJECTS: dict[str, tuple[str, str]] = {
    # case -> (the line between two good ones, fragment of the PARSE_ERROR detail)
    "5,000-digit shares": (api_line("TSLA", shares=HUGE), "64-bit range"),
    "5,000-digit negative trades": (api_line("TSLA", trades="-" + HUGE), "64-bit range"),
    "shares with a huge exponent": (api_line("TSLA", shares="1E+100000000"), "64-bit range"),
    "notional with a huge exponent": (api_line("TSLA", notional="1E+100000000"), "too large or too precise"),
    "notional with a tiny exponent": (api_line("TSLA", notional="1E-100000000"), "too large or too precise"),
    "notional of 5,000 digits": (api_line("TSLA", notional=HUGE), "too large or too precise"),
    "notional in Arabic-Indic digits": (api_line("TSLA", notional="\u0661\u0662"), "not a finite number"),
    "notional with an underscore": (api_line("TSLA", notional="1_000"), "not a finite number"),
}


@pytest.mark.parametrize("case", list(NUMBER_REJECTS))
def test_numbers_of_any_length_are_rejected_on_their_line(spine: Spine, tmp_path: Path, case: str) -> None:
    bad, fragment = NUMBER_REJECTS[case]
    good = [api_line("AAPL", notional="2.4731E+8"), api_line("MSFT", notional="79516830.5")]
    path = write_file(tmp_path / "api.psv", "\n".join([API_HEADER, good[0], bad, good[1]]) + "\n")
    result = ingest(spine, path)
    assert result.ok, result.error
    [(line, raw, stage, code, detail)] = rejects(spine.conn)
    assert (line, raw, stage, code) == (3, bad, "INGEST", "PARSE_ERROR")
    assert fragment in detail and len(detail) < 200, detail
    stored = spine.conn.execute("SELECT symbol, total_notional_sum FROM otc_raw ORDER BY symbol").fetchall()
    assert [tuple(r) for r in stored] == [
        ("AAPL", oracle.plain_decimal("2.4731E+8")),
        ("MSFT", oracle.plain_decimal("79516830.5")),
    ]


@pytest.mark.parametrize(
    ("written", "value"),
    [("0000000000000000000000001", 1), ("+00000000000000000000042", 42), ("1.2E7", 12_000_000)],
)
def test_long_spellings_of_small_integers_are_accepted(
    spine: Spine, tmp_path: Path, written: str, value: int
) -> None:
    result = ingest(spine, seed_file(tmp_path, row("AAPL", "NITE", written, 1)))
    assert result.ok and result.metrics["rejected"] == 0, result.metrics
    assert count(spine.conn, "SELECT total_shares FROM otc_raw") == value


def test_json_numbers_of_any_length_are_rejected_on_their_record(spine: Spine, tmp_path: Path) -> None:
    def record(symbol: str, shares: str, notional: str = "2.5E+3") -> str:
        return (
            '{"weekStartDate": "2025-12-22", "tierIdentifier": "T1", "summaryTypeCode": "ATS_W_SMBL_FIRM",'
            f' "issueSymbolIdentifier": "{symbol}", "MPID": "NITE", "totalWeeklyShareQuantity": {shares},'
            f' "totalWeeklyTradeCount": 1, "totalNotionalSum": {notional}}}'
        )

    lines = [
        record("AAPL", "1000"),
        record("TSLA", HUGE),
        record("NVDA", "5", notional="1E+100000000"),
        record("META", "-" + HUGE),
        record("MSFT", "1.2E7", notional="1.5e-3"),
    ]
    for name, text in (("lines.jsonl", "\n".join(lines) + "\n"), ("array.json", "[" + ",".join(lines) + "]")):
        with Spine(tmp_path / f"{name}.db") as db:
            result = ingest(db, write_file(tmp_path / name, text))
            assert result.ok, result.error
            assert [(r[0], r[3]) for r in rejects(db.conn)] == [
                (2, "PARSE_ERROR"),
                (3, "PARSE_ERROR"),
                (4, "PARSE_ERROR"),
            ]
            stored = db.conn.execute(
                "SELECT symbol, total_shares, total_notional_sum FROM otc_raw ORDER BY symbol"
            )
            assert [tuple(r) for r in stored] == [
                ("AAPL", 1000, oracle.plain_decimal("2.5E+3")),
                ("MSFT", 12_000_000, oracle.plain_decimal("1.5e-3")),
            ]


# --------------------------------------------------------------------------------------------
# Identity: two different lines never become one record; no line is dropped without a trace


CSV_HEADER = "WeekEnding,Tier,Symbol,MPID,TotalShares,TotalTrades"


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (("A|B", "C"), ("A", "B|C")),  # a delimiter moved across the field boundary
        (("A|B|C", "D"), ("A", "B|C|D")),
        (("AB|", "CD"), ("AB", "|CD")),
        (("X", "~123"), ("X", "")),  # an MPID that looks like a non-ATS venue slot (see below)
    ],
)
def test_quoted_delimiters_never_merge_two_lines(
    spine: Spine, tmp_path: Path, first: tuple[str, str], second: tuple[str, str]
) -> None:
    lines = [CSV_HEADER] + [f'{WEEK},{TIER},"{s}","{m}",7,1' for s, m in (first, second)]
    result = ingest(spine, write_file(tmp_path / "week.csv", "\n".join(lines) + "\n"))
    assert result.ok, result.error
    assert (result.metrics["inserted"], result.metrics["duplicate_lines"]) == (2, 0)
    hashes = {
        r[0]: r[1]
        for r in spine.conn.execute("SELECT source_line, record_hash FROM otc_raw ORDER BY source_line")
    }
    assert hashes == {
        2: oracle.record_identity_hash(WEEK, TIER, first[0].upper(), first[1].upper(), 7, 1),
        3: oracle.record_identity_hash(WEEK, TIER, second[0].upper(), second[1].upper(), 7, 1),
    }
    assert normalize(spine).ok
    assert count(spine.conn, "SELECT COUNT(*) FROM otc_rejects WHERE stage = 'NORMALIZE'") == 2


def test_valid_records_keep_the_spec_hash(spine: Spine, tmp_path: Path) -> None:
    lines = [row("AAPL", "NITE", 1000, 10), row("BRK.B", "A1B2", 5, 1), row("BF-A", "CITD", 0, 0)]
    assert ingest(spine, seed_file(tmp_path, *lines)).ok
    stored = {tuple(r) for r in spine.conn.execute("SELECT symbol, mpid, record_hash FROM otc_raw")}
    assert stored == {
        (s, m, oracle.record_hash(WEEK, TIER, s, m, sh, tr))
        for s, m, sh, tr in [("AAPL", "NITE", 1000, 10), ("BRK.B", "A1B2", 5, 1), ("BF-A", "CITD", 0, 0)]
    }


API_CRD_HEADER = (
    "weekStartDate,tierIdentifier,summaryTypeCode,issueSymbolIdentifier,MPID,firmCRDNumber,"
    "marketParticipantName,totalWeeklyShareQuantity,totalWeeklyTradeCount"
)


def test_non_ats_venue_slots_never_merge_with_other_venues(spine: Spine, tmp_path: Path) -> None:
    # (MPID, CRD, name): each line is a different venue of the same symbol with the same numbers.
    venues = [
        ("", "123", ""),  # non-ATS firm by CRD: SPEC's "~123"
        ("~123", "", ""),  # an (invalid) MPID written "~123"
        ("", "", "123"),  # a firm known only by a name that reads like a CRD
        ("", "", "De Minimis Firms"),  # SPEC's "~De Minimis Firms"
        ("", "", "A|B"),  # a name holding the delimiter
        ("", "", ""),  # nothing at all: SPEC's "~"
    ]
    lines = [f'2025-12-22,T1,OTC_W_SMBL_FIRM,ZZZZ,{m},{c},"{n}",50,2' for m, c, n in venues]
    result = ingest(spine, write_file(tmp_path / "api.csv", "\n".join([API_CRD_HEADER, *lines]) + "\n"))
    assert result.ok, result.error
    assert (result.metrics["inserted"], result.metrics["duplicate_lines"]) == (len(venues), 0)
    hashes = [r[0] for r in spine.conn.execute("SELECT record_hash FROM otc_raw ORDER BY source_line")]
    assert hashes == [
        oracle.record_identity_hash(WEEK, TIER, "ZZZZ", m, 50, 2, crd=c or None, name=n or None)
        for m, c, n in venues
    ]
    # Rows a 0.1.0 database holds keep their hash: SPEC §6's text with "~" + CRD or name.
    assert hashes[0] == oracle.record_hash(WEEK, TIER, "ZZZZ", "~123", 50, 2)
    assert hashes[3] == oracle.record_hash(WEEK, TIER, "ZZZZ", "~De Minimis Firms", 50, 2)
    assert hashes[5] == oracle.record_hash(WEEK, TIER, "ZZZZ", "~", 50, 2)


def test_every_line_has_a_row_or_a_reject(spine: Spine, tmp_path: Path) -> None:
    """Whatever the lines hold, each data line is a record, a duplicate of one, or a reject."""
    lines = [
        CSV_HEADER,
        f'{WEEK},{TIER},"A|B",C,7,1',
        f'{WEEK},{TIER},A,"B|C",7,1',
        f'{WEEK},{TIER},"A,B",C,7,1',
        f'{WEEK},{TIER},A,"B,C",7,1',
        f'{WEEK},{TIER},"unclosed,C,7,1',
        f"{WEEK},{TIER},AAPL,NITE,7,1",
        f"{WEEK},{TIER},aapl,nite,7,1",
        f"{WEEK},{TIER},m\u017fft,NITE,7,1",
        f"{WEEK},{TIER},MSFT,NITE,7,1",
        f"{WEEK},{TIER},MSFT,NITE,{HUGE},1",
    ]
    result = ingest(spine, write_file(tmp_path / "week.csv", "\n".join(lines) + "\n"))
    assert result.ok, result.error
    m = result.metrics
    assert m["lines"] == len(lines) - 1
    assert (m["inserted"], m["duplicate_lines"], m["rejected"]) == (7, 1, 2)
    assert m["inserted"] + m["duplicate_lines"] + m["rejected"] == m["lines"]


# --------------------------------------------------------------------------------------------
# Symbols, MPIDs, tiers and grains are ASCII before they are case-folded

LOOKALIKES = [
    ("m\u017fft", "NITE"),  # long s: upper() gives MSFT
    ("\ufb01x", "NITE"),  # fi ligature: upper() gives FIX
    ("\u0131bm", "NITE"),  # dotless i: upper() gives IBM
    ("AAPL", "n\u0131te"),  # an MPID that would fold to NITE
    ("AAPL", "\ufb01rm"),  # an MPID that would fold to FIRM
    ("\uff21\uff22", "NITE"),  # full-width letters
]


@pytest.mark.parametrize(("symbol", "mpid"), LOOKALIKES)
def test_lookalike_letters_are_rejects_not_other_symbols(
    spine: Spine, tmp_path: Path, symbol: str, mpid: str
) -> None:
    line = row(symbol, mpid, 5, 1)
    load(spine, seed_file(tmp_path, GOOD_1, line))
    expected = "INVALID_SYMBOL" if oracle.symbol(symbol) is None else "INVALID_MPID"
    assert oracle.mpid(mpid) is None or oracle.symbol(symbol) is None
    [(number, raw, stage, code, detail)] = rejects(spine.conn)
    assert (number, raw, stage, code) == (3, line, "NORMALIZE", expected)
    assert (symbol if expected == "INVALID_SYMBOL" else mpid) in detail
    assert volumes(spine.conn) == [("AAPL", "NITE", 1000, 10, "100.00")]


@pytest.mark.parametrize("tier", ["NMS T\u0131er 1", "t\u0131", "\uff34\uff11"])
def test_lookalike_tiers_are_invalid(spine: Spine, tmp_path: Path, tier: str) -> None:
    result = ingest(spine, seed_file(tmp_path, GOOD_1, row("AAPL", "CITD", 5, 1, tier=tier)))
    assert result.ok, result.error
    assert [r[3] for r in rejects(spine.conn)] == ["INVALID_TIER"]


def test_lookalike_summary_type_is_not_venue_data(spine: Spine, tmp_path: Path) -> None:
    header = API_HEADER
    lines = [api_line("AAPL"), api_line("MSFT").replace("ATS_W_SMBL_FIRM", "ats_w_smbl_f\u0131rm")]
    result = ingest(spine, write_file(tmp_path / "api.psv", "\n".join([header, *lines]) + "\n"))
    assert result.ok, result.error
    assert (result.metrics["inserted"], result.metrics["ignored"]) == (1, 1)


HEADERS_NAMING_A_COLUMN_TWICE = {
    "TotalShares and Total Shares": "WeekEnding|Tier|Symbol|MPID|TotalShares|Total Shares|TotalTrades",
    "MPID and mpid": "WeekEnding|Tier|Symbol|MPID|mpid|TotalShares|TotalTrades",
    "Symbol and SYMBOL": "WeekEnding|Tier|Symbol|SYMBOL|MPID|TotalShares|TotalTrades",
    "week_ending and WeekEnding": "week_ending|WeekEnding|Tier|Symbol|MPID|TotalShares|TotalTrades",
    "comma, quoted twice": 'WeekEnding,Tier,Symbol,MPID,TotalShares,"total shares",TotalTrades',
}


@pytest.mark.parametrize("case", list(HEADERS_NAMING_A_COLUMN_TWICE))
def test_header_naming_a_column_twice_is_refused(spine: Spine, tmp_path: Path, case: str) -> None:
    header = HEADERS_NAMING_A_COLUMN_TWICE[case]
    sep = "," if "," in header else "|"
    data = sep.join([WEEK, TIER, "AAPL", "NITE", "1", "2", "3"])
    assert_refused(
        ingest(spine, write_file(tmp_path / "week.txt", f"{header}\n{data}\n")), "names one column twice"
    )
    assert_week_untouched(spine.conn)


def test_json_record_naming_a_column_twice(spine: Spine, tmp_path: Path) -> None:
    def record(symbol: str, extra: str = "") -> str:
        return (
            '{"weekStartDate": "2025-12-22", "tierIdentifier": "T1", "issueSymbolIdentifier": "'
            + symbol
            + '", "MPID": "NITE", '
            + extra
            + '"totalWeeklyShareQuantity": 5, "totalWeeklyTradeCount": 1}'
        )

    good, same_key, folded = (
        record("AAPL"),
        record("MSFT", '"MPID": "CITD", '),
        record("TSLA", '"mpid": "CITD", '),
    )
    result = ingest(spine, write_file(tmp_path / "week.jsonl", "\n".join([good, same_key, folded]) + "\n"))
    assert result.ok, result.error
    assert [(r[0], r[3]) for r in rejects(spine.conn)] == [(2, "PARSE_ERROR"), (3, "PARSE_ERROR")]
    assert ["twice" in r[4] for r in rejects(spine.conn)] == [True, True]
    # As the first record, the same problem leaves no layout to read: the file is refused.
    with Spine(tmp_path / "first.db") as other:
        result = ingest(other, write_file(tmp_path / "first.jsonl", "\n".join([same_key, good]) + "\n"))
        assert_refused(result, "twice")
