"""Every speed figure the issues set, against its target, on SQLite and on PostgreSQL: one table.

Run ``python -m benchmarks.run_all`` from the repository root. It generates the provincial data
set once (100,000 reporters, 200,000 passes, 1,000,000 scan-log rows: ``benchmarks.generate_data``)
into ``benchmarks/out/cache/`` and reuses it while the generator and the schema stay the same; it
starts a throwaway PostgreSQL cluster (``tests/postgres_cluster.py``, with durability on, as a real
server runs) and loads the same data set there; then it runs each figure through the functions of
the ``bench_*`` scripts, on both databases, and prints one table: figure, target, SQLite,
PostgreSQL, pass/miss. The exit code is 1 when a figure misses its target (2 for bad options).
What each script printed along the way goes to ``benchmarks/out/run_all.log``.

Options: ``--quick`` (small data sets and few repetitions: checks the harness in a minute or two;
its figures are not the targets' figures), ``--only NAME …`` (groups: see ``--help``),
``--sqlite-only``, ``--postgresql-url URL`` (a server of your own, superuser: the run creates and
drops its databases there instead of starting a cluster), ``--json FILE`` (the table as data).

The machine's load average is printed beside the table: on a shared machine wall times are CPU
time plus the waits for a core, and the targets were set for a quiet one.
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import json
import math
import os
import shutil
import signal
import statistics
import sys
import tempfile
import time
import traceback
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from types import FrameType
from typing import Any, TextIO

from sqlalchemy import create_engine
from sqlalchemy.engine import make_url
from sqlalchemy.pool import NullPool

from tests import postgres_cluster

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "benchmarks" / "out"
CACHE = OUT / "cache"
LOG = OUT / "run_all.log"
SQLITE = "sqlite"
POSTGRESQL = "postgresql"
# A benchmark server flushes as a real one does (the test suite's cluster does not).
DURABLE_SERVER = {"fsync": "on", "synchronous_commit": "on", "full_page_writes": "on"}


# -- data sets -----------------------------------------------------------------------------------
@dataclass(frozen=True)
class DataSet:
    name: str
    reporters: int
    passes: int
    scans: int
    access_entries: int

    def describe(self) -> str:
        return f"{self.reporters:,} reporters, {self.passes:,} passes, {self.scans:,} scan-log rows"


FULL = DataSet("full", 100_000, 200_000, 1_000_000, 5_000)
QUICK = DataSet("quick", 2_000, 4_000, 20_000, 200)


@dataclass(frozen=True)
class Sizes:
    """How much each figure does: the issues' sizes, or small ones for ``--quick``."""

    data: DataSet
    scans: int
    scan_warmup: int
    search_repeat: int
    batch: int
    report_runs: int
    import_rows: int
    gui_scans: int


FULL_SIZES = Sizes(FULL, 10_000, 50, 40, 1_000, 3, 10_000, 1_000)
QUICK_SIZES = Sizes(QUICK, 300, 20, 3, 100, 1, 300, 30)


def _fingerprint(data: DataSet) -> str:
    """What the cached file depends on: the generator's code, the sizes and the schema."""
    from accred_app.migrations import HEAD_REVISION

    source = (ROOT / "benchmarks" / "generate_data.py").read_bytes()
    digest = hashlib.sha256(source)
    digest.update(repr((data, HEAD_REVISION)).encode())
    return digest.hexdigest()


