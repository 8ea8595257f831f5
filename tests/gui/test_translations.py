"""The shipped translations are complete in both languages, and the committed ``.qm`` files are what
``pyside6-lrelease`` makes from the committed ``.ts`` (a stale ``.qm`` would show yesterday's text).
The extraction and the build are the ones ``tools/build_gui.py`` runs."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest

LOCALES = ("vi", "en")


def _messages(ts: Path) -> dict[tuple[str, str], list[str] | None]:
    """``(context, source) -> translations`` (one, or the plural forms; None when unfinished)."""
    found: dict[tuple[str, str], list[str] | None] = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            if message.get("numerus") == "yes":
                texts = [form.text or "" for form in translation.iter("numerusform")]
            else:
                texts = [translation.text or ""]
            unfinished = translation.get("type") in {"unfinished", "obsolete", "vanished"}
            done = not unfinished and all(text.strip() for text in texts)
            found[(name, message.findtext("source") or "")] = texts if done else None
    return found


@pytest.mark.parametrize("locale", LOCALES)
def test_qm_is_up_to_date(tmp_path: Path, locale: str, build_gui: Any) -> None:
    rebuilt = tmp_path / f"accred_{locale}.qm"
    build_gui.release(build_gui.ts_file(locale), rebuilt)
    assert build_gui.qm_file(locale).read_bytes() == rebuilt.read_bytes(), (
        f"resources/translations/accred_{locale}.qm is stale: run `python tools/build_gui.py release`"
    )


@pytest.mark.parametrize("locale", LOCALES)
def test_every_source_string_is_translated(tmp_path: Path, locale: str, build_gui: Any) -> None:
    extracted = tmp_path / f"extracted_{locale}.ts"
    build_gui.extract_strings(extracted, locale)
    in_code = set(_messages(extracted))
    shipped = _messages(build_gui.ts_file(locale))
    assert len(in_code) > 200
    assert ("ReportersPage", "&Search:") in in_code  # the Designer forms are read too
    missing = sorted(in_code - set(shipped))
    assert not missing, (
        f"strings missing from accred_{locale}.ts: {missing}; run `python tools/build_gui.py "
        "strings` and translate them"
    )
    untranslated = sorted(key for key in in_code if shipped[key] is None)
    assert not untranslated, f"untranslated in accred_{locale}.ts: {untranslated}"
    stale = sorted(set(shipped) - in_code)
    assert not stale, f"accred_{locale}.ts keeps strings the code no longer uses: {stale}"


def _mnemonics(text: str) -> int:
    """Keyboard mnemonics in ``text``: ``&`` before a letter (``Sự kiện & địa điểm`` has none)."""
    return len(re.findall(r"&(?=[^\s&])", text))


@pytest.mark.parametrize("locale", LOCALES)
def test_placeholders_and_mnemonics_survive_translation(locale: str, build_gui: Any) -> None:
    for (context, source), translations in _messages(build_gui.ts_file(locale)).items():
        assert translations is not None
        fields = sorted(re.findall(r"\{\w*\}", source))
        for translation in translations:
            assert sorted(re.findall(r"\{\w*\}", translation)) == fields, (context, source)
            assert _mnemonics(source) == _mnemonics(translation), (context, source)
            assert ("%n" in source) == ("%n" in translation), (context, source)


def test_vietnamese_shows_no_english_word_of_the_source(build_gui: Any) -> None:
    """A Vietnamese translation that is only the English copied over is not a translation."""
    allowed = {"Email:", "&Email:", "dd/mm/yyyy", "{width} × {height} px"}
    for (context, source), translations in _messages(build_gui.ts_file("vi")).items():
        assert translations is not None
        if source in allowed or not re.search(r"[A-Za-z]{3,}", source):
            continue
        assert translations[0] != source or source in allowed, (context, source)


def test_translations_are_loaded_for_the_locale(desk_app: object) -> None:
    from PySide6.QtCore import QCoreApplication

    from accred_app.gui.i18n import current_locale, install_translators

    assert install_translators(desk_app, "vi")[0] == "accred_vi"  # type: ignore[arg-type]
    assert current_locale() == "vi"
    assert QCoreApplication.translate("Labels", "Blacklisted") == "Danh sách đen"
    assert QCoreApplication.translate("ReportersPage", "%n reporter(s)", None, 2) == "2 phóng viên"
    assert install_translators(desk_app, "en") == ["accred_en"]  # type: ignore[arg-type]
    assert current_locale() == "en"
    assert QCoreApplication.translate("Labels", "Blacklisted") == "Blacklisted"
    assert QCoreApplication.translate("ReportersPage", "%n reporter(s)", None, 1) == "1 reporter"
    assert QCoreApplication.translate("ReportersPage", "%n reporter(s)", None, 2) == "2 reporters"


def test_locale_comes_from_the_environment_then_the_last_choice(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from accred_app import config
    from accred_app.gui.i18n import startup_locale
    from accred_app.gui.settings import LANGUAGE_KEY, desk_settings

    monkeypatch.setenv("ACCRED_LOCALE", "en_GB")
    assert config.ui_locale() == "en"
    assert startup_locale() == "en"
    monkeypatch.delenv("ACCRED_LOCALE")
    assert config.ui_locale() == "vi"
    assert startup_locale() == "vi"
    desk_settings().setValue(LANGUAGE_KEY, "en")
    assert startup_locale() == "en"
