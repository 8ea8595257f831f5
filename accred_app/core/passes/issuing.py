"""Field passes: issuing (one by one or in batches), revoking, listing.

A pass grants one reporter access to one event or site, to a set of its zones, for a validity window.
The rules that refuse an issue are checked here, in one place, for the GUI and the CLI alike:
the reporter must be active, must not already hold a live pass for the event, and their press card
must not expire before the pass ends (an officer may override that one with a recorded reason).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from accred_app.core import validation as v
from accred_app.core.clock import VIETNAM_TZ, utcnow
from accred_app.core.errors import NotFoundError, ValidationError
from accred_app.core.messages import register
from accred_app.core.models import (
    Event,
    EventKind,
    FieldPass,
    PassStatus,
    PressAgency,
    Reporter,
    ReporterStatus,
)
from accred_app.core.passes.keys import active_signing_key
from accred_app.core.passes.tokens import (
    PassClaims,
    SigningKey,
    issue_token,
    validity_for_days,
)
from accred_app.core.registry.common import get_or_raise
from accred_app.core.registry.events import EventView, event_view, load_event
from accred_app.core.roles import Actor, Permission
from accred_app.core.storage.db import Database
from accred_app.core.storage.settings import load_settings
from accred_app.core.text import vietnamese_sort_key

register(
    {
        "reporter_not_active": (
            "Không cấp thẻ: phóng viên {name} đang ở trạng thái “{status:term}” ({reason}).",
            "Refused: reporter {name} is {status:term} ({reason}).",
        ),
        "press_card_expires": (
            "Không cấp thẻ: thẻ nhà báo của {name} hết hạn ngày {expiry}, trước khi thẻ tác nghiệp "
            "hết hiệu lực ({pass_end}). Có thể cấp nếu ghi rõ lý do.",
            "Refused: {name}'s press card expires on {expiry}, before the pass would end "
            "({pass_end}). An officer may override with a reason.",
        ),
        "already_has_pass": (
            "Không cấp thẻ: {name} đang có thẻ {serial} còn hiệu lực cho sự kiện này.",
            "Refused: {name} already holds live pass {serial} for this event.",
        ),
        "site_needs_dates": (
            "Thẻ cho địa điểm thường trực cần ngày bắt đầu và ngày kết thúc.",
            "A pass for a standing site needs a first and a last day.",
        ),
        "pass_revoked_already": (
            "Thẻ {serial} đã bị thu hồi trước đó.",
            "Pass {serial} was already revoked.",
        ),
        "batch_refused": (
            "Không cấp lô thẻ: {count} phóng viên không đủ điều kiện (đầu tiên: {first}).",
            "Batch refused: {count} reporter(s) are not eligible (first: {first}).",
        ),
        "batch_empty": (
            "Không có phóng viên nào để cấp thẻ.",
            "There are no reporters to issue passes to.",
        ),
        "revoke_reason_required": (
            "Cần ghi lý do thu hồi thẻ.",
            "A reason is required to revoke a pass.",
        ),
        "batch_one_source": (
            "Chọn đúng một nhóm người nhận thẻ: một cơ quan báo chí, một danh sách phóng viên "
            "hoặc phóng viên của một sự kiện trước.",
            "Choose exactly one group to issue to: a press agency, a list of reporters, or the "
            "reporters of an earlier event.",
        ),
        "revoke_nothing": (
            "Chưa chọn thẻ nào để thu hồi.",
            "No pass was chosen to revoke.",
        ),
        "card_override_reason_required": (
            "Cần ghi lý do cấp thẻ khi thẻ nhà báo hết hạn trước thẻ tác nghiệp.",
            "A reason is required to issue passes beyond the press card's expiry.",
        ),
    }
)


@dataclass(frozen=True, slots=True)
class PassView:
    id: int
    serial: str
    status: str
    token: str
    reporter_id: int
    reporter_name: str
    agency: str
    card_no: str
    event_id: int
    event_name: str
    zones: tuple[str, ...]
    valid_from: datetime
    valid_to: datetime
    issued_at: datetime
    issued_by: str
    card_override_reason: str | None
    revoked_at: datetime | None
    revoked_by: str | None
    revoke_reason: str | None

    def as_json(self) -> dict[str, object]:
        return {
            "id": self.id,
            "serial": self.serial,
            "status": self.status,
            "token": self.token,
            "reporter_id": self.reporter_id,
            "reporter": self.reporter_name,
            "agency": self.agency,
            "event_id": self.event_id,
            "event": self.event_name,
            "zones": list(self.zones),
            "valid_from": self.valid_from.astimezone(VIETNAM_TZ).isoformat(),
            "valid_to": self.valid_to.astimezone(VIETNAM_TZ).isoformat(),
            "issued_at": self.issued_at.astimezone(VIETNAM_TZ).isoformat(),
            "issued_by": self.issued_by,
            "card_override_reason": self.card_override_reason,
            "revoked_at": self.revoked_at.astimezone(VIETNAM_TZ).isoformat()
            if self.revoked_at
            else None,
            "revoked_by": self.revoked_by,
            "revoke_reason": self.revoke_reason,
        }


@dataclass(frozen=True, slots=True)
class Skipped:
    reporter_id: int
    name: str
    code: str
    message_vi: str
    message_en: str


@dataclass(frozen=True, slots=True)
class BatchResult:
    issued: tuple[PassView, ...]
    skipped: tuple[Skipped, ...]


@dataclass(frozen=True, slots=True)
class Candidate:
    """A reporter who would get a pass; ``card_override``: only because the officer overrides the
    press card's expiry (the reason is recorded on the pass)."""

    reporter_id: int
    name: str
    agency: str
    card_expiry: date
    card_override: bool


