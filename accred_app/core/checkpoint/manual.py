"""Manual admission: when a pass will not scan (wet, torn, faded), the officer finds it by three
letters of the holder's name or by the serial printed on it, and admits the holder by hand.

Finding is read-only: each candidate comes with what the checkpoint would decide for it right now,
from the pass's own signed token — the same ``decide`` a scan runs, so a revoked, expired or
wrong-zone pass shows as such and a manual admission can never let in what a scan would refuse.
Admitting runs that verdict again in the write transaction and logs it like a scan, with
``method = 'manual'`` and the officer's reason, which is required. The row is an ordinary scan-log
row: it is chained, it counts as an entry in the reports when allowed, it makes the holder inside,
and the access log shows its method and reason.

Candidates come from the event's passes only (a station holds no others anyway), through the
reporters' words index: the longest query word gives a range of that index (the reporters with a
word starting so), the event's passes of those reporters are found on ``ix_passes_reporter_event``,
and every query word is then tested on the reporter's search key — so "ngu anh" finds "Nguyễn Thị
Ánh" whichever way it was typed. 50 ms for "ngu" at the big desk (38,000 words in the range).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any, Final

from sqlalchemy import and_, exists, select
from sqlalchemy.orm import Session

from accred_app.core import text as folding
from accred_app.core.checkpoint.scanning import (
    CheckpointPost,
    ScanResult,
    decide_and_log,
    knowledge_for,
)
from accred_app.core.checkpoint.verdict import Direction, decide
from accred_app.core.clock import utcnow
from accred_app.core.errors import NotFoundError, ValidationError
from accred_app.core.messages import register, render
from accred_app.core.models import (
    FieldPass,
    PressAgency,
    Reporter,
    ReporterPhoto,
    ReporterWord,
    ScanMethod,
)
from accred_app.core.registry.common import search_clause
from accred_app.core.registry.events import ZoneView
from accred_app.core.roles import Actor, Permission
from accred_app.core.storage.db import Database

MAX_CANDIDATES: Final = 50
DEFAULT_CANDIDATES: Final = 20
MIN_QUERY_LETTERS: Final = 2
"""One letter would list half the desk; the gate types three."""
REASON_LIMIT: Final = 500
SERIAL_NUMBER_DIGITS: Final = 6  # TH-2026-000123: the number a faded pass still shows

register(
    {
        "manual_query_too_short": (
            "Nhập ít nhất {minimum} chữ cái của tên (không cần dấu) hoặc số thẻ in trên thẻ.",
            "Type at least {minimum} letters of the name (accents not needed) or the serial "
            "printed on the pass.",
        ),
        "manual_reason_required": (
            "Cho vào không qua quét thẻ phải ghi lý do (ví dụ: thẻ bị ướt, không quét được).",
            "Admitting without a scan needs a reason (for example: the pass is wet and will "
            "not scan).",
        ),
        "manual_pass_unknown": (
            "Không có thẻ tác nghiệp số {serial}.",
            "There is no pass with serial {serial}.",
        ),
        "manual_reason_too_long": (
            "Lý do dài quá {limit} ký tự.",
            "The reason is longer than {limit} characters.",
        ),
    }
)


def required_reason(reason: str | None, missing_code: str) -> str:
    """The officer's reason, cleaned (NFC, trimmed); ``missing_code`` when blank."""
    cleaned = folding.clean(reason) if reason is not None else ""
    if not cleaned:
        raise ValidationError(missing_code)
    if len(cleaned) > REASON_LIMIT:
        raise ValidationError("manual_reason_too_long", limit=REASON_LIMIT)
    return cleaned


@dataclass(frozen=True, slots=True)
class ManualCandidate:
    """A pass of the checkpoint's event that matches the search, with what admitting it would
    give here and now (``allowed``, ``reason``, ``message``: the scan's verdict on its token)."""

    pass_id: int
    serial: str
    pass_status: str
    zones: tuple[ZoneView, ...]
    valid_from: datetime
    valid_to: datetime
    reporter_id: int
    reporter_name: str
    agency: str
    reporter_status: str
    has_photo: bool
    allowed: bool
    reason: str
    message: str

    def as_json(self) -> dict[str, object]:
        return {
            "pass_id": self.pass_id,
            "serial": self.serial,
            "pass_status": self.pass_status,
            "zones": [{"code": z.code, "name": z.name, "colour": z.colour} for z in self.zones],
            "valid_from": self.valid_from.isoformat(),
            "valid_to": self.valid_to.isoformat(),
            "reporter": {
                "id": self.reporter_id,
                "name": self.reporter_name,
                "agency": self.agency,
                "status": self.reporter_status,
            },
            "has_photo": self.has_photo,
            "allowed": self.allowed,
            "reason": self.reason,
            "message": self.message,
        }


_HAS_PHOTO = exists().where(ReporterPhoto.reporter_id == Reporter.id)
_COLUMNS = (
    FieldPass.id,
    FieldPass.serial,
    FieldPass.status,
    FieldPass.zone_mask,
    FieldPass.valid_from,
    FieldPass.valid_to,
    FieldPass.token,
    Reporter.id,
    Reporter.full_name,
    PressAgency.name,
    Reporter.status,
    _HAS_PHOTO,
    Reporter.sort_key,
)


