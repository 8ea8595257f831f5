"""The one place the reporter table reaches the core: a page of reporters for a search and filters.

The table asks for screens of rows, never the whole registry (``canFetchMore``/``fetchMore``). Each
screen is one ``reporters.reporter_page`` call: the core searches, filters, sorts in Vietnamese
name order and pages in SQL, and continues after the previous page's keyset cursor, so the last
screen of 100,000 reporters costs what the first does. How many match is asked of
``count_reporters`` separately (the table shows the first screen without waiting for it), capped
at :data:`COUNT_CAP`, because an exact count of a broad search would read every match (the page
then says "more than 1,000").
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from typing import NamedTuple

from accred_app.core.clock import VIETNAM_TZ
from accred_app.core.registry import reporters
from accred_app.core.registry.reporters import ReporterCursor
from accred_app.core.roles import Actor
from accred_app.core.storage.db import Database

PAGE_SIZE = 200
COUNT_CAP = 1000
"""The first screen counts matches up to here; beyond it the page says "more than 1,000"."""

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
    """One line of the reporter table. The table keeps its rows as plain tuples (see
    ``models/reporters.py``: the garbage collector stops tracking exact tuples of plain values,
    never named tuples) and hands these out for reading."""

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
    next: ReporterCursor | None  # where the following page starts; None at the end
    total: int | None = None  # matches in all (first page only), at most the count cap
    total_capped: bool = False  # more match than ``total``


class ReporterListing:
    """Pages of the reporter registry for the table; safe to call from worker threads (each call
    is its own core read, nothing is kept between calls)."""

    def __init__(
        self,
        db: Database,
        actor: Actor,
        *,
        today: Callable[[], date] = today_in_vietnam,
        page_size: int = PAGE_SIZE,
        count_cap: int = COUNT_CAP,
    ) -> None:
        self.page_size = page_size
        self.count_cap = count_cap
        self._db = db
        self._actor = actor
        self._today = today

    def first_page(
        self, query: ReporterQuery, limit: int | None = None, *, count: bool = True
    ) -> ReporterPage:
        """The first screen; with ``count``, how many match too (else ``total`` is None when
        more pages follow: the table shows its rows at once and asks :meth:`count` after)."""
        today = self._today()
        page = self._fetch(query, None, limit or self.page_size, today)
        if page.next is None:  # the whole result is on screen: no count needed
            return ReporterPage(page.rows, None, len(page.rows))
        if not count:
            return page
        total, capped = self.count(query, today)
        return ReporterPage(page.rows, page.next, total, capped)

    def count(self, query: ReporterQuery, today: date | None = None) -> tuple[int, bool]:
        """How many reporters match, up to the cap, and whether more do."""
        cap = self.count_cap
        counted = reporters.count_reporters(
            self._db,
            self._actor,
            query=query.text,
            agency_id=query.agency_id,
            status=query.status,
            card=query.card,
            at_most=cap + 1,
            today=today or self._today(),
        )
        return min(counted, cap), counted > cap

    def next_page(
        self, query: ReporterQuery, after: ReporterCursor, limit: int | None = None
    ) -> ReporterPage:
        return self._fetch(query, after, limit or self.page_size, self._today())

    def _fetch(
        self, query: ReporterQuery, after: ReporterCursor | None, limit: int, today: date
    ) -> ReporterPage:
        found = reporters.reporter_page(
            self._db,
            self._actor,
            query=query.text,
            agency_id=query.agency_id,
            status=query.status,
            card=query.card,
            after=after,
            limit=limit,
            today=today,
        )
        rows = tuple(
            ReporterRow(r.id, r.full_name, r.agency_id, r.agency, r.card_no, r.card_expiry,
                        r.status, r.live_passes)
            for r in found.rows
        )  # fmt: skip
        return ReporterPage(rows, found.next_cursor)
