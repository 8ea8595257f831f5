"""The pass token: exact format, strict parsing, and that no altered code is ever accepted."""

from __future__ import annotations

import hashlib
import struct
from datetime import UTC, date, datetime, timedelta, timezone

import pytest
import qrcode
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from hypothesis import given, settings
from hypothesis import strategies as st
from qrcode.constants import ERROR_CORRECT_M
from qrcode.util import MODE_NUMBER, QRData

from accred_app.core.errors import ValidationError
from accred_app.core.messages import known_codes, render
from accred_app.core.passes.tokens import (
    LATEST_VALIDITY,
    TOKEN_BYTES,
    TOKEN_DIGITS,
    TOKEN_REASON_MESSAGES,
    VIETNAM_TZ,
    PassClaims,
    SigningKey,
    TokenError,
    generate_signing_key,
    issue_token,
    key_id_for,
    parse_token,
    validity_for_days,
)

U32_MAX = 2**32 - 1
MAX_MINUTES = int((LATEST_VALIDITY - datetime(1970, 1, 1, tzinfo=UTC)).total_seconds()) // 60
KEY = generate_signing_key()
OTHER_INSTALLATION_KEY = generate_signing_key()
KEYRING = {KEY.key_id: KEY.public_bytes}
BODY = struct.Struct(">B4s6I")

START, END = validity_for_days(date(2026, 1, 10), date(2026, 1, 12))
CLAIMS = PassClaims(
    pass_id=123,
    reporter_id=45,
    event_id=7,
    zone_slots=frozenset({0, 3, 31}),
    valid_from=START,
    valid_to=END,
)
TOKEN = issue_token(CLAIMS, KEY)

crypto_settings = settings(deadline=None, max_examples=300)


def signed_digits(body: bytes, private_bytes: bytes) -> str:
    """Build a token by hand, to reach states ``issue_token`` refuses to produce."""
    signature = Ed25519PrivateKey.from_private_bytes(private_bytes).sign(body)
    return str(int.from_bytes(body + signature, "big")).zfill(TOKEN_DIGITS)


def body_of(**overrides: object) -> bytes:
    fields: dict[str, object] = {
        "version": 1,
        "key_id": KEY.key_id,
        "pass_id": 1,
        "reporter_id": 1,
        "event_id": 1,
        "zone_mask": 0,
        "valid_from": 1,
        "valid_to": 2,
    }
    fields.update(overrides)
    return BODY.pack(*fields.values())


def reason_of(text: str, keys: dict[bytes, bytes] | None = None) -> str:
    with pytest.raises(TokenError) as caught:
        parse_token(text, KEYRING if keys is None else keys)
    return caught.value.reason


# --- format -------------------------------------------------------------------------------------


def test_format_sizes_match_the_spec() -> None:
    assert TOKEN_BYTES == 93
    assert TOKEN_DIGITS == 224 == len(str(2 ** (8 * 93) - 1))
    assert len(TOKEN) == TOKEN_DIGITS
    assert TOKEN.isascii() and TOKEN.isdigit()


def test_layout_is_big_endian_fields_then_signature() -> None:
    raw = int(TOKEN).to_bytes(TOKEN_BYTES, "big")
    version, key_id, pass_id, reporter_id, event_id, mask, start, end = BODY.unpack(raw[:29])
    assert (version, key_id, pass_id, reporter_id, event_id) == (1, KEY.key_id, 123, 45, 7)
    assert mask == (1 << 0) | (1 << 3) | (1 << 31)
    # 10 Jan 2026 00:00 in Hanoi is 9 Jan 17:00 UTC; the end is 13 Jan 00:00 local, exclusive.
    assert start == int(datetime(2026, 1, 9, 17, 0, tzinfo=UTC).timestamp()) // 60
    assert end == int(datetime(2026, 1, 12, 17, 0, tzinfo=UTC).timestamp()) // 60
    Ed25519PrivateKey.from_private_bytes(KEY.private_bytes).public_key().verify(raw[29:], raw[:29])


def test_key_id_is_sha256_prefix_of_public_key() -> None:
    assert key_id_for(KEY.public_bytes) == hashlib.sha256(KEY.public_bytes).digest()[:4]
    assert KEY.key_id == key_id_for(KEY.public_bytes)
    assert len(KEY.key_id) == 4


def test_validity_for_days_is_local_midnight_to_next_local_midnight() -> None:
    assert datetime(2026, 1, 10, tzinfo=VIETNAM_TZ) == START
    assert datetime(2026, 1, 13, tzinfo=VIETNAM_TZ) == END
    one_day = validity_for_days(date(2026, 1, 10), date(2026, 1, 10))
    assert one_day[1] - one_day[0] == timedelta(days=1)
    with pytest.raises(ValidationError):
        validity_for_days(date(2026, 1, 10), date(2026, 1, 9))


