"""How long ``audit verify`` takes on a provincial desk, step by step.

Run from the repository root, after ``python -m benchmarks.generate_data`` (100,000 reporters,
200,000 passes, each with its audit history):
``python -m benchmarks.bench_audit_verify [--db benchmarks/out/bench.sqlite]``.
Prints wall and CPU seconds for the chain walk, the replay, the heads, the whole core check, and the
whole ``accred audit verify`` command (sign-in included), with the peak memory of this process.
CPU time shows the real cost when other jobs share the machine.
"""

from __future__ import annotations

import argparse
import io
import os
import resource
import sys
import time
from collections.abc import Callable, Sequence
from contextlib import redirect_stdout
from pathlib import Path
from typing import TypeVar

from sqlalchemy import func, select

from accred_app.core.database import open_database
from accred_app.core.models import AuditEntry
from accred_app.core.security.audit import verify_chain
from accred_app.core.security.audit_heads import check_heads, find_heads
from accred_app.core.security.audit_replay import replay_trail
from accred_app.core.security.audit_verify import verify_audit
from accred_app.core.security.officers import authenticate
from benchmarks.generate_data import ADMIN_PASSWORD, DEFAULT_OUT, use_benchmark_settings_folder

T = TypeVar("T")


def timed(label: str, work: Callable[[], T]) -> T:
    wall, cpu = time.perf_counter(), time.process_time()
    result = work()
    print(
        f"  {label:<34} {time.perf_counter() - wall:7.2f} s wall "
        f"{time.process_time() - cpu:7.2f} s CPU"
    )
    return result


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--db", type=Path, default=DEFAULT_OUT)
    args = parser.parse_args(argv)
    if not args.db.exists():
        sys.exit(f"{args.db} does not exist: run python -m benchmarks.generate_data first")
    use_benchmark_settings_folder(args.db)
    db = open_database(str(args.db))
    try:
        admin = authenticate(db, "admin", ADMIN_PASSWORD)
        with db.reading() as session:
            trail = session.execute(select(func.count()).select_from(AuditEntry)).scalar_one()
        print(f"audit verify on {args.db} ({trail:,} audit rows)")
        with db.reading() as session:
            chain = timed("chain walk", lambda: verify_chain(session))
            replay = timed("replay against the current rows", lambda: replay_trail(session))
            heads = timed("heads", lambda: check_heads(session, find_heads(db)))
        report = timed("whole core check (one snapshot)", lambda: verify_audit(db, admin))
        print(
            f"  chain ok={chain.ok}, replay ok={replay.ok} "
            f"({replay.details['rows_checked']:,} rows, {replay.problem_count} problems), "
            f"heads ok={heads.ok}; overall ok={report.ok}"
        )
    finally:
        db.dispose()

    from accred_app.cli import main as accred

    password_file = args.db.with_name("bench-admin-password.txt")
    password_file.write_text(ADMIN_PASSWORD, encoding="utf-8")
    os.environ["ACCRED_PASSWORD_FILE"] = str(password_file)

    def command() -> int:
        with redirect_stdout(io.StringIO()):
            return accred(["--db", str(args.db), "--user", "admin", "audit", "verify"])

    code = timed("accred audit verify (with sign-in)", command)
    password_file.unlink()
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"  exit code {code}; peak memory of this process {peak:.0f} MiB")


if __name__ == "__main__":
    main()
