"""Vietnamese text rules: what is stored, what is found, in which order names are listed."""

from __future__ import annotations

import itertools
import random
import re
import sqlite3
import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from accred_app.core.text import (
    LIKE_ESCAPE,
    clean,
    fold,
    letter_key,
    like_patterns,
    matches,
    query_words,
    search_key,
    vietnamese_sort_bytes,
    vietnamese_sort_key,
    word_prefix_range,
)

NAME = "Nguyễn Thị Ánh"


def nfd(text: str) -> str:
    return unicodedata.normalize("NFD", text)


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


# --- strategies ----------------------------------------------------------------------------

VIETNAMESE_LETTERS = (
    "aăâbcdđeêghiklmnoôơpqrstuưvxy"
    "AĂÂBCDĐEÊGHIKLMNOÔƠPQRSTUƯVXY"
    "àảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵ"
    "ÀẢÃÁẠẰẲẴẮẶẦẨẪẤẬÈẺẼÉẸỀỂỄẾỆÌỈĨÍỊÒỎÕÓỌỒỔỖỐỘỜỞỠỚỢÙỦŨÚỤỪỬỮỨỰỲỶỸÝỴ"
)
COMBINING = "\u0300\u0301\u0303\u0309\u0323\u0302\u0306\u031b"
AWKWARD = " \t\n\u00a0\u3000%_\\\x00\u200b\u200f\u202e\ufeff'\"-.0123456789ðÐßİ"

vietnamese_text = st.text(alphabet=VIETNAMESE_LETTERS + COMBINING + AWKWARD, max_size=30)
any_text = st.one_of(vietnamese_text, st.text(max_size=30))
name_words = st.lists(
    st.text(alphabet=VIETNAMESE_LETTERS + "%_\\", min_size=1, max_size=8), min_size=1, max_size=4
)
names = name_words.map(" ".join)
names_or_noise = st.one_of(names, vietnamese_text)


# --- clean ---------------------------------------------------------------------------------


def test_clean_composes_strips_and_collapses() -> None:
    assert clean(nfd("  Nguyễn \t Thị\n\nÁnh  ")) == NAME
    assert unicodedata.is_normalized("NFC", clean(nfd(NAME)))


@pytest.mark.parametrize(
    "invisible",
    [
        *("\x00", "\x07", "\x1b", "\u200b", "\u200c", "\u200d", "\u200e", "\u200f"),
        *("\u202e", "\u2060", "\ufeff", "\u00ad", "\u061c", "\ud800"),
    ],
)
def test_clean_drops_control_and_format_characters(invisible: str) -> None:
    assert clean(f"{invisible}Ng{invisible}uyễn{invisible} Ánh{invisible}") == "Nguyễn Ánh"


def test_clean_drops_a_format_character_between_letter_and_tone_before_composing() -> None:
    assert clean("A\u200b\u0301nh") == "Ánh"


def test_clean_turns_unicode_spaces_into_one_space() -> None:
    assert clean("Lê\u00a0\u3000Văn\u2028An\r\n") == "Lê Văn An"


def test_clean_of_blank_is_empty() -> None:
    assert clean(" \t\u200b\x00 ") == ""


@given(any_text)
def test_clean_is_idempotent(text: str) -> None:
    assert clean(clean(text)) == clean(text)


@given(any_text)
def test_clean_output_is_nfc_with_single_spaces_and_no_controls(text: str) -> None:
    cleaned = clean(text)
    assert unicodedata.is_normalized("NFC", cleaned)
    assert cleaned == cleaned.strip()
    assert "  " not in cleaned
    assert all(c == " " or not c.isspace() for c in cleaned)
    assert not any(unicodedata.category(c) in {"Cc", "Cf", "Cs"} for c in cleaned)


# --- fold ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        (NAME, "nguyen thi anh"),
        (nfd(NAME), "nguyen thi anh"),
        ("NGUYỄN   THỊ ÁNH", "nguyen thi anh"),
        ("Đỗ Đức Đạt", "do duc dat"),
        ("đường", "duong"),
        ("Ðỗ", "do"),  # legacy-font eth lookalike
        ("Ưng Ơn Ăn Ân Ê Ô", "ung on an an e o"),
        ("Hoà Hòa", "hoa hoa"),
        ("", ""),
    ],
)
def test_fold_examples(text: str, folded: str) -> None:
    assert fold(text) == folded


@given(any_text)
def test_fold_is_idempotent(text: str) -> None:
    assert fold(fold(text)) == fold(text)


