"""Zones drawn as small coloured chips with their code, as guards see them on the card: colour
first, code second. The text is black or white by the same contrast rule the printed card uses."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from accred_app.core.registry.events import ZoneView
from accred_app.printing.colours import contrast_text_colour

ZonesRole = Qt.ItemDataRole.UserRole + 10
"""The role under which a model gives a cell's zones (a sequence of :class:`ZoneView`)."""

CHIP_GAP = 3
CHIP_PADDING = 5


def text_colour(colour: str) -> QColor:
    red, green, blue = contrast_text_colour(colour)
    return QColor.fromRgbF(red, green, blue)


def chip_width(metrics: QFontMetrics, zone: ZoneView) -> int:
    return metrics.horizontalAdvance(zone.code) + 2 * CHIP_PADDING


class ZoneChipsDelegate(QStyledItemDelegate):
    """Paints the zones of a cell (``ZonesRole``) as chips; the cell's text is their codes, for
    copying and screen readers."""

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        zones: Sequence[ZoneView] = index.data(ZonesRole) or ()
        if not zones:
            super().paint(painter, option, index)
            return
        self.initStyleOption(option, index)
        option.text = ""
        style = option.widget.style() if option.widget is not None else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = QFontMetrics(option.font)
        height = min(option.rect.height() - 4, metrics.height() + 4)
        top = option.rect.top() + (option.rect.height() - height) / 2
        left = option.rect.left() + 4
        right = option.rect.right() - 2
        for zone in zones:
            width = chip_width(metrics, zone)
            if left + width > right:
                painter.setPen(option.palette.text().color())
                painter.drawText(
                    QRectF(left, top, right - left, height), Qt.AlignmentFlag.AlignVCenter, "…"
                )
                break
            rect = QRectF(left, top, width, height)
            painter.setBrush(QColor(zone.colour))
            painter.setPen(QPen(QColor(64, 64, 64), 0.6))
            painter.drawRoundedRect(rect, 3, 3)
            painter.setPen(text_colour(zone.colour))
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, zone.code)
            left += width + CHIP_GAP
        painter.restore()

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        zones: Sequence[ZoneView] = index.data(ZonesRole) or ()
        hint = super().sizeHint(option, index)
        if not zones:
            return hint
        metrics = QFontMetrics(option.font)
        width = sum(chip_width(metrics, zone) + CHIP_GAP for zone in zones) + 8
        return QSize(max(hint.width(), width), max(hint.height(), metrics.height() + 8))


def zone_tooltip(zones: Sequence[ZoneView]) -> str:
    return "\n".join(f"{zone.code} — {zone.name}" for zone in zones)


__all__ = ["ZoneChipsDelegate", "ZonesRole", "text_colour", "zone_tooltip"]
