"""What every page of the desk window is: the contract between a page and the frame around it.

A page is one ``QWidget`` with one job (the reporters, the agencies, …). The main window lists the
pages the officer's role may open in the side navigation, shows one at a time in its stack, routes
the central actions (new, edit, find, refresh) to the page on screen, saves and restores each page's
layout, and lets Qt's ``LanguageChange`` re-label it. To add a page: a Designer form
``ui/<feature>_page.ui`` (compiled by ``tools/build_gui.py``), a package ``pages/<feature>/`` whose
``__init__`` exports ``PAGE``, a line in ``pages/__init__.py``, an icon in ``resources/icons/``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from PySide6.QtCore import QEvent, QSettings, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QWidget

from accred_app import paths
from accred_app.core.roles import Actor, Permission
from accred_app.core.storage.db import Database
from accred_app.gui.actions import ActionId


@dataclass(slots=True)
class DeskContext:
    """What every page works with: the open database and the signed-in officer.

    One object shared by the window and all its pages. ``actor`` changes only when the officer's
    session gains the signing key (the recovery code used on the officers page): every page then
    signs with the new actor from its next action on.
    """

    db: Database
    actor: Actor

    def can(self, permission: Permission) -> bool:
        return self.actor.can(permission)


class Page(QWidget):
    """Base of every page. Subclasses set the class attributes, build their form in ``__init__``
    (``self.ui = Ui_X(); self.ui.setupUi(self)``) and override what they need of the hooks."""

    page_id: ClassVar[str]
    title_source: ClassVar[str]  # QT_TRANSLATE_NOOP("Pages", "…"), translated at display time
    icon_name: ClassVar[str]  # resources/icons/<icon_name>.svg
    permission: ClassVar[Permission] = Permission.READ
    handles: ClassVar[frozenset[ActionId]] = frozenset()

    actions_changed = Signal()
    """Emitted when what :meth:`is_enabled` answers may have changed (selection, loading)."""

    status_message = Signal(str)
    """A short note for the window's status bar (``Đã lưu …``)."""

    records_changed = Signal()
    """This page saved a change other pages may show (an agency's name in the reporter list): the
    window marks the other pages stale, and each reads again when next shown."""

    settings_changed = Signal(object)
    """This page saved the installation's settings (``storage.settings.Settings``): the window
    shows the organisation's new name in its title."""

    database_replaced = Signal(str)
    """This page replaced the database under the window (a restore): the window closes and the
    desk asks to sign in again to the restored data. The text says what happened."""

    def __init__(self, context: DeskContext, parent: Any = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName(f"{self.page_id}Page")
        self._activated = False
        self._stale = False

    # -- identity ----------------------------------------------------------------------------------
    @classmethod
    def title(cls) -> str:
        from PySide6.QtCore import QCoreApplication

        return QCoreApplication.translate("Pages", cls.title_source)

    @classmethod
    def icon(cls) -> QIcon:
        return QIcon(str(paths.ICONS_DIR / f"{cls.icon_name}.svg"))

    @property
    def can_edit(self) -> bool:
        return self.context.can(Permission.EDIT_REGISTRY)

    # -- life --------------------------------------------------------------------------------------
    def activate(self) -> None:
        """The page comes on screen: the first time, it loads its data (pages not yet opened cost
        nothing at sign-in); later, only when another page changed what it shows."""
        if not self._activated or self._stale:
            self._activated = True
            self._stale = False
            self.refresh()

    def mark_stale(self) -> None:
        """Another page saved something this page shows."""
        self._stale = True

    @property
    def activated(self) -> bool:
        return self._activated

    def refresh(self) -> None:
        """Read the page's data again (on a worker, see ``gui/operations.py``)."""

    def focus_search(self) -> None:
        """Put the cursor in the page's search box (Find)."""

    # -- central actions ---------------------------------------------------------------------------
    def is_enabled(self, action: ActionId) -> bool:
        return action in self.handles

    def trigger(self, action: ActionId) -> None:
        if action is ActionId.REFRESH:
            self.refresh()
        elif action is ActionId.FIND:
            self.focus_search()

    # -- state kept between sessions ---------------------------------------------------------------
    def save_state(self, settings: QSettings) -> None:
        """Write splitter, column and filter state under ``pages/<page_id>/``."""

    def restore_state(self, settings: QSettings) -> None:
        """Read what :meth:`save_state` wrote; a missing or odd value leaves the default."""

    def state_key(self, name: str) -> str:
        return f"pages/{self.page_id}/{name}"

    # -- language ----------------------------------------------------------------------------------
    def retranslate(self) -> None:
        """Re-label what the code (not the form) wrote; the form re-labels itself."""

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            ui = getattr(self, "ui", None)
            if ui is not None:
                ui.retranslateUi(self)
            self.retranslate()
        super().changeEvent(event)
