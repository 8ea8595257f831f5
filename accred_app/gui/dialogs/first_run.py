"""First run: a wizard sets up a database that has no officer yet — the organisation's names, the
first administrator, the recovery code (shown once; the officer must say it is written down before
going on), and an offer to load the demonstration data. It ends on the sign-in dialog.

The administrator is created when the officer leaves the second page (``installation.initialise``
on a worker: argon2id and the keys take a moment); from then on the installation exists, so the
wizard cannot go back, and it cannot be closed before the recovery code is acknowledged.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QTimer
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QWizard

from accred_app.core import validation
from accred_app.core.errors import AccredError, ValidationError
from accred_app.core.messages import render
from accred_app.core.models import Role
from accred_app.core.security import officers
from accred_app.core.setup import installation
from accred_app.core.storage.db import Database
from accred_app.core.storage.settings import get_settings
from accred_app.gui import operations
from accred_app.gui.dialogs.base import FieldErrors
from accred_app.gui.generated.ui_first_run import Ui_FirstRunWizard
from accred_app.gui.i18n import current_locale
from accred_app.gui.opening import OpeningCheck

ORGANISATION, ADMINISTRATOR, RECOVERY, READY = range(4)


class FirstRunWizard(QWizard):
    """``created_username`` is the administrator's, once made; ``damaged`` the problem when the
    opening check found the file damaged (the wizard then closes)."""

    def __init__(
        self, db: Database, parent: Any = None, *, check: OpeningCheck | None = None
    ) -> None:
        super().__init__(parent)
        self._db = db
        self._check = check
        self.created_username: str | None = None
        self.recovery_code: str | None = None
        self.damaged: AccredError | None = None
        self.demo_loaded = False
        self._password = ""
        self.ui = Ui_FirstRunWizard()
        self.ui.setupUi(self)
        ui = self.ui
        self.errors = FieldErrors(self)
        self.operation: operations.Operation | None = None
        settings = get_settings(db)
        ui.org_name.setText(settings.org_name)
        ui.office_name.setText(settings.office_name)
        ui.adminPage.setCommitPage(True)
        ui.recoveryPage.setCommitPage(True)
        self.recovery_view = ui.recoveryView
        ui.recoveryPage.registerField("acknowledged*", self.recovery_view.ui.acknowledged)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setOption(QWizard.WizardOption.HaveHelpButton, False)
        if check is not None:
            check.failed.connect(self._damaged)
            if check.checked and check.problem is not None:  # it ended before this dialog
                QTimer.singleShot(0, lambda problem=check.problem: self._damaged(problem))
        self.retranslate()
        ui.org_name.setFocus()

    # -- going from page to page ------------------------------------------------------------------
    def validateCurrentPage(self) -> bool:
        page = self.currentId()
        if page == ORGANISATION:
            return self._organisation_ok()
        if page == ADMINISTRATOR:
            if self.created_username is not None:
                return True
            self._create_administrator()
            return False  # the worker moves on when the administrator exists
        if page == RECOVERY:
            return self.recovery_view.acknowledged
        if page == READY and self.ui.loadDemo.isChecked() and not self.demo_loaded:
            self._load_demo()
            return False
        return True

    def _organisation_ok(self) -> bool:
        errors: list[AccredError] = []
        for field in ("org_name", "office_name"):
            try:
                validation.required_text(getattr(self.ui, field).text(), field, limit=200)
            except ValidationError as error:
                errors.append(error)
        self.errors.show(errors)
        return not errors

    def _create_administrator(self) -> None:
        ui = self.ui
        username, password = ui.username.text(), ui.password.text()
        errors = officers.officer_errors(
            username=username,
            full_name=ui.full_name.text(),
            role=Role.ADMIN.value,
            password=password,
            password_again=ui.password_again.text(),
        )
        if errors:
            self.errors.show(errors)
            return
        self.errors.clear()
        db, check = self._db, self._check
        values = {
            "org_name": ui.org_name.text(),
            "office_name": ui.office_name.text(),
            "admin_username": username,
            "admin_name": ui.full_name.text(),
            "admin_password": password,
        }

        def create() -> dict[str, object]:
            if check is not None:
                check.wait()  # nothing is written into a file not yet known to be sound
            return installation.initialise(db, **values)

        self._set_busy(True)
        self._password = password
        self.operation = operations.run(
            self,
            create,
            success=self._created,
            failure=self._refused,
            label=self.tr("Creating the administrator and the signing key…"),
        )

    def _created(self, result: dict[str, object]) -> None:
        self._set_busy(False)
        created = result.get("admin_created")
        self.created_username = str(created) if created else self.ui.username.text().strip()
        code = result.get("recovery_code")
        self.recovery_code = str(code) if code else None
        self.recovery_view.set_code(self.recovery_code or "", organisation=self.ui.org_name.text())
        self.setOption(QWizard.WizardOption.NoCancelButton, True)
        self.next()

    def _refused(self, error: AccredError) -> None:
        self._set_busy(False)
        if error.code.startswith("db_"):
            self._damaged(error)
            return
        self.errors.show([error])

    def _load_demo(self) -> None:
        db, username, password = self._db, self.created_username, self._password
        assert username is not None

        def load() -> dict[str, int]:
            from accred_app.core.setup import demo  # Pillow and the data set: only when asked

            actor = officers.authenticate(db, username, password)  # issuing needs the key
            return demo.load_demo(db, actor)

        self._set_busy(True)
        self.ui.demoError.clear_message()
        self.operation = operations.run(
            self,
            load,
            success=self._demo_done,
            failure=self._demo_failed,
            label=self.tr("Loading the demonstration data…"),
        )

    def _demo_done(self, _counts: dict[str, int]) -> None:
        self._set_busy(False)
        self.demo_loaded = True
        self.accept()

    def _demo_failed(self, error: AccredError) -> None:
        self._set_busy(False)
        self.ui.demoError.show_error(error)

    def _set_busy(self, busy: bool) -> None:
        self.currentPage().setEnabled(not busy)
        for which in (QWizard.WizardButton.NextButton, QWizard.WizardButton.FinishButton):
            button = self.button(which)
            if button is not None:
                button.setEnabled(not busy)

    def _damaged(self, problem: AccredError) -> None:
        """The opening check found the file damaged: the desk offers its backups instead."""
        self.damaged = problem
        if self.created_username is None:
            super().reject()

    # -- closing ----------------------------------------------------------------------------------
    def _may_close(self) -> bool:
        """Not while work runs, and not between making the recovery code and its acknowledgement
        (closing then would lose it: it is stored nowhere)."""
        if self.operation is not None and self.operation.is_running:
            return False
        return self.created_username is None or self.recovery_view.acknowledged

    def reject(self) -> None:
        if self._may_close():
            super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._may_close():
            event.ignore()
            return
        super().closeEvent(event)

    # -- text -------------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("&Next >"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< &Back"))
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Next >"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Finish"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Cancel"))
        self.ui.password.setPlaceholderText(
            self.tr("At least {count} characters").format(count=officers.MIN_PASSWORD_LENGTH)
        )
        self.recovery_view.ui.advice.setText(render("recovery_code_advice", current_locale()))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self.retranslate()
        super().changeEvent(event)
