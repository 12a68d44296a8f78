"""A local stand-in for FINRA's Query API (group otcMarket), a real HTTP server on 127.0.0.1.

It answers ``POST /data/group/otcMarket/name/{weeklyDownloadDetails|weeklySummary|weeklySummaryHistoric}``
as FINRA does: ``compareFilters`` (EQUAL), ``fields``, ``sortFields`` for discovery, paging by ``limit``
(at most 5000) and ``offset`` with a byte cap per page (short pages), the ``Record-*`` headers, 204 when
nothing matches, gzip when asked, and ``weeklySummaryHistoric`` refusing filters other than its own.
With ``require_token`` it also plays FINRA's OAuth2 token endpoint (HTTP Basic client credentials) and
refuses data requests without a valid Bearer token. ``fail(...)`` queues faults: an HTTP status (429 with
Retry-After, a 503 burst), a slow answer, a dropped connection, an HTML page with status 200, a truncated
or malformed body, a Record-Total that changes or is never reached, rows of another week or tier.

By hand (serves the seed weeks and the real OTC samples until Ctrl-C):

    python -m tests.finra.standin --port 8765 --data seed,realdata
    SPINE_FINRA_API_URL=http://127.0.0.1:8765 spine sync --tier OTC --since 2025-11-10
"""

from __future__ import annotations

import argparse
import base64
import gzip
import itertools
import json
import socket
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

from tests.finra.served import (
    FinraData,
    encode_rows,
    realdata_api_rows,
    realdata_otc_rows,
    row_tier,
    seed_rows,
)

DATA_PREFIX = "/data/group/otcMarket/name/"
TOKEN_PATH = "/fip/rest/ews/oauth2/access_token"
MAX_LIMIT = 5000
HISTORIC_FILTERS = {"weekStartDate", "tierIdentifier", "historicalWeek", "historicalMonth"}
FAULT_KINDS = {
    "status",  # answer `status` with FINRA's JSON message (and Retry-After when given)
    "slow",  # wait `seconds` before answering normally
    "drop",  # close the connection without an answer
    "html",  # status 200 with an HTML error page
    "truncate",  # the page's JSON cut in half (Content-Length matches the cut body)
    "short_body",  # Content-Length of the whole page, but half of it sent, then the connection closed
    "total_change",  # the page's Record-Total one higher than the first page's
    "inflated_total",  # Record-Total three higher than the rows there are
    "foreign_week",  # one row of the week before added to the page
    "foreign_tier",  # one row relabelled with another tier added to the page
    "repeat_rows",  # every row of the page twice (Record-Total and Total-Records-On-Page to match)
    "empty_200",  # status 200 with an empty body and Record-Total 0, where FINRA would say 204
}


@dataclass
class Fault:
    kind: str
    dataset: str | None = None  # None: every data request
    offset: int | None = None  # None: every page
    times: int = 1
    status: int = 503
    retry_after: str | None = None
    seconds: float = 0.0
    message: str = "Service temporarily unavailable"

    def matches(self, dataset: str, offset: int) -> bool:
        return (
            self.times > 0
            and (self.dataset is None or self.dataset == dataset)
            and (self.offset is None or self.offset == offset)
        )


@dataclass
class Recorded:
    """One request the stand-in received."""

    at: float
    path: str
    dataset: str | None
    body: dict[str, Any]
    headers: dict[str, str]
    status: int = 0


@dataclass
class TokenAuth:
    client_id: str
    secret: str
    uses_per_token: int | None = None  # a token stops working after this many data requests
    tokens: dict[str, int | None] = field(default_factory=dict)
    issued: int = 0


