"""FINRA's Query API (group ``otcMarket``): which weeks are published, and every row of one week.

One request is ``POST {base}/data/group/otcMarket/name/{dataset}`` with a JSON body. A week is read in
pages (``limit`` at most 5000, the ``offset`` advanced by the rows actually received, since FINRA cuts a
page at 3 MB) until the rows received equal the ``Record-Total`` header. Anything that makes the count or
the content doubtful fails the whole week with one line: the caller stores nothing of it.

Transient faults (429, 5xx, timeouts, dropped connections) are retried with a bounded exponential backoff
that honours ``Retry-After``; requests are paced to at most ``RetryPolicy.max_per_second``. Credentials,
when set, are exchanged for an OAuth2 token; they never appear in a message.
"""

from __future__ import annotations

import functools
import hashlib
import json
import os
import ssl
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from email.utils import parsedate_to_datetime
from typing import Any

import httpx

from spine import __version__
from spine.core.errors import PipelineError
from spine.domains.otc.enums import Tier
from spine.domains.otc.finra import calendar
from spine.domains.otc.validators import parse_tier

API_URL_ENV = "SPINE_FINRA_API_URL"
TOKEN_URL_ENV = "SPINE_FINRA_TOKEN_URL"
CLIENT_ID_ENV = "FINRA_API_CLIENT_ID"
CLIENT_SECRET_ENV = "FINRA_API_CLIENT_SECRET"
DEFAULT_API_URL = "https://api.finra.org"
DEFAULT_TOKEN_URL = "https://ews.fip.finra.org/fip/rest/ews/oauth2/access_token?grant_type=client_credentials"

WEEKLY_SUMMARY = "weeklySummary"
WEEKLY_SUMMARY_HISTORIC = "weeklySummaryHistoric"
DOWNLOAD_DETAILS = "weeklyDownloadDetails"
# Discovery lists a week per tier and summary type: ATS data, and non-ATS (OTC) data.
ATS_SUMMARY, NON_ATS_SUMMARY = "ATS_W_SMBL", "OTC_W_SMBL"

PAGE_LIMIT = 5000  # FINRA's Record-Max-Limit
MAX_OFFSET = 500_000  # FINRA refuses larger offsets, so a longer answer cannot be read whole
TIER_CODES: dict[Tier, str] = {Tier.NMS_TIER_1: "T1", Tier.NMS_TIER_2: "T2", Tier.OTC: "OTCE"}
# FINRA files a week under its Monday (weekStartDate); the product under its Friday (week_ending).
MONDAY_TO_FRIDAY = timedelta(days=4)

PageCallback = Callable[[str, int, int], None]
"""Called after every page with (dataset, rows received so far, Record-Total)."""


class FinraError(PipelineError):
    """A request to FINRA failed, or its answer cannot be trusted whole; the message is one line."""


@dataclass(frozen=True)
class RetryPolicy:
    """How hard to try one request, and how fast to go.

    A request is tried at most ``attempts`` times. The wait before retry *n* is ``first_delay`` times
    2^(n-1), or the server's ``Retry-After`` when it says so, never more than ``max_delay``.
    """

    attempts: int = 5
    first_delay: float = 1.0
    max_delay: float = 60.0
    max_per_second: float = 10.0

    def delay(self, retry: int, retry_after: float | None) -> float:
        """Seconds to wait before retry number ``retry`` (1 for the first)."""
        wanted = retry_after if retry_after is not None else self.first_delay * 2 ** (retry - 1)
        return max(0.0, min(wanted, self.max_delay))

    @property
    def min_interval(self) -> float:
        """Seconds between the starts of two requests."""
        return 1.0 / self.max_per_second if self.max_per_second > 0 else 0.0


DEFAULT_POLICY = RetryPolicy()


@dataclass
class FetchedWeek:
    """Every row FINRA has for one tier-week, all grains, exactly as it sent them.

    Numbers with a fraction or exponent are ``Decimal`` holding FINRA's digits (never a float).
    """

    tier: str
    week_ending: date
    dataset: str
    rows: list[dict[str, Any]]
    record_total: int
    pages: int


@dataclass
class _Token:
    value: str
    expires: float | None  # monotonic seconds; None when FINRA gave no lifetime


# Tokens outlive a client (a sync opens one per week; FINRA's tokens last about 30 minutes), keyed by
# token URL, client id and a digest of the secret, and held in memory only.
_TOKENS: dict[tuple[str, str, str], _Token] = {}
_TOKENS_LOCK = threading.Lock()


def forget_tokens() -> None:
    """Drop every token this process holds; the next authenticated request asks for a fresh one."""
    with _TOKENS_LOCK:
        _TOKENS.clear()


