"""Display names of the core's values (roles, statuses, kinds, record fields), translated at display
time so a language switch re-labels them."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from accred_app.core.clock import VIETNAM_TZ

CONTEXT = "Labels"

ROLE_LABELS: dict[str, str] = {
    "admin": str(QT_TRANSLATE_NOOP("Labels", "Administrator")),
    "desk": str(QT_TRANSLATE_NOOP("Labels", "Accreditation officer")),
    "checkpoint": str(QT_TRANSLATE_NOOP("Labels", "Checkpoint officer")),
    "viewer": str(QT_TRANSLATE_NOOP("Labels", "Viewer")),
}

STATUS_LABELS: dict[str, str] = {
    "active": str(QT_TRANSLATE_NOOP("Labels", "Active")),
    "suspended": str(QT_TRANSLATE_NOOP("Labels", "Suspended")),
    "blacklisted": str(QT_TRANSLATE_NOOP("Labels", "Blacklisted")),
}

GENDER_LABELS: dict[str, str] = {
    "male": str(QT_TRANSLATE_NOOP("Labels", "Male")),
    "female": str(QT_TRANSLATE_NOOP("Labels", "Female")),
    "other": str(QT_TRANSLATE_NOOP("Labels", "Other")),
}

AGENCY_KIND_LABELS: dict[str, str] = {
    "print": str(QT_TRANSLATE_NOOP("Labels", "Newspaper")),
    "online": str(QT_TRANSLATE_NOOP("Labels", "Online newspaper")),
    "radio": str(QT_TRANSLATE_NOOP("Labels", "Radio")),
    "tv": str(QT_TRANSLATE_NOOP("Labels", "Television")),
    "magazine": str(QT_TRANSLATE_NOOP("Labels", "Magazine")),
}

EVENT_KIND_LABELS: dict[str, str] = {
    "event": str(QT_TRANSLATE_NOOP("Labels", "Event")),
    "site": str(QT_TRANSLATE_NOOP("Labels", "Standing site")),
}

KEY_SLOT_KIND_LABELS: dict[str, str] = {
    "officer": str(QT_TRANSLATE_NOOP("Labels", "An officer's password")),
    "recovery": str(QT_TRANSLATE_NOOP("Labels", "The recovery code")),
    "unprotected": str(QT_TRANSLATE_NOOP("Labels", "Unprotected (until the upgrade ends)")),
}

PASS_STATUS_LABELS: dict[str, str] = {
    "issued": str(QT_TRANSLATE_NOOP("Labels", "Issued")),
    "printed": str(QT_TRANSLATE_NOOP("Labels", "Printed")),
    "revoked": str(QT_TRANSLATE_NOOP("Labels", "Revoked")),
}

CONSENT_METHOD_LABELS: dict[str, str] = {
    "written": str(QT_TRANSLATE_NOOP("Labels", "In writing, on paper")),
    "electronic": str(QT_TRANSLATE_NOOP("Labels", "Electronically")),
    "via_agency": str(QT_TRANSLATE_NOOP("Labels", "Through the press agency")),
}

AUDIT_ACTION_LABELS: dict[str, str] = {
    "create": str(QT_TRANSLATE_NOOP("Labels", "Created")),
    "update": str(QT_TRANSLATE_NOOP("Labels", "Changed")),
    "delete": str(QT_TRANSLATE_NOOP("Labels", "Deleted")),
}

ENTITY_LABELS: dict[str, str] = {
    "reporters": str(QT_TRANSLATE_NOOP("Labels", "Reporter")),
    "reporter_photos": str(QT_TRANSLATE_NOOP("Labels", "Reporter's photo")),
    "press_agencies": str(QT_TRANSLATE_NOOP("Labels", "Press agency")),
    "police_units": str(QT_TRANSLATE_NOOP("Labels", "Police unit")),
    "events": str(QT_TRANSLATE_NOOP("Labels", "Event or site")),
    "zones": str(QT_TRANSLATE_NOOP("Labels", "Zone")),
    "passes": str(QT_TRANSLATE_NOOP("Labels", "Field pass")),
    "print_log": str(QT_TRANSLATE_NOOP("Labels", "Printing")),
    "officers": str(QT_TRANSLATE_NOOP("Labels", "Officer")),
    "key_slots": str(QT_TRANSLATE_NOOP("Labels", "Key holder")),
    "signing_keys": str(QT_TRANSLATE_NOOP("Labels", "Signing key")),
    "settings": str(QT_TRANSLATE_NOOP("Labels", "Setting")),
    "access_entries": str(QT_TRANSLATE_NOOP("Labels", "Access entry")),
    "access_entry_reporters": str(QT_TRANSLATE_NOOP("Labels", "Reporter of an access entry")),
    "access_articles": str(QT_TRANSLATE_NOOP("Labels", "Article")),
    "privacy_actions": str(QT_TRANSLATE_NOOP("Labels", "Personal data action")),
    "station_identity": str(QT_TRANSLATE_NOOP("Labels", "Checkpoint station")),
    "station_log_imports": str(QT_TRANSLATE_NOOP("Labels", "Station log import")),
    "station_log_keys": str(QT_TRANSLATE_NOOP("Labels", "Station log key")),
}
"""The audit trail's kinds of record (table names), as the officer calls them."""

