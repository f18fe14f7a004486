"""An unexpected error in a slot is logged; the kiosk goes home and stays open."""

from __future__ import annotations

import logging

import pytest
from PySide6.QtCore import Qt

from gui.content import SECTIONS


def test_an_error_in_a_slot_returns_home(kiosk_window, qtbot, make_kiosk, caplog) -> None:  # type: ignore[no-untyped-def]
    kiosk = make_kiosk()

    def broken(section: str) -> None:
        if section == "partners":
            raise RuntimeError("a bug in a slot")

    kiosk_window.section_changed.connect(broken)
    try:
        nav = kiosk_window.navigation
        rect = nav.visualRect(kiosk_window.sections.index(SECTIONS.index("partners"), 0))
        with caplog.at_level(logging.WARNING), qtbot.waitSignal(kiosk.healing.recovered):
            qtbot.mouseClick(nav.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    finally:
        kiosk_window.section_changed.disconnect(broken)
    assert kiosk_window.isVisible()
    assert kiosk_window.isFullScreen()
    assert kiosk_window.current_section() == "overview"
    assert "a bug in a slot" in caplog.text  # the traceback is in the log
    assert "returning to the home page" in caplog.text


def test_the_error_hook_is_given_back(make_kiosk) -> None:  # type: ignore[no-untyped-def]
    import sys

    before = sys.excepthook
    kiosk = make_kiosk()
    assert sys.excepthook is not before
    kiosk.uninstall()
    assert sys.excepthook is before


@pytest.mark.parametrize("count", [12])
def test_recurring_errors_do_not_reset_in_a_loop(make_kiosk, qtbot, count) -> None:  # type: ignore[no-untyped-def]
    kiosk = make_kiosk()
    recovered = []
    kiosk.healing.recovered.connect(lambda: recovered.append(True))
    for _ in range(count):
        kiosk.healing._on_error(RuntimeError, RuntimeError("again"), None)
        qtbot.wait(1)
    assert 1 <= len(recovered) <= 5
