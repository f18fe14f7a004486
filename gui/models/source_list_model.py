"""The list of sources: the article first, then the secondary sources in file order."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

from ..content import Content
from ..content.safe_text import display_text, one_line, tooltip_html, wrappable
from ..content.schema import Source
from ..desktop.i18n import date_text, source_label, source_publisher
from .roles import AccentRole, ItemRole, RefRole, SubtitleRole

_Index = QModelIndex | QPersistentModelIndex


class SourceListModel(QAbstractListModel):
    def __init__(self, content: Content | None = None, parent: Any = None) -> None:
        super().__init__(parent)
        self._sources: tuple[Source, ...] = ()
        if content is not None:
            self.set_content(content)

    def set_content(self, content: Content) -> None:
        self.beginResetModel()
        # Sources with text (the article) first: they are what citations usually open.
        self._sources = tuple(sorted(content.sources, key=lambda s: not s.sentences))
        self.endResetModel()

    def source(self, row: int) -> Source:
        return self._sources[row]

    def row_of(self, source_id: str) -> int:
        return next((i for i, s in enumerate(self._sources) if s.id == source_id), -1)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._sources)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._sources):
            return None
        source = self._sources[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            publisher, subtitle = (
                one_line(source_publisher(source)),
                one_line(self._subtitle(source)),
            )
            return wrappable(f"{publisher}\n{subtitle}")
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return display_text(source_label(source))
        if role == SubtitleRole:
            return self._subtitle(source)
        if role == Qt.ItemDataRole.ToolTipRole:
            return tooltip_html(f"{source_label(source)}\n{source_publisher(source)}")
        if role == ItemRole:
            return source
        if role == RefRole:
            return f"source:{source.id}"
        if role == AccentRole:
            return source.kind
        return None

    @staticmethod
    def _subtitle(source: Source) -> str:
        label = source_label(source)
        return f"{label} · {date_text(source.date)}" if source.date else label
