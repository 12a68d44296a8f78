"""Datasette metadata for a spine database: titles, column descriptions with units, canned queries.

The canned queries answer the report's questions; where a report view has its SQL, the query is that SQL.
"""

from __future__ import annotations

from typing import Any

from spine.domains.otc.views.overview import TIER_WEEKS_SQL

SHARES = "shares"
_KEY = {
    "week_ending": "the Friday that ends the trading week (YYYY-MM-DD)",
    "tier": "NMS_TIER_1, NMS_TIER_2 or OTC",
    "symbol": "the issue's symbol, trimmed and upper-cased",
    "mpid": "the ATS venue's market participant id (4 characters)",
    "execution_id": "the run that wrote the row (executions table)",
    "batch_id": "the backfill the run belonged to, if any",
}

TABLES: dict[str, dict[str, Any]] = {
    "otc_venue_share": {
        "title": "Venue market shares, per week",
        "description": "Each ATS venue's volume and trades in a tier-week, and its shares of the tier's.",
        "columns": {
            "total_volume": "ATS volume (shares)",
            "total_trades": "trades (count)",
            "symbol_count": "symbols the venue traded (count)",
            "market_share_pct": "share of the tier-week's ATS volume (%, 4 places, exact)",
            "trade_share_pct": "share of the tier-week's ATS trades (%, 4 places, exact)",
            "avg_trade_size": "shares per trade (2 places)",
        },
    },
    "otc_venue_volume": {
        "title": "Venue volumes: one symbol on one venue in one week",
        "description": "The normalized venue records FINRA published (ATS volume only).",
        "columns": {
            "total_shares": "volume (shares)",
            "total_trades": "trades (count)",
            "avg_trade_size": "shares per trade (2 places)",
            "raw_record_hash": "the raw record it came from (otc_raw)",
        },
    },
    "otc_symbol_summary": {
        "title": "Symbol totals, per week",
        "description": "A symbol's ATS volume and trades over every venue of a tier-week.",
        "columns": {
            "total_volume": "ATS volume (shares)",
            "total_trades": "trades (count)",
            "venue_count": "venues that traded it (count)",
            "avg_trade_size": "shares per trade (2 places)",
        },
    },
    "otc_symbol_rolling_6w": {
        "title": "6-week rolling averages and trends",
        "description": "Per symbol and week: averages over the 6-week window ending then, and the trend.",
        "columns": {
            "avg_6w_volume": "average weekly volume over the window (shares, floor)",
            "avg_6w_trades": "average weekly trades over the window (count, floor)",
            "trend_direction": "UP above +5 %, DOWN below -5 %, else FLAT",
            "trend_pct": "last two weeks' mean against the first two's (%, 2 places)",
            "trend_base_volume": "the trend's base: mean weekly volume of its first period (shares)",
            "weeks_in_window": "loaded weeks of the window (1 to 6)",
            "weeks_traded": "weeks of the window the symbol traded in",
            "is_stale": "1 when a revision has since changed a week of the window",
        },
    },
    "otc_research_snapshot": {
        "title": "Research snapshot: one row per symbol and week",
        "description": "Totals, top venue and its share, venue concentration and rolling figures together.",
        "columns": {
            "total_volume": "ATS volume (shares)",
            "top_venue_share_pct": "the top venue's share of the symbol's volume (%, 4 places)",
            "venue_hhi": "Herfindahl-Hirschman index of the symbol's venue shares (0 to 10,000)",
            "non_ats_volume": "volume executed outside ATSs (shares)",
            "ats_share_of_otc_pct": "ATS volume / (ATS + non-ATS volume) (%, 4 places)",
        },
    },
    "otc_venue_concentration": {
        "title": "Venue concentration of a tier, per week",
        "description": "The Herfindahl-Hirschman index of the venues' shares of the tier's volume.",
        "columns": {"venue_hhi": "HHI, 0 (spread) to 10,000 (one venue), 2 places", "venue_count": "venues"},
    },
    "otc_captures": {
        "title": "Captures: every distinct file content loaded for a week",
        "description": "A week with more than one capture was restated; the last is its current data.",
        "columns": {
            "source_sha256": "SHA-256 of the file's bytes",
            "source_bytes": "file size (bytes)",
            "row_count_raw": "data lines read (count)",
            "row_count_inserted": "venue records stored (count)",
        },
    },
    "otc_week_manifest": {
        "title": "Week manifest: each week's stage, source and counts",
        "description": "Where a week's current data came from and how far it went through the pipelines.",
        "columns": {"source_sha256": "SHA-256 of the current file", "stage": "the last stage done"},
    },
    "otc_rejects": {
        "title": "Rejected lines",
        "description": "Every line ingest or normalize refused, with its reason and exact text.",
        "columns": {"reason_code": "why (see the README's reject codes)", "raw_line": "the line as written"},
    },
    "otc_quality_checks": {
        "title": "Quality checks",
        "description": "Each check a pipeline ran on a week: PASS, WARN or FAIL, with its values.",
        "columns": {},
    },
    "executions": {
        "title": "Runs",
        "description": "One row per pipeline run, whatever its outcome: the ids every data row points to.",
        "columns": {"duration_ms": "run time (milliseconds)", "params": "the run's parameters (JSON)"},
    },
}

