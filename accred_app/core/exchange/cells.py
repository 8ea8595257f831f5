"""What Excel did to the cells of a list, undone before the registry's own rules judge them.

Excel turns a phone number into a number and drops its leading 0 (0912345678 → 912345678), turns a
CCCD into a number (038190012345 → 38190012345, or worse, 3.8119E+10 once saved as CSV), stores a date
as a serial number (46752 = 31/12/2027) or as text in the office's format (31/12/2027, 31/12/27,
2027-12-31). These helpers give back what the officer meant; whatever they cannot read is passed
on as text, so the field's rule refuses it with its usual message.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from typing import Final

from accred_app.core.clock import VIETNAM_TZ, utcnow
from accred_app.core.errors import ValidationError
from accred_app.core.messages import register
from accred_app.core.tabular.reading import CellValue
from accred_app.core.text import fold

register(
    {
        "citizen_id_rounded": (
            "Số CCCD “{value}” đã bị Excel làm tròn thành dạng số mũ nên không còn đủ 12 chữ số; "
            "hãy định dạng cột CCCD là kiểu văn bản và nhập lại.",
            "Citizen ID “{value}” was rounded by Excel into scientific notation and has lost digits; "
            "format the column as Text and enter it again.",
        ),
    }
)

EXCEL_EPOCH: Final = date(1899, 12, 30)  # serial 1 = 01/01/1900 (Excel's 1900 leap-year quirk)
_FIRST_SERIAL, _LAST_SERIAL = 1, 2958465  # 01/01/1900 … 31/12/9999
_ISO = re.compile(r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[ T].*)?")
_DAY_FIRST = re.compile(
    r"(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4}|\d{2})(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?"
)
_SCIENTIFIC = re.compile(r"\d(?:[.,]\d+)?[eE]\+?\d+")
_DIGITS = re.compile(r"\d+")


def cell_text(value: CellValue) -> str | None:
    """A cell as the text an officer typed (whole numbers without ``.0``, dates dd/mm/yyyy)."""
    if value is None:
        return None
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else f"{value:g}"
    if isinstance(value, datetime):
        return value.strftime("%d/%m/%Y %H:%M")
    if isinstance(value, date):
        return value.strftime("%d/%m/%Y")
    return str(value)


def _two_digit_year(year: int) -> int:
    """31/12/27 is 2027; 05/03/85 is 1985: up to twenty years ahead reads as this century."""
    this_year = utcnow().astimezone(VIETNAM_TZ).year
    return 2000 + year if 2000 + year <= this_year + 20 else 1900 + year


def excel_serial_date(serial: float) -> date | None:
    """The day of an Excel serial number (its fraction, a time of day, is dropped)."""
    if not _FIRST_SERIAL <= serial < _LAST_SERIAL + 1:
        return None
    return EXCEL_EPOCH + timedelta(days=int(serial))


def cell_date(value: CellValue) -> date | str | None:
    """A date from a date cell, an Excel serial, dd/mm/yyyy, d/m/yy or ISO text; else the text."""
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        return excel_serial_date(value) or cell_text(value)
    text = str(value).strip()
    try:
        match = _ISO.fullmatch(text)
        if match:
            year, month, day = (int(g) for g in match.groups())
            return date(year, month, day)
        match = _DAY_FIRST.fullmatch(text)
        if match:
            day, month, year = (int(g) for g in match.groups())
            if len(match.group(3)) == 2:
                year = _two_digit_year(year)
            return date(year, month, day)
        if text.isdigit() and len(text) == 5:  # a serial written out by a CSV export
            return excel_serial_date(int(text)) or text
    except ValueError:
        pass
    return text


def cell_phone(value: CellValue) -> str | None:
    """The number as typed, with the 0 Excel dropped from a 9-digit mobile number put back."""
    text = cell_text(value)
    if text is None:
        return None
    compact = re.sub(r"[\s.\-()]", "", text)
    if _DIGITS.fullmatch(compact) and len(compact) == 9 and compact[0] != "0":
        return "0" + compact
    return text


def cell_citizen_id(value: CellValue) -> str | None:
    """A CCCD with the leading zeros Excel dropped put back.

    A CCCD starts with its province code 001–096, so its first digit is always 0: a 10- or
    11-digit number that does not start with 0 is a CCCD that went through a number cell. A value in
    scientific notation has lost digits for good and is refused with its own message.
    """
    if value is None:
        return None
    if isinstance(value, float) and not value.is_integer():
        return cell_text(value)
    text = cell_text(value)
    assert text is not None
    compact = re.sub(r"[\s.]", "", text)
    if _SCIENTIFIC.fullmatch(compact):
        raise ValidationError("citizen_id_rounded", value=text[:40])
    if _DIGITS.fullmatch(compact) and len(compact) in (10, 11) and compact[0] != "0":
        padded = compact.zfill(12)
        if 1 <= int(padded[:3]) <= 96:
            return padded
    return text


_GENDER_WORDS: Final[dict[str, str]] = {
    **dict.fromkeys(("nam", "male", "m", "trai", "ong"), "male"),
    **dict.fromkeys(("nu", "female", "f", "gai", "ba"), "female"),
    **dict.fromkeys(("khac", "other"), "other"),
}
_CONSENT_WORDS: Final[dict[str, str]] = {
    **dict.fromkeys(
        ("van ban", "van ban giay", "giay", "ban giay", "ky ten", "written", "paper", "phieu"),
        "written",
    ),
    **dict.fromkeys(
        ("dien tu", "electronic", "online", "email", "tin nhan", "bieu mau dien tu"), "electronic"
    ),
    **dict.fromkeys(
        (
            "co quan",
            "qua co quan",
            "co quan bao chi",
            "qua co quan bao chi",
            "via agency",
            "via_agency",
            "agency",
        ),
        "via_agency",
    ),
}
_AGENCY_KIND_WORDS: Final[dict[str, str]] = {
    **dict.fromkeys(("bao in", "in", "print", "bao", "nhat bao"), "print"),
    **dict.fromkeys(("bao dien tu", "dien tu", "online", "trang tin"), "online"),
    **dict.fromkeys(("phat thanh", "radio", "dai phat thanh"), "radio"),
    **dict.fromkeys(("truyen hinh", "tv", "phat thanh truyen hinh", "dai truyen hinh"), "tv"),
    **dict.fromkeys(("tap chi", "magazine"), "magazine"),
}


def _word_choice(value: CellValue, words: dict[str, str]) -> str | None:
    text = cell_text(value)
    if text is None:
        return None
    key = " ".join(re.sub(r"[^0-9a-z_]+", " ", fold(text)).split())
    return words.get(key, text)


def cell_gender(value: CellValue) -> str | None:
    """ "Nam"/"Nữ"/"Khác" (or English) as the stored choice; anything else is left for the rule."""
    return _word_choice(value, _GENDER_WORDS)


def cell_consent_method(value: CellValue) -> str | None:
    return _word_choice(value, _CONSENT_WORDS)


def cell_agency_kind(value: CellValue) -> str | None:
    return _word_choice(value, _AGENCY_KIND_WORDS)


def guess_agency_kind(name: str) -> str:
    """A new agency's kind from its name when the list does not say: "Tạp chí …" is a magazine,
    "Đài … Truyền hình …" television, "Đài Phát thanh …"/"Đài Tiếng nói …" radio, "Báo điện tử …"
    online; otherwise a printed paper."""
    key = fold(name)
    if key.startswith("tap chi"):
        return "magazine"
    if "truyen hinh" in key:
        return "tv"
    if "phat thanh" in key or "tieng noi" in key:
        return "radio"
    if "dien tu" in key or key.startswith(("trang tin", "thong tan")):
        return "online"
    return "print"
