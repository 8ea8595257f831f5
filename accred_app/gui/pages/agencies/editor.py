"""Adding or editing a press agency: agreement date and contacts, errors beside their fields."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QDialogButtonBox

from accred_app.core.registry import agencies, forms
from accred_app.core.registry.agencies import AgencyView
from accred_app.gui import operations
from accred_app.gui.dialogs.base import FormDialog
from accred_app.gui.generated.ui_agency_editor import Ui_AgencyEditor
from accred_app.gui.labels import AGENCY_KIND_LABELS, agency_kind_label, dmy
from accred_app.gui.pages.base import DeskContext

TEXT_FIELDS = ("name", "short_name", "agreement_signed_on", "contact_person", "phone", "email",
               "address")  # fmt: skip


class AgencyEditor(FormDialog):
    """``agency`` None adds a new one; ``saved_id`` is set once saved."""

    def __init__(self, context: DeskContext, agency: AgencyView | None = None, parent: Any = None):
        super().__init__(parent)
        self.context = context
        self.agency = agency
        self.saved_id: int | None = None
        self.ui = Ui_AgencyEditor()
        self.ui.setupUi(self)
        ui = self.ui
        for kind in AGENCY_KIND_LABELS:
            ui.kind.addItem("", kind)
        if agency is not None:
            ui.name.setText(agency.name)
            ui.short_name.setText(agency.short_name or "")
            ui.kind.setCurrentIndex(max(ui.kind.findData(agency.kind), 0))
            ui.agreement_signed_on.setText(dmy(agency.agreement_signed_on))
            ui.contact_person.setText(agency.contact_person or "")
            ui.phone.setText(agency.phone or "")
            ui.email.setText(agency.email or "")
            ui.address.setText(agency.address or "")
        else:
            ui.kind.setCurrentIndex(-1)
        ui.buttons.accepted.connect(self.submit)
        ui.buttons.rejected.connect(self.reject)
        self.save_button = ui.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setDefault(True)
        self.setup_form([getattr(ui, name) for name in TEXT_FIELDS] + [ui.kind])
        self.retranslate()
        ui.name.setFocus()

    def values(self) -> dict[str, object]:
        values: dict[str, object] = {
            name: getattr(self.ui, name).text().strip() or None for name in TEXT_FIELDS
        }
        values["kind"] = self.ui.kind.currentData()
        return values

    def submit(self) -> None:
        values = self.values()
        errors = forms.agency_errors(**values)  # type: ignore[arg-type]
        if errors:
            self.show_errors(errors)
            return
        db, actor, agency = self.context.db, self.context.actor, self.agency
        self.set_busy(True)
        if agency is None:
            work = lambda: agencies.add_agency(db, actor, **values)  # type: ignore[arg-type]  # noqa: E731
        else:
            agency_id = agency.id
            work = lambda: agencies.update_agency(db, actor, agency_id, **values).id  # noqa: E731
        operations.run(
            self,
            work,
            success=self._done,
            failure=self.show_error,
            label=self.tr("Saving the agency…"),
        )

    def _done(self, agency_id: int) -> None:
        self.saved_id = agency_id
        self.saved()

    def retranslate(self) -> None:
        ui = self.ui
        self.setWindowTitle(
            self.tr("New press agency")
            if self.agency is None
            else self.tr("Press agency: {name}").format(name=self.agency.name)
        )
        for index in range(ui.kind.count()):
            ui.kind.setItemText(index, agency_kind_label(str(ui.kind.itemData(index))))
        ui.kind.setPlaceholderText(self.tr("Choose the kind"))
        self.save_button.setText(self.tr("&Save"))
        ui.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
