"""Build the Linux bundle: ``dist/accred/`` with the two executables, and what a desktop needs.

    python packaging/build_linux.py            # then: python packaging/smoke_test.py

Runs PyInstaller on ``packaging/accred.spec`` (``pip install -e ".[packaging]"`` first), then adds
``share/applications/accred-desk.desktop`` and ``share/icons/hicolor/<size>/apps/accred-desk.png``
(drawn from ``resources/icons/accred.svg`` at build time) so that ``cp -r dist/accred/share
~/.local/`` puts the desk in the applications menu. Prints the build time and the bundle's size.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DIST = ROOT / "dist"
BUNDLE = DIST / "accred"
WORK = ROOT / "build" / "pyinstaller"
SPEC = ROOT / "packaging" / "accred.spec"
DESKTOP_FILE = ROOT / "packaging" / "linux" / "accred-desk.desktop"
ICONS = ROOT / "build" / "accred-bundle" / "icons"  # written by the spec (make_icons.py)


def folder_size(folder: Path) -> int:
    return sum(
        path.lstat().st_size
        for path in folder.rglob("*")
        if path.is_file() and not path.is_symlink()
    )


def add_desktop_entry(bundle: Path = BUNDLE) -> list[Path]:
    share = bundle / "share"
    applications = share / "applications"
    applications.mkdir(parents=True, exist_ok=True)
    written = [applications / DESKTOP_FILE.name]
    shutil.copy2(DESKTOP_FILE, written[0])
    for png in sorted(ICONS.glob("accred-*.png")):
        size = png.stem.split("-")[-1]
        target = share / "icons" / "hicolor" / f"{size}x{size}" / "apps" / "accred-desk.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(png, target)
        written.append(target)
    scalable = share / "icons" / "hicolor" / "scalable" / "apps" / "accred-desk.svg"
    scalable.parent.mkdir(parents=True, exist_ok=True)
    shutil.copy2(ROOT / "resources" / "icons" / "accred.svg", scalable)
    written.append(scalable)
    return written


def main() -> int:
    started = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
         "--distpath", str(DIST), "--workpath", str(WORK), str(SPEC)],
        check=True, cwd=ROOT,
    )  # fmt: skip
    add_desktop_entry()
    seconds = time.perf_counter() - started
    size = folder_size(BUNDLE)
    print(
        f"bundle: {BUNDLE.relative_to(ROOT)}  built in {seconds:.0f} s  size {size / 2**20:.0f} MiB"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
