"""The About box (Help → About): the desk's version and the licences of what ships with it — the
fonts, icons and sounds recorded in ``resources/LICENSES.md`` and the libraries, named with the
version and licence their installed metadata states (``accred_app/about.py``)."""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import QEvent
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
)

from accred_app import about, paths
from accred_app.gui.generated.ui_about_dialog import Ui_AboutDialog

ICON_SIZE = 72


def app_icon() -> QIcon:
    """The desk's own icon (a shield with a QR motif), for every window and the About box."""
    return QIcon(str(paths.APP_ICON))


def short_licence(text: str) -> str:
    """The licence's name as LICENSES.md gives it, without the remarks after it ("SIL Open Font
    License 1.1, see fonts/OFL.txt" → "SIL Open Font License 1.1")."""
    return re.split(r",| \(", text, maxsplit=1)[0].strip()


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
    table.setWordWrap(False)


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
        _fill(self.ui.resources, [(entry.files, short_licence(entry.licence)) for entry in bundled])
        for row, entry in enumerate(bundled):  # the whole record on hover
            for column in range(2):
                self.ui.resources.item(row, column).setToolTip(
                    f"{entry.what}\n{entry.licence}".strip()
                )
        self.retranslate()

    def retranslate(self) -> None:
        self.ui.versionLabel.setText(self.tr("Version {version}").format(version=self.version))
        self.ui.buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self.retranslate()
        super().changeEvent(event)
