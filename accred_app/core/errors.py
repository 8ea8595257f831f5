"""Domain errors.

Every failure a user can cause is an ``AccredError`` with a stable ``code`` and parameters. The CLI and
the GUI turn it into one clear sentence in the user's language through :mod:`accred_app.core.messages`;
nothing above the core formats error text on its own.
"""

from __future__ import annotations

from typing import Any

from accred_app.core.messages import render


class AccredError(Exception):
    """Base of every domain error: ``code`` names the problem, ``params`` fill its message."""

    exit_code = 3

    def __init__(self, code: str, /, **params: Any) -> None:
        self.code = code
        self.params = params
        super().__init__(self.message("en"))

    def message(self, locale: str = "vi") -> str:
        return render(self.code, locale, self.params)

    @property
    def field(self) -> str | None:
        """The input field the error is about (``citizen_id``, ``card_expiry``…), when there is
        one: a form shows the message beside that field."""
        value = self.params.get("field")
        return str(value) if value else None


class ValidationError(AccredError):
    """Input that breaks a rule (format, uniqueness, dates)."""


class NotFoundError(AccredError):
    """A referenced row does not exist."""


class PermissionDenied(AccredError):
    """The signed-in officer's role does not allow the action."""


class DatabaseProblem(AccredError):
    """The database file cannot be used (locked, corrupt, on a network share, newer schema)."""
