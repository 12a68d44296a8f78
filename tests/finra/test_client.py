"""The FINRA client against the local stand-in: discovery, whole weeks, paging, retries, faults, auth."""

from __future__ import annotations

import itertools
import json
import socket
import time
from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from typing import Any

import pytest

from spine.domains.otc.finra import client as finra
from spine.domains.otc.finra.client import FinraClient, FinraError, RetryPolicy
from tests import oracle
from tests.finra.served import FinraData, default_data, encode_rows, realdata_api_rows
from tests.finra.standin import Standin

FAST = RetryPolicy(attempts=4, first_delay=0.01, max_delay=0.05, max_per_second=0)
SEED_FRIDAYS = ["2025-12-26", "2025-12-19", "2025-12-12", "2025-12-05", "2025-11-28", "2025-11-21"]
OTC_FRIDAYS = ["2025-11-28", "2025-11-21", "2025-11-14"]
SECRET = "s3cr3t-Value-never-shown"


def decoded(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The served rows as a JSON decoder reading FINRA's text sees them (fractions exact)."""
    return [json.loads(line, parse_float=Decimal) for line in encode_rows(rows)]


def expected(standin: Standin, code: str, week: str) -> list[dict[str, Any]]:
    return decoded(oracle.finra_week_rows(standin.data.current, code, week))


class Sleeps(list[float]):
    """Records the waits a client asks for instead of waiting."""

    def __call__(self, seconds: float) -> None:
        self.append(seconds)


@pytest.fixture
def standin(monkeypatch: pytest.MonkeyPatch) -> Iterator[Standin]:
    for name in (finra.CLIENT_ID_ENV, finra.CLIENT_SECRET_ENV, finra.TOKEN_URL_ENV, finra.API_URL_ENV):
        monkeypatch.delenv(name, raising=False)
    finra.forget_tokens()  # a port may come back in a later test: no token of an earlier server
    with Standin(default_data()) as server:
        yield server


def make(standin: Standin, sleeps: Sleeps | None = None, **options: Any) -> FinraClient:
    """A client with fast retries, recording its waits, and pacing of its own (its own clock)."""
    options.setdefault("retry", FAST)
    options.setdefault("sleep", sleeps if sleeps is not None else Sleeps())
    options.setdefault("clock", lambda: time.monotonic())
    return FinraClient(standin.url, **options)


def one_line_error(excinfo: pytest.ExceptionInfo[FinraError]) -> str:
    message = str(excinfo.value)
    assert "\n" not in message and message
    return message


# --- discovery and whole weeks ---------------------------------------------------------------------


def test_published_weeks_are_fridays_newest_first(standin: Standin) -> None:
    with make(standin) as client:
        assert [w.isoformat() for w in client.published_weeks("NMS_TIER_1")] == SEED_FRIDAYS
        assert [w.isoformat() for w in client.published_weeks("OTCE")] == OTC_FRIDAYS
        assert client.published_weeks("NMS_TIER_2") == []
    bodies = [r.body for r in standin.data_requests("weeklyDownloadDetails")]
    assert len(bodies) == 6
    filters = {tuple(sorted((f["fieldName"], f["fieldValue"]) for f in b["compareFilters"])) for b in bodies}
    assert filters == {
        (("summaryTypeCode", summary), ("tierIdentifier", code))
        for summary in ("ATS_W_SMBL", "OTC_W_SMBL")
        for code in ("T1", "T2", "OTCE")
    }
    assert all(b["fields"] == ["weekStartDate"] and b["limit"] == 5000 for b in bodies)


def test_a_week_waits_until_its_non_ats_data_is_listed(standin: Standin) -> None:
    data = default_data()
    data.listed_only = {("2026-01-05", "T1", "ATS_W_SMBL")}  # ATS out, non-ATS not yet
    standin.serve(data)
    with make(standin) as client:
        assert [w.isoformat() for w in client.published_weeks("T1")] == SEED_FRIDAYS


def test_fetch_week_returns_every_row_of_every_grain(standin: Standin) -> None:
    with make(standin) as client:
        for code, weeks in (("T1", SEED_FRIDAYS), ("OTCE", OTC_FRIDAYS)):
            for week in weeks:
                fetched = client.fetch_week(code, date.fromisoformat(week))
                want = expected(standin, code, week)
                assert fetched.rows == want
                assert (fetched.dataset, fetched.record_total, fetched.pages) == (
                    "weeklySummary",
                    len(want),
                    1,
                )
                assert fetched.week_ending == date.fromisoformat(week)
    first = standin.data_requests("weeklySummary")[0]
    assert first.headers["Accept"] == "application/json"
    assert "gzip" in first.headers["Accept-Encoding"]
    assert first.body["compareFilters"] == [
        {"compareType": "EQUAL", "fieldName": "weekStartDate", "fieldValue": "2025-12-22"},
        {"compareType": "EQUAL", "fieldName": "tierIdentifier", "fieldValue": "T1"},
    ]
    grains = {row["summaryTypeCode"] for row in expected(standin, "T1", "2025-12-26")}
    assert grains == {"ATS_W_SMBL_FIRM", "ATS_W_SMBL", "ATS_W_FIRM", "OTC_W_SMBL_FIRM", "OTC_W_SMBL"}


def test_short_pages_advance_the_offset_by_the_rows_received(standin: Standin) -> None:
    standin.page_bytes = 20_000  # some 38 rows a page, far fewer than the limit asks for
    progress: list[tuple[str, int, int]] = []
    with make(standin, on_page=lambda *args: progress.append(args)) as client:
        fetched = client.fetch_week("OTC", date(2025, 11, 14))
    want = expected(standin, "OTCE", "2025-11-14")
    assert fetched.rows == want and fetched.record_total == len(want)
    requests = standin.data_requests("weeklySummary")
    offsets = [r.body["offset"] for r in requests]
    assert fetched.pages == len(requests) == len(progress) > 10
    assert all(r.body["limit"] == 5000 for r in requests)
    received = [count for _, count, _ in progress]
    assert offsets == [0, *received[:-1]]
    assert received[-1] == len(want) and progress[0][2] == len(want)
    assert all(b > a for a, b in itertools.pairwise(received))


def test_204_then_weekly_summary_historic_with_its_own_filters(standin: Standin) -> None:
    recorded = realdata_api_rows()
    old = [r for r in recorded if str(r["weekStartDate"]) < "2024-01-01"]
    standin.serve(FinraData(current=[r for r in recorded if r not in old], historic=old))
    with make(standin) as client:
        assert client.published_weeks("T1")[-1] == date(2022, 7, 1)
        fetched = client.fetch_week("NMS_TIER_1", date(2022, 7, 1))
    want = decoded(oracle.finra_week_rows(old, "T1", "2022-07-01"))
    assert len(want) == 2 and fetched.rows == want
    assert fetched.dataset == "weeklySummaryHistoric"
    summary, historic = standin.data_requests("weeklySummary"), standin.data_requests("weeklySummaryHistoric")
    assert [r.status for r in summary] == [204] and [r.status for r in historic] == [200]
    assert {f["fieldName"] for f in historic[0].body["compareFilters"]} == {"weekStartDate", "tierIdentifier"}


def test_an_empty_200_means_no_rows_like_a_204(standin: Standin) -> None:
    recorded = realdata_api_rows()
    standin.serve(FinraData(historic=recorded))
    standin.fail("empty_200", dataset="weeklySummary")
    with make(standin) as client:
        fetched = client.fetch_week("T1", date(2023, 1, 20))
    assert fetched.dataset == "weeklySummaryHistoric"
    assert fetched.rows == decoded(oracle.finra_week_rows(recorded, "T1", "2023-01-20"))


def test_a_row_repeated_while_paging_fails_the_week_but_a_repeated_week_listing_does_not(
    standin: Standin,
) -> None:
    standin.fail("repeat_rows", dataset="weeklySummary")
    standin.fail("repeat_rows", dataset="weeklyDownloadDetails", times=2)
    with make(standin) as client:
        assert [w.isoformat() for w in client.published_weeks("T1")] == SEED_FRIDAYS
        with pytest.raises(FinraError) as excinfo:
            client.fetch_week("T1", date(2025, 12, 26))
    assert "a row came twice" in one_line_error(excinfo)


def test_real_numbers_keep_every_digit(standin: Standin) -> None:
    standin.serve(FinraData(current=realdata_api_rows()))
    with make(standin) as client:
        fetched = client.fetch_week("T1", date(2026, 6, 12))
    aapl = next(r for r in fetched.rows if r["issueSymbolIdentifier"] == "AAPL")
    assert aapl["totalNotionalSum"] == Decimal("1.4785138976572317E10")
    assert aapl["totalWeeklyShareQuantity"] == 49826326


def test_a_listed_week_without_rows_fails_in_one_line(standin: Standin) -> None:
    data = default_data()
    data.listed_only = {("2026-01-05", "T1", "ATS_W_SMBL"), ("2026-01-05", "T1", "OTC_W_SMBL")}
    standin.serve(data)
    with make(standin) as client, pytest.raises(FinraError) as excinfo:
        client.fetch_week("T1", date(2026, 1, 9))
    message = one_line_error(excinfo)
    assert "no rows" in message and "2026-01-09" in message and "weeklySummaryHistoric" in message


def test_requests_are_paced_to_ten_a_second_across_clients(standin: Standin) -> None:
    standin.page_bytes = 5000  # a T1 seed week in 3 or 4 pages
    policy = RetryPolicy(first_delay=0.01)
    started = time.monotonic()
    with FinraClient(standin.url, retry=policy) as first, FinraClient(standin.url, retry=policy) as second:
        pages = first.fetch_week("T1", date(2025, 12, 26)).pages
        pages += second.fetch_week("T1", date(2025, 12, 19)).pages
    elapsed = time.monotonic() - started
    assert pages >= 6
    assert elapsed >= (pages - 1) * 0.1 * 0.95


# --- transient faults are retried, within bounds ---------------------------------------------------


@pytest.mark.parametrize(
    ("kind", "options", "waits"),
    [
        ("status", {"status": 429, "retry_after": "0.03", "message": "Too Many Requests"}, [0.03]),
        ("status", {"status": 503, "times": 3}, [0.01, 0.02, 0.04]),
        ("status", {"status": 500}, [0.01]),
        ("slow", {"seconds": 0.4}, [0.01]),
        ("drop", {}, [0.01]),
        ("short_body", {}, [0.01]),
    ],
    ids=["429-retry-after", "503-burst", "500", "slow-past-timeout", "dropped-connection", "cut-connection"],
)
def test_transient_faults_are_retried(
    standin: Standin, kind: str, options: dict[str, Any], waits: list[float]
) -> None:
    standin.fail(kind, dataset="weeklySummary", offset=0, **options)
    sleeps = Sleeps()
    with make(standin, sleeps, timeout=0.3) as client:
        fetched = client.fetch_week("OTC", date(2025, 11, 14))
    assert fetched.rows == expected(standin, "OTCE", "2025-11-14")
    assert sleeps == pytest.approx(waits)
    assert len(standin.data_requests("weeklySummary")) == fetched.pages + len(waits)


def test_retries_are_bounded_and_retry_after_capped(standin: Standin) -> None:
    standin.fail("status", status=429, retry_after="3600", times=10)
    sleeps = Sleeps()
    with make(standin, sleeps) as client, pytest.raises(FinraError) as excinfo:
        client.fetch_week("T1", date(2025, 12, 26))
    message = one_line_error(excinfo)
    assert "429" in message and "tried 4 times" in message
    assert f"{standin.url}/data/group/otcMarket/name/weeklySummary" in message
    assert sleeps == [FAST.max_delay] * 3
    assert len(standin.data_requests()) == FAST.attempts


def test_default_bounds_are_the_documented_ones() -> None:
    policy = RetryPolicy()
    assert (policy.attempts, policy.max_per_second) == (5, 10.0)
    assert [policy.delay(n, None) for n in range(1, 5)] == [1.0, 2.0, 4.0, 8.0]
    assert policy.delay(1, 600.0) == 60.0


def test_no_network_names_the_url_and_the_cause(monkeypatch: pytest.MonkeyPatch) -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]  # closed again: nothing listens there
    monkeypatch.setenv(finra.API_URL_ENV, f"http://127.0.0.1:{port}")
    monkeypatch.delenv(finra.CLIENT_ID_ENV, raising=False)
    with FinraClient(retry=FAST, sleep=Sleeps()) as client, pytest.raises(FinraError) as excinfo:
        client.published_weeks("OTC")
    message = one_line_error(excinfo)
    assert f"http://127.0.0.1:{port}/data/group/otcMarket/name/weeklyDownloadDetails" in message
    assert "cannot reach" in message and "refused" in message.lower()


