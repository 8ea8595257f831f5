"""The station package file (``accred-station/2``): signed by the desk, read with strict bounds.

A package is one gzip stream holding two parts separated by the first newline:

1. a header line, JSON: ``{"format": "accred-station/2", "signatures": [{"key_id", "signature"}]}``
   — one Ed25519 signature per signing key the desk holds (see below), lowercase hex;
2. the payload, UTF-8 JSON: the event, its zones, units, agencies, reporters (with thumbnails),
   passes and checkpoint officers, the desk's public keys, the creation time.

Each signature is pure Ed25519 over ``SIGNATURE_CONTEXT + payload`` — the payload's exact bytes,
so no canonical JSON is needed, and the context keeps a package signature from ever being read as
a pass-token signature made by the same key.

The desk signs with **every** key it holds, retired ones included: a station that pinned an older
key still finds a signature it trusts after the desk rotated, and then pins the newer keys the
payload lists. This module is pure (no database): reading bounds, the signature check and the
field-by-field typing of the payload. ``stations.py`` decides what to trust and writes it.
See docs/station-packages.md.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any, Final, TypeVar

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from accred_app.core.checkpoint import typed_input as t
from accred_app.core.errors import ValidationError
from accred_app.core.messages import register
from accred_app.core.models import AgencyKind, EventKind, PassStatus, ReporterStatus
from accred_app.core.passes.keys import PUBLIC_KEYS_FORMAT
from accred_app.core.passes.tokens import KEY_ID_LENGTH, TOKEN_DIGITS, SigningKey, key_id_for

PACKAGE_FORMAT: Final = "accred-station/2"
LEGACY_PACKAGE_FORMATS: Final = frozenset({"accred-station/1"})
SIGNATURE_CONTEXT: Final = b"accred-station/2 package\n"

# Caps, from realistic sizes. A reporter's thumbnail is a 120x160 JPEG at quality 80
# (registry/photos.py): 4-8 KB for a face, 13.6 KB for pure noise, its worst case. In base64 a
# reporter with photo is ~10 KB of payload and a pass (a 224-digit token and its fields) ~0.5 KB,
# so a big event — a provincial congress, 10,000 passes and reporters with photos — is ~100 MB,
# and the benchmark's busiest event (33,000 passes, no photos) ~25 MB. 256 MiB leaves room for
# 2.5x the big event; parsing holds about three times the payload in memory at the cap (~0.8 GB),
# where a 1 MB gzip bomb took 3.2 GB before. gzip never makes JPEG or JSON meaningfully larger,
# so a file bigger than the payload cap cannot be a valid package: the same figure caps both.
MAX_PAYLOAD_BYTES: Final = 256 * t.MEGABYTE
MAX_FILE_BYTES: Final = MAX_PAYLOAD_BYTES
MAX_HEADER_BYTES: Final = 64 * 1024
MAX_THUMBNAIL_BYTES: Final = 64 * 1024  # 4.7x the noise worst case
MAX_PASSES: Final = 200_000
MAX_REPORTERS: Final = 200_000
MAX_UNITS: Final = 10_000
MAX_AGENCIES: Final = 10_000
MAX_OFFICERS: Final = 10_000
MAX_KEYS: Final = 64
MAX_ZONES: Final = 32
MAX_ID: Final = 2**31 - 1  # PostgreSQL INTEGER
MAX_ZONE_MASK: Final = 2**32 - 1
_USERNAME = re.compile(r"[a-z0-9._-]{1,64}")
_ARGON2 = re.compile(r"\$argon2id\$[A-Za-z0-9$=,.+/-]{20,190}")

register(
    {
        "station_package_legacy": (
            "Tệp dữ liệu trạm theo định dạng cũ, không có chữ ký của bàn cấp thẻ nên không được "
            "nhận. Hãy xuất lại tệp ở bàn cấp thẻ bằng phiên bản phần mềm hiện tại.",
            "This station package is in the old, unsigned format and is refused. Export it again "
            "at the desk with the current version of the software.",
        ),
        "invalid_fingerprint": (
            "Dấu vân tay khóa không hợp lệ: cần đúng 64 ký tự thập lục phân (có thể cách nhau "
            "bởi dấu cách hoặc dấu hai chấm).",
            "Invalid key fingerprint: 64 hexadecimal characters are needed (spaces or colons "
            "between them are allowed).",
        ),
    }
)
t.register_problem_messages(
    "station_package", "Tệp dữ liệu trạm kiểm soát không hợp lệ: ", "Invalid station package: "
)


def package_error(problem: t.FieldProblem) -> ValidationError:
    return ValidationError(f"station_package.{problem.kind}", **problem.params)


def key_fingerprint(public_bytes: bytes) -> str:
    """SHA-256 of the raw public key, 64 hex digits. The 4-byte key id is too short to confirm a
    key by eye: a key with the same id can be found in seconds, one with the same fingerprint not."""
    return hashlib.sha256(public_bytes).hexdigest()


def grouped_fingerprint(fingerprint: str) -> str:
    """``ab12 cd34 …``: sixteen groups of four, easier to compare aloud."""
    return " ".join(fingerprint[i : i + 4] for i in range(0, len(fingerprint), 4))


def parse_fingerprint(text: str) -> str:
    """A fingerprint as an officer may type or paste it (spaces, colons, upper case)."""
    compact = re.sub(r"[\s:]", "", text).lower()
    if len(compact) != 64 or not re.fullmatch(r"[0-9a-f]{64}", compact):
        raise ValidationError("invalid_fingerprint")
    return compact


# --- sealing and opening ----------------------------------------------------------------------


def seal_package(payload: bytes, signing_keys: Sequence[SigningKey]) -> bytes:
    """The package file's bytes: header line with one signature per key, then ``payload``."""
    message = SIGNATURE_CONTEXT + payload
    header = {
        "format": PACKAGE_FORMAT,
        "signatures": [
            {
                "key_id": key.key_id.hex(),
                "signature": Ed25519PrivateKey.from_private_bytes(key.private_bytes)
                .sign(message)
                .hex(),
            }
            for key in signing_keys
        ],
    }
    header_line = json.dumps(header, separators=(",", ":")).encode("ascii")
    return gzip.compress(header_line + b"\n" + payload, compresslevel=6, mtime=0)


