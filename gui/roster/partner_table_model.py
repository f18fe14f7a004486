"""The partner roster as a table: one row per partner, one column per attribute."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt

from ..content import Content
from ..content.safe_text import tooltip_html
from ..content.schema import Partner
from ..content.text import format_date_short
from ..desktop.i18n import is_chinese, local
from ..models.roles import AccentRole, RefRole
from ..models.section_list_model import QT_TRANSLATE_NOOP
from .record_table_model import RecordTableModel


class PartnerTableModel(RecordTableModel[Partner]):
    COL_NAME = 0
    COL_NAME_ZH = 1
    COL_ROLE = 2
    COL_COHORT = 3
    COL_SINCE = 4
    CONTEXT = "PartnerTableModel"
    HEADERS = (
        QT_TRANSLATE_NOOP("PartnerTableModel", "Name"),
        QT_TRANSLATE_NOOP("PartnerTableModel", "Chinese name"),
        QT_TRANSLATE_NOOP("PartnerTableModel", "Role"),
        QT_TRANSLATE_NOOP("PartnerTableModel", "Cohort"),
        QT_TRANSLATE_NOOP("PartnerTableModel", "Partner since"),
    )
    EXTRA_ROLES = frozenset({Qt.ItemDataRole.ToolTipRole.value, RefRole, AccentRole})

    def __init__(self, content: Content | None = None, parent: Any = None) -> None:
        super().__init__(parent)
        self._cohort_labels: dict[str, str] = {}
        self._rows: dict[str, int] | None = None
        if content is not None:
            self.set_content(content)

    def set_content(self, content: Content) -> None:
        self.beginResetModel()
        self._set_records(content.partners)
        self._cohort_labels = {c.id: local(c.short_label or c.label) for c in content.cohorts}
        self._rows = None
        self.endResetModel()

    def partner(self, row: int) -> Partner:
        return self._records[row]

    def row_of(self, partner_id: str) -> int:
        if self._rows is None:
            self._rows = {p.id: i for i, p in enumerate(self._records)}
        return self._rows.get(partner_id, -1)

    # --- whole columns, for TableFilterProxyModel -------------------------------------
    def _make_search_texts(self) -> list[str]:
        """Name, Chinese name and roles (in both languages) of each partner, folded once
        (not per keystroke)."""
        return [
            " ".join((p.name, p.name_zh, *(t for r in p.roles for t in r.text.texts))).casefold()
            for p in self._records
        ]

    def _make_categories(self) -> list[str | None]:
        """The cohort of each partner."""
        return [p.cohort for p in self._records]

    def _make_sort_keys(self, column: int) -> list[Any]:
        if column == self.COL_SINCE:
            # Founding partners (no date) first; a stable sort keeps the bundle's order.
            return [p.partner_since or "" for p in self._records]
        return super()._make_sort_keys(column)

    # --- cells -------------------------------------------------------------------------
    def _sort_value(self, partner: Partner, row: int, column: int) -> Any:
        if column == self.COL_SINCE:
            # Founding partners (no date) sort first; ties keep the bundle's order.
            return f"{partner.partner_since or '0000'}#{row:09d}"
        return self._display(partner, column)

    def _extra_data(self, partner: Partner, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == self.COL_ROLE:
                return tooltip_html("\n".join(local(r.text) for r in partner.roles))
            return None
        if role == RefRole:
            return f"partner:{partner.id}"
        if role == AccentRole:
            return partner.cohort
        return None

    def _display(self, partner: Partner, column: int) -> str:
        if column == self.COL_NAME:
            return partner.name
        if column == self.COL_NAME_ZH:
            return partner.name_zh
        if column == self.COL_ROLE:
            return local(partner.roles[0].text)
        if column == self.COL_COHORT:
            return self._cohort_labels.get(partner.cohort, partner.cohort)
        if column == self.COL_SINCE:
            if partner.partner_since is None:
                return QCoreApplication.translate("PartnerTableModel", "Founding")
            return format_date_short(partner.partner_since, "zh" if is_chinese() else "en")
        return ""
