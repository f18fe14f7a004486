"""The crash handler: an exception in a slot is logged with its traceback, the user gets a
short message, listeners (the kiosk) are told, and the window carries on."""

from __future__ import annotations

import logging
import sys
from collections.abc import Iterator
from types import TracebackType

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

from gui.desktop import crash_handler
from gui.desktop.crash_handler import CrashHandler
from gui.views.main_window import MainWindow
from tests.app_process import run_app


@pytest.fixture
def notes() -> list[tuple[str, str]]:
    return []


@pytest.fixture
def crash(notes: list[tuple[str, str]]) -> Iterator[CrashHandler]:
    """A crash handler installed for one test, recording its messages instead of showing
    them. Installed inside the test, so it takes over from pytest-qt's own hook (which
    would fail the test on purpose-made exceptions) and gives it back afterwards."""
    handler = CrashHandler(notify=lambda text, details: notes.append((text, details)))
    previous = sys.excepthook
    handler.install()
    yield handler
    handler.uninstall()
    assert sys.excepthook is previous


def _raise_in_slot(window: MainWindow, qtbot, error: Exception) -> QPushButton:  # type: ignore[no-untyped-def]
    button = QPushButton("Break", window.centralWidget())
    button.show()

    def broken() -> None:
        raise error

    button.clicked.connect(broken)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    return button


def test_exception_in_a_slot_is_logged_and_the_window_survives(
    window: MainWindow, qtbot, crash: CrashHandler, notes, caplog: pytest.LogCaptureFixture
) -> None:  # type: ignore[no-untyped-def]
    caplog.set_level(logging.ERROR, logger="gui")
    _raise_in_slot(window, qtbot, RuntimeError("boom in a slot"))
    assert window.isVisible()
    [record] = [r for r in caplog.records if r.name == "gui.desktop.crash_handler"]
    assert record.levelno == logging.CRITICAL
    assert record.exc_info is not None
    assert record.exc_info[0] is RuntimeError
    assert "Traceback" in caplog.text
    assert "boom in a slot" in caplog.text
    [(text, details)] = notes
    assert "carries on" in text
    assert "RuntimeError: boom in a slot" in details
    # The app still works after the error.
    window.navigate("partners")
    assert window.current_section() == "partners"


def test_listeners_are_told_and_a_failing_listener_changes_nothing(
    window: MainWindow, qtbot, crash: CrashHandler, notes, caplog: pytest.LogCaptureFixture
) -> None:  # type: ignore[no-untyped-def]
    seen: list[type[BaseException]] = []

    def broken_listener(*_args: object) -> None:
        raise ValueError("listener is broken too")

    def go_home(kind: type[BaseException], _v: BaseException, _tb: TracebackType | None) -> None:
        seen.append(kind)
        window.navigate("overview")

    crash.add_listener(broken_listener)
    crash.add_listener(go_home)
    crash.add_listener(go_home)  # added once only
    window.navigate("sources")
    _raise_in_slot(window, qtbot, KeyError("missing"))
    assert seen == [KeyError]
    assert window.current_section() == "overview"
    assert "an error listener failed" in caplog.text
    assert len(notes) == 1
    crash.remove_listener(go_home)
    _raise_in_slot(window, qtbot, KeyError("again"))
    assert seen == [KeyError]


def test_no_message_when_notify_is_off(
    window: MainWindow, qtbot, crash: CrashHandler, notes
) -> None:  # type: ignore[no-untyped-def]
    crash.notify = None
    _raise_in_slot(window, qtbot, RuntimeError("quiet"))
    assert notes == []
    assert window.isVisible()


