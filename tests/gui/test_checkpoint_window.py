"""The checkpoint window at the gate: tokens typed key by key at scanner speed (and a person's keys
at human speed) on a fake clock, the verdict on screen, and the scan-log rows the core wrote."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from checkpoint_world import OFFICER_PASSWORD, World, build
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget
from sqlalchemy import select

from accred_app.core.checkpoint import stations
from accred_app.core.checkpoint.screen import ScreenState
from accred_app.core.checkpoint.session import open_session
from accred_app.core.database import open_database
from accred_app.core.models import ScanRecord
from accred_app.core.security.officers import authenticate
from accred_app.gui import prompts
from accred_app.gui.checkpoint.burst import BurstSettings
from accred_app.gui.checkpoint.window import CheckpointWindow

SCANNER_GAP_MS = 8.0
HUMAN_GAP_MS = 220.0


class FakeClock:
    def __init__(self) -> None:
        self.now = 1_000_000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, ms: float) -> None:
        self.now += ms


def press(widget: QWidget, character: str) -> None:
    """One key as the keyboard (or a scanner pretending to be one) sends it."""
    if character.isascii() and (character.isalnum() or character == " "):
        QTest.keyClick(widget, character)
    else:
        QTest.sendKeyEvent(
            QTest.KeyAction.Click,
            widget,
            Qt.Key.Key_unknown,
            character,
            Qt.KeyboardModifier.NoModifier,
        )


class Gate:
    """A window on a fresh desk, with the clock in the test's hands."""

    def __init__(
        self, qtbot: Any, db: Any, world: World, window: CheckpointWindow, clock: FakeClock
    ):
        self.qtbot, self.db, self.world, self.window, self.clock = qtbot, db, world, window, clock

    def scanner(self, text: str, *, suffix: str | None = "enter", into: QWidget | None = None,
                gap: float = SCANNER_GAP_MS) -> None:  # fmt: skip
        target = into or self.window.ui.centralWidget
        for character in text:
            self.clock.advance(gap)
            press(target, character)
        self.clock.advance(gap)
        if suffix == "enter":
            QTest.keyClick(target, Qt.Key.Key_Return)
        elif suffix == "tab":
            QTest.keyClick(target, Qt.Key.Key_Tab)
        else:  # no suffix: the scan ends with the silence after it
            self.clock.advance(self.window.wedge.settings.silence_ms)
            self.window.wedge.expire()

    def person_types(self, text: str, into: QWidget) -> None:
        for character in text:
            press(into, character)
            self.clock.advance(HUMAN_GAP_MS)
            self.window.wedge.expire()

    def rows(self) -> list[tuple[str, str, bool, str, str | None]]:
        with self.db.reading() as session:
            return [
                (
                    str(getattr(r.method, "value", r.method)),
                    r.reason,
                    r.allowed,
                    str(getattr(r.direction, "value", r.direction)),
                    r.note,
                )
                for r in session.execute(select(ScanRecord).order_by(ScanRecord.id)).scalars()
            ]

    @property
    def shown(self) -> Any:
        assert self.window.screen is not None, "no verdict on screen"
        return self.window.screen


def _open(qtbot: Any, db: Any, world: World, **post: Any) -> tuple[CheckpointWindow, FakeClock]:
    clock = FakeClock()
    session = open_session(
        db,
        world.checkpoint,
        event_id=world.event,
        zone_code=post.pop("zone_code", "A"),
        unit_id=world.unit,
        direction=post.pop("direction", "in"),
    )
    window = CheckpointWindow(
        db, session, clock=clock, audible=False, burst=BurstSettings(), **post
    )
    qtbot.addWidget(window)
    window.show()
    return window, clock


@pytest.fixture
def gate(qtbot: Any, db: Any, admin: Any) -> Iterator[Gate]:
    world = build(db, admin)
    window, clock = _open(qtbot, db, world)
    yield Gate(qtbot, db, world, window, clock)
    window.close()


def test_a_good_pass_shows_green_with_the_person_and_is_logged(gate: Gate) -> None:
    gate.scanner(gate.world.token("anh"))
    shown = gate.shown
    assert shown.state is ScreenState.ALLOWED
    ui = gate.window.ui
    assert ui.titleLabel.text() == "HỢP LỆ / ĐƯỢC VÀO"
    assert gate.window.ui.verdictFrame.property("state") == "allowed"
    assert ui.nameLabel.text() == "Nguyễn Thị Ánh" and ui.agencyLabel.text() == "Báo Thanh Hóa"
    assert gate.world.serial("anh") in ui.serialLabel.text()
    assert "Hội trường" in ui.zonesLabel.text() and "Phòng báo chí" in ui.zonesLabel.text()
    assert "10 s" in ui.countdownLabel.text()
    gate.qtbot.waitUntil(lambda: gate.window.photo_shown)
    gate.qtbot.waitUntil(lambda: ui.entriesValue.text() == "1")
    assert ui.insideValue.text() == "1" and ui.recentList.count() == 1
    assert gate.rows() == [("scan", "ok", True, "in", None)]
    assert gate.window.sounds.played == [(ScreenState.ALLOWED, True)]


