"""One spacing scale for margins and gaps, scaled with the zoom.

Pane margins, the gaps between a page's sections and the padding of boxes on it take
their values from STEPS (px at 100 % zoom), never from literals of their own: `apply()`
sets a layout's margins and spacing in steps and remembers them on the layout, and
`rescale()` sets every remembered layout under a widget again for a new zoom (panes call
it when the application font changes).

Running text gets a readable measure (`MEASURE_CHARS` average characters of its own font,
gui.views.widgets.PlainLabel), and a pane's content is a column at most `COLUMN_WIDTH`
wide, centred on a wide screen (gui.views.pane.Pane).
"""

from __future__ import annotations

from PySide6.QtCore import QMargins
from PySide6.QtWidgets import QLayout, QWidget

from . import font_scale

XS, S, M, L, XL, XXL = STEPS = (4, 8, 12, 16, 24, 32)

# A line of running text holds about this many average characters of its font (60–80 is
# the readable range; Chinese, twice as wide a character, gets about 40 a line).
MEASURE_CHARS = 72
# A pane's content column at 100 % zoom: card grids and the roster may use all of it,
# running text its measure; on a wider screen the column is centred.
COLUMN_WIDTH = 1280
WIDE_COLUMN_WIDTH = 1600  # the partner roster beside its details

_STEPS = "strategyViewerSpacingSteps"  # a layout's property: (left, top, right, bottom, gap)


def px(step: int, zoom: float | None = None) -> int:
    """A step of the scale in pixels at `zoom` (the running app's by default)."""
    if step not in STEPS and step != 0:
        raise ValueError(f"{step} px is not on the spacing scale {STEPS}")
    return round(step * (font_scale.running_zoom() if zoom is None else zoom))


def scaled_values(zoom: float) -> set[int]:
    """Every value the scale allows at `zoom` (and none)."""
    return {0, *(round(step * zoom) for step in STEPS)}


def apply(
    layout: QLayout,
    margins: tuple[int, int, int, int] = (0, 0, 0, 0),
    gap: int = 0,
) -> QLayout:
    """Margins (left, top, right, bottom) and the gap between items, each a step of the
    scale at 100 %; set now at the current zoom and again by `rescale()`."""
    for value in (*margins, gap):
        px(value, 1.0)  # fails on a value off the scale
    layout.setProperty(_STEPS, [*margins, gap])
    _set(layout, [*margins, gap], font_scale.running_zoom())
    return layout


def _set(layout: QLayout, steps: list[int], zoom: float) -> None:
    # Set even where the values read the same: a layout without a widget yet reports no
    # margins, and would take the style's once it gets one unless they were set.
    left, top, right, bottom, gap = (round(s * zoom) for s in steps)
    layout.setContentsMargins(QMargins(left, top, right, bottom))
    layout.setSpacing(gap)


def steps_of(layout: QLayout) -> list[int] | None:
    value = layout.property(_STEPS)
    return [int(v) for v in value] if isinstance(value, list | tuple) else None


def rescale(widget: QWidget, zoom: float | None = None) -> None:
    """Every layout under `widget` set up by `apply()`, at `zoom` (default: the app's)."""
    zoom = font_scale.running_zoom() if zoom is None else zoom
    layouts = widget.findChildren(QLayout)
    own = widget.layout()
    if own is not None and own not in layouts:
        layouts.append(own)
    for layout in layouts:
        steps = steps_of(layout)
        if steps is not None:
            _set(layout, steps, zoom)
