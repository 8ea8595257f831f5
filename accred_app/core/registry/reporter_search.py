"""Which index answers a reporter list request, and the SQL that reads one page of it.

A page is "the first ``limit`` reporters after a cursor, in Vietnamese list order, that match every
query word and every filter". Three plans answer it, each reading about a page's worth of index
entries instead of every match (``docs/architecture.md``, "Reporter lists and search"):

* **few** — some condition matches at most :data:`FEW_ROWS` rows (a rare word, a small agency,
  blacklisted reporters, cards expiring this month): read those rows through that condition's
  index and sort them. Cheap because they are few.
* **word order** — every condition matches many rows, and the query word with the fewest distinct
  index words (``tu`` → ``tu``, ``tuan``) has at most :data:`MAX_PREFIX_WORDS` of them: each of
  those words' ``reporter_words`` entries are already in list order (primary key
  ``word, sort_key, reporter_id``), so the page is the merge of their first ``limit`` entries. This
  is what keeps given names fast: "tu" matches only people called Tú or Tuấn, who sit together near
  the end of the list, so walking the list from the start would read most of it first.
* **list order** — otherwise (no query word, or a prefix of hundreds of words such as ``09`` that
  begins every phone number): walk the list-order index (by status or agency when filtered) and
  test each row. The matches are common and spread through the list, so a page is near.

The database is not left to choose: SQLite keeps no statistics here and would pick by rules that
go badly for some of these cases. Conditions that must not drive a plan are written through
:func:`_unindexed`, which hides the column from the planner on SQLite and PostgreSQL alike. The
SQL is the same on both; word ranges compare code points (``models.BinaryText``) and sort keys
compare bytes, so no collation is involved anywhere.

Semantics are exactly those of :func:`accred_app.core.text.matches`: the words index holds the
words of ``search_key``, and a query word finds the words in its prefix range.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Integer,
    LargeBinary,
    Select,
    and_,
    func,
    literal,
    select,
    true,
    tuple_,
    union,
)
from sqlalchemy.orm import Session

from accred_app.core.models import Reporter, ReporterStatus, ReporterWord
from accred_app.core.text import like_patterns, word_prefix_range

#: A condition matching at most this many rows is read whole and sorted (the "few" plan).
FEW_ROWS = 2000
#: The "word order" plan merges at most this many index words for one query word.
MAX_PREFIX_WORDS = 12


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

    @property
    def is_everything(self) -> bool:
        return (
            not self.words
            and self.agency_id is None
            and self.status is None
            and not self.has_card_range
        )


@dataclass(frozen=True, slots=True)
class ReporterCursor:
    """A place in list order, just after a row: that reporter's sort key and id. Pass a page's
    ``next_cursor`` back to get the page after it; keep it only as long as the list is shown."""

    sort_key: bytes
    id: int


def _unindexed(column: Any) -> Any:
    """``column`` as an expression no index matches (SQLite and PostgreSQL both plan an index
    only for a bare column), so a condition on it filters rows without choosing the plan."""
    return func.coalesce(column, column)


def _word_range(word: str) -> ColumnElement[bool]:
    low, high = word_prefix_range(word)
    if high is None:
        return ReporterWord.word >= low
    return and_(ReporterWord.word >= low, ReporterWord.word < high)


def _like(word: str) -> ColumnElement[bool]:
    (pattern,) = like_patterns(word)
    return Reporter.search_key.like(pattern, escape="\\")


def _card_condition(criteria: ReporterCriteria, column: Any) -> ColumnElement[bool]:
    conditions = []
    if criteria.card_from is not None:
        conditions.append(column >= criteria.card_from)
    if criteria.card_to is not None:
        conditions.append(column <= criteria.card_to)
    return and_(true(), *conditions)


ALL_FILTERS = frozenset({"agency", "status", "card"})


def _row_conditions(
    criteria: ReporterCriteria,
    *,
    skip_words: tuple[str, ...] = (),
    driving: str | frozenset[str] | None = None,
) -> list[ColumnElement[bool]]:
    """Per-row tests on ``reporters``: every query word not handled by the plan's index, every
    filter; only the ``driving`` filters ("agency", "status", "card") may use their index."""
    if isinstance(driving, str):
        driving = frozenset({driving})
    indexed = driving or frozenset()
    conditions: list[ColumnElement[bool]] = [
        _like(word) for word in criteria.words if word not in skip_words
    ]
    if criteria.agency_id is not None:
        column = Reporter.agency_id if "agency" in indexed else _unindexed(Reporter.agency_id)
        conditions.append(column == criteria.agency_id)
    if criteria.status is not None:
        column = Reporter.status if "status" in indexed else _unindexed(Reporter.status)
        conditions.append(column == criteria.status)
    if criteria.has_card_range:
        column = Reporter.card_expiry if "card" in indexed else _unindexed(Reporter.card_expiry)
        conditions.append(_card_condition(criteria, column))
    return conditions


def _after(columns: tuple[Any, Any], after: ReporterCursor | None) -> ColumnElement[bool]:
    if after is None:
        return true()
    return tuple_(*columns) > tuple_(
        literal(after.sort_key, LargeBinary), literal(after.id, Integer)
    )


def _bounded_count(session: Session, statement: Select[int], cap: int) -> int:
    limited = statement.limit(cap).subquery()
    return int(session.execute(select(func.count()).select_from(limited)).scalar_one())


@dataclass(frozen=True, slots=True)
class _Source:
    """A condition that could drive a plan, with how many rows it matches (capped)."""

    rows: int
    kind: str  # "word", "agency", "status", "card"
    word: str = ""


def _sources(session: Session, criteria: ReporterCriteria) -> list[_Source]:
    cap = FEW_ROWS + 1
    sources = [
        _Source(
            _bounded_count(session, select(ReporterWord.reporter_id).where(_word_range(w)), cap),
            "word",
            w,
        )
        for w in criteria.words
    ]
    filters: list[tuple[str, ColumnElement[bool]]] = []
    if criteria.agency_id is not None:
        filters.append(("agency", Reporter.agency_id == criteria.agency_id))
    if criteria.status is not None:
        filters.append(("status", Reporter.status == criteria.status))
    if criteria.has_card_range:
        filters.append(("card", _card_condition(criteria, Reporter.card_expiry)))
    for kind, condition in filters:
        statement = select(Reporter.id).where(condition)
        sources.append(_Source(_bounded_count(session, statement, cap), kind))
    return sources


def _prefix_words(session: Session, word: str) -> list[str]:
    """The index words starting with ``word``, at most ``MAX_PREFIX_WORDS + 1`` of them, found
    by hopping from one to the next (a recursive query) rather than reading every entry."""
    _, high = word_prefix_range(word)
    below_high = ReporterWord.word < high if high is not None else true()
    first = select(
        func.min(ReporterWord.word).label("word"), literal(1, Integer).label("depth")
    ).where(_word_range(word))
    found = first.cte("prefix_words", recursive=True)
    following = select(
        select(func.min(ReporterWord.word))
        .where(ReporterWord.word > found.c.word, below_high)
        .scalar_subquery(),
        found.c.depth + 1,
    ).where(found.c.word.is_not(None), found.c.depth <= MAX_PREFIX_WORDS)
    found = found.union_all(following)
    statement = select(found.c.word).where(found.c.word.is_not(None)).order_by(found.c.word)
    return list(session.execute(statement).scalars())


def _plan_few_words(
    criteria: ReporterCriteria, word: str, after: ReporterCursor | None
) -> Select[bytes, int]:
    statement = (
        select(ReporterWord.sort_key, ReporterWord.reporter_id)
        .distinct()
        .where(_word_range(word), _after((ReporterWord.sort_key, ReporterWord.reporter_id), after))
    )
    conditions = _row_conditions(criteria, skip_words=(word,))
    if conditions:
        statement = statement.join(Reporter, Reporter.id == ReporterWord.reporter_id).where(
            *conditions
        )
    return statement.order_by(ReporterWord.sort_key, ReporterWord.reporter_id)


def _plan_word_order(
    criteria: ReporterCriteria,
    word: str,
    index_words: list[str],
    after: ReporterCursor | None,
    depth: int,
) -> Select[bytes, int]:
    conditions = _row_conditions(criteria, skip_words=(word,))
    members = []
    for index_word in index_words:
        member = select(ReporterWord.sort_key, ReporterWord.reporter_id).where(
            ReporterWord.word == index_word,
            _after((ReporterWord.sort_key, ReporterWord.reporter_id), after),
        )
        if conditions:
            member = member.join(Reporter, Reporter.id == ReporterWord.reporter_id).where(
                *conditions
            )
        member = member.order_by(ReporterWord.sort_key, ReporterWord.reporter_id).limit(depth)
        inner = member.subquery()
        members.append(select(inner.c.sort_key, inner.c.reporter_id))
    merged = union(*members).subquery("merged")
    return select(merged.c.sort_key, merged.c.reporter_id).order_by(
        merged.c.sort_key, merged.c.reporter_id
    )


def _plan_on_reporters(
    criteria: ReporterCriteria, driving: str | None, after: ReporterCursor | None
) -> Select[bytes, int]:
    """The list-order walk (``driving`` None, "agency" or "status": an ordered index), or the
    few-rows read through the card-expiry index, sorted afterwards."""
    statement = select(Reporter.sort_key, Reporter.id.label("reporter_id")).where(
        *_row_conditions(criteria, driving=driving), _after((Reporter.sort_key, Reporter.id), after)
    )
    if driving == "card":  # an unindexed order makes the card-expiry range the way in
        return statement.order_by(_unindexed(Reporter.sort_key), Reporter.id)
    return statement.order_by(Reporter.sort_key, Reporter.id)


def plan_name(plan: Select[bytes, int]) -> str:
    return str(plan.get_execution_options().get("reporter_plan", "?"))


def page_positions(
    session: Session,
    criteria: ReporterCriteria,
    *,
    after: ReporterCursor | None,
    offset: int,
    limit: int,
) -> Select[bytes, int]:
    """The statement listing ``(sort_key, reporter_id)`` of the page's rows, in list order.

    It runs one to three small index reads first to choose the plan (see the module docstring);
    the plan's name is in the statement's execution options (``reporter_plan``) for tests and
    benchmarks.
    """
    depth = offset + limit
    name: str
    if criteria.is_everything:
        plan, name = _plan_on_reporters(criteria, None, after), "list order"
    else:
        sources = _sources(session, criteria)
        smallest = min(sources, key=lambda s: (s.rows, s.kind != "word", -len(s.word)))
        if smallest.rows <= FEW_ROWS:
            if smallest.kind == "word":
                plan, name = _plan_few_words(criteria, smallest.word, after), "few: word"
            else:
                plan = _plan_on_reporters(criteria, smallest.kind, after)
                name = f"few: {smallest.kind}"
        else:
            plan, name = _plan_for_many(session, criteria, after, depth)
    return plan.offset(offset).limit(limit).execution_options(reporter_plan=name)


def _plan_for_many(
    session: Session, criteria: ReporterCriteria, after: ReporterCursor | None, depth: int
) -> tuple[Select[bytes, int], str]:
    best: tuple[int, str, list[str]] | None = None
    for word in sorted(criteria.words, key=len, reverse=True):
        index_words = _prefix_words(session, word)
        if len(index_words) <= MAX_PREFIX_WORDS and (best is None or len(index_words) < best[0]):
            best = (len(index_words), word, index_words)
    if best is not None:
        _, word, index_words = best
        plan = _plan_word_order(criteria, word, index_words, after, depth)
        return plan, f"word order: {len(index_words)}"
    driving = "agency" if criteria.agency_id is not None else None
    if driving is None and criteria.status is not None:
        driving = "status"
    return _plan_on_reporters(criteria, driving, after), f"list order: {driving or 'all'}"


def count_matching(session: Session, criteria: ReporterCriteria, at_most: int | None) -> int:
    """How many reporters match; with ``at_most``, stop counting there (cheap for broad lists)."""
    matching: Select[Any]
    if criteria.is_everything:
        matching = select(Reporter.id)
    else:
        sources = _sources(session, criteria)
        smallest = min(sources, key=lambda s: (s.rows, s.kind != "word"))
        if smallest.rows <= FEW_ROWS and smallest.kind == "word":
            few = _plan_few_words(criteria, smallest.word, None).order_by(None).subquery()
            matching = select(few.c.reporter_id)
        elif smallest.rows <= FEW_ROWS:
            matching = select(Reporter.id).where(*_row_conditions(criteria, driving=smallest.kind))
        else:  # every condition is broad: let the database pick its way
            matching = select(Reporter.id).where(*_row_conditions(criteria, driving=ALL_FILTERS))
    if at_most is not None:
        matching = matching.limit(at_most)
    counted = select(func.count()).select_from(matching.subquery())
    return int(session.execute(counted).scalar_one())


__all__ = [
    "FEW_ROWS",
    "MAX_PREFIX_WORDS",
    "ReporterCriteria",
    "ReporterCursor",
    "count_matching",
    "page_positions",
    "plan_name",
]
