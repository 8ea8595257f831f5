"""Starting the desk: the QApplication, its fonts and translators, opening the database (with a
clear answer when it is locked, damaged or on a network share), first-run set-up, sign-in, window."""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QPushButton, QWidget

from accred_app import paths
from accred_app.core.database import open_database
from accred_app.core.errors import AccredError, DatabaseProblem
from accred_app.core.roles import Actor
from accred_app.core.security import officers
from accred_app.core.storage import backup
from accred_app.core.storage.db import Database
from accred_app.core.storage.settings import get_settings
from accred_app.gui.i18n import current_locale, install_translators, startup_locale

log = logging.getLogger(__name__)

MessageBoxFactory = Callable[[QWidget | None], QMessageBox]
"""Makes the message box the start-up asks its questions with; tests pass one that answers itself."""

BUNDLED_FONTS = ("NotoSans-Regular.ttf", "NotoSans-Bold.ttf")
FALLBACK_FAMILY = "Noto Sans"


def register_fonts(app: QApplication) -> None:
    """Register the bundled Noto Sans, and use it when the platform's default font cannot write
    Vietnamese (a bare offscreen or minimal Linux session would otherwise draw boxes)."""
    families: list[str] = []
    for name in BUNDLED_FONTS:
        path = paths.FONTS_DIR / name
        if path.is_file():
            font_id = QFontDatabase.addApplicationFont(str(path))
            if font_id >= 0:
                families.extend(QFontDatabase.applicationFontFamilies(font_id))
    default_family = app.font().family()
    writes_vietnamese = QFontDatabase.WritingSystem.Vietnamese in QFontDatabase.writingSystems(
        default_family
    )
    if not writes_vietnamese and FALLBACK_FAMILY in families:
        font = QFont(FALLBACK_FAMILY)
        font.setPointSizeF(app.font().pointSizeF())
        app.setFont(font)


def create_application(
    argv: Sequence[str] | None = None, locale: str | None = None
) -> QApplication:
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(list(argv or sys.argv))
    app.setApplicationName("accred_app")
    app.setOrganizationName("accred")
    register_fonts(app)
    install_translators(app, locale or startup_locale())
    return app


def open_desk_database(
    target: str,
    *,
    parent: QWidget | None = None,
    message_box: MessageBoxFactory = QMessageBox,
) -> Database | None:
    """Open (and migrate) the database and take the day's backup; None when it cannot be used.

    A damaged SQLite file is the one problem the desk can repair itself: it offers the newest
    backup, restores it (the damaged file is kept aside) and tries once more.
    """
    for attempt in range(2):
        try:
            db = open_database(target, before_migration=backup.backup_before_migration)
        except DatabaseProblem as problem:
            if (
                attempt == 0
                and problem.code == "db_corrupt"
                and _offer_restore(target, problem, parent, message_box)
            ):
                continue
            if problem.code != "db_corrupt":
                _tell(
                    message_box,
                    parent,
                    QMessageBox.Icon.Critical,
                    problem.message(current_locale()),
                )
            return None
        try:
            backup.daily_backup(db)
        except (AccredError, OSError) as error:  # a failed backup must not keep the desk closed
            log.warning("daily backup failed: %s", error)
        return db
    return None


def _tell(
    message_box: MessageBoxFactory, parent: QWidget | None, icon: QMessageBox.Icon, text: str
) -> None:
    box = message_box(parent)
    box.setWindowTitle(QCoreApplication.translate("Startup", "Press accreditation desk"))
    box.setIcon(icon)
    box.setText(text)
    _add_close_button(box)
    box.exec()


def _add_close_button(box: QMessageBox) -> QPushButton:
    """A "Close" button in the desk's language (Qt's own qtbase_vi is not shipped everywhere)."""
    button = box.addButton(
        QCoreApplication.translate("Startup", "Close"), QMessageBox.ButtonRole.RejectRole
    )
    box.setEscapeButton(button)
    return button


def _newest_backup(target: str) -> backup.BackupInfo | None:
    from accred_app.core.storage.db import create_database, to_url

    probe = create_database(to_url(target))  # no connection is made: only the path is needed
    try:
        if probe.path is None:
            return None
        found = backup.list_backups(probe)
        return found[0] if found else None
    except AccredError:
        return None
    finally:
        probe.dispose()


def _offer_restore(
    target: str,
    problem: DatabaseProblem,
    parent: QWidget | None,
    message_box: MessageBoxFactory,
) -> bool:
    """Ask to restore the newest backup; True when it was restored and opening may be retried."""
    newest = _newest_backup(target)
    box = message_box(parent)
    box.setWindowTitle(QCoreApplication.translate("Startup", "Press accreditation desk"))
    box.setIcon(QMessageBox.Icon.Critical)
    box.setText(problem.message(current_locale()))
    if newest is None:
        box.setInformativeText(
            QCoreApplication.translate("Startup", "No backup of this database was found.")
        )
        _add_close_button(box)
        box.exec()
        return False
    box.setInformativeText(
        QCoreApplication.translate(
            "Startup", "Restore the newest backup, {name} ({time})? The damaged file is kept aside."
        ).format(name=newest.path.name, time=newest.created.strftime("%H:%M %d/%m/%Y"))
    )
    restore_button = box.addButton(
        QCoreApplication.translate("Startup", "Restore backup"), QMessageBox.ButtonRole.AcceptRole
    )
    close_button = _add_close_button(box)
    box.setDefaultButton(restore_button)
    box.setEscapeButton(close_button)
    box.exec()
    if box.clickedButton() is not restore_button:
        return False
    try:
        kept = backup.restore(target, newest.path)
    except AccredError as error:
        _tell(message_box, parent, QMessageBox.Icon.Critical, error.message(current_locale()))
        return False
    _tell(
        message_box,
        parent,
        QMessageBox.Icon.Information,
        QCoreApplication.translate(
            "Startup", "The backup was restored. The damaged file was kept as {path}."
        ).format(path=kept),
    )
    return True


def sign_in(db: Database, parent: QWidget | None = None) -> Actor | None:
    """First-run set-up when needed, then the sign-in dialog; the signed-in actor or None."""
    from accred_app.gui.dialogs.first_run import FirstRunDialog
    from accred_app.gui.dialogs.sign_in import SignInDialog

    username = ""
    if not officers.has_officers(db):
        first_run = FirstRunDialog(db, parent)
        if first_run.exec() != QDialog.DialogCode.Accepted:
            return None
        username = first_run.created_username or ""
    dialog = SignInDialog(db, parent, org_name=get_settings(db).org_name, username=username)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.actor


def run(target: str, argv: Sequence[str] | None = None) -> int:
    """The whole desktop session; returns the process exit code."""
    from accred_app.gui.main_window import MainWindow

    app = create_application(argv)
    db = open_desk_database(target)
    if db is None:
        return 1
    try:
        actor = sign_in(db)
        if actor is None:
            return 0
        window = MainWindow(db, actor)
        window.show()
        return app.exec()
    finally:
        db.dispose()
