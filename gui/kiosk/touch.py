"""Touch support for the kiosk: kinetic scrolling everywhere a page scrolls, and the
kiosk's stylesheet with its larger touch targets (and a style for what a stylesheet cannot
size: the clear buttons inside text fields).

No pinch-zoom: nothing grabs QPinchGesture, and the lock-down refuses native zoom gestures
and Ctrl+wheel.
"""

from __future__ import annotations

import re

import shiboken6
from PySide6.QtCore import QObject, QPoint, QSize, Qt, Slot
from PySide6.QtGui import QAction, QGuiApplication, QIcon, QInputDevice, QPainter, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractScrollArea,
    QApplication,
    QLineEdit,
    QProxyStyle,
    QScroller,
    QStyle,
    QStyleOption,
    QTableView,
    QWidget,
)

from ..desktop.paths import resources_dir
from ..theming.theme import Theme
from ..theming.zoom_style import application_style, zoom_style
from ..views.card_delegate import CardDelegate
from .kiosk_config import KineticScrolling

TOUCH_TARGET_PX = 44
_TOUCH = "kioskTouchStyle"  # set on the text fields that have the touch style
_CLEAR_ACTION = "_q_qlineeditclearaction"  # Qt's name for a text field's clear action

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


class KineticScrollGrabs:
    """Flick-to-scroll on every scrolling area under a root widget, kept in step as panes
    are built and rebuilt.

    `sync()` only adds grabs for new viewports and drops those of deleted ones; it never
    ungrabs and re-grabs a live viewport. Qt's gesture manager walks its map of grabs while
    it filters a mouse or touch event, and a tap that opens a page builds that page inside
    the walk: changing live grabs then frees the node the walk stands on (a SIGSEGV on a
    visitor's first tap). Callers still run `sync()` from a queued call, after the event.
    """

    def __init__(self, mode: KineticScrolling = "auto") -> None:
        self._gesture = gesture_for(mode)
        self._grabbed: list[QWidget] = []

    @property
    def viewports(self) -> list[QWidget]:
        return [v for v in self._grabbed if shiboken6.isValid(v)]

    def sync(self, root: QWidget) -> None:
        self._grabbed = self.viewports  # a deleted widget's grab went with it
        if self._gesture is None:
            return
        for area in scrolling_areas(root):
            viewport = area.viewport()
            if viewport not in self._grabbed:
                QScroller.grabGesture(viewport, self._gesture)
                self._grabbed.append(viewport)

    def release(self) -> None:
        for viewport in self.viewports:
            QScroller.ungrabGesture(viewport)
        self._grabbed = []


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
    """Table rows at least `height` tall: each row is a touch target.

    Both sizes: fixed rows use the default, rows sized to their contents (a short roster
    whose roles wrap) are bounded only by the minimum."""
    for table in root.findChildren(QTableView):
        rows = table.verticalHeader()
        if rows.minimumSectionSize() < height:
            rows.setMinimumSectionSize(height)
        if rows.defaultSectionSize() < height:
            rows.setDefaultSectionSize(height)


class TouchLineEditStyle(QProxyStyle):
    """For text fields: their clear button is a full touch target; the × drawn in it
    keeps its usual size. (A text field's side buttons are its icon size + 6 px wide and
    + 2 px tall, and they draw their icon at that size.)"""

    ICON_PX = TOUCH_TARGET_PX - 2

    def pixelMetric(
        self,
        metric: QStyle.PixelMetric,
        option: QStyleOption | None = None,
        widget: QWidget | None = None,
    ) -> int:
        if metric == QStyle.PixelMetric.PM_LineEditIconSize:
            return self.ICON_PX
        return super().pixelMetric(metric, option, widget)

    def standardIcon(
        self,
        standard_icon: QStyle.StandardPixmap,
        option: QStyleOption | None = None,
        widget: QWidget | None = None,
    ) -> QIcon:
        icon = super().standardIcon(standard_icon, option, widget)
        if standard_icon != QStyle.StandardPixmap.SP_LineEditClearButton:
            return icon
        glyph = super().pixelMetric(QStyle.PixelMetric.PM_LineEditIconSize, option, widget)
        return _centred(icon, glyph, self.ICON_PX)


