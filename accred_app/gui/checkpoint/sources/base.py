"""What every scan input of the checkpoint window offers, whatever the device behind it.

The window attaches a source by two signals: ``scanned`` (one code read, as text, for the core
to judge) and ``status`` (a state name and a sentence in the window's language). A source is
already open when the set-up dialog or :func:`open_remembered` hands it over; it repeats its
current status once from the event loop, so a window that connects right after receiving it still
learns whether the device is ready. ``state`` and ``message`` hold the latest status too.
"""

from __future__ import annotations

from typing import ClassVar, Final

from PySide6.QtCore import QCoreApplication, QObject, QSettings, QTimer, Signal
from PySide6.QtWidgets import QWidget

READY: Final = "ready"
"""The device is open and its codes come through."""
DISCONNECTED: Final = "disconnected"
"""The device went away (unplugged); the source keeps trying and becomes ready again by itself."""
NO_DEVICE: Final = "no_device"
"""There is nothing to open (no camera on this computer, no port chosen)."""
ERROR: Final = "error"
"""The device reported a problem; the message says which, in words."""
CLOSED: Final = "closed"
"""Closed by the program (the window is done with it, or another source was chosen)."""

SOURCE_KEY: Final = "checkpoint/scan_source"
"""The kind of source chosen last (``keyboard``, ``serial``, ``webcam``), in the desk settings."""


class ScanSource(QObject):
    """Base of the scan inputs; subclasses open their device and emit ``scanned``."""

    scanned = Signal(str)
    status = Signal(str, str)

    kind: ClassVar[str] = ""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.state = CLOSED
        self.message = ""

    def describe(self) -> str:
        """The device in a few words for the window's header ("Cổng COM3, 9600 bps")."""
        raise NotImplementedError

    def preview(self, parent: QWidget | None = None) -> QWidget | None:
        """A live picture of what the device sees (the webcam); ``None`` for the others."""
        return None

    def remember(self, settings: QSettings) -> None:
        """Store this choice, so :func:`open_remembered` reopens it next time."""
        settings.setValue(SOURCE_KEY, self.kind)

    def close(self) -> None:
        self._set_status(CLOSED, "")

    def announce_soon(self) -> None:
        """Emit the current status again once control returns to the event loop."""
        QTimer.singleShot(0, self, self._announce)

    def _announce(self) -> None:
        self.status.emit(self.state, self.message)

    def _set_status(self, state: str, message: str) -> None:
        if (state, message) == (self.state, self.message):
            return
        self.state, self.message = state, message
        self.status.emit(state, message)


class KeyboardSource(ScanSource):
    """USB scanners that type like a keyboard: nothing to open.

    The window captures them application-wide at all times (a scanner may be plugged in whenever),
    so this source never emits ``scanned`` itself; choosing it means "no serial port, no camera".
    """

    kind: ClassVar[str] = "keyboard"

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._set_status(READY, self.describe())
        self.announce_soon()

    def describe(self) -> str:
        return QCoreApplication.translate("ScanSources", "USB scanner (types like a keyboard)")
