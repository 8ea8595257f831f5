"""The reporters page driven as an officer would: add a reporter with a wrong CCCD and fix it, find
her without accents, give her a photo, suspend her; every step checked on screen and in the
database."""

from __future__ import annotations

import io
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from PIL import Image
from PySide6.QtCore import QModelIndex, Qt

from accred_app.core.registry import reporters
from accred_app.gui import operations, prompts
from accred_app.gui.main_window import MainWindow
from accred_app.gui.models.reporters import ReporterTableModel
from accred_app.gui.pages.reporters.editor import ReporterEditor
from accred_app.gui.pages.reporters.page import ReportersPage

TV = "Báo và Đài Phát thanh - Truyền hình Thanh Hóa"


def _page(qtbot: Any, db: Any, actor: Any, settle: Any) -> tuple[MainWindow, ReportersPage]:
    window = MainWindow(db, actor)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    settle()
    page = window.page("reporters")
    assert isinstance(page, ReportersPage)
    return window, page


def _names(page: ReportersPage) -> list[str]:
    model = page.table.model()
    return [model.index(r, ReporterTableModel.NAME).data() for r in range(model.rowCount())]


def _select(page: ReportersPage, name: str, settle: Any) -> None:
    row = _names(page).index(name)
    page.table.setFocus()
    page.table.selectRow(row)
    settle()


def _open_editor(qtbot: Any, page: ReportersPage, settle: Any) -> ReporterEditor:
    qtbot.waitUntil(lambda: page.detail.editor is not None and page.detail.editor.isVisible())
    settle()
    editor = page.detail.editor
    assert editor is not None
    return editor


def _reporter_row(db: Any, admin: Any, name: str) -> Any:
    (found,) = [r for r in reporters.list_reporters(db, admin) if r.full_name == name]
    return reporters.get_reporter(db, admin, found.id)


def test_add_a_reporter_fix_a_wrong_citizen_id_and_find_her_without_accents(
    qtbot: Any, db: Any, admin: Any, seeded: dict[str, int], settle: Any, type_text: Any
) -> None:
    window, page = _page(qtbot, db, admin, settle)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)  # Ctrl+N
    editor = _open_editor(qtbot, page, settle)
    ui = editor.ui
    assert editor.windowTitle() == "Thêm phóng viên"
    assert editor.focusWidget() is ui.full_name
    type_text(ui.full_name, "Hoàng Thị Lan")
    ui.agency_id.setCurrentIndex(ui.agency_id.findText(TV))
    ui.agency_id.activated.emit(ui.agency_id.currentIndex())
    type_text(ui.position, "Phóng viên")
    qtbot.keyClicks(ui.card_no, "TH-0909")
    qtbot.keyClicks(ui.card_expiry, "31/12/2030")
    qtbot.keyClicks(ui.citizen_id, "03819")  # five digits: not a CCCD
    qtbot.keyClicks(ui.phone, "0912 345 678")
    qtbot.keyClicks(ui.date_of_birth, "31/02/1990")  # no such day
    qtbot.keyClick(ui.phone, Qt.Key.Key_Return)  # Enter saves
    assert editor.isVisible()
    assert editor.errors is not None
    assert editor.errors.message("citizen_id") == (
        "Số CCCD “03819” không hợp lệ: phải gồm đúng 12 chữ số."
    )
    assert editor.errors.message("date_of_birth").startswith("Ngày “31/02/1990” không hợp lệ")
    assert editor.errors.message("full_name") == ""
    assert ui.error_citizen_id.isVisible()
    assert editor.focusWidget() is ui.citizen_id  # the first wrong field takes the cursor
    assert operations.running() == 0  # nothing was sent to the database
    assert len(reporters.list_reporters(db, admin)) == 5

    ui.citizen_id.clear()
    qtbot.keyClicks(ui.citizen_id, "038190001234")
    ui.date_of_birth.clear()
    qtbot.keyClicks(ui.date_of_birth, "28/02/1990")
    with qtbot.waitSignal(editor.accepted):
        qtbot.keyClick(ui.citizen_id, Qt.Key.Key_Return)
    settle()
    lan = _reporter_row(db, admin, "Hoàng Thị Lan")
    assert (lan.citizen_id, lan.card_no, lan.phone, lan.position, lan.agency) == (
        "038190001234", "TH-0909", "0912345678", "Phóng viên", TV,
    )  # fmt: skip
    assert lan.date_of_birth is not None and lan.date_of_birth.isoformat() == "1990-02-28"
    assert window.statusBar().currentMessage() == "Đã lưu hồ sơ phóng viên."
    assert page.detail.reporter_id == lan.id  # the new record is selected and shown
    assert page.ui.nameValue.text() == "Hoàng Thị Lan"
    assert page.count_label.text() == "6 phóng viên"

    window.activateWindow()  # back in the window once the form is gone
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert page.search.hasFocus()
    qtbot.keyClicks(page.search, "hoang thi lan")
    qtbot.waitUntil(lambda: not page.search_timer.isActive())
    settle()
    assert _names(page) == ["Hoàng Thị Lan"]


