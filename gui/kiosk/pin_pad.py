"""The operator's PIN pad: an overlay inside the kiosk window, not a dialog.

Big buttons for a finger (digits, Clear, OK, Cancel), the digits shown as dots, the
keyboard's digits, Backspace and Enter work too. It reports what was typed and forgets it;
the controller checks the PIN and tells the pad to refuse it or to lock for a while.
"""

from __future__ import annotations

import math
import time

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from .pin import MAX_LENGTH

BUTTON_PX = 88  # well above the 44 px minimum touch target
# A window shorter than this (a 1024×600 panel) gets the compact pad: 64 px keys, less
# space between (resources/kiosk/kiosk.qss), so that the panel fits and no keys overlap.
COMPACT_BELOW_PX = 720
DOT = "●"


class PinPad(QFrame):
    """Covers its parent window; `open()` shows it, `submitted(pin)` or `cancelled` follow."""

    submitted = Signal(str)
    cancelled = Signal()

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._window = window
        self.setObjectName("pinPadOverlay")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._digits = ""
        self._require_pin = True
        self._locked_until = 0.0
        self._countdown = QTimer(self)
        self._countdown.setInterval(250)
        self._countdown.timeout.connect(self._on_countdown_timeout)

        panel = QFrame()
        panel.setObjectName("pinPanel")
        panel.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        panel.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        column = QVBoxLayout(panel)
        self._column = column
        self.title = QLabel()
        self.title.setObjectName("pinTitle")
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.display = QLabel()
        self.display.setObjectName("pinDisplay")
        self.display.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.display.setAccessibleName(self.tr("PIN"))
        self.message = QLabel()
        self.message.setObjectName("pinMessage")
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setWordWrap(True)
        column.addWidget(self.title)
        column.addWidget(self.display)
        column.addWidget(self.message)

        self.keys = QWidget()
        grid = QGridLayout(self.keys)
        grid.setContentsMargins(0, 0, 0, 0)
        self._grid = grid
        self.digit_buttons: list[QPushButton] = []
        for digit in range(10):
            button = self._button(str(digit), "pinDigit")
            button.clicked.connect(lambda _=False, d=str(digit): self.press_digit(d))
            self.digit_buttons.append(button)
            row, col = (3, 1) if digit == 0 else divmod(digit - 1, 3)
            grid.addWidget(button, row, col)
        self.clear_button = self._button("", "pinClear")
        self.clear_button.clicked.connect(self.clear)
        self.ok_button = self._button("", "pinOk")
        self.ok_button.clicked.connect(self.submit)
        grid.addWidget(self.clear_button, 3, 0)
        grid.addWidget(self.ok_button, 3, 2)
        column.addWidget(self.keys, 0, Qt.AlignmentFlag.AlignHCenter)
        self.cancel_button = self._button("", "pinCancel")
        self.cancel_button.clicked.connect(self.cancel)
        self.cancel_button.setMinimumWidth(3 * BUTTON_PX + 24)
        column.addWidget(self.cancel_button, 0, Qt.AlignmentFlag.AlignHCenter)
        # Which bundle is live, for the operator (bundle_swap.py keeps it current).
        self.bundle_info = QLabel()
        self.bundle_info.setObjectName("pinBundleInfo")
        self.bundle_info.setTextFormat(Qt.TextFormat.PlainText)
        self.bundle_info.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.bundle_info.setWordWrap(True)
        self._bundle: tuple[str, str] | None = None
        column.addWidget(self.bundle_info)

        outer = QHBoxLayout(self)
        outer.addWidget(panel, 0, Qt.AlignmentFlag.AlignCenter)
        self.panel = panel
        self._compact: bool | None = None
        self._fit(window.height())
        self.retranslate()
        self.hide()
        window.installEventFilter(self)

    def _button(self, text: str, name: str) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.setMinimumSize(BUTTON_PX, BUTTON_PX)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the pad itself takes the keys
        button.setAutoDefault(False)
        return button

    def _fit(self, height: int) -> None:
        """The compact pad on a short window, the roomy one otherwise."""
        compact = height < COMPACT_BELOW_PX
        if compact == self._compact:
            return
        self._compact = compact
        self._column.setContentsMargins(*((24, 12, 24, 12) if compact else (32, 28, 32, 28)))
        self._column.setSpacing(8 if compact else 14)
        self._grid.setSpacing(10 if compact else 12)
        self.setProperty("compact", compact)
        for widget in (self, *self.findChildren(QWidget)):  # the stylesheet's [compact]
            widget.style().unpolish(widget)
            widget.style().polish(widget)

    def is_compact(self) -> bool:
        return bool(self._compact)

    def retranslate(self) -> None:
        self.clear_button.setText(self.tr("Clear"))
        self.ok_button.setText(self.tr("OK"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.title.setText(
            self.tr("Operator PIN") if self._require_pin else self.tr("Leave kiosk mode?")
        )
        if self._bundle is not None:
            text = self.tr("Content: %1, version %2")
            self.bundle_info.setText(
                text.replace("%1", self._bundle[0]).replace("%2", self._bundle[1])
            )
        self._update_display()

    def set_bundle_info(self, bundle_id: str, version: str) -> None:
        """Name the bundle on screen (its bundle.json id and version)."""
        self._bundle = (bundle_id, version)
        self.retranslate()

    # --- state --------------------------------------------------------------------------
    def open(self, require_pin: bool = True) -> None:
        self._require_pin = require_pin
        self._digits = ""
        self.keys.setVisible(require_pin)
        self.display.setVisible(require_pin)
        self.message.clear()
        self.retranslate()
        self._update_locked()
        self._fit(self._window.height())
        self.setGeometry(self._window.rect())
        self.show()
        self.raise_()
        self.setFocus(Qt.FocusReason.OtherFocusReason)

    def close_pad(self) -> None:
        self._digits = ""
        self._update_display()
        self._countdown.stop()
        self.hide()

    def is_locked(self) -> bool:
        return self.seconds_locked() > 0

    def seconds_locked(self) -> float:
        return max(0.0, self._locked_until - time.monotonic())

    def entered_length(self) -> int:
        """How many digits are typed (the digits themselves never leave the pad)."""
        return len(self._digits)

    # --- input --------------------------------------------------------------------------
    @Slot()
    def press_digit(self, digit: str) -> None:
        if self.is_locked() or len(self._digits) >= MAX_LENGTH:
            return
        self._digits += digit
        self.message.clear()
        self._update_display()

    @Slot()
    def clear(self) -> None:
        self._digits = ""
        self._update_display()

    @Slot()
    def backspace(self) -> None:
        self._digits = self._digits[:-1]
        self._update_display()

    @Slot()
    def submit(self) -> None:
        if self.is_locked():
            return
        pin, self._digits = self._digits, ""
        self._update_display()
        self.submitted.emit(pin)

    @Slot()
    def cancel(self) -> None:
        self.close_pad()
        self.cancelled.emit()

    # --- answers from the controller ----------------------------------------------------
    def refuse(self) -> None:
        self.message.setText(self.tr("Wrong PIN"))

    def lock(self, seconds: float) -> None:
        """Refuse input for `seconds`, with a countdown; Cancel still works."""
        self._locked_until = time.monotonic() + seconds
        self._update_locked()

    def _update_locked(self) -> None:
        remaining = self.seconds_locked()
        locked = remaining > 0
        for button in (*self.digit_buttons, self.clear_button, self.ok_button):
            button.setEnabled(not locked)
        if locked:
            seconds = str(math.ceil(remaining))
            self.message.setText(self.tr("Too many tries. Wait %1 s.").replace("%1", seconds))
            if not self._countdown.isActive():
                self._countdown.start()
        elif self._countdown.isActive():
            self._countdown.stop()
            self.message.clear()

    @Slot()
    def _on_countdown_timeout(self) -> None:
        self._update_locked()

    def _update_display(self) -> None:
        self.display.setText(" ".join(DOT * len(self._digits)) or " ")

    # --- events -------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if Qt.Key.Key_0 <= key <= Qt.Key.Key_9:
            self.press_digit(str(key - Qt.Key.Key_0))
        elif key == Qt.Key.Key_Backspace:
            self.backspace()
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.submit()
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._window and event.type() == QEvent.Type.Resize:
            self._fit(self._window.height())
            self.setGeometry(self._window.rect())
        return False
