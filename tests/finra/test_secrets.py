"""FINRA credentials and tokens never reach output, the database or the archive (a whole sync, by token)."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest
from click.testing import CliRunner

from spine.cli import cli
from spine.domains.otc.finra import client as finra
from tests.finra.standin import Standin

SECRET = "Zq8-secret-of-the-client"


def stored_bytes(folder: Path) -> bytes:
    """Everything written under the folder: database files as they are, archive files decompressed."""
    chunks = []
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        raw = path.read_bytes()
        chunks.append(gzip.decompress(raw) if path.name.endswith(".gz") else raw)
    return b"\n".join(chunks)


def test_a_sync_by_token_keeps_no_secret(
    finra_standin: Standin, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    finra_standin.require_token("spine-client", SECRET, uses_per_token=2)
    monkeypatch.setenv(finra.CLIENT_ID_ENV, "spine-client")
    monkeypatch.setenv(finra.CLIENT_SECRET_ENV, SECRET)
    monkeypatch.setenv(finra.TOKEN_URL_ENV, finra_standin.token_url)
    db = tmp_path / "spine.db"
    ok = CliRunner().invoke(
        cli, ["sync", "--tier", "OTC", "--since", "2025-11-10", "--db", str(db), "--json"]
    )
    assert ok.exit_code == 0, ok.output
    tokens = finra_standin.auth.tokens if finra_standin.auth else {}
    assert len(tokens) >= 2  # the token expired along the way and was renewed
    monkeypatch.setenv(finra.CLIENT_SECRET_ENV, SECRET + "-revoked")
    finra.forget_tokens()
    refused = CliRunner().invoke(cli, ["sync", "--tier", "OTC", "--db", str(db), "--json"])
    assert refused.exit_code == 1 and "Bad credentials" in refused.output
    written = stored_bytes(tmp_path)
    assert b'"weekStartDate":"2025-11-10"' in written  # the archive was read
    for text in (SECRET, *tokens):
        assert text not in ok.output and text not in refused.output
        assert text.encode() not in written
