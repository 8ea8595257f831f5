"""A checkpoint that keeps the database open, as the desk window or a scanning laptop does.

Run as ``python -m checkpoint_child DB_PATH EVENT_ID UNIT_ID`` (with this folder on ``PYTHONPATH``).
It prints ``ready`` once the database is open, then reads one token per line from stdin, logs a
scan for it and prints the scan's uid only after the scan committed. An empty line ends it.
"""

from __future__ import annotations

import sys

from accred_app.core.checkpoint import scanning
from accred_app.core.database import open_database
from accred_app.core.models import Role
from accred_app.core.roles import Actor

ADMIN = Actor(username="admin", role=Role.ADMIN, officer_id=1)


def main(argv: list[str]) -> None:
    path, event_id, unit_id = argv
    db = open_database(path, migrate=False)
    try:
        post = scanning.open_checkpoint(
            db, ADMIN, event_id=int(event_id), zone_code="A", unit_id=int(unit_id)
        )
        sys.stdout.write("ready\n")
        sys.stdout.flush()
        for line in sys.stdin:
            token = line.strip()
            if not token:
                break
            result = scanning.scan(db, ADMIN, post, token)
            sys.stdout.write(f"{result.scan_uid}\n")
            sys.stdout.flush()
    finally:
        db.dispose()


if __name__ == "__main__":
    main(sys.argv[1:])
