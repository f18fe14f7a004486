"""The exit-status contract (gui/kiosk/exit_status.py) and the window guard, in-process.

The same with real processes, signals and X requests: test_kiosk_processes.py.
"""

from __future__ import annotations

import signal
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer

from gui.__main__ import build_parser
from gui.kiosk import cli, window_guard
from gui.kiosk.exit_status import OPERATOR_EXIT, WINDOW_LOST, final_status, for_signal
from tests.kiosk.test_kiosk_operator import _open_pad, _type


def test_the_operators_exit_has_its_own_status(kiosk_window, qtbot, make_kiosk, pin) -> None:  # type: ignore[no-untyped-def]
    kiosk = make_kiosk()
    _open_pad(kiosk, qtbot)
    _type(kiosk, qtbot, "0000")
    assert kiosk.exit_status is None, "a wrong PIN decides nothing"
    with qtbot.waitSignal(kiosk.exit_requested):
        _type(kiosk, qtbot, pin)
    assert kiosk.exit_status == OPERATOR_EXIT
    # Closing the last window ends the loop with 0: the kiosk's own record wins.
    assert final_status(0, kiosk, None) == OPERATOR_EXIT
    assert final_status(0, kiosk, signal.SIGTERM) == OPERATOR_EXIT


class _Kiosk:
    exit_status: int | None = None


@pytest.mark.parametrize(
    ("loop", "kiosk", "signalled", "expected"),
    [
        (0, _Kiosk(), signal.SIGTERM, 143),  # a kill: restarted, unlike the operator's 80
        (0, _Kiosk(), signal.SIGINT, 130),
        (0, None, signal.SIGTERM, 0),  # the desktop app: a logout is an ordinary quit
        (1, _Kiosk(), None, 1),
        (0, _Kiosk(), None, 0),
    ],
)
def test_final_status(
    loop: int, kiosk: _Kiosk | None, signalled: int | None, expected: int
) -> None:
    assert final_status(loop, kiosk, signalled) == expected


def test_the_statuses_do_not_collide_with_others() -> None:
    ours = {OPERATOR_EXIT, WINDOW_LOST}
    assert len(ours) == 2
    for status in ours:
        assert status not in (0, 1, 2)  # success, Python's error, argparse's usage error
        assert not 64 <= status <= 78  # sysexits.h
        assert status < 126  # the shell's and signals' 126…165, systemd's 200…
    assert for_signal(signal.SIGTERM) == 143


def test_the_window_is_put_back_to_the_screens_geometry(kiosk_window, qtbot, make_kiosk) -> None:  # type: ignore[no-untyped-def]
    kiosk = make_kiosk()
    screen = kiosk_window.screen().geometry()
    with qtbot.waitSignal(kiosk.guard.restored, timeout=2000) as restored:
        kiosk_window.setGeometry(100, 100, 500, 400)  # as another X client could
    assert restored.args == ["geometry"]
    # (The offscreen screen is smaller than the window's minimum size: only the place is
    # the screen's here; test_kiosk_processes.py checks the size on a real X server.)
    qtbot.waitUntil(lambda: kiosk_window.geometry().topLeft() == screen.topLeft(), timeout=1000)
    assert kiosk_window.isFullScreen()


def test_a_window_that_never_comes_back_is_given_up(
    kiosk_window, qtbot, make_kiosk, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    kiosk = make_kiosk()
    monkeypatch.setattr(window_guard, "MAX_ATTEMPTS", 3)
    made: list[int] = []
    monkeypatch.setattr(kiosk.guard, "is_exposed", lambda: False)  # the server never shows it
    monkeypatch.setattr(kiosk.guard, "_recreate_window", lambda: made.append(1))
    kiosk.guard.start(10)
    with qtbot.waitSignal(kiosk.window_lost, timeout=3000):
        pass
    assert len(made) == 3, "a new window was tried each time first"
    assert kiosk.exit_status == WINDOW_LOST
    assert not kiosk.guard.active


def test_a_lost_window_ends_the_app_with_its_status(app, kiosk_window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    ini = tmp_path / "kiosk.ini"
    ini.write_text("[kiosk]\nfont_scale=1\n", encoding="utf-8")
    controller = cli.install(
        app, kiosk_window, build_parser().parse_args(["--kiosk", "--kiosk-config", str(ini)])
    )
    assert controller is not None
    give_up = QTimer()
    give_up.setSingleShot(True)
    give_up.timeout.connect(lambda: app.exit(99))
    give_up.start(3000)
    QTimer.singleShot(0, controller.guard.lost.emit)
    try:
        status = app.exec()
    finally:
        give_up.stop()
        controller.uninstall()
    assert status == WINDOW_LOST
    assert cli.exit_status(controller, status, None) == WINDOW_LOST
