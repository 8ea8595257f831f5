"""Which language the desk speaks, and the Qt translators that make it speak it.

Source strings in the code and the forms are English; ``resources/translations/accred_vi.ts`` carries
the Vietnamese (the default) and ``accred_en.ts`` the English wording (plural forms, and the place to
polish English without touching code). Domain errors are not translated here: they come from the
core's own bilingual catalogue through ``AccredError.message(locale)``, so widgets ask
:func:`current_locale`.

Switching language live: :func:`switch_language` replaces the translators; Qt then sends every
widget a ``LanguageChange`` event, on which each form re-runs its ``retranslateUi`` and each page
re-labels what its code set (see ``pages/base.py``).
"""

from __future__ import annotations

import os

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from accred_app import config, paths

TRANSLATION_BASENAME = "accred"
LOCALES = ("vi", "en")

_installed: list[QTranslator] = []
_locale: str = config.ui_locale()


def current_locale() -> str:
    """``"vi"`` or ``"en"``: the language of the translators installed last."""
    return _locale


def startup_locale() -> str:
    """``ACCRED_LOCALE`` when set, else the language the officer chose last time, else Vietnamese."""
    if os.environ.get(config.LOCALE_ENV):
        return config.ui_locale()
    from accred_app.gui.settings import stored_language

    return stored_language() or "vi"


def install_translators(app: QCoreApplication, locale: str) -> list[str]:
    """Replace the installed translators with those for ``locale``; returns what was loaded.

    Vietnamese also loads Qt's own ``qtbase_vi`` when the Qt build ships it (standard buttons,
    context menus).
    """
    global _locale
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    _locale = "en" if locale.startswith("en") else "vi"
    QLocale.setDefault(
        QLocale(QLocale.Language.English if _locale == "en" else QLocale.Language.Vietnamese)
    )
    candidates = [(f"{TRANSLATION_BASENAME}_{_locale}", str(paths.TRANSLATIONS_DIR))]
    if _locale == "vi":
        candidates.append(
            ("qtbase_vi", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
        )
    loaded: list[str] = []
    for name, folder in candidates:
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            _installed.append(translator)
            loaded.append(name)
    return loaded


def switch_language(locale: str) -> None:
    """Speak ``locale`` from now on, in every open window, and remember it for the next start."""
    from accred_app.gui.settings import LANGUAGE_KEY, desk_settings

    app = QCoreApplication.instance()
    if app is None:
        return
    install_translators(app, locale)
    desk_settings().setValue(LANGUAGE_KEY, _locale)
