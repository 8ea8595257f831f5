"""The main window over a seeded registry: what the officer sees, searching, roles, the model."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QBrush

from accred_app.core.models import Role
from accred_app.core.registry import reporters
from accred_app.core.roles import Actor
from accred_app.core.security import officers
from accred_app.gui.main_window import MainWindow
from accred_app.gui.models.reporters import EXPIRED_COLOUR, STATUS_COLOURS, ReporterTableModel

ORDER = ["Nguyễn Thị Ánh", "Nguyễn Thị Bình", "Trần Văn Cường", "Phạm Minh Đức", "Lê Nguyễn Thịnh"]


def _window(qtbot: Any, db: Any, actor: Any) -> MainWindow:
    window = MainWindow(db, actor)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def _column(window: MainWindow, column: int) -> list[str]:
    assert window.table is not None
    model = window.table.model()
    return [model.index(row, column).data() for row in range(model.rowCount())]


def test_shows_the_registry_in_vietnamese_order(
    qtbot: Any, db: Any, admin: Any, seeded: dict[str, int], db_path: Any
) -> None:
    window = _window(qtbot, db, admin)
    assert window.windowTitle() == "Bàn cấp thẻ tác nghiệp — CÔNG AN TỈNH THANH HÓA"
    assert window.officer_label.text() == "Cán bộ: admin (Quản trị viên)"
    assert window.database_label.text() == f"Cơ sở dữ liệu: {db_path.resolve()}"
    assert window.count_label is not None and window.count_label.text() == "5 phóng viên"
    assert window.table is not None
    header = window.table.model()
    assert [
        header.headerData(c, Qt.Orientation.Horizontal) for c in range(header.columnCount())
    ] == ["Họ và tên", "Cơ quan", "Số thẻ nhà báo", "Hạn thẻ", "Trạng thái"]
    assert _column(window, ReporterTableModel.NAME) == ORDER
    assert _column(window, ReporterTableModel.CARD_EXPIRY) == [
        "31/12/2030", "30/06/2029", "15/01/2020", "01/01/2030", "01/03/2031",
    ]  # fmt: skip
    assert _column(window, ReporterTableModel.STATUS) == [
        "Hoạt động", "Hoạt động", "Hoạt động", "Tạm đình chỉ", "Hoạt động",
    ]  # fmt: skip
    menus = [action.text() for action in window.menuBar().actions()]
    assert menus == ["&Tệp", "Trợ &giúp"]
    assert window.quit_action.text() == "T&hoát"
    assert window.about_action.text() == "&Giới thiệu"


def test_expired_press_card_is_red(qtbot: Any, db: Any, admin: Any, seeded: dict[str, int]) -> None:
    window = _window(qtbot, db, admin)
    assert window.table is not None
    model = window.table.model()
    colours = {}
    for row in range(model.rowCount()):
        brush = model.index(row, ReporterTableModel.CARD_EXPIRY).data(
            Qt.ItemDataRole.ForegroundRole
        )
        colours[model.index(row, ReporterTableModel.NAME).data()] = (
            brush.color() if isinstance(brush, QBrush) else None
        )
    assert colours.pop("Trần Văn Cường") == EXPIRED_COLOUR
    assert set(colours.values()) == {None}
    suspended = model.index(3, ReporterTableModel.STATUS)
    assert suspended.data() == "Tạm đình chỉ"
    assert suspended.data(Qt.ItemDataRole.ForegroundRole).color() == STATUS_COLOURS["suspended"]
    assert model.index(0, ReporterTableModel.STATUS).data(Qt.ItemDataRole.ForegroundRole) is None


def test_search_filters_as_you_type(
    qtbot: Any, db: Any, admin: Any, seeded: dict[str, int]
) -> None:
    window = _window(qtbot, db, admin)
    assert window.search is not None and window.count_label is not None
    assert window.search.placeholderText().startswith("Tìm theo họ tên")
    qtbot.keyClicks(window.search, "nguyen thi")
    assert window.search_timer.isActive()  # debounced: one query after the typing pauses
    qtbot.waitUntil(
        lambda: window.count_label is not None and window.count_label.text() == "3 phóng viên"
    )
    assert _column(window, ReporterTableModel.NAME) == [
        "Nguyễn Thị Ánh", "Nguyễn Thị Bình", "Lê Nguyễn Thịnh",
    ]  # fmt: skip

    window.search.clear()
    qtbot.keyClicks(window.search, "ND-5505")
    qtbot.waitUntil(
        lambda: window.count_label is not None and window.count_label.text() == "1 phóng viên"
    )
    assert _column(window, ReporterTableModel.NAME) == ["Phạm Minh Đức"]

    window.search.clear()
    qtbot.keyClicks(window.search, "khong co ai")
    qtbot.keyClick(window.search, Qt.Key.Key_Return)  # Enter searches at once
    assert window.count_label.text() == "0 phóng viên"
    assert not window.search_timer.isActive()


def test_sorting_by_a_column_header_uses_the_sort_role(
    qtbot: Any, db: Any, admin: Any, seeded: dict[str, int]
) -> None:
    window = _window(qtbot, db, admin)
    assert window.table is not None
    window.table.sortByColumn(ReporterTableModel.CARD_EXPIRY, Qt.SortOrder.AscendingOrder)
    assert _column(window, ReporterTableModel.NAME)[0] == "Trần Văn Cường"
    window.table.sortByColumn(ReporterTableModel.NAME, Qt.SortOrder.DescendingOrder)
    assert _column(window, ReporterTableModel.NAME) == list(reversed(ORDER))
    window.table.sortByColumn(ReporterTableModel.AGENCY, Qt.SortOrder.AscendingOrder)
    assert _column(window, ReporterTableModel.AGENCY)[0] == "Báo Nhân Dân"


def test_model_passes_qtmodeltester(
    qtmodeltester: Any, db: Any, admin: Any, seeded: dict[str, int]
) -> None:
    model = ReporterTableModel(today=lambda: date(2026, 1, 1))
    qtmodeltester.check(model)
    model.set_reporters(reporters.list_reporters(db, admin))
    qtmodeltester.check(model)
    assert model.rowCount() == 5
    assert model.rowCount(model.index(0, 0)) == 0
    first = model.index(0, ReporterTableModel.NAME)
    assert first.data() == "Nguyễn Thị Ánh"
    assert first.data(ReporterTableModel.IdRole) == seeded["Nguyễn Thị Ánh"]
    assert first.data(ReporterTableModel.SortRole) == 0
    assert model.data(QModelIndex()) is None


def test_checkpoint_officer_sees_an_explanation_instead_of_the_registry(
    qtbot: Any, db: Any, admin: Any, seeded: dict[str, int]
) -> None:
    officer_id = officers.create_officer(
        db, admin, username="chot1", full_name="Hoàng Văn Chốt", role="checkpoint",
        password="mat-khau-chot-1",
    )  # fmt: skip
    window = _window(qtbot, db, Actor("chot1", Role.CHECKPOINT, officer_id))
    assert window.table is None and window.model is None
    assert window.notice.isVisible()
    assert window.notice.text().startswith("Tài khoản của bạn chỉ dùng cho nhiệm vụ tại chốt")
    assert window.officer_label.text() == "Cán bộ: chot1 (Cán bộ chốt kiểm soát)"


def test_viewer_sees_the_registry(qtbot: Any, db: Any, admin: Any, seeded: dict[str, int]) -> None:
    officer_id = officers.create_officer(
        db, admin, username="xem1", full_name="Đỗ Thị Xem", role="viewer", password="mat-khau-xem-1"
    )
    window = _window(qtbot, db, Actor("xem1", Role.VIEWER, officer_id))
    assert window.count_label is not None and window.count_label.text() == "5 phóng viên"


def test_english_locale_shows_english(
    qtbot: Any, db: Any, admin: Any, seeded: dict[str, int], english: None
) -> None:
    window = _window(qtbot, db, admin)
    assert window.windowTitle() == "Press accreditation desk — CÔNG AN TỈNH THANH HÓA"
    assert window.officer_label.text() == "Officer: admin (Administrator)"
    assert window.count_label is not None and window.count_label.text() == "5 reporters"
    assert window.table is not None
    model = window.table.model()
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Full name"
    assert "Suspended" in _column(window, ReporterTableModel.STATUS)
    assert [a.text() for a in window.menuBar().actions()] == ["&File", "&Help"]


@pytest.mark.parametrize("locale", ["vi", "en"])
def test_exit_closes_the_window(
    qtbot: Any, db: Any, admin: Any, locale: str, desk_app: Any
) -> None:
    from accred_app.gui.i18n import install_translators

    install_translators(desk_app, locale)
    window = _window(qtbot, db, admin)
    window.quit_action.trigger()
    qtbot.waitUntil(lambda: not window.isVisible())
    assert window.about_text().startswith(
        "Bàn cấp thẻ tác nghiệp, phiên bản"
        if locale == "vi"
        else "Press accreditation desk, version"
    )
