"""One desk or one gate in its own process, for the concurrency tests (``test_concurrency.py``).

Run as ``python -m desk_child DATABASE`` (this folder on ``PYTHONPATH``). It opens the database,
signs in as the administrator (password in ``ACCRED_PASSWORD_FILE``: it holds the signing key), prints
``ready`` and then obeys one command per line on stdin, answering each with one JSON line:

- ``issue REPORTER EVENT`` → ``{"serial": …}`` or ``{"refused": code}``
- ``scan EVENT UNIT TOKEN`` → ``{"allowed": …, "reason": …}`` (zone A, direction in)
- ``write SECONDS SEED EVENT UNIT`` → audited writes of every kind, as fast as it can for that long →
  ``{"writes": n, "scans": n, "refused": n}``

An empty line or end of input ends it. Any other failure is printed as ``{"error": …}`` and ends it
with exit status 1, so the parent sees it.
"""

from __future__ import annotations

import json
import os
import random
import sys
import time
import traceback
from datetime import date, timedelta
from typing import Any

from accred_app.core.checkpoint import scanning
from accred_app.core.database import open_database
from accred_app.core.errors import AccredError, ValidationError
from accred_app.core.passes import issuing
from accred_app.core.registry import agencies, reporters
from accred_app.core.roles import Actor
from accred_app.core.security.officers import authenticate

EXPIRY = date.today() + timedelta(days=700)


def _say(document: dict[str, Any]) -> None:
    sys.stdout.write(json.dumps(document) + "\n")
    sys.stdout.flush()


class Desk:
    def __init__(self, target: str) -> None:
        self.db = open_database(target, migrate=False)
        with open(os.environ["ACCRED_PASSWORD_FILE"], encoding="utf-8") as file:
            password = file.read().strip()
        self.admin: Actor = authenticate(self.db, "admin", password)
        self.posts: dict[tuple[int, int], scanning.CheckpointPost] = {}

    def issue(self, reporter_id: int, event_id: int) -> dict[str, Any]:
        try:
            view = issuing.issue_pass(
                self.db, self.admin, reporter_id=reporter_id, event_id=event_id
            )
        except ValidationError as refused:
            return {"refused": refused.code}
        return {"serial": view.serial, "token": view.token}

    def scan(self, event_id: int, unit_id: int, token: str) -> dict[str, Any]:
        post = self.posts.get((event_id, unit_id))
        if post is None:
            post = scanning.open_checkpoint(
                self.db, self.admin, event_id=event_id, zone_code="A", unit_id=unit_id
            )
            self.posts[(event_id, unit_id)] = post
        result = scanning.scan(self.db, self.admin, post, token)
        return {"allowed": result.allowed, "reason": result.reason}

    def write_for(self, seconds: float, seed: int, event_id: int, unit_id: int) -> dict[str, Any]:
        """Every kind of audited write a desk makes, mixed at random, until the time is up: new
        agencies and reporters, edits, passes issued and revoked — and scans of those passes."""
        chance = random.Random(seed)
        agency = agencies.add_agency(
            self.db, self.admin, name=f"Báo thử {seed}-{os.getpid()}", kind="online"
        )
        mine: list[int] = []
        live: list[tuple[str, str]] = []  # (serial, token)
        counts = {"writes": 1, "scans": 0, "refused": 0}
        deadline = time.monotonic() + seconds
        number = 0
        while time.monotonic() < deadline:
            number += 1
            action = chance.random()
            try:
                if action < 0.3 or not mine:
                    mine.append(
                        reporters.add_reporter(
                            self.db,
                            self.admin,
                            full_name=f"Phóng viên {seed} {number}",
                            agency_id=agency,
                            card_no=f"W{seed}-{os.getpid()}-{number}",
                            card_expiry=EXPIRY,
                        )
                    )
                elif action < 0.5:
                    reporters.update_reporter(
                        self.db, self.admin, chance.choice(mine), notes=f"ghi chú {number}"
                    )
                elif action < 0.75:
                    issued = self.issue(chance.choice(mine), event_id)
                    if "serial" in issued:
                        live.append((issued["serial"], issued["token"]))
                    else:
                        counts["refused"] += 1
                        continue
                elif action < 0.85 and live:
                    serial, _token = live.pop(chance.randrange(len(live)))
                    issuing.revoke_pass(self.db, self.admin, serial, "thử đồng thời")
                elif live:
                    self.scan(event_id, unit_id, chance.choice(live)[1])
                    counts["scans"] += 1
                    continue
                else:
                    continue
            except ValidationError:
                counts["refused"] += 1
                continue
            counts["writes"] += 1
        return counts


def main(argv: list[str]) -> int:
    (target,) = argv
    desk = Desk(target)
    try:
        _say({"ready": os.getpid()})
        for line in sys.stdin:
            words = line.split()
            if not words:
                break
            try:
                if words[0] == "issue":
                    _say(desk.issue(int(words[1]), int(words[2])))
                elif words[0] == "scan":
                    _say(desk.scan(int(words[1]), int(words[2]), words[3]))
                elif words[0] == "write":
                    _say(
                        desk.write_for(float(words[1]), int(words[2]), int(words[3]), int(words[4]))
                    )
                else:
                    _say({"error": f"unknown command {words[0]}"})
                    return 1
            except AccredError as problem:
                _say({"error": f"{problem.code}: {problem.message('en')}"})
                return 1
            except Exception:
                _say({"error": traceback.format_exc(limit=4)})
                return 1
    finally:
        desk.db.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
