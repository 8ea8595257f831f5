"""The demonstration data set: realistic content, loaded through the services, idempotent."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from accred_app.core.database import open_database
from accred_app.core.models import (
    AuditEntry,
    Event,
    FieldPass,
    PoliceUnit,
    PressAgency,
    Reporter,
    ReporterPhoto,
    Zone,
)
from accred_app.core.passes import issuing
from accred_app.core.registry import events, reporters, units
from accred_app.core.roles import Actor
from accred_app.core.security.officers import authenticate
from accred_app.core.setup.demo import load_demo
from accred_app.core.setup.installation import initialise
from accred_app.core.storage.db import Database

TODAY = date(2026, 11, 27)
COUNTED = (PressAgency, PoliceUnit, Event, Zone, Reporter, ReporterPhoto, FieldPass)


@pytest.fixture
def db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Database]:
    monkeypatch.setenv("ACCRED_ARGON2_PROFILE", "fast")
    database = open_database(str(tmp_path / "t.sqlite"))
    initialise(database, admin_password="secret-pass-1")
    yield database
    database.dispose()


def _row_counts(db: Database) -> dict[str, int]:
    with db.reading() as session:
        return {
            model.__tablename__: session.execute(
                select(func.count()).select_from(model)
            ).scalar_one()
            for model in COUNTED
        }


@pytest.fixture
def admin(db: Database) -> Actor:
    return authenticate(db, "admin", "secret-pass-1")


def test_demo_content_and_idempotence(db: Database, admin: Actor) -> None:
    first = load_demo(db, admin)
    assert first["agencies"] >= 12
    assert first["units"] >= 14
    assert first["events"] >= 7
    assert first["reporters"] >= 60
    assert first["passes"] >= 30
    assert _row_counts(db)["press_agencies"] == first["agencies"]

    people = reporters.list_reporters(db, admin)
    assert len(people) == first["reporters"]
    assert sum(r.card_expiry < TODAY for r in people) >= 3
    assert any(TODAY < r.card_expiry <= date(2026, 12, 31) for r in people)
    suspended = [r for r in people if r.status == "suspended"]
    assert len(suspended) == 1
    reason = reporters.get_reporter(db, admin, suspended[0].id).status_reason
    assert reason is not None and "Đại hội" in reason
    shared = [name for name, n in Counter(r.full_name for r in people).items() if n >= 2]
    assert "Nguyễn Thị Ánh" in shared and len(shared) >= 2
    assert any(r.full_name == "Tôn Nữ Thị Phương Hoàng Yến" for r in people)
    by_agency = Counter(r.agency_id for r in people)
    assert len(by_agency) >= 12

    with db.reading() as session:
        cards = session.execute(select(Reporter.card_no_key)).scalars().all()
        ids = session.execute(select(Reporter.citizen_id)).scalars().all()
        photos = session.execute(select(func.count()).select_from(ReporterPhoto)).scalar_one()
    assert len(set(cards)) == len(cards)
    assert all(i is not None and len(i) == 12 and i.startswith("038") for i in ids)
    assert len(people) // 3 <= photos <= 2 * len(people) // 3

    tree = units.list_units(db, admin)
    assert max(u.depth for u in tree) >= 2
    assert {"CAT", "PV01", "PA05", "PC08", "PK02"} <= {u.code for u in tree}

    all_events = events.list_events(db, admin)
    assert all(3 <= len(e.zones) <= 5 for e in all_events)
    assert {e.kind for e in all_events} == {"event", "site"}
    assert all(e.ends_on is None for e in all_events if e.kind == "site")
    assert any(e.starts_on.year == 2026 and e.starts_on.month == 12 for e in all_events)

    issued = issuing.list_passes(db, admin)
    assert len(issued) == first["passes"]
    assert sum(p.status == "revoked" for p in issued) == 1
    assert any(p.status == "issued" and p.valid_to.date() > TODAY for p in issued)

    before = _row_counts(db)
    second = load_demo(db, admin)
    assert set(second) == set(first)
    assert all(n == 0 for n in second.values()), second
    assert _row_counts(db) == before
    with db.reading() as session:
        audit_rows = session.execute(select(func.count()).select_from(AuditEntry)).scalar_one()
    load_demo(db, admin)
    with db.reading() as session:
        assert session.execute(select(func.count()).select_from(AuditEntry)).scalar_one() == (
            audit_rows
        )
