"""Core pieces the desk's forms stand on: errors that name their field, every field checked at once
by the services' own rules, photos cut to 3:4, live pass counts, one audit row per edit."""

from __future__ import annotations

import io
from datetime import date, timedelta
from typing import Any

import pytest
from PIL import Image

from accred_app.core.errors import ValidationError
from accred_app.core.passes.issuing import issue_pass, live_pass_counts, revoke_pass
from accred_app.core.registry import agencies, events, forms, photos, reporters
from accred_app.core.security import audit

GOOD_REPORTER: dict[str, Any] = {
    "full_name": "Nguyễn Thị Ánh",
    "agency_id": 1,
    "card_no": "TH-0101",
    "card_expiry": "31/12/2030",
}


def _fields(errors: list[ValidationError]) -> dict[str | None, str]:
    return {error.field: error.code for error in errors}


def test_a_right_reporter_has_no_errors() -> None:
    assert forms.reporter_errors(**GOOD_REPORTER) == []
    assert (
        forms.reporter_errors(
            **GOOD_REPORTER,
            citizen_id="038 190 001 234",
            phone="+84 912 345 678",
            email="anh@baothanhhoa.vn",
            date_of_birth="1990-02-28",
            gender="female",
            position="Phóng viên",
        )
        == []
    )


def test_every_wrong_field_is_reported_at_once_with_its_field() -> None:
    errors = forms.reporter_errors(
        full_name="  ",
        agency_id=None,
        card_no="x",
        card_expiry="31/02/2030",
        citizen_id="123",
        phone="12345",
        email="not-an-address",
        date_of_birth="hôm qua",
        gender="robot",
        position="p" * 121,
    )
    assert _fields(errors) == {
        "full_name": "required",
        "agency_id": "required",
        "card_no": "invalid_card_no",
        "card_expiry": "invalid_date",
        "citizen_id": "invalid_citizen_id",
        "phone": "invalid_phone",
        "email": "invalid_email",
        "date_of_birth": "invalid_date",
        "gender": "invalid_choice",
        "position": "too_long",
    }


def test_purpose_and_consent_are_checked_with_the_rest() -> None:
    tomorrow = date.today() + timedelta(days=2)
    assert (
        forms.reporter_errors(
            **GOOD_REPORTER,
            processing_purpose="Cấp thẻ tác nghiệp",
            consent_given_on="01/03/2025",
            consent_method="written",
        )
        == []
    )
    errors = forms.reporter_errors(
        **GOOD_REPORTER,
        processing_purpose="m" * 501,
        consent_given_on=tomorrow.strftime("%d/%m/%Y"),
        consent_method="by_pigeon",
    )
    assert _fields(errors) == {
        "processing_purpose": "too_long",
        "consent_given_on": "consent_in_future",
        "consent_method": "invalid_choice",
    }


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("full_name", ""),
        ("card_no", "??"),
        ("card_expiry", "2030-13-01"),
        ("citizen_id", "03819"),
        ("phone", "0123"),
        ("email", "a@b"),
        ("date_of_birth", "32/01/1990"),
    ],
)
def test_the_form_checks_agree_with_the_service(
    db: Any, admin: Any, field: str, value: str
) -> None:
    """The form's check and the service refuse the same input with the same error."""
    agency = agencies.add_agency(db, admin, name="Báo Thanh Hóa", kind="print")
    values = {**GOOD_REPORTER, "agency_id": agency, field: value}
    (form_error,) = forms.reporter_errors(**values)
    with pytest.raises(ValidationError) as refused:
        reporters.add_reporter(db, admin, **values)
    assert (refused.value.code, refused.value.field) == (form_error.code, form_error.field)
    assert refused.value.message("vi") == form_error.message("vi")


def test_service_errors_name_their_field(db: Any, admin: Any) -> None:
    agency = agencies.add_agency(db, admin, name="Báo Thanh Hóa", kind="print")
    reporters.add_reporter(db, admin, **{**GOOD_REPORTER, "agency_id": agency})
    with pytest.raises(ValidationError) as duplicate:
        reporters.add_reporter(
            db, admin, **{**GOOD_REPORTER, "agency_id": agency, "card_no": "th-0101"}
        )
    assert (duplicate.value.code, duplicate.value.field) == ("duplicate_card_no", "card_no")
    with pytest.raises(ValidationError) as same_name:
        agencies.add_agency(db, admin, name="BÁO THANH HÓA", kind="print")
    assert same_name.value.field == "name"
    with pytest.raises(ValidationError) as no_reason:
        reporters.set_status(db, admin, 1, "suspended", "")
    assert no_reason.value.field == "reason"


