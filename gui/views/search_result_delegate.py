"""Paints a search result: the item's title, then a snippet with the match highlighted."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from ..models.roles import SubtitleRole
from ..models.search_result_model import IsGroupRole, SpansRole
from ..theming.theme import Theme

_Index = QModelIndex | QPersistentModelIndex
PAD = 8


class SearchResultDelegate(QStyledItemDelegate):
    def __init__(self, theme: Theme, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.theme = theme

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        fm = QFontMetrics(option.font)
        if index.data(IsGroupRole):
            return QSize(200, fm.height() + PAD * 2)
        return QSize(200, fm.height() * 2 + PAD * 2 + 4)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        t = self.theme
        rect = option.rect
        painter.save()
        if index.data(IsGroupRole):
            font = QFont(option.font)
            font.setBold(True)
            font.setPointSizeF(option.font.pointSizeF() * 0.85)
            painter.setFont(font)
            painter.setPen(QColor(t.text_muted))
            painter.drawText(
                rect.adjusted(PAD, 0, -PAD, 0),
                int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft),
                str(index.data()),
            )
            painter.restore()
            return
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        hovered = bool(option.state & QStyle.StateFlag.State_MouseOver)
        if selected or hovered:
            painter.fillRect(rect, QColor(t.accent if selected else t.surface_alt))
        fg = QColor(t.accent_text if selected else t.text)
        muted = QColor(t.accent_text if selected else t.text_muted)
        fm = QFontMetrics(option.font)
        title_font = QFont(option.font)
        title_font.setBold(True)
        inner = rect.adjusted(PAD * 2, PAD, -PAD, -PAD)
        painter.setFont(title_font)
        painter.setPen(fg)
        title = QFontMetrics(title_font).elidedText(
            str(index.data() or ""), Qt.TextElideMode.ElideRight, inner.width()
        )
        painter.drawText(QRect(inner.left(), inner.top(), inner.width(), fm.height()), 0, title)
        self._paint_snippet(
            painter,
            QRect(inner.left(), inner.top() + fm.height() + 4, inner.width(), fm.height()),
            option.font,
            str(index.data(SubtitleRole) or ""),
            tuple(index.data(SpansRole) or ()),
            muted,
            QColor(t.highlight),
            QColor(t.highlight_text),
        )
        painter.restore()

    @staticmethod
    def _paint_snippet(
        painter: QPainter,
        rect: QRect,
        font: QFont,
        snippet: str,
        spans: tuple[tuple[int, int], ...],
        colour: QColor,
        mark: QColor,
        mark_text: QColor,
    ) -> None:
        """Draw the snippet left to right, each matched span on a highlight background.
        Plain text runs only: nothing in a snippet is ever interpreted as markup."""
        fm = QFontMetrics(font)
        painter.setFont(font)
        x = rect.left()
        cursor = 0
        runs: list[tuple[str, bool]] = []
        for start, end in sorted(spans):
            if start > cursor:
                runs.append((snippet[cursor:start], False))
            runs.append((snippet[max(start, cursor) : end], True))
            cursor = max(cursor, end)
        runs.append((snippet[cursor:], False))
        for text, matched in runs:
            if not text:
                continue
            room = rect.right() - x
            if room <= 0:
                break
            shown = fm.elidedText(text, Qt.TextElideMode.ElideRight, room)
            width = fm.horizontalAdvance(shown)
            run_rect = QRect(x, rect.top(), width, rect.height())
            if matched:
                painter.fillRect(run_rect.adjusted(-1, 0, 1, 0), mark)
                painter.setPen(mark_text)
            else:
                painter.setPen(colour)
            painter.drawText(run_rect, int(Qt.AlignmentFlag.AlignVCenter), shown)
            x += width
            if shown != text:
                break
