"""Opening the database: engine, SQLite pragmas, one session per user operation, migrate-on-open.

All dialect-specific SQL lives here. Writers are serialised the same way on both databases, so the
services' "read, check, then write" (the next serial number, one live pass per reporter and event,
the audit chain's head) holds whoever writes at the same moment:

- on SQLite a write transaction starts with ``BEGIN IMMEDIATE``: two desks or a desk and a station
  never deadlock on a lock upgrade; reads stay deferred;
- on PostgreSQL a write transaction starts by taking a transaction-scoped advisory lock, the
  *writers' lock* (:func:`lock_writers`), before its first statement; a scan takes the *scan
  chain's lock* instead (:meth:`Database.scan_transaction`), so a checkpoint never waits for a
  desk's batch of passes. Reads never wait for either.
"""

from __future__ import annotations

import os
import sqlite3
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType
from typing import Any, Final

from sqlalchemy import Connection, Engine, create_engine, event, inspect, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DatabaseError, DBAPIError, OperationalError
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
        "db_conflict": (
            "Một bàn làm việc khác đang sửa cùng dữ liệu vào đúng lúc này ({path}); chưa có gì "
            "được ghi. Hãy thử lại.",
            "Another desk changed the same data at the same moment ({path}); nothing was saved. "
            "Try again.",
        ),
        "db_permission": (
            "Tài khoản kết nối cơ sở dữ liệu {path} không đủ quyền: {detail}. Lược đồ chỉ được tạo "
            "và nâng cấp bằng tài khoản chủ sở hữu của cơ sở dữ liệu; hãy báo quản trị viên máy chủ "
            "(hướng dẫn: docs/deployment.md).",
            "The database account of {path} lacks a permission: {detail}. The schema is created "
            "and upgraded only with the database owner's account; ask the server's administrator "
            "(see docs/deployment.md).",
        ),
    }
)

NETWORK_FILESYSTEMS = frozenset(
    {"nfs", "nfs4", "cifs", "smbfs", "smb3", "sshfs", "fuse.sshfs", "9p"}
)


POSTGRESQL: Final = "postgresql"
#: Rows per multi-row INSERT … RETURNING on PostgreSQL (see ``create_database``).
POSTGRESQL_INSERT_BATCH: Final = 20


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


SQLITE_DEFAULT_AUTOCHECKPOINT_PAGES: Final = 1000
"""SQLite's own threshold: the commit that takes the WAL past it copies the WAL into the database
and syncs the database file before it returns (measured: 8-20 ms every ~100 scans on the big log,
0.7 s when the file had much unwritten data)."""
WAL_AUTOCHECKPOINT_BACKSTOP_PAGES: Final = 10_000
"""While a :class:`WalCheckpointer` runs, SQLite's own checkpoint only catches a checkpointer that
fell far behind (about 40 MB of WAL): it bounds the WAL even then, at the price of one slow commit."""
WAL_RESTART_FRAMES = 2048
"""A WAL this long after a PASSIVE checkpoint (≈ 8 MB) is restarted by the checkpointer itself:
see :func:`checkpoint_wal`. Module-level so a test can lower it."""
WAL_CHECKPOINT_INTERVAL_SECONDS: Final = 1.0
WAL_CHECKPOINT_EVERY_COMMITS = 32
"""The checkpointer also wakes after this many commits of this process (a scan writes about ten
pages): under a burst each checkpoint stays a few hundred pages, whose sync is short, instead of
a second's worth. Module-level so a benchmark can vary it."""
WAL_RESTART_WAIT_MS: Final = 20
"""How long the RESTART step waits for the write lock and for readers to leave the WAL; a writer
that arrives meanwhile waits at most this long plus the copy of a few frames."""
_PASSIVE_ROUNDS: Final = 3
_SMALL_TAIL_FRAMES: Final = 64


