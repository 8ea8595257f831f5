"""Text rules for printed passes: capitals, validity wording, and fitting text into fixed boxes.

A pass is a fixed-size object; names and agencies vary from "Lê Na" to a 50-letter compound name, so
every variable string goes through :func:`fit_text`, which guarantees the result fits its box (first
shrink, then wrap to a second line, and only as a last resort shrink below the preferred minimum,
because a slightly small name is better than a cut one).
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from accred_app.printing.fonts import text_width, unit_width

LOCAL_TZ = ZoneInfo("Asia/Ho_Chi_Minh")

_SIZE_STEP = 0.25


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def upper_nfc(text: str) -> str:
    """Upper-case a name; normalise before and after so NFD input still prints precomposed glyphs."""
    return unicodedata.normalize("NFC", unicodedata.normalize("NFC", text).upper())


def _local(moment: datetime) -> datetime:
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError("pass validity times must be timezone-aware")
    return moment.astimezone(LOCAL_TZ)


def _is_midnight(moment: datetime) -> bool:
    return moment.hour == 0 and moment.minute == 0 and moment.second == 0 and not moment.microsecond


def format_validity(valid_from: datetime, valid_to: datetime) -> str:
    """Show the window the way a guard reads it: inclusive last day, times only when they matter.

    ``valid_to`` is exclusive, so a pass for 10–12/01 ends at 13/01 00:00 and prints "… – 12/01/2026".
    """
    start = _local(valid_from)
    end = _local(valid_to)
    if _is_midnight(start) and _is_midnight(end):
        last_day = (end - timedelta(days=1)).date()
        if last_day <= start.date():
            return f"{start:%d/%m/%Y}"
        return f"{start:%d/%m/%Y} – {last_day:%d/%m/%Y}"
    if _is_midnight(end):
        # "24:00 of the last day" reads better than "00:00 of the day after" on a field pass.
        end_text = f"24:00 {(end - timedelta(days=1)):%d/%m/%Y}"
    else:
        end_text = f"{end:%H:%M %d/%m/%Y}"
    return f"{start:%H:%M %d/%m/%Y} – {end_text}"


@dataclass(frozen=True, slots=True)
class FittedText:
    lines: tuple[str, ...]
    size: float

    def widest(self, font_name: str) -> float:
        return max((text_width(line, font_name, self.size) for line in self.lines), default=0.0)


def _floor_to_step(size: float) -> float:
    return int(size / _SIZE_STEP + 1e-9) * _SIZE_STEP


def _balanced_split(words: list[str], font_name: str, max_lines: int) -> tuple[str, ...]:
    """The split into at most ``max_lines`` lines whose widest line is narrowest.

    Balanced lines look deliberate; greedy filling leaves a lonely last word.
    """
    if max_lines <= 1 or len(words) <= 1:
        return (" ".join(words),)
    best: tuple[str, ...] = (" ".join(words),)
    best_width = unit_width(best[0], font_name)
    for cut in range(1, len(words)):
        head = " ".join(words[:cut])
        head_width = unit_width(head, font_name)
        if head_width >= best_width:
            break
        tail = _balanced_split(words[cut:], font_name, max_lines - 1)
        width = max(head_width, *(unit_width(line, font_name) for line in tail))
        if width < best_width:
            best, best_width = (head, *tail), width
    return best


def fit_text(
    text: str,
    font_name: str,
    max_width: float,
    max_size: float,
    min_size: float,
    max_lines: int = 2,
) -> FittedText:
    """Largest size at which ``text`` fits ``max_width``; one line if possible down to ``min_size``."""
    text = " ".join(text.split())
    one_line = unit_width(text, font_name)
    if one_line <= 0 or one_line * max_size <= max_width:
        return FittedText((text,), max_size)
    size = _floor_to_step(max_width / one_line)
    if size >= min_size or max_lines <= 1 or " " not in text:
        return FittedText((text,), _fitting_size(max_width / one_line, max_size))
    lines = _balanced_split(text.split(" "), font_name, max_lines)
    widest = max(unit_width(line, font_name) for line in lines)
    return FittedText(lines, _fitting_size(max_width / widest, max_size))


def _fitting_size(limit: float, max_size: float) -> float:
    """Round down to a tidy step, but never round a tiny limit to zero or past the limit."""
    stepped = _floor_to_step(limit)
    size = stepped if stepped > 0 else limit
    return min(size, max_size)


def wrap_paragraph(text: str, font_name: str, size: float, max_width: float) -> list[str]:
    """Greedy word wrap for running text (rules of conduct); long words are left whole."""
    lines: list[str] = []
    current = ""
    for word in text.split():
        candidate = f"{current} {word}" if current else word
        if current and text_width(candidate, font_name, size) > max_width:
            lines.append(current)
            current = word
        else:
            current = candidate
    if current:
        lines.append(current)
    return lines
