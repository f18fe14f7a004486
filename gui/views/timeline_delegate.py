"""Paints an event as a point on a vertical timeline, its card beside the line."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPointF, QRect, QSize
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QStyle, QStyleOptionViewItem

from .card_delegate import CardDelegate

_Index = QModelIndex | QPersistentModelIndex
RAIL = 44  # width of the strip holding the line and the dot


class TimelineDelegate(CardDelegate):
    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        width = option.rect.width() if option.rect.width() > 0 else 480
        return QSize(width, self.height_for_width(index, width - RAIL, option.font) + 12)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        t = self.theme
        rect = option.rect
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        x = rect.left() + RAIL / 2
        painter.setPen(QPen(QColor(t.border), 2))
        top = rect.top() if index.row() > 0 else rect.top() + 24
        last = index.row() == index.model().rowCount() - 1
        bottom = rect.top() + 24 if last else rect.bottom() + 1
        painter.drawLine(QPointF(x, top), QPointF(x, bottom))
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        painter.setPen(QPen(QColor(t.accent), 3))
        painter.setBrush(QColor(t.accent if selected else t.surface))
        painter.drawEllipse(QPointF(x, rect.top() + 24), 7, 7)
        painter.restore()
        card = QStyleOptionViewItem(option)
        card.rect = QRect(
            rect.left() + RAIL, rect.top() + 6, rect.width() - RAIL, rect.height() - 12
        )
        super().paint(painter, card, index)

    def citation_at(self, index: _Index, option: QStyleOptionViewItem, pos: object):  # type: ignore[no-untyped-def]
        card = QStyleOptionViewItem(option)
        r = option.rect
        card.rect = QRect(r.left() + RAIL, r.top() + 6, r.width() - RAIL, r.height() - 12)
        return super().citation_at(index, card, pos)  # type: ignore[arg-type]