def test_a_forged_pass_is_refused_in_red_with_the_reason_in_words(gate: Gate) -> None:
    token = gate.world.token("anh")
    forged = token[:-5] + str((int(token[-5]) + 1) % 10) + token[-4:]
    gate.scanner(forged)
    assert gate.shown.state is ScreenState.DENIED
    assert gate.window.ui.titleLabel.text() == "TỪ CHỐI"
    assert gate.window.ui.messageLabel.text() == gate.shown.message
    assert gate.window.ui.nameLabel.text() == ""  # a forged token vouches for nobody
    assert gate.rows() == [("scan", "forged", False, "in", None)]
    gate.qtbot.waitUntil(lambda: gate.window.ui.denialsList.count() == 1)
    assert "1" in gate.window.ui.denialsList.item(0).text()


def test_telex_mangled_digits_are_a_scan_and_say_how_to_fix_the_keyboard(gate: Gate) -> None:
    token = gate.world.token("anh")
    mangled = token[:6] + "ă" + token[7:20] + "đ" + token[21:]
    gate.scanner(mangled)
    assert gate.shown.reason == "not_digits"
    assert "UniKey" in gate.window.ui.messageLabel.text()
    assert gate.rows()[-1][1] == "not_digits"


def test_a_scanner_without_a_suffix_is_taken_after_the_silence(gate: Gate) -> None:
    gate.scanner(gate.world.token("anh"), suffix=None)
    assert gate.shown.state is ScreenState.ALLOWED
    assert len(gate.rows()) == 1


def test_a_tab_suffix_works_like_enter(gate: Gate) -> None:
    gate.scanner(gate.world.token("anh"), suffix="tab")
    assert gate.shown.reason == "ok"


def test_two_scans_back_to_back_are_both_logged_and_the_second_is_shown(gate: Gate) -> None:
    gate.scanner(gate.world.token("anh"), gap=5.0)
    gate.scanner(gate.world.token("hoa"), gap=5.0)
    assert [row[1] for row in gate.rows()] == ["ok", "ok"]
    assert gate.shown.reporter_name == "Trần Thị Hoa"
    # Hoa's press card runs out in ten days: let in, in amber, with the warning in words
    assert gate.shown.state is ScreenState.WARNING
    assert gate.window.ui.verdictFrame.property("state") == "warning"
    assert "Thẻ nhà báo hết hạn" in gate.window.ui.warningsLabel.text()
    gate.qtbot.waitUntil(lambda: gate.window.ui.entriesValue.text() == "2")


def test_two_suffixless_scans_back_to_back_stay_two_scans(gate: Gate) -> None:
    target = gate.window.ui.centralWidget
    for name in ("anh", "hoa"):
        for character in gate.world.token(name):
            gate.clock.advance(6.0)
            press(target, character)
        gate.clock.advance(60.0)  # a short pause between passes, shorter than the silence
    gate.clock.advance(200.0)
    gate.window.wedge.expire()
    assert [row[1] for row in gate.rows()] == ["ok", "ok"]


def test_the_second_entry_of_someone_inside_is_amber(gate: Gate) -> None:
    gate.scanner(gate.world.token("anh"))
    gate.scanner(gate.world.token("anh"))
    assert gate.shown.state is ScreenState.WARNING and gate.shown.reason == "already_inside"
    assert gate.window.ui.titleLabel.text() == "ĐÃ VÀO, CHƯA RA"


def test_a_revoked_pass_is_refused(gate: Gate) -> None:
    gate.scanner(gate.world.token("cuong"))
    assert gate.shown.reason == "revoked" and gate.shown.state is ScreenState.DENIED


def test_a_scan_while_a_dialog_is_open_is_taken_and_not_typed_into_it(gate: Gate) -> None:
    dialog = gate.window.open_manual_admission()
    gate.scanner(gate.world.token("anh"), into=dialog.ui.search)
    assert dialog.ui.search.text() == ""
    assert dialog.isVisible()
    assert gate.shown.reason == "ok" and len(gate.rows()) == 1
    dialog.reject()


def test_a_person_typing_in_a_dialog_gets_every_letter_in_order(gate: Gate) -> None:
    dialog = gate.window.open_manual_admission()
    gate.person_types("nguyen", dialog.ui.search)
    assert dialog.ui.search.text() == "nguyen"
    assert gate.rows() == []
    dialog.reject()


