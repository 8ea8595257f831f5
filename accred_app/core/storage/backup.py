"""Backups and restore of the SQLite database; backups of a PostgreSQL database with ``pg_dump``.

Backups use SQLite's online backup API, which copies a consistent snapshot while other connections
keep writing. The desk makes one automatically on the first use of each day and before any schema
migration, and keeps the newest ``backup_keep`` of them. Every backup is owner-only (0600).

A restore never loses a file and never swaps in the wrong one:

- It is **exclusive**: it takes SQLite's exclusive lock on the current database and is refused
  while any other program (or connection) has the file open — on Linux it names the process. So
  nothing can keep writing into a file that is being replaced, and nothing can open the database
  half-restored. The candidate is then copied *into* the locked database through SQLite (one
  transaction, journalled: a power cut mid-restore rolls back to the current data), so the file
  keeps its name, inode and owner-only mode.
- The current database is first copied aside under a name that is reserved exclusively
  (time stamp plus a random part), so two restores — even in the same second — never share or
  overwrite a kept-aside file. A current file too damaged for SQLite to read is moved aside whole.
- The candidate is checked on a private copy: integrity, a schema this version knows (an older one
  is migrated on the copy), not a checkpoint station's database (unless this is a station), and
  the same installation as the current database (a signing key in common; skipped when the current
  file is unreadable). A caller-supplied check (the audit trail, wired in by
  :mod:`accred_app.core.database`) lists differences; any difference needs an explicit
  ``accept_unverified``.

On PostgreSQL the server's own tools do the work (docs/deployment.md: a scheduled ``pg_dump`` on
the server and a restore drill). :func:`make_backup` runs ``pg_dump`` when this computer has it
(custom format, owner-only file, the audit head of the very snapshot it dumped beside it), and
otherwise says what to do; a restore is refused with the way to do it (``pg_restore`` on the server,
with every desk closed), never attempted half-way from a desk.
"""

from __future__ import annotations

import os
import secrets
import shutil
import sqlite3
import subprocess
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from accred_app.core.clock import utcnow
from accred_app.core.errors import DatabaseProblem, ValidationError
from accred_app.core.messages import register
from accred_app.core.roles import Actor, Permission
from accred_app.core.storage.db import (
    Database,
    create_database,
    quick_check,
    sqlite_path,
    to_url,
    translate_db_error,
)
from accred_app.core.storage.files import (
    create_private_file,
    make_private,
    private_folder,
    replaced_on_success,
)
from accred_app.core.storage.settings import get_settings

BACKUP_DIR_NAME = "backups"
DEFAULT_KEEP = 14

