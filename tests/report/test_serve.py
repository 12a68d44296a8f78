"""spine serve: a real Datasette process on a free local port, read-only, with the report's queries."""

from __future__ import annotations

import json
import signal
import socket
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest
from click.testing import CliRunner

from spine.api import Spine
from spine.cli import cli
from spine.serve import launcher
from tests.conftest import TIER, all_data, start_cli


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def fetch(url: str, deadline: float) -> bytes:
    """GET ``url``, retrying while the server starts (until ``deadline``)."""
    while True:
        try:
            with urllib.request.urlopen(url, timeout=20) as response:
                assert response.status == 200
                return bytes(response.read())
        except urllib.error.HTTPError:
            raise  # the server answered: no retry
        except (urllib.error.URLError, ConnectionError):
            if time.monotonic() > deadline:
                raise
            time.sleep(0.1)


def test_serve_tables_and_canned_queries(seeded: Spine, reaper: list) -> None:
    port = free_port()
    db = Path(seeded.path)
    expected = [
        dict(r)
        for r in seeded.conn.execute(
            "SELECT week_ending, mpid, total_volume, total_trades, market_share_pct FROM otc_venue_share"
            " WHERE tier = ? ORDER BY week_ending, total_volume DESC, mpid",
            (TIER,),
        )
    ]
    before = all_data(seeded.conn)
    proc = start_cli(db, "serve", "--port", str(port))
    reaper.append(proc)
    base = f"http://127.0.0.1:{port}/{db.stem}"
    deadline = time.monotonic() + 30
    page = fetch(f"{base}/otc_venue_share", deadline).decode("utf-8")
    assert "Venue market shares, per week" in page and "share of the tier-week&#39;s ATS volume" in page
    rows = json.loads(fetch(f"{base}/venue_shares_over_time.json?tier={TIER}&_shape=array", deadline))
    assert rows == expected and len(rows) == 24
    restated = json.loads(fetch(f"{base}/restated_weeks.json?_shape=array", deadline))
    assert restated == []
    # Read-only: a write through the SQL endpoint is refused.
    with pytest.raises(urllib.error.HTTPError) as refused:
        fetch(f"{base}.json?sql=DELETE+FROM+otc_venue_share", deadline)
    assert refused.value.code == 400
    proc.send_signal(signal.SIGINT)
    _out, err = proc.communicate(timeout=15)
    assert proc.returncode == 0, err
    assert err.splitlines()[0] == f"Serving {db.resolve()} read-only at {base} (Ctrl-C stops)"
    assert all_data(seeded.conn) == before


def test_serve_without_datasette_says_how_to_install(seeded: Spine, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(launcher, "datasette_installed", lambda: False)
    result = CliRunner().invoke(cli, ["serve", "--db", str(seeded.path)])
    assert (result.exit_code, result.output) == (
        2,
        "error: spine serve needs Datasette: pip install 'market-spine-basic[serve]'\n",
    )