@dataclass(frozen=True, slots=True)
class BatchPreview:
    """What :func:`issue_batch` would do, decided by the same rules, with nothing written: the
    window shows it before the officer confirms. Issue to ``eligible`` with ``reporter_ids``
    (and the same override): the batch checks everyone again in its own transaction."""

    event: EventView
    zone_codes: tuple[str, ...]
    valid_from: datetime
    valid_to: datetime
    eligible: tuple[Candidate, ...]
    skipped: tuple[Skipped, ...]


def zone_codes(event: EventView, mask: int) -> tuple[str, ...]:
    return tuple(z.code for z in event.zones if mask >> z.slot & 1)


def _view(p: FieldPass, event: EventView) -> PassView:
    return PassView(
        p.id,
        p.serial,
        p.status.value,
        p.token,
        p.reporter_id,
        p.reporter.full_name,
        p.reporter.agency.name,
        p.reporter.card_no,
        p.event_id,
        event.name,
        zone_codes(event, p.zone_mask),
        p.valid_from,
        p.valid_to,
        p.issued_at,
        p.issued_by,
        p.card_override_reason,
        p.revoked_at,
        p.revoked_by,
        p.revoke_reason,
    )


def _window(
    event: Event, first_day: date | str | None, last_day: date | str | None
) -> tuple[datetime, datetime]:
    start = v.parse_date(first_day, "from") if first_day else None
    end = v.parse_date(last_day, "to") if last_day else None
    if event.kind is EventKind.SITE:
        if end is None:
            raise ValidationError("site_needs_dates")
        start = start or max(event.starts_on, datetime.now(VIETNAM_TZ).date())
    else:
        start = start or event.starts_on
        end = end or event.ends_on
    assert end is not None
    # Dates taken from the event went through the same bounds when it was saved; checked again
    # for rows written before the bounds existed, which would otherwise overflow the token.
    start, end = v.parse_date(start, "from"), v.parse_date(end, "to")
    v.date_range(start, end)
    return validity_for_days(start, end)


def _zone_mask(event: EventView, codes: Iterable[str] | None) -> int:
    wanted = [c for c in (codes or []) if c.strip()]
    if not wanted:
        return sum(1 << z.slot for z in event.zones)
    return sum(
        1 << event.zone(code).slot for code in dict.fromkeys(c.strip().upper() for c in wanted)
    )


def _next_serial_number(session: Session, stem: str) -> int:
    last = session.execute(
        select(func.max(FieldPass.serial)).where(FieldPass.serial.like(stem + "%"))
    ).scalar_one_or_none()
    return int(last[len(stem) :]) + 1 if last and last[len(stem) :].isdigit() else 1


def _serial_stem(prefix: str, now: datetime) -> str:
    return f"{prefix}-{now.astimezone(VIETNAM_TZ).year}-"


def _next_serial(session: Session, prefix: str, year: int) -> str:
    stem = f"{prefix}-{year}-"
    return f"{stem}{_next_serial_number(session, stem):06d}"


