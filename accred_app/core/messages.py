"""Bilingual message catalogue for domain errors and verdict reasons.

Each core module registers the messages of the codes it raises next to the code itself
(``register({...})`` at import time), so a reader finds the rule and its wording together.
Templates use ``str.format`` fields filled from the error's parameters. Vietnamese is the default.

**Terms.** A parameter that names a thing of the program — a field (``card_no``), an entity
(``agency``), a role, a permission, a status — is written ``{field:term}`` in a template: it is
shown in the message's language (``số thẻ nhà báo`` / ``press card no.``) from the vocabulary
registered with :func:`register_terms`, never as the English identifier. ``{choices:terms}`` does the
same for a list. Messages are read in the desk window as well as at the command line, so they never
name a command-line option; the CLI adds its own hints (``cli/__init__.py``).
"""

from __future__ import annotations

import string
import sys
from collections.abc import Iterable, Mapping
from typing import Any

SUPPORTED_LOCALES = ("vi", "en")
DEFAULT_LOCALE = "vi"

_CATALOGUE: dict[str, dict[str, str]] = {}
_ORIGIN: dict[str, str] = {}
_TERMS: dict[str, dict[str, str]] = {}


def register(messages: Mapping[str, tuple[str, str]]) -> None:
    """Add ``code -> (vietnamese, english)`` templates; a code registered twice must not change."""
    origin = sys._getframe(1).f_globals.get("__name__", "?")
    for code, (vi, en) in messages.items():
        existing = _CATALOGUE.get(code)
        if existing is not None and (existing["vi"], existing["en"]) != (vi, en):
            raise RuntimeError(f"message code {code!r} registered twice with different text")
        _CATALOGUE[code] = {"vi": vi, "en": en}
        _ORIGIN.setdefault(code, origin)


def register_terms(terms: Mapping[str, tuple[str, str]]) -> None:
    """Add ``identifier -> (vietnamese, english)`` names for ``{x:term}`` fields."""
    for key, (vi, en) in terms.items():
        existing = _TERMS.get(key)
        if existing is not None and (existing["vi"], existing["en"]) != (vi, en):
            raise RuntimeError(f"term {key!r} registered twice with different text")
        _TERMS[key] = {"vi": vi, "en": en}


def term(key: str, locale: str) -> str:
    """The name of ``key`` in ``locale``; the identifier itself when it has none (a typo in a
    script's ``--field`` is shown as typed)."""
    names = _TERMS.get(key)
    if names is None:
        return key
    return names.get(locale) or names[DEFAULT_LOCALE]


class _Formatter(string.Formatter):
    def __init__(self, locale: str) -> None:
        super().__init__()
        self.locale = locale

    def format_field(self, value: Any, format_spec: str) -> str:
        if format_spec == "term":
            return term(str(value), self.locale)
        if format_spec == "terms":
            items: Iterable[Any] = value.split(", ") if isinstance(value, str) else value
            return ", ".join(term(str(item), self.locale) for item in items)
        return str(super().format_field(value, format_spec))


def render(code: str, locale: str, params: Mapping[str, Any] | None = None) -> str:
    """The message for ``code`` in ``locale`` (falls back to Vietnamese, then to the bare code)."""
    templates = _CATALOGUE.get(code)
    if templates is None:
        detail = ", ".join(f"{k}={v}" for k, v in (params or {}).items())
        return f"{code}" + (f" ({detail})" if detail else "")
    template = templates.get(locale) or templates[DEFAULT_LOCALE]
    try:
        return _Formatter(locale).format(template, **(params or {}))
    except (KeyError, IndexError, ValueError):
        return template


def known_codes() -> frozenset[str]:
    return frozenset(_CATALOGUE)


def templates(code: str) -> dict[str, str]:
    """``{"vi": …, "en": …}`` of a registered code."""
    return dict(_CATALOGUE[code])


def origin(code: str) -> str:
    """The module that registered ``code`` (the core's messages are the ones the window shows)."""
    return _ORIGIN.get(code, "?")


def known_terms() -> frozenset[str]:
    return frozenset(_TERMS)


register(
    {
        "internal": ("Lỗi không mong đợi: {detail}", "Unexpected error: {detail}"),
        "not_found": (
            "Không tìm thấy {entity:term} có mã {key}.",
            "No {entity:term} with id {key}.",
        ),
    }
)

