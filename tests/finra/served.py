"""What the FINRA stand-in serves: Query API rows built from the seed fixtures and the real samples.

Rows carry FINRA's field names and JSON types (as recorded in ``../shared/realdata/api``): every
``weeklySummary`` row has every field, ``null`` where a grain has no value (a symbol total has no MPID,
a non-ATS row no MPID but a firm CRD). Numbers recorded from FINRA keep their text (``Raw``), so
E-notation reaches the client as FINRA writes it.

- ``seed_rows()``: the six seed weeks (NMS Tier 1) as ``ATS_W_SMBL_FIRM`` rows, with FINRA's per-symbol
  totals (``ATS_W_SMBL``, over the rows FINRA would publish: valid symbol, shares not negative), per-venue
  totals (``ATS_W_FIRM``, a grain ingest ignores) and non-ATS rows (``OTC_W_SMBL_FIRM``: one wholesaler
  and the "De Minimis Firms" bucket for AAPL and TSLA) with their totals (``OTC_W_SMBL``).
- ``realdata_otc_rows()``: the OTC-tier website samples of ``../shared/realdata`` as ``ATS_W_SMBL_FIRM``
  rows (week = publication Monday - 35 days + 4), with their ``ATS_W_SMBL`` totals.
- ``realdata_api_rows()``: the recorded 2022-2026 ``weeklySummary`` rows (T1, ``ATS_W_SMBL``, no
  ``tierIdentifier``: as recorded) verbatim.
"""

from __future__ import annotations

import copy
import csv
import json
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from tests.conftest import FIXTURES, REALDATA

TIER_CODES = {"NMS_TIER_1": "T1", "NMS_TIER_2": "T2", "OTC": "OTCE"}
TIER_DESCRIPTIONS = {"T1": "NMS Tier 1", "T2": "NMS Tier 2", "OTCE": "OTC"}
# FINRA's field order of a weeklySummary row.
FIELDS = (
    "issueSymbolIdentifier",
    "issueName",
    "firmCRDNumber",
    "MPID",
    "marketParticipantName",
    "tierIdentifier",
    "tierDescription",
    "summaryStartDate",
    "weekStartDate",
    "totalWeeklyShareQuantity",
    "totalWeeklyTradeCount",
    "totalNotionalSum",
    "productTypeCode",
    "summaryTypeCode",
    "initialPublishedDate",
    "lastUpdateDate",
    "lastReportedDate",
)
SEED_VENUES = {
    "NITE": (149823, "KNIGHTSBRIDGE CROSSING ATS"),
    "CITD": (116797, "CITADELLE CONNECT ATS"),
    "JANE": (103542, "JANUS STREET MATCH ATS"),
    "VIRT": (159044, "VIRTUOSO ALPHA ATS"),
    "BADV": (170022, "BAD VALUE TEST ATS"),
}
NON_ATS_FIRMS = ((7059, "HARBORVIEW WHOLESALE LLC", 2), (0, "De Minimis Firms", 50))
NON_ATS_SYMBOLS = ("AAPL", "TSLA")
REALDATA_OTC_FILES = (
    "spinecore_otc_weekly_otc_20251215_head300.psv",
    "spinecore_otc_3weeks_AABB_ABBNY_ADYEY_AFFU.psv",
    "spinecore_otc_weekly_otc_20251229_tail20.psv",
)
REALDATA_API_FILE = "api/weeklySummary_T1_ATS_W_SMBL_AAPL_BRKB_excerpt.jsonl"


class Raw(str):
    """A JSON number kept as FINRA wrote it (``1.4785138976572317E10``); written back unquoted."""


