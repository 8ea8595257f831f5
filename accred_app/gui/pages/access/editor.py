"""Recording by hand that a unit gave reporters access or information — an interview, a briefing,
an escorted visit, documents — with the articles published afterwards; or correcting one.

Every field is checked at once before anything is sent (``entries.entry_errors``, the service's
own rules); the service then writes the entry, its reporters and its articles in one transaction,
audited like every record.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any, ClassVar

from PySide6.QtCore import QDate, QDateTime, Qt, QTime
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialogButtonBox,
    QHeaderView,
    QListWidgetItem,
    QTableWidgetItem,
)

from accred_app.core.access import entries
from accred_app.core.access.entries import AccessEntryView, ArticleInput
from accred_app.core.clock import VIETNAM_TZ, utcnow
from accred_app.core.registry.agencies import AgencyView
from accred_app.core.registry.events import EventView
from accred_app.core.registry.reporters import ReporterSummary
from accred_app.core.registry.units import UnitView
from accred_app.gui import operations
from accred_app.gui.dialogs.base import FormDialog
from accred_app.gui.generated.ui_access_entry_editor import Ui_AccessEntryEditor
from accred_app.gui.labels import dmy
from accred_app.gui.models.access import kind_text
from accred_app.gui.pages.base import DeskContext
from accred_app.gui.widgets.reporter_search import ReporterSearch

ReporterIdRole = Qt.ItemDataRole.UserRole + 1
ArticleNumberRole = Qt.ItemDataRole.UserRole + 2
TITLE, LINK, PUBLISHED, AGENCY = range(4)


@dataclass(frozen=True, slots=True)
class EntryChoices:
    """What the form's lists offer (read once by the page, on a worker)."""

    units: tuple[UnitView, ...]
    agencies: tuple[AgencyView, ...]
    events: tuple[EventView, ...]


def local_now() -> datetime:
    return utcnow().astimezone(VIETNAM_TZ).replace(second=0, microsecond=0)


