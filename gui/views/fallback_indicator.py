"""A small note in the window's corner: the bundle asked for was broken, so the app shows the
content that comes with it. Unobtrusive on purpose (a kiosk keeps running for visitors),
but never silent: the app does not pretend to show what it was asked to show."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QLabel, QWidget

from ..content.safe_text import tooltip_html

MARGIN = 8


class FallbackIndicator(QLabel):
    """A plain-text label floating over the bottom-right corner of `window`."""

    def __init__(self, window: QWidget, folder: str, problem_count: int) -> None:
        super().__init__(window)
        self.setObjectName("fallbackIndicator")
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setText(self.tr("Showing built-in content"))
        # The folder comes from the command line and may hold anything: escaped tooltip.
        self.setToolTip(
            tooltip_html(
                self.tr("%n problem(s) in %1; see the log.", "", problem_count).replace(
                    "%1", folder
                )
            )
        )
        self.setAccessibleName(self.text())
        # Never in the way of a visitor's touch or click.
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        font = self.font()
        font.setPointSizeF(font.pointSizeF() * 0.85)
        self.setFont(font)
        self.setStyleSheet(
            "#fallbackIndicator { background: rgba(0, 0, 0, 110); color: white;"
            " border-radius: 4px; padding: 2px 8px; }"
        )
        window.installEventFilter(self)
        self._place()
        self.show()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.parent() and event.type() in (QEvent.Type.Resize, QEvent.Type.Show):
            self._place()
        return False

    def _place(self) -> None:
        window = self.parentWidget()
        if window is None:
            return
        self.adjustSize()
        self.move(window.width() - self.width() - MARGIN, window.height() - self.height() - MARGIN)
        self.raise_()