@dataclass
class FinraData:
    """The rows of ``weeklySummary`` and ``weeklySummaryHistoric``, and what discovery lists."""

    current: list[dict[str, Any]] = field(default_factory=list)
    historic: list[dict[str, Any]] = field(default_factory=list)
    # (weekStartDate, tierIdentifier, summaryTypeCode) listed by discovery although no dataset has rows
    listed_only: set[tuple[str, str, str]] = field(default_factory=set)

    def rows(self, dataset: str) -> list[dict[str, Any]]:
        return self.current if dataset == "weeklySummary" else self.historic

    def downloads(self) -> list[dict[str, Any]]:
        """``weeklyDownloadDetails`` rows: one per published week, tier and summary type."""
        listed = set(self.listed_only)
        for row in [*self.current, *self.historic]:
            summary = str(row.get("summaryTypeCode") or "ATS_W_SMBL").removesuffix("_FIRM")
            if summary in ("ATS_W_SMBL", "OTC_W_SMBL"):
                listed.add((row["weekStartDate"], row_tier(row), summary))
        return [
            {"weekStartDate": week, "tierIdentifier": tier, "summaryTypeCode": summary}
            for week, tier, summary in sorted(listed, reverse=True)
        ]

    def week_rows(self, tier: str, week_ending: str) -> list[dict[str, Any]]:
        """The rows FINRA holds for a tier-week (weeklySummary, or the historic set when it has none)."""
        monday, code = monday_of(week_ending), TIER_CODES.get(tier, tier)
        for rows in (self.current, self.historic):
            found = [r for r in rows if r["weekStartDate"] == monday and row_tier(r) == code]
            if found:
                return found
        return []

    def restated(self, tier: str, week_ending: str, symbol: str, mpid: str, shares: int) -> FinraData:
        """A copy in which FINRA revised one venue row of a week (its lastUpdateDate moves on a week)."""
        data = copy.deepcopy(self)
        monday, code = monday_of(week_ending), TIER_CODES.get(tier, tier)
        hits = [
            r
            for r in data.current
            if r["weekStartDate"] == monday
            and row_tier(r) == code
            and r["issueSymbolIdentifier"] == symbol
            and r["MPID"] == mpid
        ]
        if len(hits) != 1:
            raise ValueError(f"no single row {symbol}/{mpid} in {tier} {week_ending}")
        row = hits[0]
        row["totalWeeklyShareQuantity"] = shares
        row["lastUpdateDate"] = (date.fromisoformat(row["lastUpdateDate"]) + timedelta(days=7)).isoformat()
        return data


def row_tier(row: dict[str, Any]) -> str:
    if row.get("tierIdentifier"):
        return str(row["tierIdentifier"])
    by_description = {text: code for code, text in TIER_DESCRIPTIONS.items()}
    return by_description[str(row.get("tierDescription"))]


def monday_of(week_ending: str) -> str:
    return (date.fromisoformat(week_ending) - timedelta(days=4)).isoformat()


def _row(**values: Any) -> dict[str, Any]:
    return {name: values.get(name) for name in FIELDS}


def _week_fields(code: str, monday: date, published: date) -> dict[str, Any]:
    return {
        "tierIdentifier": code,
        "tierDescription": TIER_DESCRIPTIONS[code],
        "summaryStartDate": monday.isoformat(),
        "weekStartDate": monday.isoformat(),
        "initialPublishedDate": published.isoformat(),
        "lastUpdateDate": published.isoformat(),
        "lastReportedDate": (monday + timedelta(days=4)).isoformat(),
    }


def _published(symbol: str, shares: int) -> bool:
    """What FINRA itself would count in its per-symbol totals."""
    return bool(symbol) and symbol.replace(".", "").replace("-", "").isalnum() and shares >= 0


def _totals(rows: list[dict[str, Any]], summary: str, product: str) -> list[dict[str, Any]]:
    sums: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    first: dict[str, dict[str, Any]] = {}
    for row in rows:
        symbol, shares = row["issueSymbolIdentifier"], row["totalWeeklyShareQuantity"]
        if _published(symbol, shares):
            sums[symbol][0] += shares
            sums[symbol][1] += row["totalWeeklyTradeCount"]
            first.setdefault(symbol, row)
    return [
        _row(
            **{k: first[s][k] for k in FIELDS if k.endswith("Date") or k.startswith("tier")},
            issueSymbolIdentifier=s,
            issueName=first[s]["issueName"],
            totalWeeklyShareQuantity=shares,
            totalWeeklyTradeCount=trades,
            productTypeCode=product,
            summaryTypeCode=summary,
        )
        for s, (shares, trades) in sums.items()
    ]


