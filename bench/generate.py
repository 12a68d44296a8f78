"""Deterministic generator of realistic weekly FINRA OTC transparency "website download" files.

Why synthetic data: the benchmark must run offline, at any size, and give the same bytes every time
so that numbers from different machines and commits compare. Why this model: the product's costs
depend on the *shape* of the data (how many symbols, how many venues per symbol, how the pairs carry
over from one week to the next for rolling windows), so the generator reproduces that shape rather
than uniform noise.

The model, for one (rows, tier, seed):

* a symbol universe of about ``rows / 25`` unique tickers with Zipf-like popularity;
* 40-60 venues (MPIDs) with Zipf-like popularity;
* a *pool* of (symbol, venue) pairs about 20 % larger than ``rows``: each symbol trades on a skewed
  number of venues (the most popular on nearly all of them, the tail on a few), drawn by venue
  popularity;
* every week exactly ``rows`` pairs of the pool are present: each pair has a fixed strength plus a
  noise term redrawn every few weeks (at a pair-specific phase), and the strongest ``rows`` pairs
  are written, so a few % of pairs churn week to week while the bulk stays stable;
* share volumes are log-normal around a per-pair level that drifts smoothly (per-symbol and
  per-venue sinusoids plus a market factor) with a little weekly noise; trades are
  ``max(1, shares // average trade size)`` with a log-normal average trade size.

Every random draw comes from a ``random.Random`` seeded with a string naming what it is for (the
universe, one churn epoch, one week), so any week can be generated on its own, in any order, and the
weeks of a range still agree with each other. The same arguments give byte-identical files on the
same platform (floating point ``exp``/``log`` come from the C library).

Command line::

    python bench/generate.py OUT_DIR --rows 200000 --weeks 6 --end-week 2025-12-26
"""

from __future__ import annotations

import argparse
import math
import random
import sys
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from pathlib import Path

HEADER = (
    "tierDescription|issueSymbolIdentifier|issueName|marketParticipantName|MPID|"
    "totalWeeklyShareQuantity|totalWeeklyTradeCount|lastUpdateDate"
)


@dataclass(frozen=True)
class TierProfile:
    """How a tier's files differ: label, publication lag and the scale of its volumes."""

    description: str
    update_lag_days: int  # FINRA publishes Tier 1 two weeks after the week, the others four weeks
    top_symbol_shares: float  # expected weekly ATS shares of the most popular symbol
    median_trade_size: float  # shares per trade at a typical venue
    famous_symbols: bool  # whether the head of the universe uses real large-cap tickers


TIERS: dict[str, TierProfile] = {
    "NMS_TIER_1": TierProfile("NMS Tier 1", 17, 1.5e8, 160.0, True),
    "NMS_TIER_2": TierProfile("NMS Tier 2", 31, 2.0e7, 260.0, False),
    "OTC": TierProfile("OTC", 31, 6.0e8, 4000.0, False),
}

# Shape parameters, chosen so a week looks like a real file and churn is a few % (see module doc).
SYMBOLS_PER_ROW = 1 / 25  # universe size as a fraction of the weekly row target
POOL_SPARE = 0.2  # the pair pool is this much larger than one week's rows
SYMBOL_ZIPF = 0.9  # popularity of the symbol of rank r is r ** -SYMBOL_ZIPF
VENUE_ZIPF = 0.8
VENUE_COUNT_SKEW = 0.6  # venues per symbol grow as popularity ** this (clamped to all venues)
CHURN_EPOCH_WEEKS = 4  # a pair's membership noise is redrawn every this many weeks
CHURN_NOISE = 1.2  # weight of the membership noise against the pair's (standardised) strength
WEEKLY_NOISE = 0.12  # sigma of log shares, week to week, per pair
MAX_SYMBOLS = 1_000_000  # far below the 12 million possible tickers, so drawing stays quick
_EPOCH_FRIDAY = date(1970, 1, 2)  # week numbers count Fridays from here

# Real large-cap tickers for the head of an NMS Tier 1 universe, so the top of a file looks familiar.
_FAMOUS: tuple[tuple[str, str], ...] = (
    ("AAPL", "Apple Inc. Common Stock"),
    ("TSLA", "Tesla, Inc. Common Stock"),
    ("NVDA", "NVIDIA Corporation Common Stock"),
    ("SPY", "SPDR S&P 500 ETF Trust"),
    ("AMZN", "Amazon.com, Inc. Common Stock"),
    ("AMD", "Advanced Micro Devices, Inc. Common Stock"),
    ("MSFT", "Microsoft Corporation Common Stock"),
    ("QQQ", "Invesco QQQ Trust, Series 1"),
    ("PLTR", "Palantir Technologies Inc. Class A Common Stock"),
    ("META", "Meta Platforms, Inc. Class A Common Stock"),
    ("F", "Ford Motor Company Common Stock"),
    ("INTC", "Intel Corporation Common Stock"),
    ("BAC", "Bank of America Corporation Common Stock"),
    ("GOOGL", "Alphabet Inc. Class A Common Stock"),
    ("SOFI", "SoFi Technologies, Inc. Common Stock"),
    ("T", "AT&T Inc. Common Stock"),
)

