"""Crash safety: a worker issuing passes and logging scans is killed (SIGKILL) at random moments,
20 times. After every kill the file is sound, every transaction the worker reported as committed is
there, and the audit chain and the scan chain still verify. The worker scans through a checkpoint
session whose background WAL checkpointer runs eagerly, so kills also hit its checkpoints.

The worker (``crash_child.py``) prints each id only after its transaction committed, so a line read
here is a promise the database must keep. Each next worker is started (and imports) while the
previous one runs, so the 20 rounds fit well under a minute.
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

import pytest

from accred_app.core.checkpoint.scan_chain import verify_scan_chains
from accred_app.core.database import open_database
from accred_app.core.registry import agencies, events, reporters, units
from accred_app.core.roles import SYSTEM
from accred_app.core.security.audit import verify_chain
from accred_app.core.setup.installation import initialise

KILLS = 20
POOL = 40
HERE = Path(__file__).resolve().parent


@dataclass
class Tally:
    passes: set[int] = field(default_factory=set)
    revoked: set[int] = field(default_factory=set)
    scans: set[str] = field(default_factory=set)
    kills_mid_stream: int = 0

    def add(self, line: str) -> None:
        kind, _, value = line.partition(" ")
        if kind == "pass":
            self.passes.add(int(value))
        elif kind == "revoke":
            self.revoked.add(int(value))
        elif kind == "scan":
            self.scans.add(value)
        else:
            raise AssertionError(f"unexpected worker line {line!r}")


def prepare(path: Path) -> tuple[int, int]:
    db = open_database(str(path))
    try:
        initialise(db, admin_password="mat-khau-quan-tri-1")
        unit = units.add_unit(db, SYSTEM, name="Đội bảo vệ", code="DBV")
        agency = agencies.add_agency(db, SYSTEM, name="Đài Phát thanh Truyền hình", kind="tv")
        for n in range(POOL):
            reporters.add_reporter(
                db,
                SYSTEM,
                full_name=f"Phóng viên {n}",
                agency_id=agency,
                card_no=f"PT-{n:04d}",
                card_expiry=date.today() + timedelta(days=800),
            )
        event = events.add_event(
            db,
            SYSTEM,
            name="Trụ sở Công an tỉnh",
            kind="site",
            start=date.today(),
            zones=[events.ZoneSpec("A", "Sảnh chính")],
        )
        return event, unit
    finally:
        db.dispose()


def spawn(path: Path, event: int, unit: int, seed: int) -> subprocess.Popen[bytes]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(HERE), env.get("PYTHONPATH")]))
    first, last = date.today(), date.today() + timedelta(days=60)
    return subprocess.Popen(
        [
            sys.executable,
            "-m",
            "crash_child",
            str(path),
            str(event),
            str(unit),
            str(first),
            str(last),
            str(seed),
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
    )


def wait_ready(child: subprocess.Popen[bytes]) -> None:
    assert child.stdout is not None
    line = child.stdout.readline()
    if line != b"ready\n":
        child.kill()
        _, err = child.communicate()
        raise AssertionError(f"worker did not start: {line!r} {err.decode(errors='replace')}")


def verify(path: Path, tally: Tally) -> None:
    connection = sqlite3.connect(path)
    try:
        assert connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        present = {r[0] for r in connection.execute("SELECT id FROM passes")}
        missing_passes = tally.passes - present
        assert not missing_passes, f"committed passes lost: {sorted(missing_passes)[:5]}"
        revoked = {r[0] for r in connection.execute("SELECT id FROM passes WHERE status='revoked'")}
        assert tally.revoked <= revoked, "committed revocations lost"
        uids = {r[0] for r in connection.execute("SELECT scan_uid FROM scan_log")}
        missing_scans = tally.scans - uids
        assert not missing_scans, f"committed scans lost: {sorted(missing_scans)[:5]}"
    finally:
        connection.close()
    db = open_database(str(path), migrate=False)
    try:
        with db.reading() as session:
            report = verify_chain(session)
            chains = verify_scan_chains(session)
        assert report.ok, report
        assert all(chain.ok for chain in chains), chains
    finally:
        db.dispose()


@pytest.mark.slow
def test_killed_worker_never_loses_a_commit(tmp_path: Path) -> None:
    started = time.monotonic()
    path = tmp_path / "crash.sqlite"
    event, unit = prepare(path)
    rng = random.Random(20261127)
    tally = Tally()
    child = spawn(path, event, unit, 0)
    wait_ready(child)
    for round_ in range(KILLS):
        assert child.stdin is not None and child.stdout is not None
        child.stdin.write(b"go\n")
        child.stdin.flush()
        following = spawn(path, event, unit, round_ + 1) if round_ + 1 < KILLS else None
        time.sleep(rng.uniform(0.05, 0.5))
        if child.poll() is not None:
            _, err = child.communicate()
            raise AssertionError(f"worker died on its own: {err.decode(errors='replace')[-2000:]}")
        child.send_signal(signal.SIGKILL)
        out, err = child.communicate()
        assert child.returncode == -signal.SIGKILL
        assert b"Traceback" not in err, err.decode(errors="replace")
        lines = out.decode("utf-8", errors="replace").split("\n")
        if lines[-1]:
            tally.kills_mid_stream += 1  # killed while writing a line: that id is not counted
        for line in lines[:-1]:
            tally.add(line)
        verify(path, tally)
        if following is not None:
            wait_ready(following)
            child = following
    elapsed = time.monotonic() - started
    print(
        f"\ncrash test: {KILLS} kills, {len(tally.passes)} passes, {len(tally.revoked)} "
        f"revocations, {len(tally.scans)} scans checked after every kill; {elapsed:.1f} s"
    )
    assert len(tally.passes) >= KILLS and len(tally.scans) >= KILLS
    assert elapsed < 60
