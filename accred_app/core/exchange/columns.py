"""Which column of an agency's list is which field: header words, Vietnamese or English, recognised.

Agencies send lists made in their own templates: "Họ và tên" or "Họ tên" or "Tên phóng viên",
"Số thẻ nhà báo" or a merged "Thẻ nhà báo" over "Số thẻ" and "Ngày hết hạn", "CCCD" or "Số CCCD/CMND",
a title row or two above the header, sometimes "Họ và tên đệm" and "Tên" in two columns. A header is
folded (no accents, lower case, punctuation as spaces) and matched against the phrases below; the
header row is the row — or pair of rows, for two-level headers — that names the most fields.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Final

from accred_app.core.tabular.reading import CellValue
from accred_app.core.text import fold

# Fields an imported column can fill. ``family_name`` + ``given_name`` make ``full_name``.
FULL_NAME, FAMILY_NAME, GIVEN_NAME = "full_name", "family_name", "given_name"
AGENCY, AGENCY_KIND, ROW_NUMBER = "agency", "agency_kind", "row_number"
IMPORT_FIELDS: Final = (
    FULL_NAME,
    FAMILY_NAME,
    GIVEN_NAME,
    AGENCY,
    AGENCY_KIND,
    "card_no",
    "card_expiry",
    "citizen_id",
    "phone",
    "email",
    "date_of_birth",
    "gender",
    "position",
    "notes",
    "processing_purpose",
    "consent_given_on",
    "consent_method",
    ROW_NUMBER,
)

#: What the import page shows for each field (Vietnamese, English).
FIELD_LABELS: Final[dict[str, tuple[str, str]]] = {
    FULL_NAME: ("Họ và tên", "Full name"),
    FAMILY_NAME: ("Họ và tên đệm", "Family and middle names"),
    GIVEN_NAME: ("Tên", "Given name"),
    AGENCY: ("Cơ quan báo chí", "Press agency"),
    AGENCY_KIND: ("Loại hình báo chí", "Kind of agency"),
    "card_no": ("Số thẻ nhà báo", "Press card number"),
    "card_expiry": ("Ngày hết hạn thẻ", "Card expiry"),
    "citizen_id": ("Số CCCD", "Citizen ID"),
    "phone": ("Số điện thoại", "Phone"),
    "email": ("Thư điện tử", "E-mail"),
    "date_of_birth": ("Ngày sinh", "Date of birth"),
    "gender": ("Giới tính", "Gender"),
    "position": ("Chức danh", "Position"),
    "notes": ("Ghi chú", "Notes"),
    "processing_purpose": ("Mục đích xử lý dữ liệu", "Purpose of processing"),
    "consent_given_on": ("Ngày đồng ý", "Consent date"),
    "consent_method": ("Hình thức đồng ý", "Way of consent"),
    ROW_NUMBER: ("Số thứ tự", "Row number"),
}

_IGNORED = "-"  # a header recognised as something we do not import (e.g. "Ngày cấp CCCD")

# Whole headers, folded, that name a field outright.
_EXACT: Final[dict[str, str]] = {
    **dict.fromkeys(("stt", "tt", "so tt", "so thu tu", "thu tu", "no", "n0"), ROW_NUMBER),
    **dict.fromkeys(
        (
            "ho va ten",
            "ho ten",
            "ho va ten phong vien",
            "ho ten phong vien",
            "ten phong vien",
            "ten nha bao",
            "phong vien",
            "nha bao",
            "full name",
            "name",
            "reporter",
            "reporter name",
            "journalist",
        ),
        FULL_NAME,
    ),
    **dict.fromkeys(
        (
            "ho",
            "ho dem",
            "ho va dem",
            "ho va ten dem",
            "ho va chu dem",
            "ho lot",
            "ho va chu lot",
            "surname",
            "last name",
            "family name",
        ),
        FAMILY_NAME,
    ),
    **dict.fromkeys(("ten", "given name", "first name"), GIVEN_NAME),
    **dict.fromkeys(("bao", "toa soan", "media", "outlet", "organisation", "organization"), AGENCY),
    **dict.fromkeys(("kind", "type", "media type", "loai"), AGENCY_KIND),
    **dict.fromkeys(("title",), "position"),
}

# Phrases (folded words, contiguous) that name a field anywhere in a header; the first rule that
# matches wins, so the more specific rules come first ("ngày hết hạn thẻ nhà báo" is the expiry).
_PHRASES: Final[tuple[tuple[str, tuple[str, ...]], ...]] = (
    (_IGNORED, ("ngay cap", "noi cap", "cap ngay", "issued on", "issue date", "place of issue")),
    (
        "card_expiry",
        (
            "het han",
            "han the",
            "thoi han",
            "han su dung",
            "gia tri den",
            "expiry",
            "expires",
            "expiration",
            "valid until",
        ),
    ),
    ("date_of_birth", ("ngay sinh", "nam sinh", "sinh ngay", "birth", "dob")),
    ("consent_given_on", ("ngay dong y", "dong y ngay", "consent date", "date of consent")),
    ("consent_method", ("dong y", "consent")),
    ("processing_purpose", ("muc dich", "purpose")),
    (
        "citizen_id",
        (
            "cccd",
            "can cuoc",
            "cmnd",
            "chung minh",
            "dinh danh",
            "citizen",
            "id card",
            "national id",
        ),
    ),
    ("email", ("email", "e mail", "thu dien tu", "mail")),
    ("phone", ("dien thoai", "sdt", "so dt", "dtdd", "di dong", "phone", "mobile", "tel", "dt")),
    (
        "card_no",
        ("so the", "the nha bao", "the nb", "ma the", "press card", "card no", "card number"),
    ),
    (AGENCY_KIND, ("loai hinh", "agency kind", "loai co quan")),
    (
        AGENCY,
        ("co quan", "don vi", "toa soan", "noi cong tac", "agency", "ten bao", "bao chi"),
    ),
    ("gender", ("gioi tinh", "gender", "sex", "nam nu")),
    ("position", ("chuc vu", "chuc danh", "vi tri", "nhiem vu", "position", "job title")),
    ("notes", ("ghi chu", "note", "notes", "remarks", "comment")),
    (FULL_NAME, ("ho va ten", "ho ten", "full name", "ten phong vien", "ten nha bao")),
)
_NON_WORD = re.compile(r"[^0-9a-z]+")
MAX_HEADER_SEARCH_ROWS: Final = 20


def header_key(text: str) -> str:
    """The folded form headers are compared in: "Số thẻ (NB)*" → "so the nb"."""
    return " ".join(_NON_WORD.sub(" ", fold(text)).split())


def recognise_header(text: str | None) -> str | None:
    """The field a header names, or None."""
    if not text:
        return None
    key = header_key(text)
    if not key:
        return None
    if key in _EXACT:
        return _EXACT[key]
    padded = f" {key} "
    for field, phrases in _PHRASES:
        if any(f" {phrase} " in padded for phrase in phrases):
            return None if field == _IGNORED else field
    return None


def cell_label(value: CellValue) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return " ".join(str(value).split())


@dataclass(frozen=True, slots=True)
class HeaderLayout:
    """Where the header is: its first row (0-based), how many rows it spans, each column's label."""

    first_row: int
    height: int
    labels: tuple[str, ...]

    @property
    def data_start(self) -> int:
        return self.first_row + self.height


