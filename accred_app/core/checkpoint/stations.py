"""Offline checkpoint stations: what the desk sends a station, and what a station trusts.

``export_station`` writes one signed package (``packages.py``, docs/station-packages.md) with
everything a checkpoint laptop needs for one event: the desk's public keys, the event and its
zones, the units, the passes (revocations included), their reporters (name, agency, status,
thumbnail) and the checkpoint officers (disabled ones included, without a password hash). It never
contains a private key. ``import_station`` sets up or refreshes a station database, keeping the
desk's ids so the station's scan log merges back unchanged (``station_logs.py``).

What a station trusts, and why:

- **First import** pins the desk's keys only once the officer has confirmed the fingerprint of the
  key that signed the package (shown at the desk by ``station export``), or when the package is
  signed by a key from the desk's public-key file. Without either, nothing is written.
- **After that** a package is accepted only when one of its signatures verifies with a pinned key
  (the desk signs with every key it holds, so a rotation does not strand a station); the package's
  other keys are then pinned too. A package cannot add its own key: it would need a pinned key's
  signature over that very key list.
- **Never older** than the package the station has (its creation time is signed), never for
  another event, and a refresh needs one of the station's checkpoint officers signed in.
- **A refresh carries the desk's decisions**: revocations, reporters' statuses, officers disabled
  at the desk (or no longer in the package) are disabled here, and changed password hashes are
  counted in the result. It never un-revokes a pass this station holds as revoked.

A station also gets a key of its own at set-up, used only to sign its scan-log exports.
"""

from __future__ import annotations

import base64
import json
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any, Final, TypeVar

from sqlalchemy import exists, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from accred_app.core import validation as v
from accred_app.core.checkpoint import typed_input as t
from accred_app.core.checkpoint.packages import (
    MAX_PAYLOAD_BYTES,
    PACKAGE_FORMAT,
    PackageOfficer,
    PackagePass,
    SealedPackage,
    StationPackage,
    grouped_fingerprint,
    key_fingerprint,
    open_package,
    read_payload,
    seal_package,
)
from accred_app.core.clock import VIETNAM_TZ, utcnow
from accred_app.core.errors import ValidationError
from accred_app.core.messages import register
from accred_app.core.models import (
    Base,
    Event,
    FieldPass,
    Officer,
    PassStatus,
    PoliceUnit,
    PressAgency,
    Reporter,
    ReporterPhoto,
    Role,
    Setting,
    SigningKeyRecord,
    StationIdentity,
    Zone,
)
from accred_app.core.passes.keys import (
    active_signing_key,
    all_signing_keys,
    import_public_keys,
    public_keys,
    public_keys_document,
    read_public_keys,
)
from accred_app.core.passes.tokens import generate_signing_key
from accred_app.core.registry.events import load_event
from accred_app.core.roles import SYSTEM, Actor, Permission
from accred_app.core.storage.db import Database
from accred_app.core.storage.files import replaced_on_success
from accred_app.core.storage.settings import DEFAULTS, write_value

CLOCK_TOLERANCE: Final = timedelta(minutes=10)
"""How far ahead of this machine's clock a package or a scan may be dated. Ten minutes covers an
offline laptop's drift over an event; much more and a wrong clock would also misjudge passes."""
MAX_TRUSTED_KEYS_FILE_BYTES: Final = 1024 * 1024