def test_max_value_token_fits_qr_version_7_at_level_m() -> None:
    largest_claims = PassClaims(
        pass_id=U32_MAX,
        reporter_id=U32_MAX,
        event_id=U32_MAX,
        zone_slots=frozenset(range(32)),
        valid_from=LATEST_VALIDITY - timedelta(minutes=1),
        valid_to=LATEST_VALIDITY,
    )
    for digits in (issue_token(largest_claims, KEY), "9" * TOKEN_DIGITS):
        code = qrcode.QRCode(error_correction=ERROR_CORRECT_M)
        code.add_data(QRData(digits, mode=MODE_NUMBER))
        code.make(fit=True)
        assert code.version <= 7
        # 224 digits: version 6-M (up to 255 digits); 5-M stops at 202.
        assert code.version == 6


def test_printed_code_decodes_back_to_the_same_claims() -> None:
    zxingcpp = pytest.importorskip("zxingcpp")

    code = qrcode.QRCode(error_correction=ERROR_CORRECT_M, box_size=4)
    code.add_data(QRData(TOKEN, mode=MODE_NUMBER))
    image = code.make_image().get_image()
    results = zxingcpp.read_barcodes(image)
    assert [result.text for result in results] == [TOKEN]
    assert parse_token(results[0].text, KEYRING) == CLAIMS


# --- round trip ---------------------------------------------------------------------------------

ids = st.integers(min_value=1, max_value=U32_MAX)


@st.composite
def claims_strategy(draw: st.DrawFn) -> PassClaims:
    start = draw(st.integers(min_value=0, max_value=MAX_MINUTES - 1))
    end = draw(st.integers(min_value=start + 1, max_value=MAX_MINUTES))
    zone = draw(st.sampled_from([UTC, VIETNAM_TZ, timezone(timedelta(hours=-5, minutes=-30))]))
    epoch = datetime(1970, 1, 1, tzinfo=UTC)
    return PassClaims(
        pass_id=draw(ids),
        reporter_id=draw(ids),
        event_id=draw(ids),
        zone_slots=draw(st.frozensets(st.integers(min_value=0, max_value=31))),
        valid_from=(epoch + timedelta(minutes=start)).astimezone(zone),
        valid_to=(epoch + timedelta(minutes=end)).astimezone(zone),
    )


@crypto_settings
@given(claims=claims_strategy())
def test_claims_round_trip(claims: PassClaims) -> None:
    token = issue_token(claims, KEY)
    assert len(token) == TOKEN_DIGITS
    parsed = parse_token(token, KEYRING)
    assert parsed == claims
    assert parsed.valid_from.tzinfo is UTC and parsed.valid_to.tzinfo is UTC


# --- strict parsing -----------------------------------------------------------------------------


@pytest.mark.parametrize("wrapped", [TOKEN + "\r\n", TOKEN + "\n", "  " + TOKEN + "\t", TOKEN])
def test_scanner_enter_and_surrounding_spaces_are_ignored(wrapped: str) -> None:
    assert parse_token(wrapped, KEYRING) == CLAIMS


@pytest.mark.parametrize(
    "text",
    [
        "12ă3",
        "１２３",  # full-width digits from an East Asian input method
        "１" * TOKEN_DIGITS,
        "đ" + TOKEN[1:],
        TOKEN[:50] + "ư" + TOKEN[51:],
        TOKEN[:10] + "a\u0301" + TOKEN[12:],  # decomposed "á" (NFD) typed by an input method
        TOKEN[:10] + "á" + TOKEN[11:],  # Telex rewrote "as" → "á"
        TOKEN[:10] + "ow" + TOKEN[12:],  # Telex sequence left as letters
        TOKEN[:10] + "ơ" + TOKEN[11:],  # ...and "ow" rewritten to "ơ"
        "&é\"'(-è_çà" * 22 + "&é\"'",  # AZERTY layout typing the top digit row
        TOKEN[:100] + " " + TOKEN[100:],
        TOKEN[:100] + "-" + TOKEN[101:],
        "\u3000" + TOKEN,  # ideographic space is not stripped: it means an IME is on
        TOKEN + "\u00a0",
        "٠١٢٣",  # Arabic-Indic digits are digits to Python, not to us
        "²" * TOKEN_DIGITS,
    ],
)
def test_anything_but_ascii_digits_is_not_digits(text: str) -> None:
    assert reason_of(text) == "not_digits"


