"""A visitor's first tap on a card that opens another page must not crash the kiosk.

The kiosk grabs kinetic scrolling (QScroller) on every scrolling page. A tap is a mouse
press and release that Qt's gesture manager filters; a card opens a page that is built on
first use, and the kiosk used to ungrab and grab every page's gesture right then, inside
the gesture manager's own walk over those grabs: SIGSEGV. Grabs now change only after the
event is delivered.
"""

from __future__ import annotations

from PySide6.QtCore import Qt

from gui.kiosk.kiosk_controller import KioskController
from tests.windows import shown_window


def _tap_card(qtbot, grid, row: int) -> None:  # type: ignore[no-untyped-def]
    index = grid.model().index(row, 0)
    rect = grid.visualRect(index)
    # The card's upper part: its figure and title, away from its source chips.
    point = rect.topLeft() + rect.center() - rect.topLeft()
    point.setY(rect.top() + rect.height() // 4)
    qtbot.mouseClick(grid.viewport(), Qt.MouseButton.LeftButton, pos=point)


def test_tapping_each_overview_card_on_a_fresh_kiosk_opens_its_page(
    content, qtbot, kiosk_config
) -> None:  # type: ignore[no-untyped-def]
    opened = []
    with shown_window(content, qtbot) as win:
        kiosk = KioskController(win, kiosk_config())
        kiosk.install()
        try:
            grid = win.pane("overview").highlights
            for row in range(grid.model().rowCount()):
                kiosk.reset_to_home(force=True)
                qtbot.wait(20)
                _tap_card(qtbot, grid, row)
                qtbot.wait(50)  # the queued touch set-up of a newly built page runs
                opened.append(win.current_section())
        finally:
            kiosk.uninstall()
    assert "partners" in opened  # the "5 → 9 Partners" card, the one that crashed
    assert len(set(opened) - {"overview"}) >= 2
