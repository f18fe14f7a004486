"""At 200 % zoom nothing is clipped: no pane scrolls sideways at 1920×1080, no label is
squeezed below its longest word, and cards grow to hold their text."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QLabel, QScrollArea, QWidget

from gui.app import set_font_scale
from gui.content import SECTIONS
from gui.views.card_grid_view import CardGridView
from gui.views.main_window import MainWindow


@pytest.fixture
def zoomed(window: MainWindow, app) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    window.resize(1920, 1080)
    set_font_scale(app, 2.0)
    _settle()
    yield window
    set_font_scale(app, 1.0)


def _settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


def _show(window: MainWindow, section: str) -> None:
    """The section, with the parts that appear on demand showing."""
    refs = {"partners": "partner:lu-weibing", "timeline": "event:2020-08-16"}
    if section in refs:
        window.open_ref(refs[section])
    else:
        window.navigate(section)
    _settle()


def _sideways(area: QAbstractScrollArea) -> str:
    if area.horizontalScrollBar().maximum() > 0:
        return f"{area.objectName() or type(area).__name__} scrolls sideways"
    if isinstance(area, QScrollArea) and area.widget() is not None:
        need = area.widget().minimumSizeHint().width()
        have = area.viewport().width()
        if need > have:
            return f"{area.objectName() or type(area).__name__} needs {need} px, has {have}"
    return ""


def _squeezed(pane: QWidget) -> list[str]:
    return [
        f"{label.objectName()} {label.text()[:40]!r}: {label.width()} < "
        f"{label.minimumSizeHint().width()}"
        for label in pane.findChildren(QLabel)
        if label.isVisible() and label.text() and label.width() < label.minimumSizeHint().width()
    ]


@pytest.mark.parametrize(("width", "height", "scale"), [(1920, 1080, 2.0), (1280, 800, 1.0)])
def test_nothing_is_clipped(window: MainWindow, app, width, height, scale) -> None:  # type: ignore[no-untyped-def]
    """No pane (nor any list, table or panel in it) scrolls sideways, and no label is
    narrower than its longest word: at 200 % on a full-HD screen, and at the default
    window size and zoom."""
    window.resize(width, height)
    set_font_scale(app, scale)
    try:
        _assert_nothing_clipped(window)
    finally:
        set_font_scale(app, 1.0)


def _assert_nothing_clipped(zoomed: MainWindow) -> None:
    problems = []
    for section in SECTIONS:
        _show(zoomed, section)
        pane = zoomed.pane(section)
        areas = [pane, *(a for a in pane.findChildren(QAbstractScrollArea) if a.isVisible())]
        problems += [f"{section}: {p}" for p in map(_sideways, areas) if p]
        problems += [f"{section}: {p}" for p in _squeezed(pane)]
    assert problems == []


def test_the_sections_fit_the_sidebar_at_200_percent(zoomed: MainWindow) -> None:
    nav = zoomed.navigation
    assert nav.horizontalScrollBar().maximum() == 0
    for row in range(nav.model().rowCount()):
        index = nav.model().index(row, 0)
        text_width = nav.fontMetrics().horizontalAdvance(index.data())
        assert nav.visualRect(index).width() > text_width + nav.iconSize().width()
    for label in (zoomed.brand, zoomed.brand_sub):
        assert label.width() >= label.sizeHint().width(), label.text()


def _card_heights(window: MainWindow) -> dict[str, int]:
    return {
        f"{name}/{grid.accessibleName()}": grid.card_size.height()
        for name, pane in window.panes.items()
        for grid in pane.findChildren(CardGridView)
    }


def test_cards_grow_with_the_text(window: MainWindow, app) -> None:  # type: ignore[no-untyped-def]
    window.resize(1920, 1080)
    for section in SECTIONS:  # lay every grid out at its real width
        window.navigate(section)
        _settle()
    before = _card_heights(window)
    set_font_scale(app, 2.0)
    try:
        for section in SECTIONS:
            window.navigate(section)
            _settle()
        after = _card_heights(window)
    finally:
        set_font_scale(app, 1.0)
    assert before.keys() == after.keys()
    assert before
    assert all(after[k] > before[k] for k in before), (before, after)


def test_card_text_fits_its_card(zoomed: MainWindow) -> None:
    """Every card of every grid is as tall as its text needs at the grid's card width."""
    for section in SECTIONS:
        _show(zoomed, section)
        for grid in zoomed.pane(section).findChildren(CardGridView):
            delegate = grid.itemDelegate()
            model = grid.model()
            width = grid.card_size.width()
            for row in range(model.rowCount()):
                need = delegate.height_for_width(model.index(row, 0), width, grid.font())
                assert need <= grid.card_size.height()
            assert grid.height() >= grid.sizeHint().height() > 0
