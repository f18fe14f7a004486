"""QApplication set-up: identity, style, theme; and the main window with its content."""

from __future__ import annotations

import sys

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMenu

from gui import APP_ID, __version__
from gui.content import Content
from gui.export.export_controller import ExportController
from gui.theming import font_scale
from gui.theming.fonts import register_fonts
from gui.theming.resources import app_icon
from gui.theming.theme import THEMES, Theme, stylesheet
from gui.theming.theme_controller import ThemeController
from gui.views.main_menu import MainMenu
from gui.views.main_window import MainWindow


def set_identity() -> None:
    """Names first: QSettings and the desktop shell derive paths and matching from them.

    The application name is the binary's name: X11 window managers match the window to
    its menu entry by WM_CLASS (= applicationName, the .desktop file's StartupWMClass) and
    Wayland by the desktop file name; people see the display name.
    """
    QApplication.setOrganizationName("StrategyViewer")
    QApplication.setOrganizationDomain("strategyviewer.github.io")
    QApplication.setApplicationName("strategy-viewer")
    QGuiApplication.setApplicationDisplayName("Strategy Viewer")
    QApplication.setApplicationVersion(__version__)
    QGuiApplication.setDesktopFileName(APP_ID)


def create_application(argv: list[str] | None = None) -> QApplication:
    set_identity()
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(argv or sys.argv[:1])
    # Fusion looks the same on every platform and honours our palette fully.
    app.setStyle("Fusion")
    app.setWindowIcon(app_icon())
    register_fonts(app)
    return app


_THEME = "strategyViewerTheme"


def apply_theme(app: QApplication, theme: Theme) -> None:
    """Palette and stylesheet of `theme`, at the current font scale."""
    app.setProperty(_THEME, theme.name)
    app.setPalette(theme.palette())
    sheet = stylesheet(theme, font_scale.current(app))
    if app.styleSheet() != sheet:  # re-polishing every widget is not free
        app.setStyleSheet(sheet)


def set_font_scale(app: QApplication, scale: float) -> float:
    """Zoom the whole interface (clamped to 75–200 %); returns the scale applied."""
    scale = font_scale.apply_to_font(app, scale)
    name = app.property(_THEME)
    apply_theme(app, THEMES[name] if name in THEMES else THEMES["light"])
    return scale


def create_main_window(content: Content, theme_name: str = "light") -> MainWindow:
    """The main window with its controllers. `theme_name` is a theme or "system"."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    themes = ThemeController(lambda theme: apply_theme(app, theme), theme_name)
    window = MainWindow(content, themes.theme)
    themes.setParent(window)
    themes.theme_changed.connect(window.set_theme)
    window.theme_controller = themes
    window.export_controller = ExportController(window)
    menu = MainMenu(window)
    window.theme_changed.connect(menu.apply_icons)
    add_window_menus(window)
    return window


def add_window_menus(window: MainWindow) -> None:
    """Theme and print/export entries in the window's View and File menus, where they
    exist (the kiosk has none; the actions' shortcuts work either way)."""
    view_menu = window.findChild(QMenu, "viewMenu")
    if view_menu is not None and window.theme_controller is not None:
        view_menu.addSeparator()
        window.theme_controller.build_menu(view_menu)
    file_menu = window.findChild(QMenu, "fileMenu")
    if file_menu is not None and window.export_controller is not None:
        first = file_menu.actions()[0] if file_menu.actions() else None
        window.export_controller.add_to_menu(file_menu, before=first)
    window.theme_changed.connect(lambda theme: _recolour_menu_icons(window, theme))
    _recolour_menu_icons(window, window.theme)


def _recolour_menu_icons(window: MainWindow, theme: Theme) -> None:
    if window.theme_controller is not None:
        window.theme_controller.apply_icons(theme.text)
    if window.export_controller is not None:
        window.export_controller.apply_icons()
