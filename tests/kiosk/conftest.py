"""Kiosk fixtures: a controller around the shared `window`, with times in milliseconds."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import datetime
from typing import Any

import pytest

from gui.kiosk.closed_screen import DisplayPower
from gui.kiosk.kiosk_config import KioskConfig, validated
from gui.kiosk.kiosk_controller import KioskController
from gui.kiosk.pin import hash_pin
from gui.views.main_window import MainWindow

PIN = "73915"


@pytest.fixture(scope="session")
def pin() -> str:
    return PIN


@pytest.fixture(scope="session")
def pin_hash() -> str:
    """A real hash of PIN, with few iterations so that tests stay fast."""
    return hash_pin(PIN, iterations=1_000)


@pytest.fixture
def kiosk_config(pin_hash: str) -> Callable[..., KioskConfig]:
    """A configuration with short times; keyword arguments override any field."""

    def make(**overrides: Any) -> KioskConfig:
        values: dict[str, Any] = {
            "idle_timeout_seconds": 60.0,  # tests that want idleness shorten it
            "attract_interval_seconds": 0.12,
            "long_press_seconds": 0.15,
            "pin_lockout_seconds": 0.3,
            "pin_hash": pin_hash,
            "font_scale": 1.0,  # re-styling every widget twice per test is slow; one test checks it
        }
        values.update(overrides)
        return validated(values)

    return make


@pytest.fixture(scope="module")
def kiosk_window(qapp, content):  # type: ignore[no-untyped-def]
    """One main window per test module (building one takes a third of a second); each
    test gets its own controller around it, and the controller resets it to home."""
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtTest import QTest

    from gui.application import create_application, create_main_window
    from gui.desktop.i18n import translations

    create_application()
    translations().switch("en")
    win = create_main_window(content)
    win.resize(1280, 800)
    win.show()
    QTest.qWaitForWindowExposed(win)
    yield win
    win.close()
    win.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture
def make_kiosk(kiosk_window, qtbot, kiosk_config) -> Iterator[Callable[..., KioskController]]:  # type: ignore[no-untyped-def]
    """Start kiosk mode (on the module's window unless `window=` names another, with a
    `clock=` and a `display=` of the test's own if given); whatever it changed app-wide is
    undone afterwards."""
    controllers: list[KioskController] = []

    def make(
        window: MainWindow | None = None,
        *,
        clock: Callable[[], datetime] | None = None,
        display: DisplayPower | None = None,
        **overrides: Any,
    ) -> KioskController:
        target = window or kiosk_window
        timing = {"clock": clock} if clock is not None else {}
        controller = KioskController(target, kiosk_config(**overrides), display=display, **timing)
        controller.install()
        controllers.append(controller)
        if not target.isVisible():
            target.show()
        qtbot.waitExposed(target)
        return controller

    yield make
    for controller in controllers:
        controller.uninstall()
        controller.deleteLater()