QUERIES: dict[str, dict[str, Any]] = {
    "venue_shares_over_time": {
        "title": "Venue shares over time",
        "description": "Every venue's volume, trades and share of a tier's volume, week by week.",
        "sql": (
            "SELECT week_ending, mpid, total_volume, total_trades, market_share_pct FROM otc_venue_share\n"
            "WHERE tier = :tier ORDER BY week_ending, total_volume DESC, mpid"
        ),
    },
    "symbol_venues": {
        "title": "One symbol's venues, week by week",
        "description": "Where a symbol traded on ATSs each week, largest venue first.",
        "sql": (
            "SELECT v.week_ending, v.mpid, v.total_shares, v.total_trades, s.total_volume AS symbol_volume\n"
            "FROM otc_venue_volume v JOIN otc_symbol_summary s\n"
            "  ON s.week_ending = v.week_ending AND s.tier = v.tier AND s.symbol = v.symbol\n"
            "WHERE v.tier = :tier AND v.symbol = upper(:symbol)\n"
            "ORDER BY v.week_ending, v.total_shares DESC, v.mpid"
        ),
    },
    "restated_weeks": {
        "title": "Restated weeks",
        "description": "Weeks loaded from more than one file content (restated by FINRA), each capture.",
        "sql": (
            "SELECT c.week_ending, c.tier, c.capture_id, c.captured_at, c.source_sha256,\n"
            "       c.row_count_inserted AS venue_records\n"
            "FROM otc_captures c\n"
            "WHERE (SELECT COUNT(*) FROM otc_captures o WHERE o.week_ending = c.week_ending"
            " AND o.tier = c.tier) > 1\n"
            "ORDER BY c.tier, c.week_ending, c.capture_id"
        ),
    },
    "tier_overview": {
        "title": "Tier overview",
        "description": "A tier's weekly ATS volume and trades, and how many symbols and venues traded.",
        "sql": TIER_WEEKS_SQL.strip(),
    },
}


def metadata(database: str, tables: set[str]) -> dict[str, Any]:
    """Datasette's metadata for the database named ``database`` holding ``tables``."""
    described = {
        name: {
            "title": spec["title"],
            "description": spec["description"],
            "columns": {**{k: v for k, v in _KEY.items()}, **spec["columns"]},
        }
        for name, spec in TABLES.items()
        if name in tables
    }
    return {
        "title": "Market Spine Basic",
        "description": "FINRA's weekly OTC transparency data (ATS volume per symbol and venue), read-only.",
        "source": "FINRA OTC Transparency",
        "databases": {database: {"tables": described, "queries": QUERIES}},
    }