# --- answers that cannot be trusted fail the week --------------------------------------------------


@pytest.mark.parametrize(
    ("kind", "offset", "phrase"),
    [
        ("html", 0, "HTML page"),
        ("truncate", 0, "malformed or truncated JSON"),
        ("truncate", 3, "malformed or truncated JSON"),
        ("total_change", 3, "Record-Total changed from"),
        ("inflated_total", None, "held no rows"),
        ("foreign_week", 3, "weekStartDate '2025-12-15', not 2025-12-22"),
        ("foreign_tier", 0, "not NMS_TIER_1"),
    ],
)
def test_untrustworthy_answers_fail_the_week(
    standin: Standin, kind: str, offset: int | None, phrase: str
) -> None:
    standin.page_bytes = 2000  # the T1 week in 8 pages
    if offset is not None:
        # the fault hits the `offset`-th page (0 the first), at the offset a clean fetch asked for
        offsets = _page_offsets(standin, "T1", date(2025, 12, 26))
        standin.fail(kind, dataset="weeklySummary", offset=offsets[offset])
    else:
        standin.fail(kind, dataset="weeklySummary", times=1000)
    with make(standin) as client, pytest.raises(FinraError) as excinfo:
        client.fetch_week("T1", date(2025, 12, 26))
    message = one_line_error(excinfo)
    assert phrase in message and "NMS_TIER_1 week 2025-12-26" in message


