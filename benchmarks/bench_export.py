"""Exports on the provincial-scale data set: time, and peak memory to show rows are streamed.

Run ``python -m benchmarks.bench_export`` from the repository root. It uses the database made by
``benchmarks.generate_data`` (generated first when missing): 100,000 reporters, 200,000 passes,
1,000,000 scans. Each export runs in a fresh child process, which reports its peak resident memory
(``VmHWM``: see ``benchmarks.process_memory``); a child that only opens the database and signs in gives the baseline, so the
difference is what the export itself holds. Streaming shows as a peak that does not grow with the
number of rows: the same export over a tenth of the rows is printed beside it.
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import tempfile
import time
from pathlib import Path
from typing import Any

from benchmarks.generate_data import DEFAULT_OUT, generate
from benchmarks.process_memory import peak_rss_kib

JOBS: tuple[tuple[str, str, str, dict[str, Any]], ...] = (
    ("baseline (open + sign-in)", "none", "csv", {}),
    ("reporters, 1 agency", "reporters", "csv", {"agency_id": 1}),
    ("reporters, all", "reporters", "csv", {}),
    ("reporters, all", "reporters", "xlsx", {}),
    ("passes, 1 event", "passes", "xlsx", {"event_id": 3}),
    ("passes, all", "passes", "xlsx", {}),
    ("access log, 1 event", "access", "csv", {"event_id": 2}),
    ("access log, all", "access", "csv", {}),
)


def _child(database: str, kind: str, file_format: str, filters: dict[str, Any], out: Any) -> None:
    from accred_app.core.database import open_database
    from accred_app.core.exchange import exports
    from accred_app.core.models import Role
    from accred_app.core.roles import Actor

    db = open_database(database, check_integrity=False)
    admin = Actor("admin", Role.ADMIN, 1)
    rows = 0
    started = time.perf_counter()
    with tempfile.TemporaryDirectory() as folder:
        target = Path(folder) / f"export.{file_format}"
        if kind != "none":
            export = getattr(exports, f"export_{kind}")
            report = export(db, admin, target, **filters)
            rows = report.rows
        size = target.stat().st_size if target.exists() else 0
    elapsed = time.perf_counter() - started
    db.dispose()
    out.send((rows, elapsed, size, peak_rss_kib()))


def measure(
    database: str, kind: str, file_format: str, filters: dict[str, Any]
) -> tuple[int, float, int, int]:
    context = multiprocessing.get_context("spawn")
    receiver, sender = context.Pipe(duplex=False)
    process = context.Process(target=_child, args=(database, kind, file_format, filters, sender))
    process.start()
    result = receiver.recv()
    process.join()
    return result  # type: ignore[no-any-return]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, default=DEFAULT_OUT)
    args = parser.parse_args()
    if not args.db.exists():
        generate(args.db, reporters=100_000, passes=200_000, scans=1_000_000, workers=2)
    print(
        f"database {args.db} ({args.db.stat().st_size / 2**20:.0f} MiB); "
        f"load average {os.getloadavg()[0]:.2f} on {os.cpu_count()} cores"
    )
    baseline_kib = 0
    for label, kind, file_format, filters in JOBS:
        rows, elapsed, size, peak_kib = measure(str(args.db), kind, file_format, filters)
        if kind == "none":
            baseline_kib = peak_kib
        extra = (peak_kib - baseline_kib) / 1024
        print(
            f"{label:<26} {file_format:<5} {rows:>9,} rows  {elapsed:7.2f} s  "
            f"{size / 2**20:7.1f} MiB file  peak {peak_kib / 1024:6.1f} MiB "
            f"(+{extra:5.1f} over baseline)"
        )


if __name__ == "__main__":
    main()
