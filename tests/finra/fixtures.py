"""The FINRA stand-in as a pytest fixture (imported by tests/conftest.py, so every test can use it)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

import pytest

from spine.domains.otc.finra import client

if TYPE_CHECKING:
    from tests.finra.standin import Standin

# Retries and pacing for tests: the same logic, milliseconds instead of seconds.
FAST_POLICY = client.RetryPolicy(attempts=4, first_delay=0.01, max_delay=0.05, max_per_second=0)


@pytest.fixture
def finra_standin(monkeypatch: pytest.MonkeyPatch) -> Iterator[Standin]:
    """A running stand-in serving the seed weeks (NMS_TIER_1) and the real OTC samples.

    ``SPINE_FINRA_API_URL`` points at it, FINRA credentials are unset, and clients built without a
    ``retry`` policy use ``FAST_POLICY`` (in this process only).
    """
    # Imported here: the stand-in's data module reads paths from tests.conftest, which imports this one.
    from tests.finra.served import default_data
    from tests.finra.standin import Standin

    for name in (client.CLIENT_ID_ENV, client.CLIENT_SECRET_ENV, client.TOKEN_URL_ENV):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setattr(client, "DEFAULT_POLICY", FAST_POLICY)
    client.forget_tokens()
    with Standin(default_data()) as standin:
        monkeypatch.setenv(client.API_URL_ENV, standin.url)
        yield standin
