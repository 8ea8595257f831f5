"""Personal data: consent on the record, everything about one reporter in one file, retention with
an anonymisation that leaves counts right and nothing personal readable in the audit trail."""

from __future__ import annotations

import io
import json
import zipfile
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from PIL import Image
from sqlalchemy import func, select, text

from accred_app.core.access import entries
from accred_app.core.checkpoint.scanning import open_checkpoint, scan
from accred_app.core.clock import VIETNAM_TZ, utcnow
from accred_app.core.errors import PermissionDenied, ValidationError
from accred_app.core.models import (
    AuditEntry,
    FieldPass,
    PrivacyAction,
    Reporter,
    ReporterWord,
    Role,
    ScanRecord,
)
from accred_app.core.passes import issuing
from accred_app.core.privacy import retention
from accred_app.core.privacy.subject_export import export_subject_data
from accred_app.core.registry import agencies, events, reporters, units
from accred_app.core.roles import Actor
from accred_app.core.security import audit
from accred_app.core.text import search_words, vietnamese_sort_bytes

TODAY = date.today()
CCCD, PHONE, NAME = "038190012345", "0912345678", "Nguyễn Thị Ánh"


def portrait() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (300, 400), (180, 140, 120)).save(out, format="JPEG")
    return out.getvalue()


@dataclass
class Desk:
    agency: int
    event: int
    unit: int
    anh: int  # a pass that ended today, scanned
    binh: int  # a pass valid for three more years


@pytest.fixture
def desk(db: Any, admin: Actor) -> Desk:
    unit = units.add_unit(db, admin, name="Phòng Tham mưu", code="PV01")
    agency = agencies.add_agency(db, admin, name="Báo Thanh Hóa", kind="print")
    site = events.add_event(
        db,
        admin,
        name="Trụ sở Công an tỉnh",
        kind="site",
        start=TODAY - timedelta(days=10),
        zones=[events.ZoneSpec("A", "Phòng họp báo")],
    )
    anh = reporters.add_reporter(
        db,
        admin,
        full_name=NAME,
        agency_id=agency,
        card_no="TH-001",
        card_expiry=TODAY + timedelta(days=2000),
        citizen_id=CCCD,
        phone=PHONE,
        email="anh@baothanhhoa.vn",
        photo=portrait(),
        consent_given_on=TODAY,
        consent_method="written",
    )
    reporters.update_reporter(db, admin, anh, position="Phóng viên ảnh")
    binh = reporters.add_reporter(
        db,
        admin,
        full_name="Trần Văn Bình",
        agency_id=agency,
        card_no="TH-002",
        card_expiry=TODAY + timedelta(days=2000),
    )
    issued = issuing.issue_pass(
        db, admin, reporter_id=anh, event_id=site, zones=["A"], first_day=TODAY, last_day=TODAY
    )
    issuing.issue_pass(
        db,
        admin,
        reporter_id=binh,
        event_id=site,
        first_day=TODAY,
        last_day=TODAY + timedelta(days=3 * 365),
    )
    post = open_checkpoint(db, admin, event_id=site, zone_code="A", unit_id=unit)
    assert scan(db, admin, post, issued.token).allowed
    return Desk(agency, site, unit, anh, binh)


def in_years(monkeypatch: pytest.MonkeyPatch, years: float) -> None:
    """Run the purge as if ``years`` had passed."""
    later = utcnow() + timedelta(days=365.25 * years)
    monkeypatch.setattr(retention, "utcnow", lambda: later)


def test_consent_is_recorded_validated_and_shown(db: Any, admin: Actor, desk: Desk) -> None:
    view = reporters.get_reporter(db, admin, desk.anh)
    assert (view.consent_given_on, view.consent_method) == (TODAY, "written")
    assert view.processing_purpose == reporters.DEFAULT_PROCESSING_PURPOSE
    updated = reporters.update_reporter(
        db, admin, desk.anh, processing_purpose="Khen thưởng", consent_method="electronic"
    )
    assert (updated.processing_purpose, updated.consent_method) == ("Khen thưởng", "electronic")
    with pytest.raises(ValidationError) as caught:
        reporters.update_reporter(db, admin, desk.anh, consent_given_on=TODAY + timedelta(days=2))
    assert caught.value.code == "consent_in_future"
    with pytest.raises(ValidationError):
        reporters.update_reporter(db, admin, desk.anh, consent_method="verbal")


