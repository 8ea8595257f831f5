"""Small widgets the dialogs and pages share (forms place them through Designer's custom widgets)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy

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
        # take the whole width of its column: a word-wrapped label left at its size hint is
        # squeezed into a narrow, tall box
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
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

    # Form layouts size a word-wrapped label by a guess of its shape (often three short lines);
    # asking for the height the text needs at the width it really has keeps the form tight.
    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        if self.width() > 0 and self.text():
            return QSize(hint.width(), self.heightForWidth(self.width()))
        return hint

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        if self.width() > 0 and self.text():
            return QSize(hint.width(), self.heightForWidth(self.width()))
        return hint

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.oldSize().width() != event.size().width():
            self.updateGeometry()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and self._error is not None:
            self.setText(self._error.message(current_locale()))
        super().changeEvent(event)
