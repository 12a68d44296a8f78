"""Weeks and file names: which Fridays a backfill covers and which file holds each week.

A ``file_pattern`` names a week's file with ``str.format`` fields: ``{week_ending}`` (the Friday),
``{week_start}`` (its Monday) or ``{publication_date}`` (the Monday FINRA first publishes the week:
week start + 21 days for NMS Tier 1, + 35 days for NMS Tier 2 and OTC). A field may carry a date
format, e.g. ``{publication_date:%Y%m%d}``; without one it is an ISO date.
"""

from __future__ import annotations

import re
import string
from datetime import date, datetime, timedelta
from pathlib import Path

from spine.core.errors import UsageError
from spine.domains.otc.enums import Tier

FIELDS = ("week_ending", "week_start", "publication_date")
_ISO = "%Y-%m-%d"
_DIRECTIVES = {"%Y": r"\d{4}", "%m": r"\d{2}", "%d": r"\d{2}", "%y": r"\d{2}", "%j": r"\d{3}"}


def publication_lag(tier: str) -> timedelta:
    """Days from the week's Friday to FINRA's first publication (a Monday)."""
    return timedelta(days=17 if tier == Tier.NMS_TIER_1.value else 31)


def date_fields(week_ending: date, tier: str) -> dict[str, date]:
    return {
        "week_ending": week_ending,
        "week_start": week_ending - timedelta(days=4),
        "publication_date": week_ending + publication_lag(tier),
    }


def _pieces(pattern: str) -> list[tuple[str, str | None, str]]:
    try:
        parsed = list(string.Formatter().parse(pattern))
    except ValueError as exc:
        raise UsageError(f"parameter file_pattern={pattern!r}: {exc}") from None
    pieces = []
    for literal, field, spec, conversion in parsed:
        if field is not None and field not in FIELDS:
            raise UsageError(
                f"parameter file_pattern={pattern!r}: unknown field {{{field}}}; "
                f"accepted fields: {', '.join('{' + f + '}' for f in FIELDS)}"
            )
        if conversion or "%" in re.sub(r"%[Yymdj]", "", spec or ""):
            raise UsageError(
                f"parameter file_pattern={pattern!r}: a date field takes only %Y, %y, %m, %d and %j "
                "(so file names can be read back into weeks)"
            )
        pieces.append((literal, field, spec or ""))
    if not any(field for _, field, _ in pieces):
        raise UsageError(
            f"parameter file_pattern={pattern!r} names no week; use one of "
            + ", ".join("{" + f + "}" for f in FIELDS)
        )
    return pieces


def validate_pattern(pattern: str) -> str:
    """Parameter hook: refuse a pattern that cannot name a week's file."""
    _pieces(pattern)
    if "/" in pattern or "\\" in pattern:
        raise ValueError("a file name pattern, not a path: put the folder in source_dir")
    return pattern


def file_for(source_dir: Path, pattern: str, week_ending: date, tier: str) -> Path:
    return source_dir / pattern.format(**date_fields(week_ending, tier))


def week_from_name(name: str, pattern: str, tier: str) -> date | None:
    """The week a file name stands for under ``pattern``, or None when it does not match."""
    regex, fields = _pattern_regex(pattern)
    match = regex.fullmatch(name)
    if match is None:
        return None
    weeks = set()
    for group, (field, spec) in enumerate(fields, start=1):
        try:
            day = datetime.strptime(match.group(group), spec or _ISO).date()
        except ValueError:
            return None
        if field == "week_start":
            day += timedelta(days=4)
        elif field == "publication_date":
            day -= publication_lag(tier)
        weeks.add(day)
    if len(weeks) != 1:
        return None
    week = weeks.pop()
    return week if week.weekday() == 4 else None


def _pattern_regex(pattern: str) -> tuple[re.Pattern[str], list[tuple[str, str]]]:
    parts: list[str] = []
    fields: list[tuple[str, str]] = []
    for literal, field, spec in _pieces(pattern):
        parts.append(re.escape(literal))
        if field:
            fields.append((field, spec))
            parts.append("(" + _spec_regex(spec or _ISO) + ")")
    return re.compile("".join(parts)), fields


def _spec_regex(spec: str) -> str:
    out, i = [], 0
    while i < len(spec):
        token = spec[i : i + 2]
        if token in _DIRECTIVES:
            out.append(_DIRECTIVES[token])
            i += 2
        else:
            out.append(re.escape(spec[i]))
            i += 1
    return "".join(out)


def latest_week_in(source_dir: Path, pattern: str, tier: str) -> date | None:
    """The latest week that has a file in ``source_dir`` (never today's date: files decide)."""
    weeks = [
        week
        for path in source_dir.iterdir()
        if path.is_file() and (week := week_from_name(path.name, pattern, tier)) is not None
    ]
    return max(weeks) if weeks else None


def weeks_ending(end_week: date, count: int) -> list[date]:
    return [end_week - timedelta(weeks=offset) for offset in range(count - 1, -1, -1)]


def weeks_between(start_week: date, end_week: date) -> list[date]:
    count = (end_week - start_week).days // 7 + 1
    return weeks_ending(end_week, count)
