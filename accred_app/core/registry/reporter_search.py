"""Which index answers a reporter list request, and the SQL that reads one page of it.

A page is "the first ``limit`` reporters after a cursor, in Vietnamese list order, that match every
query word and every filter". Three plans answer it, each reading about a page's worth of index
entries rather than every match (``docs/architecture.md``, "Reporter lists and search"):

* **word order** — a query word that spans at most :data:`MAX_PREFIX_WORDS` index words
  (``tu`` → ``tu``, ``tuan``): each index word's ``reporter_words`` entries are already in list
  order (primary key ``word, sort_key, reporter_id``), so the page is the merge of their first
  entries. This keeps given names fast: "tu" matches only people called Tú or Tuấn, who sit
  together near the end of the list, where a walk down the list would reach them last.
* **few** — some condition matches few rows (a card number, a phone prefix, blacklisted
  reporters, cards expiring this month): read those rows through that condition's index and sort
  them; cheap because they are few.
* **list order** — otherwise (no query word, or only prefixes of hundreds of words such as ``09``
  that begins every phone number): walk the list-order index (by agency or status when filtered)
  and test each row; such matches are common and spread through the list, so a page is near.

Other query words are tested per row through the words index (an ``EXISTS`` on its primary key
on SQLite, on ``ix_reporter_words_reporter`` on PostgreSQL: no row is read), or with ``LIKE``
on the search key when they span too many index words.

Statements are built once per shape (plan, number of words, filters present, cursor or not) with
bound parameters and reused: building a statement of this size costs more than running it.

The database is not left to choose: SQLite keeps no statistics here and would pick by rules that
go badly for some of these cases. Conditions that must not drive a plan are written through
:func:`_unindexed`, which hides the column from SQLite's planner; PostgreSQL, which keeps
statistics, sees the bare column and picks between the walk and the filter's index itself. Apart
from that (and the word probe, :func:`_tests`) the SQL is the same on both; word ranges compare
code points (``models.BinaryText``) and sort keys compare bytes, so no collation is involved
anywhere.

Semantics are exactly those of :func:`accred_app.core.text.matches`: the words index holds the
words of ``search_key``, and a query word finds the words in its prefix range.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Date,
    Integer,
    LargeBinary,
    Select,
    and_,
    bindparam,
    exists,
    func,
    literal,
    select,
    true,
    tuple_,
    union,
)
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import Session, aliased
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.visitors import InternalTraversal

from accred_app.core.models import Reporter, ReporterStatus, ReporterWord
from accred_app.core.text import like_patterns, word_prefix_range

#: A condition matching at most this many rows may be read whole and sorted (the "few" plan).
FEW_ROWS = 2000
#: Below this many entries a query word is read whole even when "word order" could page it.
SMALL_ROWS = 400
#: With several query words, their entries are counted up to this many to choose the driver.
MANY_ROWS = 10000
#: The "word order" plan merges at most this many index words for one query word.
MAX_PREFIX_WORDS = 12

FILTERS = ("agency", "status", "card")


@dataclass(frozen=True, slots=True)
class ReporterCriteria:
    """What a list asks for, already validated: folded query words and filters."""

    words: tuple[str, ...] = ()
    agency_id: int | None = None
    status: ReporterStatus | None = None
    card_from: date | None = None  # card expiry on or after this day
    card_to: date | None = None  # card expiry on or before this day

    @property
    def has_card_range(self) -> bool:
        return self.card_from is not None or self.card_to is not None

    def filters(self) -> tuple[str, ...]:
        present = {
            "agency": self.agency_id is not None,
            "status": self.status is not None,
            "card": self.has_card_range,
        }
        return tuple(kind for kind in FILTERS if present[kind])

    @property
    def is_everything(self) -> bool:
        return not self.words and not self.filters()


@dataclass(frozen=True, slots=True)
class ReporterCursor:
    """A place in list order, just after a row: that reporter's sort key and id. Pass a page's
    ``next_cursor`` back to get the page after it; keep it only as long as the list is shown."""

    sort_key: bytes
    id: int


@dataclass(frozen=True, slots=True)
class _Word:
    """A query word as the index sees it."""

    text: str
    entries: int  # index entries in its prefix range, counted up to FEW_ROWS + 1 (beyond it only "many" matters)
    index_words: tuple[str, ...] | None  # the words it spans; None: more than MAX_PREFIX_WORDS

    @property
    def test(self) -> str:
        """How a row is tested for it: a words-index probe, or LIKE on the search key."""
        return "like" if self.index_words is None else "probe"


@dataclass(frozen=True, slots=True)
class _Filter:
    kind: str  # one of FILTERS
    rows: int  # counted up to FEW_ROWS + 1 (beyond it only "many" matters)


@dataclass(frozen=True, slots=True)
class _Shape:
    """Everything a statement's SQL depends on; the values go in as parameters."""

    plan: str  # "all", "few words", "word order", "reporters", "count words", "count reporters"
    tests: tuple[str, ...] = ()  # per query word not driving the plan: "probe" or "like"
    filters: tuple[str, ...] = ()  # filters present
    driving: frozenset[str] = frozenset()  # filters that may use their index
    card: tuple[bool, bool] = (False, False)  # card range has a lower / an upper bound
    open_range: bool = False  # the driving word's range has no upper bound
    members: int = 0  # "word order": index words merged
    after: bool = False  # a cursor is given