register(
    {
        "backup_sqlite_only": (
            "Sao lưu trong phần mềm chỉ áp dụng cho tệp SQLite; với PostgreSQL hãy dùng pg_dump.",
            "Built-in backups apply to SQLite files only; for PostgreSQL use pg_dump.",
        ),
        "backup_needs_pg_dump": (
            "Không sao lưu được: cơ sở dữ liệu nằm trên máy chủ PostgreSQL và máy này không có "
            "chương trình pg_dump. Hãy cài bộ công cụ máy khách PostgreSQL (có pg_dump) trên máy "
            "này, hoặc nhờ quản trị viên máy chủ sao lưu bằng pg_dump; bản sao lưu theo lịch trên "
            "máy chủ được hướng dẫn trong docs/deployment.md.",
            "Cannot back up: the database is on a PostgreSQL server and this computer has no "
            "pg_dump program. Install the PostgreSQL client tools (with pg_dump) on this computer, "
            "or ask the server's administrator to back it up with pg_dump; scheduled backups on "
            "the server are described in docs/deployment.md.",
        ),
        "backup_pg_dump_failed": (
            "Sao lưu bằng pg_dump không thành công ({path}): {detail}",
            "The backup with pg_dump failed ({path}): {detail}",
        ),
        "restore_on_server": (
            "Cơ sở dữ liệu PostgreSQL không khôi phục từ bàn làm việc: quản trị viên máy chủ khôi "
            "phục bản sao lưu bằng pg_restore trên máy chủ, khi mọi bàn làm việc đã đóng (các bước "
            "và cách diễn tập: docs/deployment.md). Không có gì bị thay đổi.",
            "A PostgreSQL database is not restored from a desk: the server's administrator restores "
            "the backup with pg_restore on the server, with every desk closed (steps and a restore "
            "drill: docs/deployment.md). Nothing was changed.",
        ),
        "restore_not_valid": (
            "Không khôi phục: tệp {path} không dùng được ({detail}). Cơ sở dữ liệu hiện tại giữ nguyên.",
            "Restore refused: {path} is not usable ({detail}). The current database is unchanged.",
        ),
        "restore_newer_schema": (
            "Không khôi phục: tệp {path} thuộc phiên bản phần mềm mới hơn (lược đồ {revision}).",
            "Restore refused: {path} comes from a newer version of the software (schema {revision}).",
        ),
        "restore_in_use": (
            "Không khôi phục: cơ sở dữ liệu {path} đang được mở bởi một chương trình khác. "
            "Hãy đóng mọi chương trình đang dùng nó (cửa sổ bàn cấp thẻ, máy quét) rồi thử lại.",
            "Restore refused: the database {path} is open in another program. Close every "
            "program using it (the desk window, a scanning station) and try again.",
        ),
        "restore_in_use_by": (
            "Không khôi phục: cơ sở dữ liệu {path} đang được mở bởi chương trình khác: "
            "{programs_vi}. Hãy đóng chương trình đó rồi thử lại.",
            "Restore refused: the database {path} is open in another program: {programs_en}. "
            "Close it and try again.",
        ),
        "restore_station_database": (
            "Không khôi phục: tệp {path} là cơ sở dữ liệu của một máy trạm kiểm soát (không có khóa "
            "ký), không phải của bàn cấp thẻ.",
            "Restore refused: {path} is a checkpoint station's database (it has no signing key), "
            "not the desk's.",
        ),
        "restore_other_installation": (
            "Không khôi phục: tệp {path} thuộc một bộ cài đặt khác (không có khóa ký nào chung với "
            "cơ sở dữ liệu hiện tại).",
            "Restore refused: {path} belongs to another installation (it shares no signing key "
            "with the current database).",
        ),
        "restore_unverified": (
            "Chưa khôi phục: tệp {path} không qua được kiểm tra: {differences}. Chỉ khôi phục khi "
            "chắc chắn tệp này đáng tin.",
            "Not restored yet: {path} fails the check: {differences}. Restore it only if you are "
            "sure the file can be trusted.",
        ),
    }
)

KEPT_ASIDE_MARK = "before-restore"
SQLITE_SIDE_SUFFIXES = ("-wal", "-shm", "-journal")

CandidateCheck = Callable[[Database], list[str]]
"""Looks at a restore candidate (opened read-only in spirit; a private copy) and returns what is
wrong with it in the user's words, or nothing. Storage knows nothing of the audit trail: the
application composes its check in :mod:`accred_app.core.database`."""


class RestoreUnverified(ValidationError):
    """The candidate is sound but a check found differences: restore only with confirmation."""

    def __init__(self, path: str, differences: list[str]) -> None:
        self.differences = list(differences)
        super().__init__("restore_unverified", path=path, differences="; ".join(differences))


@dataclass(frozen=True, slots=True)
class BackupInfo:
    path: Path
    size: int
    created: datetime


def backup_dir(db: Database) -> Path:
    path = db.path
    if path is None:
        raise ValidationError("backup_sqlite_only")
    return private_folder(path.parent / BACKUP_DIR_NAME)


