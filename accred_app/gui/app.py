"""Starting the desk: the QApplication, its fonts and translators, opening the database (with a
clear answer when it is locked, damaged or on a network share — ``gui/opening.py``), first-run
set-up, sign-in, the window; and, after a restore, the same again on the restored data."""

from __future__ import annotations

import gc
import logging
import sys
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QObject, QTimer
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from accred_app import paths
from accred_app.core.errors import AccredError
from accred_app.core.roles import Actor
from accred_app.core.security import officers
from accred_app.core.storage.settings import get_settings
from accred_app.gui import prompts
from accred_app.gui.dialogs.about import app_icon
from accred_app.gui.i18n import install_translators, startup_locale
from accred_app.gui.opening import Opened, offer_restore, open_for_sign_in

log = logging.getLogger(__name__)

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


def collect_garbage_if_due() -> int | None:
    """Run the generation of Python's cycle collector that its thresholds say is due, here (the
    GUI thread); the generation collected, or None when nothing was due."""
    threshold, count = gc.get_threshold(), gc.get_count()
    if count[0] <= threshold[0]:
        return None
    generation = 0
    if count[1] > threshold[1]:
        generation = 2 if count[2] > threshold[2] else 1
    gc.collect(generation)
    return generation


class GuiThreadCollector(QObject):
    """Python's cycle collector, run on the GUI thread only.

    Left automatic, the collector runs in whichever thread allocates past its threshold: a
    worker's (a sign-in, a report, the day's backup) may then free the last reference to a Qt
    object that lives on the GUI thread, and deleting it from there can crash the process (seen
    as rare segfaults inside the collector). So automatic collection is off while the application
    runs, and this timer collects on the GUI thread what would have been collected — the way Anki
    keeps PyQt's objects safe."""

    INTERVAL_MS = 500

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.setObjectName("gui-thread-collector")
        self._timer = QTimer(self)
        self._timer.setInterval(self.INTERVAL_MS)
        self._timer.timeout.connect(collect_garbage_if_due)
        self._timer.start()


def collect_on_gui_thread(app: QApplication) -> GuiThreadCollector:
    """Turn automatic collection off and let the GUI thread's timer collect (once per app)."""
    collector = app.findChild(GuiThreadCollector, "gui-thread-collector")
    if collector is None:
        collector = GuiThreadCollector(app)
    gc.disable()
    return collector


def create_application(
    argv: Sequence[str] | None = None, locale: str | None = None
) -> QApplication:
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(list(argv or sys.argv))
    collect_on_gui_thread(app)
    app.setApplicationName("accred_app")
    app.setOrganizationName("accred")
    app.setDesktopFileName("accred-desk")  # packaging/linux/accred-desk.desktop: its icon, its name
    app.setWindowIcon(app_icon())
    register_fonts(app)
    install_translators(app, locale or startup_locale())
    return app


def first_dialog(opened: Opened, parent: QWidget | None = None) -> QDialog:
    """What the desk shows first: the first-run wizard on a database without officers, else the
    sign-in dialog (a second start goes straight to it)."""
    from accred_app.gui.dialogs.sign_in import SignInDialog

    db = opened.db
    if not officers.has_officers(db):
        # imported only here: the wizard brings the demonstration data (and Pillow) with it
        from accred_app.gui.dialogs.first_run import FirstRunWizard

        return FirstRunWizard(db, parent, check=opened.check)
    return SignInDialog(db, parent, org_name=get_settings(db).org_name, check=opened.check)


def keep_start_up_objects() -> None:
    """Tell Python's collector that what exists once the window is open stays for the session.

    The desk's libraries leave about 100,000 objects the collector tracks (functions, classes,
    dictionaries of Qt, SQLAlchemy, the core). Every full collection walks all of them: on the
    office's small computers, a 100–250 ms freeze while the officer scrolls a long list.
    ``gc.freeze`` moves them out of the collector's sight once and for all; what the session makes
    afterwards is collected as usual (measured by ``benchmarks/bench_desk.py``).
    """
    gc.freeze()


SignInOutcome = Actor | AccredError | None
"""The signed-in officer, the problem that ended the sign-in (a damaged file), or None (the officer
closed the dialog)."""


def sign_in(opened: Opened, parent: QWidget | None = None) -> SignInOutcome:
    """First-run set-up when needed, then the sign-in dialog."""
    from accred_app.gui.dialogs.sign_in import SignInDialog

    try:
        dialog = first_dialog(opened, parent)
    except AccredError as problem:
        return problem
    if not isinstance(dialog, SignInDialog):
        from accred_app.gui.dialogs.first_run import FirstRunWizard

        assert isinstance(dialog, FirstRunWizard)
        dialog.exec()  # once the administrator exists, signing in follows however it closed
        if dialog.damaged is not None:
            return dialog.damaged
        if dialog.created_username is None:
            return None  # closed before anything was set up
        dialog = SignInDialog(
            opened.db,
            parent,
            org_name=get_settings(opened.db).org_name,
            username=dialog.created_username,
            check=opened.check,
        )
    assert isinstance(dialog, SignInDialog)
    if dialog.exec() == QDialog.DialogCode.Accepted:
        return dialog.actor
    return dialog.damaged


class DeskSession(QObject):
    """The desk from start to quit: open, sign in, the window; after a restore, close the window
    and the database and go through it all again on the restored file."""

    def __init__(self, target: str, app: QApplication) -> None:
        super().__init__()
        self.target = target
        self.app = app
        self.opened: Opened | None = None
        self.window: QWidget | None = None
        self.failed = False  # the database could not be used (the officer was told why)

    def start(self) -> bool:
        """True once a window is on screen; False when the officer gave up or the database
        cannot be used (already told)."""
        from accred_app.gui.main_window import MainWindow

        for _attempt in range(3):
            opened = open_for_sign_in(self.target)
            if opened is None:
                self.failed = True
                return False
            outcome = sign_in(opened)
            if isinstance(outcome, Actor):
                self.opened = opened
                window = MainWindow(opened.db, outcome)
                window.database_replaced.connect(self.reopen)
                self.window = window
                window.show()
                keep_start_up_objects()
                return True
            opened.close()
            if outcome is None:
                return False
            if outcome.code != "db_corrupt" or not offer_restore(self.target, outcome, None):
                if outcome.code != "db_corrupt":
                    prompts.tell_error(None, outcome)
                return False
        return False

    def reopen(self, what_happened: str) -> None:
        """The database was replaced under the window: sign in again on the restored data."""
        self.app.setQuitOnLastWindowClosed(False)
        try:
            if self.window is not None:
                self.window.close()
                self.window.deleteLater()
                self.window = None
            if self.opened is not None:
                self.opened.close()
                self.opened = None
            gc.unfreeze()  # the closed window's objects may go now
            gc.collect()
            prompts.tell(
                None,
                what_happened
                + "\n"
                + QCoreApplication.translate("Startup", "Sign in again to work on it."),
            )
            if not self.start():
                self.app.quit()
        finally:
            self.app.setQuitOnLastWindowClosed(True)

    def close(self) -> None:
        if self.opened is not None:
            self.opened.close()
            self.opened = None


def run(target: str, argv: Sequence[str] | None = None) -> int:
    """The whole desktop session; returns the process exit code."""
    app = create_application(argv)
    session = DeskSession(target, app)
    try:
        if not session.start():
            return 1 if session.failed else 0
        return app.exec()
    finally:
        session.close()
