"""A batch of passes: the preview decides exactly as the issue does, writes nothing and needs no key;
an agency, a list or an earlier event's reporters; the card-expiry override with a reason;
several passes revoked in one transaction, all or none."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime

import pytest
from sqlalchemy import func, select

from accred_app.core.errors import ValidationError
from accred_app.core.models import AuditEntry, FieldPass, Role
from accred_app.core.passes import issuing
from accred_app.core.registry import agencies, events, reporters
from accred_app.core.registry.events import ZoneSpec
from accred_app.core.roles import Actor
from accred_app.core.storage.db import Database

NOW = datetime(2026, 3, 1, 3, 0, tzinfo=UTC)


@dataclass(frozen=True)
class Desk:
    agency: int
    event: int
    last_year: int
    ids: dict[str, int]


@pytest.fixture
def desk(db: Database, admin: Actor) -> Desk:
    agency = agencies.add_agency(db, admin, name="Báo Thanh Hóa", kind="print")
    other = agencies.add_agency(db, admin, name="Báo Nhân Dân", kind="print")
    people = {
        "Nguyễn Thị Ánh": (agency, date(2031, 1, 1)),
        "Trần Văn Bình": (agency, date(2031, 1, 1)),
        "Lê Văn Cường": (agency, date(2026, 3, 10)),  # expires on the congress's first day
        "Phạm Thị Dung": (agency, date(2031, 1, 1)),  # suspended below
        "Hoàng Văn Em": (other, date(2031, 1, 1)),
    }
    ids = {
        name: reporters.add_reporter(
            db,
            admin,
            full_name=name,
            agency_id=agency_id,
            card_no=f"TH-{n:04d}",
            card_expiry=expiry,
        )
        for n, (name, (agency_id, expiry)) in enumerate(people.items())
    }
    reporters.set_status(db, admin, ids["Phạm Thị Dung"], "suspended", "Vi phạm quy chế")
    zones = [ZoneSpec("A", "Hội trường"), ZoneSpec("B", "Báo chí")]
    event = events.add_event(
        db, admin, name="Đại hội", kind="event", start="2026-03-10", end="2026-03-12", zones=zones
    )
    last_year = events.add_event(
        db, admin, name="Đại hội 2025", kind="event", start="2025-03-10", end="2025-03-12"
    )
    return Desk(agency, event, last_year, ids)


def passes_in(db: Database) -> int:
    with db.reading() as session:
        return int(session.execute(select(func.count()).select_from(FieldPass)).scalar_one())


def audit_rows(db: Database) -> int:
    with db.reading() as session:
        return int(session.execute(select(func.count()).select_from(AuditEntry)).scalar_one())


def test_preview_of_an_agency_names_everyone_skipped_with_the_core_reason(
    db: Database, admin: Actor, desk: Desk
) -> None:
    already = issuing.issue_pass(
        db, admin, reporter_id=desk.ids["Nguyễn Thị Ánh"], event_id=desk.event, now=NOW
    )
    before = (passes_in(db), audit_rows(db))
    preview = issuing.preview_batch(
        db, admin, event_id=desk.event, agency_id=desk.agency, zones=["B"], now=NOW
    )
    assert (passes_in(db), audit_rows(db)) == before  # nothing written
    assert [c.name for c in preview.eligible] == ["Trần Văn Bình"]
    reasons = {s.name: s.code for s in preview.skipped}
    assert reasons == {
        "Nguyễn Thị Ánh": "already_has_pass",
        "Lê Văn Cường": "press_card_expires",
        "Phạm Thị Dung": "reporter_not_active",
    }
    messages = {s.name: s.message_vi for s in preview.skipped}
    assert already.serial in messages["Nguyễn Thị Ánh"]
    assert "Vi phạm quy chế" in messages["Phạm Thị Dung"]
    assert preview.zone_codes == ("B",)
    assert preview.event.name == "Đại hội"
    assert preview.valid_from < preview.valid_to

    # the issue agrees with the preview for the active reporters
    result = issuing.issue_batch(
        db, admin, event_id=desk.event, agency_id=desk.agency, zones=["B"], now=NOW
    )
    assert [p.reporter_name for p in result.issued] == ["Trần Văn Bình"]
    assert {s.name for s in result.skipped} == {"Nguyễn Thị Ánh", "Lê Văn Cường"}


def test_override_issues_past_the_card_with_the_reason_recorded(
    db: Database, admin: Actor, desk: Desk
) -> None:
    with pytest.raises(ValidationError) as blank:
        issuing.preview_batch(
            db, admin, event_id=desk.event, agency_id=desk.agency, override_card_reason="  "
        )
    assert blank.value.code == "card_override_reason_required"
    reason = "Thẻ mới đang chờ cấp, có công văn của cơ quan"
    preview = issuing.preview_batch(
        db, admin, event_id=desk.event, agency_id=desk.agency, override_card_reason=reason, now=NOW
    )
    overridden = {c.name: c.card_override for c in preview.eligible}
    assert overridden == {"Nguyễn Thị Ánh": False, "Trần Văn Bình": False, "Lê Văn Cường": True}
    eligible = [c.reporter_id for c in preview.eligible]
    result = issuing.issue_batch(
        db,
        admin,
        event_id=desk.event,
        reporter_ids=eligible,
        override_card_reason=reason,
        now=NOW,
    )
    recorded = {p.reporter_name: p.card_override_reason for p in result.issued}
    assert recorded == {"Nguyễn Thị Ánh": None, "Trần Văn Bình": None, "Lê Văn Cường": reason}
    assert result.skipped == ()
    # one insert and one update for the whole batch: every token signs its own row, the serials
    # follow on, and the audit trail still replays to the rows
    from accred_app.core.passes.keys import public_keys
    from accred_app.core.passes.tokens import parse_token
    from accred_app.core.security.audit_verify import verify_audit

    with db.reading() as session:
        known = public_keys(session)
    for view in result.issued:
        claims = parse_token(view.token, known)
        assert (claims.pass_id, claims.reporter_id) == (view.id, view.reporter_id)
    assert sorted(p.serial for p in result.issued) == [f"TH-2026-00000{n}" for n in (1, 2, 3)]
    report = verify_audit(db, admin)
    assert report.ok, [f.message("en") for f in report.section("replay").findings]


def test_reporters_of_an_earlier_event(db: Database, admin: Actor, desk: Desk) -> None:
    ids = desk.ids
    old = issuing.issue_batch(
        db,
        admin,
        event_id=desk.last_year,
        reporter_ids=[ids["Trần Văn Bình"], ids["Hoàng Văn Em"], ids["Nguyễn Thị Ánh"]],
        now=datetime(2025, 3, 1, tzinfo=UTC),
    )
    revoked = next(p for p in old.issued if p.reporter_name == "Nguyễn Thị Ánh")
    issuing.revoke_pass(db, admin, revoked.serial, "Không tham dự")
    preview = issuing.preview_batch(
        db, admin, event_id=desk.event, from_event_id=desk.last_year, now=NOW
    )
    assert [c.name for c in preview.eligible] == ["Trần Văn Bình", "Hoàng Văn Em"]
    result = issuing.issue_batch(
        db, admin, event_id=desk.event, from_event_id=desk.last_year, now=NOW
    )
    assert [p.reporter_name for p in result.issued] == ["Trần Văn Bình", "Hoàng Văn Em"]


def test_one_source_only_and_no_key_needed_to_preview(
    db: Database, admin: Actor, desk: Desk
) -> None:
    with pytest.raises(ValidationError) as both:
        issuing.preview_batch(
            db, admin, event_id=desk.event, agency_id=desk.agency, reporter_ids=[1]
        )
    assert both.value.code == "batch_one_source"
    with pytest.raises(ValidationError):
        issuing.issue_batch(db, admin, event_id=desk.event)
    keyless = Actor(username="admin", role=Role.DESK, officer_id=1)  # no unlocked key
    preview = issuing.preview_batch(db, keyless, event_id=desk.event, agency_id=desk.agency)
    assert preview.eligible
    with pytest.raises(ValidationError) as locked:
        issuing.issue_batch(db, keyless, event_id=desk.event, agency_id=desk.agency)
    assert locked.value.code == "signing_key_locked"


def test_revoke_several_at_once_all_or_none(db: Database, admin: Actor, desk: Desk) -> None:
    result = issuing.issue_batch(
        db, admin, event_id=desk.event, reporter_ids=[desk.ids["Trần Văn Bình"],
                                                      desk.ids["Nguyễn Thị Ánh"],
                                                      desk.ids["Hoàng Văn Em"]], now=NOW,
    )  # fmt: skip
    serials = [p.serial for p in result.issued]
    issuing.revoke_pass(db, admin, serials[0], "Mất thẻ")
    with pytest.raises(ValidationError) as twice:
        issuing.revoke_passes(db, admin, serials, "Cơ quan rút tên")
    assert twice.value.code == "pass_revoked_already"
    assert {p.status for p in issuing.list_passes(db, admin)} == {"revoked", "issued"}
    with pytest.raises(ValidationError) as no_reason:
        issuing.revoke_passes(db, admin, serials[1:], " ")
    assert no_reason.value.code == "revoke_reason_required"
    views = issuing.revoke_passes(db, admin, [s.lower() for s in serials[1:]], "Cơ quan rút tên")
    assert [v.serial for v in views] == serials[1:]
    rows = {p.serial: p for p in issuing.list_passes(db, admin)}
    assert len(rows) == 3  # rows kept, marked
    assert all(rows[s].status == "revoked" and rows[s].revoked_by == "admin" for s in serials)
    assert rows[serials[2]].revoke_reason == "Cơ quan rút tên"


def test_a_viewer_can_neither_preview_nor_revoke(db: Database, desk: Desk) -> None:
    from accred_app.core.errors import PermissionDenied

    viewer = Actor(username="xem", role=Role.VIEWER)
    with pytest.raises(PermissionDenied):
        issuing.preview_batch(db, viewer, event_id=desk.event, agency_id=desk.agency)
    with pytest.raises(PermissionDenied):
        issuing.revoke_passes(db, viewer, ["TH-2026-000001"], "x")
