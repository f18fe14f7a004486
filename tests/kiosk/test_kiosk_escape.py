"""A visitor tries the obvious ways out: every one leaves the window open and full screen."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog, QMenuBar, QToolBar

M = Qt.KeyboardModifier


def _still_in(window) -> bool:  # type: ignore[no-untyped-def]
    return window.isVisible() and window.isFullScreen()


def test_kiosk_window_is_full_screen_frameless_and_on_top(kiosk_window, make_kiosk) -> None:  # type: ignore[no-untyped-def]
    make_kiosk()
    assert kiosk_window.isFullScreen()
    flags = kiosk_window.windowFlags()
    assert flags & Qt.WindowType.FramelessWindowHint
    assert flags & Qt.WindowType.WindowStaysOnTopHint


def test_no_menus_or_toolbars_are_left(kiosk_window, make_kiosk) -> None:  # type: ignore[no-untyped-def]
    bars = [*kiosk_window.findChildren(QMenuBar), *kiosk_window.findChildren(QToolBar)]
    assert any(bar.isVisible() for bar in bars)  # the desktop app has them
    make_kiosk()
    assert not any(bar.isVisible() for bar in bars)


def test_close_is_refused(kiosk_window, qtbot, make_kiosk) -> None:  # type: ignore[no-untyped-def]
    kiosk = make_kiosk()
    with qtbot.waitSignal(kiosk.lockdown.refused) as refused:
        assert not kiosk_window.close()
    assert refused.args == ["close"]
    assert _still_in(kiosk_window)


@pytest.mark.parametrize(
    ("key", "modifiers"),
    [
        (Qt.Key.Key_F4, M.AltModifier),
        (Qt.Key.Key_W, M.ControlModifier),
        (Qt.Key.Key_Q, M.ControlModifier),
        (Qt.Key.Key_Escape, M.NoModifier),
        (Qt.Key.Key_F11, M.NoModifier),
    ],
    ids=["Alt+F4", "Ctrl+W", "Ctrl+Q", "Escape", "F11"],
)
def test_escape_keys_are_eaten(kiosk_window, qtbot, make_kiosk, key, modifiers) -> None:  # type: ignore[no-untyped-def]
    kiosk = make_kiosk()
    quit_triggered = []
    kiosk_window.quit_action.triggered.connect(lambda: quit_triggered.append(True))
    for target in (kiosk_window, kiosk_window.pane("partners").filter_edit):
        with qtbot.waitSignal(kiosk.lockdown.refused):
            qtbot.keyClick(target, key, modifiers)
        qtbot.wait(10)
        assert _still_in(kiosk_window)
    assert not quit_triggered


def test_show_normal_goes_back_to_full_screen(kiosk_window, qtbot, make_kiosk) -> None:  # type: ignore[no-untyped-def]
    make_kiosk()
    kiosk_window.showNormal()
    qtbot.waitUntil(lambda: kiosk_window.isFullScreen(), timeout=1000)
    kiosk_window.showMinimized()
    qtbot.waitUntil(
        lambda: kiosk_window.isFullScreen() and not kiosk_window.isMinimized(), timeout=1000
    )
    assert kiosk_window.isVisible()


def test_context_menu_is_refused(kiosk_window, qtbot, make_kiosk) -> None:  # type: ignore[no-untyped-def]
    kiosk = make_kiosk()
    label = kiosk_window.pane("overview").headline  # selectable text: has a context menu
    where = label.mapTo(kiosk_window, QPoint(5, 5))
    with qtbot.waitSignal(kiosk.lockdown.refused) as refused:
        # Through the window, as the platform delivers it: Qt makes the context menu event.
        QTest.mouseClick(kiosk_window.windowHandle(), Qt.MouseButton.RightButton, pos=where)
    assert refused.args == ["context menu"]
    assert QApplication.activePopupWidget() is None


def test_links_out_open_nothing(qtbot, make_kiosk) -> None:  # type: ignore[no-untyped-def]
    kiosk = make_kiosk()
    for url in (
        "https://example.com/",
        "http://example.com/",
        "file:///etc/passwd",
        "mailto:a@b.c",
    ):
        with qtbot.waitSignal(kiosk.lockdown.refused) as refused:
            assert QDesktopServices.openUrl(QUrl(url))  # handled: by the kiosk's handler
        assert refused.args == [f"url {url}"]


def test_a_file_chooser_is_refused(kiosk_window, qtbot, make_kiosk) -> None:  # type: ignore[no-untyped-def]
    kiosk = make_kiosk()
    chosen: list[str] = []
    QTimer.singleShot(0, lambda: chosen.append(QFileDialog.getOpenFileName(kiosk_window)[0]))
    with qtbot.waitSignal(kiosk.lockdown.refused) as refused:
        pass
    qtbot.waitUntil(lambda: chosen == [""], timeout=2000)
    assert refused.args == ["dialog QFileDialog"]
    assert _still_in(kiosk_window)


def test_the_app_itself_may_quit(app, kiosk_window, make_kiosk) -> None:  # type: ignore[no-untyped-def]
    """SIGTERM (`systemctl stop`) and --screenshot quit the app: that is not a visitor."""
    make_kiosk()
    give_up = QTimer()  # a refused quit would hang: fail instead
    give_up.setSingleShot(True)
    give_up.timeout.connect(lambda: app.exit(1))
    give_up.start(3000)
    QTimer.singleShot(0, app.quit)
    # Closing the last window would post a second quit, which would end the event loops of
    # later tests the moment they start.
    quit_on_last = app.quitOnLastWindowClosed()
    app.setQuitOnLastWindowClosed(False)
    try:
        assert app.exec() == 0
    finally:
        give_up.stop()
        app.setQuitOnLastWindowClosed(quit_on_last)
    assert not kiosk_window.isVisible()


def test_the_window_fits_a_screen_smaller_than_its_desktop_minimum(
    kiosk_window, qtbot, make_kiosk
) -> None:  # type: ignore[no-untyped-def]
    """A kiosk screen smaller than the desktop window's minimum (800×600 today; a small
    panel, or a larger minimum one day): the window fits the screen, so the keyboard's
    bottom row is on it. (The test screen is 800×800; the minimum here is larger.)"""
    before = kiosk_window.minimumSize()
    kiosk_window.setMinimumSize(1000, 900)
    try:
        desktop_minimum = kiosk_window.minimumSize()
        kiosk = make_kiosk()
        screen = kiosk_window.screen().geometry()
        assert desktop_minimum.width() > screen.width()
        qtbot.waitUntil(lambda: kiosk_window.geometry() == screen, timeout=2000)
        kiosk.uninstall()
        assert kiosk_window.minimumSize() == desktop_minimum
    finally:
        kiosk_window.setMinimumSize(before)
