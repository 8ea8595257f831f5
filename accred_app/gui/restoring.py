"""Restoring a backup from the window: the questions and the work the backups page and the start-up
(a damaged database file) share.

The restore itself is ``core.database.restore_database``: exclusive (refused while any connection
has the file open, this window's too — the caller disposes its engine first), the current file
kept aside, the candidate checked (integrity, installation, audit trail). The officer is asked
once with what will be replaced named, and again when the backup's audit trail does not verify
(``RestoreUnverified``: the differences are shown). After it, the restored trail's head is
recorded on purpose (``audit_heads.record_restored_head``) so the restore itself is not reported
as a cut trail, and the desk reopens the database and asks to sign in again.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication, QEventLoop
from PySide6.QtWidgets import QWidget

from accred_app.core.database import open_database, restore_database
from accred_app.core.errors import AccredError
from accred_app.core.security import audit_heads
from accred_app.core.storage.backup import RestoreUnverified
from accred_app.gui import operations, prompts
from accred_app.gui.i18n import current_locale

ResultT = TypeVar("ResultT")


def size_text(size: int) -> str:
    """A file size as people read it: 820 KB, 41,3 MB (Vietnamese decimal comma)."""
    if size < 1024 * 1024:
        shown = f"{max(size, 1024) // 1024} KB"
    else:
        shown = f"{size / (1024 * 1024):.1f} MB"
    return shown.replace(".", ",") if current_locale() == "vi" else shown


def when_text(moment: datetime) -> str:
    return moment.astimezone().strftime("%H:%M %d/%m/%Y")


def describe_file(path: Path) -> str:
    """``path`` with its size and the time it last changed, or a note that it is missing."""
    try:
        stat = path.stat()
    except OSError:
        return QCoreApplication.translate("Restoring", "{path} (no such file)").format(path=path)
    changed = datetime.fromtimestamp(stat.st_mtime).astimezone()
    return QCoreApplication.translate(
        "Restoring", "{path} ({size}, last changed at {time})"
    ).format(path=path, size=size_text(stat.st_size), time=when_text(changed))


def confirm_restore(
    parent: QWidget | None,
    database: Path,
    candidate: Path,
    *,
    damaged: bool = False,
    reason: str = "",
) -> bool:
    """Ask before replacing ``database`` with ``candidate``, naming both (``reason``: why a
    restore is offered, such as the damaged file's message)."""
    text = QCoreApplication.translate("Restoring", "Restore the backup {backup}?").format(
        backup=describe_file(candidate)
    )
    if reason:
        text = f"{reason}\n\n{text}"
    replaced = (
        QCoreApplication.translate(
            "Restoring", "The damaged database {current} will be replaced by it."
        )
        if damaged
        else QCoreApplication.translate(
            "Restoring",
            "The current database {current} will be replaced by it: every change made since the "
            "backup was taken is no longer in the desk.",
        )
    ).format(current=describe_file(database))
    detail = " ".join(
        [
            replaced,
            QCoreApplication.translate(
                "Restoring",
                "The replaced file is kept aside, beside the database, so nothing is lost. The "
                "desk must be closed on every other computer using this database. Afterwards "
                "everyone signs in again.",
            ),
        ]
    )
    return prompts.confirm(
        parent, text, yes=QCoreApplication.translate("Restoring", "Restore"), detail=detail
    )


def confirm_unverified(parent: QWidget | None, error: RestoreUnverified) -> bool:
    """The backup's audit trail does not verify: show how, and ask again."""
    return prompts.confirm(
        parent,
        error.message(current_locale()),
        yes=QCoreApplication.translate("Restoring", "Restore anyway"),
        detail=QCoreApplication.translate(
            "Restoring",
            "Someone may have changed this file outside the desk. Restore it only if you know "
            "where it comes from; the differences found are:",
        )
        + "\n"
        + "\n".join(f"• {difference}" for difference in error.differences),
    )


def restore_and_record(target: str, candidate: Path, *, officer: str | None, accept: bool) -> Path:
    """The restore and the restored head (on a worker); returns where the replaced file was kept
    (the candidate itself when there was none)."""
    kept = restore_database(target, candidate, locale=current_locale(), accept_unverified=accept)
    restored = open_database(target, migrate=False, check_integrity=False)
    try:
        audit_heads.record_restored_head(restored, officer=officer)
    except (OSError, AccredError):
        pass  # the restore is done; without the head, audit verify names it (nothing is lost)
    finally:
        restored.dispose()
    return kept if kept is not None else candidate


def restored_text(kept: Path, candidate: Path) -> str:
    if kept == candidate:
        return QCoreApplication.translate("Restoring", "The backup was restored.")
    return QCoreApplication.translate(
        "Restoring", "The backup was restored. The replaced database was kept as {path}."
    ).format(path=kept)


def wait_for(
    parent: QWidget | None, work: Callable[[], ResultT], label: str
) -> tuple[ResultT | None, AccredError | None]:
    """Run ``work`` through :func:`operations.run` and wait for it in a local event loop: for the
    start-up, which has no window yet to return to. Returns (result, domain error)."""
    loop = QEventLoop()
    outcome: dict[str, Any] = {}
    operation = operations.run(
        parent,
        work,
        success=lambda result: outcome.update(result=result),
        failure=lambda error: outcome.update(error=error),
        label=label,
    )
    operation.finished.connect(loop.quit)
    if operation.is_running:
        loop.exec()
    QCoreApplication.processEvents()  # the callbacks run just after ``finished``
    return outcome.get("result"), outcome.get("error")
