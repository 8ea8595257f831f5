"""The frame every page stands on: compiled Designer forms, the worker helper, the questions."""

from __future__ import annotations

import threading
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QPushButton, QWidget

from accred_app.core.errors import DatabaseProblem, ValidationError
from accred_app.gui import operations, prompts


def test_every_form_matches_its_compiled_module(build_gui: Any) -> None:
    assert build_gui.forms(), "no Designer forms found in ui/"
    assert build_gui.stale_forms() == [], "run `python tools/build_gui.py forms`"


def test_a_changed_form_is_caught(
    tmp_path: Any, monkeypatch: pytest.MonkeyPatch, build_gui: Any
) -> None:
    """The check compares the real compiler output, so an edited form cannot slip through."""
    form = build_gui.FORMS_DIR / "sign_in.ui"
    module = build_gui.module_for(form)
    changed = tmp_path / "sign_in.ui"
    changed.write_text(
        form.read_text(encoding="utf-8").replace("Sign in", "Log on"), encoding="utf-8"
    )
    monkeypatch.setattr(build_gui, "forms", lambda: [changed])
    monkeypatch.setattr(build_gui, "module_for", lambda _form: module)
    assert "accred_app/gui/generated/ui_sign_in.py differs from ui/sign_in.ui" in (
        build_gui.stale_forms()
    )


def test_compiled_forms_say_they_are_generated(build_gui: Any) -> None:
    for form in build_gui.forms():
        text = build_gui.module_for(form).read_text(encoding="utf-8")
        assert text.startswith(f"# Generated from ui/{form.name} by tools/build_gui.py")
        assert "do not edit" in text.splitlines()[0]


@pytest.fixture
def parent(qtbot: Any) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.show()
    return widget


def test_slow_work_shows_a_busy_cursor_at_once_and_progress_later(
    qtbot: Any, parent: QWidget, settle: Any
) -> None:
    release = threading.Event()
    results: list[str] = []
    operation = operations.run(
        parent,
        lambda: release.wait(10) and "done",
        success=results.append,
        label="Đang đọc…",
        cancellable=True,
    )
    assert QGuiApplication.overrideCursor().shape() == Qt.CursorShape.WaitCursor
    assert operation.progress is None  # a quick answer never flashes a dialog
    qtbot.waitUntil(lambda: operation.progress is not None and operation.progress.isVisible())
    assert operation.progress.labelText() == "Đang đọc…"
    release.set()
    settle()
    assert results == ["done"]
    assert operation.progress is None
    assert QGuiApplication.overrideCursor() is None


def test_cancel_stops_waiting_and_drops_the_result(
    qtbot: Any, parent: QWidget, settle: Any
) -> None:
    release = threading.Event()
    results: list[object] = []
    operation = operations.run(
        parent, lambda: release.wait(10), success=results.append, cancellable=True
    )
    qtbot.waitUntil(lambda: operation.progress is not None)
    (cancel,) = operation.progress.findChildren(QPushButton)
    assert cancel.text() == "Hủy"
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    assert operation.cancelled and not operation.is_running
    assert QGuiApplication.overrideCursor() is None
    release.set()
    settle()
    from PySide6.QtCore import QCoreApplication, QThreadPool

    QThreadPool.globalInstance().waitForDone(5000)
    QCoreApplication.processEvents()  # the worker's late answer, were it delivered, lands now
    assert results == []


def test_a_write_has_no_cancel_button(qtbot: Any, parent: QWidget, settle: Any) -> None:
    release = threading.Event()
    operation = operations.run(parent, lambda: release.wait(10))
    qtbot.waitUntil(lambda: operation.progress is not None)
    assert operation.progress.findChildren(QPushButton) == []
    release.set()
    settle()


def test_a_domain_error_is_told_in_the_desk_language(parent: QWidget, settle: Any) -> None:
    def work() -> None:
        raise ValidationError("invalid_citizen_id", value="123", field="citizen_id")

    with prompts.answering("close") as asked:
        operations.run(parent, work)
        settle()
    (question,) = asked
    assert question.kind == "error"
    assert question.text == "Số CCCD “123” không hợp lệ: phải gồm đúng 12 chữ số."
    assert question.choice_labels() == ["Đóng"]


def test_a_failure_handler_gets_the_error_instead(parent: QWidget, settle: Any) -> None:
    errors: list[object] = []

    def work() -> None:
        raise ValidationError("required", field="full_name")

    with prompts.answering("close") as asked:
        operations.run(parent, work, failure=errors.append)
        settle()
    assert asked == []
    assert [getattr(e, "field", None) for e in errors] == ["full_name"]


def test_a_bug_is_one_clear_sentence(parent: QWidget, settle: Any) -> None:
    def work() -> None:
        raise RuntimeError("boom\nSELECT * FROM secrets")

    with prompts.answering("close") as asked:
        operations.run(parent, work)
        settle()
    assert asked[0].text == "Lỗi không mong đợi: RuntimeError: boom SELECT * FROM secrets"


def test_a_busy_database_is_tried_again_before_the_officer_is_told(
    parent: QWidget, settle: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(operations, "LOCKED_RETRY_PAUSES_S", (0.01, 0.01, 0.01))
    attempts: list[int] = []

    def busy_twice() -> str:
        attempts.append(1)
        if len(attempts) < 3:
            raise DatabaseProblem("db_locked", path="~/accred.sqlite")
        return "saved"

    results: list[str] = []
    operations.run(parent, busy_twice, success=results.append)
    settle()
    assert results == ["saved"] and len(attempts) == 3

    attempts.clear()

    def always_busy() -> None:
        attempts.append(1)
        raise DatabaseProblem("db_locked", path="~/accred.sqlite")

    with prompts.answering("close") as asked:
        operations.run(parent, always_busy)
        settle()
    assert len(attempts) == 4
    assert asked[0].text.startswith("Cơ sở dữ liệu đang bị khóa bởi một chương trình khác")


def test_no_callback_after_the_parent_is_gone(qtbot: Any, settle: Any) -> None:
    release = threading.Event()
    widget = QWidget()
    results: list[object] = []
    operations.run(widget, lambda: release.wait(10), success=results.append)
    widget.deleteLater()
    qtbot.waitUntil(lambda: not _alive(widget))
    release.set()
    settle()
    assert results == []


def _alive(widget: QWidget) -> bool:
    import shiboken6

    return shiboken6.isValid(widget)


def test_questions_are_answered_by_tests_and_recorded(parent: QWidget) -> None:
    with prompts.answering(lambda question: "yes") as asked:
        assert prompts.confirm(parent, "Khôi phục bản sao lưu?", yes="Khôi phục")
    assert asked[0].choice_labels() == ["Khôi phục", "Hủy"]
    assert asked[0].escape == "no"
    with prompts.answering(None):
        assert prompts.ask_unsaved(parent) == "cancel"  # closing the box keeps editing


def test_qt_calls_keep_none_alive(qtbot: Any) -> None:
    """PySide6 6.12.0 drops a reference to ``None`` on every call that returns nothing; on Python
    3.11 the desk then aborts ("none_dealloc") after some thousands of calls. pyproject.toml
    excludes that release; this catches a Qt binding with the same fault."""
    import sys

    from PySide6.QtWidgets import QLabel

    label = QLabel()
    qtbot.addWidget(label)
    before = sys.getrefcount(None)
    for _ in range(2000):
        label.setText("Phóng viên")
    assert sys.getrefcount(None) - before > -100