def test_subject_export_holds_everything_about_the_reporter(
    db: Any, admin: Actor, desk: Desk, tmp_path: Path
) -> None:
    target = tmp_path / "anh.zip"
    result = export_subject_data(db, admin, desk.anh, target)
    assert (result.passes, result.scans, result.has_photo) == (1, 1, True)
    with zipfile.ZipFile(target) as archive:
        assert sorted(archive.namelist()) == ["README.txt", "data.json", "photo.jpg"]
        data = json.loads(archive.read("data.json"))
        photo = archive.read("photo.jpg")
    assert photo == reporters.get_photo(db, admin, desk.anh)
    record = data["reporter"]
    assert (record["full_name"], record["citizen_id"], record["phone"]) == (NAME, CCCD, PHONE)
    assert record["consent_method"] == "written"
    assert data["agency"]["name"] == "Báo Thanh Hóa"
    assert [p["event"] for p in data["passes"]] == ["Trụ sở Công an tỉnh"]
    assert data["scans"][0]["allowed"] is True
    entities = {(e["entity"], e["action"]) for e in data["audit_history"]}
    assert {("reporters", "create"), ("reporters", "update"), ("passes", "create")} <= entities
    assert ("reporter_photos", "create") in entities
    assert all(
        e["entity_id"] != str(desk.binh)
        for e in data["audit_history"]
        if e["entity"] == "reporters"
    )
    with db.reading() as session:  # the export itself is on record, and audited
        action = session.scalars(select(PrivacyAction)).one()
        assert (action.kind, action.reporter_id, action.actor) == (
            "subject_export",
            desk.anh,
            "admin",
        )
        assert (
            session.scalar(select(func.count()).where(AuditEntry.entity == "privacy_actions")) == 1
        )


def test_only_an_administrator_exports_or_purges(db: Any, desk: Desk, tmp_path: Path) -> None:
    clerk = Actor("ban", Role.DESK, 7)
    with pytest.raises(PermissionDenied):
        export_subject_data(db, clerk, desk.anh, tmp_path / "x.zip")
    with pytest.raises(PermissionDenied):
        retention.purge(db, clerk)
    assert not (tmp_path / "x.zip").exists()


def test_retention_setting_defaults_to_five_years_and_is_bounded(db: Any, admin: Actor) -> None:
    assert retention.retention_years(db) == 5
    assert retention.set_retention_years(db, admin, 7) == 7
    assert retention.retention_years(db) == 7
    with pytest.raises(ValidationError):
        retention.set_retention_years(db, admin, 0)


def test_nobody_is_due_before_the_period_and_a_dry_run_changes_nothing(
    db: Any, admin: Actor, desk: Desk, monkeypatch: pytest.MonkeyPatch
) -> None:
    in_years(monkeypatch, 4.9)
    assert retention.purge(db, admin, dry_run=True).reporters == ()
    in_years(monkeypatch, 5.1)
    report = retention.purge(db, admin, dry_run=True)
    assert [(r.id, r.full_name) for r in report.reporters] == [
        (desk.anh, NAME)
    ]  # Bình's pass runs on
    assert reporters.get_reporter(db, admin, desk.anh).full_name == NAME


def _trail_text(db: Any) -> str:
    with db.reading() as session:
        return "\n".join(session.scalars(select(AuditEntry.changes)))


