"""One chip style: source and link buttons are pills at every zoom, in either script, with
"Sources:" on their middle line and quote icons that grow with the text."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QPushButton

from gui.theming.styling import set_font_scale
from gui.theming.theme import CHIP_RADIUS
from gui.views.citation_bar import CitationBar
from gui.views.main_window import MainWindow


@pytest.mark.parametrize("zoom", [1.0, 2.0])
def test_chips_are_pills_with_the_caption_centred(window: MainWindow, app, qtbot, zoom) -> None:  # type: ignore[no-untyped-def]
    from gui.desktop.i18n import translations

    window.resize(1920, 1080)
    try:
        set_font_scale(app, zoom)
        translations().switch("zh_CN")  # "文章第10段" beside "Tencent News" in one bar
        qtbot.wait(20)  # the panes rebuilt in Chinese
        assert window.open_ref("partner:lu-weibing")
        pane = window.pane("partners")

        def shown() -> list[CitationBar]:
            return [b for b in pane.detail.findChildren(CitationBar) if b.isVisible()]

        qtbot.waitUntil(lambda: len(shown()) > 3)
        bars = shown()
        radius = round(CHIP_RADIUS * zoom)
        beside = 0
        for bar in bars:
            heights = {b.height() for b in bar.buttons}
            assert len(heights) == 1, heights  # one height for Latin and CJK labels
            assert heights.pop() >= 2 * radius  # else Qt draws it square
            caption = bar._caption
            first = bar.buttons[0]
            # A chip too long to fit beside the caption, but whole on a line of its own,
            # goes there (shortening it would hide a source's name that has room).
            if first.geometry().top() < caption.geometry().bottom():
                beside += 1
                assert abs(caption.geometry().center().y() - first.geometry().center().y()) <= 1
            assert first.iconSize().height() >= first.fontMetrics().height() * 0.7
        assert beside >= len(bars) - 2, "most bars keep their first chip beside the caption"
    finally:
        translations().switch("en")
        set_font_scale(app, 1.0)


def test_headline_chips_have_the_same_style(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.navigate("overview")
    qtbot.wait(50)
    chips = [
        b
        for b in window.pane("overview").findChildren(QPushButton)
        if b.objectName() == "citationButton" and b.isVisible()
    ]
    assert chips
    assert all(b.height() >= 2 * CHIP_RADIUS for b in chips)
