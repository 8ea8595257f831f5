"""Everything ``audit verify`` checks, in one read transaction (one consistent snapshot):

1. the hash chain (:func:`accred_app.core.security.audit.verify_chain`);
2. the replay of the trail against the current rows (:mod:`.audit_replay`);
3. the heads kept outside the database (:mod:`.audit_heads`);
4. any further section a caller adds — the stations' scan-log chains live in the checkpoint wing,
   which this wing may not import, so the CLI passes that check in ``more_sections``.

The CLI and the desk window both call :func:`verify_audit` and show the result the same way.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from accred_app.core.roles import Actor, Permission
from accred_app.core.security.audit import ChainReport, verify_chain
from accred_app.core.security.audit_heads import check_heads, find_heads
from accred_app.core.security.audit_replay import replay_trail
from accred_app.core.storage.db import Database
from accred_app.core.verification import Finding, VerificationSection

SectionCheck = Callable[[Session], VerificationSection]


@dataclass(frozen=True, slots=True)
class AuditVerification:
    chain: ChainReport
    sections: tuple[VerificationSection, ...]

    @property
    def ok(self) -> bool:
        return self.chain.ok and all(section.ok for section in self.sections)

    def section(self, name: str) -> VerificationSection:
        for section in self.sections:
            if section.name == name:
                return section
        raise KeyError(name)

    def first_problem(self, locale: str = "vi") -> Finding | None:
        """What a one-line report names: the chain's break first, then each section's first."""
        if not self.chain.ok:
            return Finding(
                "chain",
                "audit_broken",
                {"row_id": self.chain.bad_row_id, "problem": self.chain.problem},
                self.chain.problem_params(locale),
            )
        for section in self.sections:
            if not section.ok and section.findings:
                return section.findings[0]
            if not section.ok:
                return section.summary
        return None

    def lines(self, locale: str = "vi") -> list[str]:
        out = [self.chain.message(locale)]
        for section in self.sections:
            out.extend(section.lines(locale))
        return out

    def as_json(self) -> dict[str, Any]:
        """The keys ``audit verify --json`` always had (``ok``, ``rows``, ``head_hash``,
        ``bad_row_id``, ``problem``), then ``chain_ok`` and one key per section."""
        first = self.first_problem("en")
        problem = (
            self.chain.problem if not self.chain.ok else (first.message("en") if first else None)
        )
        document: dict[str, Any] = {
            "ok": self.ok,
            "rows": self.chain.count,
            "head_hash": self.chain.head_hash,
            "bad_row_id": self.chain.bad_row_id,
            "problem": problem,
            "chain_ok": self.chain.ok,
        }
        for section in self.sections:
            document[section.name] = section.as_json()
        return document


def verify_audit(
    db: Database,
    actor: Actor,
    *,
    head_files: Sequence[Path] = (),
    more_sections: Sequence[SectionCheck] = (),
) -> AuditVerification:
    """Check the audit trail every way we can (see the module doc)."""
    actor.require(Permission.READ)
    heads = find_heads(db, head_files)
    with db.reading() as session:
        chain = verify_chain(session)
        sections = [replay_trail(session), check_heads(session, heads)]
        sections.extend(check(session) for check in more_sections)
    return AuditVerification(chain, tuple(sections))