@dataclass
class _WalState:
    """The checkpointer of one :class:`Database`, shared by every :class:`WalCheckpointer` handle,
    and the ``wal_autocheckpoint`` every connection of the engine should have."""

    autocheckpoint_pages: int = SQLITE_DEFAULT_AUTOCHECKPOINT_PAGES
    # Write transactions of this process queue here before SQLite's own lock, so the
    # checkpointer's short RESTART step can get its turn between two scans (SQLite's busy handler
    # polls with sleeps and has no queue: against a writer that never pauses it loses every time).
    write_gate: threading.RLock = field(default_factory=threading.RLock)
    lock: threading.Lock = field(default_factory=threading.Lock)
    ran: threading.Condition = field(default_factory=threading.Condition)
    holders: int = 0
    stopping: threading.Event = field(default_factory=threading.Event)
    wake: threading.Event = field(default_factory=threading.Event)
    commits: int = 0  # write transactions of this process since the last checkpoint
    thread: threading.Thread | None = None
    runs: int = 0
    restarts: int = 0
    longest_wal_frames: int = 0
    longest_hold_ms: float = 0.0
    last_result: WalCheckpoint | None = None
    last_error: BaseException | None = None

    def note_commit(self) -> None:
        """After each write transaction: wake the checkpointer every few commits (two integer
        operations when none runs)."""
        self.commits += 1
        if self.holders and self.commits >= WAL_CHECKPOINT_EVERY_COMMITS:
            self.commits = 0
            self.wake.set()


_AUTOCHECKPOINT_INFO_KEY: Final = "accred_wal_autocheckpoint"


def _install_sqlite_pragmas(engine: Engine, wal: _WalState) -> None:
    @event.listens_for(engine, "checkout")
    def _on_checkout(dbapi_connection: sqlite3.Connection, record: Any, _proxy: Any) -> None:
        """A pooled connection follows the checkpointer's start and stop at its next use (one
        dictionary lookup when nothing changed)."""
        pages = wal.autocheckpoint_pages
        if record.info.get(_AUTOCHECKPOINT_INFO_KEY) != pages:
            dbapi_connection.execute(f"PRAGMA wal_autocheckpoint = {int(pages)}")
            record.info[_AUTOCHECKPOINT_INFO_KEY] = pages

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


WRITE_LOCK_OPTION: Final = "accred_write_lock"
WRITERS_LOCK: Final = "writers"
SCAN_CHAIN_LOCK: Final = "scan_chain"
# Keys of PostgreSQL's transaction-scoped advisory locks ("accred" in ASCII, then a number). An
# advisory lock, not a table lock: it blocks nothing but the same lock (no reader, no autovacuum).
_ADVISORY_LOCK_KEYS: Final = {
    WRITERS_LOCK: 0x6163_6372_6564_0001,
    SCAN_CHAIN_LOCK: 0x6163_6372_6564_0002,
}


def _advisory_lock(connection: Any, name: str) -> None:
    if connection.dialect.name == POSTGRESQL:
        connection.exec_driver_sql(f"SELECT pg_advisory_xact_lock({_ADVISORY_LOCK_KEYS[name]})")


def lock_writers(connection: Any) -> None:
    """Serialise this transaction with every other writer until it ends (PostgreSQL; SQLite's
    ``BEGIN IMMEDIATE`` already does). Every write transaction takes it first (see
    :func:`create_database`); taking it again in the same transaction is harmless."""
    _advisory_lock(connection, WRITERS_LOCK)


def lock_audit_chain(connection: Any) -> None:
    """Serialise appends to the audit chain: the writers' lock. A write transaction already holds
    it; a bulk loader on its own connection (the benchmark generator) gets it here."""
    lock_writers(connection)


def lock_scan_chain(connection: Any) -> None:
    """Serialise scans until this transaction ends (PostgreSQL; SQLite's ``BEGIN IMMEDIATE``
    already does): the presence read (already inside?) and the scan chain's head must see every
    scan committed before, or two gates could admit the same pass or fork the chain."""
    _advisory_lock(connection, SCAN_CHAIN_LOCK)


_CONFLICT_STATES = frozenset({"40001", "40P01"})  # serialization failure, deadlock detected
_LOCK_TIMEOUT_STATE = "55P03"  # lock_not_available (lock_timeout ran out)
_PERMISSION_STATES = frozenset({"42501"})  # insufficient_privilege


def translate_db_error(exc: Exception, where: str) -> DatabaseProblem:
    """A driver error as a clear domain error (locked, corrupt, unreachable, conflict, permission)."""
    original = getattr(exc, "orig", exc)
    state = getattr(original, "sqlstate", None)
    detail = str(original).strip().splitlines()[0] if str(original).strip() else type(exc).__name__
    if state == _LOCK_TIMEOUT_STATE:
        return DatabaseProblem("db_locked", path=where)
    if state in _CONFLICT_STATES:
        return DatabaseProblem("db_conflict", path=where)
    if state in _PERMISSION_STATES:
        return DatabaseProblem("db_permission", path=where, detail=detail)
    text_ = str(original).lower()
    if state is None and ("locked" in text_ or "busy" in text_):
        return DatabaseProblem("db_locked", path=where)
    if "not a database" in text_ or "malformed" in text_ or "corrupt" in text_:
        return DatabaseProblem("db_corrupt", path=where, detail=str(original))
    return DatabaseProblem("db_unreachable", path=where, detail=detail)


