"""Starting Datasette on a spine database: read-only (immutable), local unless told otherwise."""

from __future__ import annotations

import importlib.util
import json
import sqlite3
import tempfile
from pathlib import Path

from spine.serve.metadata import metadata

INSTALL_HINT = "spine serve needs Datasette: pip install 'market-spine-basic[serve]'"


def datasette_installed() -> bool:
    return importlib.util.find_spec("datasette") is not None


def url(host: str, port: int, database: Path) -> str:
    shown = f"[{host}]" if ":" in host else host
    return f"http://{shown}:{port}/{database.stem}"


def serve(database: Path, host: str, port: int) -> None:
    """Serve ``database`` until interrupted (Ctrl-C). Datasette opens it immutable: it never writes."""
    # Immutable mode reads the main file only: fold any write-ahead log into it first.
    with sqlite3.connect(database) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        tables = {
            str(r[0]) for r in conn.execute("SELECT name FROM sqlite_master WHERE type IN ('table', 'view')")
        }
    from datasette.cli import serve as datasette_serve  # type: ignore[import-untyped]

    with tempfile.TemporaryDirectory(prefix="spine-serve-") as folder:
        meta = Path(folder) / "metadata.json"
        meta.write_text(json.dumps(metadata(database.stem, tables), indent=1), encoding="utf-8")
        datasette_serve.main(
            args=["--immutable", str(database), "--host", host, "--port", str(port), "--metadata", str(meta)],
            prog_name="spine serve",
            standalone_mode=False,
        )
