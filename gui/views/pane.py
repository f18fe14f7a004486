"""What every pane shares: a scrolling page, the signals that lead elsewhere, a reset."""

from __future__ import annotations

from dataclasses import dataclass, replace

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPoint,
    QSize,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtGui import QKeyEvent, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QLabel,
    QMenu,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ..content import Content, Target
from ..content.schema import Citation
from ..content.text import citation_parts, distinct_by_label
from ..desktop.i18n import content_language
from ..models.card import Card
from ..models.roles import CitationsRole, ItemRole
from ..theming import font_scale, spacing
from ..theming.theme import Theme
from .card_delegate import CardDelegate
from .card_grid_view import CardGridView
from .clipboard_text import card_text


@dataclass(frozen=True)
class PaneContext:
    content: Content
    theme: Theme

    def label_for(self, citation: Citation) -> str:
        """'Article ¶10' for a sentence of the article; the publisher for other sources."""
        kind, publisher, paragraph = citation_parts(self.content, citation, content_language())
        if paragraph is None:
            return publisher
        if kind == "article":
            text = QCoreApplication.translate("Citation", "Article ¶%1")
        else:
            text = QCoreApplication.translate("Citation", "%2 ¶%1").replace("%2", publisher)
        return text.replace("%1", str(paragraph))


# Below this viewport width (px at 100 % zoom) a page keeps narrower side margins.
NARROW_PANE = 720


class _Page(QWidget):
    """A pane's scrolling content.

    Its minimum height is left to height-for-width: a layout's plain minimum assumes every
    wrapped paragraph at its narrowest, and would make the page scroll for no reason.
    """

    def minimumSizeHint(self) -> QSize:
        layout = self.layout()
        return QSize(layout.minimumSize().width() if layout else 0, 0)


