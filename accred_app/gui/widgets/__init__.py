"""Small widgets the dialogs and pages share."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel


class InlineError(QLabel):
    """A red message under a form: hidden while empty, word-wrapped, selectable for copying."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setObjectName("inlineError")
        self.setStyleSheet("QLabel#inlineError { color: #c00000; }")
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setVisible(False)

    def show_message(self, message: str) -> None:
        self.setText(message)
        self.setVisible(bool(message))

    def clear_message(self) -> None:
        self.show_message("")
