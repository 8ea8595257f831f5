"""Smoke test of the built bundle: its own executables, not the source tree.

    python packaging/smoke_test.py [BUNDLE_DIR]      # default dist/accred; exit 1 on a failure

In a fresh temporary folder (database, data and config folders, password file), with
``QT_QPA_PLATFORM=offscreen`` and the working folder outside the checkout:

1. ``accred --version`` tells the version of ``pyproject.toml``;
2. ``accred init`` makes the database (the administrator's password from a file) and prints a
   recovery code; ``accred demo`` loads the demonstration data, signed in with the password file
   (``ACCRED_PASSWORD_FILE``);
3. an agency, a reporter, a unit and an event with a zone are registered and a pass is issued, all
   through the CLI executable; the pass is printed to PDF;
4. the PDF is checked: every font embedded (``pdffonts`` when poppler is there, else the PDF's own
   font dictionaries), the QR code decodes (zxing-cpp, on the page drawn by PDFium) to the token
   the pass was issued with, and ``accred scan`` accepts that token at the gate;
5. ``accred`` on a PostgreSQL URL where no server listens says so (exit 3): the driver is there;
6. ``accred-desk --check-installation`` shows the desk's first window (the first-run wizard on an
   empty database, the sign-in on this one) from the bundle's own files and quits cleanly.

Also run by the test suite (``tests/e2e/test_bundle.py``, marked ``bundle``) when a bundle exists.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import tomllib
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_BUNDLE = ROOT / "dist" / "accred"
PASSWORD = "mat-khau-kiem-thu-2026"
STEP_TIMEOUT = 120


class SmokeFailure(AssertionError):
    pass


@dataclass
class Bundle:
    folder: Path
    work: Path
    timings: list[tuple[str, float]] = field(default_factory=list)

    @property
    def cli(self) -> Path:
        return self.folder / ("accred.exe" if os.name == "nt" else "accred")

    @property
    def desk(self) -> Path:
        return self.folder / ("accred-desk.exe" if os.name == "nt" else "accred-desk")

    @property
    def database(self) -> Path:
        return self.work / "accred.sqlite"

    @property
    def password_file(self) -> Path:
        return self.work / "mat-khau.txt"

    def environment(self) -> dict[str, str]:
        env = {
            key: value
            for key, value in os.environ.items()
            if not key.startswith(("ACCRED_", "PYTHON", "VIRTUAL_ENV"))
        }
        env.update(
            QT_QPA_PLATFORM="offscreen",
            ACCRED_DATA_DIR=str(self.work / "data"),
            ACCRED_CONFIG_DIR=str(self.work / "config"),
            ACCRED_LOCALE="vi",
            ACCRED_PASSWORD_FILE=str(self.password_file),
        )
        return env

    def run(
        self, program: Path, *arguments: str, expect: int = 0
    ) -> subprocess.CompletedProcess[str]:
        started = time.perf_counter()
        done = subprocess.run(
            [str(program), *arguments],
            cwd=self.work,
            env=self.environment(),
            capture_output=True,
            text=True,
            encoding="utf-8",
            timeout=STEP_TIMEOUT,
            check=False,
        )
        label = " ".join([program.name, *arguments[:4]])
        self.timings.append((label, time.perf_counter() - started))
        if done.returncode != expect:
            raise SmokeFailure(
                f"{label}: exit {done.returncode}, expected {expect}\n"
                f"stdout: {done.stdout[-2000:]}\nstderr: {done.stderr[-2000:]}"
            )
        return done

    def accred(self, *arguments: str, expect: int = 0) -> subprocess.CompletedProcess[str]:
        return self.run(self.cli, "--db", str(self.database), *arguments, expect=expect)

    def accred_json(self, *arguments: str) -> object:
        output = self.accred("--json", *arguments).stdout
        try:
            return json.loads(output)
        except ValueError as error:
            raise SmokeFailure(f"accred {' '.join(arguments)}: not JSON: {output[:500]}") from error


def project_version() -> str:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    return str(project["project"]["version"])


def _check(condition: bool, what: str) -> None:
    if not condition:
        raise SmokeFailure(what)


def fonts_embedded(pdf: Path) -> list[str]:
    """The fonts of ``pdf`` that are *not* embedded (empty when all are)."""
    if shutil.which("pdffonts"):
        lines = subprocess.run(
            ["pdffonts", str(pdf)], capture_output=True, text=True, check=True
        ).stdout.splitlines()[2:]
        _check(bool(lines), f"{pdf.name} names no font")
        # columns: name type encoding emb sub uni object ID; "emb" is the fifth from the end
        return [line.split()[0] for line in lines if line.split()[-5] != "yes"]
    raw = pdf.read_bytes()
    descriptors = raw.count(b"/FontDescriptor")
    embedded = len(re.findall(rb"/FontFile[23]?\s", raw))
    _check(descriptors > 0, f"{pdf.name} names no font")
    return [] if embedded >= descriptors else [f"{descriptors - embedded} font(s)"]


def qr_tokens(pdf: Path) -> list[str]:
    """Every QR code on the first page as a scanner would read it (PDFium draws, zxing reads)."""
    import pypdfium2 as pdfium
    import zxingcpp

    document = pdfium.PdfDocument(str(pdf))
    try:
        image = document[0].render(scale=600 / 72, grayscale=True).to_pil()
    finally:
        document.close()
    return [
        result.text
        for result in zxingcpp.read_barcodes(image)
        if result.format == zxingcpp.BarcodeFormat.QRCode
    ]


def smoke(bundle: Bundle, report: Callable[[str], None] = print) -> None:
    _check(bundle.cli.is_file(), f"no CLI executable at {bundle.cli}")
    _check(bundle.desk.is_file(), f"no desk executable at {bundle.desk}")
    version = project_version()
    told = bundle.run(bundle.cli, "--version").stdout.strip()
    _check(told == f"accred {version}", f"accred --version says {told!r}, pyproject {version}")
    report(f"version {version}")

    # a fresh installation: the desk's first window is the first-run wizard
    fresh = bundle.run(
        bundle.desk, "--db", str(bundle.work / "moi.sqlite"), "--check-installation"
    ).stdout
    _check("Thiết lập lần đầu" in fresh, f"fresh desk did not show the wizard:\n{fresh}")
    _check(
        f"Tài liệu hướng dẫn: {bundle.folder}" in fresh,
        f"the desk found its guide outside the bundle:\n{fresh}",
    )
    report("desk on an empty database: first-run wizard shown and closed")

    bundle.password_file.write_text(PASSWORD + "\n", encoding="utf-8")
    made = bundle.accred_json(
        "init",
        "--org-name",
        "CÔNG AN TỈNH THANH HÓA",
        "--admin-password-file",
        str(bundle.password_file),
    )
    assert isinstance(made, dict)
    _check(bool(made.get("recovery_code")), f"init gave no recovery code: {made}")
    counts = bundle.accred_json("--user", "admin", "demo")
    assert isinstance(counts, dict)
    _check(int(counts.get("passes", 0)) > 0, f"demo issued no pass: {counts}")
    report(f"init + demo: {counts}")

    agency = bundle.accred_json(
        "--user", "admin", "agency", "add", "--name", "Báo Kiểm Thử", "--kind", "print"
    )
    assert isinstance(agency, dict)
    reporter = bundle.accred_json(
        "--user", "admin", "reporter", "add", "--name", "Nguyễn Thị Kiểm",
        "--agency", str(agency["id"]), "--card-no", "KT-2026-001",
        "--card-expiry", (date.today() + timedelta(days=400)).isoformat(),
    )  # fmt: skip
    assert isinstance(reporter, dict)
    unit = bundle.accred_json(
        "--user", "admin", "unit", "add", "--name", "Phòng Tham mưu", "--code", "PTM"
    )
    assert isinstance(unit, dict)
    event = bundle.accred_json(
        "--user", "admin", "event", "add", "--name", "Hội nghị kiểm thử", "--kind", "event",
        "--start", date.today().isoformat(),
        "--end", (date.today() + timedelta(days=2)).isoformat(),
        "--zone", "KD:Khán đài",
    )  # fmt: skip
    assert isinstance(event, dict)
    issued = bundle.accred_json(
        "--user", "admin", "pass", "issue", "--reporter", str(reporter["id"]),
        "--event", str(event["id"]), "--zone", "KD",
    )  # fmt: skip
    assert isinstance(issued, dict)
    serial, token = str(issued["serial"]), str(issued["token"])
    report(f"pass issued: {serial}")

    pdf = bundle.work / "the-tac-nghiep.pdf"
    bundle.accred("--user", "admin", "pass", "print", serial, "--layout", "card", "-o", str(pdf))
    _check(pdf.is_file() and pdf.read_bytes().startswith(b"%PDF"), "no PDF printed")
    missing = fonts_embedded(pdf)
    _check(not missing, f"fonts not embedded in the pass: {missing}")
    tokens = qr_tokens(pdf)
    _check(tokens == [token], f"the QR code reads {tokens}, the pass was issued as {token!r}")
    verdict = bundle.accred_json(
        "--user", "admin", "scan", "--event", str(event["id"]), "--zone", "KD",
        "--unit", str(unit["id"]), tokens[0],
    )  # fmt: skip
    assert isinstance(verdict, dict)
    _check(verdict.get("allowed") is True, f"the gate refused the printed pass: {verdict}")
    _check(verdict.get("serial") == serial, f"the gate read another pass: {verdict}")
    report("PDF: fonts embedded, QR decoded, scan accepted")

    # PostgreSQL's driver is in the bundle: no server listens here, so the answer must be the
    # clear "cannot reach the database" (exit 3), not a missing module (exit 4)
    unreachable = bundle.run(
        bundle.cli, "--db", "postgresql+psycopg://accred@127.0.0.1:9/accred", "station", "status",
        expect=3,
    )  # fmt: skip
    told = unreachable.stderr.lower()
    _check("module" not in told and "connection" in told, f"driver missing? {unreachable.stderr}")
    report("PostgreSQL driver bundled (an unreachable server is reported as such)")

    signed_in = bundle.run(bundle.desk, "--db", str(bundle.database), "--check-installation").stdout
    _check("Đăng nhập" in signed_in, f"the desk did not show the sign-in:\n{signed_in}")
    _check(signed_in.rstrip().endswith("Cài đặt đầy đủ."), f"desk check failed:\n{signed_in}")
    report("desk on the database: sign-in shown and closed")


def main(argv: list[str] | None = None) -> int:
    arguments = sys.argv[1:] if argv is None else argv
    folder = Path(arguments[0]).resolve() if arguments else DEFAULT_BUNDLE
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="accred-smoke-") as work:
        bundle = Bundle(folder, Path(work))
        try:
            smoke(bundle)
        except (SmokeFailure, subprocess.TimeoutExpired) as failure:
            print(f"SMOKE TEST FAILED: {failure}", file=sys.stderr)
            return 1
        for label, seconds in bundle.timings:
            print(f"  {seconds:6.2f} s  {label}")
    print(f"smoke test passed in {time.perf_counter() - started:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
