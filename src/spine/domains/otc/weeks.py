"""Weeks and file names: which Fridays a backfill covers and which file holds each week.

A ``file_pattern`` names a week's file with ``str.format`` fields: ``{week_ending}`` (the Friday) or
``{publication_date}`` (the day FINRA first publishes the week, from the one publication calendar,
`spine.domains.otc.finra.calendar`). A field may carry a date format, e.g.
``{publication_date:%Y%m%d}``; without one it is an ISO date. A format must name one day (a year, and
a month and a day of the month, or a day of the year), so that every week has its own file name and
every file name reads back into one week: ``{week_ending:%Y-%m}`` (every week of a month in one file),
nested fields (``{week_ending:{publication_date}}``), attribute or index access, conversions and other
fields are usage errors.
"""

from __future__ import annotations

import re
import string
from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path

from spine.core.errors import UsageError
from spine.domains.otc.finra.calendar import first_publication, latest_week_published

_ISO = "%Y-%m-%d"
# Directive -> the text it reads back (ASCII digits of a fixed width).
_DIRECTIVES = {"%Y": r"[0-9]{4}", "%m": r"[0-9]{2}", "%d": r"[0-9]{2}", "%y": r"[0-9]{2}", "%j": r"[0-9]{3}"}


def _publication_week(published: date, tier: str) -> date | None:
    """The week whose first publication falls on ``published``, if any."""
    week = latest_week_published(tier, published)
    return week if first_publication(tier, week) == published else None


# Field -> (the field's date for a week, the week a date read back stands for).
FIELDS: dict[str, tuple[Callable[[date, str], date], Callable[[date, str], date | None]]] = {
    "week_ending": (lambda week, _tier: week, lambda day, _tier: day if day.weekday() == 4 else None),
    "publication_date": (lambda week, tier: first_publication(tier, week), _publication_week),
}


def _refused(pattern: str, why: str) -> UsageError:
    return UsageError(f"parameter file_pattern={pattern!r}: {why}")


def _check_format(pattern: str, field: str, spec: str) -> None:
    """A field's date format must read back into exactly one day."""
    if "{" in spec or "}" in spec:
        raise _refused(pattern, f"{{{field}}} holds another field; fields cannot be nested")
    directives = re.findall(r"%.", spec)
    unknown = sorted({d for d in directives if d not in _DIRECTIVES})
    if unknown:
        raise _refused(
            pattern,
            f"a date field takes only %Y, %y, %m, %d and %j (so file names can be read back into weeks), "
            f"not {', '.join(unknown)}",
        )
    twice = sorted({d for d in directives if directives.count(d) > 1})
    has_year = "%Y" in directives or "%y" in directives
    has_day = ("%m" in directives and "%d" in directives) or "%j" in directives
    if twice or ("%Y" in directives and "%y" in directives) or not (has_year and has_day):
        raise _refused(
            pattern,
            f"the format of {{{field}}} must name one day, each part once: a year (%Y or %y) and a month "
            "and day (%m and %d) or a day of the year (%j); otherwise several weeks share one file name",
        )


def _pieces(pattern: str) -> list[tuple[str, str | None, str]]:
    try:
        parsed = list(string.Formatter().parse(pattern))
    except ValueError as exc:
        raise _refused(pattern, str(exc)) from None
    pieces = []
    for literal, field, spec, conversion in parsed:
        if field is not None and field not in FIELDS:
            raise _refused(
                pattern,
                f"unknown field {{{field}}}; accepted fields: " + ", ".join("{" + f + "}" for f in FIELDS),
            )
        if conversion:
            raise _refused(pattern, f"{{{field}!{conversion}}}: a field takes a date format, no conversion")
        if field is not None:
            _check_format(pattern, field, spec or _ISO)
        pieces.append((literal, field, spec or _ISO))
    if not any(field for _, field, _ in pieces):
        raise _refused(pattern, "names no week; use " + " or ".join("{" + f + "}" for f in FIELDS))
    return pieces


def validate_pattern(pattern: str) -> str:
    """Parameter hook: refuse a pattern that cannot name one file per week (a usage error)."""
    _pieces(pattern)
    if "/" in pattern or "\\" in pattern:
        raise _refused(pattern, "a file name pattern, not a path: put the folder in source_dir")
    return pattern


def file_for(source_dir: Path, pattern: str, week_ending: date, tier: str) -> Path:
    """The file that holds the tier's week under ``pattern``."""
    parts = []
    for literal, field, spec in _pieces(pattern):
        parts.append(literal)
        if field is not None:
            parts.append(FIELDS[field][0](week_ending, tier).strftime(spec))
    return source_dir / "".join(parts)


def week_from_name(name: str, pattern: str, tier: str) -> date | None:
    """The week a file name stands for under ``pattern``, or None when it does not match."""
    regex, fields = _pattern_regex(pattern)
    match = regex.fullmatch(name)
    if match is None:
        return None
    found = set()
    for group, (field, spec) in enumerate(fields, start=1):
        try:
            day = datetime.strptime(match.group(group), spec).date()
        except ValueError:
            return None
        week = FIELDS[field][1](day, tier)
        if week is None:
            return None
        found.add(week)
    return found.pop() if len(found) == 1 else None


def _pattern_regex(pattern: str) -> tuple[re.Pattern[str], list[tuple[str, str]]]:
    parts: list[str] = []
    fields: list[tuple[str, str]] = []
    for literal, field, spec in _pieces(pattern):
        parts.append(re.escape(literal))
        if field:
            fields.append((field, spec))
            parts.append("(" + _spec_regex(spec) + ")")
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