def copy_sqlite(source: Path, destination: Path) -> None:
    """Consistent online copy of ``source`` to ``destination`` (written to a temp name, then
    renamed; owner-only)."""
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
    db: Database,
    actor: Actor,
    destination: Path | None = None,
    *,
    label: str = "manual",
    server_folder: Path | None = None,
) -> BackupInfo:
    """A backup of the database now: a SQLite copy (by default in the backups folder beside the
    file), or a ``pg_dump`` archive of a PostgreSQL database (by default in ``server_folder``, a
    folder of this computer's user: the server's own folders are not the desk's to write)."""
    actor.require(Permission.MANAGE_DATA)
    if db.path is None:
        return dump_server_database(db, destination, folder=server_folder, label=label)
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
        hook(db, destination, None)
    return BackupInfo(destination, destination.stat().st_size, utcnow())


PG_DUMP_ENV = "ACCRED_PG_DUMP"
"""The ``pg_dump`` program to use when it is not on PATH (Windows installs it under Program Files)."""
PG_DUMP_SUFFIX = ".dump"


def pg_dump_program() -> str | None:
    """``pg_dump`` from ``ACCRED_PG_DUMP`` or PATH; None when this computer has none."""
    named = os.environ.get(PG_DUMP_ENV)
    if named:
        return named if Path(named).is_file() else None
    return shutil.which("pg_dump")


def _libpq_connection(db: Database) -> tuple[str, dict[str, str]]:
    """The server connection of ``db`` as a libpq connection string, and the environment that
    carries its password (never on a command line, where other users could read it)."""
    from psycopg.conninfo import make_conninfo

    _args, options = db.engine.dialect.create_connect_args(db.engine.url)
    password = options.pop("password", None)
    plain = {k: str(v) for k, v in options.items() if isinstance(v, str | int)}
    environment = dict(os.environ)
    if password is not None:
        environment["PGPASSWORD"] = str(password)
    return make_conninfo(**plain), environment


def dump_server_database(
    db: Database,
    destination: Path | None = None,
    *,
    folder: Path | None = None,
    label: str = "manual",
) -> BackupInfo:
    """``pg_dump`` of the PostgreSQL database ``db`` into ``destination`` (custom format: what
    ``pg_restore`` reads), owner-only and whole or not at all.

    The dump is taken from a snapshot this function holds open (``pg_dump --snapshot``), and the
    backup hooks read from that same snapshot, so the audit head kept beside the file is exactly
    the head of the trail inside it, however busy the other desks are meanwhile.
    """
    program = pg_dump_program()
    if program is None:
        raise ValidationError("backup_needs_pg_dump")
    if destination is None:
        if folder is None:
            raise ValueError("a PostgreSQL backup needs a destination or a folder of this computer")
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
        name = db.engine.url.database or "accred"
        destination = private_folder(folder) / f"{name}-{stamp}-{label}{PG_DUMP_SUFFIX}"
    destination.parent.mkdir(parents=True, exist_ok=True)
    conninfo, environment = _libpq_connection(db)
    with db.engine.connect() as connection:
        snapshot_reader = connection.execution_options(isolation_level="REPEATABLE READ")
        with snapshot_reader.begin():
            snapshot = snapshot_reader.exec_driver_sql("SELECT pg_export_snapshot()").scalar_one()
            with replaced_on_success(destination) as temporary:
                try:
                    finished = subprocess.run(
                        [
                            program,
                            "--format=custom",
                            "--no-password",
                            f"--snapshot={snapshot}",
                            f"--file={temporary}",
                            f"--dbname={conninfo}",
                        ],
                        env=environment,
                        capture_output=True,
                        text=True,
                        check=False,
                    )
                except OSError as exc:
                    raise DatabaseProblem(
                        "backup_pg_dump_failed", path=db.display_name, detail=str(exc)
                    ) from exc
                if finished.returncode != 0:
                    lines = (finished.stderr or finished.stdout).strip().splitlines()
                    detail = lines[-1] if lines else f"exit {finished.returncode}"
                    raise DatabaseProblem(
                        "backup_pg_dump_failed", path=db.display_name, detail=detail
                    )
            for hook in db.backup_hooks:
                hook(db, destination, snapshot_reader)
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


# --- restore ----------------------------------------------------------------------------------


