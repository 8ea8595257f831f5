"""The head of the audit chain (its length and last hash) kept outside the database file.

A chain only proves that its rows fit together: someone who can write the file can cut rows off its
end, or rewrite the whole chain consistently, and it still fits. So the head is also written where
an edit of the database does not reach:

- **beside each backup** (``<backup file>.audit-head.json``), for every backup the application
  makes — manual, daily, before a migration — through the storage's backup hook;
- **in the officer's own settings folder** (``platformdirs``' user config folder, one small file per
  database, keyed by its path or its URL without password), written at each sign-in and when a
  command ends. It only ever moves forward: a head the trail no longer extends is kept, so signing in
  again never washes the evidence away. A restore done by the officer replaces it on purpose.

``audit verify`` takes the newest head of each place (the sign-in file, the backups folder beside
the database, and any file named on the command line) and reports a trail shorter than it, or one
whose row at that position has another hash, naming the place and the time.

What it cannot do: protect a head from someone who can also write the officer's settings folder or
the backups folder, or find a change made between the last recorded head and now if the chain was
rewritten consistently in that window (the next backup or sign-in records the head going forward).
"""

from __future__ import annotations

import hashlib
import json
import os
import secrets
import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from platformdirs import user_config_dir
from sqlalchemy import Connection, func, select
from sqlalchemy.engine import make_url
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from accred_app.core.clock import VIETNAM_TZ, utcnow
from accred_app.core.errors import AccredError, ValidationError
from accred_app.core.messages import register
from accred_app.core.models import AuditEntry
from accred_app.core.roles import Actor
from accred_app.core.security.audit import GENESIS_HASH
from accred_app.core.storage.backup import BACKUP_DIR_NAME
from accred_app.core.storage.db import Database
from accred_app.core.verification import Finding, VerificationSection

HEAD_FORMAT = "accred-audit-head/1"
HEAD_SUFFIX = ".audit-head.json"
HEADS_FOLDER = "audit-heads"
CONFIG_DIR_ENV = "ACCRED_CONFIG_DIR"
APP_NAME = "accred_app"
APP_AUTHOR = "accred"

SOURCE_BACKUP = "backup"
SOURCE_SIGN_IN = "sign-in"
SOURCE_RESTORE = "restore"
SOURCE_FILE = "file"
SOURCE_LABELS = {
    SOURCE_BACKUP: ("sao lưu", "backup"),
    SOURCE_SIGN_IN: ("đăng nhập", "sign-in"),
    SOURCE_RESTORE: ("khôi phục", "restore"),
    SOURCE_FILE: ("tệp chỉ định", "given file"),
}

STATUS_OK = "ok"
STATUS_SHORTER = "shorter"
STATUS_DIVERGED = "diverged"

register(
    {
        "audit_heads_ok": (
            "Nhật ký nối tiếp các mốc giữ ngoài cơ sở dữ liệu: {list_vi}.",
            "The trail extends the heads kept outside the database: {list_en}.",
        ),
        "audit_heads_none": (
            "Chưa có mốc nào giữ ngoài cơ sở dữ liệu để đối chiếu (mốc được ghi khi sao lưu và "
            "khi đăng nhập).",
            "No head kept outside the database to compare with yet (heads are written at each "
            "backup and sign-in).",
        ),
        "audit_heads_problems": (
            "Nhật ký không khớp với {problems} mốc giữ ngoài cơ sở dữ liệu.",
            "The trail does not match {problems} head(s) kept outside the database.",
        ),
        "audit_head_shorter": (
            "Nhật ký ngắn hơn mốc {source_vi} ({place}, {when}{who_vi}): mốc có {rows} bản ghi, "
            "nhật ký chỉ còn {count} (các bản ghi cuối đã bị xóa).",
            "The trail is shorter than the {source_en} head ({place}, {when}{who_en}): the head "
            "has {rows} rows, the trail only {count} (its last rows were deleted).",
        ),
        "audit_head_diverged": (
            "Nhật ký không nối tiếp mốc {source_vi} ({place}, {when}{who_vi}): bản ghi #{rows} "
            "không còn mã băm {short_hash} (nhật ký đã bị cắt rồi ghi tiếp, hoặc bị viết lại).",
            "The trail does not extend the {source_en} head ({place}, {when}{who_en}): row "
            "#{rows} no longer has hash {short_hash} (the trail was cut and written on, or "
            "rewritten).",
        ),
        "audit_head_missing": (
            "Không có tệp mốc nhật ký {path}.",
            "No audit head file {path}.",
        ),
        "audit_head_unreadable": (
            "Không đọc được mốc nhật ký trong tệp {path}: {detail}",
            "Cannot read an audit head from {path}: {detail}",
        ),
    }
)