register(
    {
        "station_on_desk": (
            "Không nhập dữ liệu trạm vào cơ sở dữ liệu của bàn cấp thẻ (có khóa ký). "
            "Hãy nhập vào một cơ sở dữ liệu riêng cho máy trạm.",
            "Refusing to import a station package into a desk database (it holds a signing key). "
            "Import it into a separate database for the station.",
        ),
        "station_on_server": (
            "Trạm kiểm soát ngoại tuyến giữ dữ liệu trong một tệp SQLite trên chính máy của trạm, "
            "không trong cơ sở dữ liệu PostgreSQL dùng chung: hãy chọn một tệp trên máy trạm. "
            "Không có gì được ghi.",
            "An offline checkpoint station keeps its data in a SQLite file on the station's own "
            "computer, not in the shared PostgreSQL database: choose a file on the station "
            "computer. Nothing was written.",
        ),
        "station_sign_in_required": (
            "Trạm này đã có cán bộ: cập nhật dữ liệu trạm cần một cán bộ kiểm soát của trạm "
            "đăng nhập.",
            "This station already has officers: refreshing it needs one of its checkpoint "
            "officers signed in.",
        ),
        "station_officer_required": (
            "Chỉ cán bộ kiểm soát của trạm này mới được cập nhật dữ liệu trạm ({username} thì "
            "không).",
            "Only a checkpoint officer of this station may refresh it ({username} may not).",
        ),
        "station_key_unconfirmed": (
            "Trạm mới chưa tin khóa nào. So dấu vân tay khóa ký của tệp ({fingerprint}) với dấu "
            "vân tay hiện ở bàn cấp thẻ khi xuất tệp rồi xác nhận, hoặc dùng tệp khóa công khai "
            "của bàn cấp thẻ. Chưa ghi gì.",
            "A new station trusts no key yet. Compare the package's signing-key fingerprint "
            "({fingerprint}) with the one the desk showed when exporting, then confirm it, or use "
            "the desk's public-key file. Nothing was written.",
        ),
        "station_fingerprint_mismatch": (
            "Tệp dữ liệu trạm không có chữ ký hợp lệ của khóa có dấu vân tay {fingerprint}. "
            "Chưa ghi gì.",
            "The station package has no valid signature by the key with fingerprint "
            "{fingerprint}. Nothing was written.",
        ),
        "station_trusted_keys_mismatch": (
            "Tệp dữ liệu trạm không có chữ ký hợp lệ của khóa nào trong tệp khóa công khai. "
            "Chưa ghi gì.",
            "The station package has no valid signature by any key of the public-key file. "
            "Nothing was written.",
        ),
        "station_package_untrusted": (
            "Tệp dữ liệu trạm không có chữ ký hợp lệ của khóa nào trạm đã tin (mã khóa: {pinned}): "
            "tệp đã bị sửa hoặc không do bàn cấp thẻ của trạm này tạo. Chưa ghi gì.",
            "The station package has no valid signature by a key this station trusts (key ids: "
            "{pinned}): it was altered or does not come from this station's desk. Nothing was "
            "written.",
        ),
        "station_package_older": (
            "Tệp dữ liệu trạm tạo lúc {created}, cũ hơn tệp trạm đang dùng (tạo lúc {current}). "
            "Chưa ghi gì.",
            "The station package was made at {created}, before the one this station has (made "
            "at {current}). Nothing was written.",
        ),
        "station_package_from_future": (
            "Tệp dữ liệu trạm ghi thời điểm tạo {created}, sau giờ của máy này ({now}). Hãy kiểm "
            "tra đồng hồ của bàn cấp thẻ và của máy trạm.",
            "The station package says it was made at {created}, after this computer's time "
            "({now}). Check the clocks of the desk and of this station.",
        ),
        "station_other_event": (
            "Trạm này dùng cho sự kiện #{current}; tệp dữ liệu là của sự kiện #{event}. Hãy dùng "
            "một tệp cơ sở dữ liệu trạm riêng cho sự kiện đó.",
            "This station is for event #{current}; the package is for event #{event}. Use a "
            "separate station database file for that event.",
        ),
        "station_name_fixed": (
            "Trạm này đã mang tên {name}; tên không đổi được vì nhật ký quét của trạm gắn với tên "
            "này.",
            "This station is named {name}; the name cannot change, since its scan log is chained "
            "under it.",
        ),
        "station_name_reserved": (
            "Tên trạm {name} trùng với tên của bàn cấp thẻ; hãy chọn tên khác.",
            "The station name {name} is the desk's own name; choose another.",
        ),
        "station_package_conflict": (
            "Tệp dữ liệu trạm mâu thuẫn với dữ liệu đang có ở trạm (một mã hoặc tên bị trùng). "
            "Chưa ghi gì.",
            "The station package conflicts with the data this station holds (a repeated id or "
            "name). Nothing was written.",
        ),
        "station_without_officers": (
            "Tệp dữ liệu trạm không có cán bộ kiểm soát nào đang hoạt động: không ai đăng nhập "
            "được vào trạm. Hãy thêm cán bộ kiểm soát ở bàn cấp thẻ rồi xuất lại tệp.",
            "The station package has no enabled checkpoint officer: nobody could sign in at the "
            "station. Add checkpoint officers at the desk and export the package again.",
        ),
        "station_package_too_large": (
            "Dữ liệu trạm của sự kiện này quá lớn ({size} MB, tối đa {limit} MB).",
            "This event's station package is too large ({size} MB, at most {limit} MB).",
        ),
    }
)


