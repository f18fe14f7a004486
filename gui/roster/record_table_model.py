"""A table with one row per content record (a partner, a programme member), served on demand.

What the partner and member tables share: the rows, translated headers, the roles every
row answers, and the whole columns the filter proxy asks for (`search_texts`,
`categories`, `sort_keys`, see `FilterableTableModel`), each made once, on first use, and
dropped when the content changes. A subclass names its columns and headers and says what
each cell shows; it builds each whole column in one comprehension of its own, so that a
100,000-row column costs no Python call per row.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, ClassVar, Generic, Protocol, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from ..content.safe_text import one_line
from ..content.schema import Citation
from ..models.roles import CitationsRole, ItemRole, SearchTextRole, SortRole

_Index = QModelIndex | QPersistentModelIndex

_TEXT_ROLES = frozenset(
    {Qt.ItemDataRole.DisplayRole.value, Qt.ItemDataRole.AccessibleTextRole.value}
)


class _Record(Protocol):
    @property
    def citations(self) -> tuple[Citation, ...]: ...


R = TypeVar("R", bound=_Record)


class RecordTableModel(QAbstractTableModel, Generic[R]):
    """Rows of records of type R. A subclass sets CONTEXT (its class name: the translation
    context of HEADERS, marked with QT_TRANSLATE_NOOP in that context) and HEADERS, and
    implements `_display`, `_make_search_texts` and `_make_categories`. Roles beyond the
    shared ones go in EXTRA_ROLES and are answered by `_extra_data`."""

    CONTEXT: ClassVar[str] = ""
    HEADERS: ClassVar[tuple[str, ...]] = ()
    EXTRA_ROLES: ClassVar[frozenset[int]] = frozenset()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._records: Sequence[R] = ()
        # Whole columns for the filter proxy, made on first use (not before first paint).
        self._search_texts: list[str] | None = None
        self._categories: list[str | None] | None = None
        self._sort_keys: dict[int, list[Any]] = {}

    def _set_records(self, records: Sequence[R]) -> None:
        """New rows; call between beginResetModel() and endResetModel()."""
        self._records = records
        self._search_texts = None
        self._categories = None
        self._sort_keys = {}

    # --- what a subclass says ---------------------------------------------------------
    def _display(self, record: R, column: int) -> str:
        """The text shown in `column` for `record`, as written (made safe by data())."""
        raise NotImplementedError

    def _make_search_texts(self) -> list[str]:
        """Per row, the case-folded text a filter word is looked for in."""
        raise NotImplementedError

    def _make_categories(self) -> list[str | None]:
        """Per row, the category (cohort, batch) the category filter compares with."""
        raise NotImplementedError

    def _make_sort_keys(self, column: int) -> list[Any]:
        """Per row, the key to sort `column` by: the shown text, folded, unless overridden."""
        display = self._display
        return [display(r, column).casefold() for r in self._records]

    def _sort_value(self, record: R, row: int, column: int) -> Any:
        """What SortRole answers for a cell."""
        return self.sort_keys(column)[row]

    def _extra_data(self, record: R, column: int, role: int) -> Any:
        """The data of a role in EXTRA_ROLES."""
        return None

    # --- whole columns, for TableFilterProxyModel -------------------------------------
    def search_texts(self) -> list[str]:
        if self._search_texts is None:
            self._search_texts = self._make_search_texts()
        return self._search_texts

    def categories(self) -> list[str | None]:
        if self._categories is None:
            self._categories = self._make_categories()
        return self._categories

    def sort_keys(self, column: int) -> list[Any]:
        keys = self._sort_keys.get(column)
        if keys is None:
            keys = self._sort_keys[column] = self._make_sort_keys(column)
        return keys

    # --- QAbstractTableModel -----------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._records)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal
        if horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(self.HEADERS):
            return QCoreApplication.translate(self.CONTEXT, self.HEADERS[section])
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        return self.cell_data(index.row(), index.column(), role)

    def cell_data(self, row: int, column: int, role: int) -> Any:
        """`data()` of a cell by row and column: what TableFilterProxyModel asks, without
        making an index (each one a round of calls from Qt into Python)."""
        if not 0 <= row < len(self._records):
            return None
        record = self._records[row]
        if role in _TEXT_ROLES:
            # Shown text only is made safe (gui/content/safe_text.py); sorting and
            # filtering keep working on the data as written.
            return one_line(self._display(record, column))
        if role == SortRole:
            return self._sort_value(record, row, column)
        if role == ItemRole:
            return record
        if role == CitationsRole:
            return record.citations
        if role == SearchTextRole:
            return self.search_texts()[row]
        if role in self.EXTRA_ROLES:
            return self._extra_data(record, column, role)
        return None
