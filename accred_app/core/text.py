"""Vietnamese text: storage normalisation, search folding and list order.

Reporters' names reach us typed on Telex/VNI keyboards, pasted from Word, read from
spreadsheets that older tools wrote in decomposed form (NFD), and sometimes carry invisible marks
(zero-width spaces, RTL marks, BOMs) copied from web pages. Without one normalisation point the
same person would be stored twice, and a search for "nguyen" would miss "Nguyễn". Everything here
is pure stdlib so the database layer, the CLI and the GUI share one definition of "same text",
"found" and "in order".

Three rules (see ``docs/vietnamese-text.md``):

* storage: :func:`clean` every stored string (NFC, no control/format characters, single spaces);
* search: :func:`search_key` is stored and indexed on each row; a query matches when every query
  word is a prefix of some key word (:func:`matches`); :func:`like_patterns` is that rule in SQL;
* order: :func:`vietnamese_sort_key` sorts by given name, then family/middle names, letters in the
  Vietnamese alphabet, tones as a second level; :func:`vietnamese_sort_bytes` is the same order as
  bytes, stored in an indexed column so that SQL sorts and pages without loading every row.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache
from typing import Final

__all__ = [
    "LIKE_ESCAPE",
    "NameSortKey",
    "WordSortKey",
    "clean",
    "fold",
    "letter_key",
    "like_patterns",
    "matches",
    "query_words",
    "search_key",
    "search_words",
    "vietnamese_sort_bytes",
    "vietnamese_sort_key",
    "word_prefix_range",
]

#: The escape character used in every pattern from :func:`like_patterns`. The SQL must say
#: ``ESCAPE '\'`` (SQLAlchemy: ``column.like(pattern, escape="\\")``) because SQLite has no default.
LIKE_ESCAPE: Final = "\\"

#: Per-word collation key: (primary letters, tones, other marks). See :func:`letter_key`.
WordSortKey = tuple[tuple[int, ...], tuple[int, ...], tuple[int, ...]]
#: Per-name collation key: (given name, other words left to right, NFC text as the final tie-break).
NameSortKey = tuple[WordSortKey, tuple[WordSortKey, ...], str]

_DROPPED_CATEGORIES: Final = frozenset({"Cc", "Cf", "Cs"})
_MARK_CATEGORIES: Final = frozenset({"Mn", "Me"})


class _CleanTable(dict[int, str | None]):
    """Lazy ``str.translate`` table: whitespace of any kind -> space, control/format chars -> gone.

    Filled on first sight of each code point, so the cost is paid once per distinct character
    instead of scanning all of Unicode at import time (which would cost ~0.2 s on every start).
    Lone surrogates (Cs) go too: they cannot be encoded to UTF-8, so the database would reject them.
    """

    def __missing__(self, code_point: int) -> str | None:
        char = chr(code_point)
        if char.isspace():
            result: str | None = " "
        elif unicodedata.category(char) in _DROPPED_CATEGORIES:
            result = None
        else:
            result = char
        self[code_point] = result
        return result


class _FoldTable(dict[int, str | None]):
    """Lazy per-character fold: casefold, decompose, drop marks, đ -> d.

    Every step is context-free per character once :func:`clean` has composed the text, so a
    memoised translate table gives the same result as folding the whole string, at C speed.
    ``ð`` (U+00F0/U+00D0, Icelandic eth) folds to ``d`` too: text converted from legacy TCVN3/VNI
    fonts often carries it where ``đ``/``Đ`` was meant, and the two look identical on screen.
    """

    def __missing__(self, code_point: int) -> str | None:
        decomposed = unicodedata.normalize("NFD", chr(code_point).casefold())
        kept = "".join(c for c in decomposed if unicodedata.category(c) not in _MARK_CATEGORIES)
        result = kept.replace("đ", "d").replace("ð", "d") or None
        self[code_point] = result
        return result


_CLEAN_TABLE: Final = _CleanTable()
_FOLD_TABLE: Final = _FoldTable()


def clean(text: str) -> str:
    """Return ``text`` in the one form we store: NFC, no invisible characters, single spaces.

    Every string written to the database passes through here so that equality, uniqueness and
    the folded search key never depend on how the text was typed. Control and format characters
    (Cc/Cf: NUL, RTL/LTR marks, zero-width spaces and joiners, BOM) are removed *before*
    composing, so a stray zero-width space between a letter and its tone mark cannot block the
    composition. Any Unicode whitespace (tabs, newlines, NBSP, ideographic space) becomes a
    single ASCII space; the ends are stripped. Idempotent.

    >>> clean("  Nguye\\u0302\\u0303n\\u200b   Thi\\u0323\\t\\u00c1nh\\x00 ")
    'Nguyễn Thị Ánh'
    """
    if not text.isprintable():  # fast path: printable text has no controls and no odd spaces
        text = text.translate(_CLEAN_TABLE)
    if not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    return " ".join(text.split())


def fold(text: str) -> str:
    """Return the accent- and case-insensitive form used for searching.

    Users type names without tones (or on a keyboard that cannot type them) and expect to find
    the accented record, so the key drops every diacritic, lowercases with ``casefold`` and maps
    ``đ``/``Đ`` to ``d``. It starts from :func:`clean`, so composed and decomposed input fold
    the same way. The result is NFC, whitespace-collapsed and idempotent
    (``fold(fold(s)) == fold(s)``); for Vietnamese it is plain ASCII.

    >>> fold("Nguyễn Thị Ánh")
    'nguyen thi anh'
    >>> fold("ĐỖ  Đức")
    'do duc'
    """
    cleaned = clean(text)
    if cleaned.isascii():
        return cleaned.lower()  # for ASCII, lower() == casefold() and nothing else applies
    folded = " ".join(cleaned.translate(_FOLD_TABLE).split())
    if not folded.isascii():
        folded = unicodedata.normalize("NFC", folded)
    return folded


def search_key(*parts: str | None) -> str:
    """Return the indexed search key stored on a row, built from its searchable fields.

    Contract: the folded, non-empty ``parts`` (``None`` and blank parts skipped) joined by single
    spaces, **with one leading space**, and no trailing space; ``""`` when nothing is left. The
    leading space makes every word start right after a space, so the SQL
    ``search_key LIKE '% ' || word || '%'`` (see :func:`like_patterns`) means exactly "``word``
    is a prefix of some key word" — including the first word — without a full-text engine.
    Store it as returned; do not :func:`clean` it (that would strip the leading space).

    >>> search_key("Nguyễn Thị Ánh", None, "  ", "Báo Thanh Hóa")
    ' nguyen thi anh bao thanh hoa'
    >>> search_key(None, "")
    ''
    """
    folded = [f for f in (fold(p) for p in parts if p) if f]
    if not folded:
        return ""
    return " " + " ".join(folded)


def search_words(key: str) -> list[str]:
    """Return the distinct words of a stored :func:`search_key`, sorted: what a words index holds.

    A query word matches a row exactly when it is a prefix of one of these words, so an index of
    them answers :func:`matches` without reading the rows.

    >>> search_words(" nguyen thi anh 0912 anh")
    ['0912', 'anh', 'nguyen', 'thi']
    """
    return sorted(set(key.split()))


def query_words(query: str) -> list[str]:
    """Return the folded words of a user's query; ``[]`` for a blank query (which matches all)."""
    return fold(query).split()


