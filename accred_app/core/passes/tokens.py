"""The signed pass token carried in a pass's QR code.

Checkpoints verify passes offline, with public keys only, so everything a gate needs to decide is in
the token and protected by an Ed25519 signature. The record is packed as a fixed binary layout and
written as one fixed-length run of decimal digits, because a USB scanner "types" the code like a
keyboard and Vietnamese input methods (UniKey in Telex/VNI mode) rewrite letters as they arrive;
digits pass through those input methods unchanged (not through every layout: AZERTY types symbols
for them) and use QR numeric mode, the densest one. The full format, its versioning policy and the
size figures are in ``docs/pass-token.md``.

This module is pure: no database, no Qt, no clock. It never returns a field it has not first
authenticated: the signature is checked before any claim is decoded.
"""

from __future__ import annotations

import functools
import hashlib
import struct
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from typing import Final, Literal
from zoneinfo import ZoneInfo

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.serialization import (
    Encoding,
    NoEncryption,
    PrivateFormat,
    PublicFormat,
)

from accred_app.core.clock import VIETNAM_TZ
from accred_app.core.errors import ValidationError
from accred_app.core.messages import register

__all__ = [
    "FORMAT_VERSION",
    "KEY_ID_LENGTH",
    "LATEST_VALIDITY",
    "MAX_ZONE_SLOT",
    "TOKEN_BYTES",
    "TOKEN_DIGITS",
    "TOKEN_REASON_MESSAGES",
    "PassClaims",
    "SigningKey",
    "TokenError",
    "TokenErrorReason",
    "generate_signing_key",
    "issue_token",
    "key_id_for",
    "parse_token",
    "validity_for_days",
]

FORMAT_VERSION: Final = 1
KEY_ID_LENGTH: Final = 4
MAX_ZONE_SLOT: Final = 31
_U32_MAX: Final = 2**32 - 1
_SIGNATURE_LENGTH: Final = 64
_RAW_KEY_LENGTH: Final = 32

# version u8, key_id 4 bytes, pass_id, reporter_id, event_id, zone_mask, valid_from, valid_to (u32).
_BODY: Final = struct.Struct(f">B{KEY_ID_LENGTH}s6I")
TOKEN_BYTES: Final = _BODY.size + _SIGNATURE_LENGTH
TOKEN_DIGITS: Final = len(str(2 ** (8 * TOKEN_BYTES) - 1))
_MAX_TOKEN_VALUE: Final = 2 ** (8 * TOKEN_BYTES) - 1

_EPOCH: Final = datetime(1970, 1, 1, tzinfo=UTC)
_MINUTE: Final = timedelta(minutes=1)
# u32 minutes would reach the year 10136, past what datetime holds; stopping a day short of
# 10000 keeps every stored instant convertible to any local time zone.
LATEST_VALIDITY: Final = datetime(9999, 12, 31, tzinfo=UTC)
_MAX_MINUTES: Final = (LATEST_VALIDITY - _EPOCH) // _MINUTE
# Only ASCII whitespace is stripped: scanners append Enter (CR/LF, sometimes Tab). Anything
# else, including Unicode spaces, points at a keyboard or input-method problem.
_SURROUNDING_WHITESPACE: Final = " \t\r\n\v\f"

TokenErrorReason = Literal["not_digits", "malformed", "unknown_key", "forged"]

TOKEN_REASON_MESSAGES: Final[Mapping[TokenErrorReason, tuple[str, str]]] = {
    "not_digits": (
        "Mã vừa quét có ký tự không phải chữ số, thường do bộ gõ tiếng Việt (UniKey) hoặc bàn "
        "phím không phải tiếng Anh. Hãy chuyển bàn phím sang tiếng Anh, tắt bộ gõ tiếng Việt "
        "rồi quét lại.",
        "The scanned code contains characters other than digits, usually because of the Vietnamese "
        "input method (UniKey) or a non-English keyboard layout. Switch the keyboard to English, "
        "turn off the Vietnamese input method and scan again.",
    ),
    "malformed": ("Mã QR không hợp lệ hoặc bị hỏng.", "Malformed QR code."),
    "unknown_key": (
        "Thẻ được ký bằng khóa mà điểm kiểm soát này không biết (có thể do nơi khác cấp hoặc "
        "chưa cập nhật khóa).",
        "The pass was signed with a key this checkpoint does not know (issued elsewhere, or the "
        "checkpoint's keys are out of date).",
    ),
    "forged": (
        "Chữ ký của thẻ không đúng: thẻ giả hoặc đã bị sửa.",
        "The pass signature is invalid: the pass is forged or altered.",
    ),
}
"""Wording of each rejection, shared with the checkpoint verdict so both say the same thing."""

