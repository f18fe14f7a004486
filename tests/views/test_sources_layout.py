"""Sources in a small window at 200 %: the list, or one source, at a time; side by side
where both keep a readable width."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from gui.theming.styling import set_font_scale
from gui.views.main_window import MainWindow
from gui.views.sources_pane import SourcesPane
from tests.windows import settle


@pytest.fixture
def sources(window: MainWindow, app, qtbot):  # type: ignore[no-untyped-def]
    """The Sources pane at (size, zoom); the zoom is put back."""

    def show(size: tuple[int, int], zoom: float) -> SourcesPane:
        window.resize(*size)
        set_font_scale(app, zoom)
        window.navigate("sources")
        settle(qtbot)
        pane = window.pane("sources")
        assert isinstance(pane, SourcesPane)
        return pane

    yield show
    set_font_scale(app, 1.0)


def _click_row(qtbot, pane: SourcesPane, row: int) -> None:  # type: ignore[no-untyped-def]
    index = pane.model.index(row, 0)
    pane.list.scrollTo(index)
    rect = pane.list.visualRect(index)
    qtbot.mouseClick(pane.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_a_small_zoomed_window_shows_the_list_then_the_chosen_source(sources, qtbot) -> None:  # type: ignore[no-untyped-def]
    pane = sources((1024, 600), 2.0)
    assert pane.paged
    assert pane.list.isVisible()
    assert not pane.details.isVisible()
    _click_row(qtbot, pane, 1)
    settle(qtbot)
    assert pane.details.isVisible()
    assert not pane.list.isVisible()
    assert pane.back_button.isVisible()
    assert (
        pane.source
        is pane.model.index(1, 0).data(
            pane.model.ItemRole if hasattr(pane.model, "ItemRole") else 0x0100 + 0
        )
        or pane.source is not None
    )
    # The source's text gets the room the list had, and its words are not a column.
    assert pane.title.width() >= 20 * pane.title.fontMetrics().averageCharWidth()
    qtbot.keyClick(pane, Qt.Key.Key_Escape)
    assert pane.list.isVisible()
    assert not pane.details.isVisible()
    assert pane.list.currentIndex().row() == 1  # still chosen


def test_a_sentence_asked_for_opens_as_a_page(window: MainWindow, sources, qtbot) -> None:  # type: ignore[no-untyped-def]
    pane = sources((1024, 600), 2.0)
    assert window.open_ref("source:article#s13")
    settle(qtbot)
    assert pane.details.isVisible()
    assert pane.back_button.isVisible()
    assert pane.highlighted == "s13"
    assert pane.highlighted_text()
    qtbot.mouseClick(pane.back_button, Qt.MouseButton.LeftButton)
    assert pane.list.isVisible()
    pane.reset()  # the kiosk's reset: the list, the first source, nothing open
    assert pane.is_pristine()


def test_a_wide_window_keeps_the_list_beside_the_source(sources, qtbot) -> None:  # type: ignore[no-untyped-def]
    pane = sources((1920, 1080), 1.0)
    assert not pane.paged
    _click_row(qtbot, pane, 2)
    settle(qtbot)
    assert pane.list.isVisible()
    assert pane.details.isVisible()
    assert not pane.back_button.isVisible()
    assert pane.details.geometry().left() >= pane.list.geometry().right()


def test_a_reset_puts_out_the_last_highlighted_sentence(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    """The kiosk's idle reset chose the first source again, the one already shown, so the
    visitor's last cited sentence stayed highlighted through the attract loop."""
    assert window.open_ref("source:article#s13")
    pane = window.pane("sources")
    assert isinstance(pane, SourcesPane)
    assert pane.highlighted_text()
    assert pane.list.currentIndex().row() == 0  # the article is the first source
    pane.reset()
    assert pane.highlighted is None
    assert pane.highlighted_text() == ""
    assert pane.is_pristine()