def matches(key: str, query: str) -> bool:
    """Tell whether ``query`` finds a row whose search key is ``key``: the reference search rule.

    Every query word must be a prefix of some word of the key, in any order, so a desk officer
    can type "thi an", "anh nguyen" or just "ngu" and find "Nguyễn Thị Ánh"; "guyen" finds
    nothing because matching only starts at word starts. A blank query matches everything.
    This is the Python twin of :func:`like_patterns` (the tests hold them to agree); ``key`` may
    also be raw text, since folding an already folded key changes nothing.

    >>> key = search_key("Nguyễn Thị Ánh")
    >>> [matches(key, q) for q in ("thi an", "NGUYEN", "Nguyễn", "anh", "guyen")]
    [True, True, True, True, False]
    """
    words = query_words(query)
    if not words:
        return True
    key_words = fold(key).split()
    return all(any(k.startswith(w) for k in key_words) for w in words)


def _escape_like(word: str) -> str:
    return (
        word.replace(LIKE_ESCAPE, LIKE_ESCAPE * 2)
        .replace("%", LIKE_ESCAPE + "%")
        .replace("_", LIKE_ESCAPE + "_")
    )


def like_patterns(query: str) -> list[str]:
    """Return the SQL ``LIKE`` patterns whose conjunction on ``search_key`` equals :func:`matches`.

    One pattern per distinct query word, ``'% ' + escaped(word) + '%'``: "a space, then the
    word" is a word-prefix test because :func:`search_key` puts a space before every word. ``%``,
    ``_`` and the escape character itself are escaped with :data:`LIKE_ESCAPE` (a backslash), so
    the DB layer must AND them and pass the escape explicitly, e.g. SQLAlchemy
    ``and_(*(Row.search_key.like(p, escape="\\") for p in like_patterns(q)))``.
    An empty list means a blank query: add no condition. Both sides are already lowercase, so
    SQLite's ASCII case-insensitive LIKE and PostgreSQL's case-sensitive LIKE agree.

    >>> like_patterns("Thị 50%_an")
    ['% thi%', '% 50\\\\%\\\\_an%']
    """
    return [f"% {_escape_like(w)}%" for w in dict.fromkeys(query_words(query))]


