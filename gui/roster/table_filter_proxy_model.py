"""Filters and sorts a large flat table in bulk: a word filter, a category, a sort column.

QSortFilterProxyModel asks the source for every row's data through Python, once per row
to filter and twice per comparison to sort: a second for a 10,000-row roster, many for
100,000. This proxy asks the source once for whole columns instead, as plain Python lists
(`FilterableTableModel`), and keeps the visible rows as a list of source rows:

- a keystroke scans one list of folded strings in one comprehension; typing more of the
  same word only rescans the rows still shown;
- a sort orders the row numbers by a list of keys, once per click on a header;
- the view gets `layoutChanged`, with selection and current index carried over.
"""

from __future__ import annotations

from collections.abc import Sequence
from contextlib import suppress
from itertools import compress
from typing import Any, Protocol

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractProxyModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Slot,
)

_Index = QModelIndex | QPersistentModelIndex


class FilterableTableModel(Protocol):
    """What a source model offers this proxy: whole columns, computed once and cached."""

    def search_texts(self) -> Sequence[str]:
        """Per row, the case-folded text a filter word is looked for in."""
        ...

    def categories(self) -> Sequence[str | None]:
        """Per row, the category (cohort, batch) the category filter compares with."""
        ...

    def sort_keys(self, column: int) -> Sequence[Any]:
        """Per row, the value to sort by in `column` (mutually comparable)."""
        ...

    def cell_data(self, row: int, column: int, role: int) -> Any:
        """`data()` of the cell at `row`, `column`, without a model index."""
        ...


