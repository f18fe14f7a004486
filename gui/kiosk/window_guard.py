"""Keeps the kiosk window on screen whatever another program asks of the window system.

In a session without a window manager any X client may unmap, resize, move or destroy
another's window (`xdotool windowunmap|windowsize|windowmove|windowclose`), and Qt is
not told of everything: after XDestroyWindow its widget still counts as visible, with
no window behind it — a black screen, and a process that never exits. So the guard
looks, a few times a second, at what Qt does know:

- the window is not *exposed* (unmapped, minimised, destroyed): after `GRACE_CHECKS`
  looks in a row (a window being mapped is briefly unexposed) its native window is
  thrown away and made anew, full screen — which works the same whether the old one was
  unmapped or destroyed;
- its geometry is not the screen's (resized, moved): back to the screen's geometry.

If `MAX_ATTEMPTS` new windows in a row never get exposed, the window system will not
show the kiosk (its connection is gone, or it refuses): `lost` is emitted, and the
kiosk exits with a status its supervisor restarts (exit_status.py).

On Wayland no other client can do any of this, and the compositor decides the size of
a full-screen window. There Qt also counts a window as unexposed whenever the compositor
stops sending it frame callbacks (a screen switched off for the night, an occluded
surface): the guard would make new windows all night and exit. So it does not run on
Wayland at all.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QRect, QTimer, Signal, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMainWindow

from .lockdown import Lockdown

log = logging.getLogger(__name__)

CHECK_MS = 250
GRACE_CHECKS = 2  # so about half a second unexposed before the window is made anew
MAX_ATTEMPTS = 8  # new windows in a row that never showed: about four seconds


class WindowGuard(QObject):
    restored = Signal(str)  # what was wrong: "unexposed", "geometry"
    lost = Signal()  # the window cannot be brought back

    def __init__(
        self, window: QMainWindow, lockdown: Lockdown, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.window = window
        self.lockdown = lockdown
        self.attempts = 0
        self._unexposed = 0
        self._unfixable: QRect | None = None
        self._gave_up = False
        self._timer = QTimer(self)
        self._timer.setObjectName("kioskWindowGuard")
        self._timer.setInterval(CHECK_MS)
        self._timer.timeout.connect(self.check)

    def start(self, interval_ms: int = CHECK_MS) -> None:
        if self.applies():
            self._timer.start(interval_ms)

    @staticmethod
    def applies() -> bool:
        """Whether other programs can take the window away (X11), unlike on Wayland."""
        return not QGuiApplication.platformName().startswith("wayland")

    def stop(self) -> None:
        self._timer.stop()

    @property
    def active(self) -> bool:
        return self._timer.isActive()

    # --- what Qt knows ------------------------------------------------------------------
    def is_exposed(self) -> bool:
        handle = self.window.windowHandle()
        return handle is not None and handle.isExposed()

    def _screen_geometry(self) -> QRect | None:
        screen = self.window.screen() or QGuiApplication.primaryScreen()
        return screen.geometry() if screen is not None else None

    # --- the check ----------------------------------------------------------------------
    @Slot()
    def check(self) -> None:
        if self._gave_up or self.lockdown.close_allowed or not self.window.isVisible():
            return  # quitting, or not shown yet: nothing to keep on screen
        if not self.is_exposed():
            self._unexposed += 1
            if self._unexposed >= GRACE_CHECKS:
                self._unexposed = 0
                self._recreate()
            return
        self._unexposed = 0
        if self.attempts:
            log.info("kiosk: the window is back on screen")
            self.attempts = 0
            self.restored.emit("unexposed")
        self._check_geometry()

    def _check_geometry(self) -> None:
        screen = self._screen_geometry()
        geometry = self.window.geometry()
        if screen is None or geometry == screen:
            self._unfixable = None
            return
        if geometry == self._unfixable:
            return  # tried once and it stayed so (a minimum size larger than the screen)
        log.warning("kiosk: the window was moved or resized to %s; back to full screen",
                    geometry.getRect())  # fmt: skip
        self.lockdown.go_full_screen()
        self.window.raise_()
        self._unfixable = self.window.geometry() if self.window.geometry() != screen else None
        self.restored.emit("geometry")

    def _recreate(self) -> None:
        if self.attempts >= MAX_ATTEMPTS:
            self._gave_up = True
            self._timer.stop()
            log.critical(
                "kiosk: the window system does not show the window any more (%d new "
                "windows never appeared); exiting to be restarted",
                self.attempts,
            )
            self.lost.emit()
            return
        self.attempts += 1
        log.warning("kiosk: the window was unmapped, minimised or destroyed by another "
                    "program; making it anew (attempt %d)", self.attempts)  # fmt: skip
        self._recreate_window()

    def _recreate_window(self) -> None:
        window = self.window
        handle = window.windowHandle()
        window.hide()
        if handle is not None:
            # A new native window: remapping the old one fails if it was destroyed.
            handle.destroy()
        self.lockdown.go_full_screen()
        window.show()
        window.raise_()
        window.activateWindow()
