"""Cán bộ — officer accounts (administrators only): add with a role and a unit, set a password, lift
a lock-out, disable; and the signing key: a new recovery code, or the code used to take the key
back when this session holds none.

What the key means for each action is said in words: an officer who may issue passes can do so
only when their password opens the signing key (``KeyAccess``), which the administrator's session
gives them when it holds the key itself.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QByteArray, QItemSelection, QSettings
from PySide6.QtWidgets import QHeaderView

from accred_app.core.clock import utcnow
from accred_app.core.messages import render
from accred_app.core.registry import units
from accred_app.core.registry.units import UnitView
from accred_app.core.roles import Actor, Permission
from accred_app.core.security import keyslots, officers
from accred_app.core.security.keyslots import KeyAccess
from accred_app.gui import operations, prompts
from accred_app.gui.actions import ActionId
from accred_app.gui.dialogs.recovery_code import RecoveryCodeDialog
from accred_app.gui.generated.ui_officers_page import Ui_OfficersPage
from accred_app.gui.i18n import current_locale
from accred_app.gui.models.officers import OfficerRow, officer_table_model
from accred_app.gui.pages.base import DeskContext, Page
from accred_app.gui.pages.officers.dialogs import (
    OfficerEditor,
    OfficerPasswordDialog,
    RecoverKeyDialog,
)


def read_officers(context: DeskContext) -> tuple[list[OfficerRow], list[UnitView]]:
    """The accounts with their units' names, and the units for the editor (on a worker)."""
    db, actor = context.db, context.actor
    found = officers.list_officers(db, actor)
    all_units = units.list_units(db, actor)
    names = {unit.id: unit.name for unit in all_units}
    now = utcnow()
    rows = [OfficerRow(o, names.get(o.unit_id, "") if o.unit_id else "", now) for o in found]
    return rows, all_units