# Venues that appear in real files, then synthetic ones up to the drawn venue count.
_KNOWN_VENUES: tuple[tuple[str, str], ...] = (
    ("NITE", "VIRTU AMERICAS LLC"),
    ("UBSA", "UBS SECURITIES LLC"),
    ("INCR", "INTELLIGENT CROSS LLC"),
    ("JPMX", "J.P. MORGAN SECURITIES LLC"),
    ("SGMT", "GOLDMAN SACHS & CO. LLC"),
    ("MSPL", "MORGAN STANLEY & CO. LLC"),
    ("EBXL", "LEVEL ATS"),
    ("CXCX", "CITIGROUP GLOBAL MARKETS INC."),
    ("IATS", "INTERACTIVE BROKERS LLC"),
    ("BIDS", "BIDS TRADING L.P."),
    ("LATS", "BARCLAYS CAPITAL INC."),
    ("MLIX", "BOFA SECURITIES, INC."),
    ("ICBX", "INSTINET, LLC"),
    ("DBAX", "DEUTSCHE BANK SECURITIES INC."),
    ("PDQX", "PDQ ATS, INC."),
)

_NAME_WORDS: tuple[str, ...] = (
    "Acme", "Apex", "Atlas", "Beacon", "Blue", "Cedar", "Crest", "Delta", "Eagle", "Ember",
    "Falcon", "Frontier", "Global", "Granite", "Harbor", "Horizon", "Iron", "Keystone", "Liberty",
    "Lumen", "Maple", "Meridian", "Nova", "Oak", "Orion", "Pacific", "Pinnacle", "Quantum",
    "Redwood", "Sierra", "Summit", "Sterling", "Titan", "Trident", "Union", "Vanguard", "Vertex",
    "Vista", "Westfield", "Zenith",
)  # fmt: skip
_NAME_SECTORS: tuple[str, ...] = (
    "Biotech", "Energy", "Systems", "Therapeutics", "Financial", "Realty", "Semiconductor",
    "Pharmaceuticals", "Networks", "Brands", "Resources", "Capital", "Technologies", "Mining",
    "Motors", "Foods", "Logistics", "Software", "Medical", "Bancorp", "Minerals", "Robotics",
)  # fmt: skip
_NAME_SUFFIXES: tuple[str, ...] = ("Inc.", "Corp.", "Ltd.", "Holdings, Inc.", "Group Inc.", "Co.")
_SECURITY_TYPES: tuple[tuple[str, float], ...] = (
    ("Common Stock", 0.72),
    ("Class A Common Stock", 0.1),
    ("Ordinary Shares", 0.07),
    ("American Depositary Shares", 0.06),
    ("ETF", 0.05),
)
_FIRM_WORDS: tuple[str, ...] = (
    "NORTHBRIDGE", "CLEARWATER", "STONEGATE", "HALCYON", "BLACKWOOD", "SILVERLINE", "ARCLIGHT",
    "KINGSLEY", "LAKESHORE", "MERIDIAN", "OSPREY", "PRESCOTT", "RIVERBEND", "SEABRIGHT", "TALLIS",
    "WHITEHALL", "ASHFORD", "BRIGHTON", "CALDER", "DUNMORE",
)  # fmt: skip
_FIRM_KINDS: tuple[str, ...] = (
    "CAPITAL MARKETS LLC", "SECURITIES LLC", "EXECUTION SERVICES LLC", "TRADING LLC", "ATS LLC",
    "CROSSING NETWORK INC.", "FINANCIAL SERVICES INC.",
)  # fmt: skip
_LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
_MPID_CHARS = _LETTERS + "0123456789"