@dataclass(frozen=True, slots=True)
class SealedPackage:
    """A package as read from disk: the payload bytes and the signatures claimed over them."""

    payload: bytes
    signatures: Mapping[bytes, bytes]  # key id -> signature
    file_sha256: str

    def signed_by(self, public_keys: Mapping[bytes, bytes]) -> frozenset[bytes]:
        """The ids of ``public_keys`` whose signature over the payload verifies.

        The key used is the one given here (pinned, or from a trusted file), never one the package
        brings along, so a key crafted to share a 4-byte id with a trusted one gains nothing.
        """
        message = SIGNATURE_CONTEXT + self.payload
        good: set[bytes] = set()
        for key_id, signature in self.signatures.items():
            public = public_keys.get(key_id)
            if public is None or key_id_for(public) != key_id:
                continue
            try:
                Ed25519PublicKey.from_public_bytes(public).verify(signature, message)
            except (InvalidSignature, ValueError):
                continue
            good.add(key_id)
        return frozenset(good)


def open_package(path: Path) -> SealedPackage:
    """Read a package file within the size caps and check its header (not yet its signatures)."""
    try:
        raw = t.read_bounded(path, file_limit=MAX_FILE_BYTES, content_limit=MAX_PAYLOAD_BYTES)
        head, newline, payload = raw.partition(b"\n")
        if len(head) > MAX_HEADER_BYTES:
            raise t.FieldProblem("too_large", "header", limit=MAX_HEADER_BYTES)
        header_document = t.strict_json(head, "header")
        if isinstance(header_document, dict) and header_document.get("format") in (
            LEGACY_PACKAGE_FORMATS
        ):
            raise ValidationError("station_package_legacy")
        header = t.fields(header_document, "header", ("format", "signatures"))
        t.choice(header["format"], "header.format", (PACKAGE_FORMAT,))
        signatures: dict[bytes, bytes] = {}
        for index, entry in enumerate(
            t.items(header["signatures"], "header.signatures", limit=MAX_KEYS)
        ):
            where = f"header.signatures[{index}]"
            item = t.fields(entry, where, ("key_id", "signature"))
            key_id = t.hex_bytes(item["key_id"], f"{where}.key_id", length=KEY_ID_LENGTH)
            if key_id in signatures:
                raise t.FieldProblem("duplicate", f"{where}.key_id", value=key_id.hex())
            signatures[key_id] = t.hex_bytes(item["signature"], f"{where}.signature", length=64)
        if not newline or not payload:
            raise t.FieldProblem("missing", "payload")
    except t.FieldProblem as problem:
        raise package_error(problem) from None
    return SealedPackage(payload, signatures, hashlib.sha256(raw).hexdigest())


# --- the payload, typed -----------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class PackageZone:
    slot: int
    code: str
    name: str
    colour: str


