"""otc.normalize_week: validate the week's current raw records into venue volumes.

Set-based: one statement classifies every record, the first failing rule winning in this order:
symbol, non-ATS row without a firm, MPID (ATS rows), negative shares, negative trades, zero volume (on
request), duplicate key. INSERT ... SELECTs then write the venue volumes (ATS rows, by MPID) and the
non-ATS volumes (rows with an empty MPID and a firm: FINRA's OTC_W_SMBL_FIRM grain, by firm CRD, the
"De Minimis Firms" bucket as CRD 0), and the rejects follow. The normalization map is a view over
those and the raw records.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from spine.core.db import utc_now
from spine.core.params import Param
from spine.core.pipeline import PipelineResult
from spine.core.registry import register
from spine.domains.otc import manifest, raw_store
from spine.domains.otc.enums import RejectStage, Stage
from spine.domains.otc.figures.shares import avg_trade_size_sql
from spine.domains.otc.pipelines.base import FORCE, TIER, WEEK_ENDING, WeekPipeline
from spine.domains.otc.raw_store import VIEW_INT_SHARES as _INT_SHARES
from spine.domains.otc.raw_store import VIEW_INT_TRADES as _INT_TRADES
from spine.domains.otc.rejects import store_rejects
from spine.domains.otc.source import source_lines

# Symbol: a letter, then letters, digits, '.' or '-', 1 to 10 in all. MPID: 4 letters or digits.
# GLOB classes are ASCII, as is the rule; a non-ASCII character fails it.
_CLASSIFIED = f"""
SELECT record_id, record_key, symbol, mpid, total_shares, total_trades, source_line, non_ats, firm_key,
       venue_name,
       CASE
         WHEN NOT (length(symbol) BETWEEN 1 AND 10 AND symbol GLOB '[A-Z]*'
                   AND symbol NOT GLOB '*[^A-Z0-9.-]*') THEN 'INVALID_SYMBOL'
         WHEN non_ats AND firm_key IS NULL THEN 'NON_ATS_VENUE'
         WHEN NOT non_ats AND NOT (length(mpid) = 4 AND mpid NOT GLOB '*[^A-Z0-9]*') THEN 'INVALID_MPID'
         WHEN total_shares < 0 THEN 'NEGATIVE_VOLUME'
         WHEN total_trades < 0 THEN 'NEGATIVE_TRADES'
         WHEN :reject_zero AND total_shares = 0 THEN 'ZERO_VOLUME'
       END AS reason,
       CASE WHEN non_ats THEN firm_crd END AS firm_crd,
       -- kept only where the venue volume view's integer formula does not reach
       CASE WHEN total_shares >= 0 AND total_trades > 0
             AND NOT (total_shares < {_INT_SHARES} AND total_trades < {_INT_TRADES})
            THEN {avg_trade_size_sql("total_shares", "total_trades")} END AS exact_avg
FROM (SELECT record_id, record_key, symbol, mpid, total_shares, total_trades,
             source_line, firm_crd, venue_name,
             mpid = '' AND (firm_crd IS NOT NULL OR venue_name IS NOT NULL) AS non_ats,
             CASE WHEN mpid != '' THEN NULL
                  WHEN length(firm_crd) BETWEEN 1 AND 18 AND firm_crd NOT GLOB '*[^0-9]*'
                    THEN CAST(firm_crd AS INTEGER)
                  WHEN coalesce(firm_crd, '') = '' AND upper(trim(venue_name)) = :de_minimis THEN 0
             END AS firm_key
      FROM (SELECT record_id, record_key, symbol, mpid, total_shares, total_trades, source_line, firm_crd,
                   -- a venue's name matters only to a row without an MPID (a non-ATS firm)
                   CASE WHEN mpid = '' THEN (SELECT text FROM otc_text WHERE text_id = venue_name_id)
                   END AS venue_name
            FROM otc_raw_record
            WHERE week_key = :week_key AND superseded_by_capture_id IS NULL))
