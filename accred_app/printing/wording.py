"""Wording a document takes from the office's names, apart from the PDF code: the reports page
shows it as placeholders, and importing it must not load reportlab with the desk window."""

from __future__ import annotations

import unicodedata


def place_from_organisation(org_name: str) -> str:
    """ "CÔNG AN TỈNH THANH HÓA" → "Thanh Hóa": the place a provincial body dates its papers from."""
    name = unicodedata.normalize("NFC", org_name).strip()
    for prefix in ("CÔNG AN THÀNH PHỐ ", "CÔNG AN TỈNH ", "CÔNG AN "):
        if name.upper().startswith(prefix):
            name = name[len(prefix) :]
            break
    return unicodedata.normalize("NFC", name.title()) if name.isupper() else name


def signer_title(office_name: str) -> str:
    name = unicodedata.normalize("NFC", office_name).strip().upper()
    if name.startswith("PHÒNG"):
        return "TRƯỞNG PHÒNG"
    if name.startswith("ĐỘI"):
        return "ĐỘI TRƯỞNG"
    return "THỦ TRƯỞNG ĐƠN VỊ"
