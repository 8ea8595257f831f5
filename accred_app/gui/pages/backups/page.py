"""Sao lưu — the backups of the database file: when each was made and how large, "back up now", and
restore (from the list or from another file) with a confirmation that names what is replaced.

Restoring replaces the file under the window: the window's connections are closed first (the
restore is refused while anyone has the file open), and once it is done the desk reopens the
database and asks everyone to sign in again (``database_replaced``). On PostgreSQL the server's
own tools make backups; the page says so.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, NamedTuple

from PySide6.QtCore import QT_TRANSLATE_NOOP, QByteArray, QItemSelection, QSettings, Qt
from PySide6.QtWidgets import QHeaderView

from accred_app.core.errors import AccredError
from accred_app.core.roles import Permission
from accred_app.core.storage import backup
from accred_app.core.storage.backup import BackupInfo, RestoreUnverified
from accred_app.core.storage.settings import get_settings
from accred_app.gui import operations, prompts, restoring
from accred_app.gui.actions import ActionId
from accred_app.gui.generated.ui_backups_page import Ui_BackupsPage
from accred_app.gui.i18n import current_locale
from accred_app.gui.models.table import Column, RowTableModel
from accred_app.gui.pages.base import DeskContext, Page

KIND_LABELS = {
    "daily": str(QT_TRANSLATE_NOOP("BackupsPage", "Daily (automatic)")),
    "manual": str(QT_TRANSLATE_NOOP("BackupsPage", "Made by an officer")),
    "pre-migration": str(QT_TRANSLATE_NOOP("BackupsPage", "Before an upgrade (automatic)")),
}


def backup_kind(path: Path) -> str:
    for kind in KIND_LABELS:
        if path.stem.endswith(f"-{kind}"):
            return kind
    return ""


class BackupRow(NamedTuple):
    info: BackupInfo
    kind: str


def _kind_label(row: BackupRow) -> str:
    from PySide6.QtCore import QCoreApplication

    source = KIND_LABELS.get(row.kind)
    return QCoreApplication.translate("BackupsPage", source) if source else ""


COLUMNS: tuple[Column[BackupRow], ...] = (
    Column(
        str(QT_TRANSLATE_NOOP("BackupTableModel", "Made at")),
        lambda r: restoring.when_text(r.info.created),
    ),
    Column(str(QT_TRANSLATE_NOOP("BackupTableModel", "Kind")), _kind_label),
    Column(
        str(QT_TRANSLATE_NOOP("BackupTableModel", "Size")),
        lambda r: restoring.size_text(r.info.size),
        alignment=Qt.AlignmentFlag.AlignRight,
    ),
    Column(
        str(QT_TRANSLATE_NOOP("BackupTableModel", "File")),
        lambda r: r.info.path.name,
        tooltip=lambda r: str(r.info.path),
    ),
)


class Listing(NamedTuple):
    rows: list[BackupRow]
    folder: Path | None
    keep: int
    problem: AccredError | None  # backups do not apply (PostgreSQL)


def read_backups(context: DeskContext) -> Listing:
    db = context.db
    keep = get_settings(db).backup_keep
    try:
        folder = backup.backup_dir(db)
        found = backup.list_backups(db)
    except AccredError as problem:
        return Listing([], None, keep, problem)
    return Listing([BackupRow(info, backup_kind(info.path)) for info in found], folder, keep, None)


class BackupsPage(Page):
    page_id = "backups"
    title_source = str(QT_TRANSLATE_NOOP("Pages", "Backups"))
    icon_name = "backups"
    permission = Permission.MANAGE_DATA
    handles = frozenset({ActionId.NEW, ActionId.REFRESH})

    def __init__(self, context: DeskContext, parent: Any = None) -> None:
        super().__init__(context, parent)
        self.ui = Ui_BackupsPage()
        self.ui.setupUi(self)
        ui = self.ui
        self.model: RowTableModel[BackupRow] = RowTableModel(
            "BackupTableModel", COLUMNS, self, row_id=lambda r: str(r.info.path)
        )
        self.table = ui.table
        self.table.setModel(self.model)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        for column, width in ((0, 140), (1, 220), (2, 100)):
            self.table.setColumnWidth(column, width)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.table.selectionModel().selectionChanged.connect(self._on_selection)
        self.table.activated.connect(lambda _index: self.restore_selected())
        ui.backupButton.clicked.connect(self.back_up_now)
        ui.restoreButton.clicked.connect(self.restore_selected)
        ui.restoreFileButton.clicked.connect(self.restore_other_file)
        self.listing: Listing | None = None
        self._generation = 0
        self._wanted: str | None = None
        self.restoring: operations.Operation | None = None
        self.setFocusProxy(self.table)
        self._update_buttons()
        self.retranslate()

    # -- the list ---------------------------------------------------------------------------------
    def refresh(self) -> None:
        self._generation += 1
        generation = self._generation
        context = self.context
        operations.run(
            self,
            lambda: read_backups(context),
            success=lambda listing: self._show(generation, listing),
            cancellable=True,
        )

    def _show(self, generation: int, listing: Listing) -> None:
        if generation != self._generation:
            return
        self.listing = listing
        self.model.set_rows(listing.rows)
        wanted, self._wanted = self._wanted, None
        row = self.model.row_of(wanted) if wanted is not None else None
        if row is not None:
            self.table.selectRow(row)
        self._update_texts()
        self._update_buttons()

    def selected(self) -> BackupRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row(rows[0].row()) if rows else None

    def _on_selection(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self._update_buttons()

    def _update_buttons(self) -> None:
        usable = self.listing is not None and self.listing.problem is None
        busy = self.restoring is not None and self.restoring.is_running
        self.ui.backupButton.setEnabled(usable and not busy)
        self.ui.restoreButton.setEnabled(usable and not busy and self.selected() is not None)
        self.ui.restoreFileButton.setEnabled(usable and not busy)

    def is_enabled(self, action: ActionId) -> bool:
        if action is ActionId.NEW:
            return self.listing is not None and self.listing.problem is None
        return super().is_enabled(action)

    def trigger(self, action: ActionId) -> None:
        if action is ActionId.NEW:
            self.back_up_now()
        else:
            super().trigger(action)

    # -- back up ----------------------------------------------------------------------------------
    def back_up_now(self) -> None:
        db, actor = self.context.db, self.context.actor
        self.ui.backupButton.setEnabled(False)
        operations.run(
            self,
            lambda: backup.make_backup(db, actor),
            success=self._backed_up,
            failure=self._backup_failed,
            label=self.tr("Backing up the database…"),
        )

    def _backed_up(self, info: BackupInfo) -> None:
        self.status_message.emit(
            self.tr("Backup made: {name} ({size}).").format(
                name=info.path.name, size=restoring.size_text(info.size)
            )
        )
        self._wanted = str(info.path)
        self.refresh()

    def _backup_failed(self, error: AccredError) -> None:
        self._update_buttons()
        prompts.tell_error(self, error)

    # -- restore ----------------------------------------------------------------------------------
    def restore_selected(self) -> None:
        row = self.selected()
        if row is not None:
            self.restore(row.info.path)

    def restore_other_file(self) -> None:
        chosen = prompts.choose_open_file(
            self,
            self.tr("Restore from a backup file"),
            [self.tr("Desk databases (*.sqlite *.db)"), self.tr("All files (*)")],
        )
        if chosen is not None:
            self.restore(chosen)

    def restore(self, candidate: Path) -> None:
        """Ask, close this window's connections, restore on a worker; a backup whose trail does
        not verify is asked about again with the differences shown."""
        database = self.context.db.path
        if database is None:
            return
        if not restoring.confirm_restore(self, database, candidate):
            return
        self._run_restore(candidate, accept=False)

    def _run_restore(self, candidate: Path, *, accept: bool) -> None:
        db = self.context.db
        database = db.path
        assert database is not None
        officer = self.context.actor.username
        db.dispose()  # the restore is exclusive: this window's connections close first
        self.restoring = operations.run(
            self,
            lambda: restoring.restore_and_record(
                str(database), candidate, officer=officer, accept=accept
            ),
            success=lambda kept: self._restored(kept, candidate),
            failure=lambda error: self._restore_failed(error, candidate),
            label=self.tr("Restoring the backup…"),
            retry_locked=False,
        )
        self._update_buttons()

    def _restore_failed(self, error: AccredError, candidate: Path) -> None:
        self._update_buttons()
        if isinstance(error, RestoreUnverified) and restoring.confirm_unverified(self, error):
            self._run_restore(candidate, accept=True)
            return
        if not isinstance(error, RestoreUnverified):
            prompts.tell(
                self,
                error.message(current_locale()),
                error=True,
                detail=self.tr("Nothing was restored: the database is as it was."),
            )

    def _restored(self, kept: Path, candidate: Path) -> None:
        text = restoring.restored_text(kept, candidate)
        self.status_message.emit(text)
        self.database_replaced.emit(text)

    # -- text and state ------------------------------------------------------------------------------
    def _update_texts(self) -> None:
        listing = self.listing
        ui = self.ui
        if listing is None:
            return
        if listing.problem is not None:
            ui.location.setText(listing.problem.message(current_locale()))
            ui.countLabel.setText("")
            ui.emptyState.setText(listing.problem.message(current_locale()))
            ui.listStack.setCurrentWidget(ui.emptyState)
            return
        ui.location.setText(
            self.tr(
                "Backups are kept in {folder}. One is made by itself on the first start of each "
                "day and before the database is upgraded; the newest {keep} are kept."
            ).format(folder=listing.folder, keep=listing.keep)
        )
        count = len(listing.rows)
        ui.countLabel.setText(self.tr("%n backup(s)", "", count))
        if count:
            ui.listStack.setCurrentWidget(self.table)
        else:
            ui.emptyState.setText(
                self.tr("No backup yet. Press “Back up now” to make the first one.")
            )
            ui.listStack.setCurrentWidget(ui.emptyState)

    def retranslate(self) -> None:
        self.model.retranslate()
        self._update_texts()

    def save_state(self, settings: QSettings) -> None:
        settings.setValue(self.state_key("header"), self.table.horizontalHeader().saveState())

    def restore_state(self, settings: QSettings) -> None:
        state = settings.value(self.state_key("header"))
        if isinstance(state, QByteArray):
            self.table.horizontalHeader().restoreState(state)
