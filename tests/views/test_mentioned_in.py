"""A partner's "Mentioned in" links are read whole: they wrap in a narrow panel."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from gui.views.elided_button import WrappingButton
from gui.views.main_window import MainWindow


def test_mentioned_in_wraps_instead_of_cutting(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    assert window.open_ref("partner:lu-weibing")
    detail = window.pane("partners").detail
    detail.setFixedWidth(320)
    try:
        for _ in range(3):
            QApplication.processEvents()
            qtbot.wait(5)
        links = [
            b
            for b in detail.findChildren(WrappingButton)
            if b.isVisible() and "nine partners" in b.full_text()
        ]
        assert links, "the announcement links to the partner"
        link = links[0]
        assert link.full_text().endswith("new entrepreneurs")
        one_line = link.sizeHint().height()
        assert link.height() > one_line, "the label wraps onto more lines"
        assert link.height() >= link.heightForWidth(link.width()), "and is as tall as they are"
        assert link.geometry().right() <= link.parentWidget().width()
    finally:
        detail.setMinimumWidth(0)
        detail.setMaximumWidth(16777215)
