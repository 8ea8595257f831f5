"""Personal data in the window: purpose and consent kept on the reporter's record (and the form
saying no ID-card image may be used), everything about one reporter exported for a data-subject
request, the retention period set and a purge previewed, refused once, then done."""

from __future__ import annotations

import json
import zipfile
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from accred_app.core.clock import utcnow
from accred_app.core.privacy import retention
from accred_app.core.registry import reporters
from accred_app.gui import prompts
from accred_app.gui.main_window import MainWindow
from accred_app.gui.pages.privacy.page import PrivacyPage
from accred_app.gui.pages.reporters.page import ReportersPage


def _window(qtbot: Any, db: Any, actor: Any, settle: Any) -> MainWindow:
    window = MainWindow(db, actor)
    qtbot.addWidget(window)
    window.resize(1300, 800)
    window.show()
    qtbot.waitExposed(window)
    settle()
    return window


def _select(page: ReportersPage, name: str, settle: Any) -> None:
    model = page.table.model()
    names = [model.index(r, 0).data() for r in range(model.rowCount())]
    page.table.selectRow(names.index(name))
    settle()


def test_purpose_and_consent_are_kept_and_the_form_says_no_id_card_image(
    qtbot: Any, db: Any, admin: Any, seeded: dict[str, int], settle: Any, type_text: Any
) -> None:
    window = _window(qtbot, db, admin, settle)
    page = window.page("reporters")
    assert isinstance(page, ReportersPage)
    _select(page, "Nguyễn Thị Ánh", settle)
    assert page.ui.consentValue.text() == "Đồng ý xử lý dữ liệu: chưa ghi nhận"
    page.detail.edit_reporter()
    qtbot.waitUntil(lambda: page.detail.editor is not None and page.detail.editor.isVisible())
    editor = page.detail.editor
    assert editor is not None
    ui = editor.ui
    assert ui.photoRule.text() == (
        "Chỉ dùng ảnh chân dung; không dùng ảnh chụp thẻ căn cước, chứng minh nhân dân hay giấy "
        "tờ tùy thân khác."
    )
    assert ui.processing_purpose.text() == reporters.DEFAULT_PROCESSING_PURPOSE
    tomorrow = date.today() + timedelta(days=2)
    qtbot.keyClicks(ui.consent_given_on, tomorrow.strftime("%d/%m/%Y"))  # not yet: refused
    qtbot.mouseClick(ui.buttons.button(ui.buttons.StandardButton.Save), Qt.MouseButton.LeftButton)
    assert editor.errors is not None
    assert editor.errors.message("consent_given_on").endswith("chưa đến.")
    assert editor.isVisible()
    ui.consent_given_on.clear()
    qtbot.keyClicks(ui.consent_given_on, "01/03/2025")
    ui.consent_method.setCurrentIndex(ui.consent_method.findText("Qua cơ quan báo chí"))
    ui.processing_purpose.selectAll()
    type_text(ui.processing_purpose, "Cấp thẻ tác nghiệp Đại hội Đảng bộ tỉnh")
    with qtbot.waitSignal(editor.accepted):
        qtbot.mouseClick(
            ui.buttons.button(ui.buttons.StandardButton.Save), Qt.MouseButton.LeftButton
        )
    settle()
    saved = reporters.get_reporter(db, admin, seeded["Nguyễn Thị Ánh"])
    assert (saved.consent_given_on, saved.consent_method, saved.processing_purpose) == (
        date(2025, 3, 1), "via_agency", "Cấp thẻ tác nghiệp Đại hội Đảng bộ tỉnh",
    )  # fmt: skip
    assert page.ui.consentValue.text() == "Đồng ý xử lý dữ liệu: 01/03/2025, Qua cơ quan báo chí"
    history = [
        page.detail.history_model.index(r, 3).data()
        for r in range(page.detail.history_model.rowCount())
    ]
    assert any("Hình thức đồng ý: — → Qua cơ quan báo chí" in line for line in history)


