"""One spacing scale (gui/theming/spacing.py): every pane's margins and gaps come from it,
at every zoom; running text keeps a readable measure; wide screens centre the column."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QLabel, QLayout

from gui.content import SECTIONS
from gui.theming import spacing
from gui.theming.styling import set_font_scale
from gui.views.main_window import MainWindow
from tests.windows import shown_window


def _off_scale(window: MainWindow, zoom: float) -> list[tuple[str, str, str, tuple[int, ...]]]:
    allowed = spacing.scaled_values(zoom)
    found = []
    for name in SECTIONS:
        pane = window.pane(name)
        if name == "partners":
            window.open_ref("partner:lu-weibing")  # the details' own layouts too
        if name == "timeline":
            window.open_ref("event:2020-08-16")  # and an event's links
        QApplication.processEvents()
        for layout in pane.findChildren(QLayout):
            m = layout.contentsMargins()
            values = (m.left(), m.top(), m.right(), m.bottom(), max(layout.spacing(), 0))
            if any(v not in allowed for v in values):
                owner = layout.parentWidget()
                found.append((name, type(owner).__name__, owner.objectName(), values))
    return found


def test_the_scale_refuses_a_value_off_it() -> None:
    with pytest.raises(ValueError, match="not on the spacing scale"):
        spacing.px(10)
    assert spacing.px(24, 2.0) == 48


@pytest.mark.parametrize("zoom", [1.0, 1.5])
def test_pane_layouts_use_only_the_scale(window: MainWindow, app, zoom: float) -> None:  # type: ignore[no-untyped-def]
    list(window.panes.values())
    set_font_scale(app, zoom)
    try:
        QApplication.processEvents()
        found = _off_scale(window, zoom)
        assert found == [], "\n".join(map(str, found))
    finally:
        set_font_scale(app, 1.0)


@pytest.mark.parametrize("size", [(1920, 1080), (2560, 1440)])
def test_wide_screens_centre_a_column_with_a_readable_measure(content, qtbot, size) -> None:  # type: ignore[no-untyped-def]
    with shown_window(content, qtbot, size, build_all=True) as window:
        for name in SECTIONS:
            window.navigate(name)
            QApplication.processEvents()
            pane = window.pane(name)
            page, viewport = pane.widget(), pane.viewport()
            assert page.width() < viewport.width(), name
            left = page.x()
            right = viewport.width() - page.geometry().right() - 1
            assert abs(left - right) <= 1, (name, left, right)
        window.navigate("overview")
        QApplication.processEvents()
        overview = window.pane("overview")
        headline = overview.headline
        chars = headline.width() / headline.fontMetrics().averageCharWidth()
        assert 60 <= chars <= 80, chars
        assert headline.width() <= 800
        # Card grids may use the whole column.
        assert overview.highlights.width() > 1.5 * headline.width()


def test_the_measure_grows_with_the_zoom(window: MainWindow, app) -> None:  # type: ignore[no-untyped-def]
    headline = window.pane("overview").headline
    at_100 = headline.maximumWidth()
    set_font_scale(app, 1.5)
    try:
        QApplication.processEvents()
        assert headline.maximumWidth() == pytest.approx(1.5 * at_100, rel=0.1)
    finally:
        set_font_scale(app, 1.0)


def test_a_capped_label_is_laid_out_at_its_own_width(content, qtbot) -> None:  # type: ignore[no-untyped-def]
    """A label held to its measure is measured at that width: the part after it is not
    laid over its last lines (the programme's caveat over its cards)."""
    with shown_window(content, qtbot, (1920, 1080)) as window:
        window.navigate("programme")
        QApplication.processEvents()
        pane = window.pane("programme")
        assert pane.caveat.geometry().top() >= pane.facts.geometry().bottom()
        for label in pane.findChildren(QLabel):
            if label.isVisible() and label.wordWrap():
                assert label.height() >= label.heightForWidth(label.width()), label.text()
