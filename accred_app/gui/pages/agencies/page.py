"""Cơ quan báo chí — the press agencies the office has agreements with, with their reporters."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QHeaderView

from accred_app.core.registry import agencies
from accred_app.core.registry.agencies import AgencyView
from accred_app.gui.generated.ui_agencies_page import Ui_AgenciesPage
from accred_app.gui.models.agencies import agency_table_model
from accred_app.gui.pages.agencies.editor import AgencyEditor
from accred_app.gui.pages.base import DeskContext
from accred_app.gui.pages.list_page import ListPage


class AgenciesPage(ListPage[AgencyView]):
    page_id = "agencies"
    title_source = str(QT_TRANSLATE_NOOP("Pages", "Press agencies"))
    icon_name = "agencies"

    def __init__(self, context: DeskContext, parent: Any = None) -> None:
        super().__init__(context, parent)
        self.ui = Ui_AgenciesPage()
        self.ui.setupUi(self)
        self.editor: AgencyEditor | None = None
        self.setup_list(
            self.ui.table,
            agency_table_model(self),
            search=self.ui.search,
            count_label=self.ui.countLabel,
            list_stack=self.ui.listStack,
            empty_state=self.ui.emptyState,
        )
        header = self.ui.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column, width in ((1, 110), (2, 130), (3, 90), (4, 120), (5, 150), (6, 110)):
            self.ui.table.setColumnWidth(column, width)
        self.ui.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.ui.newButton.clicked.connect(self.add_record)
        self.ui.editButton.clicked.connect(lambda: self.trigger_edit())
        for button in (self.ui.newButton, self.ui.editButton):
            button.setVisible(self.can_edit)
        self.ui.editButton.setEnabled(False)
        self.retranslate()

    def load(self, query: str) -> list[AgencyView]:
        return agencies.list_agencies(self.context.db, self.context.actor, query)

    def row_id(self, row: AgencyView) -> object:
        return row.id

    def selection_changed(self, row: AgencyView | None) -> None:
        self.ui.editButton.setEnabled(row is not None)

    def trigger_edit(self) -> None:
        row = self.selected()
        if row is not None:
            self.edit_record(row)

    def add_record(self) -> None:
        self._open(None)

    def edit_record(self, row: AgencyView) -> None:
        self._open(row)

    def _open(self, agency: AgencyView | None) -> None:
        editor = AgencyEditor(self.context, agency, self)
        self.editor = editor
        editor.accepted.connect(lambda: self._saved(editor))
        editor.open()

    def _saved(self, editor: AgencyEditor) -> None:
        if editor.saved_id is not None:
            self.status_message.emit(self.tr("Press agency saved."))
            self.records_changed.emit()
            self.show_record(editor.saved_id)

    def count_text(self, count: int) -> str:
        return self.tr("%n agency(ies)", "", count)

    def empty_text(self, filtered: bool) -> str:
        if filtered:
            return self.tr(
                "No press agency matches this search. Clear the search box to see them all."
            )
        if self.can_edit:
            return self.tr(
                "No press agency is registered yet. Press “Add agency…” (Ctrl+N) to add the first "
                "one; reporters are registered under their agency."
            )
        return self.tr("No press agency is registered yet.")
