"""Hand-recorded access entries: recording, correcting, deleting, articles — and the audit trail."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import func, select

from accred_app.core.access import entries
from accred_app.core.clock import VIETNAM_TZ
from accred_app.core.errors import NotFoundError, PermissionDenied, ValidationError
from accred_app.core.models import AccessArticle, AccessEntryReporter, Role
from accred_app.core.registry import agencies, events, reporters, units
from accred_app.core.roles import Actor
from accred_app.core.security.audit import verify_chain

FAR = date(2035, 1, 1)


@pytest.fixture
def desk(db: Any, admin: Any) -> dict[str, int]:
    unit = units.add_unit(db, admin, name="Phòng Tham mưu", code="PV01")
    bth = agencies.add_agency(db, admin, name="Báo Thanh Hóa", kind="print")
    nd = agencies.add_agency(db, admin, name="Báo Nhân Dân", kind="print")
    event = events.add_event(
        db, admin, name="Đại hội", kind="event", start=date(2025, 3, 1), end=date(2025, 3, 3)
    )
    return {
        "unit": unit,
        "bth": bth,
        "nd": nd,
        "event": event,
        "anh": reporters.add_reporter(
            db, admin, full_name="Nguyễn Thị Ánh", agency_id=bth, card_no="A-001", card_expiry=FAR
        ),
        "binh": reporters.add_reporter(
            db, admin, full_name="Trần Văn Bình", agency_id=bth, card_no="B-002", card_expiry=FAR
        ),
        "dung": reporters.add_reporter(
            db, admin, full_name="Phạm Thị Dung", agency_id=nd, card_no="D-004", card_expiry=FAR
        ),
    }


def test_record_an_interview_with_its_article(db: Any, admin: Any, desk: dict[str, int]) -> None:
    view = entries.add_entry(
        db,
        admin,
        unit_id=desk["unit"],
        kind="interview",
        occurred_at="05/03/2025 09:30",
        subject="  Phỏng vấn về   phòng, chống ma túy ",
        reporter_ids=[desk["binh"], desk["anh"], desk["binh"]],
        event_id=desk["event"],
        articles=[
            entries.ArticleInput(
                "Quyết liệt phòng, chống ma túy", "https://baothanhhoa.vn/a", "2025-03-06"
            )
        ],
    )
    assert view.occurred_at == datetime(2025, 3, 5, 2, 30, tzinfo=UTC)  # 09:30 in Vietnam
    assert view.subject == "Phỏng vấn về phòng, chống ma túy"
    assert view.unit_name == "Phòng Tham mưu" and view.event_name == "Đại hội"
    assert [r.full_name for r in view.reporters] == ["Nguyễn Thị Ánh", "Trần Văn Bình"]
    (article,) = view.articles
    assert (article.number, article.agency, article.published_on) == (
        1,
        "Báo Thanh Hóa",  # both reporters are of one agency: it published
        date(2025, 3, 6),
    )
    assert view.recorded_by == "admin"
    assert entries.get_entry(db, admin, view.id) == view
    assert view.as_json()["at"] == "2025-03-05T09:30:00+07:00"


@pytest.mark.parametrize(
    ("values", "code"),
    [
        ({"kind": "party"}, "invalid_choice"),
        ({"occurred_at": "31/02/2025 10:00"}, "invalid_time"),
        ({"occurred_at": "hôm qua"}, "invalid_time"),
        ({"occurred_at": datetime.now(VIETNAM_TZ) + timedelta(days=2)}, "access_in_future"),
        ({"subject": "   "}, "required"),
        ({"reporter_ids": []}, "access_needs_reporter"),
        ({"articles": [entries.ArticleInput("Bài", "ftp://x.vn/a")]}, "invalid_url"),
        (
            {"articles": [entries.ArticleInput("Bài", "https://x.vn/a", "2025-03-04")]},
            "article_before_access",
        ),
    ],
)
def test_bad_input_is_refused_and_nothing_is_written(
    db: Any, admin: Any, desk: dict[str, int], values: dict[str, Any], code: str
) -> None:
    arguments: dict[str, Any] = {
        "unit_id": desk["unit"],
        "kind": "briefing",
        "occurred_at": "2025-03-05 09:00",
        "subject": "Họp báo",
        "reporter_ids": [desk["anh"]],
    }
    arguments.update(values)
    with pytest.raises(ValidationError) as caught:
        entries.add_entry(db, admin, **arguments)
    assert caught.value.code == code
    assert "agency" not in caught.value.message("vi")
    with db.reading() as session:
        assert session.execute(select(func.count()).select_from(AccessEntryReporter)).scalar() == 0


def test_unknown_unit_reporter_or_event(db: Any, admin: Any, desk: dict[str, int]) -> None:
    base: dict[str, Any] = {
        "unit_id": desk["unit"],
        "kind": "documents",
        "occurred_at": "2025-03-05",
        "subject": "Số liệu",
        "reporter_ids": [desk["anh"]],
    }
    for change in ({"unit_id": 99}, {"reporter_ids": [desk["anh"], 99]}, {"event_id": 99}):
        with pytest.raises(NotFoundError):
            entries.add_entry(db, admin, **{**base, **change})


def test_article_agency_must_be_chosen_when_reporters_differ(
    db: Any, admin: Any, desk: dict[str, int]
) -> None:
    view = entries.add_entry(
        db,
        admin,
        unit_id=desk["unit"],
        kind="briefing",
        occurred_at="2025-03-05 14:00",
        subject="Họp báo quý I",
        reporter_ids=[desk["anh"], desk["dung"]],
    )
    with pytest.raises(ValidationError) as caught:
        entries.add_article(db, admin, view.id, entries.ArticleInput("Tin họp báo"))
    assert caught.value.code == "article_agency_needed"
    with pytest.raises(NotFoundError):
        entries.add_article(db, admin, view.id, entries.ArticleInput("Tin", agency_id=99))
    first = entries.add_article(
        db, admin, view.id, entries.ArticleInput("Tin họp báo", agency_id=desk["nd"])
    )
    second = entries.add_article(
        db, admin, view.id, entries.ArticleInput("Bài phân tích", agency_id=desk["bth"])
    )
    assert [(a.number, a.agency) for a in first.articles] == [(1, "Báo Nhân Dân")]
    assert [a.number for a in second.articles] == [1, 2]
    after = entries.delete_article(db, admin, view.id, 1)
    assert [a.title for a in after.articles] == ["Bài phân tích"]
    removed = [
        line.entity_id
        for line in entries.entry_history(db, admin, view.id)
        if line.entity == "access_articles" and line.action == "delete"
    ]
    assert removed == [f"{view.id},1"]
    with pytest.raises(NotFoundError) as caught_missing:
        entries.delete_article(db, admin, view.id, 1)
    assert caught_missing.value.code == "article_not_found"
    third = entries.add_article(
        db, admin, view.id, entries.ArticleInput("Thêm", agency_id=desk["nd"])
    )
    assert [a.number for a in third.articles] == [2, 3]
    entries.delete_article(db, admin, view.id, 3)
    fourth = entries.add_article(
        db, admin, view.id, entries.ArticleInput("Nữa", agency_id=desk["nd"])
    )
    assert [a.number for a in fourth.articles] == [2, 4]  # not even the last one is reused


def test_update_changes_only_what_is_given_and_is_audited(
    db: Any, admin: Any, desk: dict[str, int]
) -> None:
    view = entries.add_entry(
        db,
        admin,
        unit_id=desk["unit"],
        kind="interview",
        occurred_at="2025-03-05 09:00",
        subject="Phỏng vấn",
        reporter_ids=[desk["anh"], desk["binh"]],
        event_id=desk["event"],
        notes="ghi chú",
        articles=[entries.ArticleInput("Bài", None, "2025-03-05")],
    )
    changed = entries.update_entry(
        db,
        admin,
        view.id,
        kind="site_visit",
        reporter_ids=[desk["binh"], desk["dung"]],
        event_id=None,
        notes=None,
    )
    assert changed.kind == "site_visit"
    assert changed.subject == "Phỏng vấn" and changed.occurred_at == view.occurred_at
    assert [r.full_name for r in changed.reporters] == ["Trần Văn Bình", "Phạm Thị Dung"]
    assert changed.event_id is None and changed.notes is None
    with pytest.raises(ValidationError) as caught:  # the article would predate the access
        entries.update_entry(db, admin, view.id, occurred_at="2025-03-07 09:00")
    assert caught.value.code == "article_before_access"
    assert entries.get_entry(db, admin, view.id).occurred_at == view.occurred_at

    history = entries.entry_history(db, admin, view.id)
    actions = [(line.entity, line.action) for line in history]
    assert actions[:4] == [
        ("access_articles", "create"),
        ("access_entries", "create"),
        ("access_entry_reporters", "create"),
        ("access_entry_reporters", "create"),
    ]
    assert ("access_entry_reporters", "delete") in actions[4:]  # Ánh removed
    assert ("access_entry_reporters", "create") in actions[4:]  # Dung added
    update = next(
        line for line in history if line.entity == "access_entries" and line.action == "update"
    )
    assert update.changes["kind"] == ["interview", "site_visit"]
    assert update.changes["notes"] == ["ghi chú", None]
    with db.reading() as session:
        assert verify_chain(session).ok


def test_delete_removes_reporters_and_articles_and_leaves_a_trail(
    db: Any, admin: Any, desk: dict[str, int]
) -> None:
    view = entries.add_entry(
        db,
        admin,
        unit_id=desk["unit"],
        kind="documents",
        occurred_at="2025-03-05 09:00",
        subject="Số liệu",
        reporter_ids=[desk["anh"]],
        articles=[entries.ArticleInput("Bài")],
    )
    entries.delete_entry(db, admin, view.id)
    with pytest.raises(NotFoundError):
        entries.get_entry(db, admin, view.id)
    with db.reading() as session:
        assert session.execute(select(func.count()).select_from(AccessArticle)).scalar() == 0
        assert session.execute(select(func.count()).select_from(AccessEntryReporter)).scalar() == 0
    deletions = [
        line.entity for line in entries.entry_history(db, admin, view.id) if line.action == "delete"
    ]
    assert sorted(deletions) == ["access_articles", "access_entries", "access_entry_reporters"]


def test_roles(db: Any, admin: Any, desk: dict[str, int]) -> None:
    viewer = Actor(username="xem", role=Role.VIEWER)
    with pytest.raises(PermissionDenied):
        entries.add_entry(
            db,
            viewer,
            unit_id=desk["unit"],
            kind="documents",
            occurred_at="2025-03-05",
            subject="Số liệu",
            reporter_ids=[desk["anh"]],
        )


def test_parse_local_time_forms() -> None:
    expected = datetime(2025, 3, 5, 9, 30, tzinfo=VIETNAM_TZ)
    assert entries.parse_local_time("2025-03-05 09:30") == expected
    assert entries.parse_local_time("2025-03-05T09:30") == expected
    assert entries.parse_local_time("5/3/2025 9:30") == expected
    assert entries.parse_local_time("05/03/2025") == datetime(2025, 3, 5, tzinfo=VIETNAM_TZ)
    with pytest.raises(ValidationError):
        entries.parse_local_time("2025-03-05 25:00")


def test_update_replaces_the_articles_in_the_same_transaction(
    db: Any, admin: Any, desk: dict[str, int]
) -> None:
    """The window's form sends the whole list: an article with its number is corrected in place,
    one left out is removed, one without a number is added; a bad one changes nothing at all."""
    view = entries.add_entry(
        db,
        admin,
        unit_id=desk["unit"],
        kind="interview",
        occurred_at="2025-03-05 09:00",
        subject="Phỏng vấn",
        reporter_ids=[desk["anh"]],
        articles=[entries.ArticleInput("Bài một"), entries.ArticleInput("Bài hai")],
    )
    changed = entries.update_entry(
        db,
        admin,
        view.id,
        subject="Phỏng vấn giám đốc",
        articles=[
            entries.ArticleInput(
                "Bài một (sửa)", "https://baothanhhoa.vn/1", "06/03/2025", number=1
            ),
            entries.ArticleInput("Bài ba", agency_id=desk["nd"]),
        ],
    )
    assert [(a.number, a.title, a.agency) for a in changed.articles] == [
        (1, "Bài một (sửa)", "Báo Thanh Hóa"),
        (3, "Bài ba", "Báo Nhân Dân"),  # numbers are never reused
    ]
    assert changed.articles[0].published_on == date(2025, 3, 6)
    assert changed.subject == "Phỏng vấn giám đốc"
    history = entries.entry_history(db, admin, view.id)
    article_changes = [
        (line.action, line.entity_id) for line in history if line.entity == "access_articles"
    ][2:]
    assert sorted(article_changes) == [
        ("create", f"{view.id},3"),
        ("delete", f"{view.id},2"),
        ("update", f"{view.id},1"),
    ]

    before = entries.get_entry(db, admin, view.id)
    with pytest.raises(ValidationError) as caught:
        entries.update_entry(
            db,
            admin,
            view.id,
            kind="briefing",
            articles=[entries.ArticleInput("Bài", "ftp://x.vn/a", number=1)],
        )
    assert caught.value.code == "invalid_url"
    assert entries.get_entry(db, admin, view.id) == before  # the kind did not change either
    with pytest.raises(NotFoundError) as missing:
        entries.update_entry(db, admin, view.id, articles=[entries.ArticleInput("X", number=2)])
    assert missing.value.code == "article_not_found"
    with db.reading() as session:
        assert verify_chain(session).ok


def test_entry_errors_name_every_wrong_field_at_once(desk: dict[str, int]) -> None:
    """What the window's form shows beside each field before anything is sent."""
    now = datetime(2025, 3, 10, 12, 0, tzinfo=VIETNAM_TZ)
    good: dict[str, Any] = {
        "unit_id": desk["unit"],
        "kind": "briefing",
        "occurred_at": datetime(2025, 3, 5, 9, 0, tzinfo=VIETNAM_TZ),
        "subject": "Họp báo",
        "reporter_ids": [desk["anh"]],
        "articles": [entries.ArticleInput("Tin", "https://x.vn/a", "05/03/2025")],
    }
    assert entries.entry_errors(**good, now=now) == []
    errors = entries.entry_errors(
        unit_id=None,
        kind="party",
        occurred_at=datetime(2025, 3, 12, 9, 0, tzinfo=VIETNAM_TZ),
        subject=" ",
        reporter_ids=[],
        notes="n" * 4001,
        articles=[
            entries.ArticleInput("Tin"),
            entries.ArticleInput(" ", "https://x.vn/a"),
            entries.ArticleInput("Bài", "x.vn/b", "01/03/2025"),
        ],
        now=now,
    )
    assert {error.field: error.code for error in errors} == {
        "unit_id": "required",
        "kind": "invalid_choice",
        "occurred_at": "access_in_future",
        "subject": "required",
        "reporter_ids": "access_needs_reporter",
        "notes": "too_long",
        "articles": "article_problem",
    }
    problem = next(error for error in errors if error.field == "articles")
    assert problem.message("vi") == "Bài viết thứ 2: Trường “Tiêu đề” không được để trống."
    assert problem.message("en") == "Article 2: “Title” is required."
    dated = entries.entry_errors(
        **{**good, "articles": [entries.ArticleInput("Bài", None, "01/03/2025")]}, now=now
    )
    assert [e.message("vi") for e in dated] == [
        "Bài viết thứ 1: Ngày đăng bài (01/03/2025) trước ngày tiếp cận (05/03/2025)."
    ]
