"""Keyboard alone: within one window no two mnemonics share a letter (Alt+letter reaches one place),
in Vietnamese and in English; icon-only buttons have an accessible name and a tooltip."""

from __future__ import annotations

import re
from collections import Counter
from datetime import date
from typing import Any

import pytest
from PySide6.QtWidgets import QAbstractButton, QLabel, QToolButton, QWidget

from accred_app.core.passes import issuing
from accred_app.core.registry import events
from accred_app.gui.main_window import MainWindow


def _mnemonic(text: str) -> str | None:
    found = re.search(r"&([^\s&])", text)
    return found.group(1).lower() if found else None


def _letters(widget: QWidget) -> list[tuple[str, str]]:
    """(letter, text) of every visible mnemonic in the widget (buttons and buddy labels)."""
    found = []
    for child in widget.findChildren(QWidget):
        if not child.isVisibleTo(widget):
            continue
        if isinstance(child, QAbstractButton) or (isinstance(child, QLabel) and child.buddy()):
            text = child.text()
            letter = _mnemonic(text)
            if letter:
                found.append((letter, text))
    return found


def _clashes(found: list[tuple[str, str]]) -> dict[str, list[str]]:
    counts = Counter(letter for letter, _ in found)
    return {
        letter: [text for each, text in found if each == letter]
        for letter, count in counts.items()
        if count > 1
    }


@pytest.mark.parametrize("locale", ["vi", "en"])
def test_mnemonics_are_unique_on_every_page_and_form(
    qtbot: Any, db: Any, admin: Any, seeded: dict[str, int], settle: Any, locale: str,
    desk_app: Any,
) -> None:  # fmt: skip
    from accred_app.gui.i18n import install_translators

    install_translators(desk_app, locale)
    event = events.add_event(
        db, admin, name="Đại hội", kind="event", start=date.today(), end=date.today(),
        zones=[events.ZoneSpec("A", "Hội trường")],
    )  # fmt: skip
    serial = issuing.issue_pass(
        db, admin, reporter_id=seeded["Nguyễn Thị Ánh"], event_id=event
    ).serial
    window = MainWindow(db, admin)
    qtbot.addWidget(window)
    window.show()
    settle()
    menus = [(_mnemonic(a.text()) or "", a.text()) for a in window.menuBar().actions()]
    for page_id, page in window.pages.items():
        window.show_page(page_id)
        settle()
        if page_id == "reporters":
            page.table.selectRow(0)
            settle()
        found = menus + _letters(page)
        assert len(found) >= len(menus) + 2, (page_id, found)  # the search box and a button
        assert not _clashes(found), (locale, page_id, _clashes(found))

    reporters = window.page("reporters")
    forms = []
    reporters.detail.add_reporter()
    settle()
    forms.append(reporters.detail.editor)
    reporters.detail.change_status()
    settle()
    forms.append(reporters.detail.status_dialog)
    for page_id in ("agencies", "events"):
        page = window.page(page_id)
        page.add_record()
        settle()
        forms.append(page.editor)
    units = window.page("units")
    units.add_unit(under_selected=False)
    forms.append(units.editor)
    passes = window.page("passes")
    window.show_page("passes")
    settle()
    passes.issue_batch()
    settle()
    forms.append(passes.dialog)
    passes.open_print([serial])
    settle()
    forms.append(passes.dialog)
    reporters.detail.issue_pass()
    settle()
    forms.append(reporters.detail.issue_dialog)
    for form in forms:
        assert form is not None
        assert len(_letters(form)) >= 3, form.objectName()
        assert not _clashes(_letters(form)), (locale, form.objectName(), _clashes(_letters(form)))
        form.done(0)


def test_icon_only_buttons_are_named_for_screen_readers(qtbot: Any) -> None:
    from accred_app.core.registry.photos import upright_preview
    from accred_app.core.setup.demo import portrait
    from accred_app.gui.dialogs.photo import PhotoCropDialog

    dialog = PhotoCropDialog(upright_preview(portrait(3, size=(300, 400))))
    qtbot.addWidget(dialog)
    buttons = [b for b in dialog.findChildren(QToolButton) if not b.text()]
    assert len(buttons) == 4
    for button in buttons:
        assert button.accessibleName() and button.toolTip(), button.objectName()
        assert not button.icon().isNull()


@pytest.mark.parametrize("locale", ["vi", "en"])
def test_mnemonics_are_unique_on_the_administration_forms_and_the_wizard(
    qtbot: Any, db: Any, admin: Any, settle: Any, locale: str, desk_app: Any, tmp_path: Any
) -> None:
    from PySide6.QtWidgets import QWizard

    from accred_app.gui.app import first_dialog
    from accred_app.gui.dialogs.recovery_code import RecoveryCodeDialog
    from accred_app.gui.i18n import install_translators
    from accred_app.gui.opening import open_for_sign_in
    from accred_app.gui.pages.base import DeskContext
    from accred_app.gui.pages.officers.dialogs import (
        OfficerEditor,
        OfficerPasswordDialog,
        RecoverKeyDialog,
    )

    install_translators(desk_app, locale)
    context = DeskContext(db, admin)
    forms: list[QWidget] = [
        OfficerEditor(context, []),
        OfficerPasswordDialog(context, "admin"),
        RecoverKeyDialog(context),
        RecoveryCodeDialog("7KQM-3XHD-7KQM-3XHD-7KQM-3XHD-7KQM-3XHD"[:34], "…"),
    ]
    for form in forms:
        qtbot.addWidget(form)
        form.show()
        found = _letters(form)
        assert len(found) >= 2, form.objectName()
        assert not _clashes(found), (locale, form.objectName(), _clashes(found))
    opened = open_for_sign_in(str(tmp_path / "moi.sqlite"))
    assert opened is not None
    try:
        wizard = first_dialog(opened)
        assert isinstance(wizard, QWizard)
        qtbot.addWidget(wizard)
        wizard.show()
        for page_id in wizard.pageIds():
            page = wizard.page(page_id)
            wizard.setStartId(page_id)
            wizard.restart()
            buttons = [
                (letter, text)
                for which in (QWizard.WizardButton.NextButton, QWizard.WizardButton.BackButton,
                              QWizard.WizardButton.FinishButton, QWizard.WizardButton.CommitButton)
                if (button := wizard.button(which)).isVisible()
                and (letter := _mnemonic(text := button.text()))
            ]  # fmt: skip
            found = _letters(page) + buttons
            assert not _clashes(found), (locale, page.objectName(), _clashes(found))
    finally:
        wizard.close()
        opened.close()
