"""Quality checks: each a named verdict on one week's data, stored per (week, tier, pipeline, check).

`RULES` is the one list of checks: each one's category and the status it takes when its condition
does not hold (its severity). A rerun replaces the run scope's checks, so a forced rerun never
accumulates them. Statuses rank by the ``otc_check_severity`` table in SQL and by
`CheckStatus.severity` in Python (a test keeps the two equal).
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from spine.core.db import utc_now
from spine.domains.otc.enums import CheckCategory, CheckStatus
from spine.domains.otc.finra.calendar import (
    first_publication,
    is_first_publication,
    latest_week_published,
)


@dataclass(frozen=True)
class Rule:
    """A check's fixed facts: its category and the status it takes when its condition fails."""

    category: CheckCategory
    failing: CheckStatus


_INTEGRITY, _COMPLETENESS, _BUSINESS = (
    CheckCategory.INTEGRITY,
    CheckCategory.COMPLETENESS,
    CheckCategory.BUSINESS_RULE,
)
RULES: dict[str, Rule] = {
    # otc.aggregate_week
    "no_negative_volumes": Rule(_INTEGRITY, CheckStatus.FAIL),
    "no_negative_trades": Rule(_INTEGRITY, CheckStatus.FAIL),
    "no_duplicate_natural_keys": Rule(_INTEGRITY, CheckStatus.FAIL),
    "market_share_sum_100": Rule(_BUSINESS, CheckStatus.WARN),
    "symbol_count_positive": Rule(_COMPLETENESS, CheckStatus.FAIL),
    "venue_count_positive": Rule(_COMPLETENESS, CheckStatus.FAIL),
    "venue_sum_matches_published_total": Rule(_BUSINESS, CheckStatus.WARN),
    "publication_date_matches_week": Rule(_BUSINESS, CheckStatus.WARN),
    # otc.compute_rolling_6w
    "rolling_window_complete": Rule(_COMPLETENESS, CheckStatus.WARN),
    "no_zero_rolling_volume": Rule(_INTEGRITY, CheckStatus.WARN),
}


@dataclass(frozen=True)
class Check:
    name: str
    category: CheckCategory
    status: CheckStatus
    value: str
    expected: str
    tolerance: str | None = None
    message: str = ""


def verdict(
    name: str, ok: bool, value: str, expected: str, message: str, tolerance: str | None = None
) -> Check:
    """The check ``name`` (one of `RULES`): PASS when ``ok``, else its rule's failing status."""
    rule = RULES[name]
    status = CheckStatus.PASS if ok else rule.failing
    return Check(name, rule.category, status, value, expected, tolerance, message)


def count_check(name: str, bad: int, what: str) -> Check:
    """PASS when no row is bad."""
    return verdict(name, bad == 0, str(bad), "0", f"no {what}" if bad == 0 else f"{bad} {what}")


def positive_check(name: str, count: int, what: str) -> Check:
    message = f"{count} {what}" if count else f"no {what}: the week has no accepted rows"
    return verdict(name, count > 0, str(count), "> 0", message)


def share_sum_check(shares: list[str]) -> Check:
    """The stored 4-place shares must add up to 100 within 0.1 (rounding leaves a few ten-thousandths)."""
    total = sum((Decimal(s) for s in shares), Decimal("0.0000"))
    tolerance = Decimal("0.1")
    return verdict(
        "market_share_sum_100",
        abs(total - 100) <= tolerance,
        f"{total:.4f}",
        "100.0000",
        f"venue shares sum to {total:.4f}",
        str(tolerance),
    )


