"""Display names of the core's values (roles, statuses, kinds, record fields), translated at display
time so a language switch re-labels them."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

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
    "processing_purpose": str(QT_TRANSLATE_NOOP("Labels", "Purpose of processing")),
    "consent_given_on": str(QT_TRANSLATE_NOOP("Labels", "Consent given on")),
    "consent_method": str(QT_TRANSLATE_NOOP("Labels", "Way of consent")),
    "anonymised_at": str(QT_TRANSLATE_NOOP("Labels", "Anonymised at")),
}

HIDDEN_FIELDS = frozenset(
    {"id", "reporter_id", "search_key", "card_no_key", "created_at", "updated_at", "thumbnail_jpeg"}
)
"""Columns the history does not show: keys and values derived from other fields."""

_VALUE_LABELS = {
    "status": STATUS_LABELS,
    "gender": GENDER_LABELS,
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


def field_label(field: str) -> str:
    return _translate(FIELD_LABELS, field)


def dmy(value: date | None) -> str:
    """A date as Vietnamese officers write it (dd/mm/yyyy); empty for none."""
    return value.strftime("%d/%m/%Y") if value else ""


def field_value(field: str, value: object) -> str:
    """A value as recorded in the audit trail, for people: labels, dd/mm/yyyy dates, — for none."""
    if value is None or value == "":
        return "—"
    if field == "image_jpeg":
        return QCoreApplication.translate("Labels", "a photo")
    text = str(value)
    if field in _VALUE_LABELS:
        return _translate(_VALUE_LABELS[field], text)
    if field == "kind":
        return _translate({**AGENCY_KIND_LABELS, **EVENT_KIND_LABELS}, text)
    if len(text) == 10 and text[4] == "-" and text[7] == "-":
        try:
            return dmy(date.fromisoformat(text))
        except ValueError:
            return text
    return text
