"""The programme's members as a table: one row per member, served on demand.

A large company may list 100,000 members: rows are made only as the view asks for them,
and the filter proxy gets whole columns (`search_texts`, `categories`, `sort_keys`) made
once on first use (see RecordTableModel).
"""

from __future__ import annotations

from typing import Any

from ..content import Content
from ..content.schema import Batch, ProgrammeMember
from ..content.text import format_date_short
from ..desktop.i18n import is_chinese, local
from ..models.roles import AccentRole
from ..models.section_list_model import QT_TRANSLATE_NOOP
from .record_table_model import RecordTableModel


class MemberTableModel(RecordTableModel[ProgrammeMember]):
    COL_NAME = 0
    COL_NAME_ZH = 1
    COL_ROLE = 2
    COL_BATCH = 3
    CONTEXT = "MemberTableModel"
    HEADERS = (
        QT_TRANSLATE_NOOP("MemberTableModel", "Name"),
        QT_TRANSLATE_NOOP("MemberTableModel", "Chinese name"),
        QT_TRANSLATE_NOOP("MemberTableModel", "Role"),
        QT_TRANSLATE_NOOP("MemberTableModel", "Grant"),
    )
    EXTRA_ROLES = frozenset({AccentRole})

    def __init__(self, content: Content | None = None, parent: Any = None) -> None:
        super().__init__(parent)
        self._batches: dict[str, Batch] = {}
        if content is not None:
            self.set_content(content)

    def set_content(self, content: Content) -> None:
        self.beginResetModel()
        self._set_records(content.programme.members)
        self._batches = {b.id: b for b in content.programme.batches}
        self.endResetModel()

    def member(self, row: int) -> ProgrammeMember:
        return self._records[row]

    def row_of(self, member_id: str) -> int:
        """The row of a member; -1 if none. A scan (milliseconds at 100,000 members): it
        runs when a search result or a link opens a member, not per row or keystroke."""
        for row, member in enumerate(self._records):
            if member.id == member_id:
                return row
        return -1

    # --- whole columns, for TableFilterProxyModel -------------------------------------
    def _make_search_texts(self) -> list[str]:
        """Name, Chinese name and role of each member, folded once."""
        return [f"{m.name} {m.name_zh or ''} {m.role or ''}".casefold() for m in self._records]

    def _make_categories(self) -> list[str | None]:
        """The batch of each member."""
        return [m.batch for m in self._records]

    def _make_sort_keys(self, column: int) -> list[Any]:
        if column == self.COL_BATCH:
            # By grant date; members of no batch last.
            dates = {b.id: b.date for b in self._batches.values()}
            return [dates.get(m.batch or "", "9999") for m in self._records]
        return super()._make_sort_keys(column)

    # --- cells -------------------------------------------------------------------------
    def _extra_data(self, member: ProgrammeMember, column: int, role: int) -> Any:
        if role == AccentRole:
            return member.batch
        return None

    def _display(self, member: ProgrammeMember, column: int) -> str:
        if column == self.COL_NAME:
            return member.name
        if column == self.COL_NAME_ZH:
            return member.name_zh or ""
        if column == self.COL_ROLE:
            return local(member.role)
        if column == self.COL_BATCH:
            batch = self._batches.get(member.batch or "")
            if batch is None:
                return ""
            date = format_date_short(batch.date, "zh" if is_chinese() else "en")
            return f"{local(batch.title)} ({date})"
        return ""
