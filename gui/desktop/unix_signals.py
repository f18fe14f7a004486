"""Quit cleanly on SIGTERM and SIGINT, remembering the window as on a normal close.

A session logout, `systemctl --user stop` (the kiosk unit) or Ctrl+C in a terminal send a
signal; Python's default would end the process on the spot, losing the window state.

Two things make this reliable at any moment:

- Python runs a signal handler only when the interpreter has control, and the Qt event
  loop keeps it in C++ while it waits. `signal.set_wakeup_fd` makes the C-level handler
  write a byte to a pipe, a `QSocketNotifier` wakes the event loop on it, and the
  interpreter runs the Python handler as the notifier's slot is called: no polling.
- A signal can arrive after the handler is installed but before `app.exec()` runs, while
  the window is still being built. `QApplication.quit()` does nothing then (there is no
  loop to end yet), and queuing a quit for the loop would leave the process running
  until the whole window is built (seconds on a busy machine). So the handler raises
  SystemExit(128 + the signal) there and then: the start unwinds through its `finally`
  blocks (the instance lock) and ends with the status a shell reports for the signal.

`signalled` tells the caller which signal ended the loop.
"""

from __future__ import annotations

import logging
import os
import signal
from collections.abc import Callable
from types import FrameType

from PySide6.QtCore import QObject, QSocketNotifier, QThread, QTimer, Slot
from PySide6.QtWidgets import QApplication

log = logging.getLogger(__name__)

SIGNALS = (signal.SIGINT, signal.SIGTERM)
POLL_MS = 250  # only where a wake-up socket cannot be set up (not the main thread)


class SignalQuitter(QObject):
    """Installed by `quit_on_signals`; `signalled` is the first signal received, or None."""

    def __init__(self, app: QApplication, before_quit: Callable[[], None] | None = None) -> None:
        super().__init__(app)
        self.setObjectName("signalQuitter")
        self.app = app
        self.before_quit = before_quit
        self.signalled: int | None = None
        self._previous_handlers: dict[int, object] = {}
        self._previous_wakeup_fd = -1
        self._pipe: tuple[int, int] | None = None
        self._notifier: QSocketNotifier | None = None
        self._poll: QTimer | None = None

    def install(self) -> None:
        for number in SIGNALS:
            self._previous_handlers[number] = signal.signal(number, self._on_signal)
        try:
            # A pipe, not a socket pair: this app opens no sockets (tests/test_offline.py).
            reader, writer = os.pipe()
            os.set_blocking(reader, False)
            os.set_blocking(writer, False)
            try:
                # warn_on_full_buffer=False: a burst of signals is one wake-up, no warning.
                self._previous_wakeup_fd = signal.set_wakeup_fd(writer, warn_on_full_buffer=False)
            except ValueError:
                os.close(reader)
                os.close(writer)
                raise
        except (ValueError, OSError):
            # Not the main thread, or Windows (whose wake-up fd must be a socket): give
            # Python a turn a few times a second instead.
            self._poll = QTimer(self)
            self._poll.setObjectName("signalPollTimer")
            self._poll.timeout.connect(lambda: None)
            self._poll.start(POLL_MS)
            return
        self._pipe = (reader, writer)
        self._notifier = QSocketNotifier(reader, QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._on_notifier_activated)

    def uninstall(self) -> None:
        """Put back the previous handlers (tests; the app keeps its own until it exits)."""
        for number, handler in self._previous_handlers.items():
            signal.signal(number, handler)  # type: ignore[arg-type]
        self._previous_handlers = {}
        if self._pipe is not None:
            signal.set_wakeup_fd(self._previous_wakeup_fd)
            assert self._notifier is not None
            self._notifier.setEnabled(False)
            self._notifier.deleteLater()
            self._notifier = None
            for end in self._pipe:
                os.close(end)
            self._pipe = None
        if self._poll is not None:
            self._poll.stop()
            self._poll = None

    @Slot()
    def _on_notifier_activated(self) -> None:
        # By now the interpreter has run the Python handler; only the bytes are left.
        assert self._pipe is not None
        try:
            while os.read(self._pipe[0], 512):
                pass
        except (BlockingIOError, InterruptedError):
            pass

    def _on_signal(self, number: int, _frame: FrameType | None) -> None:
        first = self.signalled is None
        if first:
            self.signalled = number
        log.info("received %s; quitting", signal.Signals(number).name)
        if first and self.before_quit is not None:
            try:
                self.before_quit()
            except Exception:  # quitting matters more than what could not be saved
                log.exception("could not save before quitting")
        if QThread.currentThread().loopLevel() > 0:
            self.app.quit()
        elif first:
            # Before exec(): quit() would be lost, there being no loop to end yet (see the
            # module's docstring).
            raise SystemExit(128 + number)


def quit_on_signals(
    app: QApplication, before_quit: Callable[[], None] | None = None
) -> SignalQuitter:
    """On SIGTERM/SIGINT: call `before_quit` (save state), then quit the event loop, even
    one that has not started yet. The returned object's `signalled` says which arrived."""
    quitter = SignalQuitter(app, before_quit)
    quitter.install()
    return quitter
