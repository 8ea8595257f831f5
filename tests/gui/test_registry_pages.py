"""The agencies, units and events pages driven as an officer would: edit an agency, add a sub-unit
and move it, create an event with three zones and copy it to next year; screen and database."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QModelIndex, Qt

from accred_app.core.models import Role
from accred_app.core.registry import agencies, events, units
from accred_app.core.roles import Actor
from accred_app.core.security import officers
from accred_app.gui import prompts
from accred_app.gui.actions import ActionId
from accred_app.gui.main_window import MainWindow
from accred_app.gui.models.events import ZoneEditModel
from accred_app.gui.pages.agencies.page import AgenciesPage
from accred_app.gui.pages.events.page import EventsPage
from accred_app.gui.pages.units.page import UnitsPage


def _window(qtbot: Any, db: Any, actor: Any, settle: Any, page_id: str) -> tuple[MainWindow, Any]:
    window = MainWindow(db, actor)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    settle()
    window.show_page(page_id)
    settle()
    return window, window.page(page_id)


def _cells(model: Any, column: int) -> list[str]:
    return [model.index(row, column).data() for row in range(model.rowCount())]


# -- agencies ---------------------------------------------------------------------------------------
def test_edit_an_agency(
    qtbot: Any, db: Any, admin: Any, seeded: dict[str, int], settle: Any, type_text: Any
) -> None:
    window, page = _window(qtbot, db, admin, settle, "agencies")
    assert isinstance(page, AgenciesPage)
    assert window.ui.navigation.currentItem().text() == "Cơ quan báo chí"
    model = page.model
    assert _cells(model, 0) == ["Báo Nhân Dân", "Báo và Đài Phát thanh - Truyền hình Thanh Hóa"]
    assert _cells(model, 3) == ["3", "2"]  # reporters of each
    assert page.ui.countLabel.text() == "2 cơ quan"
    page.ui.table.selectRow(0)
    qtbot.mouseClick(page.ui.editButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.editor is not None and page.editor.isVisible())
    editor = page.editor
    ui = editor.ui
    assert ui.name.text() == "Báo Nhân Dân" and ui.kind.currentText() == "Báo in"
    type_text(ui.contact_person, "Trần Thu Hà")
    qtbot.keyClicks(ui.phone, "024 3825 4231")
    qtbot.keyClicks(ui.agreement_signed_on, "30/02/2024")
    qtbot.keyClick(ui.phone, Qt.Key.Key_Return)
    assert editor.isVisible()
    assert editor.errors.message("agreement_signed_on").startswith("Ngày “30/02/2024” không hợp lệ")
    ui.agreement_signed_on.clear()
    qtbot.keyClicks(ui.agreement_signed_on, "29/02/2024")
    with qtbot.waitSignal(editor.accepted):
        qtbot.keyClick(ui.agreement_signed_on, Qt.Key.Key_Return)
    settle()
    (saved,) = [a for a in agencies.list_agencies(db, admin) if a.name == "Báo Nhân Dân"]
    assert (saved.contact_person, saved.phone, saved.agreement_signed_on) == (
        "Trần Thu Hà", "02438254231", date(2024, 2, 29),
    )  # fmt: skip
    assert _cells(model, 4)[0] == "29/02/2024" and _cells(model, 5)[0] == "Trần Thu Hà"
    assert page.selected() is not None and page.selected().id == saved.id


def test_add_an_agency_with_a_name_already_used(
    qtbot: Any, db: Any, admin: Any, seeded: dict[str, int], settle: Any, type_text: Any
) -> None:
    window, page = _window(qtbot, db, admin, settle, "agencies")
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: page.editor is not None and page.editor.isVisible())
    editor = page.editor
    type_text(editor.ui.name, "báo nhân dân")
    qtbot.keyClick(editor.ui.name, Qt.Key.Key_Return)
    assert editor.errors.message("kind") != ""  # the kind is required too, shown at once
    editor.ui.kind.setCurrentIndex(editor.ui.kind.findText("Báo in"))
    qtbot.keyClick(editor.ui.name, Qt.Key.Key_Return)
    settle()
    assert editor.errors.message("name").startswith("Đã có cơ quan báo chí tên “báo nhân dân”")
    assert len(agencies.list_agencies(db, admin)) == 2


def test_agency_model_passes_qtmodeltester(
    qtmodeltester: Any, qtbot: Any, db: Any, admin: Any, seeded: dict[str, int], settle: Any
) -> None:
    _shown, page = _window(qtbot, db, admin, settle, "agencies")
    qtmodeltester.check(page.model)


# -- units ------------------------------------------------------------------------------------------
def _unit_names(page: UnitsPage) -> list[tuple[int, str]]:
    """(depth, name) in the tree's order, as the officer reads it."""
    found: list[tuple[int, str]] = []

    def walk(parent: QModelIndex, depth: int) -> None:
        for row in range(page.model.rowCount(parent)):
            index = page.model.index(row, 0, parent)
            found.append((depth, index.data()))
            walk(index, depth + 1)

    walk(QModelIndex(), 0)
    return found