@dataclass(frozen=True)
class Universe:
    """Everything about (rows, tier, seed) that does not change from week to week.

    Pairs are stored as parallel lists in file order (symbol, then MPID), so a week is a filter over
    the pool and needs no sort of its own.
    """

    symbols: list[str]
    issue_names: list[str]
    mpids: list[str]
    participant_names: list[str]
    pair_symbol: list[int]
    pair_venue: list[int]
    pair_log_shares: list[float]  # log of the pair's expected weekly shares
    pair_log_trade_size: list[float]
    pair_strength: list[float]  # standardised log_shares: strong pairs rarely churn out
    pair_phase: list[int]  # which week of the churn epoch the pair redraws its noise
    phase_members: list[list[int]]  # pairs per phase, in pool order
    symbol_drift: list[tuple[float, float, float, float, float, float]]  # two sinusoids
    venue_drift: list[tuple[float, float, float]]
    market_phase: float


def _week_number(week_ending: date) -> int:
    if week_ending.weekday() != 4:
        raise ValueError(f"week_ending {week_ending} is not a Friday")
    return (week_ending - _EPOCH_FRIDAY).days // 7


def _profile(tier: str) -> TierProfile:
    try:
        return TIERS[tier]
    except KeyError:
        raise ValueError(f"unknown tier {tier!r}; expected one of {', '.join(TIERS)}") from None


def _weighted_choice(rng: random.Random, options: tuple[tuple[str, float], ...]) -> str:
    pick = rng.random() * sum(weight for _, weight in options)
    for value, weight in options:
        pick -= weight
        if pick < 0:
            return value
    return options[-1][0]


def _draw_symbols(rng: random.Random, count: int, profile: TierProfile) -> list[tuple[str, str]]:
    """Unique tickers (a letter, then up to four more) with plausible issue names, by rank."""
    chosen: list[tuple[str, str]] = list(_FAMOUS[:count]) if profile.famous_symbols else []
    seen = {symbol for symbol, _ in chosen}
    # OTC tickers are mostly five letters (foreign ordinaries end in F, ADRs in Y); NMS mostly 3-4.
    lengths = (4, 5, 5) if profile.description == "OTC" else (1, 2, 3, 3, 3, 4, 4, 4, 4, 5)
    while len(chosen) < count:
        length = rng.choice(lengths)
        symbol = "".join(rng.choice(_LETTERS) for _ in range(length))
        if symbol in seen:
            continue
        seen.add(symbol)
        security = _weighted_choice(rng, _SECURITY_TYPES)
        name = f"{rng.choice(_NAME_WORDS)} {rng.choice(_NAME_SECTORS)}"
        if security == "ETF":
            name = f"{name} {rng.choice(('Select', 'Dividend', 'Growth', 'Income'))} ETF"
        else:
            name = f"{name} {rng.choice(_NAME_SUFFIXES)} {security}"
        chosen.append((symbol, name))
    return chosen


def _draw_venues(rng: random.Random, count: int) -> list[tuple[str, str]]:
    """``count`` venues: the known ones first, then synthetic unique MPIDs, in popularity order."""
    venues = list(_KNOWN_VENUES[:count])
    seen = {mpid for mpid, _ in venues}
    while len(venues) < count:
        mpid = rng.choice(_LETTERS) + "".join(rng.choice(_MPID_CHARS) for _ in range(3))
        if mpid in seen:
            continue
        seen.add(mpid)
        venues.append((mpid, f"{rng.choice(_FIRM_WORDS)} {rng.choice(_FIRM_KINDS)}"))
    rng.shuffle(venues)  # popularity rank is the position after the shuffle
    return venues


def _venue_counts(rng: random.Random, popularity: list[float], venues: int, total: int) -> list[int]:
    """How many venues each symbol trades on: skewed by popularity, summing exactly to ``total``.

    A bisection finds the scale at which the clamped counts sum to about ``total``; the remainder is
    then spread one by one over the symbols that still have room, most popular first.
    """
    desire = [p**VENUE_COUNT_SKEW * rng.lognormvariate(0.0, 0.5) for p in popularity]

    def counts_at(scale: float) -> list[int]:
        return [min(venues, max(1, round(scale * d))) for d in desire]

    low, high = 0.0, float(venues) / min(desire)
    for _ in range(60):
        mid = (low + high) / 2
        if sum(counts_at(mid)) < total:
            low = mid
        else:
            high = mid
    counts = counts_at(high)
    excess = sum(counts) - total
    step = -1 if excess > 0 else 1
    index = len(counts) - 1 if step < 0 else 0
    while excess != 0:
        value = counts[index] + step
        if 1 <= value <= venues:
            counts[index] = value
            excess += step
        index = (index - 1) % len(counts) if step < 0 else (index + 1) % len(counts)
    return counts