def _page_offsets(standin: Standin, tier: str, week: date) -> list[int]:
    with make(standin) as client:
        client.fetch_week(tier, week)
    return [r.body["offset"] for r in standin.data_requests("weeklySummary")]


@pytest.mark.parametrize(
    ("status", "finra_message"),
    [
        (400, "Invalid field name: weekStartDat"),
        (403, "Access denied"),
        (404, "Dataset not found"),
        (301, "Moved Permanently"),
    ],
)
def test_other_statuses_fail_at_once_with_finras_message(
    standin: Standin, status: int, finra_message: str
) -> None:
    standin.fail("status", status=status, message=finra_message)
    with make(standin) as client, pytest.raises(FinraError) as excinfo:
        client.fetch_week("T1", date(2025, 12, 26))
    message = one_line_error(excinfo)
    assert f"FINRA answered {status}" in message and finra_message in message
    assert len(standin.data_requests()) == 1


def test_a_week_must_be_a_friday_and_a_tier_known(standin: Standin) -> None:
    with make(standin) as client:
        with pytest.raises(FinraError, match="2025-12-25 is not a Friday"):
            client.fetch_week("T1", date(2025, 12, 25))
        with pytest.raises(FinraError, match="unknown tier 'T9'"):
            client.published_weeks("T9")
    assert standin.requests == []


