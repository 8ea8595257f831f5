"""Packaging: the Windows installer script (checked without Windows), the Linux desktop entry, the
app icon's raster forms, and the shipped files found where an installed package keeps them."""

from __future__ import annotations

import importlib.util
import json
import os
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path
from types import ModuleType

import pytest
from PIL import Image

import accred_app

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"


def _module(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, PACKAGING / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


check_iss = _module("check_iss")
ISS_TEXT = check_iss.ISS.read_text(encoding="utf-8-sig")
SPEC_TEXT = check_iss.SPEC.read_text(encoding="utf-8")


def test_the_installer_script_is_sound() -> None:
    assert check_iss.check(ISS_TEXT, SPEC_TEXT) == []
    script = check_iss.parse(ISS_TEXT)
    assert script.setup["PrivilegesRequired"] == "lowest"
    assert script.setup["AppVersion"] == "{#AppVersion}"
    assert check_iss.spec_outputs(SPEC_TEXT) == ("accred", {"accred", "accred-desk"})


@pytest.mark.parametrize(
    ("change", "complaint"),
    [
        (("PrivilegesRequired=lowest", "PrivilegesRequired=admin"), "PrivilegesRequired=admin"),
        (("AppVersion={#AppVersion}\n", ""), "[Setup] lacks AppVersion"),
        (("#ifndef AppVersion", "#ifdef Nothing"), "version is not required"),
        (('accred.exe"; DestDir', 'accred-tool.exe"; DestDir'), "accred-tool.exe is not built"),
        (("{#Bundle}\\_internal\\*", "..\\..\\build\\x\\*"), "is not in the build"),
        (
            ('DestDir: "{app}"; Flags: ignoreversion', 'DestDir: "C:\\Program Files\\accred"'),
            "absolute path",
        ),
        (("Flags: uninsneveruninstall", "Flags: deleteafterinstall"), "not kept on uninstall"),
        (('Name: "{autoprograms}', 'Name: "{commonappdata}'), "no start-menu entry"),
        (("Comment: ", "Tooltip: "), "does not take Tooltip"),
        (("WizardStyle=modern", "WizardLook=modern"), "unknown [Setup] directive 'WizardLook'"),
        (("[Icons]", "[Shortcuts]"), "unknown section [Shortcuts]"),
    ],
)
def test_the_checker_names_what_is_wrong(change: tuple[str, str], complaint: str) -> None:
    old, new = change
    assert old in ISS_TEXT
    problems = check_iss.check(ISS_TEXT.replace(old, new, 1), SPEC_TEXT)
    assert any(complaint in problem for problem in problems), problems


def test_the_checker_runs_as_a_command() -> None:
    done = subprocess.run(
        [sys.executable, str(PACKAGING / "check_iss.py")], capture_output=True, text=True
    )
    assert done.returncode == 0, done.stdout
    assert done.stdout.strip().endswith("OK")


def test_the_version_in_the_source_is_the_projects() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert accred_app.__version__ == project["version"]
    assert "pyinstaller>=6.0" in project["optional-dependencies"]["packaging"]
    assert not any("pyinstaller" in d.lower() for d in project["dependencies"])


def test_the_desktop_entry_is_valid() -> None:
    validator = shutil.which("desktop-file-validate")
    if validator is None:
        if os.environ.get("CI"):
            pytest.fail("desktop-file-utils is in packaging/debian-packages-test.txt")
        pytest.skip("desktop-file-validate is not installed (Debian: desktop-file-utils)")
    entry = PACKAGING / "linux" / "accred-desk.desktop"
    done = subprocess.run([validator, str(entry)], capture_output=True, text=True)
    assert done.returncode == 0 and not done.stdout.strip(), done.stdout + done.stderr
    text = entry.read_text(encoding="utf-8")
    assert "Exec=accred-desk" in text and "Icon=accred-desk" in text
    assert "Name[vi]=Bàn cấp thẻ tác nghiệp" in text


def test_the_icon_is_drawn_in_every_size_and_packed_for_windows(tmp_path: Path) -> None:
    make_icons = _module("make_icons")  # run as the build runs it: Qt's renderer in its own process
    done = subprocess.run(
        [sys.executable, str(PACKAGING / "make_icons.py"), str(tmp_path)],
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    *pngs, ico = (Path(line) for line in done.stdout.split())
    assert [Image.open(png).size for png in pngs] == [(s, s) for s in make_icons.SIZES]
    large = Image.open(pngs[-1]).convert("RGBA")
    assert large.getpixel((0, 0))[3] == 0, "transparent corners"
    assert large.getpixel((128, 128))[3] == 255, "an opaque shield"
    with Image.open(ico) as icon:
        assert icon.format == "ICO"
        assert set(icon.info["sizes"]) == {(s, s) for s in make_icons.SIZES}
    licences = (ROOT / "resources" / "LICENSES.md").read_text(encoding="utf-8")
    assert "accred.svg" in licences


def test_an_installed_package_finds_its_files_inside_it(tmp_path: Path) -> None:
    """What a wheel installs (setup.py's build_py), imported with no checkout on the path."""
    target = tmp_path / "site"
    subprocess.run(
        [sys.executable, "setup.py", "-q", "build_py", "--build-lib", str(target)],
        cwd=ROOT, check=True, capture_output=True,
    )  # fmt: skip
    probe = (
        "import json, sys; sys.path.insert(0, sys.argv[1]); from accred_app import paths; "
        "print(json.dumps({k: str(getattr(paths, k)) for k in "
        "('RESOURCES_DIR', 'FONTS_DIR', 'TRANSLATIONS_DIR', 'APP_ICON', 'USER_GUIDE', "
        "'MIGRATIONS_DIR', 'LICENSES_FILE')}))"
    )
    done = subprocess.run(
        [sys.executable, "-S", "-c", probe, str(target)],
        cwd=tmp_path, capture_output=True, text=True, check=True,
    )  # fmt: skip
    found = {key: Path(value) for key, value in json.loads(done.stdout).items()}
    package = target / "accred_app"
    assert found["RESOURCES_DIR"] == package / "resources"
    for key in ("APP_ICON", "USER_GUIDE", "LICENSES_FILE"):
        assert found[key].is_file() and package in found[key].parents, key
    shipped = {
        path.relative_to(ROOT / "resources")
        for path in (ROOT / "resources").rglob("*")
        if path.is_file()
    }
    installed = {
        path.relative_to(found["RESOURCES_DIR"])
        for path in found["RESOURCES_DIR"].rglob("*")
        if path.is_file() and "__pycache__" not in path.parts
    }
    assert shipped <= installed, "every shipped file (sounds too) travels with the package"
    guide_pictures = {p.name for p in (ROOT / "docs" / "screenshots").glob("*.png")}
    assert guide_pictures <= {p.name for p in (package / "docs" / "screenshots").glob("*.png")}
    assert (found["MIGRATIONS_DIR"] / "versions").is_dir()
    assert any((found["MIGRATIONS_DIR"] / "versions").glob("0001_*.py"))
