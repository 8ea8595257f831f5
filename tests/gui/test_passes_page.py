"""The passes page driven as an officer would: issue a batch to an agency and see who is skipped and
why, override an expiring press card with a reason, issue one pass from a reporter's record,
revoke three at once, filter and search, prepare a checkpoint laptop, rotate the signing key;
a viewer sees no button that changes anything. Checked on screen and in the database."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QItemSelectionModel

from accred_app.core.models import Role
from accred_app.core.passes import issuing, keys
from accred_app.core.registry import events
from accred_app.core.roles import Actor
from accred_app.core.security import officers
from accred_app.gui import prompts
from accred_app.gui.main_window import MainWindow
from accred_app.gui.models.pass_listing import PassListModel
from accred_app.gui.pages.passes.issue import IssuePassesDialog
from accred_app.gui.pages.passes.page import PassesPage
from accred_app.gui.pages.passes.revoke import RevokePassesDialog

TV = "Báo và Đài Phát thanh - Truyền hình Thanh Hóa"
PAPER = "Báo Nhân Dân"
TODAY = date.today()


@pytest.fixture
def congress(db: Any, admin: Any) -> int:
    """An event starting tomorrow for three days, with three zones."""
    return events.add_event(
        db,
        admin,
        name="Đại hội đại biểu Đảng bộ tỉnh",
        kind="event",
        start=TODAY + timedelta(days=1),
        end=TODAY + timedelta(days=3),
        zones=[
            events.ZoneSpec("A", "Hội trường", "#C8102E"),
            events.ZoneSpec("B", "Phòng báo chí", "#1565C0"),
            events.ZoneSpec("C", "Sân lễ", "#FFD100"),
        ],
    )


def _window(qtbot: Any, db: Any, actor: Any, settle: Any, page_id: str = "passes") -> Any:
    window = MainWindow(db, actor)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.show_page(page_id)
    settle()
    return window, window.page(page_id)


def _cells(page: PassesPage, column: int) -> list[str]:
    model = page.model
    return [model.index(row, column).data() for row in range(model.rowCount())]


def _open_batch(qtbot: Any, page: PassesPage, settle: Any) -> IssuePassesDialog:
    qtbot.mouseClick(page.ui.issueButton, _left())
    settle()
    dialog = page.dialog
    assert isinstance(dialog, IssuePassesDialog) and dialog.isVisible()
    return dialog


def _left() -> Any:
    from PySide6.QtCore import Qt

    return Qt.MouseButton.LeftButton


def _list(widget: Any) -> list[str]:
    return [widget.item(i).text() for i in range(widget.count())]


def test_batch_issue_for_an_agency_shows_the_skipped_with_their_reasons(
    qtbot: Any, db: Any, admin: Any, seeded: dict[str, int], congress: int, settle: Any
) -> None:
    _frame, page = _window(qtbot, db, admin, settle)
    assert isinstance(page, PassesPage)
    assert page.ui.listStack.currentWidget() is page.ui.emptyState
    dialog = _open_batch(qtbot, page, settle)
    ui = dialog.ui
    assert ui.event_id.currentText().startswith("Đại hội đại biểu Đảng bộ tỉnh")
    assert ui.first_day.text() == (TODAY + timedelta(days=1)).strftime("%d/%m/%Y")
    assert ui.last_day.text() == (TODAY + timedelta(days=3)).strftime("%d/%m/%Y")
    assert list(dialog.zone_boxes) == ["A", "B", "C"]
    assert "#C8102E" in dialog.zone_boxes["A"].styleSheet()  # in the zone's colour
    ui.byAgency.setChecked(True)
    ui.agency_id.setCurrentIndex(ui.agency_id.findText(PAPER))
    dialog.zone_boxes["C"].setChecked(False)
    qtbot.mouseClick(ui.previewButton, _left())
    settle()
    assert ui.steps.currentWidget() is ui.previewPage
    assert _list(ui.eligibleList) == [
        "Nguyễn Thị Bình — Báo Nhân Dân",
        "Lê Nguyễn Thịnh — Báo Nhân Dân",
    ]
    (skipped,) = _list(ui.skippedList)
    assert "Phạm Minh Đức" in skipped and "tạm đình chỉ" in skipped
    assert "Vi phạm quy định tác nghiệp" in skipped  # the status's reason, as the core says it
    assert ui.eligibleLabel.text().endswith("2") and ui.skippedLabel.text().endswith("1")
    assert "A B" in ui.previewSummary.text()
    assert ui.issueButton.isEnabled()

    with prompts.answering("no") as asked:  # print now? later
        qtbot.mouseClick(ui.issueButton, _left())
        settle()
    assert [q.kind for q in asked] == ["confirm"] and "in" in asked[0].text.lower()
    issued = issuing.list_passes(db, admin, event_id=congress)
    assert sorted(p.reporter_name for p in issued) == ["Lê Nguyễn Thịnh", "Nguyễn Thị Bình"]
    assert all(p.zones == ("A", "B") for p in issued)
    assert not dialog.isVisible()
    assert sorted(_cells(page, PassListModel.REPORTER)) == ["Lê Nguyễn Thịnh", "Nguyễn Thị Bình"]
    assert sorted(page.selected_serials()) == sorted(p.serial for p in issued)  # shown, selected
    assert page.ui.countLabel.text() == "2 thẻ"


def test_card_expiry_override_needs_a_typed_reason(
    qtbot: Any, db: Any, admin: Any, seeded: dict[str, int], congress: int, settle: Any
) -> None:
    _frame, page = _window(qtbot, db, admin, settle)
    dialog = _open_batch(qtbot, page, settle)
    ui = dialog.ui
    ui.agency_id.setCurrentIndex(ui.agency_id.findText(TV))
    qtbot.mouseClick(ui.previewButton, _left())
    settle()
    assert _list(ui.eligibleList) == [f"Nguyễn Thị Ánh — {TV}"]
    (skipped,) = _list(ui.skippedList)
    assert "Trần Văn Cường" in skipped and "15/01/2020" in skipped  # card expired
    qtbot.mouseClick(ui.backButton, _left())
    assert not ui.override_card.isEnabled()
    ui.overrideCard.setChecked(True)
    assert ui.override_card.isEnabled()
    qtbot.mouseClick(ui.previewButton, _left())
    settle()
    assert ui.steps.currentWidget() is ui.formPage  # refused: no reason
    assert dialog.errors is not None and dialog.errors.message("override_card")
    qtbot.keyClicks(ui.override_card, "The moi dang cho cap")
    qtbot.mouseClick(ui.previewButton, _left())
    settle()
    eligible = _list(ui.eligibleList)
    assert len(eligible) == 2 and "⚠" in eligible[1] and "Trần Văn Cường" in eligible[1]
    with prompts.answering("no"):
        qtbot.mouseClick(ui.issueButton, _left())
        settle()
    reasons = {p.reporter_name: p.card_override_reason for p in issuing.list_passes(db, admin)}
    assert reasons == {"Nguyễn Thị Ánh": None, "Trần Văn Cường": "The moi dang cho cap"}


def test_a_date_typed_wrong_is_named_beside_its_field(
    qtbot: Any, db: Any, admin: Any, seeded: dict[str, int], congress: int, settle: Any
) -> None:
    _frame, page = _window(qtbot, db, admin, settle)
    dialog = _open_batch(qtbot, page, settle)
    dialog.ui.last_day.setText("31/02/2026")
    qtbot.mouseClick(dialog.ui.previewButton, _left())
    settle()
    assert dialog.errors is not None and "31/02/2026" in dialog.errors.message("last_day")
    with prompts.answering("discard"):
        dialog.reject()


def test_issue_one_pass_from_the_reporters_record(
    qtbot: Any, db: Any, admin: Any, seeded: dict[str, int], congress: int, settle: Any
) -> None:
    window, reporters_page = _window(qtbot, db, admin, settle, "reporters")
    model = reporters_page.table.model()
    names = [model.index(r, 0).data() for r in range(model.rowCount())]
    reporters_page.table.selectRow(names.index("Nguyễn Thị Ánh"))
    settle()
    reporters_page.ui.detailTabs.setCurrentWidget(reporters_page.ui.passesTab)
    button = reporters_page.ui.issuePassButton  # on the record's passes tab
    assert button.isVisible() and button.isEnabled()
    qtbot.mouseClick(button, _left())
    settle()
    dialog = reporters_page.detail.issue_dialog
    assert dialog is not None and dialog.isVisible()
    assert not dialog.ui.whoGroup.isVisible()
    assert "Nguyễn Thị Ánh" in dialog.ui.reporterName.text()
    assert not dialog.ui.previewButton.isVisible()
    with prompts.answering("no"):
        qtbot.mouseClick(dialog.ui.issueButton, _left())
        settle()
    (issued,) = issuing.list_passes(db, admin, reporter_id=seeded["Nguyễn Thị Ánh"])
    assert issued.zones == ("A", "B", "C")
    assert reporters_page.detail.passes_model.rowCount() == 1
    # a second one is refused by the core, with its reason in the form
    qtbot.mouseClick(button, _left())
    settle()
    again = reporters_page.detail.issue_dialog
    assert again is not None and again is not dialog
    qtbot.mouseClick(again.ui.issueButton, _left())
    settle()
    assert again.isVisible() and issued.serial in again.ui.formError.text()
    again.reject()
    window.show_page("passes")
    settle()
    assert _cells(window.page("passes"), PassListModel.SERIAL) == [issued.serial]


def _issue_five(db: Any, admin: Any, seeded: dict[str, int], congress: int) -> list[str]:
    ids = [seeded[n] for n in ("Nguyễn Thị Ánh", "Nguyễn Thị Bình", "Lê Nguyễn Thịnh")]
    result = issuing.issue_batch(db, admin, event_id=congress, reporter_ids=ids)
    return [p.serial for p in result.issued]


def _select_rows(page: PassesPage, rows: list[int]) -> None:
    selection = page.table.selectionModel()
    selection.clearSelection()
    for row in rows:
        selection.select(
            page.model.index(row, 0),
            QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
        )


def test_revoke_three_at_once_with_a_reason_rows_kept_and_marked(
    qtbot: Any, db: Any, admin: Any, seeded: dict[str, int], congress: int, settle: Any
) -> None:
    serials = _issue_five(db, admin, seeded, congress)
    _frame, page = _window(qtbot, db, admin, settle)
    assert not page.ui.revokeButton.isEnabled()  # nothing selected
    _select_rows(page, [0, 1, 2])
    assert page.ui.selectionLabel.text() == "3 đã chọn"
    qtbot.mouseClick(page.ui.revokeButton, _left())
    settle()
    dialog = page.dialog
    assert isinstance(dialog, RevokePassesDialog) and dialog.ui.passList.count() == 3
    dialog.submit()  # no reason
    settle()
    assert dialog.isVisible() and dialog.errors is not None and dialog.errors.message("reason")
    qtbot.keyClicks(dialog.ui.reason, "Co quan rut ten")
    dialog.submit()
    settle()
    assert not dialog.isVisible()
    rows = {p.serial: p for p in issuing.list_passes(db, admin)}
    assert len(rows) == 3 and {p.status for p in rows.values()} == {"revoked"}
    assert {p.revoke_reason for p in rows.values()} == {"Co quan rut ten"}
    assert sorted(_cells(page, PassListModel.SERIAL)) == sorted(serials)  # still listed
    assert _cells(page, PassListModel.STATUS) == ["Đã thu hồi"] * 3
    assert not page.ui.revokeButton.isEnabled() and not page.ui.printButton.isEnabled()


def test_filters_search_and_the_model(
    qtbot: Any,
    db: Any,
    admin: Any,
    seeded: dict[str, int],
    congress: int,
    settle: Any,
    qtmodeltester: Any,
) -> None:
    serials = _issue_five(db, admin, seeded, congress)
    issuing.revoke_pass(db, admin, serials[0], "Mất thẻ")
    _frame, page = _window(qtbot, db, admin, settle)
    qtmodeltester.check(page.model)
    assert len(_cells(page, 0)) == 3
    qtbot.keyClicks(page.search, "thinh")
    qtbot.waitUntil(lambda: _cells(page, PassListModel.REPORTER) == ["Lê Nguyễn Thịnh"])
    page.search.clear()
    qtbot.keyClicks(page.search, serials[1][-3:])  # the number on the card
    qtbot.waitUntil(lambda: _cells(page, PassListModel.SERIAL) == [serials[1]])
    page.search.clear()
    settle()
    status = page.ui.statusFilter
    status.setCurrentIndex(status.findData("revoked"))
    status.activated.emit(status.currentIndex())
    settle()
    assert _cells(page, PassListModel.SERIAL) == [serials[0]]
    status.setCurrentIndex(0)
    page.ui.notPrintedFilter.setChecked(True)
    settle()
    assert len(_cells(page, 0)) == 3
    agency = page.ui.agencyFilter
    agency.setCurrentIndex(agency.findText(PAPER))
    agency.activated.emit(agency.currentIndex())
    settle()
    assert sorted(_cells(page, PassListModel.REPORTER)) == ["Lê Nguyễn Thịnh", "Nguyễn Thị Bình"]
    zones = page.model.index(0, PassListModel.ZONES)
    assert zones.data() == "A B C" and "Hội trường" in zones.data(3)  # tooltip names them


def test_a_viewer_sees_no_button_that_changes_passes(
    qtbot: Any, db: Any, admin: Any, seeded: dict[str, int], congress: int, settle: Any
) -> None:
    _issue_five(db, admin, seeded, congress)
    officer_id = officers.create_officer(
        db, admin, username="xem1", full_name="Đỗ Thị Xem", role="viewer", password="mat-khau-xem-1"
    )
    viewer = Actor("xem1", Role.VIEWER, officer_id)
    window, page = _window(qtbot, db, viewer, settle)
    assert len(_cells(page, 0)) == 3  # they see the passes
    _select_rows(page, [0])
    for name in ("issueButton", "revokeButton", "printButton", "keysButton"):
        assert not getattr(page.ui, name).isVisible(), name
    page.issue_batch()
    page.revoke_selected()
    page.print_selected()
    assert page.dialog is None
    window.show_page("reporters")
    settle()
    reporters_page = window.page("reporters")
    reporters_page.table.selectRow(0)
    settle()
    reporters_page.ui.detailTabs.setCurrentWidget(reporters_page.ui.passesTab)
    assert reporters_page.ui.passesTab.isVisible()
    assert not reporters_page.ui.issuePassButton.isVisible()
    window.show_page("events")
    settle()
    assert not window.page("events").ui.stationButton.isVisible()


def test_desk_officer_without_a_key_cannot_issue_but_may_revoke_and_print(
    qtbot: Any, db: Any, admin: Any, seeded: dict[str, int], congress: int, settle: Any
) -> None:
    _issue_five(db, admin, seeded, congress)
    keyless = Actor("admin", Role.DESK, 1)  # signed in, but no key slot opened
    _frame, page = _window(qtbot, db, keyless, settle)
    _select_rows(page, [0])
    assert page.ui.issueButton.isVisible() and not page.ui.issueButton.isEnabled()
    assert "khóa ký" in page.ui.issueButton.toolTip()
    assert page.ui.revokeButton.isEnabled() and page.ui.printButton.isEnabled()
    assert not page.ui.keysButton.isVisible()


def test_prepare_a_checkpoint_laptop_from_the_events_page(
    qtbot: Any,
    db: Any,
    admin: Any,
    seeded: dict[str, int],
    congress: int,
    settle: Any,
    tmp_path: Path,
) -> None:
    from accred_app.core.checkpoint.packages import key_fingerprint
    from accred_app.core.checkpoint.stations import inspect_package

    _issue_five(db, admin, seeded, congress)
    _frame, page = _window(qtbot, db, admin, settle, "events")
    page.ui.table.selectRow(0)
    settle()
    assert page.ui.stationButton.isEnabled()
    qtbot.mouseClick(page.ui.stationButton, _left())
    dialog = page.station_dialog
    assert dialog is not None and not dialog.ui.contents.isVisible()
    folder = tmp_path / "usb"
    folder.mkdir()
    with prompts.answering(str(folder)) as asked:
        qtbot.mouseClick(dialog.ui.writeButton, _left())
        settle()
    assert [q.kind for q in asked] == ["folder"]
    (package,) = folder.glob("*.station")
    (public_keys,) = folder.glob("*-public-keys.json")
    assert package.name.startswith("dai-hoi-dai-bieu-dang-bo-tinh-")
    summary = inspect_package(package)
    assert summary.passes == 3
    assert dialog.ui.passesValue.text() == "3 thẻ · 0 đã thu hồi"
    assert dialog.ui.reportersValue.text().startswith("3 phóng viên")
    assert dialog.ui.officersValue.text() == "0 cán bộ"
    (key,) = keys.list_keys(db, admin)
    fingerprint = key_fingerprint(key.public_key)
    shown = dialog.ui.fingerprint.text()
    assert shown.replace(" ", "").replace("\n", "") == fingerprint
    assert len(shown.splitlines()) == 4 and len(shown.split()) == 16
    assert dialog.ui.filesValue.text().splitlines() == [
        f"Trong thư mục {folder}:",
        package.name,
        public_keys.name,
    ]
    assert public_keys.stat().st_size > 0


def test_keys_list_and_rotation_says_printed_passes_stay_valid(
    qtbot: Any, db: Any, admin: Any, seeded: dict[str, int], settle: Any
) -> None:
    from accred_app.core.checkpoint.packages import grouped_fingerprint, key_fingerprint

    _frame, page = _window(qtbot, db, admin, settle)
    assert page.ui.keysButton.isVisible()
    qtbot.mouseClick(page.ui.keysButton, _left())
    settle()
    dialog = page.dialog
    (old,) = keys.list_keys(db, admin)
    assert dialog.model.rowCount() == 1
    assert dialog.model.index(0, 3).data() == grouped_fingerprint(key_fingerprint(old.public_key))
    assert dialog.model.index(0, 2).data() == "Ký thẻ mới"
    with prompts.answering("no") as asked:
        dialog.rotate()
    assert "vẫn có giá trị" in asked[0].detail  # printed passes stay valid
    assert len(keys.list_keys(db, admin)) == 1
    with prompts.answering("yes"):
        dialog.rotate()
        settle()
    assert dialog.model.rowCount() == 2
    assert dialog.model.index(0, 2).data().startswith("Chỉ kiểm tra")
    assert dialog.new_key == dialog.model.index(1, 0).data()
