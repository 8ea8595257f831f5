"""Access entries recorded by hand: a unit gave one or more reporters an interview, a briefing, an
escorted site visit, or documents and figures — and, later, the articles that came of it.

The checkpoint records entries by itself (the scan log); these are what a gate never sees. Every
change goes through an ORM flush, so the audit trail records it (entry, reporters added or
removed, articles) without any code here remembering to; :func:`entry_history` reads it back.
"""

from __future__ import annotations

import enum
import json
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from urllib.parse import urlsplit

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import InstrumentedAttribute, Session, selectinload

from accred_app.core import validation as v
from accred_app.core.clock import VIETNAM_TZ, utcnow
from accred_app.core.errors import NotFoundError, ValidationError
from accred_app.core.messages import register, register_terms
from accred_app.core.models import (
    AccessArticle,
    AccessEntry,
    AccessEntryReporter,
    AccessKind,
    AuditEntry,
    Event,
    PoliceUnit,
    PressAgency,
    Reporter,
)
from accred_app.core.registry.common import get_or_raise
from accred_app.core.roles import Actor, Permission
from accred_app.core.security.audit import AuditLine
from accred_app.core.storage.db import Database
from accred_app.core.text import vietnamese_sort_key

register(
    {
        "invalid_time": (
            "Thời điểm “{value}” không hợp lệ: dùng dạng YYYY-MM-DD HH:MM hoặc dd/mm/yyyy HH:MM "
            "(giờ Việt Nam).",
            "Time “{value}” is invalid: use YYYY-MM-DD HH:MM or dd/mm/yyyy HH:MM (Vietnam time).",
        ),
        "access_in_future": (
            "Thời điểm {value} còn ở tương lai: chỉ ghi nhận việc đã diễn ra.",
            "{value} is in the future: record only what has happened.",
        ),
        "access_needs_reporter": (
            "Cần ít nhất một phóng viên được tiếp cận.",
            "At least one reporter is needed.",
        ),
        "invalid_url": (
            "Đường dẫn “{value}” không hợp lệ: cần bắt đầu bằng http:// hoặc https://.",
            "Link “{value}” is invalid: it must start with http:// or https://.",
        ),
        "article_agency_needed": (
            "Các phóng viên thuộc nhiều cơ quan báo chí: hãy chọn cơ quan đã đăng bài.",
            "The reporters belong to several agencies: choose the agency that published the article.",
        ),
        "article_before_access": (
            "Ngày đăng bài ({published}) trước ngày tiếp cận ({occurred}).",
            "The article's date ({published}) is before the access ({occurred}).",
        ),
        "access_entry_not_found": (
            "Không tìm thấy lượt tiếp cận số {key}.",
            "No access entry with id {key}.",
        ),
        "article_not_found": (
            "Lượt tiếp cận {entry} không có bài viết số {number}.",
            "Access entry {entry} has no article number {number}.",
        ),
        "article_problem": (
            "Bài viết thứ {number}: {reason_vi}",
            "Article {number}: {reason_en}",
        ),
    }
)
register_terms(
    {
        "unit_id": ("Đơn vị", "Unit"),
        "occurred_at": ("Thời điểm", "Time"),
        "reporter_ids": ("Phóng viên", "Reporters"),
        "articles": ("Bài viết", "Articles"),
    }
)

KINDS = [k.value for k in AccessKind]

#: How each kind reads in lists and reports (Vietnamese, English). ``scan`` is a checkpoint entry.
KIND_LABELS: dict[str, tuple[str, str]] = {
    "scan": ("Qua cổng kiểm soát", "Checkpoint scan"),
    AccessKind.INTERVIEW.value: ("Trả lời phỏng vấn", "Interview"),
    AccessKind.BRIEFING.value: ("Họp báo, cung cấp thông tin", "Press briefing"),
    AccessKind.SITE_VISIT.value: ("Tác nghiệp tại hiện trường", "Escorted site visit"),
    AccessKind.DOCUMENTS.value: ("Cung cấp tài liệu, số liệu", "Documents or figures"),
}


