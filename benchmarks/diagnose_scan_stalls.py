"""Where a slow scan's time goes: SQLite's automatic checkpoint, the CPU queue, or the disk.

Run ``python -m benchmarks.diagnose_scan_stalls`` from the repository root (Linux, CPython 3.11+,
the system's shared libsqlite3). It scans as ``bench_scan --checkpoints sqlite`` does — the old
behaviour — but times SQLite's automatic checkpoint itself: through ``sqlite3_wal_hook`` (which the
Python module does not offer, so it is reached with ctypes) it replaces SQLite's own hook by one
doing exactly what that hook does — a PASSIVE checkpoint once the WAL holds 1,000 pages, inside
the committing call — and measures it. Each scan's wall time is then printed beside the time its
commit spent checkpointing, its CPU time and its wait for a CPU. ``--no-sync-copy`` leaves the
working copy unsynced (as the earlier benchmark did), ``--checkpoints none`` never checkpoints (the
WAL then grows without bound: what skipping the checkpoint would cost).

This is a diagnostic, not part of the application: the application never touches SQLite's C API.
"""

from __future__ import annotations

import argparse
import ctypes
import ctypes.util
import os
import random
import shutil
import sqlite3
import statistics
import sys
import time
from datetime import timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import event

from accred_app.core.checkpoint.scanning import open_checkpoint, scan
from accred_app.core.database import open_database
from accred_app.core.models import Role
from accred_app.core.roles import Actor
from benchmarks.bench_scan import (
    EVENT_ID,
    UNIT_ID,
    ZONE_CODE,
    _candidates,
    _load,
    _percentile,
    _plan,
    _run_queue_ms,
)
from benchmarks.generate_data import DEFAULT_OUT, REFERENCE_NOW

SQLITE_CHECKPOINT_PASSIVE = 0
AUTOCHECKPOINT_PAGES = 1000  # SQLite's default threshold

_WAL_HOOK = ctypes.CFUNCTYPE(
    ctypes.c_int, ctypes.c_void_p, ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int
)


def _library() -> ctypes.CDLL:
    name = ctypes.util.find_library("sqlite3") or "libsqlite3.so.0"
    library = ctypes.CDLL(name)
    library.sqlite3_wal_hook.argtypes = [ctypes.c_void_p, _WAL_HOOK, ctypes.c_void_p]
    library.sqlite3_wal_hook.restype = ctypes.c_void_p
    library.sqlite3_wal_checkpoint_v2.argtypes = [
        ctypes.c_void_p,
        ctypes.c_char_p,
        ctypes.c_int,
        ctypes.POINTER(ctypes.c_int),
        ctypes.POINTER(ctypes.c_int),
    ]
    library.sqlite3_db_filename.argtypes = [ctypes.c_void_p, ctypes.c_char_p]
    library.sqlite3_db_filename.restype = ctypes.c_char_p
    library.sqlite3_libversion.restype = ctypes.c_char_p
    return library


def _handle(connection: sqlite3.Connection) -> int:
    """The ``sqlite3 *`` of a Python connection: CPython's connection object holds it right after
    the object header (3.11-3.13)."""
    return int(ctypes.c_void_p.from_address(id(connection) + object.__basicsize__).value or 0)


