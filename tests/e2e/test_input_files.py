"""Files the officer names are read with a size limit, and only if they are regular files.

``--photo /dev/zero`` used to read forever; a named pipe with no writer blocked the command; a huge
sparse file was read into memory. Each is now one clear line naming the file (exit 3), at once.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest

from accred_app.core.errors import ValidationError
from accred_app.core.registry import agencies
from accred_app.core.roles import Actor
from accred_app.core.storage.db import Database
from accred_app.core.storage.files import read_limited, read_limited_text

posix_only = pytest.mark.skipif(os.name != "posix", reason="devices and FIFOs are POSIX here")


@pytest.fixture
def fifo(tmp_path: Path) -> Path:
    if not hasattr(os, "mkfifo"):
        pytest.skip("no named pipes here")
    path = tmp_path / "ong-dan"
    os.mkfifo(path)
    return path


@pytest.fixture
def sparse(tmp_path: Path) -> Path:
    """A 64 GB file that takes no disk space: reading it whole would exhaust memory."""
    path = tmp_path / "thua.jpg"
    with path.open("wb") as handle:
        handle.truncate(64 << 30)
    return path


def refusal(result: Any, *words: str) -> None:
    refused(result.code, result.err, *words)


def refused(code: int, err: str, *words: str) -> None:
    assert code == 3, (code, err)
    assert "Traceback" not in err and err.count("\n") == 1, err
    for word in words:
        assert word in err, err


# --- the helper -------------------------------------------------------------------------------


def test_a_regular_file_within_the_limit_is_read_whole(tmp_path: Path) -> None:
    path = tmp_path / "anh.jpg"
    path.write_bytes(b"x" * 1000)
    assert read_limited(path, 1000) == b"x" * 1000
    (tmp_path / "mk.txt").write_bytes("\ufeffmật khẩu\n".encode())
    assert read_limited_text(tmp_path / "mk.txt", 100) == "mật khẩu\n"


def test_a_file_over_the_limit_is_refused_naming_file_and_limit(tmp_path: Path) -> None:
    path = tmp_path / "lon.bin"
    path.write_bytes(b"x" * 2048)
    with pytest.raises(ValidationError) as problem:
        read_limited(path, 1024)
    assert problem.value.code == "file_too_large"
    text = problem.value.message("vi")
    assert str(path) in text and "1 KB" in text and "2 KB" in text


@posix_only
def test_devices_pipes_and_folders_are_refused(tmp_path: Path, fifo: Path) -> None:
    for path in (Path("/dev/zero"), fifo, tmp_path):
        with pytest.raises(ValidationError) as problem:
            read_limited(path, 1 << 20)
        assert problem.value.code == "file_not_regular", path
        assert str(path) in problem.value.message("en")


def test_a_huge_sparse_file_is_refused_without_reading_it(sparse: Path) -> None:
    with pytest.raises(ValidationError) as problem:
        read_limited(sparse, 25 << 20)
    assert problem.value.code == "file_too_large"
    assert "64 GB" in problem.value.message("en") and "25 MB" in problem.value.message("en")


def test_a_missing_file_is_unreadable(tmp_path: Path) -> None:
    with pytest.raises(ValidationError) as problem:
        read_limited(tmp_path / "khong-co", 10)
    assert problem.value.code == "file_unreadable"


# --- through the command line -----------------------------------------------------------------


def _add_reporter(run_cli: Any, agency: int, photo: Path) -> Any:
    return run_cli(
        *("reporter", "add", "--name", "Nguyễn Thị Ánh", "--agency", str(agency)),
        *("--card-no", "TH0001", "--card-expiry", "2030-01-01", "--photo", str(photo)),
    )


@posix_only
def test_photo_from_a_device_a_pipe_or_a_sparse_file(
    run_cli: Any, db: Database, admin: Actor, fifo: Path, sparse: Path
) -> None:
    agency = agencies.add_agency(db, admin, name="Báo Thanh Hóa", kind="print")
    refusal(_add_reporter(run_cli, agency, Path("/dev/zero")), "/dev/zero", "thông thường")
    refusal(_add_reporter(run_cli, agency, fifo), str(fifo), "thông thường")
    refusal(_add_reporter(run_cli, agency, sparse), str(sparse), "quá lớn", "25 MB")
    listed = run_cli("--json", "reporter", "list")
    assert listed.code == 0 and listed.json() == []


@posix_only
def test_password_files_from_a_device_a_pipe_or_a_huge_file(
    run_cli: Any,
    db_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    fifo: Path,
    sparse: Path,
    tmp_path: Path,
) -> None:
    from accred_app.cli import main

    bad_files = (Path("/dev/zero"), fifo, sparse)
    for bad in bad_files:  # the sign-in password (ACCRED_PASSWORD_FILE)
        monkeypatch.setenv("ACCRED_USER", "admin")
        monkeypatch.setenv("ACCRED_PASSWORD_FILE", str(bad))
        capsys.readouterr()
        code = main(["--db", str(db_path), "reporter", "list"])
        refused(code, capsys.readouterr().err, str(bad))
    for command in (
        ["officer", "add", "--username", "ban1", "--name", "Bàn Một", "--role", "desk"],
        ["officer", "password", "admin"],
    ):
        for bad in bad_files:
            refusal(run_cli(*command, "--password-file", str(bad)), str(bad))
    fresh = tmp_path / "moi.sqlite"
    for bad in bad_files:
        refusal(
            run_cli("--db", str(fresh), "init", "--admin-password-file", str(bad), user=None),
            str(bad),
        )