def kind_label(kind: str, locale: str = "vi") -> str:
    labels = KIND_LABELS.get(kind)
    if labels is None:
        return kind
    return labels[0] if locale == "vi" else labels[1]


class Keep(enum.Enum):
    """Marks an :func:`update_entry` field the officer did not touch (``None`` means "clear")."""

    KEEP = "keep"


KEEP = Keep.KEEP

_LOCAL_TIME = (
    (re.compile(r"(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{1,2}):(\d{2}))?"), (1, 2, 3)),
    (re.compile(r"(\d{1,2})/(\d{1,2})/(\d{4})(?: (\d{1,2}):(\d{2}))?"), (3, 2, 1)),
)
# A small allowance for a desk clock a few minutes off from the checkpoint's.
_FUTURE_TOLERANCE = timedelta(minutes=10)


def parse_local_time(value: datetime | str, field: str = "at") -> datetime:
    """When something happened, as an officer types it in Vietnam time (a day alone: its start).

    An aware datetime passes through; a naive one is taken as Vietnam time.
    """
    if isinstance(value, datetime):
        return value if value.tzinfo else value.replace(tzinfo=VIETNAM_TZ)
    raw = v.required_text(value, field, limit=40)
    for pattern, (year_group, month_group, day_group) in _LOCAL_TIME:
        match = pattern.fullmatch(raw)
        if match is None:
            continue
        try:
            day = date(
                int(match.group(year_group)),
                int(match.group(month_group)),
                int(match.group(day_group)),
            )
            clock = time(int(match.group(4)), int(match.group(5))) if match.group(4) else time()
        except ValueError:
            break
        return datetime.combine(day, clock, VIETNAM_TZ)
    raise ValidationError("invalid_time", value=raw[:40])


def _url(value: str | None) -> str | None:
    cleaned = v.text_field(value, "url", limit=2000)
    if cleaned is None:
        return None
    parts = urlsplit(cleaned)
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc or " " in cleaned:
        raise ValidationError("invalid_url", value=cleaned[:80])
    return cleaned


@dataclass(frozen=True, slots=True)
class ArticleInput:
    """An article to link; ``agency_id`` may be left out when every reporter is of one agency.
    ``number`` names an article the entry already has (an :func:`update_entry` corrects it in
    place); None is a new article."""

    title: str
    url: str | None = None
    published_on: date | str | None = None
    agency_id: int | None = None
    number: int | None = None


@dataclass(frozen=True, slots=True)
class ReporterRef:
    id: int
    full_name: str
    agency_id: int
    agency: str


@dataclass(frozen=True, slots=True)
class ArticleView:
    number: int
    agency_id: int
    agency: str
    title: str
    url: str | None
    published_on: date | None

    def as_json(self) -> dict[str, object]:
        return {
            "number": self.number,
            "agency_id": self.agency_id,
            "agency": self.agency,
            "title": self.title,
            "url": self.url,
            "published_on": self.published_on.isoformat() if self.published_on else None,
        }


@dataclass(frozen=True, slots=True)
class AccessEntryView:
    id: int
    occurred_at: datetime
    unit_id: int
    unit_name: str
    kind: str
    subject: str
    event_id: int | None
    event_name: str | None
    notes: str | None
    recorded_by: str
    reporters: tuple[ReporterRef, ...]
    articles: tuple[ArticleView, ...]
    created_at: datetime
    updated_at: datetime

    def as_json(self) -> dict[str, object]:
        return {
            "id": self.id,
            "at": self.occurred_at.astimezone(VIETNAM_TZ).isoformat(),
            "unit_id": self.unit_id,
            "unit": self.unit_name,
            "kind": self.kind,
            "subject": self.subject,
            "event_id": self.event_id,
            "event": self.event_name,
            "notes": self.notes,
            "recorded_by": self.recorded_by,
            "reporters": [
                {"id": r.id, "name": r.full_name, "agency_id": r.agency_id, "agency": r.agency}
                for r in self.reporters
            ],
            "articles": [a.as_json() for a in self.articles],
        }


