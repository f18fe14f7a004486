"""KioskController: wraps the main window for an unattended public touch screen.

It wires the parts together and owns the policy: when idle, go home and start the attract
loop; on the first touch, stop the loop and show home; on the hidden gesture, open the PIN
pad; on a correct PIN, let the window close. The panes know nothing of it: the controller
works through MainWindow's public parts (`show_section()`, `reset_all_panes()`,
`all_panes_pristine()`, `history`, `panes`, `stack`, `navigation`, `panes_rebuilt`,
`about_to_close`).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QCursor
from PySide6.QtWidgets import QAbstractScrollArea, QApplication

from ..theming import font_scale
from ..theming.styling import set_font_scale
from ..views.main_window import MainWindow
from .attract_loop import AttractLoop
from .closed_screen import ClosedScreen, DisplayPower
from .exit_status import OPERATOR_EXIT, WINDOW_LOST
from .idle_watcher import IdleWatcher
from .kiosk_config import KioskConfig
from .lockdown import Lockdown
from .on_screen_keyboard import OnScreenKeyboard
from .operator_gesture import OperatorGesture
from .pin import AttemptLimiter, verify_pin
from .pin_pad import PinPad
from .self_healing import SelfHealing
from .touch import (
    TOUCH_TARGET_PX,
    KineticScrollGrabs,
    TouchLineEdits,
    kiosk_stylesheet,
    set_card_chip_height,
    set_min_row_height,
)
from .window_guard import WindowGuard

log = logging.getLogger(__name__)

GUARD_DARK_MS = 2_000  # the window guard's pace while the screen is dark
HOURS_CHECK_MS = 60_000  # at most this long between looks at the clock (and the dark clock)


class KioskController(QObject):
    idle_reset = Signal()  # the idle timer cleared a visitor's state and went home
    home_shown = Signal()  # home is on screen after a reset, a touch or an error
    exit_requested = Signal()  # the operator's PIN was right: the window may close
    window_lost = Signal()  # the window system will not show the window: exit to restart
    closed = Signal()  # outside opening hours: the dark screen is up
    opened = Signal()  # the dark screen is gone: opening time, or a visitor's touch

    def __init__(
        self,
        window: MainWindow,
        config: KioskConfig,
        parent: QObject | None = None,
        *,
        clock: Callable[[], datetime] = datetime.now,
        display: DisplayPower | None = None,
    ) -> None:
        super().__init__(parent or window)
        self.window = window
        self.config = config
        self.clock = clock  # local time; tests give one of their own
        self.display = display or DisplayPower()
        self.visit = False  # a visitor woke the kiosk outside opening hours
        self.installed = False
        # What the process should exit with (exit_status.py); None: nothing decided.
        self.exit_status: int | None = None
        self._kinetic = KineticScrollGrabs(config.kinetic_scrolling)
        self._font_scale = 1.0
        self._window_sheet = ""
        self._line_edits = TouchLineEdits(self)
        self.idle = IdleWatcher(config.idle_timeout_ms, self)
        self.attract = AttractLoop(
            window,
            config.attract_order,
            config.attract_interval_ms if config.attract_interval_seconds > 0 else 0,
            self,
        )
        self.lockdown = Lockdown(window, self)
        self.gesture = OperatorGesture(window, config.exit_chord, config.long_press_ms, self)
        self.pad = PinPad(window)
        self.limiter = AttemptLimiter(config.pin_free_attempts, config.pin_lockout_seconds)
        self.healing = SelfHealing(self.recover, self)
        self.guard = WindowGuard(window, self.lockdown, self)
        # None when kiosk.ini turns it off: the fields are then for a hardware keyboard.
        self.keyboard = (
            OnScreenKeyboard(window, window.theme) if config.on_screen_keyboard else None
        )

        # Only when kiosk.ini has opening hours.
        self.closed_screen = None if config.hours.always_open else ClosedScreen(window)
        self._hours_timer = QTimer(self)
        self._hours_timer.setSingleShot(True)
        self._hours_timer.setTimerType(Qt.TimerType.VeryCoarseTimer)  # to the second: enough
        self._hours_timer.timeout.connect(self.check_hours)

        self.idle.idle.connect(self._on_idle_idle)
        self.attract.interrupted.connect(self._on_attract_interrupted)
        self.gesture.triggered.connect(self._on_gesture_triggered)
        self.pad.submitted.connect(self._on_pad_submitted)
        self.pad.cancelled.connect(self._on_pad_cancelled)
        self.guard.lost.connect(self._on_guard_lost)

    # --- installation -------------------------------------------------------------------
    def install(self) -> None:
        """Take over the window and the app (call before or after `window.show()`)."""
        if self.installed:
            return
        self.installed = True
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        self._font_scale = font_scale.current(app)
        if abs(self._font_scale - self.config.font_scale) > 1e-6:
            set_font_scale(app, self.config.font_scale)
            # Panes size some things from the font when they are built (table rows):
            # built again, they fit the kiosk's font.
            self.window.rebuild_panes()
        self._window_sheet = self.window.styleSheet()
        self._apply_stylesheet()
        # Filters installed last are asked first: the idle watcher sees every input, then
        # the lock-down refuses keys, the operator's chord is caught before the attract
        # loop swallows a wake-up touch, and the keyboard sees only what reached a field.
        if self.keyboard is not None:
            self.keyboard.install()
            self.keyboard.opened.connect(self._on_keyboard_moved)
            self.keyboard.closed.connect(self._on_keyboard_moved)
            self.window.search_box.ref_chosen.connect(self.keyboard.close_keyboard)
        self.window.theme_changed.connect(self._on_window_theme_changed)
        self.attract.install()
        self.gesture.start()
        self.lockdown.install()
        self.idle.start()
        self.healing.install()
        self.guard.start()
        if self.config.hide_cursor:
            QApplication.setOverrideCursor(QCursor(Qt.CursorShape.BlankCursor))
        self._kinetic.sync(self.window)
        set_card_chip_height(self.window, TOUCH_TARGET_PX)
        set_min_row_height(self.window, TOUCH_TARGET_PX)
        self._line_edits.apply(self.window)
        # Queued: a pane is built inside the tap that opens it, and the touch set-up must
        # not change gesture grabs while Qt is still delivering that tap (see touch.py).
        self.window.panes_rebuilt.connect(
            self._on_window_panes_rebuilt, Qt.ConnectionType.QueuedConnection
        )
        self.window.installEventFilter(self)
        self.reset_to_home(force=True)
        if self.closed_screen is not None:
            self.closed_screen.touched.connect(self._on_closed_screen_touched)
            if not self.is_open_now():
                self._go_dark()  # started outside opening hours (after a power cut at night)
            self.check_hours()
        log.info("kiosk mode on (%s): idle reset after %ss", QApplication.platformName(),
                 self.config.idle_timeout_seconds)  # fmt: skip

    def uninstall(self) -> None:
        """Give the app back (tests, and the operator's exit): filters, URL handlers, the
        error hook, the cursor and the font scale. The window stays full screen."""
        if not self.installed:
            return
        self.installed = False
        self._hours_timer.stop()
        if self.closed_screen is not None:
            self.closed_screen.touched.disconnect(self._on_closed_screen_touched)
            if self.is_dark():
                self.closed_screen.hide()
                self.display.on()
        self.idle.stop()
        self.attract.uninstall()
        self.gesture.stop()
        self.lockdown.uninstall()
        self.healing.uninstall()
        self.guard.stop()
        self.pad.close_pad()
        if self.keyboard is not None:
            self.keyboard.uninstall()
            self.keyboard.opened.disconnect(self._on_keyboard_moved)
            self.keyboard.closed.disconnect(self._on_keyboard_moved)
            self.window.search_box.ref_chosen.disconnect(self.keyboard.close_keyboard)
        self.window.theme_changed.disconnect(self._on_window_theme_changed)
        self._set_window_enabled(True)
        self.window.removeEventFilter(self)
        self.window.panes_rebuilt.disconnect(self._on_window_panes_rebuilt)
        self._kinetic.release()
        set_card_chip_height(self.window, 0)
        self._line_edits.restore(self.window)
        if self.config.hide_cursor:
            QApplication.restoreOverrideCursor()
        self.window.setStyleSheet(self._window_sheet)
        app = QApplication.instance()
        if isinstance(app, QApplication) and font_scale.current(app) != self._font_scale:
            set_font_scale(app, self._font_scale)

    def _apply_stylesheet(self) -> None:
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        sheet = kiosk_stylesheet(self.window.theme, font_scale.current(app))
        self.window.setStyleSheet("\n".join(filter(None, (self._window_sheet, sheet))))

    # --- home ---------------------------------------------------------------------------
    def is_home_and_clean(self) -> bool:
        history = self.window.history
        return (
            self.window.current_section() == self.config.home
            and self.window.all_panes_pristine()  # the search field included
            and not history.can_go_back()
            and not history.can_go_forward()
            and self._at_kiosk_zoom()
            and not any(
                bar.value() != bar.minimum()
                for area in self._scroll_areas()
                for bar in (area.verticalScrollBar(), area.horizontalScrollBar())
            )
        )

    def _scroll_areas(self) -> list[QAbstractScrollArea]:
        """Every scrolling area of the window (popups are windows of their own)."""
        return [
            area
            for area in self.window.findChildren(QAbstractScrollArea)
            if area.window() is self.window
        ]

    def _at_kiosk_zoom(self) -> bool:
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        return abs(font_scale.current(app) - self.config.font_scale) < 1e-6

    def _restore_zoom(self) -> None:
        """No key or gesture zooms a kiosk; should anything have, the text size and what
        the kiosk sizes from it come back."""
        if self._at_kiosk_zoom():
            return
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        set_font_scale(app, self.config.font_scale)
        self._apply_stylesheet()
        set_card_chip_height(self.window, TOUCH_TARGET_PX)
        set_min_row_height(self.window, TOUCH_TARGET_PX)

    def _rewind_scroll_areas(self) -> None:
        """Every page, list and panel back at its start, down and across: panes reset
        their own, and this catches any they do not know about."""
        for area in self._scroll_areas():
            for bar in (area.verticalScrollBar(), area.horizontalScrollBar()):
                bar.setValue(bar.minimum())

    def reset_to_home(self, force: bool = False) -> bool:
        """Forget the last visitor: close popups, clear every pane, show home. Returns
        False (and changes nothing) when already home and clean, unless `force`."""
        popup = QApplication.activePopupWidget()
        if popup is not None:
            popup.close()
        if self.keyboard is not None:
            self.keyboard.close_keyboard()
        # The keyboard focus leaves the visitor's last control (the search field, say) for
        # the window itself: no control shows a focus ring while nobody is there (the
        # section list's ring stayed on through the attract loop).
        self.window.setFocus(Qt.FocusReason.OtherFocusReason)
        if not force and self.is_home_and_clean():
            return False
        self._restore_zoom()
        self.window.reset_all_panes()  # the search field's words too
        self.window.show_section(self.config.home)
        self.window.history.clear(self.config.home)
        self._rewind_scroll_areas()
        self.home_shown.emit()
        return True

    @Slot()
    def recover(self) -> None:
        """After an error: close the pad, stop the loop, go home, back to full screen."""
        self.pad.close_pad()
        self._set_window_enabled(True)
        self.attract.stop()
        self.reset_to_home(force=True)
        if not self.window.isFullScreen():
            self.window.showFullScreen()
        self.idle.poke()

    # --- idle and attract ---------------------------------------------------------------
    @Slot()
    def _on_idle_idle(self) -> None:
        if self.pad.isVisible():
            self._close_pad()
        if self.keyboard is not None:
            self.keyboard.close_keyboard()
        if self.reset_to_home():
            log.info("kiosk: idle; cleared the last visitor's state")
            self.idle_reset.emit()
        if self.closed_screen is not None and not self.is_open_now():
            self.visit = False  # the visit that woke it is over
            self._go_dark()
            return
        self.attract.start()

    @Slot()
    def _on_attract_interrupted(self) -> None:
        self.reset_to_home(force=True)
        self.idle.poke()

    # --- opening hours ------------------------------------------------------------------
    def is_open_now(self) -> bool:
        return self.config.hours.is_open(self.clock())

    def is_dark(self) -> bool:
        return self.closed_screen is not None and self.closed_screen.isVisible()

    @Slot()
    def check_hours(self) -> None:
        """Look at the clock: go dark at closing time once nobody is using the kiosk,
        wake at opening time; then wait for the next change (or a minute, for the dark
        screen's clock and a clock that was set meanwhile)."""
        if self.closed_screen is None or not self.installed:
            return
        now = self.clock()
        is_open = self.config.hours.is_open(now)
        if self.is_dark():
            if is_open:
                log.info("kiosk: opening time; the kiosk wakes")
                self._wake()
            else:
                self.closed_screen.show_time(now)
        elif is_open:
            self.visit = False  # a visit that began before opening time is an ordinary one
        elif not self.visit and (self.idle.is_idle() or self.attract.is_running()):
            self._go_dark()  # closing time with nobody there (else: at the next idle)
        self._schedule_hours(now)

    def _schedule_hours(self, now: datetime) -> None:
        wait_ms = HOURS_CHECK_MS
        if self.is_dark():  # the next minute, for the clock on the dark screen
            wait_ms = (60 - now.second) * 1000 - now.microsecond // 1000
        change = self.config.hours.next_change(now)
        if change is not None:
            wait_ms = min(wait_ms, round((change - now).total_seconds() * 1000))
        self._hours_timer.start(max(1000, min(HOURS_CHECK_MS, wait_ms)))

    def _go_dark(self) -> None:
        """The dark screen, with everything that moves or wakes stopped."""
        assert self.closed_screen is not None
        if self.is_dark():
            return
        self.attract.stop()
        if self.pad.isVisible():
            self._close_pad()
        self.reset_to_home()
        self.idle.stop()  # nothing to time until a touch
        if self.guard.active:
            self.guard.start(GUARD_DARK_MS)  # fewer wake-ups; a lost window still comes back
        now = self.clock()
        self.closed_screen.show_time(now)
        log.info("kiosk: outside opening hours; dark screen")
        self.display.off()
        self.closed.emit()
        self._schedule_hours(now)

    def _wake(self) -> None:
        assert self.closed_screen is not None
        self.closed_screen.hide()
        self.display.on()
        if self.guard.active:
            self.guard.start()
        self.reset_to_home(force=True)
        self.idle.start()
        self.opened.emit()
        self._schedule_hours(self.clock())

    @Slot()
    def _on_closed_screen_touched(self) -> None:
        if not self.is_dark():
            return
        log.info("kiosk: touched outside opening hours; awake for one visit")
        self.visit = True
        self._wake()

    # --- operator exit ------------------------------------------------------------------
    @Slot()
    def _on_gesture_triggered(self) -> None:
        if self.pad.isVisible():
            return
        self.attract.stop()
        log.info("kiosk: operator gesture; PIN pad shown")
        self._set_window_enabled(False)
        self.pad.open(require_pin=self.config.requires_pin)
        locked = self.limiter.locked_for()
        if locked:
            self.pad.lock(locked)

    @Slot(str)
    def _on_pad_submitted(self, pin: str) -> None:
        if self.config.requires_pin:
            locked = self.limiter.locked_for()
            if locked:
                self.pad.lock(locked)
                return
            if not verify_pin(pin, self.config.pin_hash):
                delay = self.limiter.record_failure()
                log.warning("kiosk: wrong operator PIN (%d in a row)", self.limiter.failures)
                self.pad.refuse()
                if delay:
                    self.pad.lock(delay)
                return
            self.limiter.record_success()
        log.info("kiosk: operator exit (status %d)", OPERATOR_EXIT)
        self.exit_status = OPERATOR_EXIT
        self._close_pad()
        self.lockdown.close_allowed = True
        self.exit_requested.emit()
        self.window.close()

    @Slot()
    def _on_pad_cancelled(self) -> None:
        self._close_pad()

    def _close_pad(self) -> None:
        self.pad.close_pad()
        self._set_window_enabled(True)
        self.idle.poke()

    def _set_window_enabled(self, enabled: bool) -> None:
        central = self.window.centralWidget()
        if central is not None:
            central.setEnabled(enabled)

    # --- window -------------------------------------------------------------------------
    @Slot()
    def _on_guard_lost(self) -> None:
        self.exit_status = WINDOW_LOST
        self.window_lost.emit()

    @Slot()
    def _on_keyboard_moved(self) -> None:
        """The keyboard docked or left: the pages above it changed height, and the search
        results that drop down over them fit the new height."""
        search = self.window.search_box
        if search.panel.isVisible():
            search.show_panel()

    @Slot(object)
    def _on_window_theme_changed(self, theme: object) -> None:
        self._apply_stylesheet()
        if self.keyboard is not None:
            self.keyboard.set_theme(self.window.theme)

    @Slot()
    def _on_window_panes_rebuilt(self) -> None:
        if not self.installed:  # queued from before the operator's exit
            return
        self._kinetic.sync(self.window)
        set_card_chip_height(self.window, TOUCH_TARGET_PX)
        set_min_row_height(self.window, TOUCH_TARGET_PX)
        self._line_edits.apply(self.window)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.LanguageChange:
            self.pad.retranslate()
            self.attract.retranslate()
            if self.keyboard is not None:
                self.keyboard.retranslate()
            if self.closed_screen is not None:
                self.closed_screen.retranslate()
        return False
