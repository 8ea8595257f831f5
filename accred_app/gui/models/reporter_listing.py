"""The one place the reporter table reaches the core: a page of reporters for a search and filters.

The table asks for screens of rows, never the whole registry (``canFetchMore``/``fetchMore``). The
core's paged listing — ``reporters.list_reporters(db, actor, *, query, agency_id, status, card,
after, limit)`` returning rows and a next cursor, and ``count_reporters(...)`` — is being written
alongside; until it lands, :class:`ReporterListing` pages over today's ``list_reporters`` (one
sorted read per search, kept while the officer scrolls that search; the card filter and the
paging are applied here). Switching is a change to :meth:`ReporterListing._fetch` and
:meth:`ReporterListing._count` only: the table, the page and the tests speak
:class:`ReporterQuery` and :class:`ReporterPage`.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import NamedTuple

from accred_app.core.clock import VIETNAM_TZ
from accred_app.core.passes.issuing import live_pass_counts
from accred_app.core.registry import reporters
from accred_app.core.registry.reporters import ReporterSummary
from accred_app.core.roles import Actor
from accred_app.core.storage.db import Database

PAGE_SIZE = 200


class _Summary(NamedTuple):
    """A reporter of the interim listing's cache (a tuple, for the garbage collector's sake)."""

    id: int
    full_name: str
    agency_id: int
    agency: str
    card_no: str
    card_expiry: date
    status: str


EXPIRING_WITHIN_DAYS = 30
CARD_FILTERS = ("expired", "expiring")


def today_in_vietnam() -> date:
    return datetime.now(VIETNAM_TZ).date()


@dataclass(frozen=True, slots=True)
class ReporterQuery:
    """What the officer asked for: the search text and the filters (``card``: ``expired``, or
    ``expiring`` within :data:`EXPIRING_WITHIN_DAYS`)."""

    text: str = ""
    agency_id: int | None = None
    status: str | None = None
    card: str | None = None

    @property
    def is_filtered(self) -> bool:
        return bool(self.text.strip()) or any(
            value is not None for value in (self.agency_id, self.status, self.card)
        )


class ReporterRow(NamedTuple):
    """A tuple, not an object: a table scrolled to the end of 100,000 reporters holds 100,000 of
    them, and tuples of plain values are left alone by Python's garbage collector (objects would
    make every full collection walk them all — a visible pause)."""

    id: int
    full_name: str
    agency_id: int
    agency: str
    card_no: str
    card_expiry: date
    status: str
    live_passes: int


@dataclass(frozen=True, slots=True)
class ReporterPage:
    rows: tuple[ReporterRow, ...]
    next: object | None  # where the following page starts; None at the end
    total: int | None = None  # matches in all (first page only)


class ReporterListing:
    """Pages of the reporter registry for the table; safe to call from worker threads."""

    def __init__(
        self,
        db: Database,
        actor: Actor,
        *,
        today: Callable[[], date] = today_in_vietnam,
        page_size: int = PAGE_SIZE,
    ) -> None:
        self.page_size = page_size
        self._db = db
        self._actor = actor
        self._today = today
        self._lock = threading.Lock()
        self._cached_query: ReporterQuery | None = None
        self._cached: list[_Summary] = []

    def first_page(self, query: ReporterQuery, limit: int | None = None) -> ReporterPage:
        summaries, following = self._fetch(query, None, limit or self.page_size, fresh=True)
        return ReporterPage(self._rows(summaries), following, self._count(query))

    def next_page(
        self, query: ReporterQuery, after: object, limit: int | None = None
    ) -> ReporterPage:
        summaries, following = self._fetch(query, after, limit or self.page_size, fresh=False)
        return ReporterPage(self._rows(summaries), following)

    # -- the core calls (the only code to change when the paged listing lands) -----------------------
    def _fetch(
        self, query: ReporterQuery, after: object | None, limit: int, *, fresh: bool
    ) -> tuple[list[_Summary], object | None]:
        matches = self._matches(query, fresh=fresh)
        start = int(after) if isinstance(after, int) else 0
        end = start + limit
        return matches[start:end], (end if end < len(matches) else None)

    def _count(self, query: ReporterQuery) -> int:
        return len(self._matches(query, fresh=False))

    def _matches(self, query: ReporterQuery, *, fresh: bool) -> list[_Summary]:
        with self._lock:
            if fresh or query != self._cached_query:
                found = reporters.list_reporters(
                    self._db,
                    self._actor,
                    query=query.text,
                    agency_id=query.agency_id,
                    status=query.status,
                )
                self._cached = [
                    _Summary(r.id, r.full_name, r.agency_id, r.agency, r.card_no, r.card_expiry,
                             r.status)
                    for r in found
                    if self._card_matches(query.card, r)
                ]  # fmt: skip
                self._cached_query = query
            return self._cached

    def _card_matches(self, card: str | None, row: ReporterSummary | _Summary) -> bool:
        if card is None:
            return True
        today = self._today()
        if card == "expired":
            return row.card_expiry < today
        return today <= row.card_expiry <= today + timedelta(days=EXPIRING_WITHIN_DAYS)

    # ------------------------------------------------------------------------------------------------
    def _rows(self, summaries: list[_Summary]) -> tuple[ReporterRow, ...]:
        counts = live_pass_counts(self._db, self._actor, (s.id for s in summaries))
        return tuple(
            ReporterRow(
                s.id,
                s.full_name,
                s.agency_id,
                s.agency,
                s.card_no,
                s.card_expiry,
                s.status,
                counts.get(s.id, 0),
            )
            for s in summaries
        )
