"""Reporters: who they are, which agency they work for, their press card, their standing with us.

The press card number is unique across reporters after normalising case and spaces (``card_no_key``);
the citizen ID (CCCD) is unique when given. Both are checked before writing so the officer is told
*who* already holds the number, and again by the database's unique constraints.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import lru_cache
from typing import Any

from sqlalchemy import Select, bindparam, func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from accred_app.core import validation as v
from accred_app.core.clock import VIETNAM_TZ, utcnow
from accred_app.core.errors import ValidationError
from accred_app.core.messages import register
from accred_app.core.models import (
    ConsentMethod,
    FieldPass,
    Gender,
    PassStatus,
    PressAgency,
    Reporter,
    ReporterPhoto,
    ReporterStatus,
)
from accred_app.core.registry.common import get_or_raise
from accred_app.core.registry.photos import prepare_photo
from accred_app.core.registry.reporter_search import (
    ReporterCriteria,
    ReporterCursor,
    count_matching,
    page_plan,
)
from accred_app.core.roles import Actor, Permission
from accred_app.core.storage.db import Database
from accred_app.core.text import query_words, search_key

register(
    {
        "duplicate_card_no": (
            "Số thẻ nhà báo “{card_no}” đã được cấp cho phóng viên {other_name} (mã {other_id}).",
            "Press card number “{card_no}” already belongs to {other_name} (id {other_id}).",
        ),
        "duplicate_citizen_id": (
            "Số CCCD {citizen_id} đã có trong hồ sơ phóng viên {other_name} (mã {other_id}).",
            "Citizen ID {citizen_id} is already on the record of {other_name} (id {other_id}).",
        ),
        "status_reason_required": (
            "Cần ghi lý do khi tạm đình chỉ hoặc đưa phóng viên vào danh sách đen.",
            "A reason is required to suspend or blacklist a reporter.",
        ),
        "unknown_field": ("Không có trường “{field}”.", "There is no field “{field}”."),
        "page_size_out_of_range": (
            "Số dòng mỗi trang phải từ 1 đến {maximum}.",
            "Rows per page must be between 1 and {maximum}.",
        ),
        "page_offset_negative": (
            "Số dòng bỏ qua không được là số âm.",
            "The number of rows to skip cannot be negative.",
        ),
        "consent_in_future": (
            "Ngày đồng ý xử lý dữ liệu cá nhân ({value}) chưa đến.",
            "The date of consent to personal data processing ({value}) is in the future.",
        ),
        "reporter_anonymised": (
            "Hồ sơ phóng viên mã {reporter_id} đã được ẩn danh khi hết thời hạn lưu trữ, không sửa được nữa.",
            "Reporter {reporter_id} was anonymised when the retention period ran out and cannot be changed.",
        ),
    }
)

GENDERS = [g.value for g in Gender]
STATUSES = [s.value for s in ReporterStatus]
#: Card filters of the list: expired before today, or expiring within CARD_EXPIRING_DAYS.
CARD_FILTERS = ["expired", "expiring"]
CARD_EXPIRING_DAYS = 30
DEFAULT_PAGE_SIZE = 100
MAX_PAGE_SIZE = 1000

CONSENT_METHODS = [m.value for m in ConsentMethod]
#: Why the desk holds a reporter's personal data, recorded on a record that states no other purpose.
DEFAULT_PROCESSING_PURPOSE = (
    "Cấp, in và kiểm soát thẻ tác nghiệp báo chí; kiểm soát ra vào khu vực sự kiện, địa điểm; "
    "tổng kết công tác phối hợp tuyên truyền."
)


def _optional_text(field: str, limit: int) -> Callable[[object], str | None]:
    return lambda value: v.text_field(None if value is None else str(value), field, limit=limit)


def _optional_date(field: str) -> Callable[[object], date | None]:
    def rule(value: object) -> date | None:
        if value is None or (isinstance(value, str) and not value.strip()):
            return None
        return v.parse_date(value if isinstance(value, date) else str(value), field)

    return rule


def _consent_date(value: object) -> date | None:
    consent = _optional_date("consent_given_on")(value)
    if consent is not None and consent > utcnow().astimezone(VIETNAM_TZ).date():
        raise ValidationError(
            "consent_in_future", value=consent.strftime("%d/%m/%Y"), field="consent_given_on"
        )
    return consent


def _choice_rule(
    field: str, choices: list[str], kind: Callable[[str], Any]
) -> Callable[[object], Any]:
    def rule(value: object) -> Any:
        if value is None or not str(value).strip():
            return None
        return kind(v.choice(str(value), field, choices))

    return rule


#: One rule per field a reporter record takes from an officer (form, CLI or imported file): the
#: value as stored, or a ValidationError. The importer applies them one by one to report every
#: problem of a row; add_reporter applies them in this order and stops at the first.
FIELD_RULES: Mapping[str, Callable[[object], Any]] = {
    "full_name": lambda value: v.required_text(
        None if value is None else str(value), "full_name", limit=120
    ),
    "card_no": lambda value: v.card_number(None if value is None else str(value)),
    "card_expiry": lambda value: v.parse_date(
        value if isinstance(value, date) or value is None else str(value), "card_expiry"
    ),
    "citizen_id": lambda value: v.citizen_id(None if value is None else str(value)),
    "phone": lambda value: v.phone(None if value is None else str(value)),
    "email": lambda value: v.email(None if value is None else str(value)),
    "date_of_birth": _optional_date("date_of_birth"),
    "gender": _choice_rule("gender", GENDERS, Gender),
    "position": _optional_text("position", 120),
    "notes": _optional_text("notes", 4000),
    "processing_purpose": _optional_text("processing_purpose", 500),
    "consent_given_on": _consent_date,
    "consent_method": _choice_rule("consent_method", CONSENT_METHODS, ConsentMethod),
}


@dataclass(frozen=True, slots=True)
class ReporterSummary:
    """One line of a reporter list: no photo, no personal details beyond what a list shows.
    ``live_passes``: passes not revoked and not yet ended."""

    id: int
    full_name: str
    agency_id: int
    agency: str
    card_no: str
    card_expiry: date
    status: str
    live_passes: int


@dataclass(frozen=True, slots=True)
class ReporterPage:
    """One page of a reporter list. ``next_cursor`` is ``None`` on the last page."""

    rows: tuple[ReporterSummary, ...]
    next_cursor: ReporterCursor | None


@dataclass(frozen=True, slots=True)
class ReporterView:
    id: int
    full_name: str
    date_of_birth: date | None
    gender: str | None
    agency_id: int
    agency: str
    position: str | None
    card_no: str
    card_expiry: date
    citizen_id: str | None
    phone: str | None
    email: str | None
    status: str
    status_reason: str | None
    notes: str | None
    has_photo: bool
    processing_purpose: str | None = None
    consent_given_on: date | None = None
    consent_method: str | None = None
    anonymised_at: datetime | None = None


def _check_unique(
    session: Session, *, card_no_key: str | None, citizen_id: str | None, exclude_id: int | None
) -> None:
    if card_no_key is not None:
        other = session.execute(
            select(Reporter.id, Reporter.full_name, Reporter.card_no).where(
                Reporter.card_no_key == card_no_key
            )
        ).first()
        if other is not None and other[0] != exclude_id:
            raise ValidationError(
                "duplicate_card_no",
                card_no=other[2],
                other_name=other[1],
                other_id=other[0],
                field="card_no",
            )
    if citizen_id is not None:
        holder = session.execute(
            select(Reporter.id, Reporter.full_name).where(Reporter.citizen_id == citizen_id)
        ).first()
        if holder is not None and holder[0] != exclude_id:
            raise ValidationError(
                "duplicate_citizen_id",
                citizen_id=citizen_id,
                other_name=holder[1],
                other_id=holder[0],
                field="citizen_id",
            )


def _refresh_search_key(reporter: Reporter) -> None:
    reporter.search_key = search_key(
        reporter.full_name, reporter.card_no, reporter.citizen_id, reporter.phone
    )


def refresh_search_key(reporter: Reporter) -> None:
    """Recompute the folded search key after changing a reporter outside this module's services
    (the purge's anonymisation)."""
    _refresh_search_key(reporter)


def _store_photo(session: Session, reporter_id: int, photo: bytes) -> None:
    image, thumbnail = prepare_photo(photo)
    existing = session.get(ReporterPhoto, reporter_id)
    if existing is None:
        session.add(
            ReporterPhoto(reporter_id=reporter_id, image_jpeg=image, thumbnail_jpeg=thumbnail)
        )
    else:
        existing.image_jpeg, existing.thumbnail_jpeg = image, thumbnail


def new_reporter(agency_id: int, values: Mapping[str, Any]) -> Reporter:
    """An unsaved reporter from values already passed through :data:`FIELD_RULES` (the card
    number as its ``(text, key)`` pair); no stated purpose means :data:`DEFAULT_PROCESSING_PURPOSE`.
    """
    card_text, card_key = values["card_no"]
    reporter = Reporter(
        full_name=values["full_name"],
        agency_id=agency_id,
        card_no=card_text,
        card_no_key=card_key,
        card_expiry=values["card_expiry"],
        citizen_id=values.get("citizen_id"),
        phone=values.get("phone"),
        email=values.get("email"),
        date_of_birth=values.get("date_of_birth"),
        gender=values.get("gender"),
        position=values.get("position"),
        notes=values.get("notes"),
        processing_purpose=values.get("processing_purpose") or DEFAULT_PROCESSING_PURPOSE,
        consent_given_on=values.get("consent_given_on"),
        consent_method=values.get("consent_method"),
        status=ReporterStatus.ACTIVE,
    )
    _refresh_search_key(reporter)
    return reporter


def existing_holders(
    session: Session, *, card_no_keys: Iterable[str], citizen_ids: Iterable[str]
) -> tuple[dict[str, tuple[int, str]], dict[str, tuple[int, str]]]:
    """Reporters already holding any of these card keys / CCCDs: ``key -> (id, full name)``, read
    in chunks of 500 so an import of thousands of rows checks them in a few queries."""
    cards: dict[str, tuple[int, str]] = {}
    citizens: dict[str, tuple[int, str]] = {}
    for wanted, column, found in (
        (list(dict.fromkeys(card_no_keys)), Reporter.card_no_key, cards),
        (list(dict.fromkeys(citizen_ids)), Reporter.citizen_id, citizens),
    ):
        for start in range(0, len(wanted), 500):
            chunk = wanted[start : start + 500]
            for key, reporter_id, name in session.execute(
                select(column, Reporter.id, Reporter.full_name).where(column.in_(chunk))
            ):
                found[str(key)] = (reporter_id, name)
    return cards, citizens


def add_reporter(
    db: Database,
    actor: Actor,
    *,
    full_name: str,
    agency_id: int,
    card_no: str,
    card_expiry: date | str,
    citizen_id: str | None = None,
    phone: str | None = None,
    email: str | None = None,
    date_of_birth: date | str | None = None,
    gender: str | None = None,
    position: str | None = None,
    notes: str | None = None,
    photo: bytes | None = None,
    processing_purpose: str | None = None,
    consent_given_on: date | str | None = None,
    consent_method: str | None = None,
) -> int:
    actor.require(Permission.EDIT_REGISTRY)
    given: dict[str, object] = {
        "full_name": full_name,
        "card_no": card_no,
        "card_expiry": card_expiry,
        "citizen_id": citizen_id,
        "phone": phone,
        "email": email,
        "date_of_birth": date_of_birth,
        "gender": gender,
        "position": position,
        "notes": notes,
        "processing_purpose": processing_purpose,
        "consent_given_on": consent_given_on,
        "consent_method": consent_method,
    }
    reporter = new_reporter(
        agency_id, {field: FIELD_RULES[field](value) for field, value in given.items()}
    )
    with db.transaction(actor) as session:
        get_or_raise(session, PressAgency, agency_id, "agency")
        _check_unique(
            session,
            card_no_key=reporter.card_no_key,
            citizen_id=reporter.citizen_id,
            exclude_id=None,
        )
        session.add(reporter)
        try:
            session.flush()
        except IntegrityError as exc:  # a concurrent desk won the race
            raise ValidationError(
                "duplicate_card_no",
                card_no=reporter.card_no,
                other_name="?",
                other_id="?",
                field="card_no",
            ) from exc
        if photo is not None:
            _store_photo(session, reporter.id, photo)
        return reporter.id


UPDATABLE_FIELDS = frozenset(
    {
        "full_name",
        "agency_id",
        "card_no",
        "card_expiry",
        "citizen_id",
        "phone",
        "email",
        "date_of_birth",
        "gender",
        "position",
        "notes",
        "processing_purpose",
        "consent_given_on",
        "consent_method",
    }
)


def update_reporter(
    db: Database,
    actor: Actor,
    reporter_id: int,
    *,
    photo: bytes | None = None,
    **changes: object,
) -> ReporterView:
    """Change the given fields (``None`` clears an optional one); unknown fields are refused."""
    actor.require(Permission.EDIT_REGISTRY)
    for field in changes:
        if field not in UPDATABLE_FIELDS:
            raise ValidationError("unknown_field", field=field)
    with db.transaction(actor) as session:
        reporter = get_or_raise(session, Reporter, reporter_id, "reporter")
        if reporter.anonymised_at is not None:
            raise ValidationError("reporter_anonymised", reporter_id=reporter_id)
        session.autoflush = False  # one flush below, so one edit is one row of the audit trail
        for field, value in changes.items():
            text_value = (
                None if value is None else str(value) if not isinstance(value, date) else value
            )
            if field == "full_name":
                reporter.full_name = v.required_text(str(value), "full_name", limit=120)
            elif field == "agency_id":
                agency_id = int(str(value))
                get_or_raise(session, PressAgency, agency_id, "agency")
                reporter.agency_id = agency_id
            elif field == "card_no":
                # check before assigning: the check's query would autoflush a duplicate key
                card_text, card_key = v.card_number(str(value))
                _check_unique(
                    session, card_no_key=card_key, citizen_id=None, exclude_id=reporter.id
                )
                reporter.card_no, reporter.card_no_key = card_text, card_key
            elif field == "card_expiry":
                reporter.card_expiry = v.parse_date(text_value, "card_expiry")
            elif field == "citizen_id":
                cccd = v.citizen_id(None if value is None else str(value))
                _check_unique(session, card_no_key=None, citizen_id=cccd, exclude_id=reporter.id)
                reporter.citizen_id = cccd
            elif field == "phone":
                reporter.phone = v.phone(None if value is None else str(value))
            elif field == "email":
                reporter.email = v.email(None if value is None else str(value))
            elif field == "date_of_birth":
                reporter.date_of_birth = (
                    v.parse_date(text_value, "date_of_birth") if value else None
                )
            elif field == "gender":
                reporter.gender = Gender(v.choice(str(value), "gender", GENDERS)) if value else None
            elif field == "position":
                reporter.position = v.text_field(
                    None if value is None else str(value), "position", limit=120
                )
            elif field == "notes":
                reporter.notes = v.text_field(
                    None if value is None else str(value), "notes", limit=4000
                )
            elif field in ("processing_purpose", "consent_given_on", "consent_method"):
                setattr(reporter, field, FIELD_RULES[field](value))
        _refresh_search_key(reporter)
        if photo is not None:
            _store_photo(session, reporter.id, photo)
        session.flush()
        return _view(session, reporter)


def set_status(
    db: Database, actor: Actor, reporter_id: int, status: str, reason: str | None = None
) -> ReporterView:
    """Activate, suspend or blacklist a reporter; suspending and blacklisting need a reason."""
    actor.require(Permission.EDIT_REGISTRY)
    new_status = ReporterStatus(v.choice(status, "status", STATUSES))
    clean_reason = v.text_field(reason, "reason", limit=500)
    if new_status is not ReporterStatus.ACTIVE and not clean_reason:
        raise ValidationError("status_reason_required", field="reason")
    with db.transaction(actor) as session:
        reporter = get_or_raise(session, Reporter, reporter_id, "reporter")
        reporter.status = new_status
        reporter.status_reason = clean_reason
        session.flush()
        return _view(session, reporter)


def _view(session: Session, reporter: Reporter) -> ReporterView:
    has_photo = (
        session.execute(
            select(ReporterPhoto.reporter_id).where(ReporterPhoto.reporter_id == reporter.id)
        ).first()
        is not None
    )
    return ReporterView(
        reporter.id,
        reporter.full_name,
        reporter.date_of_birth,
        reporter.gender.value if reporter.gender else None,
        reporter.agency_id,
        reporter.agency.name,
        reporter.position,
        reporter.card_no,
        reporter.card_expiry,
        reporter.citizen_id,
        reporter.phone,
        reporter.email,
        reporter.status.value,
        reporter.status_reason,
        reporter.notes,
        has_photo,
        reporter.processing_purpose,
        reporter.consent_given_on,
        reporter.consent_method.value if reporter.consent_method else None,
        reporter.anonymised_at,
    )


def get_reporter(db: Database, actor: Actor, reporter_id: int) -> ReporterView:
    actor.require(Permission.READ)
    with db.reading() as session:
        return _view(session, get_or_raise(session, Reporter, reporter_id, "reporter"))


def get_photo(
    db: Database, actor: Actor, reporter_id: int, *, thumbnail: bool = False
) -> bytes | None:
    actor.require(Permission.READ)
    column = ReporterPhoto.thumbnail_jpeg if thumbnail else ReporterPhoto.image_jpeg
    with db.reading() as session:
        return session.execute(
            select(column).where(ReporterPhoto.reporter_id == reporter_id)
        ).scalar_one_or_none()


def criteria_for(
    *,
    query: str | None = None,
    agency_id: int | None = None,
    status: str | None = None,
    card: str | None = None,
    today: date | None = None,
) -> ReporterCriteria:
    """The list request as the planner takes it: folded query words, validated filters, the card
    filter as a range of expiry dates (``today`` defaults to the date in Vietnam)."""
    words = tuple(dict.fromkeys(query_words(query or "")))
    card_from: date | None = None
    card_to: date | None = None
    if card:
        day = today or datetime.now(VIETNAM_TZ).date()
        if v.choice(card, "card", CARD_FILTERS) == "expired":
            card_to = day - timedelta(days=1)
        else:
            card_from, card_to = day, day + timedelta(days=CARD_EXPIRING_DAYS)
    return ReporterCriteria(
        words=words,
        agency_id=agency_id,
        status=ReporterStatus(v.choice(status, "status", STATUSES)) if status else None,
        card_from=card_from,
        card_to=card_to,
    )


@lru_cache(maxsize=256)
def _page_rows(positions: Select[Any]) -> Select[Any]:
    """The list's columns for a page of positions (one statement per plan shape, built once).
    Live passes are counted per row in the same statement: the rows are few, and each count is
    one short range of ``ix_passes_reporter_live``."""
    page = positions.subquery("page")
    live_passes = (
        select(func.count())
        .where(
            FieldPass.reporter_id == Reporter.id,
            FieldPass.valid_to > bindparam("now", type_=FieldPass.valid_to.type),
            FieldPass.status != PassStatus.REVOKED,
        )
        .correlate(Reporter)
        .scalar_subquery()
    )
    return (
        select(
            page.c.sort_key,
            Reporter.id,
            Reporter.full_name,
            Reporter.agency_id,
            PressAgency.name,
            Reporter.card_no,
            Reporter.card_expiry,
            Reporter.status,
            live_passes,
        )
        .select_from(page)
        .join(Reporter, Reporter.id == page.c.reporter_id)
        .join(PressAgency, PressAgency.id == Reporter.agency_id)
        .order_by(page.c.sort_key, page.c.reporter_id)
    )


def _read_page(
    session: Session,
    criteria: ReporterCriteria,
    *,
    after: ReporterCursor | None,
    offset: int,
    limit: int,
    now: datetime,
) -> tuple[list[ReporterSummary], ReporterCursor | None]:
    plan = page_plan(session, criteria, after=after, offset=offset, limit=limit + 1)
    rows = session.connection().execute(_page_rows(plan.statement), {**plan.params, "now": now})
    fetched = rows.all()
    summaries = [
        ReporterSummary(r[1], r[2], r[3], r[4], r[5], r[6], r[7].value, r[8])
        for r in fetched[:limit]
    ]
    next_cursor = None
    if len(fetched) > limit:
        last = fetched[limit - 1]
        next_cursor = ReporterCursor(last[0], last[1])
    return summaries, next_cursor


def reporter_page(
    db: Database,
    actor: Actor,
    *,
    query: str | None = None,
    agency_id: int | None = None,
    status: str | None = None,
    card: str | None = None,
    after: ReporterCursor | None = None,
    offset: int = 0,
    limit: int = DEFAULT_PAGE_SIZE,
    today: date | None = None,
    now: datetime | None = None,
) -> ReporterPage:
    """One page of the reporter list in Vietnamese list order, searched and filtered in SQL.

    ``query``: every word must start a word of the name, card number, CCCD or phone (accents and
    case ignored). ``card``: ``"expired"`` (expiry before ``today``) or ``"expiring"`` (from
    ``today`` to 30 days on); ``today`` defaults to the date in Vietnam. Page with ``after`` (the
    previous page's ``next_cursor``: the same cost for every page) or with ``offset`` (rows to
    skip: the cost grows with it). ``now`` is the instant live passes are counted at.
    Rows carry no photo and no personal details beyond the list's columns.
    """
    actor.require(Permission.READ)
    if not 1 <= limit <= MAX_PAGE_SIZE:
        raise ValidationError("page_size_out_of_range", maximum=MAX_PAGE_SIZE)
    if offset < 0:
        raise ValidationError("page_offset_negative")
    criteria = criteria_for(query=query, agency_id=agency_id, status=status, card=card, today=today)
    with db.reading() as session:
        rows, next_cursor = _read_page(
            session, criteria, after=after, offset=offset, limit=limit, now=now or utcnow()
        )
    return ReporterPage(tuple(rows), next_cursor)


def count_reporters(
    db: Database,
    actor: Actor,
    *,
    query: str | None = None,
    agency_id: int | None = None,
    status: str | None = None,
    card: str | None = None,
    at_most: int | None = None,
    today: date | None = None,
) -> int:
    """How many reporters :func:`reporter_page` would list with the same filters.

    ``at_most`` stops counting there: a window can say "more than 1,000" for a broad search at
    the cost of a page, where an exact count must look at every match.
    """
    actor.require(Permission.READ)
    if at_most is not None and at_most < 1:
        raise ValidationError("page_size_out_of_range", maximum=MAX_PAGE_SIZE)
    criteria = criteria_for(query=query, agency_id=agency_id, status=status, card=card, today=today)
    with db.reading() as session:
        return count_matching(session, criteria, at_most)


def list_reporters(
    db: Database,
    actor: Actor,
    *,
    agency_id: int | None = None,
    status: str | None = None,
    query: str = "",
    limit: int | None = None,
    card: str | None = None,
    today: date | None = None,
) -> list[ReporterSummary]:
    """Reporters in Vietnamese list order (given name, then family name); filtered and searched.

    Every matching row when ``limit`` is None, read page by page in one snapshot; prefer
    :func:`reporter_page` where the rows are shown a screen at a time.
    """
    actor.require(Permission.READ)
    if limit is not None and limit < 1:
        raise ValidationError("page_size_out_of_range", maximum=MAX_PAGE_SIZE)
    criteria = criteria_for(query=query, agency_id=agency_id, status=status, card=card, today=today)
    now = utcnow()
    result: list[ReporterSummary] = []
    after: ReporterCursor | None = None
    with db.reading() as session:
        while limit is None or len(result) < limit:
            wanted = MAX_PAGE_SIZE if limit is None else min(MAX_PAGE_SIZE, limit - len(result))
            rows, after = _read_page(
                session, criteria, after=after, offset=0, limit=wanted, now=now
            )
            result += rows
            if after is None:
                break
    return result


def search_reporters(
    db: Database, actor: Actor, query: str, limit: int = 50
) -> list[ReporterSummary]:
    """Word-prefix search on name, card number, CCCD and phone, diacritics and case ignored."""
    return list_reporters(db, actor, query=query, limit=limit)
