"""Choosing the scanner of a gate: the set-up dialog, and reopening the last choice at start.

Three kinds: a USB scanner that types like a keyboard (always there — the window listens for it
whatever is chosen, so choosing it means "nothing else to open"), a serial scanner (port, speed
and the end of a code) and a webcam (with its live picture, so the officer can aim it). What is
not present on this computer says so beside its option and on its page, and cannot be chosen.
The choice is remembered in the desk settings; :func:`open_remembered` reopens it when the
checkpoint window starts, so a gate laptop needs setting up once.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QObject, QSettings, QTimer
from PySide6.QtMultimedia import QCameraDevice
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPushButton, QWidget

from accred_app.gui.checkpoint.sources.base import (
    ERROR,
    NO_DEVICE,
    SOURCE_KEY,
    KeyboardSource,
    ScanSource,
)
from accred_app.gui.checkpoint.sources.serial import (
    BAUD_KEY,
    BAUD_RATES,
    DEFAULT_BAUD_RATE,
    PORT_KEY,
    SUFFIX_KEY,
    SerialPortChoice,
    SerialSource,
    available_serial_ports,
)
from accred_app.gui.checkpoint.sources.webcam import (
    WebcamSource,
    available_cameras,
    camera_id,
    remembered_camera_id,
)
from accred_app.gui.generated.ui_scanner_setup import Ui_ScannerSetupDialog
from accred_app.gui.settings import desk_settings

SerialPortLister = Callable[[], list[SerialPortChoice]]
CameraLister = Callable[[], list[QCameraDevice]]


class ScannerSetupDialog(QDialog):
    """On Ok, :attr:`source` holds the chosen source, already open, and the choice is stored."""

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        serial_ports: SerialPortLister = available_serial_ports,
        cameras: CameraLister = available_cameras,
        settings: QSettings | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_ScannerSetupDialog()
        self.ui.setupUi(self)
        self.source: ScanSource | None = None
        self._list_serial_ports = serial_ports
        self._list_cameras = cameras
        self._settings = settings if settings is not None else desk_settings()
        self._ports: list[SerialPortChoice] = []
        self._cameras: list[QCameraDevice] = []
        self._camera_source: WebcamSource | None = None
        self._choices = (
            (self.ui.keyboardChoice, self.ui.keyboardPage, KeyboardSource.kind),
            (self.ui.serialChoice, self.ui.serialPage, SerialSource.kind),
            (self.ui.webcamChoice, self.ui.webcamPage, WebcamSource.kind),
        )
        for button, _page, _kind in self._choices:
            button.toggled.connect(self._choice_changed)
        self.ui.lookAgainButton.clicked.connect(self.look_for_serial_ports)
        self.ui.lookAgainCamerasButton.clicked.connect(lambda: self.look_for_cameras())
        self.ui.cameraChoice.currentIndexChanged.connect(self._camera_changed)
        self.ui.buttons.accepted.connect(self.submit)
        self.ui.buttons.rejected.connect(self.reject)
        self._fill_speeds_and_suffixes()
        self.look_for_serial_ports()
        self.look_for_cameras(start=False)
        self.retranslate()
        self._select_remembered()
        self._choice_changed()

    # -- what is there ---------------------------------------------------------------------------

    @property
    def ok_button(self) -> QPushButton:
        return self.ui.buttons.button(QDialogButtonBox.StandardButton.Ok)

    def chosen_kind(self) -> str:
        return next(kind for button, _page, kind in self._choices if button.isChecked())

    def look_for_serial_ports(self) -> None:
        current = self.ui.serialPort.currentData() or self._settings.value(PORT_KEY)
        self._ports = self._list_serial_ports()
        self.ui.serialPort.clear()
        for port in self._ports:
            label = f"{port.name} — {port.description}" if port.description else port.name
            self.ui.serialPort.addItem(label, port.name)
        found = self.ui.serialPort.findData(current)
        if found >= 0:
            self.ui.serialPort.setCurrentIndex(found)
        self.ui.serialNone.setVisible(not self._ports)
        for widget in (self.ui.serialPort, self.ui.serialSpeed, self.ui.serialSuffix):
            widget.setEnabled(bool(self._ports))
        self._show_availability()
        self._update_ok()

    def look_for_cameras(self, start: bool = True) -> None:
        wanted = remembered_camera_id(self._settings)
        if self._cameras and 0 <= self.ui.cameraChoice.currentIndex() < len(self._cameras):
            wanted = camera_id(self._cameras[self.ui.cameraChoice.currentIndex()])
        self._cameras = self._list_cameras()
        self.ui.cameraChoice.blockSignals(True)
        self.ui.cameraChoice.clear()
        for camera in self._cameras:
            self.ui.cameraChoice.addItem(camera.description())
        ids = [camera_id(camera) for camera in self._cameras]
        self.ui.cameraChoice.setCurrentIndex(ids.index(wanted) if wanted in ids else 0)
        self.ui.cameraChoice.blockSignals(False)
        self.ui.cameraNone.setVisible(not self._cameras)
        self.ui.cameraChoice.setEnabled(bool(self._cameras))
        self.ui.cameraPreview.setVisible(bool(self._cameras))
        self._show_availability()
        if start:
            self._camera_changed()
        self._update_ok()

    # -- choosing --------------------------------------------------------------------------------

    def submit(self) -> None:
        kind = self.chosen_kind()
        source: ScanSource | None
        owner = self.parent()
        if kind == KeyboardSource.kind:
            source = KeyboardSource(owner)
        elif kind == SerialSource.kind:
            source = self._open_serial(owner)
        else:
            source = self._take_camera(owner)
        if source is None:
            return
        source.remember(self._settings)
        self._settings.sync()
        self.source = source
        self.accept()

    def reject(self) -> None:
        self._stop_camera()
        super().reject()

    def done(self, result: int) -> None:
        if result != QDialog.DialogCode.Accepted:
            self._stop_camera()
        super().done(result)

    def _open_serial(self, owner: QObject | None) -> SerialSource | None:
        port = self.ui.serialPort.currentData()
        if not port:
            return None
        source = SerialSource(
            str(port),
            int(self.ui.serialSpeed.currentData()),
            str(self.ui.serialSuffix.currentData()),
            parent=owner,
        )
        if not source.open():
            self.ui.formError.show_message(source.message)
            source.close()
            source.deleteLater()
            return None
        source.announce_soon()
        return source

    def _take_camera(self, owner: QObject | None) -> WebcamSource | None:
        source = self._camera_source
        if source is None or source.state == NO_DEVICE:
            return None
        if source.state == ERROR:
            self.ui.formError.show_message(source.message)
            return None
        self._camera_source = None  # handed over: the dialog no longer stops it
        source.setParent(owner)
        source.announce_soon()
        return source

    # -- the form --------------------------------------------------------------------------------

    def _fill_speeds_and_suffixes(self) -> None:
        for rate in BAUD_RATES:
            self.ui.serialSpeed.addItem(self.tr("{rate} bps").format(rate=rate), rate)
        for suffix in ("enter", "tab", "none"):
            self.ui.serialSuffix.addItem("", suffix)
        try:
            baud = int(str(self._settings.value(BAUD_KEY, DEFAULT_BAUD_RATE)))
        except ValueError:
            baud = DEFAULT_BAUD_RATE
        self.ui.serialSpeed.setCurrentIndex(max(0, self.ui.serialSpeed.findData(baud)))
        suffix = self._settings.value(SUFFIX_KEY, "enter")
        self.ui.serialSuffix.setCurrentIndex(max(0, self.ui.serialSuffix.findData(suffix)))

    def _select_remembered(self) -> None:
        kind = self._settings.value(SOURCE_KEY)
        for button, _page, choice in self._choices:
            if choice == kind:
                button.setChecked(True)

    def _choice_changed(self, *_args: Any) -> None:
        for button, page, _kind in self._choices:
            if button.isChecked():
                self.ui.pages.setCurrentWidget(page)
        if self.chosen_kind() == WebcamSource.kind:
            if self._camera_source is None:
                self._camera_changed()
        else:
            self._stop_camera()
        self.ui.formError.clear_message()
        self._update_ok()

    def _camera_changed(self, *_args: Any) -> None:
        """Show the chosen camera's picture (only while the webcam option is chosen)."""
        self._stop_camera()
        if self.chosen_kind() != WebcamSource.kind:
            return
        index = self.ui.cameraChoice.currentIndex()
        camera = self._cameras[index] if 0 <= index < len(self._cameras) else None
        source = WebcamSource(camera, parent=self)
        source.add_preview(self.ui.cameraPreview)
        source.status.connect(self._camera_status)
        self._camera_source = source
        source.open()
        self._camera_status(source.state, source.message)
        self._update_ok()

    def _camera_status(self, _state: str, message: str) -> None:
        self.ui.cameraStatus.setText(message)

    def _stop_camera(self) -> None:
        if self._camera_source is not None:
            self._camera_source.close()
            self._camera_source.deleteLater()
            self._camera_source = None
        self.ui.cameraStatus.clear()

    def _show_availability(self) -> None:
        none_found = self.tr("none found on this computer")
        ports = len(self._ports)
        self.ui.serialAvailability.setText(
            self.tr("%n port(s)", "", ports) if ports else none_found
        )
        cameras = len(self._cameras)
        self.ui.webcamAvailability.setText(
            self.tr("%n camera(s)", "", cameras) if cameras else none_found
        )

    def _update_ok(self) -> None:
        kind = self.chosen_kind()
        available = {
            KeyboardSource.kind: True,
            SerialSource.kind: bool(self._ports),
            WebcamSource.kind: bool(self._cameras),
        }[kind]
        self.ok_button.setEnabled(available)

    def retranslate(self) -> None:
        self.ok_button.setText(self.tr("Use this scanner"))
        self.ui.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        labels = {
            "enter": self.tr("Enter (CR / LF)"),
            "tab": self.tr("Tab"),
            "none": self.tr("Nothing: a pause ends the code"),
        }
        for index in range(self.ui.serialSuffix.count()):
            self.ui.serialSuffix.setItemText(index, labels[self.ui.serialSuffix.itemData(index)])
        for index in range(self.ui.serialSpeed.count()):
            rate = self.ui.serialSpeed.itemData(index)
            self.ui.serialSpeed.setItemText(index, self.tr("{rate} bps").format(rate=rate))
        self._show_availability()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            # The button box re-labels its standard buttons when the event reaches it, after
            # this: name ours once that is done.
            QTimer.singleShot(0, self, self.retranslate)
        super().changeEvent(event)


def choose_source(parent: QWidget | None = None) -> ScanSource | None:
    """Ask which scanner to use (modal); the chosen source, open and remembered, or ``None`` when
    the officer cancels (keep what was in use)."""
    dialog = ScannerSetupDialog(parent)
    try:
        if dialog.exec() == QDialog.DialogCode.Accepted:
            return dialog.source
        return None
    finally:
        dialog.deleteLater()


def open_remembered(parent: QObject | None = None) -> ScanSource | None:
    """Reopen the scanner chosen last on this computer; ``None`` when none was ever chosen.

    A serial scanner not plugged in yet comes back ``disconnected`` and is picked up when it is;
    a webcam that is gone falls back to the system's default camera, or ``no_device``."""
    settings = desk_settings()
    kind = settings.value(SOURCE_KEY)
    if kind == KeyboardSource.kind:
        return KeyboardSource(parent)
    if kind == SerialSource.kind:
        return SerialSource.from_settings(settings, parent)
    if kind == WebcamSource.kind:
        return WebcamSource.from_settings(settings, parent)
    return None
