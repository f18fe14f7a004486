"""Icons by name. Every icon is a file under resources/icons/; an unknown name fails loudly."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QByteArray, QRectF, Qt
from PySide6.QtGui import QIcon, QImage, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer

from gui.paths import resource

_SIZES = (16, 20, 24, 32, 48, 64)


@cache
def _svg(name: str) -> str:
    return resource("icons", f"{name}.svg").read_text(encoding="utf-8")


@cache
def icon(name: str, color: str = "#1c1f24") -> QIcon:
    """A themed line icon: `currentColor` in the SVG becomes `color`."""
    data = QByteArray(_svg(name).replace("currentColor", color).encode())
    renderer = QSvgRenderer(data)
    result = QIcon()
    for size in _SIZES:
        for scale in (1, 2):
            image = QImage(size * scale, size * scale, QImage.Format.Format_ARGB32_Premultiplied)
            image.fill(Qt.GlobalColor.transparent)
            painter = QPainter(image)
            renderer.render(painter, QRectF(0, 0, size * scale, size * scale))
            painter.end()
            pixmap = QPixmap.fromImage(image)
            pixmap.setDevicePixelRatio(scale)
            result.addPixmap(pixmap)
    return result


@cache
def app_icon() -> QIcon:
    return QIcon(str(resource("icons", "app", "strategy-viewer.svg")))
