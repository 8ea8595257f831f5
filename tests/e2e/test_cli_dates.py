"""Dates past the supported range are a validation error naming the field and the range, for every
date the command line accepts — never a crash (9999-12-31 used to end ``pass issue`` with exit 4)
and never a stored row."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest
from sqlalchemy import func, select

from accred_app.core import validation
from accred_app.core.errors import ValidationError
from accred_app.core.models import Event, FieldPass, PressAgency, Reporter
from accred_app.core.registry import agencies, events, reporters
from accred_app.core.roles import Actor
from accred_app.core.storage.db import Database

TODAY = date.today()
FAR_OUT = ["9999-12-31", "31/12/9999", "2100-01-01", "0001-01-01", "01/01/0001", "1899-12-31"]


@pytest.fixture
def world(db: Database, admin: Actor) -> dict[str, int]:
    agency = agencies.add_agency(db, admin, name="Báo Thanh Hóa", kind="print")
    event = events.add_event(
        db,
        admin,
        name="Hội nghị",
        kind="event",
        start=TODAY,
        end=TODAY + timedelta(days=3),
        zones=[events.ZoneSpec("A", "Hội trường")],
    )
    site = events.add_event(
        db, admin, name="Trụ sở", kind="site", start=TODAY, zones=[events.ZoneSpec("A", "Sảnh")]
    )
    reporter = reporters.add_reporter(
        db,
        admin,
        full_name="Nguyễn Thị Ánh",
        agency_id=agency,
        card_no="TH0001",
        card_expiry=date(2099, 12, 31),
    )
    return {"agency": agency, "event": event, "site": site, "reporter": reporter}


def count(db: Database, model: Any) -> int:
    with db.reading() as session:
        return session.execute(select(func.count()).select_from(model)).scalar_one()


def commands(world: dict[str, int], value: str) -> list[tuple[list[str], str, Any]]:
    """Each command with one date option set to ``value``: (argv, field label, table it adds to)."""
    reporter_base = ["reporter", "add", "--name", "Trần Văn Bình", "--agency"]
    reporter_base += [str(world["agency"]), "--card-no", "TH0002"]
    event_base = ["event", "add", "--name", "Lễ hội", "--kind", "event", "--zone", "A:Sân"]
    issue = ["pass", "issue", "--reporter", str(world["reporter"])]
    return [
        (
            ["agency", "add", "--name", "Báo Mới", "--kind", "online", "--agreement-date", value],
            "ngày ký thỏa thuận",
            PressAgency,
        ),
        (
            [*event_base, "--start", value, "--end", "2030-01-01"]
            if value < "2030"
            else [*event_base, "--start", "2026-01-01", "--end", value],
            "ngày",
            Event,
        ),
        ([*reporter_base, "--card-expiry", value], "hạn thẻ nhà báo", Reporter),
        (
            [*reporter_base, "--card-expiry", "2030-01-01", "--birth-date", value],
            "ngày sinh",
            Reporter,
        ),
        ([*issue, "--event", str(world["event"]), "--to", value], "thẻ", FieldPass),
        ([*issue, "--event", str(world["site"]), "--to", value], "thẻ", FieldPass),
        (
            [*issue, "--event", str(world["site"]), "--from", value, "--to", "2030-01-01"],
            "thẻ",
            FieldPass,
        ),
        (
            [
                *("pass", "issue-batch", "--event", str(world["event"])),
                *("--agency", str(world["agency"]), "--to", value),
            ],
            "thẻ",
            FieldPass,
        ),
    ]


@pytest.mark.parametrize("value", FAR_OUT)
def test_out_of_range_dates_are_refused_by_every_command(
    run_cli: Any, db: Database, world: dict[str, int], value: str
) -> None:
    for argv, label, model in commands(world, value):
        before = count(db, model)
        result = run_cli(*argv)
        assert result.code == 3, (argv, result)
        assert "Traceback" not in result.err and result.err.count("\n") == 1, result.err
        assert "ngoài khoảng" in result.err and label in result.err.lower(), (argv, result.err)
        assert count(db, model) == before, argv


def test_english_message_names_the_field_and_the_range(run_cli: Any, world: dict[str, int]) -> None:
    result = run_cli(
        "--lang",
        "en",
        *("pass", "issue", "--reporter", str(world["reporter"])),
        *("--event", str(world["event"]), "--to", "9999-12-31"),
    )
    assert result.code == 3
    assert "pass valid-until date 31/12/9999" in result.err and "31/12/2099" in result.err


def test_the_edges_of_the_range_are_accepted(
    run_cli: Any, db: Database, world: dict[str, int]
) -> None:
    added = run_cli(
        *("reporter", "add", "--name", "Lê Văn Cường", "--agency", str(world["agency"])),
        *("--card-no", "TH0003", "--card-expiry", "2099-12-31", "--birth-date", "1900-01-01"),
    )
    assert added.code == 0, added.err
    issued = run_cli(
        *("--json", "pass", "issue", "--reporter", str(world["reporter"])),
        *("--event", str(world["site"]), "--to", "2099-12-31"),
    )
    assert issued.code == 0, issued.err
    assert issued.json()["valid_to"] == "2100-01-01T00:00:00+07:00"  # the end of 31/12/2099


def test_a_birth_date_in_the_future_is_refused() -> None:
    with pytest.raises(ValidationError) as problem:
        validation.parse_date(TODAY + timedelta(days=1), "date_of_birth")
    assert problem.value.code == "date_out_of_range"
    assert validation.parse_date(TODAY, "date_of_birth") == TODAY


def test_an_event_stored_by_an_older_version_with_a_far_end_cannot_crash_issuing(
    run_cli: Any, db: Database, world: dict[str, int]
) -> None:
    """A row written before the range existed: issuing from it is refused, not a crash."""
    with db.transaction() as session:
        event = session.get(Event, world["event"])
        assert event is not None
        event.ends_on = date(9999, 12, 31)
    result = run_cli("pass", "issue", "--reporter", str(world["reporter"]), "--event", "1")
    assert result.code == 3, result
    assert "ngoài khoảng" in result.err
