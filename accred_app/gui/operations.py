"""Core calls off the GUI thread: every database read or write a page makes goes through :func:`run`.

Modelled on Anki's ``CollectionOp``: the work is a plain function of no widgets (it calls core
services, which open their own session per call, so each user action is its own unit of work). It
runs on ``QThreadPool``; the window keeps repainting. The busy cursor shows at once; a progress
dialog only when the work takes longer than :data:`PROGRESS_DELAY_MS` (a quick save never flashes
a dialog). The result or the error comes back on the GUI thread:

- ``success(result)`` when the work returned;
- ``failure(error)`` for a domain error (:class:`AccredError`) when the caller handles it itself,
  e.g. a form that shows a validation error beside its field; otherwise a message box shows the
  error in the desk's language — the same Vietnamese/English sentence the CLI prints;
- an unexpected exception is logged and shown as the catalogue's ``internal`` message.

A database busy with another desk's write (``db_locked``, after SQLite's own busy timeout) is tried
again a few times before the officer is told; what the officer typed stays in the form, since a
form closes only from its ``success`` callback.

Reads may be cancelled from the progress dialog: the window stops waiting and drops the result.
Writes are not cancellable (a transaction commits or rolls back whole; the dialog would only lie).
"""

from __future__ import annotations

import contextlib
import logging
import threading
from collections.abc import Callable
from typing import Any, TypeVar

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QProgressDialog, QWidget

from accred_app.core.errors import AccredError, DatabaseProblem
from accred_app.core.messages import render
from accred_app.gui import prompts
from accred_app.gui.i18n import current_locale

log = logging.getLogger(__name__)

ResultT = TypeVar("ResultT")

PROGRESS_DELAY_MS = 500
LOCKED_RETRY_PAUSES_S = (0.25, 0.5, 1.0)
"""Pauses before each new try of work refused with ``db_locked`` (on top of SQLite's busy timeout)."""

_running: set[Operation] = set()


def running() -> int:
    """How many operations have not finished yet (tests wait for zero)."""
    return len(_running)


class _Relay(QObject):
    """Lives on the GUI thread; the worker emits, Qt queues the call back onto the GUI thread.

    Owned by the application object, not by Python: the worker's job holds a reference to it, and
    were that the last one, Python would delete the QObject on the worker thread (a QObject must
    be deleted on its own thread) — sometimes while Qt was still delivering its signal, which
    crashed the process now and then. The operation deletes it with ``deleteLater`` on the GUI
    thread once its result is in (or it was cancelled)."""

    returned = Signal(object)
    raised = Signal(object)
    progressed = Signal(int, int)


class _Job(QRunnable):
    def __init__(
        self, work: Callable[[], Any], relay: _Relay, stop: threading.Event, retry_locked: bool
    ) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._work = work
        self._relay = relay
        self._stop = stop
        self._retry_locked = retry_locked

    def run(self) -> None:
        pauses = list(LOCKED_RETRY_PAUSES_S if self._retry_locked else ())
        while True:
            try:
                result = self._work()
            except DatabaseProblem as problem:
                if problem.code == "db_locked" and pauses and not self._stop.is_set():
                    self._stop.wait(pauses.pop(0))  # wakes early when the officer cancels
                    if not self._stop.is_set():
                        continue
                self._deliver(self._relay.raised, problem)
            except BaseException as error:
                self._deliver(self._relay.raised, error)
            else:
                self._deliver(self._relay.returned, result)
            return

    def _deliver(self, signal: Any, value: object) -> None:
        if self._stop.is_set():
            return  # cancelled: nobody waits, and the relay may be gone
        with contextlib.suppress(RuntimeError):  # the relay went (cancelled meanwhile)
            signal.emit(value)