register({f"token.{reason}": texts for reason, texts in TOKEN_REASON_MESSAGES.items()})
register(
    {
        "token.id_out_of_range": (
            "Giá trị {field} = {value} nằm ngoài khoảng cho phép (1 đến 4294967295).",
            "{field} = {value} is out of range (1 to 4294967295).",
        ),
        "token.zone_slot_out_of_range": (
            "Vị trí khu vực {slot} không hợp lệ (chỉ từ 0 đến 31).",
            "Zone slot {slot} is invalid (must be 0 to 31).",
        ),
        "token.naive_datetime": (
            "Thời điểm {field} phải kèm múi giờ.",
            "{field} must be a timezone-aware datetime.",
        ),
        "token.not_whole_minute": (
            "Thời điểm {field} phải tròn phút (giây bằng 0).",
            "{field} must fall on a whole minute (zero seconds).",
        ),
        "token.time_out_of_range": (
            "Thời điểm {field} nằm ngoài khoảng mã thẻ có thể lưu.",
            "{field} is outside the range a pass token can store.",
        ),
        "token.validity_order": (
            "Thời điểm hết hiệu lực phải sau thời điểm bắt đầu hiệu lực.",
            "The end of validity must be after its start.",
        ),
        "token.invalid_signing_key": (
            "Khóa ký không hợp lệ: {detail}.",
            "Invalid signing key: {detail}.",
        ),
        "token.day_range_order": (
            "Ngày cuối không được trước ngày đầu.",
            "The last day must not be before the first day.",
        ),
    }
)


class TokenError(ValidationError):
    """A scanned token that cannot be trusted; ``reason`` is what the checkpoint verdict reports."""

    def __init__(self, reason: TokenErrorReason) -> None:
        self.reason: TokenErrorReason = reason
        super().__init__(f"token.{reason}")


@dataclass(frozen=True, slots=True)
class PassClaims:
    """What a pass asserts, as signed by the desk.

    Times are stored to the minute in UTC; ``valid_to`` is exclusive so consecutive windows never
    overlap and "until the end of 12 Jan" is simply 13 Jan 00:00 local time.
    """

    pass_id: int
    reporter_id: int
    event_id: int
    zone_slots: frozenset[int]
    valid_from: datetime
    valid_to: datetime


@dataclass(frozen=True, slots=True)
class SigningKey:
    """A key pair as the desk keeps it; checkpoints only ever receive ``public_bytes``.

    The constructor refuses a mismatched triple, because a wrong ``key_id`` or a private key that
    does not belong to the public one would make every pass fail at the gates, long after issue.
    """

    key_id: bytes
    private_bytes: bytes = field(repr=False)
    public_bytes: bytes

    def __post_init__(self) -> None:
        if len(self.private_bytes) != _RAW_KEY_LENGTH or len(self.public_bytes) != _RAW_KEY_LENGTH:
            raise ValidationError("token.invalid_signing_key", detail="raw keys must be 32 bytes")
        derived = (
            Ed25519PrivateKey.from_private_bytes(self.private_bytes)
            .public_key()
            .public_bytes(Encoding.Raw, PublicFormat.Raw)
        )
        if derived != self.public_bytes:
            raise ValidationError(
                "token.invalid_signing_key", detail="private and public keys do not match"
            )
        if self.key_id != key_id_for(self.public_bytes):
            raise ValidationError(
                "token.invalid_signing_key", detail="key id does not match the public key"
            )


def key_id_for(public_bytes: bytes) -> bytes:
    """Derive the id from the key itself, so another installation's key is unknown, not a clash."""
    return hashlib.sha256(public_bytes).digest()[:KEY_ID_LENGTH]


def generate_signing_key() -> SigningKey:
    private = Ed25519PrivateKey.generate()
    private_bytes = private.private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption())
    public_bytes = private.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
    return SigningKey(
        key_id=key_id_for(public_bytes), private_bytes=private_bytes, public_bytes=public_bytes
    )


def validity_for_days(
    first_day: date, last_day: date, tz: ZoneInfo = VIETNAM_TZ
) -> tuple[datetime, datetime]:
    """The window of a pass valid on whole local days: 10–12 Jan gives [10 Jan, 13 Jan) local.

    Kept here so every caller turns "valid 10–12 Jan" into the same instants.
    """
    if last_day < first_day:
        raise ValidationError("token.day_range_order")
    start = datetime.combine(first_day, time(0, 0), tzinfo=tz)
    end = datetime.combine(last_day + timedelta(days=1), time(0, 0), tzinfo=tz)
    return start, end


