"""Search results grouped by kind: a two-level tree (group → hits) for the results popup."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Protocol

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from ..content.safe_text import one_line, tooltip_html
from .roles import ItemRole, RefRole, SubtitleRole
from .section_list_model import QT_TRANSLATE_NOOP

_Index = QModelIndex | QPersistentModelIndex

SpansRole = ItemRole + 100  # tuple[(start, end), ...] of the match inside the snippet
IsGroupRole = ItemRole + 101


class Hit(Protocol):
    """What a search result offers (read-only: the index's results are frozen)."""

    @property
    def kind(self) -> str: ...
    @property
    def ref(self) -> str: ...
    @property
    def title(self) -> str: ...
    @property
    def snippet(self) -> str: ...
    @property
    def spans(self) -> tuple[tuple[int, int], ...]: ...
    @property
    def score(self) -> float: ...


GROUP_TITLES: dict[str, str] = {
    "overview": QT_TRANSLATE_NOOP("SearchResultModel", "Overview"),
    "strategy": QT_TRANSLATE_NOOP("SearchResultModel", "Strategy"),
    "statement": QT_TRANSLATE_NOOP("SearchResultModel", "Key ideas"),
    "quote": QT_TRANSLATE_NOOP("SearchResultModel", "Quotes"),
    "principle": QT_TRANSLATE_NOOP("SearchResultModel", "Principles"),
    "partner": QT_TRANSLATE_NOOP("SearchResultModel", "Partners"),
    "cohort": QT_TRANSLATE_NOOP("SearchResultModel", "Cohorts"),
    "programme": QT_TRANSLATE_NOOP("SearchResultModel", "Programme"),
    "fact": QT_TRANSLATE_NOOP("SearchResultModel", "Programme facts"),
    "batch": QT_TRANSLATE_NOOP("SearchResultModel", "Grants"),
    "member": QT_TRANSLATE_NOOP("SearchResultModel", "Programme members"),
    "event": QT_TRANSLATE_NOOP("SearchResultModel", "Timeline"),
    "source": QT_TRANSLATE_NOOP("SearchResultModel", "Sources"),
}


class SearchResultModel(QAbstractItemModel):
    """Top-level rows are groups ("Partners (2)"); their children are the hits."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._groups: list[tuple[str, list[Hit]]] = []

    def set_hits(self, hits: Sequence[Hit], kind_order: Sequence[str] = ()) -> None:
        """Group `hits` by kind, groups in `kind_order` (unknown kinds last), hits in order."""
        grouped: dict[str, list[Hit]] = {}
        for hit in hits:
            grouped.setdefault(hit.kind, []).append(hit)
        order = {kind: i for i, kind in enumerate(kind_order)}
        self.beginResetModel()
        self._groups = sorted(grouped.items(), key=lambda kv: order.get(kv[0], len(order)))
        self.endResetModel()

    def hit_count(self) -> int:
        return sum(len(hits) for _, hits in self._groups)

    def first_hit(self) -> QModelIndex:
        return self.index(0, 0, self.index(0, 0)) if self._groups else QModelIndex()

    def hit(self, index: _Index) -> Hit | None:
        if not index.isValid() or index.internalId() == 0:
            return None
        return self._groups[index.internalId() - 1][1][index.row()]

    # --- QAbstractItemModel -------------------------------------------------------------
    def index(self, row: int, column: int, parent: _Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if column != 0 or row < 0:
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, 0, 0) if row < len(self._groups) else QModelIndex()
        if parent.internalId() != 0 or parent.row() >= len(self._groups):
            return QModelIndex()
        hits = self._groups[parent.row()][1]
        # Children carry their group's row + 1, so parent() can find the group again.
        return self.createIndex(row, 0, parent.row() + 1) if row < len(hits) else QModelIndex()

    def parent(self, index: _Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid() or index.internalId() == 0:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, 0)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return len(self._groups)
        if parent.internalId() == 0 and parent.column() == 0:
            return len(self._groups[parent.row()][1])
        return 0

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 1

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if index.internalId() == 0:
            return Qt.ItemFlag.ItemIsEnabled  # a heading: not selectable
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if index.internalId() == 0:
            kind, hits = self._groups[index.row()]
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
                title = QCoreApplication.translate(
                    "SearchResultModel", GROUP_TITLES.get(kind, kind)
                )
                return f"{title} ({len(hits)})"
            if role == IsGroupRole:
                return True
            return None
        hit = self.hit(index)
        if hit is None:
            return None
        # A title is the data as written: on one line, without hidden characters. The
        # snippet is already safe text (the index cleans it); as a tooltip it is escaped,
        # since Qt renders a tooltip that looks like HTML as HTML.
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return one_line(hit.title)
        if role in (SubtitleRole, Qt.ItemDataRole.AccessibleDescriptionRole):
            return hit.snippet
        if role == Qt.ItemDataRole.ToolTipRole:
            return tooltip_html(hit.snippet)
        if role == SpansRole:
            return hit.spans
        if role == RefRole:
            return hit.ref
        if role == ItemRole:
            return hit
        if role == IsGroupRole:
            return False
        return None
