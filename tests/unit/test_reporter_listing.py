"""The reporter list on indexes: same rows and order as the reference rules, every plan, every page.

The reference is the Python definition of the rules (``text.matches`` for search,
``text.vietnamese_sort_key`` then id for order), applied to every row. The planner's thresholds
are turned down here so that every plan (few rows, word order, list order) runs on a small
database; the benchmark shows the same plans at 100,000 reporters.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import event, func, select

from accred_app.core.database import open_database
from accred_app.core.errors import ValidationError
from accred_app.core.models import (
    AuditEntry,
    Reporter,
    ReporterStatus,
    ReporterWord,
    Role,
)
from accred_app.core.passes import issuing
from accred_app.core.registry import agencies, events, reporter_search, reporters
from accred_app.core.registry.reporter_search import count_plan, page_plan
from accred_app.core.roles import SYSTEM, Actor
from accred_app.core.security.officers import authenticate
from accred_app.core.setup.installation import initialise
from accred_app.core.storage.db import Database
from accred_app.core.text import (
    fold,
    matches,
    search_key,
    search_words,
    vietnamese_sort_bytes,
    vietnamese_sort_key,
)

ADMIN = Actor(username="admin", role=Role.ADMIN, officer_id=1)
ADMIN_PASSWORD = "mat-khau-quan-tri-1"
TODAY = date(2026, 6, 15)

FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Đỗ", "Vũ", "Ngô"]
MIDDLE = ["Thị", "Văn", "Ngọc", "Minh", "Đức", "Thu"]
GIVEN = ["Anh", "Ánh", "Tú", "Tuấn", "Hoa", "Hòa", "Hoà", "Yến", "Đạt", "Dung", "Ân", "Ăn", "Nga"]
TRICKY = [
    "Nguyễn Thị Ánh",
    "Nguyễn Thị Ánh",  # the same name twice: the id decides
    "NGUYỄN THỊ ÁNH",  # the same letters in capitals: the text decides, after the letters
    "Lê Anh",
    "Trần Anh",
    "Lê Ánh",
    "Zoë Nguyễn",
    "Lê 50%_An",
    "Ân",
]


@dataclass(frozen=True)
class Row:
    id: int
    full_name: str
    search_key: str
    agency_id: int
    status: str
    card_expiry: date


@dataclass(frozen=True)
class World:
    db: Database
    rows: tuple[Row, ...]
    agency_ids: tuple[int, ...]
    live_passes: dict[int, int]


def _seed(db: Database) -> World:
    rng = random.Random(9)
    agency_ids = tuple(
        agencies.add_agency(db, SYSTEM, name=name, kind="print")
        for name in ("Báo Thanh Hóa", "Báo Nhân Dân", "Báo Lao Động")
    )
    names = TRICKY + [
        " ".join(
            [rng.choice(FAMILY), rng.choice(MIDDLE)]
            + ([rng.choice(MIDDLE)] if rng.random() < 0.3 else [])
            + [rng.choice(GIVEN)]
        )
        for _ in range(70)
    ]
    expiries = [
        TODAY - timedelta(days=400),
        TODAY - timedelta(days=1),
        TODAY,
        TODAY + timedelta(30),
    ]
    expiries += [TODAY + timedelta(31), TODAY + timedelta(900)]
    for index, name in enumerate(names):
        reporter_id = reporters.add_reporter(
            db,
            SYSTEM,
            full_name=name,
            agency_id=agency_ids[index % 3 if index % 7 else 2],
            card_no=f"{index:04d}/BC",
            card_expiry=expiries[index % len(expiries)],
            citizen_id=f"0381{index:08d}",
            phone=f"09{rng.randrange(10**8):08d}",
        )
        if index % 11 == 3:
            reporters.set_status(db, SYSTEM, reporter_id, "suspended", "thẻ bị thu hồi")
        elif index % 13 == 5:
            reporters.set_status(db, SYSTEM, reporter_id, "blacklisted", "vi phạm")
    live = _issue_some_passes(db)
    with db.reading() as session:
        rows = tuple(
            Row(r.id, r.full_name, r.search_key, r.agency_id, r.status.value, r.card_expiry)
            for r in session.execute(select(Reporter)).scalars()
        )
    return World(db, rows, agency_ids, live)


def _issue_some_passes(db: Database) -> dict[int, int]:
    """Two events; some reporters get a pass to each, and one of those passes is revoked."""
    today = datetime.now(UTC).date()
    event_ids = [
        events.add_event(
            db,
            SYSTEM,
            name=name,
            kind="event",
            start=today,
            end=today + timedelta(days=5),
            zones=[events.parse_zone_spec("A:Hội trường")],
        )
        for name in ("Hội nghị A", "Hội nghị B")
    ]
    with db.reading() as session:
        eligible = list(
            session.execute(
                select(Reporter.id)
                .where(Reporter.status == ReporterStatus.ACTIVE, Reporter.card_expiry > TODAY)
                .order_by(Reporter.id)
                .limit(6)
            ).scalars()
        )
    live: dict[int, int] = {}
    issuer = authenticate(db, "admin", ADMIN_PASSWORD)  # unlocked: it signs passes
    for position, reporter_id in enumerate(eligible):
        for event_id in event_ids[: 1 + position % 2]:
            issued = issuing.issue_pass(
                db,
                issuer,
                reporter_id=reporter_id,
                event_id=event_id,
                first_day=today,
                last_day=today + timedelta(days=2),
                override_card_reason="thẻ còn hạn trong thời gian sự kiện",
            )
            live[reporter_id] = live.get(reporter_id, 0) + 1
            if position == 1:
                issuing.revoke_pass(db, issuer, issued.serial, "đổi thẻ")
                live[reporter_id] -= 1
    return live


@pytest.fixture(scope="module")
def world(module_db_target: str) -> Iterator[World]:
    db = open_database(module_db_target)
    initialise(db, admin_password=ADMIN_PASSWORD)
    yield _seed(db)
    db.dispose()


def _reference(
    world: World,
    query: str = "",
    agency_id: int | None = None,
    status: str | None = None,
    card: str | None = None,
) -> list[int]:
    def wanted(row: Row) -> bool:
        if not matches(row.search_key, query):
            return False
        if agency_id is not None and row.agency_id != agency_id:
            return False
        if status is not None and row.status != status:
            return False
        if card == "expired" and not row.card_expiry < TODAY:
            return False
        return not (
            card == "expiring" and not TODAY <= row.card_expiry <= TODAY + timedelta(days=30)
        )

    found = [row for row in world.rows if wanted(row)]
    found.sort(key=lambda row: (vietnamese_sort_key(row.full_name), row.id))
    return [row.id for row in found]


def _all_pages(world: World, page_size: int, **filters: Any) -> list[int]:
    ids: list[int] = []
    cursor = None
    for _ in range(len(world.rows) + 2):
        page = reporters.reporter_page(
            world.db, ADMIN, after=cursor, limit=page_size, today=TODAY, **filters
        )
        assert len(page.rows) <= page_size
        ids += [row.id for row in page.rows]
        cursor = page.next_cursor
        if cursor is None:
            return ids
        assert len(page.rows) == page_size  # only the last page is short
    raise AssertionError("paging never ended")


PLAN_LIMITS = [(2000, 400, 12), (3, 1, 12), (3, 0, 1), (0, 0, 0)]

query_words_seen = st.sampled_from(
    [
        "n",
        "ng",
        "nguyen",
        "NGUYỄN",
        "thi",
        "thị anh",
        "anh",
        "ánh",
        "tu",
        "tuấn",
        "hoa",
        "hoà",
        "d",
        "đ",
        "dat",
        "an",
        "ăn",
        "0",
        "09",
        "038",
        "0001",
        "0001/bc",
        "50%",
        "50%_",
        "_",
        "zoe",
        "guyen",
        "nguyen van",
        "thu nga",
        "",
        "   ",
    ]
)


def _set_limits(patch: pytest.MonkeyPatch, limits: tuple[int, int, int]) -> None:
    few, small, words = limits
    patch.setattr(reporter_search, "FEW_ROWS", few)
    patch.setattr(reporter_search, "SMALL_ROWS", small)
    patch.setattr(reporter_search, "MAX_PREFIX_WORDS", words)


queries = st.one_of(
    query_words_seen,
    st.lists(query_words_seen, max_size=3).map(" ".join),
    st.text(alphabet="ngyuêaănhtđ0 9%_", max_size=6),
)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    query=queries,
    filter_choice=st.integers(0, 5),
    page_size=st.sampled_from([1, 3, 7, 100]),
    limits=st.sampled_from(PLAN_LIMITS),
)
def test_every_plan_pages_through_exactly_the_reference_rows(
    world: World,
    query: str,
    filter_choice: int,
    page_size: int,
    limits: tuple[int, int, int],
) -> None:
    filters: dict[str, Any] = [
        {},
        {"agency_id": world.agency_ids[2]},
        {"status": "suspended"},
        {"status": "active", "agency_id": world.agency_ids[0]},
        {"card": "expired"},
        {"card": "expiring", "status": "active"},
    ][filter_choice]
    with pytest.MonkeyPatch.context() as patch:
        _set_limits(patch, limits)
        expected = _reference(world, query, **filters)
        assert _all_pages(world, page_size, query=query, **filters) == expected
        counted = reporters.count_reporters(world.db, ADMIN, query=query, today=TODAY, **filters)
        assert counted == len(expected)
        for at_most in (2, page_size):
            capped = reporters.count_reporters(
                world.db, ADMIN, query=query, today=TODAY, at_most=at_most, **filters
            )
            assert capped == min(at_most, len(expected))


@pytest.mark.parametrize("limits", PLAN_LIMITS)
def test_offsets_give_the_same_pages_as_cursors(world: World, limits: tuple[int, int, int]) -> None:
    with pytest.MonkeyPatch.context() as patch:
        _set_limits(patch, limits)
        for query in ("", "n", "thi", "tu"):
            expected = _reference(world, query)
            for offset in (0, 1, 5, len(expected) - 1, len(expected), len(expected) + 3):
                page = reporters.reporter_page(
                    world.db, ADMIN, query=query, offset=max(0, offset), limit=4
                )
                assert [r.id for r in page.rows] == expected[max(0, offset) : max(0, offset) + 4]
                assert (page.next_cursor is None) == (max(0, offset) + 4 >= len(expected))


def test_the_list_is_in_vietnamese_order_with_ties_by_id(world: World) -> None:
    listed = reporters.list_reporters(world.db, ADMIN)
    assert [r.id for r in listed] == _reference(world)
    twins = [r.id for r in listed if r.full_name == "Nguyễn Thị Ánh"]
    assert len(twins) == 2 and twins == sorted(twins)
    names = [r.full_name for r in listed]
    assert names.index("Lê Anh") < names.index("Trần Anh") < names.index("Lê Ánh")


def test_old_functions_keep_their_contract(world: World) -> None:
    assert [r.id for r in reporters.search_reporters(world.db, ADMIN, "thi", limit=5)] == (
        _reference(world, "thi")[:5]
    )
    assert [r.id for r in reporters.list_reporters(world.db, ADMIN, limit=3)] == (
        _reference(world)[:3]
    )
    by_agency = reporters.list_reporters(world.db, ADMIN, agency_id=world.agency_ids[1])
    assert [r.id for r in by_agency] == _reference(world, agency_id=world.agency_ids[1])


def test_page_rows_carry_the_list_columns_and_live_passes(world: World) -> None:
    rows = {r.id: r for r in reporters.list_reporters(world.db, ADMIN)}
    for row in world.rows:
        summary = rows[row.id]
        assert (summary.full_name, summary.agency_id, summary.status, summary.card_expiry) == (
            row.full_name,
            row.agency_id,
            row.status,
            row.card_expiry,
        )
        assert summary.live_passes == world.live_passes.get(row.id, 0)
    assert sorted(set(world.live_passes.values())) == [0, 1, 2]  # revoked ones do not count
    later = datetime.now(UTC) + timedelta(days=30)  # every pass has ended by then
    page = reporters.reporter_page(world.db, ADMIN, limit=1000, now=later)
    assert all(r.live_passes == 0 for r in page.rows)


def test_a_page_is_a_fixed_number_of_statements_and_never_reads_photos(world: World) -> None:
    statements: list[str] = []

    def record(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        statements.append(statement)

    event.listen(world.db.engine, "before_cursor_execute", record)
    try:
        counts = []
        for limit in (2, 50):
            for query in ("", "thi", "tu", "0001"):
                statements.clear()
                reporters.reporter_page(world.db, ADMIN, query=query, limit=limit)
                counts.append((query, len(statements)))
                assert not any("photo" in s for s in statements)
    finally:
        event.remove(world.db.engine, "before_cursor_execute", record)
    by_query: dict[str, set[int]] = {}
    for query, count in counts:
        by_query.setdefault(query, set()).add(count)
    assert all(len(c) == 1 for c in by_query.values()), counts  # page size changes nothing
    assert max(count for _, count in counts) <= 4, counts


def test_card_filters_use_dates_in_vietnam(world: World) -> None:
    expired = reporters.list_reporters(world.db, ADMIN, card="expired", today=TODAY)
    assert {r.card_expiry for r in expired} == {TODAY - timedelta(400), TODAY - timedelta(1)}
    expiring = reporters.list_reporters(world.db, ADMIN, card="EXPIRING", today=TODAY)
    assert {r.card_expiry for r in expiring} == {TODAY, TODAY + timedelta(30)}


@pytest.mark.parametrize(
    ("arguments", "code"),
    [
        ({"limit": 0}, "page_size_out_of_range"),
        ({"limit": 1001}, "page_size_out_of_range"),
        ({"offset": -1}, "page_offset_negative"),
        ({"card": "soon"}, "invalid_choice"),
        ({"status": "retired"}, "invalid_choice"),
    ],
)
def test_bad_paging_and_filters_are_refused(
    world: World, arguments: dict[str, Any], code: str
) -> None:
    with pytest.raises(ValidationError) as refused:
        reporters.reporter_page(world.db, ADMIN, **arguments)
    assert refused.value.code == code
    assert "{" not in refused.value.message("vi") and "{" not in refused.value.message("en")


def _plan(world: World, query: str = "", **filters: Any) -> str:
    criteria = reporters.criteria_for(query=query, today=TODAY, **filters)
    with world.db.reading() as session:
        return page_plan(session, criteria, after=None, offset=0, limit=10).name


def test_the_planner_picks_the_plan_that_reads_a_page(
    world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    blacklisted = len(_reference(world, status="blacklisted"))
    assert 0 < blacklisted < len(_reference(world, "tu"))
    _set_limits(monkeypatch, (blacklisted, 2, 3))
    assert _plan(world) == "list order"
    assert _plan(world, "0001/bc") == "few: word"  # one card number
    assert _plan(world, "tu") == "word order: 2"  # Tú and Tuấn: given names, together in the list
    assert _plan(world, "09") == "list order: all"  # every phone number: spread through the list
    assert _plan(world, "09", status="blacklisted") == "few: status"
    assert _plan(world, "tu", status="blacklisted") == "few: status"
    assert _plan(world, "09", agency_id=world.agency_ids[0]) == "list order: agency"
    assert _plan(world, "09", card="expiring") == "list order: all"
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(reporter_search, "FEW_ROWS", len(_reference(world, card="expired")))
        assert _plan(world, "09", card="expired") == "few: card"


def _count_plan(world: World, query: str = "", at_most: int | None = None, **filters: Any) -> str:
    criteria = reporters.criteria_for(query=query, today=TODAY, **filters)
    with world.db.reading() as session:
        return count_plan(session, criteria, at_most).name


def test_a_capped_count_reads_about_as_many_matches_as_it_counts(
    world: World, database_backend: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A capped count of a common word must stop near ``at_most``: PostgreSQL deduplicates every
    entry of the word before a ``DISTINCT … LIMIT`` stops (SQLite streams it in index order)."""
    _set_limits(monkeypatch, (3, 1, 3))
    monkeypatch.setattr(reporter_search, "MANY_ROWS", 5)
    on_sqlite = database_backend == "sqlite"
    assert _count_plan(world, "0001/bc", at_most=5) == "word"  # one card number: read it whole
    assert _count_plan(world, "tu", at_most=5) == ("word" if on_sqlite else "word order: 2")
    assert _count_plan(world, "nguyen", at_most=5, status="active") == (
        "word" if on_sqlite else "word order: 1"
    )
    # every phone number: the rows meet 5 matches at once
    assert _count_plan(world, "09", at_most=5) == ("word" if on_sqlite else "rows")
    assert _count_plan(world, "tu") == "scan"  # exact: every match is read anyway
    for query, filters in [("tu", {}), ("nguyen", {"status": "active"}), ("09", {})]:
        expected = len(_reference(world, query, **filters))
        for at_most in (1, 5, expected, expected + 1):
            counted = reporters.count_reporters(
                world.db, ADMIN, query=query, today=TODAY, at_most=at_most, **filters
            )
            assert counted == min(at_most, expected)


