"""The checkpoint verdict: every reason, the order of checks, clock edges and the exit policy."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from accred_app.core.checkpoint.verdict import (
    Checkpoint,
    CheckpointKnowledge,
    Direction,
    InMemoryKnowledge,
    Reason,
    Verdict,
    decide,
)
from accred_app.core.messages import known_codes
from accred_app.core.passes.tokens import (
    TOKEN_DIGITS,
    VIETNAM_TZ,
    PassClaims,
    generate_signing_key,
    issue_token,
    validity_for_days,
)

KEY = generate_signing_key()
OTHER_INSTALLATION_KEY = generate_signing_key()
EVENT = 7
ZONE = 3
OUTER_GATE = Checkpoint(event_id=EVENT, zone_slot=None)
ZONE_GATE = Checkpoint(event_id=EVENT, zone_slot=ZONE)
START, END = validity_for_days(date(2026, 1, 10), date(2026, 1, 12))
DURING = datetime(2026, 1, 11, 9, 30, tzinfo=VIETNAM_TZ)
CLAIMS = PassClaims(
    pass_id=123,
    reporter_id=45,
    event_id=EVENT,
    zone_slots=frozenset({ZONE, 5}),
    valid_from=START,
    valid_to=END,
)
TOKEN = issue_token(CLAIMS, KEY)


def fresh_knowledge() -> InMemoryKnowledge:
    knowledge = InMemoryKnowledge()
    knowledge.add_public_key(KEY.public_bytes)
    return knowledge


def test_in_memory_knowledge_satisfies_the_protocol() -> None:
    knowledge: CheckpointKnowledge = fresh_knowledge()
    assert KEY.key_id in knowledge.public_keys()


# --- one test per reason ------------------------------------------------------------------------


@pytest.mark.parametrize("checkpoint", [OUTER_GATE, ZONE_GATE])
def test_ok_at_outer_gate_and_allowed_zone(checkpoint: Checkpoint) -> None:
    verdict = decide(TOKEN + "\r\n", checkpoint, Direction.IN, DURING, fresh_knowledge())
    assert verdict == Verdict(allowed=True, reason=Reason.OK, claims=CLAIMS)


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("", Reason.MALFORMED),
        (TOKEN[:-1], Reason.MALFORMED),
        ("9" * TOKEN_DIGITS, Reason.MALFORMED),
        ("12ă3", Reason.NOT_DIGITS),
        ("１２３", Reason.NOT_DIGITS),
        (TOKEN[:5] + "ê" + TOKEN[6:], Reason.NOT_DIGITS),
        (issue_token(CLAIMS, OTHER_INSTALLATION_KEY), Reason.UNKNOWN_KEY),
        (TOKEN[:-1] + str((int(TOKEN[-1]) + 1) % 10), Reason.FORGED),
    ],
)
def test_token_problems_give_no_claims(text: str, reason: Reason) -> None:
    verdict = decide(text, OUTER_GATE, Direction.IN, DURING, fresh_knowledge())
    assert verdict == Verdict(allowed=False, reason=reason, claims=None)


def test_wrong_event() -> None:
    verdict = decide(TOKEN, Checkpoint(EVENT + 1, None), Direction.IN, DURING, fresh_knowledge())
    assert (verdict.allowed, verdict.reason, verdict.claims) == (False, Reason.WRONG_EVENT, CLAIMS)


def test_wrong_zone() -> None:
    verdict = decide(TOKEN, Checkpoint(EVENT, 4), Direction.IN, DURING, fresh_knowledge())
    assert (verdict.allowed, verdict.reason) == (False, Reason.WRONG_ZONE)


def authority() -> InMemoryKnowledge:
    """Records that hold the event's passes (a desk, or the station of this event)."""
    knowledge = fresh_knowledge()
    knowledge.authority_for.add(EVENT)
    knowledge.passes[CLAIMS.pass_id] = (CLAIMS.reporter_id, CLAIMS.event_id)
    return knowledge


def test_unknown_pass_is_refused_where_the_records_are_the_authority() -> None:
    knowledge = authority()
    assert decide(TOKEN, OUTER_GATE, Direction.IN, DURING, knowledge).allowed
    del knowledge.passes[CLAIMS.pass_id]  # issued after the records were made, or a leaked key
    verdict = decide(TOKEN, OUTER_GATE, Direction.IN, DURING, knowledge)
    assert verdict == Verdict(allowed=False, reason=Reason.UNKNOWN_PASS, claims=CLAIMS)
    knowledge.inside.add((CLAIMS.pass_id, None))  # not let out either: nobody knows whose it is
    assert decide(TOKEN, OUTER_GATE, Direction.OUT, DURING, knowledge).reason is Reason.UNKNOWN_PASS