class Standin:
    """The server and everything a test may set or read. Thread-safe; use as a context manager."""

    def __init__(self, data: FinraData, *, port: int = 0) -> None:
        self.data = data
        self.faults: list[Fault] = []
        self.page_bytes = 3 * 1024 * 1024
        self.gzip = True
        self.auth: TokenAuth | None = None
        self.requests: list[Recorded] = []
        self.lock = threading.Lock()
        self._encoded_rows: dict[int, tuple[dict[str, Any], bytes]] = {}
        self._server = ThreadingHTTPServer(("127.0.0.1", port), _handler_for(self))
        self._server.daemon_threads = True
        self._server.handle_error = lambda request, address: None  # type: ignore[method-assign]
        self._thread: threading.Thread | None = None

    @property
    def url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host!s}:{port}"

    @property
    def token_url(self) -> str:
        return f"{self.url}{TOKEN_PATH}?grant_type=client_credentials"

    def start(self) -> Standin:
        self._thread = threading.Thread(target=self._server.serve_forever, args=(0.02,), daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()

    def __enter__(self) -> Standin:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # --- what tests set -----------------------------------------------------------------------------

    def serve(self, data: FinraData) -> None:
        """Serve other data from now on (FINRA restated a week, published a new one...)."""
        with self.lock:
            self.data = data

    def fail(self, kind: str, **options: Any) -> Fault:
        """Queue a fault (see FAULT_KINDS); it applies to the next `times` matching data requests."""
        if kind not in FAULT_KINDS:
            raise ValueError(f"unknown fault {kind!r}")
        fault = Fault(kind, **options)
        with self.lock:
            self.faults.append(fault)
        return fault

    def require_token(self, client_id: str, secret: str, uses_per_token: int | None = None) -> None:
        with self.lock:
            self.auth = TokenAuth(client_id, secret, uses_per_token)

    # --- what tests read ----------------------------------------------------------------------------

    def data_requests(self, dataset: str | None = None) -> list[Recorded]:
        with self.lock:
            return [r for r in self.requests if r.dataset and (dataset is None or r.dataset == dataset)]

    def token_requests(self) -> list[Recorded]:
        with self.lock:
            return [r for r in self.requests if r.path == TOKEN_PATH]

    # --- answering ----------------------------------------------------------------------------------

    def _take_fault(self, dataset: str, offset: int) -> Fault | None:
        with self.lock:
            for fault in self.faults:
                if fault.matches(dataset, offset):
                    fault.times -= 1
                    return fault
        return None

    def _token_answer(self, handler: BaseHTTPRequestHandler) -> tuple[int, dict[str, str], bytes]:
        query = parse_qs(urlsplit(handler.path).query)
        with self.lock:
            auth = self.auth
            expected = (
                auth and "Basic " + base64.b64encode(f"{auth.client_id}:{auth.secret}".encode()).decode()
            )
            if auth is None or query.get("grant_type") != ["client_credentials"]:
                return _json_answer(400, {"error": "unsupported_grant_type"})
            if handler.headers.get("Authorization") != expected:
                return _json_answer(401, {"error": "invalid_client", "error_description": "Bad credentials"})
            auth.issued += 1
            token = f"token-{auth.issued}"
            auth.tokens[token] = auth.uses_per_token
        return _json_answer(200, {"access_token": token, "token_type": "Bearer", "expires_in": 1799})

    def _authorized(self, handler: BaseHTTPRequestHandler) -> bool:
        with self.lock:
            if self.auth is None:
                return True
            header = handler.headers.get("Authorization", "")
            token = header.removeprefix("Bearer ")
            if not header.startswith("Bearer ") or token not in self.auth.tokens:
                return False
            left = self.auth.tokens[token]
            if left is None:
                return True
            if left <= 0:
                return False
            self.auth.tokens[token] = left - 1
            return True

    def _data_answer(self, dataset: str, body: dict[str, Any]) -> tuple[int, dict[str, str], bytes]:
        limit, offset = int(body.get("limit", MAX_LIMIT)), int(body.get("offset", 0))
        if limit > MAX_LIMIT:
            return _json_answer(400, {"message": f"limit {limit} exceeds the maximum of {MAX_LIMIT}"})
        filters = body.get("compareFilters") or []
        if dataset == "weeklySummaryHistoric":
            bad = sorted({f["fieldName"] for f in filters} - HISTORIC_FILTERS)
            if bad:
                return _json_answer(400, {"message": f"Field(s) {', '.join(bad)} cannot be used as filters"})
        if any(f.get("compareType", "EQUAL").upper() != "EQUAL" for f in filters):
            return _json_answer(400, {"message": "only EQUAL is supported by this stand-in"})
        with self.lock:
            data = self.data
        if dataset == "weeklyDownloadDetails":
            source = data.downloads()
        elif dataset in ("weeklySummary", "weeklySummaryHistoric"):
            source = data.rows(dataset)
        else:
            return _json_answer(404, {"message": f"dataset {dataset} not found in group otcMarket"})
        rows = [r for r in source if all(_field_equals(r, f) for f in filters)]
        if dataset == "weeklyDownloadDetails":
            rows = _project(rows, body)
        total = len(rows)
        if total == 0:
            return 204, {}, b""
        page = _cap((self._encoded(row) for row in rows[offset : offset + limit]), self.page_bytes)
        headers = {
            "Record-Total": str(total),
            "Record-Offset": str(offset),
            "Record-Limit": str(limit),
            "Record-Max-Limit": str(MAX_LIMIT),
            "Total-Records-On-Page": str(len(page)),
            "Response-Payload-Max-Size": "3mb",
            "FILTERED": "TRUE",
        }
        return 200, headers, b"[" + b",".join(page) + b"]"

    def _encoded(self, row: dict[str, Any]) -> bytes:
        """A row's JSON text, encoded once per served data set (pages are cut from these)."""
        with self.lock:
            cached = self._encoded_rows.get(id(row))
        if cached is None or cached[0] is not row:
            cached = (row, encode_rows([row])[0])
            with self.lock:
                self._encoded_rows[id(row)] = cached
        return cached[1]


def _json_answer(status: int, payload: dict[str, Any]) -> tuple[int, dict[str, str], bytes]:
    return status, {"Content-Type": "application/json"}, json.dumps(payload).encode()


def _field_equals(row: dict[str, Any], flt: dict[str, Any]) -> bool:
    name, wanted = flt["fieldName"], str(flt["fieldValue"])
    if name == "tierIdentifier":
        return row_tier(row) == wanted
    return str(row.get(name)) == wanted


def _project(rows: list[dict[str, Any]], body: dict[str, Any]) -> list[dict[str, Any]]:
    for sort in reversed(body.get("sortFields") or []):
        name = sort.lstrip("+-")
        rows = sorted(rows, key=lambda r, n=name: str(r.get(n)), reverse=sort.startswith("-"))
    fields = body.get("fields")
    return [{k: r[k] for k in fields} for r in rows] if fields else rows


def _cap(encoded: Iterator[bytes], page_bytes: int) -> list[bytes]:
    """As many rows as fit the byte cap (at least one), like FINRA's 3 MB payload limit."""
    size, kept = 2, []
    for row in encoded:
        size += len(row) + 1
        if kept and size > page_bytes:
            break
        kept.append(row)
    return kept


def _other_week(row: dict[str, Any]) -> dict[str, Any]:
    moved = dict(row)
    moved["weekStartDate"] = (date.fromisoformat(row["weekStartDate"]) - timedelta(days=7)).isoformat()
    return moved


def _other_tier(row: dict[str, Any]) -> dict[str, Any]:
    moved = dict(row)
    moved["tierIdentifier"] = "T2" if row_tier(row) != "T2" else "T1"
    moved["tierDescription"] = None
    return moved


def _apply(
    fault: Fault, status: int, headers: dict[str, str], body: bytes
) -> tuple[int, dict[str, str], bytes]:
    """The answer once a body-changing fault is applied to a normal page."""
    if fault.kind == "empty_200":
        return 200, {"Content-Type": "application/json", "Record-Total": "0"}, b""
    if status != 200:
        return status, headers, body
    if fault.kind == "html":
        page = b"<!DOCTYPE html><html><head><title>503 Service Temporarily Unavailable</title></head></html>"
        return 200, {"Content-Type": "text/html"}, page
    if fault.kind == "truncate":
        return status, headers, body[: len(body) // 2]
    if fault.kind == "total_change":
        return status, {**headers, "Record-Total": str(int(headers["Record-Total"]) + 1)}, body
    if fault.kind == "inflated_total":
        return status, {**headers, "Record-Total": str(int(headers["Record-Total"]) + 3)}, body
    rows = json.loads(body)
    if fault.kind == "repeat_rows":
        total = int(headers["Record-Total"]) + len(rows)
        rows = [row for row in rows for _ in range(2)]
        headers = {**headers, "Record-Total": str(total)}
    else:
        extra = _other_week(rows[0]) if fault.kind == "foreign_week" else _other_tier(rows[0])
        rows.insert(len(rows) // 2, extra)
    on_page = {**headers, "Total-Records-On-Page": str(len(rows))}
    return status, on_page, json.dumps(rows, separators=(",", ":")).encode()


def _handler_for(standin: Standin) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        server_version = "finra-standin"

        def setup(self) -> None:
            super().setup()
            # Headers and body go out in two writes: without this, Nagle's algorithm and the client's
            # delayed ACK hold every answer back by tens of milliseconds.
            self.request.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

        def log_message(self, format: str, *args: Any) -> None:  # quiet
            return

        def do_POST(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            raw = self.rfile.read(length) if length else b""
            path = urlsplit(self.path).path
            dataset = path.removeprefix(DATA_PREFIX) if path.startswith(DATA_PREFIX) else None
            try:
                body = json.loads(raw) if raw else {}
            except ValueError:
                body = {"unreadable": raw.decode("utf-8", "replace")}
            record = Recorded(time.monotonic(), path, dataset, body, dict(self.headers.items()))
            with standin.lock:
                standin.requests.append(record)
            if path == TOKEN_PATH:
                status, headers, payload = standin._token_answer(self)
            elif dataset is None:
                status, headers, payload = _json_answer(404, {"message": f"no resource at {path}"})
            elif not standin._authorized(self):
                status, headers, payload = _json_answer(
                    401, {"message": "Unauthorized: a valid token is required"}
                )
            else:
                fault = standin._take_fault(dataset, int(body.get("offset", 0)))
                if fault is not None and fault.kind == "drop":
                    record.status = -1
                    self.close_connection = True
                    return
                if fault is not None and fault.kind == "slow":
                    time.sleep(fault.seconds)
                if fault is not None and fault.kind == "status":
                    status, headers, payload = _json_answer(fault.status, {"message": fault.message})
                    if fault.retry_after is not None:
                        headers["Retry-After"] = fault.retry_after
                else:
                    status, headers, payload = standin._data_answer(dataset, body)
                    headers.setdefault("Content-Type", "application/json")
                    if fault is not None and fault.kind not in ("slow", "short_body"):
                        status, headers, payload = _apply(fault, status, headers, payload)
                if fault is not None and fault.kind == "short_body":
                    record.status = -2
                    self._send(status, headers, payload, cut=True)
                    return
            record.status = status
            self._send(status, headers, payload)

        def _send(self, status: int, headers: dict[str, str], payload: bytes, cut: bool = False) -> None:
            accepts_gzip = "gzip" in self.headers.get("Accept-Encoding", "")
            if payload and standin.gzip and accepts_gzip and status == 200:
                payload = gzip.compress(payload, compresslevel=1)
                headers = {**headers, "Content-Encoding": "gzip"}
            try:
                self.send_response(status)
                for name, value in headers.items():
                    self.send_header(name, value)
                self.send_header("Content-Length", str(len(payload)))
                self.end_headers()
                self.wfile.write(payload[: len(payload) // 2] if cut else payload)
                self.wfile.flush()
            except OSError:
                pass  # the client gave up (a timeout test): nothing to answer
            if cut:
                self.close_connection = True

    return Handler


DATA_SETS = {
    "seed": lambda: FinraData(current=seed_rows()),
    "realdata": lambda: FinraData(current=realdata_otc_rows()),
    "api": lambda: FinraData(current=realdata_api_rows()),
}


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--port", type=int, default=8765)
    parser.add_argument("--data", default="seed,realdata", help="comma-separated: " + ", ".join(DATA_SETS))
    parser.add_argument("--page-bytes", type=int, default=3 * 1024 * 1024)
    args = parser.parse_args(argv)
    parts = [DATA_SETS[name.strip()]() for name in args.data.split(",") if name.strip()]
    data = FinraData(
        current=list(itertools.chain.from_iterable(p.current for p in parts)),
        historic=list(itertools.chain.from_iterable(p.historic for p in parts)),
    )
    standin = Standin(data, port=args.port)
    standin.page_bytes = args.page_bytes
    standin.start()
    weeks = sorted({(row_tier(r), r["weekStartDate"]) for r in data.current})
    print(
        f"FINRA stand-in at {standin.url} ({len(data.current)} rows, {len(weeks)} tier-weeks); Ctrl-C stops",
        flush=True,
    )
    try:
        while True:
            time.sleep(3600)
    except KeyboardInterrupt:
        standin.stop()


if __name__ == "__main__":
    main()