# --- OAuth2 client credentials ---------------------------------------------------------------------


@pytest.fixture
def with_credentials(standin: Standin, monkeypatch: pytest.MonkeyPatch) -> Standin:
    standin.require_token("spine-client", SECRET, uses_per_token=5)
    monkeypatch.setenv(finra.CLIENT_ID_ENV, "spine-client")
    monkeypatch.setenv(finra.CLIENT_SECRET_ENV, SECRET)
    monkeypatch.setenv(finra.TOKEN_URL_ENV, standin.token_url)
    return standin


def test_token_is_sent_as_bearer_and_renewed_once_on_401(with_credentials: Standin) -> None:
    standin = with_credentials
    standin.page_bytes = 2000  # a T1 seed week in 8 pages
    with make(standin) as client:
        fetched = client.fetch_week("T1", date(2025, 12, 26))
        assert SECRET not in repr(client)
    assert fetched.rows == expected(standin, "T1", "2025-12-26")
    assert 5 < fetched.pages <= 10
    tokens = standin.token_requests()
    data = standin.data_requests()
    assert len(data) == fetched.pages + 1  # the page refused with 401 was asked again
    assert len(tokens) == 2  # a token lasts 5 requests: one renewal
    basic = tokens[0].headers["Authorization"]
    assert basic.startswith("Basic ") and SECRET not in basic
    assert all(r.headers["Authorization"] in ("Bearer token-1", "Bearer token-2") for r in data)
    assert [r.status for r in data].count(401) == 1


def test_one_token_serves_every_client_of_the_process(with_credentials: Standin) -> None:
    with make(with_credentials) as first, make(with_credentials) as second:
        first.published_weeks("T1")  # 2 requests
        second.fetch_week("T1", date(2025, 12, 26))  # 1 request: the token's 3rd use
    assert len(with_credentials.token_requests()) == 1
    assert {r.headers["Authorization"] for r in with_credentials.data_requests()} == {"Bearer token-1"}


def test_without_credentials_a_token_server_refuses_in_one_line(
    with_credentials: Standin, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(finra.CLIENT_SECRET_ENV)
    with make(with_credentials) as client, pytest.raises(FinraError) as excinfo:
        client.published_weeks("T1")
    message = one_line_error(excinfo)
    assert "401" in message and finra.CLIENT_ID_ENV in message


def test_wrong_secret_fails_without_showing_it(
    with_credentials: Standin, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(finra.CLIENT_SECRET_ENV, SECRET + "-wrong")
    with make(with_credentials) as client, pytest.raises(FinraError) as excinfo:
        client.fetch_week("T1", date(2025, 12, 26))
    message = one_line_error(excinfo)
    assert "token" in message and "401" in message and "Bad credentials" in message
    assert SECRET not in message
    assert with_credentials.data_requests() == []