@dataclass(slots=True)
class Plan:
    """A chosen plan: the statement listing ``(sort_key, reporter_id)`` in list order (or the
    matching ids, for a count), its parameters, and its name for tests and benchmarks."""

    name: str
    statement: Select[bytes, int]
    params: dict[str, Any] = field(default_factory=dict)


class _Unindexed(ColumnElement[Any]):
    """A column that SQLite's planner must not use an index for (see :func:`_unindexed`)."""

    inherit_cache = True
    # SQLAlchemy declares it a list
    _traverse_internals = [("column", InternalTraversal.dp_clauseelement)]  # noqa: RUF012

    def __init__(self, column: Any) -> None:
        self.column = column
        self.type = column.type


@compiles(_Unindexed)
def _unindexed_elsewhere(element: _Unindexed, compiler: SQLCompiler, **kw: Any) -> str:
    return compiler.process(element.column, **kw)


@compiles(_Unindexed, "sqlite")
def _unindexed_on_sqlite(element: _Unindexed, compiler: SQLCompiler, **kw: Any) -> str:
    return compiler.process(func.coalesce(element.column, element.column), **kw)


class _OnSQLite(ColumnElement[bool]):
    """A condition SQLite is given and PostgreSQL is not (see :func:`_tests`)."""

    inherit_cache = True
    _is_implicitly_boolean = True  # already a condition: no "= 1" appended where booleans are ints
    _traverse_internals = [("condition", InternalTraversal.dp_clauseelement)]  # noqa: RUF012

    def __init__(self, condition: ColumnElement[bool]) -> None:
        self.condition = condition
        self.type = condition.type


@compiles(_OnSQLite)
def _on_sqlite_elsewhere(_element: _OnSQLite, compiler: SQLCompiler, **kw: Any) -> str:
    return compiler.process(true(), **kw)


@compiles(_OnSQLite, "sqlite")
def _on_sqlite(element: _OnSQLite, compiler: SQLCompiler, **kw: Any) -> str:
    return compiler.process(element.condition, **kw)


def _unindexed(column: Any) -> Any:
    """``column`` as SQLite's planner sees no index for (it plans an index only for a bare
    column), so a condition on it filters rows without choosing the plan. PostgreSQL gets the
    bare column: it plans by its statistics, and an expression would make it guess the
    condition's selectivity (0.5 % of the rows) and sort a whole driving set rather than walk
    the list order and stop at the page."""
    return _Unindexed(column)


def _word_range(column: Any, open_range: bool, name: str = "low") -> ColumnElement[bool]:
    if open_range:
        return column >= bindparam(name)  # type: ignore[no-any-return]
    return and_(column >= bindparam(name), column < bindparam(name.replace("low", "high")))


def _range_params(word: str, name: str = "low") -> tuple[bool, dict[str, Any]]:
    low, high = word_prefix_range(word)
    if high is None:
        return True, {name: low}
    return False, {name: low, name.replace("low", "high"): high}


