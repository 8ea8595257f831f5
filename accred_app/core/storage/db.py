"""Opening the database: engine, SQLite pragmas, one session per user operation, migrate-on-open.

All SQLite-specific SQL lives here. A write transaction on SQLite starts with ``BEGIN IMMEDIATE`` so
two desks or a desk and a station never deadlock on a lock upgrade; reads stay deferred.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, inspect, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DatabaseError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from accred_app.core.errors import DatabaseProblem
from accred_app.core.messages import register
from accred_app.core.roles import SYSTEM, Actor

register(
    {
        "db_locked": (
            "Cơ sở dữ liệu đang bị khóa bởi một chương trình khác ({path}). "
            "Hãy đóng chương trình đó hoặc thử lại sau ít phút.",
            "The database is locked by another program ({path}). Close it or try again shortly.",
        ),
        "db_corrupt": (
            "Tệp cơ sở dữ liệu bị hỏng hoặc không phải cơ sở dữ liệu ({path}): {detail}. "
            "Hãy khôi phục từ bản sao lưu gần nhất.",
            "The database file is damaged or is not a database ({path}): {detail}. "
            "Restore the latest backup.",
        ),
        "db_network_share": (
            "Không mở cơ sở dữ liệu SQLite trên ổ mạng ({path}): cơ chế khóa tệp ở đó không an toàn. "
            "Hãy đặt tệp trên ổ đĩa của máy này, hoặc dùng PostgreSQL khi nhiều bàn làm việc dùng chung.",
            "A SQLite database on a network share is refused ({path}): file locking there is unsafe. "
            "Keep the file on this computer's disk, or use PostgreSQL for several desks.",
        ),
        "db_newer_schema": (
            "Cơ sở dữ liệu được tạo bởi phiên bản mới hơn của phần mềm (phiên bản lược đồ {revision}). "
            "Hãy cập nhật phần mềm.",
            "The database was made by a newer version of the software (schema {revision}). "
            "Update the software.",
        ),
        "db_unreachable": (
            "Không mở được cơ sở dữ liệu {path}: {detail}",
            "Cannot open the database {path}: {detail}",
        ),
    }
)

NETWORK_FILESYSTEMS = frozenset(
    {"nfs", "nfs4", "cifs", "smbfs", "smb3", "sshfs", "fuse.sshfs", "9p"}
)


def is_sqlite_url(url: str) -> bool:
    return url.startswith("sqlite")


def to_url(target: str) -> str:
    """A path becomes a ``sqlite:///`` URL; a URL is kept as it is."""
    if "://" in target:
        return target
    return f"sqlite:///{Path(target).expanduser().resolve()}"


def sqlite_path(url: str) -> Path | None:
    parsed = make_url(url)
    if (
        parsed.get_backend_name() != "sqlite"
        or not parsed.database
        or parsed.database == ":memory:"
    ):
        return None
    return Path(parsed.database)


def _mount_fstype(path: Path) -> str | None:
    """Filesystem type of the mount holding ``path`` (Linux /proc/mounts; None elsewhere)."""
    mounts = Path("/proc/mounts")
    if not mounts.exists():
        return None
    best, best_type = "", None
    resolved = str(path.resolve())
    for line in mounts.read_text(errors="replace").splitlines():
        parts = line.split()
        if len(parts) < 3:
            continue
        mount_point = parts[1].replace("\\040", " ")
        if (resolved == mount_point or resolved.startswith(mount_point.rstrip("/") + "/")) and len(
            mount_point
        ) > len(best):
            best, best_type = mount_point, parts[2]
    return best_type


def is_network_path(path: Path) -> bool:
    raw = str(path)
    if raw.startswith(("\\\\", "//")):
        return True
    fstype = _mount_fstype(path.parent if not path.exists() else path)
    return fstype in NETWORK_FILESYSTEMS


BUSY_TIMEOUT_ENV = "ACCRED_BUSY_TIMEOUT_MS"
DEFAULT_BUSY_TIMEOUT_MS = 5000


def busy_timeout_ms() -> int:
    """How long a connection waits for another program's lock before giving up (``db_locked``).
    ``ACCRED_BUSY_TIMEOUT_MS`` overrides the default, so a test need not wait five seconds."""
    try:
        return max(0, int(os.environ.get(BUSY_TIMEOUT_ENV, DEFAULT_BUSY_TIMEOUT_MS)))
    except ValueError:
        return DEFAULT_BUSY_TIMEOUT_MS


