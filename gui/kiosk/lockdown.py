"""Keeps a visitor inside: full screen, no way to close, no menus, dialogs or links out.

What Qt can refuse is refused here: close events (through MainWindow.about_to_close),
the keys that close, quit, leave full screen or open files (eaten app-wide as
ShortcutOverride and KeyPress, before any QAction sees them), context menus, pinch and
Ctrl+wheel zoom, leaving the full-screen state, dialogs (a file chooser is a dialog) and
external URLs (every QDesktopServices.openUrl goes to a handler that only logs). What
belongs to the OS session (Ctrl+Alt+Del, VT switching, the Super key) cannot be refused by
an app; docs/kiosk.md says how to set up a single-app session for that.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, QUrl, Signal, Slot
from PySide6.QtGui import (
    QCloseEvent,
    QDesktopServices,
    QGuiApplication,
    QKeyEvent,
    QKeySequence,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDockWidget,
    QMainWindow,
    QMenu,
    QMenuBar,
    QStatusBar,
    QToolBar,
    QWidget,
)

log = logging.getLogger(__name__)

# Every scheme the desktop could hand to another program; openUrl of any other scheme is
# rare, and the docs say so.
BLOCKED_SCHEMES = ("http", "https", "file", "mailto", "ftp", "sftp", "tel", "sms", "data", "about")
# Keys refused with any modifier, and exact chords; plus the platform's own bindings below.
BLOCKED_KEYS = frozenset({Qt.Key.Key_Escape, Qt.Key.Key_F11})
BLOCKED_CHORDS = ("Alt+F4", "Ctrl+F4", "Ctrl+W", "Ctrl+Shift+W", "Ctrl+Q", "Ctrl+0", "Ctrl+=")
BLOCKED_STANDARD_KEYS = (
    QKeySequence.StandardKey.Close,
    QKeySequence.StandardKey.Quit,
    QKeySequence.StandardKey.FullScreen,
    QKeySequence.StandardKey.Open,
    QKeySequence.StandardKey.Save,
    QKeySequence.StandardKey.SaveAs,
    QKeySequence.StandardKey.Print,
    QKeySequence.StandardKey.New,
    QKeySequence.StandardKey.Preferences,
    QKeySequence.StandardKey.HelpContents,
    QKeySequence.StandardKey.WhatsThis,
    QKeySequence.StandardKey.ZoomIn,
    QKeySequence.StandardKey.ZoomOut,
)
ALLOWED_DIALOG = "kioskAllowed"  # a dialog with this property set True may be shown
_PORTABLE = QKeySequence.SequenceFormat.PortableText
_T = QEvent.Type


def _chord_text(event: QKeyEvent, strip_shift: bool = False) -> str:
    mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
    if strip_shift:
        mods &= ~Qt.KeyboardModifier.ShiftModifier
    return QKeySequence(Qt.Key(event.key()) | mods).toString(_PORTABLE)


def blocked_chords() -> frozenset[str]:
    chords = {QKeySequence(c).toString(_PORTABLE) for c in BLOCKED_CHORDS}
    for standard in BLOCKED_STANDARD_KEYS:
        chords.update(k.toString(_PORTABLE) for k in QKeySequence.keyBindings(standard))
    return frozenset(c for c in chords if c)


class Lockdown(QObject):
    """Applied to one main window; `install()` and `uninstall()` are idempotent."""

    refused = Signal(str)  # what a visitor tried: "close", "key Alt+F4", "url https://…", …

    def __init__(self, window: QMainWindow, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.window = window
        self.close_allowed = False
        self._installed = False
        self._chords = blocked_chords()
        self._hidden: list[QWidget] = []
        self._flags = window.windowFlags()
        self._minimum = window.minimumSize()
        self._native_dialogs = False

    # --- installation -------------------------------------------------------------------
    def install(self) -> None:
        if self._installed:
            return
        self._installed = True
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        w = self.window
        visible = w.isVisible()
        self._flags = w.windowFlags()
        self._minimum = w.minimumSize()
        w.setWindowFlags(
            self._flags | Qt.WindowType.FramelessWindowHint | Qt.WindowType.WindowStaysOnTopHint
        )
        self.go_full_screen()
        if visible:  # changing the flags hid it
            w.show()
        self._hidden = [
            bar
            for kind in (QMenuBar, QToolBar, QStatusBar, QDockWidget)
            for bar in w.findChildren(kind)
            if bar.isVisibleTo(w)
        ]
        for bar in self._hidden:
            bar.hide()
        self._native_dialogs = app.testAttribute(Qt.ApplicationAttribute.AA_DontUseNativeDialogs)
        # Qt's own dialogs are widgets this filter can see and refuse; native ones are not.
        app.setAttribute(Qt.ApplicationAttribute.AA_DontUseNativeDialogs, True)
        for scheme in BLOCKED_SCHEMES:
            # A str, despite the stub: PySide6 6.11 rejects the bytes it declares.
            QDesktopServices.setUrlHandler(scheme, self, "block_url")  # type: ignore[arg-type]
        app.installEventFilter(self)
        self.window.installEventFilter(self)
        if hasattr(self.window, "about_to_close"):
            self.window.about_to_close.connect(self._on_window_about_to_close)

    def uninstall(self) -> None:
        """Lift the app-wide parts (filters, URL handlers); the window keeps its look."""
        if not self._installed:
            return
        self._installed = False
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.removeEventFilter(self)
            app.setAttribute(Qt.ApplicationAttribute.AA_DontUseNativeDialogs, self._native_dialogs)
        self.window.removeEventFilter(self)
        for scheme in BLOCKED_SCHEMES:
            QDesktopServices.unsetUrlHandler(scheme)
        if hasattr(self.window, "about_to_close"):
            self.window.about_to_close.disconnect(self._on_window_about_to_close)
        for bar in self._hidden:
            bar.show()
        self._hidden = []
        self.window.setMinimumSize(self._minimum)

    # --- refusals -----------------------------------------------------------------------
    def _refuse(self, what: str) -> None:
        log.info("kiosk: refused %s", what)
        self.refused.emit(what)

    @Slot(QCloseEvent)
    def _on_window_about_to_close(self, event: QCloseEvent) -> None:
        if not self.close_allowed:
            event.ignore()
            self._refuse("close")

    @Slot(QUrl)
    def block_url(self, url: QUrl) -> None:
        """The handler of every blocked scheme: log the attempt, open nothing."""
        log.warning("kiosk: blocked an attempt to open %s", url.toDisplayString())
        self.refused.emit(f"url {url.toDisplayString()}")

    def is_blocked_key(self, event: QKeyEvent) -> bool:
        if event.key() in BLOCKED_KEYS:
            return True
        return (
            _chord_text(event) in self._chords
            or _chord_text(event, strip_shift=True) in self._chords
        )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in (_T.ShortcutOverride, _T.KeyPress) and isinstance(event, QKeyEvent):
            if self.is_blocked_key(event):
                # An accepted ShortcutOverride tells Qt not to run a shortcut; the KeyPress
                # that follows is eaten too, so no widget acts on it either.
                event.accept()
                if kind == _T.KeyPress:
                    self._refuse(f"key {_chord_text(event)}")
                return True
        elif kind == _T.ContextMenu:
            event.accept()
            self._refuse("context menu")
            return True
        elif kind == _T.Wheel and isinstance(event, QWheelEvent):
            if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
                event.accept()  # Ctrl+wheel and touchpad pinches zoom: not in a kiosk
                return True
        elif kind == _T.NativeGesture:
            if event.gestureType() in (  # type: ignore[attr-defined]
                Qt.NativeGestureType.ZoomNativeGesture,
                Qt.NativeGestureType.SmartZoomNativeGesture,
                Qt.NativeGestureType.RotateNativeGesture,
            ):
                event.accept()
                return True
        elif kind == _T.Show:
            self._check_shown(watched)
        elif kind == _T.Quit and watched is QApplication.instance():
            # The app's own decision (SIGTERM from `systemctl stop`, a session logout):
            # only code can ask for it, never a visitor, so the window may close.
            log.info("kiosk: the application is quitting")
            self.close_allowed = True
        elif kind == _T.WindowStateChange and watched is self.window and not self.is_full_screen():
            QTimer.singleShot(0, self._restore_full_screen)
        return False

    def _check_shown(self, watched: QObject) -> None:
        if isinstance(watched, QDialog) and not watched.property(ALLOWED_DIALOG):
            # Rejected once its exec() loop runs: rejecting inside show() would leave exec()
            # waiting for ever.
            self._refuse(f"dialog {type(watched).__name__}")
            QTimer.singleShot(0, watched.reject)
        elif isinstance(watched, QMenu):
            self._refuse("menu")
            QTimer.singleShot(0, watched.close)

    def is_full_screen(self) -> bool:
        state = self.window.windowState()
        return bool(state & Qt.WindowState.WindowFullScreen) and not (
            state & Qt.WindowState.WindowMinimized
        )

    def go_full_screen(self) -> None:
        """Full screen; and the screen's size first, for a session without a window
        manager, where "full screen" is a request that nobody grants. (In that order:
        setGeometry() clears the full-screen state.)"""
        screen = self.window.screen() or QGuiApplication.primaryScreen()
        if screen is not None:
            # The desktop window's minimum size is for a desktop; a kiosk screen may be
            # smaller (1024×600): the window fits the screen, never runs off its edge.
            fitted = self._minimum.boundedTo(screen.geometry().size())
            if self.window.minimumSize() != fitted:
                self.window.setMinimumSize(fitted)
            self.window.setGeometry(screen.geometry())
        self.window.setWindowState(Qt.WindowState.WindowFullScreen)

    @Slot()
    def _restore_full_screen(self) -> None:
        if self._installed and not self.close_allowed and not self.is_full_screen():
            self._refuse("leaving full screen")
            self.go_full_screen()
            self.window.show()
            self.window.raise_()
            self.window.activateWindow()
