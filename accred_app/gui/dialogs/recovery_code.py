"""A recovery code shown once in a dialog the officer must acknowledge: after a new code was made on
the officers page, and at the sign-in that finished the upgrade of an older database.

The dialog cannot be closed (Esc, the window's close button) before the box "I have written it
down" is ticked: the code is stored nowhere, so closing it unread would lose it.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox

from accred_app.gui.generated.ui_recovery_code_dialog import Ui_RecoveryCodeDialog


class RecoveryCodeDialog(QDialog):
    def __init__(
        self, code: str, heading: str, parent: Any = None, *, organisation: str = ""
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_RecoveryCodeDialog()
        self.ui.setupUi(self)
        self.view = self.ui.view
        self.view.set_code(code, organisation=organisation)
        self._heading = heading
        self.continue_button = self.ui.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.continue_button.setEnabled(False)
        self.continue_button.setDefault(True)
        self.view.acknowledged_changed.connect(self.continue_button.setEnabled)
        self.ui.buttons.accepted.connect(self.accept)
        self.retranslate()

    def accept(self) -> None:
        if self.view.acknowledged:
            super().accept()

    def reject(self) -> None:
        """Esc closes the dialog only once the code is acknowledged (then it is as Continue)."""
        if self.view.acknowledged:
            super().accept()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.view.acknowledged:
            event.ignore()
            return
        super().closeEvent(event)

    def retranslate(self) -> None:
        self.ui.heading.setText(self._heading)
        self.ui.heading.setVisible(bool(self._heading))
        self.continue_button.setText(self.tr("Continue"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self.retranslate()
        super().changeEvent(event)
