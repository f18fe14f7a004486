"""Main windows for tests: made as the app makes them, shown, and deleted at once after.

A deferred delete only runs in a real event loop, and windows left alive would be
re-styled by every later test: `close_window` deletes now.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QWidget

from gui.application import MainUi
from gui.content import Content
from gui.views.main_window import MainWindow


@contextmanager
def shown_window(
    content: Content, qtbot: Any, size: tuple[int, int] = (1280, 800), build_all: bool = False
) -> Iterator[MainWindow]:
    """A shown main window over `content`; `build_all` builds every pane first (they are
    otherwise built on first use), for tests that look across all of them."""
    with shown_ui(content, qtbot, size, build_all) as ui:
        yield ui.window


@contextmanager
def shown_ui(
    content: Content, qtbot: Any, size: tuple[int, int] = (1280, 800), build_all: bool = False
) -> Iterator[MainUi]:
    """`shown_window`, with the controllers and menus the composition root wired to it."""
    from gui.application import build_ui

    ui = build_ui(content)
    win = ui.window
    win.resize(*size)
    if build_all:
        list(win.panes.values())
    win.show()
    qtbot.waitExposed(win)
    try:
        yield ui
    finally:
        close_window(win)
        _unzoom()


def _unzoom() -> None:
    """The zoom is the application's, which outlives the window: a test that zoomed and
    did not zoom back left the next test's window at its zoom."""
    from PySide6.QtWidgets import QApplication

    from gui.theming import font_scale
    from gui.theming.styling import set_font_scale

    app = QApplication.instance()
    if isinstance(app, QApplication) and font_scale.current(app) != 1.0:
        set_font_scale(app, 1.0)


def close_window(win: MainWindow) -> None:
    win.close()
    win.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def type_search(qtbot: Any, window: MainWindow, text: str) -> None:
    """Ctrl+K, then `text` into the search field a key at a time, as a visitor types it;
    returns once the results for the last key are shown."""
    from PySide6.QtCore import Qt

    box = window.search_box
    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert box.field.hasFocus()
    if text.isascii():
        qtbot.keyClicks(box.field, text)
    else:
        box.field.insert(text)  # as an input method commits it: QTest types only Latin-1
    qtbot.waitUntil(lambda: box.panel.isVisible() and box.panel.status.text() != "")
    qtbot.wait(box._timer.interval() + 20)  # the debounce has fired for the last key


def activate(qtbot: Any, window: QWidget) -> None:
    """Active, as in a real session. (Offscreen, a window that new flags hid and showed
    again, as the kiosk's lock-down does, keeps the platform's focus but Qt forgets it is
    active; another window that is active for a moment puts that right.)"""
    if window.isActiveWindow():
        return
    other = QWidget()
    other.show()
    other.activateWindow()
    qtbot.waitUntil(other.isActiveWindow, timeout=2000)
    other.close()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)


def settle(qtbot: Any) -> None:
    """Let queued layout, paint and deferred work run: three rounds of events."""
    for _ in range(3):
        QCoreApplication.processEvents()
        qtbot.wait(5)