def publication_check(tier: str, week: date, published: list[date]) -> Check:
    """``publication_date_matches_week`` for a website download given ``week``, dated ``published``.

    A FINRA website download has no week column, only the ``lastUpdateDate`` FINRA published it on,
    which betrays a file given the wrong week (SPEC §13). Each date of the file is judged: the week's
    first publication date (SPEC §12, with or without the holiday shift) passes; so does a later date
    that is no week's first publication (a restatement). A later week's first publication date, or a
    date before the week was published, warns and names the week the file fits: the newest week first
    published by that date.
    """
    expected = first_publication(tier, week)
    failing = [(d, message) for d in sorted(set(published)) if (message := _misfit(tier, week, d))]
    shown = ", ".join(str(d) for d in sorted(set(published)))
    if failing:
        return verdict("publication_date_matches_week", False, shown, str(expected), failing[0][1])
    message = f"lastUpdateDate {shown} fits week {week} (first published {expected})"
    return verdict("publication_date_matches_week", True, shown, str(expected), message)


def _misfit(tier: str, week: date, published: date) -> str | None:
    """Why a file dated ``published`` does not hold week ``week``; None when it may."""
    expected = first_publication(tier, week)
    if is_first_publication(tier, week, published):
        return None
    fits = latest_week_published(tier, published)
    if published > expected and not is_first_publication(tier, fits, published):
        return None  # after the first publication, on no publication day: a restatement
    if published > expected:
        return (
            f"lastUpdateDate {published} is the first publication date of week {fits}, not of week"
            f" {week} (first published {expected}): the file fits week {fits}"
        )
    return (
        f"lastUpdateDate {published} is before week {week}'s first publication ({expected}):"
        f" the file fits week {fits}"
    )


_INSERT = """
INSERT INTO otc_quality_checks (week_ending, tier, pipeline_name, check_name, check_category, status,
    check_value, expected_value, tolerance, message, execution_id, batch_id, checked_at)
VALUES (:week_ending, :tier, :pipeline_name, :check_name, :check_category, :status, :check_value,
    :expected_value, :tolerance, :message, :execution_id, :batch_id, :checked_at)
"""


def replace_checks(
    conn: sqlite3.Connection,
    week_ending: str,
    tier: str,
    pipeline_name: str,
    checks: list[Check],
    execution_id: int,
    batch_id: int | None,
) -> None:
    scope = {"week_ending": week_ending, "tier": tier, "pipeline_name": pipeline_name}
    conn.execute(
        "DELETE FROM otc_quality_checks"
        " WHERE week_ending = :week_ending AND tier = :tier AND pipeline_name = :pipeline_name",
        scope,
    )
    lineage = {**scope, "execution_id": execution_id, "batch_id": batch_id, "checked_at": utc_now()}
    conn.executemany(
        _INSERT,
        [
            {
                **lineage,
                "check_name": c.name,
                "check_category": c.category.value,
                "status": c.status.value,
                "check_value": c.value,
                "expected_value": c.expected,
                "tolerance": c.tolerance,
                "message": c.message,
            }
            for c in checks
        ],
    )


def worst_status_sql(week_ending: str, tier: str) -> str:
    """SQL for the worst status among a week's checks, ranked by the severity table (NULL: none yet).

    ``week_ending`` and ``tier`` are fixed SQL terms (named parameters or an outer query's columns),
    never user text: the one ranking serves both a single week and a correlated subquery.
    """
    return f"""
SELECT w.status FROM otc_check_severity w
WHERE w.severity = (SELECT MAX(s.severity)
                    FROM otc_quality_checks q JOIN otc_check_severity s ON s.status = q.status
                    WHERE q.week_ending = {week_ending} AND q.tier = {tier})
"""  # noqa: S608 (fixed SQL terms; values are bound)


WORST_STATUS_SQL = worst_status_sql(":week_ending", ":tier")


def worst_status(conn: sqlite3.Connection, week_ending: str, tier: str) -> CheckStatus | None:
    """The worst status among the week's checks; None when it has none."""
    row = conn.execute(WORST_STATUS_SQL, {"week_ending": week_ending, "tier": tier}).fetchone()
    return CheckStatus(row[0]) if row else None
