"""Is this word a Vietnamese syllable? The yardstick that tells a right decoding from a garbled one.

Vietnamese is written one syllable per word, and the shapes a syllable can take are few: an
optional initial consonant, a vowel group from a closed list, an optional final consonant, at most
one tone mark. Text decoded in the wrong legacy encoding breaks that at once ("NguyÔn", "Nguyeón",
"Thò" with a stray mark, "ThÞ"), so the share of valid syllables among a file's accented words
separates the candidate encodings cleanly (see :mod:`.encodings`). The check is deliberately
about shape, not vocabulary: names need no dictionary.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache
from typing import Final

_TONES: Final = frozenset("\u0300\u0301\u0303\u0309\u0323")
_INITIALS: Final = (
    "ngh", "ng", "nh", "gh", "gi", "kh", "ch", "ph", "th", "tr", "qu",
    "b", "c", "d", "đ", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "x", "",
)  # fmt: skip
_FINALS: Final = ("ng", "nh", "ch", "c", "m", "n", "p", "t", "")
_VOWEL_GROUPS: Final = frozenset(
    {
        *"aăâeêioôơuưy",
        "ai", "ao", "au", "ay", "âu", "ây", "eo", "êu", "ia", "iê", "iu", "oa", "oă", "oe",
        "oi", "oo", "ôi", "ơi", "ua", "uâ", "uê", "ui", "uô", "uơ", "uy", "ưa", "ưi", "ươ",
        "ưu", "yê", "iêu", "yêu", "oai", "oay", "oao", "oeo", "uây", "uôi", "uya", "uyê",
        "uyu", "ươi", "ươu", "uay", "uai", "ueo",
    }
)  # fmt: skip
_VOWELS: Final = frozenset("aăâeêioôơuưy")


def _split_tone(word: str) -> tuple[str, int] | None:
    """The word without its tone (lower case, NFC) and the number of tone marks; None when the
    word has a mark Vietnamese does not use or a character that is not a letter."""
    decomposed = unicodedata.normalize("NFD", word.casefold())
    tones = sum(1 for c in decomposed if c in _TONES)
    bare = unicodedata.normalize("NFC", "".join(c for c in decomposed if c not in _TONES))
    if any(not (c.isascii() and c.isalpha()) and c not in "ăâêôơưđ" for c in bare):
        return None
    return bare, tones


@lru_cache(maxsize=65536)
def is_vietnamese_syllable(word: str) -> bool:
    """True when ``word`` has the shape of one Vietnamese syllable (any case, NFC or NFD).

    >>> [is_vietnamese_syllable(w) for w in ("Nguyễn", "Thị", "Ánh", "khuya", "giữ", "gì")]
    [True, True, True, True, True, True]
    >>> [is_vietnamese_syllable(w) for w in ("NguyÔn", "Nguyeón", "ThÞ", "Hoaøng", "nguyơn")]
    [False, False, False, False, False]
    """
    split = _split_tone(word)
    if split is None:
        return False
    bare, tones = split
    if tones > 1 or not bare:
        return False
    for initial in _INITIALS:
        if not bare.startswith(initial):
            continue
        rest = bare[len(initial) :]
        if initial == "gi" and not any(c in _VOWELS for c in rest):
            rest = "i" + rest  # "gì", "gìn": the i is the vowel
        for final in _FINALS:
            if rest.endswith(final):
                group = rest[: len(rest) - len(final)] if final else rest
                if group in _VOWEL_GROUPS:
                    return True
    return False
