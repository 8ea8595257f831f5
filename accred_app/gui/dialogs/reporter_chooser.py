"""Choosing one reporter by typing part of a name, card number, CCCD or phone (the access log's
reporter filter). "All reporters" clears the choice."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QDialog

from accred_app.core.registry.reporters import ReporterSummary
from accred_app.core.roles import Actor
from accred_app.core.storage.db import Database
from accred_app.gui.generated.ui_reporter_chooser import Ui_ReporterChooser
from accred_app.gui.widgets.reporter_search import ReporterSearch


class ReporterChooser(QDialog):
    """After ``accepted``: ``chosen`` is the reporter, or None when "All reporters" was pressed."""

    def __init__(self, db: Database, actor: Actor, parent: Any = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ReporterChooser()
        self.ui.setupUi(self)
        self.chosen: ReporterSummary | None = None
        self.finder = ReporterSearch(self, self.ui.search, self.ui.results, db, actor)
        self.finder.chosen.connect(self._pick)
        self.ui.chooseButton.clicked.connect(self.finder.choose_current)
        self.ui.anyButton.clicked.connect(self._clear)
        self.ui.cancelButton.clicked.connect(self.reject)
        self.ui.search.setFocus()
        self.finder.refresh()

    def _pick(self, reporter: ReporterSummary) -> None:
        self.chosen = reporter
        self.accept()

    def _clear(self) -> None:
        self.chosen = None
        self.accept()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
        super().changeEvent(event)
