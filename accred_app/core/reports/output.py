"""Writing a report file: whole or not at all, and a clear message when the place cannot be used."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

from accred_app.core.errors import ValidationError
from accred_app.core.messages import register
from accred_app.core.storage.files import replaced_on_success

register(
    {
        "report_unwritable": (
            "Không ghi được tệp báo cáo {path}: {detail}",
            "Cannot write the report file {path}: {detail}",
        ),
        "report_format_unknown": (
            "Không biết định dạng của tệp {path}: đặt tên tệp kết thúc bằng {formats}.",
            "Unknown format for {path}: end the file name with {formats}.",
        ),
    }
)


def write_report_file(target: str | os.PathLike[str], write: Callable[[BinaryIO], object]) -> Path:
    """Run ``write`` on a temporary file beside ``target`` and rename it into place on success;
    a failure (disk full, a folder in the way, no permission) leaves nothing behind."""
    path = Path(target)
    try:
        with replaced_on_success(path) as temporary, temporary.open("wb") as handle:
            write(handle)
    except OSError as exc:
        raise ValidationError(
            "report_unwritable", path=str(path), detail=exc.strerror or str(exc)
        ) from exc
    return path


def report_format(target: str | os.PathLike[str], formats: tuple[str, ...]) -> str:
    """The format named by the file's extension (``"pdf"``, ``"xlsx"``), or ``report_format_unknown``."""
    suffix = Path(target).suffix.lower().lstrip(".")
    if suffix not in formats:
        raise ValidationError(
            "report_format_unknown",
            path=str(target),
            formats=", ".join(f".{f}" for f in formats),
        )
    return suffix
