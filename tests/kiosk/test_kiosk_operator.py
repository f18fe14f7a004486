"""The operator's way out: a hidden gesture, then a PIN; visitors get refused and slowed."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt

M = Qt.KeyboardModifier
CHORD = M.ControlModifier | M.AltModifier | M.ShiftModifier


def _open_pad(kiosk, qtbot) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClick(kiosk.window, Qt.Key.Key_K, CHORD)
    assert kiosk.pad.isVisible()


def _type(kiosk, qtbot, digits: str) -> None:  # type: ignore[no-untyped-def]
    for digit in digits:
        qtbot.mouseClick(kiosk.pad.digit_buttons[int(digit)], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(kiosk.pad.ok_button, Qt.MouseButton.LeftButton)


def test_the_key_chord_opens_the_pin_pad(kiosk_window, qtbot, make_kiosk) -> None:  # type: ignore[no-untyped-def]
    kiosk = make_kiosk()
    assert not kiosk.pad.isVisible()
    _open_pad(kiosk, qtbot)
    assert kiosk.pad.geometry() == kiosk_window.rect()
    assert not kiosk_window.centralWidget().isEnabled()  # nothing behind the pad reacts
    qtbot.mouseClick(kiosk.pad.cancel_button, Qt.MouseButton.LeftButton)
    assert not kiosk.pad.isVisible()
    assert kiosk_window.centralWidget().isEnabled()


def test_a_long_press_in_the_top_left_corner_opens_the_pin_pad(
    kiosk_window, qtbot, make_kiosk
) -> None:  # type: ignore[no-untyped-def]
    kiosk = make_kiosk(long_press_seconds=0.15)
    brand = kiosk_window.brand
    qtbot.mousePress(brand, Qt.MouseButton.LeftButton, pos=QPoint(4, 4))
    qtbot.waitUntil(kiosk.pad.isVisible, timeout=2000)
    qtbot.mouseRelease(brand, Qt.MouseButton.LeftButton, pos=QPoint(4, 4))


def test_a_short_press_in_the_corner_does_nothing(kiosk_window, qtbot, make_kiosk) -> None:  # type: ignore[no-untyped-def]
    kiosk = make_kiosk(long_press_seconds=0.15)
    qtbot.mouseClick(kiosk_window.brand, Qt.MouseButton.LeftButton, pos=QPoint(4, 4))
    qtbot.wait(250)
    assert not kiosk.pad.isVisible()


def test_pad_buttons_are_big_enough_for_a_finger(qtbot, make_kiosk) -> None:  # type: ignore[no-untyped-def]
    kiosk = make_kiosk()
    _open_pad(kiosk, qtbot)
    pad = kiosk.pad
    for button in (*pad.digit_buttons, pad.clear_button, pad.ok_button, pad.cancel_button):
        assert button.width() >= 44
        assert button.height() >= 44


def test_a_wrong_pin_is_refused(kiosk_window, qtbot, make_kiosk) -> None:  # type: ignore[no-untyped-def]
    kiosk = make_kiosk()
    _open_pad(kiosk, qtbot)
    with qtbot.assertNotEmitted(kiosk.exit_requested):
        _type(kiosk, qtbot, "1111")
    assert kiosk.pad.isVisible()
    assert kiosk.pad.message.text() == "Wrong PIN"
    assert kiosk.pad.entered_length() == 0
    assert kiosk_window.isVisible()
    assert not kiosk_window.close()


def test_the_right_pin_lets_the_window_close(kiosk_window, qtbot, make_kiosk, pin) -> None:  # type: ignore[no-untyped-def]
    kiosk = make_kiosk()
    _open_pad(kiosk, qtbot)
    with qtbot.waitSignal(kiosk.exit_requested):
        _type(kiosk, qtbot, pin)
    qtbot.waitUntil(lambda: not kiosk_window.isVisible(), timeout=1000)


def test_digits_can_be_typed_on_a_keyboard(kiosk_window, qtbot, make_kiosk, pin) -> None:  # type: ignore[no-untyped-def]
    kiosk = make_kiosk()
    _open_pad(kiosk, qtbot)
    qtbot.keyClicks(kiosk.pad, "9" + pin)
    qtbot.keyClick(kiosk.pad, Qt.Key.Key_Backspace)
    assert kiosk.pad.entered_length() == len(pin)  # 9 + the PIN, less one
    qtbot.keyClick(kiosk.pad, Qt.Key.Key_Escape)  # eaten: the pad stays
    assert kiosk.pad.isVisible()
    kiosk.pad.clear()
    qtbot.keyClicks(kiosk.pad, pin)
    with qtbot.waitSignal(kiosk.exit_requested):
        qtbot.keyClick(kiosk.pad, Qt.Key.Key_Return)


def test_repeated_failures_lock_the_pad_for_a_while(kiosk_window, qtbot, make_kiosk, pin) -> None:  # type: ignore[no-untyped-def]
    kiosk = make_kiosk(pin_free_attempts=3, pin_lockout_seconds=0.2)
    _open_pad(kiosk, qtbot)
    for _ in range(3):
        _type(kiosk, qtbot, "0000")
    pad = kiosk.pad
    assert pad.is_locked()
    assert not pad.ok_button.isEnabled()
    assert not any(b.isEnabled() for b in pad.digit_buttons)
    assert pad.cancel_button.isEnabled()
    assert pad.message.text().startswith("Too many tries. Wait ")
    # Even the right PIN is refused while locked.
    with qtbot.assertNotEmitted(kiosk.exit_requested):
        qtbot.keyClicks(pad, pin)
        qtbot.keyClick(pad, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: pad.ok_button.isEnabled(), timeout=2000)
    assert pad.message.text() == ""
    # One more wrong PIN doubles the wait.
    _type(kiosk, qtbot, "0000")
    assert pad.seconds_locked() > 0.25
    assert kiosk.limiter.failures == 4


def test_without_a_pin_the_gesture_asks_for_confirmation(kiosk_window, qtbot, make_kiosk) -> None:  # type: ignore[no-untyped-def]
    kiosk = make_kiosk(pin_hash="")
    _open_pad(kiosk, qtbot)
    assert not kiosk.pad.keys.isVisible()
    with qtbot.waitSignal(kiosk.exit_requested):
        qtbot.mouseClick(kiosk.pad.ok_button, Qt.MouseButton.LeftButton)


def test_idleness_closes_a_forgotten_pad(kiosk_window, qtbot, make_kiosk) -> None:  # type: ignore[no-untyped-def]
    kiosk = make_kiosk(idle_timeout_seconds=0.2, attract_interval_seconds=0)
    _open_pad(kiosk, qtbot)
    qtbot.keyClicks(kiosk.pad, "12")
    qtbot.waitUntil(lambda: not kiosk.pad.isVisible(), timeout=2000)
    assert kiosk.pad.entered_length() == 0
    assert kiosk_window.centralWidget().isEnabled()


def test_closing_the_pad_does_not_lift_the_lock_or_log_a_pin(
    kiosk_window, qtbot, make_kiosk, pin, caplog
) -> None:  # type: ignore[no-untyped-def]
    import logging

    kiosk = make_kiosk(pin_free_attempts=2, pin_lockout_seconds=5)
    with caplog.at_level(logging.DEBUG):
        _open_pad(kiosk, qtbot)
        for _ in range(2):
            _type(kiosk, qtbot, "86420")
        assert kiosk.pad.is_locked()
        # Cancel and come back, or wait for the idle reset to close it: still locked.
        qtbot.mouseClick(kiosk.pad.cancel_button, Qt.MouseButton.LeftButton)
        _open_pad(kiosk, qtbot)
        assert kiosk.pad.is_locked()
        assert not kiosk.pad.ok_button.isEnabled()
        with qtbot.assertNotEmitted(kiosk.exit_requested):
            qtbot.keyClicks(kiosk.pad, pin)
            qtbot.keyClick(kiosk.pad, Qt.Key.Key_Return)
        qtbot.mouseClick(kiosk.pad.cancel_button, Qt.MouseButton.LeftButton)
    assert "wrong operator PIN" in caplog.text
    assert "86420" not in caplog.text
    assert pin not in caplog.text