@dataclass(frozen=True, slots=True)
class PackageEvent:
    id: int
    name: str
    kind: EventKind
    location: str | None
    starts_on: date
    ends_on: date | None
    zones: tuple[PackageZone, ...]


@dataclass(frozen=True, slots=True)
class PackageUnit:
    id: int
    name: str
    code: str
    parent_id: int | None


@dataclass(frozen=True, slots=True)
class PackageAgency:
    id: int
    name: str
    kind: AgencyKind


@dataclass(frozen=True, slots=True)
class PackageReporter:
    id: int
    full_name: str
    agency_id: int
    card_no: str
    card_expiry: date
    status: ReporterStatus
    photo: bytes | None


@dataclass(frozen=True, slots=True)
class PackagePass:
    id: int
    serial: str
    reporter_id: int
    zone_mask: int
    valid_from: datetime
    valid_to: datetime
    status: PassStatus
    key_id: str
    token: str
    revoked_at: datetime | None


@dataclass(frozen=True, slots=True)
class PackageOfficer:
    """A checkpoint officer; a disabled one travels without a password hash."""

    username: str
    full_name: str
    unit_id: int | None
    password_hash: str | None
    disabled: bool


@dataclass(frozen=True, slots=True)
class StationPackage:
    created_at: datetime
    exported_by: str
    signing_key_id: bytes  # the desk's active key, whose fingerprint the desk shows
    public_keys: Mapping[bytes, bytes]
    event: PackageEvent
    units: tuple[PackageUnit, ...]
    agencies: tuple[PackageAgency, ...]
    reporters: tuple[PackageReporter, ...]
    passes: tuple[PackagePass, ...]
    officers: tuple[PackageOfficer, ...]

    @property
    def fingerprint(self) -> str:
        """Fingerprint of the key the desk signs passes with (shown by ``station export``)."""
        return key_fingerprint(self.public_keys[self.signing_key_id])


_Item = TypeVar("_Item")


def _each(
    document: Mapping[str, Any],
    name: str,
    limit: int,
    read: Callable[[Mapping[str, Any], str], _Item],
    required: Iterable[str],
    *,
    path: str | None = None,
) -> tuple[_Item, ...]:
    """Read the list ``document[name]`` with ``read``, each entry an object of ``required``."""
    names = tuple(required)
    where = path or name
    return tuple(
        read(t.fields(entry, f"{where}[{index}]", names), f"{where}[{index}]")
        for index, entry in enumerate(t.items(document[name], where, limit=limit))
    )


def _id(value: object, field: str) -> int:
    return t.integer(value, field, low=1, high=MAX_ID)


def _optional_id(value: object, field: str) -> int | None:
    return t.optional_integer(value, field, low=1, high=MAX_ID)


def _zone(item: Mapping[str, Any], at: str) -> PackageZone:
    return PackageZone(
        slot=t.integer(item["slot"], f"{at}.slot", low=0, high=MAX_ZONES - 1),
        code=t.text(item["code"], f"{at}.code", max_length=8),
        name=t.text(item["name"], f"{at}.name", max_length=120),
        colour=t.colour(item["colour"], f"{at}.colour"),
    )


def _event(value: object) -> PackageEvent:
    item = t.fields(
        value, "event", ("id", "name", "kind", "location", "starts_on", "ends_on", "zones")
    )
    zones = _each(
        item, "zones", MAX_ZONES, _zone, ("slot", "code", "name", "colour"), path="event.zones"
    )
    t.unique([z.slot for z in zones], "event.zones.slot")
    t.unique([z.code for z in zones], "event.zones.code")
    starts_on = t.day(item["starts_on"], "event.starts_on")
    ends_on = t.optional_day(item["ends_on"], "event.ends_on")
    if ends_on is not None and ends_on < starts_on:
        raise t.FieldProblem("inconsistent", "event.ends_on", detail="< starts_on")
    return PackageEvent(
        id=_id(item["id"], "event.id"),
        name=t.text(item["name"], "event.name", max_length=300),
        kind=EventKind(t.choice(item["kind"], "event.kind", [k.value for k in EventKind])),
        location=t.optional_text(item["location"], "event.location", max_length=300),
        starts_on=starts_on,
        ends_on=ends_on,
        zones=zones,
    )


def _unit(item: Mapping[str, Any], at: str) -> PackageUnit:
    return PackageUnit(
        id=_id(item["id"], f"{at}.id"),
        name=t.text(item["name"], f"{at}.name", max_length=200),
        code=t.text(item["code"], f"{at}.code", max_length=32),
        parent_id=_optional_id(item["parent_id"], f"{at}.parent_id"),
    )


