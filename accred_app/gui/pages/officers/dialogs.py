"""The officers page's forms: a new account, a new password, regaining the signing key with the
recovery code. Each checks its fields by the core's own rules first and shows every error beside
its field; the slow part (argon2id) runs on a worker."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QDialogButtonBox

from accred_app.core.errors import AccredError
from accred_app.core.registry.units import UnitView
from accred_app.core.roles import Actor
from accred_app.core.security import officers
from accred_app.core.security.keyslots import KeyAccess
from accred_app.gui import operations
from accred_app.gui.dialogs.base import FormDialog
from accred_app.gui.generated.ui_officer_editor import Ui_OfficerEditor
from accred_app.gui.generated.ui_officer_password import Ui_OfficerPasswordDialog
from accred_app.gui.generated.ui_recover_key import Ui_RecoverKeyDialog
from accred_app.gui.labels import ROLE_LABELS, role_label
from accred_app.gui.pages.base import DeskContext


class OfficerEditor(FormDialog):
    """A new officer account. ``created`` is (username, key access) once saved."""

    def __init__(self, context: DeskContext, units: list[UnitView], parent: Any = None) -> None:
        super().__init__(parent)
        self.context = context
        self.created: tuple[str, KeyAccess] | None = None
        self.ui = Ui_OfficerEditor()
        self.ui.setupUi(self)
        ui = self.ui
        for role in ROLE_LABELS:
            ui.role.addItem("", role)
        ui.role.setCurrentIndex(-1)
        ui.unit_id.addItem("", None)
        for unit in units:
            ui.unit_id.addItem(("    " * unit.depth) + unit.name, unit.id)
        ui.role.currentIndexChanged.connect(lambda _index: self._explain_role())
        ui.buttons.accepted.connect(self.submit)
        ui.buttons.rejected.connect(self.reject)
        self.save_button = ui.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setDefault(True)
        self.setup_form(
            [ui.username, ui.full_name, ui.role, ui.unit_id, ui.password, ui.password_again]
        )
        self.retranslate()
        ui.username.setFocus()

    def values(self) -> dict[str, Any]:
        ui = self.ui
        role = ui.role.currentData()
        return {
            "username": ui.username.text(),
            "full_name": ui.full_name.text(),
            "role": role if isinstance(role, str) else "",
            "unit_id": ui.unit_id.currentData(),
            "password": ui.password.text(),
        }

    def submit(self) -> None:
        values = self.values()
        errors = officers.officer_errors(
            username=values["username"],
            full_name=values["full_name"],
            role=values["role"],
            password=values["password"],
            password_again=self.ui.password_again.text(),
        )
        if errors:
            self.show_errors(errors)
            return
        db, actor = self.context.db, self.context.actor

        def create() -> tuple[str, KeyAccess]:
            officers.create_officer(db, actor, **values)
            username = values["username"].strip().lower()
            return username, officers.key_access(db, actor, username)

        self.set_busy(True)
        operations.run(
            self, create, success=self._done, failure=self.show_error,
            label=self.tr("Adding the officer…"),
        )  # fmt: skip

    def _done(self, created: tuple[str, KeyAccess]) -> None:
        self.created = created
        self.saved()

    def _explain_role(self) -> None:
        role = self.ui.role.currentData()
        notes = {
            "admin": self.tr(
                "Manages officers, backups and settings, and issues passes. Holds the signing "
                "key under this password."
            ),
            "desk": self.tr(
                "Registers reporters and issues and prints passes. Holds the signing key under "
                "this password."
            ),
            "checkpoint": self.tr("Scans passes at a checkpoint; sees no registry."),
            "viewer": self.tr("Sees the registry and the audit trail; changes nothing."),
        }
        self.ui.roleNote.setText(notes.get(role, "") if isinstance(role, str) else "")

    def retranslate(self) -> None:
        ui = self.ui
        self.setWindowTitle(self.tr("New officer"))
        for index in range(ui.role.count()):
            ui.role.setItemText(index, role_label(str(ui.role.itemData(index))))
        ui.role.setPlaceholderText(self.tr("Choose the role"))
        ui.unit_id.setItemText(0, self.tr("(no unit)"))
        self.save_button.setText(self.tr("&Save"))
        ui.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self._explain_role()


class OfficerPasswordDialog(FormDialog):
    """A new password for ``username`` (also lifts a lock-out). ``key_access`` is set once saved:
    whether the officer's new password opens the signing key."""

    def __init__(self, context: DeskContext, username: str, parent: Any = None) -> None:
        super().__init__(parent)
        self.context = context
        self.username = username
        self.key_access: KeyAccess | None = None
        self.ui = Ui_OfficerPasswordDialog()
        self.ui.setupUi(self)
        self.ui.buttons.accepted.connect(self.submit)
        self.ui.buttons.rejected.connect(self.reject)
        self.save_button = self.ui.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setDefault(True)
        self.setup_form([self.ui.password, self.ui.password_again])
        self.retranslate()
        self.ui.password.setFocus()

    def submit(self) -> None:
        password = self.ui.password.text()
        errors = officers.password_errors(password, self.ui.password_again.text())
        if errors:
            self.show_errors(errors)
            return
        db, actor, username = self.context.db, self.context.actor, self.username
        self.set_busy(True)
        operations.run(
            self,
            lambda: officers.set_password(db, actor, username, password),
            success=self._done,
            failure=self.show_error,
            label=self.tr("Setting the password…"),
        )

    def _done(self, access: KeyAccess) -> None:
        self.key_access = access
        self.saved()

    def retranslate(self) -> None:
        self.setWindowTitle(
            self.tr("Set the password of {username}").format(username=self.username)
        )
        self.ui.intro.setText(
            self.tr(
                "The officer signs in with this password from now on; a lock-out after failed "
                "sign-ins is lifted too. Tell them the password in person."
            )
        )
        self.save_button.setText(self.tr("Set password"))
        self.ui.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))