def _filter_condition(shape: _Shape, kind: str) -> ColumnElement[bool]:
    indexed = kind in shape.driving
    if kind == "agency":
        column = Reporter.agency_id if indexed else _unindexed(Reporter.agency_id)
        return column == bindparam("agency_id", type_=Integer)
    if kind == "status":
        column = Reporter.status if indexed else _unindexed(Reporter.status)
        return column == bindparam("status", type_=Reporter.status.type)
    column = Reporter.card_expiry if indexed else _unindexed(Reporter.card_expiry)
    has_from, has_to = shape.card
    return and_(
        true(),
        *([column >= bindparam("card_from", type_=Date)] if has_from else []),
        *([column <= bindparam("card_to", type_=Date)] if has_to else []),
    )


def _tests(
    shape: _Shape, sort_key: Any, reporter_id: Any
) -> tuple[list[ColumnElement[bool]], bool]:
    """The per-row conditions of ``shape`` for a row given by its sort key and id columns, and
    whether they need the ``reporters`` row (LIKE and the filters do; a probe does not).

    A probe is one index search either way. SQLite is given the sort key too and kept off the
    index by reporter, so that it searches the primary key, where rows walked in list order
    probe neighbouring pages (the index by reporter puts them all over the file: two to three
    times slower there). PostgreSQL joins on
    the reporter alone, through the index by reporter: given the sort key as well, it takes the
    two equal columns for independent, expects a single match, and plans a hash join and a sort
    of every candidate instead of a walk that stops at the page."""
    conditions: list[ColumnElement[bool]] = []
    for number, test in enumerate(shape.tests):
        if test == "like":
            pattern = bindparam(f"like_{number}", type_=Reporter.search_key.type)
            conditions.append(Reporter.search_key.like(pattern, escape="\\"))
        else:
            probe = aliased(ReporterWord, name=f"probe_{number}")
            conditions.append(
                exists().where(
                    probe.word.in_(bindparam(f"words_{number}", expanding=True)),
                    _OnSQLite(probe.sort_key == sort_key),
                    _unindexed(probe.reporter_id) == reporter_id,
                )
            )
    conditions += [_filter_condition(shape, kind) for kind in shape.filters]
    return conditions, "like" in shape.tests or bool(shape.filters)


def _after(shape: _Shape, columns: tuple[Any, Any]) -> ColumnElement[bool]:
    if not shape.after:
        return true()
    return tuple_(*columns) > tuple_(
        bindparam("after_key", type_=LargeBinary), bindparam("after_id", type_=Integer)
    )


def _entries(
    shape: _Shape, driver: Callable[[Any], ColumnElement[bool]]
) -> tuple[Any, Select[bytes, int]]:
    """Words-index entries matching ``driver`` with the shape's other tests (not yet ordered)."""
    entry = aliased(ReporterWord, name="entry")
    tests, needs_row = _tests(shape, entry.sort_key, entry.reporter_id)
    statement = select(entry.sort_key, entry.reporter_id).where(
        driver(entry.word), _after(shape, (entry.sort_key, entry.reporter_id)), *tests
    )
    if needs_row:
        statement = statement.join(Reporter, Reporter.id == entry.reporter_id)
    return entry, statement


def _equals(value: Any) -> Callable[[Any], ColumnElement[bool]]:
    def condition(column: Any) -> ColumnElement[bool]:
        return column == value  # type: ignore[no-any-return]

    return condition


@lru_cache(maxsize=256)
def _statement(shape: _Shape) -> Select[bytes, int]:
    """The statement of one shape, built once (see the module docstring)."""
    statement: Select[bytes, int]
    if shape.plan in ("few words", "count words"):
        entry, found = _entries(shape, lambda column: _word_range(column, shape.open_range))
        if shape.plan == "count words":
            return found.distinct()
        statement = found.distinct().order_by(entry.sort_key, entry.reporter_id)
    elif shape.plan == "word order":
        members = []
        for number in range(shape.members):
            index_word = bindparam(f"index_word_{number}", type_=ReporterWord.word.type)
            entry, member = _entries(shape, _equals(index_word))
            inner = (
                member.order_by(entry.sort_key, entry.reporter_id)
                .limit(bindparam("depth", type_=Integer))
                .subquery()
            )
            members.append(select(inner.c.sort_key, inner.c.reporter_id))
        merged = (members[0] if len(members) == 1 else union(*members)).subquery("merged")
        statement = select(merged.c.sort_key, merged.c.reporter_id).order_by(
            merged.c.sort_key, merged.c.reporter_id
        )
    else:  # "all", "reporters", "count reporters": rows of reporters
        tests, _ = _tests(shape, Reporter.sort_key, Reporter.id)
        statement = select(Reporter.sort_key, Reporter.id.label("reporter_id")).where(
            *tests, _after(shape, (Reporter.sort_key, Reporter.id))
        )
        if shape.plan == "count reporters":
            return statement
        if "card" in shape.driving:  # an unindexed order makes the card-expiry range the way in
            statement = statement.order_by(_unindexed(Reporter.sort_key), Reporter.id)
        else:
            statement = statement.order_by(Reporter.sort_key, Reporter.id)
    return statement.offset(bindparam("page_offset", type_=Integer)).limit(
        bindparam("page_limit", type_=Integer)
    )


