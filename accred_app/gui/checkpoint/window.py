"""The checkpoint window: the gate's screen, separate from the desk window.

Thin over :class:`~accred_app.core.checkpoint.session.CheckpointSession`: every scanned text, from
any source (the keyboard wedge, a serial scanner, a webcam), goes through :meth:`submit_scan`,
which asks the core for the verdict (sub-millisecond, and logged by the core) and the screen's
facts, and shows them at once; the colour, the big word and the words of the reason come from the
core's :class:`~accred_app.core.checkpoint.screen.VerdictScreen`, not from tables here. What could
take longer runs on the window's own worker thread, one job at a time, and never holds the screen:
decoding the photo, the side panel's counters, the station's freshness. A password check (argon2)
goes through ``operations.run``.

Sources other than the keyboard follow one protocol (:meth:`attach_source`): a ``QObject`` with
``scanned = Signal(str)`` and ``status = Signal(str, str)`` (a state and a message in the UI
language), shown in the header.
"""

from __future__ import annotations

import contextlib
import html
import logging
from collections.abc import Callable
from datetime import timedelta
from typing import Any, Final

import shiboken6
from PySide6.QtCore import (
    QEvent,
    QObject,
    QRunnable,
    QSize,
    Qt,
    QThreadPool,
    QTimer,
    Signal,
)
from PySide6.QtGui import QCloseEvent, QImage, QKeyEvent, QPixmap
from PySide6.QtWidgets import QAbstractButton, QListWidgetItem, QMainWindow, QWidget

from accred_app.core.checkpoint import posts
from accred_app.core.checkpoint.counters import GateCounters, RecentScan
from accred_app.core.checkpoint.freshness import StationFreshness
from accred_app.core.checkpoint.scanning import ScanResult
from accred_app.core.checkpoint.screen import SCREEN_STATES, ScreenState, VerdictScreen
from accred_app.core.checkpoint.session import CheckpointSession, open_session
from accred_app.core.checkpoint.verdict import Direction, Reason
from accred_app.core.clock import VIETNAM_TZ
from accred_app.core.errors import AccredError
from accred_app.core.reports.cooperation import reason_label
from accred_app.core.roles import Actor, Permission
from accred_app.core.security import officers
from accred_app.core.storage.db import Database
from accred_app.gui import operations, prompts
from accred_app.gui.checkpoint.burst import BurstSettings
from accred_app.gui.checkpoint.keyboard_wedge import Clock, KeyboardWedge
from accred_app.gui.checkpoint.sounds import VerdictSounds
from accred_app.gui.checkpoint.sources import ScanSource, choose_source, open_remembered
from accred_app.gui.generated.ui_checkpoint_window import Ui_CheckpointWindow
from accred_app.gui.i18n import current_locale
from accred_app.gui.settings import desk_settings

log = logging.getLogger(__name__)

VERDICT_SECONDS: Final = 10
FRESHNESS_EVERY_MS: Final = 60_000
RECENT_CACHE: Final = 50
UID_ROLE = Qt.ItemDataRole.UserRole + 1
KEYBOARD_SOURCE: Final = "keyboard"

STYLE = """
QFrame#verdictFrame { border-radius: 8px; background: palette(base); }
QFrame#verdictFrame[state="allowed"] { background: #1B5E20; }
QFrame#verdictFrame[state="warning"] { background: #F9A825; }
QFrame#verdictFrame[state="denied"] { background: #B71C1C; }
QFrame#verdictFrame[state="allowed"] QLabel, QFrame#verdictFrame[state="denied"] QLabel { color: white; }
QFrame#verdictFrame[state="warning"] QLabel { color: #1A1A1A; }
QLabel#titleLabel { font-size: 44pt; font-weight: bold; }
QLabel#messageLabel { font-size: 17pt; }
QLabel#nameLabel { font-size: 24pt; font-weight: bold; }
QLabel#agencyLabel, QLabel#serialLabel, QLabel#zonesLabel, QLabel#validityLabel { font-size: 14pt; }
QLabel#warningsLabel { font-size: 15pt; font-weight: bold; }
QLabel#countdownLabel { font-size: 11pt; }
QLabel#photoLabel { background: rgba(255, 255, 255, 40); border-radius: 4px; }
QLabel#freshnessLabel[stale="true"] { background: #F9A825; color: #1A1A1A; font-weight: bold;
    padding: 4px; border-radius: 4px; }
QLabel#sourceLabel[state="error"] { color: #B71C1C; font-weight: bold; }
QLabel#eventLabel, QLabel#zoneLabel, QLabel#unitLabel, QLabel#directionLabel { font-size: 13pt;
    font-weight: bold; margin-right: 14px; }
QLabel#entriesValue, QLabel#exitsValue, QLabel#insideValue, QLabel#manualValue { font-size: 16pt;
    font-weight: bold; }
"""