@dataclass(frozen=True, slots=True)
class AuditHead:
    """The chain's head as seen at ``recorded_at``: ``rows`` rows, the last one hashing to
    ``head_hash``. ``place`` is the file it was read from or written to."""

    rows: int
    head_hash: str
    recorded_at: datetime
    source: str
    place: str
    database: str | None = None
    officer: str | None = None

    def document(self) -> dict[str, Any]:
        return {
            "format": HEAD_FORMAT,
            "database": self.database,
            "rows": self.rows,
            "head_hash": self.head_hash,
            "recorded_at": self.recorded_at.astimezone(UTC).isoformat(),
            "source": self.source,
            "officer": self.officer,
        }

    def as_json(self, status: str) -> dict[str, Any]:
        return {
            "source": self.source,
            "place": self.place,
            "recorded_at": self.recorded_at.astimezone(UTC).isoformat(),
            "officer": self.officer,
            "rows": self.rows,
            "head_hash": self.head_hash,
            "status": status,
        }


def settings_folder() -> Path:
    """The officer's own settings folder (``ACCRED_CONFIG_DIR`` overrides it, e.g. in tests)."""
    return Path(os.environ.get(CONFIG_DIR_ENV) or user_config_dir(APP_NAME, APP_AUTHOR))


def database_identity(db: Database) -> str:
    """Which database a head belongs to: the SQLite file's full path, or the URL without password."""
    if db.path is not None:
        return str(db.path)
    return make_url(db.url).set(password=None).render_as_string(hide_password=False)


def sign_in_head_path(db: Database, folder: Path | None = None) -> Path:
    digest = hashlib.sha256(database_identity(db).encode("utf-8")).hexdigest()[:32]
    return (folder or settings_folder()) / HEADS_FOLDER / f"{digest}.json"


def trail_head(session: Session | Connection) -> tuple[int, str]:
    """The trail's last row id and hash (``(0, GENESIS_HASH)`` for an empty trail)."""
    last = session.execute(
        select(AuditEntry.id, AuditEntry.hash).order_by(AuditEntry.id.desc()).limit(1)
    ).first()
    return (int(last[0]), str(last[1])) if last else (0, GENESIS_HASH)


def head_of_database_file(path: Path) -> tuple[int, str] | None:
    """The head of the trail inside a database file (a backup), read-only; None when it has none."""
    try:
        connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    except sqlite3.Error:
        return None
    try:
        last = connection.execute(
            "SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1"
        ).fetchone()
    except sqlite3.Error:
        return None
    finally:
        connection.close()
    return (int(last[0]), str(last[1])) if last else (0, GENESIS_HASH)


def _write_private_json(path: Path, document: dict[str, Any]) -> None:
    """Write whole or not at all, readable by the owner only (a head is small but telling)."""
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    temporary = path.with_name(f".{path.name}.{secrets.token_hex(4)}.part")
    descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        with os.fdopen(descriptor, "w", encoding="utf-8") as stream:
            json.dump(document, stream, ensure_ascii=False, indent=1)
            stream.write("\n")
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, path)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise


def parse_head(document: object, place: str) -> AuditHead:
    """Check a head document's shape; ``ValueError`` when it is not one."""
    if not isinstance(document, dict) or document.get("format") != HEAD_FORMAT:
        raise ValueError("format")
    rows, head_hash = document.get("rows"), document.get("head_hash")
    if not isinstance(rows, int) or isinstance(rows, bool) or rows < 0:
        raise ValueError("rows")
    if not isinstance(head_hash, str) or len(head_hash) != 64:
        raise ValueError("head_hash")
    recorded_at = datetime.fromisoformat(str(document.get("recorded_at")))
    if recorded_at.tzinfo is None:
        raise ValueError("recorded_at")
    source = document.get("source")
    database, officer = document.get("database"), document.get("officer")
    return AuditHead(
        rows,
        head_hash,
        recorded_at,
        source if source in SOURCE_LABELS else SOURCE_FILE,
        place,
        database if isinstance(database, str) else None,
        officer if isinstance(officer, str) else None,
    )