def test_a_card_number_already_used_is_shown_beside_the_field(
    qtbot: Any, db: Any, admin: Any, seeded: dict[str, int], settle: Any, type_text: Any
) -> None:
    _window, page = _page(qtbot, db, admin, settle)
    qtbot.mouseClick(page.ui.newButton, Qt.MouseButton.LeftButton)
    editor = _open_editor(qtbot, page, settle)
    ui = editor.ui
    type_text(ui.full_name, "Võ Văn Nam")
    ui.agency_id.setCurrentIndex(0)
    qtbot.keyClicks(ui.card_no, "th-0101")  # Nguyễn Thị Ánh's card, typed in lower case
    qtbot.keyClicks(ui.card_expiry, "2030-01-01")
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    settle()
    assert editor.isVisible()
    assert editor.errors is not None
    assert editor.errors.message("card_no").startswith(
        "Số thẻ nhà báo “TH-0101” đã được cấp cho phóng viên Nguyễn Thị Ánh"
    )
    assert ui.full_name.text() == "Võ Văn Nam"  # nothing typed is lost
    assert len(reporters.list_reporters(db, admin)) == 5


def test_edit_a_record_and_see_the_history(
    qtbot: Any, db: Any, admin: Any, seeded: dict[str, int], settle: Any
) -> None:
    _window, page = _page(qtbot, db, admin, settle)
    _select(page, "Nguyễn Thị Bình", settle)
    qtbot.keyClick(page.table, Qt.Key.Key_Return)  # Enter on a row edits it
    editor = _open_editor(qtbot, page, settle)
    ui = editor.ui
    assert ui.card_no.text() == "ND-2202" and ui.card_expiry.text() == "30/06/2029"
    ui.phone.clear()
    qtbot.keyClicks(ui.phone, "+84 987 654 321")
    with qtbot.waitSignal(editor.accepted):
        qtbot.keyClick(ui.phone, Qt.Key.Key_Return)
    settle()
    assert reporters.get_reporter(db, admin, seeded["Nguyễn Thị Bình"]).phone == "0987654321"
    assert page.ui.phoneValue.text() == "0987654321"
    history = page.detail.history_model
    assert [history.index(r, 2).data() for r in range(history.rowCount())] == ["Tạo mới", "Sửa"]
    assert history.index(1, 1).data() == "admin"
    assert history.index(1, 3).data() == "Điện thoại: — → 0987654321"


def test_closing_a_form_with_changes_asks_and_esc_cancels(
    qtbot: Any, db: Any, admin: Any, seeded: dict[str, int], settle: Any
) -> None:
    _window, page = _page(qtbot, db, admin, settle)
    _select(page, "Trần Văn Cường", settle)
    qtbot.mouseClick(page.ui.editButton, Qt.MouseButton.LeftButton)
    editor = _open_editor(qtbot, page, settle)
    qtbot.keyClick(editor.ui.notes, Qt.Key.Key_Escape)  # nothing changed: Esc just closes
    assert not editor.isVisible()

    qtbot.mouseClick(page.ui.editButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.detail.editor is not editor)
    editor = _open_editor(qtbot, page, settle)
    qtbot.keyClicks(editor.ui.position, "Quay phim")
    with prompts.answering("cancel") as asked:
        qtbot.keyClick(editor.ui.position, Qt.Key.Key_Escape)
    assert asked[0].text == "Lưu những thay đổi vừa nhập?"
    assert asked[0].choice_labels() == ["&Lưu", "&Bỏ thay đổi", "Tiếp tục sửa"]
    assert editor.isVisible() and editor.ui.position.text() == "Quay phim"
    with prompts.answering("discard"):
        editor.close()
    assert not editor.isVisible()
    assert reporters.get_reporter(db, admin, seeded["Trần Văn Cường"]).position is None


