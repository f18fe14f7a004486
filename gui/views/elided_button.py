"""A push button whose label shortens to fit, instead of cutting off or widening its panel."""

from __future__ import annotations

import math

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QFontMetricsF, QResizeEvent
from PySide6.QtWidgets import QPushButton, QSizePolicy, QStyle, QStyleOptionButton, QWidget

from ..content.safe_text import tooltip_html


class ElidedButton(QPushButton):
    """Shows as much of its label as fits, ending in "…" when the button is narrower than
    the label: a long title in a narrow panel, or any title at a large zoom. It asks for
    its whole label but accepts a few characters' width, so that a flowing row of links
    never makes its panel wider than the window. The full label is the tool tip.

    `&&` in the label is a literal ampersand, as in QPushButton.
    """

    MIN_CHARS = 10

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # Preferred, not QPushButton's Minimum: layouts may shrink it to minimumSizeHint.
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self._full = ""
        self.set_full_text(text)

    def full_text(self) -> str:
        return self._full

    def set_full_text(self, text: str) -> None:
        self._full = text
        self.setToolTip(tooltip_html(self._plain(text)))  # data: never markup
        self._elide()
        self.updateGeometry()

    @staticmethod
    def _plain(text: str) -> str:
        return text.replace("&&", "&")

    def _chrome(self) -> int:
        """The button's width beyond its label: frame, padding and icon, as the style
        adds them (QPushButton.sizeHint does the same for its whole label)."""
        option = QStyleOptionButton()
        self.initStyleOption(option)
        option.text = ""
        icon = 0 if self.icon().isNull() else self.iconSize().width() + 4
        height = super().sizeHint().height()
        size = self.style().sizeFromContents(
            QStyle.ContentsType.CT_PushButton, option, QSize(icon, height), self
        )
        return size.width() + 2  # a pixel either side: text is measured, not laid out

    def _text_width(self, text: str) -> int:
        return math.ceil(QFontMetricsF(self.font()).horizontalAdvance(text)) + 1

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        width = self._chrome() + self._text_width(self._plain(self._full))
        return QSize(max(width, hint.width()), hint.height())

    def minimumSizeHint(self) -> QSize:
        plain = self._plain(self._full)
        short = plain if len(plain) <= self.MIN_CHARS else plain[: self.MIN_CHARS] + "…"
        width = self._chrome() + self._text_width(short)
        return QSize(min(width, self.sizeHint().width()), super().minimumSizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        plain = self._plain(self._full)
        available = self.width() - self._chrome() if self.width() > 0 else 1 << 20
        shown = self.fontMetrics().elidedText(plain, Qt.TextElideMode.ElideRight, available)
        text = shown.replace("&", "&&")
        if text != self.text():
            super().setText(text)
