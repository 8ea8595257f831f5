"""Importing an agency's list in the window, as an officer would: the preview shows the encoding,
how each column is read, every row with its reasons (a bad CCCD, a duplicate in the file and one
already registered); the good rows go in; all-or-nothing imports nothing; a TCVN3 list reads right;
a column set by hand is remembered for the next list with the same headings."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from sqlalchemy import func, select

from accred_app.core.models import Reporter
from accred_app.core.registry import reporters
from accred_app.core.tabular.legacy import encode_tcvn3
from accred_app.gui import prompts
from accred_app.gui.main_window import MainWindow
from accred_app.gui.models.import_rows import NAME, PROBLEMS, RESULT
from accred_app.gui.pages.reporter_import.page import ReporterImportPage

LIST = "\r\n".join(
    [
        "DANH SÁCH PHÓNG VIÊN ĐĂNG KÝ TÁC NGHIỆP",
        "STT;Họ và tên;Cơ quan báo chí;Số thẻ nhà báo;Ngày hết hạn;CCCD",
        "1;Hoàng Thị Lan;Báo Nhân Dân;ND-9001;31/12/2030;038190001234",
        "2;Đỗ Văn Nam;Báo Thanh Hóa;TH-9002;30/06/2030;12345",
        "3;Vũ Thị Mai;Báo Thanh Hóa;ND-9001;30/06/2030;",
        "4;Ngô Văn Hải;Báo Nhân Dân;nd-2202 ;30/06/2030;",
        "5;Trịnh Thị Hoa;Báo Nhân Dân;ND-9005;30/06/2030;",
    ]
)


def _page(qtbot: Any, db: Any, actor: Any, settle: Any) -> tuple[MainWindow, ReporterImportPage]:
    window = MainWindow(db, actor)
    qtbot.addWidget(window)
    window.resize(1300, 800)
    window.show()
    qtbot.waitExposed(window)
    window.show_page("reporter_import")
    settle()
    page = window.page("reporter_import")
    assert isinstance(page, ReporterImportPage)
    return window, page


def _open(page: ReporterImportPage, qtbot: Any, path: Path, settle: Any) -> None:
    with prompts.answering(str(path)) as asked:
        qtbot.mouseClick(page.ui.chooseButton, Qt.MouseButton.LeftButton)
        settle()
    assert asked[0].kind == "open_file"


def _shown_rows(page: ReporterImportPage) -> list[tuple[str, str, str]]:
    model = page.ui.rowsTable.model()
    return [
        (
            model.index(row, NAME).data(),
            model.index(row, RESULT).data(),
            model.index(row, PROBLEMS).data(),
        )
        for row in range(model.rowCount())
    ]


def _reporters(db: Any) -> int:
    with db.reading() as session:
        return int(session.scalar(select(func.count()).select_from(Reporter)) or 0)


def test_preview_shows_every_reason_and_imports_the_good_rows(
    qtbot: Any, db: Any, admin: Any, seeded: dict[str, int], settle: Any, tmp_path: Path
) -> None:
    path = tmp_path / "danh-sach.csv"
    path.write_bytes(LIST.encode("utf-8-sig"))
    window, page = _page(qtbot, db, admin, settle)
    assert not page.ui.importButton.isEnabled()
    _open(page, qtbot, path, settle)
    ui = page.ui
    assert ui.fileValue.text() == "danh-sach.csv"
    assert ui.infoValue.text() == (
        "CSV · bảng mã UTF-8 (BOM) · các cột cách nhau bởi dấu chấm phẩy · tiêu đề ở dòng 2 · "
        "nhận biết cột theo tiêu đề"
    )
    assert page.field_combo(3).currentText() == "Số thẻ nhà báo"  # recognised from "Số thẻ nhà báo"
    assert page.field_combo(0).currentText() == "Số thứ tự"
    rows = _shown_rows(page)
    assert [name for name, _, _ in rows] == [
        "Hoàng Thị Lan", "Đỗ Văn Nam", "Vũ Thị Mai", "Ngô Văn Hải", "Trịnh Thị Hoa",
    ]  # fmt: skip
    assert rows[0][1:] == ("nhập được", "")
    assert rows[1][1] == "không nhập"
    assert rows[1][2] == "Số CCCD “12345” không hợp lệ: phải gồm đúng 12 chữ số."
    assert rows[2][2] == "Trùng số thẻ nhà báo “ND-9001” với dòng 3 của tệp."
    assert rows[3][2] == (  # already registered
        "Số thẻ nhà báo “nd-2202” đã được cấp cho phóng viên Nguyễn Thị Bình (mã 2)."
    )
    assert ui.summaryValue.text() == (
        "Đọc được 5 dòng; 2 dòng nhập được; 3 dòng không nhập được (2 dòng trùng); "
        "cơ quan báo chí mới: Báo Thanh Hóa."
    )
    ui.onlyProblems.setChecked(True)
    assert [name for name, _, _ in _shown_rows(page)] == ["Đỗ Văn Nam", "Vũ Thị Mai", "Ngô Văn Hải"]
    assert _reporters(db) == 5  # the preview wrote nothing

    ui.allOrNothing.setChecked(True)  # all or nothing: three bad rows, nothing goes in
    assert ui.importButton.text() == "Nhậ&p 2 phóng viên"
    qtbot.mouseClick(ui.importButton, Qt.MouseButton.LeftButton)
    settle()
    assert _reporters(db) == 5
    assert ui.fileProblems.isVisible()
    assert ui.fileProblems.text().startswith("Không nhập phóng viên nào: 3 dòng có lỗi (dòng 4:")

    ui.allOrNothing.setChecked(False)
    qtbot.mouseClick(ui.importButton, Qt.MouseButton.LeftButton)
    settle()
    assert _reporters(db) == 7
    names = {r.full_name for r in reporters.list_reporters(db, admin)}
    assert {"Hoàng Thị Lan", "Trịnh Thị Hoa"} <= names and "Đỗ Văn Nam" not in names
    assert window.statusBar().currentMessage() == "Đã nhập 2 phóng viên từ tệp danh-sach.csv."
    assert ui.bodyStack.currentWidget() is ui.emptyState
    result = ui.emptyState.text()
    assert result.startswith("Đã nhập 2 phóng viên.")
    assert "dòng 4: Số CCCD “12345” không hợp lệ" in result
    assert not ui.fileProblems.isVisible()


def test_a_tcvn3_list_reads_right_and_a_column_set_by_hand_is_remembered(
    qtbot: Any, db: Any, admin: Any, seeded: dict[str, int], settle: Any, tmp_path: Path
) -> None:
    text = "\r\n".join(
        [
            "Họ và tên,Nơi làm việc,Số thẻ nhà báo,Ngày hết hạn",
            "Nguyễn Thị Ánh,Báo Thanh Hóa,TH-7001,31/12/2030",
            "Đặng Quốc Việt,Báo Thanh Hóa,TH-7002,31/12/2030",
        ]
    )
    path = tmp_path / "cu.csv"
    path.write_bytes(encode_tcvn3(text))
    _window, page = _page(qtbot, db, admin, settle)
    _open(page, qtbot, path, settle)
    ui = page.ui
    assert "bảng mã TCVN3 (ABC)" in ui.infoValue.text()
    # "Nơi làm việc" (workplace) is not a heading the desk knows: the officer says what it is
    assert page.field_combo(1).currentText() == "(không nhập)"
    assert "Chưa có cột nào ứng với “Cơ quan báo chí”" in ui.fileProblems.text()
    assert not ui.importButton.isEnabled()
    combo = page.field_combo(1)
    combo.setCurrentIndex(combo.findText("Cơ quan báo chí"))
    combo.activated.emit(combo.currentIndex())
    settle()
    assert not ui.fileProblems.isVisible()
    assert "cột theo cách bạn đã chọn" in ui.infoValue.text()
    assert [name for name, _, _ in _shown_rows(page)] == ["Nguyễn Thị Ánh", "Đặng Quốc Việt"]
    qtbot.mouseClick(ui.importButton, Qt.MouseButton.LeftButton)
    settle()
    assert {"Nguyễn Thị Ánh", "Đặng Quốc Việt"} <= {
        r.full_name for r in reporters.list_reporters(db, admin, agency_id=None)
    }

    again = tmp_path / "lan-sau.csv"  # the same template next month: the column is remembered
    again.write_bytes(
        encode_tcvn3(
            "Họ và tên,Nơi làm việc,Số thẻ nhà báo,Ngày hết hạn\r\n"
            "Lê Thị Thu,Báo Thanh Hóa,TH-7003,31/12/2030\r\n"
        )
    )
    _open(page, qtbot, again, settle)
    assert page.field_combo(1).currentText() == "Cơ quan báo chí"
    assert "cột theo cách đã chọn cho mẫu danh sách này lần trước" in ui.infoValue.text()
    assert ui.importButton.isEnabled()


def test_a_file_in_no_known_encoding_is_refused_with_a_clear_message(
    qtbot: Any, db: Any, admin: Any, settle: Any, tmp_path: Path
) -> None:
    path = tmp_path / "x.csv"
    path.write_bytes("Name;Größe\nMüller;Straße\n".encode("latin-1"))
    _window, page = _page(qtbot, db, admin, settle)
    _open(page, qtbot, path, settle)
    assert page.ui.fileProblems.text().startswith("Không nhận ra bảng mã của tệp x.csv")
    assert page.ui.bodyStack.currentWidget() is page.ui.emptyState
    assert not page.ui.importButton.isEnabled()
