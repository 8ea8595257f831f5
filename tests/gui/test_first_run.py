"""First run: a wizard sets up an empty database — organisation, first administrator (the core's
checks shown beside each field), the recovery code (Next stays off until the officer says it is
written down), the demonstration data if wanted — and ends on the sign-in dialog. A second start
goes straight to sign-in."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QWizard

from accred_app.core.database import open_database
from accred_app.core.registry import reporters
from accred_app.core.security import keyslots, officers
from accred_app.core.storage.settings import get_settings
from accred_app.gui.app import first_dialog
from accred_app.gui.dialogs.first_run import ADMINISTRATOR, READY, RECOVERY, FirstRunWizard
from accred_app.gui.dialogs.sign_in import SignInDialog
from accred_app.gui.opening import Opened, open_for_sign_in

PASSWORD = "mat-khau-moi-2026"


@pytest.fixture
def opened(tmp_path: Path) -> Iterator[Opened]:
    found = open_for_sign_in(str(tmp_path / "new.sqlite"))
    assert found is not None
    yield found
    found.close()


def _wizard(qtbot: Any, opened: Opened) -> FirstRunWizard:
    dialog = first_dialog(opened)
    assert isinstance(dialog, FirstRunWizard)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _next(wizard: FirstRunWizard) -> Any:
    return wizard.button(QWizard.WizardButton.NextButton)


def _commit(wizard: FirstRunWizard) -> Any:
    return wizard.button(QWizard.WizardButton.CommitButton)


def _fill_administrator(qtbot: Any, type_text: Any, wizard: FirstRunWizard, again: str) -> None:
    ui = wizard.ui
    ui.username.clear()
    qtbot.keyClicks(ui.username, "truongphong")
    type_text(ui.full_name, "Lê Văn Hùng")
    qtbot.keyClicks(ui.password, PASSWORD)
    qtbot.keyClicks(ui.password_again, again)


def test_the_wizard_end_to_end_with_the_recovery_code_gate(
    qtbot: Any, opened: Opened, type_text: Any, settle: Any
) -> None:
    db = opened.db
    assert not officers.has_officers(db)
    wizard = _wizard(qtbot, opened)
    ui = wizard.ui
    assert wizard.windowTitle() == "Thiết lập lần đầu"
    assert wizard.currentPage().title() == "Cơ quan của bạn"

    # organisation: both names are needed
    ui.org_name.clear()
    qtbot.mouseClick(_next(wizard), Qt.MouseButton.LeftButton)
    assert wizard.currentId() == 0
    assert wizard.errors.message("org_name") == "Trường “Tên cơ quan cấp thẻ” không được để trống."
    type_text(ui.org_name, "Công an tỉnh Thanh Hóa")
    qtbot.mouseClick(_next(wizard), Qt.MouseButton.LeftButton)
    assert wizard.currentId() == ADMINISTRATOR

    # the administrator: the core's checks beside each field, nothing created yet
    _fill_administrator(qtbot, type_text, wizard, again="khac-han")
    ui.password.clear()
    qtbot.keyClicks(ui.password, "ngan")
    qtbot.mouseClick(_commit(wizard), Qt.MouseButton.LeftButton)
    settle()
    assert wizard.currentId() == ADMINISTRATOR
    assert wizard.errors.message("password") == "Mật khẩu phải có ít nhất 8 ký tự."
    assert wizard.errors.message("password_again") == "Hai lần nhập mật khẩu không khớp."
    assert not officers.has_officers(db)
    for field in (ui.password, ui.password_again):
        field.clear()
        qtbot.keyClicks(field, PASSWORD)
    qtbot.mouseClick(_commit(wizard), Qt.MouseButton.LeftButton)
    settle()

    # the recovery code: shown once, Next only after "written down", no way back or out
    assert wizard.currentId() == RECOVERY
    code = wizard.recovery_view.code
    assert code == wizard.recovery_code and len(code) == 34
    assert wizard.recovery_view.ui.code.text().split("\n")[0] == "  ".join(code.split("-")[:4])
    assert "khóa ký" in wizard.recovery_view.ui.note.text()
    assert not _commit(wizard).isEnabled()
    wizard.reject()  # Cancel/Esc: not before the code is written down
    assert wizard.isVisible()
    assert (
        wizard.button(QWizard.WizardButton.BackButton).isHidden()
        or not wizard.button(QWizard.WizardButton.BackButton).isEnabled()
    )
    box = wizard.recovery_view.ui.acknowledged
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))
    assert box.isChecked() and _commit(wizard).isEnabled()
    qtbot.mouseClick(_commit(wizard), Qt.MouseButton.LeftButton)
    assert wizard.currentId() == READY

    # the demonstration data, then finish
    ui.loadDemo.setChecked(True)
    with qtbot.waitSignal(wizard.accepted, timeout=60_000):
        qtbot.mouseClick(
            wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton
        )
    settle()
    assert wizard.created_username == "truongphong"
    actor = officers.authenticate(db, "truongphong", PASSWORD)
    assert actor.role.value == "admin" and actor.holds_signing_key
    assert [(o.username, o.full_name) for o in officers.list_officers(db, actor)] == [
        ("truongphong", "Lê Văn Hùng")
    ]
    assert get_settings(db).org_name == "Công an tỉnh Thanh Hóa"
    with db.reading() as session:
        assert keyslots.open_recovery_slot(session, code) == actor.data_key
    assert reporters.count_reporters(db, actor) > 50

    # a second start goes straight to sign-in, the administrator's name ready
    again = first_dialog(opened)
    qtbot.addWidget(again)
    assert isinstance(again, SignInDialog)


def test_no_demonstration_data_unless_asked(
    qtbot: Any, opened: Opened, type_text: Any, settle: Any
) -> None:
    wizard = _wizard(qtbot, opened)
    wizard.next()
    _fill_administrator(qtbot, type_text, wizard, again=PASSWORD)
    qtbot.keyClick(wizard.ui.password_again, Qt.Key.Key_Return)
    settle()
    assert wizard.currentId() == RECOVERY
    wizard.recovery_view.ui.acknowledged.setChecked(True)
    wizard.next()
    with qtbot.waitSignal(wizard.accepted):
        wizard.button(QWizard.WizardButton.FinishButton).click()
    actor = officers.authenticate(opened.db, "truongphong", PASSWORD)
    assert reporters.count_reporters(opened.db, actor) == 0


def test_an_invalid_username_is_explained_beside_it(
    qtbot: Any, opened: Opened, type_text: Any, settle: Any
) -> None:
    wizard = _wizard(qtbot, opened)
    wizard.next()
    ui = wizard.ui
    ui.username.clear()
    type_text(ui.username, "trưởng phòng")
    qtbot.keyClicks(ui.password, PASSWORD)
    qtbot.keyClicks(ui.password_again, PASSWORD)
    wizard.next()
    settle()
    assert wizard.currentId() == ADMINISTRATOR
    assert wizard.errors.message("username").startswith("Tên đăng nhập “trưởng phòng” không hợp lệ")
    assert wizard.errors.message("full_name") == "Trường “Họ và tên” không được để trống."
    assert not officers.has_officers(opened.db)


def test_cancelling_before_the_administrator_leaves_nothing(
    qtbot: Any, tmp_path: Path, opened: Opened
) -> None:
    wizard = _wizard(qtbot, opened)
    with qtbot.waitSignal(wizard.rejected):
        wizard.reject()
    assert not officers.has_officers(opened.db)
    opened.close()
    reopened = open_database(str(tmp_path / "new.sqlite"))
    try:
        assert not officers.has_officers(reopened)
    finally:
        reopened.dispose()
