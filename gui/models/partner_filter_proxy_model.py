"""Filters the roster by typed text and by cohort; sorts by each column's SortRole."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Slot

from gui.models.roles import AccentRole, SearchTextRole, SortRole

_Index = QModelIndex | QPersistentModelIndex


class PartnerFilterProxyModel(QSortFilterProxyModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._words: tuple[str, ...] = ()
        self._cohort = ""
        self.setSortRole(SortRole)
        self.setSortLocaleAware(True)

    @property
    def text(self) -> str:
        return " ".join(self._words)

    @property
    def cohort(self) -> str:
        return self._cohort

    @Slot(str)
    def set_text(self, text: str) -> None:
        words = tuple(text.casefold().split())
        if words != self._words:
            self.beginFilterChange()
            self._words = words
            self.endFilterChange()

    @Slot(str)
    def set_cohort(self, cohort: str) -> None:
        """Show only partners of this cohort id; '' shows everyone."""
        if cohort != self._cohort:
            self.beginFilterChange()
            self._cohort = cohort
            self.endFilterChange()

    def filterAcceptsRow(self, source_row: int, source_parent: _Index) -> bool:
        model = self.sourceModel()
        index = model.index(source_row, 0, source_parent)
        if self._cohort and model.data(index, AccentRole) != self._cohort:
            return False
        if not self._words:
            return True
        haystack = model.data(index, SearchTextRole) or ""
        return all(word in haystack for word in self._words)
