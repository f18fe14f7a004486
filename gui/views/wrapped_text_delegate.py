"""Sizes word-wrapped list items for the width their text really gets."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QSize
from PySide6.QtGui import QTextLayout, QTextOption
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
)

_Index = QModelIndex | QPersistentModelIndex

LINE_SEPARATOR = "\u2028"


class WrappedTextDelegate(QStyledItemDelegate):
    """QStyledItemDelegate wraps an item's text at the item's full width, but the
    stylesheet's item padding makes the text narrower than that when it is painted: rows
    came out a line short and their last line was cut off, worst at a large zoom. This
    measures the text at the width the style really gives it.

    It also leaves room for Qt's painting rule for wrapped text: before each line, Qt
    checks that one more line *as tall as that one* would fit, and otherwise ends that
    line with "…" and draws nothing below it. A line set in a taller fallback font
    (Chinese beside Latin, e.g. "长江商报 (Changjiang Times)") over a shorter one passed
    the size check but failed the painting check, and the row lost its second line.

    `padding_lines` adds that many lines' height of space around the text (half above,
    half below: Qt centres it), for tables whose rows grow to fit wrapped text."""

    def __init__(self, parent: QObject | None = None, padding_lines: float = 0.0) -> None:
        super().__init__(parent)
        self.padding_lines = padding_lines

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
        hint = super().sizeHint(narrowed, index)
        # Qt's own margin inside the text rectangle (QCommonStyle's viewItemDrawText).
        margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1
        slack = _painting_slack(opt, width - inset - 2 * margin)
        slack += round(self.padding_lines * opt.fontMetrics.height())
        return QSize(hint.width(), hint.height() + slack) if slack else hint


def _painting_slack(option: QStyleOptionViewItem, line_width: int) -> int:
    """How much taller than its lines' total height the text needs to be for Qt to paint
    every line: the most, over all lines but the last, that the height so far plus that
    line's height again exceeds the total."""
    if not option.text or line_width <= 0:
        return 0
    layout = QTextLayout(option.text.replace("\n", LINE_SEPARATOR), option.font)
    text_option = QTextOption()
    text_option.setWrapMode(QTextOption.WrapMode.WordWrap)
    layout.setTextOption(text_option)
    heights: list[float] = []
    layout.beginLayout()
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(line_width)
        heights.append(line.height())
    layout.endLayout()
    total, used, need = sum(heights), 0.0, 0.0
    for height in heights[:-1]:
        used += height
        need = max(need, used + height)
    return max(0, int(need - total + 0.999))
