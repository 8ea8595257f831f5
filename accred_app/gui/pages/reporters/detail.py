"""The right-hand side of the reporters page: one reporter's record, passes and history, and the
buttons that change them (add, edit, photo, status)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QAction, QPixmap
from PySide6.QtWidgets import QHeaderView, QMenu, QWidget

from accred_app.core.passes.issuing import PassView, list_passes
from accred_app.core.privacy.subject_export import SubjectExport, export_subject_data
from accred_app.core.registry import agencies, reporters
from accred_app.core.registry.agencies import AgencyView
from accred_app.core.registry.reporters import ReporterView
from accred_app.core.roles import Actor, Permission
from accred_app.core.security.audit import AuditLine
from accred_app.core.storage.db import Database
from accred_app.gui import operations, prompts
from accred_app.gui.dialogs.photo import PhotoPicker, camera_state
from accred_app.gui.generated.ui_reporters_page import Ui_ReportersPage
from accred_app.gui.labels import consent_method_label, dmy, gender_label, status_label
from accred_app.gui.models.history import SUMMARY as HISTORY_SUMMARY
from accred_app.gui.models.history import history_table_model, read_history
from accred_app.gui.models.passes import pass_table_model
from accred_app.gui.models.reporter_listing import today_in_vietnam
from accred_app.gui.models.reporters import EXPIRED_COLOUR, STATUS_COLOURS
from accred_app.gui.pages.base import DeskContext
from accred_app.gui.pages.passes.issue import IssuePassesDialog
from accred_app.gui.pages.reporters.editor import ReporterEditor
from accred_app.gui.pages.reporters.status import ReporterStatusDialog

HISTORY_TABLES = ("reporters", "reporter_photos")


def consent_text(reporter: ReporterView) -> str:
    """When and how the reporter consented to the processing of their data (Law 91/2025/QH15)."""
    parts = [dmy(reporter.consent_given_on)] if reporter.consent_given_on else []
    if reporter.consent_method:
        parts.append(consent_method_label(reporter.consent_method))
    if not parts:
        return QCoreApplication.translate("ReporterDetail", "Consent: not recorded")
    return QCoreApplication.translate("ReporterDetail", "Consent: {when_and_how}").format(
        when_and_how=", ".join(parts)
    )


@dataclass(frozen=True, slots=True)
class ReporterDetail:
    reporter: ReporterView
    photo: bytes | None
    passes: list[PassView]
    history: list[AuditLine]


def load_detail(db: Database, actor: Actor, reporter_id: int) -> ReporterDetail:
    """Everything the panel shows about one reporter (on a worker: several reads)."""
    return ReporterDetail(
        reporters.get_reporter(db, actor, reporter_id),
        reporters.get_photo(db, actor, reporter_id),
        list_passes(db, actor, reporter_id=reporter_id),
        read_history(db, actor, HISTORY_TABLES, reporter_id),
    )


class ReporterDetailPanel(QObject):
    changed = Signal(int)
    """A reporter was added or changed (its id): the list reads again."""

    status_message = Signal(str)

    def __init__(self, ui: Ui_ReportersPage, context: DeskContext, page: QWidget) -> None:
        super().__init__(page)
        self.ui = ui
        self.context = context
        self.page = page
        self.detail: ReporterDetail | None = None
        self.reporter_id: int | None = None
        self._generation = 0
        self._agencies: list[AgencyView] | None = None
        self.editor: ReporterEditor | None = None
        self.status_dialog: ReporterStatusDialog | None = None
        self.passes_model = pass_table_model(page)
        self.history_model = history_table_model(page)
        ui.passesTable.setModel(self.passes_model)
        ui.historyList.setModel(self.history_model)
        ui.historyList.setModelColumn(HISTORY_SUMMARY)
        ui.passesTable.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.picker = PhotoPicker(page, self._save_photo)
        self.photo_menu = QMenu(page)
        self.photo_menu.setToolTipsVisible(True)
        self.photo_from_file = QAction(page)
        self.photo_from_file.triggered.connect(self.picker.from_file)
        self.photo_from_camera = QAction(page)
        self.photo_from_camera.triggered.connect(self.picker.from_camera)
        self.photo_menu.addAction(self.photo_from_file)
        self.photo_menu.addAction(self.photo_from_camera)
        self.photo_menu.aboutToShow.connect(self._update_camera_action)
        ui.photoButton.setMenu(self.photo_menu)
        ui.editButton.clicked.connect(self.edit_reporter)
        ui.statusButton.clicked.connect(self.change_status)
        for button in (ui.editButton, ui.photoButton, ui.statusButton):
            button.setVisible(self._can_edit)
        self.issue_dialog: IssuePassesDialog | None = None
        self.print_dialog: QWidget | None = None
        ui.issuePassButton.clicked.connect(self.issue_pass)
        ui.issuePassButton.setVisible(context.can(Permission.ISSUE_PASSES))
        ui.issuePassButton.setEnabled(context.actor.holds_signing_key)
        ui.exportDataButton.clicked.connect(self.export_personal_data)
        ui.exportDataButton.setVisible(self.context.can(Permission.MANAGE_DATA))
        self.last_export: SubjectExport | None = None
        ui.detailStack.setCurrentWidget(ui.noSelection)

    @property
    def _can_edit(self) -> bool:
        return self.context.can(Permission.EDIT_REGISTRY)

    # -- showing -----------------------------------------------------------------------------------
    def show_reporter(self, reporter_id: int | None) -> None:
        self._generation += 1
        self.reporter_id = reporter_id
        if reporter_id is None:
            self.detail = None
            self.ui.detailStack.setCurrentWidget(self.ui.noSelection)
            return
        generation = self._generation
        db, actor = self.context.db, self.context.actor
        operations.run(
            self.page,
            lambda: load_detail(db, actor, reporter_id),
            success=lambda detail: self._fill(generation, detail),
            cancellable=True,
        )

    def reload(self) -> None:
        self.show_reporter(self.reporter_id)

    def _fill(self, generation: int, detail: ReporterDetail) -> None:
        if generation != self._generation:
            return
        self.detail = detail
        self._show_record()
        self.passes_model.set_rows(detail.passes)
        self.ui.passesStack.setCurrentWidget(
            self.ui.passesTable if detail.passes else self.ui.passesEmpty
        )
        self.history_model.set_rows(detail.history)
        self.ui.historyList.scrollToBottom()
        self.ui.detailStack.setCurrentWidget(self.ui.detailTabs)

    def _show_record(self) -> None:
        if self.detail is None:
            return
        ui, r = self.ui, self.detail.reporter
        ui.nameValue.setText(r.full_name)
        status = status_label(r.status)
        if r.status != "active" and r.status_reason:
            status += " — " + r.status_reason
        ui.statusValue.setText(status)
        colour = STATUS_COLOURS.get(r.status)
        ui.statusValue.setStyleSheet(f"color: {colour.name()};" if colour is not None else "")
        ui.agencyValue.setText(r.agency)
        ui.positionValue.setText(r.position or "—")
        ui.cardNoValue.setText(r.card_no)
        expired = r.card_expiry < today_in_vietnam()
        ui.cardExpiryValue.setText(
            dmy(r.card_expiry)
            + (" — " + QCoreApplication.translate("ReporterDetail", "expired") if expired else "")
        )
        ui.cardExpiryValue.setStyleSheet(f"color: {EXPIRED_COLOUR.name()};" if expired else "")
        ui.citizenIdValue.setText(r.citizen_id or "—")
        ui.phoneValue.setText(r.phone or "—")
        ui.emailValue.setText(r.email or "—")
        ui.birthDateValue.setText(dmy(r.date_of_birth) or "—")
        ui.genderValue.setText(gender_label(r.gender) if r.gender else "—")
        ui.notesValue.setText(r.notes or "—")
        ui.consentValue.setText(consent_text(r))
        photo = self.detail.photo
        if photo:
            pixmap = QPixmap()
            pixmap.loadFromData(photo)
            ratio = ui.photo.devicePixelRatioF()
            scaled = pixmap.scaled(
                ui.photo.size() * ratio,
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
            scaled.setDevicePixelRatio(ratio)
            ui.photo.setPixmap(scaled)
        else:
            ui.photo.setPixmap(QPixmap())
            ui.photo.setText(QCoreApplication.translate("ReporterDetail", "No photo"))

    def set_agencies(self, found: list[AgencyView] | None) -> None:
        self._agencies = found

    # -- changing ----------------------------------------------------------------------------------
    def _with_agencies(self, then: object) -> None:
        """Open an editor once the agency list is known (read on a worker when it is not)."""
        if self._agencies is not None:
            then()  # type: ignore[operator]
            return
        db, actor = self.context.db, self.context.actor

        def keep(found: list[AgencyView]) -> None:
            self._agencies = found
            then()  # type: ignore[operator]

        operations.run(self.page, lambda: agencies.list_agencies(db, actor), success=keep)

    def add_reporter(self) -> None:
        if self._can_edit:
            self._with_agencies(lambda: self._open_editor(None))

    def edit_reporter(self) -> None:
        if self._can_edit and self.detail is not None:
            self._with_agencies(lambda: self._open_editor(self.detail))

    def _open_editor(self, detail: ReporterDetail | None) -> None:
        editor = ReporterEditor(
            self.context,
            self._agencies or [],
            detail.reporter if detail else None,
            detail.photo if detail else None,
            self.page,
        )
        self.editor = editor
        editor.accepted.connect(
            lambda: self._saved(
                editor.saved_id, QCoreApplication.translate("ReporterDetail", "Reporter saved.")
            )
        )
        editor.open()

    def change_status(self) -> None:
        if not self._can_edit or self.detail is None:
            return
        dialog = ReporterStatusDialog(self.context, self.detail.reporter, self.page)
        self.status_dialog = dialog
        dialog.accepted.connect(
            lambda: self._saved(
                dialog.saved_id, QCoreApplication.translate("ReporterDetail", "Status saved.")
            )
        )
        dialog.open()

    def issue_pass(self) -> None:
        """One pass for the reporter on screen (the passes page issues batches)."""
        detail = self.detail
        if detail is None or not self.context.actor.holds_signing_key:
            return
        reporter = detail.reporter
        dialog = IssuePassesDialog(
            self.context, reporter=(reporter.id, reporter.full_name), parent=self.page
        )
        self.issue_dialog = dialog
        dialog.issued.connect(lambda serials: self._pass_issued(reporter.id, serials))
        dialog.open()

    def _pass_issued(self, reporter_id: int, serials: list[str]) -> None:
        self._saved(reporter_id, QCoreApplication.translate("ReporterDetail", "Pass issued."))
        self.ui.detailTabs.setCurrentWidget(self.ui.passesTab)
        if self.context.can(Permission.PRINT_PASSES) and prompts.confirm(
            self.page,
            QCoreApplication.translate("ReporterDetail", "Print the new pass now?"),
            yes=QCoreApplication.translate("ReporterDetail", "Print…"),
            no=QCoreApplication.translate("ReporterDetail", "Later"),
        ):
            from accred_app.gui.pages.passes.print_dialog import PrintPassesDialog

            dialog = PrintPassesDialog(self.context, serials, self.page)
            dialog.printed.connect(lambda _serials: self.changed.emit(reporter_id))
            self.print_dialog = dialog
            dialog.open()

    def _save_photo(self, jpeg: bytes) -> None:
        if self.reporter_id is None:
            return
        db, actor, reporter_id = self.context.db, self.context.actor, self.reporter_id
        operations.run(
            self.page,
            lambda: reporters.update_reporter(db, actor, reporter_id, photo=jpeg).id,
            success=lambda saved_id: self._saved(
                saved_id, QCoreApplication.translate("ReporterDetail", "Photo saved.")
            ),
            label=QCoreApplication.translate("ReporterDetail", "Saving the photo…"),
        )

    def export_personal_data(self) -> None:
        """Everything held about the reporter, as one file, for a data-subject request (admin)."""
        if self.detail is None or not self.context.can(Permission.MANAGE_DATA):
            return
        reporter = self.detail.reporter
        target = prompts.choose_save_file(
            self.page,
            QCoreApplication.translate("ReporterDetail", "Export everything about {name}").format(
                name=reporter.full_name
            ),
            QCoreApplication.translate("ReporterDetail", "personal-data-{id}.zip").format(
                id=reporter.id
            ),
            [QCoreApplication.translate("ReporterDetail", "ZIP archive (*.zip)")],
        )
        if target is None:
            return
        db, actor, reporter_id = self.context.db, self.context.actor, reporter.id
        operations.run(
            self.page,
            lambda: export_subject_data(db, actor, reporter_id, target),
            success=self._exported,
            label=QCoreApplication.translate("ReporterDetail", "Exporting the personal data…"),
        )

    def _exported(self, export: SubjectExport) -> None:
        self.last_export = export
        self.status_message.emit(
            QCoreApplication.translate(
                "ReporterDetail", "Personal data exported to {file} (the export is recorded)."
            ).format(file=export.path.name)
        )

    def _saved(self, reporter_id: int | None, note: str) -> None:
        if reporter_id is None:
            return
        self.status_message.emit(note)
        self.changed.emit(reporter_id)
        if reporter_id == self.reporter_id:
            self.reload()

    def _update_camera_action(self) -> None:
        """Asked when the menu opens, not at start-up: looking for cameras loads Qt Multimedia."""
        available, reason = camera_state()
        self.photo_from_camera.setEnabled(available)
        self.photo_from_camera.setToolTip(reason)

    # -- text --------------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.photo_from_file.setText(QCoreApplication.translate("ReporterDetail", "From a &file…"))
        self.photo_from_camera.setText(
            QCoreApplication.translate("ReporterDetail", "From the &webcam…")
        )
        self.passes_model.retranslate()
        self.history_model.retranslate()
        self._show_record()
