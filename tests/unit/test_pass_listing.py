"""The pass list a page at a time: the same rows, in the same order, as the reference rules, on
every plan and every page.

The reference applies the rules in Python to every pass (``list_passes`` plus the print log):
newest first by id; the event, agency and status filters; "not printed" (no print logged); the
text as reporter name words (``text.matches`` on the search key) or as a serial (its start, or the
number on the card). The planner's threshold is turned down so that every plan runs on a small
database; the benchmark shows them on 200,000 passes.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

import pytest
from sqlalchemy import select

from accred_app.core.errors import ValidationError
from accred_app.core.models import PrintRecord, Reporter
from accred_app.core.passes import issuing, listing, print_log
from accred_app.core.passes.listing import PassFilters, count_passes, pass_page
from accred_app.core.registry import agencies, events, reporters
from accred_app.core.registry.events import ZoneSpec
from accred_app.core.roles import Actor
from accred_app.core.storage.db import Database
from accred_app.core.text import matches

NOW = datetime(2026, 3, 1, 3, 0, tzinfo=UTC)

NAMES = [
    ("Nguyễn Thị Ánh", "tv"),
    ("Nguyễn Thị Bình", "paper"),
    ("Trần Văn Cường", "tv"),
    ("Lê Nguyễn Thịnh", "paper"),
    ("Phạm Minh Đức", "paper"),
    ("Hoàng Thu Hà", "tv"),
    ("Đỗ Ngọc Anh", "radio"),
    ("Vũ Tuấn", "paper"),
]


@dataclass(frozen=True)
class World:
    db: Database
    admin: Actor
    agencies: dict[str, int]
    events: list[int]


@pytest.fixture
def world(db: Database, admin: Actor) -> World:
    agency_ids = {
        "tv": agencies.add_agency(db, admin, name="Đài Phát thanh - Truyền hình", kind="tv"),
        "paper": agencies.add_agency(db, admin, name="Báo Thanh Hóa", kind="print"),
        "radio": agencies.add_agency(db, admin, name="Đài Tiếng nói", kind="radio"),
    }
    reporter_ids = [
        reporters.add_reporter(
            db,
            admin,
            full_name=name,
            agency_id=agency_ids[agency],
            card_no=f"TH-{number:04d}",
            card_expiry=date(2031, 12, 31),
        )
        for number, (name, agency) in enumerate(NAMES)
    ]
    congress = events.add_event(
        db, admin, name="Đại hội Đảng bộ tỉnh", kind="event", start="2026-03-10",
        end="2026-03-12",
        zones=[ZoneSpec("A", "Hội trường", "#C8102E"), ZoneSpec("B", "Báo chí", "#1565C0"),
               ZoneSpec("C", "Sân", "#2E7D32")],
    )  # fmt: skip
    festival = events.add_event(
        db, admin, name="Lễ hội Lam Kinh", kind="event", start="2026-04-01", end="2026-04-03",
        zones=[ZoneSpec("L", "Lễ đài", "#FFD100")],
    )  # fmt: skip
    past = events.add_event(
        db, admin, name="Hội nghị xúc tiến đầu tư", kind="event", start="2026-05-01",
        end="2026-05-02",
    )  # fmt: skip
    issuing.issue_batch(db, admin, event_id=congress, reporter_ids=reporter_ids, now=NOW)
    issuing.issue_batch(
        db, admin, event_id=festival, reporter_ids=reporter_ids[::2], zones=["L"], now=NOW
    )
    issuing.issue_batch(db, admin, event_id=past, reporter_ids=reporter_ids[1:4], now=NOW)
    everything = issuing.list_passes(db, admin)
    issuing.revoke_pass(db, admin, everything[2].serial, "Cơ quan rút tên")
    issuing.revoke_pass(db, admin, everything[9].serial, "Mất thẻ")
    printed = [p.id for p in issuing.list_passes(db, admin)[:6] if p.status != "revoked"]
    print_log.record_prints(db, admin, printed, "sheet")
    print_log.record_prints(db, admin, printed[:2], "card")  # two reprints
    return World(db, admin, agency_ids, [congress, festival, past])


@dataclass(frozen=True)
class Facts:
    passes: list[issuing.PassView]
    printed: set[int]
    keys: dict[int, str]
    agency_of: dict[int, int]


def facts(world: World) -> Facts:
    db, admin = world.db, world.admin
    with db.reading() as session:
        printed = set(session.execute(select(PrintRecord.pass_id)).scalars())
        keys = dict(session.execute(select(Reporter.id, Reporter.search_key)).all())
        agency_of = dict(session.execute(select(Reporter.id, Reporter.agency_id)).all())
    return Facts(issuing.list_passes(db, admin), printed, keys, agency_of)


def reference(known: Facts, filters: PassFilters) -> list[int]:
    """The rule, row by row, in Python."""
    printed, keys, agency_of = known.printed, known.keys, known.agency_of
    text = " ".join(filters.text.split())
    compact = text.upper().replace(" ", "")
    wanted = []
    for p in known.passes:
        if filters.event_id is not None and p.event_id != filters.event_id:
            continue
        if filters.agency_id is not None and agency_of[p.reporter_id] != filters.agency_id:
            continue
        if filters.status and p.status != filters.status:
            continue
        if filters.not_printed and p.id in printed:
            continue
        if compact and any(c.isdigit() for c in compact):
            if compact.isdigit():
                if not p.serial.endswith("-" + compact.zfill(6)):
                    continue
            elif not p.serial.startswith(compact):
                continue
        elif text and not matches(keys[p.reporter_id], text):
            continue
        wanted.append(p.id)
    return sorted(wanted, reverse=True)


def all_pages(world: World, filters: PassFilters, limit: int) -> tuple[list[int], set[str]]:
    ids: list[int] = []
    plans = set()
    after = None
    while True:
        page = pass_page(world.db, world.admin, filters, after=after, limit=limit)
        plans.add(page.plan)
        ids += [row.id for row in page.rows]
        assert len(page.rows) <= limit
        if page.next_cursor is None:
            return ids, plans
        assert page.rows and page.next_cursor == page.rows[-1].id
        after = page.next_cursor


def filter_combinations(world: World) -> list[PassFilters]:
    texts = ["", "nguyen thi", "ngu", "zzz", "TH-2026-00000", "3"]
    combos = itertools.product(
        [None, *world.events[:2]],
        [None, world.agencies["paper"]],
        [None, "issued"],
        [False, True],
        texts,
    )
    return [
        PassFilters(event_id=e, agency_id=a, status=s, not_printed=n, text=t)
        for e, a, s, n, t in combos
    ]


@pytest.mark.parametrize("few_rows", [listing.FEW_ROWS, 2])
def test_every_filter_combination_pages_like_the_reference(
    world: World, few_rows: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(listing, "FEW_ROWS", few_rows)
    plans_seen: set[str] = set()
    known = facts(world)
    for filters in filter_combinations(world):
        expected = reference(known, filters)
        got, plans = all_pages(world, filters, limit=3)
        plans_seen |= plans
        assert got == expected, filters
        assert count_passes(world.db, world.admin, filters) == len(expected), filters
        assert count_passes(world.db, world.admin, filters, at_most=2) == min(len(expected), 2)
    if few_rows == 2:  # small threshold: the walks run
        assert {"all", "event order"} <= plans_seen, plans_seen
    else:  # everything is few here
        assert {"event", "reporters", "serial"} <= plans_seen, plans_seen


def test_a_row_shows_zones_prints_and_revocation(world: World) -> None:
    page = pass_page(world.db, world.admin, PassFilters(event_id=world.events[1]))
    assert [row.event_name for row in page.rows] == ["Lễ hội Lam Kinh"] * 4
    row = page.rows[-1]  # the oldest: the batch issues in Vietnamese name order
    assert row.reporter_name == "Đỗ Ngọc Anh"
    assert row.agency == "Đài Tiếng nói"
    assert [(z.code, z.colour) for z in row.zones] == [("L", "#FFD100")]
    assert row.valid_to > row.valid_from
    congress = pass_page(world.db, world.admin, PassFilters(event_id=world.events[0])).rows
    assert {tuple(z.code for z in r.zones) for r in congress} == {("A", "B", "C")}

    # printed: how often and when last
    rows = pass_page(world.db, world.admin, PassFilters(), limit=100).rows
    printed = {row.serial: row for row in rows if row.times_printed}
    assert sorted(row.times_printed for row in printed.values()) == [1, 1, 1, 2, 2]
    assert all(row.last_printed_at is not None for row in printed.values())
    assert all(row.status == "printed" for row in printed.values())
    never = [row for row in rows if not row.times_printed]
    assert all(row.last_printed_at is None for row in never)
    unprinted = pass_page(world.db, world.admin, PassFilters(not_printed=True), limit=100)
    assert {row.id for row in unprinted.rows} == {row.id for row in never}

    # revoked: the row stays, with its reason
    rows = pass_page(world.db, world.admin, PassFilters(status="revoked")).rows
    assert sorted(row.revoke_reason or "" for row in rows) == ["Cơ quan rút tên", "Mất thẻ"]
    assert all(row.revoked_at is not None for row in rows)


def test_bad_requests_are_refused(world: World) -> None:
    with pytest.raises(ValidationError) as refused:
        pass_page(world.db, world.admin, PassFilters(status="lost"))
    assert refused.value.code == "invalid_choice"
    with pytest.raises(ValidationError):
        pass_page(world.db, world.admin, limit=0)
    with pytest.raises(ValidationError):
        count_passes(world.db, world.admin, at_most=0)


def test_a_page_costs_the_same_statements_whatever_its_size(world: World, statements: Any) -> None:
    for filters in (
        PassFilters(),
        PassFilters(text="nguyen", status="issued"),
        PassFilters(event_id=1),
    ):
        counts = []
        for limit in (1, 20):
            with statements() as seen:
                pass_page(world.db, world.admin, filters, limit=limit)
            counts.append(len(seen))
        assert counts[0] == counts[1] <= 12, (filters, counts)


@pytest.fixture
def statements(world: World) -> Any:
    from contextlib import contextmanager

    from sqlalchemy import event as sa_event

    @contextmanager
    def watch() -> Any:
        seen: list[str] = []

        def record(*args: Any) -> None:
            seen.append(str(args[2])[:80])

        sa_event.listen(world.db.engine, "before_cursor_execute", record)
        try:
            yield seen
        finally:
            sa_event.remove(world.db.engine, "before_cursor_execute", record)

    return watch
