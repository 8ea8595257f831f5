"""The access log page driven as an officer would: record an interview of two reporters with its
article, correct and delete it (its history beside it), filter the log down to a unit's tree, and
export what is shown — each step checked on screen and in the database or the file."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from cooperation_data import Cooperation, build
from openpyxl import load_workbook
from PySide6.QtCore import QDate, QDateTime, Qt, QTime
from PySide6.QtWidgets import QApplication, QComboBox, QLabel

from accred_app.core.access import entries
from accred_app.core.access.log import AccessFilter, count_access, list_access
from accred_app.core.registry import units
from accred_app.gui import prompts
from accred_app.gui.main_window import MainWindow
from accred_app.gui.models.access import AccessLogModel
from accred_app.gui.pages.access.editor import AGENCY, LINK, PUBLISHED, AccessEntryEditor
from accred_app.gui.pages.access.page import AccessLogPage


def _page(qtbot: Any, db: Any, actor: Any, settle: Any) -> tuple[MainWindow, AccessLogPage]:
    window = MainWindow(db, actor)
    qtbot.addWidget(window)
    window.resize(1300, 800)
    window.show()
    qtbot.waitExposed(window)
    window.show_page("access")
    settle()
    page = window.page("access")
    assert isinstance(page, AccessLogPage)
    return window, page


def _column(page: AccessLogPage, column: int) -> list[str]:
    model = page.model
    return [model.index(row, column).data() for row in range(model.rowCount())]


def _choose(combo: QComboBox, text: str) -> None:
    index = combo.findText(text, Qt.MatchFlag.MatchContains)
    assert index >= 0, (text, [combo.itemText(i) for i in range(combo.count())])
    combo.setCurrentIndex(index)
    combo.activated.emit(index)


def _open_editor(qtbot: Any, page: AccessLogPage, settle: Any) -> AccessEntryEditor:
    qtbot.waitUntil(lambda: page.editor is not None and page.editor.isVisible())
    settle()
    assert page.editor is not None
    return page.editor


def _add_reporter(qtbot: Any, editor: AccessEntryEditor, query: str, settle: Any) -> None:
    search = editor.ui.reporterSearch
    search.clear()
    qtbot.keyClicks(search, query)
    qtbot.waitUntil(lambda: not editor.finder.timer.isActive())
    settle()
    qtbot.keyClick(search, Qt.Key.Key_Return)  # Enter takes the first match, it does not save


def test_record_an_interview_of_two_reporters_with_its_article(
    qtbot: Any, db: Any, admin: Any, seeded: dict[str, int], settle: Any, type_text: Any
) -> None:
    unit = units.add_unit(db, admin, name="Phòng Tham mưu", code="PV01")
    window, page = _page(qtbot, db, admin, settle)
    assert page.ui.listStack.currentWidget() is page.ui.emptyState
    assert "Ghi nhận lượt tiếp cận" in page.ui.emptyState.text()

    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    editor = _open_editor(qtbot, page, settle)
    ui = editor.ui
    assert editor.windowTitle() == "Ghi nhận lượt tiếp cận"
    qtbot.keyClick(ui.subject, Qt.Key.Key_Return)  # nothing typed: every problem at once
    assert editor.isVisible()
    assert editor.errors is not None
    assert editor.errors.message("unit_id") == "Trường “Đơn vị” không được để trống."
    assert editor.errors.message("subject") == "Trường “Nội dung” không được để trống."
    assert editor.errors.message("reporter_ids") == "Cần ít nhất một phóng viên được tiếp cận."

    _choose(ui.unit_id, "Phòng Tham mưu")
    _choose(ui.kind, "Trả lời phỏng vấn")
    ui.occurred_at.setDateTime(QDateTime(QDate(2025, 3, 5), QTime(9, 30)))
    type_text(ui.subject, "Phỏng vấn về phòng, chống ma túy")
    _add_reporter(qtbot, editor, "anh", settle)
    _add_reporter(qtbot, editor, "binh", settle)
    assert [ui.reporter_ids.item(r).text() for r in range(ui.reporter_ids.count())] == [
        "Nguyễn Thị Ánh — Báo và Đài Phát thanh - Truyền hình Thanh Hóa",
        "Nguyễn Thị Bình — Báo Nhân Dân",
    ]
    assert editor.isVisible()  # Enter in the search box added, it did not save

    qtbot.mouseClick(ui.addArticleButton, Qt.MouseButton.LeftButton)
    type_text(QApplication.focusWidget(), "Quyết liệt phòng, chống ma túy")
    ui.articles.item(0, LINK).setText("https://baonhandan.vn/bai-1")
    ui.articles.item(0, PUBLISHED).setText("04/03/2025")  # before the interview: refused
    agency = ui.articles.cellWidget(0, AGENCY)
    assert isinstance(agency, QComboBox)
    _choose(agency, "Báo Nhân Dân")
    qtbot.mouseClick(ui.buttons.button(ui.buttons.StandardButton.Save), Qt.MouseButton.LeftButton)
    assert editor.errors.message("articles") == (
        "Bài viết thứ 1: Ngày đăng bài (04/03/2025) trước ngày tiếp cận (05/03/2025)."
    )
    assert count_access(db, admin) == 0
    ui.articles.item(0, PUBLISHED).setText("06/03/2025")
    with qtbot.waitSignal(editor.accepted):
        qtbot.mouseClick(
            ui.buttons.button(ui.buttons.StandardButton.Save), Qt.MouseButton.LeftButton
        )
    settle()

    (row,) = list_access(db, admin).rows
    assert (row.kind, row.unit_id, row.subject) == (
        "interview", unit, "Phỏng vấn về phòng, chống ma túy",
    )  # fmt: skip
    assert row.occurred_at == datetime(2025, 3, 5, 2, 30, tzinfo=UTC)
    assert {r.full_name for r in row.reporters} == {"Nguyễn Thị Ánh", "Nguyễn Thị Bình"}
    (article,) = row.articles
    assert (article.title, article.url, article.agency, article.published_on.isoformat()) == (
        "Quyết liệt phòng, chống ma túy", "https://baonhandan.vn/bai-1", "Báo Nhân Dân",
        "2025-03-06",
    )  # fmt: skip
    # on screen: the new line, selected, with its article and its history
    assert _column(page, AccessLogModel.TIME) == ["05/03/2025 09:30"]
    assert _column(page, AccessLogModel.KIND) == ["Trả lời phỏng vấn"]
    assert _column(page, AccessLogModel.REPORTERS) == ["Nguyễn Thị Ánh, Nguyễn Thị Bình"]
    assert page.ui.countLabel.text() == "1 dòng"
    assert window.statusBar().currentMessage() == "Đã lưu lượt tiếp cận."
    assert page.selected_row() is not None and page.selected_row().id == row.id
    assert "Quyết liệt phòng, chống ma túy" in page.ui.articlesValue.text()
    assert page.ui.editButton.isVisible() and page.ui.deleteButton.isVisible()
    qtbot.waitUntil(lambda: page.history_model.rowCount() == 4)
    history = [page.history_model.index(r, 0).data() for r in range(4)]
    assert any("Thêm phóng viên: Nguyễn Thị Ánh" in line for line in history)
    assert any("Thêm bài viết 1" in line and "Báo Nhân Dân" in line for line in history)


def test_correct_and_delete_an_access_with_its_history(
    qtbot: Any, db: Any, admin: Any, seeded: dict[str, int], settle: Any, type_text: Any
) -> None:
    unit = units.add_unit(db, admin, name="Phòng Tham mưu", code="PV01")
    other = units.add_unit(db, admin, name="Phòng Cảnh sát cơ động", code="PK02")
    view = entries.add_entry(
        db, admin, unit_id=unit, kind="briefing", occurred_at="2025-07-01 14:00",
        subject="Họp báo sáu tháng", reporter_ids=[seeded["Nguyễn Thị Ánh"]],
        articles=[entries.ArticleInput("Tin họp báo")],
    )  # fmt: skip
    window, page = _page(qtbot, db, admin, settle)
    page.table.selectRow(0)
    settle()
    qtbot.keyClick(window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    editor = _open_editor(qtbot, page, settle)
    ui = editor.ui
    assert editor.windowTitle() == f"Lượt tiếp cận số {view.id}"
    assert ui.subject.text() == "Họp báo sáu tháng"
    assert ui.articles.item(0, 0).text() == "Tin họp báo"
    _choose(ui.unit_id, "Phòng Cảnh sát cơ động")
    ui.subject.selectAll()
    type_text(ui.subject, "Họp báo sơ kết sáu tháng")
    _add_reporter(qtbot, editor, "cuong", settle)
    ui.articles.selectRow(0)
    qtbot.mouseClick(ui.removeArticleButton, Qt.MouseButton.LeftButton)
    ui.subject.setFocus()  # back in the form: Enter saves
    with qtbot.waitSignal(editor.accepted):
        qtbot.keyClick(ui.subject, Qt.Key.Key_Return)
    settle()
    changed = entries.get_entry(db, admin, view.id)
    assert (changed.unit_id, changed.subject, changed.articles) == (
        other, "Họp báo sơ kết sáu tháng", (),
    )  # fmt: skip
    assert [r.full_name for r in changed.reporters] == ["Nguyễn Thị Ánh", "Trần Văn Cường"]
    qtbot.waitUntil(lambda: page.history_model.rowCount() >= 6)
    history = "\n".join(
        page.history_model.index(r, 0).data() for r in range(page.history_model.rowCount())
    )
    assert "Đơn vị: Phòng Tham mưu → Phòng Cảnh sát cơ động" in history
    assert "Nội dung: Họp báo sáu tháng → Họp báo sơ kết sáu tháng" in history
    assert "Thêm phóng viên: Trần Văn Cường" in history
    assert "Xóa bài viết 1" in history

    with prompts.answering("no") as asked:
        qtbot.mouseClick(page.ui.deleteButton, Qt.MouseButton.LeftButton)
    assert asked[0].text.startswith("Xóa lượt tiếp cận “Họp báo sơ kết sáu tháng”")
    assert count_access(db, admin) == 1
    with prompts.answering("yes"):
        qtbot.mouseClick(page.ui.deleteButton, Qt.MouseButton.LeftButton)
    settle()
    assert count_access(db, admin) == 0
    assert page.ui.listStack.currentWidget() is page.ui.emptyState
    deleted = [line.entity for line in entries.entry_history(db, admin, view.id)]
    assert "access_entries" in deleted  # the deletion stays in the trail


@pytest.fixture
def year(db: Any, admin: Any) -> Cooperation:
    return build(db, admin)


def test_a_parent_unit_shows_its_sub_units_scans_and_the_file_holds_what_is_shown(
    qtbot: Any,
    db: Any,
    admin: Any,
    year: Cooperation,
    settle: Any,
    tmp_path: Path,
    qtmodeltester: Any,
) -> None:
    window, page = _page(qtbot, db, admin, settle)
    total = count_access(db, admin)
    assert page.model.total == total and page.ui.countLabel.text() == f"{total} dòng"
    qtmodeltester.check(page.model)

    _choose(page.ui.unitFilter, "Phòng Tham mưu")  # with its team, Đội Thông tin báo chí
    settle()
    wanted = AccessFilter(unit_id=year.pv01)
    assert page.model.total == count_access(db, admin, wanted) == 15
    assert "Đội Thông tin báo chí" in set(_column(page, AccessLogModel.UNIT))
    assert set(_column(page, AccessLogModel.UNIT)) <= {"Phòng Tham mưu", "Đội Thông tin báo chí"}

    _choose(page.ui.kindFilter, "Qua cổng kiểm soát")
    _choose(page.ui.outcomeFilter, "Từ chối")
    settle()
    shown = AccessFilter(unit_id=year.pv01, kinds=frozenset({"scan"}), allowed=False)
    expected = list_access(db, admin, shown).rows
    assert page.model.total == len(expected) > 0
    assert all("từ chối" in text for text in _column(page, AccessLogModel.WHAT))

    page.ui.dateFrom.setText("31/02/2025")  # no such day: said under the filters
    qtbot.keyClick(page.ui.dateFrom, Qt.Key.Key_Return)
    assert page.ui.filterError.isVisible()
    assert "31/02/2025" in page.ui.filterError.text()
    page.ui.dateFrom.clear()
    qtbot.keyClick(page.ui.dateFrom, Qt.Key.Key_Return)
    settle()
    assert not page.ui.filterError.isVisible()

    target = tmp_path / "nhat-ky.xlsx"
    with prompts.answering(str(target)) as asked:
        qtbot.mouseClick(page.ui.exportButton, Qt.MouseButton.LeftButton)
        settle()
    assert asked[0].kind == "save_file" and asked[0].text.endswith(".xlsx")
    sheet = load_workbook(target, read_only=True).active
    lines = list(sheet.iter_rows(min_row=2, values_only=True))
    assert [line[-1] for line in lines] == [row.id for row in expected]
    assert {line[3] for line in lines} <= {"Phòng Tham mưu", "Đội Thông tin báo chí"}
    assert {line[7] for line in lines} == {"từ chối"}
    assert window.statusBar().currentMessage() == (
        f"Đã xuất {len(expected)} dòng ra tệp nhat-ky.xlsx."
    )


def test_the_log_is_read_a_page_at_a_time(
    qtbot: Any, db: Any, admin: Any, year: Cooperation, settle: Any, monkeypatch: Any
) -> None:
    from accred_app.gui.pages.access import page as page_module

    monkeypatch.setattr(page_module, "PAGE_SIZE", 5)
    window, page = _page(qtbot, db, admin, settle)
    window.resize(1000, 420)  # a short screen: the view asks for rows only as it needs them
    page.refresh()
    settle()
    shown = page.model.rowCount()
    assert shown % 5 == 0 and 5 <= shown < page.model.total == count_access(db, admin)
    while page.model.canFetchMore(page.model.index(-1, -1)):
        page.model.fetchMore(page.model.index(-1, -1))
        settle()
    whole = [(r.source, r.id) for r in list_access(db, admin, limit=1000).rows]
    assert [(r.source, r.id) for r in page.model.rows()] == whole


@pytest.mark.parametrize("locale", ["vi", "en"])
def test_the_forms_of_this_page_reach_every_field_by_keyboard(
    qtbot: Any, db: Any, admin: Any, settle: Any, locale: str, desk_app: Any
) -> None:
    """Alt+letter reaches one place in the entry form and the reporter chooser, in each language."""
    import re
    from collections import Counter

    from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget

    from accred_app.gui.i18n import install_translators

    install_translators(desk_app, locale)
    _window, page = _page(qtbot, db, admin, settle)
    page.add_entry()
    editor = _open_editor(qtbot, page, settle)
    page.choose_reporter()
    settle()
    assert page.chooser is not None
    for form in (editor, page.chooser):
        letters = []
        for child in form.findChildren(QWidget):
            if not child.isVisibleTo(form):
                continue
            if isinstance(child, QAbstractButton) or (isinstance(child, QLabel) and child.buddy()):
                found = re.search(r"&([^\s&])", child.text())
                if found:
                    letters.append(found.group(1).lower())
        assert len(letters) >= 3, form.objectName()
        assert not [k for k, n in Counter(letters).items() if n > 1], (locale, letters)
        form.done(0)


def test_the_pages_speak_english_after_a_live_switch(
    qtbot: Any, db: Any, admin: Any, year: Cooperation, settle: Any, desk_app: Any
) -> None:
    from accred_app.gui.i18n import switch_language

    window, page = _page(qtbot, db, admin, settle)
    assert page.ui.kindFilter.itemText(0) == "Mọi hình thức"
    switch_language("en")
    try:
        qtbot.waitUntil(lambda: page.ui.kindFilter.itemText(0) == "All kinds")
        assert page.ui.kindFilter.itemText(1) == "Checkpoint scan"
        assert page.model.headerData(0, Qt.Orientation.Horizontal) == "Time"
        assert set(_column(page, AccessLogModel.KIND)) <= {
            "Checkpoint scan", "Interview", "Press briefing", "Escorted site visit",
            "Documents or figures",
        }  # fmt: skip
        assert page.ui.countLabel.text() == f"{page.model.total} lines"
        for page_id, text in (
            ("reports", "Cooperation report"),
            ("reporter_import", "Choose the list an agency sent"),
            ("privacy", "Press “Check who is due”"),
        ):
            window.show_page(page_id)
            settle()
            shown = window.page(page_id)
            labels = " ".join(
                child.text() for child in shown.findChildren(QLabel) if child.isVisible()
            )
            if page_id == "reports":
                labels += " " + shown.ui.tabs.tabText(0)
            assert text in labels, (page_id, labels)
    finally:
        switch_language("vi")