@lru_cache(maxsize=8)
def _count_statement(kind: str, open_range: bool = False) -> Select[Any]:
    """Counts that choose a plan: index entries of a word, or rows of a filter, up to a cap.
    A card range is counted with both bounds (an open one as the calendar's first or last day)."""
    if kind == "word":
        counted: Select[Any] = select(ReporterWord.reporter_id).where(
            _word_range(ReporterWord.word, open_range)
        )
    else:
        shape = _Shape("count reporters", driving=frozenset({kind}), card=(True, True))
        counted = select(Reporter.id).where(_filter_condition(shape, kind))
    limited = counted.limit(bindparam("cap", type_=Integer)).subquery()
    return select(func.count()).select_from(limited)


@lru_cache(maxsize=2)
def _index_words_statement(open_range: bool) -> Select[Any]:
    """The index words of a prefix, at most ``MAX_PREFIX_WORDS + 1``, found by hopping from one
    to the next in a recursive query rather than reading every entry."""
    below_high = true() if open_range else ReporterWord.word < bindparam("high")
    first = select(
        func.min(ReporterWord.word).label("word"), literal(1, Integer).label("depth")
    ).where(_word_range(ReporterWord.word, open_range))
    found = first.cte("prefix_words", recursive=True)
    following = select(
        select(func.min(ReporterWord.word))
        .where(ReporterWord.word > found.c.word, below_high)
        .scalar_subquery(),
        found.c.depth + 1,
    ).where(found.c.word.is_not(None), found.c.depth <= bindparam("most", type_=Integer))
    found = found.union_all(following)
    return select(found.c.word).where(found.c.word.is_not(None)).order_by(found.c.word)


def _count_entries(session: Session, word: str, cap: int) -> int:
    open_range, params = _range_params(word)
    statement = _count_statement("word", open_range)
    return int(session.connection().execute(statement, {**params, "cap": cap}).scalar_one())


def _count_rows(session: Session, criteria: ReporterCriteria, kind: str, cap: int) -> int:
    params = {
        **_filter_params(criteria),
        "cap": cap,
        "card_from": criteria.card_from or date.min,
        "card_to": criteria.card_to or date.max,
    }
    return int(session.connection().execute(_count_statement(kind), params).scalar_one())


def _describe(session: Session, criteria: ReporterCriteria) -> tuple[list[_Word], list[_Filter]]:
    """How many rows each condition matches (up to a cap) and which index words each query word
    spans. When several conditions are all common, they are counted further, because the walk
    driven by one tests the others on each row, and reads to the end when the page is not filled:
    the least common must drive ("thi anh": the Anh and Ánh, not every Thị; agency 3 and
    "nguyen": the agency's reporters, not every Nguyễn). Each further count stops at the smallest
    so far."""
    entries = {text: _count_entries(session, text, FEW_ROWS + 1) for text in criteria.words}
    filter_rows = {
        kind: _count_rows(session, criteria, kind, FEW_ROWS + 1) for kind in criteria.filters()
    }
    counts = [*entries.values(), *filter_rows.values()]
    if len(counts) > 1 and min(counts) > FEW_ROWS:  # all common: which is least common?
        smallest = MANY_ROWS
        for kind in filter_rows:
            filter_rows[kind] = _count_rows(session, criteria, kind, smallest + 1)
            smallest = min(smallest, filter_rows[kind])
        for text in criteria.words:
            entries[text] = _count_entries(session, text, smallest + 1)
            smallest = min(smallest, entries[text])
    words = []
    for text in criteria.words:
        index_words: tuple[str, ...] | None = ()
        if entries[text]:
            open_range, params = _range_params(text)
            index_words = tuple(
                session.connection()
                .execute(_index_words_statement(open_range), {**params, "most": MAX_PREFIX_WORDS})
                .scalars()
            )
            if len(index_words) > MAX_PREFIX_WORDS:
                index_words = None
        words.append(_Word(text, entries[text], index_words))
    filters = [_Filter(kind, rows) for kind, rows in filter_rows.items()]
    return words, filters


