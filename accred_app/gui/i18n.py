"""Which language the desk speaks, and the Qt translators that make it speak it.

Source strings in the code are English; ``resources/translations/accred_vi.ts`` carries the
Vietnamese (the default). Domain errors are not translated here: they come from the core's own
bilingual catalogue through ``AccredError.message(locale)``, so widgets ask :func:`current_locale`.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from accred_app import config, paths

TRANSLATION_BASENAME = "accred"

_installed: list[QTranslator] = []
_locale: str = config.ui_locale()


def current_locale() -> str:
    """``"vi"`` or ``"en"``: the language of the translators installed last."""
    return _locale


def install_translators(app: QCoreApplication, locale: str) -> list[str]:
    """Replace the installed translators with those for ``locale``; returns what was loaded.

    Vietnamese loads our ``accred_vi.qm`` and Qt's own ``qtbase_vi`` when the Qt build ships it
    (standard buttons, context menus). English is the source language and needs no file.
    """
    global _locale
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    _locale = "en" if locale.startswith("en") else "vi"
    QLocale.setDefault(
        QLocale(QLocale.Language.English if _locale == "en" else QLocale.Language.Vietnamese)
    )
    loaded: list[str] = []
    if _locale == "en":
        return loaded
    candidates = (
        (f"{TRANSLATION_BASENAME}_vi", str(paths.TRANSLATIONS_DIR)),
        ("qtbase_vi", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
    )
    for name, folder in candidates:
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            _installed.append(translator)
            loaded.append(name)
    return loaded
