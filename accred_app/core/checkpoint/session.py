"""An open checkpoint, from the officer's sign-in to closing the gate: what the checkpoint window
holds (and ``accred scan -``, which reads tokens from a scanner on standard input).

:func:`open_session` checks once what every scan relies on — the officer may scan, the event, zone
and unit exist, the direction is ``in`` or ``out`` — and starts the database's background WAL
checkpointer (``storage.db.WalCheckpointer``), so no scan's commit ever has to copy the WAL into
the database file: that copy was the stall of up to 0.8 s measured on the big log (see
docs/benchmarks.md). Everything the window shows then comes from the session, with no query of
the window's own: the verdict of a scan, the screen for it, manual admission (search, admit),
a supervisor's denial, the side panel's counters and the station's freshness.

A session is used from one thread (the window's); the checkpointer runs in its own.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from types import TracebackType

from accred_app.core.checkpoint import freshness, manual, overrides, scanning, screen
from accred_app.core.checkpoint.counters import GateCounters, GateTally
from accred_app.core.checkpoint.freshness import StationFreshness
from accred_app.core.checkpoint.manual import ManualCandidate
from accred_app.core.checkpoint.scanning import CheckpointPost, ScanResult
from accred_app.core.checkpoint.screen import PhotoSize, VerdictScreen
from accred_app.core.checkpoint.verdict import Direction
from accred_app.core.registry.reporters import CARD_EXPIRING_DAYS
from accred_app.core.roles import Actor
from accred_app.core.storage.db import (
    WAL_CHECKPOINT_INTERVAL_SECONDS,
    Database,
    WalCheckpoint,
    WalCheckpointer,
)


class CheckpointSession:
    """One staffed checkpoint (see the module docstring). Close it, or use it as a context
    manager, so the checkpointer stops."""

    def __init__(
        self,
        db: Database,
        actor: Actor,
        post: CheckpointPost,
        *,
        locale: str = "vi",
        card_warning_days: int = CARD_EXPIRING_DAYS,
        checkpoint_interval_seconds: float = WAL_CHECKPOINT_INTERVAL_SECONDS,
        counters_since: datetime | None = None,
    ) -> None:
        self.db = db
        self.actor = actor
        self.post = post
        self.locale = locale
        self.card_warning_days = card_warning_days
        self._checkpointer = WalCheckpointer(db, interval_seconds=checkpoint_interval_seconds)
        self._checkpointer.start()
        self._tally = GateTally(db, actor, post, since=counters_since)

    # --- the gate -------------------------------------------------------------------------------

    def scan(
        self, token_text: str, *, direction: Direction | None = None, now: datetime | None = None
    ) -> ScanResult:
        return scanning.scan(
            self.db, self.actor, self.post, token_text, direction, now=now, locale=self.locale
        )

    def screen(
        self, result: ScanResult, *, photo: PhotoSize = "full", today: date | None = None
    ) -> VerdictScreen:
        return screen.verdict_screen(
            self.db,
            self.actor,
            self.post,
            result,
            photo=photo,
            card_warning_days=self.card_warning_days,
            today=today,
            locale=self.locale,
        )

    # --- when a pass will not scan --------------------------------------------------------------

    def find_candidates(
        self, query: str, *, limit: int = manual.DEFAULT_CANDIDATES, now: datetime | None = None
    ) -> tuple[ManualCandidate, ...]:
        return manual.find_candidates(
            self.db, self.actor, self.post, query, now=now, limit=limit, locale=self.locale
        )

    def admit_manually(
        self,
        serial: str,
        reason: str,
        *,
        direction: Direction | None = None,
        now: datetime | None = None,
    ) -> ScanResult:
        return manual.admit_manually(
            self.db,
            self.actor,
            self.post,
            serial,
            reason,
            direction=direction,
            now=now,
            locale=self.locale,
        )

    def deny(
        self,
        scan_uid: str,
        reason: str,
        *,
        supervisor: Actor | None = None,
        now: datetime | None = None,
    ) -> ScanResult:
        """A supervisor's denial of an accepted entry; ``supervisor`` is whoever signed for it
        (default: the session's officer)."""
        return overrides.deny_after_scan(
            self.db, supervisor or self.actor, scan_uid, reason, now=now, locale=self.locale
        )

    # --- the side panel and the header ----------------------------------------------------------

    def counters(self, *, now: datetime | None = None) -> GateCounters:
        return self._tally.counters(now=now)

    def freshness(
        self, *, now: datetime | None = None, stale_after: timedelta | None = None
    ) -> StationFreshness:
        return freshness.station_freshness(self.db, self.actor, now=now, stale_after=stale_after)

    # --- housekeeping ---------------------------------------------------------------------------

    @property
    def tally(self) -> GateTally:
        """The side panel's running tally (its ``full_reads`` says how often it read everything)."""
        return self._tally

    @property
    def checkpointer(self) -> WalCheckpointer:
        """The WAL checkpointer this session keeps running (its figures: runs, restarts, …)."""
        return self._checkpointer

    def checkpoint_now(self) -> WalCheckpoint | None:
        """Fold the WAL now (the window may call it in idle time; the thread does anyway)."""
        return self._checkpointer.run_once()

    def close(self) -> None:
        self._checkpointer.stop()

    def __enter__(self) -> CheckpointSession:
        return self

    def __exit__(
        self,
        _type: type[BaseException] | None,
        _value: BaseException | None,
        _traceback: TracebackType | None,
    ) -> None:
        self.close()


def open_session(
    db: Database,
    actor: Actor,
    *,
    event_id: int,
    unit_id: int,
    zone_code: str | None = None,
    direction: Direction | str = Direction.IN,
    locale: str = "vi",
    card_warning_days: int = CARD_EXPIRING_DAYS,
    checkpoint_interval_seconds: float = WAL_CHECKPOINT_INTERVAL_SECONDS,
    counters_since: datetime | None = None,
) -> CheckpointSession:
    """Open a checkpoint for ``actor`` (an officer who may scan); refused with a clear error for
    an unknown event, zone or unit, a bad direction, or an officer who may not scan."""
    post = scanning.open_checkpoint(
        db, actor, event_id=event_id, zone_code=zone_code, unit_id=unit_id, direction=direction
    )
    return CheckpointSession(
        db,
        actor,
        post,
        locale=locale,
        card_warning_days=card_warning_days,
        checkpoint_interval_seconds=checkpoint_interval_seconds,
        counters_since=counters_since,
    )
