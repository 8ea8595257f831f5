"""Where the desk keeps its data and which database it opens.

The default is a SQLite file in the user data folder (platformdirs); ``--db`` or ``ACCRED_DB`` choose
another file or a ``postgresql+psycopg://`` URL when several desks share one database.
"""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_data_dir

from accred_app.core.storage.files import private_folder

APP_NAME = "accred_app"
APP_AUTHOR = "accred"
DB_ENV = "ACCRED_DB"
LOCALE_ENV = "ACCRED_LOCALE"
DEFAULT_DB_FILENAME = "accred.sqlite"


def data_dir() -> Path:
    """The user data folder; created on first use, owner-only (it holds the database)."""
    path = Path(os.environ.get("ACCRED_DATA_DIR") or user_data_dir(APP_NAME, APP_AUTHOR))
    return private_folder(path)


def default_database() -> str:
    return str(data_dir() / DEFAULT_DB_FILENAME)


def database_target(explicit: str | None = None) -> str:
    """The database to open: explicit argument, then ``ACCRED_DB``, then the default file."""
    return explicit or os.environ.get(DB_ENV) or default_database()


def ui_locale() -> str:
    value = (os.environ.get(LOCALE_ENV) or "vi").lower()
    return "en" if value.startswith("en") else "vi"
