"""Small widgets the dialogs and pages share (forms place them through Designer's custom widgets)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QLabel

from accred_app.core.errors import AccredError
from accred_app.gui.i18n import current_locale


class InlineError(QLabel):
    """A red message beside a field or under a form: hidden while empty, word-wrapped, selectable
    for copying. A domain error is kept, so a language switch re-renders it in the new language."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._error: AccredError | None = None
        self.setStyleSheet("QLabel { color: #c00000; }")
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setVisible(False)

    def show_message(self, message: str) -> None:
        self._error = None
        self.setText(message)
        self.setVisible(bool(message))

    def show_error(self, error: AccredError) -> None:
        self.show_message(error.message(current_locale()))
        self._error = error

    def clear_message(self) -> None:
        self.show_message("")

    @property
    def error(self) -> AccredError | None:
        return self._error

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and self._error is not None:
            self.setText(self._error.message(current_locale()))
        super().changeEvent(event)
