"""The sign-in dialog: every desk session starts here, and the officer it returns is the actor of
every service call the window makes.

Checking the password is deliberately slow (argon2id, and unlocking the signing key takes a second
run), so it runs on a worker through ``gui/operations.py``: the dialog keeps painting, the cursor
says "busy" at once, and a progress note appears only if it takes longer than half a second.

The worker first waits for the integrity check of the file (``gui/opening.py``; it runs while the
officer types), since signing in writes; a damaged file closes the dialog so the desk can offer
its backups. It signs in through ``officers.sign_in``, which on a database made before key
protection finishes the upgrade and returns the recovery code: shown once, in a dialog the officer
must acknowledge. Each sign-in records the audit trail's head in the officer's own settings
(``audit_heads.record_seen_head``), so a trail cut short later is noticed.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QTimer, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox

from accred_app.core.errors import AccredError
from accred_app.core.messages import render
from accred_app.core.roles import Actor
from accred_app.core.security import officers
from accred_app.core.security.officers import SignIn
from accred_app.core.storage.db import Database
from accred_app.gui import operations
from accred_app.gui.generated.ui_sign_in import Ui_SignInDialog
from accred_app.gui.i18n import current_locale
from accred_app.gui.opening import OpeningCheck


def sign_in_and_record(
    db: Database, username: str, password: str, check: OpeningCheck | None
) -> SignIn:
    """The work of the sign-in button (on a worker; what it imports is imported there too, after
    the dialog is on screen)."""
    from accred_app.core.security import audit_heads

    if check is not None:
        check.wait()  # signing in writes: never into a file not yet known to be sound
    result = officers.sign_in(db, username, password)
    audit_heads.record_seen_head(db, result.actor)  # never raises
    return result


class SignInDialog(QDialog):
    """Username and password; a refused sign-in keeps the username and clears the password."""

    signed_in = Signal(object)
    """The :class:`Actor`, once the password was accepted (before ``accepted``)."""

    def __init__(
        self,
        db: Database,
        parent: Any = None,
        *,
        org_name: str = "",
        username: str = "",
        check: OpeningCheck | None = None,
    ) -> None:
        super().__init__(parent)
        self._db = db
        self._check = check
        self._org_name = org_name
        self.actor: Actor | None = None
        self.damaged: AccredError | None = None
        self.code_dialog: QDialog | None = None  # the recovery code, after an upgrade
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
        if check is not None:
            check.failed.connect(self._damaged)
            if check.checked and check.problem is not None:  # it ended before this dialog
                QTimer.singleShot(0, lambda problem=check.problem: self._damaged(problem))
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
        db, check = self._db, self._check
        self._set_busy(True)
        self.operation = operations.run(
            self,
            lambda: sign_in_and_record(db, username, password, check),
            success=self._accepted,
            failure=self._refused,
            label=self.tr("Checking the password…"),
        )

    def _set_busy(self, busy: bool) -> None:
        for widget in (self.username, self.password, self.buttons):
            widget.setEnabled(not busy)

    def _accepted(self, result: SignIn) -> None:
        self._set_busy(False)
        self.actor = result.actor
        self.error.clear_message()
        if result.recovery_code is None:
            self._signed_in()
            return
        # the upgrade of an older database finished now: its recovery code, shown this once
        from accred_app.gui.dialogs.recovery_code import RecoveryCodeDialog

        self._set_busy(True)
        dialog = RecoveryCodeDialog(
            result.recovery_code,
            render("key_protection_upgraded", current_locale()),
            self,
            organisation=self._org_name,
        )
        self.code_dialog = dialog
        dialog.accepted.connect(self._signed_in)
        dialog.open()

    def _signed_in(self) -> None:
        assert self.actor is not None
        self.signed_in.emit(self.actor)
        self.accept()

    def _refused(self, error: AccredError) -> None:
        self._set_busy(False)
        if error.code == "db_corrupt":
            self._damaged(error)
            return
        self.error.show_error(error)
        self.password.clear()
        self.password.setFocus()

    def _damaged(self, problem: AccredError) -> None:
        """The opening check found the file damaged: close, so the desk offers its backups."""
        if self.actor is not None:
            return
        self.damaged = problem
        if self.operation is None or not self.operation.is_running:
            super().reject()

    def reject(self) -> None:
        if self.operation is not None and self.operation.is_running:
            return  # the check finishes in a moment; closing now would leave it half-told
        if self.code_dialog is not None and self.code_dialog.isVisible():
            return  # the recovery code is on screen and not yet acknowledged
        super().reject()
