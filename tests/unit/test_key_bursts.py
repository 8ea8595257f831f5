"""The scanner-or-person decision on key times alone (no Qt): the checkpoint window's keyboard
capture is a thin filter over this class."""

from __future__ import annotations

import pytest

from accred_app.gui.checkpoint.burst import BurstRecognizer, BurstSettings, PassOn, Scan

CODE = "31415926535897932384626433"


def typed(recognizer: BurstRecognizer, text: str, start: float, gap: float) -> list[object]:
    out: list[object] = []
    for index, character in enumerate(text):
        out.extend(recognizer.key(character, character, start + index * gap))
    return out


@pytest.mark.parametrize("gap", [1.0, 5.0, 10.0, 30.0])
def test_a_scanner_burst_ending_in_enter_is_one_scan_with_every_digit_in_order(gap: float) -> None:
    recognizer = BurstRecognizer()
    assert typed(recognizer, CODE, 1000.0, gap) == []
    outcomes, taken = recognizer.terminator("enter", 1000.0 + len(CODE) * gap)
    assert taken and outcomes == [Scan(CODE, "enter")]
    assert not recognizer.holding and recognizer.due() is None


def test_tab_ends_a_scan_too() -> None:
    recognizer = BurstRecognizer()
    typed(recognizer, CODE, 0.0, 8.0)
    assert recognizer.terminator("tab", len(CODE) * 8.0) == ([Scan(CODE, "tab")], True)


def test_a_scanner_without_suffix_is_a_scan_once_the_keyboard_is_quiet() -> None:
    recognizer = BurstRecognizer(BurstSettings(max_gap_ms=40, silence_ms=100))
    typed(recognizer, CODE, 0.0, 7.0)
    last = (len(CODE) - 1) * 7.0
    assert recognizer.due() == last + 100
    assert recognizer.expire(last + 99) == []
    assert recognizer.expire(last + 100) == [Scan(CODE, "silence")]


def test_two_scans_back_to_back_stay_apart() -> None:
    recognizer = BurstRecognizer()
    typed(recognizer, CODE, 0.0, 6.0)
    first, taken = recognizer.terminator("enter", len(CODE) * 6.0)
    second_code = CODE[::-1]
    assert typed(recognizer, second_code, len(CODE) * 6.0 + 50, 6.0) == []
    second, _ = recognizer.terminator("enter", len(CODE) * 12.0 + 60)
    assert taken and first == [Scan(CODE, "enter")] and second == [Scan(second_code, "enter")]


def test_a_second_scan_with_no_suffix_right_after_a_first_ends_the_first() -> None:
    recognizer = BurstRecognizer(BurstSettings(max_gap_ms=40, silence_ms=100))
    typed(recognizer, CODE, 0.0, 5.0)
    restart = (len(CODE) - 1) * 5.0 + 60  # past the gap, before the silence
    outcomes = recognizer.key("9", "9", restart)
    assert outcomes == [Scan(CODE, "silence")] and recognizer.held_text == "9"


def test_a_person_typing_gets_every_key_back_in_order() -> None:
    recognizer = BurstRecognizer()
    out = typed(recognizer, "nguyen", 0.0, 180.0)
    out.extend(recognizer.expire(5 * 180.0 + 40))
    assert out == [PassOn((c,)) for c in "nguyen"]


def test_a_key_comes_back_no_later_than_the_gap() -> None:
    recognizer = BurstRecognizer(BurstSettings(max_gap_ms=40))
    recognizer.key("a", "a", 0.0)
    assert recognizer.due() == 40.0
    assert recognizer.expire(39.9) == []
    assert recognizer.expire(40.0) == [PassOn(("a",))]


def test_a_short_fast_roll_of_keys_is_a_person_not_a_scan() -> None:
    recognizer = BurstRecognizer(BurstSettings(min_length=6))
    typed(recognizer, "ng", 0.0, 20.0)
    outcomes, taken = recognizer.terminator("enter", 30.0)
    assert not taken and outcomes == [PassOn(("n", "g"))]


def test_enter_pressed_by_a_person_goes_on_to_the_widget() -> None:
    recognizer = BurstRecognizer()
    assert recognizer.terminator("enter", 0.0) == ([], False)


def test_a_burst_with_letters_is_still_a_scan_for_the_core_to_judge() -> None:
    recognizer = BurstRecognizer()
    mangled = "1234ă567đ89"
    typed(recognizer, mangled, 0.0, 5.0)
    assert recognizer.terminator("enter", 60.0) == ([Scan(mangled, "enter")], True)


def test_an_input_method_rewriting_inside_a_burst_is_followed() -> None:
    """UniKey replaces what it typed: Backspace, then the accented letter, at burst speed."""
    recognizer = BurstRecognizer()
    typed(recognizer, "1234a", 0.0, 5.0)
    outcomes, taken = recognizer.backspace("bs", 26.0)
    assert taken and outcomes == []
    recognizer.key("á", "á", 27.0)
    typed(recognizer, "567", 30.0, 5.0)
    assert recognizer.terminator("enter", 45.0) == ([Scan("1234á567", "enter")], True)


def test_a_persons_backspace_is_not_taken() -> None:
    recognizer = BurstRecognizer()
    assert recognizer.backspace("bs", 0.0) == ([], False)
    recognizer.key("a", "a", 100.0)
    outcomes, taken = recognizer.backspace("bs", 300.0)
    assert not taken and outcomes == [PassOn(("a",))]


def test_flush_hands_back_without_scanning() -> None:
    recognizer = BurstRecognizer()
    typed(recognizer, CODE, 0.0, 5.0)
    assert recognizer.flush() == [PassOn(tuple(CODE))]
    assert recognizer.flush() == []


def test_settings_refuse_nonsense() -> None:
    with pytest.raises(ValueError):
        BurstSettings(max_gap_ms=0)
    with pytest.raises(ValueError):
        BurstSettings(max_gap_ms=50, silence_ms=20)
