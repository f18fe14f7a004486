"""A row of buttons, one per citation: the keyboard-friendly way to open a fact's source."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QPushButton, QSizePolicy, QWidget

from ..content.safe_text import one_line
from ..content.schema import Citation
from ..content.text import distinct_by_label
from ..theming.resources import icon
from ..theming.theme import Theme
from .elided_button import ElidedButton
from .flow_layout import FlowLayout
from .widgets import button_text, plain_label


class CitationBar(QWidget):
    citation_activated = Signal(object)  # Citation

    def __init__(
        self,
        label_for: Callable[[Citation], str],
        icon_color: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._label_for = label_for
        self._icon_color = icon_color
        self._layout = FlowLayout(self, lead=True)
        self._caption: QLabel = plain_label(self.tr("Sources:"), "caption", wrap=False)
        self._caption.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self._layout.addWidget(self._caption)
        self._caption.setMinimumHeight(QPushButton("x").sizeHint().height())
        self._caption.setAlignment(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft)
        # Not a height-for-width widget: scroll areas size those at their narrowest, which
        # would stack every button on its own line. The bar sets its own minimum height
        # from its real width instead (resizeEvent).
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self._buttons: list[QPushButton] = []

    def minimumSizeHint(self) -> QSize:
        return QSize(self._caption.sizeHint().width(), self._caption.minimumHeight())

    def sizeHint(self) -> QSize:
        width = max(self.width(), 200)
        return QSize(width, self._layout.heightForWidth(width))

    def _fit_caption(self) -> None:
        """ "Sources:" on the middle line of its chips (it sat lower, centred on a plain
        button's height), and the quote icons as tall as the chips' text at every zoom."""
        if not self._buttons:
            return
        first = self._buttons[0]
        first.ensurePolished()
        side = max(12, round(first.fontMetrics().height() * 0.8))
        for button in self._buttons:
            if button.iconSize() != QSize(side, side):
                button.setIconSize(QSize(side, side))
        height = first.sizeHint().height()
        if self._caption.minimumHeight() != height:
            self._caption.setMinimumHeight(height)
            self._caption.setMaximumHeight(height)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._fit_caption()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        height = self._layout.heightForWidth(event.size().width())
        if height != self.minimumHeight():
            self.setMinimumHeight(height)

    def set_theme(self, theme: Theme) -> None:
        """Re-colour the buttons' icons (their text and frame follow the stylesheet)."""
        self._icon_color = theme.accent
        for button in self._buttons:
            button.setIcon(icon("citation", self._icon_color))

    @property
    def buttons(self) -> list[QPushButton]:
        return list(self._buttons)

    def set_citations(self, citations: tuple[Citation, ...]) -> None:
        for button in self._buttons:
            self._layout.removeWidget(button)
            button.deleteLater()
        self._buttons = []
        for i, citation in enumerate(distinct_by_label(citations, self._label_for)):
            label = self._label_for(citation)
            # Shortens to fit: a long source name in a narrow panel ("澎湃新闻（经…转述）")
            # would otherwise stick out of it.
            button = ElidedButton(button_text(label), self)
            button.setIcon(icon("citation", self._icon_color))
            button.setObjectName("citationButton")
            button.setAccessibleName(self.tr("Open source: %1").replace("%1", one_line(label)))
            button.setToolTip(self.tr("Show this source"))
            button.clicked.connect(lambda _=False, c=citation: self.citation_activated.emit(c))
            self._layout.insert_widget(1 + i, button)
            self._buttons.append(button)
        self._fit_caption()
        if not self.isWindow():
            self.setVisible(bool(citations))
        elif not citations:
            self.hide()  # stays hidden when a layout takes it in
        # A bar not placed yet is shown by the layout that takes it: showing it here
        # would open it as a window of its own, which takes the keyboard focus away.
