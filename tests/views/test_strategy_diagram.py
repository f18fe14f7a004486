"""The "+ → ×" diagram keeps its words inside its panels at every size and zoom."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor

from gui.desktop.i18n import translations
from gui.theming.styling import set_font_scale
from gui.views.main_window import MainWindow
from gui.views.strategy_diagram import PAD, StrategyDiagram
from tests.windows import settle


def _cut_lines(diagram: StrategyDiagram) -> list[int]:
    """Rows of the panels' texts with ink at both ends of a panel's text width: a line
    centred in a box narrower than itself, cut at both sides (the name "Smartphone +
    AIoT" came out as "martphone + AI" at 200 %)."""
    image = diagram.grab().toImage()
    surface = QColor(diagram.theme.surface).lightness()
    panel = int(StrategyDiagram._panel_width(image.width()))

    def ink(x: int, y: int) -> bool:
        return QColor(image.pixel(x, y)).lightness() < surface - 60

    rows = []
    for left in (0, image.width() - panel):
        first, last = left + PAD, left + panel - PAD - 1
        for y in range(image.height() // 2, image.height() - 14):  # above the round corners
            if any(ink(x, y) for x in (first, first + 1)) and any(
                ink(x, y) for x in (last - 1, last)
            ):
                rows.append(y)
    return rows


@pytest.mark.parametrize("size", [(1024, 600), (1280, 800), (1920, 1080)])
@pytest.mark.parametrize("language", ["en", "zh_CN"])
@pytest.mark.parametrize("zoom", [1.0, 2.0])
def test_the_names_and_dates_stay_inside_their_panels(
    window: MainWindow, app, qtbot, size, language, zoom
) -> None:  # type: ignore[no-untyped-def]
    window.resize(*size)
    try:
        translations().switch(language)
        set_font_scale(app, zoom)
        window.navigate("strategy")
        settle(qtbot)
        diagram = window.pane("strategy").diagram
        assert diagram.height() >= diagram.heightForWidth(diagram.width())
        assert _cut_lines(diagram) == []
    finally:
        translations().switch("en")
        set_font_scale(app, 1.0)