def translatable(exc: DBAPIError) -> bool:
    """Whether a driver error is about the database rather than a bug of ours: every operational
    error (locked, gone, deadlock) and a refused permission. Constraint violations and SQL errors
    stay what they are, so a bug is never passed off as a database problem."""
    state = getattr(exc.orig, "sqlstate", None)
    return isinstance(exc, OperationalError) or state in _PERMISSION_STATES


BackupHook = Callable[["Database", Path, Connection | None], object]
"""Called with each finished backup file, e.g. to keep the audit chain's head beside it (storage
knows nothing of the audit trail: :mod:`accred_app.core.database` wires it for the application).
The third argument is, for a ``pg_dump`` archive, a connection reading the very snapshot that was
dumped (read what the backup holds from it); None for a SQLite file, which can be read itself."""


@dataclass
class Database:
    """An open database: the engine plus the one session factory every service uses."""

    url: str
    engine: Engine
    _write_engine: Engine = field(repr=False)
    _sessions: sessionmaker[Session] = field(repr=False)
    _write_sessions: sessionmaker[Session] = field(repr=False)
    _scan_sessions: sessionmaker[Session] = field(repr=False)
    backup_hooks: tuple[BackupHook, ...] = field(default=(), repr=False)
    _wal: _WalState = field(default_factory=_WalState, repr=False)

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
        """One write transaction: commits on success, rolls back on any error (nothing half-written).

        It holds the writers' lock from its first statement (see the module's docstring)."""
        with self._write(self._write_sessions, actor) as session:
            yield session

    @contextmanager
    def scan_transaction(self, actor: Actor = SYSTEM) -> Iterator[Session]:
        """A write transaction for the checkpoint's hot path: serialised with other scans (the scan
        chain's lock on PostgreSQL, ``BEGIN IMMEDIATE`` on SQLite), not with the desks' writes, so
        a gate never waits for a batch of passes being issued. Scan rows are not audited; should
        it write an audited row, the audit append takes the writers' lock after this one (always in
        that order: writers', then the scan chain's, never the other way round)."""
        with self._write(self._scan_sessions, actor) as session:
            yield session

    @contextmanager
    def _write(self, factory: sessionmaker[Session], actor: Actor) -> Iterator[Session]:
        # On SQLite every write passes the WAL checkpointer's in-process gate, which the reset of a
        # long WAL closes for a moment between two transactions (see WalCheckpointer).
        gate = self._wal.write_gate if self.is_sqlite else None
        if gate is not None and not gate.acquire(timeout=busy_timeout_ms() / 1000):
            raise DatabaseProblem("db_locked", path=self.display_name)
        session = factory()
        session.info["actor"] = actor
        try:
            with session.begin():
                yield session
        except DBAPIError as exc:
            if not translatable(exc):
                raise
            raise translate_db_error(exc, self.display_name) from exc
        finally:
            session.close()
            if gate is not None:
                gate.release()
        if gate is not None:
            self._wal.note_commit()

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """A read-only session that sees the database as of one moment, never commits: SQLite's
        deferred transaction in WAL mode; on PostgreSQL a REPEATABLE READ, READ ONLY transaction
        (READ COMMITTED would let each statement see other desks' later commits: ``audit verify``
        would compare a trail read before a write with rows read after it)."""
        session = self._sessions()
        try:
            yield session
        except DBAPIError as exc:
            if not translatable(exc):
                raise
            raise translate_db_error(exc, self.display_name) from exc
        finally:
            session.rollback()
            session.close()

    def dispose(self) -> None:
        _stop_checkpointer(self._wal)
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
    options: dict[str, Any] = {}
    if make_url(url).get_backend_name() == POSTGRESQL:
        # psycopg rewrites each statement's placeholders in Python, and the time grows faster
        # than the statement: batches of 1,000 new reporters cost an import of 10,000 rows
        # 0.8 s of CPU more than batches of 20 (round trips on a local server cost less)
        options["insertmanyvalues_page_size"] = POSTGRESQL_INSERT_BATCH
    engine = create_engine(url, future=True, **options)
    read_engine: Engine = engine
    write_engine: Engine = engine
    wal = _WalState()
    scan_engine: Engine = engine
    if engine.dialect.name == "sqlite":
        _install_sqlite_pragmas(engine, wal)
        write_engine = scan_engine = engine.execution_options(sqlite_begin="IMMEDIATE")
    elif engine.dialect.name == POSTGRESQL:
        _install_postgresql_settings(engine)
        read_engine = engine.execution_options(
            isolation_level="REPEATABLE READ", postgresql_readonly=True
        )
        write_engine = engine.execution_options(**{WRITE_LOCK_OPTION: WRITERS_LOCK})
        scan_engine = engine.execution_options(**{WRITE_LOCK_OPTION: SCAN_CHAIN_LOCK})
    sessions = sessionmaker(read_engine, expire_on_commit=False)
    write_sessions = sessionmaker(write_engine, expire_on_commit=False)
    scan_sessions = sessionmaker(scan_engine, expire_on_commit=False)
    for hook in write_session_hooks:
        hook(write_sessions)
        hook(scan_sessions)
    return Database(
        url,
        engine,
        write_engine,
        sessions,
        write_sessions,
        scan_sessions,
        tuple(backup_hooks),
        _wal=wal,
    )


