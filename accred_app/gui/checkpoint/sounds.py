"""The verdict's sound: one short WAV per screen state (``resources/sounds/``, made by
``tools/make_sounds.py``), played with ``QSoundEffect``; muted from the window, remembered.

QtMultimedia is loaded on the first sound, not when the window opens, and a computer with no
audio device only stays silent: the gate works the same. ``played`` records what was asked for
(muted or not), so tests check the sound without an audio device.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, QUrl
from PySide6.QtGui import QGuiApplication

from accred_app import paths
from accred_app.core.checkpoint.screen import ScreenState
from accred_app.gui.settings import desk_settings

MUTE_KEY = "checkpoint/muted"


def sound_file(state: ScreenState) -> str:
    return str(paths.SOUNDS_DIR / f"{state.value}.wav")


class VerdictSounds(QObject):
    def __init__(self, parent: QObject | None = None, *, audible: bool | None = None) -> None:
        super().__init__(parent)
        if audible is None:  # nobody listens to an offscreen run (tests, screenshots, benchmarks)
            audible = QGuiApplication.platformName() != "offscreen"
        self._audible = audible  # False: record only
        self._effects: dict[ScreenState, Any] = {}
        self.played: list[tuple[ScreenState, bool]] = []  # (state, heard: not muted)
        self._muted = desk_settings().value(MUTE_KEY, False) in (True, "true", "1")

    @property
    def muted(self) -> bool:
        return self._muted

    def set_muted(self, muted: bool) -> None:
        self._muted = muted
        settings = desk_settings()
        settings.setValue(MUTE_KEY, muted)
        settings.sync()

    def play(self, state: ScreenState) -> None:
        self.played.append((state, not self._muted))
        if self._muted or not self._audible:
            return
        effect = self._effects.get(state)
        if effect is None:
            from PySide6.QtMultimedia import QSoundEffect

            effect = QSoundEffect(self)
            effect.setSource(QUrl.fromLocalFile(sound_file(state)))
            effect.setVolume(0.9)
            self._effects[state] = effect
        effect.play()
