"""Adding or editing a reporter: every field the CLI has, the photo, errors beside their fields."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QDialogButtonBox

from accred_app.core.messages import render
from accred_app.core.registry import forms, reporters
from accred_app.core.registry.agencies import AgencyView
from accred_app.core.registry.reporters import ReporterView
from accred_app.gui import operations
from accred_app.gui.dialogs.base import FormDialog
from accred_app.gui.dialogs.photo import PhotoPicker, camera_state
from accred_app.gui.generated.ui_reporter_editor import Ui_ReporterEditor
from accred_app.gui.i18n import current_locale
from accred_app.gui.labels import (
    CONSENT_METHOD_LABELS,
    GENDER_LABELS,
    consent_method_label,
    dmy,
    gender_label,
)
from accred_app.gui.pages.base import DeskContext

TEXT_FIELDS = ("full_name", "position", "card_no", "card_expiry", "citizen_id", "phone", "email",
               "date_of_birth", "processing_purpose", "consent_given_on")  # fmt: skip


class ReporterEditor(FormDialog):
    """``reporter`` None adds a new one. Nothing is written until every field is right: the core's
    field checks run first (all errors at once), then the service (which may still refuse, e.g. a
    card number already used — shown beside that field too). ``saved_id`` is set on success."""

    def __init__(
        self,
        context: DeskContext,
        agencies: list[AgencyView],
        reporter: ReporterView | None = None,
        photo: bytes | None = None,
        parent: Any = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.reporter = reporter
        self.saved_id: int | None = None
        self.new_photo: bytes | None = None
        self.ui = Ui_ReporterEditor()
        self.ui.setupUi(self)
        ui = self.ui
        for agency in agencies:
            ui.agency_id.addItem(agency.name, agency.id)
        ui.gender.addItem("", None)
        for gender in GENDER_LABELS:
            ui.gender.addItem("", gender)
        ui.consent_method.addItem("", None)
        for method in CONSENT_METHOD_LABELS:
            ui.consent_method.addItem("", method)
        if reporter is not None:
            ui.full_name.setText(reporter.full_name)
            ui.position.setText(reporter.position or "")
            ui.card_no.setText(reporter.card_no)
            ui.card_expiry.setText(dmy(reporter.card_expiry))
            ui.citizen_id.setText(reporter.citizen_id or "")
            ui.phone.setText(reporter.phone or "")
            ui.email.setText(reporter.email or "")
            ui.date_of_birth.setText(dmy(reporter.date_of_birth))
            ui.gender.setCurrentIndex(max(ui.gender.findData(reporter.gender), 0))
            ui.notes.setPlainText(reporter.notes or "")
            ui.processing_purpose.setText(reporter.processing_purpose or "")
            ui.consent_given_on.setText(dmy(reporter.consent_given_on))
            ui.consent_method.setCurrentIndex(
                max(ui.consent_method.findData(reporter.consent_method), 0)
            )
            index = ui.agency_id.findData(reporter.agency_id)
            if index < 0:  # an agency the list no longer has: keep it selectable
                ui.agency_id.addItem(reporter.agency, reporter.agency_id)
                index = ui.agency_id.count() - 1
            ui.agency_id.setCurrentIndex(index)
        else:
            ui.agency_id.setCurrentIndex(-1)
        self._show_photo(photo)
        self.picker = PhotoPicker(self, self.set_photo)
        ui.photoFileButton.clicked.connect(self.picker.from_file)
        ui.cameraButton.clicked.connect(self.picker.from_camera)
        self.camera_available, self.camera_reason = camera_state()
        ui.buttons.accepted.connect(self.submit)
        ui.buttons.rejected.connect(self.reject)
        self.save_button = ui.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setDefault(True)
        self.setup_form(
            [getattr(ui, name) for name in TEXT_FIELDS]
            + [ui.agency_id, ui.gender, ui.notes, ui.consent_method]
        )
        self.retranslate()
        ui.full_name.setFocus()

    # -- values ------------------------------------------------------------------------------------
    def values(self) -> dict[str, object]:
        ui = self.ui
        values: dict[str, object] = {
            name: getattr(ui, name).text().strip() or None for name in TEXT_FIELDS
        }
        values["agency_id"] = ui.agency_id.currentData()
        values["gender"] = ui.gender.currentData()
        values["consent_method"] = ui.consent_method.currentData()
        # a record always states why the data is held: the desk's own purpose unless another
        values["processing_purpose"] = (
            values["processing_purpose"] or reporters.DEFAULT_PROCESSING_PURPOSE
        )
        values["notes"] = ui.notes.toPlainText().strip() or None
        return values

    def set_photo(self, jpeg: bytes) -> None:
        self.new_photo = jpeg
        self._show_photo(jpeg)
        self.mark_dirty()

    def _show_photo(self, jpeg: bytes | None) -> None:
        label = self.ui.photoPreview
        if not jpeg:
            label.setPixmap(QPixmap())
            label.setText(self.tr("No photo"))
            return
        pixmap = QPixmap()
        pixmap.loadFromData(jpeg)
        ratio = label.devicePixelRatioF()
        scaled = pixmap.scaled(
            label.size() * ratio,
            Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )
        scaled.setDevicePixelRatio(ratio)
        label.setPixmap(scaled)

    # -- saving ------------------------------------------------------------------------------------
    def submit(self) -> None:
        values = self.values()
        errors = forms.reporter_errors(**values)  # type: ignore[arg-type]
        if errors:
            self.show_errors(errors)
            return
        if self.errors is not None:
            self.errors.clear()
        db, actor, photo = self.context.db, self.context.actor, self.new_photo
        reporter = self.reporter
        self.set_busy(True)
        if reporter is None:
            operations.run(
                self,
                lambda: reporters.add_reporter(db, actor, photo=photo, **values),  # type: ignore[arg-type]
                success=self._done,
                failure=self.show_error,
                label=self.tr("Saving the reporter…"),
            )
        else:
            reporter_id = reporter.id
            operations.run(
                self,
                lambda: reporters.update_reporter(db, actor, reporter_id, photo=photo, **values).id,
                success=self._done,
                failure=self.show_error,
                label=self.tr("Saving the reporter…"),
            )

    def _done(self, reporter_id: int) -> None:
        self.saved_id = reporter_id
        self.saved()

    # -- text --------------------------------------------------------------------------------------
    def retranslate(self) -> None:
        ui = self.ui
        self.setWindowTitle(
            self.tr("New reporter")
            if self.reporter is None
            else self.tr("Reporter: {name}").format(name=self.reporter.full_name)
        )
        ui.gender.setItemText(0, self.tr("(not given)"))
        for index in range(1, ui.gender.count()):
            ui.gender.setItemText(index, gender_label(str(ui.gender.itemData(index))))
        ui.consent_method.setItemText(0, self.tr("(not recorded)"))
        for index in range(1, ui.consent_method.count()):
            method = str(ui.consent_method.itemData(index))
            ui.consent_method.setItemText(index, consent_method_label(method))
        ui.processing_purpose.setPlaceholderText(self.tr("the desk's own purpose"))
        ui.photoRule.setText(render("photo_rule", current_locale()))
        self.save_button.setText(self.tr("&Save"))
        ui.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.camera_available, self.camera_reason = camera_state()  # in the new language
        ui.cameraButton.setEnabled(self.camera_available)
        ui.cameraButton.setToolTip(self.camera_reason)
        ui.cameraNote.setText(self.camera_reason)
        ui.cameraNote.setVisible(not self.camera_available)
        if not ui.agency_id.count():
            ui.agency_id.setPlaceholderText(self.tr("Add a press agency first"))
        else:
            ui.agency_id.setPlaceholderText(self.tr("Choose the agency"))
        if ui.photoPreview.pixmap().isNull():
            ui.photoPreview.setText(self.tr("No photo"))
