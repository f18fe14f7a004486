"""A row of controls that puts its second group under the first when it is too narrow.

A filter field beside a cohort chooser fits on one line at the usual size; in a longer
language, at 200 % zoom or in a small window it would have to cut its hint short. Going
to two lines keeps every control whole without making the page scroll sideways.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, QTimer
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QBoxLayout, QLayout, QLineEdit, QSizePolicy, QWidget

from ..theming import spacing


class HintSizedLineEdit(QLineEdit):
    """A text field that asks for room for its whole placeholder (its hint of what to
    type), its icons included, rather than Qt's fixed width of some 17 characters."""

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        text = self.placeholderText()
        if not text:
            return hint
        # Qt's own hint is ~17 "x" wide plus the frame, margins and side icons: keep
        # those, swap the text (and a cursor's width beside it).
        chrome = hint.width() - self.fontMetrics().horizontalAdvance("x") * 17
        width = self.fontMetrics().horizontalAdvance(text + " ") + max(chrome, 0)
        return QSize(max(hint.width(), width), hint.height())


class WrappingRow(QWidget):
    """`first`, `second` (and any more groups) side by side when all get their preferred
    width, else one under another. The first group gets twice the room of the second;
    more groups only their own."""

    def __init__(
        self, first: QLayout, second: QLayout, *more: QLayout, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._groups: list[QWidget] = []
        self._box = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        spacing.apply(self._box, gap=spacing.L)
        for stretch, group in ((2, first), (1, second), *((0, g) for g in more)):
            holder = QWidget(self)
            if spacing.steps_of(group) is None:
                spacing.apply(group, gap=spacing.S)
            holder.setLayout(group)
            self._box.addWidget(holder, stretch)
            self._groups.append(holder)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

    @property
    def wrapped(self) -> bool:
        return self._box.direction() == QBoxLayout.Direction.TopToBottom

    def _width_for_one_line(self) -> int:
        spacing = self._box.spacing() * (len(self._groups) - 1)
        return sum(g.sizeHint().width() for g in self._groups) + spacing

    def minimumSizeHint(self) -> QSize:
        # Narrower than one line is fine: the row wraps, so never make the page scroll.
        widest = max(g.minimumSizeHint().width() for g in self._groups)
        return QSize(widest, super().minimumSizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit(event.size().width())

    def _fit(self, width: int) -> None:
        one_line = width >= self._width_for_one_line()
        direction = (
            QBoxLayout.Direction.LeftToRight if one_line else QBoxLayout.Direction.TopToBottom
        )
        if self._box.direction() != direction:
            self._box.setDirection(direction)
            self.updateGeometry()  # the row's height changes

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            # The children get the new font after the row, in no set order: fit once they have.
            QTimer.singleShot(0, self, self.refit)

    def refit(self) -> None:
        """After the font or the texts changed (the preferred widths with them)."""
        self._fit(self.width())
