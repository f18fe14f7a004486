"""The navigation list: one row per section of the app."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QIcon

from ..content import SECTIONS
from .roles import RefRole

_Index = QModelIndex | QPersistentModelIndex


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    return text


# Marked for translation here, translated in data() so a language switch takes effect live.
SECTION_TITLES: dict[str, str] = {
    "overview": QT_TRANSLATE_NOOP("SectionListModel", "Overview"),
    "strategy": QT_TRANSLATE_NOOP("SectionListModel", "Strategy"),
    "partners": QT_TRANSLATE_NOOP("SectionListModel", "Partners"),
    "programme": QT_TRANSLATE_NOOP("SectionListModel", "Programme"),
    "timeline": QT_TRANSLATE_NOOP("SectionListModel", "Timeline"),
    "sources": QT_TRANSLATE_NOOP("SectionListModel", "Sources"),
}


def section_title(section: str) -> str:
    return QCoreApplication.translate("SectionListModel", SECTION_TITLES[section])


class SectionListModel(QAbstractListModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._sections = SECTIONS
        self._icons: dict[str, QIcon] = {}

    def set_icons(self, icons: dict[str, QIcon]) -> None:
        """Icons are themed by the window; the model only hands them to views."""
        self._icons = dict(icons)
        self.retranslate()

    def section(self, row: int) -> str:
        return self._sections[row]

    def row_of(self, section: str) -> int:
        return self._sections.index(section)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._sections)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._sections):
            return None
        section = self._sections[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return section_title(section)
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{section_title(section)} (Ctrl+{index.row() + 1})"
        if role == Qt.ItemDataRole.DecorationRole:
            return self._icons.get(section)
        if role == RefRole:
            return section
        return None

    def retranslate(self) -> None:
        """Titles come from the translator; tell views they changed."""
        if self._sections:
            self.dataChanged.emit(self.index(0), self.index(len(self._sections) - 1))
