"""A push button whose label shortens to fit, instead of cutting off or widening its panel."""

from __future__ import annotations

import math

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QFontMetricsF, QPalette, QResizeEvent
from PySide6.QtWidgets import (
    QPushButton,
    QSizePolicy,
    QStyle,
    QStyleOptionButton,
    QStylePainter,
    QWidget,
)

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


class WrappingButton(ElidedButton):
    """A chip whose label wraps onto more lines instead of ending in "…": for labels
    that must be read whole ("16 August 2020 · Mobile × AIoT, nine partners, new
    entrepreneurs" in a narrow details panel). In a FlowLayout it takes the row's width
    and grows as tall as its lines."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def _elide(self) -> None:
        text = self._full
        if text != self.text():
            QPushButton.setText(self, text)

    def _label_rect(self, width: int) -> QRect:
        flags = int(Qt.TextFlag.TextWordWrap)
        return self.fontMetrics().boundingRect(
            QRect(0, 0, max(1, width - self._chrome()), 1 << 20),
            flags,
            self._plain(self._full),
        )

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        one_line = super().sizeHint().height()
        lines = self._label_rect(width).height()
        return max(one_line, one_line - self.fontMetrics().height() + lines)

    def paintEvent(self, event: object) -> None:
        option = QStyleOptionButton()
        self.initStyleOption(option)
        option.text = ""
        painter = QStylePainter(self)
        painter.drawControl(QStyle.ControlElement.CE_PushButton, option)
        chrome = self._chrome()
        rect = self.rect().adjusted(chrome // 2, 0, -(chrome - chrome // 2), 0)
        painter.setPen(self.palette().color(QPalette.ColorRole.ButtonText))
        flags = Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap
        painter.drawText(rect, int(flags), self._plain(self._full))
        painter.end()
