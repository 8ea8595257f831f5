"""Several desks and gates writing at the same moment, each in its own process (``desk_child.py``).

- Two desks issuing at once never give out the same serial, and never two live passes to one
  reporter for one event: one gets the pass, the other is told the reporter already has one.
- The same pass scanned at two gates at the same moment lets the reporter in once: one entry, one
  ``already_inside``.
- Eight writers of every kind for a while (a minute by default; ``ACCRED_TEST_SOAK_SECONDS``)
  leave one linear audit chain that ``accred audit verify`` accepts (PostgreSQL: the database
  several desks share).

"At the same moment": every child waits on its stdin; the parent writes one command to each
child, then reads the answers, so each round is a race between processes that start together.
"""

from __future__ import annotations

import json
import os
import select as readiness
import subprocess
import sys
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from accred_app.core.models import AuditEntry, FieldPass
from accred_app.core.passes import issuing
from accred_app.core.registry import agencies, events, reporters, units
from accred_app.core.roles import Actor
from accred_app.core.storage.db import Database

pytestmark = pytest.mark.slow  # processes that start, sign in and race: seconds each

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent
ADMIN_PASSWORD = "mat-khau-quan-tri-1"  # the conftest admin's
EXPIRY = date.today() + timedelta(days=700)
SOAK_SECONDS = float(os.environ.get("ACCRED_TEST_SOAK_SECONDS", "60"))
SOAK_WRITERS = 8


@dataclass
class Ground:
    event: int
    units: tuple[int, int]
    reporters: list[int]


@pytest.fixture
def ground(db: Database, admin: Actor) -> Ground:
    gate_1 = units.add_unit(db, admin, name="Cổng Bắc", code="CB")
    gate_2 = units.add_unit(db, admin, name="Cổng Nam", code="CN")
    agency = agencies.add_agency(db, admin, name="Báo Thanh Hóa", kind="print")
    event = events.add_event(
        db,
        admin,
        name="Kỳ họp Hội đồng nhân dân tỉnh",
        kind="event",
        start=date.today() - timedelta(days=1),
        end=date.today() + timedelta(days=2),
        zones=[events.ZoneSpec("A", "Hội trường")],
    )
    people = [
        reporters.add_reporter(
            db,
            admin,
            full_name=f"Phóng viên {n}",
            agency_id=agency,
            card_no=f"TH-{n:03d}",
            card_expiry=EXPIRY,
        )
        for n in range(40)
    ]
    return Ground(event, (gate_1, gate_2), people)


class Children:
    """Processes that each hold the database open, answering one JSON line per command."""

    def __init__(self, count: int, target: str, tmp_path: Path) -> None:
        password_file = tmp_path / "pw-children"
        password_file.write_text(ADMIN_PASSWORD, encoding="utf-8")
        env = dict(os.environ)
        env["ACCRED_PASSWORD_FILE"] = str(password_file)
        env["PYTHONPATH"] = os.pathsep.join(
            filter(None, [str(HERE), str(REPO), env.get("PYTHONPATH")])
        )
        self.processes = [
            subprocess.Popen(
                [sys.executable, "-m", "desk_child", target],
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
                env=env,
            )
            for _ in range(count)
        ]
        for process in self.processes:
            assert "ready" in self._answer(process), "a child did not start"

    def _answer(self, process: subprocess.Popen[str]) -> dict[str, Any]:
        assert process.stdout is not None
        line = process.stdout.readline()
        if not line:
            process.wait(timeout=30)
            raise AssertionError(f"child ended: {process.stderr.read() if process.stderr else ''}")
        answer: dict[str, Any] = json.loads(line)
        assert "error" not in answer, answer["error"]
        return answer

    def send(self, commands: list[str]) -> None:
        """Give each child its command, all before any answer is read."""
        for process, command in zip(self.processes, commands, strict=True):
            assert process.stdin is not None
            process.stdin.write(command + "\n")
            process.stdin.flush()

    def answers(self) -> list[dict[str, Any]]:
        return [self._answer(process) for process in self.processes]

    def at_once(self, commands: list[str]) -> list[dict[str, Any]]:
        """Send each child its command (all sent before any answer is read), then the answers."""
        self.send(commands)
        return self.answers()

    def close(self) -> None:
        for process in self.processes:
            if process.poll() is None:
                assert process.stdin is not None
                process.stdin.close()
        for process in self.processes:
            try:
                process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()


