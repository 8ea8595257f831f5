"""The checkpoint verdict: one pure function decides whether a scanned pass may go through.

Kept pure (the clock and the checkpoint's knowledge are arguments) so that every rule is tested
without a database and the same decision is made by the GUI, the CLI and any future gate device.
The caller records the passage afterwards, in the same transaction as its reads, so two quick scans
of one pass cannot both be let in.

Order of checks, first failure wins (``Reason`` values in brackets):

1. the text is digits of the right shape [``not_digits``, ``malformed``], signed with a known key
   [``unknown_key``] by that key [``forged``] — nothing in the token is trusted before this;
2. the pass is for this event [``wrong_event``]; where the checkpoint's records are the authority
   for this event (the desk always, a station for the event of its package), they hold this pass
   for this reporter and event [``unknown_pass``] — a validly signed token the records do not
   know means a pass issued since the station's last refresh or a leaked signing key, and either
   way nobody can say who it belongs to; at a zone checkpoint, the pass is for this zone
   [``wrong_zone``]; an event's outer gate (``zone_slot=None``) has no zone check;
3. the pass is not revoked [``revoked``] and its reporter is neither suspended nor blacklisted
   [``reporter_suspended``];
4. ``valid_from <= now < valid_to`` [``not_yet_valid``, ``expired``];
5. presence, tracked per (pass, zone slot): an entry while already inside (no exit in between)
   [``already_inside``]; an exit with no entry [``not_inside``].

Exit policy — never trap someone inside: a correctly signed pass of this event, known to the
records, whose holder is recorded inside at this checkpoint is always let out, even if the pass was
revoked, the reporter suspended or the pass expired since entry (the zone check and steps 3–4 are
skipped). An exit by a pass that is not recorded inside goes through the normal order and ends in
``not_inside`` at best.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import Protocol

from accred_app.core.clock import VIETNAM_TZ
from accred_app.core.messages import register, render
from accred_app.core.passes.tokens import (
    MAX_ZONE_SLOT,
    TOKEN_REASON_MESSAGES,
    PassClaims,
    TokenError,
    key_id_for,
    parse_token,
)

__all__ = [
    "Checkpoint",
    "CheckpointKnowledge",
    "Direction",
    "InMemoryKnowledge",
    "Reason",
    "Verdict",
    "decide",
]


class Reason(StrEnum):
    OK = "ok"
    MALFORMED = "malformed"
    NOT_DIGITS = "not_digits"
    UNKNOWN_KEY = "unknown_key"
    FORGED = "forged"
    NOT_YET_VALID = "not_yet_valid"
    EXPIRED = "expired"
    WRONG_EVENT = "wrong_event"
    WRONG_ZONE = "wrong_zone"
    UNKNOWN_PASS = "unknown_pass"
    REVOKED = "revoked"
    REPORTER_SUSPENDED = "reporter_suspended"
    ALREADY_INSIDE = "already_inside"
    NOT_INSIDE = "not_inside"
    # Never returned by ``decide``: a supervisor's denial of a pass that scanned valid (the face
    # does not match), logged as its own row by ``checkpoint/overrides.py``.
    SUPERVISOR_DENIED = "supervisor_denied"

    @property
    def message_code(self) -> str:
        """The catalogue code of this reason, so callers never build the string themselves."""
        return f"verdict.{self.value}"


class Direction(StrEnum):
    IN = "in"
    OUT = "out"


register({Reason(reason).message_code: texts for reason, texts in TOKEN_REASON_MESSAGES.items()})
register(
    {
        Reason.OK.message_code: ("Hợp lệ, cho qua.", "Valid, let through."),
        Reason.NOT_YET_VALID.message_code: (
            "Thẻ chưa có hiệu lực: chỉ được dùng từ {valid_from}.",
            "The pass is not valid yet: it can be used from {valid_from}.",
        ),
        Reason.EXPIRED.message_code: (
            "Thẻ đã hết hiệu lực từ {valid_to}.",
            "The pass expired at {valid_to}.",
        ),
        Reason.WRONG_EVENT.message_code: (
            "Thẻ không dùng cho sự kiện này.",
            "The pass is for a different event.",
        ),
        Reason.WRONG_ZONE.message_code: (
            "Thẻ không được phép vào khu vực này.",
            "The pass does not give access to this zone.",
        ),
        Reason.UNKNOWN_PASS.message_code: (
            "Thẻ có chữ ký hợp lệ nhưng không có trong dữ liệu của điểm kiểm soát này (thẻ cấp "
            "sau lần cập nhật dữ liệu trạm, hoặc khóa ký bị lộ). Không cho qua; báo bàn cấp thẻ.",
            "The pass is validly signed but this checkpoint's records do not have it (issued "
            "after the station's last refresh, or a leaked signing key). Do not let it through; "
            "tell the desk.",
        ),
        Reason.REVOKED.message_code: ("Thẻ đã bị thu hồi.", "The pass has been revoked."),
        Reason.REPORTER_SUSPENDED.message_code: (
            "Phóng viên đang bị đình chỉ hoặc bị cấm tác nghiệp.",
            "The reporter is suspended or barred.",
        ),
        Reason.ALREADY_INSIDE.message_code: (
            "Thẻ này đã được ghi nhận vào và chưa ra, không thể vào lần nữa.",
            "This pass is already recorded inside with no exit; it cannot enter again.",
        ),
        Reason.NOT_INSIDE.message_code: (
            "Thẻ này chưa được ghi nhận vào nên không thể ghi nhận ra.",
            "This pass has no recorded entry, so its exit cannot be recorded.",
        ),
        Reason.SUPERVISOR_DENIED.message_code: (
            "Cán bộ chỉ huy không cho qua dù thẻ hợp lệ (người mang thẻ không khớp ảnh).",
            "A supervisor denied entry although the pass is valid (the holder does not match "
            "the photo).",
        ),
    }
)


@dataclass(frozen=True, slots=True)
class Checkpoint:
    """Where a scan happens; ``zone_slot=None`` is the event's outer gate, which checks no zone."""

    event_id: int
    zone_slot: int | None

    def __post_init__(self) -> None:
        if self.zone_slot is not None and not 0 <= self.zone_slot <= MAX_ZONE_SLOT:
            raise ValueError(f"zone slot must be 0..{MAX_ZONE_SLOT}, got {self.zone_slot}")


