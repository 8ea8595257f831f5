"""What every ``accred`` command receives: the open database, the signed-in officer, the output mode."""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date, datetime
from getpass import getpass
from typing import Any, TextIO

from accred_app import config
from accred_app.core.database import open_database
from accred_app.core.errors import ValidationError
from accred_app.core.messages import register, render
from accred_app.core.registry.photos import MAX_INPUT_BYTES
from accred_app.core.roles import Actor
from accred_app.core.security import audit_heads
from accred_app.core.storage.db import Database
from accred_app.core.storage.files import read_limited, read_limited_text

EXIT_OK = 0
EXIT_DENIED = 1  # a scan was refused
EXIT_USAGE = 2
EXIT_ERROR = 3  # validation, not found, permission, database problem
EXIT_INTERNAL = 4  # a bug: reported in one line, never a traceback

USER_ENV = "ACCRED_USER"
PASSWORD_FILE_ENV = "ACCRED_PASSWORD_FILE"

register(
    {
        "sign_in_required": (
            "Cần đăng nhập: dùng --user TÊN (hoặc biến ACCRED_USER) và mật khẩu "
            "(nhập khi được hỏi, hoặc tệp trong ACCRED_PASSWORD_FILE).",
            "Sign-in required: use --user NAME (or ACCRED_USER) and a password "
            "(typed at the prompt, or a file named by ACCRED_PASSWORD_FILE).",
        ),
        "no_officers": (
            "Cơ sở dữ liệu chưa có cán bộ nào. Chạy “accred init” để tạo quản trị viên đầu tiên.",
            "The database has no officers yet. Run “accred init” to create the first administrator.",
        ),
        "file_unwritable": (
            "Không ghi được tệp {path}: {detail}",
            "Cannot write file {path}: {detail}",
        ),
    }
)


PASSWORD_FILE_LIMIT = 4096
"""A password file holds one line; anything bigger is the wrong file."""


def read_password_file(path: str) -> str:
    """The password in ``path`` (first line ending stripped), read with a size limit: the file
    is named by a script and must not be a device, a pipe or something huge."""
    return read_limited_text(path, PASSWORD_FILE_LIMIT).rstrip("\r\n")


def read_photo_file(path: str) -> bytes:
    """A photo named on the command line, no bigger than the registry accepts."""
    return read_limited(path, MAX_INPUT_BYTES)


def _jsonable(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, bytes):
        return value.hex()
    raise TypeError(f"not JSON serialisable: {type(value).__name__}")


@dataclass
class Context:
    args: argparse.Namespace
    locale: str
    json_output: bool
    stdout: TextIO = field(default_factory=lambda: sys.stdout)
    stderr: TextIO = field(default_factory=lambda: sys.stderr)
    _db: Database | None = None
    _actor: Actor | None = None

    @property
    def db(self) -> Database:
        if self._db is None:
            from accred_app.core.storage.backup import backup_before_migration

            self._db = open_database(
                config.database_target(self.args.db), before_migration=backup_before_migration
            )
        return self._db

    @property
    def signing_in(self) -> bool:
        """True when the command names an officer (``--user`` or ``ACCRED_USER``)."""
        return bool(self.args.user or os.environ.get(USER_ENV))

    def credentials(self) -> tuple[str, str]:
        """The officer's name and password, from ``--user``/``ACCRED_USER`` and the prompt or
        the file named by ``ACCRED_PASSWORD_FILE``."""
        from accred_app.core.security.officers import has_officers

        username = self.args.user or os.environ.get(USER_ENV)
        if not username:
            raise ValidationError("sign_in_required")
        if not has_officers(self.db):
            raise ValidationError("no_officers")
        password_file = os.environ.get(PASSWORD_FILE_ENV)
        if password_file:
            return username, read_password_file(password_file)
        if sys.stdin is not None and sys.stdin.isatty():
            return username, getpass(f"Mật khẩu / password ({username}): ")
        raise ValidationError("sign_in_required")

    @property
    def actor(self) -> Actor:
        """The signed-in officer (authenticated once per command). The sign-in that finishes the
        upgrade of a database from before key protection prints the new recovery code (stderr,
        so ``--json`` output stays parseable)."""
        if self._actor is None:
            from accred_app.core.security.officers import sign_in

            username, password = self.credentials()
            result = sign_in(self.db, username, password)
            if result.recovery_code is not None:
                for line in _wrapped(render("key_protection_upgraded", self.locale), 78):
                    self.warn(line)
                for line in recovery_code_lines(result.recovery_code, self.locale):
                    self.warn(line)
            self._actor = result.actor
            audit_heads.record_seen_head(self.db, self._actor)
        return self._actor

    @property
    def signed_in_officer(self) -> str | None:
        """Who signed in for this command, if anyone has yet (never prompts)."""
        return self._actor.username if self._actor is not None else None

    def emit(self, payload: Any, lines: Iterable[str] | str | None = None) -> None:
        """JSON on stdout with ``--json``; otherwise the human lines."""
        if self.json_output:
            self.stdout.write(
                json.dumps(payload, ensure_ascii=False, default=_jsonable, indent=None) + "\n"
            )
            return
        if lines is None:
            return
        if isinstance(lines, str):
            lines = [lines]
        for line in lines:
            self.stdout.write(line + "\n")

    def warn(self, text: str) -> None:
        self.stderr.write(text + "\n")

    def close(self) -> None:
        if self._db is not None:
            if self._actor is not None:  # the head after this command's own changes
                audit_heads.record_seen_head(self._db, self._actor)
            self._db.dispose()
            self._db = None


Handler = Callable[[Context], int]


def recovery_code_lines(code: str, locale: str) -> list[str]:
    """The recovery code set apart so it cannot be missed, with the advice to print and lock it
    away (``accred init``, ``keys recovery-code``, the upgrade sign-in)."""
    rule = "=" * 64
    return [
        "",
        rule,
        "  MÃ KHÔI PHỤC / RECOVERY CODE:",
        "",
        f"      {code}",
        "",
        *(f"  {line}" for line in _wrapped(render("recovery_code_advice", locale), 60)),
        "  Dùng / use: accred --user ADMIN keys recover",
        rule,
        "",
    ]


def _wrapped(text: str, width: int) -> list[str]:
    import textwrap

    return textwrap.wrap(text, width)


def table(rows: list[list[str]], headers: list[str]) -> list[str]:
    """Plain aligned columns for the terminal."""
    widths = [len(h) for h in headers]
    for row in rows:
        widths = [max(w, len(c)) for w, c in zip(widths, row, strict=True)]
    out = ["  ".join(h.ljust(w) for h, w in zip(headers, widths, strict=True)).rstrip()]
    out += [
        "  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip() for row in rows
    ]
    return out


def dmy(value: date | None) -> str:
    return value.strftime("%d/%m/%Y") if value else "—"


def positive_int(value: str) -> int:
    """argparse type for ids and counts: a positive number that fits the database's integers."""
    try:
        number = int(value)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"not a number: {value!r}") from exc
    if number <= 0 or number > 2**31:
        raise argparse.ArgumentTypeError(f"not a valid id: {value!r}")
    return number
