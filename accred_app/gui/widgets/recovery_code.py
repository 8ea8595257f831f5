"""The recovery code, shown once: large and grouped for copying by hand, with Print and Copy, what
it is for in plain words, and a box the officer ticks to say it is written down and locked away.

It is stored nowhere (docs/key-protection.md): once this view is closed nobody can see it again,
so the first-run wizard and every dialog that shows one go on only after the box is ticked.
"""

from __future__ import annotations

from datetime import datetime
from html import escape
from typing import Any

from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication, QTextDocument
from PySide6.QtWidgets import QWidget

from accred_app.core.clock import VIETNAM_TZ
from accred_app.core.messages import render
from accred_app.gui import prompts
from accred_app.gui.generated.ui_recovery_code_view import Ui_RecoveryCodeView
from accred_app.gui.i18n import current_locale

GROUPS_PER_LINE = 4


def shown_lines(code: str) -> list[str]:
    """The code's groups, four to a line, spaced for reading aloud or copying by hand."""
    groups = code.split("-")
    return [
        "  ".join(groups[start : start + GROUPS_PER_LINE])
        for start in range(0, len(groups), GROUPS_PER_LINE)
    ]


class RecoveryCodeView(QWidget):
    acknowledged_changed = Signal(bool)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.ui = Ui_RecoveryCodeView()
        self.ui.setupUi(self)
        self._code = ""
        self._organisation = ""
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSizeF(max(font.pointSizeF(), 10) * 1.8)
        font.setWeight(QFont.Weight.Bold)
        font.setLetterSpacing(QFont.SpacingType.PercentageSpacing, 108)
        self.ui.code.setFont(font)
        self.ui.printButton.clicked.connect(self.print_code)
        self.ui.copyButton.clicked.connect(self.copy_code)
        self.ui.acknowledged.toggled.connect(self.acknowledged_changed)
        self.retranslate()

    @property
    def code(self) -> str:
        return self._code

    @property
    def acknowledged(self) -> bool:
        return self.ui.acknowledged.isChecked()

    def set_code(self, code: str, *, organisation: str = "") -> None:
        self._code = code
        self._organisation = organisation
        self.ui.code.setText("\n".join(shown_lines(code)))
        self.ui.acknowledged.setChecked(False)

    def copy_code(self) -> None:
        QGuiApplication.clipboard().setText(self._code)
        self.ui.copyButton.setText(self.tr("C&opied"))

    def print_code(self) -> None:
        printer = prompts.printer_for(self, self.tr("Print the recovery code"))
        if printer is None:
            return
        self.document().print_(printer)

    def document(self) -> QTextDocument:
        """The page that is printed: what the code is, the code, the advice, when it was made."""
        made = datetime.now(VIETNAM_TZ).strftime("%H:%M %d/%m/%Y")
        lines = "<br>".join(escape(line) for line in shown_lines(self._code))
        title = escape(self.tr("Recovery code of the press accreditation desk"))
        when = escape(self.tr("Made at {time}.").format(time=made))
        html = (
            f"<h2>{title}</h2>"
            + (f"<p>{escape(self._organisation)}</p>" if self._organisation else "")
            + f"<p style='font-family: monospace; font-size: 20pt; font-weight: bold'>{lines}</p>"
            + f"<p>{escape(self.advice_text())}</p>"
            + f"<p>{when}</p>"
        )
        document = QTextDocument()
        document.setHtml(html)
        return document

    def advice_text(self) -> str:
        return render("recovery_code_advice", current_locale())

    def retranslate(self) -> None:
        self.ui.note.setText(
            self.tr(
                "This is the desk's recovery code. If every officer who can issue passes forgets "
                "the password or leaves, an administrator types this code to take back the "
                "signing key, without which no pass can be issued. Anyone holding it can do the "
                "same, so keep it like the key of a safe."
            )
        )
        self.ui.advice.setText(self.advice_text())
        self.ui.copyButton.setText(self.tr("C&opy"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self.retranslate()
        super().changeEvent(event)
