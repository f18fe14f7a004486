"""The "+ → ×" picture: the 2019 strategy added two engines; the 2020 one multiplies them."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from ..content.safe_text import elided
from ..theming.theme import Theme


class StrategyDiagram(QWidget):
    def __init__(
        self,
        theme: Theme,
        before: tuple[str, str],
        after: tuple[str, str],
        parent: QWidget | None = None,
    ) -> None:
        """`before`/`after` are (name, caption) pairs, e.g. ("Smartphone + AIoT", "2019")."""
        super().__init__(parent)
        self.theme = theme
        # Painted on one line in a fixed-height panel: shortened, hidden characters removed.
        self._before = (elided(before[0], 80), elided(before[1], 80))
        self._after = (elided(after[0], 80), elided(after[1], 80))
        before, after = self._before, self._after
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumHeight(self.sizeHint().height())
        self.setAccessibleName(self.tr("Strategy upgrade diagram"))
        self.setAccessibleDescription(
            self.tr("From %1 to %2: the two businesses now multiply instead of add.")
            .replace("%1", before[0])
            .replace("%2", after[0])
        )

    def set_theme(self, theme: Theme) -> None:
        self.theme = theme
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(640, int(self.fontMetrics().height() * 12))

    def paintEvent(self, event: object) -> None:
        t = self.theme
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        w, h = self.width(), self.height()
        fm_h = self.fontMetrics().height()
        panel_w = min((w - 120) / 2, 420)
        gap = w - 2 * panel_w
        left = QRectF(0, 0, panel_w, h)
        right = QRectF(panel_w + gap, 0, panel_w, h)
        self._panel(p, left, self._before, "+", muted=True)
        self._panel(p, right, self._after, "×", muted=False)
        # The arrow between the panels.
        y = h / 2
        x0, x1 = panel_w + 18, panel_w + gap - 18
        pen = QPen(QColor(t.accent), 3, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap)
        p.setPen(pen)
        p.drawLine(QPointF(x0, y), QPointF(x1, y))
        head = QPainterPath(QPointF(x1, y))
        head.lineTo(x1 - 12, y - 8)
        head.moveTo(x1, y)
        head.lineTo(x1 - 12, y + 8)
        p.drawPath(head)
        p.end()
        del fm_h

    def _panel(
        self, p: QPainter, rect: QRectF, text: tuple[str, str], op: str, muted: bool
    ) -> None:
        t = self.theme
        p.setPen(QPen(QColor(t.border if muted else t.accent), 1 if muted else 2))
        p.setBrush(QColor(t.surface))
        p.drawRoundedRect(rect.adjusted(1, 1, -1, -1), 12, 12)
        fm_h = self.fontMetrics().height()
        # Two circles: phone and AIoT. "+" keeps them apart; "×" overlaps them.
        r = min(rect.height() * 0.22, rect.width() * 0.16)
        cy = rect.top() + fm_h * 1.2 + r
        cx = rect.center().x()
        offset = r * (1.45 if muted else 0.7)
        colour_a = QColor(t.founding)
        colour_b = QColor(t.joined)
        for c, colour in ((cx - offset, colour_a), (cx + offset, colour_b)):
            colour.setAlpha(70 if muted else 150)
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(colour)
            p.drawEllipse(QPointF(c, cy), r, r)
        font = QFont(self.font())
        font.setBold(True)
        font.setPointSizeF(self.font().pointSizeF() * (1.6 if muted else 2.2))
        p.setFont(font)
        p.setPen(QColor(t.text))
        p.drawText(QRectF(cx - r, cy - r, 2 * r, 2 * r), int(Qt.AlignmentFlag.AlignCenter), op)
        small = QFont(self.font())
        small.setPointSizeF(self.font().pointSizeF() * 0.85)
        p.setFont(small)
        p.setPen(QColor(t.text))
        p.drawText(
            QRectF(cx - offset - r, cy + r + 4, 2 * r, fm_h),
            int(Qt.AlignmentFlag.AlignCenter),
            self.tr("Phone"),
        )
        p.drawText(
            QRectF(cx + offset - r, cy + r + 4, 2 * r, fm_h),
            int(Qt.AlignmentFlag.AlignCenter),
            "AIoT",
        )
        name_font = QFont(self.font())
        name_font.setBold(True)
        name_font.setPointSizeF(self.font().pointSizeF() * 1.15)
        p.setFont(name_font)
        p.setPen(QColor(t.text_muted if muted else t.accent))
        name_top = cy + r + fm_h * 1.6
        p.drawText(
            QRectF(rect.left() + 8, name_top, rect.width() - 16, fm_h * 1.5),
            int(Qt.AlignmentFlag.AlignCenter),
            text[0],
        )
        p.setFont(small)
        p.setPen(QColor(t.text_muted))
        p.drawText(
            QRectF(rect.left() + 8, name_top + fm_h * 1.5, rect.width() - 16, fm_h * 1.3),
            int(Qt.AlignmentFlag.AlignCenter),
            text[1],
        )
