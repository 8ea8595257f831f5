"""Opening the database when the desk starts, quickly, and never writing into a damaged file.

SQLite's ``quick_check`` reads the whole file: on a desk with 100,000 reporters it is most of a
second, which used to stand between starting the desk and seeing the sign-in dialog. Now the file
is opened without it (``defer_integrity_check``: a file that needs migrating is still checked
first, since migrating writes) and :class:`OpeningCheck` runs it on a thread while the sign-in
dialog is on screen; then it takes the day's backup, off the officer's way too. Everything that
writes before the window opens — the sign-in (failure counts, the last sign-in time), the
first-run set-up — first waits for the check (:meth:`OpeningCheck.wait`), so a damaged file is
caught before anything is written into it, and the dialog closes at once to offer the backups.

A damaged file is the one problem the desk repairs itself: it offers the newest backup, restores
it with ``restore_database`` (the same confirmation and unverified-trail question as the backups
page, ``gui/restoring.py``) and opens the database again.
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass, field
from functools import partial

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QWidget

from accred_app import config
from accred_app.core.database import open_database
from accred_app.core.errors import AccredError, DatabaseProblem
from accred_app.core.storage import backup
from accred_app.core.storage.db import Database, create_database, quick_check, to_url
from accred_app.gui import prompts
from accred_app.gui.i18n import current_locale

log = logging.getLogger(__name__)


class OpeningCheck(QObject):
    """The integrity check and the day's backup of a freshly opened database, on a thread.

    ``failed`` is emitted (on the GUI thread) with the :class:`DatabaseProblem` when the file is
    damaged; :meth:`wait` blocks a worker until the check is done and raises the same problem.
    """

    failed = Signal(object)

    def __init__(self, db: Database, *, check: bool = True, daily_backup: bool = True) -> None:
        super().__init__()
        self._db = db
        self._check = check
        self._daily_backup = daily_backup
        self._checked = threading.Event()
        self.problem: AccredError | None = None
        self._thread = threading.Thread(target=self._run, name="opening-check", daemon=True)

    def start(self) -> OpeningCheck:
        self._thread.start()
        return self

    def _run(self) -> None:
        try:
            if self._check:
                quick_check(self._db)
        except AccredError as problem:
            self.problem = problem
            self._checked.set()
            self.failed.emit(problem)
            return
        except Exception as error:  # never leave a waiting sign-in hanging
            self.problem = DatabaseProblem(
                "db_unreachable", path=self._db.display_name, detail=str(error)[:200]
            )
            self._checked.set()
            self.failed.emit(self.problem)
            return
        self._checked.set()
        if self._daily_backup:
            try:
                backup.daily_backup(self._db)
            except (AccredError, OSError) as error:  # a failed backup must not close the desk
                log.warning("daily backup failed: %s", error)

    @property
    def checked(self) -> bool:
        return self._checked.is_set()

    def wait(self) -> None:
        """Return once the file is known to be sound; raise its problem otherwise."""
        self._checked.wait()
        if self.problem is not None:
            raise self.problem

    def join(self, timeout: float | None = None) -> None:
        """Wait for the thread (the backup too): before the database is closed or replaced."""
        if self._thread.is_alive():
            self._thread.join(timeout)


@dataclass
class Opened:
    """An open database and its check; :meth:`close` when the desk is done with it."""

    target: str
    db: Database
    check: OpeningCheck
    closed: bool = field(default=False, init=False)

    def close(self) -> None:
        if self.closed:
            return
        self.closed = True
        self.check.join()
        self.db.dispose()


def open_for_sign_in(target: str, parent: QWidget | None = None) -> Opened | None:
    """Open (and migrate) ``target`` and start its check; None when it cannot be used (the
    officer was told why). A damaged file is offered its newest backup, then opened again."""
    for attempt in range(2):
        try:
            db = open_database(
                target,
                defer_integrity_check=True,
                before_migration=backup.backup_before_migration,
            )
        except DatabaseProblem as problem:
            if problem.code == "db_corrupt":
                if attempt == 0 and offer_restore(target, problem, parent):
                    continue
                return None
            tell_cannot_open(problem, parent)
            return None
        return Opened(target, db, OpeningCheck(db, check=db.path is not None).start())
    return None


def tell_cannot_open(problem: AccredError, parent: QWidget | None) -> None:
    """The database cannot be used; say where its location came from when it was chosen in the
    settings (then it can be set back to the default from here)."""
    text = problem.message(current_locale())
    if config.database_origin() != config.FROM_SAVED:
        prompts.tell(parent, text, error=True)
        return
    reset = prompts.confirm(
        parent,
        text,
        yes=QCoreApplication.translate("Startup", "Use the default database"),
        no=QCoreApplication.translate("Startup", "Close"),
        detail=QCoreApplication.translate(
            "Startup",
            "This location was chosen in the settings. The desk can open its default database "
            "from the next start instead.",
        ),
    )
    if reset:
        config.save_database(None)


def newest_backup(target: str) -> backup.BackupInfo | None:
    probe = create_database(to_url(target))  # no connection is made: only the path is needed
    try:
        if probe.path is None:
            return None
        found = backup.list_backups(probe)
        return found[0] if found else None
    except AccredError:
        return None
    finally:
        probe.dispose()


def offer_restore(target: str, problem: AccredError, parent: QWidget | None) -> bool:
    """The file is damaged: offer the newest backup. True when it was restored (open again)."""
    from accred_app.core.storage.backup import RestoreUnverified
    from accred_app.gui import restoring  # only on this rare path: not on every start

    newest = newest_backup(target)
    if newest is None:
        prompts.tell(
            parent,
            problem.message(current_locale()),
            error=True,
            detail=QCoreApplication.translate("Startup", "No backup of this database was found."),
        )
        return False
    database = create_database(to_url(target)).path
    assert database is not None
    if not restoring.confirm_restore(
        parent, database, newest.path, damaged=True, reason=problem.message(current_locale())
    ):
        return False
    accept = False
    while True:
        kept, error = restoring.wait_for(
            parent,
            partial(restoring.restore_and_record, target, newest.path, officer=None, accept=accept),
            QCoreApplication.translate("Startup", "Restoring the backup…"),
        )
        if isinstance(error, RestoreUnverified) and not accept:
            if not restoring.confirm_unverified(parent, error):
                return False
            accept = True
            continue
        if error is not None:
            prompts.tell(parent, error.message(current_locale()), error=True)
            return False
        if kept is None:
            return False  # an unexpected failure, already told
        prompts.tell(parent, restoring.restored_text(kept, newest.path))
        return True
