"""The sidebar's header: a company name from data never widens it past its maximum."""

from __future__ import annotations

import dataclasses

import pytest
from PySide6.QtWidgets import QApplication

from gui.content import Content
from gui.theming.styling import set_font_scale
from gui.views.main_window import SIDEBAR_MAX_WIDTH
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