def read_head_file(path: Path) -> AuditHead:
    if not path.exists():
        raise ValidationError("audit_head_missing", path=str(path))
    try:
        return parse_head(json.loads(path.read_text(encoding="utf-8")), str(path))
    except (OSError, ValueError) as exc:  # JSONDecodeError and UnicodeDecodeError are ValueErrors
        raise ValidationError(
            "audit_head_unreadable", path=str(path), detail=str(exc)[:120]
        ) from exc


def _read_quietly(path: Path) -> AuditHead | None:
    try:
        return read_head_file(path)
    except ValidationError:
        return None


def write_backup_head(
    db: Database, backup_path: Path, snapshot: Connection | None = None
) -> Path | None:
    """The storage's backup hook: keep the backup's own head beside it. It is read from the copy
    (a SQLite file) or from the snapshot that was dumped (PostgreSQL), so it is exactly what the
    backup holds."""
    head = trail_head(snapshot) if snapshot is not None else head_of_database_file(backup_path)
    if head is None:
        return None
    place = Path(str(backup_path) + HEAD_SUFFIX)
    record = AuditHead(head[0], head[1], utcnow(), SOURCE_BACKUP, str(place), database_identity(db))
    _write_private_json(place, record.document())
    return place


def head_status(session: Session, head: AuditHead) -> str:
    """Whether the trail extends ``head`` (two look-ups by primary key: cheap at every sign-in)."""
    if head.rows == 0:
        return STATUS_OK
    stored = session.execute(
        select(AuditEntry.hash).where(AuditEntry.id == head.rows)
    ).scalar_one_or_none()
    if stored is None:
        last, _ = trail_head(session)
        return STATUS_SHORTER if last < head.rows else STATUS_DIVERGED
    return STATUS_OK if stored == head.head_hash else STATUS_DIVERGED


def record_seen_head(db: Database, actor: Actor, *, folder: Path | None = None) -> AuditHead | None:
    """Keep the head this officer has just seen in their own settings folder. Call it at sign-in
    (the CLI also calls it when a command ends; the desk window may at sign-out).

    The stored head only moves forward: when the trail no longer extends it, it is kept as evidence
    and returned unchanged. Never raises — a settings folder that cannot be written must not stop
    the desk — and returns None then.
    """
    try:
        path = sign_in_head_path(db, folder)
        identity = database_identity(db)
        with db.reading() as session:
            rows, head_hash = trail_head(session)
            stored = _read_quietly(path)
            if stored is not None and stored.database == identity:
                if head_status(session, stored) != STATUS_OK:
                    return stored
                if (stored.rows, stored.head_hash) == (rows, head_hash):
                    return stored
        head = AuditHead(
            rows, head_hash, utcnow(), SOURCE_SIGN_IN, str(path), identity, actor.username
        )
        _write_private_json(path, head.document())
        return head
    except (OSError, SQLAlchemyError, AccredError, ValueError):
        return None


def record_restored_head(
    db: Database, *, officer: str | None, folder: Path | None = None
) -> AuditHead:
    """After a restore the trail is the backup's, shorter than the heads recorded since: record the
    restored head, on purpose, as the newest in the officer's settings and in the backups folder,
    so the restore itself is not reported (older heads stay on disk as a record)."""
    identity = database_identity(db)
    with db.reading() as session:
        rows, head_hash = trail_head(session)
    now = utcnow()
    personal = sign_in_head_path(db, folder)
    head = AuditHead(rows, head_hash, now, SOURCE_RESTORE, str(personal), identity, officer)
    _write_private_json(personal, head.document())
    if db.path is not None:
        stamp = now.astimezone(VIETNAM_TZ).strftime("%Y%m%d-%H%M%S-%f")
        beside = db.path.parent / BACKUP_DIR_NAME / f"{db.path.stem}-{stamp}-restore{HEAD_SUFFIX}"
        _write_private_json(beside, replace(head, place=str(beside)).document())
    return head