def _iso(moment: datetime | None) -> str | None:
    return moment.isoformat() if moment else None


def _local(moment: datetime) -> str:
    return moment.astimezone(VIETNAM_TZ).strftime("%d/%m/%Y %H:%M:%S")


def _photo_text(thumbnail: bytes | None) -> str | None:
    return base64.b64encode(thumbnail).decode("ascii") if thumbnail else None


@dataclass(frozen=True, slots=True)
class StationSummary:
    """What a package holds. ``officers`` counts the enabled checkpoint officers."""

    event_id: int
    event_name: str
    passes: int
    revoked: int
    reporters: int
    officers: int
    keys: int
    created_at: datetime
    signing_key_id: str
    fingerprint: str  # of the signing key: what a new station's officer confirms
    officers_disabled: int

    @property
    def grouped_fingerprint(self) -> str:
        return grouped_fingerprint(self.fingerprint)


def _summary(package: StationPackage) -> StationSummary:
    return StationSummary(
        event_id=package.event.id,
        event_name=package.event.name,
        passes=len(package.passes),
        revoked=sum(p.status is PassStatus.REVOKED for p in package.passes),
        reporters=len(package.reporters),
        officers=sum(not o.disabled for o in package.officers),
        keys=len(package.public_keys),
        created_at=package.created_at,
        signing_key_id=package.signing_key_id.hex(),
        fingerprint=package.fingerprint,
        officers_disabled=sum(o.disabled for o in package.officers),
    )


# --- at the desk --------------------------------------------------------------------------------


def _package_document(session: Session, actor: Actor, event_id: int) -> dict[str, Any]:
    event = load_event(session, event_id)
    passes = list(
        session.execute(
            select(FieldPass).where(FieldPass.event_id == event_id).order_by(FieldPass.id)
        ).scalars()
    )
    # Subqueries, not lists of ids: a big event has more reporters than SQLite takes parameters.
    holders = select(FieldPass.reporter_id).where(FieldPass.event_id == event_id)
    reporters = list(
        session.execute(
            select(Reporter).where(Reporter.id.in_(holders)).order_by(Reporter.id)
        ).scalars()
    )
    agencies = list(
        session.execute(
            select(PressAgency)
            .where(PressAgency.id.in_(select(Reporter.agency_id).where(Reporter.id.in_(holders))))
            .order_by(PressAgency.id)
        ).scalars()
    )
    photos: dict[int, bytes] = {
        reporter_id: thumbnail
        for reporter_id, thumbnail in session.execute(
            select(ReporterPhoto.reporter_id, ReporterPhoto.thumbnail_jpeg).where(
                ReporterPhoto.reporter_id.in_(holders)
            )
        )
    }
    units = list(session.execute(select(PoliceUnit).order_by(PoliceUnit.id)).scalars())
    officers = list(
        session.execute(
            select(Officer).where(Officer.role == Role.CHECKPOINT).order_by(Officer.username)
        ).scalars()
    )
    return {
        "format": PACKAGE_FORMAT,
        "created_at": _iso(utcnow()),
        "exported_by": actor.username,
        "signing_key_id": active_signing_key(session, actor).key_id.hex(),
        "public_keys": public_keys_document(session),
        "event": {
            "id": event.id,
            "name": event.name,
            "kind": event.kind.value,
            "location": event.location,
            "starts_on": event.starts_on.isoformat(),
            "ends_on": event.ends_on.isoformat() if event.ends_on else None,
            "zones": [
                {"slot": z.slot, "code": z.code, "name": z.name, "colour": z.colour}
                for z in event.zones
            ],
        },
        "units": [
            {"id": u.id, "name": u.name, "code": u.code, "parent_id": u.parent_id} for u in units
        ],
        "agencies": [{"id": a.id, "name": a.name, "kind": a.kind.value} for a in agencies],
        "reporters": [
            {
                "id": r.id,
                "full_name": r.full_name,
                "agency_id": r.agency_id,
                "card_no": r.card_no,
                "card_expiry": r.card_expiry.isoformat(),
                "status": r.status.value,
                "photo": _photo_text(photos.get(r.id)),
            }
            for r in reporters
        ],
        "passes": [
            {
                "id": p.id,
                "serial": p.serial,
                "reporter_id": p.reporter_id,
                "zone_mask": p.zone_mask,
                "valid_from": _iso(p.valid_from),
                "valid_to": _iso(p.valid_to),
                "status": p.status.value,
                "key_id": p.key_id,
                "token": p.token,
                "revoked_at": _iso(p.revoked_at),
            }
            for p in passes
        ],
        "officers": [
            {
                "username": o.username,
                "full_name": o.full_name,
                "unit_id": o.unit_id,
                "password_hash": None if o.disabled else o.password_hash,
                "disabled": o.disabled,
            }
            for o in officers
        ],
    }


