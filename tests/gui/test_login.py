"""The sign-in dialog, driven with the keyboard as an officer would. The password is checked on a
worker (argon2id is slow on purpose), so each test waits for it like an officer watching the
cursor."""

from __future__ import annotations

import threading
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from sqlalchemy import select

from accred_app.core.models import Officer
from accred_app.core.security import officers
from accred_app.gui import operations
from accred_app.gui.dialogs.sign_in import SignInDialog


def _failed_attempts(db: Any) -> int:
    with db.reading() as session:
        return session.execute(
            select(Officer.failed_attempts).where(Officer.username == "admin")
        ).scalar_one()


def _dialog(qtbot: Any, db: Any, username: str = "") -> SignInDialog:
    dialog = SignInDialog(db, org_name="CÔNG AN TỈNH THANH HÓA", username=username)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_enter_signs_in_with_the_right_password(qtbot: Any, db: Any, admin_password: str) -> None:
    dialog = _dialog(qtbot, db)
    assert dialog.windowTitle() == "Đăng nhập"
    assert dialog.sign_in_button.text() == "Đăng nhập"
    assert dialog.ui.organisation.text() == "CÔNG AN TỈNH THANH HÓA"
    qtbot.keyClicks(dialog.username, "admin")
    qtbot.keyClicks(dialog.password, admin_password)
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert dialog.actor is not None
    assert dialog.actor.username == "admin"
    assert dialog.actor.role.value == "admin"
    assert not dialog.error.isVisible()


def test_the_password_is_checked_off_the_gui_thread(
    qtbot: Any, db: Any, admin_password: str, monkeypatch: pytest.MonkeyPatch, settle: Any
) -> None:
    """While argon2 runs the dialog stays responsive: busy cursor at once, inputs locked, and the
    check runs on another thread."""
    release = threading.Event()
    threads: list[str] = []
    real = officers.authenticate

    def slow_authenticate(db_: Any, username: str, password: str) -> Any:
        threads.append(threading.current_thread().name)
        release.wait(10)
        return real(db_, username, password)

    monkeypatch.setattr(officers, "authenticate", slow_authenticate)
    dialog = _dialog(qtbot, db, username="admin")
    qtbot.keyClicks(dialog.password, admin_password)
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert QGuiApplication.overrideCursor() is not None
    assert QGuiApplication.overrideCursor().shape() == Qt.CursorShape.WaitCursor
    assert not dialog.password.isEnabled() and not dialog.sign_in_button.isEnabled()
    qtbot.waitUntil(lambda: threads != [])
    assert threads[0] != threading.main_thread().name
    dialog.reject()  # Esc while checking: the answer comes in a moment, the dialog waits for it
    assert dialog.isVisible()
    with qtbot.waitSignal(dialog.accepted):
        release.set()
    settle()
    assert QGuiApplication.overrideCursor() is None
    assert dialog.actor is not None and dialog.actor.username == "admin"


def test_wrong_password_shows_the_reason_keeps_username_and_counts(
    qtbot: Any, db: Any, admin_password: str, settle: Any
) -> None:
    dialog = _dialog(qtbot, db)
    qtbot.keyClicks(dialog.username, "admin")
    qtbot.keyClicks(dialog.password, "sai-mat-khau")
    with qtbot.assertNotEmitted(dialog.accepted):
        qtbot.keyClick(dialog.password, Qt.Key.Key_Enter)
        settle()
    assert dialog.isVisible()
    assert dialog.error.isVisible()
    assert dialog.error.text() == "Tên đăng nhập hoặc mật khẩu không đúng."
    assert dialog.username.text() == "admin"
    assert dialog.password.text() == ""
    assert dialog.focusWidget() is dialog.password
    assert dialog.actor is None
    assert _failed_attempts(db) == 1

    # The officer corrects the password and signs in; the failure count is cleared.
    qtbot.keyClicks(dialog.password, admin_password)
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(dialog.sign_in_button, Qt.MouseButton.LeftButton)
    assert _failed_attempts(db) == 0


def test_locked_account_says_so(qtbot: Any, db: Any, admin_password: str, settle: Any) -> None:
    dialog = _dialog(qtbot, db, username="admin")
    assert dialog.focusWidget() is dialog.password
    for _ in range(5):
        qtbot.keyClicks(dialog.password, "khong-dung")
        qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
        settle()
    assert dialog.error.text() == "Tên đăng nhập hoặc mật khẩu không đúng."
    qtbot.keyClicks(dialog.password, admin_password)  # even the right password waits out the lock
    with qtbot.assertNotEmitted(dialog.accepted):
        qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
        settle()
    assert dialog.error.text().startswith("Tài khoản admin tạm khóa do nhập sai mật khẩu quá 5 lần")
    assert dialog.actor is None


