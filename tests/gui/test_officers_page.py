"""Cán bộ, driven as an administrator would: add a checkpoint officer and a desk officer (who can
then issue), reset a password, unlock a locked account, disable one, make a new recovery code and
use one; a viewer never sees the page. Each checks the screen and the database."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pypdfium2
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from accred_app.core.clock import utcnow
from accred_app.core.errors import PermissionDenied
from accred_app.core.models import Role
from accred_app.core.registry import units
from accred_app.core.roles import Actor
from accred_app.core.security import keyslots, officers
from accred_app.core.security.keyslots import KeyAccess
from accred_app.core.security.officers import SignInError, authenticate
from accred_app.gui import prompts
from accred_app.gui.main_window import MainWindow
from accred_app.gui.models.officers import OfficerRow
from accred_app.gui.pages.officers.page import OfficersPage

USERNAME, STATE, KEY = 0, 4, 5


def _page(qtbot: Any, db: Any, actor: Any, settle: Any) -> tuple[MainWindow, OfficersPage]:
    window = MainWindow(db, actor)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    settle()
    window.show_page("officers")
    settle()
    page = window.page("officers")
    assert isinstance(page, OfficersPage)
    return window, page


def _row(page: OfficersPage, username: str) -> int:
    row = page.model.row_of(username)
    assert row is not None, username
    return row


def _cell(page: OfficersPage, username: str, column: int) -> str:
    return str(page.model.index(_row(page, username), column).data())


def _select(page: OfficersPage, username: str) -> None:
    page.table.selectRow(_row(page, username))


def _key_access(db: Any, admin: Any, username: str) -> KeyAccess:
    return {o.username: o.key_access for o in officers.list_officers(db, admin)}[username]


def _add(qtbot: Any, page: OfficersPage, type_text: Any, settle: Any, **fields: str) -> Any:
    qtbot.mouseClick(page.ui.newButton, Qt.MouseButton.LeftButton)
    editor = page.editor
    assert editor is not None and editor.isVisible()
    ui = editor.ui
    qtbot.keyClicks(ui.username, fields["username"])
    type_text(ui.full_name, fields["full_name"])
    ui.role.setCurrentIndex(ui.role.findData(fields["role"]))
    if "unit" in fields:
        ui.unit_id.setCurrentIndex(ui.unit_id.findText(fields["unit"], Qt.MatchFlag.MatchContains))
    qtbot.keyClicks(ui.password, fields["password"])
    qtbot.keyClicks(ui.password_again, fields.get("again", fields["password"]))
    return editor


def test_add_a_checkpoint_officer_and_a_desk_officer_who_can_then_issue(
    qtbot: Any, db: Any, admin: Any, settle: Any, type_text: Any
) -> None:
    unit = units.add_unit(db, admin, name="Phòng Cảnh sát cơ động", code="PK02")
    window, page = _page(qtbot, db, admin, settle)
    assert window.ui.navigation.currentItem().text() == "Cán bộ"
    assert page.ui.countLabel.text() == "1 cán bộ · 1 đang hoạt động"

    # a checkpoint officer: the password is too short and typed twice differently first
    editor = _add(
        qtbot, page, type_text, settle, username="chot.1", full_name="Hoàng Văn Chốt",
        role="checkpoint", unit="Cảnh sát cơ động", password="ngan", again="khac",
    )  # fmt: skip
    qtbot.keyClick(editor.ui.password_again, Qt.Key.Key_Return)
    assert editor.isVisible()
    assert editor.errors is not None
    assert editor.errors.message("password") == "Mật khẩu phải có ít nhất 8 ký tự."
    assert editor.errors.message("password_again") == "Hai lần nhập mật khẩu không khớp."
    assert editor.ui.roleNote.text().startswith("Quét thẻ tại chốt")
    for field in (editor.ui.password, editor.ui.password_again):
        field.clear()
        qtbot.keyClicks(field, "mat-khau-chot-1")
    with prompts.answering("close") as told:
        qtbot.keyClick(editor.ui.password_again, Qt.Key.Key_Return)
        settle()
    assert not editor.isVisible()
    assert [q.text for q in told] == [
        "Đã thêm cán bộ chot.1. Vai trò này không cấp thẻ nên không cần khóa ký."
    ]
    assert _cell(page, "chot.1", 2) == "Cán bộ chốt kiểm soát"
    assert _cell(page, "chot.1", 3) == "Phòng Cảnh sát cơ động"
    assert _cell(page, "chot.1", KEY) == "—"
    stored = {o.username: o for o in officers.list_officers(db, admin)}["chot.1"]
    assert (stored.role, stored.unit_id, stored.full_name) == ("checkpoint", unit, "Hoàng Văn Chốt")

    # a desk officer: the administrator's session holds the key, so the new one gets it too
    editor = _add(
        qtbot, page, type_text, settle, username="ban.cap-the", full_name="Phạm Thu Hà",
        role="desk", password="mat-khau-ban-1",
    )  # fmt: skip
    with prompts.answering("close") as told:
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
        settle()
    assert told[0].text == (
        "Đã thêm cán bộ ban.cap-the. Khóa ký được giữ dưới mật khẩu mới: ban.cap-the cấp được thẻ."
    )
    assert _cell(page, "ban.cap-the", KEY) == "Có"
    assert page.selected() is not None and page.selected().officer.username == "ban.cap-the"
    assert page.ui.countLabel.text() == "3 cán bộ · 3 đang hoạt động"
    assert _key_access(db, admin, "ban.cap-the") is KeyAccess.GRANTED
    assert authenticate(db, "ban.cap-the", "mat-khau-ban-1").holds_signing_key


def test_a_username_already_taken_is_shown_beside_the_field(
    qtbot: Any, db: Any, admin: Any, settle: Any, type_text: Any
) -> None:
    _window, page = _page(qtbot, db, admin, settle)
    editor = _add(
        qtbot, page, type_text, settle, username="admin", full_name="Người Khác", role="viewer",
        password="mat-khau-dai-du",
    )  # fmt: skip
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    settle()
    assert editor.isVisible()
    assert editor.errors is not None
    assert editor.errors.message("username") == "Tên đăng nhập “admin” đã tồn tại."
    assert len(officers.list_officers(db, admin)) == 1


def test_reset_a_password_and_say_what_it_means_for_the_key(
    qtbot: Any, db: Any, admin: Any, settle: Any
) -> None:
    # made by a session without the key: this officer cannot issue yet
    officers.create_officer(
        db, Actor("system", Role.ADMIN), username="ban.2", full_name="Ngô Thị Hai", role="desk",
        password="mat-khau-cu-22",
    )  # fmt: skip
    _window, page = _page(qtbot, db, admin, settle)
    assert _cell(page, "ban.2", KEY) == "Không: cần đặt lại mật khẩu"
    _select(page, "ban.2")
    qtbot.mouseClick(page.ui.passwordButton, Qt.MouseButton.LeftButton)
    dialog = page.password_dialog
    assert dialog is not None and dialog.windowTitle() == "Đặt mật khẩu cho ban.2"
    qtbot.keyClicks(dialog.ui.password, "mat-khau-moi-22")
    qtbot.keyClicks(dialog.ui.password_again, "mat-khau-moi-22")
    with prompts.answering("close") as told:
        qtbot.keyClick(dialog.ui.password_again, Qt.Key.Key_Return)
        settle()
    assert told[0].text == (
        "Đã đặt mật khẩu cho ban.2. Khóa ký được giữ dưới mật khẩu mới: ban.2 cấp được thẻ."
    )
    assert _cell(page, "ban.2", KEY) == "Có"
    with pytest.raises(SignInError):
        authenticate(db, "ban.2", "mat-khau-cu-22")
    assert authenticate(db, "ban.2", "mat-khau-moi-22").holds_signing_key


def test_a_session_without_the_key_warns_when_setting_a_password(
    qtbot: Any, db: Any, admin: Any, settle: Any
) -> None:
    officers.create_officer(
        db, admin, username="ban.3", full_name="Lý Văn Ba", role="desk", password="mat-khau-ba-33"
    )
    keyless = Actor(admin.username, admin.role, admin.officer_id)  # a session that holds no key
    _window, page = _page(qtbot, db, keyless, settle)
    assert page.ui.recoverButton.isVisible() and not page.ui.recoveryCodeButton.isEnabled()
    assert page.ui.keyStatus.text().startswith("Phiên làm việc của bạn không giữ khóa ký")
    _select(page, "ban.3")
    page.set_password()
    dialog = page.password_dialog
    assert dialog is not None
    qtbot.keyClicks(dialog.ui.password, "mat-khau-moi-33")
    qtbot.keyClicks(dialog.ui.password_again, "mat-khau-moi-33")
    with prompts.answering("close") as told:
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        settle()
    assert told[0].text.startswith("ban.3 có quyền cấp thẻ nhưng chưa giữ khóa ký")
    assert _cell(page, "ban.3", KEY) == "Không: cần đặt lại mật khẩu"
    assert _key_access(db, admin, "ban.3") is KeyAccess.MISSING


def test_unlock_a_locked_account(qtbot: Any, db: Any, admin: Any, settle: Any) -> None:
    officers.create_officer(
        db, admin, username="xem.1", full_name="Trịnh Thị Xem", role="viewer",
        password="mat-khau-xem-1",
    )  # fmt: skip
    for _ in range(officers.MAX_FAILED_ATTEMPTS):
        with pytest.raises(SignInError):
            authenticate(db, "xem.1", "sai-mat-khau")
    _window, page = _page(qtbot, db, admin, settle)
    assert _cell(page, "xem.1", STATE).startswith("Tạm khóa đến ")
    _select(page, "xem.1")
    assert page.ui.unlockButton.isEnabled()
    qtbot.mouseClick(page.ui.unlockButton, Qt.MouseButton.LeftButton)
    settle()
    assert _cell(page, "xem.1", STATE) == "Đang hoạt động"
    assert not page.ui.unlockButton.isEnabled()
    assert authenticate(db, "xem.1", "mat-khau-xem-1").username == "xem.1"  # the same password
    row = next(r for r in page.model.rows() if r.officer.username == "xem.1")
    assert isinstance(row, OfficerRow) and not row.officer.locked_at(utcnow())


def test_disable_an_account_after_confirming(qtbot: Any, db: Any, admin: Any, settle: Any) -> None:
    officers.create_officer(
        db, admin, username="ban.4", full_name="Đỗ Văn Bốn", role="desk", password="mat-khau-bon-4"
    )
    _window, page = _page(qtbot, db, admin, settle)
    _select(page, "ban.4")
    with prompts.answering("no") as asked:
        qtbot.mouseClick(page.ui.disableButton, Qt.MouseButton.LeftButton)
    assert asked[0].text == "Vô hiệu hóa tài khoản của ban.4 (Đỗ Văn Bốn)?"
    settle()
    assert _cell(page, "ban.4", STATE) == "Đang hoạt động"
    with prompts.answering("yes"):
        qtbot.mouseClick(page.ui.disableButton, Qt.MouseButton.LeftButton)
        settle()
    assert _cell(page, "ban.4", STATE) == "Đã vô hiệu hóa"
    assert not page.ui.passwordButton.isEnabled() and not page.ui.disableButton.isEnabled()
    with pytest.raises(SignInError):
        authenticate(db, "ban.4", "mat-khau-bon-4")


def test_a_new_recovery_code_is_shown_once_and_must_be_acknowledged(
    qtbot: Any, db: Any, admin: Any, settle: Any, tmp_path: Path, admin_password: str
) -> None:
    _window, page = _page(qtbot, db, admin, settle)
    assert page.ui.keyStatus.text().startswith("Phiên làm việc của bạn giữ khóa ký")
    assert not page.ui.recoverButton.isVisible()
    with prompts.answering("yes") as asked:
        qtbot.mouseClick(page.ui.recoveryCodeButton, Qt.MouseButton.LeftButton)
        settle()
    assert asked[0].text == "Tạo mã khôi phục mới?"
    dialog = page.code_dialog
    assert dialog is not None and dialog.isVisible()
    code = dialog.view.code
    assert len(code) == 34 and code.count("-") == 6
    assert dialog.view.ui.code.text().replace("  ", "-").replace("\n", "-") == code
    assert not dialog.continue_button.isEnabled()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # not before it is written down
    assert dialog.isVisible()
    qtbot.mouseClick(dialog.view.ui.copyButton, Qt.MouseButton.LeftButton)
    assert QApplication.clipboard().text() == code
    printed = tmp_path / "ma-khoi-phuc.pdf"
    with prompts.answering(str(printed)):
        qtbot.mouseClick(dialog.view.ui.printButton, Qt.MouseButton.LeftButton)
    pdf = pypdfium2.PdfDocument(str(printed))
    text = pdf[0].get_textpage().get_text_range()
    pdf.close()
    assert code.split("-")[0] in text and "Mã khôi phục" in text
    dialog.view.ui.acknowledged.setChecked(True)
    assert dialog.continue_button.isEnabled()
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(dialog.continue_button, Qt.MouseButton.LeftButton)
    # the new code opens the key; the old one (from init) no longer does
    with db.reading() as session:
        assert keyslots.open_recovery_slot(session, code) == admin.data_key


def test_an_administrator_without_the_key_takes_it_back_with_the_recovery_code(
    qtbot: Any, db: Any, admin: Any, settle: Any, admin_password: str
) -> None:
    code = keyslots.replace_recovery_code(db, admin)
    officers.set_password(db, Actor("system", Role.ADMIN), "admin", admin_password)  # slot gone
    keyless = authenticate(db, "admin", admin_password)
    assert not keyless.holds_signing_key
    window, page = _page(qtbot, db, keyless, settle)
    qtbot.mouseClick(page.ui.recoverButton, Qt.MouseButton.LeftButton)
    dialog = page.recover_dialog
    assert dialog is not None
    qtbot.keyClicks(dialog.ui.recovery_code, code[:-1] + ("0" if code[-1] != "0" else "1"))
    qtbot.keyClicks(dialog.ui.password, admin_password)
    qtbot.keyClick(dialog.ui.password, Qt.Key.Key_Return)
    settle()
    assert dialog.isVisible()
    assert dialog.ui.error_recovery_code.text().startswith("Mã khôi phục gõ chưa đúng")
    dialog.ui.recovery_code.clear()
    qtbot.keyClicks(dialog.ui.recovery_code, code.lower().replace("-", " "))
    qtbot.keyClick(dialog.ui.password, Qt.Key.Key_Return)
    settle()
    assert not dialog.isVisible()
    assert window.context.actor.holds_signing_key
    assert page.ui.recoveryCodeButton.isEnabled() and not page.ui.recoverButton.isVisible()
    assert authenticate(db, "admin", admin_password).holds_signing_key


def test_only_administrators_see_the_page(qtbot: Any, db: Any, admin: Any, settle: Any) -> None:
    officers.create_officer(
        db, admin, username="ban.5", full_name="Vũ Thị Năm", role="desk", password="mat-khau-nam-5"
    )
    desk = authenticate(db, "ban.5", "mat-khau-nam-5")
    window = MainWindow(db, desk)
    qtbot.addWidget(window)
    settle()
    assert "officers" not in window.pages and "backups" not in window.pages
    with pytest.raises(PermissionDenied):
        officers.list_officers(db, desk)
