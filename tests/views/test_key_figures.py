"""The Overview's key figures line up across their cards, in either script."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QFontMetrics

from gui.desktop.i18n import translations
from gui.views.main_window import MainWindow


def _label_and_figure_lines(window: MainWindow) -> list[tuple[int, int, str]]:
    """For each key figure card: where its label line starts, how tall its figure line
    is, and the figure itself."""
    grid = window.pane("overview").highlights
    delegate = grid.itemDelegate()
    model = grid.model()
    lines = []
    for row in range(model.rowCount()):
        index = model.index(row, 0)
        figure, label, *_ = delegate.text_rects(index, grid.visualRect(index), grid.font())
        lines.append((label.top() - grid.visualRect(index).top(), figure.height(), index.data()))
    return lines


def _figures_in(
    window: MainWindow, qtbot, language: str, marker: str
) -> list[tuple[int, int, str]]:  # type: ignore[no-untyped-def]
    """The key figures' lines once the Overview shows `language` (a figure holds `marker`:
    the panes are rebuilt in a new language when shown again)."""
    translations().switch(language)
    window.navigate("overview")
    qtbot.waitUntil(
        lambda: any(marker in str(figure) for _, _, figure in _label_and_figure_lines(window))
    )
    return _label_and_figure_lines(window)


@pytest.mark.parametrize(("language", "marker"), [("zh_CN", "年"), ("en", "years")])
def test_every_card_label_starts_at_one_height(window: MainWindow, qtbot, language, marker) -> None:  # type: ignore[no-untyped-def]
    window.resize(1280, 800)
    try:
        lines = _figures_in(window, qtbot, language, marker)
        assert len(lines) == 4
        assert len({top for top, _, _ in lines}) == 1, lines
    finally:
        translations().switch("en")


def test_a_figure_in_chinese_takes_its_taller_line_in_every_card(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    # The Chinese content has "10年" beside "100": the CJK font's line is taller than the
    # Latin one, which is what put that card's label lower than its neighbours'.
    window.resize(1280, 800)
    try:
        lines = _figures_in(window, qtbot, "zh_CN", "年")
        grid = window.pane("overview").highlights
        font = grid.font()
        font.setPointSizeF(font.pointSizeF() * 2.2)
        font.setBold(True)
        latin_line = QFontMetrics(font).height()
        assert {height for _, height, _ in lines} == {max(h for _, h, _ in lines)}
        assert max(h for _, h, _ in lines) > latin_line  # the taller line, in every card
    finally:
        translations().switch("en")