def test_purge_anonymises_keeps_counts_and_leaves_nothing_readable_in_the_trail(
    db: Any, admin: Actor, desk: Desk, monkeypatch: pytest.MonkeyPatch
) -> None:
    with db.reading() as session:
        photo_hash = session.scalar(
            select(AuditEntry.changes).where(AuditEntry.entity == "reporter_photos")
        )
    assert NAME in _trail_text(db) and CCCD in _trail_text(db)
    in_years(monkeypatch, 5.1)
    report = retention.purge(db, admin)
    assert [r.id for r in report.reporters] == [desk.anh]
    assert report.reporters[0].full_name == retention.anonymous_name(desk.anh)
    assert report.audit_rows_redacted >= 4

    view = reporters.get_reporter(db, admin, desk.anh)
    assert view.full_name == f"Đã ẩn danh #{desk.anh}"
    assert (view.citizen_id, view.phone, view.email, view.position, view.has_photo) == (
        None,
        None,
        None,
        None,
        False,
    )
    assert view.card_no == f"ANON-{desk.anh}" and view.anonymised_at is not None
    assert view.agency == "Báo Thanh Hóa"  # counts per agency stay right
    with db.reading() as session:
        assert session.scalar(select(func.count()).select_from(FieldPass)) == 2
        assert session.scalar(select(func.count()).select_from(ScanRecord)) == 1
        assert session.scalar(select(func.count()).select_from(Reporter)) == 2
    assert reporters.search_reporters(db, admin, "nguyen thi anh") == []
    with db.reading() as session:  # the search index holds the anonymous name's words only
        key, sort_key = session.execute(
            select(Reporter.search_key, Reporter.sort_key).where(Reporter.id == desk.anh)
        ).one()
        words = session.execute(
            select(ReporterWord.word, ReporterWord.sort_key).where(
                ReporterWord.reporter_id == desk.anh
            )
        ).all()
    assert sorted(words) == [(w, sort_key) for w in search_words(key)]
    assert sort_key == vietnamese_sort_bytes(view.full_name)

    trail = _trail_text(db)
    for personal in (NAME, "nguyen thi anh", CCCD, PHONE, "anh@baothanhhoa.vn", "Phóng viên ảnh"):
        assert personal not in trail
    assert photo_hash is not None and json.loads(photo_hash)["image_jpeg"][1] not in trail
    assert "Trần Văn Bình" in trail  # other reporters untouched
    with db.reading() as session:
        chain = audit.verify_chain(session)
        assert chain.ok, chain
        history = audit.history(session, "reporters", desk.anh)
        details = json.loads(
            session.scalars(
                select(PrivacyAction.details).where(PrivacyAction.kind == "purge")
            ).one()
        )
    assert history[0].changes["full_name"] == [None, retention.PURGED]
    assert history[-1].changes["full_name"] == [retention.PURGED, view.full_name]
    assert details["reporters"] == [desk.anh]
    assert details["audit_head_after"] != details["audit_head_before"]
    with pytest.raises(ValidationError) as caught:
        reporters.update_reporter(db, admin, desk.anh, full_name=NAME)
    assert caught.value.code == "reporter_anonymised"
    assert retention.purge(db, admin).reporters == ()  # done once


def test_purge_refuses_to_rewrite_a_tampered_trail(
    db: Any, admin: Actor, desk: Desk, monkeypatch: pytest.MonkeyPatch
) -> None:
    with db.transaction(admin) as session:
        session.execute(text("UPDATE audit_log SET actor = 'ke-gian' WHERE id = 3"))
    in_years(monkeypatch, 5.1)
    with pytest.raises(ValidationError) as caught:
        retention.purge(db, admin)
    assert caught.value.code == "purge_chain_broken"
    assert reporters.get_reporter(db, admin, desk.anh).full_name == NAME


def test_last_activity_counts_the_latest_scan(db: Any, admin: Actor, desk: Desk) -> None:
    later = datetime.now().astimezone() + timedelta(days=400)
    with db.transaction(admin) as session:
        session.execute(
            text("UPDATE scan_log SET scanned_at = :at"),
            {"at": later.replace(tzinfo=None).isoformat(sep=" ")},
        )
        due = retention.due_reporters(session, 1, TODAY + timedelta(days=366 + 30))
    assert desk.anh not in [r.id for r in due]


