"""The desk window's own settings: geometry, splitter and column state, last page, filters, language.

They live in an INI file in the user data folder (``ACCRED_DATA_DIR`` in tests, so a test never
writes into the real officer's settings); organisation data stays in the database settings the CLI
uses. Nothing here is needed to work: a missing or damaged file only means default layout.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings

from accred_app import config

SETTINGS_FILENAME = "desk.ini"
LANGUAGE_KEY = "language"


def desk_settings() -> QSettings:
    return QSettings(str(config.data_dir() / SETTINGS_FILENAME), QSettings.Format.IniFormat)


def stored_language() -> str | None:
    value = desk_settings().value(LANGUAGE_KEY)
    return value if value in ("vi", "en") else None
