"""Nhập danh sách phóng viên — an agency's list of reporters (CSV or XLSX, any encoding offices use)
previewed before anything is written: which column is which field (a choice per column, remembered
for lists with the same headings), the encoding detected, every row with what it will become or
every reason it cannot (duplicates in the file and in the registry included); then the good rows
imported in one transaction — or nothing, if the officer asks for all or nothing.

Reading and judging the file (and the import) run on a worker: a list of thousands of rows never
freezes the window, and the progress dialog shows while it works.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QByteArray, QSettings
from PySide6.QtWidgets import QComboBox, QHeaderView, QTableWidgetItem

from accred_app.core.errors import AccredError
from accred_app.core.exchange.columns import IMPORT_FIELDS
from accred_app.core.exchange.reporter_import import (
    AUTOMATIC,
    MAX_IMPORT_FILE_BYTES,
    REMEMBERED,
    ImportPreview,
    ImportResult,
    PreviewRow,
    commit_import,
    preview_import,
)
from accred_app.core.registry import agencies
from accred_app.core.registry.agencies import AgencyView
from accred_app.core.roles import Permission
from accred_app.core.storage.files import read_limited
from accred_app.core.tabular.encodings import KNOWN_ENCODINGS
from accred_app.gui import operations, prompts
from accred_app.gui.actions import ActionId
from accred_app.gui.generated.ui_import_page import Ui_ImportPage
from accred_app.gui.i18n import current_locale
from accred_app.gui.models.import_rows import encoding_name, field_name, import_rows_model
from accred_app.gui.models.table import RowTableModel
from accred_app.gui.pages.base import DeskContext, Page

SKIP = ""
"""The field combo's "do not import this column" choice (None does not survive a QVariant)."""


@dataclass(frozen=True, slots=True)
class ReadList:
    data: bytes
    preview: ImportPreview


