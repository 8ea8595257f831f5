"""Đơn vị — the police units that staff checkpoints and organise events, as a tree."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QByteArray, QItemSelection, QSettings, QTimer
from PySide6.QtWidgets import QHeaderView

from accred_app.core.registry import units
from accred_app.core.registry.units import UnitView
from accred_app.gui import operations
from accred_app.gui.actions import ActionId
from accred_app.gui.generated.ui_units_page import Ui_UnitsPage
from accred_app.gui.models.units import UnitTreeModel
from accred_app.gui.pages.base import DeskContext, Page
from accred_app.gui.pages.units.editor import UnitEditMode, UnitEditor

SEARCH_DELAY_MS = 150


class UnitsPage(Page):
    page_id = "units"
    title_source = str(QT_TRANSLATE_NOOP("Pages", "Police units"))
    icon_name = "units"
    handles = frozenset({ActionId.NEW, ActionId.EDIT, ActionId.FIND, ActionId.REFRESH})

    def __init__(self, context: DeskContext, parent: Any = None) -> None:
        super().__init__(context, parent)
        self.ui = Ui_UnitsPage()
        self.ui.setupUi(self)
        self.model = UnitTreeModel(self)
        self.tree = self.ui.tree
        self.tree.setModel(self.model)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setStretchLastSection(False)
        self.tree.setColumnWidth(1, 140)
        self.tree.selectionModel().selectionChanged.connect(self._on_selection)
        self.tree.activated.connect(lambda _index: self.trigger(ActionId.EDIT))
        self.editor: UnitEditor | None = None
        self._all_units: list[UnitView] = []
        self._generation = 0
        self._wanted: int | None = None
        self.loaded = False
        self.search = self.ui.search
        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(SEARCH_DELAY_MS)
        self.search_timer.timeout.connect(self.refresh)
        self.search.textChanged.connect(lambda _text: self.search_timer.start())
        self.search.returnPressed.connect(self.refresh)
        self.setFocusProxy(self.search)
        ui = self.ui
        ui.newButton.clicked.connect(lambda: self.add_unit(under_selected=False))
        ui.addChildButton.clicked.connect(lambda: self.add_unit(under_selected=True))
        ui.renameButton.clicked.connect(self.rename_unit)
        ui.moveButton.clicked.connect(self.move_unit)
        for button in (ui.newButton, ui.addChildButton, ui.renameButton, ui.moveButton):
            button.setVisible(self.can_edit)
        self._update_buttons()
        self.retranslate()

    # -- loading -------------------------------------------------------------------------------------
    def refresh(self) -> None:
        self.search_timer.stop()
        self._generation += 1
        generation = self._generation
        db, actor, query = self.context.db, self.context.actor, self.search.text().strip()
        if self.selected_id() is not None and self._wanted is None:
            self._wanted = self.selected_id()
        operations.run(
            self,
            lambda: (units.list_units(db, actor, query), units.list_units(db, actor)),
            success=lambda found: self._show(generation, *found),
            cancellable=True,
        )

    def _show(self, generation: int, shown: list[UnitView], all_units: list[UnitView]) -> None:
        if generation != self._generation:
            return
        self._all_units = all_units
        self.model.set_units(shown)
        self.tree.expandAll()
        self.loaded = True
        wanted, self._wanted = self._wanted, None
        if wanted is not None:
            index = self.model.index_of(wanted)
            if index.isValid():
                self.tree.setCurrentIndex(index)
                self.tree.scrollTo(index)
        self._update_count()
        self._update_buttons()

    def _update_count(self) -> None:
        count = len(self.model.units)
        self.ui.countLabel.setText(self.tr("%n unit(s)", "", count))
        if count:
            self.ui.listStack.setCurrentWidget(self.tree)
            return
        if self.search.text().strip():
            text = self.tr("No unit matches this search. Clear the search box to see the tree.")
        elif self.can_edit:
            text = self.tr(
                "No police unit is registered yet. Press “Add unit…” (Ctrl+N) to add the "
                "provincial police, then its offices and teams under it."
            )
        else:
            text = self.tr("No police unit is registered yet.")
        self.ui.emptyState.setText(text)
        self.ui.listStack.setCurrentWidget(self.ui.emptyState)

    # -- selection and actions -----------------------------------------------------------------------
    def selected_id(self) -> int | None:
        index = self.tree.currentIndex()
        if not index.isValid() or not self.tree.selectionModel().isSelected(index):
            return None
        value = index.data(UnitTreeModel.IdRole)
        return int(value) if value is not None else None

    def _on_selection(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self._update_buttons()
        self.actions_changed.emit()

    def _update_buttons(self) -> None:
        chosen = self.selected_id() is not None
        for button in (self.ui.addChildButton, self.ui.renameButton, self.ui.moveButton):
            button.setEnabled(chosen)

    def is_enabled(self, action: ActionId) -> bool:
        if action is ActionId.NEW:
            return self.can_edit
        if action is ActionId.EDIT:
            return self.can_edit and self.selected_id() is not None
        return super().is_enabled(action)

    def trigger(self, action: ActionId) -> None:
        if action is ActionId.NEW:
            self.add_unit(under_selected=self.selected_id() is not None)
        elif action is ActionId.EDIT:
            self.rename_unit()
        else:
            super().trigger(action)

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    # -- changes ---------------------------------------------------------------------------------------
    def _open(self, editor: UnitEditor) -> None:
        self.editor = editor
        editor.accepted.connect(lambda: self._saved(editor))
        editor.open()

    def add_unit(self, *, under_selected: bool) -> None:
        if not self.can_edit:
            return
        parent_id = self.selected_id() if under_selected else None
        self._open(
            UnitEditor(
                self.context, UnitEditMode.ADD, self._all_units, parent_id=parent_id, parent=self
            )
        )

    def _selected_unit(self) -> UnitView | None:
        unit_id = self.selected_id()
        return self.model.unit(unit_id) if unit_id is not None else None

    def rename_unit(self) -> None:
        unit = self._selected_unit()
        if unit is not None and self.can_edit:
            self._open(
                UnitEditor(
                    self.context, UnitEditMode.RENAME, self._all_units, unit=unit, parent=self
                )
            )

    def move_unit(self) -> None:
        unit = self._selected_unit()
        if unit is None or not self.can_edit:
            return
        below = frozenset(_descendants(self._all_units, unit.id))
        self._open(
            UnitEditor(
                self.context,
                UnitEditMode.MOVE,
                self._all_units,
                unit=unit,
                excluded=below,
                parent=self,
            )
        )

    def _saved(self, editor: UnitEditor) -> None:
        if editor.saved_id is None:
            return
        self.status_message.emit(self.tr("Police unit saved."))
        self.records_changed.emit()  # the events page lists units as organisers
        self._wanted = editor.saved_id
        self.refresh()

    # -- text and state --------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.model.retranslate()
        if self.loaded:
            self._update_count()

    def save_state(self, settings: QSettings) -> None:
        settings.setValue(self.state_key("header"), self.tree.header().saveState())

    def restore_state(self, settings: QSettings) -> None:
        state = settings.value(self.state_key("header"))
        if isinstance(state, QByteArray):
            self.tree.header().restoreState(state)


def _descendants(all_units: list[UnitView], unit_id: int) -> set[int]:
    below = {unit_id}
    changed = True
    while changed:
        changed = False
        for unit in all_units:
            if unit.parent_id in below and unit.id not in below:
                below.add(unit.id)
                changed = True
    return below
