"""The About box (Help → About): the desk's version and the licences of what ships with it — the
fonts, icons and sounds recorded in ``resources/LICENSES.md`` and the libraries, named with the
version and licence their installed metadata states (``accred_app/about.py``)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QDialog, QHeaderView, QTableWidget, QTableWidgetItem

from accred_app import about, paths
from accred_app.gui.generated.ui_about_dialog import Ui_AboutDialog

ICON_SIZE = 72


def app_icon() -> QIcon:
    """The desk's own icon (a shield with a QR motif), for every window and the About box."""
    return QIcon(str(paths.APP_ICON))


def _fill(table: QTableWidget, rows: list[tuple[str, ...]]) -> None:
    table.setRowCount(len(rows))
    for row, values in enumerate(rows):
        for column, value in enumerate(values):
            item = QTableWidgetItem(value)
            item.setToolTip(value)
            table.setItem(row, column, item)
    header = table.horizontalHeader()
    for column in range(table.columnCount() - 1):
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(table.columnCount() - 1, QHeaderView.ResizeMode.Stretch)
    table.resizeRowsToContents()


class AboutDialog(QDialog):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.ui = Ui_AboutDialog()
        self.ui.setupUi(self)
        self.ui.appIcon.setPixmap(app_icon().pixmap(ICON_SIZE, ICON_SIZE))
        self.ui.buttons.rejected.connect(self.reject)
        self.version = about.app_version()
        _fill(
            self.ui.libraries,
            [
                (library.name, library.version or "—", library.licence or "—")
                for library in about.library_licences()
            ],
        )
        try:
            bundled = about.resource_licences()
        except OSError:  # a damaged installation: the box still opens, saying so in the table
            bundled = []
        _fill(
            self.ui.resources,
            [(entry.files, entry.what, entry.licence) for entry in bundled],
        )
        self.retranslate()

    def retranslate(self) -> None:
        self.ui.versionLabel.setText(self.tr("Version {version}").format(version=self.version))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self.retranslate()
        super().changeEvent(event)