def test_the_default_message_is_plain_non_modal_and_shown_once(
    window: MainWindow, qtbot, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    handler = CrashHandler()  # the real message box
    previous = sys.excepthook
    handler.install()
    try:
        _raise_in_slot(window, qtbot, RuntimeError("<b>not bold</b>"))
        _raise_in_slot(window, qtbot, RuntimeError("again, while the first is open"))
    finally:
        handler.uninstall()
    assert sys.excepthook is previous
    boxes = [
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, QMessageBox) and w.objectName() == "crashMessage" and w.isVisible()
    ]
    assert len(boxes) == 1
    box = boxes[0]
    assert box.textFormat() == Qt.TextFormat.PlainText
    assert not box.isModal()
    assert box.windowModality() == Qt.WindowModality.NonModal
    assert "<b>not bold</b>" in box.detailedText()  # the details are plain text too
    box.close()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def test_keyboard_interrupt_goes_to_pythons_hook(
    crash: CrashHandler, notes, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    calls: list[type[BaseException]] = []
    monkeypatch.setattr(sys, "__excepthook__", lambda kind, *_: calls.append(kind))
    crash.handle(KeyboardInterrupt, KeyboardInterrupt(), None)
    assert calls == [KeyboardInterrupt]
    assert notes == []


def test_install_is_idempotent_and_composable(monkeypatch: pytest.MonkeyPatch) -> None:
    """The app's one handler: the entry point installs it, the kiosk adds a listener and
    turns the message off, and nothing ends up installed twice."""
    monkeypatch.setattr(crash_handler, "_handler", None)
    original = sys.excepthook
    try:
        first = crash_handler.install()
        assert sys.excepthook == first.handle

        def listener(*_args: object) -> None:
            pass

        second = crash_handler.install(listener, notify=None)
        assert second is first
        assert first.notify is None
        assert first._listeners == [listener]
        assert sys.excepthook == first.handle
        first.uninstall()
        assert sys.excepthook is original
    finally:
        sys.excepthook = original


def test_the_traceback_reaches_the_log_file(
    window: MainWindow, qtbot, crash: CrashHandler, notes, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    """With the app's logging set up, the whole traceback is in the file a user can send."""
    from gui.desktop.logging_setup import setup_logging

    logger = logging.getLogger("gui")
    handlers, level = list(logger.handlers), logger.level
    try:
        path = setup_logging(tmp_path, stderr=False)
        assert path is not None
        _raise_in_slot(window, qtbot, RuntimeError("boom for the log file"))
        for handler in logger.handlers:
            handler.flush()
        text = path.read_text(encoding="utf-8")
    finally:
        for handler in logger.handlers:
            if handler not in handlers:
                handler.close()
        logger.handlers[:] = handlers
        logger.setLevel(level)
    assert "CRITICAL gui.desktop.crash_handler" in text
    assert "Traceback (most recent call last):" in text
    assert "in broken" in text  # the slot that raised
    assert "RuntimeError: boom for the log file" in text
    assert window.isVisible()
    assert len(notes) == 1


# The real program, with one slot that raises once the window is up; then it quits.
_CRASHING_APP = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

exec_ = QApplication.exec


def exec_with_a_broken_slot(self):
    def broken_slot():
        raise RuntimeError("boom in the running app")

    QTimer.singleShot(200, broken_slot)
    QTimer.singleShot(1200, lambda: print("still running", flush=True))
    QTimer.singleShot(1300, self.quit)
    return exec_()  # static in Qt


QApplication.exec = exec_with_a_broken_slot
from gui.__main__ import main

sys.exit(main(["--new-instance"]))
"""


def test_the_app_logs_an_error_in_a_slot_and_keeps_running(tmp_home) -> None:  # type: ignore[no-untyped-def]
    """The entry point installs the hook: the real app, a real log file, a clean exit."""

    result = run_app(code=_CRASHING_APP, cwd=tmp_home)
    assert result.returncode == 0, result.stderr
    assert "still running" in result.stdout
    [log_file] = list(tmp_home.rglob("strategy-viewer.log"))
    text = log_file.read_text(encoding="utf-8")
    assert "Traceback (most recent call last):" in text
    assert "in broken_slot" in text
    assert "RuntimeError: boom in the running app" in text
