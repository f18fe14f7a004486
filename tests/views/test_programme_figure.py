"""The programme's big figure and its words beside the summary, at every size and zoom:
every word whole, two lines at most, and a summary never squeezed or cut short."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QBoxLayout, QLabel

from gui.desktop.i18n import translations
from gui.theming.styling import set_font_scale
from gui.views.main_window import MainWindow
from gui.views.programme_pane import ProgrammePane
from tests.windows import settle

SIZES = [(1024, 600), (1280, 800), (1920, 1080)]


@pytest.fixture
def programme(window: MainWindow, app, qtbot):  # type: ignore[no-untyped-def]
    """Show the Programme at (size, language, zoom); the language and zoom are put back."""

    def show(size: tuple[int, int], language: str, zoom: float) -> ProgrammePane:
        window.resize(*size)
        translations().switch(language)
        set_font_scale(app, zoom)
        window.navigate("programme")
        settle(qtbot)
        pane = window.pane("programme")
        assert isinstance(pane, ProgrammePane)
        # The panes are rebuilt in a new language when shown again: wait for that one.
        qtbot.waitUntil(lambda: pane.summary.text() and pane.isVisible())
        settle(qtbot)
        return pane

    yield show
    translations().switch("en")
    set_font_scale(app, 1.0)


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("language", ["en", "zh_CN"])
@pytest.mark.parametrize("zoom", [1.0, 2.0])
def test_the_figures_words_are_whole_on_two_lines_at_most(programme, size, language, zoom) -> None:  # type: ignore[no-untyped-def]
    pane = programme(size, language, zoom)
    words = pane.figure_box.findChild(QLabel, "figureLabel")
    assert words is not None
    assert words.isVisible()
    metrics = words.fontMetrics()
    text = words.text()
    widest = max(metrics.horizontalAdvance(word) for word in text.split())
    assert words.contentsRect().width() >= widest, (words.width(), widest, text)
    assert words.heightForWidth(words.width()) <= 2 * metrics.lineSpacing() + 2, text
    assert words.height() >= words.heightForWidth(words.width())  # nothing cut at the foot
    assert pane.figure_box.contentsRect().contains(words.geometry())  # nor at the side


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("zoom", [1.0, 2.0])
def test_the_summary_keeps_a_readable_line_and_all_its_text(programme, size, zoom) -> None:  # type: ignore[no-untyped-def]
    pane = programme(size, "en", zoom)
    summary = pane.summary
    chars = summary.width() / summary.fontMetrics().averageCharWidth()
    assert chars >= ProgrammePane.SUMMARY_MIN_CHARS, chars
    assert summary.height() >= summary.heightForWidth(summary.width())
    assert summary.geometry().right() <= summary.parentWidget().contentsRect().right()


def test_a_small_window_at_200_percent_puts_the_figure_above_the_summary(programme) -> None:  # type: ignore[no-untyped-def]
    pane = programme((1024, 600), "en", 2.0)
    assert pane.summary_row.direction() == QBoxLayout.Direction.TopToBottom
    assert pane.summary.geometry().top() >= pane.figure_box.geometry().bottom()
    pane = programme((1920, 1080), "en", 1.0)
    assert pane.summary_row.direction() == QBoxLayout.Direction.LeftToRight
    assert pane.summary.geometry().left() >= pane.figure_box.geometry().right()
