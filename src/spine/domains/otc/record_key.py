"""A raw record's identity: ``record_hash``, unambiguous for every record (SPEC §6).

SPEC §6 hashes ``week|tier|symbol|mpid|shares|trades``. That text is unambiguous as long as no
field holds a ``|``; a valid symbol or MPID never does, but a quoted CSV field or a JSON string can
(``A|B`` + ``C`` and ``A`` + ``B|C`` would give one text, and two different lines one record). The
MPID slot of a non-ATS row (no MPID) holds ``~`` and the firm CRD, or ``~`` and the firm's name.

So the plain SPEC text is hashed exactly when it can be read back into one record: no ``|`` in the
symbol or the venue slot, an MPID that does not start with ``~``, a CRD of digits, a firm name that
is not all digits. Every other record hashes a JSON array of its parts, which starts with ``[``
where the plain text starts with the week's digits: the two forms never meet. Valid records, and
every record of a database made by release 0.1.0 that was unambiguous, keep their hash.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable

from spine.domains.otc.models import RawRecord

KEY_BYTES = 16  # record_hash is these bytes in hex: the first 32 characters of the SHA-256

Keyer = Callable[[RawRecord], bytes]


def record_keyer(week_ending: str, tier: str) -> Keyer:
    """The key of a record of one week and tier (``record_hash`` as bytes), with the constant prefix
    built once (a per-line cost). The venue is the record's MPID, else its firm CRD, else its firm
    name."""
    prefix = f"{week_ending}|{tier}|"
    sha256 = hashlib.sha256

    def digest(record: RawRecord) -> bytes:
        symbol, mpid = record["symbol"], record["mpid"]
        shares, trades = record["total_shares"], record["total_trades"]
        if mpid and "|" not in mpid and "|" not in symbol and mpid[0] != "~":
            text = f"{prefix}{symbol}|{mpid}|{shares}|{trades}"  # the common case, as SPEC §6 writes it
        else:
            crd, name = record.get("firm_crd"), record.get("venue_name")
            slot = venue_slot(mpid, crd, name)
            if slot is None or "|" in symbol:
                # The parts that identify the venue: the MPID, else the CRD, else the name.
                crd = None if mpid else crd
                name = None if mpid or crd else name
                text = json.dumps([week_ending, tier, symbol, mpid, crd, name, shares, trades])
            else:
                text = f"{prefix}{symbol}|{slot}|{shares}|{trades}"
        return sha256(text.encode("utf-8", "surrogatepass")).digest()[:KEY_BYTES]

    return digest


def venue_slot(mpid: str, crd: str | None, name: str | None) -> str | None:
    """The MPID slot of SPEC §6's text, or None when that text could be read as another record."""
    if mpid:
        return mpid if "|" not in mpid and mpid[0] != "~" else None
    if crd:
        return "~" + crd if crd.isascii() and crd.isdigit() else None
    if name:
        return "~" + name if "|" not in name and not (name.isascii() and name.isdigit()) else None
    return "~"


def record_hash(
    week_ending: str,
    tier: str,
    symbol: str,
    mpid: str,
    shares: int,
    trades: int,
    *,
    crd: str | None = None,
    name: str | None = None,
) -> str:
    """One record's hash, as hex text (see `record_keyer`)."""
    record: RawRecord = {
        "source_line": 0,
        "raw_line": "",
        "row_week": None,
        "row_tier": tier,
        "symbol": symbol,
        "mpid": mpid,
        "total_shares": shares,
        "total_trades": trades,
        "grain": "",
        "firm_crd": crd,
        "venue_name": name,
    }
    return record_keyer(week_ending, tier)(record).hex()
