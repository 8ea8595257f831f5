"""Checkpoints off the scan path: SQLite's own checkpoint runs inside the commit that crosses its
threshold (a scan that took 0.7 s on the big log); the background checkpointer folds the WAL
between scans instead, keeps it from growing, and leaves SQLite's checkpoint only as a backstop."""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import text

from accred_app.core.storage import db as db_module
from accred_app.core.storage.db import (
    SQLITE_DEFAULT_AUTOCHECKPOINT_PAGES,
    WAL_AUTOCHECKPOINT_BACKSTOP_PAGES,
    Database,
    WalCheckpointer,
    checkpoint_wal,
)

pytestmark = pytest.mark.sqlite_only("the write-ahead log and its checkpoints are SQLite's")


@pytest.fixture
def journal(db: Database) -> Database:
    with db.transaction() as session:
        session.execute(text("CREATE TABLE journal_test (id INTEGER PRIMARY KEY, body TEXT)"))
    return db


def _write(db: Database, rows: int = 1, size: int = 3000) -> None:
    for _ in range(rows):
        with db.transaction() as session:
            session.execute(text("INSERT INTO journal_test (body) VALUES (:b)"), {"b": "x" * size})


def _autocheckpoint(db: Database) -> int:
    with db.transaction() as session:
        return int(session.connection().exec_driver_sql("PRAGMA wal_autocheckpoint").scalar_one())


def _wal_frames(path: Path) -> int:
    """Frames in the WAL as another connection sees them (a PASSIVE checkpoint that copies nothing
    new once everything is copied, and reports the log's length)."""
    connection = sqlite3.connect(path, isolation_level=None)
    try:
        _busy, frames, _copied = connection.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
        return int(frames)
    finally:
        connection.close()


def test_connections_keep_sqlites_checkpoint_until_a_checkpointer_runs(journal: Database) -> None:
    assert _autocheckpoint(journal) == SQLITE_DEFAULT_AUTOCHECKPOINT_PAGES
    checkpointer = WalCheckpointer(journal, interval_seconds=3600)
    checkpointer.start()
    try:
        # The pooled connection opened before the start is switched at its next checkout.
        assert _autocheckpoint(journal) == WAL_AUTOCHECKPOINT_BACKSTOP_PAGES
    finally:
        checkpointer.stop()
    assert _autocheckpoint(journal) == SQLITE_DEFAULT_AUTOCHECKPOINT_PAGES


def test_checkpoint_folds_the_wal_and_the_next_write_starts_it_again(
    journal: Database, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(db_module, "WAL_CHECKPOINT_EVERY_COMMITS", 10**9)  # only this test's
    checkpointer = WalCheckpointer(journal, interval_seconds=3600)
    checkpointer.start()
    try:
        _write(journal, rows=40)
        before = _wal_frames(db_path)
        assert before >= 40
        result = checkpoint_wal(journal)
        assert result is not None and not result.busy
        assert result.copied_frames == result.wal_frames
        _write(journal)
        assert _wal_frames(db_path) < 10  # the writer restarted the log from its beginning
    finally:
        checkpointer.stop()


def test_the_wal_is_restarted_even_when_writes_never_pause(
    journal: Database, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Under continuous writes a PASSIVE checkpoint never sees the log fully copied at the start of
    a transaction, so the writers never restart it: the checkpointer then restarts it itself."""
    monkeypatch.setattr(db_module, "WAL_RESTART_FRAMES", 20)
    monkeypatch.setattr(db_module, "WAL_CHECKPOINT_EVERY_COMMITS", 10**9)  # only run_once runs
    checkpointer = WalCheckpointer(journal, interval_seconds=3600)
    checkpointer.start()
    stop = threading.Event()
    errors: list[BaseException] = []

    def writer() -> None:
        try:
            while not stop.is_set():
                _write(journal)
        except BaseException as error:  # reported by the test below
            errors.append(error)

    thread = threading.Thread(target=writer)
    thread.start()
    try:
        restarted = []
        for _ in range(12):
            _write(journal, rows=10)
            result = checkpointer.run_once()
            restarted.append(result is not None and result.restarted)
    finally:
        stop.set()
        thread.join()
        checkpointer.stop()
    assert not errors
    assert any(restarted)
    assert checkpointer.restarts == sum(restarted)


def test_the_background_thread_checkpoints_by_itself(journal: Database, db_path: Path) -> None:
    with WalCheckpointer(journal, interval_seconds=0.01) as checkpointer:
        _write(journal, rows=30)
        assert checkpointer.wait_for_runs(checkpointer.runs + 2, timeout=10)
        result = checkpointer.last_result
        assert result is not None and result.copied_frames == result.wal_frames
        assert checkpointer.last_error is None


def test_a_burst_of_commits_wakes_the_thread_before_its_interval(
    journal: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(db_module, "WAL_CHECKPOINT_EVERY_COMMITS", 5)
    with WalCheckpointer(journal, interval_seconds=3600) as checkpointer:
        _write(journal, rows=4)
        assert checkpointer.runs == 0
        _write(journal, rows=1)
        assert checkpointer.wait_for_runs(1, timeout=10)


def test_nested_checkpointers_share_one_thread(journal: Database) -> None:
    first = WalCheckpointer(journal, interval_seconds=3600)
    second = WalCheckpointer(journal, interval_seconds=3600)
    first.start()
    second.start()
    first.stop()
    assert _autocheckpoint(journal) == WAL_AUTOCHECKPOINT_BACKSTOP_PAGES  # second still runs
    second.stop()
    assert _autocheckpoint(journal) == SQLITE_DEFAULT_AUTOCHECKPOINT_PAGES


def test_a_checkpoint_blocked_by_a_reader_does_not_block_writers(
    journal: Database, db_path: Path
) -> None:
    """A reader holding an old snapshot (another desk's long report) keeps part of the WAL; the
    checkpointer copies what it can and gives up the restart at once instead of waiting for it
    while holding the write lock."""
    _write(journal, rows=5)
    reader = sqlite3.connect(db_path, isolation_level=None)
    try:
        reader.execute("BEGIN")
        reader.execute("SELECT count(*) FROM journal_test").fetchone()
        _write(journal, rows=5)
        result = checkpoint_wal(journal, restart_frames=1)
        assert result is not None
        assert result.copied_frames < result.wal_frames
        _write(journal)  # a writer is not held up by the attempt
    finally:
        reader.execute("COMMIT")
        reader.close()


def test_not_sqlite_means_nothing_to_do(monkeypatch: pytest.MonkeyPatch, journal: Database) -> None:
    monkeypatch.setattr(Database, "is_sqlite", property(lambda self: False))
    assert checkpoint_wal(journal) is None
    with WalCheckpointer(journal, interval_seconds=0.01) as checkpointer:
        assert checkpointer.run_once() is None


@pytest.fixture
def _no_leftover_threads() -> Iterator[None]:
    before = set(threading.enumerate())
    yield
    assert not [t for t in set(threading.enumerate()) - before if t.name.startswith("accred-wal")]


def test_stopping_ends_the_thread(journal: Database, _no_leftover_threads: None) -> None:
    with WalCheckpointer(journal, interval_seconds=0.01) as checkpointer:
        assert checkpointer.wait_for_runs(1, timeout=10)
