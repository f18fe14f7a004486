"""The keyboard focus ring that item views paint themselves: one style for the whole app,
2px in the theme's accent, as the stylesheet draws it around fields and buttons
(resources/styles/20_controls.qss)."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

RING_WIDTH = 2

_Index = QModelIndex | QPersistentModelIndex


def has_keyboard_focus(option: QStyleOptionViewItem) -> bool:
    """The item is the current one of a view that has the keyboard."""
    view = option.widget
    return bool(option.state & QStyle.StateFlag.State_HasFocus) and bool(
        view is not None and view.hasFocus()
    )


def paint_ring(painter: QPainter, rect: QRectF, accent: str, radius: float) -> None:
    """A focus ring whose outer edge is `rect`."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(QColor(accent), RING_WIDTH))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    half = RING_WIDTH / 2
    painter.drawRoundedRect(rect.adjusted(half, half, -half, -half), radius, radius)
    painter.restore()


class NavigationDelegate(QStyledItemDelegate):
    """The section list: the stylesheet fills the chosen section with the accent (inside
    its item margin, 10_navigation.qss); with the keyboard in the list, a ring in the
    accent surrounds it, the margin between them, instead of a ring in another colour
    inside the fill."""

    RADIUS = 11.0  # the fill's 8 px corners, 3 px further out

    def __init__(self, accent: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.accent = accent

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        super().paint(painter, option, index)
        if has_keyboard_focus(option):
            paint_ring(painter, QRectF(option.rect), self.accent, self.RADIUS)
