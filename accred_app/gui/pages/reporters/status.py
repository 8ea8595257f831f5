"""Suspending, blacklisting or reinstating a reporter, always with the reason on record."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QDialogButtonBox

from accred_app.core.registry import reporters
from accred_app.core.registry.reporters import ReporterView
from accred_app.gui import operations
from accred_app.gui.dialogs.base import FormDialog
from accred_app.gui.generated.ui_reporter_status import Ui_ReporterStatusDialog
from accred_app.gui.labels import status_label
from accred_app.gui.pages.base import DeskContext


class ReporterStatusDialog(FormDialog):
    def __init__(self, context: DeskContext, reporter: ReporterView, parent: Any = None) -> None:
        super().__init__(parent)
        self.context = context
        self.reporter = reporter
        self.saved_id: int | None = None
        self.ui = Ui_ReporterStatusDialog()
        self.ui.setupUi(self)
        self.choices = {
            "active": self.ui.active,
            "suspended": self.ui.suspended,
            "blacklisted": self.ui.blacklisted,
        }
        self.choices.get(reporter.status, self.ui.active).setChecked(True)
        if reporter.status != "active" and reporter.status_reason:
            self.ui.reason.setPlainText(reporter.status_reason)
        self.ui.buttons.accepted.connect(self.submit)
        self.ui.buttons.rejected.connect(self.reject)
        self.save_button = self.ui.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setDefault(True)
        self.setup_form([*self.choices.values(), self.ui.reason])
        self.retranslate()
        next(b for b in self.choices.values() if b.isChecked()).setFocus()

    def chosen(self) -> str:
        return next(status for status, button in self.choices.items() if button.isChecked())

    def submit(self) -> None:
        db, actor, reporter_id = self.context.db, self.context.actor, self.reporter.id
        status, reason = self.chosen(), self.ui.reason.toPlainText().strip() or None
        self.set_busy(True)
        operations.run(
            self,
            lambda: reporters.set_status(db, actor, reporter_id, status, reason).id,
            success=self._done,
            failure=self.show_error,
            label=self.tr("Saving the status…"),
        )

    def _done(self, reporter_id: int) -> None:
        self.saved_id = reporter_id
        self.saved()

    def retranslate(self) -> None:
        reporter = self.reporter
        self.ui.reporterName.setText(reporter.full_name)
        current = self.tr("Current status: {status}").format(status=status_label(reporter.status))
        if reporter.status != "active" and reporter.status_reason:
            current += " — " + reporter.status_reason
        self.ui.currentStatus.setText(current)
        self.save_button.setText(self.tr("&Save"))
        self.ui.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
