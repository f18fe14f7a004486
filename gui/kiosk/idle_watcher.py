"""Notices when nobody has touched the screen for a while.

An application-wide event filter restarts a single-shot timer on every touch, mouse, key,
wheel or pen input; when the timer runs out, `idle` is emitted. It only watches: it never
swallows an event.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPointF, QTimer, Signal, Slot
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication

_T = QEvent.Type
INPUT_EVENTS = frozenset(
    {
        _T.MouseButtonPress,
        _T.MouseButtonRelease,
        _T.MouseButtonDblClick,
        _T.Wheel,
        _T.KeyPress,
        _T.KeyRelease,
        _T.TouchBegin,
        _T.TouchUpdate,
        _T.TouchEnd,
        _T.TabletPress,
        _T.TabletMove,
        _T.TabletRelease,
        _T.NativeGesture,
    }
)


class IdleWatcher(QObject):
    idle = Signal()  # no input for `timeout_ms`
    activity = Signal()  # the first input after an idle period

    def __init__(self, timeout_ms: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(timeout_ms)
        self._timer.timeout.connect(self._on_timer_timeout)
        self._is_idle = False
        self._last_mouse = QPointF(-1, -1)
        self._watching = False

    @property
    def timeout_ms(self) -> int:
        return self._timer.interval()

    def is_idle(self) -> bool:
        return self._is_idle

    def start(self) -> None:
        if not self._watching:
            app = QApplication.instance()
            assert app is not None
            app.installEventFilter(self)
            self._watching = True
        self.poke()

    def stop(self) -> None:
        if self._watching:
            app = QApplication.instance()
            if app is not None:
                app.removeEventFilter(self)
            self._watching = False
        self._timer.stop()

    def poke(self) -> None:
        """Count as input now: the idle time starts again."""
        self._timer.start()
        if self._is_idle:
            self._is_idle = False
            self.activity.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in INPUT_EVENTS:
            self.poke()
        elif kind == _T.MouseMove and isinstance(event, QMouseEvent):
            # Qt also sends moves when widgets move under a still pointer: count real ones.
            position = event.globalPosition()
            if position != self._last_mouse:
                self._last_mouse = position
                self.poke()
        return False

    @Slot()
    def _on_timer_timeout(self) -> None:
        self._is_idle = True
        self.idle.emit()