def _select_unit(page: UnitsPage, unit_id: int) -> None:
    page.tree.setCurrentIndex(page.model.index_of(unit_id))


def test_add_a_sub_unit_rename_it_and_move_it(
    qtbot: Any, db: Any, admin: Any, settle: Any, type_text: Any
) -> None:
    province = units.add_unit(db, admin, name="Công an tỉnh Thanh Hóa", code="CATH")
    office = units.add_unit(db, admin, name="Phòng Tham mưu", code="PTM", parent_id=province)
    security = units.add_unit(db, admin, name="Phòng An ninh chính trị nội bộ", code="PA03",
                              parent_id=province)  # fmt: skip
    _shown, page = _window(qtbot, db, admin, settle, "units")
    assert isinstance(page, UnitsPage)
    _select_unit(page, office)
    qtbot.mouseClick(page.ui.addChildButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.editor is not None and page.editor.isVisible())
    editor = page.editor
    assert editor.ui.parent_id.currentData() == office
    type_text(editor.ui.name, "Đội Thông tin báo chí")
    qtbot.keyClicks(editor.ui.code, "ptm doi 1")  # a space is not allowed in a code
    qtbot.keyClick(editor.ui.code, Qt.Key.Key_Return)
    settle()
    assert editor.errors.message("code").startswith("Mã đơn vị “PTM DOI 1” không hợp lệ")
    editor.ui.code.clear()
    qtbot.keyClicks(editor.ui.code, "ptm-doi1")
    with qtbot.waitSignal(editor.accepted):
        qtbot.keyClick(editor.ui.code, Qt.Key.Key_Return)
    settle()
    (team,) = [u for u in units.list_units(db, admin) if u.code == "PTM-DOI1"]
    assert team.parent_id == office
    assert _unit_names(page) == [
        (0, "Công an tỉnh Thanh Hóa"), (1, "Phòng An ninh chính trị nội bộ"),
        (1, "Phòng Tham mưu"), (2, "Đội Thông tin báo chí"),
    ]  # fmt: skip
    assert page.selected_id() == team.id

    qtbot.mouseClick(page.ui.moveButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.editor is not editor and page.editor.isVisible())
    mover = page.editor
    assert not mover.ui.name.isEnabled() and mover.ui.parent_id.isEnabled()
    choices = [mover.ui.parent_id.itemData(i) for i in range(mover.ui.parent_id.count())]
    assert team.id not in choices  # not under itself
    mover.ui.parent_id.setCurrentIndex(mover.ui.parent_id.findData(security))
    mover.ui.parent_id.activated.emit(mover.ui.parent_id.currentIndex())
    with qtbot.waitSignal(mover.accepted):
        qtbot.mouseClick(mover.save_button, Qt.MouseButton.LeftButton)
    settle()
    assert units.get_unit(db, admin, team.id).parent_id == security
    assert _unit_names(page)[1:3] == [
        (1, "Phòng An ninh chính trị nội bộ"), (2, "Đội Thông tin báo chí"),
    ]  # fmt: skip

    _select_unit(page, province)
    qtbot.mouseClick(page.ui.moveButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.editor is not mover and page.editor.isVisible())
    cycle = page.editor
    assert [cycle.ui.parent_id.itemData(i) for i in range(cycle.ui.parent_id.count())] == [0]
    with prompts.answering("discard"):
        cycle.reject()


