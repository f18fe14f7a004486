"""The "+ → ×" picture: the 2019 strategy added two engines; the 2020 one multiplies them."""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from ..content.safe_text import elided
from ..theming.theme import Theme

ARROW_ROOM = 120  # between the panels
MAX_PANEL = 420
PAD = 8  # the text's margin inside a panel
_WRAP = int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap)


@dataclass(frozen=True)
class _Panel:
    """Where one panel's parts go, from the panel's top, for its width."""

    radius: float
    circles_y: float  # the circles' centre
    labels_y: float  # "Phone" and "AIoT" under them
    name: QRectF
    caption: QRectF
    height: float


class StrategyDiagram(QWidget):
    """Two panels and an arrow between them. The panels' texts wrap to their width, and
    the diagram is as tall as its taller panel needs: in a small window at 200 % the
    names and dates ran past the panels' edges, cut off on both sides."""

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
        # Shortened and with hidden characters removed: painted text, from data.
        self._before = (elided(before[0], 80), elided(before[1], 80))
        self._after = (elided(after[0], 80), elided(after[1], 80))
        before, after = self._before, self._after
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.setAccessibleName(self.tr("Strategy upgrade diagram"))
        self.setAccessibleDescription(
            self.tr("From %1 to %2: the two businesses now multiply instead of add.")
            .replace("%1", before[0])
            .replace("%2", after[0])
        )

    def set_theme(self, theme: Theme) -> None:
        self.theme = theme
        self.update()

    # --- geometry -----------------------------------------------------------------------
    def _fonts(self) -> tuple[QFont, QFont, QFont]:
        """The operator's, the small labels' and the names' fonts."""
        base = self.font()
        small = QFont(base)
        small.setPointSizeF(base.pointSizeF() * 0.85)
        name = QFont(base)
        name.setBold(True)
        name.setPointSizeF(base.pointSizeF() * 1.15)
        return base, small, name

    @staticmethod
    def _panel_width(width: float) -> float:
        return max(min((width - ARROW_ROOM) / 2, MAX_PANEL), 40)

    def _panel(self, width: float, text: tuple[str, str]) -> _Panel:
        _, small, name_font = self._fonts()
        line = QFontMetricsF(self.font()).height()
        text_width = width - 2 * PAD
        # The circles' size follows the panel's width and the text's size, not the
        # diagram's height (which follows from them).
        radius = min(width * 0.16, line * 2.64)
        circles_y = line * 1.2 + radius
        labels_y = circles_y + radius + 4
        name_top = circles_y + radius + line * 1.6

        def wrapped(font: QFont, words: str, least: float) -> float:
            box = QFontMetricsF(font).boundingRect(QRectF(0, 0, text_width, 1e6), _WRAP, words)
            return max(box.height(), least)

        name = QRectF(PAD, name_top, text_width, wrapped(name_font, text[0], line * 1.5))
        caption_h = wrapped(small, text[1], line * 1.3)
        caption = QRectF(PAD, name.bottom(), text_width, caption_h)
        return _Panel(radius, circles_y, labels_y, name, caption, caption.bottom() + line * 1.12)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self.updateGeometry()  # a zoom: the height for a width is another

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        panel_w = self._panel_width(width)
        return math.ceil(
            max(self._panel(panel_w, self._before).height, self._panel(panel_w, self._after).height)
        )

    def sizeHint(self) -> QSize:
        return QSize(640, self.heightForWidth(640))

    def minimumSizeHint(self) -> QSize:
        return QSize(ARROW_ROOM + 2 * 40, self.heightForWidth(self.width() or 640))

    # --- painting -----------------------------------------------------------------------
    def paintEvent(self, event: object) -> None:
        t = self.theme
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        w, h = self.width(), self.height()
        panel_w = self._panel_width(w)
        gap = w - 2 * panel_w
        self._draw_panel(p, QRectF(0, 0, panel_w, h), self._before, "+", muted=True)
        self._draw_panel(p, QRectF(panel_w + gap, 0, panel_w, h), self._after, "×", muted=False)
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

    def _draw_panel(
        self, p: QPainter, rect: QRectF, text: tuple[str, str], op: str, muted: bool
    ) -> None:
        t = self.theme
        base, small, name_font = self._fonts()
        where = self._panel(rect.width(), text)
        p.setPen(QPen(QColor(t.border if muted else t.accent), 1 if muted else 2))
        p.setBrush(QColor(t.surface))
        p.drawRoundedRect(rect.adjusted(1, 1, -1, -1), 12, 12)
        # Two circles: phone and AIoT. "+" keeps them apart; "×" overlaps them.
        r = where.radius
        cy = rect.top() + where.circles_y
        cx = rect.center().x()
        offset = r * (1.45 if muted else 0.7)
        colour_a = QColor(t.founding)
        colour_b = QColor(t.joined)
        for c, colour in ((cx - offset, colour_a), (cx + offset, colour_b)):
            colour.setAlpha(70 if muted else 150)
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(colour)
            p.drawEllipse(QPointF(c, cy), r, r)
        operator = QFont(base)
        operator.setBold(True)
        operator.setPointSizeF(base.pointSizeF() * (1.6 if muted else 2.2))
        p.setFont(operator)
        p.setPen(QColor(t.text))
        p.drawText(QRectF(cx - r, cy - r, 2 * r, 2 * r), int(Qt.AlignmentFlag.AlignCenter), op)
        # The labels under the circles, apart even where the circles overlap.
        p.setFont(small)
        metrics = QFontMetricsF(small)
        phone, aiot = self.tr("Phone"), "AIoT"
        apart = max(
            offset, (metrics.horizontalAdvance(phone) + metrics.horizontalAdvance(aiot)) / 4 + 4
        )
        line = metrics.height()
        for centre, label in ((cx - apart, phone), (cx + apart, aiot)):
            width = metrics.horizontalAdvance(label) + 2
            p.drawText(
                QRectF(centre - width / 2, rect.top() + where.labels_y, width, line),
                int(Qt.AlignmentFlag.AlignCenter),
                label,
            )
        p.setFont(name_font)
        p.setPen(QColor(t.text_muted if muted else t.accent))
        p.drawText(where.name.translated(rect.left(), rect.top()), _WRAP, text[0])
        p.setFont(small)
        p.setPen(QColor(t.text_muted))
        p.drawText(where.caption.translated(rect.left(), rect.top()), _WRAP, text[1])