def _live_pass(
    session: Session, reporter_id: int, event_id: int, now: datetime
) -> FieldPass | None:
    return session.execute(
        select(FieldPass)
        .where(
            FieldPass.reporter_id == reporter_id,
            FieldPass.event_id == event_id,
            FieldPass.status != PassStatus.REVOKED,
            FieldPass.valid_to > now,
        )
        .limit(1)
    ).scalar_one_or_none()


def _live_serials(
    session: Session, reporter_ids: list[int], event_id: int, now: datetime
) -> dict[int, str]:
    """The serial of a live pass for the event held by each of ``reporter_ids`` (absent: none),
    read in one query per 500 reporters rather than one per reporter."""
    found: dict[int, str] = {}
    for start in range(0, len(reporter_ids), 500):
        rows = session.execute(
            select(FieldPass.reporter_id, FieldPass.serial).where(
                FieldPass.reporter_id.in_(reporter_ids[start : start + 500]),
                FieldPass.event_id == event_id,
                FieldPass.status != PassStatus.REVOKED,
                FieldPass.valid_to > now,
            )
        )
        for reporter_id, serial in rows:
            found.setdefault(reporter_id, serial)
    return found


def check_eligibility(
    session: Session,
    reporter: Reporter,
    event_id: int,
    valid_to: datetime,
    override_card_reason: str | None,
    now: datetime,
    *,
    live_serials: Mapping[int, str] | None = None,
) -> None:
    """Raise the first rule the reporter fails for this pass. ``live_serials``: the live passes
    of a whole batch read beforehand (:func:`_live_serials`); else this reporter's is read."""
    if reporter.status is not ReporterStatus.ACTIVE:
        raise ValidationError(
            "reporter_not_active",
            name=reporter.full_name,
            status=reporter.status.value,
            reason=reporter.status_reason or "—",
        )
    if live_serials is not None:
        live_serial = live_serials.get(reporter.id)
    else:
        live = _live_pass(session, reporter.id, event_id, now)
        live_serial = live.serial if live is not None else None
    if live_serial is not None:
        raise ValidationError("already_has_pass", name=reporter.full_name, serial=live_serial)
    card_last_day = min(reporter.card_expiry, v.LATEST_DATE)  # a row from before the bounds
    card_valid_until = validity_for_days(card_last_day, card_last_day)[1]
    if valid_to > card_valid_until and not override_card_reason:
        last_day = (valid_to.astimezone(VIETNAM_TZ) - timedelta(minutes=1)).date()
        raise ValidationError(
            "press_card_expires",
            name=reporter.full_name,
            expiry=reporter.card_expiry.strftime("%d/%m/%Y"),
            pass_end=last_day.strftime("%d/%m/%Y"),
        )


def _new_pass(
    actor: Actor,
    key: SigningKey,
    reporter: Reporter,
    event: Event,
    mask: int,
    window: tuple[datetime, datetime],
    override: str | None,
    serial: str,
    now: datetime,
) -> FieldPass:
    """A pass row still without its token: the token signs the pass id, known after the flush."""
    return FieldPass(
        serial=serial,
        reporter=reporter,
        event_id=event.id,
        zone_mask=mask,
        valid_from=window[0],
        valid_to=window[1],
        key_id=key.key_id.hex(),
        token="",
        status=PassStatus.ISSUED,
        issued_at=now,
        issued_by=actor.username,
        card_override_reason=override,
    )


def _sign(field_pass: FieldPass, key: SigningKey) -> None:
    claims = PassClaims(
        pass_id=field_pass.id,
        reporter_id=field_pass.reporter_id,
        event_id=field_pass.event_id,
        zone_slots=frozenset(i for i in range(32) if field_pass.zone_mask >> i & 1),
        valid_from=field_pass.valid_from,
        valid_to=field_pass.valid_to,
    )
    field_pass.token = issue_token(claims, key)


def _create(
    session: Session,
    actor: Actor,
    key: SigningKey,
    reporter: Reporter,
    event: Event,
    mask: int,
    window: tuple[datetime, datetime],
    override: str | None,
    prefix: str,
    now: datetime,
) -> FieldPass:
    serial = _next_serial(session, prefix, now.astimezone(VIETNAM_TZ).year)
    field_pass = _new_pass(actor, key, reporter, event, mask, window, override, serial, now)
    session.add(field_pass)
    session.flush()
    _sign(field_pass, key)
    return field_pass


