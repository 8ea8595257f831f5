"""What the checkpoint window asks of the core besides the scan, on the 1,000,000-row log.

Run ``python -m benchmarks.bench_checkpoint_window`` from the repository root (the data set of
``benchmarks.generate_data``, generated first when missing). On a working copy it times, at the
congress's main hall gate:

* the side panel read whole (``gate_counters``: entries, exits, inside now, denials, last 20);
* the side panel kept by a :class:`GateTally` after each of a run of scans (what the window does);
* the verdict screen's facts for each of those scans;
* the manual-admission search: three letters of a name, a full name, a serial's number.

Each is printed as p50/p99/max of wall time with the CPU time beside it.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import time
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path
from typing import TypeVar

from accred_app.core.checkpoint import counters, manual
from accred_app.core.checkpoint.scanning import open_checkpoint
from accred_app.core.checkpoint.session import CheckpointSession
from accred_app.core.database import open_database
from accred_app.core.models import Role
from accred_app.core.roles import Actor
from benchmarks.bench_scan import (
    EVENT_ID,
    UNIT_ID,
    ZONE_CODE,
    _candidates,
    _percentile,
    _plan,
    _working_copy,
)
from benchmarks.generate_data import DEFAULT_OUT, REFERENCE_NOW, generate

T = TypeVar("T")


def _timed(call: Callable[[], T]) -> tuple[T, float, float]:
    cpu = time.thread_time_ns()
    start = time.perf_counter_ns()
    value = call()
    return value, (time.perf_counter_ns() - start) / 1e6, (time.thread_time_ns() - cpu) / 1e6


def _line(label: str, wall: list[float], cpu: list[float]) -> str:
    ordered, cpu_ordered = sorted(wall), sorted(cpu)
    return (
        f"  {label:<34} p50 {statistics.median(ordered):7.2f}  p99 {_percentile(ordered, 0.99):7.2f}"
        f"  max {ordered[-1]:7.2f} ms   (cpu p50 {statistics.median(cpu_ordered):6.2f}, "
        f"max {cpu_ordered[-1]:6.2f})  n={len(ordered)}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--db", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--scans", type=int, default=1000, help="scans with a panel after each")
    parser.add_argument("--seed", type=int, default=11)
    args = parser.parse_args()
    if not args.db.exists():
        print(f"{args.db} is missing: generating the full data set first")
        generate(args.db, reporters=100_000, passes=200_000, scans=1_000_000, workers=2)
    work, _ = _working_copy(args.db)
    db = open_database(str(work))
    load = os.getloadavg() if hasattr(os, "getloadavg") else (0.0, 0.0, 0.0)
    try:
        actor = Actor("bench.checkpoint", Role.CHECKPOINT)
        post = open_checkpoint(db, actor, event_id=EVENT_ID, zone_code=ZONE_CODE, unit_id=UNIT_ID)
        assert post.zone_slot is not None
        since = REFERENCE_NOW - timedelta(hours=10)  # the generated gate day so far
        print(f"Load average {load[0]:.2f} {load[1]:.2f} {load[2]:.2f} (on {os.cpu_count()} CPUs)")
        print(f"Checkpoint: event {EVENT_ID}, zone {ZONE_CODE}, unit {UNIT_ID}; panel since "
              f"{since.isoformat()}")  # fmt: skip

        whole_wall: list[float] = []
        whole_cpu: list[float] = []
        for _ in range(5):
            panel, wall, cpu = _timed(
                lambda: counters.gate_counters(db, actor, post, since=since, now=REFERENCE_NOW)
            )
            whole_wall.append(wall)
            whole_cpu.append(cpu)
        print(
            f"Panel at the start: entries {panel.entries}, exits {panel.exits}, inside "
            f"{panel.inside_now}, denied {panel.denied}, recent {len(panel.recent)}"
        )
        print(_line("panel read whole (gate_counters)", whole_wall, whole_cpu))

        candidates, inside = _candidates(db, post.zone_slot)
        planned = _plan(args.scans, candidates, inside, random.Random(args.seed))
        gate = CheckpointSession(db, actor, post, counters_since=since)
        try:
            _, first_wall, first_cpu = _timed(lambda: gate.counters(now=REFERENCE_NOW))
            print(_line("panel, first look (one whole read)", [first_wall], [first_cpu]))
            tally_wall: list[float] = []
            tally_cpu: list[float] = []
            screen_wall: list[float] = []
            screen_cpu: list[float] = []
            for index, (_kind, token, direction) in enumerate(planned):
                now = REFERENCE_NOW + timedelta(seconds=index + 1)
                result = gate.scan(token, direction=direction, now=now)
                _, wall, cpu = _timed(lambda: gate.screen(result))  # noqa: B023
                screen_wall.append(wall)
                screen_cpu.append(cpu)
                _, wall, cpu = _timed(lambda: gate.counters(now=now))  # noqa: B023
                tally_wall.append(wall)
                tally_cpu.append(cpu)
            print(_line("panel after each scan (GateTally)", tally_wall, tally_cpu))
            print(_line("verdict screen facts", screen_wall, screen_cpu))
            print(f"  (whole reads of the log by the tally: {gate.tally.full_reads})")
        finally:
            gate.close()

        number = candidates[len(candidates) // 2]
        with db.reading() as session:
            serial = (
                session.connection()
                .exec_driver_sql("SELECT serial FROM passes WHERE id = ?", (number.pass_id,))
                .scalar_one()
            )
        queries = {
            "3 letters 'ngu'": "ngu",
            "3 letters 'anh'": "anh",
            "name 'tran thi'": "tran thi",
            "serial number only": serial.rsplit("-", 1)[1].lstrip("0"),
            "whole serial": serial,
        }
        for label, query in queries.items():
            walls: list[float] = []
            cpus: list[float] = []
            for _ in range(5):
                found, wall, cpu = _timed(
                    lambda q=query: manual.find_candidates(db, actor, post, q, now=REFERENCE_NOW)  # type: ignore[misc]
                )
                walls.append(wall)
                cpus.append(cpu)
            print(_line(f"search {label} ({len(found)} found)", walls, cpus))
    finally:
        db.dispose()


if __name__ == "__main__":
    main()
