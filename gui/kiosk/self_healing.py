"""After an unexpected error, the kiosk goes home instead of dying or showing a dialog.

PySide6 hands an exception raised in a slot or event handler to `sys.excepthook` and
carries on. The app has one hook, gui.desktop.crash_handler, which logs the traceback; the kiosk
adds itself as a listener and turns the error message off (nobody would dismiss it). The
recovery runs from the event loop, not inside the hook, and is rate-limited: an error that
recurs on every repaint must not reset the screen in a tight loop.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from types import TracebackType

from PySide6.QtCore import QObject, QTimer, Signal

from ..desktop import crash_handler

log = logging.getLogger(__name__)

MAX_RECOVERIES = 5  # within WINDOW_SECONDS; more than that and the kiosk stops resetting
WINDOW_SECONDS = 10.0


class SelfHealing(QObject):
    recovered = Signal()

    def __init__(self, recover: Callable[[], object], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._recover = recover
        self._installed = False
        self._pending = False
        self._recent: list[float] = []
        self._was_installed = False
        self._old_notify: crash_handler.Notifier | None = None

    def install(self) -> None:
        if self._installed:
            return
        crash = crash_handler.handler()
        self._was_installed = crash.installed
        self._old_notify = crash.notify
        crash_handler.install(self._on_error, notify=None)
        self._installed = True

    def uninstall(self) -> None:
        if not self._installed:
            return
        crash = crash_handler.handler()
        crash.remove_listener(self._on_error)
        crash.notify = self._old_notify
        if not self._was_installed:
            crash.uninstall()
        self._installed = False

    def _on_error(
        self, _kind: type[BaseException], _value: BaseException, _tb: TracebackType | None
    ) -> None:
        now = time.monotonic()
        self._recent = [t for t in self._recent if now - t < WINDOW_SECONDS]
        if len(self._recent) >= MAX_RECOVERIES:
            log.error("kiosk: errors keep recurring; not returning home again for a while")
            return
        if not self._pending:
            self._recent.append(now)
            self._pending = True
            QTimer.singleShot(0, self._run)

    def _run(self) -> None:
        self._pending = False
        log.warning("kiosk: returning to the home page after an unexpected error")
        self._recover()
        self.recovered.emit()