def _labels(rows: Sequence[Sequence[CellValue]], first: int, height: int, width: int) -> list[str]:
    labels = []
    for column in range(width):
        parts: list[str] = []
        for row in rows[first : first + height]:
            text = cell_label(row[column]) if column < len(row) else ""
            if text and text not in parts:  # a cell merged down two rows names the column once
                parts.append(text)
        labels.append(" / ".join(parts))
    return labels


def _label_field(label: str) -> str | None:
    """A two-level label "Thẻ nhà báo / Số thẻ" is tried whole, then the lower part, then the upper."""
    parts = label.split(" / ")
    for candidate in (label, *reversed(parts)) if len(parts) > 1 else (label,):
        field = recognise_header(candidate)
        if field is not None:
            return field
    return None


def automatic_mapping(labels: Sequence[str]) -> tuple[str | None, ...]:
    """One field per column (None: not imported). The first column naming a field keeps it; a
    lone "Tên" column is the full name unless a family-name column sits beside it."""
    fields: list[str | None] = []
    taken: set[str] = set()
    for label in labels:
        field = _label_field(label)
        if field in taken:
            field = None
        if field is not None:
            taken.add(field)
        fields.append(field)
    if GIVEN_NAME in taken and FAMILY_NAME not in taken and FULL_NAME not in taken:
        fields = [FULL_NAME if f == GIVEN_NAME else f for f in fields]
    if FAMILY_NAME in taken and GIVEN_NAME not in taken and FULL_NAME not in taken:
        fields = [FULL_NAME if f == FAMILY_NAME else f for f in fields]
    return tuple(fields)


def _score(labels: Sequence[str]) -> int:
    return len({f for f in automatic_mapping(labels) if f not in (None, ROW_NUMBER)})


def _second_header_row(row: Sequence[CellValue]) -> bool:
    """A row under a header is its second level when its cells are text and at least half of them
    name a field ("Số thẻ", "Ngày hết hạn") — not the first reporter of the list."""
    cells = [cell for cell in row if cell is not None]
    if not cells or not all(isinstance(cell, str) for cell in cells):
        return False
    named = sum(1 for cell in cells if recognise_header(str(cell)) is not None)
    return named * 2 >= len(cells)


def find_header(rows: Sequence[Sequence[CellValue]], header_row: int | None = None) -> HeaderLayout:
    """The header among the first rows: the row (or two rows) naming the most fields.

    ``header_row`` (0-based) fixes the row — the officer's choice on the import page — and the
    layout may still take a second level under it. ``height`` 0 means no row names two fields.
    """
    width = max((len(row) for row in rows[: MAX_HEADER_SEARCH_ROWS + 2]), default=0)
    best = HeaderLayout(0, 0, tuple("" for _ in range(width)))
    best_score = 1  # a header must name at least two fields
    if header_row is not None:
        if header_row >= len(rows):
            return best
        best = HeaderLayout(header_row, 1, tuple(_labels(rows, header_row, 1, width)))
        best_score = -1
    candidates = (
        [header_row] if header_row is not None else range(min(len(rows), MAX_HEADER_SEARCH_ROWS))
    )
    # every single row first: a second level must name strictly more fields to be taken
    for height, first in [(h, f) for h in (1, 2) for f in candidates]:
        if first + height > len(rows):
            continue
        if height == 2 and (
            all(cell is None for cell in rows[first]) or not _second_header_row(rows[first + 1])
        ):
            continue
        labels = _labels(rows, first, height, width)
        score = _score(labels)
        if score > best_score:
            best, best_score = HeaderLayout(first, height, tuple(labels)), score
    return best
