"""The programme's members as a table: one row per member, served on demand.

A large company may list 100,000 members: rows are made only as the view asks for them,
and the filter proxy gets whole columns (`search_texts`, `categories`, `sort_keys`) made
once on first use.
"""

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
from gui.content.safe_text import one_line
from gui.content.schema import Batch, ProgrammeMember
from gui.content.text import format_date_short
from gui.i18n import is_chinese
from gui.models.roles import AccentRole, CitationsRole, ItemRole, SearchTextRole, SortRole
from gui.models.section_list_model import QT_TRANSLATE_NOOP

_Index = QModelIndex | QPersistentModelIndex


class MemberTableModel(QAbstractTableModel):
    COL_NAME = 0
    COL_NAME_ZH = 1
    COL_ROLE = 2
    COL_BATCH = 3
    HEADERS = (
        QT_TRANSLATE_NOOP("MemberTableModel", "Name"),
        QT_TRANSLATE_NOOP("MemberTableModel", "Chinese name"),
        QT_TRANSLATE_NOOP("MemberTableModel", "Role"),
        QT_TRANSLATE_NOOP("MemberTableModel", "Grant"),
    )

    def __init__(self, content: Content | None = None, parent: Any = None) -> None:
        super().__init__(parent)
        self._members: tuple[ProgrammeMember, ...] = ()
        self._batches: dict[str, Batch] = {}
        self._search_texts: list[str] | None = None
        self._categories: list[str | None] | None = None
        self._sort_keys: dict[int, list[Any]] = {}
        if content is not None:
            self.set_content(content)

    def set_content(self, content: Content) -> None:
        self.beginResetModel()
        self._members = content.programme.members
        self._batches = {b.id: b for b in content.programme.batches}
        self._search_texts = None
        self._categories = None
        self._sort_keys = {}
        self.endResetModel()

    def member(self, row: int) -> ProgrammeMember:
        return self._members[row]

    def row_of(self, member_id: str) -> int:
        """The row of a member; -1 if none. A scan (milliseconds at 100,000 members): it
        runs when a search result or a link opens a member, not per row or keystroke."""
        for row, member in enumerate(self._members):
            if member.id == member_id:
                return row
        return -1

    # --- whole columns, for TableFilterProxyModel -------------------------------------
    def search_texts(self) -> list[str]:
        """Name, Chinese name and role of each member, folded once."""
        if self._search_texts is None:
            self._search_texts = [
                f"{m.name} {m.name_zh or ''} {m.role or ''}".casefold() for m in self._members
            ]
        return self._search_texts

    def categories(self) -> list[str | None]:
        """The batch of each member."""
        if self._categories is None:
            self._categories = [m.batch for m in self._members]
        return self._categories

    def sort_keys(self, column: int) -> list[Any]:
        keys = self._sort_keys.get(column)
        if keys is None:
            if column == self.COL_BATCH:
                # By grant date; members of no batch last.
                dates = {b.id: b.date for b in self._batches.values()}
                keys = [dates.get(m.batch or "", "9999") for m in self._members]
            else:
                keys = [self._display(m, column).casefold() for m in self._members]
            self._sort_keys[column] = keys
        return keys

    # --- QAbstractTableModel -----------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._members)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal
        if horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(self.HEADERS):
            return QCoreApplication.translate("MemberTableModel", self.HEADERS[section])
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._members):
            return None
        member = self._members[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return one_line(self._display(member, column))
        if role == SortRole:
            return self.sort_keys(column)[index.row()]
        if role == ItemRole:
            return member
        if role == CitationsRole:
            return member.citations
        if role == AccentRole:
            return member.batch
        if role == SearchTextRole:
            return self.search_texts()[index.row()]
        return None

    def _display(self, member: ProgrammeMember, column: int) -> str:
        if column == self.COL_NAME:
            return member.name
        if column == self.COL_NAME_ZH:
            return member.name_zh or ""
        if column == self.COL_ROLE:
            return member.role or ""
        if column == self.COL_BATCH:
            batch = self._batches.get(member.batch or "")
            if batch is None:
                return ""
            date = format_date_short(batch.date, "zh" if is_chinese() else "en")
            return f"{batch.title} ({date})"
        return ""