def _given_head(path: Path) -> AuditHead:
    """A head named by the officer: a head file, or a backup (its head file, else its own trail)."""
    if path.name.endswith(".json"):
        return replace(read_head_file(path), source=SOURCE_FILE)
    beside = Path(str(path) + HEAD_SUFFIX)
    if beside.is_file():
        return replace(read_head_file(beside), source=SOURCE_FILE)
    if not path.exists():
        raise ValidationError("audit_head_missing", path=str(path))
    head = head_of_database_file(path)
    if head is None:
        raise ValidationError(
            "audit_head_unreadable", path=str(path), detail="no audit_log / không có nhật ký"
        )
    modified = datetime.fromtimestamp(path.stat().st_mtime, UTC)
    return AuditHead(head[0], head[1], modified, SOURCE_FILE, str(path))


def find_heads(
    db: Database, head_files: Sequence[Path] = (), *, folder: Path | None = None
) -> list[AuditHead]:
    """The heads ``audit verify`` checks: the newest of each place (see the module doc).

    A head file named by the officer that cannot be read is an error; one found on its own that
    cannot be read is skipped (it is no more telling than a missing one).
    """
    identity = database_identity(db)
    found: list[AuditHead] = []
    personal = _read_quietly(sign_in_head_path(db, folder))
    if personal is not None and personal.database == identity:
        found.append(personal)
    if db.path is not None:
        backups = db.path.parent / BACKUP_DIR_NAME
        beside = [
            head
            for path in (sorted(backups.glob(f"*{HEAD_SUFFIX}")) if backups.is_dir() else [])
            if (head := _read_quietly(path)) is not None and head.database == identity
        ]
        if beside:
            found.append(max(beside, key=lambda head: head.recorded_at))
    found.extend(_given_head(Path(path)) for path in head_files)
    return found


def _when(moment: datetime) -> str:
    return moment.astimezone(VIETNAM_TZ).strftime("%H:%M %d/%m/%Y")


def _shown(head: AuditHead) -> dict[str, str]:
    vi, en = SOURCE_LABELS.get(head.source, SOURCE_LABELS[SOURCE_FILE])
    return {
        "source_vi": vi,
        "source_en": en,
        "when": _when(head.recorded_at),
        "who_vi": f", cán bộ {head.officer}" if head.officer else "",
        "who_en": f", officer {head.officer}" if head.officer else "",
        "short_hash": head.head_hash[:16],
    }


def check_heads(session: Session, heads: Iterable[AuditHead]) -> VerificationSection:
    """Compare the trail with each head (see :func:`find_heads`)."""
    checked: list[dict[str, Any]] = []
    findings: list[Finding] = []
    agreed: list[AuditHead] = []
    for head in heads:
        status = head_status(session, head)
        checked.append(head.as_json(status))
        if status == STATUS_OK:
            agreed.append(head)
            continue
        count = session.execute(select(func.count()).select_from(AuditEntry)).scalar_one()
        findings.append(
            Finding(
                status,
                f"audit_head_{status}",
                {**head.as_json(status), "count": count},
                _shown(head),
            )
        )
    details = {"checked": checked}
    if findings:
        summary = Finding("problems", "audit_heads_problems", {}, {"problems": len(findings)})
        return VerificationSection("heads", False, summary, tuple(findings), len(findings), details)
    if not agreed:
        return VerificationSection(
            "heads", True, Finding("none", "audit_heads_none"), details=details
        )
    listed = {
        "vi": "; ".join(
            f"mốc {SOURCE_LABELS[h.source][0]} lúc {_when(h.recorded_at)} ({h.rows} bản ghi)"
            for h in agreed
        ),
        "en": "; ".join(
            f"{SOURCE_LABELS[h.source][1]} head of {_when(h.recorded_at)} ({h.rows} rows)"
            for h in agreed
        ),
    }
    summary = Finding(
        "ok", "audit_heads_ok", {}, {"list_vi": listed["vi"], "list_en": listed["en"]}
    )
    return VerificationSection("heads", True, summary, details=details)
