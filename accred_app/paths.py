"""Where the project's shipped files live (fonts, icons, translations, sounds, migrations, the user
guide).

Three ways the desk runs, each with its own place for them:

- a PyInstaller bundle: everything under ``sys._MEIPASS`` (``resources/``, ``docs/``), put there
  by ``packaging/accred.spec``;
- an installed wheel: ``resources/`` and ``docs/`` are packaged *inside* ``accred_app`` (the
  mapping in ``setup.py``), since a wheel installs nothing beside the package;
- a checkout or an editable install: the folders at the top of the source tree.
"""

from __future__ import annotations

import sys
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
BUNDLED_VERSION_FILENAME = "accred_version.txt"
"""Written into a PyInstaller bundle by ``packaging/accred.spec`` from ``pyproject.toml``."""


def bundle_dir() -> Path | None:
    """The unpacked PyInstaller bundle, when running frozen."""
    bundle = getattr(sys, "_MEIPASS", None)
    return Path(bundle) if bundle else None


def _shipped_dir(name: str) -> Path:
    bundle = bundle_dir()
    if bundle is not None:
        return bundle / name
    installed = PACKAGE_DIR / name
    if installed.is_dir():
        return installed
    return PACKAGE_DIR.parent / name


RESOURCES_DIR = _shipped_dir("resources")
FONTS_DIR = RESOURCES_DIR / "fonts"
ICONS_DIR = RESOURCES_DIR / "icons"
TRANSLATIONS_DIR = RESOURCES_DIR / "translations"
SOUNDS_DIR = RESOURCES_DIR / "sounds"
LICENSES_FILE = RESOURCES_DIR / "LICENSES.md"
APP_ICON = ICONS_DIR / "accred.svg"
DOCS_DIR = _shipped_dir("docs")
USER_GUIDE = DOCS_DIR / "huong-dan-su-dung.md"
MIGRATIONS_DIR = PACKAGE_DIR / "migrations"
