"""Webcam scanning: QCamera → QMediaCaptureSession → QVideoSink, QR codes read off the GUI thread.

Every frame the sink receives is shown on the live previews at once; a frame is handed to the
decoder only when the previous one is done (at most one in flight — frames arriving meanwhile are
dropped, so a slow laptop shows fewer decodes a second, never a growing queue) and not sooner
than ``decode_gap_ms`` after it (a decoder running flat out would take a whole core of a
two-core gate laptop from the window and the database). The decoder lives on its own thread and
runs the same conversion for every frame: ``QVideoFrame.toImage()`` → grey → the core's
:func:`~accred_app.core.checkpoint.frames.decode_qr_texts` (QR codes only). The core's
:class:`~accred_app.core.checkpoint.frames.RepeatFilter` makes one showing of a pass one scan.

Tests feed frames into :attr:`WebcamSource.video_sink` exactly as a camera would.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from functools import partial
from typing import ClassVar, Final

import shiboken6
from PySide6.QtCore import (
    QByteArray,
    QCoreApplication,
    QElapsedTimer,
    QObject,
    QSettings,
    QThread,
    Signal,
    Slot,
)
from PySide6.QtGui import QImage
from PySide6.QtMultimedia import (
    QCamera,
    QCameraDevice,
    QMediaCaptureSession,
    QMediaDevices,
    QVideoFrame,
    QVideoSink,
)
from PySide6.QtMultimediaWidgets import QVideoWidget
from PySide6.QtWidgets import QWidget

from accred_app.core.checkpoint.frames import (
    DEFAULT_REPEAT_SECONDS,
    RepeatFilter,
    decode_qr_texts,
    luma_frame,
)
from accred_app.gui.checkpoint.sources.base import (
    DISCONNECTED,
    ERROR,
    NO_DEVICE,
    READY,
    ScanSource,
)

_log = logging.getLogger(__name__)

CAMERA_KEY: Final = "checkpoint/camera"
"""The chosen camera's ``QCameraDevice.id()``: stable across restarts, unlike its list position."""
DECODE_GAP_MS: Final = 100
STARTING: Final = "starting"
"""The camera was asked to start and has not yet delivered (a second or two on most laptops)."""


def available_cameras() -> list[QCameraDevice]:
    return list(QMediaDevices.videoInputs())


def camera_id(camera: QCameraDevice) -> bytes:
    return bytes(camera.id().data())


def remembered_camera_id(settings: QSettings) -> bytes | None:
    """The id stored by :meth:`WebcamSource.remember` (INI keeps it as ``@ByteArray(…)``)."""
    value = settings.value(CAMERA_KEY)
    if isinstance(value, QByteArray):
        return bytes(value.data())
    if isinstance(value, bytes | str) and value:
        return value.encode() if isinstance(value, str) else value
    return None


def image_texts(image: QImage) -> list[str]:
    """The QR texts of a picture: made grey by Qt, read by the core."""
    if image.isNull():
        return []
    grey = image.convertToFormat(QImage.Format.Format_Grayscale8)
    pixels = bytes(grey.constBits())
    return decode_qr_texts(luma_frame(pixels, grey.width(), grey.height(), grey.bytesPerLine()))


def frame_texts(frame: QVideoFrame) -> list[str]:
    """What the decoder thread does with each frame it takes."""
    if not frame.isValid():
        return []
    return image_texts(frame.toImage())


def _stop_thread(thread: QThread) -> None:
    if thread.isRunning():
        thread.quit()
        thread.wait()


class FrameDecoder(QObject):
    """Lives on the decoding thread; answers every frame with ``decoded`` (maybe empty)."""

    decoded = Signal(list)
    failed = Signal(str)

    @Slot(QVideoFrame)
    def decode(self, frame: QVideoFrame) -> None:
        texts: list[str] = []
        try:
            texts = frame_texts(frame)
        except Exception as exc:  # a broken frame must not stop the gate
            self.failed.emit(str(exc))
        self.decoded.emit(texts)


