"""A roster beside its details, sharing the room 3:2 until the user says otherwise."""

from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QSplitter, QWidget


class RosterSplitter(QSplitter):
    """Gives the roster three fifths of the room and the details two, as the window
    grows or shrinks, until the user drags the handle. (QSplitter alone starts from each
    side's size hint: a partner's long details squeezed the roster until its columns
    scrolled sideways.)"""

    def __init__(self, orientation: Qt.Orientation, parent: QWidget | None = None) -> None:
        super().__init__(orientation, parent)
        self.user_sized = False
        self.splitterMoved.connect(self._on_splitter_moved)

    @Slot(int, int)
    def _on_splitter_moved(self, _pos: int, _index: int) -> None:
        self.user_sized = True

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.balance()

    def balance(self) -> None:
        total = sum(self.sizes())
        if self.user_sized or self.count() != 2 or total <= 0:
            return
        first = total * 3 // 5
        self.setSizes([first, total - first])