@given(any_text)
def test_fold_ignores_composition(text: str) -> None:
    assert fold(nfd(text)) == fold(nfc(text))


@given(any_text)
def test_fold_has_no_marks_no_d_stroke_and_is_clean(text: str) -> None:
    folded = fold(text)
    assert not any(unicodedata.category(c) in {"Mn", "Me"} for c in folded)
    assert "đ" not in folded and "Đ" not in folded
    assert clean(folded) == folded


@given(vietnamese_text)
def test_fold_of_vietnamese_is_lowercase_ascii_plus_the_odd_extras(text: str) -> None:
    folded = fold(text)
    extras = set(folded) - set("abcdefghijklmnopqrstuvwxyz0123456789 %_\\'\"-.")
    assert extras <= {"ß", "s"}  # ß casefolds to "ss"; nothing else survives


# --- search_key / query_words / matches ------------------------------------------------------


def test_search_key_contract() -> None:
    assert search_key(NAME) == " nguyen thi anh"
    assert search_key(NAME, None, "", "  ", "Báo Thanh Hóa") == " nguyen thi anh bao thanh hoa"
    assert search_key() == ""
    assert search_key(None, " \u200b ") == ""


def test_query_words() -> None:
    assert query_words("  Nguyễn  thi ") == ["nguyen", "thi"]
    assert query_words(" \t ") == []


@pytest.mark.parametrize(
    "query",
    ["nguyen thi anh", "NGUYEN", "Nguyễn", nfd("Nguyễn"), "thi an", "anh", "an thi", "ngu", ""],
)
def test_matches_finds_name(query: str) -> None:
    assert matches(search_key(NAME), query)
    assert matches(search_key(nfd(NAME)), query)
    assert matches(NAME, query)  # raw text works too: folding a key is a no-op


@pytest.mark.parametrize("query", ["guyen", "nguyen van", "anhx", "thị bình", "d"])
def test_matches_rejects(query: str) -> None:
    assert not matches(search_key(NAME), query)


def test_d_stroke_searches_as_d() -> None:
    key = search_key("Đỗ Đức Đạt")
    assert matches(key, "do duc")
    assert matches(key, "Đạt")
    assert matches(key, "dat")


@given(names_or_noise, st.data())
def test_every_prefix_of_every_word_finds_the_name(name: str, data: st.DataObject) -> None:
    words = fold(name).split()
    if not words:
        return
    word = data.draw(st.sampled_from(words))
    prefix = word[: data.draw(st.integers(1, len(word)))]
    assert matches(search_key(name), prefix)


# --- like_patterns agrees with matches ------------------------------------------------------


def like_to_regex(pattern: str, escape: str = LIKE_ESCAPE) -> re.Pattern[str]:
    """SQL LIKE, case-sensitive (PostgreSQL semantics): % any run, _ one char, escape literal."""
    out: list[str] = []
    chars = iter(pattern)
    for char in chars:
        if char == escape:
            out.append(re.escape(next(chars)))  # a dangling escape is an SQL error: StopIteration
        elif char == "%":
            out.append(".*")
        elif char == "_":
            out.append(".")
        else:
            out.append(re.escape(char))
    return re.compile("".join(out), re.DOTALL)


def like_matches(key: str, query: str) -> bool:
    return all(like_to_regex(p).fullmatch(key) for p in like_patterns(query))


def test_like_patterns_examples() -> None:
    assert like_patterns("Thị  Ánh") == ["% thi%", "% anh%"]
    assert like_patterns("50%_a\\b") == ["% 50\\%\\_a\\\\b%"]
    assert like_patterns("an AN Ân") == ["% an%"]  # one pattern per distinct word
    assert like_patterns("  ") == []


@given(names_or_noise, st.one_of(names_or_noise, st.text(alphabet="aàn%_\\ ", max_size=6)))
def test_like_patterns_agree_with_matches(name: str, query: str) -> None:
    key = search_key(name)
    assert like_matches(key, query) == matches(key, query)


@given(name_words, st.data())
def test_like_patterns_agree_with_matches_on_word_prefixes(
    words: list[str], data: st.DataObject
) -> None:
    """Random queries rarely hit; build ones that do, with % and _ in the names."""
    name = " ".join(words)
    folded = fold(name).split() or [""]
    chosen = data.draw(st.lists(st.sampled_from(folded), min_size=1, max_size=3))
    query = " ".join(w[: data.draw(st.integers(0, len(w)))] for w in chosen)
    key = search_key(name)
    assert matches(key, query)
    assert like_matches(key, query)


