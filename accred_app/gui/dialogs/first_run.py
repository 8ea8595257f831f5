"""First run: no officer exists yet, so the person installing the desk creates the administrator."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
)

from accred_app.core.errors import AccredError, ValidationError
from accred_app.core.security import officers
from accred_app.core.setup import installation
from accred_app.core.storage.db import Database
from accred_app.core.storage.settings import get_settings
from accred_app.gui.i18n import current_locale
from accred_app.gui.widgets import InlineError


class FirstRunDialog(QDialog):
    """Creates the first administrator through ``installation.initialise``; errors keep every field."""

    def __init__(self, db: Database, parent: Any = None) -> None:
        super().__init__(parent)
        self._db = db
        self.created_username: str | None = None
        self.setWindowTitle(self.tr("First-time setup"))
        self.setMinimumWidth(480)

        intro = QLabel(
            self.tr(
                "This database has no officer accounts yet. Create the administrator account: "
                "it can then add the other officers."
            )
        )
        intro.setWordWrap(True)

        self.org_name = QLineEdit(get_settings(db).org_name)
        self.org_name.setObjectName("orgName")
        self.username = QLineEdit("admin")
        self.username.setObjectName("username")
        self.full_name = QLineEdit()
        self.full_name.setObjectName("fullName")
        self.password = QLineEdit()
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_again = QLineEdit()
        self.password_again.setObjectName("passwordAgain")
        self.password_again.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(
            self.tr("At least {count} characters").format(count=officers.MIN_PASSWORD_LENGTH)
        )

        form = QFormLayout()
        form.addRow(self.tr("&Organisation:"), self.org_name)
        form.addRow(self.tr("&Username:"), self.username)
        form.addRow(self.tr("&Full name:"), self.full_name)
        form.addRow(self.tr("&Password:"), self.password)
        form.addRow(self.tr("&Repeat password:"), self.password_again)

        self.error = InlineError()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.create_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.create_button.setText(self.tr("Create administrator"))
        self.create_button.setDefault(True)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.full_name.setFocus()

    def submit(self) -> None:
        try:
            if self.password.text() != self.password_again.text():
                raise ValidationError("passwords_differ")
            if not self.full_name.text().strip():
                self.error.show_message(self.tr("Enter the administrator's full name."))
                self.full_name.setFocus()
                return
            result = installation.initialise(
                self._db,
                org_name=self.org_name.text(),
                admin_username=self.username.text(),
                admin_name=self.full_name.text(),
                admin_password=self.password.text(),
            )
        except AccredError as error:
            self.error.show_message(error.message(current_locale()))
            return
        created = result.get("admin_created")
        self.created_username = str(created) if created else self.username.text().strip().lower()
        self.error.clear_message()
        self.accept()