def _venue_totals(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    sums: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    first: dict[str, dict[str, Any]] = {}
    for row in rows:
        sums[row["MPID"]][0] += row["totalWeeklyShareQuantity"]
        sums[row["MPID"]][1] += row["totalWeeklyTradeCount"]
        first.setdefault(row["MPID"], row)
    return [
        _row(
            **{k: first[m][k] for k in FIELDS if k.endswith("Date") or k.startswith("tier")},
            firmCRDNumber=first[m]["firmCRDNumber"],
            MPID=m,
            marketParticipantName=first[m]["marketParticipantName"],
            totalWeeklyShareQuantity=shares,
            totalWeeklyTradeCount=trades,
            summaryTypeCode="ATS_W_FIRM",
        )
        for m, (shares, trades) in sums.items()
    ]


def seed_rows(fixtures: Path = FIXTURES, *, non_ats: bool = True) -> list[dict[str, Any]]:
    """The seed weeks (NMS Tier 1) as FINRA's weeklySummary would serve them, all grains."""
    out: list[dict[str, Any]] = []
    for path in sorted(fixtures.glob("week_*.psv")):
        with path.open(encoding="utf-8", newline="") as handle:
            lines = list(csv.DictReader(handle, delimiter="|"))
        week_ending = date.fromisoformat(lines[0]["WeekEnding"])
        monday = week_ending - timedelta(days=4)
        common = _week_fields("T1", monday, monday + timedelta(days=21))
        venues = []
        for line in lines:
            crd, name = SEED_VENUES[line["MPID"]]
            venues.append(
                _row(
                    **common,
                    issueSymbolIdentifier=line["Symbol"],
                    issueName=f"{line['Symbol']} Common Stock",
                    firmCRDNumber=crd,
                    MPID=line["MPID"],
                    marketParticipantName=name,
                    totalWeeklyShareQuantity=int(line["TotalShares"]),
                    totalWeeklyTradeCount=int(line["TotalTrades"]),
                    productTypeCode="NMS",
                    summaryTypeCode="ATS_W_SMBL_FIRM",
                )
            )
        out += venues + _totals(venues, "ATS_W_SMBL", "NMS") + _venue_totals(venues)
        if non_ats:
            firms = _non_ats(venues, common)
            out += firms + _totals(firms, "OTC_W_SMBL", "NMS")
    return out


def _non_ats(venues: list[dict[str, Any]], common: dict[str, Any]) -> list[dict[str, Any]]:
    rows = []
    for symbol in NON_ATS_SYMBOLS:
        ats = [r for r in venues if r["issueSymbolIdentifier"] == symbol]
        shares = sum(r["totalWeeklyShareQuantity"] for r in ats)
        trades = sum(r["totalWeeklyTradeCount"] for r in ats)
        for crd, name, divisor in NON_ATS_FIRMS:
            rows.append(
                _row(
                    **common,
                    issueSymbolIdentifier=symbol,
                    issueName=f"{symbol} Common Stock",
                    firmCRDNumber=crd,
                    MPID=None,
                    marketParticipantName=name,
                    totalWeeklyShareQuantity=shares // divisor,
                    totalWeeklyTradeCount=trades // divisor,
                    productTypeCode="NMS",
                    summaryTypeCode="OTC_W_SMBL_FIRM",
                )
            )
    return rows


def realdata_otc_rows(realdata: Path = REALDATA) -> list[dict[str, Any]]:
    """The real OTC-tier website samples as weeklySummary rows (ATS venue rows and symbol totals)."""
    by_key: dict[tuple[str, str, str], dict[str, Any]] = {}
    for name in REALDATA_OTC_FILES:
        with (realdata / name).open(encoding="utf-8", newline="") as handle:
            for line in csv.DictReader(handle, delimiter="|"):
                published = date.fromisoformat(line["lastUpdateDate"])
                monday = published - timedelta(days=35)  # OTC: first published 35 days after the Monday
                venue = line["marketParticipantName"].removeprefix(line["MPID"] + " ")
                row = _row(
                    **_week_fields("OTCE", monday, published),
                    issueSymbolIdentifier=line["issueSymbolIdentifier"],
                    issueName=line["issueName"],
                    MPID=line["MPID"],
                    marketParticipantName=venue,
                    totalWeeklyShareQuantity=int(line["totalWeeklyShareQuantity"]),
                    totalWeeklyTradeCount=int(line["totalWeeklyTradeCount"]),
                    productTypeCode="OTC",
                    summaryTypeCode="ATS_W_SMBL_FIRM",
                )
                key = (row["weekStartDate"], row["issueSymbolIdentifier"], row["MPID"])
                if key in by_key and by_key[key] != row:
                    raise ValueError(f"real samples disagree on {key}")
                by_key[key] = row
    venues = list(by_key.values())
    out: list[dict[str, Any]] = []
    for monday in sorted({r["weekStartDate"] for r in venues}):
        week = [r for r in venues if r["weekStartDate"] == monday]
        out += week + _totals(week, "ATS_W_SMBL", "OTC")
    return out


def realdata_api_rows(realdata: Path = REALDATA) -> list[dict[str, Any]]:
    """FINRA's recorded weeklySummary rows, numbers kept as FINRA wrote them."""
    decoder = json.JSONDecoder(parse_float=Raw, parse_int=Raw)
    lines = (realdata / REALDATA_API_FILE).read_text(encoding="utf-8").splitlines()
    return [decoder.decode(line) for line in lines if line.strip()]


def default_data() -> FinraData:
    """The seed weeks (NMS Tier 1) and the real OTC samples, all in weeklySummary."""
    return FinraData(current=seed_rows() + realdata_otc_rows())


def encode_rows(rows: Iterable[dict[str, Any]]) -> list[bytes]:
    """Each row as FINRA's compact JSON (Raw numbers written as they came)."""
    return [_encode_row(row).encode("utf-8") for row in rows]


def _encode_row(row: dict[str, Any]) -> str:
    if not any(isinstance(value, Raw) for value in row.values()):
        return json.dumps(row, ensure_ascii=False, separators=(",", ":"))
    parts = []
    for key, value in row.items():
        text = str(value) if isinstance(value, Raw) else json.dumps(value, ensure_ascii=False)
        parts.append(f"{json.dumps(key)}:{text}")
    return "{" + ",".join(parts) + "}"
