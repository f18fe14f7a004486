"""The partner roster as a table: one row per partner, one column per attribute."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from gui.content import Content
from gui.content.safe_text import one_line, tooltip_html
from gui.content.schema import Partner
from gui.content.text import format_date_short
from gui.i18n import is_chinese, pick
from gui.models.roles import AccentRole, CitationsRole, ItemRole, RefRole, SearchTextRole, SortRole
from gui.models.section_list_model import QT_TRANSLATE_NOOP

_Index = QModelIndex | QPersistentModelIndex


class PartnerTableModel(QAbstractTableModel):
    COL_NAME = 0
    COL_NAME_ZH = 1
    COL_ROLE = 2
    COL_COHORT = 3
    COL_SINCE = 4
    HEADERS = (
        QT_TRANSLATE_NOOP("PartnerTableModel", "Name"),
        QT_TRANSLATE_NOOP("PartnerTableModel", "Chinese name"),
        QT_TRANSLATE_NOOP("PartnerTableModel", "Role"),
        QT_TRANSLATE_NOOP("PartnerTableModel", "Cohort"),
        QT_TRANSLATE_NOOP("PartnerTableModel", "Partner since"),
    )

    def __init__(self, content: Content | None = None, parent: Any = None) -> None:
        super().__init__(parent)
        self._partners: tuple[Partner, ...] = ()
        self._cohort_labels: dict[str, str] = {}
        # Whole columns for the filter proxy, made on first use (not before first paint).
        self._search_texts: list[str] | None = None
        self._sort_keys: dict[int, list[Any]] = {}
        self._cohorts: list[str] | None = None
        self._rows: dict[str, int] | None = None
        if content is not None:
            self.set_content(content)

    def set_content(self, content: Content) -> None:
        self.beginResetModel()
        self._partners = content.partners
        self._cohort_labels = {
            c.id: pick(c.short_label or c.label, c.label_zh) for c in content.cohorts
        }
        self._search_texts = None
        self._sort_keys = {}
        self._cohorts = None
        self._rows = None
        self.endResetModel()

    def partner(self, row: int) -> Partner:
        return self._partners[row]

    def row_of(self, partner_id: str) -> int:
        if self._rows is None:
            self._rows = {p.id: i for i, p in enumerate(self._partners)}
        return self._rows.get(partner_id, -1)

    # --- whole columns, for TableFilterProxyModel -------------------------------------
    def search_texts(self) -> list[str]:
        """Name, Chinese name and roles of each partner, folded once (not per keystroke)."""
        if self._search_texts is None:
            self._search_texts = [
                " ".join((p.name, p.name_zh, *(r.text for r in p.roles))).casefold()
                for p in self._partners
            ]
        return self._search_texts

    def categories(self) -> list[str]:
        """The cohort of each partner."""
        if self._cohorts is None:
            self._cohorts = [p.cohort for p in self._partners]
        return self._cohorts

    def sort_keys(self, column: int) -> list[Any]:
        keys = self._sort_keys.get(column)
        if keys is None:
            if column == self.COL_SINCE:
                # Founding partners (no date) first; a stable sort keeps the bundle's order.
                keys = [p.partner_since or "" for p in self._partners]
            else:
                keys = [self._display(p, column).casefold() for p in self._partners]
            self._sort_keys[column] = keys
        return keys

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._partners)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal
        if horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(self.HEADERS):
            return QCoreApplication.translate("PartnerTableModel", self.HEADERS[section])
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._partners):
            return None
        partner = self._partners[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            # Shown text only is made safe (gui/content/safe_text.py); sorting and
            # filtering keep working on the data as written.
            return one_line(self._display(partner, column))
        if role == SortRole:
            if column == self.COL_SINCE:
                # Founding partners (no date) sort first; ties keep the bundle's order.
                return f"{partner.partner_since or '0000'}#{index.row():09d}"
            return self._display(partner, column)
        if role == Qt.ItemDataRole.ToolTipRole and column == self.COL_ROLE:
            return tooltip_html("\n".join(r.text for r in partner.roles))
        if role == ItemRole:
            return partner
        if role == RefRole:
            return f"partner:{partner.id}"
        if role == CitationsRole:
            return partner.citations
        if role == AccentRole:
            return partner.cohort
        if role == SearchTextRole:
            return self.search_texts()[index.row()]
        return None

    def _display(self, partner: Partner, column: int) -> str:
        if column == self.COL_NAME:
            return partner.name
        if column == self.COL_NAME_ZH:
            return partner.name_zh
        if column == self.COL_ROLE:
            return partner.roles[0].text
        if column == self.COL_COHORT:
            return self._cohort_labels.get(partner.cohort, partner.cohort)
        if column == self.COL_SINCE:
            if partner.partner_since is None:
                return QCoreApplication.translate("PartnerTableModel", "Founding")
            return format_date_short(partner.partner_since, "zh" if is_chinese() else "en")
        return ""
