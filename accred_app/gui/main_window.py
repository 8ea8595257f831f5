"""The desk's main window: a side navigation of pages, the page on screen, the central actions.

The frame knows no page in particular: it shows the pages of ``pages/__init__.py`` that the
officer's role may open (see ``pages/base.py`` for the contract), routes the central actions to the
page on screen, keeps the window's and the pages' layout in the desk settings, and switches the
language live.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QByteArray, QEvent, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QLabel, QListWidgetItem, QMainWindow

from accred_app.core.errors import AccredError
from accred_app.core.roles import Actor, Permission
from accred_app.core.storage.db import Database
from accred_app.core.storage.settings import Settings, get_settings
from accred_app.gui import prompts
from accred_app.gui.actions import PAGE_ACTIONS, ActionId, DeskActions
from accred_app.gui.dialogs.about import AboutDialog
from accred_app.gui.dialogs.user_guide import UserGuideDialog
from accred_app.gui.generated.ui_main_window import Ui_MainWindow
from accred_app.gui.i18n import current_locale, switch_language
from accred_app.gui.labels import role_label
from accred_app.gui.pages import page_classes
from accred_app.gui.pages.base import DeskContext, Page
from accred_app.gui.settings import desk_settings

PAGE_ID_ROLE = Qt.ItemDataRole.UserRole + 1


class MainWindow(QMainWindow):
    database_replaced = Signal(str)
    """A page replaced the database under the window (a restore): the desk closes this window,
    reopens the database and asks to sign in again (``gui/app.py``). The text says what happened."""

    def __init__(self, db: Database, actor: Actor, parent: Any = None) -> None:
        super().__init__(parent)
        self._db = db
        self.context = DeskContext(db, actor)
        self._org_name = get_settings(db).org_name
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self.notice = self.ui.checkpointNotice
        self.about_dialog: AboutDialog | None = None
        self.user_guide: UserGuideDialog | None = None

        self.actions_ = DeskActions(self)
        self.actions_.build_menus(self.menuBar())
        self._connect_actions()
        self.officer_label = QLabel()
        self.officer_label.setObjectName("officerLabel")
        self.database_label = QLabel()
        self.database_label.setObjectName("databaseLabel")
        self.statusBar().addWidget(self.officer_label)
        self.statusBar().addPermanentWidget(self.database_label)

        self.checkpoint_windows: list[Any] = []
        self.pages: dict[str, Page] = {}
        for page_class in page_classes():
            if not actor.can(page_class.permission):
                continue
            page = page_class(self.context)
            page.actions_changed.connect(self._update_actions)
            page.status_message.connect(lambda text: self.statusBar().showMessage(text, 8000))
            page.settings_changed.connect(self._settings_changed)
            page.database_replaced.connect(self.database_replaced)
            self.ui.pageStack.addWidget(page)
            item = QListWidgetItem(page_class.icon(), page_class.title())
            item.setData(PAGE_ID_ROLE, page_class.page_id)
            self.ui.navigation.addItem(item)
            self.pages[page_class.page_id] = page
        self._page_shortcuts: list[QAction] = []
        for number, page_id in enumerate(self.pages, start=1):
            shortcut = QAction(self)
            shortcut.setShortcut(QKeySequence(f"Ctrl+{number}"))
            shortcut.triggered.connect(lambda _checked=False, p=page_id: self.show_page(p))
            self.addAction(shortcut)
            self._page_shortcuts.append(shortcut)
        for page in self.pages.values():
            page.records_changed.connect(lambda source=page: self._records_changed(source))
        self.ui.navigation.setVisible(bool(self.pages))
        self.ui.navigation.currentRowChanged.connect(self._on_navigation)
        self.retranslate()
        self._restore_state()
        self._update_actions()

    # -- pages -------------------------------------------------------------------------------------
    @property
    def current_page(self) -> Page | None:
        widget = self.ui.pageStack.currentWidget()
        return widget if isinstance(widget, Page) else None

    def page(self, page_id: str) -> Page:
        return self.pages[page_id]

    def show_page(self, page_id: str) -> None:
        ids = list(self.pages)
        if page_id not in ids:
            return
        row = ids.index(page_id)
        if self.ui.navigation.currentRow() == row:
            self._on_navigation(row)
        else:
            self.ui.navigation.setCurrentRow(row)

    def _on_navigation(self, row: int) -> None:
        if row < 0:
            return
        page = list(self.pages.values())[row]
        self.ui.pageStack.setCurrentWidget(page)
        page.activate()
        self._update_actions()

    def _settings_changed(self, settings: Settings) -> None:
        self._org_name = settings.org_name
        self.retranslate()

    def _records_changed(self, source: Page) -> None:
        for page in self.pages.values():
            if page is not source:
                page.mark_stale()

    # -- actions -----------------------------------------------------------------------------------
    def _connect_actions(self) -> None:
        actions = self.actions_
        for action_id in PAGE_ACTIONS:
            actions[action_id].triggered.connect(
                lambda _checked=False, a=action_id: self._trigger_page_action(a)
            )
        actions[ActionId.QUIT].triggered.connect(self.close)
        actions[ActionId.ABOUT].triggered.connect(self.show_about)
        actions[ActionId.OPEN_CHECKPOINT].triggered.connect(self.open_checkpoint)
        actions[ActionId.OPEN_CHECKPOINT].setEnabled(self.context.actor.can(Permission.SCAN))
        actions[ActionId.USER_GUIDE].triggered.connect(self.show_user_guide)
        actions[ActionId.LANGUAGE_VI].triggered.connect(lambda: switch_language("vi"))
        actions[ActionId.LANGUAGE_EN].triggered.connect(lambda: switch_language("en"))

    def _trigger_page_action(self, action_id: ActionId) -> None:
        page = self.current_page
        if page is not None and page.is_enabled(action_id):
            page.trigger(action_id)

    def _update_actions(self) -> None:
        page = self.current_page
        for action_id in PAGE_ACTIONS:
            self.actions_[action_id].setEnabled(page is not None and page.is_enabled(action_id))

    # -- text ----------------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.setWindowTitle(
            self.tr("Press accreditation desk — {organisation}").format(organisation=self._org_name)
        )
        self.officer_label.setText(
            self.tr("Officer: {username} ({role})").format(
                username=self.context.actor.username,
                role=role_label(self.context.actor.role.value),
            )
        )
        self.database_label.setText(
            self.tr("Database: {location}").format(location=self._db.display_name)
        )
        for row, page in enumerate(self.pages.values()):
            item = self.ui.navigation.item(row)
            item.setText(page.title())
            item.setToolTip(f"{page.title()} (Ctrl+{row + 1})")
        self.actions_.retranslate()
        self.actions_[
            ActionId.LANGUAGE_EN if current_locale() == "en" else ActionId.LANGUAGE_VI
        ].setChecked(True)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self.retranslate()
        super().changeEvent(event)

    # -- the checkpoint gate -----------------------------------------------------------------------
    def open_checkpoint(self) -> Any:
        """Open a gate ("Mở cổng kiểm soát"): choose the post, then a checkpoint window on this
        database."""
        from accred_app.gui.checkpoint.start import CheckpointStartDialog

        dialog = CheckpointStartDialog(self._db, self.context.actor, self, offer_full_screen=True)
        dialog.chosen.connect(
            lambda event_id, zone, unit_id, direction: self.start_checkpoint(
                event_id, zone, unit_id, direction, full_screen=dialog.full_screen
            )
        )
        dialog.open()
        return dialog

    def start_checkpoint(
        self, event_id: int, zone_code: str, unit_id: int, direction: str, *, full_screen: bool
    ) -> Any:
        from accred_app.core.checkpoint.session import open_session
        from accred_app.gui.checkpoint.window import CheckpointWindow

        try:
            session = open_session(
                self._db,
                self.context.actor,
                event_id=event_id,
                zone_code=zone_code or None,
                unit_id=unit_id,
                direction=direction,
                locale=current_locale(),
            )
        except AccredError as error:
            prompts.tell_error(self, error)
            return None
        window = CheckpointWindow(self._db, session, kiosk=full_screen)
        window.open_remembered_source()
        window.closed.connect(lambda: self.checkpoint_windows.remove(window))
        self.checkpoint_windows.append(window)
        if not full_screen:
            window.show()
        return window

    def show_about(self) -> None:
        if self.about_dialog is None:
            self.about_dialog = AboutDialog(self)
        self.about_dialog.open()

    def show_user_guide(self) -> None:
        """The guide beside the window (not modal); F1 again brings it to the front."""
        if self.user_guide is None:
            self.user_guide = UserGuideDialog(self)
        self.user_guide.show()
        self.user_guide.raise_()
        self.user_guide.activateWindow()

    # -- state kept between sessions ---------------------------------------------------------------
    def _restore_state(self) -> None:
        settings = desk_settings()
        geometry = settings.value("window/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        state = settings.value("window/state")
        if isinstance(state, QByteArray):
            self.restoreState(state)
        splitter = settings.value("window/splitter")
        if isinstance(splitter, QByteArray):
            self.ui.mainSplitter.restoreState(splitter)
        else:
            self.ui.mainSplitter.setSizes([190, 990])
        for page in self.pages.values():
            page.restore_state(settings)
        if not self.pages:
            self.ui.pageStack.setCurrentWidget(self.ui.noticePage)
            return
        last = settings.value("window/page")
        self.ui.pageStack.setCurrentIndex(1)
        self.show_page(
            last if isinstance(last, str) and last in self.pages else next(iter(self.pages))
        )

    def save_state(self) -> None:
        settings = desk_settings()
        settings.setValue("window/geometry", self.saveGeometry())
        settings.setValue("window/state", self.saveState())
        settings.setValue("window/splitter", self.ui.mainSplitter.saveState())
        page = self.current_page
        if page is not None:
            settings.setValue("window/page", page.page_id)
        for each in self.pages.values():
            each.save_state(settings)
        settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        for window in list(self.checkpoint_windows):
            window.close()
        if self.checkpoint_windows:  # a full-screen gate whose officer did not confirm leaving
            event.ignore()
            return
        self.save_state()
        super().closeEvent(event)
