"""The tests' independent oracle: what the product should store, computed a second, simple way.

Every function here is written from the SPEC's words with the standard library only (``fractions``
for exact ratios, ``hashlib``, ``re``); none of the product's parser, validators or calculation code is
imported, so a test that compares the product's figures with these is a real cross-check. Keep each
function obviously correct rather than fast.

Sections: rounding and ratios; rolling (SPEC §7.4); identity (SPEC §6); per-week figures over venue
records. Teams append their own section at the end, under a heading comment naming it.
"""

from __future__ import annotations

import datetime
import hashlib
import math
import re
from collections.abc import Iterable, Sequence
from fractions import Fraction
from pathlib import Path

# -- rounding and ratios ------------------------------------------------------------------------


def half_up(value: Fraction | int, places: int) -> str:
    """``value`` rounded half away from zero (ROUND_HALF_UP) to ``places``, as fixed-place text."""
    exact = Fraction(value)
    units = math.floor(abs(exact) * 10**places + Fraction(1, 2))
    sign = "-" if exact < 0 and units else ""
    if places == 0:
        return f"{sign}{units}"
    digits = str(units).rjust(places + 1, "0")
    return f"{sign}{digits[:-places]}.{digits[-places:]}"


def ratio(numerator: int, denominator: int, places: int) -> str:
    """numerator / denominator, half up to ``places``; zero (``0.00``) when the denominator is 0."""
    if denominator == 0:
        return half_up(0, places)
    return half_up(Fraction(numerator, denominator), places)


def pct(part: int, whole: int, places: int = 4) -> str:
    """part / whole * 100, half up to ``places`` (market and trade shares: 4); zero when whole is 0."""
    if whole == 0:
        return half_up(0, places)
    return half_up(Fraction(part * 100, whole), places)


def avg_trade_size(shares: int, trades: int) -> str:
    """shares / trades, 2 places half up; ``0.00`` when there were no trades (SPEC §7.2)."""
    return ratio(shares, trades, 2)


def floor_avg(total: int, count: int) -> int:
    """A sum floor-divided by the number of weeks (the 6-week averages)."""
    return total // count


# -- rolling (SPEC §7.4) --------------------------------------------------------------------------

TREND_THRESHOLD = 5  # percent, compared with the rounded trend


def trend_pct(first: Fraction | int, last: Fraction | int) -> str:
    """(last - first) / first * 100, 2 places half up; first = 0: 100.00 if last > 0 else 0.00."""
    if first == 0:
        return "100.00" if last > 0 else "0.00"
    return half_up((Fraction(last) - Fraction(first)) / Fraction(first) * 100, 2)


def trend(volumes: Sequence[int]) -> tuple[str, str]:
    """(direction, trend_pct) of a symbol's weekly volumes, oldest first, over the weeks that count.

    Fewer than two weeks: FLAT 0.00; two: last against first; three to six: the mean of the last two
    against the mean of the first two. The direction reads the rounded value.
    """
    if len(volumes) < 2:
        return "FLAT", "0.00"
    if len(volumes) == 2:
        first, last = Fraction(volumes[0]), Fraction(volumes[1])
    else:
        first = Fraction(volumes[0] + volumes[1], 2)
        last = Fraction(volumes[-2] + volumes[-1], 2)
    value = trend_pct(first, last)
    rounded = Fraction(value)
    if rounded > TREND_THRESHOLD:
        return "UP", value
    if rounded < -TREND_THRESHOLD:
        return "DOWN", value
    return "FLAT", value


# -- identity (SPEC §6) ---------------------------------------------------------------------------

# Written out again on purpose (not imported from the product).
SYMBOL_RE = re.compile(r"[A-Z][A-Z0-9.\-]{0,9}")
MPID_RE = re.compile(r"[A-Z0-9]{4}")


def _ascii_upper(value: str) -> str | None:
    """Trimmed and upper-cased, or None when the text is not ASCII (checked before case folding)."""
    text = value.strip()
    if not text.isascii():
        return None
    return text.upper()


