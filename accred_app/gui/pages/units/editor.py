"""Adding a unit (at the top or under another), renaming it, or moving it under another parent."""

from __future__ import annotations

import enum
from typing import Any

from PySide6.QtWidgets import QDialogButtonBox

from accred_app.core.registry import units
from accred_app.core.registry.units import UnitView
from accred_app.gui import operations
from accred_app.gui.dialogs.base import FormDialog
from accred_app.gui.generated.ui_unit_editor import Ui_UnitEditor
from accred_app.gui.pages.base import DeskContext

TOP_LEVEL = 0  # the parent choice "no parent" (unit ids start at 1)


class UnitEditMode(enum.Enum):
    ADD = "add"
    RENAME = "rename"
    MOVE = "move"


class UnitEditor(FormDialog):
    """One dialog for the three changes: the fields a mode does not change are disabled."""

    def __init__(
        self,
        context: DeskContext,
        mode: UnitEditMode,
        all_units: list[UnitView],
        *,
        unit: UnitView | None = None,
        parent_id: int | None = None,
        excluded: frozenset[int] = frozenset(),
        parent: Any = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.mode = mode
        self.unit = unit
        self.saved_id: int | None = None
        self.ui = Ui_UnitEditor()
        self.ui.setupUi(self)
        ui = self.ui
        ui.parent_id.addItem("", TOP_LEVEL)
        for each in all_units:
            if each.id not in excluded:
                ui.parent_id.addItem("    " * each.depth + f"{each.name} ({each.code})", each.id)
        wanted = unit.parent_id if unit is not None else parent_id
        ui.parent_id.setCurrentIndex(max(ui.parent_id.findData(wanted or TOP_LEVEL), 0))
        if unit is not None:
            ui.name.setText(unit.name)
            ui.code.setText(unit.code)
        ui.name.setEnabled(mode is not UnitEditMode.MOVE)
        ui.code.setEnabled(mode is not UnitEditMode.MOVE)
        ui.parent_id.setEnabled(mode is not UnitEditMode.RENAME)
        ui.buttons.accepted.connect(self.submit)
        ui.buttons.rejected.connect(self.reject)
        self.save_button = ui.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setDefault(True)
        self.setup_form([ui.name, ui.code, ui.parent_id])
        self.retranslate()
        (ui.parent_id if mode is UnitEditMode.MOVE else ui.name).setFocus()

    def chosen_parent(self) -> int | None:
        value = self.ui.parent_id.currentData()
        return int(value) if value else None

    def submit(self) -> None:
        db, actor = self.context.db, self.context.actor
        name, code, parent_id = self.ui.name.text(), self.ui.code.text(), self.chosen_parent()
        unit_id = self.unit.id if self.unit is not None else 0
        if self.mode is UnitEditMode.ADD:
            work = lambda: units.add_unit(db, actor, name=name, code=code, parent_id=parent_id)  # noqa: E731
        elif self.mode is UnitEditMode.RENAME:
            work = lambda: units.rename_unit(db, actor, unit_id, name=name, code=code).id  # noqa: E731
        else:
            work = lambda: units.move_unit(db, actor, unit_id, parent_id).id  # noqa: E731
        self.set_busy(True)
        operations.run(
            self, work, success=self._done, failure=self.show_error,
            label=self.tr("Saving the unit…"),
        )  # fmt: skip

    def _done(self, unit_id: int) -> None:
        self.saved_id = unit_id
        self.saved()

    def retranslate(self) -> None:
        titles = {
            UnitEditMode.ADD: self.tr("New police unit"),
            UnitEditMode.RENAME: self.tr("Rename the unit"),
            UnitEditMode.MOVE: self.tr("Move the unit"),
        }
        self.setWindowTitle(titles[self.mode])
        self.ui.parent_id.setItemText(0, self.tr("(top level: no parent unit)"))
        self.save_button.setText(self.tr("&Save"))
        self.ui.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