class _Pacer:
    """The next free start time of a request; shared, so a run that opens one client per week still
    keeps to the rate."""

    def __init__(self, clock: Callable[[], float]) -> None:
        self._clock = clock
        self._next_start = 0.0
        self._lock = threading.Lock()

    def reserve(self, interval: float) -> float:
        """Book the next start; returns the seconds to wait for it."""
        with self._lock:
            now = self._clock()
            start = max(now, self._next_start)
            self._next_start = start + interval
        return start - now


_PACERS: dict[Callable[[], float], _Pacer] = {}
_PACERS_LOCK = threading.Lock()


def _pacer_for(clock: Callable[[], float]) -> _Pacer:
    """One pacer per clock (tests may bring their own clock; everything else shares the real one)."""
    with _PACERS_LOCK:
        return _PACERS.setdefault(clock, _Pacer(clock))


def known_tier(tier: str) -> Tier:
    """The tier any spelling names (``NMS_TIER_1``, ``T1``, ``NMS Tier 1``...); FinraError otherwise."""
    parsed = parse_tier(tier)
    if parsed is None:
        accepted = ", ".join(t.value for t in Tier)
        raise FinraError(f"unknown tier {tier!r}; accepted values: {accepted}")
    return parsed


def week_start(week_ending: date) -> date:
    """The Monday FINRA files a week under, from the product's week ending (a Friday)."""
    if week_ending.weekday() != 4:
        raise FinraError(f"week ending {week_ending.isoformat()} is not a Friday")
    return calendar.week_start(week_ending)


def _one_line(text: str, limit: int = 300) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 3] + "..."


def _reject_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a JSON number")


_DECODER = json.JSONDecoder(parse_float=Decimal, parse_constant=_reject_constant)


