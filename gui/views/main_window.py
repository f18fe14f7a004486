"""The main window: section navigation on the left, the panes in a stack on the right."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QSize,
    Qt,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QMouseEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHBoxLayout,
    QLabel,
    QListView,
    QMainWindow,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from .. import __version__
from ..content import SECTIONS, Content, Target
from ..content.refs import KIND_ORDER
from ..content.safe_text import one_line
from ..content.schema import Citation
from ..desktop.i18n import content_language, is_chinese, pick
from ..models.section_list_model import SectionListModel, section_title
from ..theming import font_scale
from ..theming.resources import icon
from ..theming.theme import Theme
from .elided_label import ElidedLabel
from .focus_ring import NavigationDelegate
from .lazy_panes import LazyPanes, pane_class
from .navigation_history import NavigationHistory
from .pane import Pane, PaneContext
from .search_box import SearchBox

if TYPE_CHECKING:
    from ..content.search_index import SearchHit, SearchIndex

SIDEBAR_MIN_WIDTH = 220
# The company and title above the sections come from data: they widen the sidebar up to
# this (at 100 % zoom, scaled with it) and are shortened with "…" beyond it. A section
# name (ours, in every language) always fits.
SIDEBAR_MAX_WIDTH = 300
# Small enough for a 1024×600 netbook panel and an 800×600 screen: every pane lays itself
# out to fit (the roster drops columns, the details go below it) instead of asking more.
WINDOW_MIN_SIZE = QSize(800, 600)
NAV_ICON = 20  # the section icons' side at 100 % zoom
SIDEBAR_LIST_PADDING = 4  # the navigation list's horizontal padding (10_navigation.qss)


def _with_fallback(standard: QKeySequence.StandardKey, fallback: str) -> list[QKeySequence]:
    """The platform's keys for an action plus ours, without duplicates: a key bound twice
    is an ambiguous shortcut, and Qt then triggers neither."""
    unique: dict[str, QKeySequence] = {}
    for key in [*QKeySequence.keyBindings(standard), QKeySequence(fallback)]:
        unique.setdefault(key.toString(QKeySequence.SequenceFormat.PortableText), key)
    return list(unique.values())


class _HistoryMouseButtons(QObject):
    """The mouse's back and forward (side) buttons walk the history wherever the pointer
    is in the window, as in a browser. Installed on the window's QWindow, which gets every
    press before the widgets do: the lists, tables and cards under the pointer would
    otherwise take it for themselves. (An application-wide filter would run Python for
    every event of every object, which doubled the cost of building the window.)"""

    _PRESSES = (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonDblClick)

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() not in self._PRESSES or not isinstance(event, QMouseEvent):
            return False
        button = event.button()
        if button == Qt.MouseButton.BackButton:
            action = self._window.back_action
        elif button == Qt.MouseButton.ForwardButton:
            action = self._window.forward_action
        else:
            return False
        if action.isEnabled():
            action.trigger()
        return True


class MainWindow(QMainWindow):
    section_changed = Signal(str)
    # A pane was built (on first use) or all were rebuilt: controllers that hook into
    # panes re-hook on this.
    panes_rebuilt = Signal()
    theme_changed = Signal(object)  # Theme: menus and controllers re-colour their icons
    about_to_close = Signal(QCloseEvent)  # a controller (the kiosk) may ignore() the event
    content_changed = Signal()  # set_content() shows another bundle

    def __init__(self, content: Content, theme: Theme, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.content = content
        self.source_name = ""  # the bundle's file or folder name in the title; "" built-in
        self.theme = theme
        self.history = NavigationHistory()
        self.setObjectName("mainWindow")
        self.setWindowTitle(self._title())
        self.setMinimumSize(WINDOW_MIN_SIZE)
        self.resize(1280, 800)

        self.panes = LazyPanes(self._create_pane, self.panes_rebuilt.emit)
        self._central = QWidget()  # built first: the search panel drops down over it
        self._search_index: SearchIndex | None = None
        self.stack = QStackedWidget()
        self._build_panes()

        self.sections = SectionListModel(self)
        self.navigation = QListView()
        self.navigation.setObjectName("navigation")
        self.navigation.setModel(self.sections)
        self._navigation_delegate = NavigationDelegate(theme.accent, self.navigation)
        self.navigation.setItemDelegate(self._navigation_delegate)
        self.navigation.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.navigation.setIconSize(QSize(NAV_ICON, NAV_ICON))
        self.navigation.setAccessibleName(self.tr("Sections"))
        self.navigation.setSizeAdjustPolicy(QListView.SizeAdjustPolicy.AdjustToContents)
        self.navigation.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.navigation.selectionModel().currentChanged.connect(self._on_navigation_current_changed)

        side = QWidget()
        side.setObjectName("sidebar")
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.setSpacing(0)
        self.brand = ElidedLabel("brand")
        self.brand_sub = ElidedLabel("brandSub")
        side_layout.addWidget(self.brand)
        side_layout.addWidget(self.brand_sub)
        side_layout.addWidget(self._search_row())
        side_layout.addWidget(self.navigation, 1)
        self.sidebar = side

        central = self._central
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(side)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self._create_actions()
        self._retranslate_chrome()
        self.apply_icons()
        self._fit_icons()
        self._fit_sidebar()
        self._sidebar_refit = QTimer(self)
        self._sidebar_refit.setSingleShot(True)
        self._sidebar_refit.setInterval(0)
        self._sidebar_refit.timeout.connect(self._fit_sidebar)
        for part in (self.navigation, self.brand, self.brand_sub):
            part.installEventFilter(self)
        self.navigate("overview")
        self.setTabOrder(self.navigation, self.stack)

    def _title(self) -> str:
        b = self.content.bundle
        # One safe line; "[*]" is Qt's placeholder for a modified marker, "[*][*]" a literal.
        title = one_line(pick(b.title, b.title_zh)).replace("[*]", "[*][*]")
        if self.source_name:
            title += " · " + one_line(self.source_name).replace("[*]", "[*][*]")
        return self.tr("%1 — Strategy Viewer").replace("%1", title)

    def _search_row(self) -> QWidget:
        self.search_box = SearchBox(
            self._search, KIND_ORDER, self.theme, panel_parent=self._central
        )
        self.search_box.ref_chosen.connect(self.open_search_hit)
        row = QWidget()
        row.setObjectName("searchRow")
        row_layout = QVBoxLayout(row)
        row_layout.setContentsMargins(12, 4, 12, 8)
        row_layout.addWidget(self.search_box)
        return row

    def search_index(self) -> SearchIndex:
        """Built on first use, not at start-up: the first paint should not wait for it
        (nor for its module, imported here)."""
        if self._search_index is None:
            from ..content.search_index import SearchIndex

            self._search_index = SearchIndex.build(self.content)
        return self._search_index

    def _search(self, query: str) -> list[SearchHit]:
        return self.search_index().search(query, language=content_language())

    def _build_panes(self) -> None:
        """Replace every pane by an empty place in the stack; each pane is built from the
        content when first shown or asked for (`self.panes[name]`).

        Panes lay out their text once, in the current language and theme; rebuilding them
        is simpler and more reliable than re-wording every label in place, and lazily only
        the ones a visitor looks at are rebuilt. The first paint waits for one pane only.
        """
        while (old := self.stack.widget(0)) is not None:
            self.stack.removeWidget(old)
            old.deleteLater()
        for name in SECTIONS:
            placeholder = QWidget()
            placeholder.setObjectName(f"{name}Placeholder")
            self.stack.addWidget(placeholder)
        self._context = PaneContext(self.content, self.theme)
        self.panes = LazyPanes(self._create_pane, self.panes_rebuilt.emit)

    def _create_pane(self, name: str) -> Pane:
        pane = pane_class(name)(self._context)
        pane.setObjectName(f"{name}Pane")
        pane.setAccessibleName(section_title(name))
        pane.citation_activated.connect(self.show_citation)
        pane.ref_activated.connect(self.open_ref)
        row = SECTIONS.index(name)
        placeholder = self.stack.widget(row)
        assert placeholder is not None, "the stack holds a place for every section"
        current = self.stack.currentIndex() == row
        self.stack.insertWidget(row, pane)
        self.stack.removeWidget(placeholder)
        placeholder.deleteLater()
        if current:
            self.stack.setCurrentIndex(row)
        return pane

    def rebuild_panes(self) -> None:
        """Rebuild the panes (new language or theme) and come back to where the user was."""
        shown = self.panes.built().get(self.current_section())
        # The item chosen in the pane (a partner selected in the roster) if any: choosing
        # is not a move in history.
        chosen = shown.current_ref() if shown is not None else None
        where = chosen or self.history.current or self.current_section()
        self._build_panes()
        self.show_section("overview")
        target = self.content.resolve(where)
        if target is not None:
            self._show_target(target)
        self.panes_rebuilt.emit()

    def set_content(self, content: Content, source_name: str = "") -> None:
        """Show another bundle (opened, reloaded, swapped in by the kiosk): the panes are
        rebuilt over it, and the user stays on the selected item, else the section, as far
        as the new content still has it. The one way content changes after start-up.
        The same content again only renames it (the start-up names the bundle it opened)."""
        if content is self.content:
            self.source_name = source_name
            self._retranslate_chrome()
            self.content_changed.emit()
            return
        section = self.current_section()
        selected = getattr(self.panes.built().get(section), "selected_partner_id", lambda: None)()
        places = [f"partner:{selected}" if selected else "", self.history.current or "", section]
        self.content = content
        self.source_name = source_name
        self._search_index = None  # built again, over the new content, on the next search
        self.search_box.reset()
        self._retranslate_chrome()
        self._build_panes()
        self.show_section("overview")
        for place in filter(None, places):
            target = content.resolve(place)
            if target is not None and target.section == section and self._show_target(target):
                break
        self.panes_rebuilt.emit()
        self.content_changed.emit()

    def _retranslate_chrome(self) -> None:
        b = self.content.bundle
        self.setWindowTitle(self._title())
        self.brand.setText(pick(b.company, b.company_zh))
        self.brand_sub.setText(b.title if is_chinese() else (b.title_zh or ""))
        self.navigation.setAccessibleName(self.tr("Sections"))
        self.sections.retranslate()
        for name, action in zip(SECTIONS, self.section_actions, strict=True):
            action.setText(section_title(name))
        self.back_action.setText(self.tr("Back"))
        self.forward_action.setText(self.tr("Forward"))
        self.quit_action.setText(self.tr("&Quit"))
        self.copy_action.setText(self.tr("&Copy"))
        self.search_action.setText(self.tr("&Search…"))
        self.search_box.retranslate()

    def retranslate(self) -> None:
        self._retranslate_chrome()
        self.rebuild_panes()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self._fit_sidebar()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # The sidebar's text changes size with the zoom, through the application font and
        # the stylesheet's point sizes: refit when any of it gets a new font.
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange) and watched in (
            self.navigation,
            self.brand,
            self.brand_sub,
        ):
            self._fit_icons()
            self._fit_sidebar()
            # Once more when every part has taken its change: this filter sees the event
            # before the label does, and a label's size hint is the old one until then
            # (the brand line was cut at 200 % when its own change came last).
            self._sidebar_refit.start()
        return super().eventFilter(watched, event)

    def _fit_icons(self) -> None:
        """Section icons grow and shrink with the zoom (the kiosk's larger font too), so
        that they stay in proportion to their names."""
        side = round(NAV_ICON * font_scale.running_zoom())
        if self.navigation.iconSize() != QSize(side, side):
            self.navigation.setIconSize(QSize(side, side))

    def _fit_sidebar(self) -> None:
        """As wide as the longest section name needs (at least 220 px), so that a zoom or
        a language with longer words never cuts them off; the brand lines widen it up to
        SIDEBAR_MAX_WIDTH (a 300-character company name pushed the panes off screen)."""
        nav = self.navigation
        margins = nav.contentsMargins()
        frame = 2 * nav.frameWidth() + margins.left() + margins.right()
        sections = nav.sizeHintForColumn(0) + frame + 2 * SIDEBAR_LIST_PADDING
        brand = max(self.brand.sizeHint().width(), self.brand_sub.sizeHint().width())
        brand = min(brand, round(SIDEBAR_MAX_WIDTH * font_scale.running_zoom()))
        self.sidebar.setFixedWidth(max(SIDEBAR_MIN_WIDTH, sections, brand))

    # --- actions ------------------------------------------------------------------------
    def _create_actions(self) -> None:
        self.section_actions: list[QAction] = []
        for i, name in enumerate(SECTIONS):
            action = QAction(section_title(name), self)
            action.setShortcut(QKeySequence(f"Ctrl+{i + 1}"))
            action.triggered.connect(lambda _=False, n=name: self.navigate(n))
            self.addAction(action)
            self.section_actions.append(action)
        self.back_action = QAction(self.tr("Back"), self)
        self.back_action.setShortcuts(_with_fallback(QKeySequence.StandardKey.Back, "Alt+Left"))
        self.back_action.triggered.connect(self.go_back)
        self.forward_action = QAction(self.tr("Forward"), self)
        self.forward_action.setShortcuts(
            _with_fallback(QKeySequence.StandardKey.Forward, "Alt+Right")
        )
        self.forward_action.triggered.connect(self.go_forward)
        self.search_action = QAction(self.tr("&Search…"), self)
        self.search_action.setObjectName("searchAction")
        self.search_action.setShortcuts(_with_fallback(QKeySequence.StandardKey.Find, "Ctrl+K"))
        self.search_action.triggered.connect(self.search_box.focus)
        self.addAction(self.search_action)
        self.copy_action = QAction(self.tr("&Copy"), self)
        self.copy_action.setObjectName("copyAction")
        # Text fields with a selection claim Ctrl+C first (ShortcutOverride); this action
        # copies the selected fact or partner, with its sources, everywhere else.
        self.copy_action.setShortcuts(QKeySequence.keyBindings(QKeySequence.StandardKey.Copy))
        self.copy_action.triggered.connect(self.copy_selection)
        self.addAction(self.copy_action)
        self.quit_action = QAction(self.tr("&Quit"), self)
        self.quit_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Quit))
        self.quit_action.triggered.connect(self.close)
        for action in (self.back_action, self.forward_action, self.quit_action):
            self.addAction(action)
        self.history.changed.connect(self._update_history_actions)
        self._update_history_actions()
        self._history_buttons = _HistoryMouseButtons(self)

    def set_theme(self, theme: Theme) -> None:
        """Switch to `theme` in place, keeping every pane's state (filter, selection).

        The application's palette and stylesheet are set by gui.theming.styling.apply_theme; this
        re-colours what the window paints itself: icons, delegates, the diagram.
        """
        if theme == self.theme:
            return
        self.theme = theme
        self._context = replace(self._context, theme=theme)  # for panes built later
        self._navigation_delegate.accent = theme.accent
        self.apply_icons()
        for pane in self.panes.built().values():
            pane.set_theme(theme)
        self.theme_changed.emit(theme)

    def apply_icons(self) -> None:
        color = self.theme.text
        for row, name in enumerate(SECTIONS):
            self.section_actions[row].setIcon(icon(name, color))
        self.sections.set_icons({name: icon(name, color) for name in SECTIONS})
        self.back_action.setIcon(icon("back", color))
        self.forward_action.setIcon(icon("forward", color))

    @Slot()
    def _update_history_actions(self) -> None:
        self.back_action.setEnabled(self.history.can_go_back())
        self.forward_action.setEnabled(self.history.can_go_forward())

    # --- navigation ---------------------------------------------------------------------
    def current_section(self) -> str:
        return SECTIONS[self.stack.currentIndex()]

    def pane(self, name: str) -> Pane:
        return self.panes[name]

    def show_section(self, name: str) -> None:
        """Switch panes without touching history (history is the caller's business)."""
        row = SECTIONS.index(name)
        self.panes[name]  # built on first use
        if self.stack.currentIndex() != row:
            self.stack.setCurrentIndex(row)
        if self.navigation.currentIndex().row() != row:
            self.navigation.selectionModel().setCurrentIndex(
                self.sections.index(row), QItemSelectionModel.SelectionFlag.ClearAndSelect
            )
        self.section_changed.emit(name)

    @Slot(QModelIndex, QModelIndex)
    def _on_navigation_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid() and current.row() != self.stack.currentIndex():
            self.navigate(SECTIONS[current.row()])

    def navigate(self, name: str) -> None:
        """A user's move to a section: recorded in history."""
        self.show_section(name)
        self.history.push(name)

    @Slot(str)
    def open_ref(self, ref: str) -> bool:
        """Open what a reference names; False (and nothing changes) if it names nothing."""
        target = self.content.resolve(ref)
        if target is None:
            return False
        if not self._show_target(target):
            return False
        self.history.push(target.ref)
        return True

    @Slot(str, str)
    def open_search_hit(self, ref: str, snippet: str) -> bool:
        """Open a search result; where it is a section's own text (a programme's caveat,
        a strategy's note), scroll to the text that matched."""
        if not self.open_ref(ref):
            return False
        target = self.content.resolve(ref)
        if target is not None and (target.id is None or target.kind == "strategy"):
            self.panes[target.section].reveal_text(snippet)
        return True

    def _show_target(self, target: Target) -> bool:
        self.show_section(target.section)
        return self.panes[target.section].show_target(target)

    @Slot(object)
    def show_citation(self, citation: Citation) -> None:
        ref = f"source:{citation.source}"
        if citation.sentence:
            ref += f"#{citation.sentence}"
        self.open_ref(ref)

    @Slot()
    def go_back(self) -> None:
        ref = self.history.back()
        if ref is not None:
            self._reopen(ref)

    @Slot()
    def go_forward(self) -> None:
        ref = self.history.forward()
        if ref is not None:
            self._reopen(ref)

    def _reopen(self, ref: str) -> None:
        target = self.content.resolve(ref)
        if target is not None:
            self._show_target(target)

    @Slot()
    def copy_selection(self) -> bool:
        """Copy the current pane's selected item as plain text with its sources."""
        focus = QApplication.focusWidget()
        if isinstance(focus, QLabel) and focus.hasSelectedText():
            QApplication.clipboard().setText(focus.selectedText())
            return True
        text = self.panes[self.current_section()].copy_text()
        if text:
            QApplication.clipboard().setText(text)
        return bool(text)

    def reset_all_panes(self) -> None:
        """Forget a visitor's state everywhere: panes and the search field."""
        for pane in self.panes.built().values():  # one never built has nothing to forget
            pane.reset()
        self.search_box.reset()

    def all_panes_pristine(self) -> bool:
        return self.search_box.is_pristine() and all(
            p.is_pristine() for p in self.panes.built().values()
        )

    # --- events -------------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # The QWindow exists once shown, and is made anew when the window flags change
        # (the kiosk's frameless full screen): hook each one.
        handle = self.windowHandle()
        if handle is not None:
            handle.installEventFilter(self._history_buttons)

    def closeEvent(self, event: QCloseEvent) -> None:
        event.accept()
        self.about_to_close.emit(event)
        if event.isAccepted():
            super().closeEvent(event)

    def about_text(self) -> str:
        b = self.content.bundle
        return f"Strategy Viewer {__version__}\n{b.title} ({b.version})"
