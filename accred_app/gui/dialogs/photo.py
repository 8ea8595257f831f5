"""Getting a reporter's photo: from a file or a webcam, then cropped to the pass's 3:4.

:class:`PhotoPicker` runs the whole way for an editor or a page — choose a file (or take a
picture), turn it upright and bound its size on a worker (the core's ``upright_preview``), let the
officer place the frame, cut it on a worker (``crop_photo``) — and hands the JPEG to a callback. The
camera is optional: :func:`camera_state` says whether one is present, and why not.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QObject
from PySide6.QtGui import QIcon, QImage, QTransform
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from accred_app import paths
from accred_app.core.errors import ValidationError
from accred_app.core.registry.photos import HEIF_SUPPORTED, crop_photo, upright_preview
from accred_app.gui import operations, prompts
from accred_app.gui.dialogs.base import FormDialog
from accred_app.gui.generated.ui_photo_crop import Ui_PhotoCropDialog

PhotoCallback = Callable[[bytes], object]


def icon(name: str) -> QIcon:
    return QIcon(str(paths.ICONS_DIR / f"{name}.svg"))


def image_filters() -> list[str]:
    patterns = "*.jpg *.jpeg *.png" + (" *.heic *.heif" if HEIF_SUPPORTED else "")
    return [
        QCoreApplication.translate("PhotoPicker", "Photos ({patterns})").format(patterns=patterns),
        QCoreApplication.translate("PhotoPicker", "All files (*)"),
    ]


def read_photo_file(path: Path) -> bytes:
    """The file's bytes as an upright preview (on a worker: a phone photo takes a moment)."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ValidationError("invalid_photo", field="photo") from exc
    return upright_preview(data)


def camera_state() -> tuple[bool, str]:
    """Whether a webcam can be used, and when not, the reason shown beside the button."""
    try:
        from PySide6.QtMultimedia import QMediaDevices
    except ImportError:
        return False, QCoreApplication.translate(
            "PhotoPicker", "The camera cannot be used: Qt Multimedia is not installed."
        )
    if not QMediaDevices.videoInputs():
        return False, QCoreApplication.translate(
            "PhotoPicker", "No webcam was found on this computer."
        )
    return True, ""


