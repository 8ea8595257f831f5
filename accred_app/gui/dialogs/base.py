"""What every form dialog of the desk shares: re-labelling on a language switch, errors shown beside
the field they are about, and a question before unsaved changes are thrown away.

**Errors beside fields, generically.** The core's :class:`ValidationError` names the field it is
about (``error.field``: ``citizen_id``, ``card_expiry``, …). A form names its input widgets after
those fields (Designer's ``objectName``) and puts an ``InlineError`` called ``error_<field>`` beside
each; :class:`FieldErrors` finds both by name, so no form keeps its own error-to-widget table. An
error about no field of the form (a permission refused, a busy database) goes to ``formError``.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, ClassVar

from PySide6.QtCore import QEvent
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QComboBox,
    QDialog,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from accred_app.core.errors import AccredError
from accred_app.gui import prompts
from accred_app.gui.widgets import InlineError

ERROR_PREFIX = "error_"
GENERAL_ERROR = "formError"


def error_field(error: AccredError) -> str | None:
    """The field a domain error is about, when it is about one."""
    field = error.params.get("field")
    return str(field) if field else None


class FieldErrors:
    """The ``InlineError`` labels of one form, by field."""

    def __init__(self, form: QWidget, aliases: dict[str, str] | None = None) -> None:
        self._form = form
        self._aliases = aliases or {}
        self.labels: dict[str, InlineError] = {}
        self.general: InlineError | None = None
        for label in form.findChildren(InlineError):
            name = label.objectName()
            if name == GENERAL_ERROR:
                self.general = label
            elif name.startswith(ERROR_PREFIX):
                self.labels[name.removeprefix(ERROR_PREFIX)] = label

    def clear(self) -> None:
        for label in self.labels.values():
            label.clear_message()
        if self.general is not None:
            self.general.clear_message()

    def show(self, errors: Iterable[AccredError]) -> None:
        """Show each error beside its field (the first field wrong gets the keyboard focus)."""
        self.clear()
        focused = False
        for error in errors:
            field = error_field(error)
            field = self._aliases.get(field, field) if field else None
            label = self.labels.get(field) if field else None
            if label is None:
                label = self.general
            if label is None:
                prompts.tell_error(self._form, error)
                continue
            if not label.isHidden() and label.error is not None:
                continue  # one message per field: the first
            label.show_error(error)
            if not focused and field:
                widget = self._form.findChild(QWidget, field)
                if widget is not None and widget.isEnabled():
                    widget.setFocus()
                    if isinstance(widget, QLineEdit):
                        widget.selectAll()
                    focused = True

    def message(self, field: str) -> str:
        """What is shown beside ``field`` (empty when nothing)."""
        label = self.labels.get(field)
        return label.text() if label is not None and not label.isHidden() else ""


class FormDialog(QDialog):
    """Base of the editors: a Designer form (``self.ui``), a :class:`FieldErrors`, change tracking.

    Subclasses call :meth:`setup_form` after ``setupUi``, implement :meth:`submit` (which runs the
    save through ``gui/operations.py`` and calls :meth:`saved` on success) and :meth:`retranslate`
    for texts the code sets. Esc, Cancel and the window's close button all come to :meth:`reject`,
    which asks before losing changes; Enter presses the default button (Save).
    """

    field_aliases: ClassVar[dict[str, str]] = {}
    """Fields the core names that this form shows under another (``zone_name`` → ``zones``)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.errors: FieldErrors | None = None
        self.dirty = False
        self._saving = False

    def setup_form(self, watched: Iterable[QWidget] = ()) -> None:
        self.errors = FieldErrors(self, self.field_aliases)
        for widget in watched:
            self.watch(widget)
        # as tall as the fields need (the form's height in Designer is only a guide): the rows
        # stay together, and the dialog grows when an error appears under a field
        self.resize(self.width(), self.sizeHint().height())

    def watch(self, widget: QWidget) -> None:
        """Count edits of ``widget`` as unsaved changes."""
        if isinstance(widget, QLineEdit):
            widget.textEdited.connect(self.mark_dirty)
        elif isinstance(widget, QPlainTextEdit):
            widget.textChanged.connect(self.mark_dirty)
        elif isinstance(widget, QComboBox):
            widget.activated.connect(self.mark_dirty)
        elif isinstance(widget, QCheckBox | QAbstractButton):
            widget.toggled.connect(self.mark_dirty)

    def mark_dirty(self, *_args: object) -> None:
        self.dirty = True

    def show_errors(self, errors: Iterable[AccredError]) -> None:
        self.set_busy(False)
        if self.errors is not None:
            self.errors.show(errors)

    def show_error(self, error: AccredError) -> None:
        self.show_errors([error])

    def set_busy(self, busy: bool) -> None:
        """While a save runs, the form cannot be sent twice."""
        self._saving = busy
        self.setEnabled(not busy)

    def submit(self) -> None:
        raise NotImplementedError

    def saved(self) -> None:
        self._saving = False
        self.setEnabled(True)
        self.dirty = False
        self.accept()

    def reject(self) -> None:
        if self._saving:
            return
        if self.dirty:
            answer = prompts.ask_unsaved(self)
            if answer == "save":
                self.submit()
                return
            if answer != "discard":
                return
        self.dirty = False
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.isVisible() and (self.dirty or self._saving):
            event.ignore()
            self.reject()
            return
        super().closeEvent(event)

    def retranslate(self) -> None:
        """Re-label what the code set; the form re-labels itself."""

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            ui = getattr(self, "ui", None)
            if ui is not None:
                ui.retranslateUi(self)
            self.retranslate()
        super().changeEvent(event)