# --- Vietnamese collation ------------------------------------------------------------------

# The Vietnamese alphabet, with the Latin letters it lacks (f j w z) placed where foreign names
# expect them. ð shares đ's place for the same reason it folds to d (legacy-font lookalike).
_ALPHABET: Final = "aăâbcdđeêfghijklmnoôơpqrstuưvwxyz"
_LETTER_BASE: Final = 128  # ASCII digits and punctuation (< 128) sort before letters
_OTHER_BASE: Final = 1024  # anything else sorts after letters, by code point
_PRIMARY: Final[dict[str, int]] = {c: _LETTER_BASE + i for i, c in enumerate(_ALPHABET)}
_PRIMARY["ð"] = _PRIMARY["đ"]
# Decomposed (base, modifier) pairs that are letters of their own in Vietnamese.
_MODIFIED: Final[dict[tuple[str, str], str]] = {
    ("a", "\u0306"): "ă",
    ("a", "\u0302"): "â",
    ("e", "\u0302"): "ê",
    ("o", "\u0302"): "ô",
    ("o", "\u031b"): "ơ",
    ("u", "\u031b"): "ư",
}
# Tones in dictionary order: (none = absent), huyền, hỏi, ngã, sắc, nặng.
_TONES: Final[dict[str, int]] = {
    "\u0300": 1,  # huyền  à
    "\u0309": 2,  # hỏi    ả
    "\u0303": 3,  # ngã    ã
    "\u0301": 4,  # sắc    á
    "\u0323": 5,  # nặng   ạ
}