@lru_cache(maxsize=4)
def _universe(rows: int, tier: str, seed: int) -> Universe:
    """Build the static part of the model (cached: every week of a range shares it)."""
    profile = _profile(tier)
    rng = random.Random(f"universe|{seed}|{rows}|{tier}")
    n_venues = rng.randint(40, 60)
    pool_size = math.ceil(rows * (1 + POOL_SPARE))
    # Enough symbols for the pool to fit even if every symbol traded on at most ~80 % of venues.
    n_symbols = max(1, round(rows * SYMBOLS_PER_ROW), math.ceil(pool_size / (0.8 * n_venues)))
    if n_symbols > MAX_SYMBOLS:
        raise ValueError(f"rows={rows} needs more than {MAX_SYMBOLS} symbols")

    symbol_rows = _draw_symbols(rng, n_symbols, profile)
    venue_rows = _draw_venues(rng, n_venues)
    symbol_pop = [(rank + 1) ** -SYMBOL_ZIPF for rank in range(n_symbols)]
    venue_pop = [(rank + 1) ** -VENUE_ZIPF for rank in range(n_venues)]
    counts = _venue_counts(rng, symbol_pop, n_venues, pool_size)

    # Typical trade size differs by venue (block venues trade large) and a little by pair.
    venue_log_size = [rng.gauss(0.0, 0.6) for _ in range(n_venues)]
    venue_affinity = [rng.lognormvariate(0.0, 0.4) for _ in range(n_venues)]

    pairs: list[tuple[str, str, int, int, float, float]] = []
    for s, (symbol, _) in enumerate(symbol_rows):
        # Weighted sampling without replacement (Efraimidis-Spirakis keys): popular venues first.
        keys = sorted(
            ((math.log(1.0 - rng.random()) / venue_pop[v], v) for v in range(n_venues)),
            reverse=True,
        )
        chosen = [v for _, v in keys[: counts[s]]]
        symbol_total = profile.top_symbol_shares * symbol_pop[s] * rng.lognormvariate(0.0, 0.6)
        weights = [venue_pop[v] * venue_affinity[v] * rng.lognormvariate(0.0, 0.8) for v in chosen]
        weight_sum = sum(weights)
        for v, weight in zip(chosen, weights, strict=True):
            log_shares = math.log(max(symbol_total * weight / weight_sum, 1.0))
            log_size = math.log(profile.median_trade_size) + venue_log_size[v] + rng.gauss(0, 0.3)
            pairs.append((symbol, venue_rows[v][0], s, v, log_shares, log_size))
    pairs.sort(key=lambda pair: (pair[0], pair[1]))

    log_shares = [pair[4] for pair in pairs]
    mean = sum(log_shares) / len(log_shares)
    spread = math.sqrt(sum((x - mean) ** 2 for x in log_shares) / len(log_shares)) or 1.0
    phases = [rng.randrange(CHURN_EPOCH_WEEKS) for _ in pairs]
    phase_members: list[list[int]] = [[] for _ in range(CHURN_EPOCH_WEEKS)]
    for index, phase in enumerate(phases):
        phase_members[phase].append(index)

    def sinusoid(amplitude: float, low: float, high: float) -> tuple[float, float, float]:
        return (amplitude * rng.random(), 2 * math.pi / rng.uniform(low, high), rng.uniform(0, 7))

    return Universe(
        symbols=[symbol for symbol, _ in symbol_rows],
        issue_names=[name for _, name in symbol_rows],
        mpids=[mpid for mpid, _ in venue_rows],
        participant_names=[f"{mpid} {name}" for mpid, name in venue_rows],
        pair_symbol=[pair[2] for pair in pairs],
        pair_venue=[pair[3] for pair in pairs],
        pair_log_shares=log_shares,
        pair_log_trade_size=[pair[5] for pair in pairs],
        pair_strength=[(x - mean) / spread for x in log_shares],
        pair_phase=phases,
        phase_members=phase_members,
        symbol_drift=[sinusoid(0.15, 8, 30) + sinusoid(0.15, 26, 80) for _ in range(n_symbols)],
        venue_drift=[sinusoid(0.15, 10, 52) for _ in range(n_venues)],
        market_phase=rng.uniform(0, 7),
    )


def _present_pairs(universe: Universe, week: int, rows: int, tag: str) -> list[bool]:
    """Which pool pairs appear this week: the ``rows`` strongest after this epoch's noise.

    A pair's noise is drawn per (phase, epoch) from its own seeded stream, so it is the same in
    every week of the epoch whichever week is generated first; a quarter of the pairs redraw each
    week, which is what makes a few % of pairs come and go.
    """
    scores = universe.pair_strength.copy()
    for phase, members in enumerate(universe.phase_members):
        epoch = (week + phase) // CHURN_EPOCH_WEEKS
        rng = random.Random(f"churn|{tag}|{phase}|{epoch}")
        for index in members:
            scores[index] += CHURN_NOISE * rng.gauss(0.0, 1.0)
    ranked = sorted(range(len(scores)), key=scores.__getitem__, reverse=True)
    present = [False] * len(scores)
    for index in ranked[:rows]:
        present[index] = True
    return present


