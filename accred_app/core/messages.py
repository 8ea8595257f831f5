"""Bilingual message catalogue for domain errors and verdict reasons.

Each core module registers the messages of the codes it raises next to the code itself
(``register({...})`` at import time), so a reader finds the rule and its wording together.
Templates use ``str.format`` fields filled from the error's parameters. Vietnamese is the default.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

SUPPORTED_LOCALES = ("vi", "en")
DEFAULT_LOCALE = "vi"

_CATALOGUE: dict[str, dict[str, str]] = {}


def register(messages: Mapping[str, tuple[str, str]]) -> None:
    """Add ``code -> (vietnamese, english)`` templates; a code registered twice must not change."""
    for code, (vi, en) in messages.items():
        existing = _CATALOGUE.get(code)
        if existing is not None and (existing["vi"], existing["en"]) != (vi, en):
            raise RuntimeError(f"message code {code!r} registered twice with different text")
        _CATALOGUE[code] = {"vi": vi, "en": en}


def render(code: str, locale: str, params: Mapping[str, Any] | None = None) -> str:
    """The message for ``code`` in ``locale`` (falls back to Vietnamese, then to the bare code)."""
    templates = _CATALOGUE.get(code)
    if templates is None:
        detail = ", ".join(f"{k}={v}" for k, v in (params or {}).items())
        return f"{code}" + (f" ({detail})" if detail else "")
    template = templates.get(locale) or templates[DEFAULT_LOCALE]
    try:
        return template.format(**(params or {}))
    except (KeyError, IndexError, ValueError):
        return template


def known_codes() -> frozenset[str]:
    return frozenset(_CATALOGUE)


register(
    {
        "internal": ("Lỗi không mong đợi: {detail}", "Unexpected error: {detail}"),
        "not_found": ("Không tìm thấy {entity} có mã {key}.", "No {entity} with id {key}."),
    }
)