def export_station(db: Database, actor: Actor, event_id: int, path: Path) -> StationSummary:
    """Write the signed package for one event; returns what it holds and the key to confirm."""
    actor.require(Permission.MANAGE_DATA)
    with db.reading() as session:
        document = _package_document(session, actor, event_id)
        signing_keys = all_signing_keys(session, actor)
    payload = json.dumps(document, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    if len(payload) > MAX_PAYLOAD_BYTES:  # a station would refuse it: say so here instead
        raise ValidationError(
            "station_package_too_large",
            size=len(payload) // t.MEGABYTE,
            limit=MAX_PAYLOAD_BYTES // t.MEGABYTE,
        )
    # Read back as a station will: a package its stations would refuse is not written at all.
    summary = _summary(read_payload(SealedPackage(payload, {}, "")))
    active_first = sorted(
        signing_keys, key=lambda key: key.key_id.hex() != document["signing_key_id"]
    )
    data = seal_package(payload, active_first)
    with replaced_on_success(path) as temporary:
        temporary.write_bytes(data)
    return summary


# --- at the station -----------------------------------------------------------------------------


def inspect_package(path: Path) -> StationSummary:
    """Read a package for display before a first import: its event, creation time and the
    fingerprint of its signing key. Nothing in it is trusted yet."""
    return _summary(read_payload(open_package(path)))


def read_trusted_keys(path: Path) -> dict[bytes, bytes]:
    """The desk's public keys from the file ``keys export-public`` wrote."""
    try:
        raw = t.read_bounded(
            path,
            file_limit=MAX_TRUSTED_KEYS_FILE_BYTES,
            content_limit=MAX_TRUSTED_KEYS_FILE_BYTES,
        )
        document = t.strict_json(raw, "file")
    except t.FieldProblem as problem:
        raise ValidationError(
            "invalid_public_keys_file", detail=problem.kind + " " + problem.params["field"]
        ) from None
    return read_public_keys(document)


def station_identity(session: Session) -> StationIdentity | None:
    return session.get(StationIdentity, 1)


def is_set_up(db: Database) -> bool:
    """Whether this database is a station that has accepted a signed package (and pinned keys)."""
    with db.reading() as session:
        return station_identity(session) is not None


def _is_refresh(session: Session) -> bool:
    """A set-up station (or one set up by an older, unsigned package: it has officers)."""
    return station_identity(session) is not None or bool(
        session.execute(select(exists().select_from(Officer))).scalar()
    )


def needs_sign_in(db: Database) -> bool:
    """A station is refreshed only by one of its checkpoint officers, signed in."""
    with db.reading() as session:
        return _is_refresh(session)


@dataclass(frozen=True, slots=True)
class StationImport:
    """The result of a station import: the package, and what changed on this station."""

    summary: StationSummary
    station: str
    first_import: bool
    trusted_signatures: tuple[str, ...]  # ids of the pinned/confirmed keys that signed it
    newly_pinned: tuple[str, ...]  # key ids this import added to the station's trust
    log_key_fingerprint: str  # the station's own key, which the desk records on first log import
    kept_revoked: int  # passes revoked here that the package lists as not revoked
    officers_added: int
    officers_disabled_now: int
    passwords_changed: int


def _require_station_officer(session: Session, actor: Actor | None) -> None:
    if actor is None:
        raise ValidationError("station_sign_in_required")
    officer = None if actor.officer_id is None else session.get(Officer, actor.officer_id)
    if (
        officer is None
        or officer.username != actor.username
        or officer.role is not Role.CHECKPOINT
        or officer.disabled
    ):
        raise ValidationError("station_officer_required", username=actor.username)
    actor.require(Permission.SCAN)


def _pinned_signers(session: Session, sealed: SealedPackage) -> frozenset[bytes]:
    """A set-up station trusts its pinned keys, and only them (checked before the payload is
    even parsed)."""
    pinned = public_keys(session)
    signers = sealed.signed_by(pinned)
    if not signers:
        raise ValidationError(
            "station_package_untrusted", pinned=", ".join(sorted(k.hex() for k in pinned))
        )
    return signers


def _anchored_signers(
    sealed: SealedPackage,
    package: StationPackage,
    fingerprint: str | None,
    trusted_keys: Mapping[bytes, bytes] | None,
) -> frozenset[bytes]:
    """A new station trusts a key the officer confirmed, by fingerprint or from the desk's file."""
    if trusted_keys:
        signers = sealed.signed_by(trusted_keys)
        if not signers:
            raise ValidationError("station_trusted_keys_mismatch")
        return signers
    if fingerprint is not None:
        confirmed = {
            key_id: public
            for key_id, public in package.public_keys.items()
            if key_fingerprint(public) == fingerprint
        }
        signers = sealed.signed_by(confirmed)
        if not signers:
            raise ValidationError(
                "station_fingerprint_mismatch", fingerprint=grouped_fingerprint(fingerprint)
            )
        return signers
    raise ValidationError(
        "station_key_unconfirmed", fingerprint=grouped_fingerprint(package.fingerprint)
    )


def import_station(
    db: Database,
    path: Path,
    *,
    actor: Actor | None = None,
    station_name: str | None = None,
    fingerprint: str | None = None,
    trusted_keys: Mapping[bytes, bytes] | None = None,
    now: datetime | None = None,
) -> StationImport:
    """Set up (first import) or refresh a station database from a signed package.

    ``actor`` is required once the station has officers (a refresh). A first import needs a trust
    anchor: ``fingerprint`` (64 hex, confirmed by the officer) or ``trusted_keys`` (the desk's
    public-key file); see the module docstring. Nothing is written when anything is refused.
    """
    now = now or utcnow()
    sealed = open_package(path)
    name = None if station_name is None else v.required_text(station_name, "name", limit=64)
    if name == DEFAULTS["station_name"]:
        raise ValidationError("station_name_reserved", name=name)
    try:
        with db.transaction(actor or SYSTEM) as session:
            if session.execute(
                select(SigningKeyRecord.key_id).where(SigningKeyRecord.private_key.is_not(None))
            ).first():
                raise ValidationError("station_on_desk")
            if not db.is_sqlite:  # a station works offline, on its own file (docs/deployment.md)
                raise ValidationError("station_on_server")
            if _is_refresh(session):
                _require_station_officer(session, actor)
            identity = station_identity(session)
            if identity is not None:
                signers = _pinned_signers(session, sealed)
                package = read_payload(sealed)
            else:
                package = read_payload(sealed)  # its keys, to find the one the officer confirmed
                signers = _anchored_signers(sealed, package, fingerprint, trusted_keys)
            _check_fresh_and_ours(session, identity, package, name, now)
            return _apply(session, identity, sealed, package, signers, name, now)
    except IntegrityError:  # a last net: the checks above should leave nothing for SQL
        raise ValidationError("station_package_conflict") from None


def _check_fresh_and_ours(
    session: Session,
    identity: StationIdentity | None,
    package: StationPackage,
    name: str | None,
    now: datetime,
) -> None:
    if package.created_at > now + CLOCK_TOLERANCE:
        raise ValidationError(
            "station_package_from_future", created=_local(package.created_at), now=_local(now)
        )
    if identity is None:
        other = session.execute(select(Event.id).where(Event.id != package.event.id)).first()
        if other is not None:  # an older, unsigned set-up for another event
            raise ValidationError("station_other_event", current=other[0], event=package.event.id)
        if not any(not officer.disabled for officer in package.officers):
            raise ValidationError("station_without_officers")  # nobody could ever sign in
        return
    if package.event.id != identity.event_id:
        raise ValidationError(
            "station_other_event", current=identity.event_id, event=package.event.id
        )
    if package.created_at < identity.package_created_at:
        raise ValidationError(
            "station_package_older",
            created=_local(package.created_at),
            current=_local(identity.package_created_at),
        )
    if name is not None and name != identity.name:
        raise ValidationError("station_name_fixed", name=identity.name)


def _apply(
    session: Session,
    identity: StationIdentity | None,
    sealed: SealedPackage,
    package: StationPackage,
    signers: frozenset[bytes],
    name: str | None,
    now: datetime,
) -> StationImport:
    pinned_before = set(public_keys(session))
    _load_registry(session, package)
    kept_revoked = _load_passes(session, package)
    added, disabled_now, passwords = _load_officers(session, package.officers)
    import_public_keys(session, dict(package.public_keys))
    newly_pinned = tuple(sorted(k.hex() for k in set(package.public_keys) - pinned_before))
    first_import = identity is None
    if identity is None:
        log_key = generate_signing_key()
        # A station set up by an older, unsigned package keeps the name its scans carry.
        earlier = session.get(Setting, "station_name")
        earlier_name = None if earlier is None else earlier.value
        identity = StationIdentity(
            id=1,
            name=name
            or (earlier_name if earlier_name != DEFAULTS["station_name"] else None)
            or f"station-{package.event.id}-{log_key.key_id.hex()}",
            event_id=package.event.id,
            public_key=log_key.public_bytes,
            private_key=log_key.private_bytes,
            package_created_at=package.created_at,
            package_sha256=sealed.file_sha256,
            set_up_at=now,
            refreshed_at=now,
        )
        session.add(identity)
    else:
        identity.package_created_at = package.created_at
        identity.package_sha256 = sealed.file_sha256
        identity.refreshed_at = now
    write_value(session, "station_name", identity.name)
    write_value(session, "role", "station")
    session.flush()
    return StationImport(
        summary=_summary(package),
        station=identity.name,
        first_import=first_import,
        trusted_signatures=tuple(sorted(k.hex() for k in signers)),
        newly_pinned=newly_pinned,
        log_key_fingerprint=key_fingerprint(identity.public_key),
        kept_revoked=kept_revoked,
        officers_added=added,
        officers_disabled_now=disabled_now,
        passwords_changed=passwords,
    )


_Row = TypeVar("_Row", bound=Base)


def _sync_rows(
    session: Session,
    model: type[_Row],
    wanted: Mapping[int, Mapping[str, Any]],
    make: Callable[[int], _Row],
    unique_field: str | None = None,
) -> dict[int, _Row]:
    """Make the rows ``wanted`` (id -> field values) exist with those values, keeping other rows.

    Only changed fields are written (so the audit trail records real changes only). A unique value
    moving from one id to another is first moved out of the way, so a rename at the desk cannot
    trip the unique constraint halfway through.
    """
    rows: dict[int, _Row] = {
        row.id: row  # type: ignore[attr-defined]
        for row in session.execute(select(model)).scalars()
    }
    if unique_field is not None:
        holders = {getattr(row, unique_field): row for row in rows.values()}
        moved = False
        for row_id, values in wanted.items():
            holder = holders.get(values[unique_field])
            if holder is not None and holder.id != row_id:  # type: ignore[attr-defined]
                setattr(holder, unique_field, f"~{holder.id}")  # type: ignore[attr-defined]
                moved = True
        if moved:
            session.flush()
    for row_id, values in wanted.items():
        row = rows.get(row_id)
        if row is None:
            row = make(row_id)
            session.add(row)
            rows[row_id] = row
        for field, value in values.items():
            if getattr(row, field, None) != value:
                setattr(row, field, value)
    session.flush()
    return rows


def _load_registry(session: Session, package: StationPackage) -> None:
    units = _sync_rows(
        session,
        PoliceUnit,
        {u.id: {"name": u.name, "code": u.code} for u in package.units},
        lambda unit_id: PoliceUnit(id=unit_id, search_key="", parent_id=None),
        unique_field="code",
    )
    for unit in package.units:  # parents once every unit exists
        if units[unit.id].parent_id != unit.parent_id:
            units[unit.id].parent_id = unit.parent_id
    _sync_rows(
        session,
        PressAgency,
        {a.id: {"name": a.name, "kind": a.kind} for a in package.agencies},
        lambda agency_id: PressAgency(id=agency_id, search_key=""),
        unique_field="name",
    )
    _sync_rows(
        session,
        Reporter,
        {
            r.id: {
                "full_name": r.full_name,
                "agency_id": r.agency_id,
                "card_no": r.card_no,
                "card_expiry": r.card_expiry,
                "status": r.status,
            }
            for r in package.reporters
        },
        lambda reporter_id: Reporter(id=reporter_id, card_no_key=f"#{reporter_id}", search_key=""),
    )
    photos = {p.reporter_id: p for p in session.execute(select(ReporterPhoto)).scalars()}
    for reporter in package.reporters:
        photo = photos.get(reporter.id)
        if reporter.photo is None:
            if photo is not None:
                session.delete(photo)
        elif photo is None:
            session.add(
                ReporterPhoto(
                    reporter_id=reporter.id,
                    image_jpeg=reporter.photo,
                    thumbnail_jpeg=reporter.photo,
                )
            )
        elif photo.thumbnail_jpeg != reporter.photo:
            photo.image_jpeg = photo.thumbnail_jpeg = reporter.photo
    event_doc = package.event
    event = session.get(Event, event_doc.id)
    if event is None:
        event = Event(id=event_doc.id, search_key="")
        session.add(event)
    for field, value in (
        ("name", event_doc.name),
        ("kind", event_doc.kind),
        ("location", event_doc.location),
        ("starts_on", event_doc.starts_on),
        ("ends_on", event_doc.ends_on),
    ):
        if getattr(event, field, None) != value:
            setattr(event, field, value)
    session.flush()
    wanted_zones = [(z.slot, z.code, z.name, z.colour) for z in event_doc.zones]
    current = sorted((z.slot, z.code, z.name, z.colour) for z in event.zones)
    if current != sorted(wanted_zones):
        for zone in list(event.zones):
            event.zones.remove(zone)
        session.flush()
        event.zones.extend(
            Zone(slot=slot, code=code, name=zone_name, colour=colour)
            for slot, code, zone_name, colour in wanted_zones
        )
    session.flush()


def _pass_values(field_pass: PackagePass) -> dict[str, Any]:
    return {
        "serial": field_pass.serial,
        "reporter_id": field_pass.reporter_id,
        "zone_mask": field_pass.zone_mask,
        "valid_from": field_pass.valid_from,
        "valid_to": field_pass.valid_to,
        "key_id": field_pass.key_id,
        "token": field_pass.token,
        "status": field_pass.status,
        "revoked_at": field_pass.revoked_at,
    }


def _load_passes(session: Session, package: StationPackage) -> int:
    """Passes by id; a pass revoked here stays revoked whatever the package says (returns how many
    the package would have un-revoked). Passes missing from the package are kept as they are."""
    event_id = package.event.id
    held = {
        p.id: p
        for p in session.execute(select(FieldPass).where(FieldPass.event_id == event_id)).scalars()
    }
    kept_revoked = 0
    wanted: dict[int, dict[str, Any]] = {}
    for field_pass in package.passes:
        values = _pass_values(field_pass)
        mine = held.get(field_pass.id)
        if (
            mine is not None
            and mine.status is PassStatus.REVOKED
            and field_pass.status is not PassStatus.REVOKED
        ):
            kept_revoked += 1
            values["status"], values["revoked_at"] = mine.status, mine.revoked_at
        wanted[field_pass.id] = values
    _sync_rows(
        session,
        FieldPass,
        wanted,
        lambda pass_id: FieldPass(id=pass_id, event_id=event_id, issued_by=package.exported_by),
        unique_field="serial",
    )
    return kept_revoked


def _load_officers(session: Session, officers: Sequence[PackageOfficer]) -> tuple[int, int, int]:
    """Checkpoint officers by username; an officer the package does not list is disabled.
    Returns (added, disabled by this import, password hashes changed)."""
    listed = {o.username: o for o in officers}
    added = disabled_now = passwords = 0
    for officer in session.execute(select(Officer)).scalars():
        entry = listed.pop(officer.username, None)
        disabled = True if entry is None else entry.disabled
        if disabled and not officer.disabled:
            disabled_now += 1
        if officer.disabled != disabled:
            officer.disabled = disabled
        if officer.role is not Role.CHECKPOINT:
            officer.role = Role.CHECKPOINT
        if entry is None:
            continue
        if officer.full_name != entry.full_name:
            officer.full_name = entry.full_name
        if officer.unit_id != entry.unit_id:
            officer.unit_id = entry.unit_id
        if entry.password_hash is not None and officer.password_hash != entry.password_hash:
            officer.password_hash = entry.password_hash
            passwords += 1
    for entry in listed.values():
        session.add(
            Officer(
                username=entry.username,
                full_name=entry.full_name,
                unit_id=entry.unit_id,
                role=Role.CHECKPOINT,
                # A disabled officer travels without a hash; this one can never sign in.
                password_hash=entry.password_hash or "!",
                disabled=entry.disabled,
                failed_attempts=0,
            )
        )
        added += 1
    session.flush()
    return added, disabled_now, passwords
