"""Uncaught exceptions: logged with their traceback, a short apology shown, the app kept alive.

PySide6 hands an exception raised in a slot, an event handler or a paint method to
`sys.excepthook` and then carries on; Python's default hook only prints to a console that a
desktop launch does not have. `CrashHandler` replaces it: the traceback goes to the log file
(the "gui" loggers, see gui/desktop/logging_setup.py), and a small non-modal message tells the user
that something went wrong and that the app carries on.

There is one hook for the whole app, and others add to it rather than replace it: the kiosk
controller calls `install(on_error=go_home, notify=None)` to return to the attract screen
after an error, without a dialog nobody would dismiss. Two hooks each chaining to the other
would log every error twice or, worse, each undo the other's installation.
"""

from __future__ import annotations

import logging
import sys
import traceback
from collections.abc import Callable
from types import TracebackType

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QMessageBox

log = logging.getLogger(__name__)

ExcInfo = tuple[type[BaseException], BaseException, TracebackType | None]
Listener = Callable[[type[BaseException], BaseException, TracebackType | None], object]
Notifier = Callable[[str, str], object]  # (short message, details)

# Qt raises the same exception on every repaint or timer tick: show one message, not one
# per event. A second message appears only once the first has been closed.
_MESSAGE_OBJECT_NAME = "crashMessage"


def show_message_box(text: str, details: str) -> object:
    """The default notifier: a non-modal, plain-text QMessageBox; None without a GUI."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return None
    for widget in app.topLevelWidgets():
        if widget.objectName() == _MESSAGE_OBJECT_NAME and widget.isVisible():
            return widget
    box = QMessageBox(app.activeWindow())
    box.setObjectName(_MESSAGE_OBJECT_NAME)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("CrashHandler", "Something went wrong"))
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(text)
    box.setDetailedText(details)  # always plain text
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.setWindowModality(Qt.WindowModality.NonModal)
    box.show()
    return box


def friendly_text() -> str:
    return QCoreApplication.translate(
        "CrashHandler",
        "Something went wrong, but Strategy Viewer carries on. "
        "The details have been written to the log file. "
        "If something now looks wrong, restart the app.",
    )


class CrashHandler:
    """The app's `sys.excepthook`: logs, tells the listeners, shows a short message."""

    def __init__(self, notify: Notifier | None = show_message_box) -> None:
        self.notify = notify
        self._listeners: list[Listener] = []
        self._previous: Callable[..., object] | None = None
        self._handling = False

    # --- installation -------------------------------------------------------------------
    @property
    def installed(self) -> bool:
        return sys.excepthook == self.handle

    def install(self) -> None:
        if not self.installed:
            self._previous = sys.excepthook
            sys.excepthook = self.handle

    def uninstall(self) -> None:
        if self.installed:
            sys.excepthook = self._previous or sys.__excepthook__
        self._previous = None

    def add_listener(self, listener: Listener) -> None:
        """Run `listener(kind, value, traceback)` after each uncaught exception is logged."""
        if listener not in self._listeners:
            self._listeners.append(listener)

    def remove_listener(self, listener: Listener) -> None:
        if listener in self._listeners:
            self._listeners.remove(listener)

    # --- the hook -----------------------------------------------------------------------
    def handle(
        self, kind: type[BaseException], value: BaseException, tb: TracebackType | None
    ) -> None:
        if issubclass(kind, (KeyboardInterrupt, SystemExit)) or self._handling:
            # Ctrl+C and exit() keep their usual meaning; an error while handling an error
            # goes to Python's own hook rather than round in circles.
            sys.__excepthook__(kind, value, tb)
            return
        self._handling = True
        try:
            log.critical("uncaught exception", exc_info=(kind, value, tb))
            for listener in list(self._listeners):
                try:
                    listener(kind, value, tb)
                except Exception:
                    log.exception("an error listener failed")
            if self.notify is not None:
                details = "".join(traceback.format_exception(kind, value, tb))
                try:
                    self.notify(friendly_text(), details)
                except Exception:
                    log.exception("could not show the error message")
        finally:
            self._handling = False


_handler: CrashHandler | None = None


def handler() -> CrashHandler:
    """The app's one crash handler (created on first use, not installed)."""
    global _handler
    if _handler is None:
        _handler = CrashHandler()
    return _handler


def install(
    on_error: Listener | None = None, *, notify: Notifier | bool | None = True
) -> CrashHandler:
    """Install the app's crash handler (once) and add `on_error` to its listeners.

    `notify=True` keeps the current notifier (a message box by default), `None` or `False`
    shows nothing (the kiosk, which returns home instead), a callable replaces it.
    """
    crash = handler()
    if notify is None or notify is False:
        crash.notify = None
    elif notify is not True:
        crash.notify = notify
    if on_error is not None:
        crash.add_listener(on_error)
    crash.install()
    return crash