def _by_serial(event_id: int, query: str) -> Any:
    """The serial as printed (``TH-2026-000123``), or only its number (``123``, ``000123``)."""
    wanted = query.strip().upper().replace(" ", "")
    condition = FieldPass.serial == wanted
    if wanted.isdigit():
        number = wanted.zfill(SERIAL_NUMBER_DIGITS)
        condition = FieldPass.serial.like(f"%-{number}")
    return (
        select(*_COLUMNS)
        .join(Reporter, Reporter.id == FieldPass.reporter_id)
        .join(PressAgency, PressAgency.id == Reporter.agency_id)
        .where(FieldPass.event_id == event_id, condition)
    )


def _by_name(event_id: int, query: str, words: list[str]) -> Any:
    """The event's passes whose holder has a word starting with the longest query word (a range
    of the words index, read once as a list the planner probes: driving from the passes by
    reporter would walk that range once per pass), and every query word in their search key."""
    driver = max(words, key=len)
    low, high = folding.word_prefix_range(driver)
    in_range = ReporterWord.word >= low
    if high is not None:
        in_range = and_(in_range, ReporterWord.word < high)
    return (
        select(*_COLUMNS)
        .join(Reporter, Reporter.id == FieldPass.reporter_id)
        .join(PressAgency, PressAgency.id == Reporter.agency_id)
        .where(
            FieldPass.event_id == event_id,
            Reporter.id.in_(select(ReporterWord.reporter_id).where(in_range)),
            search_clause(Reporter.search_key, query),
        )
    )


def _zones(post: CheckpointPost, zone_mask: int) -> tuple[ZoneView, ...]:
    return tuple(zone for zone in post.event.zones if zone_mask >> zone.slot & 1)


def find_candidates(
    db: Database,
    actor: Actor,
    post: CheckpointPost,
    query: str,
    *,
    direction: Direction | None = None,
    now: datetime | None = None,
    limit: int = DEFAULT_CANDIDATES,
    locale: str = "vi",
) -> tuple[ManualCandidate, ...]:
    """Passes of the post's event whose holder's name (words, accents ignored) or serial matches
    ``query``, in Vietnamese name order, each with the verdict admitting it would give."""
    actor.require(Permission.SCAN)
    limit = max(1, min(limit, MAX_CANDIDATES))
    stripped = folding.clean(query or "")
    words = folding.query_words(stripped)
    if any(character.isdigit() for character in stripped):
        statement = _by_serial(post.event.id, stripped)
    elif sum(len(word) for word in words) >= MIN_QUERY_LETTERS:
        statement = _by_name(post.event.id, stripped, words)
    else:
        raise ValidationError("manual_query_too_short", minimum=MIN_QUERY_LETTERS)
    statement = statement.order_by(Reporter.sort_key, FieldPass.id).limit(limit)
    moment = now or utcnow()
    gate_direction = direction or post.direction
    with db.reading() as session:
        rows = session.execute(statement).all()
        return tuple(
            _candidate(db, session, post, row, gate_direction, moment, locale) for row in rows
        )


def _candidate(
    db: Database,
    session: Session,
    post: CheckpointPost,
    row: Any,
    direction: Direction,
    now: datetime,
    locale: str,
) -> ManualCandidate:
    (pass_id, serial, status, zone_mask, valid_from, valid_to, token, reporter_id, name, agency,
     reporter_status, has_photo, _sort_key) = row  # fmt: skip
    verdict = decide(token, post.checkpoint, direction, now, knowledge_for(db, session))
    return ManualCandidate(
        pass_id=pass_id,
        serial=serial,
        pass_status=status.value,
        zones=_zones(post, zone_mask),
        valid_from=valid_from,
        valid_to=valid_to,
        reporter_id=reporter_id,
        reporter_name=name,
        agency=agency,
        reporter_status=reporter_status.value,
        has_photo=bool(has_photo),
        allowed=verdict.allowed,
        reason=verdict.reason.value,
        message=verdict.message(locale),
    )


def admit_manually(
    db: Database,
    actor: Actor,
    post: CheckpointPost,
    serial: str,
    reason: str,
    *,
    direction: Direction | None = None,
    now: datetime | None = None,
    locale: str = "vi",
    with_photo: bool = False,
) -> ScanResult:
    """Decide on the pass's stored token and log the result as a manual admission with the
    officer's ``reason`` (required). Refused like a scan would be (and logged, as a scan is)."""
    actor.require(Permission.SCAN)
    note = required_reason(reason, "manual_reason_required")
    wanted = (serial or "").strip().upper()
    with db.reading() as session:
        token = session.execute(
            select(FieldPass.token).where(FieldPass.serial == wanted)
        ).scalar_one_or_none()
    if token is None:
        raise NotFoundError("manual_pass_unknown", serial=wanted[:40] or "—")
    return decide_and_log(
        db,
        actor,
        post,
        token,
        direction or post.direction,
        now=now or utcnow(),
        locale=locale,
        with_photo=with_photo,
        method=ScanMethod.MANUAL,
        note=note,
    )


def method_label(method: str, locale: str = "vi") -> str:
    """How a scan-log row came to be, in words (the access log, the recent-scans list)."""
    return render(f"scan_method.{method}", locale)


register(
    {
        "scan_method.scan": ("Quét thẻ", "Scan"),
        "scan_method.manual": ("Cho vào thủ công", "Manual admission"),
        "scan_method.override": ("Chỉ huy không cho qua", "Supervisor denial"),
    }
)
