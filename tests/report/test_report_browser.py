"""The report in a real headless chromium: loads from file:// with no network, no console error, charts drawn.

Runs when Debian's chromium is installed (``.ci/run`` installs it); otherwise skipped with the reason.
The screenshot is kept beside the test's page (and ``docs/report.png`` is made the same way, by
``docs/make_screenshot.py``).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from spine.api import Spine
from tests.report import browser

pytestmark = pytest.mark.skipif(
    not browser.available(),
    reason=f"{browser.CHROMIUM} is absent: install Debian's chromium (apt-get install chromium) to run it",
)

# For every chart: its drawn width and height, and how many data marks (bars, lines, points) it holds.
CHARTS_SCRIPT = """
Array.from(document.querySelectorAll('figure.chart svg')).map(svg => {
  const box = svg.getBoundingClientRect();
  return [Math.round(box.width), Math.round(box.height), svg.querySelectorAll('g.role-mark > path').length];
})
"""


def test_report_in_headless_chromium(seeded: Spine, tmp_path: Path) -> None:
    out = tmp_path / "report.html"
    seeded.report("NMS_TIER_1", out, symbols=["AAPL"])
    seen = browser.visit(out, tmp_path / "profile", CHARTS_SCRIPT)
    assert seen.errors == []
    # The page itself is the one request; nothing else was asked for (no script, font, image).
    assert seen.requests == [out.resolve().as_uri()]
    charts = seen.result
    assert len(charts) == out.read_text(encoding="utf-8").count('<figure class="chart">') >= 5
    assert all(width > 300 and height > 100 and marks > 0 for width, height, marks in charts), charts
    shot = tmp_path / "report.png"  # kept with the test's files for a look after a failure
    shot.write_bytes(seen.screenshot)
    assert seen.screenshot.startswith(b"\x89PNG") and len(seen.screenshot) > 50_000