def test_a_pass_id_the_records_hold_for_another_reporter_is_unknown() -> None:
    knowledge = authority()
    knowledge.passes[CLAIMS.pass_id] = (CLAIMS.reporter_id + 1, CLAIMS.event_id)
    verdict = decide(TOKEN, OUTER_GATE, Direction.IN, DURING, knowledge)
    assert verdict.reason is Reason.UNKNOWN_PASS


def test_unknown_pass_is_allowed_where_the_records_are_not_the_authority() -> None:
    """A gate with keys only (or a station of another event) has nothing to compare with."""
    knowledge = fresh_knowledge()
    knowledge.authority_for.add(EVENT + 1)
    assert decide(TOKEN, OUTER_GATE, Direction.IN, DURING, knowledge).allowed


def test_wrong_event_is_reported_before_unknown_pass() -> None:
    knowledge = authority()
    knowledge.passes.clear()
    knowledge.authority_for.add(EVENT + 1)
    verdict = decide(TOKEN, Checkpoint(EVENT + 1, None), Direction.IN, DURING, knowledge)
    assert verdict.reason is Reason.WRONG_EVENT


def test_revoked() -> None:
    knowledge = fresh_knowledge()
    knowledge.revoked_passes.add(CLAIMS.pass_id)
    verdict = decide(TOKEN, OUTER_GATE, Direction.IN, DURING, knowledge)
    assert (verdict.allowed, verdict.reason) == (False, Reason.REVOKED)


def test_reporter_suspended() -> None:
    knowledge = fresh_knowledge()
    knowledge.blocked_reporters.add(CLAIMS.reporter_id)
    verdict = decide(TOKEN, OUTER_GATE, Direction.IN, DURING, knowledge)
    assert (verdict.allowed, verdict.reason) == (False, Reason.REPORTER_SUSPENDED)


def test_not_yet_valid_and_expired() -> None:
    knowledge = fresh_knowledge()
    early = decide(TOKEN, OUTER_GATE, Direction.IN, START - timedelta(days=1), knowledge)
    late = decide(TOKEN, OUTER_GATE, Direction.IN, END + timedelta(days=1), knowledge)
    assert (early.allowed, early.reason) == (False, Reason.NOT_YET_VALID)
    assert (late.allowed, late.reason) == (False, Reason.EXPIRED)


def test_entry_exit_cycle_gives_already_inside_and_not_inside() -> None:
    knowledge = fresh_knowledge()

    def scan(direction: Direction) -> Reason:
        verdict = decide(TOKEN, ZONE_GATE, direction, DURING, knowledge)
        knowledge.record(verdict, ZONE_GATE, direction)
        return verdict.reason

    assert scan(Direction.OUT) is Reason.NOT_INSIDE
    assert scan(Direction.IN) is Reason.OK
    assert scan(Direction.IN) is Reason.ALREADY_INSIDE
    assert scan(Direction.OUT) is Reason.OK
    assert scan(Direction.OUT) is Reason.NOT_INSIDE
    assert scan(Direction.IN) is Reason.OK


def test_presence_is_tracked_per_zone() -> None:
    knowledge = fresh_knowledge()
    knowledge.inside.add((CLAIMS.pass_id, None))
    assert decide(TOKEN, ZONE_GATE, Direction.IN, DURING, knowledge).reason is Reason.OK
    assert decide(TOKEN, ZONE_GATE, Direction.OUT, DURING, knowledge).reason is Reason.NOT_INSIDE
    gate = decide(TOKEN, OUTER_GATE, Direction.IN, DURING, knowledge)
    assert gate.reason is Reason.ALREADY_INSIDE


def test_old_key_still_verifies_after_rotation() -> None:
    knowledge = fresh_knowledge()
    new_key = generate_signing_key()
    knowledge.add_public_key(new_key.public_bytes)
    assert decide(TOKEN, OUTER_GATE, Direction.IN, DURING, knowledge).allowed
    new_token = issue_token(CLAIMS, new_key)
    assert decide(new_token, ZONE_GATE, Direction.IN, DURING, knowledge).allowed


# --- order of checks ----------------------------------------------------------------------------