def check_candidate(path: Path, *, shown_as: str | None = None) -> str:
    """Refuse a file that is not an intact accred database of a schema this version knows;
    returns its schema revision. ``shown_as`` names the file in messages (the officer's file,
    when ``path`` is a private copy of it)."""
    # Alembic is imported only here, not when the module loads: it costs ~0.6 s at start-up.
    from accred_app.core.storage.migrate import alembic_config, current_revision

    shown = shown_as or str(path)
    if not path.is_file():
        raise ValidationError("restore_not_valid", path=shown, detail="không có tệp / no file")
    candidate = create_database(to_url(str(path)))
    try:
        try:
            quick_check(candidate)
            with candidate.engine.connect() as conn:
                rows = [r[0] for r in conn.exec_driver_sql("PRAGMA integrity_check").fetchall()]
            if rows != ["ok"]:
                raise ValidationError("restore_not_valid", path=shown, detail="; ".join(rows[:2]))
            revision = current_revision(candidate)
        except DatabaseProblem as exc:
            raise ValidationError("restore_not_valid", path=shown, detail=exc.code) from exc
        except ValidationError:
            raise
        except Exception as exc:  # sqlite3 raises many kinds for a non-database file
            raise ValidationError("restore_not_valid", path=shown, detail=str(exc)[:120]) from exc
        from alembic.script import ScriptDirectory

        known = {r.revision for r in ScriptDirectory.from_config(alembic_config()).walk_revisions()}
        if revision is None:
            raise ValidationError(
                "restore_not_valid",
                path=shown,
                detail="không phải CSDL accred / not an accred database",
            )
        if revision not in known:
            raise ValidationError("restore_newer_schema", path=shown, revision=revision)
        return revision
    finally:
        candidate.dispose()


@dataclass(frozen=True, slots=True)
class OtherProgram:
    """A process that has the database (or its WAL) open."""

    pid: int
    name: str


def programs_with_file_open(path: Path) -> list[OtherProgram]:
    """Other processes holding ``path`` or its SQLite side files open (Linux: ``/proc/*/fd``).

    Only processes this account may inspect are seen, which covers the desk and its scripts (the
    database is owner-only). Elsewhere the list is empty and the SQLite lock alone decides.
    """
    proc = Path("/proc")
    if not (proc / "self" / "fd").is_dir():
        return []
    resolved = str(path.resolve())
    wanted = {resolved, *(resolved + suffix for suffix in SQLITE_SIDE_SUFFIXES)}
    own = os.getpid()
    found: list[OtherProgram] = []
    try:
        entries = list(os.scandir(proc))
    except OSError:
        return []
    for entry in entries:
        if not entry.name.isdigit() or int(entry.name) == own:
            continue
        try:
            with os.scandir(Path(entry.path) / "fd") as descriptors:
                holds = any(_link_target(d.path) in wanted for d in descriptors)
        except OSError:  # gone, or another account's process
            continue
        if holds:
            try:
                name = (Path(entry.path) / "comm").read_text(encoding="utf-8").strip()
            except OSError:
                name = "?"
            found.append(OtherProgram(int(entry.name), name or "?"))
    return found


def _link_target(link: str) -> str | None:
    try:
        return os.readlink(link)
    except OSError:
        return None


def _in_use(path: Path, programs: list[OtherProgram]) -> DatabaseProblem:
    if not programs:
        return DatabaseProblem("restore_in_use", path=str(path))
    return DatabaseProblem(
        "restore_in_use_by",
        path=str(path),
        programs_vi=", ".join(f"{p.name} (tiến trình số {p.pid})" for p in programs),
        programs_en=", ".join(f"{p.name} (process {p.pid})" for p in programs),
    )


