"""Cutting a serial scanner's byte stream into scanned codes.

A serial (virtual COM port) scanner sends each code as bytes, usually followed by a suffix the
scanner is configured to add: CR, LF or both ("enter"), a TAB, or nothing at all ("none", where
the pause after the burst ends the code — the window's timer calls :meth:`ScannerLineReader.flush`).
Bytes come in whatever pieces the driver hands over, so a code is only complete at its suffix.

Codes are decoded as UTF-8 and, when that fails, as Latin-1: a scanner set to another code page
still gives *some* text, which the checkpoint then refuses with a verdict in words, rather than a
crash or a silent loss. A stream that never sends its suffix (the wrong suffix chosen) is cut at
``max_length`` bytes instead of growing without end.
"""

from __future__ import annotations

from typing import Final, Literal, get_args

Suffix = Literal["enter", "tab", "none"]
SUFFIXES: Final[tuple[Suffix, ...]] = get_args(Suffix)
DEFAULT_MAX_LENGTH: Final = 4096  # a pass token is ~230 digits
_TERMINATORS: Final[dict[Suffix, bytes]] = {"enter": b"\r\n", "tab": b"\t", "none": b""}
# Scanners may frame a code with STX/ETX or pad it; none of it is part of the code.
_TRIMMED: Final = "".join(map(chr, range(0x21)))


def scanned_text(raw: bytes) -> str:
    """One code's bytes as text: UTF-8, else Latin-1; control bytes and blanks at either end off."""
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        text = raw.decode("latin-1")
    return text.strip(_TRIMMED)


class ScannerLineReader:
    """Bytes in (:meth:`feed`), complete codes out; blank reads (a CR LF pair's second half, a
    lone suffix) give nothing."""

    def __init__(self, suffix: str = "enter", max_length: int = DEFAULT_MAX_LENGTH) -> None:
        if suffix not in SUFFIXES:
            raise ValueError(f"unknown scanner suffix {suffix!r}; expected one of {SUFFIXES}")
        if max_length < 1:
            raise ValueError("max_length must be at least 1")
        self.suffix = suffix
        self._terminators = _TERMINATORS[suffix]
        self._max_length = max_length
        self._buffer = bytearray()

    @property
    def pending(self) -> int:
        """Bytes received that are not yet a complete code."""
        return len(self._buffer)

    def feed(self, data: bytes) -> list[str]:
        codes: list[str] = []
        for byte in data:
            if byte in self._terminators:
                codes.extend(self._take())
                continue
            self._buffer.append(byte)
            if len(self._buffer) >= self._max_length:
                codes.extend(self._take())
        return codes

    def flush(self) -> list[str]:
        """End the code being received (the pause after a scanner with no suffix)."""
        return self._take()

    def _take(self) -> list[str]:
        text = scanned_text(bytes(self._buffer))
        self._buffer.clear()
        return [text] if text else []
