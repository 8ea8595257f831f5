"""The history of a record: who changed what, when, before → after (the audit trail the CLI's
``accred audit history`` reads, through the same core function)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from accred_app.core.clock import VIETNAM_TZ
from accred_app.core.roles import Actor, Permission
from accred_app.core.security import audit
from accred_app.core.security.audit import AuditLine
from accred_app.core.storage.db import Database
from accred_app.gui.labels import (
    HIDDEN_FIELDS,
    audit_action_label,
    field_label,
    field_value,
)
from accred_app.gui.models.table import Column, RowTableModel


def read_history(
    db: Database, actor: Actor, entities: Sequence[str], key: int | str
) -> list[AuditLine]:
    """Every audit row about ``key`` in the given tables (a reporter and the reporter's photo),
    oldest first; the same read as ``accred audit history``."""
    actor.require(Permission.READ)
    with db.reading() as session:
        lines = [line for entity in entities for line in audit.history(session, entity, key)]
    return sorted(lines, key=lambda line: line.id)


def describe_changes(line: AuditLine) -> str:
    parts = []
    for field, change in line.changes.items():
        if field in HIDDEN_FIELDS:
            continue
        before, after = [*change, None, None][:2] if isinstance(change, list) else (None, change)
        label = field_label(field)
        if line.action == "create":
            parts.append(f"{label}: {field_value(field, after)}")
        else:
            parts.append(f"{label}: {field_value(field, before)} → {field_value(field, after)}")
    if not parts and line.changes:  # a key slot re-wrapped, say: only technical columns changed
        return QCoreApplication.translate("HistoryTableModel", "(technical details only)")
    return "; ".join(parts)


COLUMNS: tuple[Column[AuditLine], ...] = (
    Column(
        str(QT_TRANSLATE_NOOP("HistoryTableModel", "When")),
        lambda line: f"{line.at.astimezone(VIETNAM_TZ):%d/%m/%Y %H:%M}",
    ),
    Column(str(QT_TRANSLATE_NOOP("HistoryTableModel", "Officer")), lambda line: line.actor),
    Column(
        str(QT_TRANSLATE_NOOP("HistoryTableModel", "What")),
        lambda line: audit_action_label(line.action),
    ),
    Column(
        str(QT_TRANSLATE_NOOP("HistoryTableModel", "Before → after")),
        describe_changes,
        tooltip=describe_changes,
    ),
    Column(str(QT_TRANSLATE_NOOP("HistoryTableModel", "Change")), lambda line: summary(line)),
)
SUMMARY = len(COLUMNS) - 1
"""The column a narrow list shows: who, when and what on one line, the changes under it."""


def summary(line: AuditLine) -> str:
    when = f"{line.at.astimezone(VIETNAM_TZ):%d/%m/%Y %H:%M}"
    head = f"{when} · {line.actor} · {audit_action_label(line.action)}"
    changes = describe_changes(line)
    return f"{head}\n{changes}" if changes else head


def history_table_model(parent: Any = None) -> RowTableModel[AuditLine]:
    return RowTableModel("HistoryTableModel", COLUMNS, parent, row_id=lambda line: line.id)