def issue_pass(
    db: Database,
    actor: Actor,
    *,
    reporter_id: int,
    event_id: int,
    zones: Iterable[str] | None = None,
    first_day: date | str | None = None,
    last_day: date | str | None = None,
    override_card_reason: str | None = None,
    now: datetime | None = None,
) -> PassView:
    actor.require(Permission.ISSUE_PASSES)
    override = v.text_field(override_card_reason, "override_card", limit=500)
    now = now or utcnow()
    with db.transaction(actor) as session:
        key = active_signing_key(session, actor)
        event = load_event(session, event_id)
        view = event_view(event)
        mask = _zone_mask(view, zones)
        window = _window(event, first_day, last_day)
        reporter = get_or_raise(session, Reporter, reporter_id, "reporter")
        check_eligibility(session, reporter, event.id, window[1], override, now)
        prefix = load_settings(session).serial_prefix
        field_pass = _create(
            session, actor, key, reporter, event, mask, window, override, prefix, now
        )
        session.flush()
        return _view(field_pass, view)


def _batch_reporters(
    session: Session,
    *,
    agency_id: int | None,
    reporter_ids: Iterable[int] | None,
    from_event_id: int | None,
    active_only: bool,
) -> list[Reporter]:
    """The reporters a batch is for, in Vietnamese name order. An agency's are its active
    reporters (``active_only``) or all of them (a preview shows the others as skipped); an
    earlier event's are those who held a pass for it that was not revoked."""
    given = [agency_id is not None, reporter_ids is not None, from_event_id is not None]
    if sum(given) != 1:
        raise ValidationError("batch_one_source")
    statement = select(Reporter).options(selectinload(Reporter.agency))
    if agency_id is not None:
        get_or_raise(session, PressAgency, agency_id, "agency")
        statement = statement.where(Reporter.agency_id == agency_id)
        if active_only:
            statement = statement.where(Reporter.status == ReporterStatus.ACTIVE)
        reporters = list(session.execute(statement).scalars())
    elif from_event_id is not None:
        load_event(session, from_event_id)
        holders = select(FieldPass.reporter_id).where(
            FieldPass.event_id == from_event_id, FieldPass.status != PassStatus.REVOKED
        )
        reporters = list(session.execute(statement.where(Reporter.id.in_(holders))).scalars())
    else:
        ids = list(dict.fromkeys(reporter_ids or []))
        found: dict[int, Reporter] = {}
        for start in range(0, len(ids), 500):  # keeps the IN list within every driver's limit
            chunk = statement.where(Reporter.id.in_(ids[start : start + 500]))
            found.update((r.id, r) for r in session.execute(chunk).scalars())
        missing = [i for i in ids if i not in found]
        if missing:
            raise NotFoundError("not_found", entity="reporter", key=missing[0])
        reporters = [found[i] for i in ids]
    if not reporters:
        raise ValidationError("batch_empty")
    reporters.sort(key=lambda r: (vietnamese_sort_key(r.full_name), r.id))
    return reporters


def _skipped(reporter: Reporter, exc: ValidationError) -> Skipped:
    return Skipped(reporter.id, reporter.full_name, exc.code, exc.message("vi"), exc.message("en"))


def _judge(
    session: Session,
    reporter: Reporter,
    event_id: int,
    valid_to: datetime,
    override: str | None,
    now: datetime,
    live_serials: Mapping[int, str],
) -> tuple[bool, Skipped | None]:
    """(eligible only through the card override, why not eligible) — one of them is set or none."""
    rules = {"live_serials": live_serials}
    try:
        check_eligibility(session, reporter, event_id, valid_to, None, now, **rules)
    except ValidationError as exc:
        if exc.code == "press_card_expires" and override:
            try:
                check_eligibility(session, reporter, event_id, valid_to, override, now, **rules)
            except ValidationError as other:
                return False, _skipped(reporter, other)
            return True, None
        return False, _skipped(reporter, exc)
    return False, None


def _override_reason(reason: str | None) -> str | None:
    if reason is None:
        return None
    clean = v.text_field(reason, "override_card", limit=500)
    if not clean:
        raise ValidationError("card_override_reason_required", field="override_card")
    return clean