def _sync_file(path: Path) -> None:
    """Write ``path`` out to the disk now, so the kernel's writeback of a just-written gigabyte is
    not billed to the first scans that sync the disk."""
    descriptor = os.open(path, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def cached_sqlite(data: DataSet) -> Path:
    """The data set as a SQLite file in the cache, generated when missing or out of date."""
    from accred_app.core.storage.backup import BACKUP_DIR_NAME
    from benchmarks.generate_data import generate

    path = CACHE / f"{data.name}.sqlite"
    stamp = path.with_suffix(".json")
    fingerprint = _fingerprint(data)
    if (
        path.exists()
        and stamp.exists()
        and json.loads(stamp.read_text(encoding="utf-8")).get("fingerprint") == fingerprint
    ):
        return path
    say(f"generating the {data.name} data set into {path.relative_to(ROOT)} ({data.describe()})")
    stamp.unlink(missing_ok=True)
    # Backups of an earlier file at this path (the desk makes one when opened on it) keep that
    # file's audit head, which a new trail would not extend: audit verify would report it cut.
    for stale in (path.parent / BACKUP_DIR_NAME).glob(f"{path.stem}-*"):
        stale.unlink()
    timings = generate(
        path,
        reporters=data.reporters,
        passes=data.passes,
        scans=data.scans,
        workers=2,
        access_entries=data.access_entries,
    )
    _sync_file(path)
    stamp.write_text(json.dumps({"fingerprint": fingerprint, "timings": timings}), "utf-8")
    say(f"  generated in {timings['total']:.0f} s")
    return path


# -- the two databases ---------------------------------------------------------------------------
class Backend:
    """Where a figure's databases live: new ones, the data set, and working copies of it."""

    name: str

    def data_set(self, data: DataSet) -> str:
        raise NotImplementedError

    def new_target(self, label: str) -> str:
        """An empty database (a new SQLite path; an empty PostgreSQL database)."""
        raise NotImplementedError

    def working_copy(self, source: str, label: str) -> str:
        """A copy of ``source`` that a figure may write to (no connection may be open on it)."""
        raise NotImplementedError

    def close(self) -> None:
        pass


class SqliteBackend(Backend):
    name = SQLITE

    def __init__(self, scratch: Path) -> None:
        self._scratch = scratch
        self._numbers = iter(range(1, 10**6))

    def data_set(self, data: DataSet) -> str:
        return str(cached_sqlite(data))

    def new_target(self, label: str) -> str:
        folder = self._scratch / f"{label}-{next(self._numbers)}"
        folder.mkdir()
        return str(folder / "accred.sqlite")

    def working_copy(self, source: str, label: str) -> str:
        target = Path(self.new_target(label))
        shutil.copyfile(source, target)
        _sync_file(target)  # so no later checkpoint or backup pays for writing the copy out
        return str(target)


class PostgresBackend(Backend):
    """A throwaway cluster (durability on), or a server of the user's own (``admin_url``); every
    database this run makes is dropped at the end."""

    name = POSTGRESQL

    def __init__(self, admin_url: str | None) -> None:
        self._cluster = None
        if admin_url is None:
            self._cluster = postgres_cluster.start(settings=DURABLE_SERVER)
            admin_url = self._cluster.url()
        self._url = make_url(admin_url)
        self._engine = create_engine(
            self._url.set(database="postgres"), isolation_level="AUTOCOMMIT", poolclass=NullPool
        )
        self._prefix = f"accred_bench_{os.getpid()}_"
        self._numbers = iter(range(1, 10**6))
        self._made: list[str] = []
        self._data_sets: dict[str, str] = {}

    def _execute(self, sql: str) -> None:
        with self._engine.connect() as connection:
            connection.exec_driver_sql(sql)

    def _url_of(self, database: str) -> str:
        return self._url.set(database=database).render_as_string(hide_password=False)

    def _create(self, label: str, template: str, strategy: str = "WAL_LOG") -> str:
        name = f"{self._prefix}{label.replace('-', '_')}_{next(self._numbers)}"
        self._execute(
            f"CREATE DATABASE {name} TEMPLATE {template} ENCODING 'UTF8' STRATEGY {strategy}"
        )
        self._made.append(name)
        return self._url_of(name)

    def data_set(self, data: DataSet) -> str:
        from benchmarks.generate_data import generate

        if data.name not in self._data_sets:
            url = self._create(f"data_{data.name}", "template0")
            say(f"loading the {data.name} data set into PostgreSQL ({data.describe()})")
            timings = generate(
                url,
                reporters=data.reporters,
                passes=data.passes,
                scans=data.scans,
                workers=2,
                access_entries=data.access_entries,
            )
            say(f"  loaded in {timings['total']:.0f} s")
            self._execute("CHECKPOINT")  # the load is on disk before anything is timed
            self._data_sets[data.name] = url
        return self._data_sets[data.name]

    def new_target(self, label: str) -> str:
        return self._create(label, "template0")

    def working_copy(self, source: str, label: str) -> str:
        database = make_url(source).database
        assert database is not None
        # copied as files between two checkpoints, not through the WAL (the default strategy
        # would leave a gigabyte of WAL for the timed work's checkpoints to write out)
        return self._create(label, database, "FILE_COPY")

    def close(self) -> None:
        try:
            for name in reversed(self._made):
                with contextlib.suppress(Exception):
                    self._execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
            self._engine.dispose()
        finally:
            if self._cluster is not None:
                self._cluster.stop()


# -- the figures ---------------------------------------------------------------------------------
@dataclass(frozen=True)
class Figure:
    key: str
    group: str
    label: str
    unit: str
    limit: float | None  # None: no issue sets a target (shown for information)
    source: str  # where the target comes from
    postgresql: str | None = None  # why the figure has no PostgreSQL value, if it has none

    @property
    def target(self) -> str:
        return "—" if self.limit is None else f"≤ {_number(self.limit)} {self.unit}"


NO_DATABASE = "it does not touch the database: the same code on either"
FIGURES: tuple[Figure, ...] = (
    Figure("scan_p99", "scan", "scan p99 (10,000 scans, log write + commit)", "ms", 2.0, "#8"),
    Figure("scan_max", "scan", "scan max (10,000 scans)", "ms", 50.0, "#11"),
    Figure(
        "gate_p99", "gate", "checkpoint window: Enter → verdict painted, p99", "ms", 30.0, "#11"
    ),
    Figure("token_p99", "token", "token verify + verdict p99", "ms", 2.0, "#8¹", NO_DATABASE),
    Figure("search_p95", "search", "reporter search/page p95, worst case", "ms", 5.0, "#9"),
    Figure("desk_start", "desk", "desk start → sign-in shown (slower start)", "s", 0.8, "#9"),
    Figure("desk_window", "desk", "sign-in → main window filled", "s", 0.8, "#9"),
    Figure("desk_first_screen", "desk", "reporter list first screen (max of 5)", "ms", 200, "#9"),
    Figure("desk_keystroke", "desk", "keystroke → table, p95 of 50", "ms", 50, "#9"),
    Figure("desk_scroll", "desk", "scroll to last row, longest freeze", "ms", 100, "#9"),
    Figure("desk_rss", "desk", "desk peak memory with the reporter list", "MB", 250, "#9"),
    Figure("batch_issue", "passes", "batch issue of 1,000 passes", "s", 2.0, "#10"),
    Figure("batch_preview", "passes", "print preview of 1,000: first page", "s", 1.0, "#10"),
    Figure("batch_sheet", "passes", "1,000-pass A4 sheet PDF (from the DB)", "s", 3.0, "#10"),
    Figure("batch_fonts", "passes", "fonts not embedded in that PDF", "fonts", 0, "#10"),
    Figure("report_year", "report", "yearly report, 1,000,000 log rows", "s", 5.0, "#12"),
    Figure("import_rows", "import", "import 10,000 rows (slowest format)", "s", 5.0, "#12"),
    Figure("export_reporters", "export", "export 100,000 reporters to CSV", "s", None, "—²"),
    Figure("export_memory", "export", "export's peak memory over the baseline", "MB", None, "—²"),
    Figure("audit_verify", "audit", "audit verify (whole core check)", "s", None, "—²"),
)
GROUPS = tuple(dict.fromkeys(figure.group for figure in FIGURES))
FOOTNOTES = (
    "¹ No issue sets a figure for the token alone: it is part of the scan, whose p99 must stay "
    "≤ 2 ms, so it is held to that.",
    "² No issue sets a target (shown for information): exports stream their rows (the memory "
    "must not grow with them); audit verify replays the whole trail.",
)


@dataclass
class Measured:
    """Values by figure key, per backend; a figure that could not run holds its error."""

    values: dict[str, dict[str, float]] = field(default_factory=dict)
    errors: dict[str, dict[str, str]] = field(default_factory=dict)

    def put(self, backend: str, key: str, value: float) -> None:
        self.values.setdefault(key, {})[backend] = value

    def fail(self, backend: str, group: str, error: str) -> None:
        for figure in FIGURES:
            if figure.group == group and backend not in self.values.get(figure.key, {}):
                self.errors.setdefault(figure.key, {})[backend] = error


def _percentile(ordered: Sequence[float], fraction: float) -> float:
    index = min(len(ordered) - 1, max(0, math.ceil(fraction * len(ordered)) - 1))
    return sorted(ordered)[index]


def measure_scan(backend: Backend, sizes: Sizes, put: Callable[[str, float], None]) -> None:
    from accred_app.core.database import open_database
    from benchmarks.bench_scan import print_scan_run, run_scans

    work = backend.working_copy(backend.data_set(sizes.data), "scan")
    db = open_database(work, check_integrity=False)
    try:
        run = run_scans(db, scans=sizes.scans, warmup=sizes.scan_warmup)
        print_scan_run(run, sizes.scan_warmup)
        put("scan_p99", run.p99_ms)
        put("scan_max", run.max_ms)
    finally:
        db.dispose()


def measure_gate(backend: Backend, sizes: Sizes, put: Callable[[str, float], None]) -> None:
    from accred_app.core.database import open_database
    from accred_app.gui.app import create_application
    from benchmarks.bench_checkpoint_gui import print_gui_scan_run, run_gui_scans

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    create_application(["run_all"], locale="vi")
    work = backend.working_copy(backend.data_set(sizes.data), "gate")
    db = open_database(work, check_integrity=False)
    try:
        run = run_gui_scans(db, scans=sizes.gui_scans, warmup=min(20, sizes.gui_scans))
        print_gui_scan_run(run)
        put("gate_p99", run.p99_ms)
    finally:
        db.dispose()


def measure_token(_backend: Backend, sizes: Sizes, put: Callable[[str, float], None]) -> None:
    from benchmarks.bench_token import verify_percentiles_us

    median, p99, worst = verify_percentiles_us(5_000 if sizes.data is FULL else 500)
    print(f"decide (verify + rules): median {median:.1f} µs, p99 {p99:.1f} µs, max {worst:.1f} µs")
    put("token_p99", p99 / 1000)


def measure_search(backend: Backend, sizes: Sizes, put: Callable[[str, float], None]) -> None:
    from accred_app.core.database import open_database
    from benchmarks.bench_search import measure

    db = open_database(backend.data_set(sizes.data), check_integrity=False)
    try:
        report = measure(db, sizes.search_repeat)
        print(f"worst p95 {report.worst_p95:.2f} ms: {report.worst_what}")
        put("search_p95", report.worst_p95)
    finally:
        db.dispose()


def measure_desk(backend: Backend, sizes: Sizes, put: Callable[[str, float], None]) -> None:
    from benchmarks.bench_desk import GENERATED_PASSWORD, run_desk

    work = backend.working_copy(backend.data_set(sizes.data), "desk")
    with tempfile.TemporaryDirectory(prefix="accred-desk-") as data_dir:
        results = run_desk(backend.name, work, GENERATED_PASSWORD, Path(data_dir))
    print(json.dumps(results))
    put("desk_start", max(results["start_s"]))
    put("desk_window", results["window_filled_s"])
    put("desk_first_screen", max(results["first_screen_ms"]))
    put("desk_keystroke", _percentile(results["search_ms"], 0.95))
    put("desk_scroll", results["scroll_longest_freeze_ms"])
    put("desk_rss", results["peak_rss_mb"])


def measure_passes(backend: Backend, sizes: Sizes, put: Callable[[str, float], None]) -> None:
    from benchmarks.bench_passes import batch_database, bench_batch, bench_preview, bench_sheet_pdf

    db, admin, candidates, event = batch_database(backend.new_target("passes"), sizes.batch)
    try:
        serials, seconds = bench_batch(db, admin, candidates, event)
        if len(serials) != sizes.batch:
            raise RuntimeError(f"the batch issued {len(serials)} passes, not {sizes.batch}")
        put("batch_issue", seconds)
        put("batch_preview", bench_preview(db, admin, serials)["sheet"])
        with tempfile.TemporaryDirectory(prefix="accred-sheet-") as folder:
            sheet = bench_sheet_pdf(db, admin, serials, Path(folder))
        put("batch_sheet", sheet.seconds)
        if sheet.fonts is None or sheet.embedded is None:
            raise RuntimeError("pdffonts is not installed (poppler-utils): fonts not checked")
        put("batch_fonts", sheet.fonts - sheet.embedded)
    finally:
        db.dispose()


def measure_report(backend: Backend, sizes: Sizes, put: Callable[[str, float], None]) -> None:
    from accred_app.core.database import open_database
    from accred_app.core.reports.cooperation import ReportPeriod, cooperation_report
    from accred_app.core.security.officers import authenticate
    from benchmarks.bench_report import line, timed
    from benchmarks.generate_data import ADMIN_PASSWORD

    db = open_database(backend.data_set(sizes.data), check_integrity=False)
    try:
        admin = authenticate(db, "admin", ADMIN_PASSWORD)
        period = ReportPeriod.year(2026)
        report, walls, cpus = timed(
            lambda: cooperation_report(db, admin, period), sizes.report_runs
        )
        line("year 2026 figures", walls, cpus, f" (entries granted {report.totals.entries:,})")
        put("report_year", statistics.median(walls))
    finally:
        db.dispose()


def measure_import(backend: Backend, sizes: Sizes, put: Callable[[str, float], None]) -> None:
    from benchmarks.bench_import import slowest_import

    put("import_rows", slowest_import(sizes.import_rows, backend.new_target))


def measure_export(backend: Backend, sizes: Sizes, put: Callable[[str, float], None]) -> None:
    from benchmarks.bench_export import measure

    data = backend.data_set(sizes.data)
    _, _, _, baseline_kib = measure(data, "none", "csv", {})
    rows, seconds, size, peak_kib = measure(data, "reporters", "csv", {})
    extra_mb = (peak_kib - baseline_kib) / 1024
    print(f"reporters CSV: {rows:,} rows in {seconds:.2f} s, {size / 2**20:.1f} MiB, "
          f"peak {peak_kib / 1024:.0f} MiB (+{extra_mb:.1f} over the baseline)")  # fmt: skip
    put("export_reporters", seconds)
    put("export_memory", extra_mb)


def measure_audit(backend: Backend, sizes: Sizes, put: Callable[[str, float], None]) -> None:
    from accred_app.core.database import open_database
    from accred_app.core.security.audit_verify import verify_audit
    from accred_app.core.security.officers import authenticate
    from benchmarks.generate_data import ADMIN_PASSWORD

    db = open_database(backend.data_set(sizes.data), check_integrity=False)
    try:
        admin = authenticate(db, "admin", ADMIN_PASSWORD)
        started = time.perf_counter()
        report = verify_audit(db, admin)
        seconds = time.perf_counter() - started
        print(f"audit verify: ok={report.ok} in {seconds:.2f} s")
        if not report.ok:
            raise RuntimeError("audit verify found problems in the generated data set")
        put("audit_verify", seconds)
    finally:
        db.dispose()


MEASURES: dict[str, Callable[[Backend, Sizes, Callable[[str, float], None]], None]] = {
    "scan": measure_scan,
    "gate": measure_gate,
    "token": measure_token,
    "search": measure_search,
    "desk": measure_desk,
    "passes": measure_passes,
    "report": measure_report,
    "import": measure_import,
    "export": measure_export,
    "audit": measure_audit,
}
assert set(MEASURES) == set(GROUPS)


# -- running and printing ------------------------------------------------------------------------
_log: TextIO | None = None
_terminal: TextIO = sys.stderr


def say(text: str) -> None:
    """Progress, on the terminal (stderr) and in the log."""
    print(text, file=_terminal, flush=True)
    if _log is not None:
        print(text, file=_log, flush=True)


@contextlib.contextmanager
def _into_log() -> Iterator[None]:
    """What a bench script, a library or a child process prints goes to the log, not between the
    table's lines: file descriptors 1 and 2 point at the log meanwhile."""
    assert _log is not None
    sys.stdout.flush()
    sys.stderr.flush()
    saved = [os.dup(1), os.dup(2)]
    try:
        os.dup2(_log.fileno(), 1)
        os.dup2(_log.fileno(), 2)
        yield
    finally:
        sys.stdout.flush()
        sys.stderr.flush()
        _log.flush()
        os.dup2(saved[0], 1)
        os.dup2(saved[1], 2)
        for descriptor in saved:
            os.close(descriptor)


def run(groups: Sequence[str], backends: Sequence[Backend], sizes: Sizes) -> Measured:
    measured = Measured()
    for backend in backends:
        for group in groups:
            figures = [f for f in FIGURES if f.group == group]
            if backend.name == POSTGRESQL and all(f.postgresql for f in figures):
                continue
            say(f"[{backend.name}] {group} …")
            started = time.perf_counter()
            print(f"\n===== {backend.name}: {group} =====", file=_log, flush=True)
            assert _log is not None

            def put(key: str, value: float, backend: Backend = backend) -> None:
                measured.put(backend.name, key, value)

            try:
                with _into_log():
                    MEASURES[group](backend, sizes, put)
            except Exception as error:
                traceback.print_exc(file=_log)
                _log.flush()
                summary = f"{type(error).__name__}: {error}".splitlines()[0][:200]
                measured.fail(backend.name, group, summary)
                say(f"  failed: {summary} (details in {LOG.relative_to(ROOT)})")
            else:
                say(f"  done in {time.perf_counter() - started:.0f} s")
    return measured


def _number(value: float) -> str:
    if value == int(value) and (abs(value) >= 1 or value == 0):
        return f"{int(value):,}"
    if abs(value) >= 100:
        return f"{value:,.0f}"
    if abs(value) >= 10:
        return f"{value:.1f}"
    return f"{value:.2f}"


@dataclass(frozen=True)
class Row:
    figure: Figure
    cells: dict[str, str]
    verdict: str  # pass, MISS, info, error, skipped


def rows_of(measured: Measured, groups: Sequence[str], backends: Sequence[str]) -> list[Row]:
    rows = []
    for figure in FIGURES:
        if figure.group not in groups:
            continue
        cells: dict[str, str] = {}
        verdicts: list[str] = []
        for backend in (SQLITE, POSTGRESQL):
            value = measured.values.get(figure.key, {}).get(backend)
            error = measured.errors.get(figure.key, {}).get(backend)
            if backend == POSTGRESQL and figure.postgresql:
                cells[backend] = "—³"
            elif backend not in backends:
                cells[backend] = "not run"
            elif value is not None:
                cells[backend] = _number(value)
                if figure.limit is not None:
                    verdicts.append("pass" if value <= figure.limit else "MISS")
            else:
                cells[backend] = "error"
                verdicts.append("error" if error else "MISS")
        if "error" in verdicts:
            verdict = "error"
        elif "MISS" in verdicts:
            verdict = "MISS"
        elif figure.limit is None:
            verdict = "info"
        else:
            verdict = "pass" if verdicts else "skipped"
        rows.append(Row(figure, cells, verdict))
    return rows


def print_table(rows: Sequence[Row], out: TextIO, *, quick: bool, load: str) -> None:
    headers = ("figure", "unit", "target", "issue", "SQLite", "PostgreSQL", "result")
    table = [
        (
            r.figure.label,
            r.figure.unit,
            r.figure.target,
            r.figure.source,
            r.cells[SQLITE],
            r.cells[POSTGRESQL],
            r.verdict,
        )
        for r in rows
    ]
    widths = [max(len(h), *(len(line[i]) for line in table)) for i, h in enumerate(headers)]
    right = {4, 5}

    def format_line(cells: Sequence[str]) -> str:
        return "  ".join(
            cell.rjust(widths[i]) if i in right else cell.ljust(widths[i])
            for i, cell in enumerate(cells)
        ).rstrip()

    print(format_line(headers), file=out)
    print("  ".join("-" * w for w in widths), file=out)
    for line in table:
        print(format_line(line), file=out)
    marks = "".join(r.figure.source for r in rows)
    notes = [note for note in FOOTNOTES if note[0] in marks]
    reasons = sorted({r.figure.postgresql for r in rows if r.figure.postgresql})
    if reasons:
        notes.append("³ No PostgreSQL figure: " + "; ".join(reasons) + ".")
    for r in rows:
        for backend in (SQLITE, POSTGRESQL):
            if r.cells[backend] == "error":
                notes.append(f"error ({backend}, {r.figure.key}): see {LOG.relative_to(ROOT)}")
    for note in notes:
        print(note, file=out)
    if quick:
        print(
            "--quick: small data sets and few repetitions; these are not the targets' figures.",
            file=out,
        )
    print(f"Load average {load}.", file=out)


def _load() -> str:
    one, five, fifteen = os.getloadavg()
    return f"{one:.1f} / {five:.1f} / {fifteen:.1f} (1 / 5 / 15 min) on {os.cpu_count()} cores"


def _stop_on_sigterm(signum: int, _frame: FrameType | None) -> None:
    raise SystemExit(128 + signum)  # so the cluster is stopped by the finally below


def main(argv: Sequence[str] | None = None) -> int:
    global _log, _terminal
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--quick", action="store_true", help="small data sets (a harness check)")
    parser.add_argument(
        "--only", nargs="+", choices=GROUPS, metavar="NAME", help=f"groups: {', '.join(GROUPS)}"
    )
    parser.add_argument("--sqlite-only", action="store_true", help="no PostgreSQL half")
    parser.add_argument(
        "--postgresql-url", help="a PostgreSQL server of your own (superuser URL), not a cluster"
    )
    parser.add_argument("--json", type=Path, help="also write the table as JSON to this file")
    args = parser.parse_args(argv)
    groups = [g for g in GROUPS if args.only is None or g in args.only]
    sizes = QUICK_SIZES if args.quick else FULL_SIZES

    OUT.mkdir(parents=True, exist_ok=True)
    CACHE.mkdir(parents=True, exist_ok=True)
    previous_handler = signal.signal(signal.SIGTERM, _stop_on_sigterm)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    load_before = _load()
    with (
        open(LOG, "w", encoding="utf-8") as log,
        tempfile.TemporaryDirectory(prefix="accred-bench-") as scratch,
    ):
        _log = log
        # progress goes to the terminal's stderr, kept apart from descriptor 2 (see _into_log)
        _terminal = open(os.dup(2), "w", encoding="utf-8", closefd=True)  # noqa: SIM115
        # sign-ins keep their audit heads and the window its settings here, not in the user's
        os.environ["ACCRED_CONFIG_DIR"] = str(Path(scratch) / "config")
        os.environ["ACCRED_DATA_DIR"] = str(Path(scratch) / "data")
        backends: list[Backend] = [SqliteBackend(Path(scratch))]
        try:
            if not args.sqlite_only:
                try:
                    backends.append(PostgresBackend(args.postgresql_url))
                except postgres_cluster.ClusterUnavailable as problem:
                    say(f"PostgreSQL half: {problem} (--sqlite-only runs without it)")
                    return 2
            say(f"Data set: {sizes.data.describe()}; load average {load_before}")
            measured = run(groups, backends, sizes)
        finally:
            for backend in backends:
                backend.close()
            _log = None
            _terminal.close()
            _terminal = sys.stderr
            signal.signal(signal.SIGTERM, previous_handler)
    names = [b.name for b in backends]
    rows = rows_of(measured, groups, names)
    load_after = _load()
    print()
    print(f"Performance suite — {sizes.data.describe()}{' (--quick)' if args.quick else ''}")
    print_table(
        rows, sys.stdout, quick=args.quick, load=f"before {load_before}; after {load_after}"
    )
    failed = [r for r in rows if r.verdict in ("MISS", "error")]
    if args.json is not None:
        document: dict[str, Any] = {
            "quick": args.quick,
            "data_set": sizes.data.describe(),
            "backends": names,
            "load_before": load_before,
            "load_after": load_after,
            "figures": [
                {
                    "key": r.figure.key,
                    "label": r.figure.label,
                    "unit": r.figure.unit,
                    "target": r.figure.limit,
                    SQLITE: measured.values.get(r.figure.key, {}).get(SQLITE),
                    POSTGRESQL: measured.values.get(r.figure.key, {}).get(POSTGRESQL),
                    "errors": measured.errors.get(r.figure.key, {}),
                    "result": r.verdict,
                }
                for r in rows
            ],
            "passed": not failed,
        }
        args.json.write_text(json.dumps(document, indent=2, ensure_ascii=False), "utf-8")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
