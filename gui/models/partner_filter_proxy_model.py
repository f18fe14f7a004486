"""Filters the roster by typed text and by cohort; sorts by each column's sort keys."""

from __future__ import annotations

from PySide6.QtCore import Slot

from gui.models.table_filter_proxy_model import TableFilterProxyModel


class PartnerFilterProxyModel(TableFilterProxyModel):
    """Over a PartnerTableModel: every typed word must be in a partner's name, Chinese
    name or roles; the cohort, if chosen, must match."""

    @property
    def cohort(self) -> str:
        return self._category

    @Slot(str)
    def set_cohort(self, cohort: str) -> None:
        """Show only partners of this cohort id; '' shows everyone."""
        self.set_category(cohort)