def _load(session: Session, entry_id: int) -> AccessEntry:
    entry = session.execute(
        select(AccessEntry)
        .options(selectinload(AccessEntry.reporters), selectinload(AccessEntry.articles))
        .where(AccessEntry.id == entry_id)
    ).scalar_one_or_none()
    if entry is None:
        raise NotFoundError("access_entry_not_found", key=entry_id)
    return entry


def names_by_id(
    session: Session,
    id_column: InstrumentedAttribute[int],
    name_column: InstrumentedAttribute[str],
    ids: Iterable[int],
) -> dict[int, str]:
    """Names of the given rows only (a page's units, events, agencies), in one query."""
    wanted = set(ids)
    if not wanted:
        return {}
    return {
        row[0]: row[1]
        for row in session.execute(select(id_column, name_column).where(id_column.in_(wanted)))
    }


def _view(session: Session, entry: AccessEntry) -> AccessEntryView:
    reporter_ids = [link.reporter_id for link in entry.reporters]
    people = {
        row[0]: ReporterRef(row[0], row[1], row[2], row[3])
        for row in session.execute(
            select(Reporter.id, Reporter.full_name, Reporter.agency_id, PressAgency.name)
            .join(PressAgency, PressAgency.id == Reporter.agency_id)
            .where(Reporter.id.in_(reporter_ids))
        )
    }
    agency_names = names_by_id(
        session, PressAgency.id, PressAgency.name, {a.agency_id for a in entry.articles}
    )
    unit_name = session.execute(
        select(PoliceUnit.name).where(PoliceUnit.id == entry.unit_id)
    ).scalar_one()
    event_name = (
        session.execute(select(Event.name).where(Event.id == entry.event_id)).scalar_one()
        if entry.event_id is not None
        else None
    )
    return AccessEntryView(
        entry.id,
        entry.occurred_at,
        entry.unit_id,
        unit_name,
        entry.kind.value,
        entry.subject,
        entry.event_id,
        event_name,
        entry.notes,
        entry.recorded_by,
        tuple(sorted(people.values(), key=lambda r: (vietnamese_sort_key(r.full_name), r.id))),
        tuple(
            ArticleView(
                a.number, a.agency_id, agency_names[a.agency_id], a.title, a.url, a.published_on
            )
            for a in entry.articles
        ),
        entry.created_at,
        entry.updated_at,
    )


def _occurred_at(value: datetime | str, now: datetime) -> datetime:
    moment = parse_local_time(value)
    if moment > now + _FUTURE_TOLERANCE:
        raise ValidationError(
            "access_in_future", value=moment.astimezone(VIETNAM_TZ).strftime("%d/%m/%Y %H:%M")
        )
    return moment


def _reporter_ids(session: Session, reporter_ids: Iterable[int]) -> list[int]:
    wanted = list(dict.fromkeys(reporter_ids))
    if not wanted:
        raise ValidationError("access_needs_reporter")
    found = set(session.execute(select(Reporter.id).where(Reporter.id.in_(wanted))).scalars())
    for reporter_id in wanted:
        if reporter_id not in found:
            raise NotFoundError("not_found", entity="reporter", key=reporter_id)
    return wanted


def _article_fields(
    article: ArticleInput, occurred_at: datetime
) -> tuple[str, str | None, date | None]:
    """Title, link and date of an article as stored; the date may not precede the access."""
    title = v.required_text(article.title, "title", limit=500)
    url = _url(article.url)
    published_on = v.parse_date(article.published_on, "published") if article.published_on else None
    occurred_on = occurred_at.astimezone(VIETNAM_TZ).date()
    if published_on is not None and published_on < occurred_on:
        raise ValidationError(
            "article_before_access",
            published=published_on.strftime("%d/%m/%Y"),
            occurred=occurred_on.strftime("%d/%m/%Y"),
        )
    return title, url, published_on


