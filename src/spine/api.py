"""The library API: everything the ``spine`` command does, callable from Python.

    from spine.api import Spine
    with Spine("spine.db") as spine:
        result = spine.run("otc.backfill_range", tier="NMS_TIER_1",
                           source_dir="data/fixtures/otc", weeks_back=6)
        print(spine.rolling("NMS_TIER_1", "2025-12-26"))

The CLI is a thin skin over this class: each command has a method twin here.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any

from spine.core import registry
from spine.core.database import open_database
from spine.core.db import default_db_path
from spine.core.dbfile import BackupResult, backup
from spine.core.dispatcher import Dispatcher
from spine.core.errors import UsageError
from spine.core.params import CONVERTERS, resolve_params
from spine.core.pipeline import Pipeline, ProgressCallback, Status
from spine.core.runner import ExecutionResult
from spine.domains.otc.figures.trend import min_trend_base
from spine.domains.otc.storage import StorageStats, storage_stats
from spine.domains.otc.validators import normalize_tier_param
from spine.domains.otc.views import Rows, WeekSpan, latest_week
from spine.domains.otc.views import captures as views_captures
from spine.domains.otc.views import checks as views_checks
from spine.domains.otc.views import rejects as views_rejects
from spine.domains.otc.views import rolling as views_rolling
from spine.domains.otc.views import shares as views_shares
from spine.domains.otc.views import snapshot as views_snapshot
from spine.domains.otc.views import status as views_status
from spine.domains.otc.views import symbol as views_symbol
from spine.domains.otc.views.weeks import OPEN_END, OPEN_START, RangeWords, weeks_before
from spine.render.export import export_views

if TYPE_CHECKING:
    from spine.render.report import ReportResult

DEFAULT_REPORT_WEEKS = 52  # a year of weeks when a report names no range


class Spine:
    """One database, opened with migrations applied (unless ``must_exist`` and it is missing)."""

    def __init__(
        self, path: str | Path | None = None, *, must_exist: bool = False, read_only: bool = False
    ) -> None:
        """Open (creating and upgrading when needed) the database at ``path``.

        With ``must_exist`` the database is opened for looking: a missing file is an error rather than
        a new database, and an up-to-date database is opened read-only, so read-only files work.
        With ``read_only`` it is opened the same way, and a missing file is an empty database in
        memory (nothing is created): for runs that write nothing, such as a dry run.
        Another program's SQLite file, a newer release's database or a changed migration raise a
        `PipelineError` before anything in the file changes.
        """
        self.path = Path(path or default_db_path())
        opened = open_database(self.path, reader=must_exist or read_only, missing_ok=read_only)
        self.conn: sqlite3.Connection = opened.conn
        self.applied = opened.applied
        self.read_only = opened.read_only
        self.dispatcher = Dispatcher(self.conn)

    def __enter__(self) -> Spine:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def close(self) -> None:
        """Close the database connection; the instance is unusable afterwards."""
        self.conn.close()

    # -- running -----------------------------------------------------------------------------

    def run(
        self,
        name: str,
        params: dict[str, Any] | None = None,
        *,
        progress: ProgressCallback | None = None,
        **kwargs: Any,
    ) -> ExecutionResult:
        """Dispatch a pipeline by name; parameters as strings or Python values."""
        return self.dispatcher.dispatch(name, {**(params or {}), **kwargs}, progress=progress)

    @staticmethod
    def pipelines() -> list[type[Pipeline]]:
        """Every registered pipeline class, sorted by name."""
        return registry.all_pipelines()

    # -- fetching from FINRA -----------------------------------------------------------------

    def sync(
        self,
        tiers: Sequence[str] | None = None,
        *,
        since: str | date | None = None,
        weeks: int | None = None,
        recheck: int | None = None,
        archive: str | Path | None = None,
        dry_run: bool = False,
        progress: ProgressCallback | None = None,
    ) -> ExecutionResult:
        """Bring the database up to date from FINRA's Query API (the twin of ``spine sync``).

        For each tier (default all three): on an empty tier the 12 newest published weeks, later every
        published week after the tier's weeks already loaded (and any FINRA lists that a failed or
        interrupted run left out), plus the ``recheck`` newest loaded weeks fetched again (default 4) to
        catch restatements. ``since`` (weeks ending on or after a date) or ``weeks`` (the N newest
        published) sets where to start instead. Each week is archived under ``archive`` (default
        ``$SPINE_ARCHIVE``, else ``<db stem>_archive`` beside the database), ingested, normalized and
        aggregated; then rolling and the snapshot of every processed week. One run, one batch id.

        Returns the run's result: ``metrics["weeks"]`` reports each week (``status`` OK or FAILED,
        its stages, ``note`` "restated by FINRA" for a restated week), ``metrics["restated"]`` the
        restated weeks with their new and previous capture ids; ``weeks_failed`` counts failures.
        With ``dry_run`` only FINRA's list of weeks is read and the plan comes back (execution id 0):
        nothing is fetched, archived or written.
        """
        values = _sync_values(tiers, since, weeks, recheck, archive)
        if dry_run:
            return _preview_sync(self.conn, self.path, values)
        return self.run("otc.sync", values, progress=progress)

    @staticmethod
    def preview_sync(
        db: str | Path | None = None,
        tiers: Sequence[str] | None = None,
        *,
        since: str | date | None = None,
        weeks: int | None = None,
        recheck: int | None = None,
        archive: str | Path | None = None,
    ) -> ExecutionResult:
        """What `sync` would fetch for the database at ``db``, without opening it for writing.

        The database is read read-only; a missing one counts as empty and is not created. Nothing is
        fetched but FINRA's list of published weeks, and nothing is archived.
        """
        values = _sync_values(tiers, since, weeks, recheck, archive)
        path = Path(db or default_db_path())
        if not path.exists():
            return _preview_sync(None, path, values)
        with Spine(path, must_exist=True) as spine:  # opened for looking: read-only when up to date
            return _preview_sync(spine.conn, path, values)

    # -- looking -----------------------------------------------------------------------------
    # One method per look command, with the command's options. Weeks: ``week`` (one week, or
    # "latest"), or ``from_week``/``to_week`` (either open), or ``weeks`` (N weeks ending at
    # ``to_week`` or at the latest week). Rows are dicts; figures are int and Decimal.

    def status(
        self,
        tier: str | None = None,
        week: str | None = None,
        *,
        from_week: str | None = None,
        to_week: str | None = None,
        weeks: int | None = None,
        span: WeekSpan | None = None,
    ) -> Rows:
        """`spine status`: one line per week and tier (stage, counts, worst quality); every week."""
        return views_status.status(
            self.conn, _tier(tier), _span(week, "all", from_week, to_week, weeks, span)
        )

    def rejects(
        self,
        tier: str | None = None,
        week: str | None = None,
        reason: str | None = None,
        all_captures: bool = False,
        *,
        from_week: str | None = None,
        to_week: str | None = None,
        weeks: int | None = None,
        span: WeekSpan | None = None,
    ) -> Rows:
        """`spine rejects`: rejected lines of the current data (``all_captures``: of every capture)."""
        return views_rejects.rejects(
            self.conn, _tier(tier), _span(week, "all", from_week, to_week, weeks, span), reason, all_captures
        )

    def checks(
        self,
        tier: str | None = None,
        week: str | None = None,
        status: str | None = None,
        *,
        from_week: str | None = None,
        to_week: str | None = None,
        weeks: int | None = None,
        span: WeekSpan | None = None,
    ) -> Rows:
        """`spine checks`: quality checks, optionally of one status (PASS, WARN, FAIL); every week."""
        return views_checks.checks(
            self.conn, _tier(tier), _span(week, "all", from_week, to_week, weeks, span), status
        )

    def snapshot(
        self,
        tier: str | None = None,
        week: str | None = None,
        symbol: str | None = None,
        *,
        from_week: str | None = None,
        to_week: str | None = None,
        weeks: int | None = None,
        span: WeekSpan | None = None,
    ) -> Rows:
        """`spine snapshot`: research snapshot rows by week (default: the latest week)."""
        return views_snapshot.snapshot(
            self.conn, _tier(tier), _span(week, "latest", from_week, to_week, weeks, span), symbol
        )

    def rolling(
        self,
        tier: str | None = None,
        week: str | None = None,
        symbol: str | None = None,
        *,
        from_week: str | None = None,
        to_week: str | None = None,
        weeks: int | None = None,
        span: WeekSpan | None = None,
    ) -> Rows:
        """`spine rolling`: 6-week averages and trends by week (default: the latest week)."""
        return views_rolling.rolling(
            self.conn, _tier(tier), _span(week, "latest", from_week, to_week, weeks, span), symbol
        )

    def shares(
        self,
        tier: str | None = None,
        week: str | None = None,
        mpid: str | list[str] | None = None,
        *,
        from_week: str | None = None,
        to_week: str | None = None,
        weeks: int | None = None,
        span: WeekSpan | None = None,
    ) -> Rows:
        """`spine shares`: venue shares by week, long format, with rank and change in points."""
        mpids = [mpid] if isinstance(mpid, str) else mpid
        return views_shares.shares(
            self.conn, _tier(tier), _span(week, "latest", from_week, to_week, weeks, span), mpids
        )

    def symbol(
        self,
        symbol: str,
        tier: str | None = None,
        week: str | None = None,
        *,
        from_week: str | None = None,
        to_week: str | None = None,
        weeks: int | None = None,
        span: WeekSpan | None = None,
    ) -> Rows:
        """`spine symbol`: one symbol's venues week by week with its totals and trend (every week).

        A blank ``symbol`` is a `UsageError`: it names no symbol, so there is nothing to look up.
        """
        code = symbol.strip().upper()
        if not code:
            raise UsageError("symbol: give a symbol code, e.g. AAPL (it was blank)")
        return views_symbol.symbol(
            self.conn,
            code,
            _tier(tier),
            _span(week, "all", from_week, to_week, weeks, span),
        )

    def captures(
        self,
        tier: str | None = None,
        week: str | None = None,
        *,
        from_week: str | None = None,
        to_week: str | None = None,
        weeks: int | None = None,
        span: WeekSpan | None = None,
    ) -> Rows:
        """`spine captures`: the revision history, every distinct file content loaded per week."""
        return views_captures.captures(
            self.conn, _tier(tier), _span(week, "all", from_week, to_week, weeks, span)
        )

    def capture_volumes(self, capture_id: int) -> Rows:
        """`spine capture-volumes`: the venue records of any capture, as that file had them."""
        return views_captures.capture_volumes(self.conn, capture_id)

    def export(self, folder: str | Path, tier: str | None = None) -> dict[str, int]:
        """`spine export`: every view's full history as CSV files in ``folder``; rows per file."""
        return export_views(self.conn, Path(folder), _tier(tier))

    def latest_week(self, tier: str) -> str | None:
        """The newest week of ``tier`` with figures (aggregated or later): what "latest" means."""
        return latest_week(self.conn, _tier(tier) or tier)

    # 0.1 names, kept so existing scripts run: the same views as status, checks and shares.
    def week_status(self, tier: str | None = None, week: str | None = None) -> Rows:
        """The same as `status` (its 0.1 name)."""
        return self.status(tier, week)

    def quality_checks(
        self, tier: str | None = None, week: str | None = None, status: str | None = None
    ) -> Rows:
        """The same as `checks` (its 0.1 name)."""
        return self.checks(tier, week, status)

    def venue_shares(self, tier: str, week: str | None = None) -> Rows:
        """The same as `shares` (its 0.1 name)."""
        return self.shares(tier, week)

    # -- the database file ----------------------------------------------------------------------

    def backup(self, path: str | Path, *, overwrite: bool = False) -> BackupResult:
        """Copy the database to ``path`` as one consistent snapshot, safe while a run is writing.

        Uses SQLite's online backup: the copy holds every run committed when it started and nothing
        of one still writing. ``path`` is written whole or not at all; an existing file is refused
        (``UsageError``) unless ``overwrite``.
        """
        return backup(self.conn, Path(path), overwrite=overwrite)

    def db_stats(self) -> StorageStats:
        """Rows and bytes of every table and index (SQLite's ``dbstat``), free pages, and the file's
        bytes per stored venue row. Reads every page once: seconds on a multi-gigabyte history."""
        return storage_stats(self.conn)

    # -- reporting ---------------------------------------------------------------------------

    def report(
        self,
        tier: str,
        out: str | Path,
        *,
        weeks: int | None = None,
        first: str | None = None,
        last: str | None = None,
        symbols: Sequence[str] = (),
        min_trend_base: int | None = None,
    ) -> ReportResult:
        """Write the research report of ``tier`` to ``out``: one self-contained HTML file.

        The range is ``weeks`` (the N weeks ending at the latest aggregated week), or ``first`` and/or
        ``last`` (Fridays, inclusive; a missing end is the latest week, a missing start is 52 weeks
        before the end); by default the last 52 weeks. ``symbols`` each get a section of their own.
        ``min_trend_base`` is the base volume a trend needs to rank among the movers (default: the
        figures' minimum, 10,000 shares a week or ``SPINE_MIN_TREND_BASE``). A tier without aggregated
        weeks gives a page that says so. Returns the file's path, size and the weeks it covers.
        """
        from spine.render.report import Request, write_report

        tier_name = _tier(tier) or tier
        start, end = self._report_span(tier_name, weeks, first, last)
        request = Request(tier_name, start, end, _report_symbols(symbols), _min_trend_base(min_trend_base))
        return write_report(self.conn, request, Path(out), str(self.path))

    def _report_span(
        self, tier: str, weeks: int | None, first: str | None, last: str | None
    ) -> tuple[str, str]:
        if weeks is not None and (first or last):
            raise UsageError("give either a number of weeks or a range (from/to), not both")
        if weeks is not None and weeks < 1:
            raise UsageError(f"weeks={weeks}: expected 1 or more")
        end = _week(last) if last else (self.latest_week(tier) or "")
        if not end:
            # Nothing aggregated: any span will do, the report says there is nothing to show.
            return (_week(first) if first else OPEN_START), OPEN_END
        count = weeks or DEFAULT_REPORT_WEEKS
        start = _week(first) if first else weeks_before(end, count)
        if start > end:
            raise UsageError(f"the range starts after it ends ({start} > {end})")
        return start, end


