"""Display names of the core's enum values (roles, reporter statuses), translated at display time."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

CONTEXT = "Labels"

ROLE_LABELS: dict[str, str] = {
    "admin": str(QT_TRANSLATE_NOOP("Labels", "Administrator")),
    "desk": str(QT_TRANSLATE_NOOP("Labels", "Accreditation officer")),
    "checkpoint": str(QT_TRANSLATE_NOOP("Labels", "Checkpoint officer")),
    "viewer": str(QT_TRANSLATE_NOOP("Labels", "Viewer")),
}

STATUS_LABELS: dict[str, str] = {
    "active": str(QT_TRANSLATE_NOOP("Labels", "Active")),
    "suspended": str(QT_TRANSLATE_NOOP("Labels", "Suspended")),
    "blacklisted": str(QT_TRANSLATE_NOOP("Labels", "Blacklisted")),
}


def role_label(role: str) -> str:
    source = ROLE_LABELS.get(role)
    return QCoreApplication.translate(CONTEXT, source) if source else role


def status_label(status: str) -> str:
    source = STATUS_LABELS.get(status)
    return QCoreApplication.translate(CONTEXT, source) if source else status