class FinraClient:
    """A client of FINRA's Query API for the ``otcMarket`` group (week discovery and whole weeks).

    ``base_url`` defaults to ``SPINE_FINRA_API_URL`` or https://api.finra.org. With
    ``FINRA_API_CLIENT_ID`` and ``FINRA_API_CLIENT_SECRET`` set, requests carry an OAuth2 bearer token from
    ``SPINE_FINRA_TOKEN_URL`` (FINRA's token endpoint by default); otherwise they are anonymous.
    ``retry`` bounds retries and pacing; ``sleep`` and ``clock`` are injectable so tests need not wait.
    """

    def __init__(
        self,
        base_url: str | None = None,
        *,
        timeout: float = 60.0,
        on_page: PageCallback | None = None,
        retry: RetryPolicy | None = None,
        sleep: Callable[[float], None] = time.sleep,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.base_url = (base_url or os.environ.get(API_URL_ENV) or DEFAULT_API_URL).rstrip("/")
        self.token_url = os.environ.get(TOKEN_URL_ENV) or DEFAULT_TOKEN_URL
        self.timeout = timeout
        self.on_page = on_page
        self.retry = retry or DEFAULT_POLICY
        self._sleep = sleep
        self._clock = clock
        client_id = os.environ.get(CLIENT_ID_ENV, "")
        secret = os.environ.get(CLIENT_SECRET_ENV, "")
        self._credentials = (client_id, secret) if client_id and secret else None
        self._token: _Token | None = None
        self._pacer = _pacer_for(clock)
        self._http = httpx.Client(
            timeout=httpx.Timeout(timeout),
            headers={
                "Accept": "application/json",
                "Accept-Encoding": "gzip",
                "User-Agent": f"market-spine-basic/{__version__}",
            },
            follow_redirects=False,
            verify=_tls_context(),
        )

    def __repr__(self) -> str:
        auth = "token" if self._credentials else "anonymous"
        return f"FinraClient({self.base_url!r}, {auth})"

    def __enter__(self) -> FinraClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Close the connection pool."""
        self._http.close()

    @property
    def authenticated(self) -> bool:
        """True when requests carry a token (credentials are set in the environment)."""
        return self._credentials is not None

    # --- the two questions this client answers ---------------------------------------------------

    def published_weeks(self, tier: str) -> list[date]:
        """The week endings (Fridays) FINRA has published for a tier, newest first.

        A week counts once FINRA lists its ATS data; weeks newer than the newest non-ATS week are left
        for a later run, so a week is fetched when both of its parts are out (when FINRA lists no non-ATS
        week at all, the ATS list stands alone).
        """
        code = TIER_CODES[known_tier(tier)]
        ats = self._listed_weeks(code, ATS_SUMMARY)
        non_ats = self._listed_weeks(code, NON_ATS_SUMMARY)
        if non_ats:
            newest_both = max(non_ats)
            ats = {week for week in ats if week <= newest_both}
        return sorted((monday + MONDAY_TO_FRIDAY for monday in ats), reverse=True)

    def fetch_week(self, tier: str, week_ending: date) -> FetchedWeek:
        """Every row of one tier-week from ``weeklySummary`` (all grains), or from
        ``weeklySummaryHistoric`` when ``weeklySummary`` has none. Raises FinraError with one line when
        the week cannot be read whole and exactly, or when neither dataset has a row of it."""
        canonical = known_tier(tier)
        code = TIER_CODES[canonical]
        monday = week_start(week_ending).isoformat()
        filters = [_equal("weekStartDate", monday), _equal("tierIdentifier", code)]
        for dataset in (WEEKLY_SUMMARY, WEEKLY_SUMMARY_HISTORIC):
            what = f"FINRA {dataset}, {canonical.value} week {week_ending.isoformat()}"
            check = _week_check(what, monday, canonical)
            rows, total, pages = self._read_all(dataset, {"compareFilters": filters}, what, check)
            if rows:
                return FetchedWeek(canonical.value, week_ending, dataset, rows, total, pages)
        raise FinraError(
            f"FINRA has no rows for {canonical.value} week {week_ending.isoformat()} "
            f"(weekStartDate {monday}) in {WEEKLY_SUMMARY} or {WEEKLY_SUMMARY_HISTORIC}"
        )

    # --- discovery --------------------------------------------------------------------------------

    def _listed_weeks(self, code: str, summary_type: str) -> set[date]:
        what = f"FINRA {DOWNLOAD_DETAILS} ({code}, {summary_type})"
        body = {
            "compareFilters": [_equal("tierIdentifier", code), _equal("summaryTypeCode", summary_type)],
            "fields": ["weekStartDate"],
            "sortFields": ["-weekStartDate"],
        }
        # A week listed twice is still one week: discovery tolerates repeats.
        rows, _, _ = self._read_all(DOWNLOAD_DETAILS, body, what, _monday_check(what), unique=False)
        return {date.fromisoformat(str(row["weekStartDate"])) for row in rows}

    # --- paging -----------------------------------------------------------------------------------

    def _read_all(
        self,
        dataset: str,
        query: dict[str, Any],
        what: str,
        check: Callable[[dict[str, Any]], None],
        *,
        unique: bool = True,
    ) -> tuple[list[dict[str, Any]], int, int]:
        """Every row of one query, page by page; (rows, Record-Total, pages). With ``unique``, a row that
        comes twice fails the query: a week's rows are distinct, so paging must have slipped."""
        url = f"{self.base_url}/data/group/otcMarket/name/{dataset}"
        rows: list[dict[str, Any]] = []
        seen: dict[int, int] = {}  # a row's content hash -> its index (kept small: weeks are large)
        total: int | None = None
        pages = 0
        while True:
            offset = len(rows)
            response = self._send(url, {**query, "limit": PAGE_LIMIT, "offset": offset}, what)
            page, page_total = _page(response, f"{what}, offset {offset}")
            pages += 1
            if total is None:
                total = page_total if page_total is not None else 0
                if total > MAX_OFFSET + PAGE_LIMIT:
                    raise FinraError(f"{what}: {total} rows, more than FINRA lets a client page through")
            elif page_total is not None and page_total != total:
                raise FinraError(f"{what}: Record-Total changed from {total} to {page_total} between pages")
            for row in page:
                check(row)
                if unique:
                    earlier = seen.setdefault(_row_hash(row), len(rows))
                    if earlier != len(rows) and rows[earlier] == row:
                        raise FinraError(f"{what}: a row came twice while paging (the data moved under us)")
                rows.append(row)
            if self.on_page is not None:
                self.on_page(dataset, len(rows), total)
            if len(rows) == total:
                return rows, total, pages
            if len(rows) > total:
                raise FinraError(f"{what}: received {len(rows)} rows, more than Record-Total {total}")
            if not page:
                raise FinraError(
                    f"{what}: the page at offset {offset} held no rows; received {len(rows)} of "
                    f"Record-Total {total}"
                )

    # --- one request, retried ---------------------------------------------------------------------

    def _send(self, url: str, body: dict[str, Any], what: str) -> httpx.Response:
        """POST with retries; returns a 2xx response, raises FinraError otherwise (a redirect too:
        FINRA's API does not redirect, so one means the base URL is wrong)."""
        renewed = False
        attempt = 0
        while True:
            attempt += 1
            headers = self._auth_header()
            response, failure, retry_after = self._attempt(url, body, headers)
            if response is not None:
                if response.status_code == 401 and self._credentials is not None and not renewed:
                    self._drop_token()  # expired or revoked: one fresh token, then give up
                    renewed = True
                    attempt -= 1
                    continue
                if 200 <= response.status_code < 300:
                    return response
                raise FinraError(self._refusal(what, response))
            if attempt >= self.retry.attempts:
                raise FinraError(f"{what}: {url}: {failure} (tried {attempt} times)")
            self._sleep(self.retry.delay(attempt, retry_after))

    def _attempt(
        self, url: str, body: dict[str, Any], headers: dict[str, str], auth: httpx.Auth | None = None
    ) -> tuple[httpx.Response | None, str, float | None]:
        """One try: (a final response, or None with why it should be retried, and Retry-After)."""
        self._pace()
        try:
            if auth is None:
                response = self._http.post(url, json=body, headers=headers)
            else:
                response = self._http.post(url, headers=headers, auth=auth)
        except httpx.TimeoutException:
            return None, f"no answer within {self.timeout:g} s", None
        except httpx.DecodingError as exc:
            raise FinraError(f"{url}: the response could not be decoded ({_one_line(str(exc))})") from None
        except httpx.TransportError as exc:
            cause = _one_line(str(exc)) or type(exc).__name__
            return None, f"cannot reach the server ({cause})", None
        if response.status_code == 429 or response.status_code >= 500:
            status = f"{response.status_code} {response.reason_phrase}".strip()
            return None, f"FINRA answered {status}", _retry_after(response)
        return response, "", None

    def _pace(self) -> None:
        """At most ``max_per_second`` request starts a second, across every client of the process."""
        wait = self._pacer.reserve(self.retry.min_interval)
        if wait > 0:
            self._sleep(wait)

    def _refusal(self, what: str, response: httpx.Response) -> str:
        status = f"{response.status_code} {response.reason_phrase}".strip()
        message = self._scrub(_finra_message(response))
        hint = ""
        if response.status_code in (401, 403) and self._credentials is None:
            hint = f"; set {CLIENT_ID_ENV} and {CLIENT_SECRET_ENV} to use FINRA credentials"
        return f"{what}: FINRA answered {status}: {message or '(no message)'}{hint}"

    def _scrub(self, text: str) -> str:
        if self._credentials is None:
            return text
        for secret in self._credentials:
            text = text.replace(secret, "***")
        return text

    # --- OAuth2 client credentials ----------------------------------------------------------------

    def _auth_header(self) -> dict[str, str]:
        if self._credentials is None:
            return {}
        key = self._token_key(self._credentials)
        with _TOKENS_LOCK:
            token = _TOKENS.get(key)
        if token is None or (token.expires is not None and self._clock() >= token.expires):
            token = self._new_token(self._credentials)
            with _TOKENS_LOCK:
                _TOKENS[key] = token
        self._token = token
        return {"Authorization": f"Bearer {token.value}"}

    def _drop_token(self) -> None:
        """FINRA refused the token this client sent: forget it, unless another client renewed it already."""
        if self._credentials is not None:
            key = self._token_key(self._credentials)
            with _TOKENS_LOCK:
                if _TOKENS.get(key) is self._token:
                    del _TOKENS[key]
        self._token = None

    def _token_key(self, credentials: tuple[str, str]) -> tuple[str, str, str]:
        client_id, secret = credentials
        return self.token_url, client_id, hashlib.sha256(secret.encode("utf-8")).hexdigest()

    def _new_token(self, credentials: tuple[str, str]) -> _Token:
        what = "FINRA token request"
        basic = httpx.BasicAuth(*credentials)
        for attempt in range(1, self.retry.attempts + 1):
            response, failure, retry_after = self._attempt(self.token_url, {}, {}, auth=basic)
            if response is not None:
                break
            if attempt == self.retry.attempts:
                raise FinraError(f"{what}: {self.token_url}: {failure} (tried {attempt} times)")
            self._sleep(self.retry.delay(attempt, retry_after))
        assert response is not None
        if response.status_code != 200:
            raise FinraError(self._refusal(f"{what} to {self.token_url}", response))
        try:
            payload = json.loads(response.content)
            value = str(payload["access_token"])
            lifetime = payload.get("expires_in")
        except (ValueError, KeyError, TypeError):
            raise FinraError(f"{what}: {self.token_url} answered without an access_token") from None
        expires = None
        if lifetime is not None:
            try:
                # Renew a little early, so a token never expires in flight.
                expires = self._clock() + max(0.0, float(lifetime) - 30.0)
            except (TypeError, ValueError):
                expires = None
        return _Token(value, expires)


@functools.cache
def _tls_context() -> ssl.SSLContext:
    """httpx's default verifying TLS context, built once: loading the CA bundle takes a while."""
    return httpx.create_ssl_context()


# --- helpers over one response ---------------------------------------------------------------------


def _equal(field: str, value: str) -> dict[str, str]:
    return {"compareType": "EQUAL", "fieldName": field, "fieldValue": value}


def _page(response: httpx.Response, where: str) -> tuple[list[dict[str, Any]], int | None]:
    """The rows of one response and its Record-Total (None for a 204, which has no rows)."""
    if response.status_code == 204:
        return [], None
    content_type = response.headers.get("Content-Type", "").lower()
    body = response.content
    if "html" in content_type or body.lstrip()[:1] == b"<":
        raise FinraError(
            f"{where}: FINRA answered status {response.status_code} with an HTML page, not JSON "
            f"({_one_line(body[:200].decode('utf-8', 'replace'), 80)})"
        )
    total_text = response.headers.get("Record-Total")
    try:
        total = int(total_text) if total_text is not None else None
    except ValueError:
        raise FinraError(f"{where}: Record-Total header {total_text!r} is not a number") from None
    if not body.strip() and not total:
        return [], total  # an empty 200 with no (or a zero) Record-Total: no rows, as a 204 says
    if total is None or total < 0:
        raise FinraError(f"{where}: the response has no usable Record-Total header")
    try:
        rows = _DECODER.decode(body.decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as exc:
        raise FinraError(f"{where}: malformed or truncated JSON ({_one_line(str(exc), 120)})") from None
    if not isinstance(rows, list) or not all(isinstance(row, dict) for row in rows):
        raise FinraError(f"{where}: the JSON is not an array of records")
    on_page = response.headers.get("Total-Records-On-Page")
    if on_page is not None and on_page.strip().isdigit() and int(on_page) != len(rows):
        raise FinraError(f"{where}: the page says {on_page} records but holds {len(rows)}")
    return rows, total


def _row_hash(row: dict[str, Any]) -> int:
    """A hash of a row's whole content (rows are flat; a nested value falls back to its text)."""
    try:
        return hash(tuple(sorted(row.items())))
    except TypeError:
        return hash(json.dumps(row, sort_keys=True, default=str))


def _week_check(what: str, monday: str, tier: Tier) -> Callable[[dict[str, Any]], None]:
    """Refuse a row of another week or tier: the whole answer is then suspect."""
    tiers: dict[str, Tier | None] = {}  # a week holds one or two spellings of its tier: parse each once

    def check(row: dict[str, Any]) -> None:
        week = row.get("weekStartDate")
        if week != monday:
            raise FinraError(f"{what}: a row has weekStartDate {week!r}, not {monday}")
        tier_text = row.get("tierIdentifier") or row.get("tierDescription")
        row_tier = None
        if isinstance(tier_text, str):
            if tier_text not in tiers:
                tiers[tier_text] = parse_tier(tier_text)
            row_tier = tiers[tier_text]
        if row_tier is not tier:
            raise FinraError(f"{what}: a row is for tier {tier_text!r}, not {tier.value}")

    return check


def _monday_check(what: str) -> Callable[[dict[str, Any]], None]:
    def check(row: dict[str, Any]) -> None:
        text = row.get("weekStartDate")
        try:
            monday = date.fromisoformat(str(text))
        except ValueError:
            raise FinraError(f"{what}: weekStartDate {text!r} is not a date") from None
        if monday.weekday() != 0:
            raise FinraError(f"{what}: weekStartDate {text} is not a Monday")

    return check


def _retry_after(response: httpx.Response) -> float | None:
    """Retry-After in seconds (a number or an HTTP date), None when absent or unreadable."""
    text = response.headers.get("Retry-After")
    if not text:
        return None
    try:
        return max(0.0, float(text))
    except ValueError:
        pass
    try:
        when = parsedate_to_datetime(text)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - datetime.now(UTC)).total_seconds())


def _finra_message(response: httpx.Response) -> str:
    """FINRA's own words from an error response (its JSON ``message``, or the start of the text)."""
    text = response.content[:2000].decode("utf-8", "replace")
    try:
        payload = json.loads(text)
    except ValueError:
        return _one_line(text, 200)
    if isinstance(payload, list) and payload:
        payload = payload[0]
    if isinstance(payload, dict):
        for key in ("message", "error_description", "errorMessage", "error", "detail"):
            value = payload.get(key)
            if value:
                return _one_line(str(value), 200)
    return _one_line(text, 200)
