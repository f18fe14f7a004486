"""Touch support for the kiosk: kinetic scrolling everywhere a page scrolls, and the
kiosk's stylesheet with its larger touch targets.

No pinch-zoom: nothing grabs QPinchGesture, and the lock-down refuses native zoom gestures
and Ctrl+wheel.
"""

from __future__ import annotations

import re

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputDevice
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractScrollArea,
    QScroller,
    QTableView,
    QWidget,
)

from gui.kiosk.kiosk_config import KineticScrolling
from gui.paths import resources_dir
from gui.theme import Theme
from gui.views.card_delegate import CardDelegate

TOUCH_TARGET_PX = 44

_TOKEN = re.compile(r"\{\{(\w+)\}\}")
_FONT_SIZE = re.compile(r"(font-size:\s*)(\d+(?:\.\d+)?)pt")


def has_touch_screen() -> bool:
    return any(d.type() == QInputDevice.DeviceType.TouchScreen for d in QInputDevice.devices())


def gesture_for(mode: KineticScrolling) -> QScroller.ScrollerGestureType | None:
    """auto: touch events if a touch screen is present, else mouse drags (which also
    serves touch screens that present themselves as a mouse)."""
    if mode == "off":
        return None
    if mode == "touch" or (mode == "auto" and has_touch_screen()):
        return QScroller.ScrollerGestureType.TouchGesture
    return QScroller.ScrollerGestureType.LeftMouseButtonGesture


def scrolling_areas(root: QWidget) -> list[QAbstractScrollArea]:
    """Every scroll area under `root` that scrolls vertically. Card grids and the section
    list never scroll themselves (their page does), so a flick on them moves the page."""
    return [
        area
        for area in root.findChildren(QAbstractScrollArea)
        if area.verticalScrollBarPolicy() != Qt.ScrollBarPolicy.ScrollBarAlwaysOff
    ]


def grab_kinetic_scrolling(root: QWidget, mode: KineticScrolling = "auto") -> list[QWidget]:
    """Flick-to-scroll on every scrolling area under `root`; returns the viewports."""
    gesture = gesture_for(mode)
    if gesture is None:
        return []
    viewports = []
    for area in scrolling_areas(root):
        viewport = area.viewport()
        QScroller.grabGesture(viewport, gesture)
        viewports.append(viewport)
    return viewports


def ungrab_kinetic_scrolling(viewports: list[QWidget]) -> None:
    for viewport in viewports:
        if shiboken6.isValid(viewport):  # panes that were rebuilt are gone already
            QScroller.ungrabGesture(viewport)


def set_card_chip_height(root: QWidget, height: int) -> None:
    """The source chips painted inside cards are touch targets too (0: their own size)."""
    for view in root.findChildren(QAbstractItemView):
        delegate = view.itemDelegate()
        if isinstance(delegate, CardDelegate) and delegate.min_chip_height != height:
            delegate.min_chip_height = height
            relayout = getattr(view, "relayout", None)  # card grids size themselves
            if callable(relayout):
                relayout()
            else:
                view.doItemsLayout()


def set_min_row_height(root: QWidget, height: int) -> None:
    """Table rows at least `height` tall: each row is a touch target."""
    for table in root.findChildren(QTableView):
        rows = table.verticalHeader()
        if rows.defaultSectionSize() < height:
            rows.setDefaultSectionSize(height)


def kiosk_stylesheet(theme: Theme, font_scale: float = 1.0) -> str:
    """resources/kiosk/kiosk.qss with the theme's colours and scaled point sizes."""
    tokens = theme.tokens()
    text = (resources_dir() / "kiosk" / "kiosk.qss").read_text(encoding="utf-8")
    sheet = _TOKEN.sub(lambda m: tokens[m.group(1)], text)
    if font_scale != 1.0:
        sheet = _FONT_SIZE.sub(
            lambda m: f"{m.group(1)}{float(m.group(2)) * font_scale:.4g}pt", sheet
        )
    return sheet