FIELD_LABELS: dict[str, str] = {
    "full_name": str(QT_TRANSLATE_NOOP("Labels", "Full name")),
    "agency_id": str(QT_TRANSLATE_NOOP("Labels", "Agency (id)")),
    "position": str(QT_TRANSLATE_NOOP("Labels", "Position")),
    "card_no": str(QT_TRANSLATE_NOOP("Labels", "Press card no.")),
    "card_expiry": str(QT_TRANSLATE_NOOP("Labels", "Card expiry")),
    "citizen_id": str(QT_TRANSLATE_NOOP("Labels", "Citizen ID")),
    "phone": str(QT_TRANSLATE_NOOP("Labels", "Phone")),
    "email": str(QT_TRANSLATE_NOOP("Labels", "E-mail")),
    "date_of_birth": str(QT_TRANSLATE_NOOP("Labels", "Date of birth")),
    "gender": str(QT_TRANSLATE_NOOP("Labels", "Gender")),
    "status": str(QT_TRANSLATE_NOOP("Labels", "Status")),
    "status_reason": str(QT_TRANSLATE_NOOP("Labels", "Reason")),
    "notes": str(QT_TRANSLATE_NOOP("Labels", "Notes")),
    "image_jpeg": str(QT_TRANSLATE_NOOP("Labels", "Photo")),
    "name": str(QT_TRANSLATE_NOOP("Labels", "Name")),
    "short_name": str(QT_TRANSLATE_NOOP("Labels", "Short name")),
    "kind": str(QT_TRANSLATE_NOOP("Labels", "Kind")),
    "contact_person": str(QT_TRANSLATE_NOOP("Labels", "Contact person")),
    "address": str(QT_TRANSLATE_NOOP("Labels", "Address")),
    "agreement_signed_on": str(QT_TRANSLATE_NOOP("Labels", "Agreement signed on")),
    "code": str(QT_TRANSLATE_NOOP("Labels", "Code")),
    "parent_id": str(QT_TRANSLATE_NOOP("Labels", "Parent unit (id)")),
    "location": str(QT_TRANSLATE_NOOP("Labels", "Location")),
    "starts_on": str(QT_TRANSLATE_NOOP("Labels", "Starts on")),
    "ends_on": str(QT_TRANSLATE_NOOP("Labels", "Ends on")),
    "organising_unit_id": str(QT_TRANSLATE_NOOP("Labels", "Organising unit (id)")),
    # officers and the signing key (the audit page shows every kind of record)
    "username": str(QT_TRANSLATE_NOOP("Labels", "Username")),
    "role": str(QT_TRANSLATE_NOOP("Labels", "Role")),
    "unit_id": str(QT_TRANSLATE_NOOP("Labels", "Unit (id)")),
    "disabled": str(QT_TRANSLATE_NOOP("Labels", "Disabled")),
    "failed_attempts": str(QT_TRANSLATE_NOOP("Labels", "Failed sign-ins")),
    "locked_until": str(QT_TRANSLATE_NOOP("Labels", "Locked until")),
    "last_login_at": str(QT_TRANSLATE_NOOP("Labels", "Last sign-in")),
    "password_hash": str(QT_TRANSLATE_NOOP("Labels", "Password")),
    "officer_id": str(QT_TRANSLATE_NOOP("Labels", "Officer (id)")),
    "key_id": str(QT_TRANSLATE_NOOP("Labels", "Key id")),
    "public_key": str(QT_TRANSLATE_NOOP("Labels", "Public key")),
    "private_key": str(QT_TRANSLATE_NOOP("Labels", "Private key (sealed)")),
    "retired_at": str(QT_TRANSLATE_NOOP("Labels", "Retired at")),
    "value": str(QT_TRANSLATE_NOOP("Labels", "Value")),
    "serial": str(QT_TRANSLATE_NOOP("Labels", "Serial")),
    "event_id": str(QT_TRANSLATE_NOOP("Labels", "Event (id)")),
    "valid_from": str(QT_TRANSLATE_NOOP("Labels", "Valid from")),
    "valid_to": str(QT_TRANSLATE_NOOP("Labels", "Valid until")),
    "processing_purpose": str(QT_TRANSLATE_NOOP("Labels", "Purpose of processing")),
    "consent_given_on": str(QT_TRANSLATE_NOOP("Labels", "Consent given on")),
    "consent_method": str(QT_TRANSLATE_NOOP("Labels", "Way of consent")),
    "anonymised_at": str(QT_TRANSLATE_NOOP("Labels", "Anonymised at")),
}

