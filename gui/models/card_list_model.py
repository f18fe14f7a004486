"""A flat list model over `Card` rows: statements, quotes, facts, batches, events."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

from ..content.safe_text import display_text, one_line, tooltip_html
from .card import Card
from .roles import AccentRole, CitationsRole, ItemRole, RefRole, SubtitleRole

_Index = QModelIndex | QPersistentModelIndex


class CardListModel(QAbstractListModel):
    def __init__(self, cards: tuple[Card, ...] = (), parent: Any = None) -> None:
        super().__init__(parent)
        self._cards = cards

    def set_cards(self, cards: tuple[Card, ...]) -> None:
        self.beginResetModel()
        self._cards = cards
        self.endResetModel()

    def card(self, row: int) -> Card:
        return self._cards[row]

    def row_of(self, ref: str) -> int:
        """The row whose card has this reference, or -1."""
        return next((i for i, c in enumerate(self._cards) if c.ref == ref), -1)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._cards)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._cards):
            return None
        card = self._cards[index.row()]
        # Shown text is made safe here (gui/content/safe_text.py); the delegate paints the
        # Card itself (ItemRole) and makes it safe the same way.
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return one_line(card.title)
        if role == Qt.ItemDataRole.ToolTipRole:
            return tooltip_html(card.text)
        if role == Qt.ItemDataRole.AccessibleDescriptionRole:
            return display_text(card.text)
        if role == ItemRole:
            return card
        if role == RefRole:
            return card.ref
        if role == CitationsRole:
            return card.citations
        if role == SubtitleRole:
            return card.subtitle
        if role == AccentRole:
            return card.accent
        return None
