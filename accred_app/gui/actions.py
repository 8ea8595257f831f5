"""Every command of the desk window in one place: its label, shortcut, tip and menu.

Qt's standard key sequences are used where one exists (New = Ctrl+N, Find = Ctrl+F, Refresh = F5,
Print = Ctrl+P, Quit), so the desk behaves like every other program on the officer's platform.
*Page actions* (new, edit, find, refresh, …) are carried out by the page on screen: the main window
asks it (``Page.trigger``) and enables each action as the page says (``Page.is_enabled``).
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMenuBar, QWidget

CONTEXT = "Actions"


class ActionId(enum.StrEnum):
    NEW = "new"
    EDIT = "edit"
    FIND = "find"
    REFRESH = "refresh"
    PRINT = "print"
    QUIT = "quit"
    LANGUAGE_VI = "language_vi"
    LANGUAGE_EN = "language_en"
    USER_GUIDE = "user_guide"
    ABOUT = "about"
    OPEN_CHECKPOINT = "open_checkpoint"


PAGE_ACTIONS = frozenset(
    {ActionId.NEW, ActionId.EDIT, ActionId.FIND, ActionId.REFRESH, ActionId.PRINT}
)
"""Actions the page on screen carries out; the others belong to the window."""


@dataclass(frozen=True, slots=True)
class ActionSpec:
    text: str  # translated in CONTEXT at display time
    shortcut: QKeySequence.StandardKey | str | None = None
    tip: str | None = None
    translate: bool = True  # a language's own name is shown untranslated


SPECS: dict[ActionId, ActionSpec] = {
    ActionId.NEW: ActionSpec(
        str(QT_TRANSLATE_NOOP("Actions", "&New…")),
        QKeySequence.StandardKey.New,
        str(QT_TRANSLATE_NOOP("Actions", "Add a new record to this page")),
    ),
    ActionId.EDIT: ActionSpec(
        str(QT_TRANSLATE_NOOP("Actions", "&Edit…")),
        "Ctrl+E",
        str(QT_TRANSLATE_NOOP("Actions", "Edit the selected record")),
    ),
    ActionId.FIND: ActionSpec(
        str(QT_TRANSLATE_NOOP("Actions", "&Find")),
        QKeySequence.StandardKey.Find,
        str(QT_TRANSLATE_NOOP("Actions", "Go to the search box of this page")),
    ),
    ActionId.REFRESH: ActionSpec(
        str(QT_TRANSLATE_NOOP("Actions", "&Refresh")),
        QKeySequence.StandardKey.Refresh,
        str(QT_TRANSLATE_NOOP("Actions", "Read this page again from the database")),
    ),
    ActionId.PRINT: ActionSpec(
        str(QT_TRANSLATE_NOOP("Actions", "&Print…")),
        QKeySequence.StandardKey.Print,
        str(QT_TRANSLATE_NOOP("Actions", "Print the selected records")),
    ),
    ActionId.QUIT: ActionSpec(str(QT_TRANSLATE_NOOP("Actions", "E&xit")), "Ctrl+Q"),
    ActionId.LANGUAGE_VI: ActionSpec("Tiếng &Việt", translate=False),
    ActionId.LANGUAGE_EN: ActionSpec("&English", translate=False),
    ActionId.OPEN_CHECKPOINT: ActionSpec(
        str(QT_TRANSLATE_NOOP("Actions", "Open the &checkpoint gate…")),
        "Ctrl+K",
        str(
            QT_TRANSLATE_NOOP(
                "Actions", "Scan passes at a gate: choose event, zone, unit, direction"
            )
        ),
    ),
    ActionId.USER_GUIDE: ActionSpec(
        str(QT_TRANSLATE_NOOP("Actions", "&User guide")),
        QKeySequence.StandardKey.HelpContents,
        str(
            QT_TRANSLATE_NOOP("Actions", "Read how to do each task at the desk and the checkpoint")
        ),
    ),
    ActionId.ABOUT: ActionSpec(
        str(QT_TRANSLATE_NOOP("Actions", "&About")),
        tip=str(QT_TRANSLATE_NOOP("Actions", "Version and licences")),
    ),
}

MENUS: tuple[tuple[str, tuple[ActionId | None, ...]], ...] = (
    (str(QT_TRANSLATE_NOOP("Actions", "&File")), (ActionId.OPEN_CHECKPOINT, None, ActionId.QUIT)),
    (
        str(QT_TRANSLATE_NOOP("Actions", "&Records")),
        (ActionId.NEW, ActionId.EDIT, None, ActionId.FIND, ActionId.REFRESH, None, ActionId.PRINT),
    ),
    (
        str(QT_TRANSLATE_NOOP("Actions", "&Language")),
        (ActionId.LANGUAGE_VI, ActionId.LANGUAGE_EN),
    ),
    (str(QT_TRANSLATE_NOOP("Actions", "&Help")), (ActionId.USER_GUIDE, None, ActionId.ABOUT)),
)
"""The menu bar: ``None`` is a separator."""


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


class DeskActions(QObject):
    """The window's ``QAction`` objects, made from :data:`SPECS` and re-labelled on a language
    switch. Shortcuts work anywhere in the window (the actions are added to it)."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._actions: dict[ActionId, QAction] = {}
        for action_id, spec in SPECS.items():
            action = QAction(window)
            action.setObjectName(f"action_{action_id.value}")
            if isinstance(spec.shortcut, QKeySequence.StandardKey):
                action.setShortcuts(spec.shortcut)
            elif spec.shortcut:
                action.setShortcut(QKeySequence(spec.shortcut))
            window.addAction(action)
            self._actions[action_id] = action
        self.language_group = QActionGroup(self)
        for action_id in (ActionId.LANGUAGE_VI, ActionId.LANGUAGE_EN):
            self._actions[action_id].setCheckable(True)
            self.language_group.addAction(self._actions[action_id])
        self._menus: list[tuple[str, object]] = []
        self.retranslate()

    def __getitem__(self, action_id: ActionId) -> QAction:
        return self._actions[action_id]

    def build_menus(self, menu_bar: QMenuBar) -> None:
        for title, members in MENUS:
            menu = menu_bar.addMenu(_tr(title))
            menu.setObjectName(f"menu_{title.replace('&', '').lower()}")
            for member in members:
                if member is None:
                    menu.addSeparator()
                else:
                    menu.addAction(self._actions[member])
            self._menus.append((title, menu))

    def retranslate(self) -> None:
        for action_id, spec in SPECS.items():
            action = self._actions[action_id]
            action.setText(_tr(spec.text) if spec.translate else spec.text)
            tip = _tr(spec.tip) if spec.tip else action.text().replace("&", "")
            shortcut = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            action.setToolTip(f"{tip} ({shortcut})" if shortcut else tip)
            action.setStatusTip(tip)
        for title, menu in self._menus:
            menu.setTitle(_tr(title))  # type: ignore[attr-defined]
