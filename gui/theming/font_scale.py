"""Zoom: one factor, 75 % to 200 %, applied to the application font.

The stylesheet's point sizes are scaled by the same factor (`gui.theming.theme.stylesheet`); use
`gui.theming.styling.set_font_scale()`, which does both and re-polishes. The factor and the unscaled
font size are kept on the QApplication itself, so every window and controller agrees on them.
"""

from __future__ import annotations

import math

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

MIN_SCALE = 0.75
MAX_SCALE = 2.0
# Zoom steps, as in browsers: small steps near 100 %, larger ones further out.
STEPS = (0.75, 0.8, 0.9, 1.0, 1.1, 1.25, 1.5, 1.75, 2.0)

_SCALE = "strategyViewerFontScale"
_BASE_SIZE = "strategyViewerBaseFontSize"  # point size (or pixel size) at 100 %


def clamp(scale: float) -> float:
    if not math.isfinite(scale):
        return 1.0
    return round(min(MAX_SCALE, max(MIN_SCALE, scale)), 3)


def step(scale: float, direction: int) -> float:
    """The next zoom step up (direction > 0) or down from `scale`."""
    if direction > 0:
        return next((s for s in STEPS if s > scale + 1e-6), MAX_SCALE)
    return next((s for s in reversed(STEPS) if s < scale - 1e-6), MIN_SCALE)


def current(app: QApplication) -> float:
    value = app.property(_SCALE)
    return float(value) if isinstance(value, int | float) else 1.0


def running_zoom() -> float:
    """The running application's zoom; 1.0 where there is no QApplication (yet)."""
    app = QApplication.instance()
    return current(app) if isinstance(app, QApplication) else 1.0


def apply_to_font(app: QApplication, scale: float) -> float:
    """Size the application font to its unscaled size × `scale` (keeping its families,
    which gui.theming.fonts may have extended); returns the clamped scale."""
    scale = clamp(scale)
    font = QFont(app.font())
    base = app.property(_BASE_SIZE)
    if not isinstance(base, int | float) or base <= 0:
        old = current(app)
        size = font.pointSizeF() if font.pointSizeF() > 0 else float(font.pixelSize())
        base = size / old
        app.setProperty(_BASE_SIZE, base)
    if font.pointSizeF() > 0:
        font.setPointSizeF(base * scale)
    else:
        font.setPixelSize(max(1, round(base * scale)))
    app.setFont(font)
    app.setProperty(_SCALE, scale)
    return scale