def _jpeg(width: int, height: int, *, exif_orientation: int | None = None) -> bytes:
    image = Image.new("RGB", (width, height), (200, 40, 40))
    for x in range(width // 2):  # left half green: shows which way the picture was turned
        for y in range(0, height, 8):
            image.putpixel((x, y), (0, 160, 0))
    out = io.BytesIO()
    if exif_orientation is None:
        image.save(out, format="JPEG")
    else:
        exif = Image.Exif()
        exif[0x0112] = exif_orientation
        image.save(out, format="JPEG", exif=exif)
    return out.getvalue()


def test_give_her_a_photo_from_a_file_cropped_to_three_by_four(
    qtbot: Any, db: Any, admin: Any, seeded: dict[str, int], settle: Any, tmp_path: Path
) -> None:
    photo = tmp_path / "anh.jpg"
    photo.write_bytes(_jpeg(1200, 900, exif_orientation=6))  # a phone held upright: turn 90°
    _window, page = _page(qtbot, db, admin, settle)
    _select(page, "Nguyễn Thị Ánh", settle)
    assert page.ui.photo.text() == "Chưa có ảnh"
    with prompts.answering(str(photo)) as asked:
        page.detail.photo_from_file.trigger()
    assert asked[0].kind == "open_file" and "*.jpg" in asked[0].file_filter
    qtbot.waitUntil(lambda: page.detail.picker.crop_dialog is not None)
    settle()
    crop = page.detail.picker.crop_dialog
    assert crop is not None and crop.isVisible()
    view = crop.view
    assert (view.image().width(), view.image().height()) == (900, 1200)  # upright by EXIF
    assert view.crop_box() == (0, 0, 900, 1200)
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Minus)  # a smaller frame…
    qtbot.keyClick(view, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)  # …moved down
    _left, top, width, height = view.crop_box()
    assert width < 900 and abs(width * 4 - height * 3) <= 4 and top > 0
    assert crop.ui.rotateLeftButton.accessibleName() == "Xoay trái"
    assert crop.ui.rotateLeftButton.toolTip() == "Xoay ảnh một góc vuông sang trái"
    with qtbot.waitSignal(crop.accepted):
        qtbot.keyClick(view, Qt.Key.Key_Return)
    settle()
    stored = reporters.get_photo(db, admin, seeded["Nguyễn Thị Ánh"])
    assert stored is not None
    with Image.open(io.BytesIO(stored)) as image:
        assert abs(image.width * 4 - image.height * 3) <= 4
    assert page.ui.photo.pixmap() is not None and not page.ui.photo.pixmap().isNull()
    history = page.detail.history_model
    assert history.index(history.rowCount() - 1, 3).data().startswith("Ảnh: ")


def test_the_webcam_button_says_why_it_is_off(
    qtbot: Any, db: Any, admin: Any, seeded: dict[str, int], settle: Any
) -> None:
    from PySide6.QtMultimedia import QMediaDevices

    if QMediaDevices.videoInputs():
        pytest.skip("this machine has a webcam")
    _window, page = _page(qtbot, db, admin, settle)
    qtbot.mouseClick(page.ui.newButton, Qt.MouseButton.LeftButton)
    editor = _open_editor(qtbot, page, settle)
    assert not editor.ui.cameraButton.isEnabled()
    assert editor.ui.cameraNote.text() == "Không tìm thấy webcam nào trên máy này."
    assert editor.ui.cameraButton.toolTip() == editor.ui.cameraNote.text()


