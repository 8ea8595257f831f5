"""Backups and restore of the SQLite database.

Backups use SQLite's online backup API, which copies a consistent snapshot while other connections
keep writing. The desk makes one automatically on the first use of each day and before any schema
migration, and keeps the newest ``backup_keep`` of them. A restore checks the candidate file's
integrity and schema version before swapping it in, and keeps the current file aside.
(On PostgreSQL, backups are the server's business: ``pg_dump``; these functions refuse politely.)
"""

from __future__ import annotations

import os
import shutil
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from accred_app.core.clock import utcnow
from accred_app.core.errors import DatabaseProblem, ValidationError
from accred_app.core.messages import register
from accred_app.core.roles import Actor, Permission
from accred_app.core.storage.db import Database, create_database, quick_check, sqlite_path, to_url
from accred_app.core.storage.files import replaced_on_success
from accred_app.core.storage.settings import get_settings

BACKUP_DIR_NAME = "backups"
DEFAULT_KEEP = 14

register(
    {
        "backup_sqlite_only": (
            "Sao lưu trong phần mềm chỉ áp dụng cho tệp SQLite; với PostgreSQL hãy dùng pg_dump.",
            "Built-in backups apply to SQLite files only; for PostgreSQL use pg_dump.",
        ),
        "restore_not_valid": (
            "Không khôi phục: tệp {path} không dùng được ({detail}). Cơ sở dữ liệu hiện tại giữ nguyên.",
            "Restore refused: {path} is not usable ({detail}). The current database is unchanged.",
        ),
        "restore_newer_schema": (
            "Không khôi phục: tệp {path} thuộc phiên bản phần mềm mới hơn (lược đồ {revision}).",
            "Restore refused: {path} comes from a newer version of the software (schema {revision}).",
        ),
    }
)


@dataclass(frozen=True, slots=True)
class BackupInfo:
    path: Path
    size: int
    created: datetime


def backup_dir(db: Database) -> Path:
    path = db.path
    if path is None:
        raise ValidationError("backup_sqlite_only")
    folder = path.parent / BACKUP_DIR_NAME
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def copy_sqlite(source: Path, destination: Path) -> None:
    """Consistent online copy of ``source`` to ``destination`` (written to a temp name, then renamed)."""
    destination.parent.mkdir(parents=True, exist_ok=True)
    with replaced_on_success(destination) as temporary:
        src = sqlite3.connect(f"file:{source}?mode=ro", uri=True, timeout=30)
        try:
            dst = sqlite3.connect(temporary)
            try:
                src.backup(dst, pages=1024)
                dst.execute("PRAGMA journal_mode = DELETE")
            finally:
                dst.close()
        finally:
            src.close()


def make_backup(
    db: Database, actor: Actor, destination: Path | None = None, *, label: str = "manual"
) -> BackupInfo:
    actor.require(Permission.MANAGE_DATA)
    return _backup(db, destination, label)


def _backup(db: Database, destination: Path | None, label: str) -> BackupInfo:
    source = db.path
    if source is None:
        raise ValidationError("backup_sqlite_only")
    if destination is None:
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
        destination = backup_dir(db) / f"{source.stem}-{stamp}-{label}.sqlite"
    copy_sqlite(source, destination)
    for hook in db.backup_hooks:  # e.g. the audit chain's head, kept beside the backup
        hook(db, destination)
    return BackupInfo(destination, destination.stat().st_size, utcnow())


def list_backups(db: Database) -> list[BackupInfo]:
    folder = backup_dir(db)
    files = sorted(folder.glob("*.sqlite"), key=lambda p: p.stat().st_mtime, reverse=True)
    return [
        BackupInfo(p, p.stat().st_size, datetime.fromtimestamp(p.stat().st_mtime).astimezone())
        for p in files
    ]


def prune_backups(db: Database, keep: int) -> int:
    """Delete all but the newest ``keep`` automatic and manual backups in the backup folder."""
    removed = 0
    for info in list_backups(db)[max(keep, 1) :]:
        info.path.unlink(missing_ok=True)
        removed += 1
    return removed


def daily_backup(db: Database) -> BackupInfo | None:
    """The first use of a day makes a backup (SQLite only); returns it, or None when not needed."""
    if db.path is None or not db.path.exists():
        return None
    today = datetime.now().strftime("%Y%m%d")
    folder = backup_dir(db)
    if any(folder.glob(f"{db.path.stem}-{today}-*-daily.sqlite")):
        return None
    info = _backup(db, None, "daily")
    prune_backups(db, get_settings(db).backup_keep)
    return info


def backup_before_migration(db: Database) -> None:
    if db.path is not None and db.path.exists():
        _backup(db, None, "pre-migration")


def check_candidate(path: Path) -> None:
    """Refuse a file that is not an intact accred database of a schema this version knows."""
    # Alembic is imported only here, not when the module loads: it costs ~0.6 s at start-up.
    from accred_app.core.storage.migrate import alembic_config, current_revision

    if not path.is_file():
        raise ValidationError("restore_not_valid", path=str(path), detail="không có tệp / no file")
    candidate = create_database(to_url(str(path)))
    try:
        try:
            quick_check(candidate)
            with candidate.engine.connect() as conn:
                rows = [r[0] for r in conn.exec_driver_sql("PRAGMA integrity_check").fetchall()]
            if rows != ["ok"]:
                raise ValidationError(
                    "restore_not_valid", path=str(path), detail="; ".join(rows[:2])
                )
            revision = current_revision(candidate)
        except DatabaseProblem as exc:
            raise ValidationError("restore_not_valid", path=str(path), detail=exc.code) from exc
        except Exception as exc:  # sqlite3 raises many kinds for a non-database file
            raise ValidationError(
                "restore_not_valid", path=str(path), detail=str(exc)[:120]
            ) from exc
        from alembic.script import ScriptDirectory

        known = {r.revision for r in ScriptDirectory.from_config(alembic_config()).walk_revisions()}
        if revision is None:
            raise ValidationError(
                "restore_not_valid",
                path=str(path),
                detail="không phải CSDL accred / not an accred database",
            )
        if revision not in known:
            raise ValidationError("restore_newer_schema", path=str(path), revision=revision)
    finally:
        candidate.dispose()


def restore(target: str, backup_file: Path) -> Path:
    """Swap ``backup_file`` in as the database at ``target``; returns where the old file was kept."""
    path = sqlite_path(to_url(target))
    if path is None:
        raise ValidationError("backup_sqlite_only")
    check_candidate(backup_file)
    kept = path.with_name(f"{path.stem}-before-restore-{datetime.now():%Y%m%d-%H%M%S}{path.suffix}")
    staged = path.with_name(path.name + ".restore")
    shutil.copyfile(backup_file, staged)
    for suffix in ("", "-wal", "-shm"):  # the current file (even a corrupt one) is kept aside whole
        current = Path(str(path) + suffix)
        if current.exists():
            os.replace(current, Path(str(kept) + suffix))
    os.replace(staged, path)
    return kept