def preview_batch(
    db: Database,
    actor: Actor,
    *,
    event_id: int,
    agency_id: int | None = None,
    reporter_ids: Iterable[int] | None = None,
    from_event_id: int | None = None,
    zones: Iterable[str] | None = None,
    first_day: date | str | None = None,
    last_day: date | str | None = None,
    override_card_reason: str | None = None,
    now: datetime | None = None,
) -> BatchPreview:
    """Who a batch would give a pass to and who it would skip, with the core's reason; nothing is
    written and no key is needed. An agency's suspended or blacklisted reporters are listed as
    skipped (with their status), so the officer sees the whole agency."""
    actor.require(Permission.ISSUE_PASSES)
    override = _override_reason(override_card_reason)
    now = now or utcnow()
    with db.reading() as session:
        event = load_event(session, event_id)
        view = event_view(event)
        mask = _zone_mask(view, zones)
        window = _window(event, first_day, last_day)
        reporters = _batch_reporters(
            session,
            agency_id=agency_id,
            reporter_ids=reporter_ids,
            from_event_id=from_event_id,
            active_only=False,
        )
        live = _live_serials(session, [r.id for r in reporters], event.id, now)
        eligible: list[Candidate] = []
        skipped: list[Skipped] = []
        for reporter in reporters:
            through_override, refused = _judge(
                session, reporter, event.id, window[1], override, now, live
            )
            if refused is not None:
                skipped.append(refused)
            else:
                eligible.append(
                    Candidate(
                        reporter.id,
                        reporter.full_name,
                        reporter.agency.name,
                        reporter.card_expiry,
                        through_override,
                    )
                )
        return BatchPreview(
            view, zone_codes(view, mask), window[0], window[1], tuple(eligible), tuple(skipped)
        )


def issue_batch(
    db: Database,
    actor: Actor,
    *,
    event_id: int,
    agency_id: int | None = None,
    reporter_ids: Iterable[int] | None = None,
    from_event_id: int | None = None,
    zones: Iterable[str] | None = None,
    first_day: date | str | None = None,
    last_day: date | str | None = None,
    strict: bool = False,
    override_card_reason: str | None = None,
    now: datetime | None = None,
) -> BatchResult:
    """Issue passes to all active reporters of one agency, to a chosen list, or to the reporters
    of an earlier event, in one transaction.

    Ineligible reporters are skipped with their reason (``strict``: the whole batch is refused).
    ``override_card_reason`` issues to reporters whose press card expires before the pass ends
    and records the reason on each of their passes.
    """
    actor.require(Permission.ISSUE_PASSES)
    override = _override_reason(override_card_reason)
    now = now or utcnow()
    with db.transaction(actor) as session:
        key = active_signing_key(session, actor)
        event = load_event(session, event_id)
        view = event_view(event)
        mask = _zone_mask(view, zones)
        window = _window(event, first_day, last_day)
        reporters = _batch_reporters(
            session,
            agency_id=agency_id,
            reporter_ids=reporter_ids,
            from_event_id=from_event_id,
            active_only=True,
        )
        live = _live_serials(session, [r.id for r in reporters], event.id, now)
        chosen: list[tuple[Reporter, bool]] = []
        skipped: list[Skipped] = []
        for reporter in reporters:
            through_override, refused = _judge(
                session, reporter, event.id, window[1], override, now, live
            )
            if refused is not None:
                skipped.append(refused)
            else:
                chosen.append((reporter, through_override))
        if strict and skipped:
            raise ValidationError("batch_refused", count=len(skipped), first=skipped[0].message_vi)
        # One insert and one update for the whole batch (the tokens sign the new ids), not a
        # round trip per pass; the serials run on from the year's last one.
        stem = _serial_stem(load_settings(session).serial_prefix, now)
        first_number = _next_serial_number(session, stem)
        created = [
            _new_pass(
                actor,
                key,
                reporter,
                event,
                mask,
                window,
                override if through_override else None,
                f"{stem}{first_number + offset:06d}",
                now,
            )
            for offset, (reporter, through_override) in enumerate(chosen)
        ]
        session.add_all(created)
        session.flush()
        for field_pass in created:
            _sign(field_pass, key)
        issued = [_view(field_pass, view) for field_pass in created]
        session.flush()
        return BatchResult(tuple(issued), tuple(skipped))


def _by_serial(session: Session, serial: str) -> FieldPass:
    field_pass = session.execute(
        select(FieldPass).where(FieldPass.serial == serial.strip().upper())
    ).scalar_one_or_none()
    if field_pass is None:
        raise NotFoundError("not_found", entity="pass", key=serial.strip()[:40])
    return field_pass