class Operation(QObject):
    """One piece of work in flight. ``finished`` fires once, after the callbacks ran (or on cancel)."""

    finished = Signal()

    def __init__(
        self,
        parent: QWidget | None,
        work: Callable[[], Any],
        *,
        success: Callable[[Any], object] | None,
        failure: Callable[[AccredError], object] | None,
        label: str,
        cancellable: bool,
        retry_locked: bool,
    ) -> None:
        super().__init__()
        self._parent = parent
        self._work = work
        self._success = success
        self._failure = failure
        self._label = label
        self._cancellable = cancellable
        self._retry_locked = retry_locked
        self._stop = threading.Event()
        self._relay = _Relay(QCoreApplication.instance())
        self._relay.returned.connect(self._on_returned, Qt.ConnectionType.QueuedConnection)
        self._relay.raised.connect(self._on_raised, Qt.ConnectionType.QueuedConnection)
        self._progress_timer = QTimer(self)
        self._progress_timer.setSingleShot(True)
        self._progress_timer.setInterval(PROGRESS_DELAY_MS)
        self._progress_timer.timeout.connect(self._show_progress)
        self.progress: QProgressDialog | None = None
        self.cancelled = False
        self._done = False

    def start(self) -> Operation:
        _running.add(self)
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        self._progress_timer.start()
        QThreadPool.globalInstance().start(
            _Job(self._work, self._relay, self._stop, self._retry_locked)
        )
        return self

    @property
    def is_running(self) -> bool:
        return not self._done

    def cancel(self) -> None:
        """Stop waiting: the result is dropped and no callback runs."""
        if self._done or not self._cancellable:
            return
        self.cancelled = True
        self._stop.set()
        self._finish()

    # -- on the GUI thread ---------------------------------------------------------------------
    def _show_progress(self) -> None:
        if self._done:
            return
        parent = self._parent if _alive(self._parent) else None
        cancel_text = (
            QCoreApplication.translate("Operations", "Cancel") if self._cancellable else None
        )
        text = self._label or QCoreApplication.translate("Operations", "Working…")
        dialog = QProgressDialog(text, cancel_text, 0, 0, parent)
        dialog.setObjectName("operationProgress")
        dialog.setWindowTitle(QCoreApplication.translate("Operations", "Please wait"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(0)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        if not self._cancellable:
            dialog.setCancelButton(None)  # type: ignore[arg-type]
        dialog.canceled.connect(self.cancel)
        self.progress = dialog
        dialog.show()

    def _on_returned(self, result: object) -> None:
        if self._done:
            return
        self._finish()
        if self._success is not None and _alive(self._parent):
            self._success(result)

    def _on_raised(self, error: BaseException) -> None:
        if self._done:
            return
        self._finish()
        if not _alive(self._parent):
            return
        if isinstance(error, AccredError):
            if self._failure is not None:
                self._failure(error)
            else:
                prompts.tell_error(self._parent, error)
            return
        log.error("unexpected error in a desk operation", exc_info=error)
        detail = " ".join(f"{type(error).__name__}: {error}".split())[:300]
        prompts.tell(
            self._parent, render("internal", current_locale(), {"detail": detail}), error=True
        )

    def _finish(self) -> None:
        self._done = True
        self._progress_timer.stop()
        if self.progress is not None:
            self.progress.canceled.disconnect(self.cancel)
            self.progress.close()
            self.progress.deleteLater()
            self.progress = None
        QGuiApplication.restoreOverrideCursor()
        self._relay.deleteLater()  # on the GUI thread, after the signal being delivered (if any)
        _running.discard(self)
        self.finished.emit()


def _alive(widget: QWidget | None) -> bool:
    return widget is None or shiboken6.isValid(widget)


class Progress:
    """What a long job's work is given: it reports how far it is, and asks between steps whether
    the officer pressed Cancel (it then stops at a clean point and returns what it did)."""

    def __init__(self, relay: _Relay, stop: threading.Event) -> None:
        self._relay = relay
        self._stop = stop

    def report(self, done: int, total: int) -> None:
        self._relay.progressed.emit(done, total)

    @property
    def cancelled(self) -> bool:
        return self._stop.is_set()


class ProgressOperation(Operation):
    """A job that counts its steps (printing hundreds of passes): the progress dialog shows how far
    it is, and Cancel asks the work to stop — unlike a read, whose result is dropped, the work
    ends at a clean point and ``success`` receives what it did (the passes actually printed)."""

    def __init__(
        self,
        parent: QWidget | None,
        work: Callable[[Progress], Any],
        *,
        success: Callable[[Any], object] | None,
        failure: Callable[[AccredError], object] | None,
        label: str,
    ) -> None:
        self._done_steps = (0, 0)
        super().__init__(
            parent,
            lambda: work(self.progress_handle),
            success=success,
            failure=failure,
            label=label,
            cancellable=True,
            retry_locked=False,
        )
        self.progress_handle = Progress(self._relay, self._stop)
        self._relay.progressed.connect(self._on_progress, Qt.ConnectionType.QueuedConnection)

    def cancel(self) -> None:
        """Ask the work to stop; it returns at its next clean point and ``success`` runs."""
        if self._done or self._stop.is_set():
            return
        self.cancelled = True
        self._stop.set()
        if self.progress is not None:
            self.progress.setLabelText(QCoreApplication.translate("Operations", "Stopping…"))
            self.progress.setCancelButton(None)  # type: ignore[arg-type]

    def _on_progress(self, done: int, total: int) -> None:
        self._done_steps = (done, total)
        if self.progress is not None and not self._done:
            self.progress.setRange(0, max(total, 1))
            self.progress.setValue(done)

    def _show_progress(self) -> None:
        super()._show_progress()
        self._on_progress(*self._done_steps)


def run_with_progress(
    parent: QWidget | None,
    work: Callable[[Progress], ResultT],
    *,
    success: Callable[[ResultT], object] | None = None,
    failure: Callable[[AccredError], object] | None = None,
    label: str = "",
) -> ProgressOperation:
    """Run a long job that reports its steps and can be stopped (see :class:`ProgressOperation`)."""
    operation = ProgressOperation(parent, work, success=success, failure=failure, label=label)
    operation.start()
    return operation


def run(
    parent: QWidget | None,
    work: Callable[[], ResultT],
    *,
    success: Callable[[ResultT], object] | None = None,
    failure: Callable[[AccredError], object] | None = None,
    label: str = "",
    cancellable: bool = False,
    retry_locked: bool = True,
) -> Operation:
    """Run ``work`` on a worker thread and call back on the GUI thread (see the module docstring).

    ``parent`` owns the progress dialog and the message box; when it has been deleted by the time
    the work ends (the officer closed the form), no callback runs. ``cancellable`` is for reads.
    """
    return Operation(
        parent,
        work,
        success=success,
        failure=failure,
        label=label,
        cancellable=cancellable,
        retry_locked=retry_locked,
    ).start()
