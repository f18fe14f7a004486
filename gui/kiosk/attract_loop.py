"""The attract loop: while nobody is there, show the panes one after another.

Each step cross-fades to the next pane (a snapshot of the old one fades out over the new),
then keeps the picture moving so nothing burns into the screen: the page pans slowly down,
the Partners and Timeline panes highlight their next item, and a "touch to explore" hint
drifts to a new place. The first touch, click, key or wheel stops the loop and is
swallowed whole (press, moves and release), so it does not also activate whatever was
under the finger; `interrupted` then tells the controller to show the home pane. A moved
pointer stops the loop too, and a press that follows it within WAKE_GRACE_MS is still the
wake-up: a touch screen that acts as a mouse moves the pointer to the finger, then presses.
"""

from __future__ import annotations

import time
from collections.abc import Sequence

from PySide6.QtCore import (
    QEasingCurve,
    QEvent,
    QObject,
    QPoint,
    QPointF,
    QPropertyAnimation,
    QRect,
    Qt,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import QCursor, QMouseEvent
from PySide6.QtWidgets import QApplication, QGraphicsOpacityEffect, QLabel

from ..views.main_window import MainWindow

TRANSITION_MS = 700
HINT_SPOTS = (0.5, 0.3, 0.7, 0.4, 0.6)  # horizontal centres the hint drifts between
MOVE_SLOP_PX = 8
WAKE_GRACE_MS = 500  # after a pointer move woke the kiosk, a press is still the wake-up
_T = QEvent.Type
# Inputs that wake the kiosk and are swallowed whole.
_WAKE = frozenset(
    {
        _T.MouseButtonPress,
        _T.MouseButtonDblClick,
        _T.TouchBegin,
        _T.TabletPress,
        _T.KeyPress,
        _T.Wheel,
    }
)
_PRESS_START = frozenset(
    {_T.MouseButtonPress, _T.MouseButtonDblClick, _T.TouchBegin, _T.TabletPress}
)
_PRESS_FOLLOW = frozenset(
    {
        _T.MouseMove,
        _T.MouseButtonPress,
        _T.MouseButtonDblClick,
        _T.TouchUpdate,
        _T.TabletMove,
    }
)
_PRESS_END = frozenset({_T.MouseButtonRelease, _T.TouchEnd, _T.TouchCancel, _T.TabletRelease})
# What each pane highlights in turn: the references of its items.
_HIGHLIGHTS = {"partners": "partner", "timeline": "event"}


class AttractLoop(QObject):
    advanced = Signal(str)  # the section now on screen
    interrupted = Signal()  # a visitor's input stopped the loop (and was swallowed)

    def __init__(
        self,
        window: MainWindow,
        steps: Sequence[str],
        interval_ms: int,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.window = window
        self.steps = tuple(steps)
        self._running = False
        self._swallowing = False
        self._woken_at = -1.0  # monotonic time a pointer move stopped the loop
        self._filtering = False
        self._index = -1
        self._highlight_index: dict[str, int] = {}
        self._cursor_at = QPointF()
        self.interval_ms = interval_ms  # 0: the loop is off
        self._timer = QTimer(self)
        self._timer.setInterval(max(1, interval_ms))
        self._timer.timeout.connect(self.advance)
        self.transition_ms = max(1, min(TRANSITION_MS, interval_ms // 3))

        self._snapshot = QLabel(window.stack)
        self._snapshot.setObjectName("attractSnapshot")
        self._snapshot.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self._snapshot.hide()
        self._fade_effect = QGraphicsOpacityEffect(self._snapshot)
        self._snapshot.setGraphicsEffect(self._fade_effect)
        self._fade = QPropertyAnimation(self._fade_effect, b"opacity", self)
        self._fade.setStartValue(1.0)
        self._fade.setEndValue(0.0)
        self._fade.setEasingCurve(QEasingCurve.Type.InOutQuad)
        self._fade.finished.connect(self._snapshot.hide)
        self._pan: QPropertyAnimation | None = None

        self.hint = QLabel(window)
        self.hint.setObjectName("attractHint")
        self.hint.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint.hide()
        self._hint_move = QPropertyAnimation(self.hint, b"pos", self)
        self._hint_move.setEasingCurve(QEasingCurve.Type.InOutSine)
        self.retranslate()

    @property
    def enabled(self) -> bool:
        return bool(self.steps) and self.interval_ms > 0

    def is_running(self) -> bool:
        return self._running

    def retranslate(self) -> None:
        self.hint.setText(self.tr("Touch the screen to explore"))
        self.hint.adjustSize()

    # --- filter lifetime ----------------------------------------------------------------
    def install(self) -> None:
        if not self._filtering:
            app = QApplication.instance()
            assert app is not None
            app.installEventFilter(self)
            self._filtering = True

    def uninstall(self) -> None:
        self.stop()
        self._swallowing = False
        self._woken_at = -1.0
        if self._filtering:
            app = QApplication.instance()
            if app is not None:
                app.removeEventFilter(self)
            self._filtering = False

    # --- the loop -----------------------------------------------------------------------
    def start(self) -> None:
        if self._running or not self.enabled:
            return
        self.install()
        self._running = True
        self._woken_at = -1.0
        current = self.window.current_section()
        self._index = self.steps.index(current) if current in self.steps else -1
        self._cursor_at = QCursor.pos().toPointF()
        self.hint.show()
        self.hint.raise_()
        self._move_hint()
        self._start_pan()
        self._timer.start()

    def stop(self) -> None:
        if not self._running:
            return
        self._running = False
        self._timer.stop()
        self._fade.stop()
        self._snapshot.hide()
        self._hint_move.stop()
        self.hint.hide()
        self._drop_pan()

    @Slot()
    def advance(self) -> None:
        """Cross-fade to the next step, then start its motion."""
        if not self._running:
            return
        self._index = (self._index + 1) % len(self.steps)
        section = self.steps[self._index]
        self._drop_pan()
        stack = self.window.stack
        if stack.isVisible() and stack.width() > 0:
            self._snapshot.setPixmap(stack.grab())
            self._snapshot.setGeometry(stack.rect())
            self._fade.stop()
            self._fade.setDuration(self.transition_ms)
            self._fade_effect.setOpacity(1.0)
            self._snapshot.show()
            self._snapshot.raise_()
            self._fade.start()
        pane = self.window.panes[section]
        pane.reset()
        self.window.show_section(section)
        self._highlight(section)
        self._start_pan()
        self._move_hint()
        self.advanced.emit(section)

    def _highlight(self, section: str) -> None:
        kind = _HIGHLIGHTS.get(section)
        if kind is None:
            return
        content = self.window.content
        items = content.partners if kind == "partner" else content.events
        if not items:
            return
        i = self._highlight_index.get(section, -1) + 1
        i %= len(items)
        self._highlight_index[section] = i
        target = content.resolve(f"{kind}:{items[i].id}")
        if target is not None:
            self.window.panes[section].show_target(target)

    def _drop_pan(self) -> None:
        if self._pan is not None:
            self._pan.stop()
            # Parented to the loop: dropping the reference alone would keep one animation
            # per step alive for as long as the kiosk runs.
            self._pan.deleteLater()
            self._pan = None

    def _start_pan(self) -> None:
        """Scroll the page slowly from top to bottom over the step's time."""
        bar = self.window.panes[self.window.current_section()].verticalScrollBar()
        if bar.maximum() <= 0:
            return
        self._pan = QPropertyAnimation(bar, b"value", self)
        self._pan.setStartValue(bar.value())
        self._pan.setEndValue(bar.maximum())
        self._pan.setDuration(max(1, self._timer.interval() - self.transition_ms))
        self._pan.setEasingCurve(QEasingCurve.Type.InOutSine)
        self._pan.start()

    def _move_hint(self) -> None:
        """To the next spot along the bottom of the pages (not over the section list)."""
        stack = self.window.stack
        area = QRect(stack.mapTo(self.window, QPoint(0, 0)), stack.size())
        self.hint.adjustSize()
        spot = HINT_SPOTS[(self._index + 1) % len(HINT_SPOTS)]
        x = area.left() + round(area.width() * spot - self.hint.width() / 2)
        x = max(area.left(), min(x, area.right() - self.hint.width()))
        y = area.bottom() - self.hint.height() - round(area.height() * 0.06)
        self._hint_move.stop()
        if not self.hint.isVisible() or self.hint.pos() == QPoint(0, 0):
            self.hint.move(x, y)
            return
        self._hint_move.setDuration(self.transition_ms * 2)
        self._hint_move.setStartValue(self.hint.pos())
        self._hint_move.setEndValue(QPoint(x, y))
        self._hint_move.start()

    # --- waking up ----------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if self._swallowing:
            if kind in _PRESS_END:
                self._swallowing = False
                event.accept()
                return True
            if kind in _PRESS_FOLLOW:
                event.accept()
                return True
        if not self._running:
            if kind in _PRESS_START and self._in_wake_grace():
                # The press that follows the move that woke the kiosk: part of the wake-up.
                self._woken_at = -1.0
                self._swallowing = True
                event.accept()
                return True
            return False
        if kind in _WAKE:
            event.accept()
            self._swallowing = kind in _PRESS_START
            self._interrupt()
            return True
        if kind == _T.MouseMove and isinstance(event, QMouseEvent):
            moved = event.globalPosition() - self._cursor_at
            if moved.manhattanLength() > MOVE_SLOP_PX:
                self._interrupt()
                self._woken_at = time.monotonic()
        return False

    def _in_wake_grace(self) -> bool:
        if self._woken_at < 0:
            return False
        if (time.monotonic() - self._woken_at) * 1000 <= WAKE_GRACE_MS:
            return True
        self._woken_at = -1.0
        return False

    def _interrupt(self) -> None:
        self.stop()
        self.interrupted.emit()
