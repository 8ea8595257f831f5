"""The sign-in dialog: every desk session starts here, and the officer it returns is the actor of
every service call the window makes.

Checking the password is deliberately slow (argon2id, and unlocking the signing key takes a second
run), so it runs on a worker through ``gui/operations.py``: the dialog keeps painting, the cursor
says "busy" at once, and a progress note appears only if it takes longer than half a second.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox

from accred_app.core.errors import AccredError
from accred_app.core.roles import Actor
from accred_app.core.security import officers
from accred_app.core.storage.db import Database
from accred_app.gui import operations
from accred_app.gui.generated.ui_sign_in import Ui_SignInDialog


class SignInDialog(QDialog):
    """Username and password; a refused sign-in keeps the username and clears the password."""

    signed_in = Signal(object)
    """The :class:`Actor`, once the password was accepted (before ``accepted``)."""

    def __init__(
        self, db: Database, parent: Any = None, *, org_name: str = "", username: str = ""
    ) -> None:
        super().__init__(parent)
        self._db = db
        self.actor: Actor | None = None
        self.ui = Ui_SignInDialog()
        self.ui.setupUi(self)
        self.username = self.ui.username
        self.password = self.ui.password
        self.error = self.ui.error
        self.buttons = self.ui.buttons
        self.sign_in_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.sign_in_button.setDefault(True)
        self.ui.organisation.setText(org_name)
        self.ui.organisation.setVisible(bool(org_name))
        self.username.setText(username)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        self.operation: operations.Operation | None = None
        self.retranslate()
        (self.password if username else self.username).setFocus()

    def retranslate(self) -> None:
        self.sign_in_button.setText(self.tr("Sign in"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self.retranslate()
        super().changeEvent(event)

    def submit(self) -> None:
        """Check the password on a worker; on success keep the actor and close, otherwise say why
        inline."""
        if self.operation is not None and self.operation.is_running:
            return
        username = self.username.text().strip()
        if not username:
            self.error.show_message(self.tr("Enter your username."))
            self.username.setFocus()
            return
        password = self.password.text()
        db = self._db
        self._set_busy(True)
        self.operation = operations.run(
            self,
            lambda: officers.authenticate(db, username, password),
            success=self._accepted,
            failure=self._refused,
            label=self.tr("Checking the password…"),
        )

    def _set_busy(self, busy: bool) -> None:
        for widget in (self.username, self.password, self.buttons):
            widget.setEnabled(not busy)

    def _accepted(self, actor: Actor) -> None:
        self._set_busy(False)
        self.actor = actor
        self.error.clear_message()
        self.signed_in.emit(actor)
        self.accept()

    def _refused(self, error: AccredError) -> None:
        self._set_busy(False)
        self.error.show_error(error)
        self.password.clear()
        self.password.setFocus()

    def reject(self) -> None:
        if self.operation is not None and self.operation.is_running:
            return  # the check finishes in a moment; closing now would leave it half-told
        super().reject()