class _Relay(QObject):
    """Brings a worker's result back to the GUI thread (queued signal); a child of the window."""

    done = Signal(object, object)  # callback, result (or the exception raised)


class _Job(QRunnable):
    def __init__(self, work: Callable[[], Any], callback: Callable[[Any], None], relay: _Relay):
        super().__init__()
        self.setAutoDelete(True)
        self._work, self._callback, self._relay = work, callback, relay

    def run(self) -> None:
        try:
            result: Any = self._work()
        except BaseException as error:  # delivered and handled on the GUI thread
            result = error
        with contextlib.suppress(RuntimeError):  # the window went meanwhile
            self._relay.done.emit(self._callback, result)


def _decode_photo(jpeg: bytes, size: QSize) -> QImage:
    image = QImage.fromData(jpeg)
    if image.isNull():
        return image
    return image.scaled(
        size, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
    )


def _local(moment: Any) -> str:
    return moment.astimezone(VIETNAM_TZ).strftime("%H:%M %d/%m/%Y")


class CheckpointWindow(QMainWindow):
    """One open gate. The window owns ``session`` and closes it with itself."""

    closed = Signal()
    verdict_shown = Signal(object)  # the VerdictScreen on screen now
    counters_shown = Signal(object)  # the GateCounters the side panel shows now

    def __init__(
        self,
        db: Database,
        session: CheckpointSession,
        *,
        kiosk: bool = False,
        burst: BurstSettings | None = None,
        clock: Clock | None = None,
        stale_after: timedelta | None = None,
        audible: bool | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
        self.db = db
        self.session = session
        self.stale_after = stale_after
        self.ui = Ui_CheckpointWindow()
        self.ui.setupUi(self)
        self.setStyleSheet(STYLE)
        self.ui.centralLayout.setStretch(1, 1)  # the verdict and the panel take the height
        self.ui.stateRow.setStretch(0, 1)  # the freshness sentence takes the width it needs
        self.ui.mainSplitter.setStretchFactor(0, 3)
        self.ui.mainSplitter.setStretchFactor(1, 1)
        self.ui.mainSplitter.setSizes([900, 360])
        self.ui.sourceLabel.hide()
        for button in self.findChildren(QAbstractButton):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Space clears, it never presses
        self.ui.recentList.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.ui.denialsList.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.ui.centralWidget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

        self.wedge = KeyboardWedge(self, settings=burst or stored_burst_settings(), clock=clock)
        self.wedge.scanned.connect(lambda text: self.submit_scan(text, KEYBOARD_SOURCE))
        self.sounds = VerdictSounds(self, audible=audible)
        self.ui.muteButton.setChecked(self.sounds.muted)
        self.ui.muteButton.toggled.connect(self.sounds.set_muted)

        self.screen: VerdictScreen | None = None
        self.counters: GateCounters | None = None
        self.freshness: StationFreshness | None = None
        self.seconds_left = 0
        self.sources: list[QObject] = []
        self._source_states: dict[int, tuple[str, str]] = {}
        self._preview: QWidget | None = None
        self._results: dict[str, ScanResult] = {}
        self._unit_name = ""
        self._photo_generation = 0
        self._counters_running = False
        self._counters_again = False
        self._leave_confirmed = False
        self._kiosk = False
        self._password_check: operations.Operation | None = None
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._relay = _Relay(self)
        self._relay.done.connect(self._on_background, Qt.ConnectionType.QueuedConnection)

        self._countdown = QTimer(self)
        self._countdown.setInterval(1000)
        self._countdown.timeout.connect(self.tick)
        self._freshness_timer = QTimer(self)
        self._freshness_timer.setInterval(FRESHNESS_EVERY_MS)
        self._freshness_timer.timeout.connect(self.refresh_freshness)

        ui = self.ui
        ui.manualButton.clicked.connect(self.open_manual_admission)
        ui.denyButton.clicked.connect(self.supervisor_deny)
        ui.clearButton.clicked.connect(self.clear_verdict)
        ui.scannerButton.clicked.connect(self.choose_scanner)
        ui.changeButton.clicked.connect(self.change_post)
        ui.fullScreenButton.clicked.connect(self._full_screen_clicked)
        ui.closeButton.clicked.connect(self.close)
        ui.recentList.itemClicked.connect(self._recent_clicked)

        self._show_post()
        self.clear_verdict()
        if kiosk:
            self.set_kiosk(True)
        self.refresh_counters()
        self.refresh_freshness()
        self._freshness_timer.start()

    # -- the post --------------------------------------------------------------------------------
    @property
    def actor(self) -> Actor:
        return self.session.actor

    @property
    def kiosk(self) -> bool:
        return self._kiosk

    def _show_post(self) -> None:
        post = self.session.post
        zone = next((z for z in post.event.zones if z.slot == post.zone_slot), None)
        self.ui.eventLabel.setText(post.event.name)
        self.ui.zoneLabel.setText(
            self.tr("Zone {code} — {name}").format(code=zone.code, name=zone.name)
            if zone is not None
            else self.tr("Outer gate")
        )
        self.ui.directionLabel.setText(
            self.tr("Way in") if post.direction is Direction.IN else self.tr("Way out")
        )
        self.ui.officerLabel.setText(self.tr("Officer: {name}").format(name=self.actor.username))
        self.ui.unitLabel.setText(self._unit_name)
        self.setWindowTitle(
            self.tr("Checkpoint — {event}").format(event=post.event.name)
            + (f" — {zone.code}" if zone is not None else "")
        )
        unit_id = post.unit_id
        self._background(lambda: posts.unit_name(self.db, self.actor, unit_id), self._on_unit_name)

    def _on_unit_name(self, name: object) -> None:
        if isinstance(name, str):
            self._unit_name = name
            self.ui.unitLabel.setText(name)

    # -- scans -----------------------------------------------------------------------------------
    def submit_scan(self, text: str, source: str = KEYBOARD_SOURCE) -> VerdictScreen | None:
        """The one door of every scan, whatever read it; returns what is shown (None when the
        core could not answer: the officer is told why)."""
        try:
            result = self.session.scan(text)
            screen = self.session.screen(result)
        except AccredError as error:
            prompts.tell_error(self, error)
            return None
        log.debug("scan from %s: %s", source, result.reason)
        self._remember(result)
        self.show_screen(screen)
        self.sounds.play(screen.state)
        self.refresh_counters()
        return screen

    def _remember(self, result: ScanResult) -> None:
        self._results[result.scan_uid] = result
        while len(self._results) > RECENT_CACHE:
            self._results.pop(next(iter(self._results)))

    def admit_manually(self, serial: str, reason: str) -> VerdictScreen | None:
        """A manual admission (the dialog's last step): logged by the core, shown like a scan."""
        try:
            result = self.session.admit_manually(serial, reason)
            screen = self.session.screen(result)
        except AccredError as error:
            prompts.tell_error(self, error)
            return None
        self._remember(result)
        self.show_screen(screen)
        self.sounds.play(screen.state)
        self.refresh_counters()
        return screen

    def show_screen(self, screen: VerdictScreen) -> None:
        ui = self.ui
        self.screen = screen
        self._set_state(screen.state.value)
        ui.titleLabel.setText(screen.title)
        ui.messageLabel.setText(screen.message if not screen.allowed else "")
        if screen.note:
            ui.messageLabel.setText(
                (ui.messageLabel.text() + "\n" if ui.messageLabel.text() else "")
                + self.tr("Reason given: {note}").format(note=screen.note)
            )
        ui.nameLabel.setText(screen.reporter_name or "")
        ui.agencyLabel.setText(screen.agency or "")
        ui.serialLabel.setText(
            self.tr("Pass {serial}").format(serial=screen.serial) if screen.serial else ""
        )
        ui.zonesLabel.setText(
            " ".join(
                f'<span style="background:{z.colour}; color:white; padding:2px 6px;">'
                f"&nbsp;{html.escape(z.code)}&nbsp;</span> {html.escape(z.name)}"
                for z in screen.zones
            )
        )
        ui.validityLabel.setText(
            self.tr("Valid {start} → {end}").format(
                start=_local(screen.valid_from), end=_local(screen.valid_to)
            )
            if screen.valid_from is not None and screen.valid_to is not None
            else ""
        )
        ui.warningsLabel.setText("\n".join(f"⚠ {w.message}" for w in screen.warnings))
        ui.denyButton.setEnabled(
            screen.allowed
            and screen.direction == Direction.IN.value
            and screen.method != "override"
        )
        self._photo_generation += 1
        ui.photoLabel.clear()
        if screen.photo_jpeg:
            generation, jpeg = self._photo_generation, screen.photo_jpeg
            size = ui.photoLabel.size().expandedTo(ui.photoLabel.minimumSize())
            self._background(
                lambda: _decode_photo(jpeg, size),
                lambda image: self._on_photo(generation, image),
            )
        elif screen.has_person:
            ui.photoLabel.setText(self.tr("No photo"))
        self.seconds_left = VERDICT_SECONDS
        self._show_countdown()
        self._countdown.start()
        self.verdict_shown.emit(screen)

    def _on_photo(self, generation: int, image: object) -> None:
        if generation != self._photo_generation or not isinstance(image, QImage):
            return
        if not image.isNull():
            self.ui.photoLabel.setPixmap(QPixmap.fromImage(image))

    @property
    def photo_shown(self) -> bool:
        pixmap = self.ui.photoLabel.pixmap()
        return pixmap is not None and not pixmap.isNull()

    def _set_state(self, state: str) -> None:
        frame = self.ui.verdictFrame
        frame.setProperty("state", state)
        frame.style().unpolish(frame)
        frame.style().polish(frame)
        for label in frame.findChildren(QWidget):
            label.style().unpolish(label)
            label.style().polish(label)

    def clear_verdict(self) -> None:
        """Back to "ready": Space or Esc, the Clear button, or the countdown's end."""
        ui = self.ui
        self.screen = None
        self._countdown.stop()
        self.seconds_left = 0
        self._photo_generation += 1
        self._set_state("idle")
        ui.titleLabel.setText(self.tr("Ready to scan"))
        ui.messageLabel.setText(self.tr("Hold the pass's QR code under the scanner."))
        for label in (
            ui.nameLabel,
            ui.agencyLabel,
            ui.serialLabel,
            ui.zonesLabel,
            ui.validityLabel,
            ui.warningsLabel,
            ui.countdownLabel,
        ):
            label.clear()
        ui.photoLabel.clear()
        ui.denyButton.setEnabled(False)

    def tick(self) -> None:
        """One second of the verdict's countdown (the timer's; tests call it too)."""
        if self.screen is None:
            self._countdown.stop()
            return
        self.seconds_left -= 1
        if self.seconds_left <= 0:
            self.clear_verdict()
            return
        self._show_countdown()

    def _show_countdown(self) -> None:
        self.ui.countdownLabel.setText(
            self.tr("Clears in {seconds} s (Space)").format(seconds=self.seconds_left)
        )

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Space, Qt.Key.Key_Escape) and not event.modifiers():
            self.clear_verdict()
            event.accept()
            return
        super().keyPressEvent(event)

    # -- the side panel --------------------------------------------------------------------------
    def refresh_counters(self) -> None:
        if self._counters_running:
            self._counters_again = True
            return
        self._counters_running = True
        session = self.session
        self._background(session.counters, self._on_counters)

    def _on_counters(self, counters: object) -> None:
        self._counters_running = False
        if isinstance(counters, GateCounters):
            self._show_counters(counters)
        elif isinstance(counters, BaseException):
            log.warning("the side panel could not be read: %s", counters)
        if self._counters_again:
            self._counters_again = False
            self.refresh_counters()

    def _show_counters(self, counters: GateCounters) -> None:
        ui = self.ui
        self.counters = counters
        locale = current_locale()
        ui.entriesValue.setText(str(counters.entries))
        ui.exitsValue.setText(str(counters.exits))
        ui.insideValue.setText(str(counters.inside_now))
        ui.manualValue.setText(str(counters.manual_admissions))
        ui.denialsList.clear()
        for reason, count in counters.denials:
            ui.denialsList.addItem(f"{count}  {reason_label(reason, locale)}")
        ui.recentList.clear()
        for recent in counters.recent:
            item = QListWidgetItem(self._recent_text(recent, locale))
            item.setData(UID_ROLE, recent.scan_uid)
            ui.recentList.addItem(item)
        self.counters_shown.emit(counters)

    def _recent_text(self, recent: RecentScan, locale: str) -> str:
        mark = "✓" if recent.allowed else "✗"
        way = self.tr("in") if recent.direction == Direction.IN.value else self.tr("out")
        who = recent.reporter_name or recent.serial or self.tr("(unknown)")
        what = "" if recent.allowed else f" — {reason_label(recent.reason, locale)}"
        return f"{recent.scanned_at.astimezone(VIETNAM_TZ):%H:%M:%S} {mark} {way}  {who}{what}"

    def _recent_clicked(self, item: QListWidgetItem) -> None:
        self.show_recent(str(item.data(UID_ROLE)))

    def show_recent(self, scan_uid: str) -> None:
        """See a recent scan again: the full screen for one this window made, else the row."""
        result = self._results.get(scan_uid)
        if result is not None:
            try:
                self.show_screen(self.session.screen(result))
            except AccredError as error:
                prompts.tell_error(self, error)
            return
        recent = next(
            (r for r in (self.counters.recent if self.counters else ()) if r.scan_uid == scan_uid),
            None,
        )
        if recent is None:
            return
        self.clear_verdict()
        state = SCREEN_STATES[Reason(recent.reason)]
        self._set_state(state.value)
        self.ui.titleLabel.setText(reason_label(recent.reason, current_locale()))
        self.ui.messageLabel.setText(
            self.tr("Scanned at {time} by {officer}").format(
                time=_local(recent.scanned_at), officer=recent.officer
            )
        )
        self.ui.nameLabel.setText(recent.reporter_name or "")
        self.ui.serialLabel.setText(recent.serial or "")

    # -- the header: freshness and sources -------------------------------------------------------
    def refresh_freshness(self) -> None:
        session, limit = self.session, self.stale_after
        self._background(lambda: session.freshness(stale_after=limit), self._on_freshness)

    def _on_freshness(self, freshness: object) -> None:
        if isinstance(freshness, StationFreshness):
            self.show_freshness(freshness)

    def show_freshness(self, freshness: StationFreshness) -> None:
        """The header's station line: when the data was made; amber once it is too old."""
        self.freshness = freshness
        label = self.ui.freshnessLabel
        text = freshness.message(current_locale())
        label.setVisible(bool(text))
        label.setText(text or "")
        label.setProperty("stale", "true" if freshness.stale else "false")
        label.style().unpolish(label)
        label.style().polish(label)

    def attach_source(self, source: QObject) -> None:
        """Connect a scan source: its ``scanned(str)`` feeds :meth:`submit_scan`, its
        ``status(state, message)`` shows in the header."""
        name = source.objectName() or type(source).__name__
        source.scanned.connect(lambda text: self.submit_scan(text, name))  # type: ignore[attr-defined]
        key = id(source)
        source.status.connect(  # type: ignore[attr-defined]
            lambda state, message: self._on_source_status(key, state, message)
        )
        self.sources.append(source)

    def detach_source(self, source: QObject) -> None:
        """Stop listening to a source and close it (the officer chose another scanner)."""
        if source not in self.sources:
            return
        self.sources.remove(source)
        self._source_states.pop(id(source), None)
        for signal in (source.scanned, source.status):  # type: ignore[attr-defined]
            signal.disconnect()
        if self._preview is not None:
            self._preview.hide()
            self._preview.deleteLater()
            self._preview = None
        source.close()  # type: ignore[attr-defined]
        self._show_source_states()

    def use_source(self, source: ScanSource) -> None:
        """Read passes from ``source`` from now on, instead of the scanner chosen before; a webcam's
        live picture goes to the top of the side panel, where the officer aims the pass."""
        for previous in list(self.sources):
            if isinstance(previous, ScanSource):
                self.detach_source(previous)
        self.attach_source(source)
        preview = source.preview(self.ui.sidePanel)
        if preview is not None:
            preview.setMinimumHeight(180)
            self.ui.panelLayout.insertWidget(0, preview)
            self._preview = preview
        self._on_source_status(id(source), source.state, source.message)

    def open_remembered_source(self) -> ScanSource | None:
        """Reopen the scanner chosen last on this computer (the keyboard needs nothing opened)."""
        source = open_remembered(self)
        if source is not None:
            self.use_source(source)
        return source

    def choose_scanner(self) -> None:
        """Ask which scanner reads passes here; in kiosk mode only after the officer's password."""
        if self._kiosk:
            self.with_password(self._choose_scanner)
        else:
            self._choose_scanner()

    def _choose_scanner(self) -> None:
        source = choose_source(self)  # a pass scanned meanwhile still reaches this window
        if source is not None:
            self.use_source(source)

    def _on_source_status(self, key: int, state: str, message: str) -> None:
        self._source_states[key] = (state, message)
        self._show_source_states()

    def _show_source_states(self) -> None:
        label = self.ui.sourceLabel
        label.setVisible(bool(self._source_states))
        label.setText("  ·  ".join(text for _state, text in self._source_states.values() if text))
        worst = "error" if any(s == "error" for s, _ in self._source_states.values()) else "ok"
        label.setProperty("state", worst)
        label.style().unpolish(label)
        label.style().polish(label)

    # -- manual admission and the supervisor's denial --------------------------------------------
    def open_manual_admission(self) -> Any:
        from accred_app.gui.checkpoint.manual_admission import ManualAdmissionDialog

        dialog = ManualAdmissionDialog(self)
        dialog.open()
        return dialog

    def supervisor_deny(self) -> VerdictScreen | None:
        """A supervisor refuses the entry just let through (the face does not match); the pass
        stays valid. The reason is required (the core says so when it is missing)."""
        screen = self.screen
        if screen is None or not screen.allowed:
            return None
        reason = prompts.ask_text(
            self,
            self.tr("Supervisor denies entry"),
            self.tr(
                "Why is {name} not let in? (The pass stays valid; the denial is logged.)"
            ).format(name=screen.reporter_name or screen.serial or ""),
        )
        if reason is None:
            return None
        try:
            result = self.session.deny(screen.scan_uid, reason)
            denied = self.session.screen(result)
        except AccredError as error:
            prompts.tell_error(self, error)
            return None
        self._remember(result)
        self.show_screen(denied)
        self.sounds.play(denied.state)
        self.refresh_counters()
        return denied

    # -- kiosk, changing the post, leaving -------------------------------------------------------
    def set_kiosk(self, on: bool) -> None:
        self._kiosk = on
        self.ui.fullScreenButton.setChecked(on)
        if on:
            self.showFullScreen()
        else:
            self.showNormal()

    def _full_screen_clicked(self, checked: bool) -> None:
        if checked:
            self.set_kiosk(True)
            return
        self.ui.fullScreenButton.setChecked(True)  # until the password says otherwise
        self.with_password(lambda: self.set_kiosk(False))

    def with_password(self, then: Callable[[], None]) -> None:
        """In kiosk mode, ``then`` runs once the officer has typed the password again (checked
        on a worker: argon2 takes a good part of a second); outside it, at once."""
        if not self._kiosk:
            then()
            return
        password = prompts.ask_password(
            self,
            self.tr("Officer's password"),
            self.tr(
                "Type the password of {name} to leave the full-screen gate or change its post."
            ).format(name=self.actor.username),
        )
        if not password:
            return
        username, db = self.actor.username, self.db
        self._password_check = operations.run(
            self,
            lambda: officers.authenticate(db, username, password),
            success=lambda _actor: then(),
            label=self.tr("Checking the password…"),
        )

    def change_post(self) -> None:
        self.with_password(self._choose_post)

    def _choose_post(self) -> None:
        from accred_app.gui.checkpoint.start import CheckpointStartDialog

        dialog = CheckpointStartDialog(self.db, self.actor, self, current=self.session.post)
        dialog.chosen.connect(self.reopen)
        dialog.open()

    def reopen(self, event_id: int, zone_code: str, unit_id: int, direction: str) -> bool:
        """Move this window to another post (a new session; the old one is closed)."""
        try:
            session = open_session(
                self.db,
                self.actor,
                event_id=event_id,
                zone_code=zone_code or None,
                unit_id=unit_id,
                direction=direction,
                locale=self.session.locale,
            )
        except AccredError as error:
            prompts.tell_error(self, error)
            return False
        self._pool.waitForDone()
        self.session.close()
        self.session = session
        self._results.clear()
        self._show_post()
        self.clear_verdict()
        self.refresh_counters()
        return True

    def showEvent(self, event: Any) -> None:
        self.wedge.install()
        self.ui.centralWidget.setFocus()
        super().showEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._kiosk and not self._leave_confirmed:
            event.ignore()
            self.with_password(self._close_confirmed)
            return
        self.wedge.uninstall()
        for source in list(self.sources):
            if isinstance(source, ScanSource):
                self.detach_source(source)
        self._countdown.stop()
        self._freshness_timer.stop()
        self._pool.waitForDone()
        self.session.close()
        super().closeEvent(event)
        self.closed.emit()

    def _close_confirmed(self) -> None:
        self._leave_confirmed = True
        self.close()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._show_post()
            if self.screen is None:
                self.clear_verdict()
        super().changeEvent(event)

    # -- the worker ------------------------------------------------------------------------------
    def _background(self, work: Callable[[], Any], callback: Callable[[Any], None]) -> None:
        self._pool.start(_Job(work, callback, self._relay))

    def _on_background(self, callback: Callable[[Any], None], result: object) -> None:
        if shiboken6.isValid(self):
            callback(result)

    def wait_for_background(self, timeout_ms: int = 10_000) -> bool:
        """Tests and the benchmark: wait until the worker is idle (results still queued)."""
        return self._pool.waitForDone(timeout_ms)


def stored_burst_settings() -> BurstSettings:
    """The scanner timing of this computer's desk settings (``checkpoint/…``), else defaults."""
    settings = desk_settings()
    defaults = BurstSettings()
    try:
        return BurstSettings(
            max_gap_ms=float(settings.value("checkpoint/max_gap_ms", defaults.max_gap_ms)),
            silence_ms=float(settings.value("checkpoint/silence_ms", defaults.silence_ms)),
            min_length=int(settings.value("checkpoint/min_length", defaults.min_length)),
        )
    except (TypeError, ValueError):
        return defaults


def can_open_checkpoint(actor: Actor) -> bool:
    return actor.can(Permission.SCAN)


__all__ = ["CheckpointWindow", "ScreenState", "can_open_checkpoint", "stored_burst_settings"]
