"""Plain values the printing layer needs, so it never touches the database or ORM objects.

The integrator builds these from core services; keeping them frozen and free of SQLAlchemy lets a
print job run off the GUI thread and lets tests build passes by hand.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Literal

Layout = Literal["card", "badge", "sheet"]

DEFAULT_AUTHORITY_LINES: tuple[str, ...] = ("CÔNG AN TỈNH THANH HÓA", "PHÒNG THAM MƯU")

DEFAULT_RULES_OF_CONDUCT: tuple[str, ...] = (
    "Đeo thẻ ở vị trí dễ thấy trong suốt thời gian tác nghiệp; xuất trình kèm Thẻ nhà báo "
    "khi lực lượng làm nhiệm vụ yêu cầu.",
    "Chỉ vào các khu vực ghi trên thẻ và trong thời gian hiệu lực; chấp hành hướng dẫn "
    "của lực lượng làm nhiệm vụ.",
    "Không ghi hình, ghi âm tại nơi có biển cấm hoặc khi chưa được ban tổ chức cho phép.",
    "Không cản trở lối đi, hoạt động của đại biểu, khách mời và lực lượng bảo vệ.",
    "Thẻ chỉ dùng cho người có tên trên thẻ; không cho mượn, không tẩy xóa, sửa chữa.",
    "Giữ gìn trật tự, văn minh; trang phục lịch sự, phù hợp tính chất sự kiện.",
    "Mất thẻ phải báo ngay cho bộ phận cấp thẻ; nộp lại thẻ khi được yêu cầu.",
)


@dataclass(frozen=True, slots=True)
class PrintZone:
    """An area the holder may enter; ``colour`` is ``#RRGGBB`` so guards can check it at a glance."""

    code: str
    name: str
    colour: str


@dataclass(frozen=True, slots=True)
class PrintablePass:
    """Everything printed on one pass.

    ``valid_to`` is an exclusive end, as stored; the printed window shows the last valid day.
    ``token`` is the signed QR content (ASCII digits), encoded in numeric mode to keep the symbol small.
    """

    serial: str
    token: str
    event_name: str
    full_name: str
    agency_name: str
    card_no: str
    zones: tuple[PrintZone, ...]
    valid_from: datetime
    valid_to: datetime
    photo_jpeg: bytes | None


@dataclass(frozen=True, slots=True)
class PrintSettings:
    """Office-wide wording, configurable because each provincial office prints its own authority."""

    authority_lines: tuple[str, ...] = DEFAULT_AUTHORITY_LINES
    title: str = "THẺ TÁC NGHIỆP"
    rules_of_conduct: tuple[str, ...] = DEFAULT_RULES_OF_CONDUCT
    print_back: bool = False