def generate_week(path: Path, week_ending: date, rows: int, tier: str = "NMS_TIER_1", seed: int = 7) -> None:
    """Write one week's file of exactly ``rows`` data lines (no duplicate symbol/MPID pairs).

    Lines are written one by one to a buffered file, so memory holds the model, never the text.
    """
    if rows < 1:
        raise ValueError("rows must be at least 1")
    profile = _profile(tier)
    week = _week_number(week_ending)
    universe = _universe(rows, tier, seed)
    tag = f"{seed}|{rows}|{tier}"
    present = _present_pairs(universe, week, rows, tag)

    rng = random.Random(f"week|{tag}|{week}")
    market = 0.08 * math.sin(2 * math.pi * week / 13 + universe.market_phase) + rng.gauss(0, 0.03)
    symbol_shift = [
        a1 * math.sin(f1 * week + p1) + a2 * math.sin(f2 * week + p2) + market
        for a1, f1, p1, a2, f2, p2 in universe.symbol_drift
    ]
    venue_shift = [a * math.sin(f * week + p) for a, f, p in universe.venue_drift]
    updated = (week_ending + timedelta(days=profile.update_lag_days)).isoformat()
    prefix = profile.description + "|"
    suffix = "|" + updated + "\n"
    symbol_text = [f"{s}|{n}|" for s, n in zip(universe.symbols, universe.issue_names, strict=True)]
    venue_text = [f"{n}|{m}|" for m, n in zip(universe.mpids, universe.participant_names, strict=True)]

    gauss = rng.gauss
    exp = math.exp
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="ascii", newline="\n", buffering=1 << 20) as out:
        out.write(HEADER + "\n")
        for index, is_present in enumerate(present):
            if not is_present:
                continue
            s = universe.pair_symbol[index]
            v = universe.pair_venue[index]
            log_shares = (
                universe.pair_log_shares[index] + symbol_shift[s] + venue_shift[v] + gauss(0.0, WEEKLY_NOISE)
            )
            shares = max(1, round(exp(log_shares)))
            trade_size = exp(universe.pair_log_trade_size[index] + gauss(0.0, 0.05))
            trades = max(1, int(shares // trade_size))
            out.write(f"{prefix}{symbol_text[s]}{venue_text[v]}{shares}|{trades}{suffix}")


def week_endings(end_week: date, weeks: int) -> list[date]:
    """``weeks`` consecutive Fridays, oldest first, the last being ``end_week``."""
    _week_number(end_week)
    return [end_week - timedelta(weeks=back) for back in range(weeks - 1, -1, -1)]


def generate_weeks(
    folder: Path,
    end_week: date,
    weeks: int,
    rows: int,
    tier: str = "NMS_TIER_1",
    seed: int = 7,
    file_pattern: str = "week_{week_ending}.psv",
) -> list[Path]:
    """Write ``weeks`` consecutive weekly files ending at ``end_week``; return their paths, oldest first.

    Each file is exactly what ``generate_week`` writes for its week, so a range and a single week
    agree byte for byte.
    """
    paths: list[Path] = []
    for week_ending in week_endings(end_week, weeks):
        path = folder / file_pattern.format(week_ending=week_ending.isoformat())
        generate_week(path, week_ending, rows, tier=tier, seed=seed)
        paths.append(path)
    return paths


def main(argv: list[str] | None = None) -> int:
    """Command line: write a range of weekly files and list them."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out_dir", type=Path, help="folder to write the files into")
    parser.add_argument("--rows", type=int, default=200_000, help="data lines per week")
    parser.add_argument("--weeks", type=int, default=6, help="number of consecutive weeks")
    parser.add_argument("--end-week", type=date.fromisoformat, default=date(2025, 12, 26), help="last Friday")
    parser.add_argument("--tier", choices=sorted(TIERS), default="NMS_TIER_1")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--pattern", default="week_{week_ending}.psv", help="file name, with {week_ending}")
    args = parser.parse_args(argv)
    try:
        paths = generate_weeks(
            args.out_dir,
            args.end_week,
            args.weeks,
            args.rows,
            tier=args.tier,
            seed=args.seed,
            file_pattern=args.pattern,
        )
    except ValueError as exc:
        parser.error(str(exc))
    for path in paths:
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
