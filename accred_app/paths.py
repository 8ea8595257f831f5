"""Where the project's shipped files live (fonts, icons, translations, migrations).

Resolved relative to the source tree so that an editable install, a plain checkout and a PyInstaller
bundle (``sys._MEIPASS``) all find the same folders.
"""

from __future__ import annotations

import sys
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent


def _resources_dir() -> Path:
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    return PACKAGE_DIR.parent / "resources"


RESOURCES_DIR = _resources_dir()
FONTS_DIR = RESOURCES_DIR / "fonts"
ICONS_DIR = RESOURCES_DIR / "icons"
TRANSLATIONS_DIR = RESOURCES_DIR / "translations"
SOUNDS_DIR = RESOURCES_DIR / "sounds"
MIGRATIONS_DIR = PACKAGE_DIR / "migrations"
