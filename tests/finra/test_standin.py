"""The stand-in runs by hand as the README shows (``python -m tests.finra.standin``)."""

from __future__ import annotations

import os
import queue
import re
import subprocess
import sys
import threading
from datetime import date

from spine.domains.otc.finra.client import FinraClient, RetryPolicy
from tests.conftest import REPO

BANNER_TIMEOUT = 20.0


def read_banner(proc: subprocess.Popen[str]) -> str:
    """The stand-in's first line, or a clear failure if it does not come (a banner stuck in a buffer)."""
    stdout = proc.stdout
    assert stdout is not None
    lines: queue.Queue[str] = queue.Queue()
    threading.Thread(target=lambda: lines.put(stdout.readline()), daemon=True).start()
    try:
        return lines.get(timeout=BANNER_TIMEOUT)
    except queue.Empty:
        proc.kill()
        raise AssertionError(f"the stand-in printed no banner within {BANNER_TIMEOUT:.0f} s") from None


def test_the_standin_runs_by_hand_and_serves_the_seed_and_real_weeks(
    reaper: list[subprocess.Popen[str]],
) -> None:
    proc = subprocess.Popen(
        [sys.executable, "-m", "tests.finra.standin", "--port", "0", "--data", "seed,realdata"],
        cwd=REPO,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    reaper.append(proc)
    banner = read_banner(proc)
    found = re.search(r"http://127\.0\.0\.1:\d+", banner)
    assert found, banner + proc.stderr.read() if proc.stderr else banner
    with FinraClient(found.group(0), retry=RetryPolicy(max_per_second=0)) as client:
        assert client.published_weeks("OTC") == [date(2025, 11, 28), date(2025, 11, 21), date(2025, 11, 14)]
        assert client.published_weeks("NMS_TIER_1")[0] == date(2025, 12, 26)
    proc.terminate()
    proc.wait(timeout=10)
