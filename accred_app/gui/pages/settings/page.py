"""Cài đặt — the settings: the organisation and office names printed on passes, the serial prefix and
how long personal data is kept (in the database, shared by every desk and the CLI); the language of
this window (switched at once); and which database this computer opens (kept in the user's config
folder, used from the next start).

Everyone signed in sees the page; only an administrator (``MANAGE_DATA``) may change the
organisation's settings or the database, and the core refuses anyone else anyway.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, NamedTuple

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError

from accred_app import config
from accred_app.core import validation
from accred_app.core.errors import AccredError, ValidationError
from accred_app.core.privacy import retention
from accred_app.core.roles import Permission
from accred_app.core.storage import opening
from accred_app.core.storage.db import to_url
from accred_app.core.storage.settings import Settings, get_settings, update_settings
from accred_app.gui import operations, prompts
from accred_app.gui.dialogs.base import FieldErrors
from accred_app.gui.generated.ui_settings_page import Ui_SettingsPage
from accred_app.gui.i18n import current_locale, switch_language
from accred_app.gui.pages.base import DeskContext, Page

TEXT_FIELDS = ("org_name", "office_name", "serial_prefix")
POSTGRESQL_DRIVER = "postgresql+psycopg"


class Stored(NamedTuple):
    settings: Settings
    retention_years: int


def read_settings(context: DeskContext) -> Stored:
    return Stored(get_settings(context.db), retention.retention_years(context.db))


def save_settings(context: DeskContext, values: dict[str, str], years: int) -> Stored:
    settings = update_settings(context.db, context.actor, **values)
    kept = retention.set_retention_years(context.db, context.actor, years)
    return Stored(settings, kept)


def postgresql_url(text: str) -> str | None:
    """A PostgreSQL address as the desk opens it (``postgresql+psycopg://…``), or None when
    ``text`` is not one (a server and a database name are needed)."""
    try:
        url = make_url(text.strip())
    except ArgumentError:
        return None
    if url.get_backend_name() != "postgresql" or not url.host or not url.database:
        return None
    return url.set(drivername=POSTGRESQL_DRIVER).render_as_string(hide_password=False)


def check_database_file(path: Path) -> str:
    """A file the desk can open as its database: ours, or empty (then it becomes ours)."""
    if not path.is_file():
        raise ValidationError("restore_not_valid", path=str(path), detail="không có tệp / no file")
    opening.refuse_another_programs_file(path)
    return str(path)


class SettingsPage(Page):
    page_id = "settings"
    title_source = str(QT_TRANSLATE_NOOP("Pages", "Settings"))
    icon_name = "settings"
    permission = Permission.READ

    def __init__(self, context: DeskContext, parent: Any = None) -> None:
        super().__init__(context, parent)
        self.ui = Ui_SettingsPage()
        self.ui.setupUi(self)
        ui = self.ui
        low, high = retention.RETENTION_RANGE
        ui.retention_years.setRange(low, high)
        self.errors = FieldErrors(self)
        self.stored: Stored | None = None
        self.may_change = context.can(Permission.MANAGE_DATA)
        for name in TEXT_FIELDS:
            getattr(ui, name).setReadOnly(not self.may_change)
            getattr(ui, name).returnPressed.connect(self.save)
        ui.retention_years.setReadOnly(not self.may_change)
        ui.saveButton.setVisible(self.may_change)
        ui.saveButton.clicked.connect(self.save)
        for button in (ui.chooseFileButton, ui.postgresButton, ui.defaultButton):
            button.setVisible(self.may_change)
        ui.chooseFileButton.clicked.connect(self.choose_database_file)
        ui.postgresButton.clicked.connect(self.choose_postgresql)
        ui.defaultButton.clicked.connect(lambda: self._use_database(None))
        ui.vietnamese.toggled.connect(lambda on: on and self._switch("vi"))
        ui.english.toggled.connect(lambda on: on and self._switch("en"))
        self._chosen_database: str | None = config.saved_database()
        self.setFocusProxy(ui.org_name)
        self._show_language()
        self.retranslate()

    # -- the organisation ---------------------------------------------------------------------------
    def refresh(self) -> None:
        context = self.context
        operations.run(self, lambda: read_settings(context), success=self._show, cancellable=True)

    def _show(self, stored: Stored) -> None:
        self.stored = stored
        ui = self.ui
        settings = stored.settings
        ui.org_name.setText(settings.org_name)
        ui.office_name.setText(settings.office_name)
        ui.serial_prefix.setText(settings.serial_prefix)
        ui.retention_years.setValue(stored.retention_years)
        self.errors.clear()

    def values(self) -> dict[str, str]:
        values = {name: getattr(self.ui, name).text().strip() for name in TEXT_FIELDS}
        values["serial_prefix"] = values["serial_prefix"].upper()
        return values

    def save(self) -> None:
        if not self.may_change:
            return
        values = self.values()
        problems: list[AccredError] = []
        for name, value in values.items():
            try:
                validation.required_text(value, name, limit=200)
            except ValidationError as error:
                problems.append(error)
        if problems:
            self.errors.show(problems)
            return
        self.errors.clear()
        years = self.ui.retention_years.value()
        context = self.context
        self.ui.saveButton.setEnabled(False)
        operations.run(
            self,
            lambda: save_settings(context, values, years),
            success=self._saved,
            failure=self._refused,
            label=self.tr("Saving the settings…"),
        )

    def _saved(self, stored: Stored) -> None:
        self.ui.saveButton.setEnabled(True)
        self._show(stored)
        self.status_message.emit(self.tr("Settings saved."))
        self.settings_changed.emit(stored.settings)

    def _refused(self, error: AccredError) -> None:
        self.ui.saveButton.setEnabled(True)
        self.errors.show([error])

    # -- the language ---------------------------------------------------------------------------------
    def _switch(self, locale: str) -> None:
        if locale != current_locale():
            switch_language(locale)

    def _show_language(self) -> None:
        english = current_locale() == "en"
        for button, on in ((self.ui.english, english), (self.ui.vietnamese, not english)):
            button.blockSignals(True)
            button.setChecked(on)
            button.blockSignals(False)

    # -- the database ---------------------------------------------------------------------------------
    def choose_database_file(self) -> None:
        chosen = prompts.choose_open_file(
            self,
            self.tr("Choose the database file"),
            [self.tr("Desk databases (*.sqlite *.db)"), self.tr("All files (*)")],
        )
        if chosen is None:
            return
        operations.run(
            self,
            lambda: check_database_file(chosen),
            success=self._use_database,
            failure=lambda error: prompts.tell_error(self, error),
        )

    def choose_postgresql(self) -> None:
        current = (
            self._chosen_database
            if self._chosen_database and "://" in self._chosen_database
            else ""
        )
        typed = prompts.ask_text(
            self,
            self.tr("PostgreSQL server"),
            self.tr(
                "The server's address, as the administrator of the server gives it, e.g. "
                "postgresql+psycopg://desk@10.0.0.5/accred"
            ),
            current or "postgresql+psycopg://",
        )
        if typed is None:
            return
        url = postgresql_url(typed)
        if url is None:
            prompts.tell(
                self,
                self.tr(
                    "“{text}” is not the address of a PostgreSQL database. It reads like "
                    "postgresql+psycopg://user@server/database."
                ).format(text=typed.strip()[:200]),
                error=True,
            )
            return
        self._use_database(url)

    def _use_database(self, target: str | None) -> None:
        try:
            config.save_database(target)
        except OSError as error:
            prompts.tell(self, str(error), error=True)
            return
        self._chosen_database = target
        self._show_database()
        self.status_message.emit(self.tr("Restart the desk to use the chosen database."))

    def _show_database(self) -> None:
        ui = self.ui
        ui.databaseLocation.setText(
            self.tr("This window uses {location}.").format(location=self.context.db.display_name)
        )
        origin = config.database_origin()
        chosen = self._chosen_database
        if origin in (config.FROM_OPTION, config.FROM_ENVIRONMENT):
            ui.databaseNote.setText(
                self.tr(
                    "It was chosen when the desk was started (a start-up option or the ACCRED_DB "
                    "setting of this computer), which comes before the choice made here."
                )
            )
            return
        if chosen is None:
            note = self.tr("The desk opens the default database, in the user's data folder.")
        else:
            note = self.tr("From the next start the desk opens {target}.").format(
                target=self._shown_target(chosen)
            )
        if to_url(config.database_target()) != self.context.db.url:
            note += " " + self.tr("Restart the desk to use it.")
        ui.databaseNote.setText(note)

    @staticmethod
    def _shown_target(target: str) -> str:
        if "://" in target:
            try:
                return make_url(target).render_as_string(hide_password=True)
            except ArgumentError:
                return target
        return target

    # -- text ---------------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.ui.organisationNote.setText(
            self.tr(
                "The names are printed on every pass and report; passes are numbered "
                "PREFIX-YEAR-NUMBER. After the retention period a reporter's personal data is "
                "anonymised by the purge."
            )
            if self.may_change
            else self.tr("Only an administrator can change these settings.")
        )
        self._show_database()
        self._show_language()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self._show_language()
