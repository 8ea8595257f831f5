"""Field rules shared by every service: CCCD, phone, e-mail, press card numbers, colours, dates.

Each check raises :class:`ValidationError` with a code whose Vietnamese and English wording is
registered below, and returns the value in its stored (normalised) form. Every error names the
``field`` it is about, so a form can show it beside that field (``ValidationError.field``).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime

from accred_app.core.clock import VIETNAM_TZ
from accred_app.core.errors import ValidationError
from accred_app.core.messages import register
from accred_app.core.text import clean

register(
    {
        "required": ("Trường “{field:term}” không được để trống.", "“{field:term}” is required."),
        "too_long": (
            "Trường “{field:term}” quá dài (tối đa {limit} ký tự).",
            "“{field:term}” is too long (at most {limit} characters).",
        ),
        "invalid_citizen_id": (
            "Số CCCD “{value}” không hợp lệ: phải gồm đúng 12 chữ số.",
            "Citizen ID “{value}” is invalid: it must be exactly 12 digits.",
        ),
        "invalid_phone": (
            "Số điện thoại “{value}” không hợp lệ (ví dụ hợp lệ: 0912 345 678 hoặc +84 912 345 678).",
            "Phone number “{value}” is invalid (e.g. 0912 345 678 or +84 912 345 678).",
        ),
        "invalid_email": (
            "Địa chỉ thư điện tử “{value}” không hợp lệ.",
            "E-mail address “{value}” is invalid.",
        ),
        "invalid_card_no": (
            "Số thẻ nhà báo “{value}” không hợp lệ (chỉ gồm chữ, số, dấu “-” hoặc “/”, 3–30 ký tự).",
            "Press card number “{value}” is invalid (letters, digits, “-” or “/”, 3–30 characters).",
        ),
        "invalid_colour": (
            "Màu “{value}” không hợp lệ: dùng dạng #RRGGBB.",
            "Colour “{value}” is invalid: use #RRGGBB.",
        ),
        "invalid_date": (
            "Ngày “{value}” không hợp lệ: dùng dạng YYYY-MM-DD (ví dụ 2026-01-31) hoặc dd/mm/yyyy.",
            "Date “{value}” is invalid: use YYYY-MM-DD (e.g. 2026-01-31) or dd/mm/yyyy.",
        ),
        "date_out_of_range": (
            "{field_vi_capitalised} {value} nằm ngoài khoảng cho phép: từ {earliest} đến {latest}.",
            "The {field_en} {value} is outside the supported range: {earliest} to {latest}.",
        ),
        "end_before_start": (
            "Ngày kết thúc ({end}) trước ngày bắt đầu ({start}).",
            "The end date ({end}) is before the start date ({start}).",
        ),
        "invalid_choice": (
            "Giá trị “{value}” không hợp lệ cho “{field:term}”; chọn một trong: {choices:terms}.",
            "“{value}” is not valid for “{field:term}”; choose one of: {choices:terms}.",
        ),
    }
)

_CITIZEN_ID = re.compile(r"\d{12}")
_PHONE = re.compile(r"(?:\+84|84|0)(\d{9,10})")
_EMAIL = re.compile(r"[^@\s]+@[^@\s.]+(?:\.[^@\s.]+)+")
_CARD_NO = re.compile(r"[A-Z0-9][A-Z0-9/\-]{2,29}")
_COLOUR = re.compile(r"#[0-9A-F]{6}")


def text_field(value: str | None, field: str, *, limit: int, required: bool = False) -> str | None:
    """Cleaned text (NFC, trimmed, no control characters) or None; enforces presence and length."""
    cleaned = clean(value) if value is not None else ""
    if not cleaned:
        if required:
            raise ValidationError("required", field=field)
        return None
    if len(cleaned) > limit:
        raise ValidationError("too_long", field=field, limit=limit)
    return cleaned


def required_text(value: str | None, field: str, *, limit: int) -> str:
    result = text_field(value, field, limit=limit, required=True)
    assert result is not None
    return result


def citizen_id(value: str | None, field: str = "citizen_id") -> str | None:
    """CCCD: exactly 12 digits (spaces and dots typed for readability are removed)."""
    if value is None or not clean(value):
        return None
    digits = re.sub(r"[\s.]", "", clean(value))
    if not _CITIZEN_ID.fullmatch(digits):
        raise ValidationError("invalid_citizen_id", value=clean(value)[:40], field=field)
    return digits


def phone(value: str | None, field: str = "phone") -> str | None:
    """Vietnamese phone number stored as ``0`` + national digits (``+84 912…`` → ``0912…``)."""
    if value is None or not clean(value):
        return None
    compact = re.sub(r"[\s.\-()]", "", clean(value))
    match = _PHONE.fullmatch(compact)
    if not match:
        raise ValidationError("invalid_phone", value=clean(value)[:40], field=field)
    return "0" + match.group(1)


def email(value: str | None, field: str = "email") -> str | None:
    if value is None or not clean(value):
        return None
    cleaned = clean(value)
    if len(cleaned) > 254 or not _EMAIL.fullmatch(cleaned) or not cleaned.isascii():
        raise ValidationError("invalid_email", value=cleaned[:80], field=field)
    local, _, domain = cleaned.partition("@")
    return f"{local}@{domain.lower()}"


def card_number(value: str | None, field: str = "card_no") -> tuple[str, str]:
    """The press card number as typed (cleaned) and its uniqueness key (upper case, no spaces)."""
    cleaned = required_text(value, field, limit=40)
    key = re.sub(r"\s+", "", cleaned).upper()
    if not _CARD_NO.fullmatch(key):
        raise ValidationError("invalid_card_no", value=cleaned[:40], field=field)
    return cleaned, key


def colour(value: str | None, default: str = "#1565C0", field: str = "colour") -> str:
    if value is None or not value.strip():
        return default
    normalised = value.strip().upper()
    if not normalised.startswith("#"):
        normalised = "#" + normalised
    if not _COLOUR.fullmatch(normalised):
        raise ValidationError("invalid_colour", value=value[:20], field=field)
    return normalised


def parse_date(value: str | date | None, field: str = "date") -> date:
    """``YYYY-MM-DD`` (ISO, as scripts write it) or ``dd/mm/yyyy`` (as Vietnamese officers type it),
    within the range the field allows (:func:`check_date_bounds`)."""
    if isinstance(value, datetime):
        value = value.date()
    if isinstance(value, date):
        return check_date_bounds(value, field)
    if value is None or not value.strip():
        raise ValidationError("required", field=field)
    raw = value.strip()
    try:
        parsed: date | None = None
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", raw):
            parsed = date.fromisoformat(raw)
        match = re.fullmatch(r"(\d{1,2})/(\d{1,2})/(\d{4})", raw)
        if match:
            day, month, year = (int(g) for g in match.groups())
            parsed = date(year, month, day)
    except ValueError:
        parsed = None
    if parsed is None:
        raise ValidationError("invalid_date", value=raw[:40], field=field)
    return check_date_bounds(parsed, field)


def _today() -> date:
    return datetime.now(VIETNAM_TZ).date()


@dataclass(frozen=True, slots=True)
class DateBounds:
    """What a date field means to the officer and the dates it may take (inclusive)."""

    label_vi: str
    label_en: str
    earliest: date
    latest: Callable[[], date]


EARLIEST_DATE = date(1900, 1, 1)
LATEST_DATE = date(2099, 12, 31)
"""The dates the desk works with. Far enough for any press card, event or birth date; near enough
that every day's end fits the signed token and every local time zone (9999-12-31 did not)."""
EARLIEST_WORKING_DATE = date(2000, 1, 1)
"""Events, passes and press cards: nothing the desk issues or checks starts before this."""