def test_units_empty_state_and_tree_model(qtmodeltester: Any, qtbot: Any, db: Any, admin: Any,
                                           settle: Any) -> None:  # fmt: skip
    _shown, page = _window(qtbot, db, admin, settle, "units")
    assert page.ui.listStack.currentWidget() is page.ui.emptyState
    assert "Thêm đơn vị" in page.ui.emptyState.text()
    units.add_unit(db, admin, name="Công an tỉnh", code="CAT")
    page.refresh()
    settle()
    qtmodeltester.check(page.model)


# -- events -----------------------------------------------------------------------------------------
def _add_zone(qtbot: Any, editor: Any, code: str, name: str, type_text: Any) -> None:
    """Add a zone with the keyboard: the code cell opens for typing, Tab goes on to the name."""
    qtbot.mouseClick(editor.ui.addZoneButton, Qt.MouseButton.LeftButton)
    view = editor.ui.zones
    code_editor = view.focusWidget()
    assert code_editor is not view
    qtbot.keyClicks(code_editor, code)
    qtbot.keyClick(code_editor, Qt.Key.Key_Tab)
    name_editor = view.focusWidget()
    assert name_editor is not code_editor
    type_text(name_editor, name)
    qtbot.keyClick(name_editor, Qt.Key.Key_Return)


def test_create_an_event_with_three_zones_and_copy_it_to_next_year(
    qtbot: Any, db: Any, admin: Any, settle: Any, type_text: Any
) -> None:
    province = units.add_unit(db, admin, name="Công an tỉnh Thanh Hóa", code="CATH")
    window, page = _window(qtbot, db, admin, settle, "events")
    assert isinstance(page, EventsPage)
    assert page.ui.listStack.currentWidget() is page.ui.emptyState
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: page.editor is not None and page.editor.isVisible())
    editor = page.editor
    ui = editor.ui
    type_text(ui.name, "Lễ hội Lam Kinh 2026")
    qtbot.keyClicks(ui.start, "27/02/2026")
    type_text(ui.location, "Khu di tích Lam Kinh, Thọ Xuân")
    ui.organising_unit_id.setCurrentIndex(ui.organising_unit_id.findData(province))
    for code, name in (("a", "Khu lễ chính"), ("B", "Khu báo chí"), ("C", "Bãi đỗ xe")):
        _add_zone(qtbot, editor, code, name, type_text)
    ui.zones.setCurrentIndex(editor.zone_model.index(0, ZoneEditModel.COLOUR))
    with prompts.answering("#AD1457") as asked:
        qtbot.mouseClick(ui.colourButton, Qt.MouseButton.LeftButton)
    assert asked[0].kind == "colour" and asked[0].title == "Màu của khu vực A"
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)  # an event needs an end
    assert editor.errors.message("end").startswith("Sự kiện phải có ngày kết thúc")
    qtbot.keyClicks(ui.end, "01/03/2026")
    with qtbot.waitSignal(editor.accepted):
        qtbot.keyClick(ui.end, Qt.Key.Key_Return)
    settle()
    (saved,) = events.list_events(db, admin)
    assert (saved.name, saved.starts_on, saved.ends_on, saved.organising_unit_id) == (
        "Lễ hội Lam Kinh 2026", date(2026, 2, 27), date(2026, 3, 1), province,
    )  # fmt: skip
    assert [(z.slot, z.code, z.name) for z in saved.zones] == [
        (0, "A", "Khu lễ chính"), (1, "B", "Khu báo chí"), (2, "C", "Bãi đỗ xe"),
    ]  # fmt: skip
    assert saved.zones[0].colour == "#AD1457"
    assert page.selected() is not None and page.selected().id == saved.id
    assert _cells(page.zones_model, 1) == ["Khu lễ chính", "Khu báo chí", "Bãi đỗ xe"]
    assert page.ui.datesValue.text() == "27/02/2026 – 01/03/2026"

    qtbot.mouseClick(page.ui.copyButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.editor is not editor and page.editor.isVisible())
    settle()
    copy_editor = page.editor
    assert copy_editor.ui.name.text() == "Lễ hội Lam Kinh 2027"
    assert copy_editor.ui.start.text() == "27/02/2027"
    assert window.statusBar().currentMessage() == "Đã sao chép thành “Lễ hội Lam Kinh 2027”."
    copy_editor.reject()
    copies = [e for e in events.list_events(db, admin) if e.name.endswith("2027")]
    assert len(copies) == 1
    assert [(z.slot, z.code, z.name, z.colour) for z in copies[0].zones] == [
        (z.slot, z.code, z.name, z.colour) for z in saved.zones
    ]
    assert _cells(page.model, 0) == ["Lễ hội Lam Kinh 2027", "Lễ hội Lam Kinh 2026"]


