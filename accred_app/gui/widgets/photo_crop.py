"""A photo with a 3:4 frame the officer moves over the face (mouse or keyboard) before it is cut."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QPointF, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QImage,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QWheelEvent,
)
from PySide6.QtWidgets import QWidget

from accred_app.core.registry.photos import PORTRAIT_RATIO, default_crop

MIN_FRAME_WIDTH = 60  # pixels of the image: below that a printed photo is a blur
KEY_STEP = 4
KEY_STEP_LARGE = 24
SCALE_STEP = 1.08


class PhotoCropView(QWidget):
    """Shows an image scaled to fit, darkened outside the crop frame. The frame keeps the pass's
    3:4 shape and stays inside the image; :meth:`crop_box` is in the image's own pixels."""

    crop_changed = Signal()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._image = QImage()
        self._box = QRectF()
        self._drag_from: QPointF | None = None
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)

    # -- the image and the frame ---------------------------------------------------------------
    def set_image(self, image: QImage) -> None:
        self._image = image
        left, top, width, height = default_crop(image.width(), image.height())
        self._box = QRectF(left, top, width, height)
        self.update()
        self.crop_changed.emit()

    def image(self) -> QImage:
        return self._image

    def crop_box(self) -> tuple[int, int, int, int]:
        box = self._box.toAlignedRect().intersected(
            QRect(0, 0, self._image.width(), self._image.height())
        )
        return box.left(), box.top(), box.width(), box.height()

    def move_frame(self, dx: float, dy: float) -> None:
        self._box.translate(dx, dy)
        self._clamp()

    def scale_frame(self, factor: float) -> None:
        if self._image.isNull():
            return
        ratio_w, ratio_h = PORTRAIT_RATIO
        centre = self._box.center()
        largest = min(self._image.width(), self._image.height() * ratio_w / ratio_h)
        width = max(min(self._box.width() * factor, largest), min(MIN_FRAME_WIDTH, largest))
        height = width * ratio_h / ratio_w
        self._box = QRectF(centre.x() - width / 2, centre.y() - height / 2, width, height)
        self._clamp()

    def _clamp(self) -> None:
        box = self._box
        box.moveLeft(min(max(box.left(), 0.0), self._image.width() - box.width()))
        box.moveTop(min(max(box.top(), 0.0), self._image.height() - box.height()))
        self.update()
        self.crop_changed.emit()

    # -- geometry between the widget and the image -----------------------------------------------
    def _scale(self) -> float:
        if self._image.isNull():
            return 1.0
        return min(self.width() / self._image.width(), self.height() / self._image.height())

    def _image_rect(self) -> QRectF:
        scale = self._scale()
        width, height = self._image.width() * scale, self._image.height() * scale
        return QRectF((self.width() - width) / 2, (self.height() - height) / 2, width, height)

    def _frame_rect(self) -> QRectF:
        scale = self._scale()
        origin = self._image_rect().topLeft()
        return QRectF(
            origin.x() + self._box.left() * scale,
            origin.y() + self._box.top() * scale,
            self._box.width() * scale,
            self._box.height() * scale,
        )

    def sizeHint(self) -> QSize:
        return QSize(480, 480)

    # -- painting and input ----------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), self.palette().window())
        if self._image.isNull():
            return
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        target = self._image_rect()
        painter.drawImage(target, self._image)
        frame = self._frame_rect()
        shade = QColor(0, 0, 0, 140)
        painter.fillRect(
            QRectF(target.left(), target.top(), target.width(), frame.top() - target.top()), shade
        )
        painter.fillRect(
            QRectF(target.left(), frame.bottom(), target.width(), target.bottom() - frame.bottom()),
            shade,
        )
        painter.fillRect(
            QRectF(target.left(), frame.top(), frame.left() - target.left(), frame.height()), shade
        )
        painter.fillRect(
            QRectF(frame.right(), frame.top(), target.right() - frame.right(), frame.height()),
            shade,
        )
        painter.setPen(QPen(QColor(255, 255, 255, 110), 1))
        for third in (1, 2):
            x = frame.left() + frame.width() * third / 3
            y = frame.top() + frame.height() * third / 3
            painter.drawLine(QPointF(x, frame.top()), QPointF(x, frame.bottom()))
            painter.drawLine(QPointF(frame.left(), y), QPointF(frame.right(), y))
        border = (
            QColor(255, 255, 255) if not self.hasFocus() else self.palette().highlight().color()
        )
        painter.setPen(QPen(border, 2))
        painter.drawRect(frame)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self._frame_rect().contains(
            event.position()
        ):
            self._drag_from = event.position()
            self.setCursor(Qt.CursorShape.ClosedHandCursor)
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._drag_from is not None:
            delta = event.position() - self._drag_from
            self._drag_from = event.position()
            scale = self._scale()
            self.move_frame(delta.x() / scale, delta.y() / scale)
        elif self._frame_rect().contains(event.position()):
            self.setCursor(Qt.CursorShape.OpenHandCursor)
        else:
            self.unsetCursor()
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self._drag_from = None
        self.unsetCursor()
        super().mouseReleaseEvent(event)

    def wheelEvent(self, event: QWheelEvent) -> None:
        steps = event.angleDelta().y() / 120
        if steps:
            self.scale_frame(SCALE_STEP ** (-steps))
        event.accept()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        step = KEY_STEP_LARGE if event.modifiers() & Qt.KeyboardModifier.ShiftModifier else KEY_STEP
        moves = {
            Qt.Key.Key_Left: (-step, 0),
            Qt.Key.Key_Right: (step, 0),
            Qt.Key.Key_Up: (0, -step),
            Qt.Key.Key_Down: (0, step),
        }
        key = Qt.Key(event.key())
        if key in moves:
            self.move_frame(*moves[key])
        elif key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.scale_frame(SCALE_STEP)
        elif key in (Qt.Key.Key_Minus, Qt.Key.Key_Underscore):
            self.scale_frame(1 / SCALE_STEP)
        else:
            super().keyPressEvent(event)
