"""A kiosk fits a small screen: the desktop window's minimum size (960×640) is taller than a
1024×600 panel, and full screen then ran 40 px past the bottom of the screen (the PIN pad's
Cancel button and every page's last lines cut off). Found by the visitor simulator."""

from __future__ import annotations

from PySide6.QtCore import QSize


def test_the_kiosk_drops_the_desktop_windows_minimum_size_and_gives_it_back(
    make_kiosk, kiosk_window
) -> None:  # type: ignore[no-untyped-def]
    desktop_minimum = kiosk_window.minimumSize()
    assert desktop_minimum.height() > 600  # else this test proves nothing

    kiosk = make_kiosk()
    minimum = kiosk_window.minimumSize().expandedTo(kiosk_window.minimumSizeHint())
    assert minimum.boundedTo(QSize(1024, 600)) == minimum

    kiosk.uninstall()
    assert kiosk_window.minimumSize() == desktop_minimum