def _citizen_id_card_photo(width: int = 1200) -> bytes:
    """A phone picture of the front of a chip citizen ID card: its QR code holds the number first."""
    import qrcode
    from PIL import ImageDraw

    height = int(width * 54 / 85.6)
    card = Image.new("RGB", (width, height), (230, 235, 245))
    ImageDraw.Draw(card).rectangle(
        [width // 20, height // 3, width // 3, height * 5 // 6], fill=(150, 120, 100)
    )
    code = qrcode.QRCode(border=2)
    code.add_data(f"{CCCD}|173456789|{NAME}|01011990|Nữ|Thanh Hóa|15062021".encode())
    side = height // 3
    card.paste(
        code.make_image().convert("RGB").resize((side, side)), (width * 3 // 4, height // 20)
    )
    picture = Image.new("RGB", (width * 13 // 10, height * 13 // 10), (90, 80, 70))
    picture.paste(card.rotate(5, expand=True, fillcolor=(90, 80, 70)), (width // 10, height // 10))
    out = io.BytesIO()
    picture.save(out, format="JPEG", quality=80)
    return out.getvalue()


def test_a_picture_of_a_citizen_id_card_is_refused_and_nothing_stored(
    db: Any, admin: Actor, desk: Desk
) -> None:
    with pytest.raises(ValidationError) as caught:
        reporters.update_reporter(db, admin, desk.binh, photo=_citizen_id_card_photo())
    assert caught.value.code == "photo_is_id_card"
    assert "chân dung" in caught.value.message("vi")
    assert reporters.get_photo(db, admin, desk.binh) is None


def test_a_portrait_with_some_other_qr_code_is_kept(db: Any, admin: Actor, desk: Desk) -> None:
    import qrcode

    picture = Image.new("RGB", (600, 800), (180, 140, 120))
    picture.paste(qrcode.make("https://baothanhhoa.vn").convert("RGB").resize((200, 200)), (20, 20))
    out = io.BytesIO()
    picture.save(out, format="JPEG")
    reporters.update_reporter(db, admin, desk.binh, photo=out.getvalue())
    assert reporters.get_photo(db, admin, desk.binh) is not None


def test_subject_export_lists_the_accesses_units_gave_the_reporter(
    db: Any, admin: Actor, desk: Desk, tmp_path: Path
) -> None:
    recorded = entries.add_entry(
        db,
        admin,
        unit_id=desk.unit,
        kind="interview",
        occurred_at=datetime.now(VIETNAM_TZ) - timedelta(hours=2),
        subject="Phỏng vấn về bảo đảm an ninh Đại hội",
        reporter_ids=[desk.anh, desk.binh],
        articles=[entries.ArticleInput("An ninh Đại hội được bảo đảm tuyệt đối")],
    )
    export_subject_data(db, admin, desk.anh, tmp_path / "anh.zip")
    with zipfile.ZipFile(tmp_path / "anh.zip") as archive:
        data = json.loads(archive.read("data.json"))
    [access] = data["access_entries"]
    assert (access["id"], access["kind"], access["unit"]) == (
        recorded.id,
        "interview",
        "Phòng Tham mưu",
    )
    assert [a["title"] for a in access["articles"]] == ["An ninh Đại hội được bảo đảm tuyệt đối"]
    assert "Trần Văn Bình" not in json.dumps(data, ensure_ascii=False)  # not this person's data


def test_last_activity_counts_the_latest_access_entry(db: Any, admin: Actor, desk: Desk) -> None:
    later = datetime.now(VIETNAM_TZ) + timedelta(days=400)
    entries.add_entry(
        db,
        admin,
        unit_id=desk.unit,
        kind="briefing",
        occurred_at=later,
        subject="Họp báo",
        reporter_ids=[desk.anh],
        now=later,
    )
    with db.reading() as session:
        due = retention.due_reporters(session, 1, TODAY + timedelta(days=366 + 30))
    assert desk.anh not in [r.id for r in due]