def _week(value: str) -> str:
    try:
        return str(CONVERTERS["week"](value).isoformat())
    except ValueError as exc:
        raise UsageError(str(exc)) from None


def _report_symbols(symbols: Sequence[str]) -> list[str]:
    return list(dict.fromkeys(s.strip().upper() for s in symbols if s.strip()))


def _min_trend_base(value: int | None) -> int:
    """The figures' one definition of the minimum trend base (SPINE_MIN_TREND_BASE, else their default)."""
    try:
        return min_trend_base(value)
    except ValueError as exc:
        raise UsageError(str(exc)) from None


def _sync_values(
    tiers: Sequence[str] | None,
    since: str | date | None,
    weeks: int | None,
    recheck: int | None,
    archive: str | Path | None,
) -> dict[str, Any]:
    """`otc.sync`'s parameters, checked as the pipeline declares them (UsageError on a bad one)."""
    given: dict[str, Any] = {"tiers": ",".join(tiers) if tiers else "all"}
    optional = {"since": since, "weeks": weeks, "recheck": recheck, "archive": archive}
    given.update({name: value for name, value in optional.items() if value is not None})
    pipeline = registry.get("otc.sync")
    return pipeline.validate(resolve_params(pipeline.params, given))


def _preview_sync(conn: sqlite3.Connection | None, db_path: Path, values: dict[str, Any]) -> ExecutionResult:
    """A sync's plan from FINRA's list of weeks and the loaded weeks (``conn`` None: none loaded)."""
    from spine.domains.otc import sync_plan  # FINRA's client is loaded only by those who fetch
    from spine.domains.otc.finra import archive
    from spine.domains.otc.finra.client import FinraClient

    started = time.perf_counter()
    with FinraClient() as client:
        published = {tier: client.published_weeks(tier) for tier in values["tiers"].split(",")}
    planned = sync_plan.plan(
        conn, published, since=values["since"], weeks=values["weeks"], recheck=values["recheck"]
    )
    folder = archive.archive_dir(db_path, values["archive"])
    return ExecutionResult(
        execution_id=0,
        pipeline_name="otc.sync",
        status=Status.COMPLETED,
        error=None,
        metrics=sync_plan.preview(planned, published, folder),
        duration_ms=int((time.perf_counter() - started) * 1000),
    )


def _tier(tier: str | None) -> str | None:
    if not tier:
        return None
    try:
        return normalize_tier_param(tier)
    except ValueError as exc:
        raise UsageError(str(exc)) from None


# The library's names for the week options, in its refusals.
_RANGE_WORDS = RangeWords(week="week", first="from_week", last="to_week", count="weeks", verb="give")


def _span(
    week: str | None,
    default: str,
    first: str | None,
    last: str | None,
    count: int | None,
    span: WeekSpan | None,
) -> WeekSpan:
    """The weeks asked for, by the rules the CLI applies too (a usage error otherwise)."""
    if span is not None:
        return span
    first, last = (_week(v) if v is not None else None for v in (first, last))
    # "latest" is one week like any other: checked against the range arguments before it is resolved
    latest = week is not None and str(week).strip().lower() == "latest"
    week = "latest" if latest else _week(week) if week is not None else None
    return WeekSpan.asked(week, first, last, count, default=default, words=_RANGE_WORDS)