class OfficersPage(Page):
    page_id = "officers"
    title_source = str(QT_TRANSLATE_NOOP("Pages", "Officers"))
    icon_name = "officers"
    permission = Permission.MANAGE_OFFICERS
    handles = frozenset({ActionId.NEW, ActionId.EDIT, ActionId.REFRESH})

    def __init__(self, context: DeskContext, parent: Any = None) -> None:
        super().__init__(context, parent)
        self.ui = Ui_OfficersPage()
        self.ui.setupUi(self)
        self.model = officer_table_model(self)
        self.table = self.ui.table
        self.table.setModel(self.model)
        self.table.selectionModel().selectionChanged.connect(self._on_selection)
        self.table.activated.connect(lambda _index: self.set_password())
        header = self.table.horizontalHeader()
        # a few dozen accounts at most: every column as wide as its text, the name takes the rest
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        ui = self.ui
        ui.newButton.clicked.connect(self.add_officer)
        ui.passwordButton.clicked.connect(self.set_password)
        ui.unlockButton.clicked.connect(self.unlock)
        ui.disableButton.clicked.connect(self.disable)
        ui.recoveryCodeButton.clicked.connect(self.new_recovery_code)
        ui.recoverButton.clicked.connect(self.use_recovery_code)
        self.units: list[UnitView] = []
        self.editor: OfficerEditor | None = None
        self.password_dialog: OfficerPasswordDialog | None = None
        self.recover_dialog: RecoverKeyDialog | None = None
        self.code_dialog: RecoveryCodeDialog | None = None
        self._generation = 0
        self._wanted: str | None = None
        self.loaded = False
        self.setFocusProxy(self.table)
        self._update_buttons()
        self.retranslate()

    # -- loading ------------------------------------------------------------------------------------
    def refresh(self) -> None:
        self._generation += 1
        generation = self._generation
        selected = self.selected()
        if selected is not None and self._wanted is None:
            self._wanted = selected.officer.username
        context = self.context
        operations.run(
            self,
            lambda: read_officers(context),
            success=lambda found: self._show(generation, *found),
            cancellable=True,
        )

    def _show(self, generation: int, rows: list[OfficerRow], all_units: list[UnitView]) -> None:
        if generation != self._generation:
            return
        self.units = all_units
        self.model.set_rows(rows)
        self.loaded = True
        wanted, self._wanted = self._wanted, None
        row = self.model.row_of(wanted) if wanted is not None else None
        if row is not None:
            self.table.selectRow(row)
        self._update_count()
        self._update_buttons()
        self.actions_changed.emit()

    def show_officer(self, username: str) -> None:
        self._wanted = username
        self.refresh()

    # -- selection -----------------------------------------------------------------------------------
    def selected(self) -> OfficerRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row(rows[0].row()) if rows else None

    def _on_selection(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self._update_buttons()
        self.actions_changed.emit()

    def _update_buttons(self) -> None:
        ui = self.ui
        row = self.selected()
        active = row is not None and not row.officer.disabled
        ui.passwordButton.setEnabled(active)
        ui.unlockButton.setEnabled(row is not None and row.locked)
        ui.disableButton.setEnabled(active)
        holds = self.context.actor.holds_signing_key
        may_keys = self.context.can(Permission.MANAGE_KEYS)
        ui.recoveryCodeButton.setVisible(may_keys)
        ui.recoveryCodeButton.setEnabled(holds)
        ui.recoverButton.setVisible(may_keys and not holds)
        ui.keyBox.setVisible(may_keys)
        self._update_key_status()

    def is_enabled(self, action: ActionId) -> bool:
        if action is ActionId.EDIT:
            row = self.selected()
            return row is not None and not row.officer.disabled
        return super().is_enabled(action)

    def trigger(self, action: ActionId) -> None:
        if action is ActionId.NEW:
            self.add_officer()
        elif action is ActionId.EDIT:
            self.set_password()
        else:
            super().trigger(action)

    # -- accounts ------------------------------------------------------------------------------------
    def add_officer(self) -> None:
        editor = OfficerEditor(self.context, self.units, self)
        self.editor = editor
        editor.accepted.connect(lambda: self._added(editor))
        editor.open()

    def _added(self, editor: OfficerEditor) -> None:
        if editor.created is None:
            return
        username, access = editor.created
        self.status_message.emit(self.tr("Officer {username} added.").format(username=username))
        self.show_officer(username)
        self._tell_key_access(username, access, added=True)

    def set_password(self) -> None:
        row = self.selected()
        if row is None or row.officer.disabled:
            return
        dialog = OfficerPasswordDialog(self.context, row.officer.username, self)
        self.password_dialog = dialog
        dialog.accepted.connect(lambda: self._password_set(dialog))
        dialog.open()

    def _password_set(self, dialog: OfficerPasswordDialog) -> None:
        if dialog.key_access is None:
            return
        self.show_officer(dialog.username)
        self._tell_key_access(dialog.username, dialog.key_access, added=False)

    def _tell_key_access(self, username: str, access: KeyAccess, *, added: bool) -> None:
        """What the new password means for the signing key, in words (``KeyAccess``)."""
        if access is KeyAccess.MISSING:
            prompts.tell(
                self, render("officer_key_missing", current_locale(), {"username": username})
            )
            return
        if added:
            text = self.tr("Officer {username} was added.")
        else:
            text = self.tr("The password of {username} was set.")
        if access is KeyAccess.GRANTED:
            text += " " + self.tr(
                "The signing key is kept under the new password: {username} can issue passes."
            )
        else:
            text += " " + self.tr("This role does not issue passes, so no signing key is needed.")
        prompts.tell(self, text.format(username=username))

    def unlock(self) -> None:
        row = self.selected()
        if row is None or not row.locked:
            return
        db, actor, username = self.context.db, self.context.actor, row.officer.username
        operations.run(
            self,
            lambda: officers.unlock_officer(db, actor, username),
            success=lambda _view: self._unlocked(username),
        )

    def _unlocked(self, username: str) -> None:
        self.status_message.emit(
            self.tr("{username} may sign in again with the same password.").format(
                username=username
            )
        )
        self.show_officer(username)

    def disable(self) -> None:
        row = self.selected()
        if row is None or row.officer.disabled:
            return
        username = row.officer.username
        if not prompts.confirm(
            self,
            self.tr("Disable the account of {username} ({name})?").format(
                username=username, name=row.officer.full_name
            ),
            yes=self.tr("Disable"),
            detail=self.tr(
                "They can no longer sign in, and their password no longer opens the signing "
                "key. An account cannot be enabled again: add a new one if they come back."
            ),
        ):
            return
        db, actor = self.context.db, self.context.actor
        operations.run(
            self,
            lambda: officers.disable_officer(db, actor, username),
            success=lambda _view: self._disabled(username),
        )

    def _disabled(self, username: str) -> None:
        self.status_message.emit(self.tr("Account {username} disabled.").format(username=username))
        self.show_officer(username)

    # -- the signing key ------------------------------------------------------------------------------
    def new_recovery_code(self) -> None:
        if not self.context.actor.holds_signing_key:
            return
        if not prompts.confirm(
            self,
            self.tr("Make a new recovery code?"),
            yes=self.tr("Make a new code"),
            detail=self.tr(
                "The code on paper now stops opening this database (backups made before keep "
                "the old one). The new code is shown once: have paper and pen ready, or a printer."
            ),
        ):
            return
        db, actor = self.context.db, self.context.actor
        operations.run(
            self,
            lambda: keyslots.replace_recovery_code(db, actor),
            success=self._show_code,
            label=self.tr("Making a new recovery code…"),
        )

    def _show_code(self, code: str) -> None:
        dialog = RecoveryCodeDialog(
            code,
            self.tr("The new recovery code. The old code no longer opens this database."),
            self,
        )
        self.code_dialog = dialog
        dialog.open()

    def use_recovery_code(self) -> None:
        dialog = RecoverKeyDialog(self.context, self)
        self.recover_dialog = dialog
        dialog.accepted.connect(lambda: self._recovered(dialog.actor))
        dialog.open()

    def _recovered(self, actor: Actor | None) -> None:
        if actor is None:
            return
        self.context.actor = actor  # shared with every page: they sign with it from now on
        self._update_buttons()
        self.status_message.emit(self.tr("Your session now holds the signing key."))
        self.refresh()

    def _update_key_status(self) -> None:
        if self.context.actor.holds_signing_key:
            text = self.tr(
                "Your session holds the signing key: officers you add or whose password you set "
                "can issue passes. Make a new recovery code when the paper copy may have been "
                "seen by someone else."
            )
        else:
            text = self.tr(
                "Your session does not hold the signing key (your password was set by someone "
                "whose session had none). Until it does, no pass can be issued and new officers "
                "cannot be given the key: use the recovery code."
            )
        self.ui.keyStatus.setText(text)

    # -- text and state -------------------------------------------------------------------------------
    def _update_count(self) -> None:
        count = self.model.rowCount()
        active = sum(1 for row in self.model.rows() if not row.officer.disabled)
        self.ui.countLabel.setText(
            self.tr("%n officer(s)", "", count) + " · " + self.tr("%n active", "", active)
        )
        if count:
            self.ui.listStack.setCurrentWidget(self.table)
        else:
            self.ui.emptyState.setText(self.tr("No officer yet: press “Add officer…” (Ctrl+N)."))
            self.ui.listStack.setCurrentWidget(self.ui.emptyState)

    def retranslate(self) -> None:
        self.model.retranslate()
        self._update_key_status()
        if self.loaded:
            self._update_count()

    def save_state(self, settings: QSettings) -> None:
        settings.setValue(self.state_key("header"), self.table.horizontalHeader().saveState())

    def restore_state(self, settings: QSettings) -> None:
        state = settings.value(self.state_key("header"))
        if isinstance(state, QByteArray):
            self.table.horizontalHeader().restoreState(state)
