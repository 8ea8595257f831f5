"""Start-up: opening the database (its integrity check off the way, while the sign-in dialog is
shown, and before anything is written), the day's backup, and what the officer is told when the
file cannot be used — a damaged file is offered its newest backup through ``restore_database``.
Questions are answered through ``prompts.answering``, so no modal box ever blocks a test."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from accred_app import config
from accred_app.core.errors import DatabaseProblem
from accred_app.core.models import Officer
from accred_app.core.registry import agencies, reporters
from accred_app.core.roles import SYSTEM
from accred_app.core.storage import backup
from accred_app.gui import opening, prompts
from accred_app.gui.app import first_dialog
from accred_app.gui.dialogs.sign_in import SignInDialog
from accred_app.gui.opening import Opened, open_for_sign_in


def _corrupt(path: Path) -> None:
    for suffix in ("-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)
    path.write_bytes(b"this is not a database" * 200)


def _open(target: Path) -> Opened:
    opened = open_for_sign_in(str(target))
    assert opened is not None
    return opened


def test_opening_checks_and_backs_up_off_the_way(db: Any, db_path: Path) -> None:
    db.dispose()
    with prompts.answering(None) as asked:
        opened = _open(db_path)
    try:
        opened.check.wait()
        opened.check.join()
        assert opened.check.checked and opened.check.problem is None
        names = [b.path.name for b in backup.list_backups(opened.db)]
        assert len(names) == 1 and names[0].endswith("-daily.sqlite")
    finally:
        opened.close()
    assert asked == []


def test_a_damaged_file_found_while_the_dialog_is_up_is_never_written(
    qtbot: Any, db: Any, db_path: Path, admin_password: str, monkeypatch: pytest.MonkeyPatch,
    settle: Any,
) -> None:  # fmt: skip
    """The officer types and presses Enter before the check is done: the sign-in waits for it,
    and when it finds damage the dialog closes without having written a thing."""
    db.dispose()
    release = threading.Event()
    started = threading.Event()

    def slow_damaged_check(database: Any) -> None:
        started.set()
        release.wait(10)
        raise DatabaseProblem("db_corrupt", path=database.display_name, detail="test")

    monkeypatch.setattr(opening, "quick_check", slow_damaged_check)
    opened = _open(db_path)
    try:
        dialog = first_dialog(opened)
        assert isinstance(dialog, SignInDialog)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)  # on screen before the whole file was read
        assert started.wait(5) and not opened.check.checked
        entered = threading.Event()
        real_wait = opened.check.wait

        def wait_noted() -> None:
            entered.set()
            real_wait()

        opened.check.wait = wait_noted  # type: ignore[method-assign]
        qtbot.keyClicks(dialog.username, "admin")
        qtbot.keyClicks(dialog.password, admin_password)
        qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
        qtbot.waitUntil(entered.is_set)  # the sign-in waits for the check: nothing is written
        with opened.db.reading() as session:
            assert session.execute(select(Officer.last_login_at)).scalar_one() is None
        with qtbot.waitSignal(dialog.rejected):
            release.set()
        settle()
        assert dialog.damaged is not None and dialog.damaged.code == "db_corrupt"
        assert dialog.actor is None
        with opened.db.reading() as session:
            assert session.execute(select(Officer.last_login_at)).scalar_one() is None
    finally:
        release.set()
        opened.close()


def test_a_damaged_file_is_offered_its_newest_backup(db: Any, db_path: Path) -> None:
    agency = agencies.add_agency(db, SYSTEM, name="Báo Thanh Hóa", kind="print")
    reporters.add_reporter(
        db, SYSTEM, full_name="Nguyễn Thị Ánh", agency_id=agency, card_no="TH-0101",
        card_expiry="31/12/2030",
    )  # fmt: skip
    newest = backup.daily_backup(db)
    assert newest is not None
    db.dispose()
    _corrupt(db_path)

    answers = iter(["yes", "close"])
    with prompts.answering(lambda _question: next(answers)) as asked:
        opened = open_for_sign_in(str(db_path))
    assert opened is not None
    try:
        assert [r.full_name for r in reporters.list_reporters(opened.db, SYSTEM)] == [
            "Nguyễn Thị Ánh"
        ]
    finally:
        opened.close()
    offer, done = asked
    assert offer.kind == "confirm"
    assert offer.text.startswith("Tệp cơ sở dữ liệu bị hỏng hoặc không phải cơ sở dữ liệu")
    assert f"Khôi phục bản sao lưu {newest.path}" in offer.text
    assert offer.detail.startswith(f"Cơ sở dữ liệu bị hỏng {db_path} (")
    assert offer.choice_labels() == ["Khôi phục", "Hủy"]
    assert done.text.startswith("Đã khôi phục bản sao lưu. Cơ sở dữ liệu bị thay được giữ lại tại ")
    kept = Path(done.text.rsplit(" tại ", 1)[1].rstrip("."))
    assert kept.read_bytes().startswith(b"this is not a database")


def test_declining_the_restore_leaves_the_file_alone(db: Any, db_path: Path) -> None:
    backup.daily_backup(db)
    db.dispose()
    _corrupt(db_path)
    with prompts.answering("no") as asked:
        assert open_for_sign_in(str(db_path)) is None
    assert len(asked) == 1
    assert db_path.read_bytes().startswith(b"this is not a database")


def test_a_damaged_file_without_backup_says_so(tmp_path: Path) -> None:
    path = tmp_path / "hong.sqlite"
    _corrupt(path)
    with prompts.answering("close") as asked:
        assert open_for_sign_in(str(path)) is None
    (shown,) = asked
    assert shown.kind == "error"
    assert shown.detail == "Không tìm thấy bản sao lưu nào của cơ sở dữ liệu này."


def test_unusable_location_is_explained(tmp_path: Path) -> None:
    target = tmp_path / "khong-co-thu-muc" / "accred.sqlite"
    with prompts.answering("close") as asked:
        assert open_for_sign_in(str(target)) is None
    (shown,) = asked
    assert shown.kind == "error"
    assert shown.text.startswith(f"Không mở được cơ sở dữ liệu {target}")


def test_a_location_saved_in_the_settings_that_fails_can_be_set_back(tmp_path: Path) -> None:
    target = tmp_path / "khong-co-thu-muc" / "accred.sqlite"
    config.save_database(str(target))
    with prompts.answering("yes") as asked:
        assert open_for_sign_in(config.database_target()) is None
    assert asked[0].choice_labels() == ["Dùng cơ sở dữ liệu mặc định", "Đóng"]
    assert config.saved_database() is None
    assert config.database_target() == config.default_database()


def test_damage_the_schema_hides_is_found_by_the_check_and_not_backed_up(
    db: Any, db_path: Path, qtbot: Any
) -> None:
    """A damaged data page does not stop the file from opening; the check on the thread finds
    it, says so, and takes no backup of the damaged file."""
    import sqlite3

    db.dispose()
    connection = sqlite3.connect(db_path)
    connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    (root,) = connection.execute(
        "SELECT rootpage FROM sqlite_master WHERE name = 'audit_log'"
    ).fetchone()
    connection.close()
    data = bytearray(db_path.read_bytes())
    page_size = int.from_bytes(data[16:18], "big")
    data[(root - 1) * page_size : (root - 1) * page_size + 64] = b"\xa5" * 64
    db_path.write_bytes(bytes(data))

    opened = _open(db_path)
    try:
        qtbot.waitUntil(lambda: opened.check.checked)
        with pytest.raises(DatabaseProblem) as found:
            opened.check.wait()
        assert found.value.code == "db_corrupt"
        opened.check.join()
        assert backup.list_backups(opened.db) == []
        dialog = first_dialog(opened)  # the check was over before the dialog: it closes at once
        qtbot.addWidget(dialog)
        with qtbot.waitSignal(dialog.rejected):
            dialog.show()
        assert isinstance(dialog, SignInDialog) and dialog.damaged is not None
    finally:
        opened.close()


def test_main_opens_the_chosen_database(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    import accred_app.__main__ as entry
    import accred_app.gui.app as app_module

    calls: list[str] = []
    monkeypatch.setattr(app_module, "run", lambda target, argv=None: calls.append(target) or 0)
    assert entry.main(["--db", str(tmp_path / "x.sqlite")]) == 0
    monkeypatch.setenv("ACCRED_DB", str(tmp_path / "env.sqlite"))
    assert entry.main([]) == 0
    monkeypatch.delenv("ACCRED_DB")
    config.save_database(str(tmp_path / "saved.sqlite"))
    assert entry.main([]) == 0
    assert calls == [
        str(tmp_path / "x.sqlite"),
        str(tmp_path / "env.sqlite"),
        str(tmp_path / "saved.sqlite"),
    ]


def test_after_a_restore_the_desk_reopens_the_file_and_asks_to_sign_in_again(
    qtbot: Any, db: Any, db_path: Path, admin: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The window closes, the database is opened again (with its check), the sign-in is asked
    for again, and a new window works on the restored file."""
    import accred_app.gui.app as app_module
    from accred_app.gui.main_window import MainWindow

    db.dispose()
    signed_in: list[Opened] = []

    def sign_in(opened: Opened, parent: Any = None) -> Any:
        signed_in.append(opened)
        return admin

    monkeypatch.setattr(app_module, "sign_in", sign_in)
    monkeypatch.setattr(app_module, "keep_start_up_objects", lambda: None)  # not in a test run
    session = app_module.DeskSession(str(db_path), app_module.QApplication.instance())
    try:
        assert session.start()
        first = session.window
        assert isinstance(first, MainWindow) and first.isVisible()
        with prompts.answering("close") as asked:
            first.database_replaced.emit("Đã khôi phục bản sao lưu.")
        assert asked[0].text == "Đã khôi phục bản sao lưu.\nHãy đăng nhập lại để làm việc tiếp."
        assert len(signed_in) == 2 and signed_in[0].closed and not signed_in[1].closed
        second = session.window
        assert isinstance(second, MainWindow) and second is not first and second.isVisible()
        assert not first.isVisible()
        qtbot.addWidget(second)
    finally:
        session.close()
