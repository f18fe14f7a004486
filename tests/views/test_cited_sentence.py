"""A source link opens Sources with the cited sentence whole, in the upper part of the
view: it was left on the last visible line, its second line cut off."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QTextCursor

from tests.windows import shown_window


@pytest.mark.parametrize("size", [(1024, 600), (1280, 800), (1920, 1080)])
def test_the_cited_sentence_opens_whole_and_high(app, qtbot, content, size) -> None:  # type: ignore[no-untyped-def]
    with shown_window(content, qtbot, size=size) as window:
        assert window.open_ref("source:article#s13")  # the pane built on the way
        qtbot.wait(50)
        text = window.pane("sources").text
        [selection] = text.extraSelections()
        first, last = QTextCursor(selection.cursor), QTextCursor(selection.cursor)
        first.setPosition(selection.cursor.selectionStart())
        last.setPosition(selection.cursor.selectionEnd())
        top, bottom = text.cursorRect(first).top(), text.cursorRect(last).bottom()
        view = text.viewport().height()
        assert top >= 0
        assert bottom <= view
        bar = text.verticalScrollBar()
        # Not pushed to the bottom edge (unless the text ends there).
        assert top <= view // 2 or bar.value() == bar.maximum()