def test_an_exit_shows_duoc_ra(qtbot: Any, db: Any, admin: Any) -> None:
    world = build(db, admin)
    window, clock = _open(qtbot, db, world)
    gate = Gate(qtbot, db, world, window, clock)
    gate.scanner(world.token("anh"))
    assert window.reopen(world.event, "A", world.unit, "out")
    assert window.ui.directionLabel.text() == "Chiều ra"
    gate.scanner(world.token("anh"))
    assert gate.shown.state is ScreenState.ALLOWED
    assert window.ui.titleLabel.text() == "ĐƯỢC RA"
    assert [row[3] for row in gate.rows()] == ["in", "out"]
    qtbot.waitUntil(lambda: window.ui.exitsValue.text() == "1")
    assert window.ui.insideValue.text() == "0"
    window.close()


def test_a_manual_admission_by_name_needs_a_reason_and_is_logged(gate: Gate, settle: Any) -> None:
    dialog = gate.window.open_manual_admission()
    gate.person_types("ngu", dialog.ui.search)
    dialog.search_now()
    settle()
    names = [c.reporter_name for c in dialog.candidates]
    assert names == ["Nguyễn Thị Ánh", "Nguyễn Văn Bình"]
    assert dialog.ui.results.item(0).icon().isNull() is False  # Ánh's photo
    assert "Phòng báo chí" not in dialog.ui.results.item(1).text()
    dialog.select(gate.world.serial("anh"))
    with prompts.answering(lambda q: "" if q.kind == "text" else q.escape) as asked:
        dialog.admit()  # no reason: the core refuses, the officer is told, nothing is logged
    assert [q.kind for q in asked] == ["text", "error"]
    assert "lý do" in asked[1].text and gate.rows() == [] and dialog.isVisible()
    with prompts.answering("Thẻ bị ướt, không quét được") as asked:
        dialog.admit()
    assert not dialog.isVisible()
    assert gate.shown.state is ScreenState.ALLOWED and gate.shown.method == "manual"
    assert "Thẻ bị ướt" in gate.window.ui.messageLabel.text()
    assert gate.rows() == [("manual", "ok", True, "in", "Thẻ bị ướt, không quét được")]
    gate.qtbot.waitUntil(lambda: gate.window.ui.manualValue.text() == "1")


def test_a_supervisor_denies_a_pass_that_scanned_valid(gate: Gate) -> None:
    assert not gate.window.ui.denyButton.isEnabled()
    gate.scanner(gate.world.token("anh"))
    assert gate.window.ui.denyButton.isEnabled()
    with prompts.answering("Không đúng mặt") as asked:
        gate.window.ui.denyButton.click()
    assert asked[0].kind == "text" and "Nguyễn Thị Ánh" in asked[0].detail
    assert gate.shown.state is ScreenState.DENIED and gate.shown.reason == "supervisor_denied"
    assert gate.rows()[-1] == ("override", "supervisor_denied", False, "in", "Không đúng mặt")
    assert not gate.window.ui.denyButton.isEnabled()
    gate.qtbot.waitUntil(lambda: gate.window.ui.entriesValue.text() == "0")


def test_space_and_escape_clear_the_verdict_and_the_countdown_clears_it_too(gate: Gate) -> None:
    gate.scanner(gate.world.token("anh"))
    gate.person_types(" ", gate.window.ui.centralWidget)
    assert gate.window.screen is None and gate.window.ui.titleLabel.text() == "Sẵn sàng quét"
    gate.scanner(gate.world.token("hoa"))
    QTest.keyClick(gate.window.ui.centralWidget, Qt.Key.Key_Escape)
    assert gate.window.screen is None
    gate.scanner(gate.world.token("binh"))
    for left in range(9, 0, -1):
        gate.window.tick()
        assert f"{left} s" in gate.window.ui.countdownLabel.text()
    gate.window.tick()
    assert gate.window.screen is None


def test_clicking_a_recent_scan_shows_it_again(gate: Gate) -> None:
    gate.scanner(gate.world.token("anh"))
    gate.scanner(gate.world.token("cuong"))
    gate.qtbot.waitUntil(lambda: gate.window.ui.recentList.count() == 2)
    oldest = gate.window.ui.recentList.item(1)
    assert "Nguyễn Thị Ánh" in oldest.text()
    gate.window.ui.recentList.itemClicked.emit(oldest)
    assert gate.shown.reporter_name == "Nguyễn Thị Ánh" and gate.shown.reason == "ok"


def test_the_mute_toggle_is_remembered(gate: Gate, qtbot: Any, db: Any) -> None:
    gate.window.ui.muteButton.click()
    gate.scanner(gate.world.token("anh"))
    assert gate.window.sounds.played == [(ScreenState.ALLOWED, False)]
    gate.window.close()
    window, _clock = _open(qtbot, db, gate.world)
    assert window.ui.muteButton.isChecked() and window.sounds.muted
    window.close()


