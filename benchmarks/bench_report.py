"""The yearly cooperation report over the provincial-scale database, and the access log's pages.

Run from the repository root: ``python -m benchmarks.bench_report`` (generates
``benchmarks/out/bench.sqlite`` first if it is missing: 1,000,000 scan-log rows, 100,000 reporters,
200,000 passes, 5,000 hand-recorded access entries). Target: the yearly report's figures in
<= 5 s. It prints the figures themselves too, so a reader sees what was counted.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import func, select

from accred_app.core.access.log import AccessFilter, count_access, iter_access, list_access
from accred_app.core.database import open_database
from accred_app.core.models import AccessEntry, ScanRecord
from accred_app.core.reports.cooperation import ReportPeriod, cooperation_report
from accred_app.core.reports.xlsx import write_report_xlsx
from accred_app.core.security.officers import authenticate
from accred_app.printing.report_pdf import write_report_pdf
from benchmarks.generate_data import ADMIN_PASSWORD, DEFAULT_OUT, generate

TARGET_SECONDS = 5.0
T = TypeVar("T")


def timed(action: Callable[[], T], runs: int) -> tuple[T, list[float], list[float]]:
    """The result, and the wall and CPU seconds of each run (CPU shows the real cost when other
    jobs share the machine)."""
    walls, cpus = [], []
    result: Any = None
    for _ in range(runs):
        started, cpu_started = time.perf_counter(), time.process_time()
        result = action()
        walls.append(time.perf_counter() - started)
        cpus.append(time.process_time() - cpu_started)
    return result, walls, cpus


def line(label: str, walls: list[float], cpus: list[float], note: str = "") -> None:
    print(
        f"  {label:<44} median {statistics.median(walls):6.2f} s  min {min(walls):6.2f} s  "
        f"max {max(walls):6.2f} s  CPU {statistics.median(cpus):6.2f} s{note}"
    )


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--db", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--year", type=int, default=2026)
    args = parser.parse_args(argv)
    if not args.db.exists():
        print(f"{args.db} is missing: generating it (about 100 s)")
        generate(args.db, reporters=100_000, passes=200_000, scans=1_000_000, workers=2)

    db = open_database(str(args.db), check_integrity=False)  # migrates an older file
    try:
        admin = authenticate(db, "admin", ADMIN_PASSWORD)
        with db.reading() as session:
            scans = session.execute(select(func.count()).select_from(ScanRecord)).scalar_one()
            entries = session.execute(select(func.count()).select_from(AccessEntry)).scalar_one()
        print(f"Database {args.db}: {scans:,} scan-log rows, {entries:,} access entries")

        print(f"Cooperation report ({args.runs} runs each):")
        period = ReportPeriod.year(args.year)
        report, walls, cpus = timed(lambda: cooperation_report(db, admin, period), args.runs)
        verdict = "OK" if statistics.median(walls) <= TARGET_SECONDS else "SLOW"
        line(
            f"year {args.year} figures",
            walls,
            cpus,
            f"  [{verdict}, target <= {TARGET_SECONDS:.0f} s]",
        )
        quarter = ReportPeriod.quarter(args.year, 1)
        _, walls, cpus = timed(lambda: cooperation_report(db, admin, quarter), args.runs)
        line(f"quarter {args.year}-Q1 figures", walls, cpus)
        one_event = ReportPeriod(event_id=1)
        _, walls, cpus = timed(lambda: cooperation_report(db, admin, one_event), args.runs)
        line("one event (id 1), whole history", walls, cpus)

        with tempfile.TemporaryDirectory() as folder:
            pdf = Path(folder) / "report.pdf"
            xlsx = Path(folder) / "report.xlsx"
            _, walls, cpus = timed(lambda: write_report_pdf(report, pdf), 3)
            line(f"  PDF of the year ({pdf.stat().st_size / 1024:.0f} KB)", walls, cpus)
            _, walls, cpus = timed(lambda: write_report_xlsx(report, xlsx), 3)
            line(f"  XLSX of the year ({xlsx.stat().st_size / 1024:.0f} KB)", walls, cpus)
            keep = Path("benchmarks") / "out"
            if keep.is_dir():
                shutil.copy(pdf, keep / "bench-report.pdf")

        totals = report.totals
        print(f"Figures for {args.year}:")
        print(f"  entries granted {totals.entries:,}, refused scans {totals.denied:,}")
        print(
            f"  access entries {totals.access.total:,} (interview {totals.access.interview:,}, "
            f"briefing {totals.access.briefing:,}, site visit {totals.access.site_visit:,}, "
            f"documents {totals.access.documents:,})"
        )
        print(
            f"  reporters served {totals.reporters_served:,}, accredited "
            f"{totals.reporters_accredited:,}; passes issued {totals.passes_issued:,}, printed "
            f"{totals.passes_printed:,}, revoked {totals.passes_revoked:,}; articles "
            f"{totals.articles:,}"
        )
        print(
            f"  {len(report.units)} units, {len(report.agencies)} agencies, "
            f"{len(report.events)} events; top reporter: {report.top_reporters[0].name} "
            f"({report.top_reporters[0].value})"
        )
        for unit in report.units:
            print(
                f"    {'  ' * unit.depth}{unit.code:<6} entries {unit.entries:>8,}  refused "
                f"{unit.denied:>7,}  access {unit.access.total:>5,}  reporters "
                f"{unit.reporters_served:>7,}"
            )

        print("Access log (the window's page):")
        flt_all = AccessFilter()
        checks: list[tuple[str, AccessFilter]] = [
            ("newest 100 rows", flt_all),
            ("unit 2 with sub-units", AccessFilter(unit_id=2)),
            ("agency 3", AccessFilter(agency_id=3)),
            ("reporter 777", AccessFilter(reporter_id=777)),
            ("refused scans", AccessFilter(allowed=False)),
            ("interviews in March", AccessFilter(
                kinds=frozenset({"interview"}),
                first_day=date(args.year, 3, 1),
                last_day=date(args.year, 3, 31),
            )),
        ]  # fmt: skip
        for label, flt in checks:
            page, walls, cpus = timed(lambda f=flt: list_access(db, admin, f, limit=100), 3)
            deep = page.next_cursor
            _, deep_walls, _ = timed(
                lambda f=flt, c=deep: list_access(db, admin, f, after=c, limit=100), 3
            )
            total, count_walls, _ = timed(lambda f=flt: count_access(db, admin, f), 3)
            print(
                f"  {label:<24} first page {statistics.median(walls) * 1000:6.1f} ms, next page "
                f"{statistics.median(deep_walls) * 1000:6.1f} ms, count {total:>9,} in "
                f"{statistics.median(count_walls) * 1000:6.1f} ms"
            )
        started = time.perf_counter()
        walked = sum(1 for _ in zip(range(20_000), iter_access(db, admin, flt_all), strict=False))
        seconds = time.perf_counter() - started
        print(f"  export walk: {walked:,} rows in {seconds:.2f} s ({walked / seconds:,.0f} rows/s)")
    finally:
        db.dispose()


if __name__ == "__main__":
    main()
