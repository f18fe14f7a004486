"""Paints the roster's name column: a small initials avatar, then the name."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (
    QApplication,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
)

from ..content.safe_text import one_line
from ..content.schema import Partner
from ..models.roles import ItemRole
from .avatar import AvatarPainter

_Index = QModelIndex | QPersistentModelIndex


class PartnerNameDelegate(QStyledItemDelegate):
    """`show_name_zh`: the Chinese name under the name, where the roster has no room for
    a column of its own (PartnersPane._fit_columns)."""

    show_name_zh = False

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        partner = index.data(ItemRole)
        if not isinstance(partner, Partner):
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        # As tall as a one-line row, also in a row grown to fit a wrapped role.
        row = opt.rect.height()
        if isinstance(opt.widget, QTableView):
            row = min(row, opt.widget.verticalHeader().defaultSectionSize())
        side = max(16, row - 10)
        avatar = QRectF(
            opt.rect.left() + 6, opt.rect.top() + (opt.rect.height() - side) / 2, side, side
        )
        text_left = int(avatar.right()) + 8
        opt.text = ""
        style = opt.widget.style() if opt.widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        AvatarPainter.paint(painter, avatar, partner.name, partner.id)
        painter.save()
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        role = opt.palette.ColorRole.HighlightedText if selected else opt.palette.ColorRole.Text
        painter.setPen(opt.palette.color(role))
        text_rect = QRect(
            text_left, opt.rect.top(), opt.rect.right() - text_left - 4, opt.rect.height()
        )
        name = opt.fontMetrics.elidedText(
            one_line(partner.name), Qt.TextElideMode.ElideRight, text_rect.width()
        )
        left = Qt.AlignmentFlag.AlignLeft
        if self.show_name_zh and partner.name_zh:
            # Two lines, centred together on the avatar: the name, then the Chinese name.
            line = opt.fontMetrics.height()
            top = text_rect.top() + (text_rect.height() - 2 * line) // 2
            first = QRect(text_rect.left(), top, text_rect.width(), line)
            painter.drawText(first, int(Qt.AlignmentFlag.AlignVCenter | left), name)
            if not selected:
                painter.setPen(opt.palette.color(opt.palette.ColorRole.PlaceholderText))
            name_zh = opt.fontMetrics.elidedText(
                one_line(partner.name_zh), Qt.TextElideMode.ElideRight, text_rect.width()
            )
            painter.drawText(
                first.translated(0, line), int(Qt.AlignmentFlag.AlignVCenter | left), name_zh
            )
        else:
            painter.drawText(text_rect, int(Qt.AlignmentFlag.AlignVCenter | left), name)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        size = super().sizeHint(option, index)
        partner = index.data(ItemRole)
        names = (partner.name, partner.name_zh) if isinstance(partner, Partner) else ()
        # Avatar (as tall as the row, which may be taller than the text) + gaps + the name
        # or the Chinese name under it, whichever is wider.
        row = size.height()
        view = option.widget
        if isinstance(view, QTableView):
            row = max(row, view.verticalHeader().defaultSectionSize())
        text = max((option.fontMetrics.horizontalAdvance(one_line(n)) for n in names), default=0)
        width = text + row + 28
        return QSize(max(size.width(), width), size.height())