"""  # noqa: S608 (formulas of column names and constants; values are bound)

# The work table holds the records normalize writes something for: a reject, a non-ATS volume, an
# exact average beyond the view's formula. A week has few, and the other records (plain ATS venue
# volumes, nearly all of them) need nothing written, so they are classified without being copied.
_NOTABLE = "reason IS NOT NULL OR non_ats OR exact_avg IS NOT NULL"
_CLASSIFY = f"CREATE TEMP TABLE otc_norm_work AS SELECT * FROM ({_CLASSIFIED}) WHERE {_NOTABLE}"  # noqa: S608
# Only for a week with a repeated key (rare): the plain records join the work table, so that the
# earliest line of each key can be kept among all of them.
_THE_REST = f"INSERT INTO otc_norm_work SELECT * FROM ({_CLASSIFIED}) WHERE NOT ({_NOTABLE})"  # noqa: S608

# Whether a (symbol, mpid) or (symbol, firm) may have a second valid record. ATS keys are searched
# among all the week's current records, in the order of the index that holds them (migration 092),
# with no sort; a key shared with a record normalize rejects only sends the week down the exact path
# below. Non-ATS keys are in the work table. A week has no repeated key as a rule.
_MAY_REPEAT = """
SELECT EXISTS (SELECT 1 FROM otc_raw_record
               WHERE week_key = :week_key AND superseded_by_capture_id IS NULL AND mpid <> ''
               GROUP BY symbol, mpid HAVING COUNT(*) > 1)
    OR EXISTS (SELECT 1 FROM otc_norm_work WHERE reason IS NULL AND non_ats
               GROUP BY symbol, firm_key HAVING COUNT(*) > 1)
"""

# The records normalize accepts: the week's current ones less the work table's rejects.
_ACCEPTED = """
SELECT (SELECT COUNT(*) FROM otc_raw_record
        WHERE week_key = :week_key AND superseded_by_capture_id IS NULL)
       - (SELECT COUNT(*) FROM otc_norm_work WHERE reason IS NOT NULL)
"""

# A second record for a valid (symbol, mpid) or (symbol, firm): the earliest source line is the
# volume (SQLite gives the bare rowid of the row holding the MIN), the later ones are rejected.
_DUPLICATES = """
UPDATE otc_norm_work SET reason = 'DUPLICATE_KEY'
WHERE reason IS NULL AND rowid NOT IN (
  SELECT kept FROM (SELECT rowid AS kept, MIN(source_line) FROM otc_norm_work WHERE reason IS NULL
                     GROUP BY symbol, mpid, firm_key))
"""

_DETAIL = """
CASE reason
  WHEN 'INVALID_SYMBOL' THEN 'symbol ' || quote(symbol)
       || ' is not a letter followed by letters, digits, . or - (1 to 10 characters)'
  WHEN 'NON_ATS_VENUE' THEN 'not an ATS and no firm CRD: ' || coalesce(quote(firm_crd), venue_name)
       || ', total_shares=' || total_shares || ', total_trades=' || total_trades
  WHEN 'INVALID_MPID' THEN 'mpid ' || quote(mpid) || ' is not 4 letters or digits'
  WHEN 'NEGATIVE_VOLUME' THEN 'total_shares=' || total_shares
  WHEN 'NEGATIVE_TRADES' THEN 'total_trades=' || total_trades
  WHEN 'ZERO_VOLUME' THEN 'total_shares=0 (reject_zero_volume=true)'
  WHEN 'DUPLICATE_KEY' THEN 'a record for ' || symbol || '/'
       || CASE WHEN non_ats THEN 'firm CRD ' || firm_key ELSE mpid END || ' was accepted from line '
       || (SELECT min(d.source_line) FROM otc_norm_work d
           WHERE d.symbol = w.symbol AND d.mpid = w.mpid AND d.firm_key IS w.firm_key
             AND d.reason IS NULL)
END
"""

# Non-ATS volume is few rows and its own table; the ATS venue volumes are the raw records normalize
# accepted (the otc_venue_volume view, raw_store).
_NON_ATS_INSERT = f"""
INSERT INTO otc_non_ats_volume (week_ending, tier, symbol, firm_crd, firm_name, total_shares,
    total_trades, avg_trade_size, raw_record_hash, execution_id, batch_id, normalized_at)
SELECT :week, :tier, symbol, firm_key, coalesce(venue_name, ''), total_shares, total_trades,
       {avg_trade_size_sql("total_shares", "total_trades")}, lower(hex(record_key)),
       :execution_id, :batch_id, :now
FROM otc_norm_work WHERE reason IS NULL AND non_ats
ORDER BY symbol, firm_key, source_line
"""  # noqa: S608 (a formula of column names; values are bound)

# FINRA's name for the bucket of small non-ATS firms (upper-cased), stored as firm CRD 0.
DE_MINIMIS_FIRMS = "DE MINIMIS FIRMS"

# The rejected records; the line text is filled in from the source file (see _rejects).
_REJECTED = f"""
SELECT source_line, lower(hex(record_key)) AS record_hash, reason, {_DETAIL} AS detail,
       :week || '|' || :tier || '|' || symbol || '|' || mpid || '|' || total_shares || '|'
       || total_trades AS record_text