def _agency(item: Mapping[str, Any], at: str) -> PackageAgency:
    return PackageAgency(
        id=_id(item["id"], f"{at}.id"),
        name=t.text(item["name"], f"{at}.name", max_length=200),
        kind=AgencyKind(t.choice(item["kind"], f"{at}.kind", [k.value for k in AgencyKind])),
    )


def _reporter(item: Mapping[str, Any], at: str) -> PackageReporter:
    photo = item["photo"]
    return PackageReporter(
        id=_id(item["id"], f"{at}.id"),
        full_name=t.text(item["full_name"], f"{at}.full_name", max_length=120),
        agency_id=_id(item["agency_id"], f"{at}.agency_id"),
        card_no=t.text(item["card_no"], f"{at}.card_no", max_length=40),
        card_expiry=t.day(item["card_expiry"], f"{at}.card_expiry"),
        status=ReporterStatus(
            t.choice(item["status"], f"{at}.status", [s.value for s in ReporterStatus])
        ),
        photo=None
        if photo is None
        else t.base64_bytes(photo, f"{at}.photo", limit=MAX_THUMBNAIL_BYTES),
    )


def _pass(item: Mapping[str, Any], at: str) -> PackagePass:
    valid_from = t.moment(item["valid_from"], f"{at}.valid_from")
    valid_to = t.moment(item["valid_to"], f"{at}.valid_to")
    if valid_to <= valid_from:
        raise t.FieldProblem("inconsistent", f"{at}.valid_to", detail="<= valid_from")
    status = PassStatus(t.choice(item["status"], f"{at}.status", [s.value for s in PassStatus]))
    revoked_at = t.optional_moment(item["revoked_at"], f"{at}.revoked_at")
    if (status is PassStatus.REVOKED) != (revoked_at is not None):
        raise t.FieldProblem("inconsistent", f"{at}.revoked_at", detail="status")
    return PackagePass(
        id=_id(item["id"], f"{at}.id"),
        serial=t.text(item["serial"], f"{at}.serial", max_length=40),
        reporter_id=_id(item["reporter_id"], f"{at}.reporter_id"),
        zone_mask=t.integer(item["zone_mask"], f"{at}.zone_mask", low=0, high=MAX_ZONE_MASK),
        valid_from=valid_from,
        valid_to=valid_to,
        status=status,
        key_id=t.hex_bytes(item["key_id"], f"{at}.key_id", length=KEY_ID_LENGTH).hex(),
        token=t.digits(item["token"], f"{at}.token", length=TOKEN_DIGITS),
        revoked_at=revoked_at,
    )


def _officer(item: Mapping[str, Any], at: str) -> PackageOfficer:
    username = t.text(item["username"], f"{at}.username", max_length=64)
    if not _USERNAME.fullmatch(username):
        raise t.FieldProblem("bad_choice", f"{at}.username", choices="a-z 0-9 . _ -")
    disabled = t.boolean(item["disabled"], f"{at}.disabled")
    password_hash = t.optional_text(item["password_hash"], f"{at}.password_hash", max_length=200)
    if password_hash is not None and not _ARGON2.fullmatch(password_hash):
        raise t.FieldProblem("bad_choice", f"{at}.password_hash", choices="$argon2id$…")
    if password_hash is None and not disabled:
        raise t.FieldProblem("missing", f"{at}.password_hash")
    return PackageOfficer(
        username=username,
        full_name=t.text(item["full_name"], f"{at}.full_name", max_length=120),
        unit_id=_optional_id(item["unit_id"], f"{at}.unit_id"),
        password_hash=None if disabled else password_hash,
        disabled=disabled,
    )


def _public_keys(value: object) -> dict[bytes, bytes]:
    document = t.fields(value, "public_keys", ("format", "keys"))
    t.choice(document["format"], "public_keys.format", (PUBLIC_KEYS_FORMAT,))
    result: dict[bytes, bytes] = {}
    entries = t.items(document["keys"], "public_keys.keys", limit=MAX_KEYS)
    for index, entry in enumerate(entries):
        at = f"public_keys.keys[{index}]"
        item = t.fields(entry, at, ("key_id", "public_key"))
        key_id = t.hex_bytes(item["key_id"], f"{at}.key_id", length=KEY_ID_LENGTH)
        public = t.hex_bytes(item["public_key"], f"{at}.public_key", length=32)
        if key_id_for(public) != key_id:
            raise t.FieldProblem("inconsistent", f"{at}.key_id", detail="SHA-256(public_key)")
        if key_id in result:
            raise t.FieldProblem("duplicate", f"{at}.key_id", value=key_id.hex())
        result[key_id] = public
    if not result:
        raise t.FieldProblem("missing", "public_keys.keys")
    return result