class CheckpointKnowledge(Protocol):
    """What the checkpoint knows besides the token; kept narrow so a DB or a dict can provide it."""

    def public_keys(self) -> Mapping[bytes, bytes]: ...

    def is_unknown_pass(self, claims: PassClaims) -> bool:
        """True only where these records are the authority for ``claims.event_id`` and hold no
        pass ``claims.pass_id`` of that reporter and event; a checkpoint without records says
        False."""
        ...

    def is_revoked(self, pass_id: int) -> bool: ...

    def is_reporter_blocked(self, reporter_id: int) -> bool: ...

    def is_inside(self, pass_id: int, zone_slot: int | None) -> bool: ...


@dataclass(frozen=True, slots=True)
class Verdict:
    """The decision; ``claims`` is set whenever the token was authentic, so the officer sees who."""

    allowed: bool
    reason: Reason
    claims: PassClaims | None

    def __post_init__(self) -> None:
        if self.allowed != (self.reason is Reason.OK):
            raise ValueError("a verdict is allowed exactly when its reason is OK")

    def message(self, locale: str = "vi") -> str:
        params: dict[str, object] = {}
        if self.claims is not None:
            params = {
                "pass_id": self.claims.pass_id,
                "valid_from": _local_text(self.claims.valid_from),
                "valid_to": _local_text(self.claims.valid_to),
            }
        return render(self.reason.message_code, locale, params)


