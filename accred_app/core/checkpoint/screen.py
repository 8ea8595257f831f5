"""What the verdict screen shows for one scan, so the checkpoint window runs no query of its own.

One function, :func:`verdict_screen`, turns a :class:`~.scanning.ScanResult` (a scan, a manual
admission or a supervisor's denial) into a :class:`VerdictScreen`: the state (green, amber, red),
the words, and for an authentic pass the records know — the reporter's name, agency and photo, the
pass's serial, zones with their colours and validity, and the warnings (press card about to
expire, already inside). The photo is the full portrait at the desk; a station holds only the
thumbnail its package carried, and says so (``photo_is_thumbnail``).

The reason → state mapping is data (:data:`SCREEN_STATES`), so the window and its tests read it
from one place: only ``ok`` is green; ``already_inside`` is amber (a pass that is fine but whose
holder the log says is inside — most often someone who left by another door); every other reason
is red. An allowed scan turns amber when the press card expires within the warning period (or has
expired: the pass was then issued with the desk's override).

A token that did not authenticate, or that the records do not know, shows no person at all: a
name a token merely claims is not shown as if it were vouched for.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from types import MappingProxyType
from typing import Final, Literal

from sqlalchemy import select

from accred_app.core.checkpoint.scanning import CheckpointPost, ScanResult
from accred_app.core.checkpoint.verdict import Reason
from accred_app.core.clock import VIETNAM_TZ
from accred_app.core.messages import register, render
from accred_app.core.models import FieldPass, Reporter, ReporterPhoto, StationIdentity
from accred_app.core.registry.events import ZoneView
from accred_app.core.registry.reporters import CARD_EXPIRING_DAYS
from accred_app.core.roles import Actor, Permission
from accred_app.core.storage.db import Database

PhotoSize = Literal["full", "thumbnail"]


class ScreenState(enum.StrEnum):
    ALLOWED = "allowed"  # green: HỢP LỆ / ĐƯỢC VÀO, or ĐƯỢC RA for an exit
    WARNING = "warning"  # amber: look twice (already inside, press card about to expire)
    DENIED = "denied"  # red: TỪ CHỐI, with the reason in words


SCREEN_STATES: Final[Mapping[Reason, ScreenState]] = MappingProxyType(
    {
        reason: (
            ScreenState.ALLOWED
            if reason is Reason.OK
            else ScreenState.WARNING
            if reason is Reason.ALREADY_INSIDE
            else ScreenState.DENIED
        )
        for reason in Reason
    }
)
"""Every verdict reason's screen state (an allowed scan may still turn amber: :func:`screen_state`)."""

CARD_WARNING: Final = "card_expiring"
ALREADY_INSIDE_WARNING: Final = "already_inside"

register(
    {
        "screen.card_expiring": (
            "Thẻ nhà báo hết hạn ngày {expiry} (còn {days} ngày).",
            "The press card expires on {expiry} ({days} days left).",
        ),
        "screen.card_expired": (
            "Thẻ nhà báo đã hết hạn từ ngày {expiry}.",
            "The press card expired on {expiry}.",
        ),
        "screen.already_inside": (
            "Hệ thống ghi nhận người này đang ở bên trong (vào mà chưa ra).",
            "The log says this person is inside (entered, never left).",
        ),
        "screen.title.allowed_in": ("HỢP LỆ / ĐƯỢC VÀO", "VALID / ENTER"),
        "screen.title.allowed_out": ("ĐƯỢC RA", "EXIT"),
        "screen.title.already_inside": ("ĐÃ VÀO, CHƯA RA", "ALREADY INSIDE"),
        "screen.title.denied": ("TỪ CHỐI", "DENIED"),
    }
)


def screen_state(reason: str, *, card_warning: bool = False) -> ScreenState:
    """The state for ``reason`` (a :class:`Reason` value); an allowed scan with a press-card
    warning is amber."""
    state = SCREEN_STATES[Reason(reason)]
    if state is ScreenState.ALLOWED and card_warning:
        return ScreenState.WARNING
    return state


@dataclass(frozen=True, slots=True)
class ScreenWarning:
    code: str  # CARD_WARNING or ALREADY_INSIDE_WARNING
    message: str


