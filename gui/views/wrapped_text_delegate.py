"""Sizes word-wrapped list items for the width their text really gets."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSize
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
)

_Index = QModelIndex | QPersistentModelIndex


class WrappedTextDelegate(QStyledItemDelegate):
    """QStyledItemDelegate wraps an item's text at the item's full width, but the
    stylesheet's item padding makes the text narrower than that when it is painted: rows
    came out a line short and their last line was cut off, worst at a large zoom. This
    measures the text at the width the style really gives it."""

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        view = opt.widget
        width = opt.rect.width()
        if width <= 0 and isinstance(view, QAbstractItemView):
            width = view.viewport().width()
        if width <= 0:
            return super().sizeHint(option, index)
        opt.rect.setWidth(width)
        style = view.style() if view is not None else QApplication.style()
        text = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, view)
        inset = max(0, width - text.width()) if text.width() > 0 else 0
        narrowed = QStyleOptionViewItem(option)
        narrowed.rect.setWidth(width - inset)
        return super().sizeHint(narrowed, index)
