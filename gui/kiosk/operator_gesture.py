"""The operator's hidden way in: a long press in the top-left corner, or a key chord.

Visitors do not find it by accident: the corner press must be held for seconds without
moving, and the chord needs several modifiers. Either one only opens the PIN pad.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QKeyEvent, QKeySequence, QMouseEvent, QTouchEvent
from PySide6.QtWidgets import QApplication, QWidget

CORNER_PX = 80  # the square, from the window's top-left, that a long press must start in
SLOP_PX = 24  # how far a held finger may drift before the press no longer counts
_T = QEvent.Type
_PRESSES = (_T.MouseButtonPress, _T.TouchBegin)
_RELEASES = (_T.MouseButtonRelease, _T.TouchEnd, _T.TouchCancel)
_MOVES = (_T.MouseMove, _T.TouchUpdate)


def _global_position(event: QEvent) -> QPoint | None:
    if isinstance(event, QMouseEvent):
        return event.globalPosition().toPoint()
    if isinstance(event, QTouchEvent) and event.points():
        return event.points()[0].globalPosition().toPoint()
    return None


class OperatorGesture(QObject):
    triggered = Signal()

    def __init__(
        self, window: QWidget, chord: str, long_press_ms: int, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.window = window
        sequence = QKeySequence.fromString(chord, QKeySequence.SequenceFormat.PortableText)
        self.chord = sequence[0] if sequence.count() == 1 else None  # type: ignore[index]
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(long_press_ms)
        self._timer.timeout.connect(self._on_timer_timeout)
        self._pressed_at: QPoint | None = None
        self._active = False

    def start(self) -> None:
        if not self._active:
            app = QApplication.instance()
            assert app is not None
            app.installEventFilter(self)
            self._active = True

    def stop(self) -> None:
        if self._active:
            app = QApplication.instance()
            if app is not None:
                app.removeEventFilter(self)
            self._active = False
        self._cancel()

    def matches_chord(self, event: QKeyEvent) -> bool:
        if self.chord is None:
            return False
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        return bool(
            event.key() == self.chord.key().value and mods == self.chord.keyboardModifiers()
        )

    def in_corner(self, global_pos: QPoint) -> bool:
        local = self.window.mapFromGlobal(global_pos)
        return QRect(0, 0, CORNER_PX, CORNER_PX).contains(local)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in (_T.ShortcutOverride, _T.KeyPress) and isinstance(event, QKeyEvent):
            if self.matches_chord(event):
                event.accept()
                if kind == _T.KeyPress and not event.isAutoRepeat():
                    self.triggered.emit()
                return True
        elif kind in _PRESSES:
            position = _global_position(event)
            if position is not None and self._pressed_at is None and self.in_corner(position):
                self._pressed_at = position
                self._timer.start()
        elif kind in _RELEASES:
            self._cancel()
        elif kind in _MOVES and self._pressed_at is not None:
            position = _global_position(event)
            if position is not None and (position - self._pressed_at).manhattanLength() > SLOP_PX:
                self._cancel()
        return False

    def _cancel(self) -> None:
        self._timer.stop()
        self._pressed_at = None

    @Slot()
    def _on_timer_timeout(self) -> None:
        self._pressed_at = None
        self.triggered.emit()
