"""Admitting by hand when a pass will not scan: find the pass by three letters of the holder's
name (no accents needed) or the serial printed on it, see each with photo, pass status and what
admitting would give, then give the reason (required) and admit. The admission is the core's
``admit_manually``: logged as a manual admission, refused like a scan would be.

The search runs on a worker (``operations.run``; 50 ms at a big desk); the window keeps taking
scans meanwhile, and a scanner's keys never land in the search box (the window's keyboard capture
takes them first).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QIcon, QImage, QPixmap
from PySide6.QtWidgets import QDialog, QListWidgetItem

from accred_app.core.checkpoint import posts
from accred_app.core.checkpoint.manual import ManualCandidate
from accred_app.core.errors import AccredError
from accred_app.core.reports.cooperation import reason_label
from accred_app.gui import operations, prompts
from accred_app.gui.generated.ui_checkpoint_manual import Ui_ManualAdmissionDialog
from accred_app.gui.i18n import current_locale
from accred_app.gui.labels import pass_status_label

if TYPE_CHECKING:
    from accred_app.gui.checkpoint.window import CheckpointWindow

SEARCH_DELAY_MS: Final = 250
SERIAL_ROLE = Qt.ItemDataRole.UserRole + 1


class ManualAdmissionDialog(QDialog):
    def __init__(self, window: CheckpointWindow) -> None:
        super().__init__(window)
        self.window_ = window
        self.ui = Ui_ManualAdmissionDialog()
        self.ui.setupUi(self)
        self.candidates: tuple[ManualCandidate, ...] = ()
        self._generation = 0
        self._delay = QTimer(self)
        self._delay.setSingleShot(True)
        self._delay.setInterval(SEARCH_DELAY_MS)
        self._delay.timeout.connect(self.search_now)
        self.ui.search.textChanged.connect(lambda _text: self._delay.start())
        self.ui.search.returnPressed.connect(self.search_now)
        self.ui.results.currentItemChanged.connect(self._selection_changed)
        self.ui.results.itemDoubleClicked.connect(lambda _item: self.admit())
        self.ui.admitButton.clicked.connect(self.admit)
        self.ui.cancelButton.clicked.connect(self.reject)
        self.ui.search.setFocus()

    def search_now(self) -> None:
        self._delay.stop()
        query = self.ui.search.text()
        self._generation += 1
        generation = self._generation
        session, db, actor = self.window_.session, self.window_.db, self.window_.actor

        def work() -> tuple[tuple[ManualCandidate, ...], dict[int, bytes]]:
            found = session.find_candidates(query)
            ids = [c.reporter_id for c in found if c.has_photo]
            return found, posts.reporter_thumbnails(db, actor, ids)

        operations.run(
            self,
            work,
            success=lambda found: self._show(generation, *found),
            failure=lambda error: self._problem(generation, error),
        )

    def _problem(self, generation: int, error: AccredError) -> None:
        if generation != self._generation:
            return
        self.candidates = ()
        self.ui.results.clear()
        self.ui.problemLabel.setText(error.message(current_locale()))

    def _show(
        self,
        generation: int,
        candidates: tuple[ManualCandidate, ...],
        thumbnails: dict[int, bytes],
    ) -> None:
        if generation != self._generation:
            return  # an older search answered late
        self.candidates = candidates
        self.ui.results.clear()
        locale = current_locale()
        self.ui.problemLabel.setText(
            "" if candidates else self.tr("No pass of this event matches.")
        )
        for candidate in candidates:
            verdict = (
                self.tr("can be admitted")
                if candidate.allowed
                else self.tr("refused: {reason}").format(
                    reason=reason_label(candidate.reason, locale)
                )
            )
            zones = " ".join(zone.code for zone in candidate.zones) or "—"
            item = QListWidgetItem(
                f"{candidate.reporter_name} — {candidate.agency}\n"
                + self.tr("{serial} · {status} · zones {zones} · {verdict}").format(
                    serial=candidate.serial,
                    status=pass_status_label(candidate.pass_status),
                    zones=zones,
                    verdict=verdict,
                )
            )
            item.setData(SERIAL_ROLE, candidate.serial)
            picture = thumbnails.get(candidate.reporter_id)
            if picture:
                image = QImage.fromData(picture)
                if not image.isNull():
                    item.setIcon(QIcon(QPixmap.fromImage(image)))
            if not candidate.allowed:
                item.setForeground(Qt.GlobalColor.darkRed)
            self.ui.results.addItem(item)
        if candidates:
            self.ui.results.setCurrentRow(0)

    def _selection_changed(self, current: QListWidgetItem | None, _previous: object) -> None:
        self.ui.admitButton.setEnabled(current is not None)

    def select(self, serial: str) -> None:
        for row in range(self.ui.results.count()):
            if self.ui.results.item(row).data(SERIAL_ROLE) == serial:
                self.ui.results.setCurrentRow(row)
                return

    def admit(self) -> None:
        """Ask the reason, then admit on the window (which shows the verdict like a scan's)."""
        item = self.ui.results.currentItem()
        if item is None:
            return
        serial = str(item.data(SERIAL_ROLE))
        reason = prompts.ask_text(
            self,
            self.tr("Admit by hand"),
            self.tr("Why is {serial} admitted without a scan? (required, logged)").format(
                serial=serial
            ),
        )
        if reason is None:
            return
        if self.window_.admit_manually(serial, reason) is not None:
            self.accept()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
        super().changeEvent(event)
