"""The history of a hand-recorded access entry, told for people: the entry's own changes, the
reporters added to or taken off it and its articles, with names instead of row ids.

The audit trail keys an entry's reporters and articles ``entry_id,…`` (see
``core/access/entries.entry_history``); this module reads the names those rows point at once, on
the worker, and words each line at display time (so a language switch re-words it).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from accred_app.core.access import entries
from accred_app.core.clock import VIETNAM_TZ
from accred_app.core.models import Event, PoliceUnit, PressAgency, Reporter
from accred_app.core.roles import Actor
from accred_app.core.security.audit import AuditLine
from accred_app.core.storage.db import Database
from accred_app.gui.labels import audit_action_label, dmy
from accred_app.gui.models.access import kind_text
from accred_app.gui.models.table import Column, RowTableModel

CONTEXT = "AccessHistory"

FIELD_LABELS: dict[str, str] = {
    "occurred_at": str(QT_TRANSLATE_NOOP("AccessHistory", "Time")),
    "unit_id": str(QT_TRANSLATE_NOOP("AccessHistory", "Unit")),
    "kind": str(QT_TRANSLATE_NOOP("AccessHistory", "Kind")),
    "subject": str(QT_TRANSLATE_NOOP("AccessHistory", "Subject")),
    "event_id": str(QT_TRANSLATE_NOOP("AccessHistory", "Event or site")),
    "notes": str(QT_TRANSLATE_NOOP("AccessHistory", "Notes")),
    "title": str(QT_TRANSLATE_NOOP("AccessHistory", "Title")),
    "url": str(QT_TRANSLATE_NOOP("AccessHistory", "Link")),
    "published_on": str(QT_TRANSLATE_NOOP("AccessHistory", "Published on")),
    "agency_id": str(QT_TRANSLATE_NOOP("AccessHistory", "Agency")),
}
"""Fields of an entry and its articles worth telling; keys, counters and stamps are left out."""

_NAMED = {"unit_id": "unit", "event_id": "event", "agency_id": "agency", "reporter_id": "reporter"}


@dataclass(frozen=True, slots=True)
class Names:
    """Names of the units, events, agencies and reporters the history's rows point at."""

    by_kind: dict[str, dict[int, str]] = field(default_factory=dict)

    def of(self, kind: str, key: object) -> str:
        if key is None:
            return "—"
        try:
            number = int(str(key))
        except ValueError:
            return str(key)
        return self.by_kind.get(kind, {}).get(number, f"#{number}")


@dataclass(frozen=True, slots=True)
class DescribedLine:
    line: AuditLine
    names: Names

    @property
    def id(self) -> int:
        return self.line.id


def _values(change: object) -> tuple[object, object]:
    if isinstance(change, list):
        before, after = [*change, None, None][:2]
        return before, after
    return None, change


def read_entry_history(db: Database, actor: Actor, entry_id: int) -> list[DescribedLine]:
    """The entry's trail, oldest first, with the names it needs (one small read per kind)."""
    lines = entries.entry_history(db, actor, entry_id)
    wanted: dict[str, set[int]] = {}
    for line in lines:
        for name, change in line.changes.items():
            kind = _NAMED.get(name)
            if kind is None:
                continue
            for value in _values(change):
                if isinstance(value, int) or (isinstance(value, str) and value.isdigit()):
                    wanted.setdefault(kind, set()).add(int(value))
    columns = {
        "unit": (PoliceUnit.id, PoliceUnit.name),
        "event": (Event.id, Event.name),
        "agency": (PressAgency.id, PressAgency.name),
        "reporter": (Reporter.id, Reporter.full_name),
    }
    found: dict[str, dict[int, str]] = {}
    with db.reading() as session:
        for kind, ids in wanted.items():
            id_column, name_column = columns[kind]
            found[kind] = entries.names_by_id(session, id_column, name_column, ids)
    names = Names(found)
    return [DescribedLine(line, names) for line in lines]


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def _shown(name: str, value: object, names: Names) -> str:
    if value is None or value == "":
        return "—"
    if name in _NAMED:
        return names.of(_NAMED[name], value)
    if name == "kind":
        return kind_text(str(value))
    if name == "occurred_at":
        try:
            moment = datetime.fromisoformat(str(value))
        except ValueError:
            return str(value)
        moment = moment if moment.tzinfo else moment.replace(tzinfo=UTC)
        return f"{moment.astimezone(VIETNAM_TZ):%d/%m/%Y %H:%M}"
    if name == "published_on":
        try:
            return dmy(date.fromisoformat(str(value)))
        except ValueError:
            return str(value)
    return str(value)


def _field_changes(described: DescribedLine) -> list[str]:
    line, names = described.line, described.names
    parts = []
    for name, change in line.changes.items():
        label = FIELD_LABELS.get(name)
        if label is None:
            continue
        before, after = _values(change)
        if line.action == "create":
            if after is not None and after != "":
                parts.append(f"{_tr(label)}: {_shown(name, after, names)}")
        elif line.action == "delete":
            if before is not None and before != "":
                parts.append(f"{_tr(label)}: {_shown(name, before, names)}")
        else:
            parts.append(
                f"{_tr(label)}: {_shown(name, before, names)} → {_shown(name, after, names)}"
            )
    return parts


def describe(described: DescribedLine) -> str:
    """What the line changed, in a sentence or two."""
    line, names = described.line, described.names
    if line.entity == "access_entry_reporters":
        before, after = _values(line.changes.get("reporter_id"))
        who = names.of("reporter", after if line.action == "create" else before)
        if line.action == "delete":
            return QCoreApplication.translate("AccessHistory", "Reporter taken off: {name}").format(
                name=who
            )
        return QCoreApplication.translate("AccessHistory", "Reporter added: {name}").format(
            name=who
        )
    if line.entity == "access_articles":
        number = line.entity_id.rsplit(",", 1)[-1]
        parts = "; ".join(_field_changes(described))
        if line.action == "create":
            head = QCoreApplication.translate("AccessHistory", "Article {number} added").format(
                number=number
            )
        elif line.action == "delete":
            head = QCoreApplication.translate("AccessHistory", "Article {number} removed").format(
                number=number
            )
        else:
            head = QCoreApplication.translate("AccessHistory", "Article {number} corrected").format(
                number=number
            )
        return f"{head}: {parts}" if parts else head
    return "; ".join(_field_changes(described))


def summary(described: DescribedLine) -> str:
    line = described.line
    when = f"{line.at.astimezone(VIETNAM_TZ):%d/%m/%Y %H:%M}"
    head = f"{when} · {line.actor} · {audit_action_label(line.action)}"
    changes = describe(described)
    return f"{head}\n{changes}" if changes else head


COLUMNS: tuple[Column[DescribedLine], ...] = (
    Column(str(QT_TRANSLATE_NOOP("AccessHistory", "Change")), summary, tooltip=describe),
)


def access_history_model(parent: Any = None) -> RowTableModel[DescribedLine]:
    return RowTableModel(CONTEXT, COLUMNS, parent, row_id=lambda described: described.id)
