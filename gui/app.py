"""QApplication set-up: identity, style, theme; and the main window with its content."""

from __future__ import annotations

import sys

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from gui import APP_ID, __version__
from gui.content import Content
from gui.fonts import register_fonts
from gui.resources import app_icon
from gui.theme import THEMES, Theme, stylesheet
from gui.views.main_window import MainWindow


def set_identity() -> None:
    """Names first: QSettings and the desktop shell derive paths and matching from them."""
    QApplication.setOrganizationName("StrategyViewer")
    QApplication.setOrganizationDomain("strategyviewer.github.io")
    QApplication.setApplicationName("Strategy Viewer")
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


def apply_theme(app: QApplication, theme: Theme) -> None:
    app.setPalette(theme.palette())
    sheet = stylesheet(theme)
    if app.styleSheet() != sheet:  # re-polishing every widget is not free
        app.setStyleSheet(sheet)


def create_main_window(content: Content, theme_name: str = "light") -> MainWindow:
    theme = THEMES[theme_name]
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    apply_theme(app, theme)
    return MainWindow(content, theme)
