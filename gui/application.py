"""QApplication set-up: identity, style, theme; and the main window with its content."""

from __future__ import annotations

import sys
from dataclasses import dataclass

from PySide6.QtCore import QSettings
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from . import APP_ID, __version__
from .content import Content
from .documents.bundle_controller import BundleController
from .export.export_controller import ExportController
from .theming.fonts import register_fonts
from .theming.resources import app_icon
from .theming.styling import apply_theme
from .theming.theme import Theme
from .theming.theme_controller import ThemeController
from .views.main_menu import MainMenu
from .views.main_window import MainWindow


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
    # Fusion looks the same on every platform and honours our palette fully. (Text
    # fields with icons take gui.theming.zoom_style's Fusion, whose icons follow the zoom.)
    if app.style().name() != "fusion":
        app.setStyle("Fusion")
    app.setWindowIcon(app_icon())
    register_fonts(app)
    return app


@dataclass(frozen=True)
class MainUi:
    """The main window and the controllers and menus wired around it.

    The controllers are QObjects owned by the window (they go with it), but the window
    holds no reference to them: whoever needs one (the start-up, the kiosk, a test) is
    handed this object.
    """

    window: MainWindow
    menu: MainMenu
    themes: ThemeController
    export: ExportController
    documents: BundleController


def build_ui(
    content: Content, theme_name: str = "light", settings: QSettings | None = None
) -> MainUi:
    """The main window over `content` with its controllers and menus, wired with signals.
    `theme_name` is a theme or "system"; `settings` keep the recent bundles (None: a
    one-off run remembers nothing)."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    themes = ThemeController(lambda theme: apply_theme(app, theme), theme_name)
    window = MainWindow(content, themes.theme)
    themes.setParent(window)
    themes.theme_changed.connect(window.set_theme)
    export = ExportController(window)
    menu = MainMenu(window)
    menu.view_menu.addSeparator()
    themes.build_menu(menu.view_menu)
    first = menu.file_menu.actions()[0] if menu.file_menu.actions() else None
    export.add_to_menu(menu.file_menu, before=first)
    documents = BundleController(window, settings)
    documents.add_to_menu(menu.file_menu, before=menu.file_menu.actions()[0])

    def recolour_icons(theme: Theme) -> None:
        menu.apply_icons()
        themes.apply_icons(theme.text)
        export.apply_icons()

    window.theme_changed.connect(recolour_icons)
    recolour_icons(window.theme)
    return MainUi(window=window, menu=menu, themes=themes, export=export, documents=documents)


def create_main_window(content: Content, theme_name: str = "light") -> MainWindow:
    """`build_ui` for callers that need only the window."""
    return build_ui(content, theme_name).window
