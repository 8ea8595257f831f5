"""Synthesise the checkpoint window's three verdict sounds into ``resources/sounds/``.

    python tools/make_sounds.py

Plain sine tones with short fades (no clicks), 16-bit mono 22,050 Hz WAV, each under half a second
so back-to-back scans do not queue sounds: *allowed* is a rising two-note chime, *warning* two
equal mid beeps, *denied* a low falling buzz (a square-ish wave, harder to miss at a noisy gate).
Made here from numbers alone, so the files are the project's own work (CC0, resources/LICENSES.md).
"""

from __future__ import annotations

import math
import struct
import wave
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOUNDS_DIR = ROOT / "resources" / "sounds"
RATE = 22_050
FADE_S = 0.012

Note = tuple[float, float, float, bool]  # frequency Hz, seconds, volume 0–1, square-ish


def _samples(notes: list[Note]) -> list[int]:
    out: list[int] = []
    for frequency, seconds, volume, square in notes:
        count = int(seconds * RATE)
        fade = int(FADE_S * RATE)
        for index in range(count):
            phase = 2 * math.pi * frequency * index / RATE
            value = math.sin(phase)
            if square:  # odd harmonics: a buzz that cuts through noise
                value = value + math.sin(3 * phase) / 3 + math.sin(5 * phase) / 5
                value *= 0.8
            envelope = min(1.0, index / fade, (count - 1 - index) / fade) if fade else 1.0
            out.append(int(max(-1.0, min(1.0, value * volume * envelope)) * 32767))
    return out


SOUNDS: dict[str, list[Note]] = {
    "allowed": [(880.0, 0.12, 0.6, False), (0.0, 0.02, 0.0, False), (1318.5, 0.18, 0.6, False)],
    "warning": [(660.0, 0.12, 0.6, False), (0.0, 0.08, 0.0, False), (660.0, 0.12, 0.6, False)],
    "denied": [(220.0, 0.18, 0.55, True), (174.6, 0.26, 0.55, True)],
}


def write(name: str, notes: list[Note], folder: Path = SOUNDS_DIR) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{name}.wav"
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(RATE)
        samples = _samples(notes)
        out.writeframes(struct.pack(f"<{len(samples)}h", *samples))
    return path


def main() -> None:
    for name, notes in SOUNDS.items():
        print(write(name, notes).relative_to(ROOT))


if __name__ == "__main__":
    main()
