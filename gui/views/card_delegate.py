"""Paints a Card row as a card: subtitle, title, wrapped text and a line of sources.

The sources line is clickable: a click on one source label emits `citation_clicked`.
Keyboard users reach the same citations through the pane's citation bar.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QMouseEvent, QPainter, QPen
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from ..content.safe_text import elided, wrapped_display_text
from ..content.schema import Citation
from ..content.text import distinct_by_label
from ..models.card import Card
from ..models.roles import ItemRole
from ..theming.theme import Theme
from .focus_ring import RING_WIDTH, has_keyboard_focus

_Index = QModelIndex | QPersistentModelIndex

PAD = 16
GAP = 6
RADIUS = 10


@dataclass(frozen=True)
class _Block:
    rect: QRect
    font: QFont
    color: str
    text: str
    flags: int


@dataclass(frozen=True)
class _Layout:
    blocks: list[_Block]
    sources: list[tuple[QRect, Citation]]
    height: int


class CardDelegate(QStyledItemDelegate):
    """`style="card"` puts a small subtitle above a bold title; `style="figure"` shows the
    title as a large figure ("5 → 9") with the subtitle as its label."""

    citation_clicked = Signal(object)  # Citation

    def __init__(
        self,
        theme: Theme,
        label_for: Callable[[Citation], str],
        parent: QWidget | None = None,
        *,
        style: str = "card",
    ) -> None:
        super().__init__(parent)
        self.theme = theme
        self._label_for = label_for
        self._style = style
        self.min_chip_height = 0  # the kiosk raises it to a touch target's 44 px

    def set_theme(self, theme: Theme) -> None:
        """Paint in `theme` from now on; the view repaints when the palette changes."""
        self.theme = theme

    def _lines(self, card: Card, base: QFont) -> list[tuple[QFont, str, str]]:
        """The card's text lines top to bottom: (font, colour, text), made safe to show:
        QPainter.drawText never renders markup, but it does obey bidi overrides, and it
        cannot wrap inside a word (gui/content/safe_text.py)."""
        lines = self._raw_lines(card, base)
        return [(font, color, wrapped_display_text(text)) for font, color, text in lines]

    def _raw_lines(self, card: Card, base: QFont) -> list[tuple[QFont, str, str]]:
        t = self.theme
        title = QFont(base)
        title.setBold(True)
        small = QFont(base)
        small.setPointSizeF(base.pointSizeF() * 0.9)
        body_color = t.text_muted if card.accent == "quote" else t.text
        if self._style == "figure":
            title.setPointSizeF(base.pointSizeF() * 2.2)
            label = QFont(base)
            label.setBold(True)
            return [
                (title, t.accent, card.title),
                (label, t.text, card.subtitle),
                (base, body_color, card.text),
            ]
        title.setPointSizeF(base.pointSizeF() * 1.1)
        return [
            (small, t.text_muted, card.subtitle),
            (title, t.text, card.title),
            (base, body_color, card.text),
        ]

    def _chip_text(self, citation: Citation) -> str:
        return elided(self._label_for(citation), 40)

    def _source_font(self, base: QFont) -> QFont:
        font = QFont(base)
        font.setPointSizeF(base.pointSizeF() * 0.85)
        return font

    def _figure_line(self, index: _Index) -> str:
        """Every figure of the grid on one line (see `_layout`); "" for other styles."""
        model = index.model()
        if self._style != "figure" or model is None:
            return ""
        cards = (model.index(row, 0).data(ItemRole) for row in range(model.rowCount()))
        return " ".join(card.title for card in cards if isinstance(card, Card))

    def _layout(self, card: Card, rect: QRect, base: QFont, figures: str = "") -> _Layout:
        """`figures`: all the grid's figures on one line. A figure's line is at least that
        line's height, so that every card's label starts at the same height: a figure
        with Chinese in it ("10年") is set in the taller line of the CJK font, and its
        label sat lower than its neighbours'."""
        inner = rect.adjusted(PAD, PAD, -PAD, -PAD)
        width = max(inner.width(), 40)
        flags = int(Qt.TextFlag.TextWordWrap)
        y = inner.top()
        blocks = []
        for font, color, text in self._lines(card, base):
            if not text:
                continue
            metrics = QFontMetrics(font)
            h = metrics.boundingRect(QRect(0, 0, width, 100_000), flags, text).height()
            align = flags
            if not blocks and figures:  # one unwrapped line of every script the grid uses
                h = max(h, metrics.boundingRect(QRect(0, 0, 100_000, 100_000), 0, figures).height())
                # On that line's foot: the figures' baselines then differ by the fonts'
                # descents (a pixel or two), not by the taller line's whole extra height.
                align |= int(Qt.AlignmentFlag.AlignBottom)
            blocks.append(_Block(QRect(inner.left(), y, width, h), font, color, text, align))
            y += h + GAP
        fm = QFontMetrics(self._source_font(base))
        sources = []
        x = inner.left()
        y += 2
        line_h = max(fm.height() + 6, self.min_chip_height)
        for citation in distinct_by_label(card.citations, self._label_for):
            w = min(fm.horizontalAdvance(self._chip_text(citation)) + 16, width)
            if x + w > inner.left() + width and x > inner.left():
                x = inner.left()
                y += line_h + 4
            sources.append((QRect(x, y, w, line_h), citation))
            x += w + 6
        if sources:
            y += line_h
        return _Layout(blocks, sources, y - rect.top() + PAD)

    # --- QStyledItemDelegate ------------------------------------------------------------
    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        card = index.data(ItemRole)
        if not isinstance(card, Card):
            return super().sizeHint(option, index)
        # In a card grid every card has the grid's size; elsewhere, the view's width.
        card_size = getattr(option.widget, "card_size", None)
        if isinstance(card_size, QSize) and card_size.height() > 0:
            return card_size
        width = option.rect.width() if option.rect.width() > 0 else 360
        return QSize(width, self.height_for_width(index, width, option.font))

    def height_for_width(self, index: _Index, width: int, font: QFont) -> int:
        card = index.data(ItemRole)
        if not isinstance(card, Card):
            return 0
        rect = QRect(0, 0, width, 0).adjusted(1, 1, -1, -1)
        return self._layout(card, rect, font, self._figure_line(index)).height + 2

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        card = index.data(ItemRole)
        if not isinstance(card, Card):
            super().paint(painter, option, index)
            return
        t = self.theme
        rect = option.rect.adjusted(1, 1, -1, -1)
        layout = self._layout(card, rect, option.font, self._figure_line(index))
        state = option.state
        selected = bool(state & QStyle.StateFlag.State_Selected)
        # Keyboard focus is the current card of a focused view: its edge becomes the
        # app's one focus ring (2px, accent); a selected card in a view without the
        # keyboard keeps a 1px accent edge. No second ring inside the first.
        focused = has_keyboard_focus(option)
        active = selected or focused
        hovered = bool(state & QStyle.StateFlag.State_MouseOver)

        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        # What came after the content's day: a dashed edge and a quieter fill set it apart.
        later = card.accent == "later"
        style = Qt.PenStyle.DashLine if later and not active else Qt.PenStyle.SolidLine
        border = QColor(t.accent if active else t.border)
        painter.setPen(QPen(border, RING_WIDTH if focused else 1, style))
        quiet = (hovered and not active) or later
        painter.setBrush(QColor(t.surface_alt if quiet else t.surface))
        painter.drawRoundedRect(rect, RADIUS, RADIUS)
        if card.accent == "quote":
            painter.fillRect(
                QRect(rect.left() + 1, rect.top() + RADIUS, 4, rect.height() - 2 * RADIUS),
                QColor(t.accent),
            )
        for block in layout.blocks:
            painter.setFont(block.font)
            painter.setPen(QColor(block.color))
            painter.drawText(block.rect, block.flags, block.text)
        painter.setFont(self._source_font(option.font))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(QColor(t.accent), 1))
        drawn_h = painter.fontMetrics().height() + 6
        for target, citation in layout.sources:
            # A chip taller than its text (min_chip_height) is drawn at its natural size,
            # centred in the larger area that takes the touch.
            inset = max(0, (target.height() - drawn_h) // 2)
            chip = target.adjusted(0, inset, 0, -inset)
            radius = chip.height() / 2
            painter.drawRoundedRect(chip.adjusted(0, 0, -1, -1), radius, radius)
            # A chip as wide as the card shows its label elided, never cut at both ends.
            label = painter.fontMetrics().elidedText(
                self._chip_text(citation), Qt.TextElideMode.ElideRight, chip.width() - 12
            )
            painter.drawText(chip, int(Qt.AlignmentFlag.AlignCenter), label)
        painter.restore()

    def editorEvent(
        self, event: QEvent, model: object, option: QStyleOptionViewItem, index: _Index
    ) -> bool:
        if event.type() == QEvent.Type.MouseButtonRelease and isinstance(event, QMouseEvent):
            citation = self.citation_at(index, option, event.position().toPoint())
            if citation is not None:
                self.citation_clicked.emit(citation)
                return True
        return super().editorEvent(event, model, option, index)  # type: ignore[arg-type]

    def citation_at(
        self, index: _Index, option: QStyleOptionViewItem, pos: QPoint
    ) -> Citation | None:
        card = index.data(ItemRole)
        if not isinstance(card, Card):
            return None
        rect = option.rect.adjusted(1, 1, -1, -1)
        layout = self._layout(card, rect, option.font, self._figure_line(index))
        return next((c for r, c in layout.sources if r.contains(pos)), None)

    def citation_rects(
        self, index: _Index, rect: QRect, font: QFont
    ) -> list[tuple[QRect, Citation]]:
        """Where each source label is painted inside `rect` (used by tests and hit-testing)."""
        card = index.data(ItemRole)
        if not isinstance(card, Card):
            return []
        return self._layout(
            card, rect.adjusted(1, 1, -1, -1), font, self._figure_line(index)
        ).sources

    def text_rects(self, index: _Index, rect: QRect, font: QFont) -> list[QRect]:
        """Where each line of text (figure or subtitle, title, text) is painted in `rect`."""
        card = index.data(ItemRole)
        if not isinstance(card, Card):
            return []
        layout = self._layout(card, rect.adjusted(1, 1, -1, -1), font, self._figure_line(index))
        return [block.rect for block in layout.blocks]
