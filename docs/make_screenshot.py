"""Make ``docs/report.png``, the README's picture of the research report.

A year of realistic synthetic weeks (``bench/generate.py``: 20,000 venue rows a week), backfilled into a
fresh database, reported on, and photographed in headless chromium (the same DevTools-pipe driver as the
browser test). Prints the report's size and build time: the README's figures.

    .venv/bin/python docs/make_screenshot.py                # about a minute
    .venv/bin/python docs/make_screenshot.py --db spine.db --tier OTC --symbol AABB   # your own data
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from tests.report import browser  # noqa: E402

from spine.api import Spine  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", type=Path, help="report on this database instead of generated weeks")
    parser.add_argument("--tier", default="NMS_TIER_1")
    parser.add_argument("--weeks", type=int, default=52)
    parser.add_argument("--rows", type=int, default=20_000, help="venue rows a generated week")
    parser.add_argument("--symbol", action="append", default=None, help="a symbol section (repeat)")
    parser.add_argument("--height", type=int, default=1900, help="pixels of the page's top to keep")
    parser.add_argument("--out", type=Path, default=REPO / "docs" / "report.png")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="spine-screenshot-") as folder:
        work = Path(folder)
        db = args.db or generate(work, args.tier, args.weeks, args.rows)
        page = work / "report.html"
        with Spine(db, must_exist=True) as spine:
            started = time.perf_counter()
            result = spine.report(args.tier, page, weeks=args.weeks, symbols=args.symbol or ["AAPL"])
            seconds = time.perf_counter() - started
        print(f"report: {result.bytes:,} bytes, {len(result.weeks)} weeks, built in {seconds:.2f} s")
        seen = browser.visit(page, work / "profile", "0", width=1200, height=args.height)
        if seen.errors:
            raise SystemExit(f"the page had errors: {seen.errors}")
        args.out.write_bytes(seen.screenshot)
        print(f"wrote {args.out}")


def generate(work: Path, tier: str, weeks: int, rows: int) -> Path:
    files, db = work / "files", work / "spine.db"
    run = [sys.executable, str(REPO / "bench" / "generate.py"), str(files), "--rows", str(rows)]
    subprocess.run([*run, "--weeks", str(weeks), "--tier", tier], check=True, stdout=subprocess.DEVNULL)
    with Spine(db) as spine:
        result = spine.run("otc.backfill_range", tier=tier, source_dir=str(files), weeks_back=weeks)
        if not result.ok:
            raise SystemExit(f"backfill failed: {result.error}")
    return db


if __name__ == "__main__":
    main()