def test_checks_run_in_the_documented_order() -> None:
    """Pile up every problem, then remove them one by one: the first remaining one is reported."""
    knowledge = fresh_knowledge()
    knowledge.revoked_passes.add(CLAIMS.pass_id)
    knowledge.blocked_reporters.add(CLAIMS.reporter_id)
    knowledge.inside.add((CLAIMS.pass_id, 4))
    too_late = END
    wrong_event = Checkpoint(EVENT + 1, 4)
    wrong_zone = Checkpoint(EVENT, 4)

    def reason(checkpoint: Checkpoint, now: datetime = too_late) -> Reason:
        return decide(TOKEN, checkpoint, Direction.IN, now, knowledge).reason

    assert reason(wrong_event) is Reason.WRONG_EVENT
    knowledge.authority_for.add(EVENT)
    assert reason(wrong_zone) is Reason.UNKNOWN_PASS
    knowledge.passes[CLAIMS.pass_id] = (CLAIMS.reporter_id, CLAIMS.event_id)
    assert reason(wrong_zone) is Reason.WRONG_ZONE
    knowledge.inside = {(CLAIMS.pass_id, ZONE)}
    assert reason(ZONE_GATE) is Reason.REVOKED
    knowledge.revoked_passes.clear()
    assert reason(ZONE_GATE) is Reason.REPORTER_SUSPENDED
    knowledge.blocked_reporters.clear()
    assert reason(ZONE_GATE, START - timedelta(minutes=1)) is Reason.NOT_YET_VALID
    assert reason(ZONE_GATE) is Reason.EXPIRED
    assert reason(ZONE_GATE, DURING) is Reason.ALREADY_INSIDE
    knowledge.inside.clear()
    assert reason(ZONE_GATE, DURING) is Reason.OK


def test_token_checks_come_before_everything_else() -> None:
    knowledge = fresh_knowledge()
    knowledge.revoked_passes.add(CLAIMS.pass_id)
    forged = TOKEN[:-2] + str((int(TOKEN[-2]) + 1) % 10) + TOKEN[-1]
    verdict = decide(forged, Checkpoint(EVENT + 1, 4), Direction.IN, END, knowledge)
    assert verdict.reason is Reason.FORGED and verdict.claims is None


# --- exit policy: never trap someone inside -----------------------------------------------------


def knowledge_with_holder_inside() -> InMemoryKnowledge:
    knowledge = fresh_knowledge()
    knowledge.inside.add((CLAIMS.pass_id, ZONE))
    return knowledge


@pytest.mark.parametrize(
    "since_entry",
    ["revoked", "suspended", "expired", "not_yet_valid"],
)
def test_holder_inside_is_always_let_out(since_entry: str) -> None:
    knowledge = knowledge_with_holder_inside()
    now = DURING
    if since_entry == "revoked":
        knowledge.revoked_passes.add(CLAIMS.pass_id)
    elif since_entry == "suspended":
        knowledge.blocked_reporters.add(CLAIMS.reporter_id)
    elif since_entry == "expired":
        now = END + timedelta(hours=3)
    else:
        now = START - timedelta(minutes=1)
    verdict = decide(TOKEN, ZONE_GATE, Direction.OUT, now, knowledge)
    assert verdict == Verdict(allowed=True, reason=Reason.OK, claims=CLAIMS)


def test_exit_policy_still_needs_an_authentic_pass_of_this_event() -> None:
    knowledge = knowledge_with_holder_inside()
    other_event = Checkpoint(EVENT + 1, ZONE)
    assert decide(TOKEN, other_event, Direction.OUT, DURING, knowledge).reason is Reason.WRONG_EVENT
    forged = TOKEN[:-1] + str((int(TOKEN[-1]) + 1) % 10)
    assert decide(forged, ZONE_GATE, Direction.OUT, DURING, knowledge).reason is Reason.FORGED


def test_exit_without_entry_reports_the_first_problem_then_not_inside() -> None:
    knowledge = fresh_knowledge()
    knowledge.revoked_passes.add(CLAIMS.pass_id)
    assert decide(TOKEN, ZONE_GATE, Direction.OUT, DURING, knowledge).reason is Reason.REVOKED
    knowledge.revoked_passes.clear()
    assert decide(TOKEN, ZONE_GATE, Direction.OUT, DURING, knowledge).reason is Reason.NOT_INSIDE


# --- clock edges in Asia/Ho_Chi_Minh ------------------------------------------------------------