def _filter_params(criteria: ReporterCriteria) -> dict[str, Any]:
    return {
        "agency_id": criteria.agency_id,
        "status": criteria.status,
        "card_from": criteria.card_from,
        "card_to": criteria.card_to,
    }


def _plan(
    name: str,
    plan: str,
    criteria: ReporterCriteria,
    words: list[_Word],
    *,
    driver: _Word | None = None,
    driving: frozenset[str] = frozenset(),
    after: ReporterCursor | None = None,
    scan: bool = False,
) -> Plan:
    """Put a plan's shape and parameters together. ``scan``: every row is read anyway (a count
    over the rows), so other words are tested with LIKE on the row rather than probed."""
    params = _filter_params(criteria)
    tests: list[str] = []
    for word in words:
        if driver is not None and word.text == driver.text:
            continue
        number = len(tests)
        if word.index_words is None or scan:
            tests.append("like")
            (params[f"like_{number}"],) = like_patterns(word.text)
        else:
            tests.append("probe")
            params[f"words_{number}"] = list(word.index_words)
    open_range, members = False, 0
    if driver is not None and plan in ("few words", "count words"):
        open_range, range_params = _range_params(driver.text)
        params.update(range_params)
    elif driver is not None:
        members = len(driver.index_words or ())
        for number, index_word in enumerate(driver.index_words or ()):
            params[f"index_word_{number}"] = index_word
    if after is not None:
        params["after_key"], params["after_id"] = after.sort_key, after.id
    shape = _Shape(
        plan,
        tests=tuple(tests),
        filters=criteria.filters(),
        driving=driving,
        card=(criteria.card_from is not None, criteria.card_to is not None),
        open_range=open_range,
        members=members,
        after=after is not None,
    )
    return Plan(name, _statement(shape), params)


def page_plan(
    session: Session,
    criteria: ReporterCriteria,
    *,
    after: ReporterCursor | None,
    offset: int,
    limit: int,
) -> Plan:
    """The plan listing ``(sort_key, reporter_id)`` of the page's rows, in list order.

    It runs a few small index reads first to choose (see the module docstring).
    """
    if criteria.is_everything:
        plan = _plan("list order", "all", criteria, [], after=after)
    else:
        plan = _choose(session, criteria, after)
    plan.params.update(page_offset=offset, page_limit=limit, depth=offset + limit)
    return plan


def _choose(session: Session, criteria: ReporterCriteria, after: ReporterCursor | None) -> Plan:
    words, filters = _describe(session, criteria)
    rarest_word = min(words, key=lambda w: w.entries, default=None)
    rarest_filter = min(filters, key=lambda f: f.rows, default=None)
    if rarest_word is not None and (
        rarest_filter is None or rarest_word.entries <= rarest_filter.rows
    ):
        if rarest_word.index_words is not None and rarest_word.entries > SMALL_ROWS:
            name = f"word order: {len(rarest_word.index_words)}"
            return _plan(name, "word order", criteria, words, driver=rarest_word, after=after)
        if rarest_word.entries <= FEW_ROWS:
            return _plan("few: word", "few words", criteria, words, driver=rarest_word, after=after)
    elif rarest_filter is not None and rarest_filter.rows <= FEW_ROWS:
        kind = rarest_filter.kind
        driving = frozenset({kind})
        return _plan(f"few: {kind}", "reporters", criteria, words, driving=driving, after=after)
    in_order = [w for w in words if w.index_words]
    ordered = [f for f in filters if f.kind in ("agency", "status")]
    driver = min(in_order, key=lambda w: w.entries, default=None)
    walk_by = min(ordered, key=lambda f: f.rows, default=None)
    if driver is not None and (walk_by is None or driver.entries <= walk_by.rows):
        name = f"word order: {len(driver.index_words or ())}"
        return _plan(name, "word order", criteria, words, driver=driver, after=after)
    walk = walk_by.kind if walk_by is not None else None
    driving = frozenset({walk}) if walk else frozenset()
    return _plan(f"list order: {walk or 'all'}", "reporters", criteria, words, driving=driving,
                 after=after)  # fmt: skip