def symbol(value: str) -> str | None:
    """The normalized symbol, or None when ``value`` is not one (a long s or a dotless i is not ASCII)."""
    text = _ascii_upper(value)
    return text if text is not None and SYMBOL_RE.fullmatch(text) else None


def mpid(value: str) -> str | None:
    """The normalized MPID, or None when ``value`` is not exactly 4 ASCII letters or digits."""
    text = _ascii_upper(value)
    return text if text is not None and MPID_RE.fullmatch(text) else None


def record_hash(week: str, tier: str, symbol: str, mpid: str, shares: int, trades: int) -> str:
    """The first 32 hex characters of SHA-256 over ``week|tier|symbol|mpid|shares|trades``."""
    text = f"{week}|{tier}|{symbol}|{mpid}|{shares}|{trades}"
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:32]


def sha256_text(text: str) -> str:
    """SHA-256 of a text's UTF-8 bytes (a file written from that text)."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


# -- per-week figures over accepted venue records ------------------------------------------------

# (symbol, mpid, shares, trades), already normalized and accepted.
Record = tuple[str, str, int, int]


def symbol_summary(records: Iterable[Record]) -> dict[str, tuple[int, int, int, str]]:
    """symbol -> (total_volume, total_trades, venue_count, avg_trade_size)."""
    totals: dict[str, list[int]] = {}
    for sym, _mpid, shares, trades in records:
        row = totals.setdefault(sym, [0, 0, 0])
        row[0] += shares
        row[1] += trades
        row[2] += 1
    return {s: (v, t, n, avg_trade_size(v, t)) for s, (v, t, n) in totals.items()}


def venue_shares(records: Iterable[Record]) -> dict[str, tuple[int, int, str]]:
    """mpid -> (total_volume, total_trades, market_share_pct of the tier-week's volume)."""
    rows = list(records)
    week_volume = sum(shares for _s, _m, shares, _t in rows)
    totals: dict[str, list[int]] = {}
    for _sym, venue, shares, trades in rows:
        row = totals.setdefault(venue, [0, 0])
        row[0] += shares
        row[1] += trades
    return {m: (v, t, pct(v, week_volume)) for m, (v, t) in totals.items()}


# -- research-grade figures (SPEC §13) ----------------------------------------------------------


def rolling_zero_filled(weekly: dict[str, tuple[int, int]], loaded: Sequence[str]) -> dict[str, int | str]:
    """A symbol's rolling row over the window's loaded weeks (oldest first), from its own weekly
    (volume, trades); a loaded week without a row counts 0 shares and 0 trades (SPEC §13)."""
    volumes = [weekly.get(week, (0, 0))[0] for week in loaded]
    trades = [weekly.get(week, (0, 0))[1] for week in loaded]
    direction, value = trend(volumes)
    base = volumes[0] if len(volumes) < 3 else math.floor(Fraction(volumes[0] + volumes[1], 2))
    return {
        "avg_6w_volume": floor_avg(sum(volumes), len(loaded)),
        "avg_6w_trades": floor_avg(sum(trades), len(loaded)),
        "weeks_in_window": len(loaded),
        "weeks_traded": sum(1 for week in loaded if week in weekly),
        "is_complete_window": int(len(loaded) == 6),
        "trend_direction": direction,
        "trend_pct": value,
        "trend_base_volume": base,
    }


def hhi(volumes: Iterable[int]) -> str:
    """Sum over venues of (volume share in %)^2, 0..10,000, 2 places half up; 0.00 with no volume."""
    values = list(volumes)
    total = sum(values)
    if total == 0:
        return half_up(0, 2)
    return half_up(sum((Fraction(v * 100, total) ** 2 for v in values), Fraction(0)), 2)


def ats_share_of_otc(ats: int, non_ats: int | None) -> str | None:
    """ATS / (ATS + non-ATS) volume x 100, 4 places; None when the week has no non-ATS data."""
    return None if non_ats is None else pct(ats, ats + non_ats)


# -- FINRA Query API (the client and its archive) ---------------------------------------------------

_FINRA_TIERS = {"T1": "T1", "NMS Tier 1": "T1", "T2": "T2", "NMS Tier 2": "T2", "OTCE": "OTCE", "OTC": "OTCE"}


def finra_monday(week_ending: str) -> str:
    """FINRA's weekStartDate of a week ending on a Friday: the Monday four days before."""
    return (datetime.date.fromisoformat(week_ending) - datetime.timedelta(days=4)).isoformat()


def finra_week_rows(
    rows: Iterable[dict[str, object]], tier_code: str, week_ending: str
) -> list[dict[str, object]]:
    """The rows of one tier-week, in the order served (tier from tierIdentifier, else tierDescription)."""
    monday = finra_monday(week_ending)
    return [
        row
        for row in rows
        if row.get("weekStartDate") == monday
        and _FINRA_TIERS.get(str(row.get("tierIdentifier") or row.get("tierDescription"))) == tier_code
    ]


# -- inputs: identity of lines a '|' would make ambiguous, exact decimals (issue 14) ---------------


def record_identity_hash(
    week: str,
    tier: str,
    symbol: str,
    mpid: str,
    shares: int,
    trades: int,
    crd: str | None = None,
    name: str | None = None,
) -> str:
    """A raw record's hash, whatever its fields hold.

    The venue is the MPID, else ``~`` + the firm CRD (digits), else ``~`` + the firm's name. SPEC §6's
    text is hashed when splitting it on ``|`` gives back this one record; otherwise the hash is over
    the JSON array ``[week, tier, symbol, mpid, crd, name, shares, trades]`` of the identifying parts.
    """
    if mpid:
        slot: str | None = mpid if not mpid.startswith("~") else None
        crd = name = None
    elif crd:
        slot = "~" + crd if re.fullmatch(r"[0-9]+", crd) else None
        name = None
    elif name:
        slot = None if re.fullmatch(r"[0-9]+", name) else "~" + name
    else:
        slot = "~"
    if slot is not None and "|" not in symbol + slot:
        return record_hash(week, tier, symbol, slot, shares, trades)
    parts = [week, tier, symbol, mpid, crd, name, shares, trades]
    text = "[" + ", ".join(
        "null" if p is None else str(p) if isinstance(p, int) else _json_str(p) for p in parts
    )
    return hashlib.sha256((text + "]").encode("utf-8")).hexdigest()[:32]


def _json_str(text: str) -> str:
    """A JSON string with every non-ASCII character escaped (what json.dumps writes by default)."""
    out = ['"']
    for char in text:
        code = ord(char)
        if char in '"\\':
            out.append("\\" + char)
        elif 0x20 <= code < 0x7F:
            out.append(char)
        elif char in "\n\r\t\b\f":
            out.append({"\n": "\\n", "\r": "\\r", "\t": "\\t", "\b": "\\b", "\f": "\\f"}[char])
        elif code > 0xFFFF:
            high, low = divmod(code - 0x10000, 0x400)
            out.append(f"\\u{0xD800 + high:04x}\\u{0xDC00 + low:04x}")
        else:
            out.append(f"\\u{code:04x}")
    return "".join(out) + '"'


def plain_decimal(text: str) -> str:
    """``2.4731E+8`` -> ``247310000``, ``1.5e-3`` -> ``0.0015``: the exact value written without an
    exponent, by moving the decimal point in the digits (no arithmetic)."""
    mantissa, _, exponent = text.strip().upper().partition("E")
    sign = "-" if mantissa.startswith("-") else ""
    mantissa = mantissa.lstrip("+-")
    whole, _, fraction = mantissa.partition(".")
    digits, point = whole + fraction, len(whole) + int(exponent or 0)
    if point <= 0:
        digits, point = "0" * (1 - point) + digits, 1
    digits = digits.ljust(point, "0")
    result = digits[:point].lstrip("0") or "0"
    if digits[point:]:
        result += "." + digits[point:]
    return sign + result


def sha256_bytes(data: bytes) -> str:
    """SHA-256 of a file's bytes as stored."""
    return hashlib.sha256(data).hexdigest()


# -- sync: what a synced week must hold, from the rows FINRA served ---------------------------------


def finra_accepted_records(rows: Iterable[dict[str, object]]) -> list[Record]:
    """A tier-week's accepted ATS venue records from FINRA's rows (SPEC §6, §11, §13).

    Venue rows are ``ATS_W_SMBL_FIRM``; other grains (symbol and venue totals, non-ATS firms) are not
    venue volumes. A row is accepted with a valid symbol and MPID and counts that are not negative;
    a second row for the same (symbol, MPID) is a duplicate and the first wins.
    """
    accepted: dict[tuple[str, str], Record] = {}
    for row in rows:
        if row.get("summaryTypeCode") != "ATS_W_SMBL_FIRM":
            continue
        sym, venue = symbol(str(row.get("issueSymbolIdentifier") or "")), mpid(str(row.get("MPID") or ""))
        shares, trades = int(str(row["totalWeeklyShareQuantity"])), int(str(row["totalWeeklyTradeCount"]))
        if sym is None or venue is None or shares < 0 or trades < 0:
            continue
        accepted.setdefault((sym, venue), (sym, venue, shares, trades))
    return sorted(accepted.values())


def finra_week_ending(monday: str) -> str:
    """The product's week ending (the Friday) of FINRA's weekStartDate (the Monday)."""
    return (datetime.date.fromisoformat(monday) + datetime.timedelta(days=4)).isoformat()


def sha256_file(path: Path) -> str:
    """SHA-256 of a file's bytes."""
    return hashlib.sha256(path.read_bytes()).hexdigest()


# -- report (issue 11): what the report's tables should say ----------------------------------------


def tier_week(records: Iterable[Record]) -> tuple[int, int, int, int]:
    """(ATS volume, trades, symbols, venues) of one tier-week's accepted venue records."""
    rows = list(records)
    return (
        sum(r[2] for r in rows),
        sum(r[3] for r in rows),
        len({r[0] for r in rows}),
        len({r[1] for r in rows}),
    )


def symbol_venue_mix(records: Iterable[Record], symbol: str) -> dict[str, tuple[int, int, str]]:
    """mpid -> (shares, trades, share of the symbol's volume %) for one symbol in one week."""
    rows = [r for r in records if r[0] == symbol]
    whole = sum(r[2] for r in rows)
    return {m: (v, t, pct(v, whole)) for _s, m, v, t in rows}


def top_venue(records: Iterable[Record], symbol: str) -> tuple[str, str]:
    """The symbol's top venue and its share of the symbol's volume (%, 4 places): the most shares,
    ties to the alphabetically first MPID."""
    rows = [r for r in records if r[0] == symbol]
    best = min(rows, key=lambda r: (-r[2], r[1]))
    return best[1], pct(best[2], sum(r[2] for r in rows))


def top_symbols(records: Iterable[Record], limit: int) -> list[tuple[str, int, int, int, str]]:
    """The ``limit`` largest symbols by volume (ties by symbol): (symbol, volume, trades, venues, size)."""
    summary = symbol_summary(records)
    ranked = sorted(summary.items(), key=lambda item: (-item[1][0], item[0]))[:limit]
    return [(s, v, t, n, size) for s, (v, t, n, size) in ranked]


def capture_diff(before: Iterable[Record], after: Iterable[Record]) -> tuple[int, int, int, int, int]:
    """(venue rows added, removed, changed, shares before, shares after) between two file contents."""
    old = {(s, m): (v, t) for s, m, v, t in before}
    new = {(s, m): (v, t) for s, m, v, t in after}
    changed = sum(1 for key in old.keys() & new.keys() if old[key] != new[key])
    return (
        len(new.keys() - old.keys()),
        len(old.keys() - new.keys()),
        changed,
        sum(v for v, _t in old.values()),
        sum(v for v, _t in new.values()),
    )


# -- views (history views, names, CSV formula rule) ------------------------------------------------

# week -> the tier-week's accepted records; weeks absent from the dict are not loaded.
History = dict[str, list[Record]]


def _friday_before(week: str) -> str:
    return (datetime.date.fromisoformat(week) - datetime.timedelta(days=7)).isoformat()


def shares_rows(history: History, weeks: Sequence[str]) -> list[tuple[object, ...]]:
    """Long-format venue shares over ``weeks``, oldest first, rank 1 = largest volume (ties: MPID):
    (week, mpid, volume, trades, market_share_pct, trade_share_pct, rank, share_change_pp or None).
    The change is this week's rounded share minus last week's (0 when the venue was absent from a
    loaded week; None when last week is not loaded)."""
    out: list[tuple[object, ...]] = []
    for week in weeks:
        rows = history[week]
        volume = sum(r[2] for r in rows)
        trades = sum(r[3] for r in rows)
        venues: dict[str, list[int]] = {}
        for _sym, venue, shares, count in rows:
            venues.setdefault(venue, [0, 0])
            venues[venue][0] += shares
            venues[venue][1] += count
        before = _friday_before(week)
        previous = venue_shares(history[before]) if before in history else None
        ranked = sorted(venues.items(), key=lambda item: (-item[1][0], item[0]))
        for rank, (venue, (v, t)) in enumerate(ranked, start=1):
            share = pct(v, volume)
            change = None
            if previous is not None:
                old = previous[venue][2] if venue in previous else "0"
                change = half_up(Fraction(share) - Fraction(old), 4)
            out.append((week, venue, v, t, share, pct(t, trades), rank, change))
    return out


def symbol_rows(history: History, symbol: str) -> list[tuple[object, ...]]:
    """One symbol's venues week by week, oldest first, largest first within a week:
    (week, mpid, shares, trades, share of the symbol's week volume, rank, symbol volume)."""
    out: list[tuple[object, ...]] = []
    for week in sorted(history):
        rows = [r for r in history[week] if r[0] == symbol]
        volume = sum(r[2] for r in rows)
        ranked = sorted(rows, key=lambda r: (-r[2], r[1]))
        for rank, (_sym, venue, shares, trades) in enumerate(ranked, start=1):
            out.append((week, venue, shares, trades, pct(shares, volume), rank, volume))
    return out


def newest_names(names_by_week: dict[str, dict[str, str]]) -> dict[str, str]:
    """key -> the name of the newest week that names it (symbols or MPIDs)."""
    found: dict[str, str] = {}
    for week in sorted(names_by_week, reverse=True):
        for key, name in names_by_week[week].items():
            found.setdefault(key, name)
    return found


def csv_text(value: str) -> str:
    """The CSV formula rule for text: a leading apostrophe before = + - @ (tab, CR), except a plain
    decimal number such as -12 or -0.5, which stays a number."""
    if value[:1] in ("=", "+", "-", "@", "\t", "\r") and not re.fullmatch(r"-\d+(\.\d+)?", value):
        return "'" + value
    return value


def venue_league(
    records: Iterable[Record], previous: Iterable[Record]
) -> list[tuple[int, int | None, str, str, str]]:
    """A week's venues by volume (ties: MPID): (rank, rank the week before, mpid, share %, change in
    points against the week before, where a venue absent then had 0 %)."""
    now, before = venue_shares(records), venue_shares(previous)

    def ranked(shares: dict[str, tuple[int, int, str]]) -> list[str]:
        return sorted(shares, key=lambda m: (-shares[m][0], m))

    before_rank = {m: i for i, m in enumerate(ranked(before), start=1)}
    result = []
    for rank, mpid in enumerate(ranked(now), start=1):
        share = now[mpid][2]
        was = before[mpid][2] if mpid in before else "0.0000"
        change = Fraction(share.replace(".", "")) - Fraction(was.replace(".", ""))
        sign = "+" if change >= 0 else "-"
        result.append((rank, before_rank.get(mpid), mpid, share, sign + half_up(abs(change) / 10_000, 4)))
    return result