def _article(
    session: Session, entry: AccessEntry, article: ArticleInput, number: int
) -> AccessArticle:
    title, url, published_on = _article_fields(article, entry.occurred_at)
    agency_id = _article_agency(session, entry, article)
    return AccessArticle(
        number=number,
        agency_id=agency_id,
        title=title,
        url=url,
        published_on=published_on,
    )


def _article_agency(session: Session, entry: AccessEntry, article: ArticleInput) -> int:
    agency_id = article.agency_id
    if agency_id is None:
        agencies = set(
            session.execute(
                select(Reporter.agency_id).where(
                    Reporter.id.in_([link.reporter_id for link in entry.reporters])
                )
            ).scalars()
        )
        if len(agencies) != 1:
            raise ValidationError("article_agency_needed")
        agency_id = agencies.pop()
    else:
        get_or_raise(session, PressAgency, agency_id, "agency")
    return agency_id


def _replace_articles(session: Session, entry: AccessEntry, wanted: Sequence[ArticleInput]) -> None:
    """Make the entry's articles ``wanted``: numbered ones corrected in place, the others added
    under new numbers, those left out deleted (explicitly, so the audit trail records it)."""
    held = {article.number: article for article in entry.articles}
    for article in wanted:
        if article.number is not None and article.number not in held:
            raise NotFoundError("article_not_found", entry=entry.id, number=article.number)
    kept = {article.number for article in wanted if article.number is not None}
    for number, stored in held.items():
        if number not in kept:
            entry.articles.remove(stored)
            session.delete(stored)
    for article in wanted:
        if article.number is None:
            number = entry.last_article_number + 1
            entry.articles.append(_article(session, entry, article, number))
            entry.last_article_number = number
            continue
        row = held[article.number]
        title, url, published_on = _article_fields(article, entry.occurred_at)
        agency_id = _article_agency(session, entry, article)
        for name, value in (
            ("title", title),
            ("url", url),
            ("published_on", published_on),
            ("agency_id", agency_id),
        ):
            if getattr(row, name) != value:
                setattr(row, name, value)


def add_entry(
    db: Database,
    actor: Actor,
    *,
    unit_id: int,
    kind: str,
    occurred_at: datetime | str,
    subject: str,
    reporter_ids: Sequence[int],
    event_id: int | None = None,
    notes: str | None = None,
    articles: Sequence[ArticleInput] = (),
    now: datetime | None = None,
) -> AccessEntryView:
    """Record that ``unit_id`` gave the reporters access or information, with any articles."""
    actor.require(Permission.EDIT_REGISTRY)
    kind_value = AccessKind(v.choice(kind, "kind", KINDS))
    clean_subject = v.required_text(subject, "subject", limit=500)
    clean_notes = v.text_field(notes, "notes", limit=4000)
    moment = _occurred_at(occurred_at, now or utcnow())
    with db.transaction(actor) as session:
        get_or_raise(session, PoliceUnit, unit_id, "unit")
        if event_id is not None:
            get_or_raise(session, Event, event_id, "event")
        entry = AccessEntry(
            occurred_at=moment,
            unit_id=unit_id,
            kind=kind_value,
            subject=clean_subject,
            event_id=event_id,
            notes=clean_notes,
            recorded_by=actor.username,
        )
        entry.reporters = [
            AccessEntryReporter(reporter_id=reporter_id)
            for reporter_id in _reporter_ids(session, reporter_ids)
        ]
        entry.articles = [
            _article(session, entry, article, number)
            for number, article in enumerate(articles, start=1)
        ]
        entry.last_article_number = len(entry.articles)
        session.add(entry)
        session.flush()
        return _view(session, entry)


