"""The queries behind every look command, one module per view, returning typed rows.

Each view function takes a connection and a `WeekSpan` (which weeks) and returns `Rows`: dicts in a
stable column order whose figures are ``int`` and ``decimal.Decimal``. The CLI prints them, the library
returns them, `spine export` writes them; the report lays out the same rows.
"""

from spine.domains.otc.views.rows import Rows
from spine.domains.otc.views.weeks import WeekSpan, latest_week

__all__ = ["Rows", "WeekSpan", "latest_week"]
