"""Sao lưu, driven as an administrator would: the backups with their dates, kinds and sizes, "back
up now", restore one (the confirmation names what is replaced; afterwards the database holds the
backup's data, the replaced file is kept and the desk asks to sign in again), and a backup whose
audit trail does not verify (asked again, with the differences)."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt

from accred_app.core.database import open_database
from accred_app.core.registry import agencies, reporters
from accred_app.core.roles import SYSTEM
from accred_app.core.security import audit_verify
from accred_app.core.storage import backup
from accred_app.gui import prompts
from accred_app.gui.main_window import MainWindow
from accred_app.gui.pages.backups.page import BackupsPage


def _page(qtbot: Any, db: Any, actor: Any, settle: Any) -> tuple[MainWindow, BackupsPage]:
    window = MainWindow(db, actor)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    settle()
    window.show_page("backups")
    settle()
    page = window.page("backups")
    assert isinstance(page, BackupsPage)
    assert window.ui.navigation.currentItem().text() == "Sao lưu"
    return window, page


def _names(db_path: Path) -> list[str]:
    opened = open_database(str(db_path))
    try:
        return sorted(r.full_name for r in reporters.list_reporters(opened, SYSTEM))
    finally:
        opened.dispose()


def test_back_up_now_and_restore_it(
    qtbot: Any, db: Any, db_path: Path, admin: Any, seeded: dict[str, int], settle: Any
) -> None:
    backup.daily_backup(db)
    window, page = _page(qtbot, db, admin, settle)
    assert page.model.rowCount() == 1
    assert page.model.index(0, 1).data() == "Hằng ngày (tự động)"
    assert page.ui.location.text().startswith(f"Các bản sao lưu nằm trong {db_path.parent}")
    assert page.ui.countLabel.text() == "1 bản sao lưu"

    qtbot.mouseClick(page.ui.backupButton, Qt.MouseButton.LeftButton)
    settle()
    assert page.model.rowCount() == 2
    made = page.selected()
    assert made is not None and made.kind == "manual"
    assert page.model.index(page.model.row_of(str(made.info.path)), 1).data() == (
        "Do cán bộ sao lưu"
    )
    assert page.model.index(0, 2).data().endswith("KB")

    # work goes on after the backup, then the officer restores it
    agency = agencies.add_agency(db, admin, name="Báo Văn hóa", kind="print")
    reporters.add_reporter(
        db, admin, full_name="Hoàng Thị Lan", agency_id=agency, card_no="VH-0909",
        card_expiry="31/12/2030",
    )  # fmt: skip
    assert "Hoàng Thị Lan" in _names(db_path)
    with prompts.answering("no") as asked:
        qtbot.mouseClick(page.ui.restoreButton, Qt.MouseButton.LeftButton)
    (question,) = asked
    assert (
        question.text
        == f"Khôi phục bản sao lưu {made.info.path} ({question.text.split(' (', 1)[1]}"
    )
    assert question.detail.startswith(f"Cơ sở dữ liệu hiện tại {db_path} (")
    assert "mọi thay đổi từ lúc sao lưu đến nay sẽ không còn" in question.detail
    assert question.choice_labels() == ["Khôi phục", "Hủy"]
    assert "Hoàng Thị Lan" in _names(db_path)

    with (
        prompts.answering("yes"),
        qtbot.waitSignal(window.database_replaced, timeout=20_000) as replaced,
    ):
        qtbot.mouseClick(page.ui.restoreButton, Qt.MouseButton.LeftButton)
    settle()
    text = replaced.args[0]
    assert text.startswith("Đã khôi phục bản sao lưu. Cơ sở dữ liệu bị thay được giữ lại tại ")
    kept = Path(text.rsplit(" tại ", 1)[1].rstrip("."))
    assert kept.is_file() and kept.parent == db_path.parent
    db.dispose()
    assert "Hoàng Thị Lan" not in _names(db_path)
    assert sorted(seeded) == _names(db_path)
    restored = open_database(str(db_path))
    try:
        report = audit_verify.verify_audit(restored, admin)
        assert report.ok, report.lines("en")  # the restored head was recorded on purpose
    finally:
        restored.dispose()


def test_a_backup_whose_trail_does_not_verify_is_asked_about_again(
    qtbot: Any, db: Any, db_path: Path, admin: Any, seeded: dict[str, int], settle: Any,
    tmp_path: Path,
) -> None:  # fmt: skip
    copy = tmp_path / "ban-sao-la.sqlite"
    backup.make_backup(db, admin, copy)
    with sqlite3.connect(copy) as edited:  # someone changed the copy outside the desk
        edited.execute("UPDATE audit_log SET actor = 'ke-gian' WHERE id = 2")
    reporters.add_reporter(
        db, admin, full_name="Hoàng Thị Lan", agency_id=1, card_no="VH-0909",
        card_expiry="31/12/2030",
    )  # fmt: skip
    window, page = _page(qtbot, db, admin, settle)

    answers = iter([str(copy), "yes", "no", "close"])
    with prompts.answering(lambda _q: next(answers)) as asked:
        qtbot.mouseClick(page.ui.restoreFileButton, Qt.MouseButton.LeftButton)
        settle()
    choose, confirm, unverified = asked
    assert choose.kind == "open_file"
    assert confirm.text.startswith(f"Khôi phục bản sao lưu {copy}")
    assert unverified.text.startswith(f"Chưa khôi phục: tệp {copy} không qua được kiểm tra")
    assert unverified.choice_labels() == ["Vẫn khôi phục", "Hủy"]
    assert "• " in unverified.detail and "2" in unverified.detail
    assert "Hoàng Thị Lan" in _names(db_path)  # declined: nothing restored

    answers = iter([str(copy), "yes", "yes"])
    with (
        prompts.answering(lambda _q: next(answers)),
        qtbot.waitSignal(window.database_replaced, timeout=20_000),
    ):
        qtbot.mouseClick(page.ui.restoreFileButton, Qt.MouseButton.LeftButton)
    settle()
    db.dispose()
    assert "Hoàng Thị Lan" not in _names(db_path)


def test_a_refused_restore_leaves_the_database_and_says_why(
    qtbot: Any, db: Any, db_path: Path, admin: Any, settle: Any, tmp_path: Path
) -> None:
    other = tmp_path / "khong-phai.sqlite"
    other.write_bytes(b"not a database at all" * 100)
    _window, page = _page(qtbot, db, admin, settle)
    answers = iter([str(other), "yes", "close"])
    with prompts.answering(lambda _q: next(answers)) as asked:
        page.restore_other_file()
        settle()
    told = asked[-1]
    assert told.kind == "error"
    assert told.text.startswith(f"Không khôi phục: tệp {other} không dùng được")
    assert told.detail == "Chưa khôi phục gì: cơ sở dữ liệu vẫn giữ nguyên."
    assert page.ui.restoreFileButton.isEnabled()