def _install_sqlite_pragmas(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
        dbapi_connection.isolation_level = None  # we emit BEGIN ourselves (see _on_begin)
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA busy_timeout = {busy_timeout_ms()}")
        cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA foreign_keys = ON")
        # Deleted or overwritten content (an old key slot, a replaced password hash) is zeroed
        # rather than left in free space, so it cannot be read back from a copy of the file.
        cursor.execute("PRAGMA secure_delete = ON")
        # FULL: in WAL mode NORMAL may lose the last commits at a power cut (not at a crash of the
        # program); an acknowledged pass or scan must survive both. Cost: docs/benchmarks.md.
        cursor.execute("PRAGMA synchronous = FULL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        mode = connection.get_execution_options().get("sqlite_begin", "DEFERRED")
        connection.exec_driver_sql(f"BEGIN {mode}")


def translate_db_error(exc: Exception, where: str) -> DatabaseProblem:
    """A driver error as a clear domain error (locked, corrupt, unreachable)."""
    text_ = str(getattr(exc, "orig", exc)).lower()
    if "locked" in text_ or "busy" in text_:
        return DatabaseProblem("db_locked", path=where)
    if "not a database" in text_ or "malformed" in text_ or "corrupt" in text_:
        return DatabaseProblem("db_corrupt", path=where, detail=str(getattr(exc, "orig", exc)))
    return DatabaseProblem("db_unreachable", path=where, detail=str(getattr(exc, "orig", exc)))


BackupHook = Callable[["Database", Path], object]
"""Called with each finished backup file, e.g. to keep the audit chain's head beside it (storage
knows nothing of the audit trail: :mod:`accred_app.core.database` wires it for the application)."""


@dataclass
class Database:
    """An open database: the engine plus the one session factory every service uses."""

    url: str
    engine: Engine
    _write_engine: Engine = field(repr=False)
    _sessions: sessionmaker[Session] = field(repr=False)
    _write_sessions: sessionmaker[Session] = field(repr=False)
    backup_hooks: tuple[BackupHook, ...] = field(default=(), repr=False)

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    @property
    def path(self) -> Path | None:
        return sqlite_path(self.url)

    @property
    def display_name(self) -> str:
        """The file (with the home folder shortened to ``~``) or the URL without its password."""
        if self.path is None:
            return make_url(self.url).render_as_string()
        try:
            return str(Path("~") / self.path.relative_to(Path.home()))
        except ValueError:
            return str(self.path)

    @contextmanager
    def transaction(self, actor: Actor = SYSTEM) -> Iterator[Session]:
        """One write transaction: commits on success, rolls back on any error (nothing half-written)."""
        session = self._write_sessions()
        session.info["actor"] = actor
        try:
            with session.begin():
                yield session
        except OperationalError as exc:
            raise translate_db_error(exc, self.display_name) from exc
        finally:
            session.close()

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """A read-only session (deferred transaction, never commits)."""
        session = self._sessions()
        try:
            yield session
        except OperationalError as exc:
            raise translate_db_error(exc, self.display_name) from exc
        finally:
            session.rollback()
            session.close()

    def dispose(self) -> None:
        self.engine.dispose()
        self._write_engine.dispose()


WriteSessionHook = Callable[[sessionmaker[Session]], None]
"""Something to attach to the factory of write sessions, e.g. the audit trail's listener. Storage
knows nothing of what is attached: :mod:`accred_app.core.database` wires it for the application."""


def create_database(
    url: str,
    *,
    write_session_hooks: Sequence[WriteSessionHook] = (),
    backup_hooks: Sequence[BackupHook] = (),
) -> Database:
    """Engine and session factories for ``url`` without touching the schema."""
    engine = create_engine(url, future=True)
    write_engine: Engine = engine
    if engine.dialect.name == "sqlite":
        _install_sqlite_pragmas(engine)
        write_engine = engine.execution_options(sqlite_begin="IMMEDIATE")
    sessions = sessionmaker(engine, expire_on_commit=False)
    write_sessions = sessionmaker(write_engine, expire_on_commit=False)
    for hook in write_session_hooks:
        hook(write_sessions)
    return Database(url, engine, write_engine, sessions, write_sessions, tuple(backup_hooks))


def quick_check(db: Database) -> None:
    """``PRAGMA quick_check`` on SQLite; a failure (or a file SQLite cannot even walk) becomes
    ``db_corrupt``, and any other database error its :class:`DatabaseProblem`."""
    if not db.is_sqlite:
        return
    try:
        with db.engine.connect() as conn:
            rows = [r[0] for r in conn.exec_driver_sql("PRAGMA quick_check").fetchall()]
    except (OperationalError, DatabaseError) as exc:
        raise translate_db_error(exc, db.display_name) from exc
    if rows != ["ok"]:
        raise DatabaseProblem("db_corrupt", path=db.display_name, detail="; ".join(rows[:3]))


def table_names(db: Database) -> set[str]:
    return set(inspect(db.engine).get_table_names())


def integrity_check(db: Database) -> list[str]:
    """Full ``PRAGMA integrity_check`` (SQLite) — ``['ok']`` when sound."""
    if not db.is_sqlite:
        return ["ok"]
    with db.engine.connect() as conn:
        return [r[0] for r in conn.execute(text("PRAGMA integrity_check")).fetchall()]


def file_size(db: Database) -> int:
    path = db.path
    return os.path.getsize(path) if path and path.exists() else 0


def lock_audit_chain(connection: Any) -> None:
    """Serialise appends to the audit chain. SQLite writers are already serialised by
    ``BEGIN IMMEDIATE``; PostgreSQL needs an explicit table lock until the transaction ends."""
    if connection.dialect.name == "postgresql":
        connection.exec_driver_sql("LOCK TABLE audit_log IN SHARE ROW EXCLUSIVE MODE")


def forget_deleted_data(db: Database, *, rebuild: bool = False) -> bool:
    """Make deleted secrets leave the file: fold the write-ahead log into the database and empty
    it, so no old page images (which may still hold a replaced key slot) stay in the ``-wal``
    file; with ``rebuild`` also ``VACUUM`` first, which rewrites every page and drops free pages
    written before ``secure_delete`` was on (the raw keys of a database made before key
    protection). True when done; False when another connection's read kept it from finishing
    (the caller may try again later). PostgreSQL keeps old row versions until its own VACUUM: the
    server's business, see docs/key-protection.md.
    """
    if not db.is_sqlite:
        return True
    connection = db.engine.raw_connection()
    try:
        cursor = connection.cursor()
        try:
            if rebuild:
                cursor.execute("VACUUM")
            busy, _log_frames, _checkpointed = cursor.execute(
                "PRAGMA wal_checkpoint(TRUNCATE)"
            ).fetchone()
        except sqlite3.OperationalError:
            return False
        finally:
            cursor.close()
        return not busy
    finally:
        connection.close()
