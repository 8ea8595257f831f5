"""Files the desk writes and reads: private, whole, and bounded.

- **Private**: the database holds the signing key and personal data, so everything the desk writes
  (database, WAL and shared-memory files, backups, kept-aside copies, station packages, log exports)
  is readable by its owner only — 0600 files in 0700 folders on POSIX, whatever the umask.
  Windows has no such mode bits; there the user's profile folder already keeps others out, and
  these helpers change nothing.
- **Whole**: an output file appears under its name only once it is complete.
- **Bounded**: a file named by the officer is read with a size limit, and only if it is a regular
  file: ``/dev/zero``, a named pipe or a 100 GB sparse file must not hang or exhaust the desk.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from accred_app.core.errors import ValidationError
from accred_app.core.messages import register

PRIVATE_FILE_MODE = 0o600
PRIVATE_FOLDER_MODE = 0o700
HAS_POSIX_MODES = os.name == "posix"

register(
    {
        "file_unreadable": (
            "Không đọc được tệp {path}: {detail}",
            "Cannot read file {path}: {detail}",
        ),
        "file_too_large": (
            "Tệp {path} quá lớn: {size} (tối đa {limit}).",
            "The file {path} is too large: {size} (at most {limit}).",
        ),
        "file_not_regular": (
            "{path} không phải là một tệp thông thường (thiết bị, ống dẫn hay thư mục): không đọc.",
            "{path} is not a regular file (a device, pipe or folder): not read.",
        ),
    }
)


def make_private(path: Path) -> None:
    """Owner-only access to an existing file or folder we own; a file owned by someone else
    (a database another account shares with us) is left as it is."""
    if not HAS_POSIX_MODES:
        return
    wanted = PRIVATE_FOLDER_MODE if path.is_dir() else PRIVATE_FILE_MODE
    try:
        if stat.S_IMODE(path.stat().st_mode) != wanted:
            path.chmod(wanted)
    except (FileNotFoundError, PermissionError):
        pass


def private_folder(path: Path) -> Path:
    """Create ``path`` owner-only, or tighten it if it exists: only for the desk's own folders
    (the data folder, the backups folder). Parents it has to create (``~/.local/share``, say) are
    shared places and get the usual mode."""
    path.mkdir(mode=PRIVATE_FOLDER_MODE, parents=True, exist_ok=True)
    make_private(path)  # mkdir's mode is filtered by the umask
    return path


def create_private_file(path: Path) -> None:
    """Create ``path`` empty and owner-only; refuses (FileExistsError) if anything is there, so a
    name reserved this way is never someone else's file and never overwritten."""
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE_MODE)
    try:
        if HAS_POSIX_MODES:
            os.fchmod(descriptor, PRIVATE_FILE_MODE)  # the umask may have removed bits we want
    finally:
        os.close(descriptor)


@contextmanager
def replaced_on_success(target: Path) -> Iterator[Path]:
    """Yield a temporary path beside ``target``; rename it over ``target`` only if the block
    succeeds, and remove it if the block fails (disk full, bad data, interrupted).

    The temporary file already exists, empty and owner-only, so whatever the block writes into it
    (SQLite, gzip, plain ``open``) is private from the first byte, and so is ``target`` after.
    """
    temporary = target.with_name(target.name + ".part")
    temporary.unlink(missing_ok=True)
    create_private_file(temporary)
    try:
        yield temporary
        make_private(temporary)  # in case the block replaced the file rather than writing into it
        os.replace(temporary, target)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise


def write_private(target: Path, data: bytes) -> None:
    """Write ``data`` to ``target`` whole and owner-only (see :func:`replaced_on_success`)."""
    with replaced_on_success(target) as temporary:
        temporary.write_bytes(data)


def human_size(size: int) -> str:
    for unit, scale in (("GB", 1 << 30), ("MB", 1 << 20), ("KB", 1 << 10)):
        if size >= scale:
            return f"{size / scale:.3g} {unit}"
    return f"{size} B"


def read_limited(path: Path | str, limit_bytes: int) -> bytes:
    """The bytes of a regular file of at most ``limit_bytes``; anything else is a clear refusal.

    The file is opened without blocking (a named pipe with no writer must not hang the desk) and
    checked on the open descriptor, so it cannot be swapped between the check and the read; a
    file growing while it is read is caught too. Errors name the file and the limit.
    """
    shown = str(path)
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    try:
        descriptor = os.open(path, flags)
    except OSError as exc:
        raise ValidationError(
            "file_unreadable", path=shown, detail=exc.strerror or str(exc)
        ) from exc
    try:
        status = os.fstat(descriptor)
        if not stat.S_ISREG(status.st_mode):
            raise ValidationError("file_not_regular", path=shown)
        if status.st_size > limit_bytes:
            raise ValidationError(
                "file_too_large",
                path=shown,
                size=human_size(status.st_size),
                limit=human_size(limit_bytes),
            )
        if hasattr(os, "O_NONBLOCK"):
            os.set_blocking(descriptor, True)
        chunks: list[bytes] = []
        total = 0
        while total <= limit_bytes:
            chunk = os.read(descriptor, min(1 << 20, limit_bytes + 1 - total))
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
    except OSError as exc:
        raise ValidationError(
            "file_unreadable", path=shown, detail=exc.strerror or str(exc)
        ) from exc
    finally:
        os.close(descriptor)
    if total > limit_bytes:
        raise ValidationError(
            "file_too_large",
            path=shown,
            size=f"> {human_size(limit_bytes)}",
            limit=human_size(limit_bytes),
        )
    return b"".join(chunks)


def read_limited_text(path: Path | str, limit_bytes: int) -> str:
    """:func:`read_limited`, decoded as UTF-8 (a byte-order mark is dropped)."""
    data = read_limited(path, limit_bytes)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ValidationError(
            "file_unreadable", path=str(path), detail="không phải UTF-8 / not UTF-8"
        ) from exc
