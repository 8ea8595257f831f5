"""The police units as a tree (parent → sub-units), built from ``units.list_units``'s walk."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel

from accred_app.core.registry.units import UnitView

HEADERS = (
    str(QT_TRANSLATE_NOOP("UnitTreeModel", "Unit")),
    str(QT_TRANSLATE_NOOP("UnitTreeModel", "Code")),
)


class UnitTreeModel(QStandardItemModel):
    IdRole = Qt.ItemDataRole.UserRole + 2

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.units: list[UnitView] = []
        self.setColumnCount(len(HEADERS))
        self.retranslate()

    def set_units(self, units: Sequence[UnitView]) -> None:
        self.removeRows(0, self.rowCount())
        self.units = list(units)
        items: dict[int, QStandardItem] = {}
        for unit in self.units:
            name = QStandardItem(unit.name)
            name.setData(unit.id, self.IdRole)
            name.setEditable(False)
            code = QStandardItem(unit.code)
            code.setData(unit.id, self.IdRole)
            code.setEditable(False)
            parent = items.get(unit.parent_id) if unit.parent_id is not None else None
            (parent or self.invisibleRootItem()).appendRow([name, code])
            items[unit.id] = name

    def index_of(self, unit_id: int) -> QModelIndex:
        found = self.match(
            self.index(0, 0), self.IdRole, unit_id, 1,
            Qt.MatchFlag.MatchExactly | Qt.MatchFlag.MatchRecursive,
        )  # fmt: skip
        return found[0] if found else QModelIndex()

    def unit(self, unit_id: int) -> UnitView | None:
        return next((unit for unit in self.units if unit.id == unit_id), None)

    def retranslate(self) -> None:
        self.setHorizontalHeaderLabels(
            [QCoreApplication.translate("UnitTreeModel", header) for header in HEADERS]
        )
