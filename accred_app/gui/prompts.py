"""Questions the desk puts to the officer: confirmations, messages, "save your changes?", file choice.

Every modal question goes through :func:`ask`, so a test answers it with :func:`answering` instead of
a real modal loop (which would block the test), and sees exactly what the officer would have been
asked. Dialogs of our own (editors) are not questions: they open with ``open()`` and tests drive
their widgets like any other.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QColorDialog,
    QDialog,
    QFileDialog,
    QInputDialog,
    QLineEdit,
    QMessageBox,
    QWidget,
)

from accred_app.core.errors import AccredError
from accred_app.gui.i18n import current_locale

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter


@dataclass(frozen=True, slots=True)
class Choice:
    key: str
    label: str
    role: QMessageBox.ButtonRole = QMessageBox.ButtonRole.AcceptRole


@dataclass(frozen=True, slots=True)
class Question:
    """What the officer is asked. ``kind`` is ``confirm``, ``inform``, ``error``, ``open_file``,
    ``save_file`` (the extension of the chosen filter added when none was typed), ``folder``, ``colour``, ``text``, ``password`` (typed hidden), ``print`` or ``printer``; the answer is a
    choice's ``key`` (``escape`` when the box is closed), a path for a file or a folder (``text``:
    the suggested one), a ``#RRGGBB`` for a colour (the current one is the ``text``), the typed
    line for ``text`` (``detail`` is the label, ``text`` the current value), for ``print`` a PDF
    file to print into when a test or a script answers (a person picks a printer), and a printer's
    name for ``printer`` (``choices``: the printers installed; ``text``: the one proposed)."""

    kind: str
    text: str
    title: str = ""
    detail: str = ""
    choices: tuple[Choice, ...] = ()
    default: str | None = None
    escape: str | None = None
    file_filter: str = ""

    def choice_labels(self) -> list[str]:
        return [choice.label for choice in self.choices]


Answerer = Callable[[Question], str | None]

_answerer: Answerer | None = None


@contextmanager
def answering(answerer: Answerer | str | None) -> Iterator[list[Question]]:
    """Answer every question asked inside the block (with a fixed key, or a function of the
    question) and collect the questions; for tests and scripted screenshots."""
    global _answerer
    asked: list[Question] = []
    previous = _answerer

    def answer(question: Question) -> str | None:
        asked.append(question)
        if callable(answerer):
            return answerer(question)
        return answerer if answerer is not None else question.escape

    _answerer = answer
    try:
        yield asked
    finally:
        _answerer = previous


def ask(parent: QWidget | None, question: Question) -> str | None:
    """Put ``question`` to the officer and return the key of the chosen answer."""
    if _answerer is not None:
        return _answerer(question)
    if question.kind == "open_file":
        path, _selected = QFileDialog.getOpenFileName(
            parent, question.title, "", question.file_filter
        )
        return path or None
    if question.kind == "save_file":
        path, _selected = QFileDialog.getSaveFileName(
            parent, question.title, question.text, question.file_filter
        )
        return path or None
    if question.kind == "folder":
        return QFileDialog.getExistingDirectory(parent, question.title, question.text) or None
    if question.kind == "colour":
        colour = QColorDialog.getColor(QColor(question.text), parent, question.title)
        return colour.name().upper() if colour.isValid() else None
    if question.kind in ("text", "password"):
        echo = (
            QLineEdit.EchoMode.Password
            if question.kind == "password"
            else QLineEdit.EchoMode.Normal
        )
        typed, accepted = QInputDialog.getText(
            parent, question.title, question.detail, echo, question.text
        )
        return typed if accepted else None
    if question.kind == "printer":
        raise ValueError("a printer is chosen with choose_printer()")
    box = QMessageBox(parent)
    box.setWindowTitle(
        question.title or QCoreApplication.translate("Prompts", "Press accreditation desk")
    )
    box.setIcon(
        {
            "confirm": QMessageBox.Icon.Question,
            "error": QMessageBox.Icon.Critical,
        }.get(question.kind, QMessageBox.Icon.Information)
    )
    box.setText(question.text)
    if question.detail:
        box.setInformativeText(question.detail)
    buttons = {}
    for choice in question.choices:
        button = box.addButton(choice.label, choice.role)
        buttons[choice.key] = button
        if choice.key == question.default:
            box.setDefaultButton(button)
        if choice.key == question.escape:
            box.setEscapeButton(button)
    box.exec()
    clicked = box.clickedButton()
    for key, button in buttons.items():
        if button is clicked:
            return key
    return question.escape


def confirm(
    parent: QWidget | None,
    text: str,
    *,
    yes: str,
    no: str | None = None,
    detail: str = "",
    title: str = "",
) -> bool:
    """A yes/no question whose "yes" names the action (``Khôi phục``, not ``OK``); "no" is the
    default answer of Esc."""
    question = Question(
        "confirm",
        text,
        title=title,
        detail=detail,
        choices=(
            Choice("yes", yes, QMessageBox.ButtonRole.AcceptRole),
            Choice(
                "no",
                no or QCoreApplication.translate("Prompts", "Cancel"),
                QMessageBox.ButtonRole.RejectRole,
            ),
        ),
        default="no",
        escape="no",
    )
    return ask(parent, question) == "yes"


def ask_unsaved(parent: QWidget | None) -> str:
    """Closing a form with changes: ``save``, ``discard`` or ``cancel`` (keep editing)."""
    question = Question(
        "confirm",
        QCoreApplication.translate("Prompts", "Save the changes you made?"),
        detail=QCoreApplication.translate(
            "Prompts", "If you do not save them, what you typed is lost."
        ),
        choices=(
            Choice(
                "save",
                QCoreApplication.translate("Prompts", "&Save"),
                QMessageBox.ButtonRole.AcceptRole,
            ),
            Choice(
                "discard",
                QCoreApplication.translate("Prompts", "&Discard"),
                QMessageBox.ButtonRole.DestructiveRole,
            ),
            Choice(
                "cancel",
                QCoreApplication.translate("Prompts", "Keep editing"),
                QMessageBox.ButtonRole.RejectRole,
            ),
        ),
        default="save",
        escape="cancel",
    )
    return ask(parent, question) or "cancel"


def tell(parent: QWidget | None, text: str, *, error: bool = False, detail: str = "") -> None:
    close = Choice(
        "close", QCoreApplication.translate("Prompts", "Close"), QMessageBox.ButtonRole.RejectRole
    )
    ask(
        parent,
        Question(
            "error" if error else "inform",
            text,
            detail=detail,
            choices=(close,),
            default="close",
            escape="close",
        ),
    )


def tell_error(parent: QWidget | None, error: AccredError) -> None:
    """A domain error in the desk's language: the very sentence the CLI prints."""
    tell(parent, error.message(current_locale()), error=True)