@lru_cache(maxsize=65536)
def letter_key(word: str) -> WordSortKey:
    """Return the collation key of one word: ``(letters, tones, other_marks)``.

    Level 1, ``letters``: one weight per base letter in the order
    a ă â b c d đ e ê (f) g h i (j) k l m n o ô ơ p q r s t u ư v (w) x y (z); ă â đ ê ô ơ ư are
    letters of their own, not accented a/d/e/o/u. Digits and ASCII punctuation come before
    letters, other characters after them by code point. Case is ignored (casefold).
    Level 2, ``tones``: the tone marks of the word in reading order, weighted
    huyền 1 < hỏi 2 < ngã 3 < sắc 4 < nặng 5, none sorting first (empty tuple). Tones are taken
    per word, not per letter, so the old and new placements ("hoà"/"hòa") compare equal here.
    Level 3, ``other_marks``: any other combining marks (foreign names: ü, ç ...), by code point.
    Digraphs (ch, gh, kh, ng, nh, ph, th, tr, qu, gi) are not separate letters, as in CLDR's
    Vietnamese collation and in the order users see from spreadsheets.

    >>> letter_key("Anh") < letter_key("Ánh") < letter_key("Bình")
    True
    >>> letter_key("An") < letter_key("Ăn") < letter_key("Ân") < letter_key("Bo")
    True
    >>> letter_key("Dung") < letter_key("Đạt") < letter_key("Em")
    True
    """
    primary: list[int] = []
    tones: list[int] = []
    others: list[int] = []
    base = ""  # the last base letter, while it can still take a modifier
    for char in unicodedata.normalize("NFD", unicodedata.normalize("NFC", word).casefold()):
        tone = _TONES.get(char)
        if tone is not None:
            tones.append(tone)
            continue
        modified = _MODIFIED.get((base, char))
        if modified is not None:
            primary[-1] = _PRIMARY[modified]
            base = ""
            continue
        if unicodedata.combining(char) or unicodedata.category(char) in _MARK_CATEGORIES:
            others.append(ord(char))
            continue
        weight = _PRIMARY.get(char)
        if weight is None:
            weight = ord(char) if ord(char) < _LETTER_BASE else _OTHER_BASE + ord(char)
        primary.append(weight)
        base = char
    return tuple(primary), tuple(tones), tuple(others)


@lru_cache(maxsize=16384)
def vietnamese_sort_key(full_name: str) -> NameSortKey:
    """Return the key that puts person names in Vietnamese list order.

    Vietnamese lists (class rolls, accreditation lists) are ordered by the *given* name — the
    last word — because family names are few (Nguyễn, Trần, Lê ...) and would put a third of
    the list under one letter. Ties go to the remaining words, left to right (family name, then
    middle names), each compared with :func:`letter_key` (letters first, then tones), and finally
    to the NFC text itself so the order is total and deterministic: two names get equal keys
    exactly when their NFC forms are equal. Case and extra spaces do not change the order.

    >>> names = ["Vũ Đức Đạt", "Phạm Thị Dung", "Đỗ Minh Châu", "Nguyễn Văn Bình",
    ...          "Trần Thị Ánh", "Lê Văn An"]
    >>> sorted(names, key=vietnamese_sort_key)
    ['Lê Văn An', 'Trần Thị Ánh', 'Nguyễn Văn Bình', 'Đỗ Minh Châu', 'Phạm Thị Dung', 'Vũ Đức Đạt']
    >>> sorted(["Trần Anh", "Lê Ánh", "Lê Anh"], key=vietnamese_sort_key)
    ['Lê Anh', 'Trần Anh', 'Lê Ánh']
    """
    words = clean(full_name).split(" ")
    given = letter_key(words[-1])
    rest = tuple(letter_key(w) for w in words[:-1])
    return given, rest, unicodedata.normalize("NFC", full_name)


# The weights of a sort key are small integers; the largest is _OTHER_BASE + 0x10FFFF.
_ONE_BYTE_LIMIT: Final = 0xC0
_TWO_BYTE_LIMIT: Final = 0x2000
_THREE_BYTE_LIMIT: Final = 0x200000
_WORD_FOLLOWS: Final = 1
_END: Final = 0


