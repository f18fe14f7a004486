"""Generated initials avatars: no photos are bundled, so each person gets a coloured disc."""

from __future__ import annotations

import zlib

from PySide6.QtCore import QEvent, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter
from PySide6.QtWidgets import QSizePolicy, QWidget

from ..content.safe_text import one_line
from ..content.text import initials
from ..theming import font_scale

# Muted, distinct hues that all carry white text at AA contrast.
_COLOURS = ("#1d4ed8", "#b91c1c", "#047857", "#7c3aed", "#b45309", "#0e7490", "#be185d", "#4d7c0f")


class AvatarPainter:
    """Paints an avatar into any rect; used by the detail panel and the roster delegate."""

    @staticmethod
    def colour_for(key: str) -> QColor:
        # crc32, not hash(): the colour must be the same on every run.
        return QColor(_COLOURS[zlib.crc32(key.encode()) % len(_COLOURS)])

    @staticmethod
    def paint(painter: QPainter, rect: QRectF, name: str, key: str) -> None:
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(AvatarPainter.colour_for(key))
        painter.drawEllipse(rect)
        font = QFont(painter.font())
        font.setBold(True)
        font.setPixelSize(max(8, int(rect.height() * 0.38)))
        painter.setFont(font)
        painter.setPen(QColor("#ffffff"))
        painter.drawText(rect, int(Qt.AlignmentFlag.AlignCenter), initials(one_line(name)))
        painter.restore()


class AvatarWidget(QWidget):
    """`size` px across at 100 % zoom; it grows and shrinks with the zoom, as the name
    beside it does."""

    def __init__(self, size: int = 72, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._name = ""
        self._key = ""
        self._base = size
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self._fit()

    def _fit(self) -> None:
        side = round(self._base * font_scale.running_zoom())
        if self.size() != QSize(side, side) or self.minimumWidth() != side:
            self.setFixedSize(side, side)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:  # a zoom
            self._fit()

    def set_person(self, name: str, key: str) -> None:
        self._name, self._key = name, key
        self.setAccessibleName(self.tr("Avatar for %1").replace("%1", one_line(name)))
        self.update()

    def paintEvent(self, event: object) -> None:
        if not self._name:
            return
        painter = QPainter(self)
        AvatarPainter.paint(
            painter, QRectF(self.rect()).adjusted(1, 1, -1, -1), self._name, self._key
        )
        painter.end()
