"""The archive of fetches: every week read from FINRA, kept as the file ingest loads.

Each fetch is one gzip-compressed JSON Lines file, ``<folder>/<TIER>/<week_ending>_<sha16>.jsonl.gz``,
one row per line as FINRA sent it (keys sorted, no spaces, numbers with FINRA's digits). The bytes depend
on the rows only (gzip header without name or time), so fetching an unchanged week again gives the same
file, and the name's SHA-256 prefix makes a restated week a second file beside the first. A file is
written whole: a temporary file in the same folder, flushed to disk, then renamed.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import os
import tempfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # the client (and httpx) load only when a run fetches
    from spine.domains.otc.finra.client import FetchedWeek

ARCHIVE_ENV = "SPINE_ARCHIVE"
SUFFIX = ".jsonl.gz"
_LINES_PER_WRITE = 2000
_GZIP_LEVEL = 6  # fixed: the same rows always compress to the same bytes


@dataclass(frozen=True)
class ArchivedWeek:
    """Where a fetch is kept; ``created`` is False when an identical file was already there."""

    path: Path
    sha256: str
    bytes: int
    created: bool


def archive_dir(db_path: Path, override: Path | None) -> Path:
    """The archive folder: ``override`` (``--archive``), else ``SPINE_ARCHIVE``, else
    ``<db stem>_archive`` beside the database. Nothing is created here."""
    if override is not None:
        return Path(override).expanduser()
    configured = os.environ.get(ARCHIVE_ENV)
    if configured:
        return Path(configured).expanduser()
    return db_path.parent / f"{db_path.stem}_archive"


def row_line(row: dict[str, Any]) -> str:
    """One row as a JSON line: keys sorted, compact, Decimal numbers written with their own digits."""
    return _flat_row(row) + "\n"


def write_week(folder: Path, fetched: FetchedWeek) -> ArchivedWeek:
    """Write a fetched week to the archive whole; an identical earlier file is kept instead."""
    week_dir = folder / fetched.tier
    week_dir.mkdir(parents=True, exist_ok=True)
    prefix = f".{fetched.week_ending.isoformat()}_"
    handle, temp_name = tempfile.mkstemp(prefix=prefix, suffix=".part", dir=week_dir)
    temp = Path(temp_name)
    try:
        with os.fdopen(handle, "wb") as raw:
            with gzip.GzipFile(filename="", mode="wb", fileobj=raw, compresslevel=_GZIP_LEVEL, mtime=0) as gz:
                for chunk in _chunks(fetched.rows):
                    gz.write(chunk)
            raw.flush()
            os.fsync(raw.fileno())
        sha256, size = _digest(temp)
        target = week_dir / f"{fetched.week_ending.isoformat()}_{sha256[:16]}{SUFFIX}"
        if target.exists() and _digest(target) == (sha256, size):
            temp.unlink()
            return ArchivedWeek(target, sha256, size, created=False)
        os.replace(temp, target)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    _sync_dir(week_dir)
    return ArchivedWeek(target, sha256, size, created=True)


def read_rows(path: Path) -> Iterator[dict[str, Any]]:
    """The rows of an archive file, numbers as ``Decimal`` where they have a fraction or exponent."""
    decoder = json.JSONDecoder(parse_float=Decimal)
    with gzip.open(path, "rt", encoding="utf-8") as lines:
        for line in lines:
            if line.strip():
                yield decoder.decode(line)


def _chunks(rows: Iterable[dict[str, Any]]) -> Iterator[bytes]:
    batch: list[str] = []
    for row in rows:
        batch.append(row_line(row))
        if len(batch) >= _LINES_PER_WRITE:
            yield "".join(batch).encode("utf-8")
            batch.clear()
    if batch:
        yield "".join(batch).encode("utf-8")


# Stands for a Decimal while the C encoder writes the rest of a row; a NUL never occurs in FINRA's text.
_MARK = "\x00decimal"
_MARK_JSON = json.dumps(_MARK)
_SIMPLE_TYPES = frozenset({str, int, bool, type(None)})
_ENCODER = json.JSONEncoder(sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False)


def _flat_row(row: dict[str, Any]) -> str:
    """The fast path for FINRA's flat rows (the C encoder does the work); anything else goes the slow,
    general way. Both give the same text."""
    if _SIMPLE_TYPES.issuperset(map(type, row.values())):
        return _ENCODER.encode(row)
    decimals: list[str] = []
    marked: dict[str, Any] = {}
    for key, value in row.items():
        if isinstance(value, Decimal):
            if not value.is_finite():
                raise ValueError(f"{value} cannot be written as JSON")
            marked[key] = _MARK
            decimals.append(key)
        elif _plain(key, value):
            marked[key] = value
        else:
            return _encode(row)
    pieces = _ENCODER.encode(marked).split(_MARK_JSON)
    values = [str(row[key]) for key in sorted(decimals)]
    return pieces[0] + "".join(value + piece for value, piece in zip(values, pieces[1:], strict=True))


def _plain(key: str, value: Any) -> bool:
    """A value the fast path writes as the slow one would (no nesting, no NUL that could pose as a mark)."""
    if isinstance(value, dict | list | tuple):
        return False
    return "\x00" not in key and not (isinstance(value, str) and "\x00" in value)


def _encode(value: Any) -> str:
    if isinstance(value, Decimal):
        if not value.is_finite():
            raise ValueError(f"{value} cannot be written as JSON")
        return str(value)
    if isinstance(value, dict):
        items = sorted((str(key), item) for key, item in value.items())
        return "{" + ",".join(f"{_dumps(key)}:{_encode(item)}" for key, item in items) + "}"
    if isinstance(value, list | tuple):
        return "[" + ",".join(_encode(item) for item in value) + "]"
    return _dumps(value)


def _dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, allow_nan=False)


def _digest(path: Path) -> tuple[str, int]:
    sha = hashlib.sha256()
    size = 0
    with path.open("rb") as handle:
        while block := handle.read(1 << 20):
            sha.update(block)
            size += len(block)
    return sha.hexdigest(), size


def _sync_dir(folder: Path) -> None:
    """Make the rename itself durable (where the platform allows opening a folder)."""
    try:
        descriptor = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(descriptor)
    except OSError:
        pass
    finally:
        os.close(descriptor)