FROM otc_norm_work w WHERE reason IS NOT NULL ORDER BY source_line
"""  # noqa: S608 (fixed SQL text; values are bound)


@register
class NormalizeWeek(WeekPipeline):
    name = "otc.normalize_week"
    description = "Validate the week's raw records into venue volumes; reject what breaks a rule."
    params = (
        TIER,
        WEEK_ENDING,
        Param("reject_zero_volume", "bool", default=False, help="reject rows with 0 shares"),
        FORCE,
    )

    def run(self) -> PipelineResult:
        week, tier = self.week_ending, self.tier
        row = self.require(Stage.INGESTED)
        if skip := self.skip_if_done(row, Stage.NORMALIZED):
            return skip
        manifest.reset_after(self.conn, week, tier, Stage.INGESTED)
        manifest.mark_rolling_stale(self.conn, self.week, tier)
        self.conn.execute("DROP TABLE IF EXISTS temp.otc_norm_work")
        week_key = raw_store.week_key(self.conn, week, tier)
        rules = {
            "week_key": week_key,
            "reject_zero": int(self.values["reject_zero_volume"]),
            "de_minimis": DE_MINIMIS_FIRMS,
        }
        self.conn.execute(_CLASSIFY, rules)
        accepted, non_ats, reasons = self._write(int(row["capture_id"]), row["source_locator"], rules)
        self.conn.execute("DROP TABLE temp.otc_norm_work")
        rejected = sum(reasons.values())
        ingest_rejected = self._ingest_rejects(int(row["capture_id"]))
        manifest.update(
            self.conn,
            week,
            tier,
            stage=Stage.NORMALIZED.value,
            row_count_normalized=accepted,
            row_count_rejected=ingest_rejected + rejected,
            execution_id=self.execution_id,
            batch_id=self.batch_id,
        )
        return PipelineResult.completed(
            normalized=accepted, non_ats=non_ats, rejected=rejected, rejects_by_reason=reasons
        )

    def _write(self, capture_id: int, locator: str, rules: dict[str, Any]) -> tuple[int, int, dict[str, int]]:
        """Write the verdicts, non-ATS volumes and rejects; (ATS rows, non-ATS rows, rejects by reason)."""
        week, tier, week_key = self.week_ending, self.tier, int(rules["week_key"])
        lineage = {
            "week": week,
            "tier": tier,
            "execution_id": self.execution_id,
            "batch_id": self.batch_id,
            "now": utc_now(),
            "capture_id": capture_id,
            "locator": locator,
        }
        if self.conn.execute(_MAY_REPEAT, rules).fetchone()[0]:
            self.conn.execute(_THE_REST, rules)
            self.conn.execute(_DUPLICATES)
        non_ats = self.conn.execute(_NON_ATS_INSERT, lineage).rowcount
        accepted = self.conn.execute(_ACCEPTED, rules).fetchone()[0] - non_ats
        self._rejects(lineage)
        written = raw_store.lineage_id(self.conn, self.execution_id, self.batch_id, str(lineage["now"]))
        raw_store.record_normalization(self.conn, week_key, "temp.otc_norm_work", written, week, tier)
        reasons = {
            str(code): int(n)
            for code, n in self.conn.execute(
                "SELECT reason, COUNT(*) FROM otc_norm_work WHERE reason IS NOT NULL"
                " GROUP BY reason ORDER BY reason"
            )
        }
        return int(accepted), int(non_ats), reasons

    def _rejects(self, lineage: dict[str, Any]) -> None:
        """Store the rejected records with the exact text of their source lines.

        Raw records keep parsed fields, not whole lines, so the few rejected lines are read back
        from the file, if it is still the one that was loaded (same SHA-256). Otherwise the line
        text is the record as stored, week|tier|symbol|mpid|shares|trades.
        """
        rows = self.conn.execute(_REJECTED, lineage).fetchall()
        if not rows:
            return
        capture = self.conn.execute(
            "SELECT source_locator, source_sha256 FROM otc_captures WHERE capture_id = :capture_id",
            lineage,
        ).fetchone()
        texts = source_lines(Path(capture[0]), capture[1], {int(r["source_line"]) for r in rows})
        store_rejects(
            self.conn,
            [
                {
                    "week_ending": lineage["week"],
                    "tier": lineage["tier"],
                    "capture_id": lineage["capture_id"],
                    "source_locator": lineage["locator"],
                    "line_number": r["source_line"],
                    "raw_line": texts.get(int(r["source_line"]), r["record_text"]),
                    "raw_record_hash": r["record_hash"],
                    "stage": RejectStage.NORMALIZE.value,
                    "reason_code": r["reason"],
                    "reason_detail": r["detail"],
                    "execution_id": lineage["execution_id"],
                    "batch_id": lineage["batch_id"],
                    "rejected_at": lineage["now"],
                }
                for r in rows
            ],
        )

    def _ingest_rejects(self, capture_id: int) -> int:
        row = self.conn.execute(
            "SELECT COUNT(*) FROM otc_rejects WHERE capture_id = :capture_id AND stage = 'INGEST'",
            {"capture_id": capture_id},
        ).fetchone()
        return int(row[0])
