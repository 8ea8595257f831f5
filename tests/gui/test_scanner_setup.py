"""The scanner set-up dialog, driven as an officer would: what it says when a computer has no
serial port and no camera, choosing each kind, and the choice reopened at the next start."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from accred_app.gui.checkpoint.sources import (
    KeyboardSource,
    ScannerSetupDialog,
    SerialSource,
    choose_source,
    open_remembered,
)
from accred_app.gui.checkpoint.sources.serial import SerialPortChoice
from accred_app.gui.settings import desk_settings


def _nothing() -> list[Any]:
    return []


@pytest.fixture
def bare_dialog(qtbot: Any) -> Iterator[ScannerSetupDialog]:
    """A computer with no serial port and no camera."""
    dialog = ScannerSetupDialog(serial_ports=_nothing, cameras=_nothing)
    qtbot.addWidget(dialog)
    dialog.show()
    yield dialog
    dialog.reject()


@pytest.fixture
def pty_port(tmp_path: Path) -> Iterator[tuple[str, int]]:
    if not hasattr(os, "openpty"):
        pytest.skip("needs pseudo-terminals")
    master, slave = os.openpty()
    link = tmp_path / "ttyScanner"
    link.symlink_to(os.ttyname(slave))
    os.close(slave)
    yield str(link), master
    os.close(master)


def test_no_serial_port_and_no_camera_are_said_in_words(
    bare_dialog: ScannerSetupDialog, qtbot: Any
) -> None:
    ui = bare_dialog.ui
    assert ui.serialAvailability.text() == "không tìm thấy trên máy này"
    assert ui.webcamAvailability.text() == "không tìm thấy trên máy này"
    assert bare_dialog.chosen_kind() == "keyboard"
    assert bare_dialog.ok_button.isEnabled()  # the keyboard scanner needs nothing

    ui.serialChoice.click()
    assert ui.pages.currentWidget() is ui.serialPage
    assert ui.serialNone.isVisible()
    assert "Không tìm thấy cổng nối tiếp" in ui.serialNone.text()
    assert not ui.serialPort.isEnabled()
    assert not bare_dialog.ok_button.isEnabled()

    ui.webcamChoice.click()
    assert ui.pages.currentWidget() is ui.webcamPage
    assert ui.cameraNone.isVisible()
    assert "Không tìm thấy webcam" in ui.cameraNone.text()
    assert not ui.cameraPreview.isVisible()
    assert "Không tìm thấy webcam" in ui.cameraStatus.text()
    assert not bare_dialog.ok_button.isEnabled()


def test_the_keyboard_scanner_is_chosen_and_reopened(
    bare_dialog: ScannerSetupDialog, qtbot: Any
) -> None:
    qtbot.mouseClick(bare_dialog.ok_button, Qt.MouseButton.LeftButton)
    assert isinstance(bare_dialog.source, KeyboardSource)
    assert bare_dialog.source.state == "ready"
    again = open_remembered()
    assert isinstance(again, KeyboardSource)


def test_nothing_remembered_opens_nothing() -> None:
    assert open_remembered() is None


def test_a_serial_scanner_is_chosen_opened_and_reopened(
    qtbot: Any, pty_port: tuple[str, int]
) -> None:
    port, master = pty_port
    dialog = ScannerSetupDialog(
        serial_ports=lambda: [SerialPortChoice(port, "USB-SERIAL CH340")], cameras=_nothing
    )
    qtbot.addWidget(dialog)
    dialog.show()
    ui = dialog.ui
    assert ui.serialAvailability.text() == "1 cổng"
    ui.serialChoice.click()
    assert not ui.serialNone.isVisible()
    assert ui.serialPort.currentText() == f"{port} — USB-SERIAL CH340"
    assert ui.serialSpeed.currentData() == 9600
    ui.serialSpeed.setCurrentIndex(ui.serialSpeed.findData(19200))
    ui.serialSuffix.setCurrentIndex(ui.serialSuffix.findData("tab"))
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    source = dialog.source
    assert isinstance(source, SerialSource)
    try:
        assert (source.port_name, source.baud_rate, source.suffix) == (port, 19200, "tab")
        assert source.state == "ready"
        with qtbot.waitSignal(source.scanned) as got:
            os.write(master, b"123\t")
        assert got.args == ["123"]
    finally:
        source.close()

    again = open_remembered()
    assert isinstance(again, SerialSource)
    try:
        assert (again.port_name, again.baud_rate, again.suffix) == (port, 19200, "tab")
        assert again.state == "ready"
    finally:
        again.close()

    # the next set-up starts from the choice made
    later = ScannerSetupDialog(serial_ports=lambda: [SerialPortChoice(port, "")], cameras=_nothing)
    qtbot.addWidget(later)
    assert later.chosen_kind() == "serial"
    assert later.ui.serialPort.currentData() == port
    assert later.ui.serialSpeed.currentData() == 19200
    assert later.ui.serialSuffix.currentData() == "tab"


def test_a_port_that_cannot_be_opened_keeps_the_dialog_open(qtbot: Any, tmp_path: Path) -> None:
    gone = str(tmp_path / "ttyGone")
    dialog = ScannerSetupDialog(serial_ports=lambda: [SerialPortChoice(gone, "")], cameras=_nothing)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.ui.serialChoice.click()
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.source is None
    assert dialog.isVisible()
    assert "ttyGone" in dialog.ui.formError.text()
    assert desk_settings().value("checkpoint/scan_source") is None
    dialog.reject()


def test_looking_again_finds_a_port_plugged_in_meanwhile(qtbot: Any) -> None:
    ports: list[SerialPortChoice] = []
    dialog = ScannerSetupDialog(serial_ports=lambda: list(ports), cameras=_nothing)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.ui.serialChoice.click()
    assert not dialog.ok_button.isEnabled()
    ports.append(SerialPortChoice("COM3", "USB-SERIAL CH340"))
    qtbot.mouseClick(dialog.ui.lookAgainButton, Qt.MouseButton.LeftButton)
    assert not dialog.ui.serialNone.isVisible()
    assert dialog.ui.serialPort.count() == 1
    assert dialog.ok_button.isEnabled()
    dialog.reject()


@pytest.mark.parametrize("accept", [True, False])
def test_choose_source_answers_with_the_choice_or_none(qtbot: Any, accept: bool) -> None:
    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, ScannerSetupDialog)
        dialog.ui.keyboardChoice.setChecked(True)
        if accept:
            dialog.ok_button.click()
        else:
            dialog.reject()

    QTimer.singleShot(0, answer)
    source = choose_source()
    if accept:
        assert isinstance(source, KeyboardSource)
    else:
        assert source is None


def test_the_dialog_follows_a_language_switch(
    bare_dialog: ScannerSetupDialog, desk_app: Any, qtbot: Any
) -> None:
    from accred_app.gui.i18n import install_translators

    assert bare_dialog.ok_button.text() == "Dùng thiết bị này"
    install_translators(desk_app, "en")
    qtbot.waitUntil(lambda: bare_dialog.ok_button.text() == "Use this scanner")
    assert bare_dialog.ui.serialAvailability.text() == "none found on this computer"
    assert bare_dialog.ui.serialSuffix.itemText(0) == "Enter (CR / LF)"
    assert bare_dialog.ui.keyboardChoice.text() == "&USB scanner that types like a keyboard"
