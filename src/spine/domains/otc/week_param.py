"""The OTC domain's ``week`` parameter type: a week is named by its Friday (SPEC §2.5).

Registered with the platform when the domain is imported, so pipelines declare ``Param(..., "week")``
and every caller (CLI, library, tests) converts and refuses week values the same way.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from spine.core.params import converter, register_type

MIN_YEAR, MAX_YEAR = 1900, 2200  # weeks outside these years are a typo, and date arithmetic overflows


def to_week(value: Any) -> date:
    """A Friday between MIN_YEAR and MAX_YEAR; anything else raises ValueError saying why."""
    day: date = converter("date")(value)
    if not MIN_YEAR <= day.year <= MAX_YEAR:
        raise ValueError(f"{day.isoformat()} is outside {MIN_YEAR}..{MAX_YEAR}")
    if day.weekday() != 4:
        raise ValueError(f"{day.isoformat()} is a {day.strftime('%A')}; weeks end on a Friday")
    return day


register_type("week", to_week)
