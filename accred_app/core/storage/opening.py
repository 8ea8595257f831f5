"""Opening a database for use: refuse what cannot be used safely, check the file, create or migrate.

Kept apart from :mod:`.db` (the engine) so that the engine never imports the migrations, which
import the engine: the chain runs one way, ``opening → migrate → db``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from sqlalchemy import inspect
from sqlalchemy.exc import DatabaseError, OperationalError

from accred_app.core.errors import DatabaseProblem
from accred_app.core.storage.db import (
    BackupHook,
    Database,
    WriteSessionHook,
    create_database,
    is_network_path,
    quick_check,
    sqlite_path,
    to_url,
    translate_db_error,
)


def open_database(
    target: str,
    *,
    migrate: bool = True,
    check_integrity: bool = True,
    before_migration: Callable[[Database], object] | None = None,
    write_session_hooks: Sequence[WriteSessionHook] = (),
    backup_hooks: Sequence[BackupHook] = (),
) -> Database:
    """Open (and by default create or migrate) the database at ``target`` (path or URL).

    Refuses a SQLite file on a network share, reports a locked or corrupt file as a
    :class:`DatabaseProblem`, and calls ``before_migration`` (a backup) before upgrading an old file.
    """
    url = to_url(target)
    path = sqlite_path(url)
    if path is not None:
        if is_network_path(path):
            raise DatabaseProblem("db_network_share", path=str(path))
        if not path.parent.exists():
            raise DatabaseProblem(
                "db_unreachable", path=str(path), detail="thư mục không tồn tại / folder missing"
            )
    db = create_database(url, write_session_hooks=write_session_hooks, backup_hooks=backup_hooks)
    try:
        if path is not None and path.exists() and path.stat().st_size > 0 and check_integrity:
            quick_check(db)
        if migrate and not _is_current(db):
            # Alembic is imported only when a file needs migrating: it costs ~0.6 s at start-up.
            from accred_app.core.storage.migrate import migrate_to_head

            migrate_to_head(db, before_migration=before_migration)
    except (OperationalError, DatabaseError) as exc:
        db.dispose()
        raise translate_db_error(exc, db.display_name) from exc
    except BaseException:
        db.dispose()
        raise
    return db


def _is_current(db: Database) -> bool:
    """True when the schema is already at head (read directly, without importing Alembic)."""
    from accred_app.migrations import HEAD_REVISION

    with db.engine.connect() as conn:
        if "alembic_version" not in inspect(conn).get_table_names():
            return False
        versions = [r[0] for r in conn.exec_driver_sql("SELECT version_num FROM alembic_version")]
    return versions == [HEAD_REVISION]