def _install_postgresql_settings(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        # Another desk's lock is waited for as long as SQLite's busy timeout, then reported as
        # db_locked (0 would mean "wait for ever" to PostgreSQL).
        autocommit = dbapi_connection.autocommit
        dbapi_connection.autocommit = True
        try:
            with dbapi_connection.cursor() as cursor:
                cursor.execute(f"SET lock_timeout = {max(1, busy_timeout_ms())}")
        finally:
            dbapi_connection.autocommit = autocommit

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        lock = connection.get_execution_options().get(WRITE_LOCK_OPTION)
        if lock is not None:
            _advisory_lock(connection, lock)


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


# --- checkpoints off the scan path ---------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class WalCheckpoint:
    """What one :func:`checkpoint_wal` did: the WAL's length in frames, how many are now in the
    database file, whether it restarted the WAL, and ``busy`` when a lock kept it from finishing."""

    busy: bool
    wal_frames: int
    copied_frames: int
    restarted: bool = False
    writers_held_ms: float = 0.0  # how long the RESTART step kept this process's writers waiting


def checkpoint_wal(db: Database, *, restart_frames: int | None = None) -> WalCheckpoint | None:
    """Copy the WAL into the database file without making anyone wait; None on PostgreSQL.

    PASSIVE checkpoints (up to three rounds, each catching what was committed during the one
    before) run beside readers and writers: a scan that commits meanwhile appends to the WAL as
    usual. The WAL itself only starts again from its beginning when a writer begins after a
    checkpoint copied *everything* — which continuous writes never allow — so when it is still
    ``restart_frames`` long (default :data:`WAL_RESTART_FRAMES`) a RESTART checkpoint, taken
    between two of this process's write transactions (its write gate), copies the last few frames
    and resets it. It waits at most :data:`WAL_RESTART_WAIT_MS` for the gate, for another
    program's writer and for readers (a long report elsewhere), and gives up rather than hold
    writers longer.
    Durability is untouched: each commit is already synced in the WAL; this only moves pages.
    """
    if not db.is_sqlite:
        return None
    limit = WAL_RESTART_FRAMES if restart_frames is None else restart_frames
    connection = db.engine.raw_connection()
    try:
        cursor = connection.cursor()
        try:
            busy, frames, copied = _passive_rounds(cursor)
            restarted = False
            gate = db._wal.write_gate
            held_ms = 0.0
            if not busy and frames >= limit and gate.acquire(timeout=WAL_RESTART_WAIT_MS / 1000):
                held_from = time.perf_counter()
                try:
                    cursor.execute(f"PRAGMA busy_timeout = {WAL_RESTART_WAIT_MS}")
                    try:
                        busy, frames, copied = cursor.execute(
                            "PRAGMA wal_checkpoint(RESTART)"
                        ).fetchone()
                    finally:
                        cursor.execute(f"PRAGMA busy_timeout = {busy_timeout_ms()}")
                finally:
                    gate.release()
                    held_ms = (time.perf_counter() - held_from) * 1000
                restarted = not busy
        finally:
            cursor.close()
    except sqlite3.OperationalError:  # another process's checkpoint or a lock: try again later
        return WalCheckpoint(True, 0, 0)
    finally:
        connection.close()
    return WalCheckpoint(bool(busy), int(frames), int(copied), restarted, held_ms)


def _passive_rounds(cursor: Any) -> tuple[int, int, int]:
    busy, frames, copied = cursor.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
    for _ in range(_PASSIVE_ROUNDS - 1):
        if busy or frames - copied > 0:  # a reader holds the rest: another round copies nothing
            break
        busy, more, copied = cursor.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
        grown, frames = more - frames, more
        if grown <= _SMALL_TAIL_FRAMES:
            break
    return busy, frames, copied


class WalCheckpointer:
    """Keeps the WAL small from a background thread, so no commit ever copies it.

    While at least one is started on a database, every connection of it runs with SQLite's own
    checkpoint raised to :data:`WAL_AUTOCHECKPOINT_BACKSTOP_PAGES`, and one daemon thread calls
    :func:`checkpoint_wal` every ``interval_seconds`` (the first handle's interval is used), or
    sooner after :data:`WAL_CHECKPOINT_EVERY_COMMITS` write transactions of this process. The
    thread waits on SQLite with the interpreter lock released, so the scan thread runs meanwhile.
    Handles nest: the thread stops, and SQLite's threshold comes back, when the last one stops.
    A checkpoint session starts one for the life of a checkpoint; ``run_once`` is for callers with
    idle time of their own, and tests. Nothing happens on PostgreSQL.
    """

    def __init__(
        self, db: Database, *, interval_seconds: float = WAL_CHECKPOINT_INTERVAL_SECONDS
    ) -> None:
        self._db = db
        self._interval = interval_seconds
        self._started = False

    def start(self) -> None:
        if self._started or not self._db.is_sqlite:
            return
        state = self._db._wal
        with state.lock:
            state.holders += 1
            self._started = True
            if state.holders == 1:
                state.autocheckpoint_pages = WAL_AUTOCHECKPOINT_BACKSTOP_PAGES
                state.stopping.clear()
                state.wake.clear()
                state.commits = 0
                state.thread = threading.Thread(
                    target=_checkpoint_loop,
                    args=(self._db, state, self._interval),
                    name="accred-wal-checkpointer",
                    daemon=True,
                )
                state.thread.start()

    def stop(self) -> None:
        if not self._started:
            return
        self._started = False
        state = self._db._wal
        with state.lock:
            state.holders -= 1
            if state.holders > 0:
                return
        _stop_checkpointer(state)

    def run_once(self) -> WalCheckpoint | None:
        """One checkpoint now, in the caller's thread (e.g. the window's idle time)."""
        return _record(self._db._wal, self._db)

    def wait_for_runs(self, total: int, *, timeout: float) -> bool:
        """Until ``total`` checkpoints have run on this database (True), or ``timeout`` seconds."""
        state = self._db._wal
        with state.ran:
            return state.ran.wait_for(lambda: state.runs >= total, timeout=timeout)

    @property
    def runs(self) -> int:
        return self._db._wal.runs

    @property
    def restarts(self) -> int:
        return self._db._wal.restarts

    @property
    def longest_wal_frames(self) -> int:
        """The longest WAL any checkpoint found (in pages): how far it grew between two."""
        return self._db._wal.longest_wal_frames

    @property
    def longest_hold_ms(self) -> float:
        """The longest a RESTART step kept this process's writers waiting."""
        return self._db._wal.longest_hold_ms

    @property
    def last_result(self) -> WalCheckpoint | None:
        return self._db._wal.last_result

    @property
    def last_error(self) -> BaseException | None:
        """The last unexpected error of the thread (it keeps running); None when all went well."""
        return self._db._wal.last_error

    def __enter__(self) -> WalCheckpointer:
        self.start()
        return self

    def __exit__(
        self,
        _type: type[BaseException] | None,
        _value: BaseException | None,
        _traceback: TracebackType | None,
    ) -> None:
        self.stop()


def _record(state: _WalState, db: Database) -> WalCheckpoint | None:
    result = checkpoint_wal(db)
    with state.ran:
        state.runs += 1
        state.last_result = result
        if result is not None:
            state.longest_wal_frames = max(state.longest_wal_frames, result.wal_frames)
            state.longest_hold_ms = max(state.longest_hold_ms, result.writers_held_ms)
            state.restarts += result.restarted
        state.ran.notify_all()
    return result


def _checkpoint_loop(db: Database, state: _WalState, interval: float) -> None:
    while True:
        state.wake.wait(interval)
        state.wake.clear()
        if state.stopping.is_set():
            return
        try:
            _record(state, db)
        except Exception as error:  # the thread must outlive one bad checkpoint
            state.last_error = error


def _stop_checkpointer(state: _WalState) -> None:
    with state.lock:
        thread, state.thread = state.thread, None
        state.holders = 0
        state.stopping.set()
        state.wake.set()
        state.autocheckpoint_pages = SQLITE_DEFAULT_AUTOCHECKPOINT_PAGES
    if thread is not None and thread is not threading.current_thread():
        thread.join()
