"""The floor no Qt app can beat: an empty QMainWindow, grabbed after its first paint.

    python bench/bare_window.py [PNG]

Does what `python -m gui --screenshot PNG` does, with nothing of the app: the same window
size, the same wait for the window to be exposed, the same grab and PNG save, then exit.
bench/run.py times both as whole processes and divides one by the other.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QElapsedTimer, QEventLoop, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow


def show_and_grab(app: QApplication, window: QMainWindow, path: str) -> int:
    """Show `window` at the app's size, grab it once it is exposed and painted, save the
    PNG (if `path`), quit; 0 on success."""
    window.resize(1280, 800)
    window.show()
    result: list[int] = []

    def grab() -> None:
        timer = QElapsedTimer()
        timer.start()
        while timer.elapsed() < 5000:
            app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
            handle = window.windowHandle()
            if handle is not None and handle.isExposed():
                break
        for _ in range(3):
            app.processEvents()
        pixmap = window.grab()
        result.append(0 if not path or pixmap.save(path, "PNG") else 1)
        app.quit()

    QTimer.singleShot(0, grab)
    app.exec()
    return result[0] if result else 1


def main(argv: list[str]) -> int:
    app = QApplication(argv[:1])
    return show_and_grab(app, QMainWindow(), argv[1] if len(argv) > 1 else "")


if __name__ == "__main__":
    sys.exit(main(sys.argv))