class CheckpointClock:
    """The automatic checkpoint, done as SQLite's own hook does it, and timed."""

    def __init__(self, library: ctypes.CDLL, enabled: bool) -> None:
        self.library = library
        self.enabled = enabled
        self.durations_ms: list[float] = []
        self.frames: list[int] = []
        self.total_ms = 0.0
        self._hook = _WAL_HOOK(self._on_commit)  # kept alive as long as the clock

    def _on_commit(self, _argument: Any, database: Any, schema: bytes, frames: int) -> int:
        if self.enabled and frames >= AUTOCHECKPOINT_PAGES:
            log, copied = ctypes.c_int(), ctypes.c_int()
            start = time.perf_counter_ns()
            self.library.sqlite3_wal_checkpoint_v2(
                database, schema, SQLITE_CHECKPOINT_PASSIVE, ctypes.byref(log), ctypes.byref(copied)
            )
            elapsed = (time.perf_counter_ns() - start) / 1e6
            self.durations_ms.append(elapsed)
            self.frames.append(frames)
            self.total_ms += elapsed
        return 0

    def install(self, connection: sqlite3.Connection, path: Path) -> None:
        """On every checkout, after the application's own listener (whose ``PRAGMA
        wal_autocheckpoint`` puts SQLite's hook back)."""
        handle = _handle(connection)
        name = self.library.sqlite3_db_filename(handle, b"main")
        if name is None or Path(name.decode()).resolve() != path.resolve():
            raise SystemExit("could not find the SQLite handle of the connection: not diagnosing")
        self.library.sqlite3_wal_hook(handle, self._hook, None)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--db", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--scans", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--no-sync-copy", action="store_true")
    parser.add_argument("--checkpoints", choices=["sqlite", "none"], default="sqlite")
    parser.add_argument("--slowest", type=int, default=15)
    args = parser.parse_args()
    if sys.platform != "linux" or not (3, 11) <= sys.version_info[:2] <= (3, 13):
        raise SystemExit("this diagnostic runs on Linux with CPython 3.11 to 3.13")
    if not args.db.exists():
        raise SystemExit(f"{args.db} is missing: run python -m benchmarks.generate_data first")
    library = _library()
    work = args.db.with_name(args.db.stem + "-diagnose" + args.db.suffix)
    for suffix in ("", "-wal", "-shm"):
        Path(f"{work}{suffix}").unlink(missing_ok=True)
    shutil.copyfile(args.db, work)
    if not args.no_sync_copy:
        descriptor = os.open(work, os.O_RDONLY)
        os.fsync(descriptor)
        os.close(descriptor)
    db = open_database(str(work))
    clock = CheckpointClock(library, enabled=args.checkpoints == "sqlite")
    event.listen(
        db.engine, "checkout", lambda connection, _record, _proxy: clock.install(connection, work)
    )
    db.dispose()  # every connection from here on carries the timed hook
    print(f"SQLite {library.sqlite3_libversion().decode()}; load average before {_load()}")
    try:
        actor = Actor("bench.checkpoint", Role.CHECKPOINT)
        post = open_checkpoint(db, actor, event_id=EVENT_ID, zone_code=ZONE_CODE, unit_id=UNIT_ID)
        assert post.zone_slot is not None
        candidates, inside = _candidates(db, post.zone_slot)
        planned = _plan(args.scans, candidates, inside, random.Random(args.seed))
        rows: list[tuple[float, float, float, float, str]] = []
        for index, (kind, token, direction) in enumerate(planned):
            now = REFERENCE_NOW + timedelta(seconds=index + 1)
            before_checkpoints = clock.total_ms
            queued_start = _run_queue_ms() or 0.0
            cpu_start = time.thread_time_ns()
            start = time.perf_counter_ns()
            scan(db, actor, post, token, direction, now=now)
            wall = (time.perf_counter_ns() - start) / 1e6
            cpu = (time.thread_time_ns() - cpu_start) / 1e6
            queued = (_run_queue_ms() or 0.0) - queued_start
            rows.append((wall, clock.total_ms - before_checkpoints, cpu, queued, kind))
        wal = Path(f"{work}-wal")
        wal_mib = wal.stat().st_size / 2**20 if wal.exists() else 0.0
    finally:
        db.dispose()
    walls = sorted(row[0] for row in rows)
    print(f"Load average after {_load()}; WAL at the end {wal_mib:.1f} MiB")
    print(
        f"{len(rows)} scans: p50 {statistics.median(walls):.2f}  p99 "
        f"{_percentile(walls, 0.99):.2f}  p99.9 {_percentile(walls, 0.999):.2f}  "
        f"max {walls[-1]:.2f} ms"
    )
    if clock.durations_ms:
        durations = sorted(clock.durations_ms)
        print(
            f"Automatic checkpoints inside a commit: {len(durations)} (one every "
            f"{len(rows) // len(durations)} scans, at {min(clock.frames)}-{max(clock.frames)} WAL "
            f"pages), each p50 {statistics.median(durations):.1f} ms, max {durations[-1]:.1f} ms, "
            f"{sum(durations):.0f} ms in all"
        )
    else:
        print("No automatic checkpoint ran.")
    slow = [row for row in rows if row[0] > 5.0]
    explained = [row for row in slow if row[1] >= 0.5 * row[0]]
    print(
        f"Scans over 5 ms: {len(slow)}, of which {len(explained)} spent at least half their time "
        "in a checkpoint"
    )
    print("Slowest scans: wall, in a checkpoint, CPU, waiting for a CPU (ms), kind")
    for wall, checkpoint, cpu, queued, kind in sorted(rows, reverse=True)[: args.slowest]:
        print(f"  {wall:8.2f} {checkpoint:8.2f} {cpu:7.2f} {queued:7.2f}  {kind}")
    for suffix in ("", "-wal", "-shm"):
        Path(f"{work}{suffix}").unlink(missing_ok=True)


if __name__ == "__main__":
    main()
