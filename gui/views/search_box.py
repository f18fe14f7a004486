"""Global search: a field for the toolbar and a results panel that drops down under it.

The panel is a child of the window, not a popup window: the field keeps the keyboard
(typing goes on while results update), and a kiosk gets no extra top-level window.
Up/Down move through the results from the field; Enter opens one; Escape closes.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPoint, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QLineEdit,
    QStyleOptionViewItem,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from ..models.roles import RefRole, SubtitleRole
from ..models.search_result_model import Hit, SearchResultModel
from ..theming.resources import icon
from ..theming.theme import Theme
from ..theming.zoom_style import use_zoom_style
from .search_result_delegate import SearchResultDelegate
from .widgets import name_icon_buttons, plain_label

DEBOUNCE_MS = 60
PANEL_WIDTH = 520

SearchFunction = Callable[[str], Sequence[Hit]]


class SearchResultsPanel(QFrame):
    def __init__(self, theme: Theme, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("searchPanel")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        self.status = plain_label("", "caption")
        layout.addWidget(self.status)
        self.model = SearchResultModel(self)
        self.view = QTreeView()
        self.view.setObjectName("searchResults")
        self.view.setModel(self.model)
        self.view.setHeaderHidden(True)
        self.view.setRootIsDecorated(False)
        self.view.setItemsExpandable(False)
        self.view.setUniformRowHeights(False)
        self.view.setIndentation(0)
        self.view.setMouseTracking(True)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setItemDelegate(SearchResultDelegate(theme, self.view))
        self.view.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the field keeps the keyboard
        self.view.setAccessibleName(self.tr("Search results"))
        self.model.modelReset.connect(self.view.expandAll)
        layout.addWidget(self.view, 1)
        self.hide()

    def content_height(self) -> int:
        """The height that shows every result without scrolling."""
        rows = 0
        option = QStyleOptionViewItem()
        option.font = self.view.font()
        delegate = self.view.itemDelegate()
        for g in range(self.model.rowCount()):
            group = self.model.index(g, 0)
            rows += delegate.sizeHint(option, group).height()
            for r in range(self.model.rowCount(group)):
                rows += delegate.sizeHint(option, self.model.index(r, 0, group)).height()
        layout = self.layout()
        assert layout is not None, "the panel lays out its status and list"
        margins = layout.contentsMargins()
        return (
            self.status.sizeHint().height()
            + layout.spacing()
            + rows
            + margins.top()
            + margins.bottom()
            + 2 * self.frameWidth()
            + 4
        )


class SearchBox(QWidget):
    """The search field plus its results panel. Emits `ref_chosen` for the window to open."""

    ref_chosen = Signal(str, str)  # the hit's reference and its snippet (where it matched)

    def __init__(
        self,
        search: SearchFunction,
        kind_order: Sequence[str],
        theme: Theme,
        panel_parent: QWidget,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._search = search
        self._kind_order = tuple(kind_order)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.field = QLineEdit()
        self.field.setObjectName("searchField")
        self.field.setClearButtonEnabled(True)
        use_zoom_style(self.field)
        self._search_icon = self.field.addAction(
            icon("search", theme.text_muted), QLineEdit.ActionPosition.LeadingPosition
        )
        layout.addWidget(self.field)
        self.panel = SearchResultsPanel(theme, panel_parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.run_search)
        self.field.textChanged.connect(self._timer.start)
        self.field.returnPressed.connect(self.open_current)
        self.field.installEventFilter(self)
        self.panel.view.clicked.connect(self._on_result_clicked)
        self.retranslate()

    def retranslate(self) -> None:
        # The shortcut goes in the tooltip: in the placeholder it was cut off in longer
        # languages and at the kiosk's larger font, where there is no keyboard anyway.
        self.field.setPlaceholderText(self.tr("Search"))
        self.field.setAccessibleName(self.tr("Search"))
        self._search_icon.setText(self.tr("Search"))
        name_icon_buttons(self.field)
        self.field.setToolTip(
            self.tr(
                "Search everything (Ctrl+K): names in English, 中文 or pinyin, words, numbers, dates"  # noqa: E501 (one string for translators)
            )
        )

    # --- searching ----------------------------------------------------------------------
    @Slot()
    def run_search(self) -> None:
        query = self.field.text().strip()
        model = self.panel.model
        if not query:
            model.set_hits(())
            self.panel.status.setText(self.tr("Type a name, a word or a number."))
        else:
            model.set_hits(self._search(query), self._kind_order)
            count = model.hit_count()
            if count == 0:
                self.panel.status.setText(self.tr("No results for “%1”.").replace("%1", query))
            else:
                self.panel.status.setText(self.tr("%n result(s)", "", count))
                self.panel.view.setCurrentIndex(model.first_hit())
        self.show_panel()

    def set_query(self, text: str) -> None:
        """Type `text` into the field and search at once (used by --search)."""
        self.field.setText(text)
        self._timer.stop()
        self.run_search()

    def reset(self) -> None:
        """Forget the query and close the results (a kiosk's next visitor starts clean)."""
        self._timer.stop()
        self.field.clear()
        self._timer.stop()  # clear() restarted the debounce
        self.panel.model.set_hits(())
        self.hide_panel()

    def is_pristine(self) -> bool:
        return not self.field.text() and not self.panel.isVisible()

    def focus(self) -> None:
        self.field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.field.selectAll()
        if self.field.text():
            self.show_panel()

    # --- the panel ----------------------------------------------------------------------
    def show_panel(self) -> None:
        host = self.panel.parentWidget()
        assert host is not None
        width = min(PANEL_WIDTH, host.width() - 16)
        below = self.field.mapTo(host, QPoint(0, self.field.height() + 4))
        x = min(max(8, below.x() + self.field.width() - width), host.width() - width - 8)
        height = min(host.height() - below.y() - 16, self.panel.content_height())
        self.panel.setGeometry(x, below.y(), width, max(height, 60))
        self.panel.show()
        self.panel.raise_()

    def hide_panel(self) -> None:
        self.panel.hide()

    def _move(self, step: int) -> None:
        view, model = self.panel.view, self.panel.model
        rows: list[QModelIndex] = []
        for g in range(model.rowCount()):
            group = model.index(g, 0)
            rows.extend(model.index(r, 0, group) for r in range(model.rowCount(group)))
        if not rows:
            return
        current = view.currentIndex()
        position = next((i for i, r in enumerate(rows) if r == current), -1)
        target = rows[max(0, min(len(rows) - 1, position + step))]
        view.setCurrentIndex(target)
        view.scrollTo(target)

    @Slot()
    def open_current(self) -> None:
        if self._timer.isActive():  # Enter before the debounce fired: search first
            self._timer.stop()
            self.run_search()
        self._open(self.panel.view.currentIndex())

    @Slot(QModelIndex)
    def _on_result_clicked(self, index: QModelIndex) -> None:
        self._open(index)

    def _open(self, index: QModelIndex) -> None:
        ref = index.data(RefRole) if index.isValid() else None
        if ref:
            self.hide_panel()
            self.ref_chosen.emit(ref, index.data(SubtitleRole) or "")

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.field and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            key = event.key()
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up) and self.panel.isVisible():
                self._move(1 if key == Qt.Key.Key_Down else -1)
                return True
            if key == Qt.Key.Key_Escape and self.panel.isVisible():
                self.hide_panel()
                return True
        if watched is self.field and event.type() == QEvent.Type.FocusOut:
            # Let a click on a result land before the panel goes away.
            QTimer.singleShot(150, self._hide_if_unfocused)
        return super().eventFilter(watched, event)

    def _hide_if_unfocused(self) -> None:
        if not self.field.hasFocus():
            self.hide_panel()
