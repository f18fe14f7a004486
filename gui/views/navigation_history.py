"""Back/forward history of where the user has been, as reference strings. No widgets."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

MAX_ENTRIES = 200


class NavigationHistory(QObject):
    changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._entries: list[str] = []
        self._position = -1

    @property
    def current(self) -> str | None:
        return self._entries[self._position] if self._position >= 0 else None

    def push(self, ref: str) -> None:
        if ref == self.current:
            return
        # Going somewhere new after going back drops the old "forward" branch, as browsers do.
        del self._entries[self._position + 1 :]
        self._entries.append(ref)
        if len(self._entries) > MAX_ENTRIES:
            del self._entries[0]
        self._position = len(self._entries) - 1
        self.changed.emit()

    def can_go_back(self) -> bool:
        return self._position > 0

    def can_go_forward(self) -> bool:
        return self._position < len(self._entries) - 1

    def back(self) -> str | None:
        if not self.can_go_back():
            return None
        self._position -= 1
        self.changed.emit()
        return self.current

    def forward(self) -> str | None:
        if not self.can_go_forward():
            return None
        self._position += 1
        self.changed.emit()
        return self.current

    def clear(self, ref: str | None = None) -> None:
        self._entries = [ref] if ref else []
        self._position = len(self._entries) - 1
        self.changed.emit()
