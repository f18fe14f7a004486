"""The sidebar's header: a company name from data never widens it past its maximum."""

from __future__ import annotations

import dataclasses

import pytest
from PySide6.QtWidgets import QApplication

from gui.content import Content
from gui.theming.styling import set_font_scale
from gui.views.main_window import SIDEBAR_MAX_WIDTH, MainWindow
from tests.windows import shown_window

LONG_NAME = "Xiaomi Corporation and all of its subsidiaries, affiliates " * 5  # 300 chars


def _with_company(content: Content, name: str) -> Content:
    bundle = dataclasses.replace(content.bundle, company=name[:300], company_zh=None)
    return dataclasses.replace(content, bundle=bundle)


@pytest.mark.parametrize("zoom", [1.0, 2.0])
def test_a_300_character_company_keeps_the_panes_on_screen(content, qtbot, app, zoom) -> None:  # type: ignore[no-untyped-def]
    set_font_scale(app, zoom)
    try:
        with shown_window(_with_company(content, LONG_NAME), qtbot, (1280, 800)) as window:
            QApplication.processEvents()
            assert window.sidebar.width() <= round(SIDEBAR_MAX_WIDTH * zoom) + 1
            assert window.stack.geometry().right() <= window.centralWidget().width()
            assert window.stack.width() >= 1280 - round(SIDEBAR_MAX_WIDTH * zoom) - 2
            # The whole name is still the label's text (screen readers) and its tool tip.
            assert window.brand.text() == LONG_NAME[:300]
            assert window.brand.is_elided()
            assert "subsidiaries" in window.brand.toolTip()
    finally:
        set_font_scale(app, 1.0)


def test_a_short_company_is_shown_whole(window) -> None:  # type: ignore[no-untyped-def]
    assert window.brand.text() == "Xiaomi"
    assert not window.brand.is_elided()
    assert window.brand.toolTip() == ""


def test_the_sidebar_fits_a_brand_line_whose_font_changed_last(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    """The sidebar is fitted as its parts get a new font, but it sees each event before
    the label does, whose size hint is still the old one: when the brand line's change
    came last (a zoom delivers them in no set order), the line was cut."""
    from PySide6.QtGui import QFont

    sub = window.brand_sub
    before = window.sidebar.width()
    font = QFont(sub.font())
    # As wide as 260 px: wider than the sidebar is, narrower than it may become.
    font.setPointSizeF(font.pointSizeF() * 260 / sub.sizeHint().width())
    sub.setFont(font)
    assert before < sub.sizeHint().width() <= SIDEBAR_MAX_WIDTH  # it must widen, and can
    qtbot.waitUntil(lambda: window.sidebar.width() >= sub.sizeHint().width())
    assert window.sidebar.width() <= SIDEBAR_MAX_WIDTH