def test_suspend_her_with_a_reason_then_reinstate(
    qtbot: Any, db: Any, admin: Any, seeded: dict[str, int], settle: Any, type_text: Any
) -> None:
    _window, page = _page(qtbot, db, admin, settle)
    _select(page, "Nguyễn Thị Ánh", settle)
    qtbot.mouseClick(page.ui.statusButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.detail.status_dialog is not None)
    dialog = page.detail.status_dialog
    assert dialog is not None
    assert dialog.ui.currentStatus.text() == "Trạng thái hiện tại: Hoạt động"
    qtbot.mouseClick(dialog.ui.suspended, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)  # no reason given
    settle()
    assert dialog.isVisible()
    assert dialog.errors is not None
    assert dialog.errors.message("reason") == (
        "Cần ghi lý do khi tạm đình chỉ hoặc đưa phóng viên vào danh sách đen."
    )
    type_text(dialog.ui.reason, "Vi phạm quy định tại hiện trường")
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    settle()
    anh = reporters.get_reporter(db, admin, seeded["Nguyễn Thị Ánh"])
    assert (anh.status, anh.status_reason) == ("suspended", "Vi phạm quy định tại hiện trường")
    assert page.ui.statusValue.text() == "Tạm đình chỉ — Vi phạm quy định tại hiện trường"
    row = _names(page).index("Nguyễn Thị Ánh")
    assert page.table.model().index(row, ReporterTableModel.STATUS).data() == "Tạm đình chỉ"

    qtbot.mouseClick(page.ui.statusButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.detail.status_dialog is not dialog)
    again = page.detail.status_dialog
    assert again is not None and again.ui.suspended.isChecked()
    qtbot.mouseClick(again.ui.active, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(again.accepted):
        qtbot.mouseClick(again.save_button, Qt.MouseButton.LeftButton)
    settle()
    assert reporters.get_reporter(db, admin, seeded["Nguyễn Thị Ánh"]).status == "active"


def test_a_busy_database_is_retried_then_explained_and_nothing_typed_is_lost(
    qtbot: Any,
    db: Any,
    db_path: Path,
    admin: Any,
    seeded: dict[str, int],
    settle: Any,
    monkeypatch: pytest.MonkeyPatch,
    type_text: Any,
) -> None:
    monkeypatch.setenv("ACCRED_BUSY_TIMEOUT_MS", "50")
    monkeypatch.setattr(operations, "LOCKED_RETRY_PAUSES_S", (0.01, 0.02))
    db.dispose()  # new connections take the short busy timeout
    _window, page = _page(qtbot, db, admin, settle)
    qtbot.mouseClick(page.ui.newButton, Qt.MouseButton.LeftButton)
    editor = _open_editor(qtbot, page, settle)
    type_text(editor.ui.full_name, "Đinh Văn Khoa")
    editor.ui.agency_id.setCurrentIndex(0)
    qtbot.keyClicks(editor.ui.card_no, "TH-7777")
    qtbot.keyClicks(editor.ui.card_expiry, "01/01/2031")

    other_desk = sqlite3.connect(db_path, isolation_level=None)
    other_desk.execute("BEGIN IMMEDIATE")  # another desk is writing
    try:
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
        settle()
        assert editor.isVisible()
        assert editor.ui.formError.text().startswith(
            "Cơ sở dữ liệu đang bị khóa bởi một chương trình khác"
        )
        assert editor.ui.full_name.text() == "Đinh Văn Khoa"
        assert editor.ui.card_no.text() == "TH-7777"
    finally:
        other_desk.execute("ROLLBACK")
        other_desk.close()
    with qtbot.waitSignal(editor.accepted):
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    settle()
    assert _reporter_row(db, admin, "Đinh Văn Khoa").card_no == "TH-7777"


def test_detail_models_pass_qtmodeltester(
    qtmodeltester: Any, qtbot: Any, db: Any, admin: Any, seeded: dict[str, int], settle: Any
) -> None:
    _window, page = _page(qtbot, db, admin, settle)
    _select(page, "Phạm Minh Đức", settle)
    qtmodeltester.check(page.detail.history_model)
    qtmodeltester.check(page.detail.passes_model)
    assert page.detail.history_model.rowCount() == 2  # created, then suspended
    assert page.detail.history_model.index(1, 3).data() == (
        "Trạng thái: Hoạt động → Tạm đình chỉ; Lý do: — → Vi phạm quy định tác nghiệp"
    )
    assert page.detail.passes_model.rowCount(QModelIndex()) == 0
    assert page.ui.passesStack.currentWidget() is page.ui.passesEmpty
