"""Dữ liệu cá nhân — how long reporters' personal data is kept, and the purge of those past it
(administrators only): first a dry run that lists who would be anonymised, then, confirmed, the
purge itself — audited, and the audit trail's copies of the values redacted too (see
``core/privacy/retention.py``)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QHeaderView

from accred_app.core.errors import AccredError
from accred_app.core.privacy import retention
from accred_app.core.privacy.retention import DueReporter, PurgeReport
from accred_app.core.roles import Actor, Permission
from accred_app.core.storage.db import Database
from accred_app.gui import operations, prompts
from accred_app.gui.actions import ActionId
from accred_app.gui.generated.ui_privacy_page import Ui_PrivacyPage
from accred_app.gui.labels import dmy
from accred_app.gui.models.table import Column, RowTableModel
from accred_app.gui.pages.base import DeskContext, Page

DUE_COLUMNS: tuple[Column[DueReporter], ...] = (
    Column(str(QT_TRANSLATE_NOOP("PrivacyPage", "No.")), lambda r: str(r.id)),
    Column(str(QT_TRANSLATE_NOOP("PrivacyPage", "Full name")), lambda r: r.full_name),
    Column(str(QT_TRANSLATE_NOOP("PrivacyPage", "Agency")), lambda r: r.agency),
    Column(str(QT_TRANSLATE_NOOP("PrivacyPage", "Last activity")), lambda r: dmy(r.last_activity)),
    Column(str(QT_TRANSLATE_NOOP("PrivacyPage", "Due since")), lambda r: dmy(r.due_on)),
)


@dataclass(frozen=True, slots=True)
class RetentionState:
    years: int


def read_retention(db: Database, actor: Actor) -> RetentionState:
    actor.require(Permission.MANAGE_DATA)
    return RetentionState(retention.retention_years(db))


class PrivacyPage(Page):
    page_id = "privacy"
    title_source = str(QT_TRANSLATE_NOOP("Pages", "Personal data"))
    icon_name = "privacy"
    permission = Permission.MANAGE_DATA
    handles = frozenset({ActionId.REFRESH})

    def __init__(self, context: DeskContext, parent: Any = None) -> None:
        super().__init__(context, parent)
        self.ui = Ui_PrivacyPage()
        self.ui.setupUi(self)
        ui = self.ui
        self.due_model: RowTableModel[DueReporter] = RowTableModel(
            "PrivacyPage", DUE_COLUMNS, self, row_id=lambda r: r.id
        )
        ui.dueTable.setModel(self.due_model)
        header = ui.dueTable.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in enumerate((60, 200, 240, 110)):
            ui.dueTable.setColumnWidth(column, width)
        self.dry_run: PurgeReport | None = None
        self.purged: PurgeReport | None = None
        self.years_shown: int | None = None
        ui.saveRetentionButton.clicked.connect(self.save_retention)
        ui.dryRunButton.clicked.connect(self.check_due)
        ui.purgeButton.clicked.connect(self.purge)
        self.setFocusProxy(ui.retentionYears)
        self._show_state()

    # -- the setting -----------------------------------------------------------------------------------
    def refresh(self) -> None:
        db, actor = self.context.db, self.context.actor
        operations.run(self, lambda: read_retention(db, actor), success=self._show_retention)

    def _show_retention(self, state: RetentionState) -> None:
        self.years_shown = state.years
        self.ui.retentionYears.setValue(state.years)

    def save_retention(self) -> None:
        years = self.ui.retentionYears.value()
        db, actor = self.context.db, self.context.actor
        self.ui.retentionError.clear_message()
        operations.run(
            self,
            lambda: retention.set_retention_years(db, actor, years),
            success=self._retention_saved,
            failure=self.ui.retentionError.show_error,
        )

    def _retention_saved(self, years: int) -> None:
        self.years_shown = years
        self.dry_run = None  # who is due depends on it: check again
        self.due_model.set_rows([])
        self._show_state()
        self.status_message.emit(
            self.tr("Personal data is now kept %n year(s) after the last activity.", "", years)
        )

    # -- the purge -------------------------------------------------------------------------------------
    def check_due(self) -> None:
        db, actor = self.context.db, self.context.actor
        operations.run(
            self,
            lambda: retention.purge(db, actor, dry_run=True),
            success=self._show_due,
            label=self.tr("Looking for reporters past the retention period…"),
        )

    def _show_due(self, report: PurgeReport) -> None:
        self.dry_run = report
        self.purged = None
        self.due_model.set_rows(list(report.reporters))
        self._show_state()

    def purge(self) -> None:
        due = self.dry_run
        if due is None or not due.reporters:
            return
        count = len(due.reporters)
        sure = prompts.confirm(
            self,
            self.tr("Anonymise %n reporter(s)?", "", count),
            yes=self.tr("Anonymise"),
            detail=self.tr(
                "Their names, card numbers, CCCD, phone, e-mail, date of birth, notes and photos "
                "are erased, from the audit trail's copies too; the records stay, so past reports "
                "keep their counts. This cannot be undone. Backups made before keep the data "
                "until they are rotated out."
            ),
        )
        if not sure:
            return
        db, actor = self.context.db, self.context.actor
        operations.run(
            self,
            lambda: retention.purge(db, actor),
            success=self._purged,
            failure=self._purge_failed,
            label=self.tr("Anonymising…"),
        )

    def _purge_failed(self, error: AccredError) -> None:
        prompts.tell_error(self, error)
        self.check_due()

    def _purged(self, report: PurgeReport) -> None:
        self.purged = report
        self.dry_run = None
        self.due_model.set_rows(list(report.reporters))
        self._show_state()
        self.records_changed.emit()
        self.status_message.emit(self.tr("%n reporter(s) anonymised.", "", len(report.reporters)))

    # -- what the page says ----------------------------------------------------------------------------
    def _show_state(self) -> None:
        ui = self.ui
        due = self.dry_run
        if self.purged is not None:
            report = self.purged
            text = self.tr("%n reporter(s) anonymised", "", len(report.reporters))
            text += "; " + self.tr(
                "%n row(s) of the audit trail redacted", "", report.audit_rows_redacted
            )
            if report.audit_head_after:
                text += ". " + self.tr(
                    "The audit trail's head hash is now {hash}: write it down in place of the "
                    "old one."
                ).format(hash=report.audit_head_after)
            ui.purgeInfo.setText(text)
        elif due is None:
            ui.purgeInfo.setText(
                self.tr("Press “Check who is due”: nothing is changed until you confirm.")
            )
        elif not due.reporters:
            ui.purgeInfo.setText(
                self.tr(
                    "Nobody is past the retention period of %n year(s).", "", due.retention_years
                )
            )
        else:
            ui.purgeInfo.setText(
                self.tr(
                    "%n reporter(s) would be anonymised (retention period {years} years):",
                    "",
                    len(due.reporters),
                ).format(years=due.retention_years)
            )
        count = len(due.reporters) if due is not None else 0
        ui.purgeButton.setEnabled(count > 0)
        ui.purgeButton.setText(self.tr("&Anonymise %n reporter(s)…", "", count))
        ui.dueTable.setVisible(bool(self.due_model.rowCount()))

    def retranslate(self) -> None:
        self.due_model.retranslate()
        self._show_state()
