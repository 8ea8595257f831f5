"""Nhật ký thay đổi, driven as an officer would: verify the trail (intact; then a row altered with
SQL is named), copy the head hash, filter the changes by record, officer and date, page through."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import text

from accred_app.core.registry import agencies, reporters
from accred_app.core.security import officers
from accred_app.gui.main_window import MainWindow
from accred_app.gui.models.audit_trail import AuditTrailModel
from accred_app.gui.pages.audit.page import AuditPage


def _page(qtbot: Any, db: Any, actor: Any, settle: Any) -> AuditPage:
    window = MainWindow(db, actor)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    settle()
    window.show_page("audit")
    settle()
    page = window.page("audit")
    assert isinstance(page, AuditPage)
    assert window.ui.navigation.currentItem().text() == "Nhật ký thay đổi"
    return page


def _sections(page: AuditPage) -> dict[str, tuple[str, list[str]]]:
    tree = page.ui.results
    found = {}
    for index in range(tree.topLevelItemCount()):
        item = tree.topLevelItem(index)
        children = [item.child(n).text(0) for n in range(item.childCount())]
        found[str(item.data(0, Qt.ItemDataRole.UserRole))] = (item.text(0), children)
    return found


def _column(page: AuditPage, column: int) -> list[str]:
    model = page.model
    return [str(model.index(row, column).data()) for row in range(model.rowCount())]


def test_verify_an_intact_trail_then_see_an_altered_row_named(
    qtbot: Any, db: Any, admin: Any, seeded: dict[str, int], settle: Any
) -> None:
    page = _page(qtbot, db, admin, settle)
    qtbot.mouseClick(page.ui.verifyButton, Qt.MouseButton.LeftButton)
    settle()
    report = page.report
    assert report is not None and report.ok
    assert page.ui.verdict.text().startswith("Nhật ký nguyên vẹn: ")
    assert page.ui.headHash.text() == report.chain.head_hash and len(report.chain.head_hash) == 64
    sections = _sections(page)
    assert list(sections) == ["chain", "replay", "heads", "scan_chains"]
    assert all(title.startswith("✓ ") for title, _children in sections.values())
    assert sections["chain"][0].startswith("✓ Chuỗi nhật ký kiểm tra nguyên vẹn")
    qtbot.mouseClick(page.ui.copyHeadButton, Qt.MouseButton.LeftButton)
    assert QApplication.clipboard().text() == report.chain.head_hash

    # someone edits the database behind the desk's back: a reporter's name, and a trail row
    binh = seeded["Nguyễn Thị Bình"]
    with db.engine.begin() as connection:
        connection.execute(
            text("UPDATE reporters SET full_name = 'Nguyễn Thị Bính' WHERE id = :id"), {"id": binh}
        )
        connection.execute(text("UPDATE audit_log SET actor = 'ke-gian' WHERE id = 3"))
    qtbot.mouseClick(page.ui.verifyButton, Qt.MouseButton.LeftButton)
    settle()
    assert page.report is not None and not page.report.ok
    assert page.ui.verdict.text().startswith("Phát hiện ")
    sections = _sections(page)
    chain_title, _ = sections["chain"]
    assert chain_title.startswith("✗ ") and "3" in chain_title
    replay_title, replay_findings = sections["replay"]
    assert replay_title.startswith("✗ ")
    assert any(f"#{binh}" in finding or str(binh) in finding for finding in replay_findings)
    assert any("Nguyễn Thị Bính" in finding for finding in replay_findings)


def test_filter_the_changes_by_record_officer_and_date(
    qtbot: Any, db: Any, admin: Any, seeded: dict[str, int], settle: Any
) -> None:
    officers.create_officer(
        db, admin, username="ban.1", full_name="Phạm Thu Hà", role="desk", password="mat-khau-ban-1"
    )
    desk = officers.authenticate(db, "ban.1", "mat-khau-ban-1")
    anh = seeded["Nguyễn Thị Ánh"]
    reporters.update_reporter(db, desk, anh, phone="0912345678")
    agencies.add_agency(db, desk, name="Báo Văn hóa", kind="print")
    page = _page(qtbot, db, admin, settle)
    assert page.model.rowCount() > 10
    assert _column(page, AuditTrailModel.OFFICER)[0] == "ban.1"  # newest first
    assert page.ui.countLabel.text().endswith("thay đổi")

    # one record: the reporter Ánh
    ui = page.ui
    ui.entity.setCurrentIndex(ui.entity.findData("reporters"))
    qtbot.keyClicks(ui.entity_id, str(anh))
    qtbot.keyClick(ui.entity_id, Qt.Key.Key_Return)
    settle()
    assert _column(page, AuditTrailModel.ACTION) == ["Sửa", "Tạo mới"]
    assert _column(page, AuditTrailModel.RECORD) == [f"Phóng viên #{anh}"] * 2
    assert "Điện thoại: — → 0912345678" in _column(page, AuditTrailModel.CHANGES)[0]

    # one officer, every kind of record
    ui.entity_id.clear()
    ui.entity.setCurrentIndex(0)
    assert ui.officer.findData("ban.1") > 0  # the names that wrote the trail are offered
    ui.officer.setCurrentIndex(ui.officer.findData("ban.1"))
    qtbot.mouseClick(ui.showButton, Qt.MouseButton.LeftButton)
    settle()
    assert set(_column(page, AuditTrailModel.OFFICER)) == {"ban.1"}
    assert len(_column(page, AuditTrailModel.OFFICER)) == 2

    # dates: today (in Vietnam) has everything, a day long past nothing
    ui.officer.setCurrentIndex(0)
    from accred_app.gui.models.reporter_listing import today_in_vietnam

    today = today_in_vietnam().strftime("%d/%m/%Y")
    qtbot.keyClicks(ui.since, today)
    qtbot.keyClicks(ui.until, today)
    qtbot.keyClick(ui.until, Qt.Key.Key_Return)
    settle()
    assert page.model.rowCount() > 10
    ui.since.setText("01/01/2001")
    ui.until.setText("31/12/2001")
    qtbot.keyClick(ui.until, Qt.Key.Key_Return)
    settle()
    assert page.model.rowCount() == 0
    assert ui.listStack.currentWidget() is ui.emptyState

    # a wrong date or reversed dates are said beside the field, and nothing is read
    ui.until.setText("31/02/2026")
    qtbot.keyClick(ui.until, Qt.Key.Key_Return)
    assert page.errors.message("until").startswith("Ngày “31/02/2026” không hợp lệ")
    ui.since.setText("05/03/2026")
    ui.until.setText("01/03/2026")
    qtbot.keyClick(ui.until, Qt.Key.Key_Return)
    assert page.errors.message("until") == (
        "Ngày kết thúc (01/03/2026) đứng trước ngày bắt đầu (05/03/2026)."
    )
    # an id with no kind of record
    ui.since.clear()
    ui.until.clear()
    qtbot.keyClicks(ui.entity_id, "7")
    qtbot.keyClick(ui.entity_id, Qt.Key.Key_Return)
    assert page.errors.message("entity") == "Hãy chọn loại hồ sơ cho mã 7."


def test_the_trail_is_read_a_page_at_a_time(
    qtbot: Any, db: Any, admin: Any, seeded: dict[str, int], settle: Any, monkeypatch: Any
) -> None:
    from accred_app.gui.pages.audit import page as audit_page

    monkeypatch.setattr(audit_page, "TRAIL_PAGE", 5)
    page = _page(qtbot, db, admin, settle)
    row_height = page.table.verticalHeader().defaultSectionSize()
    page.table.setFixedHeight(page.table.horizontalHeader().height() + row_height // 2)
    page.refresh()  # a screen with room for one row asks for no second page
    settle()
    with db.engine.connect() as connection:
        total = connection.execute(text("SELECT count(*) FROM audit_log")).scalar_one()
    assert page.model.rowCount() == 5 and page.model.canFetchMore(QModelIndex())
    assert (
        page.ui.countLabel.text() == "Đang hiện 5 thay đổi; cuộn xuống để xem các thay đổi cũ hơn"
    )
    while page.model.canFetchMore(QModelIndex()):
        page.table.scrollToBottom()
        settle()
    assert page.model.rowCount() == total
    assert page.ui.countLabel.text() == f"{total} thay đổi"


def test_model_passes_qtmodeltester(
    qtmodeltester: Any, db: Any, admin: Any, seeded: dict[str, int]
) -> None:
    from accred_app.core.security import audit_trail

    model = AuditTrailModel()
    qtmodeltester.check(model)
    first = audit_trail.trail_page(db, admin, limit=3)
    model.set_first_page(first)
    qtmodeltester.check(model)
    assert first.next_cursor is not None
    model.append_page(audit_trail.trail_page(db, admin, limit=3, after=first.next_cursor))
    qtmodeltester.check(model)
    assert model.rowCount() == 6