def choose_open_file(parent: QWidget | None, title: str, filters: Sequence[str]) -> Path | None:
    answer = ask(parent, Question("open_file", "", title=title, file_filter=";;".join(filters)))
    return Path(answer) if answer else None


def ask_text(parent: QWidget | None, title: str, label: str, current: str = "") -> str | None:
    """One line typed by the officer (a server address), or None when cancelled."""
    return ask(parent, Question("text", current, title=title, detail=label))


def ask_password(parent: QWidget | None, title: str, label: str) -> str | None:
    """A password typed by the officer (shown as dots), or None when cancelled."""
    return ask(parent, Question("password", "", title=title, detail=label))


def printer_for(parent: QWidget | None, title: str) -> QPrinter | None:
    """A new printer the officer set up in the print dialog, or None when cancelled. A test or a
    script that answers gets a printer writing the PDF file it named."""
    from PySide6.QtPrintSupport import QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    if _answerer is not None:
        answer = _answerer(Question("print", "", title=title))
        if not answer:
            return None
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(answer)
        return printer
    return printer if choose_printer(parent, printer, title) else None


def choose_colour(parent: QWidget | None, title: str, current: str) -> str | None:
    """A colour picked by the officer as ``#RRGGBB``, or None when the dialog is cancelled."""
    return ask(parent, Question("colour", current, title=title))


def choose_save_file(
    parent: QWidget | None, title: str, suggested: str | Path, filters: Sequence[str]
) -> Path | None:
    """Where to write a file: ``suggested`` is the name (or path) offered; the extension of the
    suggested name is added when the officer typed none."""
    answer = ask(
        parent,
        Question("save_file", str(suggested), title=title, file_filter=";;".join(filters)),
    )
    if not answer:
        return None
    path = Path(answer)
    if not path.suffix and Path(suggested).suffix:
        path = path.with_suffix(Path(suggested).suffix)
    return path


def choose_folder(parent: QWidget | None, title: str, suggested: Path) -> Path | None:
    answer = ask(parent, Question("folder", str(suggested), title=title))
    return Path(answer) if answer else None


def choose_printer(parent: QWidget | None, printer: QPrinter, title: str = "") -> bool:
    """Qt's print dialog on ``printer`` (printer, copies, paper, …); False when cancelled. A test
    answers with the name of an installed printer (``printer`` is switched to it) or with ``""``
    to print on ``printer`` as the test set it up (for example to a PDF file). Qt's print
    support is imported here, not when the window starts."""
    if _answerer is not None:
        names = tuple(Choice(name, name) for name in available_printers())
        answer = _answerer(
            Question("printer", printer.printerName(), title=title, choices=names, escape=None)
        )
        if answer is None:
            return False
        if answer:
            printer.setPrinterName(answer)
        return True
    from PySide6.QtPrintSupport import QPrintDialog

    dialog = QPrintDialog(printer, parent)
    if title:
        dialog.setWindowTitle(title)
    return dialog.exec() == QDialog.DialogCode.Accepted


def available_printers() -> list[str]:
    """The printers this computer can print to (empty when none is installed)."""
    from PySide6.QtPrintSupport import QPrinterInfo

    return [info.printerName() for info in QPrinterInfo.availablePrinters()]
