"""Telling a keyboard-wedge scanner from a person at the keyboard, from key times alone.

A USB scanner "types" a whole code in one burst, a few milliseconds a key, usually ending with
Enter or Tab, sometimes with nothing (then the silence after the last key ends it). A person types
keys far apart. :class:`BurstRecognizer` is fed every printable key with its time and answers with
what to do: hand keys on to the widget they were meant for (:class:`PassOn`, in the order typed)
or take a code as a scan (:class:`Scan`). It holds every key until it knows which of the two the key
belongs to, so no key of a scan ever reaches a widget (a scan arriving while the officer types the
reason into a dialog leaves nothing behind there), and no key is ever dropped or reordered. A key a
person types reaches the widget after at most ``max_gap_ms``.

It knows nothing of Qt: ``tests/unit/test_key_bursts.py`` drives it with plain numbers; the
checkpoint window's event filter (``keyboard_wedge.py``) is a thin layer over it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Final

DEFAULT_MAX_GAP_MS: Final = 40.0
"""Scanners send a key every 2–15 ms; a fast typist's keys are 60 ms or more apart."""
DEFAULT_SILENCE_MS: Final = 120.0
"""A burst with no Enter or Tab after it is a scan once the keyboard has been quiet this long."""
DEFAULT_MIN_LENGTH: Final = 6
"""Shorter fast bursts are a person's rolled keys ("th", "ng"), not a code: a pass's code is long."""


@dataclass(frozen=True, slots=True)
class BurstSettings:
    max_gap_ms: float = DEFAULT_MAX_GAP_MS
    silence_ms: float = DEFAULT_SILENCE_MS
    min_length: int = DEFAULT_MIN_LENGTH

    def __post_init__(self) -> None:
        if self.max_gap_ms <= 0 or self.min_length < 1:
            raise ValueError("max_gap_ms must be positive and min_length at least 1")
        if self.silence_ms < self.max_gap_ms:
            raise ValueError("silence_ms cannot be shorter than max_gap_ms")


@dataclass(frozen=True, slots=True)
class PassOn:
    """Keys that belong to the widget they were typed into, in typing order (each an opaque
    item of the caller's: a Qt filter keeps the key events themselves)."""

    keys: tuple[object, ...]


@dataclass(frozen=True, slots=True)
class Scan:
    text: str
    ended_by: str  # "enter", "tab" or "silence"


Outcome = PassOn | Scan


@dataclass(slots=True)
class _Held:
    key: object
    text: str
    at: float


@dataclass(slots=True)
class BurstRecognizer:
    """Fed keys with their times (milliseconds, any monotonic origin); see the module docstring.

    ``key`` takes a printable key, ``backspace`` one the input method sent inside a burst,
    ``terminator`` an Enter or Tab, ``expire`` the time now (call it when :meth:`due` is reached).
    Each returns the outcomes in order; the caller delivers them in that order.
    """

    settings: BurstSettings = field(default_factory=BurstSettings)
    _held: list[_Held] = field(default_factory=list)
    _burst: bool = False  # the held keys came at scanner speed (at least two of them)

    @property
    def holding(self) -> bool:
        return bool(self._held)

    @property
    def held_text(self) -> str:
        return "".join(item.text for item in self._held)

    def due(self) -> float | None:
        """When :meth:`expire` must next be called (None: nothing held)."""
        if not self._held:
            return None
        last = self._held[-1].at
        if self._burst and self._long_enough():
            return last + self.settings.silence_ms
        return last + self.settings.max_gap_ms

    def key(self, key: object, text: str, at: float) -> list[Outcome]:
        out: list[Outcome] = []
        if self._held and at - self._held[-1].at > self.settings.max_gap_ms:
            out.extend(self._close())
        if self._held:
            self._burst = True
        self._held.append(_Held(key, text, at))
        return out

    def backspace(self, key: object, at: float) -> tuple[list[Outcome], bool]:
        """An input method (UniKey) rewrites what it typed with Backspace then new letters, at
        the scanner's speed. Inside a burst it removes the last held character (as the widget
        would); otherwise it is the officer's key. The flag says whether the key was taken."""
        if self._held and self._burst and at - self._held[-1].at <= self.settings.max_gap_ms:
            self._held.pop()
            if self._held:
                self._held[-1].at = at
            return [], True
        return self._close(), False

    def terminator(self, kind: str, at: float) -> tuple[list[Outcome], bool]:
        """Enter or Tab: the end of a scan when a long enough burst is held and the key came at
        burst speed; the flag says whether the terminator was taken (else it goes on to the
        widget, after any keys handed back)."""
        if (
            self._held
            and self._burst
            and self._long_enough()
            and at - self._held[-1].at <= self.settings.max_gap_ms
        ):
            scan = Scan(self.held_text, kind)
            self._reset()
            return [scan], True
        return self._close(), False

    def expire(self, at: float) -> list[Outcome]:
        """Time passed with no key: hand back a person's keys, end a burst with no suffix."""
        due = self.due()
        if due is None or at < due:
            return []
        return self._close()

    def flush(self) -> list[Outcome]:
        """Give back whatever is held (a shortcut key, the window closing): never a scan."""
        if not self._held:
            return []
        keys = tuple(item.key for item in self._held)
        self._reset()
        return [PassOn(keys)]

    def _long_enough(self) -> bool:
        return len(self._held) >= self.settings.min_length

    def _close(self) -> list[Outcome]:
        """The held keys are over: a long burst is a scan (a code with no suffix, or one whose
        suffix was lost), anything else goes back to the widget."""
        if self._burst and self._long_enough():
            scan = Scan(self.held_text, "silence")
            self._reset()
            return [scan]
        return self.flush()

    def _reset(self) -> None:
        self._held.clear()
        self._burst = False
