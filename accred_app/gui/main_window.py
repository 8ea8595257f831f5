"""The desk's main window. This stage shows the reporter registry; issuing passes, events and the
checkpoint mode join it later as pages."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSortFilterProxyModel, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from accred_app.core.errors import AccredError
from accred_app.core.registry import reporters
from accred_app.core.roles import Actor, Permission
from accred_app.core.storage.db import Database
from accred_app.core.storage.settings import get_settings
from accred_app.gui.i18n import current_locale
from accred_app.gui.labels import role_label
from accred_app.gui.models.reporters import ReporterTableModel

SEARCH_DELAY_MS = 200


class MainWindow(QMainWindow):
    def __init__(self, db: Database, actor: Actor, parent: Any = None) -> None:
        super().__init__(parent)
        self._db = db
        self._actor = actor
        settings = get_settings(db)
        self.setWindowTitle(
            self.tr("Press accreditation desk — {organisation}").format(
                organisation=settings.org_name
            )
        )
        self.resize(1100, 680)
        self._build_menus()
        self._build_status_bar()

        self.model: ReporterTableModel | None = None
        self.search: QLineEdit | None = None
        self.table: QTableView | None = None
        self.count_label: QLabel | None = None
        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(SEARCH_DELAY_MS)
        self.search_timer.timeout.connect(self.refresh)

        if actor.can(Permission.READ):
            self.setCentralWidget(self._build_registry())
            self.refresh()
        else:
            notice = QLabel(
                self.tr(
                    "Your account is for checkpoint duty only, so the reporter registry is not "
                    "shown. The checkpoint mode (scanning passes) comes in a later version of the "
                    "software; ask an administrator if you need access to the registry."
                )
            )
            notice.setObjectName("checkpointNotice")
            notice.setWordWrap(True)
            notice.setAlignment(Qt.AlignmentFlag.AlignCenter)
            notice.setMargin(48)
            self.notice = notice
            self.setCentralWidget(notice)

    # -- building ----------------------------------------------------------------------------------
    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.quit_action = QAction(self.tr("E&xit"), self)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit_action.triggered.connect(self.close)
        file_menu.addAction(self.quit_action)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self.about_action = QAction(self.tr("&About"), self)
        self.about_action.triggered.connect(self.show_about)
        help_menu.addAction(self.about_action)

    def _build_status_bar(self) -> None:
        self.officer_label = QLabel(
            self.tr("Officer: {username} ({role})").format(
                username=self._actor.username, role=role_label(self._actor.role.value)
            )
        )
        self.officer_label.setObjectName("officerLabel")
        self.database_label = QLabel(
            self.tr("Database: {location}").format(location=self._db.display_name)
        )
        self.database_label.setObjectName("databaseLabel")
        self.statusBar().addWidget(self.officer_label)
        self.statusBar().addPermanentWidget(self.database_label)

    def _build_registry(self) -> QWidget:
        page = QWidget()
        self.search = QLineEdit()
        self.search.setObjectName("reporterSearch")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(
            self.tr("Search by name, press card, citizen ID or phone (accents optional)")
        )
        self.search.textChanged.connect(lambda _text: self.search_timer.start())
        self.search.returnPressed.connect(self.refresh)
        self.count_label = QLabel()
        self.count_label.setObjectName("reporterCount")

        self.model = ReporterTableModel(self)
        proxy = QSortFilterProxyModel(self)
        proxy.setSourceModel(self.model)
        proxy.setSortRole(ReporterTableModel.SortRole)
        self.proxy = proxy
        self.table = QTableView()
        self.table.setObjectName("reporterTable")
        self.table.setModel(proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(ReporterTableModel.NAME, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        rows = self.table.verticalHeader()
        rows.setVisible(False)
        rows.setDefaultSectionSize(self.table.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setResizeContentsPrecision(200)  # measure a sample, not every row of a long list
        header.setSectionResizeMode(ReporterTableModel.NAME, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(ReporterTableModel.AGENCY, QHeaderView.ResizeMode.Stretch)
        for column in (
            ReporterTableModel.CARD_NO,
            ReporterTableModel.CARD_EXPIRY,
            ReporterTableModel.STATUS,
        ):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setColumnWidth(ReporterTableModel.NAME, 230)

        top = QHBoxLayout()
        search_label = QLabel(self.tr("&Search:"))
        search_label.setBuddy(self.search)
        top.addWidget(search_label)
        top.addWidget(self.search, 1)
        top.addWidget(self.count_label)
        layout = QVBoxLayout(page)
        layout.addLayout(top)
        layout.addWidget(self.table)
        return page

    # -- behaviour ---------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Reload the registry with the current search text (one read per call)."""
        if self.model is None or self.search is None or self.count_label is None:
            return
        self.search_timer.stop()
        try:
            rows = reporters.list_reporters(self._db, self._actor, query=self.search.text())
        except AccredError as error:
            self.statusBar().showMessage(error.message(current_locale()), 10_000)
            return
        self.model.set_reporters(rows)
        self.count_label.setText(self.count_text(len(rows)))

    def count_text(self, count: int) -> str:
        if count == 1:
            return self.tr("1 reporter")
        return self.tr("{count} reporters").format(count=count)

    def show_about(self) -> None:
        QMessageBox.about(self, self.tr("About"), self.about_text())

    def about_text(self) -> str:
        from importlib.metadata import PackageNotFoundError, version

        try:
            number = version("accred_app")
        except PackageNotFoundError:
            number = "?"
        return self.tr(
            "Press accreditation desk, version {version}.\n"
            "Registers reporters and issues signed field passes for the press office."
        ).format(version=number)
