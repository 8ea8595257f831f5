"""The USB scanner that types like a keyboard, captured for the whole application.

An event filter on the ``QApplication`` (not a line edit a click could take the focus from) sees
every key before any widget does. It holds printable keys and asks :class:`~.burst.BurstRecognizer`
what they are: a scan goes to :attr:`KeyboardWedge.scanned` and its keys never reach a widget (a
scan arriving while the manual-admission dialog is open is not typed into its search box); a
person's keys are handed on to the widget they were typed into, in order, after at most the gap.
Keys with Ctrl/Alt/Meta, arrows, function keys and auto-repeat are the officer's: whatever is held
is handed on first, then they go on untouched.

Time comes from ``clock`` (milliseconds): the real monotonic clock, or a test's fake one. The
silence after a scanner with no suffix, and the hand-back of a person's key, are found by
:meth:`KeyboardWedge.expire`, which a single-shot timer calls when the recogniser says it is due.
"""

from __future__ import annotations

import time
from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QInputMethodEvent, QKeyEvent
from PySide6.QtWidgets import QWidget

from accred_app.gui.checkpoint.burst import (
    BurstRecognizer,
    BurstSettings,
    Outcome,
    PassOn,
    Scan,
)

Clock = Callable[[], float]

_TERMINATORS = {Qt.Key.Key_Return: "enter", Qt.Key.Key_Enter: "enter", Qt.Key.Key_Tab: "tab"}
_OFFICER_MODIFIERS = (
    Qt.KeyboardModifier.ControlModifier
    | Qt.KeyboardModifier.AltModifier
    | Qt.KeyboardModifier.MetaModifier
)


def monotonic_ms() -> float:
    return time.monotonic() * 1000.0


class _HeldKey:
    """A key kept back: where it was going and a copy of its event, to deliver it later."""

    __slots__ = ("event", "target")

    def __init__(self, target: QObject, event: QKeyEvent | QInputMethodEvent) -> None:
        self.target = target
        self.event = event


def _copy(event: QKeyEvent) -> QKeyEvent:
    return QKeyEvent(
        event.type(),
        event.key(),
        event.modifiers(),
        event.text(),
        event.isAutoRepeat(),
        event.count(),
    )


class KeyboardWedge(QObject):
    """Install with :meth:`install` on the application; ``scanned`` gives each code typed by a
    scanner (whatever characters it holds: the core judges them)."""

    scanned = Signal(str)

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        settings: BurstSettings | None = None,
        clock: Clock | None = None,
    ) -> None:
        super().__init__(parent)
        self.recognizer = BurstRecognizer(settings or BurstSettings())
        self._clock = clock or monotonic_ms
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.expire)
        self._delivering = False
        self._installed = False

    @property
    def settings(self) -> BurstSettings:
        return self.recognizer.settings

    def set_settings(self, settings: BurstSettings) -> None:
        self._deliver(self.recognizer.flush())
        self.recognizer = BurstRecognizer(settings)

    def install(self) -> None:
        app = QCoreApplication.instance()
        if app is not None and not self._installed:
            app.installEventFilter(self)
            self._installed = True

    def uninstall(self) -> None:
        app = QCoreApplication.instance()
        if app is not None and self._installed:
            app.removeEventFilter(self)
            self._installed = False
        self._timer.stop()
        self._deliver(self.recognizer.flush())

    # -- the filter ------------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self._delivering or not isinstance(watched, QWidget):
            return False  # keys reach the window object first, then the widget: act on the widget
        kind = event.type()
        if kind == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            return self._key(watched, event)
        if kind == QEvent.Type.InputMethod and isinstance(event, QInputMethodEvent):
            return self._input_method(watched, event)
        return False

    def _key(self, target: QWidget, event: QKeyEvent) -> bool:
        now = self._clock()
        key = event.key()
        if event.modifiers() & _OFFICER_MODIFIERS or event.isAutoRepeat():
            self._deliver(self.recognizer.flush())
            return False
        if key in _TERMINATORS:
            outcomes, taken = self.recognizer.terminator(_TERMINATORS[Qt.Key(key)], now)
            self._deliver(outcomes)
            self._arm()
            return taken
        if key == Qt.Key.Key_Backspace:
            outcomes, taken = self.recognizer.backspace(_HeldKey(target, _copy(event)), now)
            self._deliver(outcomes)
            self._arm()
            return taken
        text = event.text()
        if len(text) == 1 and text.isprintable():
            self._deliver(self.recognizer.key(_HeldKey(target, _copy(event)), text, now))
            self._arm()
            return True
        self._deliver(self.recognizer.flush())
        return False

    def _input_method(self, target: QWidget, event: QInputMethodEvent) -> bool:
        """An input method (IBus, UniKey) committing text into a text field: inside a burst it is
        part of the scan; otherwise it goes on as it came once it is known not to be a scan."""
        text = event.commitString()
        if not text or event.preeditString() or event.replacementLength():
            self._deliver(self.recognizer.flush())
            return False
        now = self._clock()
        copy = QInputMethodEvent()
        copy.setCommitString(text)
        self._deliver(self.recognizer.key(_HeldKey(target, copy), text, now))
        self._arm()
        return True

    # -- time ------------------------------------------------------------------------------------
    def expire(self) -> None:
        """What the timer calls: a person's keys go on, a burst with no suffix becomes a scan."""
        self._deliver(self.recognizer.expire(self._clock()))
        self._arm()

    def _arm(self) -> None:
        due = self.recognizer.due()
        if due is None:
            self._timer.stop()
            return
        self._timer.start(max(0, int(due - self._clock() + 0.999)))

    # -- results ---------------------------------------------------------------------------------
    def _deliver(self, outcomes: list[Outcome]) -> None:
        for outcome in outcomes:
            if isinstance(outcome, Scan):
                self.scanned.emit(outcome.text)
            elif isinstance(outcome, PassOn):
                self._hand_on(outcome)

    def _hand_on(self, outcome: PassOn) -> None:
        self._delivering = True
        try:
            for item in outcome.keys:
                assert isinstance(item, _HeldKey)
                if shiboken6.isValid(item.target):
                    QCoreApplication.sendEvent(item.target, item.event)
        finally:
            self._delivering = False