class ReporterImportPage(Page):
    page_id = "reporter_import"
    title_source = str(QT_TRANSLATE_NOOP("Pages", "Import reporters"))
    icon_name = "import"
    permission = Permission.EDIT_REGISTRY
    handles = frozenset({ActionId.REFRESH})

    def __init__(self, context: DeskContext, parent: Any = None) -> None:
        super().__init__(context, parent)
        self.ui = Ui_ImportPage()
        self.ui.setupUi(self)
        ui = self.ui
        self.rows_model: RowTableModel[PreviewRow] = import_rows_model(self)
        ui.rowsTable.setModel(self.rows_model)
        self.path: Path | None = None
        self.data: bytes | None = None
        self.preview: ImportPreview | None = None
        self.result: ImportResult | None = None
        self.given_columns: dict[int, str | None] | None = None
        self._agencies: list[AgencyView] | None = None
        self._generation = 0
        self._last_error: AccredError | None = None

        ui.agencyChoice.addItem("", None)
        ui.encodingChoice.addItem("", None)
        for encoding in KNOWN_ENCODINGS:
            ui.encodingChoice.addItem(encoding_name(encoding), encoding)
        ui.chooseButton.clicked.connect(self.choose_file)
        ui.agencyChoice.activated.connect(lambda _index: self.read_again())
        ui.encodingChoice.activated.connect(lambda _index: self.read_again())
        ui.headerRow.editingFinished.connect(self._header_row_edited)
        ui.onlyProblems.toggled.connect(lambda _checked: self._show_rows())
        ui.importButton.clicked.connect(self.import_rows)
        self._header_row_shown = 0

        header = ui.columnsTable.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Fixed)
        ui.columnsTable.setColumnWidth(2, 170)
        ui.columnsTable.verticalHeader().setDefaultSectionSize(
            ui.columnsTable.fontMetrics().height() + 14
        )
        ui.headerRow.setMinimumWidth(ui.headerRow.fontMetrics().horizontalAdvance("0") * 12)
        rows_header = ui.rowsTable.horizontalHeader()
        rows_header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in enumerate((50, 160, 90, 330, 170, 100, 90)):
            ui.rowsTable.setColumnWidth(column, width)
        ui.rowsTable.verticalHeader().setDefaultSectionSize(
            ui.rowsTable.fontMetrics().height() + 10
        )
        self.setFocusProxy(ui.chooseButton)
        self._show_state()
        self.retranslate()

    # -- loading ---------------------------------------------------------------------------------------
    def refresh(self) -> None:
        if self._agencies is None:
            self._load_agencies()
        if self.path is not None:
            self.read_again()

    def mark_stale(self) -> None:
        super().mark_stale()
        self._agencies = None

    def _load_agencies(self) -> None:
        db, actor = self.context.db, self.context.actor
        operations.run(self, lambda: agencies.list_agencies(db, actor), success=self._fill_agencies)

    def _fill_agencies(self, found: list[AgencyView]) -> None:
        self._agencies = found
        combo = self.ui.agencyChoice
        wanted = combo.currentData()
        combo.clear()
        combo.addItem("", None)
        for agency in found:
            combo.addItem(agency.name, agency.id)
        combo.setCurrentIndex(max(combo.findData(wanted), 0) if wanted is not None else 0)
        self.retranslate()

    def choose_file(self) -> None:
        path = prompts.choose_open_file(
            self,
            self.tr("Choose the agency's list of reporters"),
            [
                self.tr("Lists of reporters (*.csv *.xlsx *.xls *.ods *.txt)"),
                self.tr("All files (*)"),
            ],
        )
        if path is None:
            return
        self.open_file(path)

    def open_file(self, path: Path) -> None:
        """Read ``path`` afresh: automatic (or remembered) columns, detected encoding."""
        self.path = path
        self.data = None
        self.given_columns = None
        self.result = None
        self.ui.headerRow.setValue(0)
        self._header_row_shown = 0
        self.ui.encodingChoice.setCurrentIndex(0)
        self.read_again()

    def _header_row_edited(self) -> None:
        if self.ui.headerRow.value() != self._header_row_shown:
            self.read_again()

    def read_again(self) -> None:
        """Preview the file with the page's choices (agency, encoding, header row, columns)."""
        path = self.path
        if path is None:
            return
        ui = self.ui
        self._header_row_shown = ui.headerRow.value()
        db, actor, data = self.context.db, self.context.actor, self.data
        agency = ui.agencyChoice.currentData()
        encoding = ui.encodingChoice.currentData()
        header_row = ui.headerRow.value() or None
        columns = dict(self.given_columns) if self.given_columns is not None else None
        self._generation += 1
        generation = self._generation

        def work() -> ReadList:
            raw = data if data is not None else read_limited(path, MAX_IMPORT_FILE_BYTES)
            preview = preview_import(
                db,
                actor,
                raw,
                path.name,
                agency_id=int(agency) if agency is not None else None,
                columns=columns,
                header_row=header_row,
                encoding=str(encoding) if encoding else None,
            )
            return ReadList(raw, preview)

        operations.run(
            self,
            work,
            success=lambda read: self._show_preview(generation, read),
            failure=lambda error: self._read_failed(generation, error),
            label=self.tr("Reading {file}…").format(file=path.name),
            cancellable=True,
        )

    def _read_failed(self, generation: int, error: AccredError) -> None:
        if generation != self._generation:
            return
        self.preview = None
        self._last_error = error
        self._show_state()

    def _show_preview(self, generation: int, read: ReadList) -> None:
        if generation != self._generation:
            return
        self.data = read.data
        self.preview = read.preview
        self._last_error = None
        self._show_rows()
        self._fill_columns(read.preview)
        self._show_state()

    def _show_rows(self) -> None:
        """Every row of the preview, or only those with a problem when the officer asks."""
        rows = self.preview.rows if self.preview is not None else ()
        if self.ui.onlyProblems.isChecked():
            rows = tuple(row for row in rows if not row.importable)
        self.rows_model.set_rows(rows)

    # -- the columns -----------------------------------------------------------------------------------
    def _fill_columns(self, preview: ImportPreview) -> None:
        table = self.ui.columnsTable
        labels = preview.header.labels
        table.setRowCount(len(labels))
        for index, (label, mapped) in enumerate(zip(labels, preview.mapping, strict=True)):
            number = QTableWidgetItem(str(index + 1))
            table.setItem(index, 0, number)
            heading = QTableWidgetItem(label or "—")
            heading.setToolTip(label)
            table.setItem(index, 1, heading)
            combo = QComboBox()
            combo.setObjectName(f"field_{index}")
            combo.addItem("", SKIP)
            for field in IMPORT_FIELDS:
                combo.addItem(field_name(field), field)
            combo.setCurrentIndex(max(combo.findData(mapped), 0) if mapped else 0)
            combo.setAccessibleName(self.tr("Field of column {number}").format(number=index + 1))
            combo.activated.connect(lambda _index: self._mapping_changed())
            table.setCellWidget(index, 2, combo)
        self._retranslate_columns()

    def field_combo(self, index: int) -> QComboBox:
        combo = self.ui.columnsTable.cellWidget(index, 2)
        assert isinstance(combo, QComboBox)
        return combo

    def _mapping_changed(self) -> None:
        table = self.ui.columnsTable
        columns: dict[int, str | None] = {}
        for index in range(table.rowCount()):
            value = self.field_combo(index).currentData()
            columns[index] = str(value) if value else None
        self.given_columns = columns
        self.read_again()

    # -- import ----------------------------------------------------------------------------------------
    def import_rows(self) -> None:
        preview = self.preview
        if preview is None or not self.context.can(Permission.EDIT_REGISTRY):
            return
        all_or_nothing = self.ui.allOrNothing.isChecked()
        db, actor = self.context.db, self.context.actor
        self.ui.importButton.setEnabled(False)
        operations.run(
            self,
            lambda: commit_import(db, actor, preview, all_or_nothing=all_or_nothing),
            success=self._imported,
            failure=self._import_refused,
            label=self.tr("Importing {count} reporter(s)…").format(
                count=len(preview.importable_rows)
            ),
        )

    def _import_refused(self, error: AccredError) -> None:
        self._last_error = error
        self._show_state()

    def _imported(self, result: ImportResult) -> None:
        self.result = result
        self._last_error = None
        name = self.path.name if self.path is not None else ""
        self.status_message.emit(
            self.tr("%n reporter(s) imported from {file}.", "", len(result.imported)).format(
                file=name
            )
        )
        self.records_changed.emit()
        self.preview = None
        self.data = None
        self.path = None
        self.rows_model.set_rows([])
        self.ui.columnsTable.setRowCount(0)
        self._show_state()

    # -- what the page says ----------------------------------------------------------------------------
    def _show_state(self) -> None:
        ui = self.ui
        preview = self.preview
        locale = current_locale()
        ui.fileValue.setText(self.path.name if self.path is not None else "")
        if self._last_error is not None:
            ui.fileProblems.show_error(self._last_error)
        elif preview is not None and preview.problems:
            ui.fileProblems.show_message(
                "\n".join(problem.message(locale) for problem in preview.problems)
            )
        else:
            ui.fileProblems.clear_message()
        if preview is None:
            ui.bodyStack.setCurrentWidget(ui.emptyState)
            ui.emptyState.setText(self._empty_text())
            ui.infoValue.setText("")
            ui.summaryValue.setText("")
            ui.importButton.setEnabled(False)
            ui.importButton.setText(self.tr("&Import"))
            return
        ui.bodyStack.setCurrentWidget(ui.splitter)
        ui.infoValue.setText(self._info_text(preview))
        good = len(preview.importable_rows)
        ui.summaryValue.setText(self._summary_text(preview))
        ui.importButton.setText(self.tr("&Import %n reporter(s)", "", good))
        ui.importButton.setEnabled(good > 0)

    def _info_text(self, preview: ImportPreview) -> str:
        parts = [preview.file_format.upper()]
        if preview.sheet:
            parts.append(self.tr("sheet “{sheet}”").format(sheet=preview.sheet))
        if preview.encoding:
            parts.append(
                self.tr("encoding {encoding}").format(encoding=encoding_name(preview.encoding))
            )
        if preview.delimiter:
            shown = {
                "\t": self.tr("tab"),
                ",": self.tr("comma"),
                ";": self.tr("semicolon"),
            }.get(preview.delimiter, preview.delimiter)
            parts.append(self.tr("columns separated by {delimiter}").format(delimiter=shown))
        if preview.header_row:
            parts.append(self.tr("headings on row {row}").format(row=preview.header_row))
        parts.append(
            {
                AUTOMATIC: self.tr("columns recognised from their headings"),
                REMEMBERED: self.tr("columns as set for this list last time"),
            }.get(preview.mapping_source, self.tr("columns as you set them"))
        )
        return " · ".join(parts)

    def _summary_text(self, preview: ImportPreview) -> str:
        rows = len(preview.rows)
        good = len(preview.importable_rows)
        bad = len(preview.bad_rows)
        duplicates = sum(
            1
            for row in preview.bad_rows
            if any("duplicate" in problem.code for problem in row.problems)
        )
        text = self.tr("%n row(s) read", "", rows)
        text += "; " + self.tr("%n can be imported", "", good)
        if bad:
            text += "; " + self.tr("%n cannot", "", bad)
            if duplicates:
                text += " (" + self.tr("%n duplicate(s)", "", duplicates) + ")"
        if preview.new_agencies:
            names = ", ".join(name for name, _kind in preview.new_agencies)
            text += "; " + self.tr("new agencies: {names}").format(names=names)
        if preview.empty_rows:
            text += "; " + self.tr("%n empty row(s) left out", "", preview.empty_rows)
        return text + "."

    def _empty_text(self) -> str:
        if self.result is not None:
            result = self.result
            text = self.tr("%n reporter(s) imported.", "", len(result.imported))
            if result.agencies_created:
                text += " " + self.tr("New agencies: {names}.").format(
                    names=", ".join(name for _id, name in result.agencies_created)
                )
            if result.skipped:
                locale = current_locale()
                text += (
                    "\n"
                    + self.tr("Not imported:")
                    + "\n"
                    + "\n".join(
                        self.tr("row {row}: {reason}").format(row=s.row, reason=s.reason(locale))
                        for s in result.skipped[:20]
                    )
                )
            return text
        return self.tr(
            "Choose the list an agency sent (CSV or Excel). Nothing is written until you press "
            "“Import”: first you see how each column is read and what each row will become."
        )

    def _retranslate_columns(self) -> None:
        table = self.ui.columnsTable
        for index in range(table.rowCount()):
            combo = self.field_combo(index)
            combo.setItemText(0, self.tr("(not imported)"))
            for item in range(1, combo.count()):
                combo.setItemText(item, field_name(str(combo.itemData(item))))

    def retranslate(self) -> None:
        ui = self.ui
        ui.agencyChoice.setItemText(0, self.tr("As the file says"))
        ui.encodingChoice.setItemText(0, self.tr("Detect"))
        ui.headerRow.setSpecialValueText(self.tr("found by itself"))
        self._retranslate_columns()
        self.rows_model.retranslate()
        self._show_state()

    # -- central actions -------------------------------------------------------------------------------
    def is_enabled(self, action: ActionId) -> bool:
        if action is ActionId.REFRESH:
            return self.path is not None
        return super().is_enabled(action)

    # -- state kept between sessions -------------------------------------------------------------------
    def save_state(self, settings: QSettings) -> None:
        settings.setValue(self.state_key("splitter"), self.ui.splitter.saveState())
        settings.setValue(self.state_key("all_or_nothing"), self.ui.allOrNothing.isChecked())

    def restore_state(self, settings: QSettings) -> None:
        splitter = settings.value(self.state_key("splitter"))
        if isinstance(splitter, QByteArray):
            self.ui.splitter.restoreState(splitter)
        else:
            self.ui.splitter.setSizes([400, 630])
        strict = settings.value(self.state_key("all_or_nothing"))
        self.ui.allOrNothing.setChecked(strict in (True, "true"))
