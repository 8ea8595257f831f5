"""Pure token timings and sizes, for the checkpoint budget (p99 <= 5 ms a scan with its DB write).

Run ``python -m benchmarks.bench_token`` from the repository root. Prints percentiles, not a mean,
because a gate officer notices the slow scans, not the average one. The raw Ed25519 verify is
printed too, so the library's share and ours can be told apart on any machine.
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from accred_app.core.checkpoint.verdict import Checkpoint, Direction, InMemoryKnowledge, decide
from accred_app.core.passes.tokens import (
    TOKEN_BYTES,
    TOKEN_DIGITS,
    PassClaims,
    SigningKey,
    TokenError,
    generate_signing_key,
    issue_token,
    parse_token,
    validity_for_days,
)
from accred_app.printing.qr import qr_matrix

ROUNDS = 5000


def percentiles_us(
    action: Callable[[], object], rounds: int = ROUNDS
) -> tuple[float, float, float]:
    """Median, p99 and max of one call, in microseconds."""
    for _ in range(100):  # warm caches (key loading, interpreter)
        action()
    samples: list[float] = []
    for _ in range(rounds):
        start = time.perf_counter_ns()
        action()
        samples.append((time.perf_counter_ns() - start) / 1000)
    samples.sort()
    return statistics.median(samples), samples[int(len(samples) * 0.99) - 1], samples[-1]


@dataclass(frozen=True)
class TokenCase:
    """A signed token for a pass valid now, a checkpoint it opens, and what the verdict reads."""

    claims: PassClaims
    key: SigningKey
    token: str
    keys: dict[bytes, bytes]
    knowledge: InMemoryKnowledge
    checkpoint: Checkpoint
    now: datetime


def token_case() -> TokenCase:
    key = generate_signing_key()
    valid_from, valid_to = validity_for_days(date(2026, 1, 10), date(2026, 1, 12))
    claims = PassClaims(
        pass_id=4_000_000_000,
        reporter_id=123_456,
        event_id=42,
        zone_slots=frozenset(range(0, 32, 3)),
        valid_from=valid_from,
        valid_to=valid_to,
    )
    keys = {key.key_id: key.public_bytes}
    return TokenCase(
        claims=claims,
        key=key,
        token=issue_token(claims, key),
        keys=keys,
        knowledge=InMemoryKnowledge(known_keys=dict(keys)),
        checkpoint=Checkpoint(event_id=42, zone_slot=3),
        now=valid_from + (valid_to - valid_from) / 2,
    )


def verify_percentiles_us(rounds: int = ROUNDS) -> tuple[float, float, float]:
    """Median, p99 and max of the verdict on a token (signature verify + rules), no database."""
    case = token_case()
    return percentiles_us(
        lambda: decide(case.token, case.checkpoint, Direction.IN, case.now, case.knowledge), rounds
    )


def main() -> None:
    case = token_case()
    claims, key, token, keys = case.claims, case.key, case.token, case.keys
    knowledge, checkpoint, now = case.knowledge, case.checkpoint, case.now
    forged = token[:-1] + str((int(token[-1]) + 1) % 10)

    code = qr_matrix(token)
    print(f"token: {TOKEN_BYTES} bytes -> {len(token)} digits (TOKEN_DIGITS={TOKEN_DIGITS})")
    print(f"QR: version {code.version}, error level M, numeric mode, {code.size} modules a side")
    private = Ed25519PrivateKey.from_private_bytes(key.private_bytes)
    message = b"\x00" * 29
    signature = private.sign(message)
    public = private.public_key()
    rows = [
        ("raw Ed25519 verify (library)", lambda: public.verify(signature, message)),
        ("issue_token (encode + sign)", lambda: issue_token(claims, key)),
        ("parse_token (verify)", lambda: parse_token(token, keys)),
        (
            "decide (verify + rules)",
            lambda: decide(token, checkpoint, Direction.IN, now, knowledge),
        ),
        ("parse_token (forged, rejected)", lambda: _rejected(forged, keys)),
    ]
    print(f"{'operation':34} {'median µs':>10} {'p99 µs':>10} {'max µs':>10}  ({ROUNDS} rounds)")
    for name, action in rows:
        median, p99, worst = percentiles_us(action)
        print(f"{name:34} {median:10.1f} {p99:10.1f} {worst:10.1f}")


def _rejected(text: str, keys: dict[bytes, bytes]) -> None:
    try:
        parse_token(text, keys)
    except TokenError:
        return
    raise AssertionError("a tampered token was accepted")


if __name__ == "__main__":
    main()
