"""Where the desk keeps its data and which database it opens.

The default is a SQLite file in the user data folder (platformdirs); ``--db`` or ``ACCRED_DB`` choose
another file or a ``postgresql+psycopg://`` URL when several desks share one database, and so does
the location chosen in the desk window's settings, kept in the user's config folder
(``desk.json``) for the next start of the window and of the ``accred`` command.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from platformdirs import user_config_dir, user_data_dir

from accred_app.core.storage.files import private_folder, write_private

APP_NAME = "accred_app"
APP_AUTHOR = "accred"
DB_ENV = "ACCRED_DB"
LOCALE_ENV = "ACCRED_LOCALE"
CONFIG_DIR_ENV = "ACCRED_CONFIG_DIR"
DEFAULT_DB_FILENAME = "accred.sqlite"
CONFIG_FILENAME = "desk.json"
DATABASE_KEY = "database"

FROM_OPTION = "option"
FROM_ENVIRONMENT = "environment"
FROM_SAVED = "saved"
FROM_DEFAULT = "default"


def data_dir() -> Path:
    """The user data folder; created on first use, owner-only (it holds the database)."""
    path = Path(os.environ.get("ACCRED_DATA_DIR") or user_data_dir(APP_NAME, APP_AUTHOR))
    return private_folder(path)


def default_database() -> str:
    return str(data_dir() / DEFAULT_DB_FILENAME)


def config_dir() -> Path:
    """The user's config folder (``ACCRED_CONFIG_DIR`` in tests), where the audit trail's heads
    seen at sign-in and the chosen database location are kept."""
    return Path(os.environ.get(CONFIG_DIR_ENV) or user_config_dir(APP_NAME, APP_AUTHOR))


def _config_file() -> Path:
    return config_dir() / CONFIG_FILENAME


def _read_config() -> dict[str, object]:
    try:
        document = json.loads(_config_file().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}  # missing or damaged: the defaults hold
    return document if isinstance(document, dict) else {}


def saved_database() -> str | None:
    """The database location chosen in the desk window's settings, if any."""
    value = _read_config().get(DATABASE_KEY)
    return value if isinstance(value, str) and value.strip() else None


def save_database(target: str | None) -> None:
    """Remember ``target`` (a SQLite path or a PostgreSQL URL) for the next start; None goes back
    to the default. The file is owner-only: a URL may carry a password."""
    document = _read_config()
    if target:
        document[DATABASE_KEY] = target
    else:
        document.pop(DATABASE_KEY, None)
    private_folder(config_dir())
    text = json.dumps(document, ensure_ascii=False, indent=2) + "\n"
    write_private(_config_file(), text.encode("utf-8"))


def database_origin(explicit: str | None = None) -> str:
    """Where :func:`database_target` takes the database from: ``option``, ``environment``,
    ``saved`` (the window's settings) or ``default``."""
    if explicit:
        return FROM_OPTION
    if os.environ.get(DB_ENV):
        return FROM_ENVIRONMENT
    if saved_database():
        return FROM_SAVED
    return FROM_DEFAULT


def database_target(explicit: str | None = None) -> str:
    """The database to open: explicit argument, then ``ACCRED_DB``, then the location saved in the
    window's settings, then the default file."""
    return explicit or os.environ.get(DB_ENV) or saved_database() or default_database()


def ui_locale() -> str:
    value = (os.environ.get(LOCALE_ENV) or "vi").lower()
    return "en" if value.startswith("en") else "vi"
