"""From the bytes of a text file to NFC text, in whichever encoding the office saved it — or a refusal.

What comes in: UTF-8 (with or without the BOM Excel writes), UTF-16 (Excel's "Unicode text", with a
BOM; without one it is recognised by its zero bytes), Windows-1258 (Excel's "CSV" on a Vietnamese
Windows, tones as combining marks), and the legacy TCVN3 and VNI font encodings (:mod:`.legacy`).

How it is decided, surest first:

1. a byte-order mark names the encoding;
2. zero bytes in every other position mean UTF-16 without a mark;
3. pure ASCII is ASCII; bytes that decode as strict UTF-8 are UTF-8 (Windows-1258, TCVN3 and VNI
   text practically never forms valid multi-byte UTF-8 sequences);
4. otherwise each 8-bit candidate (Windows-1258, TCVN3, VNI) decodes the file (its first 64 KiB
   when it is larger), and its accented words are checked against the shape of a Vietnamese syllable (:mod:`.syllables`). The winner
   must have nearly all of them valid and clearly more than the runner-up; anything less is refused
   with ``unknown_encoding`` — an officer can save the file again as UTF-8, whereas a garbled name
   imported into the registry would go unnoticed.

General-purpose detectors do not help with step 4: measured on the test samples, charset-normalizer
labels a VNI file "cp1258" with zero "chaos" and a TCVN3 file "iso8859_10" — both garbled — since
neither legacy encoding is in their repertoire.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from typing import Final

from accred_app.core.errors import ValidationError
from accred_app.core.messages import register
from accred_app.core.tabular.legacy import decode_tcvn3, decode_vni
from accred_app.core.tabular.syllables import is_vietnamese_syllable

register(
    {
        "unknown_encoding": (
            "Không nhận ra bảng mã của tệp {file}: chữ tiếng Việt trong tệp không đọc được đúng theo "
            "Unicode (UTF-8, UTF-16), Windows-1258, TCVN3 hay VNI. Hãy mở tệp và lưu lại dưới dạng "
            "CSV UTF-8 hoặc Excel (.xlsx).",
            "Cannot tell the text encoding of {file}: its Vietnamese text does not read correctly as "
            "Unicode (UTF-8, UTF-16), Windows-1258, TCVN3 or VNI. Open it and save it again as "
            "CSV UTF-8 or Excel (.xlsx).",
        ),
        "wrong_encoding": (
            "Tệp {file} không đọc được theo bảng mã {encoding} đã chọn.",
            "The file {file} cannot be read in the chosen encoding {encoding}.",
        ),
    }
)

UTF8 = "utf-8"
UTF8_BOM = "utf-8-sig"
UTF16 = "utf-16"
ASCII = "ascii"
CP1258 = "cp1258"
TCVN3 = "tcvn3"
VNI = "vni"
#: Encodings an officer may name instead of detection.
KNOWN_ENCODINGS: Final = (UTF8, UTF8_BOM, UTF16, CP1258, TCVN3, VNI)

#: The share of accented words that must be valid syllables, and the lead over the runner-up.
MIN_VALID_SHARE: Final = 0.8
MIN_LEAD: Final = 0.3
_TOKEN = re.compile(r"[^\s\d!-/:-@\[-`{-~]+")


@dataclass(frozen=True, slots=True)
class DecodedText:
    text: str
    encoding: str  # one of the module's names (UTF8, UTF8_BOM, UTF16, ASCII, CP1258, TCVN3, VNI)
    #: The share of accented words that are Vietnamese syllables (1.0 when decided by BOM/UTF).
    confidence: float


def _decode_cp1258(data: bytes) -> str:
    return data.decode("cp1258")


_LEGACY: Final[dict[str, Callable[[bytes], str]]] = {
    CP1258: _decode_cp1258,
    TCVN3: decode_tcvn3,
    VNI: decode_vni,
}


def vietnamese_share(text: str) -> tuple[float, int]:
    """(share of non-ASCII words that are Vietnamese syllables, number of such words)."""
    total = valid = 0
    for word in _TOKEN.findall(text):
        if word.isascii():
            continue
        total += 1
        valid += is_vietnamese_syllable(word)
    return (valid / total if total else 0.0), total


def _looks_utf16(data: bytes) -> str | None:
    sample = data[:4096]
    if len(sample) < 4:
        return None
    even_zeros = sample[0::2].count(0) / len(sample[0::2])
    odd_zeros = sample[1::2].count(0) / len(sample[1::2])
    if odd_zeros > 0.3 and even_zeros < 0.05:
        return "utf-16-le"
    if even_zeros > 0.3 and odd_zeros < 0.05:
        return "utf-16-be"
    return None


def _nfc(text: str) -> str:
    return text if unicodedata.is_normalized("NFC", text) else unicodedata.normalize("NFC", text)


def decode_bytes(data: bytes, *, file: str = "", encoding: str | None = None) -> DecodedText:
    """The file's text (NFC, BOM removed) and the encoding it was read in.

    ``encoding`` (one of :data:`KNOWN_ENCODINGS`) skips detection; the text must still decode.
    """
    if encoding is not None:
        return _decode_as(data, encoding, file)
    if data.startswith(b"\xef\xbb\xbf"):
        return _decode_as(data, UTF8_BOM, file)
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return _decode_as(data, UTF16, file)
    utf16 = _looks_utf16(data)
    if utf16 is not None:
        try:
            return DecodedText(_nfc(data.decode(utf16)), UTF16, 1.0)
        except UnicodeDecodeError:
            pass
    if data.isascii():
        return DecodedText(data.decode("ascii"), ASCII, 1.0)
    try:
        return DecodedText(_nfc(data.decode("utf-8")), UTF8, 1.0)
    except UnicodeDecodeError:
        pass
    return _detect_legacy(data, file)


def _decode_as(data: bytes, encoding: str, file: str) -> DecodedText:
    try:
        if encoding in _LEGACY:
            text = _LEGACY[encoding](data)
        elif encoding == UTF16:
            text = data.decode("utf-16")  # honours and strips a BOM; little-endian without one
        else:
            text = data.decode(encoding)
    except (UnicodeDecodeError, LookupError) as exc:
        raise ValidationError("wrong_encoding", file=file, encoding=encoding) from exc
    return DecodedText(_nfc(text), encoding, 1.0)


SAMPLE_BYTES: Final = 64 * 1024


def _detect_legacy(data: bytes, file: str) -> DecodedText:
    """Score the candidates on the first 64 KiB (a few hundred rows say it as clearly as all of
    them), then decode the whole file with the winner; score everything if that fails."""
    if len(data) > SAMPLE_BYTES:
        cut = data.rfind(b"\n", 0, SAMPLE_BYTES) + 1 or SAMPLE_BYTES
        try:
            winner = _best_reading(data[:cut], file)
            return DecodedText(
                _nfc(_LEGACY[winner.encoding](data)), winner.encoding, winner.confidence
            )
        except (UnicodeDecodeError, ValidationError):
            pass
    return _best_reading(data, file)


def _best_reading(data: bytes, file: str) -> DecodedText:
    scored: list[tuple[float, int, str, str]] = []
    for name, decode in _LEGACY.items():
        try:
            text = _nfc(decode(data))
        except UnicodeDecodeError:
            continue
        share, words = vietnamese_share(text)
        scored.append((share, words, name, text))
    scored.sort(key=lambda candidate: candidate[0], reverse=True)
    if not scored:
        raise ValidationError("unknown_encoding", file=file)
    best_share, words, name, text = scored[0]
    runner_up = scored[1][0] if len(scored) > 1 else 0.0
    if words == 0 or best_share < MIN_VALID_SHARE or best_share - runner_up < MIN_LEAD:
        raise ValidationError("unknown_encoding", file=file)
    return DecodedText(text, name, best_share)