def test_not_digits_message_tells_the_officer_to_fix_the_keyboard() -> None:
    with pytest.raises(TokenError) as caught:
        parse_token("12ă3", KEYRING)
    assert caught.value.code == "token.not_digits"
    vietnamese = caught.value.message("vi")
    assert "UniKey" in vietnamese and "bàn phím sang tiếng Anh" in vietnamese
    english = caught.value.message("en")
    assert "UniKey" in english and "English" in english


@pytest.mark.parametrize(
    "text",
    [
        "",
        "\r\n",
        "0",
        TOKEN[:-1],
        TOKEN + "0",
        "0" + TOKEN,
        "9" * TOKEN_DIGITS,  # larger than 2**(8*93) - 1
        "0" * TOKEN_DIGITS,  # version byte 0
    ],
)
def test_wrong_length_or_range_is_malformed(text: str) -> None:
    assert reason_of(text) == "malformed"


@pytest.mark.parametrize("version", [0, 2, 255])
def test_unknown_versions_are_rejected_even_when_validly_signed(version: int) -> None:
    assert reason_of(signed_digits(body_of(version=version), KEY.private_bytes)) == "malformed"


@pytest.mark.parametrize(
    "fields",
    [
        {"pass_id": 0},
        {"reporter_id": 0},
        {"event_id": 0},
        {"valid_from": 5, "valid_to": 5},
        {"valid_from": 5, "valid_to": 4},
        {"valid_to": U32_MAX},  # a minute count past the year 9999: no datetime holds it
    ],
)
def test_signed_but_impossible_claims_are_malformed(fields: dict[str, int]) -> None:
    assert reason_of(signed_digits(body_of(**fields), KEY.private_bytes)) == "malformed"


def test_hand_built_valid_body_parses() -> None:
    """Guards the two tests above: their bodies differ from a good one only where intended."""
    claims = parse_token(signed_digits(body_of(zone_mask=0b101), KEY.private_bytes), KEYRING)
    assert claims.zone_slots == frozenset({0, 2})
    assert claims.valid_to - claims.valid_from == timedelta(minutes=1)


# --- keys ---------------------------------------------------------------------------------------


def test_another_installations_key_is_unknown_key() -> None:
    assert reason_of(issue_token(CLAIMS, OTHER_INSTALLATION_KEY)) == "unknown_key"
    assert reason_of(TOKEN, {}) == "unknown_key"


def test_same_key_id_with_a_different_key_is_forged() -> None:
    forged = signed_digits(body_of(key_id=KEY.key_id), OTHER_INSTALLATION_KEY.private_bytes)
    assert reason_of(forged) == "forged"


def test_keyring_entry_not_matching_its_id_is_ignored() -> None:
    mislabelled = {KEY.key_id: OTHER_INSTALLATION_KEY.public_bytes}
    assert reason_of(TOKEN, mislabelled) == "unknown_key"
    assert reason_of(TOKEN, {KEY.key_id: b"\x00" * 5}) == "unknown_key"


def test_old_key_still_verifies_after_rotation_while_its_public_key_is_known() -> None:
    old_key, new_key = KEY, generate_signing_key()
    old_token, new_token = issue_token(CLAIMS, old_key), issue_token(CLAIMS, new_key)
    both = {old_key.key_id: old_key.public_bytes, new_key.key_id: new_key.public_bytes}
    assert parse_token(old_token, both) == CLAIMS
    assert parse_token(new_token, both) == CLAIMS
    only_new = {new_key.key_id: new_key.public_bytes}
    assert reason_of(old_token, only_new) == "unknown_key"


def test_signing_key_refuses_inconsistent_parts() -> None:
    with pytest.raises(ValidationError):
        SigningKey(
            key_id=b"\0\0\0\0", private_bytes=KEY.private_bytes, public_bytes=KEY.public_bytes
        )
    with pytest.raises(ValidationError):
        SigningKey(
            key_id=KEY.key_id,
            private_bytes=OTHER_INSTALLATION_KEY.private_bytes,
            public_bytes=KEY.public_bytes,
        )
    with pytest.raises(ValidationError):
        SigningKey(key_id=KEY.key_id, private_bytes=b"short", public_bytes=KEY.public_bytes)


def test_private_key_never_shows_in_repr() -> None:
    assert KEY.private_bytes.hex() not in repr(KEY)
    assert repr(KEY.private_bytes) not in repr(KEY)


