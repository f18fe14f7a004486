"""Filters the programme's members by typed text and by grant batch; sorts by column."""

from __future__ import annotations

from PySide6.QtCore import Slot

from gui.models.table_filter_proxy_model import TableFilterProxyModel


class MemberFilterProxyModel(TableFilterProxyModel):
    """Over a MemberTableModel: every typed word must be in a member's name, Chinese name
    or role; the batch, if chosen, must match."""

    @property
    def batch(self) -> str:
        return self._category

    @Slot(str)
    def set_batch(self, batch: str) -> None:
        """Show only members of this batch id; '' shows everyone."""
        self.set_category(batch)