def issue_token(claims: PassClaims, key: SigningKey) -> str:
    """Sign ``claims`` and return the digits to put in the QR code (exactly ``TOKEN_DIGITS``)."""
    body = _BODY.pack(
        FORMAT_VERSION,
        key.key_id,
        _checked_id("pass_id", claims.pass_id),
        _checked_id("reporter_id", claims.reporter_id),
        _checked_id("event_id", claims.event_id),
        _zone_mask(claims.zone_slots),
        _to_minutes("valid_from", claims.valid_from),
        _to_minutes("valid_to", claims.valid_to),
    )
    if claims.valid_to <= claims.valid_from:
        raise ValidationError("token.validity_order")
    signature = Ed25519PrivateKey.from_private_bytes(key.private_bytes).sign(body)
    value = int.from_bytes(body + signature, "big")
    return str(value).zfill(TOKEN_DIGITS)


def parse_token(text: str, public_keys: Mapping[bytes, bytes]) -> PassClaims:
    """Authenticate a scanned token and return its claims, or raise :class:`TokenError`.

    ``public_keys`` maps key id to raw public key. An entry whose key does not hash to its id is
    ignored (the token is then ``unknown_key``): trusting it would let a mislabelled key pass.
    The checks are ordered from cheapest to the signature. Before it holds only the version byte
    and the key id are read, to know what to verify and with which key; no claim is decoded, so
    a tampered token can only ever be reported as tampered.
    """
    digits = text.strip(_SURROUNDING_WHITESPACE)
    if not (digits.isascii() and digits.isdigit()):
        # Empty input is a short read, not a keyboard problem.
        raise TokenError("not_digits" if digits else "malformed")
    if len(digits) != TOKEN_DIGITS:
        raise TokenError("malformed")
    value = int(digits)
    if value > _MAX_TOKEN_VALUE:
        raise TokenError("malformed")
    raw = value.to_bytes(TOKEN_BYTES, "big")
    if raw[0] != FORMAT_VERSION:
        raise TokenError("malformed")
    body, signature = raw[: _BODY.size], raw[_BODY.size :]
    key_id = body[1 : 1 + KEY_ID_LENGTH]
    public_bytes = public_keys.get(key_id)
    public_key = None if public_bytes is None else _load_public_key(key_id, public_bytes)
    if public_key is None:
        raise TokenError("unknown_key")
    try:
        public_key.verify(signature, body)
    except InvalidSignature:
        raise TokenError("forged") from None
    return _decode_claims(body)


def _decode_claims(body: bytes) -> PassClaims:
    """Decode an authenticated body; a signed but impossible record means a broken issuer."""
    _, _, pass_id, reporter_id, event_id, zone_mask, from_minutes, to_minutes = _BODY.unpack(body)
    if 0 in (pass_id, reporter_id, event_id) or not from_minutes < to_minutes <= _MAX_MINUTES:
        raise TokenError("malformed")
    return PassClaims(
        pass_id=pass_id,
        reporter_id=reporter_id,
        event_id=event_id,
        zone_slots=frozenset(slot for slot in range(MAX_ZONE_SLOT + 1) if zone_mask >> slot & 1),
        valid_from=_EPOCH + from_minutes * _MINUTE,
        valid_to=_EPOCH + to_minutes * _MINUTE,
    )


@functools.lru_cache(maxsize=64)
def _load_public_key(key_id: bytes, public_bytes: bytes) -> Ed25519PublicKey | None:
    """Parse each known key once: loading costs about as much as a verify on the scan hot path."""
    if len(public_bytes) != _RAW_KEY_LENGTH or key_id_for(public_bytes) != key_id:
        return None
    try:
        return Ed25519PublicKey.from_public_bytes(public_bytes)
    except ValueError:
        return None


def _checked_id(name: str, value: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 0 < value <= _U32_MAX:
        raise ValidationError("token.id_out_of_range", field=name, value=value)
    return value


def _zone_mask(slots: frozenset[int]) -> int:
    mask = 0
    for slot in slots:
        if isinstance(slot, bool) or not isinstance(slot, int) or not 0 <= slot <= MAX_ZONE_SLOT:
            raise ValidationError("token.zone_slot_out_of_range", slot=slot)
        mask |= 1 << slot
    return mask


def _to_minutes(name: str, moment: datetime) -> int:
    """Refuse rather than round: a silently shifted boundary would admit or refuse at the gate."""
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValidationError("token.naive_datetime", field=name)
    if moment.second or moment.microsecond:
        raise ValidationError("token.not_whole_minute", field=name)
    elapsed = moment - _EPOCH
    minutes, remainder = divmod(elapsed, _MINUTE)
    if remainder or not 0 <= minutes <= _MAX_MINUTES:
        # A remainder only arises from an offset with seconds (historic local mean times).
        raise ValidationError(
            "token.time_out_of_range" if not remainder else "token.not_whole_minute", field=name
        )
    return int(minutes)
