"""The shipped translations are complete and the committed ``.qm`` is what ``pyside6-lrelease``
makes from the committed ``.ts`` (a stale ``.qm`` would show yesterday's Vietnamese)."""

from __future__ import annotations

import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from accred_app import paths

TS_FILE = paths.TRANSLATIONS_DIR / "accred_vi.ts"
QM_FILE = paths.TRANSLATIONS_DIR / "accred_vi.qm"
GUI_SOURCES = sorted((paths.PACKAGE_DIR / "gui").rglob("*.py"))


def _tool(name: str) -> str:
    """``pyside6-<name>`` from PATH, else the copy inside the PySide6 package (Windows wheels)."""
    found = shutil.which(f"pyside6-{name}")
    if found:
        return found
    import PySide6

    folder = Path(PySide6.__file__).parent
    for candidate in (folder / name, folder / f"{name}.exe", folder / "Qt" / "libexec" / name):
        if candidate.is_file():
            return str(candidate)
    pytest.fail(f"pyside6-{name} is not installed (it comes with PySide6-Essentials)")
    raise AssertionError  # unreachable, for type checkers


def _messages(ts: Path) -> dict[tuple[str, str], str | None]:
    """``(context, source) -> translation`` (None when unfinished or empty)."""
    found: dict[tuple[str, str], str | None] = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            text = translation.text
            unfinished = translation.get("type") in {"unfinished", "obsolete", "vanished"}
            found[(name, message.findtext("source") or "")] = (
                None if unfinished or not (text or "").strip() else text
            )
    return found


def test_qm_is_up_to_date(tmp_path: Path) -> None:
    rebuilt = tmp_path / "accred_vi.qm"
    subprocess.run(
        [_tool("lrelease"), str(TS_FILE), "-qm", str(rebuilt)], check=True, capture_output=True
    )
    assert QM_FILE.read_bytes() == rebuilt.read_bytes(), (
        "resources/translations/accred_vi.qm is stale: run "
        "`pyside6-lrelease resources/translations/accred_vi.ts -qm resources/translations/accred_vi.qm`"
    )


def test_every_source_string_is_translated(tmp_path: Path) -> None:
    extracted = tmp_path / "extracted.ts"
    subprocess.run(
        [_tool("lupdate"), *map(str, GUI_SOURCES), "-no-obsolete", "-locations", "none",
         "-target-language", "vi_VN", "-ts", str(extracted)],
        check=True, capture_output=True,
    )  # fmt: skip
    in_code = set(_messages(extracted))
    shipped = _messages(TS_FILE)
    assert len(in_code) > 40
    missing = sorted(in_code - set(shipped))
    assert not missing, (
        f"strings missing from accred_vi.ts: {missing}; run pyside6-lupdate on accred_app/gui "
        "with -no-obsolete -locations none and translate them"
    )
    untranslated = sorted(key for key in in_code if shipped[key] is None)
    assert not untranslated, f"untranslated in accred_vi.ts: {untranslated}"
    stale = sorted(set(shipped) - in_code)
    assert not stale, f"accred_vi.ts keeps strings the code no longer uses: {stale}"


def test_placeholders_survive_translation() -> None:
    import re

    for (context, source), translation in _messages(TS_FILE).items():
        assert translation is not None
        fields = sorted(re.findall(r"\{\w*\}", source))
        assert sorted(re.findall(r"\{\w*\}", translation)) == fields, (context, source)
        assert source.count("&") == translation.count("&"), (context, source)


def test_translations_are_loaded_for_the_locale(desk_app: object) -> None:
    from PySide6.QtCore import QCoreApplication

    from accred_app.gui.i18n import current_locale, install_translators

    assert install_translators(desk_app, "vi")[0] == "accred_vi"  # type: ignore[arg-type]
    assert current_locale() == "vi"
    assert QCoreApplication.translate("Labels", "Blacklisted") == "Danh sách đen"
    assert install_translators(desk_app, "en") == []  # type: ignore[arg-type]
    assert current_locale() == "en"
    assert QCoreApplication.translate("Labels", "Blacklisted") == "Blacklisted"


def test_locale_comes_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    from accred_app import config

    monkeypatch.setenv("ACCRED_LOCALE", "en_GB")
    assert config.ui_locale() == "en"
    monkeypatch.delenv("ACCRED_LOCALE")
    assert config.ui_locale() == "vi"
