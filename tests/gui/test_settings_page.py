"""Cài đặt, driven as an officer would: change the organisation's name (the window's title follows)
and the serial prefix, switch the language live, choose another database (kept in the user's
config for the next start); a viewer changes nothing."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt

from accred_app import config
from accred_app.core.models import Role
from accred_app.core.privacy import retention
from accred_app.core.roles import Actor
from accred_app.core.security import officers
from accred_app.core.storage.settings import get_settings
from accred_app.gui import prompts
from accred_app.gui.i18n import current_locale
from accred_app.gui.main_window import MainWindow
from accred_app.gui.pages.settings.page import SettingsPage


def _page(qtbot: Any, db: Any, actor: Any, settle: Any) -> tuple[MainWindow, SettingsPage]:
    window = MainWindow(db, actor)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    settle()
    window.show_page("settings")
    settle()
    page = window.page("settings")
    assert isinstance(page, SettingsPage)
    return window, page


def test_change_the_organisation_and_see_it_in_the_window_title(
    qtbot: Any, db: Any, admin: Any, settle: Any, type_text: Any
) -> None:
    window, page = _page(qtbot, db, admin, settle)
    ui = page.ui
    assert window.windowTitle() == "Bàn cấp thẻ tác nghiệp — CÔNG AN TỈNH THANH HÓA"
    assert ui.org_name.text() == "CÔNG AN TỈNH THANH HÓA"
    assert ui.retention_years.value() == retention.DEFAULT_RETENTION_YEARS

    ui.org_name.clear()
    qtbot.mouseClick(ui.saveButton, Qt.MouseButton.LeftButton)
    assert page.errors.message("org_name") == "Trường “Tên cơ quan cấp thẻ” không được để trống."
    assert get_settings(db).org_name == "CÔNG AN TỈNH THANH HÓA"

    type_text(ui.org_name, "CÔNG AN TỈNH NGHỆ AN")
    ui.office_name.clear()
    type_text(ui.office_name, "PHÒNG CÔNG TÁC CHÍNH TRỊ")
    ui.serial_prefix.clear()
    qtbot.keyClicks(ui.serial_prefix, "na")
    ui.retention_years.setValue(7)
    qtbot.keyClick(ui.serial_prefix, Qt.Key.Key_Return)
    settle()
    assert page.errors.message("org_name") == ""
    assert window.windowTitle() == "Bàn cấp thẻ tác nghiệp — CÔNG AN TỈNH NGHỆ AN"
    stored = get_settings(db)
    assert (stored.org_name, stored.office_name, stored.serial_prefix) == (
        "CÔNG AN TỈNH NGHỆ AN", "PHÒNG CÔNG TÁC CHÍNH TRỊ", "NA",
    )  # fmt: skip
    assert ui.serial_prefix.text() == "NA"
    assert retention.retention_years(db) == 7


def test_switch_the_language_live(
    qtbot: Any, db: Any, admin: Any, settle: Any, desk_app: Any
) -> None:
    window, page = _page(qtbot, db, admin, settle)
    assert page.ui.vietnamese.isChecked()
    qtbot.mouseClick(page.ui.english, Qt.MouseButton.LeftButton)
    assert current_locale() == "en"
    qtbot.waitUntil(lambda: window.ui.navigation.currentItem().text() == "Settings")
    assert page.ui.languageBox.title() == "Language"
    assert page.ui.org_nameLabel.text() == "&Organisation:"
    assert window.windowTitle().startswith("Press accreditation desk — ")
    assert page.ui.english.isChecked()
    qtbot.mouseClick(page.ui.vietnamese, Qt.MouseButton.LeftButton)
    assert current_locale() == "vi"
    qtbot.waitUntil(lambda: window.ui.navigation.currentItem().text() == "Cài đặt")
    assert page.ui.languageBox.title() == "Ngôn ngữ"


def test_choose_another_database_for_the_next_start(
    qtbot: Any, db: Any, admin: Any, settle: Any, tmp_path: Path
) -> None:
    _window, page = _page(qtbot, db, admin, settle)
    ui = page.ui
    assert ui.databaseLocation.text() == f"Cửa sổ này đang dùng {db.display_name}."
    restart = "Hãy khởi động lại phần mềm để dùng cơ sở dữ liệu đó."
    assert ui.databaseNote.text() == (  # this test's database is not the default one
        f"Phần mềm mở cơ sở dữ liệu mặc định, trong thư mục dữ liệu của người dùng. {restart}"
    )

    # a PostgreSQL server: a malformed address is refused, a good one kept (password hidden)
    with prompts.answering(lambda q: "may-chu-nao-do" if q.kind == "text" else "close") as asked:
        qtbot.mouseClick(ui.postgresButton, Qt.MouseButton.LeftButton)
    assert asked[-1].kind == "error" and "không phải địa chỉ" in asked[-1].text
    assert config.saved_database() is None
    with prompts.answering("postgresql://ban:bi-mat@10.0.0.5/accred"):
        qtbot.mouseClick(ui.postgresButton, Qt.MouseButton.LeftButton)
    assert config.saved_database() == "postgresql+psycopg://ban:bi-mat@10.0.0.5/accred"
    assert ui.databaseNote.text() == (
        "Từ lần mở sau, phần mềm sẽ mở postgresql+psycopg://ban:***@10.0.0.5/accred. "
        "Hãy khởi động lại phần mềm để dùng cơ sở dữ liệu đó."
    )

    # another program's SQLite file is refused untouched; a desk database is kept
    foreign = tmp_path / "khac.sqlite"
    with sqlite3.connect(foreign) as other:
        other.execute("CREATE TABLE contacts (name TEXT)")
    before = foreign.read_bytes()
    with prompts.answering(lambda q: str(foreign) if q.kind == "open_file" else "close") as asked:
        qtbot.mouseClick(ui.chooseFileButton, Qt.MouseButton.LeftButton)
        settle()
    assert asked[-1].kind == "error" and "của một chương trình khác" in asked[-1].text
    assert foreign.read_bytes() == before
    assert config.saved_database() == "postgresql+psycopg://ban:bi-mat@10.0.0.5/accred"
    ours = tmp_path / "chung.sqlite"
    ours.write_bytes(b"")
    with prompts.answering(str(ours)):
        qtbot.mouseClick(ui.chooseFileButton, Qt.MouseButton.LeftButton)
        settle()
    assert config.saved_database() == str(ours)
    assert config.database_target() == str(ours)
    assert page.ui.databaseNote.text().endswith(restart)

    # the file this window uses: nothing to restart for
    with prompts.answering(str(db.path)):
        qtbot.mouseClick(ui.chooseFileButton, Qt.MouseButton.LeftButton)
        settle()
    assert ui.databaseNote.text() == f"Từ lần mở sau, phần mềm sẽ mở {db.path}."

    qtbot.mouseClick(ui.defaultButton, Qt.MouseButton.LeftButton)
    assert config.saved_database() is None


def test_a_viewer_sees_the_settings_but_changes_nothing(
    qtbot: Any, db: Any, admin: Any, settle: Any
) -> None:
    officers.create_officer(
        db, admin, username="xem.1", full_name="Trịnh Thị Xem", role="viewer",
        password="mat-khau-xem-1",
    )  # fmt: skip
    viewer = officers.authenticate(db, "xem.1", "mat-khau-xem-1")
    window, page = _page(qtbot, db, viewer, settle)
    ui = page.ui
    assert ui.org_name.text() == "CÔNG AN TỈNH THANH HÓA" and ui.org_name.isReadOnly()
    assert not ui.saveButton.isVisible()
    assert not ui.chooseFileButton.isVisible() and not ui.postgresButton.isVisible()
    assert ui.organisationNote.text() == "Chỉ quản trị viên mới thay đổi được các thiết lập này."
    assert ui.vietnamese.isVisible() and ui.english.isEnabled()  # the language is each one's own
    assert "officers" not in window.pages and "backups" not in window.pages
    assert "audit" in window.pages
    checkpoint = Actor("chot.1", Role.CHECKPOINT)
    assert not checkpoint.can(SettingsPage.permission)