@contextmanager
def exclusive_access(path: Path) -> Iterator[sqlite3.Connection | None]:
    """Hold SQLite's exclusive lock on the database at ``path`` for the block, or refuse.

    Yields the connection holding the lock, or None when the file is missing or too damaged for
    SQLite to lock (then only the process list can tell who has it open). Every connection to a
    WAL database holds a shared lock for as long as it is open, so the exclusive lock is granted
    only when no other connection — in any process, or in this one — has the file open; while it is
    held, nobody else can open the database.
    """
    others = programs_with_file_open(path)
    if others:
        raise _in_use(path, others)
    if not path.exists():
        yield None
        return
    connection: sqlite3.Connection | None = sqlite3.connect(path, timeout=0, isolation_level=None)
    assert connection is not None
    try:
        # Set before the first access, exclusive locking mode takes the file's exclusive lock and
        # keeps it until the connection closes (the WAL index then lives in this process's memory).
        connection.execute("PRAGMA locking_mode = EXCLUSIVE")
        connection.execute("BEGIN EXCLUSIVE")
        connection.execute("COMMIT")
    except sqlite3.DatabaseError as exc:
        connection.close()
        connection = None
        text = str(exc).lower()
        if "locked" in text or "busy" in text:
            raise _in_use(path, programs_with_file_open(path)) from exc
    try:
        yield connection
    finally:
        if connection is not None:
            connection.close()


@dataclass(frozen=True, slots=True)
class DatabaseFacts:
    """What tells a desk from a station and one installation from another, read with plain SQL
    (storage knows nothing of how keys are kept)."""

    key_ids: frozenset[str]
    is_station: bool


