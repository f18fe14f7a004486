"""A one-line label for text from data that ends in "…" where it is wider than its room."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import QWidget

from ..content.safe_text import one_line, tooltip_html
from .widgets import PlainLabel


class ElidedLabel(PlainLabel):
    """Asks for its whole text but takes whatever width its layout gives it, painting the
    text shortened to fit. `text()` stays the whole text (screen readers, copies, tests);
    so does the tool tip, where it is cut."""

    def __init__(self, object_name: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(False)
        self.setIndent(0)
        if object_name:
            self.setObjectName(object_name)

    def setText(self, text: str) -> None:
        super().setText(text)
        self.setAccessibleName(one_line(self.text()))
        self._update_tooltip()

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        return QSize(self.fontMetrics().averageCharWidth() * 4, hint.height())

    def is_elided(self) -> bool:
        return self.fontMetrics().horizontalAdvance(self.text()) > self.contentsRect().width()

    def _update_tooltip(self) -> None:
        self.setToolTip(tooltip_html(self.text()) if self.is_elided() else "")

    def resizeEvent(self, event: object) -> None:
        super().resizeEvent(event)  # type: ignore[arg-type]
        self._update_tooltip()

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self.is_elided():
            super().paintEvent(event)
            return
        # The frame and background of the stylesheet, then the text, shortened.
        painter = QPainter(self)
        self.drawFrame(painter)
        rect = self.contentsRect()
        shown = self.fontMetrics().elidedText(
            self.text(), Qt.TextElideMode.ElideRight, rect.width()
        )
        self.style().drawItemText(
            painter,
            rect,
            int(self.alignment()),
            self.palette(),
            self.isEnabled(),
            shown,
            self.foregroundRole(),
        )
        painter.end()
