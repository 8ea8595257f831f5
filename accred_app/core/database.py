"""The application's way into its database: storage opens the file, this module wires the audit trail.

It is the one composition point between :mod:`accred_app.core.storage` (which knows nothing of the
audit trail) and :mod:`accred_app.core.security.audit`: every database the CLI, the desk window or a
test opens through here records every change in the hash-chained trail, in the same transaction,
and every backup made of it keeps the chain's head beside it (:mod:`.security.audit_heads`).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from sqlalchemy.exc import SQLAlchemyError

from accred_app.core.errors import AccredError
from accred_app.core.messages import register, render
from accred_app.core.security import audit, audit_heads
from accred_app.core.storage import backup, opening
from accred_app.core.storage.db import BackupHook, Database, WriteSessionHook

register(
    {
        "restore_audit_unreadable": (
            "không đọc được nhật ký kiểm tra của tệp",
            "its audit trail cannot be read",
        ),
    }
)

APPLICATION_HOOKS: tuple[WriteSessionHook, ...] = (audit.install,)
BACKUP_HOOKS: tuple[BackupHook, ...] = (audit_heads.write_backup_head,)


def open_database(
    target: str,
    *,
    migrate: bool = True,
    check_integrity: bool = True,
    defer_integrity_check: bool = False,
    before_migration: Callable[[Database], object] | None = None,
) -> Database:
    """Open (create or migrate) the database at ``target`` with the audit trail attached.

    See :func:`accred_app.core.storage.opening.open_database` for what is refused and checked.
    """
    return opening.open_database(
        target,
        migrate=migrate,
        check_integrity=check_integrity,
        defer_integrity_check=defer_integrity_check,
        before_migration=before_migration,
        write_session_hooks=APPLICATION_HOOKS,
        backup_hooks=BACKUP_HOOKS,
    )


def audit_check(locale: str = "vi") -> backup.CandidateCheck:
    """The restore check of the application: the candidate's audit trail must verify.

    Differences come back in ``locale`` so the officer reads, before confirming, what is wrong.
    """

    def check(candidate: Database) -> list[str]:
        try:
            with candidate.reading() as session:
                report = audit.verify_chain(session)
        except (SQLAlchemyError, AccredError):
            return [render("restore_audit_unreadable", locale)]
        return [] if report.ok else [report.message(locale)]

    return check


def restore_database(
    target: str, backup_file: Path, *, locale: str = "vi", accept_unverified: bool = False
) -> Path | None:
    """:func:`accred_app.core.storage.backup.restore` with the application's audit check: a
    candidate whose trail does not verify raises ``RestoreUnverified`` unless accepted."""
    return backup.restore(
        target, backup_file, check=audit_check(locale), accept_unverified=accept_unverified
    )
