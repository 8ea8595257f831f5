"""Screenshots of every page and form of the desk window, with the demonstration data, offscreen.

    python tools/screenshots.py            # docs/screenshots/desk-*.png (100 %) and
                                           # docs/screenshots/200/desk-*.png (200 % scaling)

A throw-away database (in ``~/.cache/accred-screenshots``, removed after) gets ``accred init`` and
``accred demo``; the window
then is driven as an officer would (select a reporter, open the editor, type a wrong citizen ID…)
and each state is grabbed. Each scale runs in its own process (Qt reads ``QT_SCALE_FACTOR`` once).
Look at every picture after a change: nothing clipped, no English in the Vietnamese window.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "docs" / "screenshots"
WINDOW_SIZE = (1180, 720)


AT_200_PERCENT = (
    "sign-in",
    "desk-officers",
    "desk-audit",
    "desk-settings",
    "desk-recovery-code",
    "first-run-recovery-code",
    "desk-passes",
    "desk-issue-passes",
    "desk-reporters",
    "desk-reporter-editor",
    "desk-photo-crop",
    "desk-events",
    "desk-event-editor",
    "desk-access",
    "desk-import",
    "checkpoint-scanner-setup",
    "desk-about",
    "desk-user-guide-section",
)
"""Enough of the window to see that nothing is clipped when the screen is scaled to 200 %."""


def _shoot(out: Path, only: tuple[str, ...] = ()) -> None:
    from PySide6.QtCore import QCoreApplication, QThreadPool
    from PySide6.QtWidgets import QWidget

    from accred_app.core.database import open_database
    from accred_app.core.security import officers
    from accred_app.core.setup.demo import load_demo
    from accred_app.core.setup.installation import initialise
    from accred_app.core.tabular.legacy import encode_tcvn3
    from accred_app.gui import operations, prompts
    from accred_app.gui.app import create_application
    from accred_app.gui.dialogs.sign_in import SignInDialog
    from accred_app.gui.main_window import MainWindow

    app = create_application(["screenshots"], locale="vi")
    app.setStyle("Fusion")
    data = Path(os.environ["ACCRED_DATA_DIR"])
    db = open_database(str(data / "accred.sqlite"))
    initialise(db, admin_password="mat-khau-demo-2026", admin_name="Lê Văn Hùng")
    actor = officers.authenticate(db, "admin", "mat-khau-demo-2026")
    load_demo(db, actor)  # issuing the demo passes needs the unlocked signing key

    def settle() -> None:
        for _ in range(400):
            QCoreApplication.processEvents()
            if operations.running() == 0:
                QCoreApplication.processEvents()
                if operations.running() == 0:
                    return
            QThreadPool.globalInstance().waitForDone(20)

    def grab(widget: QWidget, name: str) -> None:
        settle()
        if only and name not in only:
            return
        widget.grab().save(str(out / f"{name}.png"))
        print(out / f"{name}.png")

    sign_in = SignInDialog(db, org_name="CÔNG AN TỈNH THANH HÓA", username="admin")
    sign_in.show()
    grab(sign_in, "sign-in")
    sign_in.close()

    window = MainWindow(db, actor)
    window.resize(*WINDOW_SIZE)
    window.show()
    settle()

    reporters_page = window.page("reporters")
    reporters_page.table.selectRow(2)
    settle()
    grab(window, "desk-reporters")
    reporters_page.ui.detailTabs.setCurrentWidget(reporters_page.ui.historyTab)
    grab(window, "desk-reporter-history")
    reporters_page.ui.detailTabs.setCurrentWidget(reporters_page.ui.passesTab)
    grab(window, "desk-reporter-passes")
    reporters_page.ui.detailTabs.setCurrentWidget(reporters_page.ui.recordTab)

    reporters_page.detail.add_reporter()
    settle()
    editor = reporters_page.detail.editor
    assert editor is not None
    editor.ui.full_name.setText("Hoàng Thị Lan")
    editor.ui.agency_id.setCurrentIndex(0)
    editor.ui.card_no.setText("TH-0909")
    editor.ui.card_expiry.setText("31/12/2030")
    editor.ui.citizen_id.setText("03819")
    editor.ui.phone.setText("0912 345 678")
    editor.submit()
    grab(editor, "desk-reporter-editor")
    with prompts.answering("discard"):
        editor.reject()

    reporters_page.detail.change_status()
    settle()
    status = reporters_page.detail.status_dialog
    assert status is not None
    status.ui.suspended.setChecked(True)
    grab(status, "desk-reporter-status")
    with prompts.answering("discard"):
        status.reject()

    photo = data / "portrait.jpg"
    from accred_app.core.setup.demo import portrait

    photo.write_bytes(portrait(7, size=(900, 1200)))
    with prompts.answering(str(photo)):
        reporters_page.detail.picker.from_file()
    settle()
    crop = reporters_page.detail.picker.crop_dialog
    assert crop is not None
    crop.view.scale_frame(0.8)
    grab(crop, "desk-photo-crop")
    crop.reject()

    for page_id, row in (("agencies", 1), ("units", None), ("events", 0)):
        window.show_page(page_id)
        settle()
        page = window.page(page_id)
        if row is not None:
            page.ui.table.selectRow(row)
        grab(window, f"desk-{page_id}")

    events_page = window.page("events")
    events_page.edit_record(events_page.selected())
    settle()
    assert events_page.editor is not None
    grab(events_page.editor, "desk-event-editor")
    events_page.editor.reject()

    agencies_page = window.page("agencies")
    window.show_page("agencies")
    settle()
    agencies_page.edit_record(agencies_page.selected())
    settle()
    assert agencies_page.editor is not None
    grab(agencies_page.editor, "desk-agency-editor")
    agencies_page.editor.reject()

    units_page = window.page("units")
    window.show_page("units")
    settle()
    units_page.tree.setCurrentIndex(units_page.model.index(0, 0))
    units_page.add_unit(under_selected=True)
    settle()
    assert units_page.editor is not None
    grab(units_page.editor, "desk-unit-editor")
    units_page.editor.reject()

    _record_accesses(db, actor)
    window.show_page("access")
    settle()
    access_page = window.page("access")
    access_page.refresh()
    settle()
    manual = next(
        row for row, line in enumerate(access_page.model.rows()) if line.kind == "briefing"
    )
    access_page.table.selectRow(manual)
    grab(window, "desk-access")
    access_page.edit_selected()
    settle()
    assert access_page.editor is not None
    grab(access_page.editor, "desk-access-editor")
    access_page.editor.reject()

    listing = data / "danh-sach-phong-vien.csv"
    listing.write_bytes(encode_tcvn3(IMPORT_LIST))
    window.show_page("reporter_import")
    settle()
    import_page = window.page("reporter_import")
    import_page.open_file(listing)
    settle()
    grab(window, "desk-import")

    window.show_page("reports")
    settle()
    reports_page = window.page("reports")
    reports_page.ui.year.setValue(2025)
    reports_page.preview_report()
    settle()
    grab(window, "desk-report")
    _shoot_administration(window, db, actor, grab, settle)
    _shoot_first_run(data, grab, settle)
    _shoot_passes(window, db, actor, settle, grab, out)
    _shoot_checkpoint(window, db, actor, data, grab, settle)

    from accred_app.gui.i18n import switch_language

    window.show_page("reporters")
    switch_language("en")
    settle()
    grab(window, "desk-reporters-en")
    switch_language("vi")
    settle()
    window.close()
    db.dispose()
    app.quit()


def _shoot_checkpoint(window: Any, db: Any, actor: Any, data: Path, grab: Any, settle: Any) -> None:
    """The gate: the desk's "Mở cổng kiểm soát" dialog, a pass let in, one let in in amber, one
    refused with its reason, the manual admission, and a station whose data is too old."""
    from datetime import date, timedelta

    from PySide6.QtCore import QCoreApplication
    from sqlalchemy import select

    from accred_app.core.checkpoint import stations
    from accred_app.core.checkpoint.session import open_session
    from accred_app.core.clock import utcnow
    from accred_app.core.database import open_database
    from accred_app.core.models import Reporter, ReporterPhoto, ReporterStatus
    from accred_app.core.passes import issuing
    from accred_app.core.registry import events, units
    from accred_app.core.security import officers
    from accred_app.core.text import fold
    from accred_app.gui.checkpoint.window import CheckpointWindow

    today = date.today()
    gate_event = events.add_event(
        db, actor, name="Hội nghị tổng kết công tác Công an tỉnh", kind="event",
        start=today - timedelta(days=1), end=today + timedelta(days=2),
        zones=[events.ZoneSpec("A", "Hội trường", "#C62828"),
               events.ZoneSpec("B", "Phòng báo chí", "#1565C0")],
    )  # fmt: skip
    unit = units.list_units(db, actor)[0].id
    with db.reading() as session:
        people = [
            row[0]
            for row in session.execute(
                select(Reporter.id)
                .join(ReporterPhoto, ReporterPhoto.reporter_id == Reporter.id)
                .where(
                    Reporter.status == ReporterStatus.ACTIVE,
                    Reporter.card_expiry > today + timedelta(days=60),
                )
                .order_by(Reporter.id)
                .limit(6)
            )
        ]
    passes = [
        issuing.issue_pass(db, actor, reporter_id=person, event_id=gate_event, zones=["A", "B"])
        for person in people
    ]
    issuing.revoke_pass(db, actor, passes[2].serial, "Phóng viên báo mất thẻ")
    officers.create_officer(
        db, actor, username="chot.a", full_name="Trịnh Văn Chốt", role="checkpoint",
        password="mat-khau-chot-2026", unit_id=unit,
    )  # fmt: skip
    gate_officer = officers.authenticate(db, "chot.a", "mat-khau-chot-2026")

    dialog = window.open_checkpoint()
    settle()
    dialog.select(event_id=gate_event, zone_code="A", unit_id=unit)
    grab(dialog, "checkpoint-start")
    dialog.reject()

    def open_gate(database: Any, officer: Any, **options: Any) -> CheckpointWindow:
        session = open_session(database, officer, event_id=gate_event, zone_code="A", unit_id=unit)
        gate = CheckpointWindow(database, session, audible=False, **options)
        gate.resize(1280, 780)
        gate.show()
        return gate

    def shot(gate: CheckpointWindow, name: str) -> None:
        for _ in range(5):
            gate.wait_for_background()
            QCoreApplication.processEvents()
        grab(gate, name)

    gate = open_gate(db, gate_officer)
    gate.submit_scan(passes[1].token, "screenshots")
    gate.submit_scan(passes[0].token, "screenshots")
    shot(gate, "checkpoint-allowed")
    gate.submit_scan(passes[2].token, "screenshots")
    shot(gate, "checkpoint-denied")
    gate.submit_scan(passes[0].token, "screenshots")  # already inside: amber
    shot(gate, "checkpoint-warning")
    manual = gate.open_manual_admission()
    wanted = gate.session.find_candidates(passes[4].serial)[0].reporter_name
    manual.ui.search.setText(fold(wanted.split()[-1])[:3])
    manual.search_now()
    settle()
    grab(manual, "checkpoint-manual")
    manual.reject()
    gate.close()

    package = data / "tram-hoi-nghi.json.gz"
    summary = stations.export_station(db, actor, gate_event, package)
    station = open_database(str(data / "tram.sqlite"))
    try:
        stations.import_station(station, package, fingerprint=summary.fingerprint)
        officer = officers.authenticate(station, "chot.a", "mat-khau-chot-2026")
        gate = open_gate(station, officer)
        gate.submit_scan(passes[1].token, "screenshots")
        shot(gate, "checkpoint-stale")  # as the header is 13 hours after the package was made:
        gate.show_freshness(gate.session.freshness(now=utcnow() + timedelta(hours=13)))
        shot(gate, "checkpoint-stale")
        gate.close()
    finally:
        station.dispose()


def _shoot_administration(window: Any, db: Any, actor: Any, grab: Any, settle: Any) -> None:
    """Officers, audit trail, backups, settings — and their dialogs."""
    from accred_app.core.registry import units
    from accred_app.core.security import officers
    from accred_app.core.security.officers import SignInError
    from accred_app.core.storage import backup
    from accred_app.gui import prompts

    unit = next(u for u in units.list_units(db, actor) if u.depth > 0)
    for username, name, role in (
        ("ha.pt", "Phạm Thu Hà", "desk"),
        ("hung.nv", "Nguyễn Văn Hưng", "desk"),
        ("chot.kv1", "Hoàng Văn Chốt", "checkpoint"),
        ("xem.lt", "Lê Thị Xuân", "viewer"),
    ):
        officers.create_officer(
            db, actor, username=username, full_name=name, role=role,
            password="mat-khau-demo-2026", unit_id=unit.id if role != "viewer" else None,
        )  # fmt: skip
    for _ in range(officers.MAX_FAILED_ATTEMPTS):  # a viewer who mistyped: locked for a while
        with contextlib.suppress(SignInError):
            officers.authenticate(db, "xem.lt", "sai-mat-khau")
    officers.authenticate(db, "ha.pt", "mat-khau-demo-2026")

    window.show_page("officers")
    settle()
    page = window.page("officers")
    page.refresh()
    settle()
    page.table.selectRow(page.model.row_of("xem.lt"))
    grab(window, "desk-officers")
    page.add_officer()
    settle()
    editor = page.editor
    editor.ui.username.setText("lan.ht")
    editor.ui.full_name.setText("Hoàng Thị Lan")
    editor.ui.role.setCurrentIndex(editor.ui.role.findData("desk"))
    editor.ui.password.setText("ngan")
    editor.ui.password_again.setText("ngan")
    editor.submit()
    grab(editor, "desk-officer-editor")
    with prompts.answering("discard"):
        editor.reject()
    page.table.selectRow(page.model.row_of("hung.nv"))
    page.set_password()
    settle()
    grab(page.password_dialog, "desk-officer-password")
    page.password_dialog.reject()
    with prompts.answering("yes"):
        page.new_recovery_code()
        settle()
    grab(page.code_dialog, "desk-recovery-code")
    page.code_dialog.view.ui.acknowledged.setChecked(True)
    page.code_dialog.accept()

    window.show_page("audit")
    settle()
    audit = window.page("audit")
    audit.verify()
    settle()
    grab(window, "desk-audit")

    backup.daily_backup(db)
    window.show_page("backups")
    settle()
    backups = window.page("backups")
    backups.back_up_now()
    settle()
    grab(window, "desk-backups")

    window.show_page("settings")
    settle()
    grab(window, "desk-settings")

    _shoot_scanner_setup(window, grab)


def _shoot_scanner_setup(window: Any, grab: Any) -> None:
    """The checkpoint's scanner set-up on a gate laptop with a USB-serial scanner plugged in and
    no webcam (the port list is the demonstration's: the machine taking pictures has none)."""
    from accred_app.gui.checkpoint.sources.serial import SerialPortChoice
    from accred_app.gui.checkpoint.sources.setup import ScannerSetupDialog

    dialog = ScannerSetupDialog(
        window,
        serial_ports=lambda: [SerialPortChoice("COM3", "USB-SERIAL CH340 — wch.cn")],
        cameras=list,
    )
    dialog.ui.serialChoice.setChecked(True)
    dialog.show()
    grab(dialog, "checkpoint-scanner-setup")
    dialog.reject()


def _shoot_first_run(data: Path, grab: Any, settle: Any) -> None:
    """The first-run wizard on a new database, page by page."""
    from PySide6.QtWidgets import QWizard

    from accred_app.gui.app import first_dialog
    from accred_app.gui.opening import open_for_sign_in

    opened = open_for_sign_in(str(data / "moi.sqlite"))
    assert opened is not None
    wizard = first_dialog(opened)
    assert isinstance(wizard, QWizard)
    wizard.show()
    wizard.ui.org_name.setText("CÔNG AN TỈNH THANH HÓA")
    grab(wizard, "first-run-organisation")
    wizard.next()
    wizard.ui.full_name.setText("Lê Văn Hùng")
    wizard.ui.password.setText("mat-khau-moi-2026")
    wizard.ui.password_again.setText("mat-khau-moi-2025")
    wizard.next()
    grab(wizard, "first-run-administrator")
    wizard.ui.password_again.setText("mat-khau-moi-2026")
    wizard.next()
    settle()
    grab(wizard, "first-run-recovery-code")
    wizard.recovery_view.ui.acknowledged.setChecked(True)
    wizard.next()
    grab(wizard, "first-run-ready")
    wizard.close()
    opened.close()


def _shoot_passes(window: Any, db: Any, actor: Any, settle: Any, grab: Any, out: Path) -> None:
    """The passes page, a batch being issued (the form, then who is skipped and why), the print
    preview of a sheet, a checkpoint laptop's package and the signing keys."""
    from accred_app.core.passes import issuing
    from accred_app.gui import prompts

    page = window.page("passes")
    window.show_page("passes")
    settle()
    page.table.selectRow(1)
    settle()
    grab(window, "desk-passes")

    page.table.clearSelection()
    page.issue_batch()
    settle()
    dialog = page.dialog
    ui = dialog.ui
    event_id = ui.event_id.currentData()
    best, best_score = 0, -1
    for index in range(ui.agency_id.count()):  # the agency whose preview shows the most
        preview = issuing.preview_batch(
            db, actor, event_id=event_id, agency_id=ui.agency_id.itemData(index)
        )
        reasons = {skipped.code for skipped in preview.skipped}
        score = len(reasons) * 10 + min(len(preview.eligible), 6)
        if score > best_score:
            best, best_score = index, score
    ui.agency_id.setCurrentIndex(best)
    codes = list(dialog.zone_boxes)
    if len(codes) > 2:
        dialog.zone_boxes[codes[-1]].setChecked(False)
    grab(dialog, "desk-issue-passes")
    dialog.show_preview()
    settle()
    grab(dialog, "desk-issue-preview")
    with prompts.answering("discard"):
        dialog.reject()

    serials = [row.serial for row in page.model.rows() if row.status != "revoked"][:10]
    from accred_app.gui.settings import desk_settings

    desk_settings().setValue("print/layout", "sheet")
    printing = page.open_print(serials)
    printing.resize(1000, 760)
    settle()
    printing.show_page(0)
    settle()
    grab(printing, "desk-print-preview")
    printing.close()

    events_page = window.page("events")
    window.show_page("events")
    settle()
    events_page.ui.table.selectRow(0)
    settle()
    events_page.prepare_station()
    station = events_page.station_dialog
    folder = Path(os.environ["ACCRED_DATA_DIR"]) / "usb"  # shown as ~/.cache/…
    folder.mkdir(exist_ok=True)
    try:
        with prompts.answering(str(folder)):
            station.write()
            settle()
        grab(station, "desk-checkpoint-laptop")
    finally:
        for file in folder.iterdir():
            file.unlink()
        folder.rmdir()
    station.close()

    window.show_page("passes")
    settle()
    page.show_keys()
    settle()
    page.dialog.resize(900, 300)
    grab(page.dialog, "desk-signing-keys")
    page.dialog.close()

    window.show_about()
    settle()
    assert window.about_dialog is not None
    grab(window.about_dialog, "desk-about")
    window.about_dialog.ui.tabs.setCurrentWidget(window.about_dialog.ui.resourcesTab)
    grab(window.about_dialog, "desk-about-resources")
    window.about_dialog.close()

    window.show_user_guide()
    settle()
    guide = window.user_guide
    assert guide is not None
    guide.resize(900, 700)
    settle()
    grab(guide, "desk-user-guide")
    guide.browser.scrollToAnchor("6-cấp-và-in-thẻ-tác-nghiệp")
    grab(guide, "desk-user-guide-section")
    guide.close()


IMPORT_LIST = "\r\n".join(
    [
        "DANH SÁCH PHÓNG VIÊN ĐĂNG KÝ TÁC NGHIỆP LỄ RA QUÂN",
        "STT,Họ và tên,Cơ quan báo chí,Số thẻ nhà báo,Ngày hết hạn,CCCD,Điện thoại",
        "1,Hoàng Thị Lan,Báo Thanh Hóa,BTH-2031,31/12/2030,038190001234,0912345678",
        "2,Đỗ Văn Nam,Báo Thanh Hóa,BTH-2032,31/12/2030,12345,0912345679",
        "3,Vũ Thị Mai,Báo Thanh Hóa,BTH-2031,30/06/2030,,",
        "4,Lê Quang Hưng,Tạp chí Người làm báo xứ Thanh,NLB-0017,30/06/2030,,",
        "5,Trịnh Thị Hoa,Báo Thanh Hóa,BTH-2035,,,",
    ]
)
"""An agency's list in TCVN3, as older offices still send it: one CCCD too short, a card number
twice, an expiry missing, an agency the desk does not know yet."""


def _record_accesses(db: Any, actor: Any) -> None:
    """A few days of the congress at the gates and what units gave reporters by hand."""
    from datetime import datetime

    from accred_app.core.access import entries
    from accred_app.core.checkpoint import scanning
    from accred_app.core.checkpoint.verdict import Direction
    from accred_app.core.clock import VIETNAM_TZ
    from accred_app.core.passes.issuing import list_passes
    from accred_app.core.registry import events, reporters, units

    unit = {u.code: u.id for u in units.list_units(db, actor)}
    congress = next(e for e in events.list_events(db, actor) if e.name.startswith("Đại hội"))
    passes = list_passes(db, actor, event_id=congress.id)

    def at(day: int, hour: int, minute: int = 0) -> datetime:
        return datetime(2025, 10, day, hour, minute, tzinfo=VIETNAM_TZ)

    hall = scanning.open_checkpoint(
        db, actor, event_id=congress.id, zone_code="HT", unit_id=unit["PA04"]
    )
    press = scanning.open_checkpoint(
        db, actor, event_id=congress.id, zone_code="BC", unit_id=unit["PV01-TT"]
    )
    for number, issued in enumerate(passes[:9]):
        post = hall if number % 3 else press
        scanning.scan(db, actor, post, issued.token, now=at(15, 7, 10 + 4 * number))
    scanning.scan(db, actor, hall, passes[0].token, now=at(15, 7, 55))
    scanning.scan(db, actor, press, passes[1].token, Direction.OUT, now=at(15, 11, 30))
    people = [p.reporter_id for p in passes]
    entries.add_entry(
        db, actor, unit_id=unit["PV01"], kind="briefing", occurred_at=at(15, 14),
        subject="Họp báo về công tác bảo đảm an ninh, trật tự Đại hội",
        reporter_ids=people[:5], event_id=congress.id,
        articles=[
            entries.ArticleInput(
                "Bảo đảm tuyệt đối an toàn Đại hội Đảng bộ tỉnh", "https://baothanhhoa.vn/dai-hoi",
                "16/10/2025", reporters.get_reporter(db, actor, people[0]).agency_id,
            )
        ],
    )  # fmt: skip
    entries.add_entry(
        db, actor, unit_id=unit["PC08"], kind="interview", occurred_at=at(16, 9, 30),
        subject="Phân luồng giao thông quanh Trung tâm Hội nghị tỉnh",
        reporter_ids=people[5:7], event_id=congress.id,
    )  # fmt: skip
    entries.add_entry(
        db, actor, unit_id=unit["PV01-TT"], kind="documents", occurred_at=at(17, 16),
        subject="Số liệu lực lượng tham gia bảo vệ Đại hội", reporter_ids=people[:1],
    )  # fmt: skip


def main(argv: list[str]) -> int:
    if argv[:1] == ["--child"]:
        out = Path(argv[1])
        out.mkdir(parents=True, exist_ok=True)
        from accred_app.gui import prompts

        only = AT_200_PERCENT if os.environ.get("QT_SCALE_FACTOR") == "2" else ()
        with prompts.answering(None) as asked:  # a question nobody expected must not hang the run
            _shoot(out, only)
        for question in asked:
            print("unexpected question:", question.kind, question.text, file=sys.stderr)
        return 1 if asked else 0
    data = Path.home() / ".cache" / "accred-screenshots"  # shown as ~/.cache/… in the status bar
    for scale, folder in (("1", OUT), ("2", OUT / "200")):
        shutil.rmtree(data, ignore_errors=True)
        data.mkdir(parents=True)
        try:
            env = {
                **os.environ,
                "QT_QPA_PLATFORM": "offscreen",
                "QT_SCALE_FACTOR": scale,
                "ACCRED_DATA_DIR": str(data),
                "ACCRED_LOCALE": "vi",
                "ACCRED_ARGON2_PROFILE": "fast",  # a throw-away database: no need to wait
            }
            subprocess.run(
                [sys.executable, __file__, "--child", str(folder)], env=env, check=True, cwd=ROOT
            )
        finally:
            shutil.rmtree(data, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