def get_pass(db: Database, actor: Actor, serial: str) -> PassView:
    actor.require(Permission.READ)
    with db.reading() as session:
        field_pass = _by_serial(session, serial)
        return _view(field_pass, event_view(load_event(session, field_pass.event_id)))


def _revoke(session: Session, actor: Actor, serial: str, reason: str) -> FieldPass:
    field_pass = _by_serial(session, serial)
    if field_pass.status is PassStatus.REVOKED:
        raise ValidationError("pass_revoked_already", serial=field_pass.serial)
    field_pass.status = PassStatus.REVOKED
    field_pass.revoked_at = utcnow()
    field_pass.revoked_by = actor.username
    field_pass.revoke_reason = reason
    return field_pass


def _revoke_reason(reason: str) -> str:
    clean_reason = v.text_field(reason, "reason", limit=500)
    if not clean_reason:
        raise ValidationError("revoke_reason_required", field="reason")
    return clean_reason


def revoke_pass(db: Database, actor: Actor, serial: str, reason: str) -> PassView:
    actor.require(Permission.ISSUE_PASSES)
    clean_reason = _revoke_reason(reason)
    with db.transaction(actor) as session:
        field_pass = _revoke(session, actor, serial, clean_reason)
        session.flush()
        return _view(field_pass, event_view(load_event(session, field_pass.event_id)))


def revoke_passes(
    db: Database, actor: Actor, serials: Iterable[str], reason: str
) -> list[PassView]:
    """Revoke several passes for one reason, in one transaction: all or none (a pass already
    revoked refuses the lot, naming it). The rows stay, marked revoked, with who, when and why."""
    actor.require(Permission.ISSUE_PASSES)
    clean_reason = _revoke_reason(reason)
    wanted = list(dict.fromkeys(s.strip().upper() for s in serials if s.strip()))
    if not wanted:
        raise ValidationError("revoke_nothing")
    with db.transaction(actor) as session:
        revoked = [_revoke(session, actor, serial, clean_reason) for serial in wanted]
        session.flush()
        events: dict[int, EventView] = {}
        views = []
        for field_pass in revoked:
            if field_pass.event_id not in events:
                events[field_pass.event_id] = event_view(load_event(session, field_pass.event_id))
            views.append(_view(field_pass, events[field_pass.event_id]))
        return views


def list_passes(
    db: Database,
    actor: Actor,
    *,
    event_id: int | None = None,
    status: str | None = None,
    reporter_id: int | None = None,
) -> list[PassView]:
    actor.require(Permission.READ)
    statement = (
        select(FieldPass)
        .options(selectinload(FieldPass.reporter).selectinload(Reporter.agency))
        .order_by(FieldPass.serial)
    )
    if event_id is not None:
        statement = statement.where(FieldPass.event_id == event_id)
    if reporter_id is not None:
        statement = statement.where(FieldPass.reporter_id == reporter_id)
    if status:
        statement = statement.where(
            FieldPass.status
            == PassStatus(v.choice(status, "status", [s.value for s in PassStatus]))
        )
    with db.reading() as session:
        passes = list(session.execute(statement).scalars())
        events: dict[int, EventView] = {}
        views = []
        for p in passes:
            if p.event_id not in events:
                events[p.event_id] = event_view(load_event(session, p.event_id))
            views.append(_view(p, events[p.event_id]))
        return views


def describe_skipped(skipped: Skipped, locale: str) -> str:
    return skipped.message_vi if locale == "vi" else skipped.message_en


def live_pass_counts(db: Database, actor: Actor, reporter_ids: Iterable[int]) -> dict[int, int]:
    """How many live passes (not revoked, not yet ended) each of ``reporter_ids`` holds; one query
    for a screenful of a reporter list. Reporters without one are absent."""
    actor.require(Permission.READ)
    wanted = sorted(set(reporter_ids))
    if not wanted:
        return {}
    now = utcnow()
    counts: dict[int, int] = {}
    with db.reading() as session:
        for start in range(0, len(wanted), 500):  # keeps the IN list within every driver's limit
            chunk = wanted[start : start + 500]
            rows = session.execute(
                select(FieldPass.reporter_id, func.count())
                .where(
                    FieldPass.reporter_id.in_(chunk),
                    FieldPass.status != PassStatus.REVOKED,
                    FieldPass.valid_to > now,
                )
                .group_by(FieldPass.reporter_id)
            ).all()
            counts.update({reporter_id: count for reporter_id, count in rows})
    return counts
