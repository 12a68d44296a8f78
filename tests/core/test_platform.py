"""The domain-agnostic platform: params, registry, dispatcher, runner, migrations, connections."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest

from spine.core import registry
from spine.core.db import connect
from spine.core.dispatcher import Dispatcher
from spine.core.errors import UsageError
from spine.core.exact import ratio_sql, ratio_text
from spine.core.migrations import apply_migrations, discover
from spine.core.params import Param, parse_assignments, resolve_params
from spine.core.pipeline import Pipeline, PipelineResult


def test_params_convert_declared_types() -> None:
    declared = (
        Param("force", "bool", default=False),
        Param("weeks_back", "int", minimum=1),
        Param("week_ending", "week", required=True),
        Param("file_path", "path"),
    )
    values = resolve_params(
        declared, {"force": "false", "weeks_back": "6", "week_ending": "2025-12-26", "file_path": "a.psv"}
    )
    assert values == {
        "force": False,
        "weeks_back": 6,
        "week_ending": date(2025, 12, 26),
        "file_path": Path("a.psv"),
    }


@pytest.mark.parametrize(
    ("given", "fragment"),
    [
        ({"week_ending": "2025-12-24"}, "week_ending=2025-12-24: 2025-12-24 is a Wednesday"),
        ({"week_ending": "2025-12-26", "force": "maybe"}, "force=maybe: expected true or false"),
        ({"week_ending": "2025-12-26", "weeks_back": "0"}, "weeks_back=0: must be at least 1"),
        ({"week_ending": "2025-12-26", "weeks_back": "six"}, "weeks_back=six: expected a whole number"),
        ({"week_ending": "2025-12-26", "colour": "red"}, "unknown parameter colour"),
        ({}, "missing required parameter week_ending"),
        ({"week_ending": "2025-12-26", "mode": "fast"}, "mode=fast is not allowed; accepted values: a, b"),
    ],
)
def test_bad_params_name_the_parameter(given: dict[str, str], fragment: str) -> None:
    declared = (
        Param("force", "bool", default=False),
        Param("weeks_back", "int", minimum=1),
        Param("week_ending", "week", required=True),
        Param("mode", "str", choices=("a", "b")),
    )
    with pytest.raises(UsageError) as info:
        resolve_params(declared, given)
    assert fragment in str(info.value)


def test_parse_assignments() -> None:
    assert parse_assignments(["a=1", "b=x=y", "c="]) == {"a": "1", "b": "x=y", "c": ""}
    with pytest.raises(UsageError, match="key=value"):
        parse_assignments(["novalue"])
    with pytest.raises(UsageError, match="given twice"):
        parse_assignments(["a=1", "a=2"])


def test_registry_knows_every_pipeline_of_the_spec() -> None:
    names = {p.name for p in registry.all_pipelines()}
    assert names == {
        "otc.ingest_week",
        "otc.normalize_week",
        "otc.aggregate_week",
        "otc.compute_rolling_6w",
        "otc.research_snapshot_week",
        "otc.backfill_range",
        "otc.query_rolling",
        "otc.fetch_week",
        "otc.sync",
    }
    with pytest.raises(UsageError, match=r"unknown pipeline 'otc\.nope'; known pipelines: otc\.agg"):
        registry.get("otc.nope")


class _Boom(Pipeline):
    name = "test.boom"
    description = "writes a row, then fails"

    def run(self) -> PipelineResult:
        self.conn.execute("INSERT INTO scratch (v) VALUES (1)")
        raise RuntimeError("kaboom")


class _Echo(Pipeline):
    name = "test.echo"
    description = "returns its lineage"
    params = (Param("n", "int", default=3),)

    def run(self) -> PipelineResult:
        return PipelineResult.completed(n=self.values["n"], parent=self.context.parent_execution_id)


@pytest.fixture
def conn(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> sqlite3.Connection:
    connection = connect(tmp_path / "p.db")
    apply_migrations(connection)
    connection.execute("CREATE TABLE scratch (v INTEGER)")
    registry.load_domains()
    for cls in (_Boom, _Echo):  # registered for this test only
        monkeypatch.setitem(registry._PIPELINES, cls.name, cls)
    return connection


def test_runner_records_a_crash_as_failed_and_rolls_back(conn: sqlite3.Connection) -> None:
    result = Dispatcher(conn).dispatch("test.boom")
    assert result.status == "FAILED" and result.error == "RuntimeError: kaboom"
    assert result.internal_error and "Traceback" in result.metrics["traceback"]
    assert conn.execute("SELECT COUNT(*) FROM scratch").fetchone()[0] == 0
    row = conn.execute("SELECT * FROM executions WHERE execution_id = ?", (result.execution_id,)).fetchone()
    assert row["status"] == "FAILED" and row["error"] == "RuntimeError: kaboom"
    assert row["finished_at"] is not None and row["duration_ms"] >= 0


def test_dispatcher_converts_params_and_passes_lineage(conn: sqlite3.Connection) -> None:
    dispatcher = Dispatcher(conn)
    parent = dispatcher.dispatch("test.echo")
    child = dispatcher.dispatch(
        "test.echo", {"n": "7"}, parent_execution_id=parent.execution_id, batch_id="b1"
    )
    assert child.metrics == {"n": 7, "parent": parent.execution_id}
    row = conn.execute("SELECT * FROM executions WHERE execution_id = ?", (child.execution_id,)).fetchone()
    assert (row["parent_execution_id"], row["batch_id"], row["status"]) == (
        parent.execution_id,
        "b1",
        "COMPLETED",
    )
    assert row["params"] == '{"n": 7}'
    assert child.execution_id == parent.execution_id + 1  # ids follow run order


def test_interrupted_runs_are_closed(conn: sqlite3.Connection) -> None:
    conn.execute(
        "INSERT INTO executions (execution_id, pipeline_name, params, status, started_at, pid, host)"
        " VALUES (500, 'test.echo', '{}', 'RUNNING', '2025-01-01', 2147483646, ?)",
        (__import__("socket").gethostname(),),
    )
    Dispatcher(conn).dispatch("test.echo")
    row = conn.execute("SELECT status, error FROM executions WHERE execution_id = 500").fetchone()
    assert row["status"] == "FAILED" and row["error"].startswith("interrupted")


def test_migrations_apply_once(tmp_path: Path) -> None:
    connection = connect(tmp_path / "m.db")
    first = apply_migrations(connection)
    assert first == [m.name for m in discover()]
    assert "021_otc_multiweek_real_example" in first
    assert apply_migrations(connection) == []
    versions = [r[0] for r in connection.execute("SELECT version FROM schema_migrations ORDER BY version")]
    assert versions == [m.version for m in discover()]


def test_connection_settings(tmp_path: Path) -> None:
    connection = connect(tmp_path / "c.db")
    assert connection.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert connection.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert connection.execute("PRAGMA busy_timeout").fetchone()[0] > 0


def test_natural_keys_are_constraints(tmp_path: Path) -> None:
    connection = connect(tmp_path / "k.db")
    apply_migrations(connection)
    # Raw records: unique per week by record hash (venue volumes are a view over them, README
    # "Storage layout": their key is normalize's DUPLICATE_KEY rule over the week's records).
    row = (1, 1, b"0123456789abcdef", "AAPL", "NITE", 1, 1, 2, 1, 1)
    insert = (
        "INSERT INTO otc_raw_record (week_key, record_id, record_key, symbol, mpid, total_shares,"
        " total_trades, source_line, capture_id, lineage_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
    )
    connection.execute(insert, row)
    with pytest.raises(sqlite3.IntegrityError):
        connection.execute(insert, (1, 2, *row[2:]))
    with pytest.raises(sqlite3.IntegrityError):
        connection.execute(insert, row)


@pytest.mark.parametrize(
    ("num", "den", "places", "mult", "expected"),
    [
        (3860000, 20400, 2, 1, "189.22"),
        (1650000, 3860000, 4, 100, "42.7461"),
        (5, 0, 2, 1, "0.00"),
        (1, 8, 2, 1, "0.13"),  # 0.125 rounds half up
        (-1, 8, 2, 1, "-0.13"),
        (2**63 - 1, 3, 2, 1, "3074457345618258602.33"),
    ],
)
def test_exact_ratios_in_python_and_sql(num: int, den: int, places: int, mult: int, expected: str) -> None:
    assert ratio_text(num, den, places, mult) == expected
    if num >= 0:
        connection = connect(":memory:")
        assert (
            connection.execute(f"SELECT {ratio_sql(str(num), str(den), places, mult)}").fetchone()[0]
            == expected
        )


# -- a platform that stays small ---------------------------------------------------------------------

CORE = Path(__file__).resolve().parents[2] / "src" / "spine" / "core"


def _imports(path: Path) -> set[str]:
    import ast

    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
            found.update(f"{node.module}.{alias.name}" for alias in node.names)
        elif isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.Name) and node.id == "TYPE_CHECKING":
            found.add("typing.TYPE_CHECKING")
    return found


def test_core_knows_no_domain_and_has_no_type_only_imports() -> None:
    import ast

    for path in sorted(CORE.glob("*.py")):
        imports = _imports(path)
        outside = sorted(m for m in imports if m.startswith("spine.") and not m.startswith("spine.core"))
        assert outside == [], f"{path.name} imports {outside}"
        assert "typing.TYPE_CHECKING" not in imports, f"{path.name} hides an import cycle"
        texts = [
            node.value
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
            if isinstance(node, ast.Constant) and isinstance(node.value, str)
        ]
        assert not [t for t in texts if "otc" in t.lower()], path.name  # not even in a docstring


def test_results_are_a_leaf_and_core_imports_form_no_cycle() -> None:
    graph = {
        path.stem: {
            m.split(".")[2] for m in _imports(path) if m.startswith("spine.core.") and m.count(".") >= 2
        }
        for path in CORE.glob("*.py")
    }
    assert graph["results"] == set()
    seen: set[str] = set()

    def visit(node: str, path: tuple[str, ...]) -> None:
        assert node not in path, f"import cycle: {' -> '.join((*path, node))}"
        if node in seen:
            return
        for child in graph.get(node, set()) - {node}:
            visit(child, (*path, node))
        seen.add(node)

    for module in graph:
        visit(module, ())


def test_domains_register_their_parameter_types(monkeypatch: pytest.MonkeyPatch) -> None:
    from spine.core import params

    monkeypatch.setattr(params, "CONVERTERS", dict(params.CONVERTERS))
    registry.load_domains()
    assert params.converter("week")("2025-12-26") == date(2025, 12, 26)  # the OTC domain's type
    params.register_type(
        "even", lambda raw: int(raw) if int(raw) % 2 == 0 else (_ for _ in ()).throw(ValueError("odd"))
    )
    assert resolve_params((Param("n", "even"),), {"n": "4"}) == {"n": 4}
    with pytest.raises(UsageError, match="parameter n=3: odd"):
        resolve_params((Param("n", "even"),), {"n": "3"})
    with pytest.raises(ValueError, match="registered twice"):
        params.register_type("week", str)
    with pytest.raises(KeyError, match="not registered"):
        resolve_params((Param("n", "colour"),), {"n": "red"})
