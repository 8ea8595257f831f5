"""Regenerate what the desk window is built from: compiled forms, translation sources, .qm files.

    python tools/build_gui.py forms      # ui/*.ui -> accred_app/gui/generated/ui_*.py (pyside6-uic)
    python tools/build_gui.py strings    # refresh resources/translations/*.ts from the code (lupdate)
    python tools/build_gui.py release    # *.ts -> *.qm (pyside6-lrelease)
    python tools/build_gui.py all        # the three, in that order
    python tools/build_gui.py check      # exit 1 and name what is stale; changes nothing

``strings`` keeps existing translations and adds new source strings as unfinished: translate them
in Qt Linguist (``pyside6-linguist``) or the .ts file, then ``release``. The tests run the same
functions (tests/gui/test_forms.py, tests/gui/test_translations.py) and fail when anything is stale.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FORMS_DIR = ROOT / "ui"
GENERATED_DIR = ROOT / "accred_app" / "gui" / "generated"
TRANSLATIONS_DIR = ROOT / "resources" / "translations"
GUI_DIR = ROOT / "accred_app" / "gui"
LOCALES = {"vi": "vi_VN", "en": "en_GB"}

HEADER = (
    "# Generated from ui/{form} by tools/build_gui.py (pyside6-uic) — do not edit.\n"
    "# Change the form in Qt Designer (pyside6-designer ui/{form}), then run\n"
    "# `python tools/build_gui.py forms`.\n"
)


def tool(name: str) -> str:
    """``pyside6-<name>`` beside the running Python or on PATH, else inside the PySide6 package."""
    beside = Path(sys.executable).parent / f"pyside6-{name}"
    if beside.is_file():
        return str(beside)
    found = shutil.which(f"pyside6-{name}")
    if found:
        return found
    import PySide6

    folder = Path(PySide6.__file__).parent
    for candidate in (folder / name, folder / f"{name}.exe", folder / "Qt" / "libexec" / name):
        if candidate.is_file():
            return str(candidate)
    raise FileNotFoundError(f"pyside6-{name} is not installed (it comes with PySide6)")


def forms() -> list[Path]:
    return sorted(FORMS_DIR.glob("*.ui"))


def module_for(form: Path) -> Path:
    return GENERATED_DIR / f"ui_{form.stem}.py"


def compile_form(form: Path) -> str:
    """The module ``pyside6-uic`` makes of ``form``, with our header in place of uic's banner
    (whose Qt version line would make every upgrade look like a change)."""
    output = subprocess.run(
        [tool("uic"), "-g", "python", str(form)],
        check=True,
        capture_output=True,
        text=True,
        encoding="utf-8",
    ).stdout
    lines = output.splitlines(keepends=True)
    body_start = 0
    for index, line in enumerate(lines):
        if line.startswith("from ") or line.startswith("import "):
            body_start = index
            break
    return HEADER.format(form=form.name) + "\n" + "".join(lines[body_start:])


def stale_forms() -> list[str]:
    problems = []
    expected = {module_for(form): form for form in forms()}
    for module, form in expected.items():
        if not module.is_file():
            problems.append(f"{module.relative_to(ROOT)} is missing (from ui/{form.name})")
        elif module.read_text(encoding="utf-8") != compile_form(form):
            problems.append(f"{module.relative_to(ROOT)} differs from ui/{form.name}")
    for module in GENERATED_DIR.glob("ui_*.py"):
        if module not in expected:
            problems.append(f"{module.relative_to(ROOT)} has no form in ui/")
    return problems


def write_forms() -> None:
    GENERATED_DIR.mkdir(exist_ok=True)
    init = GENERATED_DIR / "__init__.py"
    if not init.exists():
        init.write_text(
            '"""Compiled Designer forms (tools/build_gui.py) — do not edit."""\n', encoding="utf-8"
        )
    expected = set()
    for form in forms():
        module = module_for(form)
        expected.add(module)
        module.write_text(compile_form(form), encoding="utf-8")
    for module in GENERATED_DIR.glob("ui_*.py"):
        if module not in expected:
            module.unlink()


def gui_sources() -> list[Path]:
    """What lupdate reads: the forms themselves (the compiled modules' ``u"…"`` strings are not
    recognised by lupdate) and the hand-written GUI code."""
    code = [path for path in GUI_DIR.rglob("*.py") if GENERATED_DIR not in path.parents]
    return forms() + sorted(code)


def ts_file(locale: str) -> Path:
    return TRANSLATIONS_DIR / f"accred_{locale}.ts"


def qm_file(locale: str) -> Path:
    return TRANSLATIONS_DIR / f"accred_{locale}.qm"


def extract_strings(ts: Path, locale: str) -> None:
    """Run lupdate over the GUI sources (compiled forms included) into ``ts``, keeping what it
    already translates and dropping strings the code no longer uses."""
    subprocess.run(
        [tool("lupdate"), *map(str, gui_sources()), "-no-obsolete", "-locations", "none",
         "-target-language", LOCALES[locale], "-ts", str(ts)],
        check=True, capture_output=True,
    )  # fmt: skip


def release(ts: Path, qm: Path) -> None:
    subprocess.run([tool("lrelease"), str(ts), "-qm", str(qm)], check=True, capture_output=True)


def stale_translations() -> list[str]:
    problems = []
    with tempfile.TemporaryDirectory() as folder:
        for locale in LOCALES:
            rebuilt = Path(folder) / f"accred_{locale}.qm"
            release(ts_file(locale), rebuilt)
            if (
                not qm_file(locale).is_file()
                or qm_file(locale).read_bytes() != rebuilt.read_bytes()
            ):
                problems.append(f"{qm_file(locale).relative_to(ROOT)} is stale")
    return problems


def main(argv: list[str]) -> int:
    command = argv[0] if argv else "all"
    if command in ("forms", "all"):
        write_forms()
    if command in ("strings", "all"):
        for locale in LOCALES:
            extract_strings(ts_file(locale), locale)
    if command in ("release", "all"):
        for locale in LOCALES:
            release(ts_file(locale), qm_file(locale))
    if command == "check":
        problems = stale_forms() + stale_translations()
        for problem in problems:
            print(problem)
        return 1 if problems else 0
    if command not in ("forms", "strings", "release", "all", "check"):
        print(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
