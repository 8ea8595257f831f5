"""Crash-test worker: issues passes and logs scans against a database until it is killed.

Run as ``python -m crash_child DB_PATH EVENT_ID UNIT_ID FIRST_DAY LAST_DAY SEED`` (with this folder on
``PYTHONPATH``). After each commit it prints ``pass <id>``, ``revoke <id>`` or ``scan <uid>`` and
flushes, so every line the parent reads names a transaction that had committed. It prints ``ready``
once the database is open and starts writing when a line arrives on stdin. It signs in once as the
admin (whose session holds the signing key), before saying ``ready``.

Scans go through a checkpoint session, as at a real gate, with its background WAL checkpointer
made eager (every few commits, restarting the WAL past a few dozen pages), so kills also land in
the middle of checkpoints and WAL restarts.
"""

from __future__ import annotations

import random
import sys

from sqlalchemy import select

from accred_app.core.checkpoint.session import open_session
from accred_app.core.checkpoint.verdict import Direction
from accred_app.core.database import open_database
from accred_app.core.errors import ValidationError
from accred_app.core.models import Reporter
from accred_app.core.passes import issuing
from accred_app.core.security.officers import authenticate
from accred_app.core.storage import db as storage

ADMIN_PASSWORD = "mat-khau-quan-tri-1"  # set by test_crash_safety.prepare


def main(argv: list[str]) -> None:
    path, event_id, unit_id, first_day, last_day, seed = argv
    db = open_database(path, migrate=False, check_integrity=False)
    ADMIN = authenticate(db, "admin", ADMIN_PASSWORD)
    with db.reading() as session:
        pool = list(session.execute(select(Reporter.id).order_by(Reporter.id)).scalars())
    storage.WAL_CHECKPOINT_EVERY_COMMITS = 3
    storage.WAL_RESTART_FRAMES = 48
    gate = open_session(
        db,
        ADMIN,
        event_id=int(event_id),
        zone_code="A",
        unit_id=int(unit_id),
        checkpoint_interval_seconds=0.005,
    )
    rng = random.Random(int(seed))
    out = sys.stdout
    out.write("ready\n")
    out.flush()
    sys.stdin.readline()  # the parent says "go" (it starts the next worker while checking this one)
    while True:
        reporter_id = rng.choice(pool)
        try:
            issued = issuing.issue_pass(
                db,
                ADMIN,
                reporter_id=reporter_id,
                event_id=int(event_id),
                first_day=first_day,
                last_day=last_day,
            )
        except ValidationError as refused:
            if refused.code != "already_has_pass":
                raise
            revoked = issuing.revoke_pass(db, ADMIN, refused.params["serial"], "cấp lại")
            out.write(f"revoke {revoked.id}\n")
            out.flush()
            continue
        out.write(f"pass {issued.id}\n")
        out.flush()
        for direction in (Direction.IN, Direction.OUT):
            result = gate.scan(issued.token, direction=direction)
            out.write(f"scan {result.scan_uid}\n")
            out.flush()


if __name__ == "__main__":
    main(sys.argv[1:])
