"""A list view that lays cards out in equal columns and grows to show every card.

It does not scroll itself: it sits in its pane's scroll area with the pane's other parts,
so the whole page scrolls as one (nested scrolling is confusing, worst on a touch screen).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QResizeEvent, QWheelEvent
from PySide6.QtWidgets import QAbstractItemView, QListView, QSizePolicy, QWidget

from ..theming import font_scale
from .card_delegate import CardDelegate
from .when_shown import LayoutWhenShown

SPACING = 12


class CardGridView(QListView):
    def __init__(self, min_card_width: int = 300, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._min_card_width = min_card_width
        self._columns = 1
        self.card_size = QSize(min_card_width, 0)  # read by CardDelegate.sizeHint
        self._height = 0
        self.setViewMode(QListView.ViewMode.ListMode)
        self.setFlow(QListView.Flow.LeftToRight)
        self.setWrapping(True)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setMovement(QListView.Movement.Static)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setMouseTracking(True)
        self.setFrameShape(QListView.Shape.NoFrame)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setObjectName("cardGrid")
        self._relayout_when_shown = LayoutWhenShown(self, self.relayout)

    def setModel(self, model: object) -> None:
        super().setModel(model)  # type: ignore[arg-type]
        m = self.model()
        for signal in (m.modelReset, m.rowsInserted, m.rowsRemoved, m.layoutChanged, m.dataChanged):
            signal.connect(self._relayout_when_shown.request)
        self.relayout()

    def set_min_card_width(self, width: int) -> None:
        self._min_card_width = width
        self.relayout()

    def relayout(self, *_args: object) -> None:
        """Recompute columns and the uniform card size for the current width and font."""
        model = self.model()
        delegate = self.itemDelegate()
        # The widget's own width, not the viewport's: during a resize the viewport lags.
        width = self.contentsRect().width()
        count = model.rowCount() if model is not None else 0
        if count == 0 or not isinstance(delegate, CardDelegate) or width <= 0:
            self._set_height(0)
            return
        # The minimum grows with the zoom: larger text gets fewer, wider columns.
        min_width = round(self._min_card_width * self._zoom())
        columns = max(1, min(count, (width + SPACING) // (min_width + SPACING)))
        # Each grid cell is a card plus one spacing; all cells must fit in the width, with
        # a pixel to spare (QListView wraps a row that fills the width exactly).
        card_w = (width - 1) // columns - SPACING
        # Cards in one row share a height, so rows look tidy; each row is as tall as its
        # tallest card.
        heights = [
            delegate.height_for_width(model.index(r, 0), card_w, self.font()) for r in range(count)
        ]
        card_h = max(heights)
        self._columns = columns
        self.card_size = QSize(card_w, card_h)
        self.setGridSize(QSize(card_w + SPACING, card_h + SPACING))
        rows = -(-count // columns)
        self._set_height(rows * (card_h + SPACING))

    @staticmethod
    def _zoom() -> float:
        return font_scale.running_zoom()

    def _set_height(self, height: int) -> None:
        if height != self._height:
            self._height = height
            self.setFixedHeight(height)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.relayout()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        # A new font or style (zoom, theme, language) changes every card's height.
        if event.type() in (
            QEvent.Type.FontChange,
            QEvent.Type.StyleChange,
            QEvent.Type.LanguageChange,
        ):
            self._relayout_when_shown.request()

    def wheelEvent(self, event: QWheelEvent) -> None:
        # Nothing to scroll here: let the page's scroll area have the wheel.
        event.ignore()

    def sizeHint(self) -> QSize:
        return QSize(self._min_card_width, self._height)
