"""The main window's menu bar and toolbar, with the usual shortcuts.

The window's own actions (sections, back, forward, quit) are reused, not duplicated; the
menu adds view actions (full screen, zoom) and help actions (About, Open log folder).
Keys follow the platform (QKeySequence standard keys) with the common PC keys as a
fallback, so F11 and Ctrl+= work everywhere.
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QEvent, QObject, QSize, Qt, QUrl, Slot, qVersion
from PySide6.QtGui import QAction, QActionGroup, QDesktopServices, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QMenu,
    QMenuBar,
    QMessageBox,
    QStyle,
    QToolBar,
)

from .. import __version__
from ..content.safe_text import display_text
from ..desktop.i18n import (
    LANGUAGES,
    current_language,
    date_text,
    follows_system,
    pick,
    source_label,
    source_publisher,
    translations,
)
from ..desktop.paths import log_dir
from ..theming import font_scale, spacing
from ..theming.resources import app_icon, icon
from ..theming.styling import set_font_scale
from .main_window import MainWindow, _with_fallback

log = logging.getLogger(__name__)


def _give_room(box: QMessageBox) -> None:
    """Margins and gaps from the spacing scale: Qt's box set its text against its top
    edge, the icon and the lines close together."""
    layout = box.layout()
    if layout is not None:
        m = spacing.XL
        spacing.apply(layout, (m, m, m, spacing.L), spacing.M)
    for name in ("qt_msgbox_label", "qt_msgbox_informativelabel"):
        label = box.findChild(QLabel, name)
        if label is not None:
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setMinimumWidth(round(380 * font_scale.running_zoom()))
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)


class MainMenu(QObject):
    """Builds and owns the menu bar, the toolbar and the actions only they offer."""

    def __init__(self, window: MainWindow, log_folder: Path | None = None) -> None:
        super().__init__(window)
        self.setObjectName("mainMenu")
        self.window = window
        self.log_folder = log_folder
        self._create_actions()
        self.menu_bar = self._build_menu_bar()
        self.tool_bar = self._build_tool_bar()
        self._retranslate()
        self.apply_icons()
        self._update_zoom_actions()
        window.installEventFilter(self)
        self.tool_bar.installEventFilter(self)
        self._fit_tool_bar_icons()

    # --- actions ------------------------------------------------------------------------
    def _action(self, name: str, keys: list[QKeySequence] | None = None) -> QAction:
        action = QAction(self.window)
        action.setObjectName(name)
        if keys:
            action.setShortcuts(keys)
        self.window.addAction(action)  # shortcuts work even with the menu bar hidden (kiosk)
        return action

    def _create_actions(self) -> None:
        self.full_screen_action = self._action(
            "fullScreenAction", _with_fallback(QKeySequence.StandardKey.FullScreen, "F11")
        )
        self.full_screen_action.setCheckable(True)
        self.full_screen_action.triggered.connect(self.set_full_screen)
        self.zoom_in_action = self._action(
            "zoomInAction", _with_fallback(QKeySequence.StandardKey.ZoomIn, "Ctrl+=")
        )
        self.zoom_in_action.triggered.connect(self.zoom_in)
        self.zoom_out_action = self._action(
            "zoomOutAction", _with_fallback(QKeySequence.StandardKey.ZoomOut, "Ctrl+-")
        )
        self.zoom_out_action.triggered.connect(self.zoom_out)
        self.zoom_reset_action = self._action("zoomResetAction", [QKeySequence("Ctrl+0")])
        self.zoom_reset_action.triggered.connect(self.zoom_reset)
        self.about_action = self._action("aboutAction")
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.about_action.triggered.connect(self.show_about)
        self.open_log_folder_action = self._action("openLogFolderAction")
        self.open_log_folder_action.triggered.connect(self.open_log_folder)
        self.window.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.language_group = QActionGroup(self)
        self.system_language_action = self._action("language-systemAction")
        self.system_language_action.setCheckable(True)
        self.system_language_action.triggered.connect(self.follow_system_language)
        self.language_group.addAction(self.system_language_action)
        self.language_actions: dict[str, QAction] = {}
        for code, own_name in LANGUAGES.items():
            action = self._action(f"language-{code}Action")
            action.setText(own_name)  # a language is listed in its own words, untranslated
            action.setCheckable(True)
            action.triggered.connect(lambda _=False, c=code: self.set_language(c))
            self.language_group.addAction(action)
            self.language_actions[code] = action
        self._update_checks()

    def _build_menu_bar(self) -> QMenuBar:
        w = self.window
        bar = w.menuBar()
        bar.setObjectName("mainMenuBar")
        self.file_menu = QMenu(bar)
        self.file_menu.addAction(w.quit_action)
        self.view_menu = QMenu(bar)
        self.view_menu.addActions(w.section_actions)
        self.view_menu.addSeparator()
        self.view_menu.addActions([self.zoom_in_action, self.zoom_out_action])
        self.view_menu.addAction(self.zoom_reset_action)
        self.view_menu.addSeparator()
        self.view_menu.addAction(self.full_screen_action)
        self.language_menu = self.view_menu.addMenu("")
        self.language_menu.setObjectName("languageMenu")
        self.language_menu.addAction(self.system_language_action)
        self.language_menu.addSeparator()
        self.language_menu.addActions(list(self.language_actions.values()))
        self.go_menu = QMenu(bar)
        self.go_menu.addActions([w.back_action, w.forward_action])
        self.go_menu.addSeparator()
        self.go_menu.addAction(w.search_action)
        self.help_menu = QMenu(bar)
        self.help_menu.addAction(self.open_log_folder_action)
        self.help_menu.addSeparator()
        self.help_menu.addAction(self.about_action)
        for menu, name in (
            (self.file_menu, "fileMenu"),
            (self.view_menu, "viewMenu"),
            (self.go_menu, "goMenu"),
            (self.help_menu, "helpMenu"),
        ):
            menu.setObjectName(name)
            bar.addMenu(menu)
        return bar

    def _build_tool_bar(self) -> QToolBar:
        w = self.window
        bar = QToolBar(w)
        bar.setObjectName("mainToolBar")  # saveState()/restoreState() need the name
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonFollowStyle)
        bar.addActions([w.back_action, w.forward_action])
        bar.addSeparator()
        # Search from the toolbar: the button takes the keyboard to the search field at
        # the top of the sidebar (there, it stays in kiosk mode, which has no toolbar).
        bar.addAction(w.search_action)
        bar.addSeparator()
        bar.addActions([self.zoom_out_action, self.zoom_reset_action, self.zoom_in_action])
        bar.addSeparator()
        bar.addAction(self.full_screen_action)
        w.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)
        self.view_menu.addSeparator()
        self.toggle_tool_bar_action = bar.toggleViewAction()
        self.toggle_tool_bar_action.setObjectName("toggleToolBarAction")
        self.view_menu.addAction(self.toggle_tool_bar_action)
        return bar

    def _retranslate(self) -> None:
        # Qt adds the display name to window titles that do not already end with it
        # (X11): it must be in the same language as the title.
        QGuiApplication.setApplicationDisplayName(self.tr("Strategy Viewer"))
        self.file_menu.setTitle(self.tr("&File"))
        self.view_menu.setTitle(self.tr("&View"))
        self.go_menu.setTitle(self.tr("&Go"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.tool_bar.setWindowTitle(self.tr("Toolbar"))
        self.toggle_tool_bar_action.setText(self.tr("Show Tool&bar"))
        self.full_screen_action.setText(self.tr("&Full Screen"))
        self.zoom_in_action.setText(self.tr("Zoom &In"))
        self.zoom_out_action.setText(self.tr("Zoom &Out"))
        self.zoom_reset_action.setText(self.tr("&Actual Size"))
        self.about_action.setText(self.tr("&About Strategy Viewer"))
        self.open_log_folder_action.setText(self.tr("Open &Log Folder"))
        self.language_menu.setTitle(self.tr("&Language"))
        self.system_language_action.setText(self.tr("&System Language"))

    def apply_icons(self) -> None:
        """(Re)colour the icons for the window's theme."""
        color = self.window.theme.text
        for action, name in (
            (self.full_screen_action, "fullscreen"),
            (self.window.search_action, "search"),
            (self.zoom_in_action, "zoom-in"),
            (self.zoom_out_action, "zoom-out"),
            (self.zoom_reset_action, "zoom-reset"),
            (self.about_action, "about"),
            (self.open_log_folder_action, "log-folder"),
        ):
            action.setIcon(icon(name, color))
        self.language_menu.setIcon(icon("language", color))

    def set_kiosk(self, kiosk: bool) -> None:
        """Kiosk mode: nothing may open another program or show the file system."""
        self.open_log_folder_action.setEnabled(not kiosk)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window:
            if event.type() == QEvent.Type.LanguageChange:
                self._retranslate()
                self._update_checks()
            elif event.type() == QEvent.Type.WindowStateChange:
                self.full_screen_action.setChecked(self.window.isFullScreen())
        elif watched is self.tool_bar and event.type() in (
            QEvent.Type.FontChange,
            QEvent.Type.StyleChange,
        ):
            self._fit_tool_bar_icons()
        return super().eventFilter(watched, event)

    def _fit_tool_bar_icons(self) -> None:
        """The toolbar's icons grow and shrink with the zoom, from the style's own size."""
        style = self.tool_bar.style()
        base = style.pixelMetric(QStyle.PixelMetric.PM_ToolBarIconSize, None, self.tool_bar)
        side = round(base * self.font_scale())
        if self.tool_bar.iconSize() != QSize(side, side):
            self.tool_bar.setIconSize(QSize(side, side))

    def _update_checks(self) -> None:
        if follows_system():
            self.system_language_action.setChecked(True)
        elif (action := self.language_actions.get(current_language())) is not None:
            action.setChecked(True)

    # --- view ---------------------------------------------------------------------------
    def set_language(self, code: str) -> None:
        if code != current_language() or follows_system():
            translations().switch(code)  # windows rebuild themselves on LanguageChange
        self._update_checks()

    @Slot()
    def follow_system_language(self) -> None:
        """The system's language, now and at the next start (the remembered choice is
        forgotten: gui.desktop.window_state)."""
        translations().follow_system()
        self._update_checks()

    @Slot(bool)
    def set_full_screen(self, on: bool) -> None:
        state = self.window.windowState()
        if on:
            self.window.setWindowState(state | Qt.WindowState.WindowFullScreen)
        else:
            self.window.setWindowState(state & ~Qt.WindowState.WindowFullScreen)
        self.full_screen_action.setChecked(on)

    def _app(self) -> QApplication:
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        return app

    def font_scale(self) -> float:
        return font_scale.current(self._app())

    def set_font_scale(self, scale: float) -> None:
        set_font_scale(self._app(), scale)
        self._update_zoom_actions()

    @Slot()
    def zoom_in(self) -> None:
        self.set_font_scale(font_scale.step(self.font_scale(), +1))

    @Slot()
    def zoom_out(self) -> None:
        self.set_font_scale(font_scale.step(self.font_scale(), -1))

    @Slot()
    def zoom_reset(self) -> None:
        self.set_font_scale(1.0)

    def _update_zoom_actions(self) -> None:
        scale = self.font_scale()
        self.zoom_in_action.setEnabled(scale < font_scale.MAX_SCALE)
        self.zoom_out_action.setEnabled(scale > font_scale.MIN_SCALE)
        self.zoom_reset_action.setEnabled(scale != 1.0)

    # --- help ---------------------------------------------------------------------------
    def about_text(self) -> str:
        """Plain text: the app and its version, what it is, and the content bundle's."""
        b = self.window.content.bundle
        return "\n".join(
            [
                self.tr("Strategy Viewer %1").replace("%1", __version__),
                self.tr("Browse a company's published strategy, partners and programme — offline."),
                "",
                self.tr("Content: %1").replace("%1", pick(b.title, b.title_zh)),
                self.tr("Data bundle: %1, version %2").replace("%1", b.id).replace("%2", b.version),
            ]
        )

    def about_credits(self) -> str:
        """Plain text: the licence, where the data comes from, and what the app is built on."""
        sources = len(self.window.content.sources)
        return "\n".join(
            [
                self.tr("Licence: %1").replace("%1", "MIT"),
                self.tr("Data sources: %1 published sources, listed under Show Details.").replace(
                    "%1", str(sources)
                ),
                "",
                self.tr(
                    "Built with Qt %1 and PySide6 %2 (LGPL-3.0), pydantic (MIT) and pypinyin "
                    "(MIT), on Python %3. Chinese text is set in Noto Sans CJK SC, under the "
                    "SIL Open Font License 1.1."
                )
                .replace("%1", qVersion())
                .replace("%2", pyside_version)
                .replace("%3", sys.version.split()[0]),
            ]
        )

    def about_sources(self) -> str:
        """Plain text: every source the content draws on, one a line."""
        lines = [self.tr("Sources:")]
        for source in self.window.content.sources:
            details = [source_publisher(source)]
            if source.date:
                details.append(date_text(source.date))
            lines.append(f"• {source_label(source)} ({', '.join(details)})")
        return "\n".join(lines)

    @Slot()
    def show_about(self) -> QMessageBox:
        """A window-modal About box (returned, so that tests and callers can close it):
        version and content, then licence, data sources and credits, with room around
        them.

        The sources go in the box's details, a scrolling text behind "Show Details…": a
        list as long as the bundle's would make the box taller than the screen.
        """
        box = QMessageBox(self.window)
        box.setObjectName("aboutBox")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.setWindowTitle(self.tr("About Strategy Viewer"))
        box.setIconPixmap(app_icon().pixmap(64, 64))
        box.setTextFormat(Qt.TextFormat.PlainText)  # content text is never markup
        box.setText(display_text(self.about_text()))  # no hidden characters from data
        box.setInformativeText(display_text(self.about_credits()))
        box.setDetailedText(display_text(self.about_sources()))  # always plain text
        box.setStandardButtons(QMessageBox.StandardButton.Close)
        _give_room(box)
        box.open()
        return box

    def log_dir(self) -> Path:
        return self.log_folder or log_dir()

    @Slot()
    def open_log_folder(self) -> bool:
        if not self.open_log_folder_action.isEnabled():
            return False
        folder = self.log_dir()
        folder.mkdir(parents=True, exist_ok=True)
        ok = QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))
        if not ok:
            log.warning("could not open the log folder %s", folder)
        return ok