@given(st.lists(names_or_noise, min_size=1, max_size=5), names_or_noise)
def test_like_patterns_agree_with_real_sqlite(rows: list[str], query: str) -> None:
    with sqlite3.connect(":memory:") as db:
        db.execute("CREATE TABLE person (id INTEGER PRIMARY KEY, search_key TEXT NOT NULL)")
        db.executemany(
            "INSERT INTO person (search_key) VALUES (?)", [(search_key(r),) for r in rows]
        )
        patterns = like_patterns(query)
        where = " AND ".join(["search_key LIKE ? ESCAPE '\\'"] * len(patterns)) or "1"
        found = {i for (i,) in db.execute(f"SELECT id FROM person WHERE {where}", patterns)}
    expected = {i for i, row in enumerate(rows, start=1) if matches(search_key(row), query)}
    assert found == expected


# --- Vietnamese sort order -----------------------------------------------------------------

ORDERED_NAMES = [
    "Lê Văn An",
    "Trần Thị Ánh",
    "Nguyễn Văn Bình",
    "Đỗ Minh Châu",
    "Phạm Thị Dung",
    "Vũ Đức Đạt",
]


def test_list_order_example() -> None:
    shuffled = ORDERED_NAMES[::-1]
    assert sorted(shuffled, key=vietnamese_sort_key) == ORDERED_NAMES


@pytest.mark.parametrize(
    ("smaller", "larger"),
    [
        ("Anh", "Ánh"),
        ("An", "Ăn"),
        ("Ăn", "Ân"),
        ("Ân", "Bo"),
        ("Dung", "Đạt"),
        ("Đạt", "Em"),
        ("Em", "Êm"),
        ("Ôn", "Ơn"),
        ("Ơn", "Pa"),
        ("Un", "Ưn"),
        ("Ưn", "Vy"),
        ("Ma", "Mà"),  # tones: none < huyền < hỏi < ngã < sắc < nặng
        ("Mà", "Mả"),
        ("Mả", "Mã"),
        ("Mã", "Má"),
        ("Má", "Mạ"),
        ("Mạ", "Mai"),  # the letter level decides before any tone
        ("Ánh", "Bình"),
        ("2", "An"),
    ],
)
def test_letter_order(smaller: str, larger: str) -> None:
    assert letter_key(smaller) < letter_key(larger)
    assert vietnamese_sort_key(smaller) < vietnamese_sort_key(larger)


def test_given_name_decides_before_family_name() -> None:
    assert vietnamese_sort_key("Trần Anh") < vietnamese_sort_key("Lê Ánh")
    assert vietnamese_sort_key("Vũ An") < vietnamese_sort_key("Ân Bình")
    assert vietnamese_sort_key("Lê Văn An") < vietnamese_sort_key("Trần An")  # then family name
    assert vietnamese_sort_key("Lê Thị An") < vietnamese_sort_key("Lê Văn An")  # then middle


def test_sort_is_case_and_composition_insensitive_until_the_tie_break() -> None:
    assert vietnamese_sort_key("ĐỖ ÁNH")[:2] == vietnamese_sort_key("đỗ ánh")[:2]
    assert vietnamese_sort_key(nfd(NAME)) == vietnamese_sort_key(NAME)
    assert letter_key("hoà") == letter_key("hòa")  # old and new tone placement


def test_letter_key_decomposes_stacked_marks() -> None:
    # ệ = e + dot below + circumflex; ự = u + horn + dot below (canonical order differs)
    assert letter_key("ệ") == (letter_key("ê")[0], (5,), ())
    assert letter_key("ự") == (letter_key("ư")[0], (5,), ())


@given(names_or_noise, names_or_noise)
def test_sort_key_is_consistent_with_equality(a: str, b: str) -> None:
    assert (vietnamese_sort_key(a) == vietnamese_sort_key(b)) == (nfc(a) == nfc(b))


@given(st.lists(names_or_noise, max_size=20), st.randoms(use_true_random=False))
def test_sort_is_total_and_deterministic(items: list[str], rng: random.Random) -> None:
    shuffled = items[:]
    rng.shuffle(shuffled)
    first = sorted(items, key=vietnamese_sort_key)
    assert sorted(shuffled, key=vietnamese_sort_key) == first
    keys = [vietnamese_sort_key(x) for x in first]
    assert all(k1 <= k2 for k1, k2 in itertools.pairwise(keys))


