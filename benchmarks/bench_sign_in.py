"""Sign-in time with the production argon2id parameters: what key protection adds.

Run ``python -m benchmarks.bench_sign_in`` from the repository root. A key holder's sign-in is the
password check plus one more argon2id derivation (the key that unwraps their slot); an officer who
never issues passes pays the password check only. Also prints what a copy of the database holds
for each kind of secret, read with plain sqlite3 as a thief would.
"""

from __future__ import annotations

import os
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROUNDS = 10
PASSWORD = "mat-khau-do-thoi-gian-1"


def timings_ms(action: Callable[[], object], rounds: int = ROUNDS) -> tuple[float, float]:
    """Median and maximum of one call, in milliseconds."""
    action()  # warm up (imports, first allocation of argon2's memory)
    samples = []
    for _ in range(rounds):
        start = time.perf_counter()
        action()
        samples.append((time.perf_counter() - start) * 1000)
    return statistics.median(samples), max(samples)


def main() -> None:
    if os.environ.get("ACCRED_ARGON2_PROFILE"):
        sys.exit("unset ACCRED_ARGON2_PROFILE: this measures the production parameters")
    from accred_app.core.database import open_database
    from accred_app.core.security import keyslots, officers
    from accred_app.core.setup.installation import initialise

    profile = keyslots.argon2_profile()
    print(
        f"argon2id: time_cost={profile.time_cost} memory_cost={profile.memory_cost} KiB "
        f"parallelism={profile.parallelism}"
    )
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "bench.sqlite"
        db = open_database(str(path))
        try:
            initialise(db, admin_password=PASSWORD)
            admin = officers.authenticate(db, "admin", PASSWORD)
            officers.create_officer(
                db, admin, username="chot1", full_name="Gác", role="checkpoint", password=PASSWORD
            )
            stored_hash = officers.password_hasher().hash(PASSWORD)
            with db.reading() as session:
                slot = keyslots.read_officer_slot(session, admin.officer_id or 0)
            assert slot is not None
            rows = [
                (
                    "password check alone (argon2id verify)",
                    lambda: officers.password_hasher().verify(stored_hash, PASSWORD),
                ),
                ("slot unwrap alone (argon2id raw + AES-GCM)", lambda: slot.open(PASSWORD)),
                (
                    "sign-in, key holder (admin/desk)",
                    lambda: officers.authenticate(db, "admin", PASSWORD),
                ),
                (
                    "sign-in, checkpoint officer (no slot)",
                    lambda: officers.authenticate(db, "chot1", PASSWORD),
                ),
            ]
            for label, action in rows:
                median, worst = timings_ms(action)
                print(f"{label:46} median {median:7.1f} ms   max {worst:7.1f} ms")
        finally:
            db.dispose()
        print()
        print("What a copy of the file holds (read with plain sqlite3, no password):")
        copy = sqlite3.connect(path)
        try:
            for key_id, sealed in copy.execute("SELECT key_id, private_key FROM signing_keys"):
                print(
                    f"  signing key {key_id}: {len(sealed)} bytes sealed (AES-256-GCM), no raw key"
                )
            for kind, scheme, salt, wrapped in copy.execute(
                "SELECT kind, scheme, salt, wrapped_key FROM key_slots ORDER BY id"
            ):
                print(
                    f"  key slot {kind:9} {scheme:26} salt {len(salt or b'')} B, "
                    f"wrapped data key {len(wrapped)} B"
                )
        finally:
            copy.close()


if __name__ == "__main__":
    main()
