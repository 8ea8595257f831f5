"""The legacy Vietnamese font encodings TCVN3 (ABC) and VNI Windows, which Python has no codec for.

Before Unicode, Vietnamese offices typed in fonts whose glyphs sat on Latin-1 code points: a file
saved from such a spreadsheet holds those bytes, and opened as anything else it shows the familiar
garble ("NguyÔn ThÞ" is TCVN3, "Nguyeãn Thò" is VNI for "Nguyễn Thị"). The tables below are the
published code charts of the two encodings:

* **TCVN3** (TCVN 5712:1993, VN3 — the ``.VnTime`` fonts of the ABC keyboard) gives every
  lower-case letter one byte. Of the capitals only Ă Â Ê Ô Ơ Ư Đ have their own code: a capital
  with a tone is typed in the ``.VnTimeH`` capitals font *on the lower-case code*, so the bytes
  alone cannot tell "Á" from "á". :func:`decode_tcvn3` therefore restores the case of a word written
  in capitals ("NGUYÔN" → "NGUYỄN"); a title-case word's first letter cannot be recovered here, and
  callers that know a field is a person's name capitalise its words.
* **VNI** (VNI Windows fonts) writes a base letter followed by a mark byte (tone, or circumflex or
  breve with a tone); ơ ư đ, the toned i's and ỵ have single bytes. Mark bytes come in a lower- and
  an upper-case form; the letter they follow decides the case of the result.

Both decoders return NFC text and raise :class:`UnicodeDecodeError` on a byte the encoding leaves
undefined, so a file in another encoding fails instead of decoding to nonsense. The encoders exist
so the tests and the benchmarks can write files exactly as those offices' software did.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Final

GRAVE, ACUTE, TILDE, HOOK, DOT = "\u0300", "\u0301", "\u0303", "\u0309", "\u0323"
CIRCUMFLEX, BREVE, HORN = "\u0302", "\u0306", "\u031b"
TONE_MARKS: Final = frozenset({GRAVE, ACUTE, TILDE, HOOK, DOT})


def _windows_punctuation() -> dict[int, str]:
    """Bytes 0x80–0x9F as Windows shows them (curly quotes, dashes, …): the legacy fonts left these
    positions to the system, and documents typed in Word carry its smart quotes there."""
    table: dict[int, str] = {}
    for byte in range(0x80, 0xA0):
        try:
            table[byte] = bytes([byte]).decode("cp1252")
        except UnicodeDecodeError:
            continue  # 0x81 0x8D 0x8F 0x90 0x9D: undefined
    return table


# --- TCVN3 -----------------------------------------------------------------------------------

_TCVN3_LETTERS: Final[dict[int, str]] = {
    0xA1: "Ă", 0xA2: "Â", 0xA3: "Ê", 0xA4: "Ô", 0xA5: "Ơ", 0xA6: "Ư", 0xA7: "Đ",
    0xA8: "ă", 0xA9: "â", 0xAA: "ê", 0xAB: "ô", 0xAC: "ơ", 0xAD: "ư", 0xAE: "đ",
    0xB5: "à", 0xB6: "ả", 0xB7: "ã", 0xB8: "á", 0xB9: "ạ",
    0xBB: "ằ", 0xBC: "ẳ", 0xBD: "ẵ", 0xBE: "ắ", 0xC6: "ặ",
    0xC7: "ầ", 0xC8: "ẩ", 0xC9: "ẫ", 0xCA: "ấ", 0xCB: "ậ",
    0xCC: "è", 0xCE: "ẻ", 0xCF: "ẽ", 0xD0: "é", 0xD1: "ẹ",
    0xD2: "ề", 0xD3: "ể", 0xD4: "ễ", 0xD5: "ế", 0xD6: "ệ",
    0xD7: "ì", 0xD8: "ỉ", 0xDC: "ĩ", 0xDD: "í", 0xDE: "ị",
    0xDF: "ò", 0xE1: "ỏ", 0xE2: "õ", 0xE3: "ó", 0xE4: "ọ",
    0xE5: "ồ", 0xE6: "ổ", 0xE7: "ỗ", 0xE8: "ố", 0xE9: "ộ",
    0xEA: "ờ", 0xEB: "ở", 0xEC: "ỡ", 0xED: "ớ", 0xEE: "ợ",
    0xEF: "ù", 0xF1: "ủ", 0xF2: "ũ", 0xF3: "ú", 0xF4: "ụ",
    0xF5: "ừ", 0xF6: "ử", 0xF7: "ữ", 0xF8: "ứ", 0xF9: "ự",
    0xFA: "ỳ", 0xFB: "ỷ", 0xFC: "ỹ", 0xFD: "ý", 0xFE: "ỵ",
}  # fmt: skip

_TCVN3_DECODE: Final[dict[int, str]] = {
    **{byte: chr(byte) for byte in range(0x80)},
    **_windows_punctuation(),
    0xA0: "\u00a0",
    **_TCVN3_LETTERS,
}
_TCVN3_ENCODE: Final[dict[str, int]] = {char: byte for byte, char in _TCVN3_DECODE.items()}


# A whole word (letters only) with no ASCII lower-case letter: the only kind that may need fixing.
_WORD = re.compile(r"(?<![^\W\d_])[^\W\d_a-z]+(?![^\W\d_])")


def _restore_capital_word(match: re.Match[str]) -> str:
    word = match.group()
    ascii_letters = [c for c in word if c.isascii()]
    if len(ascii_letters) >= 2 and all(c.isupper() for c in ascii_letters):
        return word.upper()
    return word


def _restore_capital_words(text: str) -> str:
    """Upper-case a word whose ASCII letters (two or more) are all capitals: in TCVN3 its toned
    letters came from the capitals font on lower-case codes ("NGUYễN" → "NGUYỄN"). A word with one
    ASCII capital ("Lê", "Họ") is read as title case, the commoner of the two in a list of names."""
    if text.isascii():
        return text
    return _WORD.sub(_restore_capital_word, text)


def _translate(data: bytes, table: dict[int, str], name: str) -> str:
    """Decode with a byte -> text table at C speed (``str.translate`` over the bytes read as
    Latin-1), after checking that every byte is defined."""
    undefined = data.translate(None, bytes(table))
    if undefined:
        position = data.index(undefined[0])
        raise UnicodeDecodeError(name, data, position, position + 1, f"undefined in {name}")
    return data.decode("latin-1").translate(table)


def decode_tcvn3(data: bytes) -> str:
    return _restore_capital_words(_translate(data, _TCVN3_DECODE, "TCVN3"))


def encode_tcvn3(text: str) -> bytes:
    """Bytes as the ABC keyboard wrote them; a capital with a tone takes its lower-case code."""
    out = bytearray()
    for position, char in enumerate(unicodedata.normalize("NFC", text)):
        byte = _TCVN3_ENCODE.get(char)
        if byte is None:
            byte = _TCVN3_ENCODE.get(char.lower())
        if byte is None:
            raise UnicodeEncodeError("tcvn3", text, position, position + 1, "not in TCVN3")
        out.append(byte)
    return bytes(out)


# --- VNI ---------------------------------------------------------------------------------------

# Single bytes that are letters of their own: (lower-case byte, upper-case byte) -> lower-case letter.
_VNI_LETTERS: Final[dict[str, tuple[int, int]]] = {
    "đ": (0xF1, 0xD1),
    "ơ": (0xF4, 0xD4),
    "ư": (0xF6, 0xD6),
    "ì": (0xEC, 0xCC),
    "í": (0xED, 0xCD),
    "ỉ": (0xE6, 0xC6),
    "ĩ": (0xF3, 0xD3),
    "ị": (0xF2, 0xD2),
    "ỵ": (0xEE, 0xCE),
}
# Mark bytes following a base letter: (lower-case byte, upper-case byte) -> combining marks.
_VNI_MARKS: Final[dict[str, tuple[int, int]]] = {
    ACUTE: (0xF9, 0xD9),
    GRAVE: (0xF8, 0xD8),
    HOOK: (0xFB, 0xDB),
    TILDE: (0xF5, 0xD5),
    DOT: (0xEF, 0xCF),
    CIRCUMFLEX: (0xE2, 0xC2),
    CIRCUMFLEX + ACUTE: (0xE1, 0xC1),
    CIRCUMFLEX + GRAVE: (0xE0, 0xC0),
    CIRCUMFLEX + HOOK: (0xE5, 0xC5),
    CIRCUMFLEX + TILDE: (0xE3, 0xC3),
    CIRCUMFLEX + DOT: (0xE4, 0xC4),
    BREVE: (0xEA, 0xCA),
    BREVE + ACUTE: (0xE9, 0xC9),
    BREVE + GRAVE: (0xE8, 0xC8),
    BREVE + HOOK: (0xFA, 0xDA),
    BREVE + TILDE: (0xFC, 0xDC),
    BREVE + DOT: (0xEB, 0xCB),
}


def _vni_decode_table() -> dict[int, str]:
    table: dict[int, str] = {byte: chr(byte) for byte in range(0x80)}
    table.update(_windows_punctuation())
    for byte in range(0xA0, 0xC0):  # Latin-1 symbols (©, «, °, ½ …): the fonts kept them
        table[byte] = chr(byte)
    table[0xD7], table[0xF7] = "×", "÷"
    for letter, (lower, upper) in _VNI_LETTERS.items():
        table[lower], table[upper] = letter, letter.upper()
    for marks, (lower, upper) in _VNI_MARKS.items():
        table[lower] = table[upper] = marks
    return table


_VNI_DECODE: Final = _vni_decode_table()
_VNI_ENCODE_LETTER: Final[dict[str, int]] = {
    **{letter: lower for letter, (lower, _) in _VNI_LETTERS.items()},
    **{letter.upper(): upper for letter, (_, upper) in _VNI_LETTERS.items()},
}


def decode_vni(data: bytes) -> str:
    return unicodedata.normalize("NFC", _translate(data, _VNI_DECODE, "VNI"))


_VNI_ENCODE_SYMBOL: Final[dict[str, int]] = {
    char: byte
    for byte, char in _VNI_DECODE.items()
    if byte >= 0x80 and len(char) == 1 and not unicodedata.category(char).startswith(("L", "M"))
}


def _vni_letter(char: str) -> bytes:
    """One NFC character as VNI bytes: a single byte, or the base letter and one mark byte."""
    if char.isascii():
        return char.encode("ascii")
    single = _VNI_ENCODE_LETTER.get(char, _VNI_ENCODE_SYMBOL.get(char))
    if single is not None:
        return bytes([single])
    decomposed = unicodedata.normalize("NFD", char)
    base, marks = decomposed[0], set(decomposed[1:])
    upper = base.isupper()
    prefix = b""
    if HORN in marks:  # ơ ư with a tone: the letter's own byte, then the tone
        marks.discard(HORN)
        horned = unicodedata.normalize("NFC", base + HORN)
        prefix = bytes([_VNI_ENCODE_LETTER[horned]])
    elif base.lower() == "y" and marks == {DOT}:
        return bytes([_VNI_ENCODE_LETTER["Ỵ" if upper else "ỵ"]])
    elif base.lower() == "i" and len(marks) == 1:
        return bytes([_VNI_ENCODE_LETTER[unicodedata.normalize("NFC", char)]])
    elif base.isascii():
        prefix = base.encode("ascii")
    else:
        raise ValueError(char)
    modifier = next((m for m in (CIRCUMFLEX, BREVE) if m in marks), "")
    tone = "".join(m for m in marks if m in TONE_MARKS)
    if len(marks) != len(modifier) + len(tone) or len(tone) > 1:
        raise ValueError(char)
    if not modifier and not tone:
        return prefix
    lower, upper_byte = _VNI_MARKS[modifier + tone]
    return prefix + bytes([upper_byte if upper else lower])


def encode_vni(text: str) -> bytes:
    """Bytes as the VNI keyboard wrote them (capital letters take the capital mark bytes)."""
    out = bytearray()
    for position, char in enumerate(unicodedata.normalize("NFC", text)):
        try:
            out += _vni_letter(char)
        except (ValueError, KeyError) as exc:
            raise UnicodeEncodeError("vni", text, position, position + 1, "not in VNI") from exc
    return bytes(out)
