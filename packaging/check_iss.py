"""Check the Inno Setup script without Windows: ``python packaging/check_iss.py`` (exit 1 and the
problems listed), also run by ``tests/unit/test_packaging.py``.

Inno Setup's compiler runs only on Windows, so what can be checked here is:

- the script's shape: sections known to Inno Setup 6, ``Key=Value`` directives in ``[Setup]``
  with known names, ``Name: value; Param: value`` entries with the parameters their section
  allows, preprocessor lines (``#define``, ``#ifndef``…) balanced;
- what the office needs of it: a per-user install (``PrivilegesRequired=lowest``), the version
  passed from the build (``/DAppVersion=``), a start-menu entry for the desk, the data folder
  (platformdirs' user data folder of ``accred_app/config.py``) kept on uninstall;
- that every ``Source:`` pattern names something the PyInstaller build produces (the spec's
  executables and its contents folder; and the files themselves when a Windows bundle is there);
- no absolute path of any machine.
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass, field
from pathlib import Path, PureWindowsPath

ROOT = Path(__file__).resolve().parent.parent
ISS = ROOT / "packaging" / "windows" / "accred.iss"
SPEC = ROOT / "packaging" / "accred.spec"
CONTENTS_DIRECTORY = "_internal"  # PyInstaller 6's one-folder default

COMMON_PARAMETERS = {
    "Components", "Tasks", "Languages", "Check", "BeforeInstall", "AfterInstall",
    "MinVersion", "OnlyBelowVersion",
}  # fmt: skip
SECTION_PARAMETERS: dict[str, set[str]] = {
    "languages": {"Name", "MessagesFile", "LicenseFile", "InfoBeforeFile", "InfoAfterFile"},
    "types": {"Name", "Description", "Flags", "Languages", "Check", "MinVersion", "OnlyBelowVersion"},
    "components": {"Name", "Description", "Types", "ExtraDiskSpaceRequired", "Flags",
                   "Languages", "Check", "MinVersion", "OnlyBelowVersion"},
    "tasks": {"Name", "Description", "GroupDescription", "Components", "Flags", "Languages",
              "Check", "MinVersion", "OnlyBelowVersion"},
    "dirs": {"Name", "Attribs", "Permissions", "Flags", *COMMON_PARAMETERS},
    "files": {"Source", "DestDir", "DestName", "Excludes", "ExternalSize", "CopyMode", "Attribs",
              "Permissions", "FontInstall", "StrongAssemblyName", "Flags", *COMMON_PARAMETERS},
    "icons": {"Name", "Filename", "Parameters", "WorkingDir", "HotKey", "Comment",
              "IconFilename", "IconIndex", "AppUserModelID", "AppUserModelToastActivatorCLSID",
              "Flags", *COMMON_PARAMETERS},
    "ini": {"Filename", "Section", "Key", "String", "Flags", *COMMON_PARAMETERS},
    "installdelete": {"Type", "Name", *COMMON_PARAMETERS},
    "uninstalldelete": {"Type", "Name", *COMMON_PARAMETERS},
    "registry": {"Root", "Subkey", "ValueType", "ValueName", "ValueData", "Permissions", "Flags",
                 *COMMON_PARAMETERS},
    "run": {"Filename", "Description", "Parameters", "WorkingDir", "StatusMsg", "RunOnceId",
            "Verb", "Flags", *COMMON_PARAMETERS},
    "uninstallrun": {"Filename", "Parameters", "WorkingDir", "StatusMsg", "RunOnceId", "Verb",
                     "Flags", *COMMON_PARAMETERS},
}  # fmt: skip
FREE_SECTIONS = {"setup", "messages", "custommessages", "langoptions", "code"}
SETUP_DIRECTIVES = {
    "AppId", "AppName", "AppVersion", "AppVerName", "AppPublisher", "AppPublisherURL",
    "AppSupportURL", "AppUpdatesURL", "AppCopyright", "AppComments", "AppContact",
    "VersionInfoVersion", "VersionInfoCompany", "VersionInfoDescription", "VersionInfoProductName",
    "VersionInfoProductVersion", "VersionInfoCopyright", "VersionInfoTextVersion",
    "PrivilegesRequired", "PrivilegesRequiredOverridesAllowed", "DefaultDirName",
    "DefaultGroupName", "DisableProgramGroupPage", "DisableDirPage", "DisableReadyPage",
    "DisableWelcomePage", "DisableFinishedPage", "UninstallDisplayIcon", "UninstallDisplayName",
    "UninstallFilesDir", "OutputDir", "OutputBaseFilename", "SetupIconFile", "Compression",
    "SolidCompression", "WizardStyle", "WizardImageFile", "WizardSmallImageFile",
    "ArchitecturesAllowed", "ArchitecturesInstallIn64BitMode", "CloseApplications",
    "RestartApplications", "LicenseFile", "InfoBeforeFile", "InfoAfterFile", "ShowLanguageDialog",
    "UsePreviousAppDir", "UsePreviousGroup", "AllowNoIcons", "ChangesAssociations",
    "ChangesEnvironment", "MinVersion", "SetupLogging", "SourceDir", "LanguageDetectionMethod",
}  # fmt: skip
REQUIRED_SETUP = {
    "AppId": None,
    "AppName": None,
    "AppVersion": "{#AppVersion}",
    "PrivilegesRequired": "lowest",
    "DefaultDirName": None,
    "OutputBaseFilename": None,
}
ABSOLUTE_PATH = re.compile(
    r"(?<![\w{])([A-Za-z]:[\\/]|\\\\[\w.]|(?<![\w.}])/(?:work|home|root|tmp|usr|opt|Users)\b)"
)


@dataclass
class Entry:
    line: int
    parameters: dict[str, str]


@dataclass
class IssScript:
    defines: dict[str, str] = field(default_factory=dict)
    setup: dict[str, str] = field(default_factory=dict)
    entries: dict[str, list[Entry]] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)

    def expand(self, value: str) -> str:
        return re.sub(r"\{#(\w+)\}", lambda m: self.defines.get(m.group(1), m.group(0)), value)


def _split_entry(text: str) -> dict[str, str] | None:
    """``Name: "x"; Flags: a b`` → {"Name": "x", "Flags": "a b"} (quotes honoured)."""
    parameters: dict[str, str] = {}
    for part in re.findall(r'((?:[^;"]|"[^"]*")+)', text):
        if not part.strip():
            continue
        key, colon, value = part.partition(":")
        if not colon or not re.fullmatch(r"\s*\w+\s*", key):
            return None
        value = value.strip()
        if value.startswith('"') and value.endswith('"') and len(value) >= 2:
            value = value[1:-1]
        parameters[key.strip()] = value
    return parameters


def parse(text: str) -> IssScript:
    script = IssScript()
    section = ""
    conditionals = 0
    for number, raw in enumerate(text.lstrip("\ufeff").splitlines(), start=1):
        line = raw.strip()
        if not line or line.startswith(";") or line.startswith("//"):
            continue
        if line.startswith("#"):
            directive = line[1:].split()[0] if len(line) > 1 else ""
            if directive in {"if", "ifdef", "ifndef", "ifexist", "ifnexist"}:
                conditionals += 1
            elif directive == "endif":
                conditionals -= 1
            elif directive == "define":
                match = re.match(r'#define\s+(\w+)\s+"([^"]*)"', line)
                if match:
                    script.defines[match.group(1)] = match.group(2)
            elif directive not in {"error", "else", "elif", "include", "pragma", "undef", "sub",
                                   "endsub", "expr", "emit", "for", "insert"}:  # fmt: skip
                script.problems.append(f"line {number}: unknown preprocessor line {line!r}")
            continue
        if line.startswith("[") and line.endswith("]"):
            section = line[1:-1].strip().lower()
            if section not in SECTION_PARAMETERS and section not in FREE_SECTIONS:
                script.problems.append(f"line {number}: unknown section [{line[1:-1]}]")
            continue
        if not section:
            script.problems.append(f"line {number}: outside any section: {line!r}")
        elif section == "setup":
            key, equals, value = line.partition("=")
            if not equals:
                script.problems.append(f"line {number}: [Setup] line is not Key=Value: {line!r}")
            elif key.strip() not in SETUP_DIRECTIVES:
                script.problems.append(f"line {number}: unknown [Setup] directive {key.strip()!r}")
            else:
                script.setup[key.strip()] = value.strip()
        elif section in SECTION_PARAMETERS:
            parameters = _split_entry(line)
            if parameters is None:
                script.problems.append(f"line {number}: not a 'Param: value; …' entry: {line!r}")
                continue
            unknown = set(parameters) - SECTION_PARAMETERS[section]
            if unknown:
                script.problems.append(
                    f"line {number}: [{section}] does not take {', '.join(sorted(unknown))}"
                )
            script.entries.setdefault(section, []).append(Entry(number, parameters))
    if conditionals:
        script.problems.append("preprocessor #if…/#endif lines do not balance")
    return script


def spec_outputs(spec_text: str) -> tuple[str, set[str]]:
    """(the bundle folder's name, the executables' names) the PyInstaller spec makes."""
    executables = set(re.findall(r'EXE\((?:[^()]|\([^()]*\))*?name="([^"]+)"', spec_text, re.S))
    collected = re.findall(r'COLLECT\((?:[^()]|\([^()]*\))*?name="([^"]+)"', spec_text, re.S)
    return (collected[0] if collected else ""), executables


def check(
    iss_text: str, spec_text: str, bundle: Path | None = None, iss_dir: Path = ISS.parent
) -> list[str]:
    """Everything wrong with the script (empty when it is fine)."""
    script = parse(iss_text)
    problems = list(script.problems)
    if not re.search(r"^#ifndef\s+AppVersion\b", iss_text, re.M):
        problems.append("the version is not required from the build (#ifndef AppVersion … #error)")
    for key, wanted in REQUIRED_SETUP.items():
        value = script.setup.get(key)
        if value is None:
            problems.append(f"[Setup] lacks {key}")
        elif wanted is not None and value != wanted:
            problems.append(f"[Setup] {key}={value}, expected {wanted}")

    folder, executables = spec_outputs(spec_text)
    if not folder or not executables:
        problems.append("the PyInstaller spec names no COLLECT folder or no EXE")
    sources = [entry for entry in script.entries.get("files", []) if "Source" in entry.parameters]
    if not sources:
        problems.append("[Files] installs nothing")
    bundle_root = (iss_dir / "../../dist" / folder).resolve()
    for entry in sources:
        source = script.expand(entry.parameters["Source"])
        path = (iss_dir / PureWindowsPath(source).as_posix()).resolve()
        try:
            inside = PureWindowsPath(path.relative_to(bundle_root).as_posix())
        except ValueError:
            problems.append(
                f"line {entry.line}: Source {source} is not in the build's dist/{folder}"
            )
            continue
        first = inside.parts[0] if inside.parts else ""
        if len(inside.parts) == 1 and first.lower().endswith(".exe"):
            if first[:-4] not in executables:
                problems.append(
                    f"line {entry.line}: {first} is not built (the spec makes {sorted(executables)})"
                )
        elif first != CONTENTS_DIRECTORY:
            problems.append(
                f"line {entry.line}: {source} is neither an executable nor in {CONTENTS_DIRECTORY}"
            )
        if bundle is not None and (bundle / "accred-desk.exe").exists():  # a Windows bundle
            matches = list(bundle.glob(inside.as_posix()))
            if not matches:
                problems.append(f"line {entry.line}: nothing in {bundle} matches {inside}")

    icons = script.entries.get("icons", [])
    if not any(
        e.parameters.get("Name", "").startswith(("{autoprograms}", "{group}", "{userprograms}"))
        and script.expand(e.parameters.get("Filename", "")).endswith("accred-desk.exe")
        for e in icons
    ):
        problems.append("no start-menu entry for accred-desk.exe")
    data_folder = _data_folder()
    kept = [
        e
        for e in script.entries.get("dirs", [])
        if e.parameters.get("Name", "").lower() == data_folder.lower()
        and "uninsneveruninstall" in e.parameters.get("Flags", "")
    ]
    if not kept:
        problems.append(f"the data folder {data_folder} is not kept on uninstall")
    for number, line in enumerate(iss_text.splitlines(), start=1):
        if not line.strip().startswith(";") and ABSOLUTE_PATH.search(line):
            problems.append(f"line {number}: absolute path: {line.strip()!r}")
    return problems


def _data_folder() -> str:
    """platformdirs' user data folder on Windows for the app's names (``accred_app/config.py``):
    ``%LOCALAPPDATA%\\<author>\\<name>``, written as Inno Setup's constant."""
    sys.path.insert(0, str(ROOT))
    from accred_app.config import APP_AUTHOR, APP_NAME

    return f"{{localappdata}}\\{APP_AUTHOR}\\{APP_NAME}"


def main() -> int:
    bundle = ROOT / "dist" / "accred"
    problems = check(
        ISS.read_text(encoding="utf-8-sig"),
        SPEC.read_text(encoding="utf-8"),
        bundle if bundle.is_dir() else None,
    )
    for problem in problems:
        print(problem)
    print(f"{ISS.relative_to(ROOT)}: {'OK' if not problems else f'{len(problems)} problem(s)'}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
