"""The application's look: palette and stylesheet of a theme, at the current zoom.

Everything that restyles the app goes through here (the theme controller, the zoom
actions, the kiosk's larger font, the remembered zoom), so a view never needs the
composition root to change how the app looks.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QProxyStyle

from . import font_scale
from .theme import THEMES, Theme, stylesheet
from .zoom_style import refit_field_icons

_THEME = "strategyViewerTheme"  # the app's dynamic property naming the theme shown


def apply_theme(app: QApplication, theme: Theme) -> None:
    """Palette and stylesheet of `theme`, at the current font scale."""
    app.setProperty(_THEME, theme.name)
    app.setPalette(theme.palette())
    sheet = stylesheet(theme, font_scale.current(app))
    if app.styleSheet() != sheet:  # re-polishing every widget is not free
        # Removed and set again, not replaced: Qt repolishes a replaced application
        # stylesheet once per widget *and ancestor* (QStyleSheetStyle::repolish walks
        # allWidgets() and recurses into each one's children), which took 330 ms for the
        # 330 widgets of all six panes; removing and setting it polishes each widget once
        # (QApplication::setStyle), 110 ms. Nothing is painted in between.
        app.setStyleSheet("")
        app.setStyleSheet(sheet)
        _restyle_own_styles(app)


def _restyle_own_styles(app: QApplication) -> None:
    """A widget with a style of its own (the text fields' zoom and touch styles) loses the
    application stylesheet when it is removed, and Qt does not give it back when it is set
    again: the field shrank to its bare size. Its style set anew is wrapped in the
    stylesheet again."""
    for widget in app.allWidgets():
        style = widget.style()
        if widget.testAttribute(Qt.WidgetAttribute.WA_SetStyle) and isinstance(style, QProxyStyle):
            widget.setStyle(style)


def set_font_scale(app: QApplication, scale: float) -> float:
    """Zoom the whole interface (clamped to 75–200 %); returns the scale applied."""
    scale = font_scale.apply_to_font(app, scale)
    name = app.property(_THEME)
    apply_theme(app, THEMES[name] if name in THEMES else THEMES["light"])
    refit_field_icons(app)
    return scale
