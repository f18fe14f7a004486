"""The kiosk's on-screen keyboard: letters, digits and editing keys for visitors who have
no keyboard.

It is a child of the kiosk window docked along its bottom edge, not a window of its own:
while it is shown the window's contents margin grows by its height, so the central widget
(pages, search results, the roster's table) shrinks above it and nothing is covered. It
opens when a visitor taps a text field of the window, follows the focus from field to
field, and closes on its Done key, when the focus goes to anything that is not a text
field, and when the controller says so (an idle reset).

It never takes the focus: the frame and every key are Qt.NoFocus, so the field keeps the
keyboard focus and its cursor while a key is tapped. (Qt.WindowDoesNotAcceptFocus is for
top-level windows; this is a widget inside the kiosk window.) A key sends the field real
key events (press and release, with their text), so the field's own editing, undo, its
textEdited/textChanged signals and the app's search and filtering run as for a
hardware keyboard.

Latin letters and digits serve both languages: the search matches toneless pinyin.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QEvent, QMargins, QObject, QPoint, QSize, Qt, Signal, Slot
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QApplication,
    QFrame,
    QGridLayout,
    QLineEdit,
    QPushButton,
    QWidget,
)

from ..theming.resources import icon
from ..theming.theme import Theme

KEY_MIN_PX = 44  # the kiosk's smallest touch target
KEY_MAX_PX = 96
SPACING_PX = 6
MARGIN_PX = 10
LETTER_ROWS = ("qwertyuiop", "asdfghjkl", "zxcvbnm")
DIGIT_ROWS = ("789", "456", "123", "0")
# Grid: ten letter columns, a narrow gap column, three digit columns.
LETTER_COLUMNS = 10
DIGIT_COLUMN = LETTER_COLUMNS + 1
COLUMNS = DIGIT_COLUMN + 3
ROWS = 4
REVEAL_ROOM = 0.6  # a field needs this part of its page's height free below it
_T = QEvent.Type


def key_size(width: int, height: int) -> QSize:
    """A key's size in a window of `width` × `height`: at least 44 px each way, larger on
    larger screens; in portrait, bounded by the width."""
    h = round(min(height * 0.07, width * 0.055))
    h = max(KEY_MIN_PX, min(KEY_MAX_PX, h))
    # The gap column between letters and digits is a third of a key.
    fit = (width - 2 * MARGIN_PX - (COLUMNS - 1) * SPACING_PX) * 3 // (3 * COLUMNS - 2)
    w = max(KEY_MIN_PX, min(round(h * 1.5), fit))
    return QSize(w, h)


def _span(columns: int, key: int) -> int:
    """The width of a key spanning `columns` grid columns of `key` px."""
    return columns * key + (columns - 1) * SPACING_PX


class OnScreenKeyboard(QFrame):
    """Docked along the bottom of `window`; `install()` starts watching the window's text
    fields, `uninstall()` stops and gives the window's margins back."""

    opened = Signal()
    closed = Signal()

    def __init__(self, window: QWidget, theme: Theme) -> None:
        super().__init__(window)
        self._window = window
        self._theme = theme
        self._target: QLineEdit | None = None
        self._installed = False
        self._margins = window.contentsMargins()
        self._key_size = QSize()
        self.setObjectName("onScreenKeyboard")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)

        grid = QGridLayout(self)
        grid.setContentsMargins(MARGIN_PX, MARGIN_PX, MARGIN_PX, MARGIN_PX)
        grid.setSpacing(SPACING_PX)
        grid.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.keys: dict[str, QPushButton] = {}
        for row, letters in enumerate(LETTER_ROWS):
            for column, letter in enumerate(letters):
                key = self._key(letter, letter.upper(), "oskKey")
                key.setAccessibleName(letter.upper())
                grid.addWidget(key, row, column)
        for row, digits in enumerate(DIGIT_ROWS):
            for column, digit in enumerate(digits):
                key = self._key(digit, digit, "oskKey")
                key.setAccessibleName(digit)
                if digit == "0":
                    grid.addWidget(key, row, DIGIT_COLUMN, 1, 3)
                    key.setObjectName("oskZero")
                else:
                    grid.addWidget(key, row, DIGIT_COLUMN + column)
        self.backspace_key = self._key("backspace", "", "oskKey")
        self.backspace_key.setAutoRepeat(True)  # held down, it goes on deleting
        grid.addWidget(self.backspace_key, 1, 9)
        self.clear_key = self._key("clear", "", "oskWide3")
        grid.addWidget(self.clear_key, 2, 7, 1, 3)
        self.space_key = self._key("space", "", "oskSpace")
        grid.addWidget(self.space_key, 3, 0, 1, 7)
        self.done_key = self._key("done", "", "oskDone")
        grid.addWidget(self.done_key, 3, 7, 1, 3)
        self.set_theme(theme)
        self.retranslate()
        self.hide()

    def _key(self, name: str, text: str, object_name: str) -> QPushButton:
        key = QPushButton(text, self)
        key.setObjectName(object_name)
        key.setProperty("oskKey", name)
        key.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the field keeps the focus
        key.setAutoDefault(False)
        key.clicked.connect(lambda _=False, k=name: self.press(k))
        self.keys[name] = key
        return key

    def retranslate(self) -> None:
        self.setAccessibleName(self.tr("On-screen keyboard"))
        self.space_key.setText(self.tr("Space"))
        self.space_key.setAccessibleName(self.tr("Space"))
        self.backspace_key.setAccessibleName(self.tr("Backspace"))
        self.backspace_key.setToolTip(self.tr("Backspace"))
        self.clear_key.setText(self.tr("Clear"))
        self.clear_key.setAccessibleName(self.tr("Clear the field"))
        self.done_key.setText(self.tr("Done"))
        self.done_key.setAccessibleName(self.tr("Done: hide the keyboard"))

    def set_theme(self, theme: Theme) -> None:
        """Colours come from the kiosk stylesheet; the backspace glyph is an icon."""
        self._theme = theme
        self.backspace_key.setIcon(icon("backspace", theme.text))

    # --- watching the window's text fields ----------------------------------------------
    def install(self) -> None:
        if self._installed:
            return
        self._installed = True
        self._margins = self._window.contentsMargins()
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        app.installEventFilter(self)
        app.focusChanged.connect(self._on_app_focus_changed)
        self._window.installEventFilter(self)

    def uninstall(self) -> None:
        if not self._installed:
            return
        self.close_keyboard()
        self._installed = False
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.removeEventFilter(self)
            app.focusChanged.disconnect(self._on_app_focus_changed)
        self._window.removeEventFilter(self)

    def accepts(self, widget: QObject | None) -> bool:
        """Whether `widget` is a text field of the window that a visitor can type into."""
        return (
            isinstance(widget, QLineEdit)
            and shiboken6.isValid(widget)
            and widget.window() is self._window
            and widget.isEnabled()
            and not widget.isReadOnly()
            and bool(widget.focusPolicy() & Qt.FocusPolicy.ClickFocus)
        )

    @property
    def target(self) -> QLineEdit | None:
        if self._target is not None and not shiboken6.isValid(self._target):
            self._target = None
        return self._target

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if watched is self._window:
            if kind == _T.Resize and self.isVisible():
                self._dock()
            return False
        if kind == _T.FocusIn and isinstance(event, QFocusEvent):
            # A tap gives the focus to a field ("by a tap": not the idle reset's own focus
            # moves, nor a window coming back to the front).
            if event.reason() == Qt.FocusReason.MouseFocusReason and self.accepts(watched):
                self.open_for(watched)  # type: ignore[arg-type]
        elif kind == _T.MouseButtonRelease and self.accepts(watched):
            # Any tap on a field: also the one that kept the focus after Done, and a field
            # of a window that the session did not activate (no window manager). Taps the
            # attract loop swallows as a wake-up never get here: its filter is asked first.
            self.open_for(watched)  # type: ignore[arg-type]
        return False

    @Slot(QWidget, QWidget)
    def _on_app_focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        if not self.isVisible() or new is None:
            return  # None: the window lost the activation for a moment, not a visitor
        if self.accepts(new):
            self._target = new  # type: ignore[assignment]
        else:
            self.close_keyboard()

    # --- showing ------------------------------------------------------------------------
    def open_for(self, field: QLineEdit) -> None:
        self._target = field
        if self.isVisible():
            return
        self.show()
        self._dock()
        self.raise_()
        self._reveal(field)
        self.opened.emit()

    @Slot()
    def close_keyboard(self) -> None:
        self._target = None
        if not self.isVisible():
            return
        self.hide()
        self._window.setContentsMargins(self._margins)
        self.closed.emit()

    def _dock(self) -> None:
        """Along the bottom of the window, the window's contents above it."""
        area = self._window.rect()
        size = key_size(area.width(), area.height())
        self._size_keys(size)
        # Computed, not the size hint: that may still be the one from before the new key
        # sizes (the style sheet is applied when the keys are next polished).
        height = 2 * MARGIN_PX + ROWS * size.height() + (ROWS - 1) * SPACING_PX
        self.setGeometry(0, area.height() - height, area.width(), height)
        self._window.setContentsMargins(self._margins + QMargins(0, 0, 0, height))

    def _reveal(self, field: QLineEdit) -> None:
        """A field on a scrolling page, with too little room under it for what it shows
        (a roster's table), goes to the top of the page's visible part."""
        layout = self._window.layout()
        if layout is not None:
            layout.activate()  # the pages have their new height now, not on the next event
        parent = field.parentWidget()
        while parent is not None and not isinstance(parent, QAbstractScrollArea):
            parent = parent.parentWidget()
        if parent is None or parent.window() is not self._window:
            return
        viewport = parent.viewport()
        top = field.mapTo(viewport, QPoint(0, 0)).y()
        below = viewport.height() - (top + field.height())
        if below < viewport.height() * REVEAL_ROOM:
            bar = parent.verticalScrollBar()
            bar.setValue(bar.value() + top - MARGIN_PX)

    def _size_keys(self, size: QSize) -> None:
        if size == self._key_size:
            return
        self._key_size = size
        w, h = size.width(), size.height()
        letters = round(h * 0.42)
        words = round(h * 0.32)
        # The keyboard's own sheet: it wins over the window's for these sizes.
        self.setStyleSheet(
            f"QPushButton {{ min-height: {h}px; max-height: {h}px; padding: 0;"
            f" font-size: {letters}px; }}\n"
            f"QPushButton#oskKey {{ min-width: {w}px; max-width: {w}px; }}\n"
            f"QPushButton#oskWide3, QPushButton#oskDone {{ min-width: {_span(3, w)}px;"
            f" max-width: {_span(3, w)}px; font-size: {words}px; }}\n"
            f"QPushButton#oskSpace {{ min-width: {_span(7, w)}px; max-width: {_span(7, w)}px;"
            f" font-size: {words}px; }}\n"
            f"QPushButton#oskZero {{ min-width: {_span(3, w)}px; max-width: {_span(3, w)}px; }}\n"
        )
        layout = self.layout()
        assert isinstance(layout, QGridLayout)
        layout.setColumnMinimumWidth(LETTER_COLUMNS, w // 3)  # letters | digits
        glyph = round(h * 0.5)
        self.backspace_key.setIconSize(QSize(glyph, glyph))

    # --- typing -------------------------------------------------------------------------
    @Slot(str)
    def press(self, name: str) -> None:
        """What tapping the key `name` does ("a", "7", "space", "backspace", "clear",
        "done")."""
        if name == "done":
            self.close_keyboard()
            return
        field = self.target
        if field is None or not field.isVisible():
            self.close_keyboard()
            return
        if name == "clear":
            if field.text():
                field.selectAll()
                self._send(field, Qt.Key.Key_Backspace)
        elif name == "backspace":
            self._send(field, Qt.Key.Key_Backspace)
        elif name == "space":
            self._send(field, Qt.Key.Key_Space, " ")
        elif len(name) == 1 and name.isdigit():
            self._send(field, Qt.Key(Qt.Key.Key_0 + int(name)), name)
        elif len(name) == 1:
            self._send(field, Qt.Key(Qt.Key.Key_A + ord(name) - ord("a")), name)

    @staticmethod
    def _send(field: QLineEdit, key: Qt.Key, text: str = "") -> None:
        for kind in (_T.KeyPress, _T.KeyRelease):
            QApplication.sendEvent(
                field, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, text)
            )