class WebcamSource(ScanSource):
    """One camera (or none: ``no_device``); :meth:`open` starts it."""

    kind: ClassVar[str] = "webcam"
    _decode_requested = Signal(QVideoFrame)

    def __init__(
        self,
        camera: QCameraDevice | None,
        *,
        repeat_seconds: float = DEFAULT_REPEAT_SECONDS,
        clock: Callable[[], float] = time.monotonic,
        decode_gap_ms: int = DECODE_GAP_MS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.camera_device = camera if camera is not None and not camera.isNull() else None
        self.repeats = RepeatFilter(repeat_seconds, clock)
        self.frames_seen = 0
        self.frames_decoded = 0
        self.frames_dropped = 0
        self.frames_failed = 0
        self._decode_gap_ms = decode_gap_ms
        self._busy = False
        self._since_decode = QElapsedTimer()
        self._previews: list[QVideoWidget] = []
        self._camera: QCamera | None = None
        self.video_sink = QVideoSink(self)
        self.video_sink.videoFrameChanged.connect(self._on_frame)
        self._session = QMediaCaptureSession(self)
        self._session.setVideoSink(self.video_sink)
        self._thread = QThread(self)
        self._thread.setObjectName("webcam-qr-decoder")
        self._decoder = FrameDecoder()
        self._decoder.moveToThread(self._thread)
        self._thread.finished.connect(self._decoder.deleteLater)
        self._decode_requested.connect(self._decoder.decode)
        self._decoder.decoded.connect(self._on_decoded)
        self._decoder.failed.connect(self._on_decode_failure)
        self._thread.start()
        # A QThread destroyed while running aborts the program: whoever drops this source (a
        # dialog closed by its parent, the application quitting) stops the decoder first.
        self.destroyed.connect(partial(_stop_thread, self._thread))
        application = QCoreApplication.instance()
        if application is not None:
            application.aboutToQuit.connect(self.close)

    def describe(self) -> str:
        if self.camera_device is None:
            return QCoreApplication.translate("ScanSources", "Webcam (none found)")
        return QCoreApplication.translate("ScanSources", "Webcam {name}").format(
            name=self.camera_device.description()
        )

    def open(self) -> bool:
        """Start the camera; ``False`` (and ``no_device``) when there is none."""
        if self.camera_device is None:
            self._set_status(
                NO_DEVICE,
                QCoreApplication.translate(
                    "ScanSources",
                    "No webcam was found on this computer. Plug one in, or use a USB or serial "
                    "scanner.",
                ),
            )
            return False
        camera = QCamera(self.camera_device, self)
        camera.errorOccurred.connect(self._on_camera_error)
        camera.activeChanged.connect(self._on_active)
        self._camera = camera
        self._session.setCamera(camera)
        self._set_status(
            STARTING,
            QCoreApplication.translate("ScanSources", "Starting the webcam {name}…").format(
                name=self.camera_device.description()
            ),
        )
        camera.start()
        return True

    def preview(self, parent: QWidget | None = None) -> QVideoWidget:
        """A live picture of the camera (as many as wanted: each gets every frame)."""
        widget = QVideoWidget(parent)
        widget.setAccessibleName(QCoreApplication.translate("ScanSources", "Webcam picture"))
        self.add_preview(widget)
        return widget

    def add_preview(self, widget: QVideoWidget) -> None:
        """Show the camera's frames on ``widget`` too (one placed in a Designer form)."""
        self._previews.append(widget)

    def remember(self, settings: QSettings) -> None:
        super().remember(settings)
        if self.camera_device is not None:
            settings.setValue(CAMERA_KEY, QByteArray(self.camera_device.id()))

    @classmethod
    def from_settings(cls, settings: QSettings, parent: QObject | None = None) -> WebcamSource:
        """The camera chosen last when it is there, else the system's default camera, started;
        with no camera at all the source says ``no_device``."""
        wanted = remembered_camera_id(settings)
        cameras = available_cameras()
        chosen = next((c for c in cameras if camera_id(c) == wanted), None)
        if chosen is None and cameras:
            chosen = QMediaDevices.defaultVideoInput()
        source = cls(chosen, parent=parent)
        source.open()
        source.announce_soon()
        return source

    def close(self) -> None:
        if self._camera is not None:
            self._camera.stop()
            self._session.setCamera(None)  # type: ignore[arg-type]
            self._camera = None
        _stop_thread(self._thread)
        super().close()

    def _on_frame(self, frame: QVideoFrame) -> None:
        self.frames_seen += 1
        self._previews = [w for w in self._previews if shiboken6.isValid(w)]
        for widget in self._previews:
            widget.videoSink().setVideoFrame(frame)
        if not self._thread.isRunning():
            return  # closed
        too_soon = (
            self._since_decode.isValid() and self._since_decode.elapsed() < self._decode_gap_ms
        )
        if self._busy or too_soon:
            self.frames_dropped += 1
            return
        self._busy = True
        self._decode_requested.emit(QVideoFrame(frame))

    def _on_decoded(self, texts: list[str]) -> None:
        self._busy = False
        self._since_decode.start()
        self.frames_decoded += 1
        if not self._thread.isRunning():
            return  # closed while the last frame was being read
        for text in texts:
            if self.repeats.accept(text):
                self.scanned.emit(text)

    def _on_decode_failure(self, detail: str) -> None:
        # One unreadable frame among thirty a second is no state to show the officer.
        self.frames_failed += 1
        _log.warning("webcam frame not decoded: %s", detail)

    def _on_camera_error(self, error: QCamera.Error, text: str) -> None:
        if error == QCamera.Error.NoError:
            return
        self._set_status(
            ERROR,
            QCoreApplication.translate(
                "ScanSources", "The webcam reported a problem: {detail}"
            ).format(detail=text),
        )

    def _on_active(self, active: bool) -> None:
        if active:
            name = self.camera_device.description() if self.camera_device else ""
            self._set_status(
                READY,
                QCoreApplication.translate(
                    "ScanSources", "Webcam {name} is on: hold the pass's QR code up to it."
                ).format(name=name),
            )
        elif self._camera is not None and self.state == READY:
            self._set_status(
                DISCONNECTED,
                QCoreApplication.translate(
                    "ScanSources",
                    "The webcam stopped (unplugged?). Choose it again once it is back.",
                ),
            )