def _explain(world: World, query: str = "", **filters: Any) -> str:
    criteria = reporters.criteria_for(query=query, today=TODAY, **filters)
    with world.db.reading() as session:
        plan = page_plan(session, criteria, after=None, offset=0, limit=10)
        connection = session.connection()
        compiled = plan.statement.compile(connection, compile_kwargs={"render_postcompile": True})
        parameters = compiled.construct_params(plan.params)
        values = tuple(
            value.isoformat() if isinstance(value, date) else value
            for value in (parameters[name] for name in compiled.positiontup or ())
        )
        rows = connection.exec_driver_sql("EXPLAIN QUERY PLAN " + str(compiled), values)
        return "\n".join(str(r[-1]) for r in rows)


def _page_sql(world: World, query: str = "", **filters: Any) -> str:
    criteria = reporters.criteria_for(query=query, today=TODAY, **filters)
    with world.db.reading() as session:
        plan = page_plan(session, criteria, after=None, offset=0, limit=10)
        return str(plan.statement.compile(session.connection())).lower()


def test_the_index_hint_is_for_sqlite_only(
    world: World, database_backend: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """SQLite plans by rules, so a filter that must not drive is hidden from its planner; hidden
    from PostgreSQL's, the filter would be guessed at 0.5 % of the rows and the plan sort them all."""
    monkeypatch.setattr(reporter_search, "FEW_ROWS", len(_reference(world, card="expired")))
    walks = [
        _page_sql(world, "09", agency_id=world.agency_ids[0], status="active"),
        _page_sql(world, "09", card="expired"),
    ]
    for sql in walks:
        assert ("coalesce" in sql) == (database_backend == "sqlite")
    # a word probe joins on the reporter alone on PostgreSQL (see reporter_search._tests)
    _set_limits(monkeypatch, (0, 0, 12))
    probe = _page_sql(world, "nguyen thi")
    assert "probe_0" in probe
    assert ("probe_0.sort_key" in probe) == (database_backend == "sqlite")


@pytest.mark.sqlite_only("SQLite's query plans (PostgreSQL plans by its statistics)")
def test_sqlite_follows_the_chosen_index(world: World, monkeypatch: pytest.MonkeyPatch) -> None:
    """The plans hold on SQLite: walks need no sort, 'few' reads go through their own index."""
    monkeypatch.setattr(reporter_search, "FEW_ROWS", len(_reference(world, card="expired")))
    monkeypatch.setattr(reporter_search, "MAX_PREFIX_WORDS", 3)
    walk = _explain(world, "09")
    assert "ix_reporters_sort_key" in walk and "TEMP B-TREE" not in walk
    by_agency = _explain(world, "09", agency_id=world.agency_ids[0], status="active")
    assert "ix_reporters_agency_sort_key" in by_agency and "TEMP B-TREE" not in by_agency
    few_card = _explain(world, "09", card="expired")
    assert "ix_reporters_card_expiry" in few_card
    _set_limits(monkeypatch, (0, 0, 3))
    word_order = _explain(world, "tu")
    assert "SCAN reporters" not in word_order and "PRIMARY KEY (word=?)" in word_order


# --- the derived columns follow every write ------------------------------------------------


def _words(db: Database, reporter_id: int) -> list[tuple[str, bytes]]:
    with db.reading() as session:
        return sorted(
            session.execute(
                select(ReporterWord.word, ReporterWord.sort_key).where(
                    ReporterWord.reporter_id == reporter_id
                )
            ).all()
        )


def _stored(db: Database, reporter_id: int) -> tuple[str, bytes, str]:
    with db.reading() as session:
        row = session.get(Reporter, reporter_id)
        assert row is not None
        return row.full_name, row.sort_key, row.search_key


def _assert_derived(db: Database, reporter_id: int) -> None:
    name, sort_key, key = _stored(db, reporter_id)
    assert sort_key == vietnamese_sort_bytes(name)
    assert _words(db, reporter_id) == [(word, sort_key) for word in search_words(key)]


@pytest.fixture
def agency(db: Database) -> int:
    return agencies.add_agency(db, SYSTEM, name="Báo Thanh Hóa", kind="print")


def test_sort_key_and_words_follow_add_update_and_rename(db: Database, agency: int) -> None:
    reporter_id = reporters.add_reporter(
        db,
        SYSTEM,
        full_name="Nguyễn Thị Ánh",
        agency_id=agency,
        card_no="12/BC",
        card_expiry="2030-01-01",
        phone="0912345678",
    )
    _assert_derived(db, reporter_id)
    assert [w for w, _ in _words(db, reporter_id)] == [
        "0912345678",
        "12/bc",
        "anh",
        "nguyen",
        "thi",
    ]
    reporters.update_reporter(db, SYSTEM, reporter_id, full_name="Trần Thị Ánh Tuyết")
    _assert_derived(db, reporter_id)
    reporters.update_reporter(db, SYSTEM, reporter_id, phone=None, citizen_id="038123456789")
    _assert_derived(db, reporter_id)
    assert "0912345678" not in [w for w, _ in _words(db, reporter_id)]
    before = _words(db, reporter_id)
    reporters.set_status(db, SYSTEM, reporter_id, "suspended", "thẻ bị thu hồi")
    assert _words(db, reporter_id) == before
    found = reporters.search_reporters(db, SYSTEM, "tuyet 0381")
    assert [r.id for r in found] == [reporter_id]
    assert reporters.search_reporters(db, SYSTEM, "nguyen") == []


def test_a_row_written_without_the_services_gets_its_keys_too(db: Database, agency: int) -> None:
    """A station import writes reporters through the ORM directly: the hooks still fill them."""
    with db.transaction(SYSTEM) as session:
        reporter = Reporter(
            id=500,
            full_name="Lê Văn Tám",
            agency_id=agency,
            card_no="9/BC",
            card_no_key="9/BC",
            card_expiry=date(2030, 1, 1),
            search_key=search_key("Lê Văn Tám", "9/BC"),
        )
        session.add(reporter)
    _assert_derived(db, 500)
    with db.transaction(SYSTEM) as session:
        stored = session.get(Reporter, 500)
        assert stored is not None
        stored.full_name = "Lê Văn Tâm"
        stored.search_key = search_key(stored.full_name, stored.card_no)
    _assert_derived(db, 500)
    assert [r.id for r in reporters.search_reporters(db, SYSTEM, "tam")] == [500]


def _reporter(number: int, name: str, agency: int) -> Reporter:
    card = f"{number}/BC"
    return Reporter(
        id=number,
        full_name=name,
        agency_id=agency,
        card_no=card,
        card_no_key=card,
        card_expiry=date(2030, 1, 1),
        search_key=search_key(name, card),
    )


def test_the_words_of_a_whole_flush_are_written_in_one_statement(db: Database, agency: int) -> None:
    """An import adds thousands of reporters in one flush: one statement per reporter for its
    words is a round trip each on PostgreSQL. Inserts, renames, a mix of both and deletions
    keep the words exact, each kind in a single statement per flush."""
    statements: list[str] = []

    def seen(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        if "reporter_words" in statement:
            statements.append(statement.split()[0].upper())

    event.listen(db.engine, "before_cursor_execute", seen)
    try:
        names = ["Lê Văn Tám", "Nguyễn Thị Ánh", "Trần Văn Bình", "Phạm Thu Hà", "Lê Văn Tám"]
        with db.transaction(SYSTEM) as session:
            session.add_all(_reporter(600 + n, name, agency) for n, name in enumerate(names))
        assert statements == ["INSERT"]
        for number in range(600, 605):
            _assert_derived(db, number)
        statements.clear()
        with db.transaction(SYSTEM) as session:
            renames = [(600, "Lê Văn Tâm"), (601, "Nguyễn Thị Ánh Tuyết"), (602, "Bình")]
            loaded = {r.id: r for r in session.scalars(select(Reporter).where(Reporter.id < 603))}
            statements.clear()  # one flush from here: the commit's
            for number, name in renames:
                stored = loaded[number]
                stored.full_name = name
                stored.search_key = search_key(name, stored.card_no)
            session.add(_reporter(605, "Đỗ Minh Khoa", agency))
        assert sorted(statements) == ["DELETE", "INSERT"]
        for number in range(600, 606):
            _assert_derived(db, number)
        assert sorted(r.id for r in reporters.search_reporters(db, SYSTEM, "tam")) == [600, 604]
        assert [r.id for r in reporters.search_reporters(db, SYSTEM, "tuyet")] == [601]
        assert reporters.search_reporters(db, SYSTEM, "tran") == []
        statements.clear()
        with db.transaction(SYSTEM) as session:
            doomed = list(session.scalars(select(Reporter).where(Reporter.id.in_([603, 605]))))
            statements.clear()
            for stored in doomed:
                session.delete(stored)
        assert statements == ["DELETE"]
        assert _words(db, 603) == [] and _words(db, 605) == []
        assert reporters.search_reporters(db, SYSTEM, "khoa") == []
        _assert_derived(db, 604)
    finally:
        event.remove(db.engine, "before_cursor_execute", seen)


def test_the_audit_trail_records_the_reporter_not_its_index_rows(db: Database, agency: int) -> None:
    reporters.add_reporter(
        db,
        SYSTEM,
        full_name="Lê Văn Tám",
        agency_id=agency,
        card_no="1/BC",
        card_expiry="2030-01-01",
    )
    with db.reading() as session:
        entities = set(session.execute(select(AuditEntry.entity)).scalars())
        words = session.execute(select(func.count()).select_from(ReporterWord)).scalar_one()
    assert "reporters" in entities and "reporter_words" not in entities
    assert words == 4  # le, van, tam, 1/bc


@given(st.lists(st.sampled_from(GIVEN + FAMILY + MIDDLE + ["Zoë", "Ân", "X"]), min_size=1))
def test_the_folded_words_of_a_name_are_what_a_query_finds(words: list[str]) -> None:
    key = search_key(" ".join(words))
    assert search_words(key) == sorted({fold(w) for w in words})


def test_count_of_everything_and_of_filters(world: World) -> None:
    assert reporters.count_reporters(world.db, ADMIN) == len(world.rows)
    assert reporters.count_reporters(world.db, ADMIN, at_most=5) == 5
    for status in ("active", "suspended", "blacklisted"):
        expected = len(_reference(world, status=status))
        assert reporters.count_reporters(world.db, ADMIN, status=status) == expected