def _field_error(error: ValidationError, field: str) -> ValidationError:
    """``error`` as about ``field`` of the form (its message unchanged)."""
    if error.field == field:
        return error
    return ValidationError(error.code, **{**error.params, "field": field})


def entry_errors(
    *,
    unit_id: int | None,
    kind: str | None,
    occurred_at: datetime | str | None,
    subject: str | None,
    reporter_ids: Sequence[int],
    notes: str | None = None,
    articles: Sequence[ArticleInput] = (),
    now: datetime | None = None,
) -> list[ValidationError]:
    """Every field :func:`add_entry` / :func:`update_entry` would refuse, each error naming the
    form's field (``unit_id``, ``kind``, ``occurred_at``, ``subject``, ``reporter_ids``,
    ``notes``, ``articles`` — one error per wrong article, saying which). What needs the
    database (a unit deleted meanwhile, an article's agency) is still the service's to refuse."""
    errors: list[ValidationError] = []

    def check(field: str, rule: Callable[[], object]) -> object:
        try:
            return rule()
        except ValidationError as error:
            errors.append(_field_error(error, field))
            return None

    def needs_unit() -> None:
        if unit_id is None:
            raise ValidationError("required", field="unit_id")

    def needs_reporter() -> None:
        if not reporter_ids:
            raise ValidationError("access_needs_reporter")

    check("unit_id", needs_unit)
    check("kind", lambda: v.choice(kind or "", "kind", KINDS))
    moment = check(
        "occurred_at",
        lambda: _occurred_at(occurred_at if occurred_at is not None else "", now or utcnow()),
    )
    check("subject", lambda: v.required_text(subject, "subject", limit=500))
    check("reporter_ids", needs_reporter)
    check("notes", lambda: v.text_field(notes, "notes", limit=4000))
    for number, article in enumerate(articles, start=1):
        try:
            if isinstance(moment, datetime):
                _article_fields(article, moment)
            else:  # the time is wrong: the article's own fields can still be checked
                v.required_text(article.title, "title", limit=500)
                _url(article.url)
                if article.published_on:
                    v.parse_date(article.published_on, "published")
        except ValidationError as error:
            errors.append(
                ValidationError(
                    "article_problem",
                    number=number,
                    reason_vi=error.message("vi"),
                    reason_en=error.message("en"),
                    field="articles",
                )
            )
    return errors


def update_entry(
    db: Database,
    actor: Actor,
    entry_id: int,
    *,
    unit_id: int | Keep = KEEP,
    kind: str | Keep = KEEP,
    occurred_at: datetime | str | Keep = KEEP,
    subject: str | Keep = KEEP,
    reporter_ids: Sequence[int] | Keep = KEEP,
    event_id: int | Keep | None = KEEP,
    notes: str | Keep | None = KEEP,
    articles: Sequence[ArticleInput] | Keep = KEEP,
    now: datetime | None = None,
) -> AccessEntryView:
    """Correct an entry; fields left at :data:`KEEP` stay as they are, ``None`` clears a field.
    ``articles`` is the whole new list (see :class:`ArticleInput`'s ``number``); everything is
    one transaction, so a refused article leaves the entry as it was."""
    actor.require(Permission.EDIT_REGISTRY)
    with db.transaction(actor) as session:
        entry = _load(session, entry_id)
        if not isinstance(unit_id, Keep):
            get_or_raise(session, PoliceUnit, unit_id, "unit")
            entry.unit_id = unit_id
        if not isinstance(kind, Keep):
            entry.kind = AccessKind(v.choice(kind, "kind", KINDS))
        if not isinstance(occurred_at, Keep):
            entry.occurred_at = _occurred_at(occurred_at, now or utcnow())
        if not isinstance(subject, Keep):
            entry.subject = v.required_text(subject, "subject", limit=500)
        if not isinstance(event_id, Keep):
            if event_id is not None:
                get_or_raise(session, Event, event_id, "event")
            entry.event_id = event_id
        if not isinstance(notes, Keep):
            entry.notes = v.text_field(notes, "notes", limit=4000)
        if not isinstance(reporter_ids, Keep):
            wanted = _reporter_ids(session, reporter_ids)
            for link in [link for link in entry.reporters if link.reporter_id not in wanted]:
                # Deleted explicitly, not left as an orphan: the audit listener sees explicit
                # deletions only, and who was taken off an entry belongs in its history.
                entry.reporters.remove(link)
                session.delete(link)
            held = {link.reporter_id for link in entry.reporters}
            entry.reporters += [
                AccessEntryReporter(reporter_id=reporter_id)
                for reporter_id in wanted
                if reporter_id not in held
            ]
        if not isinstance(articles, Keep):
            _replace_articles(session, entry, articles)
        occurred_on = entry.occurred_at.astimezone(VIETNAM_TZ).date()
        for article in entry.articles:
            if article.published_on is not None and article.published_on < occurred_on:
                raise ValidationError(
                    "article_before_access",
                    published=article.published_on.strftime("%d/%m/%Y"),
                    occurred=occurred_on.strftime("%d/%m/%Y"),
                )
        session.flush()
        return _view(session, entry)


