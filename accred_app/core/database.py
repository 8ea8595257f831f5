"""The application's way into its database: storage opens the file, this module wires the audit trail.

It is the one composition point between :mod:`accred_app.core.storage` (which knows nothing of the
audit trail) and :mod:`accred_app.core.security.audit`: every database the CLI, the desk window or a
test opens through here records every change in the hash-chained trail, in the same transaction,
and every backup made of it keeps the chain's head beside it (:mod:`.security.audit_heads`).
"""

from __future__ import annotations

from collections.abc import Callable

from accred_app.core.security import audit, audit_heads
from accred_app.core.storage import opening
from accred_app.core.storage.db import BackupHook, Database, WriteSessionHook

APPLICATION_HOOKS: tuple[WriteSessionHook, ...] = (audit.install,)
BACKUP_HOOKS: tuple[BackupHook, ...] = (audit_heads.write_backup_head,)


def open_database(
    target: str,
    *,
    migrate: bool = True,
    check_integrity: bool = True,
    before_migration: Callable[[Database], object] | None = None,
) -> Database:
    """Open (create or migrate) the database at ``target`` with the audit trail attached.

    See :func:`accred_app.core.storage.opening.open_database` for what is refused and checked.
    """
    return opening.open_database(
        target,
        migrate=migrate,
        check_integrity=check_integrity,
        before_migration=before_migration,
        write_session_hooks=APPLICATION_HOOKS,
        backup_hooks=BACKUP_HOOKS,
    )
