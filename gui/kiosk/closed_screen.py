"""Outside opening hours: a black screen that uses as little as it can, and the display's
own power saving where the session lets the app ask for it.

`ClosedScreen` covers the kiosk window: black, with a small dim clock and "Closed — touch
to wake", which jump to another place once a minute (no animation; nothing stays lit in
one place all night). A tap on it is swallowed whole (press and release) and reported
as `touched`; it does not reach what is under it.

`DisplayPower` switches the monitor off through DPMS on X11 (`xset dpms force off`) and
back on, restoring whether DPMS was enabled before (a kiosk session normally runs
`xset s off -dpms`, which keeps the screen on during the day). Elsewhere (Wayland, no
xset) it logs once that DPMS is unavailable, and the black screen stays.
"""

from __future__ import annotations

import logging
import shutil
import subprocess
from collections.abc import Callable, Sequence
from datetime import datetime

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, Signal
from PySide6.QtGui import QGuiApplication, QMouseEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

log = logging.getLogger(__name__)

# Where the dim text stands, minute by minute: fractions of the free width and height.
SPOTS = ((0.5, 0.5), (0.3, 0.35), (0.7, 0.65), (0.35, 0.7), (0.65, 0.3), (0.5, 0.8))
_SHEET = """
QFrame#closedScreen { border: none; }
QLabel { background: transparent; }
QLabel#closedClock { color: #3c3c3c; font-size: 28pt; font-weight: 300; }
QLabel#closedText { color: #2f2f2f; font-size: 13pt; }
"""

Runner = Callable[[Sequence[str]], "subprocess.CompletedProcess[str]"]


def _run(command: Sequence[str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(list(command), capture_output=True, text=True, timeout=5, check=False)


class ClosedScreen(QFrame):
    touched = Signal()  # a visitor tapped the black screen

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._window = window
        self._minute = 0
        self.setObjectName("closedScreen")
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, True)  # paintEvent fills it
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setStyleSheet(_SHEET)
        self.box = QWidget(self)
        column = QVBoxLayout(self.box)
        column.setContentsMargins(0, 0, 0, 0)
        self.clock = QLabel()
        self.clock.setObjectName("closedClock")
        self.clock.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.text = QLabel()
        self.text.setObjectName("closedText")
        self.text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        column.addWidget(self.clock)
        column.addWidget(self.text)
        self.retranslate()
        self.hide()
        window.installEventFilter(self)

    def retranslate(self) -> None:
        self.text.setText(self.tr("Closed — touch to wake"))
        self.setAccessibleName(self.tr("Closed — touch to wake"))
        self._place()

    def show_time(self, now: datetime) -> None:
        """Show (or keep showing) the screen with the time `now`; the text moves to its
        next place when the minute changes."""
        self.clock.setText(f"{now.hour:02d}:{now.minute:02d}")
        self._minute = now.hour * 60 + now.minute
        self.setGeometry(self._window.rect())
        self._place()
        if not self.isVisible():
            self.show()
        self.raise_()

    def _place(self) -> None:
        self.box.adjustSize()
        x_part, y_part = SPOTS[self._minute % len(SPOTS)]
        free = self.size() - self.box.size()
        self.box.move(QPoint(round(free.width() * x_part), round(free.height() * y_part)))

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(event.rect(), Qt.GlobalColor.black)  # whatever the theme or style

    # --- input --------------------------------------------------------------------------
    def mousePressEvent(self, event: QMouseEvent) -> None:
        event.accept()  # the press and its release are the screen's, nothing under it

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        event.accept()
        self.touched.emit()

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        event.accept()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._window and event.type() == QEvent.Type.Resize and self.isVisible():
            self.setGeometry(self._window.rect())
            self._place()
        return False


class DisplayPower:
    """The monitor's power through DPMS, where the session allows it (X11 with xset)."""

    def __init__(
        self,
        platform: Callable[[], str] = QGuiApplication.platformName,
        which: Callable[[str], str | None] = shutil.which,
        run: Runner = _run,
    ) -> None:
        self._platform = platform
        self._which = which
        self._run = run
        self._told = False  # that DPMS is unavailable: logged once
        self._off = False
        self._was_enabled = True

    def available(self) -> bool:
        return self._platform() == "xcb" and self._which("xset") is not None

    def off(self) -> bool:
        """Blank the display; False (logged once) where that is not possible."""
        if not self.available():
            if not self._told:
                self._told = True
                platform = self._platform()
                why = "no xset (x11-xserver-utils)" if platform == "xcb" else "X11 only"
                log.info("kiosk: DPMS is unavailable on the %r platform (%s); the closed "
                         "screen stays black without it", platform, why)  # fmt: skip
            return False
        try:
            state = self._run(["xset", "q"])
            self._was_enabled = "DPMS is Enabled" in (state.stdout or "")
            done = self._run(["xset", "dpms", "force", "off"])
        except (OSError, subprocess.SubprocessError) as error:
            log.warning("kiosk: could not switch the display off: %s", error)
            return False
        if done.returncode != 0:
            log.warning("kiosk: `xset dpms force off` failed: %s", (done.stderr or "").strip())
            return False
        self._off = True
        log.info("kiosk: display off (DPMS)")
        return True

    def on(self) -> None:
        """The display on again, and DPMS as it was (off in a kiosk session, so that the
        screen does not blank itself during the day)."""
        if not self._off:
            return
        self._off = False
        try:
            self._run(["xset", "dpms", "force", "on"])
            if not self._was_enabled:
                self._run(["xset", "-dpms"])
        except (OSError, subprocess.SubprocessError) as error:
            log.warning("kiosk: could not switch the display on: %s", error)
            return
        log.info("kiosk: display on")
