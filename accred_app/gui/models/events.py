"""Events and sites, their zones (read-only, in the page), and the zones being edited (in the
editor: code and name typed in the table, colour picked, slot shown but never edited)."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor

from accred_app.core.registry.events import EventView, ZoneEdit, ZoneView
from accred_app.gui.labels import dmy, event_kind_label
from accred_app.gui.models.table import Column, RowTableModel

ModelIndex = QModelIndex | QPersistentModelIndex


def event_dates(event: EventView) -> str:
    if event.ends_on is None:
        return QCoreApplication.translate("EventTableModel", "from {start}").format(
            start=dmy(event.starts_on)
        )
    if event.ends_on == event.starts_on:
        return dmy(event.starts_on)
    return f"{dmy(event.starts_on)} – {dmy(event.ends_on)}"


EVENT_COLUMNS: tuple[Column[EventView], ...] = (
    Column(str(QT_TRANSLATE_NOOP("EventTableModel", "Name")), lambda e: e.name),
    Column(str(QT_TRANSLATE_NOOP("EventTableModel", "Kind")), lambda e: event_kind_label(e.kind)),
    Column(str(QT_TRANSLATE_NOOP("EventTableModel", "Dates")), event_dates),
    Column(str(QT_TRANSLATE_NOOP("EventTableModel", "Location")), lambda e: e.location or ""),
    Column(
        str(QT_TRANSLATE_NOOP("EventTableModel", "Zones")),
        lambda e: ", ".join(z.code for z in e.zones),
    ),
)


def event_table_model(parent: Any = None) -> RowTableModel[EventView]:
    return RowTableModel("EventTableModel", EVENT_COLUMNS, parent, row_id=lambda e: e.id)


ZONE_COLUMNS: tuple[Column[ZoneView], ...] = (
    Column(str(QT_TRANSLATE_NOOP("ZoneTableModel", "Code")), lambda z: z.code),
    Column(str(QT_TRANSLATE_NOOP("ZoneTableModel", "Zone")), lambda z: z.name),
    Column(
        str(QT_TRANSLATE_NOOP("ZoneTableModel", "Colour")),
        lambda z: z.colour,
        foreground=lambda z: QColor(z.colour),
    ),
    Column(str(QT_TRANSLATE_NOOP("ZoneTableModel", "Slot")), lambda z: str(z.slot)),
)


def zone_table_model(parent: Any = None) -> RowTableModel[ZoneView]:
    return RowTableModel("ZoneTableModel", ZONE_COLUMNS, parent, row_id=lambda z: z.slot)


@dataclass(frozen=True, slots=True)
class ZoneRow:
    slot: int | None  # None: not saved yet
    code: str
    name: str
    colour: str | None

    def as_edit(self) -> ZoneEdit:
        return ZoneEdit(self.slot, self.code, self.name, self.colour)


class ZoneEditModel(QAbstractTableModel):
    """The zones of the event being edited. Code and name are typed in place; the colour comes
    from a colour picker (:meth:`set_colour`); the slot is the core's and only shown."""

    CODE, NAME, COLOUR, SLOT = range(4)
    edited = Signal()
    """The officer changed a zone (not a re-labelling after a language switch)."""
    HEADERS = (
        str(QT_TRANSLATE_NOOP("ZoneEditModel", "Code")),
        str(QT_TRANSLATE_NOOP("ZoneEditModel", "Zone")),
        str(QT_TRANSLATE_NOOP("ZoneEditModel", "Colour")),
        str(QT_TRANSLATE_NOOP("ZoneEditModel", "Slot")),
    )

    def __init__(self, zones: tuple[ZoneView, ...] = (), parent: Any = None) -> None:
        super().__init__(parent)
        self.zones = [ZoneRow(z.slot, z.code, z.name, z.colour) for z in zones]

    def edits(self) -> list[ZoneEdit]:
        return [zone.as_edit() for zone in self.zones]

    def add_zone(self) -> QModelIndex:
        row = len(self.zones)
        self.beginInsertRows(QModelIndex(), row, row)
        self.zones.append(ZoneRow(None, "", "", None))
        self.endInsertRows()
        self.edited.emit()
        return self.index(row, self.CODE)

    def remove_zone(self, row: int) -> None:
        if 0 <= row < len(self.zones):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self.zones[row]
            self.endRemoveRows()
            self.edited.emit()

    def set_colour(self, row: int, colour: str) -> None:
        self.zones[row] = replace(self.zones[row], colour=colour)
        index = self.index(row, self.COLOUR)
        self.dataChanged.emit(index, index)
        self.edited.emit()

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.HEADERS) - 1)
        if self.zones:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.zones) - 1, self.SLOT))

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.zones)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self.HEADERS)
        ):
            return QCoreApplication.translate("ZoneEditModel", self.HEADERS[section])
        return super().headerData(section, orientation, role)

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )
        if index.column() in (self.CODE, self.NAME):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.zones):
            return None
        zone = self.zones[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if column == self.CODE:
                return zone.code
            if column == self.NAME:
                return zone.name
            if column == self.COLOUR:
                return zone.colour or QCoreApplication.translate("ZoneEditModel", "(automatic)")
            if column == self.SLOT:
                return (
                    str(zone.slot)
                    if zone.slot is not None
                    else QCoreApplication.translate("ZoneEditModel", "new")
                )
        if role == Qt.ItemDataRole.DecorationRole and column == self.COLOUR and zone.colour:
            return QColor(zone.colour)
        if role == Qt.ItemDataRole.ToolTipRole and column == self.SLOT:
            return QCoreApplication.translate(
                "ZoneEditModel", "The zone's place in the pass code; set by the software."
            )
        return None

    def setData(self, index: ModelIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        row, column = index.row(), index.column()
        text = str(value).strip()
        if column == self.CODE:
            self.zones[row] = replace(self.zones[row], code=text.upper())
        elif column == self.NAME:
            self.zones[row] = replace(self.zones[row], name=text)
        else:
            return False
        self.dataChanged.emit(index, index)
        self.edited.emit()
        return True
