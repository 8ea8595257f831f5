"""Starting Qt for ``accred checkpoint`` (the command line signed the officer in and opened the
session): the application, its fonts and translators, the window, and an event loop that ends
when the gate is closed (not ``QApplication.exec``: the process ends with the gate anyway, and a
loop of its own leaves the application as it was for whoever started it — the tests)."""

from __future__ import annotations

import sys

from PySide6.QtCore import QEventLoop

from accred_app.core.checkpoint.session import CheckpointSession
from accred_app.core.storage.db import Database
from accred_app.gui.app import create_application, keep_start_up_objects
from accred_app.gui.checkpoint.window import CheckpointWindow


def run_checkpoint(
    db: Database, session: CheckpointSession, *, full_screen: bool = False, locale: str = "vi"
) -> int:
    """Show the window on ``session`` (which it owns from now on) until it is closed; the exit
    code of the event loop."""
    create_application([sys.argv[0]], locale=locale)
    window = CheckpointWindow(db, session, kiosk=full_screen)
    window.open_remembered_source()
    loop = QEventLoop()
    window.closed.connect(loop.quit)  # the gate is closed (with the password in full screen)
    if not full_screen:
        window.show()
    keep_start_up_objects()
    try:
        return int(loop.exec())
    finally:
        window.deleteLater()
