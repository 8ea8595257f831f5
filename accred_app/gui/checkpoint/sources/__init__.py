"""The checkpoint window's scan inputs besides the keyboard: serial scanners and webcams.

Each is a :class:`ScanSource` — a QObject with ``scanned = Signal(str)`` (one code read) and
``status = Signal(str, str)`` (a state, such as ``ready``, ``disconnected``, ``no_device``,
``error``, and a sentence in the window's language) — which the window attaches to its scan
handler. :func:`choose_source` asks the officer; :func:`open_remembered` reopens the last choice.
"""

from accred_app.gui.checkpoint.sources.base import (
    CLOSED,
    DISCONNECTED,
    ERROR,
    NO_DEVICE,
    READY,
    KeyboardSource,
    ScanSource,
)
from accred_app.gui.checkpoint.sources.serial import SerialSource
from accred_app.gui.checkpoint.sources.setup import (
    ScannerSetupDialog,
    choose_source,
    open_remembered,
)
from accred_app.gui.checkpoint.sources.webcam import STARTING, WebcamSource

__all__ = [
    "CLOSED",
    "DISCONNECTED",
    "ERROR",
    "NO_DEVICE",
    "READY",
    "STARTING",
    "KeyboardSource",
    "ScanSource",
    "ScannerSetupDialog",
    "SerialSource",
    "WebcamSource",
    "choose_source",
    "open_remembered",
]