def database_facts(connection: sqlite3.Connection) -> DatabaseFacts:
    """A station is recognised by its own marker (``settings.role = 'station'``, written when a
    station is set up from a package) or by having no key that can sign (every
    ``signing_keys.private_key`` NULL, where that column exists)."""
    tables = {r[0] for r in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    key_ids: frozenset[str] = frozenset()
    cannot_sign = False
    if "signing_keys" in tables:
        key_ids = frozenset(
            str(r[0]) for r in connection.execute("SELECT key_id FROM signing_keys")
        )
        columns = {r[1] for r in connection.execute("PRAGMA table_info(signing_keys)")}
        if "private_key" in columns:
            signing = connection.execute(
                "SELECT count(*) FROM signing_keys WHERE private_key IS NOT NULL"
            ).fetchone()[0]
            cannot_sign = signing == 0
    marked = False
    if "settings" in tables:
        row = connection.execute("SELECT value FROM settings WHERE key = 'role'").fetchone()
        marked = row is not None and row[0] == "station"
    return DatabaseFacts(key_ids, marked or cannot_sign)


def _reserve_beside(path: Path, label: str, suffix: str) -> Path:
    """A new, empty, owner-only file beside ``path`` whose name nobody else has or will get."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    while True:
        reserved = path.with_name(f"{path.stem}-{label}-{stamp}-{secrets.token_hex(4)}{suffix}")
        try:
            create_private_file(reserved)
        except FileExistsError:
            continue  # 2^-32 per try: the loop ends
        return reserved


def _remove_with_side_files(path: Path) -> None:
    for suffix in ("", *SQLITE_SIDE_SUFFIXES):
        Path(str(path) + suffix).unlink(missing_ok=True)


def _single_file(path: Path) -> None:
    """Leave the SQLite file at ``path`` without a WAL beside it (rollback-journal mode)."""
    connection = sqlite3.connect(path)
    try:
        connection.execute("PRAGMA journal_mode = DELETE")
    finally:
        connection.close()


def _copy_into(current: sqlite3.Connection, staged: Path, kept: Path) -> None:
    """Keep the locked database's content at ``kept``, then replace it with ``staged``'s, both
    through SQLite under the exclusive lock; the second step is one journalled transaction."""
    aside = sqlite3.connect(kept)
    try:
        current.backup(aside)
        aside.execute("PRAGMA journal_mode = DELETE")
    finally:
        aside.close()
    source = sqlite3.connect(staged)
    try:
        # Out of WAL for the copy, so a candidate with another page size can be written too.
        current.execute("PRAGMA journal_mode = DELETE")
        source.backup(current)
        current.execute("PRAGMA journal_mode = WAL")
    finally:
        source.close()


def _move_aside(path: Path, staged: Path, kept: Path) -> None:
    """For a current file SQLite cannot read: move it (and its side files) aside whole under the
    reserved name, then move the candidate in."""
    moved: list[tuple[Path, Path]] = []
    for suffix in SQLITE_SIDE_SUFFIXES:
        side = Path(str(path) + suffix)
        if side.exists():
            aside = Path(str(kept) + suffix)
            create_private_file(aside)  # reserved: never overwrites
            moved.append((side, aside))
    os.replace(path, kept)
    make_private(kept)  # a file from an older version may have been readable by others
    for side, aside in moved:
        os.replace(side, aside)
        make_private(aside)
    _single_file(staged)
    os.replace(staged, path)


def _check_candidate_contents(
    staged: Path,
    shown: str,
    check: CandidateCheck | None,
    accept_unverified: bool,
    current: DatabaseFacts | None,
) -> None:
    connection = sqlite3.connect(staged)
    try:
        facts = database_facts(connection)
    finally:
        connection.close()
    if facts.is_station and not (current is not None and current.is_station):
        raise ValidationError("restore_station_database", path=shown)
    if current is not None and current.key_ids and not current.key_ids & facts.key_ids:
        raise ValidationError("restore_other_installation", path=shown)
    if check is None:
        return
    candidate = create_database(to_url(str(staged)))
    try:
        differences = check(candidate)
    finally:
        candidate.dispose()
    if differences and not accept_unverified:
        raise RestoreUnverified(shown, differences)


def restore(
    target: str,
    backup_file: Path,
    *,
    check: CandidateCheck | None = None,
    accept_unverified: bool = False,
) -> Path | None:
    """Make ``backup_file`` the database at ``target``; returns where the replaced database was
    kept (None when there was none). See the module's docstring for what is refused and why."""
    from accred_app.migrations import HEAD_REVISION

    path = sqlite_path(to_url(target))
    if path is None:
        raise ValidationError("restore_on_server")
    shown = str(backup_file)
    if not backup_file.is_file():
        raise ValidationError("restore_not_valid", path=shown, detail="không có tệp / no file")
    staged = _reserve_beside(path, "restore", ".tmp")
    kept: Path | None = None
    try:
        try:
            copy_sqlite(backup_file, staged)
        except sqlite3.Error as exc:
            raise ValidationError("restore_not_valid", path=shown, detail=str(exc)[:120]) from exc
        revision = check_candidate(staged, shown_as=shown)
        if revision != HEAD_REVISION:  # read and restored as the current schema
            from accred_app.core.storage.migrate import migrate_to_head

            staged_db = create_database(to_url(str(staged)))
            try:
                migrate_to_head(staged_db)
            finally:
                staged_db.dispose()
        with exclusive_access(path) as current:
            facts: DatabaseFacts | None = None
            if current is not None:
                try:
                    facts = database_facts(current)
                except sqlite3.DatabaseError:
                    facts = None  # damaged inside: treated as unreadable
            _check_candidate_contents(staged, shown, check, accept_unverified, facts)
            if current is None and not path.exists():
                _single_file(staged)
                os.replace(staged, path)
                make_private(path)
                return None
            kept = _reserve_beside(path, KEPT_ASIDE_MARK, path.suffix)
            if current is not None:
                try:
                    _copy_into(current, staged, kept)
                    return kept
                except sqlite3.DatabaseError as exc:
                    if facts is not None:  # a readable database stays as it was: nothing kept
                        _remove_with_side_files(kept)
                        kept = None
                        raise translate_db_error(exc, str(path)) from exc
        # The current file is too damaged for SQLite: nobody can be using it through SQLite, and
        # the process list was checked; it is moved aside whole.
        assert kept is not None
        _move_aside(path, staged, kept)
        make_private(path)
        return kept
    except BaseException:
        if kept is not None and kept.exists() and kept.stat().st_size == 0:
            kept.unlink()  # reserved but never written: the restore did not happen
        raise
    finally:
        _remove_with_side_files(staged)