def _append_weights(out: bytearray, weights: tuple[int, ...]) -> None:
    """One weight sequence as bytes that compare like the tuple: each weight in a prefix-free,
    order-keeping code of 1 to 3 bytes (never 0), then a 0 byte, so a sequence that is a prefix of
    another ends first and sorts first, as tuples do."""
    for weight in weights:
        code = weight + 1
        if code < _ONE_BYTE_LIMIT:
            out.append(code)
        elif code < _TWO_BYTE_LIMIT:
            out += bytes((0xC0 | code >> 8, code & 0xFF))
        elif code < _THREE_BYTE_LIMIT:
            out += bytes((0xE0 | code >> 16, code >> 8 & 0xFF, code & 0xFF))
        else:  # pragma: no cover - letter_key's weights are all below the limit
            raise ValueError(f"sort weight {weight} out of range")
    out.append(_END)


def _append_word(out: bytearray, word: WordSortKey) -> None:
    for level in word:
        _append_weights(out, level)


def vietnamese_sort_bytes(full_name: str) -> bytes:
    """Return :func:`vietnamese_sort_key` flattened into bytes that compare the same way.

    Stored in an indexed column (``reporters.sort_key``), it lets the database itself list, sort and
    page people in Vietnamese order. Bytes, not text: SQLite compares BLOBs and PostgreSQL compares
    ``bytea`` byte by byte, so the order never depends on a database collation. For any two
    strings ``a`` and ``b``, ``vietnamese_sort_bytes(a) < vietnamese_sort_bytes(b)`` exactly when
    ``vietnamese_sort_key(a) < vietnamese_sort_key(b)`` (a property test holds them together).

    Layout: the given name's three levels, then ``01`` + levels for each other word and a ``00``
    when they end (fewer words sort first, as a shorter tuple does), then the NFC text in UTF-8
    (code-point order, as Python compares ``str``). About 2 bytes a letter.

    >>> vietnamese_sort_bytes("Trần Anh") < vietnamese_sort_bytes("Lê Ánh")
    True
    """
    given, others, text = vietnamese_sort_key(full_name)
    out = bytearray()
    _append_word(out, given)
    for word in others:
        out.append(_WORD_FOLLOWS)
        _append_word(out, word)
    out.append(_END)
    out += text.encode("utf-8", "surrogatepass")  # surrogates keep their code-point place
    return bytes(out)


_LAST_CODE_POINT: Final = 0x10FFFF
_SURROGATES: Final = range(0xD800, 0xE000)


def word_prefix_range(prefix: str) -> tuple[str, str | None]:
    """Return ``(low, high)`` so that a word starts with ``prefix`` exactly when
    ``low <= word < high`` in code-point order (``high`` ``None``: no upper bound).

    Code-point order is UTF-8 byte order — SQLite's default ``BINARY`` collation and PostgreSQL's
    ``"C"`` — so the range runs on a plain B-tree index of words, the same on both databases,
    where ``LIKE 'prefix%'`` would need a collation-specific index. ``high`` is ``prefix`` with its
    last character moved one code point on (past the surrogates, which UTF-8 cannot hold); a last
    character already at U+10FFFF is dropped and the one before it moved on instead.

    >>> word_prefix_range("nguy")
    ('nguy', 'nguz')
    """
    stem = prefix
    while stem:
        last = ord(stem[-1])
        if last < _LAST_CODE_POINT:
            following = last + 1
            if following in _SURROGATES:
                following = _SURROGATES.stop
            return prefix, stem[:-1] + chr(following)
        stem = stem[:-1]
    return prefix, None


def phrase_sort_key(text: str) -> tuple[tuple[WordSortKey, ...], str]:
    """Vietnamese order for names that are not people's (agencies, events): word by word, left to
    right — "Báo Lao Động" before "Báo Nhân Dân" before "Đài Tiếng nói Việt Nam"."""
    cleaned = clean(text)
    return tuple(letter_key(word) for word in cleaned.split(" ") if word), cleaned