class FakeSource(QWidget):
    """What a serial scanner or a webcam looks like to the window."""

    from PySide6.QtCore import Signal

    scanned = Signal(str)
    status = Signal(str, str)


def test_any_source_feeds_the_same_scan_path_and_shows_its_state(gate: Gate) -> None:
    source = FakeSource()
    source.setObjectName("serial")
    gate.window.attach_source(source)
    source.status.emit("ok", "Máy quét COM3: sẵn sàng")
    assert "COM3" in gate.window.ui.sourceLabel.text()
    source.scanned.emit(gate.world.token("anh"))
    assert gate.shown.reason == "ok" and len(gate.rows()) == 1
    source.status.emit("error", "Máy quét COM3 đã rút ra")
    assert gate.window.ui.sourceLabel.property("state") == "error"


def test_leaving_the_kiosk_needs_the_officers_password(gate: Gate, settle: Any) -> None:
    window = gate.window
    window.set_kiosk(True)
    assert window.isFullScreen()

    def wrong(question: prompts.Question) -> str | None:
        return "sai-mat-khau" if question.kind == "password" else question.escape

    with prompts.answering(wrong) as asked:
        window.close()
        settle()
    assert window.isVisible() and [q.kind for q in asked] == ["password", "error"]
    with prompts.answering(None) as asked:  # cancelled
        window.ui.changeButton.click()
    assert window.isVisible() and [q.kind for q in asked] == ["password"]
    with prompts.answering(OFFICER_PASSWORD):
        window.ui.fullScreenButton.click()
        settle()
    assert not window.kiosk and not window.isFullScreen()
    with prompts.answering(None) as asked:
        window.close()
    assert not window.isVisible() and asked == []


def test_a_desk_database_shows_no_station_header(gate: Gate) -> None:
    gate.qtbot.waitUntil(lambda: gate.window.freshness is not None)
    assert not gate.window.ui.freshnessLabel.isVisible()


def test_a_stale_station_turns_the_header_amber(
    qtbot: Any, db: Any, admin: Any, tmp_path: Path
) -> None:
    world = build(db, admin)
    package = tmp_path / "station.json.gz"
    summary = stations.export_station(db, admin, world.event, package)
    station = open_database(str(tmp_path / "station.sqlite"))
    try:
        stations.import_station(station, package, fingerprint=summary.fingerprint)
        officer = authenticate(station, "cp1", OFFICER_PASSWORD)
        for stale_after, stale in ((None, False), (timedelta(microseconds=1), True)):
            session = open_session(
                station, officer, event_id=world.event, zone_code="A", unit_id=world.unit
            )
            window = CheckpointWindow(station, session, audible=False, stale_after=stale_after)
            qtbot.addWidget(window)
            window.show()
            qtbot.waitUntil(lambda w=window: w.freshness is not None)
            label = window.ui.freshnessLabel
            assert label.isVisible() and label.property("stale") == ("true" if stale else "false")
            assert ("chưa biết" in label.text()) is stale
            # the station's own data: a scan works and its photo comes from the package
            window.submit_scan(world.token("anh"), "test")
            assert window.screen is not None and window.screen.reason == (
                "ok" if not stale else "already_inside"
            )
            window.close()
    finally:
        station.dispose()


def test_the_scanner_timing_comes_from_the_desk_settings() -> None:
    from accred_app.gui.checkpoint.window import stored_burst_settings
    from accred_app.gui.settings import desk_settings

    assert stored_burst_settings() == BurstSettings()
    settings = desk_settings()
    settings.setValue("checkpoint/max_gap_ms", 25)
    settings.setValue("checkpoint/silence_ms", 300)
    settings.setValue("checkpoint/min_length", 10)
    settings.sync()
    assert stored_burst_settings() == BurstSettings(max_gap_ms=25, silence_ms=300, min_length=10)
    settings.setValue("checkpoint/silence_ms", 5)  # shorter than the gap: nonsense, defaults
    settings.sync()
    assert stored_burst_settings() == BurstSettings()


def test_a_zone_name_is_shown_as_text_never_as_markup(qtbot: Any, db: Any, admin: Any) -> None:
    from sqlalchemy import update

    from accred_app.core.models import Zone

    world = build(db, admin)
    with db.engine.begin() as connection:  # as an older version could have stored it
        connection.execute(
            update(Zone).where(Zone.event_id == world.event, Zone.code == "A")
            .values(name="<b>Hội trường</b> & sân")
        )  # fmt: skip
    window, clock = _open(qtbot, db, world)
    gate = Gate(qtbot, db, world, window, clock)
    gate.scanner(world.token("anh"))
    shown = window.ui.zonesLabel.text()
    assert "&lt;b&gt;Hội trường&lt;/b&gt; &amp; sân" in shown, shown
    window.close()