def _check_references(package: StationPackage) -> None:
    """Every id a row points to is in the package: the database would refuse it later, in SQL."""
    units = {u.id: u for u in package.units}
    agencies = {a.id for a in package.agencies}
    reporters = {r.id for r in package.reporters}
    for index, unit in enumerate(package.units):
        seen = {unit.id}
        parent = unit.parent_id
        while parent is not None:  # known, and no unit is its own ancestor
            if parent not in units:
                raise t.FieldProblem("unknown_reference", f"units[{index}].parent_id", value=parent)
            if parent in seen:
                raise t.FieldProblem("inconsistent", f"units[{index}].parent_id", detail="cycle")
            seen.add(parent)
            parent = units[parent].parent_id
    for index, reporter in enumerate(package.reporters):
        if reporter.agency_id not in agencies:
            raise t.FieldProblem(
                "unknown_reference", f"reporters[{index}].agency_id", value=reporter.agency_id
            )
    slots = 0
    for zone in package.event.zones:
        slots |= 1 << zone.slot
    for index, field_pass in enumerate(package.passes):
        if field_pass.reporter_id not in reporters:
            raise t.FieldProblem(
                "unknown_reference", f"passes[{index}].reporter_id", value=field_pass.reporter_id
            )
        if bytes.fromhex(field_pass.key_id) not in package.public_keys:
            raise t.FieldProblem(
                "unknown_reference", f"passes[{index}].key_id", value=field_pass.key_id
            )
        if field_pass.zone_mask & ~slots:
            raise t.FieldProblem("inconsistent", f"passes[{index}].zone_mask", detail="zones")
    for index, officer in enumerate(package.officers):
        if officer.unit_id is not None and officer.unit_id not in units:
            raise t.FieldProblem(
                "unknown_reference", f"officers[{index}].unit_id", value=officer.unit_id
            )


PAYLOAD_FIELDS: Final = (
    "format",
    "created_at",
    "exported_by",
    "signing_key_id",
    "public_keys",
    "event",
    "units",
    "agencies",
    "reporters",
    "passes",
    "officers",
)


def read_payload(sealed: SealedPackage) -> StationPackage:
    """Parse and type-check the payload; call only once its signature is trusted."""
    try:
        document = t.fields(t.strict_json(sealed.payload, "payload"), "payload", PAYLOAD_FIELDS)
        t.choice(document["format"], "format", (PACKAGE_FORMAT,))
        public_keys = _public_keys(document["public_keys"])
        signing_key_id = t.hex_bytes(
            document["signing_key_id"], "signing_key_id", length=KEY_ID_LENGTH
        )
        if signing_key_id not in public_keys:
            raise t.FieldProblem("unknown_reference", "signing_key_id", value=signing_key_id.hex())
        package = StationPackage(
            created_at=t.moment(document["created_at"], "created_at"),
            exported_by=t.text(document["exported_by"], "exported_by", max_length=64),
            signing_key_id=signing_key_id,
            public_keys=public_keys,
            event=_event(document["event"]),
            units=_each(document, "units", MAX_UNITS, _unit, ("id", "name", "code", "parent_id")),
            agencies=_each(document, "agencies", MAX_AGENCIES, _agency, ("id", "name", "kind")),
            reporters=_each(
                document,
                "reporters",
                MAX_REPORTERS,
                _reporter,
                ("id", "full_name", "agency_id", "card_no", "card_expiry", "status", "photo"),
            ),
            passes=_each(
                document,
                "passes",
                MAX_PASSES,
                _pass,
                (
                    "id",
                    "serial",
                    "reporter_id",
                    "zone_mask",
                    "valid_from",
                    "valid_to",
                    "status",
                    "key_id",
                    "token",
                    "revoked_at",
                ),
            ),
            officers=_each(
                document,
                "officers",
                MAX_OFFICERS,
                _officer,
                ("username", "full_name", "unit_id", "password_hash", "disabled"),
            ),
        )
        t.unique([u.id for u in package.units], "units.id")
        t.unique([u.code for u in package.units], "units.code")
        t.unique([a.id for a in package.agencies], "agencies.id")
        t.unique([a.name for a in package.agencies], "agencies.name")
        t.unique([r.id for r in package.reporters], "reporters.id")
        t.unique([p.id for p in package.passes], "passes.id")
        t.unique([p.serial for p in package.passes], "passes.serial")
        t.unique([o.username for o in package.officers], "officers.username")
        _check_references(package)
    except t.FieldProblem as problem:
        raise package_error(problem) from None
    return package
