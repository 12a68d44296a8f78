"""A small multi-week, two-tier history in FINRA's website layout, with names, for the view tests.

Built once per test process (it is only read): NMS Tier 1 and OTC for three weeks each. Venue DDDD
first trades in the second week; CCCC's published name changes in the second week; one issue name
starts with "=" (a formula to a spreadsheet) and one holds an escape character (a terminal control).
"""

from __future__ import annotations

from pathlib import Path

from spine.api import Spine
from tests import oracle

T1, OTC = "NMS_TIER_1", "OTC"
WEEKS = {T1: ["2025-11-28", "2025-12-05", "2025-12-12"], OTC: ["2025-11-28", "2025-12-05", "2025-12-12"]}
VENUE_NAMES = {
    "AAAA": "ALPHA ATS",
    "BBBB": "BRAVO CROSSING NETWORK FOR INSTITUTIONAL BLOCK ORDERS LLC",
    "CCCC": "CHARLIE ATS",
    "DDDD": "DELTA ATS",
}
OLD_NAMES = {"CCCC": "CHARLIE OLD ATS"}  # the first week's name of CCCC
ISSUE_NAMES = {
    "ALFA": "Alfa Corporation Common Stock",
    "BRVO": "=1+2 Bravo Holdings",
    "CHRL": "Charlie\x1b[31m Industries",
    "OTCX": "Otcx Mining Ltd Ordinary Shares (Canada)",
}
# (symbol, mpid) -> shares in the first week; later weeks grow by the venue's GROWTH (percent a
# week); DDDD trades from the second week on.
GROWTH = {"AAAA": 10, "BBBB": -5, "CCCC": 2, "DDDD": 30}
BASE = {
    T1: {
        ("ALFA", "AAAA"): 1_200_000,
        ("ALFA", "BBBB"): 950_000,
        ("ALFA", "CCCC"): 310_000,
        ("BRVO", "AAAA"): 45_000,
        ("BRVO", "CCCC"): 1_500_000,
        ("BRVO", "DDDD"): 88_000,
        ("CHRL", "BBBB"): 7_400,
    },
    OTC: {("OTCX", "AAAA"): 52_000, ("OTCX", "CCCC"): 12_345_678},
}
TIER_TEXT = {T1: "NMS Tier 1", OTC: "OTC"}
HEADER = (
    "tierDescription|issueSymbolIdentifier|issueName|marketParticipantName|MPID|"
    "totalWeeklyShareQuantity|totalWeeklyTradeCount|lastUpdateDate"
)


def records(tier: str, index: int) -> list[oracle.Record]:
    """The accepted (symbol, mpid, shares, trades) of the tier's week number ``index`` (0 first)."""
    out = []
    for (symbol, mpid), shares in BASE[tier].items():
        if mpid == "DDDD" and index == 0:
            continue
        volume = shares * (100 + GROWTH[mpid] * index) // 100
        out.append((symbol, mpid, volume, volume // 1000 + 3))
    return out


def history(tier: str) -> oracle.History:
    return {week: records(tier, i) for i, week in enumerate(WEEKS[tier])}


def _lines(tier: str, index: int) -> list[str]:
    week = WEEKS[tier][index]
    published = f"{week[:8]}28" if week.endswith("12") else "2025-12-30"
    lines = [HEADER]
    for symbol, mpid, shares, trades in records(tier, index):
        venue = (OLD_NAMES if index == 0 else VENUE_NAMES).get(mpid, VENUE_NAMES[mpid])
        fields = [TIER_TEXT[tier], symbol, ISSUE_NAMES[symbol], f"{mpid} {venue}", mpid, shares, trades]
        lines.append("|".join(str(f) for f in [*fields, published]))
    return lines


def build(folder: Path) -> Path:
    """The history's database in ``folder`` (files written there too)."""
    db = folder / "history.db"
    with Spine(db) as spine:
        for tier, weeks in WEEKS.items():
            source = folder / tier
            source.mkdir()
            for index, week in enumerate(weeks):
                (source / f"week_{week}.psv").write_text("\n".join(_lines(tier, index)) + "\n")
            result = spine.run(
                "otc.backfill_range",
                tier=tier,
                source_dir=str(source),
                start_week=weeks[0],
                end_week=weeks[-1],
            )
            assert result.ok and result.metrics["weeks_failed"] == 0, result.metrics
            for week in weeks:  # every week's snapshot (a backfill of 0.1 took the newest only)
                taken = spine.run("otc.research_snapshot_week", tier=tier, week_ending=week)
                assert taken.ok, taken.error
    return db