def _centred(icon: QIcon, glyph: int, size: int) -> QIcon:
    """`icon` drawn `glyph` px large in the middle of a transparent `size` px square."""
    screen = QGuiApplication.primaryScreen()
    ratio = screen.devicePixelRatio() if screen is not None else 1.0
    result = QIcon()
    for mode in (QIcon.Mode.Normal, QIcon.Mode.Disabled, QIcon.Mode.Active):
        canvas = QPixmap(QSize(size, size) * ratio)
        canvas.setDevicePixelRatio(ratio)
        canvas.fill(Qt.GlobalColor.transparent)
        painter = QPainter(canvas)
        offset = (size - glyph) // 2
        painter.drawPixmap(QPoint(offset, offset), icon.pixmap(QSize(glyph, glyph), ratio, mode))
        painter.end()
        result.addPixmap(canvas, mode)
    return result


def touch_line_edit_style() -> TouchLineEditStyle:
    """The one TouchLineEditStyle (see `application_style`), on the application's style."""
    return application_style(
        TouchLineEditStyle, lambda: TouchLineEditStyle(QApplication.style().name())
    )


class TouchLineEdits(QObject):
    """Text fields with a clear button get the touch style; their own side icons (the
    search or filter glyph) are drawn at their usual size in the larger side buttons, also
    when a pane sets a new one (a theme change). `restore()` gives everything back."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._originals: dict[QAction, QIcon] = {}
        self._padded: dict[QAction, int] = {}  # the cache key of the icon set here

    def apply(self, root: QWidget) -> None:
        self._forget_deleted()
        style = touch_line_edit_style()
        for edit in root.findChildren(QLineEdit):
            if not edit.isClearButtonEnabled():
                continue
            if not edit.property(_TOUCH):
                _set_style(edit, style)
            for action in edit.actions():
                if action not in self._originals and action.objectName() != _CLEAR_ACTION:
                    self._originals[action] = action.icon()
                    action.changed.connect(self._on_action_changed)
                    self._pad(action)

    def restore(self, root: QWidget) -> None:
        for action, icon in self._originals.items():
            if shiboken6.isValid(action):
                action.changed.disconnect(self._on_action_changed)
                action.setIcon(icon)
        self._originals.clear()
        self._padded.clear()
        for edit in root.findChildren(QLineEdit):
            if edit.property(_TOUCH):
                _set_style(edit, zoom_style())

    def _pad(self, action: QAction) -> None:
        glyph = zoom_style().pixelMetric(QStyle.PixelMetric.PM_LineEditIconSize)
        icon = _centred(self._originals[action], glyph, TouchLineEditStyle.ICON_PX)
        self._padded[action] = icon.cacheKey()
        action.setIcon(icon)

    @Slot()
    def _on_action_changed(self) -> None:
        action = self.sender()
        if isinstance(action, QAction) and action.icon().cacheKey() != self._padded.get(action):
            self._originals[action] = action.icon()  # a new icon of the pane's own
            self._pad(action)

    def _forget_deleted(self) -> None:
        """Rebuilt panes' fields are gone, and their actions with them."""
        for action in [a for a in self._originals if not shiboken6.isValid(a)]:
            del self._originals[action]
            self._padded.pop(action, None)


def _set_style(edit: QLineEdit, style: QStyle) -> None:
    """The style; the clear button is made anew with its size and icon."""
    edit.setStyle(style)  # type: ignore[arg-type]
    edit.setProperty(_TOUCH, isinstance(style, TouchLineEditStyle))
    edit.setClearButtonEnabled(False)
    edit.setClearButtonEnabled(True)


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