@dataclass(frozen=True, slots=True)
class VerdictScreen:
    """Everything the verdict screen shows; person fields are None when no one is vouched for."""

    state: ScreenState
    title: str
    allowed: bool
    reason: str
    message: str
    direction: str
    method: str
    note: str | None
    scan_uid: str
    scanned_at: datetime
    zone_here: ZoneView | None  # the checkpoint's zone (None: the outer gate)
    reporter_id: int | None
    reporter_name: str | None
    agency: str | None
    serial: str | None
    pass_status: str | None
    zones: tuple[ZoneView, ...]  # the zones the pass opens, in the event's order, with colours
    valid_from: datetime | None
    valid_to: datetime | None
    card_no: str | None
    card_expiry: date | None
    card_days_left: int | None
    photo_jpeg: bytes | None
    photo_is_thumbnail: bool
    warnings: tuple[ScreenWarning, ...]

    @property
    def has_person(self) -> bool:
        return self.reporter_id is not None


def verdict_screen(
    db: Database,
    actor: Actor,
    post: CheckpointPost,
    result: ScanResult,
    *,
    photo: PhotoSize = "full",
    card_warning_days: int = CARD_EXPIRING_DAYS,
    today: date | None = None,
    locale: str = "vi",
) -> VerdictScreen:
    """The screen for ``result`` at ``post``: two short lookups by key (the pass with its
    reporter; the photo), none when nobody is vouched for."""
    actor.require(Permission.SCAN)
    zone_here = next((z for z in post.event.zones if z.slot == post.zone_slot), None)
    vouched = result.reporter_id is not None and result.reporter_name is not None
    facts = None
    picture: bytes | None = None
    thumbnail_only = photo == "thumbnail"
    if vouched and result.pass_id is not None:
        with db.reading() as session:
            facts = session.execute(
                select(
                    FieldPass.status,
                    FieldPass.zone_mask,
                    FieldPass.valid_from,
                    FieldPass.valid_to,
                    Reporter.card_no,
                    Reporter.card_expiry,
                )
                .join(Reporter, Reporter.id == FieldPass.reporter_id)
                .where(FieldPass.id == result.pass_id, FieldPass.reporter_id == result.reporter_id)
            ).first()
            if facts is not None:
                column = (
                    ReporterPhoto.thumbnail_jpeg if thumbnail_only else ReporterPhoto.image_jpeg
                )
                picture = session.execute(
                    select(column).where(ReporterPhoto.reporter_id == result.reporter_id)
                ).scalar_one_or_none()
                if not thumbnail_only:  # a station's "full" photo is its package's thumbnail
                    thumbnail_only = session.get(StationIdentity, 1) is not None
    day = today or datetime.now(VIETNAM_TZ).date()
    warnings: list[ScreenWarning] = []
    days_left: int | None = None
    card_warning = False
    if facts is not None:
        days_left = (facts[5] - day).days
        if days_left <= card_warning_days:
            card_warning = True
            code = "screen.card_expired" if days_left < 0 else "screen.card_expiring"
            params = {"expiry": facts[5].strftime("%d/%m/%Y"), "days": days_left}
            warnings.append(ScreenWarning(CARD_WARNING, render(code, locale, params)))
    if result.reason == Reason.ALREADY_INSIDE.value:
        warnings.append(
            ScreenWarning(ALREADY_INSIDE_WARNING, render("screen.already_inside", locale))
        )
    state = screen_state(result.reason, card_warning=card_warning)
    return VerdictScreen(
        state=state,
        title=_title(result, locale),
        allowed=result.allowed,
        reason=result.reason,
        message=result.message,
        direction=result.direction,
        method=result.method,
        note=result.note,
        scan_uid=result.scan_uid,
        scanned_at=result.scanned_at,
        zone_here=zone_here,
        reporter_id=result.reporter_id if facts is not None else None,
        reporter_name=result.reporter_name if facts is not None else None,
        agency=result.agency if facts is not None else None,
        serial=result.serial if facts is not None else None,
        pass_status=facts[0].value if facts is not None else None,
        zones=(
            tuple(z for z in post.event.zones if facts[1] >> z.slot & 1)
            if facts is not None
            else ()
        ),
        valid_from=facts[2] if facts is not None else None,
        valid_to=facts[3] if facts is not None else None,
        card_no=facts[4] if facts is not None else None,
        card_expiry=facts[5] if facts is not None else None,
        card_days_left=days_left,
        photo_jpeg=picture,
        photo_is_thumbnail=thumbnail_only if picture is not None else False,
        warnings=tuple(warnings),
    )


def _title(result: ScanResult, locale: str) -> str:
    """The big word: let through (even in amber), already inside, or denied."""
    if result.allowed:
        return render(f"screen.title.allowed_{result.direction}", locale)
    if result.reason == Reason.ALREADY_INSIDE.value:
        return render("screen.title.already_inside", locale)
    return render("screen.title.denied", locale)
