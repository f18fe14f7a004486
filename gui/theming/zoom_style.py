"""The text fields' style: Fusion, with the icons inside a field sized to the zoom.

Qt sizes the icons of a QLineEdit (a search field's magnifier, a filter's funnel, the
clear button) by the style's PM_LineEditIconSize, not by the font: at 200 % they stayed
at their 100 % size beside text twice as large.

Only the fields that show icons get this style (`use_zoom_style`): as the application's
style, it made every metric every widget asked for a call into Python, some four
thousand for one zoom step.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QApplication,
    QLineEdit,
    QProxyStyle,
    QStyle,
    QStyleFactory,
    QStyleOption,
    QWidget,
)

from . import font_scale

_ZOOMED = (QStyle.PixelMetric.PM_LineEditIconSize, QStyle.PixelMetric.PM_LineEditIconMargin)


class ZoomStyle(QProxyStyle):
    def __init__(self, base: str = "Fusion") -> None:
        super().__init__(QStyleFactory.create(base))

    def pixelMetric(
        self,
        metric: QStyle.PixelMetric,
        option: QStyleOption | None = None,
        widget: QWidget | None = None,
    ) -> int:
        value = super().pixelMetric(metric, option, widget)
        if metric in _ZOOMED:
            return round(value * font_scale.running_zoom())
        return value


_Style = TypeVar("_Style", bound=QProxyStyle)


def application_style(style_type: type[_Style], make: Callable[[], _Style]) -> _Style:
    """The one `style_type` of the application, made by `make` on first use and owned by
    the application: a text field given it may outlive any window or controller."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    style = app.findChild(style_type)
    if style is None:
        style = make()
        style.setParent(app)
    return style


def zoom_style() -> ZoomStyle:
    """The one ZoomStyle (see `application_style`)."""
    return application_style(ZoomStyle, ZoomStyle)


def use_zoom_style(edit: QLineEdit) -> None:
    """Give `edit` the style whose field icons follow the zoom."""
    edit.setStyle(zoom_style())


def refit_field_icons(app: QApplication) -> None:
    """Lay out every text field's icons again for a new zoom: the clear button is made
    anew at its new size, the others are placed again (as a resize does)."""
    for widget in app.allWidgets():
        if isinstance(widget, QLineEdit) and widget.isClearButtonEnabled():
            widget.setClearButtonEnabled(False)
            widget.setClearButtonEnabled(True)
        if isinstance(widget, QLineEdit):
            QApplication.sendEvent(widget, QResizeEvent(widget.size(), widget.size()))
