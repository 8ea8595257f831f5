"""The checkpoint window reading passes from the scanner the officer chose: a serial scanner on a
pseudo-terminal feeds the same scan path as the keyboard, choosing another closes the first, the
choice is reopened when the gate opens next time, and in kiosk mode the choice needs the password."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from checkpoint_world import OFFICER_PASSWORD, World, build
from sqlalchemy import select

from accred_app.core.checkpoint.screen import ScreenState
from accred_app.core.checkpoint.session import open_session
from accred_app.core.models import ScanRecord
from accred_app.gui import prompts
from accred_app.gui.checkpoint import window as window_module
from accred_app.gui.checkpoint.burst import BurstSettings
from accred_app.gui.checkpoint.sources import CLOSED, READY, SerialSource
from accred_app.gui.checkpoint.window import CheckpointWindow
from accred_app.gui.settings import desk_settings

pytestmark = pytest.mark.skipif(not hasattr(os, "openpty"), reason="needs pseudo-terminals")


class PseudoScanner:
    """A scanner on a serial port: the master end of a pseudo-terminal behind a stable name."""

    def __init__(self, port: Path) -> None:
        master, slave = os.openpty()
        os.symlink(os.ttyname(slave), port)
        os.close(slave)
        self.port, self.master = str(port), master

    def send(self, text: str) -> None:
        os.write(self.master, text.encode() + b"\r\n")

    def close(self) -> None:
        os.close(self.master)


@pytest.fixture
def world(db: Any, admin: Any) -> World:
    return build(db, admin)


@pytest.fixture
def scanners(tmp_path: Path) -> Iterator[list[PseudoScanner]]:
    made: list[PseudoScanner] = []
    yield made
    for scanner in made:
        scanner.close()


def plug(scanners: list[PseudoScanner], folder: Path, name: str) -> PseudoScanner:
    scanner = PseudoScanner(folder / name)
    scanners.append(scanner)
    return scanner


def open_gate(qtbot: Any, db: Any, world: World) -> CheckpointWindow:
    session = open_session(
        db, world.checkpoint, event_id=world.event, zone_code="A", unit_id=world.unit
    )
    window = CheckpointWindow(db, session, audible=False, burst=BurstSettings())
    qtbot.addWidget(window)
    window.show()
    return window


def serial_on(scanner: PseudoScanner) -> SerialSource:
    source = SerialSource(scanner.port, 9600)
    assert source.open()
    return source


def scan_rows(db: Any) -> list[tuple[bool, str]]:
    with db.reading() as session:
        return [
            (row.allowed, row.reason)
            for row in session.execute(select(ScanRecord).order_by(ScanRecord.id)).scalars()
        ]


def test_a_chosen_serial_scanner_opens_the_gate_like_the_keyboard(
    qtbot: Any, db: Any, world: World, scanners: list[PseudoScanner], tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    scanner = plug(scanners, tmp_path, "ttyGate1")
    source = serial_on(scanner)
    monkeypatch.setattr(window_module, "choose_source", lambda parent: source)
    window = open_gate(qtbot, db, world)
    window.ui.scannerButton.click()
    assert source in window.sources
    qtbot.waitUntil(lambda: "9600" in window.ui.sourceLabel.text())
    with qtbot.waitSignal(window.verdict_shown, timeout=5000):
        scanner.send(world.token("anh"))
    assert window.screen is not None and window.screen.state is ScreenState.ALLOWED
    assert window.ui.nameLabel.text() == "Nguyễn Thị Ánh"
    assert scan_rows(db) == [(True, "ok")]
    window.close()
    assert source.state == CLOSED, "closing the gate closes the port"


def test_choosing_another_scanner_closes_the_first(
    qtbot: Any, db: Any, world: World, scanners: list[PseudoScanner], tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    first_scanner = plug(scanners, tmp_path, "ttyGate1")
    second_scanner = plug(scanners, tmp_path, "ttyGate2")
    first, second = serial_on(first_scanner), serial_on(second_scanner)
    window = open_gate(qtbot, db, world)
    for chosen in (first, second):
        monkeypatch.setattr(window_module, "choose_source", lambda parent, chosen=chosen: chosen)
        window.ui.scannerButton.click()
    assert window.sources == [second] and first.state == CLOSED and second.state == READY
    with qtbot.waitSignal(window.verdict_shown, timeout=5000):
        second_scanner.send(world.token("anh"))
    assert scan_rows(db) == [(True, "ok")]
    window.close()


def test_cancelling_the_choice_keeps_the_scanner_in_use(
    qtbot: Any, db: Any, world: World, scanners: list[PseudoScanner], tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    source = serial_on(plug(scanners, tmp_path, "ttyGate1"))
    window = open_gate(qtbot, db, world)
    monkeypatch.setattr(window_module, "choose_source", lambda parent: source)
    window.ui.scannerButton.click()
    monkeypatch.setattr(window_module, "choose_source", lambda parent: None)
    window.ui.scannerButton.click()
    assert window.sources == [source] and source.state == READY
    window.close()


def test_the_gate_reopens_the_scanner_chosen_last(
    qtbot: Any, db: Any, world: World, scanners: list[PseudoScanner], tmp_path: Path
) -> None:
    scanner = plug(scanners, tmp_path, "ttyGate1")
    window = open_gate(qtbot, db, world)
    assert window.open_remembered_source() is None, "nothing chosen yet: the keyboard only"
    assert window.sources == []
    SerialSource(scanner.port, 9600).remember(desk_settings())
    reopened = window.open_remembered_source()
    assert isinstance(reopened, SerialSource) and window.sources == [reopened]
    qtbot.waitUntil(lambda: reopened.state == READY)
    with qtbot.waitSignal(window.verdict_shown, timeout=5000):
        scanner.send(world.token("anh"))
    assert scan_rows(db) == [(True, "ok")]
    window.close()


def test_in_kiosk_mode_changing_the_scanner_needs_the_password(
    qtbot: Any, db: Any, world: World, scanners: list[PseudoScanner], tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch, settle: Any,
) -> None:  # fmt: skip
    source = serial_on(plug(scanners, tmp_path, "ttyGate1"))
    asked_for_scanner: list[object] = []

    def choose(parent: object) -> SerialSource:
        asked_for_scanner.append(parent)
        return source

    monkeypatch.setattr(window_module, "choose_source", choose)
    window = open_gate(qtbot, db, world)
    window.set_kiosk(True)
    with prompts.answering(None) as asked:  # the officer cancels the password
        window.ui.scannerButton.click()
        settle()
    assert [q.kind for q in asked] == ["password"] and asked_for_scanner == []
    with prompts.answering(OFFICER_PASSWORD):
        window.ui.scannerButton.click()
        settle()
    assert asked_for_scanner == [window] and window.sources == [source]
    window.set_kiosk(False)
    window.close()