class Pane(QScrollArea):
    """A section of the app. Subclasses fill `self.page_layout` and override the hooks."""

    citation_activated = Signal(object)  # Citation: open the Sources pane at it
    ref_activated = Signal(str)  # a reference ("partner:lu-weibing") to open

    def __init__(self, context: PaneContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # A page, not a control: Tab goes to its first control, which shows the focus (a
        # focused pane drew a ring round all of it). Page Up/Down and the arrows a control
        # leaves unused still scroll the page: key events go on to the parent.
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        # The viewport shows the window's background through it instead of filling its own
        # (the same colour): a filled viewport is "opaque" to Qt's repaint manager, which
        # then painted a newly shown pane twice in one frame, once from the viewport and
        # once more for the page and controls inside it.
        self.viewport().setAutoFillBackground(False)
        page = _Page()
        page.setObjectName("page")
        self.page_layout = QVBoxLayout(page)
        spacing.apply(
            self.page_layout, (spacing.XXL, spacing.XL, spacing.XXL, spacing.XXL), spacing.L
        )
        self.setWidget(page)
        # On a wide screen the content is a column, centred (running text has its own,
        # narrower measure: gui.views.widgets.PlainLabel).
        self.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self._fit_column()

    # The content column's width at 100 % zoom; the roster's pane takes a wider one.
    COLUMN_WIDTH = spacing.COLUMN_WIDTH

    def _fit_column(self) -> None:
        """The page's margins and its width for the viewport and the zoom: a column at
        most COLUMN_WIDTH wide (scaled with the zoom), centred; narrower side margins
        where the pane is narrow (a small window, or a large zoom)."""
        page = self.widget()
        if page is None:
            return
        zoom = font_scale.running_zoom()
        narrow = self.width() < NARROW_PANE * zoom
        side = spacing.L if narrow else spacing.XXL
        if spacing.steps_of(self.page_layout) != [side, spacing.XL, side, spacing.XXL, spacing.L]:
            spacing.apply(self.page_layout, (side, spacing.XL, side, spacing.XXL), spacing.L)
        margins = self.page_layout.contentsMargins()
        width = round(self.COLUMN_WIDTH * zoom) + margins.left() + margins.right()
        if page.maximumWidth() != width:
            page.setMaximumWidth(width)

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._fit_column()
        super().resizeEvent(event)

    def column_width(self) -> int:
        """The width the page's content gets: the viewport's, up to the column's."""
        page = self.widget()
        limit = page.maximumWidth() if page is not None else self.viewport().width()
        margins = self.page_layout.contentsMargins()
        return min(self.viewport().width(), limit) - margins.left() - margins.right()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            # A zoom: margins, gaps and the column grow and shrink with the text.
            spacing.rescale(self)
            self._fit_column()

    def card_grid(self, model: object, min_width: int = 300, style: str = "card") -> CardGridView:
        """A card list wired to this pane's signals (see `wire_cards`)."""
        view = CardGridView(min_width)
        delegate = CardDelegate(self.context.theme, self.context.label_for, view, style=style)
        delegate.citation_clicked.connect(self.citation_activated)
        view.setItemDelegate(delegate)
        view.setModel(model)
        self.wire_cards(view)
        return view

    # --- cards from the keyboard ----------------------------------------------------------
    def wire_cards(self, view: QAbstractItemView) -> None:
        """Make a list of cards work without a mouse: Enter or Space on the current card
        follows it (`_on_card_activated`); the context-menu key (or a right click) lists
        every source of the card, the keyboard's way to the source labels a mouse clicks."""
        view.activated.connect(self._on_card_activated)
        view.installEventFilter(self)
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        view.customContextMenuRequested.connect(lambda pos, v=view: self._on_card_menu(v, pos))

    @Slot(QModelIndex)
    def _on_card_activated(self, index: QModelIndex) -> None:
        """Enter or double-click on a card follows it: a quote to its speaker, an event to
        what it is about, a statement to its source."""
        card = index.data(ItemRole)
        if isinstance(card, Card) and card.target:
            self.ref_activated.emit(card.target)

    def _on_card_menu(self, view: QAbstractItemView, pos: QPoint) -> None:
        # A right click names its card; the menu key (pos outside any card) the current one.
        index = view.indexAt(pos)
        if not index.isValid():
            index = view.currentIndex()
            pos = view.visualRect(index).center()
        menu = self.card_menu(view, index)
        if menu is not None:
            menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            menu.popup(view.viewport().mapToGlobal(pos))

    def card_menu(self, view: QAbstractItemView, index: QModelIndex) -> QMenu | None:
        """A menu with one "Open source" entry per source of the card at `index`."""
        citations = index.data(CitationsRole) if index.isValid() else None
        if not citations:
            return None
        menu = QMenu(view)
        menu.setObjectName("cardMenu")
        label_for = self.context.label_for
        for citation in distinct_by_label(citations, label_for):
            action = menu.addAction(self.tr("Open source: %1").replace("%1", label_for(citation)))
            action.triggered.connect(lambda _=False, c=citation: self.citation_activated.emit(c))
        return menu

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Space follows a card as Enter does (item views would only select with it).
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Space
            and event.modifiers() == Qt.KeyboardModifier.NoModifier
            and isinstance(watched, QAbstractItemView)
            and watched.currentIndex().isValid()
        ):
            watched.activated.emit(watched.currentIndex())
            return True
        return super().eventFilter(watched, event)

    def copy_text(self) -> str:
        """The selected item as plain text with its sources, for Ctrl+C; '' if none."""
        # Card grids and the timeline's list alike; the one with the keyboard first (two
        # lists of a pane may each have a card selected).
        views = self.findChildren(QAbstractItemView)
        views.sort(key=lambda view: not view.hasFocus())
        for view in views:
            index = view.currentIndex()
            card = index.data(ItemRole) if index.isValid() else None
            if isinstance(card, Card) and view.selectionModel().isSelected(index):
                return card_text(self.context, card)
        return ""

    def set_theme(self, theme: Theme) -> None:
        """Re-colour what the pane paints itself (delegates, diagrams, icons).

        The palette and the stylesheet are the application's (gui.theming.styling.apply_theme); this
        hands the new theme to every part that keeps one, and repaints the item views.
        """
        self.context = replace(self.context, theme=theme)
        for child in self.findChildren(QObject):
            set_theme = getattr(child, "set_theme", None)
            if callable(set_theme):
                set_theme(theme)
        for view in self.findChildren(QAbstractItemView):
            view.viewport().update()

    def current_ref(self) -> str | None:
        """The reference of the item the visitor has chosen here (to come back to it when
        the pane is rebuilt), or None for the pane as a whole."""
        return None

    def show_target(self, target: Target) -> bool:
        """Reveal one item of this pane (a partner, an event...). False if not found."""
        return target.id is None

    def reveal_text(self, snippet: str) -> bool:
        """Scroll the page to the first text on it that shows `snippet` (a search match
        in the section's own text, not in one of its items); False if none does.

        `snippet` is a search hit's: part of one text, with "…" where it was cut.
        """
        needle = snippet.strip("…").strip()
        page = self.widget()
        if not needle or page is None:
            return False
        layout = page.layout()
        if layout is not None:
            layout.activate()  # a pane shown for the first time: its labels are placed
        for label in page.findChildren(QLabel):
            if not label.isHidden() and needle in " ".join(label.text().split()):
                self.ensureWidgetVisible(label, 0, 40)
                return True
        return False

    def reset(self) -> None:
        """Forget a visitor's state: selection, filters, scroll position."""
        self.verticalScrollBar().setValue(0)

    def is_pristine(self) -> bool:
        """True when nothing differs from a fresh start (used by the kiosk's idle reset)."""
        return self.verticalScrollBar().value() == 0
