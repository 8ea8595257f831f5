"""What the About box says: the desk's version, and the licences of what ships with it.

Pure Python (no Qt), so a test and the bundle's smoke test can read the same facts the dialog
shows. The version comes from the installed package's metadata; a PyInstaller bundle carries that
metadata too (``copy_metadata`` in ``packaging/accred.spec``) and, should it be missing, the version
file the spec writes from ``pyproject.toml``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from importlib.metadata import PackageNotFoundError, metadata, version
from pathlib import Path

from accred_app import __version__, paths

DISTRIBUTION = "accred_app"

LIBRARIES: tuple[str, ...] = (
    "PySide6",
    "shiboken6",
    "SQLAlchemy",
    "alembic",
    "reportlab",
    "qrcode",
    "cryptography",
    "argon2-cffi",
    "zxing-cpp",
    "Pillow",
    "pillow-heif",
    "pypdfium2",
    "psycopg",
    "openpyxl",
    "python-calamine",
    "platformdirs",
    "tzdata",
)
"""The libraries the desk is built on, as their distributions are named (metadata look-up)."""

LICENCE_FALLBACKS = {"PySide6": "LGPL-3.0-only OR GPL-2.0-only OR GPL-3.0-only"}
"""PySide6's own metadata names no licence (its shiboken6 twin does, the same licence)."""

_LICENCE_CLASSIFIER = "License :: "


@dataclass(frozen=True, slots=True)
class LibraryLicence:
    name: str
    version: str  # "" when the library is not installed
    licence: str


@dataclass(frozen=True, slots=True)
class ResourceLicence:
    section: str  # "Fonts (`resources/fonts/`)", as LICENSES.md titles it
    files: str
    what: str
    licence: str


def app_version() -> str:
    """The installed package's version; in a bundle without its metadata, the version the build
    wrote from ``pyproject.toml``; else the number in the source."""
    try:
        return version(DISTRIBUTION)
    except PackageNotFoundError:
        pass
    bundle = paths.bundle_dir()
    if bundle is not None:
        try:
            written = (bundle / paths.BUNDLED_VERSION_FILENAME).read_text(encoding="utf-8")
        except OSError:
            written = ""
        if written.strip():
            return written.strip()
    return __version__


def _licence_of(distribution: str) -> str:
    fields = metadata(distribution)
    expression = (fields.get("License-Expression") or "").strip()
    if expression:
        return expression
    free_text = (fields.get("License") or "").strip()
    if free_text:
        # "BSD license (see license.txt for details), Copyright …": the name only
        first_line = free_text.splitlines()[0]
        name = re.split(r" \(|, Copyright", first_line, maxsplit=1)[0].strip()
        if name and len(name) <= 60:
            return name
    classifiers = [
        entry.split("::")[-1].strip()
        for entry in fields.get_all("Classifier") or []
        if entry.startswith(_LICENCE_CLASSIFIER) and "Proprietary" not in entry
    ]
    if classifiers:
        return ", ".join(classifiers)
    return LICENCE_FALLBACKS.get(distribution, "")


def library_licences(names: tuple[str, ...] = LIBRARIES) -> list[LibraryLicence]:
    """Name, version and licence of each library, from its installed metadata."""
    found: list[LibraryLicence] = []
    for name in names:
        try:
            number = version(name)
            licence = _licence_of(name) or LICENCE_FALLBACKS.get(name, "")
        except PackageNotFoundError:
            number, licence = "", LICENCE_FALLBACKS.get(name, "")
        found.append(LibraryLicence(name, number, licence))
    return found


def _cells(line: str) -> list[str]:
    return [cell.strip() for cell in line.strip().strip("|").split("|")]


def resource_licences(licences_file: Path | None = None) -> list[ResourceLicence]:
    """The rows of the tables in ``resources/LICENSES.md`` (fonts, icons, sounds): the record the
    project keeps of every file it did not write in code, read rather than repeated here."""
    path = licences_file or paths.LICENSES_FILE
    rows: list[ResourceLicence] = []
    section = ""
    header: list[str] | None = None
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("## "):
            section, header = line[3:].strip(), None
            continue
        if not line.lstrip().startswith("|"):
            header = None
            continue
        cells = _cells(line)
        if header is None:
            header = [cell.lower() for cell in cells]
            continue
        if all(set(cell) <= set("-: ") for cell in cells):
            continue  # the separator under the header
        named = dict(zip(header, cells, strict=False))
        rows.append(
            ResourceLicence(
                section=section,
                files=(named.get("file") or named.get("files") or cells[0]).replace("`", ""),
                what=named.get("what") or named.get("font") or named.get("sound") or "",
                licence=(named.get("licence") or named.get("license") or cells[-1]).replace(
                    "`", ""
                ),
            )
        )
    return rows
