"""A kiosk runs its attract loop for months: a step must leave no object behind."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject

from gui.kiosk.attract_loop import AttractLoop


def test_a_long_attract_loop_keeps_no_objects(window) -> None:  # type: ignore[no-untyped-def]
    # Two steps, nine partners highlighted in turn: back to the same state every 18 steps.
    loop = AttractLoop(window, ("partners", "overview"), interval_ms=60_000)
    period = 2 * len(window.content.partners)

    def live() -> int:
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        return len(window.findChildren(QObject)) + len(loop.findChildren(QObject))

    loop.start()
    try:
        for _ in range(period):
            loop.advance()
        first = live()
        for _ in range(2 * period):
            loop.advance()
        assert live() == first
    finally:
        loop.uninstall()