DATE_FIELDS: dict[str, DateBounds] = {
    "card_expiry": DateBounds(
        "hạn thẻ nhà báo", "press card expiry", EARLIEST_WORKING_DATE, lambda: LATEST_DATE
    ),
    "date_of_birth": DateBounds("ngày sinh", "date of birth", EARLIEST_DATE, _today),
    "agreement_signed_on": DateBounds(
        "ngày ký thỏa thuận", "agreement date", EARLIEST_DATE, lambda: LATEST_DATE
    ),
    "start": DateBounds("ngày bắt đầu", "start date", EARLIEST_WORKING_DATE, lambda: LATEST_DATE),
    "end": DateBounds("ngày kết thúc", "end date", EARLIEST_WORKING_DATE, lambda: LATEST_DATE),
    "from": DateBounds(
        "ngày bắt đầu hiệu lực của thẻ",
        "pass valid-from date",
        EARLIEST_WORKING_DATE,
        lambda: LATEST_DATE,
    ),
    "to": DateBounds(
        "ngày hết hiệu lực của thẻ",
        "pass valid-until date",
        EARLIEST_WORKING_DATE,
        lambda: LATEST_DATE,
    ),
}
GENERAL_DATE = DateBounds("ngày", "date", EARLIEST_DATE, lambda: LATEST_DATE)


def check_date_bounds(value: date, field: str) -> date:
    """``value`` if it lies in the range of ``field`` (see :data:`DATE_FIELDS`), else a
    ``date_out_of_range`` naming the field and the range."""
    bounds = DATE_FIELDS.get(field, GENERAL_DATE)
    latest = bounds.latest()
    if bounds.earliest <= value <= latest:
        return value
    raise ValidationError(
        "date_out_of_range",
        field=field,
        field_vi_capitalised=bounds.label_vi[:1].upper() + bounds.label_vi[1:],
        field_en=bounds.label_en,
        value=f"{value.day:02d}/{value.month:02d}/{value.year:04d}",
        earliest=bounds.earliest.strftime("%d/%m/%Y"),
        latest=latest.strftime("%d/%m/%Y"),
    )


def date_range(start: date, end: date | None, field: str = "end") -> None:
    if end is not None and end < start:
        raise ValidationError(
            "end_before_start",
            start=start.isoformat(),
            end=end.isoformat(),
            field=field,
        )


def choice(value: str, field: str, choices: list[str]) -> str:
    normalised = value.strip().lower()
    if normalised not in choices:
        raise ValidationError(
            "invalid_choice", value=value[:40], field=field, choices=", ".join(choices)
        )
    return normalised