def delete_entry(db: Database, actor: Actor, entry_id: int) -> None:
    """Remove an entry recorded in error (its reporters and articles go with it, all audited)."""
    actor.require(Permission.EDIT_REGISTRY)
    with db.transaction(actor) as session:
        session.delete(_load(session, entry_id))
        session.flush()


def add_article(
    db: Database, actor: Actor, entry_id: int, article: ArticleInput
) -> AccessEntryView:
    """Link one more published article to an entry; it gets the next number of that entry."""
    actor.require(Permission.EDIT_REGISTRY)
    with db.transaction(actor) as session:
        entry = _load(session, entry_id)
        number = entry.last_article_number + 1
        entry.articles.append(_article(session, entry, article, number))
        entry.last_article_number = number
        session.flush()
        return _view(session, entry)


def delete_article(db: Database, actor: Actor, entry_id: int, number: int) -> AccessEntryView:
    actor.require(Permission.EDIT_REGISTRY)
    with db.transaction(actor) as session:
        entry = _load(session, entry_id)
        article = next((a for a in entry.articles if a.number == number), None)
        if article is None:
            raise NotFoundError("article_not_found", entry=entry_id, number=number)
        entry.articles.remove(article)
        session.delete(article)  # explicit, so the audit trail records it (see update_entry)
        session.flush()
        return _view(session, entry)


def get_entry(db: Database, actor: Actor, entry_id: int) -> AccessEntryView:
    actor.require(Permission.READ)
    with db.reading() as session:
        return _view(session, _load(session, entry_id))


def entry_history(db: Database, actor: Actor, entry_id: int) -> list[AuditLine]:
    """The entry's audit trail with its reporters' and articles' rows (keyed ``entry_id,…``)."""
    actor.require(Permission.READ)
    children = (AccessEntryReporter.__tablename__, AccessArticle.__tablename__)
    with db.reading() as session:
        rows = session.execute(
            select(AuditEntry)
            .where(
                or_(
                    and_(
                        AuditEntry.entity == AccessEntry.__tablename__,
                        AuditEntry.entity_id == str(entry_id),
                    ),
                    and_(
                        AuditEntry.entity.in_(children),
                        AuditEntry.entity_id.like(f"{int(entry_id)},%"),
                    ),
                )
            )
            .order_by(AuditEntry.id)
        ).scalars()
        return [
            AuditLine(r.id, r.at, r.actor, r.action, r.entity, r.entity_id, json.loads(r.changes))
            for r in rows
        ]
