"""SIGTERM and SIGINT quit the event loop at any moment, also before it has started."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QTimer

from gui.desktop.unix_signals import SignalQuitter, quit_on_signals

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")

GIVE_UP = 99  # the status of a loop that no signal ended


@pytest.fixture
def quitter(app) -> Iterator[tuple[SignalQuitter, list[str]]]:  # type: ignore[no-untyped-def]
    saved: list[str] = []
    installed = quit_on_signals(app, before_quit=lambda: saved.append("saved"))
    yield installed, saved
    installed.uninstall()
    installed.deleteLater()


def _exec_with_watchdog(app) -> int:  # type: ignore[no-untyped-def]
    """app.exec(), ended with GIVE_UP after 5 s: a lost signal fails the test, not hangs it."""
    watchdog = QTimer()
    watchdog.setSingleShot(True)
    watchdog.timeout.connect(lambda: app.exit(GIVE_UP))
    watchdog.start(5000)
    quit_on_last = app.quitOnLastWindowClosed()
    app.setQuitOnLastWindowClosed(False)
    try:
        return app.exec()
    finally:
        watchdog.stop()
        app.setQuitOnLastWindowClosed(quit_on_last)


@pytest.mark.parametrize("number", [signal.SIGTERM, signal.SIGINT])
def test_a_signal_before_the_event_loop_runs_ends_the_start_at_once(
    app, quitter, number: int
) -> None:  # type: ignore[no-untyped-def]
    """While the window is still being built there is no loop to quit: the start
    unwinds there and then, with the status a shell gives a process the signal ended."""
    installed, saved = quitter
    with pytest.raises(SystemExit) as ended:
        os.kill(os.getpid(), number)
    assert ended.value.code == 128 + number
    assert installed.signalled == number
    assert saved == ["saved"]


def test_a_signal_while_the_loop_waits_quits_it(app, quitter) -> None:  # type: ignore[no-untyped-def]
    installed, saved = quitter
    # From another process while the loop waits in C++, where Python cannot run its
    # handler: only the wake-up socket brings the loop back to Python in time.
    with subprocess.Popen(["sh", "-c", f"sleep 0.3; kill -TERM {os.getpid()}"]) as killer:
        assert _exec_with_watchdog(app) == 0
        killer.wait(5)
    assert installed.signalled == signal.SIGTERM
    assert saved == ["saved"]


def test_no_quit_is_left_queued_for_a_later_loop(app, quitter, qtbot) -> None:  # type: ignore[no-untyped-def]
    QTimer.singleShot(0, lambda: os.kill(os.getpid(), signal.SIGTERM))
    assert _exec_with_watchdog(app) == 0
    # A stray queued quit would end this wait at once instead of after the timer.
    fired: list[bool] = []
    QTimer.singleShot(200, lambda: fired.append(True))
    qtbot.waitUntil(lambda: fired == [True], timeout=2000)


def test_uninstall_puts_the_previous_handlers_back(app) -> None:  # type: ignore[no-untyped-def]
    before = signal.getsignal(signal.SIGTERM)
    installed = quit_on_signals(app)
    assert signal.getsignal(signal.SIGTERM) != before
    installed.uninstall()
    assert signal.getsignal(signal.SIGTERM) == before
    assert signal.set_wakeup_fd(-1) == -1, "the wake-up socket is released"
