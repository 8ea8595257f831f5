"""Revoking passes, one or many, for one reason kept with each. The rows stay in the list, marked
revoked; a checkpoint refuses them once it knows (a checkpoint laptop after its next package)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialogButtonBox

from accred_app.core.passes import issuing
from accred_app.core.passes.issuing import PassView
from accred_app.core.passes.listing import PassRow
from accred_app.gui import operations
from accred_app.gui.dialogs.base import FormDialog
from accred_app.gui.generated.ui_revoke_passes import Ui_RevokePassesDialog
from accred_app.gui.pages.base import DeskContext


class RevokePassesDialog(FormDialog):
    revoked = Signal(list)
    """Serials of the passes just revoked."""

    def __init__(self, context: DeskContext, rows: list[PassRow], parent: Any = None) -> None:
        super().__init__(parent)
        self.context = context
        self.rows = list(rows)
        self.ui = Ui_RevokePassesDialog()
        self.ui.setupUi(self)
        for row in self.rows:
            self.ui.passList.addItem(f"{row.serial} — {row.reporter_name} — {row.event_name}")
        self.ui.buttons.accepted.connect(self.submit)
        self.ui.buttons.rejected.connect(self.reject)
        self.revoke_button = self.ui.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.setup_form([self.ui.reason])
        self.retranslate()
        self.ui.reason.setFocus()

    def submit(self) -> None:
        db, actor = self.context.db, self.context.actor
        serials = [row.serial for row in self.rows]
        reason = self.ui.reason.toPlainText()
        self.set_busy(True)
        operations.run(
            self,
            lambda: issuing.revoke_passes(db, actor, serials, reason),
            success=self._done,
            failure=self.show_error,
            label=self.tr("Revoking…"),
        )

    def _done(self, views: list[PassView]) -> None:
        self.revoked.emit([view.serial for view in views])
        self.saved()

    def retranslate(self) -> None:
        count = len(self.rows)
        self.ui.summary.setText(
            self.tr("Revoke %n pass(es)? The holder can no longer pass a checkpoint with it.", "",
                    count)
        )  # fmt: skip
        self.revoke_button.setText(self.tr("&Revoke %n pass(es)", "", count))
        self.ui.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
