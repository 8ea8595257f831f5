"""The shape of an integrity check's answer, shared by every wing that checks something.

``audit verify`` is several checks in a row — the audit chain, its replay against the current rows,
the heads kept outside the database, the stations' scan-log chains — each owned by a different wing.
Each returns a :class:`VerificationSection`, so the command (or the desk window) shows them the same
way and ``--json`` gives each one key, without the wings importing one another.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from accred_app.core.messages import render


@dataclass(frozen=True, slots=True)
class Finding:
    """One thing a check found: ``kind`` is stable for scripts, ``code`` is its message. ``params``
    go to ``--json``; ``shown`` only fills the message (a value shortened to one line, the name of a
    table in each language)."""

    kind: str
    code: str
    params: Mapping[str, Any] = field(default_factory=dict)
    shown: Mapping[str, Any] = field(default_factory=dict)

    def message(self, locale: str = "vi") -> str:
        return render(self.code, locale, {**self.params, **self.shown})

    def as_json(self) -> dict[str, Any]:
        return {"kind": self.kind, **self.params, "message": self.message("en")}


@dataclass(frozen=True, slots=True)
class VerificationSection:
    """The answer of one check. ``summary`` says what was checked when all is well (one line);
    ``problem_count`` may exceed ``len(findings)`` when a long list was cut short."""

    name: str
    ok: bool
    summary: Finding
    findings: tuple[Finding, ...] = ()
    problem_count: int = 0
    details: Mapping[str, Any] = field(default_factory=dict)

    def lines(self, locale: str = "vi") -> list[str]:
        """What a person reads: the summary, then each finding."""
        return [self.summary.message(locale)] + [f"  {f.message(locale)}" for f in self.findings]

    def as_json(self) -> dict[str, Any]:
        return {
            "ok": self.ok,
            **self.details,
            "problem_count": self.problem_count,
            "problems": [finding.as_json() for finding in self.findings],
        }