def test_event_models_pass_qtmodeltester(
    qtmodeltester: Any, qtbot: Any, db: Any, admin: Any, settle: Any
) -> None:
    events.add_event(
        db, admin, name="Trụ sở Công an tỉnh", kind="site", start="2026-01-01",
        zones=[events.ZoneSpec("A", "Cổng chính"), events.ZoneSpec("B", "Phòng họp báo")],
    )  # fmt: skip
    _shown, page = _window(qtbot, db, admin, settle, "events")
    qtmodeltester.check(page.model)
    page.ui.table.selectRow(0)
    qtmodeltester.check(page.zones_model)
    assert page.ui.datesValue.text() == "từ 01/01/2026"
    zones = ZoneEditModel(events.list_events(db, admin)[0].zones)
    qtmodeltester.check(zones)
    zones.add_zone()
    assert zones.index(2, ZoneEditModel.SLOT).data() == "mới"
    assert not zones.flags(zones.index(0, ZoneEditModel.SLOT)) & Qt.ItemFlag.ItemIsEditable


def test_viewer_sees_every_page_without_edit_buttons(
    qtbot: Any, db: Any, admin: Any, seeded: dict[str, int], settle: Any
) -> None:
    officer_id = officers.create_officer(
        db, admin, username="xem1", full_name="Đỗ Thị Xem", role="viewer", password="mat-khau-xem-1"
    )
    window, _page = _window(qtbot, db, Actor("xem1", Role.VIEWER, officer_id), settle, "agencies")
    assert [window.ui.navigation.item(i).text() for i in range(5)] == [
        "Phóng viên", "Thẻ tác nghiệp", "Cơ quan báo chí", "Đơn vị", "Sự kiện & địa điểm",
    ]  # fmt: skip
    for page_id, names in (
        ("agencies", ("newButton", "editButton")),
        ("units", ("newButton", "addChildButton", "renameButton", "moveButton")),
        ("events", ("newButton", "editButton", "copyButton")),
    ):
        window.show_page(page_id)
        settle()
        page = window.page(page_id)
        for name in names:
            assert not getattr(page.ui, name).isVisible(), (page_id, name)
        assert not window.actions_[ActionId.NEW].isEnabled()


def test_an_agency_added_here_is_offered_on_the_reporters_page(
    qtbot: Any, db: Any, admin: Any, seeded: dict[str, int], settle: Any, type_text: Any
) -> None:
    window, page = _window(qtbot, db, admin, settle, "agencies")
    qtbot.mouseClick(page.ui.newButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.editor is not None and page.editor.isVisible())
    editor = page.editor
    type_text(editor.ui.name, "Báo Công an nhân dân")
    editor.ui.kind.setCurrentIndex(editor.ui.kind.findData("print"))
    with qtbot.waitSignal(editor.accepted):
        qtbot.keyClick(editor.ui.name, Qt.Key.Key_Return)
    settle()
    window.show_page("reporters")
    settle()
    combo = window.page("reporters").ui.agencyFilter
    assert "Báo Công an nhân dân" in [combo.itemText(i) for i in range(combo.count())]