def test_empty_username_is_asked_for(qtbot: Any, db: Any, admin_password: str) -> None:
    dialog = _dialog(qtbot, db)
    qtbot.keyClick(dialog.username, Qt.Key.Key_Return)
    assert dialog.error.text() == "Hãy nhập tên đăng nhập."
    assert dialog.isVisible()
    assert operations.running() == 0


def test_english_locale(qtbot: Any, db: Any, english: None, settle: Any) -> None:
    dialog = _dialog(qtbot, db)
    assert dialog.windowTitle() == "Sign in"
    qtbot.keyClicks(dialog.username, "admin")
    qtbot.keyClicks(dialog.password, "wrong-password")
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    settle()
    assert dialog.error.text() == "Wrong username or password."


def test_each_sign_in_keeps_the_trail_head_in_the_officers_settings(
    qtbot: Any, db: Any, admin_password: str
) -> None:
    from accred_app.core.security import audit_heads

    path = audit_heads.sign_in_head_path(db)
    assert not path.exists()
    dialog = _dialog(qtbot, db, username="admin")
    qtbot.keyClicks(dialog.password, admin_password)
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    head = audit_heads.read_head_file(path)
    with db.reading() as session:
        assert (head.rows, head.head_hash) == audit_heads.trail_head(session)
    assert head.officer == "admin" and head.source == audit_heads.SOURCE_SIGN_IN


LEGACY_PASSWORD = "mat-khau-cu-2025"


def _database_before_key_protection(path: Any) -> None:
    """A database as the software left it before key protection: schema 0001, a raw signing
    key, an administrator without a key slot."""
    import sqlite3

    from alembic import command
    from sqlalchemy import create_engine

    from accred_app.core.database import open_database
    from accred_app.core.passes.tokens import generate_signing_key
    from accred_app.core.roles import SYSTEM
    from accred_app.core.security.officers import add_officer, prepare_officer
    from accred_app.core.storage.migrate import alembic_config

    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as connection:
        config = alembic_config()
        config.attributes["connection"] = connection
        command.upgrade(config, "0001")
    engine.dispose()
    key = generate_signing_key()
    old = sqlite3.connect(path)
    with old:
        old.execute(
            "INSERT INTO signing_keys (key_id, public_key, private_key, created_at) "
            "VALUES (?, ?, ?, '2026-01-05 08:00:00')",
            (key.key_id.hex(), key.public_bytes, key.private_bytes),
        )
    old.close()
    legacy = open_database(str(path), migrate=False)
    try:
        with legacy.transaction(SYSTEM) as session:
            new = prepare_officer(
                username="admin", full_name="Quản trị viên", role="admin",
                password=LEGACY_PASSWORD, with_key_slot=False,
            )  # fmt: skip
            add_officer(session, new, None)
    finally:
        legacy.dispose()


def test_signing_in_to_an_upgraded_old_database_shows_its_recovery_code_once(
    qtbot: Any, tmp_path: Any, settle: Any
) -> None:
    from accred_app.core.security import keyslots
    from accred_app.gui.app import first_dialog
    from accred_app.gui.opening import open_for_sign_in

    path = tmp_path / "cu.sqlite"
    _database_before_key_protection(path)
    opened = open_for_sign_in(str(path))  # migrates: the key is sealed, the clear copy waits
    assert opened is not None
    try:
        dialog = first_dialog(opened)
        assert isinstance(dialog, SignInDialog)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.keyClicks(dialog.username, "admin")
        qtbot.keyClicks(dialog.password, LEGACY_PASSWORD)
        qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: dialog.code_dialog is not None and dialog.code_dialog.isVisible())
        shown = dialog.code_dialog
        assert shown is not None
        assert shown.ui.heading.text().startswith("Khóa ký nay đã được bảo vệ")
        code = shown.view.code
        assert dialog.isVisible() and not dialog.result()
        dialog.reject()  # Esc behind the code: nothing closes before it is acknowledged
        shown.reject()
        assert shown.isVisible() and dialog.isVisible()
        shown.view.ui.acknowledged.setChecked(True)
        with qtbot.waitSignal(dialog.accepted):
            qtbot.mouseClick(shown.continue_button, Qt.MouseButton.LeftButton)
        settle()
        assert dialog.actor is not None and dialog.actor.holds_signing_key
        with opened.db.reading() as session:
            assert keyslots.open_recovery_slot(session, code) == dialog.actor.data_key
            assert keyslots.unprotected_data_key(session) is None
    finally:
        opened.close()

    # the next sign-in has nothing to finish: no code is shown
    again = open_for_sign_in(str(path))
    assert again is not None
    try:
        second = first_dialog(again)
        assert isinstance(second, SignInDialog)
        qtbot.addWidget(second)
        second.show()
        qtbot.keyClicks(second.username, "admin")
        qtbot.keyClicks(second.password, LEGACY_PASSWORD)
        with qtbot.waitSignal(second.accepted):
            qtbot.keyClick(second.password, Qt.Key.Key_Return)
        assert second.code_dialog is None
    finally:
        again.close()