def test_agency_and_event_forms() -> None:
    assert forms.agency_errors(name="Báo Thanh Hóa", kind="print") == []
    assert _fields(
        forms.agency_errors(name="", kind="blog", phone="1", agreement_signed_on="31/02/2024")
    ) == {
        "name": "required",
        "kind": "invalid_choice",
        "phone": "invalid_phone",
        "agreement_signed_on": "invalid_date",
    }
    assert (
        forms.event_errors(name="Đại hội", kind="event", start="01/10/2026", end="03/10/2026") == []
    )
    assert _fields(forms.event_errors(name="Đại hội", kind="event", start="01/10/2026")) == {
        "end": "event_needs_end"
    }
    assert forms.event_errors(name="Trụ sở", kind="site", start="01/01/2026", end="") == []
    assert _fields(
        forms.event_errors(name="Đại hội", kind="event", start="05/10/2026", end="03/10/2026")
    ) == {"end": "end_before_start"}


def _jpeg(width: int, height: int, orientation: int | None = None) -> bytes:
    image = Image.new("RGB", (width, height), (10, 120, 200))
    image.putpixel((0, 0), (255, 0, 0))
    out = io.BytesIO()
    if orientation is None:
        image.save(out, format="JPEG")
    else:
        exif = Image.Exif()
        exif[0x0112] = orientation
        image.save(out, format="JPEG", exif=exif)
    return out.getvalue()


def test_photos_are_turned_upright_bounded_and_cut_to_three_by_four() -> None:
    preview = photos.upright_preview(_jpeg(4000, 3000, orientation=6))
    with Image.open(io.BytesIO(preview)) as image:
        assert image.size == (1200, 1600)  # turned by EXIF, long side bounded
    assert photos.default_crop(1200, 1600) == (0, 0, 1200, 1600)
    assert photos.default_crop(1600, 1200) == (350, 0, 900, 1200)
    left, top, width, height = photos.default_crop(900, 2000)
    assert (left, width, height) == (0, 900, 1200) and top == (2000 - 1200) // 3
    cut = photos.crop_photo(preview, (100, 200, 300, 400))
    with Image.open(io.BytesIO(cut)) as image:
        assert image.size == (300, 400)
    turned = photos.crop_photo(preview, (0, 0, 1600, 1200), quarter_turns=1)
    with Image.open(io.BytesIO(turned)) as image:
        assert image.size == (1600, 1200)


def test_a_crop_outside_the_photo_or_a_bad_file_is_refused() -> None:
    preview = photos.upright_preview(_jpeg(300, 400))
    with pytest.raises(ValidationError) as outside:
        photos.crop_photo(preview, (100, 100, 300, 400))
    assert (outside.value.code, outside.value.field) == ("invalid_crop", "photo")
    with pytest.raises(ValidationError) as not_a_photo:
        photos.upright_preview(b"%PDF-1.4 not a picture")
    assert not_a_photo.value.code == "invalid_photo"
    assert "JPEG" in not_a_photo.value.message("vi")


def test_live_pass_counts_skip_revoked_and_ended_passes(db: Any, admin: Any) -> None:
    agency = agencies.add_agency(db, admin, name="Báo Thanh Hóa", kind="print")
    anh = reporters.add_reporter(db, admin, **{**GOOD_REPORTER, "agency_id": agency})
    binh = reporters.add_reporter(
        db, admin, **{**GOOD_REPORTER, "agency_id": agency, "full_name": "Bình", "card_no": "B-1"}
    )
    today = date.today()
    first = events.add_event(
        db, admin, name="Hội nghị", kind="event", start=today, end=today + timedelta(days=2),
        zones=[events.ZoneSpec("A", "Hội trường")],
    )  # fmt: skip
    second = events.add_event(
        db, admin, name="Đại hội", kind="event", start=today, end=today + timedelta(days=2)
    )
    issue_pass(db, admin, reporter_id=anh, event_id=first)
    issue_pass(db, admin, reporter_id=anh, event_id=second)
    revoked = issue_pass(db, admin, reporter_id=binh, event_id=first)
    revoke_pass(db, admin, revoked.serial, "Nhầm người")
    assert live_pass_counts(db, admin, [anh, binh, 999]) == {anh: 2}
    assert live_pass_counts(db, admin, []) == {}


def test_one_edit_is_one_row_of_the_audit_trail(db: Any, admin: Any) -> None:
    agency = agencies.add_agency(db, admin, name="Báo Thanh Hóa", kind="print")
    anh = reporters.add_reporter(db, admin, **{**GOOD_REPORTER, "agency_id": agency})
    reporters.update_reporter(
        db, admin, anh, full_name="Nguyễn Thị Ánh", card_no="TH-0101", citizen_id=None,
        phone="0912345678", notes=None,
    )  # fmt: skip
    with db.reading() as session:
        lines = audit.history(session, "reporters", anh)
    assert [line.action for line in lines] == ["create", "update"]
    assert lines[1].changes["phone"] == [None, "0912345678"]