HIDDEN_FIELDS = frozenset(
    {"id", "reporter_id", "search_key", "card_no_key", "created_at", "updated_at", "thumbnail_jpeg",
     "salt", "wrapped_key", "time_cost", "memory_cost", "parallelism", "scheme", "token"}
)  # fmt: skip
"""Columns the history does not show: keys, values derived from other fields, and the technical
parts of a key slot (its wrapping, salt and argon2 parameters mean nothing to a reader)."""

SECRET_FIELDS = frozenset({"password_hash", "private_key"})
"""Recorded as a fingerprint only: the history says that it changed, not the fingerprint."""

_MOMENT = re.compile(r"\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?([+-]\d{2}:\d{2}|Z)?")

_VALUE_LABELS = {
    "status": STATUS_LABELS,
    "gender": GENDER_LABELS,
    "role": ROLE_LABELS,
    "consent_method": CONSENT_METHOD_LABELS,
}


def _translate(table: dict[str, str], value: str) -> str:
    source = table.get(value)
    return QCoreApplication.translate(CONTEXT, source) if source else value


def role_label(role: str) -> str:
    return _translate(ROLE_LABELS, role)


def status_label(status: str) -> str:
    return _translate(STATUS_LABELS, status)


def gender_label(gender: str) -> str:
    return _translate(GENDER_LABELS, gender)


def agency_kind_label(kind: str) -> str:
    return _translate(AGENCY_KIND_LABELS, kind)


def event_kind_label(kind: str) -> str:
    return _translate(EVENT_KIND_LABELS, kind)


def pass_status_label(status: str) -> str:
    return _translate(PASS_STATUS_LABELS, status)


def consent_method_label(method: str) -> str:
    return _translate(CONSENT_METHOD_LABELS, method)


def audit_action_label(action: str) -> str:
    return _translate(AUDIT_ACTION_LABELS, action)


def entity_label(entity: str) -> str:
    return _translate(ENTITY_LABELS, entity)


def field_label(field: str) -> str:
    return _translate(FIELD_LABELS, field)


def _local_moment(text: str) -> str:
    """An instant as the trail records it (ISO, UTC) in Vietnam's time, as officers read it."""
    try:
        moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return text
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(VIETNAM_TZ).strftime("%H:%M %d/%m/%Y")


def dmy(value: date | None) -> str:
    """A date as Vietnamese officers write it (dd/mm/yyyy); empty for none."""
    return value.strftime("%d/%m/%Y") if value else ""


def field_value(field: str, value: object) -> str:
    """A value as recorded in the audit trail, for people: labels, dd/mm/yyyy dates, — for none."""
    if value is None or value == "":
        return "—"
    if field in SECRET_FIELDS:
        return QCoreApplication.translate("Labels", "(changed)")
    if isinstance(value, bool):
        if value:
            return QCoreApplication.translate("Labels", "yes")
        return QCoreApplication.translate("Labels", "no")
    if field == "image_jpeg":
        return QCoreApplication.translate("Labels", "a photo")
    text = str(value)
    if field in _VALUE_LABELS:
        return _translate(_VALUE_LABELS[field], text)
    if field == "kind":
        return _translate({**AGENCY_KIND_LABELS, **EVENT_KIND_LABELS, **KEY_SLOT_KIND_LABELS}, text)
    if _MOMENT.fullmatch(text):
        return _local_moment(text)
    if len(text) == 10 and text[4] == "-" and text[7] == "-":
        try:
            return dmy(date.fromisoformat(text))
        except ValueError:
            return text
    return text
