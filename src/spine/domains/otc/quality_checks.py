"""Quality checks: each a named verdict on one week's data, stored per (week, tier, pipeline, check).

A rerun replaces the run scope's checks, so a forced rerun never accumulates them.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from decimal import Decimal

from spine.core.db import utc_now
from spine.domains.otc.enums import CheckCategory, CheckStatus


@dataclass(frozen=True)
class Check:
    name: str
    category: CheckCategory
    status: CheckStatus
    value: str
    expected: str
    tolerance: str | None = None
    message: str = ""


def count_check(name: str, category: CheckCategory, bad: int, fail: CheckStatus, what: str) -> Check:
    """PASS when no row is bad, else ``fail``."""
    status = CheckStatus.PASS if bad == 0 else fail
    message = f"no {what}" if bad == 0 else f"{bad} {what}"
    return Check(name, category, status, str(bad), "0", None, message)


def positive_check(name: str, count: int, what: str) -> Check:
    status = CheckStatus.PASS if count > 0 else CheckStatus.FAIL
    message = f"{count} {what}" if count else f"no {what}: the week has no accepted rows"
    return Check(name, CheckCategory.COMPLETENESS, status, str(count), "> 0", None, message)


def share_sum_check(shares: list[str]) -> Check:
    """The stored 4-place shares must add up to 100 within 0.1 (rounding leaves a few ten-thousandths)."""
    total = sum((Decimal(s) for s in shares), Decimal("0.0000"))
    tolerance = Decimal("0.1")
    ok = abs(total - 100) <= tolerance
    return Check(
        "market_share_sum_100",
        CheckCategory.BUSINESS_RULE,
        CheckStatus.PASS if ok else CheckStatus.WARN,
        f"{total:.4f}",
        "100.0000",
        str(tolerance),
        f"venue shares sum to {total:.4f}",
    )


def replace_checks(
    conn: sqlite3.Connection,
    week_ending: str,
    tier: str,
    pipeline_name: str,
    checks: list[Check],
    execution_id: int,
    batch_id: int | None,
) -> None:
    conn.execute(
        "DELETE FROM otc_quality_checks WHERE week_ending = ? AND tier = ? AND pipeline_name = ?",
        (week_ending, tier, pipeline_name),
    )
    now = utc_now()
    conn.executemany(
        "INSERT INTO otc_quality_checks (week_ending, tier, pipeline_name, check_name,"
        " check_category, status, check_value, expected_value, tolerance, message, execution_id,"
        " batch_id, checked_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            (
                week_ending,
                tier,
                pipeline_name,
                c.name,
                c.category.value,
                c.status.value,
                c.value,
                c.expected,
                c.tolerance,
                c.message,
                execution_id,
                batch_id,
                now,
            )
            for c in checks
        ],
    )


# The worst status among a week's checks; NULL when the week has none yet.
WORST_STATUS_SQL = """
SELECT CASE MAX(CASE status WHEN 'FAIL' THEN 2 WHEN 'WARN' THEN 1 ELSE 0 END)
         WHEN 2 THEN 'FAIL' WHEN 1 THEN 'WARN' WHEN 0 THEN 'PASS' END
FROM otc_quality_checks WHERE week_ending = ? AND tier = ?
"""


def worst_status(conn: sqlite3.Connection, week_ending: str, tier: str) -> CheckStatus | None:
    """The worst status among the week's checks; None when it has none."""
    row = conn.execute(WORST_STATUS_SQL, (week_ending, tier)).fetchone()
    return CheckStatus(row[0]) if row and row[0] else None