def image_bytes(image: QImage) -> bytes:
    """A QImage as JPEG bytes (what the core's photo functions read)."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "JPEG", 95)
    buffer.close()
    return bytes(data.data())


class PhotoCropDialog(FormDialog):
    """Place the 3:4 frame over the face; ``preview`` is the upright, bounded picture."""

    def __init__(self, preview: bytes, parent: Any = None) -> None:
        super().__init__(parent)
        self.ui = Ui_PhotoCropDialog()
        self.ui.setupUi(self)
        self.setup_form()
        self.preview = preview
        self.quarter_turns = 0
        self.result_jpeg: bytes | None = None
        self.view = self.ui.cropView
        self._original = QImage.fromData(preview)
        self.view.set_image(self._original)
        self.view.crop_changed.connect(self._show_size)
        for button, name, slot in (
            (self.ui.rotateLeftButton, "rotate-left", lambda: self.turn(-1)),
            (self.ui.rotateRightButton, "rotate-right", lambda: self.turn(1)),
            (self.ui.smallerButton, "zoom-out", lambda: self.view.scale_frame(1 / 1.08)),
            (self.ui.largerButton, "zoom-in", lambda: self.view.scale_frame(1.08)),
        ):
            button.setIcon(icon(name))
            button.clicked.connect(slot)
        self.ui.buttons.accepted.connect(self.submit)
        self.ui.buttons.rejected.connect(self.reject)
        self.ui.buttons.button(QDialogButtonBox.StandardButton.Ok).setDefault(True)
        self.retranslate()
        self.view.setFocus()

    def turn(self, quarters: int) -> None:
        self.quarter_turns = (self.quarter_turns + quarters) % 4
        rotated = self._original.transformed(QTransform().rotate(90 * self.quarter_turns))
        self.view.set_image(rotated)
        self.mark_dirty()

    def _show_size(self) -> None:
        _left, _top, width, height = self.view.crop_box()
        self.ui.sizeLabel.setText(
            QCoreApplication.translate("PhotoPicker", "{width} × {height} px").format(
                width=width, height=height
            )
        )

    def retranslate(self) -> None:
        self.ui.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            QCoreApplication.translate("PhotoPicker", "Use this photo")
        )
        self.ui.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
            QCoreApplication.translate("PhotoPicker", "Cancel")
        )
        self._show_size()

    def submit(self) -> None:
        box = self.view.crop_box()
        preview, turns = self.preview, self.quarter_turns
        self.set_busy(True)
        operations.run(
            self,
            lambda: crop_photo(preview, box, turns),
            success=self._cropped,
            failure=self.show_error,
            label=QCoreApplication.translate("PhotoPicker", "Cutting the photo…"),
        )

    def _cropped(self, jpeg: bytes) -> None:
        self.result_jpeg = jpeg
        self.saved()


class CameraDialog(FormDialog):
    """The webcam's picture and a button to take it; ``captured_jpeg`` holds the result."""

    def __init__(self, parent: Any = None) -> None:
        from PySide6.QtMultimedia import (
            QCamera,
            QImageCapture,
            QMediaCaptureSession,
            QMediaDevices,
        )

        # its form holds a QVideoWidget: QtMultimediaWidgets (7 MB) loads with the first camera
        from accred_app.gui.generated.ui_camera import Ui_CameraDialog

        super().__init__(parent)
        self.ui = Ui_CameraDialog()
        self.ui.setupUi(self)
        self.setup_form()
        self.captured_jpeg: bytes | None = None
        self._devices = QMediaDevices.videoInputs()
        for device in self._devices:
            self.ui.cameraChoice.addItem(device.description())
        self._session = QMediaCaptureSession(self)
        self._capture = QImageCapture(self)
        self._session.setImageCapture(self._capture)
        self._session.setVideoOutput(self.ui.viewfinder)
        self._camera_class = QCamera
        self._camera: Any = None
        self._capture.imageCaptured.connect(self._on_captured)
        self._capture.errorOccurred.connect(self._on_error)
        self.ui.cameraChoice.currentIndexChanged.connect(self._use_camera)
        self.ui.captureButton.clicked.connect(self.capture)
        self.ui.cancelButton.clicked.connect(self.reject)
        self._use_camera(0)

    def _use_camera(self, index: int) -> None:
        if self._camera is not None:
            self._camera.stop()
        if not 0 <= index < len(self._devices):
            return
        self._camera = self._camera_class(self._devices[index], self)
        self._camera.errorOccurred.connect(lambda _error, text: self._on_error(0, 0, text))
        self._session.setCamera(self._camera)
        self._camera.start()

    def capture(self) -> None:
        if self._capture.isReadyForCapture():
            self._capture.capture()
        else:
            self.ui.formError.show_message(
                QCoreApplication.translate("PhotoPicker", "The camera is not ready yet; try again.")
            )

    def _on_captured(self, _request_id: int, image: QImage) -> None:
        self.captured_jpeg = image_bytes(image)
        self.done_with_camera()
        self.accept()

    def _on_error(self, _request_id: int, _error: object, text: str) -> None:
        self.ui.formError.show_message(
            QCoreApplication.translate(
                "PhotoPicker", "The camera reported a problem: {detail}"
            ).format(detail=text)
        )

    def done_with_camera(self) -> None:
        if self._camera is not None:
            self._camera.stop()

    def reject(self) -> None:
        self.done_with_camera()
        QDialog.reject(self)

    def submit(self) -> None:
        self.capture()


class PhotoPicker(QObject):
    """From a file or the camera to a cropped JPEG handed to ``on_photo``."""

    def __init__(self, parent: QWidget, on_photo: PhotoCallback) -> None:
        super().__init__(parent)
        self._parent = parent
        self._on_photo = on_photo
        self.crop_dialog: PhotoCropDialog | None = None
        self.camera_dialog: CameraDialog | None = None

    def from_file(self) -> None:
        path = prompts.choose_open_file(
            self._parent,
            QCoreApplication.translate("PhotoPicker", "Choose the reporter's photo"),
            image_filters(),
        )
        if path is None:
            return
        operations.run(
            self._parent,
            lambda: read_photo_file(path),
            success=self.crop,
            label=QCoreApplication.translate("PhotoPicker", "Reading the photo…"),
        )

    def from_camera(self) -> None:
        available, _reason = camera_state()
        if not available:
            return
        dialog = CameraDialog(self._parent)
        self.camera_dialog = dialog
        dialog.accepted.connect(lambda: self._camera_done(dialog))
        dialog.open()

    def _camera_done(self, dialog: CameraDialog) -> None:
        if dialog.captured_jpeg is None:
            return
        captured = dialog.captured_jpeg
        operations.run(self._parent, lambda: upright_preview(captured), success=self.crop)

    def crop(self, preview: bytes) -> None:
        dialog = PhotoCropDialog(preview, self._parent)
        self.crop_dialog = dialog
        dialog.accepted.connect(lambda: self._cropped(dialog))
        dialog.open()

    def _cropped(self, dialog: PhotoCropDialog) -> None:
        if dialog.result_jpeg is not None:
            self._on_photo(dialog.result_jpeg)