class RecoverKeyDialog(FormDialog):
    """An administrator whose session holds no signing key types the recovery code (and their
    password, which the key is then wrapped under). ``actor`` is the new, unlocked session."""

    def __init__(self, context: DeskContext, parent: Any = None) -> None:
        super().__init__(parent)
        self.context = context
        self.actor: Actor | None = None
        self.ui = Ui_RecoverKeyDialog()
        self.ui.setupUi(self)
        self.ui.buttons.accepted.connect(self.submit)
        self.ui.buttons.rejected.connect(self.reject)
        self.ok_button = self.ui.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setDefault(True)
        self.setup_form([self.ui.recovery_code, self.ui.password])
        self.retranslate()
        self.ui.recovery_code.setFocus()

    def submit(self) -> None:
        db = self.context.db
        username = self.context.actor.username
        code = self.ui.recovery_code.text()
        password = self.ui.password.text()
        self.set_busy(True)
        operations.run(
            self,
            lambda: officers.recover_key_access(db, username, password, code),
            success=self._done,
            failure=self._refused,
            label=self.tr("Opening the signing key…"),
        )

    def _refused(self, error: AccredError) -> None:
        """The core names no field for these: the code's errors go beside the code, a refused
        password beside the password."""
        self.set_busy(False)
        assert self.errors is not None
        self.errors.clear()
        if error.code.startswith("recovery_code") or error.code == "no_recovery_slot":
            label, widget = self.ui.error_recovery_code, self.ui.recovery_code
        elif error.code in ("sign_in_failed", "account_locked"):
            label, widget = self.ui.error_password, self.ui.password
            self.ui.password.clear()
        else:
            self.show_error(error)
            return
        label.show_error(error)
        widget.setFocus()

    def _done(self, actor: Actor) -> None:
        self.actor = actor
        self.saved()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Use the recovery code"))
        self.ui.intro.setText(
            self.tr(
                "Your session does not hold the signing key, so no pass can be issued and no "
                "officer can be given the key. Type the recovery code from the paper copy and "
                "your own password: the key is then kept under your password as well."
            )
        )
        self.ok_button.setText(self.tr("Open the key"))
        self.ui.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
