"""A kiosk fits a small screen. Found by the visitor simulator: the desktop window's minimum
size was taller than a 1024×600 panel, so full screen ran 40 px past its bottom edge (the
lock-down now fits the window to its screen: tests/kiosk/test_kiosk_escape.py), and the PIN
pad's keys overlapped there."""

from __future__ import annotations


def test_the_pin_pad_fits_a_short_window_without_overlapping_keys(
    make_kiosk, kiosk_window, qtbot
) -> None:  # type: ignore[no-untyped-def]
    """On a 1024×600 screen the pad's 88 px keys did not fit: rows overlapped, so a finger
    between two keys pressed either, and Cancel was cut off. A short window gets 64 px keys."""
    from PySide6.QtWidgets import QAbstractButton

    kiosk = make_kiosk()
    kiosk_window.resize(1024, 600)  # the kiosk goes back to full screen: the screen's size
    qtbot.waitUntil(lambda: kiosk_window.height() <= 600)
    kiosk.gesture.triggered.emit()
    qtbot.waitUntil(kiosk.pad.isVisible)
    assert kiosk.pad.is_compact()
    keys = [b for b in kiosk.pad.findChildren(QAbstractButton) if b.isVisible()]
    rects = [b.geometry().translated(b.parentWidget().mapTo(kiosk_window, b.pos()) - b.pos())
             for b in keys]  # fmt: skip
    assert len(keys) == 13  # ten digits, Clear, OK, Cancel
    for i, rect in enumerate(rects):
        assert kiosk_window.rect().contains(rect), keys[i].text()
        assert min(rect.width(), rect.height()) >= 44, keys[i].text()
        assert not any(rect.intersects(other) for other in rects[i + 1 :]), keys[i].text()
    kiosk.pad.cancel()
