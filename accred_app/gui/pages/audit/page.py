"""Nhật ký thay đổi — the audit trail: whether it is intact (the same check as ``accred audit
verify``: the hash chain with its head hash to write down, the replay against the current rows,
the heads kept beside backups and at sign-in, the stations' scan chains), and the changes
themselves, filtered by record, officer and date, a page at a time.

The check reads every row of the trail and of the audited tables: seconds on a big desk, so it
runs on a worker with a progress dialog and Cancel (the result of a cancelled check is dropped).
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QByteArray, QSettings, Qt
from PySide6.QtGui import QBrush, QColor, QGuiApplication
from PySide6.QtWidgets import QHeaderView, QTreeWidgetItem

from accred_app.core import validation
from accred_app.core.checkpoint.scan_chain import scan_chain_section
from accred_app.core.errors import AccredError, ValidationError
from accred_app.core.security import audit_trail, audit_verify
from accred_app.core.security.audit_trail import TrailCursor, TrailPage
from accred_app.core.security.audit_verify import AuditVerification
from accred_app.core.verification import VerificationSection
from accred_app.gui import operations
from accred_app.gui.actions import ActionId
from accred_app.gui.dialogs.base import FieldErrors
from accred_app.gui.generated.ui_audit_page import Ui_AuditPage
from accred_app.gui.i18n import current_locale
from accred_app.gui.labels import ENTITY_LABELS, entity_label
from accred_app.gui.models.audit_trail import AuditTrailModel
from accred_app.gui.pages.base import DeskContext, Page

TRAIL_PAGE = 200
OK_COLOUR = QColor(0, 120, 60)
PROBLEM_COLOUR = QColor(192, 0, 0)

SECTION_TITLES = {
    "chain": str(QT_TRANSLATE_NOOP("AuditPage", "Hash chain")),
    "replay": str(QT_TRANSLATE_NOOP("AuditPage", "The trail against the current records")),
    "heads": str(QT_TRANSLATE_NOOP("AuditPage", "Heads kept outside the database")),
    "scan_chains": str(QT_TRANSLATE_NOOP("AuditPage", "Checkpoint stations' scan chains")),
}


def verify(context: DeskContext) -> AuditVerification:
    return audit_verify.verify_audit(context.db, context.actor, more_sections=(scan_chain_section,))


class AuditPage(Page):
    page_id = "audit"
    title_source = str(QT_TRANSLATE_NOOP("Pages", "Audit trail"))
    icon_name = "audit"
    handles = frozenset({ActionId.FIND, ActionId.REFRESH})

    def __init__(self, context: DeskContext, parent: Any = None) -> None:
        super().__init__(context, parent)
        self.ui = Ui_AuditPage()
        self.ui.setupUi(self)
        ui = self.ui
        self.model = AuditTrailModel(self)
        self.model.fetch_requested.connect(self._fetch_more)
        self.table = ui.table
        self.table.setModel(self.model)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(AuditTrailModel.CHANGES, QHeaderView.ResizeMode.Stretch)
        for column, width in ((0, 140), (1, 110), (2, 90), (3, 170)):
            self.table.setColumnWidth(column, width)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.errors = FieldErrors(self)
        self.report: AuditVerification | None = None
        self.verifying: operations.Operation | None = None
        self._generation = 0
        self._filters: dict[str, Any] = {}
        self._officers_loaded = False
        ui.verifyButton.clicked.connect(self.verify)
        ui.copyHeadButton.clicked.connect(self.copy_head)
        ui.copyHeadButton.setEnabled(False)
        ui.showButton.clicked.connect(self.refresh)
        ui.entity_id.returnPressed.connect(self.refresh)
        ui.since.returnPressed.connect(self.refresh)
        ui.until.returnPressed.connect(self.refresh)
        ui.entity.activated.connect(lambda _index: self.refresh())
        ui.officer.activated.connect(lambda _index: self.refresh())
        ui.entity.addItem("", None)
        for entity in ENTITY_LABELS:
            ui.entity.addItem("", entity)
        ui.officer.addItem("", None)
        ui.splitter.setSizes([260, 420])
        self.setFocusProxy(ui.entity_id)
        self.retranslate()

    # -- the check --------------------------------------------------------------------------------
    def verify(self) -> None:
        if self.verifying is not None and self.verifying.is_running:
            return
        context = self.context
        self.ui.verifyButton.setEnabled(False)
        self.ui.verdict.setText(self.tr("Checking the trail…"))
        self.verifying = operations.run(
            self,
            lambda: verify(context),
            success=self._show_report,
            failure=self._check_failed,
            label=self.tr("Checking every row of the audit trail…"),
            cancellable=True,
        )
        self.verifying.finished.connect(self._check_ended)

    def _check_ended(self) -> None:
        self.ui.verifyButton.setEnabled(True)
        if self.verifying is not None and self.verifying.cancelled:
            self.ui.verdict.setText(self.tr("The check was cancelled."))
            self.ui.verdict.setStyleSheet("")

    def _check_failed(self, error: AccredError) -> None:
        self.ui.verdict.setText(error.message(current_locale()))
        self.ui.verdict.setStyleSheet(f"color: {PROBLEM_COLOUR.name()};")

    def _show_report(self, report: AuditVerification) -> None:
        self.report = report
        self._render_report()

    def _render_report(self) -> None:
        report = self.report
        if report is None:
            return
        locale = current_locale()
        ui = self.ui
        if report.ok:
            ui.verdict.setText(
                self.tr("The trail is intact: {count} changes, none altered or missing.").format(
                    count=f"{report.chain.count:,}".replace(",", ".")
                )
            )
            colour = OK_COLOUR
        else:
            problems = (0 if report.chain.ok else 1) + sum(
                max(section.problem_count, 1) for section in report.sections if not section.ok
            )
            ui.verdict.setText(self.tr("Problems found: %n. Read each below.", "", problems))
            colour = PROBLEM_COLOUR
        ui.verdict.setStyleSheet(f"color: {colour.name()}; font-weight: bold;")
        ui.headHash.setText(report.chain.head_hash)
        ui.copyHeadButton.setEnabled(True)
        ui.results.clear()
        chain = self._section_item("chain", report.chain.ok, report.chain.message(locale))
        ui.results.addTopLevelItem(chain)
        for section in report.sections:
            ui.results.addTopLevelItem(self._section(section, locale))
        ui.results.expandAll()

    def _section(self, section: VerificationSection, locale: str) -> QTreeWidgetItem:
        item = self._section_item(section.name, section.ok, section.summary.message(locale))
        for finding in section.findings:
            child = QTreeWidgetItem([finding.message(locale)])
            child.setToolTip(0, finding.message(locale))
            child.setForeground(0, QBrush(PROBLEM_COLOUR))
            item.addChild(child)
        hidden = section.problem_count - len(section.findings)
        if hidden > 0:
            item.addChild(QTreeWidgetItem([self.tr("… and %n more", "", hidden)]))
        return item

    def _section_item(self, name: str, ok: bool, message: str) -> QTreeWidgetItem:
        """A section's line: its mark and the core's summary, which names what was checked (the
        section's title is its tooltip)."""
        title = SECTION_TITLES.get(name)
        mark = "✓" if ok else "✗"
        item = QTreeWidgetItem([f"{mark} {message}"])
        item.setData(0, Qt.ItemDataRole.UserRole, name)  # the section, for tests and tools
        item.setToolTip(0, self.tr(title) if title else name)
        item.setForeground(0, QBrush(OK_COLOUR if ok else PROBLEM_COLOUR))
        return item

    def copy_head(self) -> None:
        QGuiApplication.clipboard().setText(self.ui.headHash.text())
        self.status_message.emit(self.tr("Head hash copied."))

    # -- the trail ---------------------------------------------------------------------------------
    def filters(self) -> dict[str, Any]:
        """What the filter row asks for; raises ``ValidationError`` naming the wrong field."""
        ui = self.ui
        errors: list[ValidationError] = []
        filters: dict[str, Any] = {}
        entity = ui.entity.currentData()
        if isinstance(entity, str):
            filters["entity"] = entity
        key = ui.entity_id.text().strip()
        if key:
            if not isinstance(entity, str):
                errors.append(
                    ValidationError("trail_record_kind_needed", entity_id=key[:40], field="entity")
                )
            filters["entity_id"] = key
        officer = ui.officer.currentData()
        if isinstance(officer, str):
            filters["officer"] = officer
        for field in ("since", "until"):
            text = getattr(ui, field).text().strip()
            if text:
                try:
                    filters[field] = validation.parse_date(text, field)
                except ValidationError as error:
                    errors.append(error)
        since, until = filters.get("since"), filters.get("until")
        if isinstance(since, date) and isinstance(until, date) and until < since:
            errors.append(
                ValidationError(
                    "trail_dates_reversed",
                    since=since.strftime("%d/%m/%Y"),
                    until=until.strftime("%d/%m/%Y"),
                    field="until",
                )
            )
        if errors:
            self.errors.show(errors)
            raise errors[0]
        self.errors.clear()
        return filters

    def refresh(self) -> None:
        if not self._officers_loaded:
            self._load_officers()
        try:
            filters = self.filters()
        except ValidationError:
            return
        self._generation += 1
        generation = self._generation
        self._filters = filters
        context = self.context
        operations.run(
            self,
            lambda: audit_trail.trail_page(context.db, context.actor, limit=TRAIL_PAGE, **filters),
            success=lambda page: self._show_first(generation, page),
            failure=self._trail_failed,
            cancellable=True,
        )

    def _show_first(self, generation: int, page: TrailPage) -> None:
        if generation != self._generation:
            return
        self.model.set_first_page(page)
        self._update_count()

    def _trail_failed(self, error: AccredError) -> None:
        self.errors.show([error])

    def _fetch_more(self, cursor: TrailCursor) -> None:
        generation = self._generation
        filters = self._filters
        context = self.context
        operations.run(
            self,
            lambda: audit_trail.trail_page(
                context.db, context.actor, limit=TRAIL_PAGE, after=cursor, **filters
            ),
            success=lambda page: self._append(generation, page),
            failure=lambda _error: self.model.fetch_failed(),
            cancellable=True,
        )

    def _append(self, generation: int, page: TrailPage) -> None:
        if generation == self._generation:
            self.model.append_page(page)
            self._update_count()

    def _load_officers(self) -> None:
        context = self.context
        operations.run(
            self,
            lambda: audit_trail.trail_officers(context.db, context.actor),
            success=self._fill_officers,
        )

    def _fill_officers(self, names: list[str]) -> None:
        self._officers_loaded = True
        combo = self.ui.officer
        wanted = combo.currentData()
        combo.clear()
        combo.addItem(self.tr("All officers"), None)
        for name in names:
            combo.addItem(name, name)
        combo.setCurrentIndex(max(combo.findData(wanted), 0) if wanted else 0)

    def show_record(self, entity: str, entity_id: int | str) -> None:
        """The trail of one record (from a tool or a test)."""
        self.ui.entity.setCurrentIndex(max(self.ui.entity.findData(entity), 0))
        self.ui.entity_id.setText(str(entity_id))
        self.refresh()

    def _update_count(self) -> None:
        count = self.model.rowCount()
        if self.model.has_more:
            text = self.tr("%n change(s) shown; scroll down for older ones", "", count)
        else:
            text = self.tr("%n change(s)", "", count)
        self.ui.countLabel.setText(text)
        if count:
            self.ui.listStack.setCurrentWidget(self.table)
        else:
            self.ui.emptyState.setText(
                self.tr("No change matches these filters. Choose “All” and clear the dates.")
                if self._filters
                else self.tr("Nothing has been changed yet.")
            )
            self.ui.listStack.setCurrentWidget(self.ui.emptyState)

    def focus_search(self) -> None:
        self.ui.entity_id.setFocus()
        self.ui.entity_id.selectAll()

    # -- text and state ------------------------------------------------------------------------------
    def retranslate(self) -> None:
        combo = self.ui.entity
        combo.setItemText(0, self.tr("All kinds"))
        for index in range(1, combo.count()):
            combo.setItemText(index, entity_label(str(combo.itemData(index))))
        if self.ui.officer.count():
            self.ui.officer.setItemText(0, self.tr("All officers"))
        self.model.retranslate()
        self._render_report()
        if self.activated:
            self._update_count()

    def save_state(self, settings: QSettings) -> None:
        settings.setValue(self.state_key("header"), self.table.horizontalHeader().saveState())
        settings.setValue(self.state_key("splitter"), self.ui.splitter.saveState())

    def restore_state(self, settings: QSettings) -> None:
        header = settings.value(self.state_key("header"))
        if isinstance(header, QByteArray):
            self.table.horizontalHeader().restoreState(header)
        splitter = settings.value(self.state_key("splitter"))
        if isinstance(splitter, QByteArray):
            self.ui.splitter.restoreState(splitter)
