"""Word-wrapped list items show every line of their text, in every script."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QStyle, QStyleOptionViewItem


def _lowest_ink(image: QImage, left: int, right: int, top: int, bottom: int) -> int:
    """The lowest pixel row between top and bottom that differs from the item's background
    (sampled at the item's top-left corner inside its border), or -1."""
    background = QColor(image.pixel(left, top))
    for y in range(bottom, top - 1, -1):
        for x in range(left, right):
            c = QColor(image.pixel(x, y))
            if (
                abs(c.red() - background.red())
                + abs(c.green() - background.green())
                + abs(c.blue() - background.blue())
                > 120
            ):
                return y
    return -1


@pytest.mark.parametrize("size", [(1024, 768), (1920, 1080)])
def test_every_source_shows_its_last_line(window, qtbot, size) -> None:  # type: ignore[no-untyped-def]
    """Qt ends a wrapped item early ("…" and nothing below) when a line in a taller
    fallback font, such as "长江商报 (Changjiang Times)", stands over a shorter one; the
    hkej and 长江商报 rows lost their second line that way."""
    window.resize(*size)
    window.navigate("sources")
    pane = window.pane("sources")
    view = pane.list
    delegate = view.itemDelegate()
    qtbot.wait(10)
    cut = []
    for row in range(pane.model.rowCount()):
        index = pane.model.index(row, 0)
        view.scrollTo(index)
        qtbot.wait(1)
        rect = view.visualRect(index)
        image = view.viewport().grab(rect).toImage()
        option = QStyleOptionViewItem()
        view.initViewItemOption(option)
        option.rect = rect.translated(-rect.topLeft())
        delegate.initStyleOption(option, index)
        text = view.style().subElementRect(QStyle.SubElement.SE_ItemViewItemText, option, view)
        last_line = option.text.splitlines()[-1]
        line_height = view.fontMetrics().height()
        ink = _lowest_ink(image, text.left() + 2, text.right() - 2, text.top() + 1, text.bottom())
        # The last line is painted: its ink reaches the bottom of the text but for the
        # descent. A missing line leaves half its height empty there (Qt centres what it
        # drew): 8 pixels at this font size, against at most 3 when nothing is cut.
        if text.bottom() - ink > 0.4 * line_height:
            cut.append((pane.model.source(row).id, last_line, ink, text.bottom()))
    assert cut == []