def test_everything_about_a_reporter_in_one_file(
    qtbot: Any, db: Any, admin: Any, seeded: dict[str, int], settle: Any, tmp_path: Path
) -> None:
    window = _window(qtbot, db, admin, settle)
    page = window.page("reporters")
    assert isinstance(page, ReportersPage)
    _select(page, "Trần Văn Cường", settle)
    assert page.ui.exportDataButton.isVisible()
    target = tmp_path / "yeu-cau.zip"
    with prompts.answering(str(target)) as asked:
        qtbot.mouseClick(page.ui.exportDataButton, Qt.MouseButton.LeftButton)
        settle()
    assert asked[0].text == f"du-lieu-ca-nhan-{seeded['Trần Văn Cường']}.zip"
    with zipfile.ZipFile(target) as archive:
        data = json.loads(archive.read("data.json"))
    assert data["reporter"]["full_name"] == "Trần Văn Cường"
    assert window.statusBar().currentMessage() == (
        "Đã xuất dữ liệu cá nhân ra tệp yeu-cau.zip (việc xuất được ghi lại)."
    )


def test_a_desk_officer_sees_neither_the_export_nor_the_privacy_page(
    qtbot: Any, db: Any, seeded: dict[str, int], settle: Any
) -> None:
    from accred_app.core.models import Role
    from accred_app.core.roles import Actor

    desk = Actor(username="canbo", role=Role.DESK)
    window = _window(qtbot, db, desk, settle)
    assert "privacy" not in window.pages and "reporter_import" in window.pages
    page = window.page("reporters")
    assert isinstance(page, ReportersPage)
    _select(page, "Trần Văn Cường", settle)
    assert not page.ui.exportDataButton.isVisible()


def test_retention_set_and_a_dry_run_lists_who_would_be_anonymised(
    qtbot: Any,
    db: Any,
    admin: Any,
    seeded: dict[str, int],
    settle: Any,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = _window(qtbot, db, admin, settle)
    window.show_page("privacy")
    settle()
    page = window.page("privacy")
    assert isinstance(page, PrivacyPage)
    ui = page.ui
    assert ui.retentionYears.value() == 5
    assert not ui.purgeButton.isEnabled()
    ui.retentionYears.setValue(2)
    qtbot.mouseClick(ui.saveRetentionButton, Qt.MouseButton.LeftButton)
    settle()
    assert retention.retention_years(db) == 2
    assert window.statusBar().currentMessage() == (
        "Dữ liệu cá nhân từ nay được lưu 2 năm kể từ hoạt động cuối cùng."
    )

    qtbot.mouseClick(ui.dryRunButton, Qt.MouseButton.LeftButton)
    settle()
    assert ui.purgeInfo.text() == "Không có phóng viên nào quá thời hạn lưu trữ 2 năm."

    later = utcnow() + timedelta(days=365 * 3)  # three years on, nobody came back
    monkeypatch.setattr(retention, "utcnow", lambda: later)
    qtbot.mouseClick(ui.dryRunButton, Qt.MouseButton.LeftButton)
    settle()
    names = [page.due_model.index(r, 1).data() for r in range(page.due_model.rowCount())]
    assert sorted(names) == sorted(seeded)
    assert ui.purgeInfo.text() == "5 phóng viên sẽ bị ẩn danh (thời hạn lưu trữ 2 năm):"
    assert ui.purgeButton.isEnabled() and ui.purgeButton.text() == "Ẩn d&anh 5 phóng viên…"
    assert reporters.get_reporter(db, admin, seeded["Nguyễn Thị Ánh"]).full_name == (
        "Nguyễn Thị Ánh"
    )  # a dry run changes nothing

    with prompts.answering("no") as asked:
        qtbot.mouseClick(ui.purgeButton, Qt.MouseButton.LeftButton)
    assert asked[0].text == "Ẩn danh 5 phóng viên?"
    settle()
    assert reporters.get_reporter(db, admin, seeded["Nguyễn Thị Ánh"]).anonymised_at is None

    with prompts.answering("yes"):
        qtbot.mouseClick(ui.purgeButton, Qt.MouseButton.LeftButton)
        settle()
    gone = reporters.get_reporter(db, admin, seeded["Nguyễn Thị Ánh"])
    assert gone.anonymised_at is not None and gone.full_name.startswith("Đã ẩn danh #")
    assert ui.purgeInfo.text().startswith("Đã ẩn danh 5 phóng viên; đã xóa dữ liệu cá nhân")
    assert not ui.purgeButton.isEnabled()
    shown = [page.due_model.index(r, 1).data() for r in range(page.due_model.rowCount())]
    assert all(name.startswith("Đã ẩn danh #") for name in shown)  # the names are not shown again
