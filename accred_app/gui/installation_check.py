"""``accred-desk --check-installation``: after installing the desk on an office computer, start it
as an officer would — fonts, translations, the database, the first window — then close it and say
what was found, without signing in or changing anything but creating an empty database where there
was none (as the first start would).

For the office's IT staff (and the bundle's smoke test, ``packaging/smoke_test.py``): a bundle that
lacks a Qt plugin, a font or a translation fails here, in a minute, rather than in front of the
officer. The report goes to the terminal; a Windows desk (no console) shows it in a message box.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEventLoop, QTimer
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QApplication

from accred_app import about, paths
from accred_app.core.database import open_database
from accred_app.core.errors import AccredError
from accred_app.core.security import officers
from accred_app.gui import prompts
from accred_app.gui.app import BUNDLED_FONTS, create_application, first_dialog
from accred_app.gui.dialogs.about import app_icon
from accred_app.gui.i18n import LOCALES, TRANSLATION_BASENAME, current_locale
from accred_app.gui.opening import Opened, OpeningCheck

REPORT = (
    QT_TRANSLATE_NOOP("InstallationCheck", "Press accreditation desk {version}"),
    QT_TRANSLATE_NOOP("InstallationCheck", "Qt platform: {name}"),
    QT_TRANSLATE_NOOP("InstallationCheck", "the icons cannot be drawn ({path})"),
    QT_TRANSLATE_NOOP("InstallationCheck", "Icons: drawn"),
    QT_TRANSLATE_NOOP("InstallationCheck", "Fonts: {families}"),
    QT_TRANSLATE_NOOP("InstallationCheck", "the bundled fonts are missing ({folder})"),
    QT_TRANSLATE_NOOP("InstallationCheck", "Translations: {files}"),
    QT_TRANSLATE_NOOP("InstallationCheck", "translations are missing ({folder})"),
    QT_TRANSLATE_NOOP("InstallationCheck", "User guide: {path}"),
    QT_TRANSLATE_NOOP("InstallationCheck", "the user guide is missing ({path})"),
    QT_TRANSLATE_NOOP("InstallationCheck", "Database: {location}"),
    QT_TRANSLATE_NOOP("InstallationCheck", "Officers: set up (the sign-in comes first)"),
    QT_TRANSLATE_NOOP("InstallationCheck", "Officers: none yet (the first-run wizard comes first)"),
    QT_TRANSLATE_NOOP("InstallationCheck", "First window shown: {title}"),
    QT_TRANSLATE_NOOP("InstallationCheck", "the first window could not be shown"),
    QT_TRANSLATE_NOOP("InstallationCheck", "PROBLEM: {what}"),
    QT_TRANSLATE_NOOP("InstallationCheck", "Installation OK."),
    QT_TRANSLATE_NOOP("InstallationCheck", "Installation NOT OK."),
)
"""Every line the report can hold, marked for lupdate."""

SHOWN_FOR_MS = 300
"""How long the first window stays on screen: long enough for the window system to draw it."""


def _(text: str) -> str:
    """Only to shorten the lines: lupdate finds the strings through the QT_TRANSLATE_NOOP
    markers in ``REPORT``."""
    return QCoreApplication.translate("InstallationCheck", text)


def _fonts_found() -> list[str]:
    families: set[str] = set()
    for name in BUNDLED_FONTS:
        path = paths.FONTS_DIR / name
        if path.is_file():
            families.update(
                QFontDatabase.applicationFontFamilies(QFontDatabase.addApplicationFont(str(path)))
            )
    return sorted(families)


def _show_first_window(opened: Opened) -> str:
    """Show the window the officer would see first, let it be drawn, close it; its title."""
    dialog = first_dialog(opened)
    dialog.show()
    loop = QEventLoop()
    QTimer.singleShot(SHOWN_FOR_MS, loop.quit)
    loop.exec()
    shown = dialog.isVisible() and dialog.windowHandle() is not None
    title = dialog.windowTitle()
    dialog.close()
    dialog.deleteLater()
    return title if shown else ""


def run_check(target: str, argv: Sequence[str]) -> int:
    app: QApplication = create_application(argv)
    problems: list[str] = []
    lines = [
        _("Press accreditation desk {version}").format(version=about.app_version()),
        _("Qt platform: {name}").format(name=app.platformName()),
    ]
    # the SVG icons need Qt's svg plugins: a bundle without them shows blank buttons
    if app_icon().pixmap(32, 32).isNull():
        problems.append(_("the icons cannot be drawn ({path})").format(path=paths.APP_ICON))
    else:
        lines.append(_("Icons: drawn"))
    fonts = _fonts_found()
    lines.append(_("Fonts: {families}").format(families=", ".join(fonts) or "—"))
    if not fonts:
        problems.append(
            _("the bundled fonts are missing ({folder})").format(folder=paths.FONTS_DIR)
        )
    translations = [
        f"{TRANSLATION_BASENAME}_{locale}.qm"
        for locale in LOCALES
        if (paths.TRANSLATIONS_DIR / f"{TRANSLATION_BASENAME}_{locale}.qm").is_file()
    ]
    lines.append(_("Translations: {files}").format(files=", ".join(translations) or "—"))
    if len(translations) != len(LOCALES):
        problems.append(
            _("translations are missing ({folder})").format(folder=paths.TRANSLATIONS_DIR)
        )
    if paths.USER_GUIDE.is_file():
        lines.append(_("User guide: {path}").format(path=paths.USER_GUIDE))
    else:
        problems.append(_("the user guide is missing ({path})").format(path=paths.USER_GUIDE))
    try:
        db = open_database(target)
    except AccredError as problem:
        problems.append(problem.message(current_locale()))
    else:
        opened = Opened(target, db, OpeningCheck(db, check=False, daily_backup=False).start())
        try:
            lines.append(_("Database: {location}").format(location=db.display_name))
            lines.append(
                _("Officers: set up (the sign-in comes first)")
                if officers.has_officers(db)
                else _("Officers: none yet (the first-run wizard comes first)")
            )
            title = _show_first_window(opened)
            if title:
                lines.append(_("First window shown: {title}").format(title=title))
            else:
                problems.append(_("the first window could not be shown"))
        finally:
            opened.close()
    lines.extend(_("PROBLEM: {what}").format(what=what) for what in problems)
    lines.append(_("Installation OK.") if not problems else _("Installation NOT OK."))
    report = "\n".join(lines)
    if sys.stdout is not None:
        print(report, flush=True)
    else:  # a windowed executable has no console
        prompts.tell(None, report, error=bool(problems))
    return 0 if not problems else 1