# --- claims validated on issue ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("changes", "code"),
    [
        ({"pass_id": 0}, "token.id_out_of_range"),
        ({"reporter_id": -1}, "token.id_out_of_range"),
        ({"event_id": 2**32}, "token.id_out_of_range"),
        ({"pass_id": True}, "token.id_out_of_range"),
        ({"zone_slots": frozenset({32})}, "token.zone_slot_out_of_range"),
        ({"zone_slots": frozenset({-1})}, "token.zone_slot_out_of_range"),
        ({"valid_from": datetime(2026, 1, 10)}, "token.naive_datetime"),
        ({"valid_to": datetime(2026, 1, 13)}, "token.naive_datetime"),
        ({"valid_from": START + timedelta(seconds=30)}, "token.not_whole_minute"),
        ({"valid_to": END + timedelta(microseconds=1)}, "token.not_whole_minute"),
        ({"valid_to": START}, "token.validity_order"),
        ({"valid_from": END, "valid_to": START}, "token.validity_order"),
        ({"valid_from": datetime(1969, 12, 31, 23, 59, tzinfo=UTC)}, "token.time_out_of_range"),
        ({"valid_to": LATEST_VALIDITY + timedelta(minutes=1)}, "token.time_out_of_range"),
        ({"valid_to": datetime(9999, 12, 31, 23, 59, tzinfo=UTC)}, "token.time_out_of_range"),
    ],
)
def test_issue_refuses_invalid_claims(changes: dict[str, object], code: str) -> None:
    fields: dict[str, object] = {
        "pass_id": CLAIMS.pass_id,
        "reporter_id": CLAIMS.reporter_id,
        "event_id": CLAIMS.event_id,
        "zone_slots": CLAIMS.zone_slots,
        "valid_from": CLAIMS.valid_from,
        "valid_to": CLAIMS.valid_to,
    }
    fields.update(changes)
    with pytest.raises(ValidationError) as caught:
        issue_token(PassClaims(**fields), KEY)  # type: ignore[arg-type]
    assert caught.value.code == code
    assert not isinstance(caught.value, TokenError)


def test_every_code_raised_here_has_both_languages() -> None:
    token_codes = {code for code in known_codes() if code.startswith("token.")}
    assert {f"token.{reason}" for reason in TOKEN_REASON_MESSAGES} <= token_codes
    for code in token_codes:
        vietnamese, english = render(code, "vi"), render(code, "en")
        assert vietnamese != english
        assert vietnamese != code


# --- tampering ----------------------------------------------------------------------------------


def test_changing_any_single_digit_is_never_accepted() -> None:
    for position, original in enumerate(TOKEN):
        for digit in "0123456789":
            if digit == original:
                continue
            tampered = TOKEN[:position] + digit + TOKEN[position + 1 :]
            assert reason_of(tampered) in {"malformed", "unknown_key", "forged"}, position


@st.composite
def mutated_tokens(draw: st.DrawFn) -> str:
    token = TOKEN
    kind = draw(st.sampled_from(["change", "insert", "delete", "truncate", "swap", "several"]))
    digit = st.characters(min_codepoint=ord("0"), max_codepoint=ord("9"))
    if kind == "change" or kind == "several":
        for _ in range(1 if kind == "change" else draw(st.integers(2, 20))):
            position = draw(st.integers(0, len(token) - 1))
            new = draw(st.sampled_from([d for d in "0123456789" if d != token[position]]))
            token = token[:position] + new + token[position + 1 :]
    elif kind == "insert":
        position = draw(st.integers(0, len(token)))
        token = token[:position] + draw(digit) + token[position:]
    elif kind == "delete":
        position = draw(st.integers(0, len(token) - 1))
        token = token[:position] + token[position + 1 :]
    elif kind == "truncate":
        token = token[: draw(st.integers(0, len(token) - 1))]
    else:
        position = draw(st.integers(0, len(token) - 2))
        token = token[:position] + token[position + 1] + token[position] + token[position + 2 :]
    return token


@crypto_settings
@given(tampered=mutated_tokens())
def test_mutated_tokens_are_never_accepted(tampered: str) -> None:
    if tampered == TOKEN:  # a swap of two equal digits, or changes that cancel out
        return
    assert reason_of(tampered) in {"malformed", "unknown_key", "forged"}


@crypto_settings
@given(text=st.text(alphabet="0123456789", min_size=TOKEN_DIGITS, max_size=TOKEN_DIGITS))
def test_random_digit_strings_of_the_right_length_are_never_accepted(text: str) -> None:
    assert reason_of(text) in {"malformed", "unknown_key", "forged"}


@crypto_settings
@given(fields=st.binary(min_size=24, max_size=24), signature=st.binary(min_size=64, max_size=64))
def test_random_records_under_a_known_key_id_are_forged_or_malformed(
    fields: bytes, signature: bytes
) -> None:
    raw = bytes([1]) + KEY.key_id + fields + signature
    text = str(int.from_bytes(raw, "big")).zfill(TOKEN_DIGITS)
    assert reason_of(text) == "forged"


@settings(deadline=None)
@given(text=st.text())
def test_arbitrary_text_never_parses(text: str) -> None:
    assert reason_of(text) in {"not_digits", "malformed", "unknown_key", "forged"}
