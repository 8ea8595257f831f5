"""The user guide (Help → User guide, F1): ``docs/huong-dan-su-dung.md`` rendered, not shown as
Markdown source — Qt's own Markdown reader, the screenshots beside it, links that work.

The guide's table of contents (``[…](#7-sao-lưu-…)``) is written for any Markdown viewer: the
browser (``widgets/guide_browser.py``) gives each heading the anchor GitHub gives it. Links to the other documents of ``docs/``
(the deployment guide) open in the same viewer, with Back to return; web links open in the browser.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QUrl
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QDialog, QDialogButtonBox

from accred_app import paths
from accred_app.gui.generated.ui_user_guide import Ui_UserGuide
from accred_app.gui.widgets.guide_browser import heading_anchor

__all__ = ["UserGuideDialog", "heading_anchor"]


class UserGuideDialog(QDialog):
    """The guide's window: not modal, so the officer reads while working in the desk."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.ui = Ui_UserGuide()
        self.ui.setupUi(self)
        self.browser = self.ui.browser
        self.browser.setSearchPaths([str(paths.DOCS_DIR)])
        self.ui.backButton.setEnabled(False)
        self.ui.forwardButton.setEnabled(False)
        self.browser.backwardAvailable.connect(self.ui.backButton.setEnabled)
        self.browser.forwardAvailable.connect(self.ui.forwardButton.setEnabled)
        self.ui.backButton.clicked.connect(self.browser.backward)
        self.ui.forwardButton.clicked.connect(self.browser.forward)
        self.ui.homeButton.clicked.connect(self.go_home)
        self.ui.buttons.rejected.connect(self.close)
        self.retranslate()
        self.open_guide()

    def retranslate(self) -> None:
        self.ui.buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))

    def open_guide(self) -> None:
        if paths.USER_GUIDE.is_file():
            self.browser.setSource(
                QUrl.fromLocalFile(str(paths.USER_GUIDE)),
                QTextDocument.ResourceType.MarkdownResource,
            )
        else:  # a damaged installation: say where the guide should have been
            self.browser.setPlainText(
                self.tr("The user guide is missing from this installation ({path}).").format(
                    path=paths.USER_GUIDE
                )
            )

    def go_home(self) -> None:
        if self.browser.source().fileName() != paths.USER_GUIDE.name:
            self.open_guide()
        self.browser.verticalScrollBar().setValue(0)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self.retranslate()
        super().changeEvent(event)
