"""Every field of a registry form checked at once, by the rules the services themselves apply.

A service stops at the first rule broken (it must, to write nothing). A form wants to show every
wrong field together, beside each field, before anything is sent: these functions run the same
checks from :mod:`accred_app.core.validation` field by field and return all the errors (each names
its ``field``). They check formats and presence; what needs the database (a card number already
used, an agency that was deleted) is still refused by the service, with the same kind of error.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date

from accred_app.core import validation as v
from accred_app.core.errors import ValidationError
from accred_app.core.models import AgencyKind, EventKind, Gender
from accred_app.core.registry.reporters import FIELD_RULES

FieldValue = str | int | date | None


def _collect(checks: Mapping[str, Callable[[], object]]) -> list[ValidationError]:
    errors: list[ValidationError] = []
    for check in checks.values():
        try:
            check()
        except ValidationError as error:
            errors.append(error)
    return errors


def _text(value: FieldValue) -> str | None:
    if value is None:
        return None
    return value if isinstance(value, str) else str(value)


def _optional_date(value: FieldValue, field: str) -> object:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    return v.parse_date(value if not isinstance(value, int) else str(value), field)


def _required_choice(value: FieldValue, field: str) -> None:
    if value is None or (isinstance(value, str) and not value.strip()):
        raise ValidationError("required", field=field)


def reporter_errors(
    *,
    full_name: FieldValue,
    agency_id: FieldValue,
    card_no: FieldValue,
    card_expiry: FieldValue,
    citizen_id: FieldValue = None,
    phone: FieldValue = None,
    email: FieldValue = None,
    date_of_birth: FieldValue = None,
    gender: FieldValue = None,
    position: FieldValue = None,
    notes: FieldValue = None,
    processing_purpose: FieldValue = None,
    consent_given_on: FieldValue = None,
    consent_method: FieldValue = None,
) -> list[ValidationError]:
    """What ``reporters.add_reporter`` / ``update_reporter`` would refuse, field by field."""
    genders = [g.value for g in Gender]
    return _collect(
        {
            "full_name": lambda: v.required_text(_text(full_name), "full_name", limit=120),
            "agency_id": lambda: _required_choice(agency_id, "agency_id"),
            "card_no": lambda: v.card_number(_text(card_no)),
            "card_expiry": lambda: v.parse_date(
                card_expiry if isinstance(card_expiry, date) else _text(card_expiry),
                "card_expiry",
            ),
            "citizen_id": lambda: v.citizen_id(_text(citizen_id)),
            "phone": lambda: v.phone(_text(phone)),
            "email": lambda: v.email(_text(email)),
            "date_of_birth": lambda: _optional_date(date_of_birth, "date_of_birth"),
            "gender": lambda: v.choice(str(gender), "gender", genders) if gender else None,
            "position": lambda: v.text_field(_text(position), "position", limit=120),
            "notes": lambda: v.text_field(_text(notes), "notes", limit=4000),
            # the registry's own rules, as the service and the importer apply them
            "processing_purpose": lambda: FIELD_RULES["processing_purpose"](processing_purpose),
            "consent_given_on": lambda: FIELD_RULES["consent_given_on"](consent_given_on),
            "consent_method": lambda: FIELD_RULES["consent_method"](consent_method),
        }
    )


def agency_errors(
    *,
    name: FieldValue,
    kind: FieldValue,
    short_name: FieldValue = None,
    contact_person: FieldValue = None,
    phone: FieldValue = None,
    email: FieldValue = None,
    address: FieldValue = None,
    agreement_signed_on: FieldValue = None,
) -> list[ValidationError]:
    """What ``agencies.add_agency`` / ``update_agency`` would refuse, field by field."""
    kinds = [k.value for k in AgencyKind]
    return _collect(
        {
            "name": lambda: v.required_text(_text(name), "name", limit=200),
            "kind": lambda: v.choice(str(kind or ""), "kind", kinds),
            "short_name": lambda: v.text_field(_text(short_name), "short_name", limit=60),
            "contact_person": lambda: v.text_field(
                _text(contact_person), "contact_person", limit=120
            ),
            "phone": lambda: v.phone(_text(phone)),
            "email": lambda: v.email(_text(email)),
            "address": lambda: v.text_field(_text(address), "address", limit=300),
            "agreement_signed_on": lambda: _optional_date(
                agreement_signed_on, "agreement_signed_on"
            ),
        }
    )


def event_errors(
    *,
    name: FieldValue,
    kind: FieldValue,
    start: FieldValue,
    end: FieldValue = None,
    location: FieldValue = None,
    notes: FieldValue = None,
) -> list[ValidationError]:
    """What ``events.add_event`` / ``update_event`` would refuse about the event's own fields
    (zones are checked by the service, which knows which of them are new)."""
    errors = _collect(
        {
            "name": lambda: v.required_text(_text(name), "name", limit=300),
            "kind": lambda: v.choice(str(kind or ""), "kind", [k.value for k in EventKind]),
            "location": lambda: v.text_field(_text(location), "location", limit=300),
            "notes": lambda: v.text_field(_text(notes), "notes", limit=4000),
        }
    )
    starts_on = ends_on = None
    try:
        starts_on = v.parse_date(start if isinstance(start, date) else _text(start), "start")
    except ValidationError as error:
        errors.append(error)
    try:
        if end is not None and not (isinstance(end, str) and not end.strip()):
            ends_on = v.parse_date(end if isinstance(end, date) else _text(end), "end")
        elif kind == EventKind.EVENT.value:
            raise ValidationError("event_needs_end", field="end")
    except ValidationError as error:
        errors.append(error)
    if starts_on is not None and ends_on is not None:
        try:
            v.date_range(starts_on, ends_on)
        except ValidationError as error:
            errors.append(error)
    return errors
