"""First run: an empty database asks for the administrator, and nothing typed is lost on error."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from accred_app.core.database import open_database
from accred_app.core.security import officers
from accred_app.core.storage.settings import get_settings
from accred_app.gui.dialogs.first_run import FirstRunDialog


@pytest.fixture
def empty_db(tmp_path: Path) -> Iterator[Any]:
    database = open_database(str(tmp_path / "new.sqlite"))
    yield database
    database.dispose()


def _dialog(qtbot: Any, db: Any) -> FirstRunDialog:
    dialog = FirstRunDialog(db)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _fill(qtbot: Any, type_text: Any, dialog: FirstRunDialog, password: str, again: str) -> None:
    dialog.username.clear()
    qtbot.keyClicks(dialog.username, "truongphong")
    type_text(dialog.full_name, "Lê Văn Hùng")
    qtbot.keyClicks(dialog.password, password)
    qtbot.keyClicks(dialog.password_again, again)


def test_creates_the_first_administrator(qtbot: Any, empty_db: Any, type_text: Any) -> None:
    assert not officers.has_officers(empty_db)
    dialog = _dialog(qtbot, empty_db)
    assert dialog.windowTitle() == "Thiết lập lần đầu"
    assert dialog.create_button.text() == "Tạo quản trị viên"
    dialog.org_name.clear()
    type_text(dialog.org_name, "Công an tỉnh Thanh Hóa")
    _fill(qtbot, type_text, dialog, "mat-khau-moi-2026", "mat-khau-moi-2026")
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClick(dialog.password_again, Qt.Key.Key_Return)
    assert dialog.created_username == "truongphong"
    actor = officers.authenticate(empty_db, "truongphong", "mat-khau-moi-2026")
    assert actor.role.value == "admin"
    listed = officers.list_officers(empty_db, actor)
    assert [(o.username, o.full_name) for o in listed] == [("truongphong", "Lê Văn Hùng")]
    assert get_settings(empty_db).org_name == "Công an tỉnh Thanh Hóa"


def test_short_password_is_refused_inline_and_fields_stay(
    qtbot: Any, empty_db: Any, type_text: Any
) -> None:
    dialog = _dialog(qtbot, empty_db)
    _fill(qtbot, type_text, dialog, "ngan", "ngan")
    with qtbot.assertNotEmitted(dialog.accepted):
        qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    assert dialog.error.isVisible()
    assert dialog.error.text() == "Mật khẩu phải có ít nhất 8 ký tự."
    assert dialog.username.text() == "truongphong"
    assert dialog.full_name.text() == "Lê Văn Hùng"
    assert dialog.password.text() == "ngan"
    assert not officers.has_officers(empty_db)


def test_passwords_must_match(qtbot: Any, empty_db: Any, type_text: Any) -> None:
    dialog = _dialog(qtbot, empty_db)
    _fill(qtbot, type_text, dialog, "mat-khau-moi-2026", "mat-khau-moi-2027")
    qtbot.keyClick(dialog.password_again, Qt.Key.Key_Return)
    assert dialog.error.text() == "Hai lần nhập mật khẩu không khớp."
    assert dialog.isVisible()
    assert not officers.has_officers(empty_db)

    # Correcting the second entry is enough: everything else was kept.
    dialog.password_again.clear()
    qtbot.keyClicks(dialog.password_again, "mat-khau-moi-2026")
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClick(dialog.password_again, Qt.Key.Key_Return)
    assert officers.has_officers(empty_db)


def test_invalid_username_is_explained(qtbot: Any, empty_db: Any, type_text: Any) -> None:
    dialog = _dialog(qtbot, empty_db)
    dialog.username.clear()
    type_text(dialog.username, "trưởng phòng")
    type_text(dialog.full_name, "Lê Văn Hùng")
    qtbot.keyClicks(dialog.password, "mat-khau-moi-2026")
    qtbot.keyClicks(dialog.password_again, "mat-khau-moi-2026")
    qtbot.keyClick(dialog.password_again, Qt.Key.Key_Return)
    assert dialog.error.text().startswith("Tên đăng nhập “trưởng phòng” không hợp lệ")
    assert not officers.has_officers(empty_db)