@pytest.mark.parametrize(
    ("local_time", "reason"),
    [
        (datetime(2026, 1, 9, 23, 59, tzinfo=VIETNAM_TZ), Reason.NOT_YET_VALID),
        (datetime(2026, 1, 9, 23, 59, 59, 999999, tzinfo=VIETNAM_TZ), Reason.NOT_YET_VALID),
        (datetime(2026, 1, 10, 0, 0, tzinfo=VIETNAM_TZ), Reason.OK),
        (datetime(2026, 1, 12, 23, 59, tzinfo=VIETNAM_TZ), Reason.OK),
        (datetime(2026, 1, 12, 23, 59, 59, 999999, tzinfo=VIETNAM_TZ), Reason.OK),
        (datetime(2026, 1, 13, 0, 0, tzinfo=VIETNAM_TZ), Reason.EXPIRED),
    ],
)
def test_validity_edges_in_local_time(local_time: datetime, reason: Reason) -> None:
    for now in (local_time, local_time.astimezone(UTC)):
        assert decide(TOKEN, OUTER_GATE, Direction.IN, now, fresh_knowledge()).reason is reason


def test_naive_now_is_refused() -> None:
    with pytest.raises(ValueError, match="aware"):
        decide(TOKEN, OUTER_GATE, Direction.IN, datetime(2026, 1, 11, 9, 0), fresh_knowledge())


# --- messages and invariants --------------------------------------------------------------------


@pytest.mark.parametrize("reason", list(Reason))
def test_every_reason_has_both_messages(reason: Reason) -> None:
    assert reason.message_code in known_codes()
    claims = CLAIMS if reason not in {Reason.MALFORMED, Reason.NOT_DIGITS} else None
    verdict = Verdict(allowed=reason is Reason.OK, reason=reason, claims=claims)
    vietnamese, english = verdict.message("vi"), verdict.message("en")
    assert vietnamese != english
    assert verdict.message() == vietnamese
    for text in (vietnamese, english):
        assert "{" not in text and "verdict." not in text


def test_time_messages_show_local_time() -> None:
    expired = decide(TOKEN, OUTER_GATE, Direction.IN, END, fresh_knowledge())
    assert expired.message("vi") == "Thẻ đã hết hiệu lực từ 13/01/2026 00:00."
    early = decide(TOKEN, OUTER_GATE, Direction.IN, START - timedelta(hours=1), fresh_knowledge())
    assert "10/01/2026 00:00" in early.message("en")


def test_not_digits_message_tells_the_officer_to_fix_the_keyboard() -> None:
    verdict = decide("12ă3", OUTER_GATE, Direction.IN, DURING, fresh_knowledge())
    assert "UniKey" in verdict.message("vi") and "tiếng Anh" in verdict.message("vi")


def test_verdict_allowed_only_with_ok() -> None:
    with pytest.raises(ValueError):
        Verdict(allowed=True, reason=Reason.EXPIRED, claims=CLAIMS)
    with pytest.raises(ValueError):
        Verdict(allowed=False, reason=Reason.OK, claims=CLAIMS)


def test_checkpoint_zone_slot_range() -> None:
    with pytest.raises(ValueError):
        Checkpoint(EVENT, 32)
    with pytest.raises(ValueError):
        Checkpoint(EVENT, -1)


# --- properties ---------------------------------------------------------------------------------

crypto_settings = settings(deadline=None, max_examples=200)


@crypto_settings
@given(text=st.text(alphabet="0123456789", min_size=0, max_size=TOKEN_DIGITS + 2))
def test_random_digit_strings_are_never_allowed(text: str) -> None:
    verdict = decide(text, OUTER_GATE, Direction.IN, DURING, fresh_knowledge())
    assert not verdict.allowed and verdict.claims is None


@crypto_settings
@given(
    position=st.integers(0, TOKEN_DIGITS - 1),
    digit=st.sampled_from("0123456789"),
    extra=st.sampled_from(["change", "insert", "delete"]),
    direction=st.sampled_from(list(Direction)),
)
def test_tampered_tokens_are_never_allowed_in_either_direction(
    position: int, digit: str, extra: str, direction: Direction
) -> None:
    if extra == "change":
        if TOKEN[position] == digit:
            return
        tampered = TOKEN[:position] + digit + TOKEN[position + 1 :]
    elif extra == "insert":
        tampered = TOKEN[:position] + digit + TOKEN[position:]
    else:
        tampered = TOKEN[:position] + TOKEN[position + 1 :]
    knowledge = knowledge_with_holder_inside()
    verdict = decide(tampered, ZONE_GATE, direction, DURING, knowledge)
    assert not verdict.allowed and verdict.claims is None