class AccessEntryEditor(FormDialog):
    """``entry`` None records a new access; ``saved_id`` is set once saved."""

    field_aliases: ClassVar[dict[str, str]] = {
        "at": "occurred_at",
        "title": "articles",
        "published": "articles",
        "url": "articles",
    }

    def __init__(
        self,
        context: DeskContext,
        choices: EntryChoices,
        entry: AccessEntryView | None = None,
        parent: Any = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.choices = choices
        self.entry = entry
        self.saved_id: int | None = None
        self.ui = Ui_AccessEntryEditor()
        self.ui.setupUi(self)
        ui = self.ui
        for unit in choices.units:
            ui.unit_id.addItem("    " * unit.depth + unit.name, unit.id)
        for kind in entries.KINDS:
            ui.kind.addItem("", kind)
        ui.event_id.addItem("", None)
        for event in choices.events:
            ui.event_id.addItem(event.name, event.id)
        header = ui.articles.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        for column, width in ((LINK, 190), (PUBLISHED, 95), (AGENCY, 190)):
            ui.articles.setColumnWidth(column, width)
        ui.articles.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.finder = ReporterSearch(
            self, ui.reporterSearch, ui.reporterResults, context.db, context.actor
        )
        self.finder.chosen.connect(self.add_reporter)
        ui.addReporterButton.clicked.connect(self.finder.choose_current)
        ui.removeReporterButton.clicked.connect(self.remove_reporter)
        ui.addArticleButton.clicked.connect(lambda: self.add_article())
        ui.removeArticleButton.clicked.connect(self.remove_article)
        self._fill(entry)
        ui.articles.itemChanged.connect(self.mark_dirty)
        ui.occurred_at.dateTimeChanged.connect(self.mark_dirty)
        ui.buttons.accepted.connect(self.submit)
        ui.buttons.rejected.connect(self.reject)
        self.save_button = ui.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setDefault(True)
        self.setup_form([ui.unit_id, ui.kind, ui.subject, ui.event_id, ui.notes])
        self.retranslate()
        self.finder.refresh()
        ui.subject.setFocus() if entry is None else ui.occurred_at.setFocus()

    # -- filling -------------------------------------------------------------------------------------
    def _fill(self, entry: AccessEntryView | None) -> None:
        ui = self.ui
        moment = entry.occurred_at.astimezone(VIETNAM_TZ) if entry else local_now()
        ui.occurred_at.setDateTime(
            QDateTime(
                QDate(moment.year, moment.month, moment.day), QTime(moment.hour, moment.minute)
            )
        )
        if entry is None:
            unit = self.context.actor.unit_id
            ui.unit_id.setCurrentIndex(ui.unit_id.findData(unit) if unit is not None else -1)
            ui.kind.setCurrentIndex(0)
            return
        index = ui.unit_id.findData(entry.unit_id)
        if index < 0:
            ui.unit_id.addItem(entry.unit_name, entry.unit_id)
            index = ui.unit_id.count() - 1
        ui.unit_id.setCurrentIndex(index)
        ui.kind.setCurrentIndex(max(ui.kind.findData(entry.kind), 0))
        ui.subject.setText(entry.subject)
        if entry.event_id is not None:
            index = ui.event_id.findData(entry.event_id)
            if index < 0:
                ui.event_id.addItem(entry.event_name or f"#{entry.event_id}", entry.event_id)
                index = ui.event_id.count() - 1
            ui.event_id.setCurrentIndex(index)
        ui.notes.setPlainText(entry.notes or "")
        for reporter in entry.reporters:
            self._add_reporter_item(reporter.id, reporter.full_name, reporter.agency)
        for article in entry.articles:
            self.add_article(
                ArticleInput(
                    article.title,
                    article.url,
                    dmy(article.published_on) or None,
                    article.agency_id,
                    article.number,
                ),
                focus=False,
            )

    # -- reporters -----------------------------------------------------------------------------------
    def chosen_reporter_ids(self) -> list[int]:
        chosen = self.ui.reporter_ids
        return [int(chosen.item(row).data(ReporterIdRole)) for row in range(chosen.count())]

    def _add_reporter_item(self, reporter_id: int, name: str, agency: str) -> None:
        item = QListWidgetItem(f"{name} — {agency}")
        item.setData(ReporterIdRole, reporter_id)
        self.ui.reporter_ids.addItem(item)

    def add_reporter(self, reporter: ReporterSummary) -> None:
        if reporter.id in self.chosen_reporter_ids():
            return
        self._add_reporter_item(reporter.id, reporter.full_name, reporter.agency)
        self.ui.reporter_ids.setCurrentRow(self.ui.reporter_ids.count() - 1)
        self.mark_dirty()

    def remove_reporter(self) -> None:
        row = self.ui.reporter_ids.currentRow()
        if row >= 0:
            self.ui.reporter_ids.takeItem(row)
            self.mark_dirty()

    # -- articles ------------------------------------------------------------------------------------
    def add_article(self, article: ArticleInput | None = None, *, focus: bool = True) -> int:
        table = self.ui.articles
        row = table.rowCount()
        table.insertRow(row)
        title = QTableWidgetItem(article.title if article else "")
        title.setData(ArticleNumberRole, article.number if article else None)
        table.setItem(row, TITLE, title)
        table.setItem(row, LINK, QTableWidgetItem((article.url or "") if article else ""))
        published = article.published_on if article else None
        table.setItem(row, PUBLISHED, QTableWidgetItem(str(published) if published else ""))
        agencies = QComboBox()
        agencies.addItem(self.tr("The reporters' agency"), None)
        for agency in self.choices.agencies:
            agencies.addItem(agency.name, agency.id)
        wanted = article.agency_id if article else None
        agencies.setCurrentIndex(max(agencies.findData(wanted), 0) if wanted is not None else 0)
        agencies.activated.connect(self.mark_dirty)
        table.setCellWidget(row, AGENCY, agencies)
        if focus:
            table.setCurrentCell(row, TITLE)
            table.setFocus()
            table.editItem(title)
            self.mark_dirty()
        return row

    def remove_article(self) -> None:
        row = self.ui.articles.currentRow()
        if row >= 0:
            self.ui.articles.removeRow(row)
            self.mark_dirty()

    def _finish_cell_editing(self) -> None:
        """A cell still being typed in counts: hand its text to the table before reading it."""
        table = self.ui.articles
        editor = QApplication.focusWidget()
        if editor is not None and table.isAncestorOf(editor) and editor is not table:
            table.commitData(editor)
            table.closeEditor(editor, QAbstractItemView.EndEditHint.NoHint)

    def article_inputs(self) -> list[ArticleInput]:
        table = self.ui.articles
        found: list[ArticleInput] = []
        for row in range(table.rowCount()):

            def text(column: int, at: int = row) -> str | None:
                item = table.item(at, column)
                value = item.text().strip() if item is not None else ""
                return value or None

            title_item = table.item(row, TITLE)
            number = title_item.data(ArticleNumberRole) if title_item is not None else None
            combo = table.cellWidget(row, AGENCY)
            agency = combo.currentData() if isinstance(combo, QComboBox) else None
            found.append(
                ArticleInput(
                    text(TITLE) or "",
                    text(LINK),
                    text(PUBLISHED),
                    int(agency) if agency is not None else None,
                    int(number) if number is not None else None,
                )
            )
        return found

    # -- saving --------------------------------------------------------------------------------------
    def occurred_at(self) -> datetime:
        value = self.ui.occurred_at.dateTime()
        day, clock = value.date(), value.time()
        return datetime(
            day.year(), day.month(), day.day(), clock.hour(), clock.minute(), tzinfo=VIETNAM_TZ
        )

    def values(self) -> dict[str, Any]:
        ui = self.ui
        unit = ui.unit_id.currentData() if ui.unit_id.currentIndex() >= 0 else None
        event = ui.event_id.currentData()
        return {
            "unit_id": int(unit) if unit is not None else None,
            "kind": ui.kind.currentData(),
            "occurred_at": self.occurred_at(),
            "subject": ui.subject.text().strip(),
            "reporter_ids": self.chosen_reporter_ids(),
            "event_id": int(event) if event is not None else None,
            "notes": ui.notes.toPlainText().strip() or None,
            "articles": self.article_inputs(),
        }

    def submit(self) -> None:
        self._finish_cell_editing()
        values = self.values()
        errors = entries.entry_errors(
            unit_id=values["unit_id"], kind=values["kind"], occurred_at=values["occurred_at"],
            subject=values["subject"], reporter_ids=values["reporter_ids"],
            notes=values["notes"], articles=values["articles"],
        )  # fmt: skip
        if errors:
            self.show_errors(errors)
            return
        if self.errors is not None:
            self.errors.clear()
        db, actor, entry = self.context.db, self.context.actor, self.entry
        self.set_busy(True)
        if entry is None:
            work = lambda: entries.add_entry(db, actor, **values).id  # noqa: E731
        else:
            entry_id = entry.id
            work = lambda: entries.update_entry(db, actor, entry_id, **values).id  # noqa: E731
        operations.run(
            self, work, success=self._done, failure=self.show_error,
            label=self.tr("Saving the access…"),
        )  # fmt: skip

    def _done(self, entry_id: int) -> None:
        self.saved_id = entry_id
        self.saved()

    # -- text ----------------------------------------------------------------------------------------
    def retranslate(self) -> None:
        ui = self.ui
        self.setWindowTitle(
            self.tr("Record an access")
            if self.entry is None
            else self.tr("Access no. {number}").format(number=self.entry.id)
        )
        for index in range(ui.kind.count()):
            ui.kind.setItemText(index, kind_text(str(ui.kind.itemData(index))))
        ui.event_id.setItemText(0, self.tr("(none)"))
        ui.unit_id.setPlaceholderText(self.tr("Choose the unit"))
        for row in range(ui.articles.rowCount()):
            combo = ui.articles.cellWidget(row, AGENCY)
            if isinstance(combo, QComboBox):
                combo.setItemText(0, self.tr("The reporters' agency"))
        self.save_button.setText(self.tr("&Save"))
        ui.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
