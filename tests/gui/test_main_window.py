"""The frame of the desk window over a seeded registry: navigation, actions and their shortcuts,
roles, settings kept between sessions, live language switch; and the reporter list (search,
filters, paging) as the first page."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QBrush, QKeySequence

from accred_app.core.models import Role
from accred_app.core.registry import agencies, reporters
from accred_app.core.roles import Actor
from accred_app.core.security import officers
from accred_app.gui.actions import ActionId
from accred_app.gui.main_window import MainWindow
from accred_app.gui.models import reporter_listing
from accred_app.gui.models.reporter_listing import ReporterListing, ReporterQuery
from accred_app.gui.models.reporters import EXPIRED_COLOUR, STATUS_COLOURS, ReporterTableModel
from accred_app.gui.pages.reporters.page import ReportersPage

ORDER = ["Nguyễn Thị Ánh", "Nguyễn Thị Bình", "Trần Văn Cường", "Phạm Minh Đức", "Lê Nguyễn Thịnh"]


def _window(qtbot: Any, db: Any, actor: Any, settle: Any) -> MainWindow:
    window = MainWindow(db, actor)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    settle()
    return window


def _reporters(window: MainWindow) -> ReportersPage:
    page = window.page("reporters")
    assert isinstance(page, ReportersPage)
    return page


def _column(page: ReportersPage, column: int) -> list[str]:
    model = page.table.model()
    return [model.index(row, column).data() for row in range(model.rowCount())]


def _search(qtbot: Any, page: ReportersPage, text: str, settle: Any) -> None:
    page.search.clear()
    qtbot.keyClicks(page.search, text)
    assert page.search_timer.isActive()  # debounced: one query after the typing pauses
    qtbot.waitUntil(lambda: not page.search_timer.isActive())
    settle()


def test_frame_shows_the_registry_in_vietnamese_order(
    qtbot: Any, db: Any, admin: Any, seeded: dict[str, int], db_path: Any, settle: Any
) -> None:
    window = _window(qtbot, db, admin, settle)
    assert window.windowTitle() == "Bàn cấp thẻ tác nghiệp — CÔNG AN TỈNH THANH HÓA"
    assert window.officer_label.text() == "Cán bộ: admin (Quản trị viên)"
    assert window.database_label.text() == f"Cơ sở dữ liệu: {db_path.resolve()}"
    navigation = window.ui.navigation
    assert navigation.item(0).text() == "Phóng viên"
    assert not navigation.item(0).icon().isNull()
    page = _reporters(window)
    assert window.current_page is page
    assert page.count_label.text() == "5 phóng viên"
    model = page.table.model()
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())] == [
        "Họ và tên",
        "Cơ quan",
        "Số thẻ nhà báo",
        "Hạn thẻ",
        "Trạng thái",
        "Thẻ hiệu lực",
    ]
    assert _column(page, ReporterTableModel.NAME) == ORDER
    assert _column(page, ReporterTableModel.CARD_EXPIRY) == [
        "31/12/2030", "30/06/2029", "15/01/2020", "01/01/2030", "01/03/2031",
    ]  # fmt: skip
    assert _column(page, ReporterTableModel.STATUS) == [
        "Hoạt động", "Hoạt động", "Hoạt động", "Tạm đình chỉ", "Hoạt động",
    ]  # fmt: skip
    assert _column(page, ReporterTableModel.LIVE_PASSES) == ["0"] * 5
    menus = [action.text() for action in window.menuBar().actions()]
    assert menus == ["&Tệp", "&Danh mục", "&Ngôn ngữ", "Trợ &giúp"]
    assert window.actions_[ActionId.QUIT].text() == "T&hoát"
    assert window.actions_[ActionId.ABOUT].text() == "&Giới thiệu"


def test_central_actions_use_the_standard_shortcuts(
    qtbot: Any, db: Any, admin: Any, seeded: dict[str, int], settle: Any
) -> None:
    window = _window(qtbot, db, admin, settle)
    actions = window.actions_
    assert actions[ActionId.NEW].shortcut() == QKeySequence(QKeySequence.StandardKey.New)
    assert actions[ActionId.FIND].shortcut() == QKeySequence(QKeySequence.StandardKey.Find)
    assert actions[ActionId.REFRESH].shortcuts() == QKeySequence.keyBindings(
        QKeySequence.StandardKey.Refresh
    )
    assert QKeySequence("F5") in actions[ActionId.REFRESH].shortcuts()
    assert actions[ActionId.NEW].toolTip().endswith("(Ctrl+N)")
    page = _reporters(window)
    assert not actions[ActionId.EDIT].isEnabled()  # nothing selected yet
    page.table.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert page.search.hasFocus()
    page.table.selectRow(0)
    assert actions[ActionId.EDIT].isEnabled()


def test_search_filters_as_you_type_without_accents(
    qtbot: Any, db: Any, admin: Any, seeded: dict[str, int], settle: Any
) -> None:
    window = _window(qtbot, db, admin, settle)
    page = _reporters(window)
    assert page.search.placeholderText().startswith("Họ tên, số thẻ nhà báo")
    _search(qtbot, page, "nguyen thi", settle)
    assert page.count_label.text() == "3 phóng viên"
    assert _column(page, ReporterTableModel.NAME) == [
        "Nguyễn Thị Ánh", "Nguyễn Thị Bình", "Lê Nguyễn Thịnh",
    ]  # fmt: skip
    _search(qtbot, page, "ND-5505", settle)
    assert _column(page, ReporterTableModel.NAME) == ["Phạm Minh Đức"]

    page.search.clear()
    qtbot.keyClicks(page.search, "khong co ai")
    qtbot.keyClick(page.search, Qt.Key.Key_Return)  # Enter searches at once
    assert not page.search_timer.isActive()
    settle()
    assert page.count_label.text() == "0 phóng viên"
    assert page.ui.listStack.currentWidget() is page.ui.emptyState
    assert page.ui.emptyState.text().startswith("Không có phóng viên nào khớp")


def test_filters_by_agency_status_and_press_card(
    qtbot: Any, db: Any, admin: Any, seeded: dict[str, int], settle: Any
) -> None:
    window = _window(qtbot, db, admin, settle)
    page = _reporters(window)
    soon = date.today() + timedelta(days=10)
    reporters.update_reporter(db, admin, seeded["Nguyễn Thị Bình"], card_expiry=soon)
    agency_combo, status_combo, card_combo = (
        page.ui.agencyFilter, page.ui.statusFilter, page.ui.cardFilter,
    )  # fmt: skip
    assert [agency_combo.itemText(i) for i in range(agency_combo.count())] == [
        "Tất cả cơ quan", "Báo Nhân Dân", "Báo và Đài Phát thanh - Truyền hình Thanh Hóa",
    ]  # fmt: skip

    def choose(combo: Any, text: str) -> None:
        index = combo.findText(text)
        assert index >= 0, text
        combo.setCurrentIndex(index)
        combo.activated.emit(index)
        settle()

    choose(agency_combo, "Báo Nhân Dân")
    assert _column(page, ReporterTableModel.NAME) == [
        "Nguyễn Thị Bình", "Phạm Minh Đức", "Lê Nguyễn Thịnh",
    ]  # fmt: skip
    choose(status_combo, "Tạm đình chỉ")
    assert _column(page, ReporterTableModel.NAME) == ["Phạm Minh Đức"]
    choose(agency_combo, "Tất cả cơ quan")
    choose(status_combo, "Tất cả trạng thái")
    choose(card_combo, "Đã hết hạn")
    assert _column(page, ReporterTableModel.NAME) == ["Trần Văn Cường"]
    choose(card_combo, "Hết hạn trong 30 ngày tới")
    assert _column(page, ReporterTableModel.NAME) == ["Nguyễn Thị Bình"]
    assert page.count_label.text() == "1 phóng viên"


def test_expired_press_card_is_red(
    qtbot: Any, db: Any, admin: Any, seeded: dict[str, int], settle: Any
) -> None:
    page = _reporters(_window(qtbot, db, admin, settle))
    model = page.table.model()
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


def test_the_list_is_fetched_a_screen_at_a_time(
    qtbot: Any, db: Any, admin: Any, seeded: dict[str, int], settle: Any
) -> None:
    """The table never holds the whole registry: it starts with one page and asks for the next
    as the officer scrolls."""
    window = _window(qtbot, db, admin, settle)
    page = _reporters(window)
    assert page.listing.page_size == reporter_listing.PAGE_SIZE
    page.listing.page_size = 2
    row_height = page.table.verticalHeader().defaultSectionSize()
    page.table.setFixedHeight(page.table.horizontalHeader().height() + row_height // 2)
    requests: list[object] = []
    page.model.fetch_requested.connect(requests.append)
    page.refresh()
    settle()
    model = page.model
    assert model.rowCount() == 2 and model.total == 5
    assert page.count_label.text() == "5 phóng viên"
    assert model.canFetchMore(QModelIndex())
    while model.canFetchMore(QModelIndex()):  # the officer scrolls down
        page.table.scrollToBottom()
        settle()
    assert len(requests) == 2
    assert _column(page, ReporterTableModel.NAME) == ORDER


def test_the_listing_adapter_pages_and_counts(db: Any, admin: Any, seeded: dict[str, int]) -> None:
    listing = ReporterListing(db, admin, today=lambda: date(2026, 1, 1))
    first = listing.first_page(ReporterQuery(), limit=2)
    assert [row.full_name for row in first.rows] == ORDER[:2]
    assert first.total == 5 and first.next is not None
    second = listing.next_page(ReporterQuery(), first.next, limit=2)
    third = listing.next_page(ReporterQuery(), second.next, limit=2)
    assert [row.full_name for row in second.rows + third.rows] == ORDER[2:]
    assert third.next is None
    expired = listing.first_page(ReporterQuery(card="expired"))
    assert [row.full_name for row in expired.rows] == ["Trần Văn Cường"]
    assert listing.first_page(ReporterQuery(text="thinh", status="active")).total == 1


def test_the_listing_reads_pages_from_the_core_not_the_whole_registry(
    db: Any, admin: Any, seeded: dict[str, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each page is one ``reporter_page`` call after the previous page's cursor; the whole list
    (``list_reporters``) is never read."""
    calls: list[dict[str, Any]] = []
    real_page = reporters.reporter_page

    def page_spy(*args: Any, **kwargs: Any) -> Any:
        calls.append(kwargs)
        return real_page(*args, **kwargs)

    def whole_list(*_args: Any, **_kwargs: Any) -> Any:
        raise AssertionError("the listing read the whole registry")

    monkeypatch.setattr(reporters, "reporter_page", page_spy)
    monkeypatch.setattr(reporters, "list_reporters", whole_list)
    listing = ReporterListing(db, admin, today=lambda: date(2026, 1, 1))
    first = listing.first_page(ReporterQuery(text="nguyen"), limit=2)
    assert [row.full_name for row in first.rows] == ["Nguyễn Thị Ánh", "Nguyễn Thị Bình"]
    assert first.rows[0].live_passes == 0
    second = listing.next_page(ReporterQuery(text="nguyen"), first.next, limit=2)
    assert [row.full_name for row in second.rows] == ["Lê Nguyễn Thịnh"]
    assert second.next is None
    assert [(c["query"], c["limit"], c["after"] is None) for c in calls] == [
        ("nguyen", 2, True),
        ("nguyen", 2, False),
    ]
    assert calls[1]["after"] == first.next


