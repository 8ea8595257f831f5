"""The sign-in dialog: every desk session starts here, and the officer it returns is the actor of
every service call the window makes."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
)

from accred_app.core.errors import AccredError
from accred_app.core.roles import Actor
from accred_app.core.security import officers
from accred_app.core.storage.db import Database
from accred_app.gui.i18n import current_locale
from accred_app.gui.widgets import InlineError


class SignInDialog(QDialog):
    """Username and password; a refused sign-in keeps the username and clears the password."""

    def __init__(
        self, db: Database, parent: Any = None, *, org_name: str = "", username: str = ""
    ) -> None:
        super().__init__(parent)
        self._db = db
        self.actor: Actor | None = None
        self.setWindowTitle(self.tr("Sign in"))
        self.setMinimumWidth(420)

        heading = QLabel(self.tr("Press accreditation desk"))
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        heading.setFont(font)
        organisation = QLabel(org_name)
        organisation.setObjectName("organisation")
        organisation.setVisible(bool(org_name))

        self.username = QLineEdit(username)
        self.username.setObjectName("username")
        self.password = QLineEdit()
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout()
        form.addRow(self.tr("&Username:"), self.username)
        form.addRow(self.tr("&Password:"), self.password)

        self.error = InlineError()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.sign_in_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.sign_in_button.setText(self.tr("Sign in"))
        self.sign_in_button.setDefault(True)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 16)
        layout.setSpacing(8)
        layout.addWidget(organisation)
        layout.addWidget(heading)
        layout.addSpacing(8)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        (self.password if username else self.username).setFocus()

    def submit(self) -> None:
        """Check the password; on success keep the actor and close, otherwise say why inline."""
        username = self.username.text().strip()
        if not username:
            self.error.show_message(self.tr("Enter your username."))
            self.username.setFocus()
            return
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.actor = officers.authenticate(self._db, username, self.password.text())
        except AccredError as error:
            self.error.show_message(error.message(current_locale()))
            self.password.clear()
            self.password.setFocus()
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.error.clear_message()
        self.accept()
