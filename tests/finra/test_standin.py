"""The stand-in runs by hand as the README shows (``python -m tests.finra.standin``)."""

from __future__ import annotations

import re
import subprocess
import sys
from datetime import date

from spine.domains.otc.finra.client import FinraClient, RetryPolicy
from tests.conftest import REPO


def test_the_standin_runs_by_hand_and_serves_the_seed_and_real_weeks(
    reaper: list[subprocess.Popen[str]],
) -> None:
    proc = subprocess.Popen(
        [sys.executable, "-m", "tests.finra.standin", "--port", "0", "--data", "seed,realdata"],
        cwd=REPO,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    reaper.append(proc)
    assert proc.stdout is not None
    banner = proc.stdout.readline()
    found = re.search(r"http://127\.0\.0\.1:\d+", banner)
    assert found, banner + proc.stderr.read() if proc.stderr else banner
    with FinraClient(found.group(0), retry=RetryPolicy(max_per_second=0)) as client:
        assert client.published_weeks("OTC") == [date(2025, 11, 28), date(2025, 11, 21), date(2025, 11, 14)]
        assert client.published_weeks("NMS_TIER_1")[0] == date(2025, 12, 26)
    proc.terminate()
    proc.wait(timeout=10)
