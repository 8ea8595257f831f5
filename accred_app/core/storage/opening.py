"""Opening a database for use: refuse what cannot be used safely, check the file, create or migrate.

Kept apart from :mod:`.db` (the engine) so that the engine never imports the migrations, which
import the engine: the chain runs one way, ``opening → migrate → db``.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Sequence
from pathlib import Path

from sqlalchemy import inspect
from sqlalchemy.exc import DatabaseError, OperationalError

from accred_app.core.errors import DatabaseProblem
from accred_app.core.messages import register
from accred_app.core.storage.db import (
    BackupHook,
    Database,
    WriteSessionHook,
    busy_timeout_ms,
    create_database,
    is_network_path,
    quick_check,
    sqlite_path,
    to_url,
    translate_db_error,
)
from accred_app.core.storage.files import create_private_file, make_private

register(
    {
        "db_not_ours": (
            "Tệp {path} là cơ sở dữ liệu của một chương trình khác: phần mềm không mở và không ghi "
            "gì vào đó. Hãy chọn tệp cơ sở dữ liệu của bàn cấp thẻ, hoặc một tên tệp mới.",
            "{path} is another program's database: it is neither opened nor changed. Choose the "
            "desk's database file, or a new file name.",
        ),
    }
)

SIDE_FILE_SUFFIXES = ("-wal", "-shm", "-journal")
"""Files SQLite keeps beside a database; they hold its latest data, so they are as private."""

OUR_TABLES = frozenset({"alembic_version", "settings", "signing_keys", "audit_log"})
"""Tables every version of our schema has: a file with all of them is ours (perhaps newer)."""


def open_database(
    target: str,
    *,
    migrate: bool = True,
    check_integrity: bool = True,
    defer_integrity_check: bool = False,
    before_migration: Callable[[Database], object] | None = None,
    write_session_hooks: Sequence[WriteSessionHook] = (),
    backup_hooks: Sequence[BackupHook] = (),
) -> Database:
    """Open (and by default create or migrate) the database at ``target`` (path or URL).

    Refuses a SQLite file on a network share, reports a locked or corrupt file as a
    :class:`DatabaseProblem`, and calls ``before_migration`` (a backup) before upgrading an old file.

    ``defer_integrity_check``: check the file here only when it must be migrated (a migration
    writes); otherwise the caller runs :func:`~accred_app.core.storage.db.quick_check` itself
    before its first write — the desk window does, on a thread, while the sign-in dialog is shown
    (the check reads the whole file: most of a second on a large desk).
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
        refuse_another_programs_file(path)
        prepare_private_file(path)
    db = create_database(url, write_session_hooks=write_session_hooks, backup_hooks=backup_hooks)
    try:
        has_content = path is not None and path.exists() and path.stat().st_size > 0
        needs_migration = migrate and not _is_current(db)
        if has_content and check_integrity and (needs_migration or not defer_integrity_check):
            quick_check(db)
        if needs_migration:
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


def prepare_private_file(path: Path) -> None:
    """Create the database file owner-only before SQLite does, and tighten an existing one.

    SQLite would create the file 0644 (less the umask); it then gives its WAL, shared-memory and
    journal files the mode of the database file, so a private database keeps them private too.
    """
    try:
        create_private_file(path)
    except FileExistsError:
        if not path.is_file():
            return  # a folder or a device named by mistake: SQLite reports it, we change nothing
        make_private(path)
    except OSError:
        return  # an unwritable folder: SQLite reports it when it opens the file
    for suffix in SIDE_FILE_SUFFIXES:
        side = Path(str(path) + suffix)
        if side.is_file():
            make_private(side)


def _schema_summary(path: Path) -> tuple[set[str], int, int] | None:
    """Names in ``sqlite_master``, ``user_version`` and ``application_id`` of a SQLite file, read
    without changing a byte of it or leaving a WAL behind; None when it is not a readable one.

    Read through SQLite (read-only, or as immutable when no WAL is beside it), never with a plain
    ``open()``: closing a plain descriptor would drop the locks this process's own connections
    hold on the file.
    """
    modes = ["immutable=1"]
    if Path(str(path) + "-wal").exists():
        modes.insert(0, "mode=ro")  # its newest content may still be in the WAL
    for mode in modes:
        try:
            probe = sqlite3.connect(
                f"{path.as_uri()}?{mode}", uri=True, timeout=busy_timeout_ms() / 1000
            )
        except sqlite3.Error:
            continue
        try:
            names = {str(r[0]) for r in probe.execute("SELECT name FROM sqlite_master")}
            user_version = int(probe.execute("PRAGMA user_version").fetchone()[0])
            application_id = int(probe.execute("PRAGMA application_id").fetchone()[0])
            return names, user_version, application_id
        except sqlite3.OperationalError as exc:
            if "locked" in str(exc).lower() or "busy" in str(exc).lower():
                # Someone holds it exclusively: our engine would wait and fail the same way.
                raise DatabaseProblem("db_locked", path=str(path)) from exc
            continue
        except sqlite3.Error:
            continue
        finally:
            probe.close()
    return None


def refuse_another_programs_file(path: Path) -> None:
    """Refuse, untouched, a SQLite file that holds another program's data.

    Opening it with our engine would already change it (WAL mode rewrites the header, ``-wal`` and
    ``-shm`` appear) and migrating would add our tables to it. An empty file, or a SQLite file with
    nothing in it, becomes our database; a damaged file is left to the integrity check.
    """
    try:
        if path.stat().st_size == 0:
            return
    except OSError:
        return
    summary = _schema_summary(path)
    if summary is None:
        return
    names, user_version, application_id = summary
    if not names and user_version == 0 and application_id == 0:
        return
    if names >= OUR_TABLES:
        return
    raise DatabaseProblem("db_not_ours", path=str(path))


def _is_current(db: Database) -> bool:
    """True when the schema is already at head (read directly, without importing Alembic)."""
    from accred_app.migrations import HEAD_REVISION

    with db.engine.connect() as conn:
        if "alembic_version" not in inspect(conn).get_table_names():
            return False
        versions = [r[0] for r in conn.exec_driver_sql("SELECT version_num FROM alembic_version")]
    return versions == [HEAD_REVISION]