register_terms(
    {
        # what a record is
        "agency": ("cơ quan báo chí", "press agency"),
        "reporter": ("phóng viên", "reporter"),
        "unit": ("đơn vị", "police unit"),
        "event": ("sự kiện", "event"),
        "pass": ("thẻ tác nghiệp", "field pass"),
        "officer": ("cán bộ", "officer"),
        # fields of the forms and the commands
        "full_name": ("Họ và tên", "Full name"),
        "agency_id": ("Cơ quan", "Agency"),
        "card_no": ("Số thẻ nhà báo", "Press card no."),
        "card_expiry": ("Hạn thẻ nhà báo", "Press card expiry"),
        "citizen_id": ("Số CCCD", "Citizen ID"),
        "phone": ("Điện thoại", "Phone"),
        "email": ("Thư điện tử", "E-mail"),
        "date_of_birth": ("Ngày sinh", "Date of birth"),
        "gender": ("Giới tính", "Gender"),
        "position": ("Chức danh", "Position"),
        "notes": ("Ghi chú", "Notes"),
        "photo": ("Ảnh", "Photo"),
        "status": ("Trạng thái", "Status"),
        "reason": ("Lý do", "Reason"),
        "name": ("Tên", "Name"),
        "kind": ("Loại", "Kind"),
        "short_name": ("Tên viết tắt", "Short name"),
        "contact_person": ("Người liên hệ", "Contact person"),
        "address": ("Địa chỉ", "Address"),
        "agreement_signed_on": ("Ngày ký thỏa thuận", "Agreement signed on"),
        "code": ("Mã", "Code"),
        "parent_id": ("Đơn vị cấp trên", "Parent unit"),
        "start": ("Ngày bắt đầu", "Start"),
        "end": ("Ngày kết thúc", "End"),
        "location": ("Địa điểm", "Location"),
        "organising_unit_id": ("Đơn vị tổ chức", "Organising unit"),
        "zones": ("Khu vực", "Zones"),
        "zone_name": ("Tên khu vực", "Zone name"),
        "colour": ("Màu", "Colour"),
        "date": ("Ngày", "Date"),
        "from": ("Ngày đầu", "First day"),
        "to": ("Ngày cuối", "Last day"),
        "override_card": (
            "Lý do cấp khi thẻ nhà báo sắp hết hạn",
            "Reason to override the press card",
        ),
        "revoke_reason": ("Lý do thu hồi", "Reason for revoking"),
        "username": ("Tên đăng nhập", "Username"),
        "password": ("Mật khẩu", "Password"),
        "role": ("Vai trò", "Role"),
        "org_name": ("Tên cơ quan cấp thẻ", "Issuing authority"),
        "office_name": ("Tên phòng", "Office"),
        "serial_prefix": ("Tiền tố số thẻ", "Serial prefix"),
        "station_name": ("Tên trạm", "Station name"),
        "backup_keep": ("Số bản sao lưu giữ lại", "Backups kept"),
        "direction": ("Hướng đi", "Direction"),
        "method": ("Cách ghi nhận", "How it was recorded"),
        "card": ("Thẻ nhà báo", "Press card"),
        "date_from": ("Từ ngày", "From"),
        "date_to": ("Đến ngày", "To"),
        "subject": ("Nội dung", "Subject"),
        "title": ("Tiêu đề", "Title"),
        "url": ("Đường dẫn", "Link"),
        "published": ("Ngày đăng", "Published on"),
        "processing_purpose": ("Mục đích xử lý dữ liệu", "Purpose of processing"),
        "consent_given_on": ("Ngày đồng ý", "Consent given on"),
        "consent_method": ("Hình thức đồng ý", "How consent was given"),
        # parts of files read from elsewhere (station packages, public-key files)
        "format": ("định dạng tệp", "file format"),
        "header.format": ("định dạng tệp dữ liệu trạm", "station package format"),
        "public_keys.format": ("định dạng tệp khóa công khai", "public-key file format"),
        "event.kind": ("loại sự kiện", "event kind"),
        # values shown in messages
        "active": ("hoạt động", "active"),
        "suspended": ("tạm đình chỉ", "suspended"),
        "blacklisted": ("danh sách đen", "blacklisted"),
        "male": ("nam", "male"),
        "female": ("nữ", "female"),
        "other": ("khác", "other"),
        "print": ("báo in", "print"),
        "online": ("báo điện tử", "online"),
        "radio": ("phát thanh", "radio"),
        "tv": ("truyền hình", "television"),
        "magazine": ("tạp chí", "magazine"),
        "site": ("địa điểm thường trực", "standing site"),
        "issued": ("đã cấp", "issued"),
        "printed": ("đã in", "printed"),
        "revoked": ("đã thu hồi", "revoked"),
    }
)
