"""Render a window to PNG once it has really been painted, then quit."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QElapsedTimer, QEventLoop, QTimer
from PySide6.QtWidgets import QApplication, QWidget


def wait_for_first_paint(app: QApplication, window: QWidget, timeout_ms: int = 5000) -> None:
    """Process events until the window is exposed and laid out (or the timeout passes)."""
    timer = QElapsedTimer()
    timer.start()
    while timer.elapsed() < timeout_ms:
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        handle = window.windowHandle()
        if handle is not None and handle.isExposed():
            break
    # One more round lets deferred layouts (card heights) settle before the grab.
    for _ in range(3):
        app.processEvents()


def save_after_first_paint(app: QApplication, window: QWidget, path: Path) -> int:
    result: list[int] = []

    def grab() -> None:
        wait_for_first_paint(app, window)
        path.parent.mkdir(parents=True, exist_ok=True)
        ok = window.grab().save(str(path), "PNG")
        if not ok:
            print(f"strategy-viewer: could not write {path}", file=sys.stderr)
        result.append(0 if ok else 1)
        app.quit()

    QTimer.singleShot(0, grab)
    app.exec()
    return result[0] if result else 1
