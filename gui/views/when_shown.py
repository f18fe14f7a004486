"""Layout work that waits until its widget can be seen.

A zoom, a theme or a language change reaches every widget of every pane, shown or not.
Laying out the hidden ones (wrapped text measured item by item, card heights, column
widths) was most of the time such a change took, for panes nobody was looking at.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtWidgets import QWidget


class LayoutWhenShown(QObject):
    """Runs `step` at once while `widget` is visible; while it is hidden, once, when it is
    next shown (before it is painted). Owned by the widget."""

    def __init__(self, widget: QWidget, step: Callable[[], object]) -> None:
        super().__init__(widget)
        self._widget = widget
        self._step = step
        self._pending = False
        widget.installEventFilter(self)

    @property
    def pending(self) -> bool:
        return self._pending

    def request(self) -> None:
        if self._widget.isVisible():
            self._pending = False
            self._step()
        else:
            self._pending = True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self._pending and watched is self._widget and event.type() == QEvent.Type.Show:
            self._pending = False
            self._step()
        return False


class RestyleWhenShown(QObject):
    """Holds a hidden widget's font and style changes until it is shown, then hands them
    on. For views that answer either by measuring every item (a list of wrapped text, a
    table whose rows fit their content): hidden, they measured each item three times per
    zoom (the old stylesheet removed, the font, the new stylesheet). Owned by the widget."""

    _HELD = (QEvent.Type.FontChange, QEvent.Type.StyleChange)

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)
        self._widget = widget
        self._held: list[QEvent.Type] = []
        self._handing_on = False
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is not self._widget or self._handing_on:
            return False
        kind = event.type()
        if kind in self._HELD and not self._widget.isVisible():
            if kind not in self._held:
                self._held.append(kind)
            return True
        if kind == QEvent.Type.Show and self._held:
            held, self._held = self._held, []
            self._handing_on = True
            try:
                for kind in held:
                    QCoreApplication.sendEvent(self._widget, QEvent(kind))
            finally:
                self._handing_on = False
        return False
