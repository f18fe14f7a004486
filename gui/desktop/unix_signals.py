"""Quit cleanly on SIGTERM and SIGINT, remembering the window as on a normal close.

A session logout, `systemctl --user stop` (the kiosk unit) or Ctrl+C in a terminal send a
signal; Python's default would end the process on the spot, losing the window state.
Python only runs its signal handlers when the interpreter has control, so a short timer
hands it control while the Qt event loop waits.
"""

from __future__ import annotations

import signal
from collections.abc import Callable
from types import FrameType

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

POLL_MS = 250


def quit_on_signals(app: QApplication, before_quit: Callable[[], None] | None = None) -> None:
    """On SIGTERM/SIGINT: call `before_quit` (save state), then quit the event loop."""

    def handler(signum: int, _frame: FrameType | None) -> None:
        if before_quit is not None:
            before_quit()
        app.quit()

    for number in (signal.SIGINT, signal.SIGTERM):
        signal.signal(number, handler)
    timer = QTimer(app)
    timer.setObjectName("signalPollTimer")
    timer.timeout.connect(lambda: None)
    timer.start(POLL_MS)