class TableFilterProxyModel(QAbstractProxyModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._words: tuple[str, ...] = ()
        self._category = ""
        self._sort_column = -1
        self._sort_order = Qt.SortOrder.AscendingOrder
        self._order: list[int] = []  # every source row, in sort order
        self._order_texts: list[str] = []  # search_texts in that order, made on first use
        self._rows: list[int] = []  # the source rows shown, in sort order
        self._positions: dict[int, int] | None = None  # source row -> proxy row, on demand

    # --- the filter -------------------------------------------------------------------
    @property
    def text(self) -> str:
        return " ".join(self._words)

    @Slot(str)
    def set_text(self, text: str) -> None:
        words = tuple(dict.fromkeys(text.casefold().split()))
        if words == self._words:
            return
        # Every old word inside a new one: only rows shown now can still match.
        narrowing = all(any(old in new for new in words) for old in self._words)
        self._words = words
        self._refilter(narrowing)

    @property
    def category(self) -> str:
        return self._category

    @Slot(str)
    def set_category(self, category: str) -> None:
        """Show only rows of this category (a partner's cohort, a member's grant batch);
        '' shows every row."""
        if category != self._category:
            narrowing = not self._category
            self._category = category
            self._refilter(narrowing)

    def _source(self) -> FilterableTableModel | None:
        source = self.sourceModel()
        return source if hasattr(source, "search_texts") else None  # type: ignore[return-value]

    def _matching(self, base: list[int] | None) -> list[int]:
        """The rows that pass the filter, from `base` (rows in order) or from all rows."""
        source = self._source()
        if source is None:
            return []
        if not self._words and not self._category:
            return list(self._order)
        words = list(self._words)
        if base is None and words:
            # A full scan: the texts are kept in sort order, so one comprehension decides
            # every row and compress() picks the row numbers in C.
            if len(self._order_texts) != len(self._order):
                texts = source.search_texts()
                self._order_texts = [texts[r] for r in self._order]
            word = max(words, key=len)  # the longest word usually leaves the fewest rows
            words.remove(word)
            rows = list(compress(self._order, [word in t for t in self._order_texts]))
        else:
            rows = list(self._order) if base is None else base
        if self._category:
            categories = source.categories()
            category = self._category
            rows = [r for r in rows if categories[r] == category]
        if words:
            texts = source.search_texts()
            for word in words:
                rows = [r for r in rows if word in texts[r]]
        return rows

    def _refilter(self, narrowing: bool) -> None:
        self._relayout(lambda: self._matching(self._rows if narrowing else None))

    def _relayout(self, compute: Any) -> None:
        """Replace the shown rows with `compute()`, keeping persistent indexes (selection,
        current index) on the rows they were on."""
        self.layoutAboutToBeChanged.emit()
        old = self.persistentIndexList()
        kept = [(self._rows[i.row()], i.column()) if i.isValid() else None for i in old]
        self._rows = compute()
        self._positions = None
        wanted = {k[0] for k in kept if k is not None}
        # A handful of rows at most: a scan each (in C) beats building a full map.
        found = {}
        for source_row in wanted:
            with suppress(ValueError):  # no longer shown
                found[source_row] = self._rows.index(source_row)
        new = [
            self.createIndex(found[k[0]], k[1])
            if k is not None and k[0] in found
            else QModelIndex()
            for k in kept
        ]
        self.changePersistentIndexList(old, new)
        self.layoutChanged.emit()

    # --- sorting ----------------------------------------------------------------------
    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if (column, order) == (self._sort_column, self._sort_order) and self._order:
            return
        self._sort_column, self._sort_order = column, order
        self._relayout(self._resort)

    def _resort(self) -> list[int]:
        source = self._source()
        rows = range(self.sourceModel().rowCount() if source is not None else 0)
        if source is not None and self._sort_column >= 0:
            keys = source.sort_keys(self._sort_column)
            descending = self._sort_order == Qt.SortOrder.DescendingOrder
            self._order = sorted(rows, key=keys.__getitem__, reverse=descending)
        else:
            self._order = list(rows)
        self._order_texts = []
        return self._matching(None)

    def sortColumn(self) -> int:
        return self._sort_column

    def sortOrder(self) -> Qt.SortOrder:
        return self._sort_order

    # --- the source -------------------------------------------------------------------
    def setSourceModel(self, source: QAbstractItemModel) -> None:
        previous = self.sourceModel()
        if previous is not None:
            for signal, slot in self._connections(previous):
                signal.disconnect(slot)
        self.beginResetModel()
        super().setSourceModel(source)
        for signal, slot in self._connections(source):
            signal.connect(slot)
        self._reset_rows()
        self.endResetModel()

    def _connections(self, source: QAbstractItemModel) -> list[tuple[Any, Any]]:
        return [
            (source.modelAboutToBeReset, self.beginResetModel),
            (source.modelReset, self._on_source_model_reset),
            (source.dataChanged, self._on_source_data_changed),
            (source.headerDataChanged, self.headerDataChanged),
        ]

    def _reset_rows(self) -> None:
        self._rows = self._resort()
        self._positions = None

    @Slot()
    def _on_source_model_reset(self) -> None:
        self._reset_rows()
        self.endResetModel()

    @Slot(QModelIndex, QModelIndex, "QList<int>")
    def _on_source_data_changed(
        self, top_left: QModelIndex, bottom_right: QModelIndex, roles: list[int]
    ) -> None:
        # Filter and sort texts are made from the content, which never changes: only
        # forward the change to the rows shown.
        last = self.columnCount() - 1
        for row in range(top_left.row(), bottom_right.row() + 1):
            index = self.mapFromSource(self.sourceModel().index(row, 0))
            if index.isValid():
                self.dataChanged.emit(index, self.index(index.row(), last), roles)

    # --- QAbstractProxyModel ----------------------------------------------------------
    def source_row(self, row: int) -> int:
        """The source row shown at proxy `row`."""
        return self._rows[row]

    def mapToSource(self, proxy_index: _Index) -> QModelIndex:
        source = self.sourceModel()
        if source is None or not proxy_index.isValid():
            return QModelIndex()
        row = proxy_index.row()
        if not 0 <= row < len(self._rows):
            return QModelIndex()
        return source.index(self._rows[row], proxy_index.column())

    def mapFromSource(self, source_index: _Index) -> QModelIndex:
        if not source_index.isValid():
            return QModelIndex()
        if self._positions is None:
            self._positions = {r: i for i, r in enumerate(self._rows)}
        row = self._positions.get(source_index.row())
        return QModelIndex() if row is None else self.createIndex(row, source_index.column())

    def index(self, row: int, column: int, parent: _Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if parent.isValid() or not (
            0 <= row < len(self._rows) and 0 <= column < self.columnCount()
        ):
            return QModelIndex()
        return self.createIndex(row, column)

    def parent(self, index: _Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        return QModelIndex()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        source = self.sourceModel()
        return 0 if parent.isValid() or source is None else source.columnCount()

    def hasChildren(self, parent: _Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and bool(self._rows)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        source: FilterableTableModel = self.sourceModel()  # type: ignore[assignment]
        return source.cell_data(self._rows[index.row()], index.column(), role)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        source = self.sourceModel()
        if source is None:
            return None
        if orientation == Qt.Orientation.Vertical and 0 <= section < len(self._rows):
            section = self._rows[section]
        return source.headerData(section, orientation, role)

    def flags(self, index: _Index) -> Qt.ItemFlag:
        source = self.sourceModel()
        if source is None or not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return source.flags(self.mapToSource(index))