@given(names, names)
def test_given_name_letters_dominate(a: str, b: str) -> None:
    given_a, given_b = letter_key(a.split()[-1]), letter_key(b.split()[-1])
    if given_a < given_b:
        assert vietnamese_sort_key(a) < vietnamese_sort_key(b)


# --- the stored sort key -------------------------------------------------------------------


def _sign(a: object, b: object) -> int:
    return (a > b) - (a < b)  # type: ignore[operator]


@given(
    st.one_of(names_or_noise, st.text(max_size=12)),
    st.one_of(names_or_noise, st.text(max_size=12)),
)
def test_sort_bytes_compare_exactly_like_the_python_sort_key(a: str, b: str) -> None:
    """The stored key must give SQL ``ORDER BY`` today's order: same sign for every pair."""
    assert _sign(vietnamese_sort_bytes(a), vietnamese_sort_bytes(b)) == _sign(
        vietnamese_sort_key(a), vietnamese_sort_key(b)
    )


@given(st.lists(st.one_of(names, vietnamese_text, st.text(max_size=8)), max_size=30))
def test_sort_bytes_sort_a_list_like_the_python_sort_key(items: list[str]) -> None:
    by_key = sorted(range(len(items)), key=lambda i: (vietnamese_sort_key(items[i]), i))
    by_bytes = sorted(range(len(items)), key=lambda i: (vietnamese_sort_bytes(items[i]), i))
    assert by_bytes == by_key


@pytest.mark.parametrize(
    ("smaller", "larger"),
    [
        ("Trần Anh", "Lê Ánh"),  # given name first
        ("Lê Văn An", "Trần An"),  # then family name (a name with fewer words is no shortcut)
        ("Lê An", "Lê Văn An"),
        ("Lê Thị An", "Lê Văn An"),
        ("Ma", "Mà"),
        ("Mạ", "Mai"),
        ("Dung", "Đạt"),
        ("2", "An"),
        ("An", "Ánh"),
        ("Zoë", "Zoëx"),  # foreign mark vs a longer word
        ("􏿽", "􏿽􏿽"),  # the largest code points still fit
    ],
)
def test_sort_bytes_examples(smaller: str, larger: str) -> None:
    assert vietnamese_sort_bytes(smaller) < vietnamese_sort_bytes(larger)


def test_sort_bytes_in_real_sqlite_order_by() -> None:
    """SQLite compares BLOBs with memcmp: ORDER BY on the stored key is the list order."""
    shuffled = [*ORDERED_NAMES[::-1], "Lê Ánh", "Trần Anh", "Nguyễn Thị Ánh"]
    with sqlite3.connect(":memory:") as db:
        db.execute("CREATE TABLE person (name TEXT, sort_key BLOB)")
        db.executemany(
            "INSERT INTO person VALUES (?, ?)",
            [(n, vietnamese_sort_bytes(n)) for n in shuffled],
        )
        in_sql = [n for (n,) in db.execute("SELECT name FROM person ORDER BY sort_key")]
    assert in_sql == sorted(shuffled, key=vietnamese_sort_key)


# --- word-prefix ranges --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("prefix", "low", "high"),
    [
        ("nguy", "nguy", "nguz"),
        ("a", "a", "b"),
        ("09", "09", "0:"),
        ("x\ud7ff", "x\ud7ff", "x\ue000"),  # the surrogates are skipped
        ("a\U0010ffff", "a\U0010ffff", "b"),  # the last code point carries
    ],
)
def test_word_prefix_range_examples(prefix: str, low: str, high: str | None) -> None:
    assert word_prefix_range(prefix) == (low, high)


def test_word_prefix_range_of_only_the_last_code_point_is_open() -> None:
    assert word_prefix_range("\U0010ffff") == ("\U0010ffff", None)


@given(st.text(min_size=1, max_size=6), st.text(max_size=8))
def test_word_prefix_range_holds_exactly_the_words_with_that_prefix(prefix: str, word: str) -> None:
    """Compared as UTF-8 bytes (SQLite's BINARY collation, PostgreSQL's "C")."""
    word = "".join(c for c in word if not "\ud800" <= c <= "\udfff")  # stored words are UTF-8
    prefix = "".join(c for c in prefix if not "\ud800" <= c <= "\udfff")
    if not prefix:
        return
    low, high = word_prefix_range(prefix)
    for candidate in (word, prefix + word):
        encoded = candidate.encode()
        inside = encoded >= low.encode() and (high is None or encoded < high.encode())
        assert inside == candidate.startswith(prefix)