def test_a_broad_search_is_counted_up_to_a_cap(
    qtbot: Any, db: Any, admin: Any, seeded: dict[str, int], settle: Any
) -> None:
    """Counting every match of a broad search would cost as much as reading them all: the count
    stops at a cap and the page says "more than"."""
    listing = ReporterListing(db, admin, count_cap=3, page_size=2)
    first = listing.first_page(ReporterQuery())
    assert first.total == 3 and first.total_capped
    exact = listing.first_page(ReporterQuery(text="nguyen"))
    assert exact.total == 3 and not exact.total_capped
    whole = listing.first_page(ReporterQuery(), limit=10)  # all on one screen: counted as read
    assert whole.total == 5 and not whole.total_capped
    window = _window(qtbot, db, admin, settle)
    page = _reporters(window)
    page.listing.count_cap = 3
    page.listing.page_size = 2
    row_height = page.table.verticalHeader().defaultSectionSize()
    page.table.setFixedHeight(page.table.horizontalHeader().height() + row_height // 2)
    page.refresh()
    settle()
    assert page.count_label.text() == "Hơn 3 phóng viên"
    assert page.model.rowCount() == 2
    while page.model.canFetchMore(QModelIndex()):  # scrolled to the end: now the count is known
        page.table.scrollToBottom()
        settle()
    assert page.count_label.text() == "5 phóng viên"
    _search(qtbot, page, "nguyen", settle)
    assert page.count_label.text() == "3 phóng viên"


def test_model_passes_qtmodeltester(
    qtmodeltester: Any, db: Any, admin: Any, seeded: dict[str, int]
) -> None:
    model = ReporterTableModel(today=lambda: date(2026, 1, 1))
    qtmodeltester.check(model)
    listing = ReporterListing(db, admin)
    first = listing.first_page(ReporterQuery(), limit=3)
    model.set_first_page(first)
    qtmodeltester.check(model)
    model.append_page(listing.next_page(ReporterQuery(), first.next, limit=3))
    qtmodeltester.check(model)
    assert model.rowCount() == 5
    assert model.rowCount(model.index(0, 0)) == 0
    first_index = model.index(0, ReporterTableModel.NAME)
    assert first_index.data() == "Nguyễn Thị Ánh"
    assert first_index.data(ReporterTableModel.IdRole) == seeded["Nguyễn Thị Ánh"]
    assert model.data(QModelIndex()) is None


def test_checkpoint_officer_sees_an_explanation_instead_of_the_registry(
    qtbot: Any, db: Any, admin: Any, seeded: dict[str, int], settle: Any
) -> None:
    officer_id = officers.create_officer(
        db, admin, username="chot1", full_name="Hoàng Văn Chốt", role="checkpoint",
        password="mat-khau-chot-1",
    )  # fmt: skip
    window = _window(qtbot, db, Actor("chot1", Role.CHECKPOINT, officer_id), settle)
    assert window.pages == {}
    assert not window.ui.navigation.isVisible()
    assert window.notice.isVisible()
    assert window.notice.text().startswith("Tài khoản của bạn chỉ dùng cho nhiệm vụ tại chốt")
    assert window.officer_label.text() == "Cán bộ: chot1 (Cán bộ chốt kiểm soát)"
    assert not window.actions_[ActionId.NEW].isEnabled()


def test_viewer_sees_the_registry_but_no_edit_buttons(
    qtbot: Any, db: Any, admin: Any, seeded: dict[str, int], settle: Any
) -> None:
    officer_id = officers.create_officer(
        db, admin, username="xem1", full_name="Đỗ Thị Xem", role="viewer", password="mat-khau-xem-1"
    )
    window = _window(qtbot, db, Actor("xem1", Role.VIEWER, officer_id), settle)
    page = _reporters(window)
    assert page.count_label.text() == "5 phóng viên"
    assert not page.ui.newButton.isVisible()
    assert not window.actions_[ActionId.NEW].isEnabled()
    page.table.selectRow(0)
    settle()
    assert page.ui.detailStack.currentWidget() is page.ui.detailTabs
    for button in (page.ui.editButton, page.ui.photoButton, page.ui.statusButton):
        assert not button.isVisible()
    assert not window.actions_[ActionId.EDIT].isEnabled()


def test_layout_page_and_filters_are_kept_between_sessions(
    qtbot: Any, db: Any, admin: Any, seeded: dict[str, int], settle: Any, tmp_path: Path
) -> None:
    window = _window(qtbot, db, admin, settle)
    page = _reporters(window)
    window.resize(window.minimumSizeHint().width(), 580)  # the offscreen screen is 800×600
    page.table.setColumnWidth(ReporterTableModel.NAME, 333)
    page.ui.statusFilter.setCurrentIndex(page.ui.statusFilter.findData("suspended"))
    _search(qtbot, page, "duc", settle)
    window.close()
    settings_file = tmp_path / "data" / "desk.ini"
    assert settings_file.is_file()  # in the test's data folder, never the officer's

    again = _window(qtbot, db, admin, settle)
    page = _reporters(again)
    assert again.size().height() == 580
    assert page.table.columnWidth(ReporterTableModel.NAME) == 333
    assert page.search.text() == "duc"
    assert page.ui.statusFilter.currentData() == "suspended"
    assert _column(page, ReporterTableModel.NAME) == ["Phạm Minh Đức"]


def test_english_locale_shows_english(
    qtbot: Any, db: Any, admin: Any, seeded: dict[str, int], english: None, settle: Any
) -> None:
    window = _window(qtbot, db, admin, settle)
    page = _reporters(window)
    assert window.windowTitle() == "Press accreditation desk — CÔNG AN TỈNH THANH HÓA"
    assert window.officer_label.text() == "Officer: admin (Administrator)"
    assert page.count_label.text() == "5 reporters"
    assert page.table.model().headerData(0, Qt.Orientation.Horizontal) == "Full name"
    assert "Suspended" in _column(page, ReporterTableModel.STATUS)
    assert [a.text() for a in window.menuBar().actions()] == [
        "&File", "&Records", "&Language", "&Help",
    ]  # fmt: skip


def test_language_switches_live_from_the_menu(
    qtbot: Any, db: Any, admin: Any, seeded: dict[str, int], settle: Any, tmp_path: Path
) -> None:
    window = _window(qtbot, db, admin, settle)
    page = _reporters(window)
    page.table.selectRow(0)
    settle()
    window.actions_[ActionId.LANGUAGE_EN].trigger()
    qtbot.waitUntil(lambda: page.count_label.text() == "5 reporters")
    assert window.windowTitle() == "Press accreditation desk — CÔNG AN TỈNH THANH HÓA"
    assert window.ui.navigation.item(0).text() == "Reporters"
    assert page.table.model().headerData(0, Qt.Orientation.Horizontal) == "Full name"
    assert page.ui.searchLabel.text() == "&Search:"
    assert page.ui.statusFilter.itemText(0) == "All statuses"
    assert page.ui.editButton.text() == "&Edit…"
    assert window.actions_[ActionId.LANGUAGE_EN].isChecked()
    assert "language=en" in (tmp_path / "data" / "desk.ini").read_text()

    window.actions_[ActionId.LANGUAGE_VI].trigger()
    qtbot.waitUntil(lambda: page.count_label.text() == "5 phóng viên")
    assert window.ui.navigation.item(0).text() == "Phóng viên"
    assert page.ui.statusFilter.itemText(0) == "Tất cả trạng thái"


@pytest.mark.parametrize("locale", ["vi", "en"])
def test_exit_closes_the_window_and_about_says_what_it_is(
    qtbot: Any, db: Any, admin: Any, locale: str, desk_app: Any, settle: Any
) -> None:
    from accred_app.gui.i18n import install_translators

    install_translators(desk_app, locale)
    window = _window(qtbot, db, admin, settle)
    window.actions_[ActionId.ABOUT].trigger()
    assert window.about_dialog is not None
    qtbot.waitExposed(window.about_dialog)
    assert window.about_dialog.ui.appName.text() == (
        "Bàn cấp thẻ tác nghiệp" if locale == "vi" else "Press accreditation desk"
    )
    window.about_dialog.close()
    window.actions_[ActionId.QUIT].trigger()
    qtbot.waitUntil(lambda: not window.isVisible())


def test_an_empty_registry_says_what_to_do(qtbot: Any, db: Any, admin: Any, settle: Any) -> None:
    agencies.add_agency(db, admin, name="Báo Thanh Hóa", kind="print")
    page = _reporters(_window(qtbot, db, admin, settle))
    assert page.ui.listStack.currentWidget() is page.ui.emptyState
    assert "Thêm phóng viên" in page.ui.emptyState.text() and "Ctrl+N" in page.ui.emptyState.text()