def decide(
    token_text: str,
    checkpoint: Checkpoint,
    direction: Direction,
    now: datetime,
    knowledge: CheckpointKnowledge,
) -> Verdict:
    """Decide one scan; see the module docstring for the order of checks and the exit policy."""
    if now.tzinfo is None or now.utcoffset() is None:
        raise ValueError("now must be timezone-aware")
    try:
        claims = parse_token(token_text, knowledge.public_keys())
    except TokenError as error:
        return Verdict(allowed=False, reason=Reason(error.reason), claims=None)

    def refuse(reason: Reason) -> Verdict:
        return Verdict(allowed=False, reason=reason, claims=claims)

    if claims.event_id != checkpoint.event_id:
        return refuse(Reason.WRONG_EVENT)
    if knowledge.is_unknown_pass(claims):
        return refuse(Reason.UNKNOWN_PASS)
    inside = knowledge.is_inside(claims.pass_id, checkpoint.zone_slot)
    if direction is Direction.OUT and inside:
        return Verdict(allowed=True, reason=Reason.OK, claims=claims)
    if checkpoint.zone_slot is not None and checkpoint.zone_slot not in claims.zone_slots:
        return refuse(Reason.WRONG_ZONE)
    if knowledge.is_revoked(claims.pass_id):
        return refuse(Reason.REVOKED)
    if knowledge.is_reporter_blocked(claims.reporter_id):
        return refuse(Reason.REPORTER_SUSPENDED)
    if now < claims.valid_from:
        return refuse(Reason.NOT_YET_VALID)
    if now >= claims.valid_to:
        return refuse(Reason.EXPIRED)
    if direction is Direction.IN and inside:
        return refuse(Reason.ALREADY_INSIDE)
    if direction is Direction.OUT:
        return refuse(Reason.NOT_INSIDE)
    return Verdict(allowed=True, reason=Reason.OK, claims=claims)


@dataclass
class InMemoryKnowledge:
    """Checkpoint knowledge held in plain sets: for tests, simulations and a gate without a DB.

    ``passes`` (pass id -> (reporter id, event id)) makes it the authority for the events in
    ``authority_for``; left empty, it knows keys only and any authentic pass is "known".
    """

    known_keys: dict[bytes, bytes] = field(default_factory=dict)
    passes: dict[int, tuple[int, int]] = field(default_factory=dict)
    authority_for: set[int] = field(default_factory=set)
    revoked_passes: set[int] = field(default_factory=set)
    blocked_reporters: set[int] = field(default_factory=set)
    inside: set[tuple[int, int | None]] = field(default_factory=set)

    def add_public_key(self, public_bytes: bytes) -> None:
        self.known_keys[key_id_for(public_bytes)] = public_bytes

    def public_keys(self) -> Mapping[bytes, bytes]:
        return self.known_keys

    def is_unknown_pass(self, claims: PassClaims) -> bool:
        if claims.event_id not in self.authority_for:
            return False
        return self.passes.get(claims.pass_id) != (claims.reporter_id, claims.event_id)

    def is_revoked(self, pass_id: int) -> bool:
        return pass_id in self.revoked_passes

    def is_reporter_blocked(self, reporter_id: int) -> bool:
        return reporter_id in self.blocked_reporters

    def is_inside(self, pass_id: int, zone_slot: int | None) -> bool:
        return (pass_id, zone_slot) in self.inside

    def record(self, verdict: Verdict, checkpoint: Checkpoint, direction: Direction) -> None:
        """Apply an allowed passage, as the DB-backed checkpoint does when it logs the scan."""
        if not verdict.allowed or verdict.claims is None:
            return
        presence = (verdict.claims.pass_id, checkpoint.zone_slot)
        if direction is Direction.IN:
            self.inside.add(presence)
        else:
            self.inside.discard(presence)


def _local_text(moment: datetime) -> str:
    return moment.astimezone(VIETNAM_TZ).strftime("%d/%m/%Y %H:%M")
