"""Icons by name. Every icon is a file under resources/icons/; an unknown name fails loudly."""

from __future__ import annotations

import math
from functools import cache
from pathlib import Path

from PySide6.QtCore import QByteArray, QRect, QRectF, QSize, QStandardPaths, Qt
from PySide6.QtGui import QGuiApplication, QIcon, QIconEngine, QImage, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QApplication, QStyleOption
from shiboken6 import Shiboken

from ..desktop.paths import resource

_SIZES = (16, 20, 24, 32, 48, 64)


@cache
def _svg(name: str) -> str:
    return resource("icons", f"{name}.svg").read_text(encoding="utf-8")


@cache
def icon(name: str, color: str = "#1c1f24") -> QIcon:
    """A themed line icon: `currentColor` in the SVG becomes `color`.

    It is drawn at the size and scale it is shown at, when it is first shown. The window
    makes twenty icons at start-up, half of them for menus that are not open; drawing
    each at six sizes and two scales up front cost 3 MiB and 7 ms of the cold start.
    """
    return QIcon(SvgIconEngine(_svg(name).replace("currentColor", color)))


@cache
def icon_file(name: str, color: str) -> Path | None:
    """The icon `name` in `color` as a file, for stylesheets (which can only show image
    files): written once into the app's cache folder; None where that cannot be written
    (a read-only kiosk account)."""
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.CacheLocation)
    if not folder:
        return None
    path = Path(folder) / "icons" / f"{name}-{color.lstrip('#').lower()}.svg"
    svg = _svg(name).replace("currentColor", color)
    try:
        if not path.is_file() or path.read_text(encoding="utf-8") != svg:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(svg, encoding="utf-8")
    except OSError:
        return None
    return path


@cache
def app_icon() -> QIcon:
    return QIcon(str(resource("icons", "app", "strategy-viewer.svg")))


# Clones handed to Qt. PySide gives Qt a clone without giving up Python's ownership, so a
# clone is kept here until Qt deletes it (its wrapper is then no longer valid).
_clones: list[SvgIconEngine] = []


class SvgIconEngine(QIconEngine):
    """An SVG drawn on demand at the device size asked for; each drawing is kept.

    The pixmaps are those the icons were made of before (one per size and scale, drawn
    with QSvgRenderer into a transparent image), only drawn when asked for. The other
    modes (disabled, active, selected) are derived from the normal pixmap by the style,
    as Qt does for an icon made of pixmaps.
    """

    def __init__(self, svg: str) -> None:
        super().__init__()
        self._svg = svg
        self._renderer: QSvgRenderer | None = None
        self._pixmaps: dict[tuple[int, int, float, QIcon.Mode, int], QPixmap] = {}

    def clone(self) -> QIconEngine:
        twin = SvgIconEngine(self._svg)
        _clones[:] = [c for c in _clones if Shiboken.isValid(c)]
        _clones.append(twin)
        return twin

    def key(self) -> str:
        return "strategyViewerSvg"

    def isNull(self) -> bool:
        return False

    def availableSizes(
        self, mode: QIcon.Mode = QIcon.Mode.Normal, state: QIcon.State = QIcon.State.Off
    ) -> list[QSize]:
        return [QSize(size, size) for size in _SIZES]

    def _draw(self, width: int, height: int) -> QPixmap:
        if self._renderer is None:
            self._renderer = QSvgRenderer(QByteArray(self._svg.encode()))
        image = QImage(width, height, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        self._renderer.render(painter, QRectF(0, 0, width, height))
        painter.end()
        return QPixmap.fromImage(image)

    def scaledPixmap(
        self, size: QSize, mode: QIcon.Mode, state: QIcon.State, scale: float
    ) -> QPixmap:
        width, height = round(size.width() * scale), round(size.height() * scale)
        if width <= 0 or height <= 0:
            return QPixmap()
        # A derived pixmap depends on the palette (the disabled look takes its colours).
        palette = 0 if mode == QIcon.Mode.Normal else QGuiApplication.palette().cacheKey()
        key = (width, height, scale, mode, palette)
        pixmap = self._pixmaps.get(key)
        if pixmap is None:
            if mode == QIcon.Mode.Normal:
                pixmap = self._draw(width, height)
            else:
                normal = self.scaledPixmap(size, QIcon.Mode.Normal, state, scale)
                option = QStyleOption()
                option.palette = QGuiApplication.palette()
                style = QApplication.style()
                pixmap = style.generatedIconPixmap(mode, normal, option) if style else normal
            pixmap.setDevicePixelRatio(scale)
            self._pixmaps[key] = pixmap
        return pixmap

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        return self.scaledPixmap(size, mode, state, 1.0)

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        # Drawn at the size it takes in device pixels: the device's pixel ratio and any
        # scaling of the painter. Read from the painter's transform, not from
        # painter.device(): the first call of that costs PySide 8 ms before the first paint.
        transform = painter.deviceTransform()
        scale = math.hypot(transform.m11(), transform.m12()) or 1.0
        painter.drawPixmap(rect, self.scaledPixmap(rect.size(), mode, state, scale))