@pytest.fixture
def children(db_target: str, db: Database, tmp_path: Path) -> Iterator[Any]:
    made: list[Children] = []

    def start(count: int) -> Children:
        made.append(Children(count, db_target, tmp_path))
        return made[-1]

    yield start
    for group in made:
        group.close()


def test_two_desks_issuing_at_once_never_share_a_serial(
    db: Database, ground: Ground, children: Any
) -> None:
    desks = children(2)
    serials: list[str] = []
    # Different reporters at the same moment: both passes are issued, with different serials.
    for first, second in zip(ground.reporters[:30:2], ground.reporters[1:30:2], strict=True):
        answers = desks.at_once([f"issue {first} {ground.event}", f"issue {second} {ground.event}"])
        assert all("serial" in a for a in answers), answers
        serials += [a["serial"] for a in answers]
    # The same reporter at the same moment: one pass; the other desk is told why not.
    for reporter in ground.reporters[30:]:
        answers = desks.at_once([f"issue {reporter} {ground.event}"] * 2)
        assert sorted(a.get("refused", "issued") for a in answers) == [
            "already_has_pass",
            "issued",
        ], answers
        serials += [a["serial"] for a in answers if "serial" in a]
    assert len(serials) == len(set(serials)) == 40
    with db.reading() as session:
        stored = session.execute(select(FieldPass.serial, FieldPass.reporter_id)).all()
    assert sorted(s for s, _ in stored) == sorted(serials)
    assert len({r for _, r in stored}) == 40  # one pass each


def test_one_pass_scanned_at_two_gates_at_once_lets_in_once(
    db: Database, admin: Actor, ground: Ground, children: Any
) -> None:
    tokens = [
        issuing.issue_pass(db, admin, reporter_id=r, event_id=ground.event).token
        for r in ground.reporters[:25]
    ]
    gates = children(2)
    for token in tokens:
        answers = gates.at_once([f"scan {ground.event} {unit} {token}" for unit in ground.units])
        assert sorted((a["allowed"], a["reason"]) for a in answers) == [
            (False, "already_inside"),
            (True, "ok"),
        ], answers


@pytest.mark.postgresql_only("several desks write at once only to a shared server")
def test_eight_writers_leave_one_linear_audit_chain(
    db: Database, admin: Actor, ground: Ground, children: Any, run_cli: Any
) -> None:
    with db.reading() as session:
        before = session.execute(select(func.count()).select_from(AuditEntry)).scalar_one()
    writers = children(SOAK_WRITERS)
    answers = writers.at_once(
        [
            f"write {SOAK_SECONDS} {seed} {ground.event} {ground.units[seed % 2]}"
            for seed in range(SOAK_WRITERS)
        ]
    )
    totals = Counter[str]()
    for answer in answers:
        assert answer["writes"] > 1, answers  # every writer got its turn
        totals.update(answer)
    with db.reading() as session:
        ids = list(session.execute(select(AuditEntry.id).order_by(AuditEntry.id)).scalars())
    assert ids == list(range(1, len(ids) + 1))  # one linear chain: no gap, no fork
    assert len(ids) - before >= totals["writes"]
    verified = run_cli("--json", "audit", "verify")
    assert verified.code == 0, verified.out + verified.err
    report = verified.json()
    assert report["ok"] and report["chain_ok"] and report["scan_chains"]["ok"]
    print(f"soak: {SOAK_WRITERS} writers × {SOAK_SECONDS:.0f} s: {dict(totals)}, {len(ids)} rows")


def test_audit_verify_while_desks_write_sees_one_moment(
    db: Database, ground: Ground, children: Any, run_cli: Any
) -> None:
    """``audit verify`` reads the trail, then every table: while other desks write, it must see
    them all as of one moment, or a change committed in between looks like an edit made with SQL."""
    writers = children(2)
    writers.send([f"write 4 {seed} {ground.event} {ground.units[0]}" for seed in range(2)])
    verified = 0
    while verified < 3 or not all(_answered(p) for p in writers.processes):
        result = run_cli("--json", "audit", "verify")
        assert result.code == 0, result.out + result.err
        verified += 1
    assert all(answer["writes"] > 1 for answer in writers.answers())


def _answered(process: subprocess.Popen[str]) -> bool:
    """Whether the child has written its answer (or ended), without reading it."""
    assert process.stdout is not None
    return bool(readiness.select([process.stdout], [], [], 0)[0])
