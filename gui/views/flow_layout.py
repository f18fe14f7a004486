"""A layout that places widgets left to right and wraps them onto new lines, like words.

Citation buttons use it so that a narrow panel wraps them instead of clipping them.
Adapted from Qt's Flow Layout example.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QWidget

from ..theming import spacing


class FlowLayout(QLayout):
    def __init__(
        self, parent: QWidget | None = None, gap: int = spacing.S, lead: bool = False
    ) -> None:
        """`gap`: between items and lines, a step of the spacing scale (scaled with the
        zoom). `lead`: the first item is a caption ("Sources:") that must not stand alone
        on its line: the item after it shortens to stay beside it, where it can."""
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing = 0
        self._lead = lead
        self.setContentsMargins(QMargins(0, 0, 0, 0))
        spacing.apply(self, gap=gap)

    def spacing(self) -> int:
        return self._spacing

    def setSpacing(self, value: int) -> None:
        self._spacing = max(0, value)
        self.invalidate()

    def __del__(self) -> None:
        # Qt's layouts delete their items in their C++ destructors; this one keeps them in
        # Python, so it deletes them itself (once the layout is gone: the items it still
        # holds belong to no one else). Without this, every citation bar that is thrown
        # away leaves its items behind.
        for item in self._items:
            shiboken6.delete(item)
        self._items.clear()

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def insert_widget(self, index: int, widget: QWidget) -> None:
        self.addChildWidget(widget)
        self.addWidget(widget)
        # addWidget appended it; move it where it belongs.
        self._items.insert(index, self._items.pop())
        self.invalidate()

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._do_layout(QRect(0, 0, width, 0), test_only=True)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._do_layout(rect, test_only=False)

    def sizeHint(self) -> QSize:
        return self.minimumSize()

    def minimumSize(self) -> QSize:
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        m = self.contentsMargins()
        return size + QSize(m.left() + m.right(), m.top() + m.bottom())

    def _do_layout(self, rect: QRect, test_only: bool) -> int:
        m = self.contentsMargins()
        area = rect.adjusted(m.left(), m.top(), -m.right(), -m.bottom())
        x, y, line_height = area.x(), area.y(), 0
        shown = 0
        for item in self._items:
            if item.isEmpty():
                continue
            shown += 1
            hint = item.sizeHint()
            # An item wider than the row gets the row's width (an ElidedButton shortens
            # its label to fit) rather than sticking out of it.
            hint.setWidth(max(min(hint.width(), area.width()), item.minimumSize().width()))
            if item.hasHeightForWidth():  # a label that wraps (WrappingButton)
                hint.setHeight(max(hint.height(), item.heightForWidth(hint.width())))
            next_x = x + hint.width() + self._spacing
            remaining = area.right() + 1 - x
            if (
                self._lead
                and shown == 2
                and next_x - self._spacing > area.right() + 1
                and item.sizeHint().width() > area.width()  # it would be shortened anyway
                and remaining >= item.minimumSize().width()
            ):
                # Shortened on a line of its own too: shortened beside the caption instead,
                # rather than leaving the caption alone on its line.
                hint.setWidth(remaining)
                next_x = x + remaining + self._spacing
            if next_x - self._spacing > area.right() + 1 and line_height > 0:
                x = area.x()
                y += line_height + self._spacing
                next_x = x + hint.width() + self._spacing
                line_height = 0
            if not test_only:
                item.setGeometry(QRect(QPoint(x, y), hint))
            x = next_x
            line_height = max(line_height, hint.height())
        return y + line_height - rect.y() + m.bottom()