def count_plan(session: Session, criteria: ReporterCriteria, at_most: int | None) -> Plan:
    """The plan counting the matching reporters; with ``at_most``, one that stops there.

    An exact count reads every match whichever way. A capped one must read about ``at_most``
    matches and no more, as a page does: a common word (more than :data:`FEW_ROWS` entries) is
    counted through its index words in list order, merged as the "word order" page is, each
    stopping at ``at_most``; a word spanning too many index words to merge, through the rows
    (``LIKE``), which meet ``at_most`` matches soon when the word is that common. Only a word of
    at most :data:`MANY_ROWS` entries is read whole and deduplicated (``DISTINCT``), since
    PostgreSQL deduplicates every entry of the range before any ``LIMIT`` applies. SQLite's
    ``DISTINCT`` streams in index order and stops at the ``LIMIT``: there it stays the plan.
    """
    if criteria.is_everything:
        return _plan("everything", "count reporters", criteria, [])
    words, filters = _describe(session, criteria)
    rarest_word = min(words, key=lambda w: w.entries, default=None)
    rarest_filter = min(filters, key=lambda f: f.rows, default=None)
    word_first = rarest_word is not None and (
        rarest_filter is None or rarest_word.entries <= rarest_filter.rows
    )
    if word_first and rarest_word is not None and rarest_word.entries <= FEW_ROWS:
        return _plan("word", "count words", criteria, words, driver=rarest_word)
    if word_first and rarest_word is not None and at_most is not None:
        if session.get_bind().dialect.name == "sqlite":  # its DISTINCT stops at the LIMIT
            return _plan("word", "count words", criteria, words, driver=rarest_word)
        if rarest_word.index_words is not None:
            name = f"word order: {len(rarest_word.index_words)}"
            return _plan(name, "word order", criteria, words, driver=rarest_word)
        if _count_entries(session, rarest_word.text, MANY_ROWS + 1) <= MANY_ROWS:
            return _plan("word", "count words", criteria, words, driver=rarest_word)
        return _plan("rows", "count reporters", criteria, words, scan=True)
    if rarest_filter is not None and (rarest_filter.rows <= FEW_ROWS or at_most):
        driving = frozenset({rarest_filter.kind})
        return _plan("filter", "count reporters", criteria, words, driving=driving, scan=True)
    # every condition is broad and every match counts: one scan of the rows
    return _plan("scan", "count reporters", criteria, words, driving=frozenset(FILTERS), scan=True)


def count_matching(session: Session, criteria: ReporterCriteria, at_most: int | None) -> int:
    """How many reporters match; with ``at_most``, stop counting there (cheap for broad lists)."""
    if criteria.is_everything and at_most is None:
        return int(session.connection().execute(_count_everything()).scalar_one())
    plan = count_plan(session, criteria, at_most)
    if plan.name.startswith("word order"):  # the merged first ``at_most`` matches, counted
        plan.params.update(page_offset=0, page_limit=at_most, depth=at_most)
        counted = _counting(plan.statement, limited=False)
    else:
        counted = _counting(plan.statement, limited=at_most is not None)
    if at_most is not None:
        plan.params["at_most"] = at_most
    return int(session.connection().execute(counted, plan.params).scalar_one())


@lru_cache(maxsize=1)
def _count_everything() -> Select[int]:
    return select(func.count()).select_from(Reporter)


@lru_cache(maxsize=64)
def _counting(statement: Select[bytes, int], *, limited: bool) -> Select[int]:
    """``count(*)`` of a matching statement; ``limited``: of its first ``:at_most`` rows."""
    if limited:
        statement = statement.limit(bindparam("at_most", type_=Integer))
    return select(func.count()).select_from(statement.subquery())


__all__ = [
    "FEW_ROWS",
    "MANY_ROWS",
    "MAX_PREFIX_WORDS",
    "SMALL_ROWS",
    "Plan",
    "ReporterCriteria",
    "ReporterCursor",
    "count_matching",
    "count_plan",
    "page_plan",
]
