"""The app run as a desktop user runs it: separate processes, their own home folder.

Start it over a corrupt settings file, start it again with --show (the second start hands
over and exits), end it with SIGTERM as a session logout does, and find the place the user
was at in the settings file, with everything logged.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.app_process import run_app

ROOT = Path(__file__).resolve().parents[1]

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")


@pytest.fixture
def env(tmp_home: Path) -> Iterator[dict[str, str]]:
    # A short runtime folder: Unix socket paths are limited to ~100 bytes.
    with tempfile.TemporaryDirectory(prefix="sv-run-") as runtime:
        os.chmod(runtime, 0o700)
        yield dict(
            os.environ,
            XDG_RUNTIME_DIR=runtime,
            QT_QPA_PLATFORM="offscreen",
            PYTHONPATH=str(ROOT),
        )


def _wait_for(path: Path, text: str, timeout: float = 30) -> str:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        content = path.read_text(encoding="utf-8") if path.exists() else ""
        if text in content:
            return content
        time.sleep(0.1)
    raise AssertionError(f"{text!r} never appeared in {path}:\n{content}")


def test_start_hand_over_and_quit_like_a_desktop_user(env: dict[str, str], tmp_home: Path) -> None:
    settings = tmp_home / "xdg_config_home" / "StrategyViewer" / "strategy-viewer.conf"
    settings.parent.mkdir(parents=True)
    settings.write_bytes(b"[window\n\x00\x01 garbage")
    log = tmp_home / "xdg_data_home" / "StrategyViewer" / "strategy-viewer" / "logs"
    log /= "strategy-viewer.log"

    command = [sys.executable, "-m", "gui"]
    with subprocess.Popen(
        command, env=env, cwd=tmp_home, stdout=subprocess.PIPE, stderr=subprocess.PIPE
    ) as first:
        try:
            text = _wait_for(log, "started (pid")
            assert "is corrupt; moved it to" in text, "the broken file is reported"
            assert list(settings.parent.glob("strategy-viewer.conf.corrupt-*"))

            second = run_app("--show", "partner:lu-weibing", env=env, cwd=tmp_home, timeout=30)
            assert second.returncode == 0, second.stderr
            _wait_for(log, "another start asked this instance to {'show': 'partner:lu-weibing'}")
            assert first.poll() is None, "the first instance is still running"
        finally:
            first.send_signal(signal.SIGTERM)
            _, errors = first.communicate(timeout=30)
        assert first.returncode == 0, errors.decode()

    stored = settings.read_text(encoding="utf-8")
    assert "location=partner:lu-weibing" in stored
    assert "geometry=@ByteArray(" in stored
    runtime = Path(env["XDG_RUNTIME_DIR"])
    assert not list(runtime.glob("*.lock")), "a clean exit releases the lock"


def test_new_instance_runs_beside_the_first(env: dict[str, str], tmp_home: Path) -> None:
    log = tmp_home / "xdg_data_home" / "StrategyViewer" / "strategy-viewer" / "logs"
    log /= "strategy-viewer.log"
    command = [sys.executable, "-m", "gui"]
    with (
        subprocess.Popen(command, env=env, cwd=tmp_home) as first,
        subprocess.Popen([*command, "--new-instance"], env=env, cwd=tmp_home) as second,
    ):
        try:
            deadline = time.monotonic() + 30
            while time.monotonic() < deadline:
                text = log.read_text(encoding="utf-8") if log.exists() else ""
                if text.count("started (pid") == 2:
                    break
                time.sleep(0.1)
            assert text.count("started (pid") == 2, text
            assert first.poll() is None
            assert second.poll() is None
        finally:
            first.send_signal(signal.SIGTERM)
            second.send_signal(signal.SIGTERM)
            first.wait(30)
            second.wait(30)


def test_reset_settings_forgets_the_remembered_place(env: dict[str, str], tmp_home: Path) -> None:
    settings = tmp_home / "xdg_config_home" / "StrategyViewer" / "strategy-viewer.conf"
    settings.parent.mkdir(parents=True)
    settings.write_text("[window]\nlocation=timeline\n\n[appearance]\nfont_scale=1.5\n")
    log = tmp_home / "xdg_data_home" / "StrategyViewer" / "strategy-viewer" / "logs"
    log /= "strategy-viewer.log"
    with subprocess.Popen(
        [sys.executable, "-m", "gui", "--reset-settings"], env=env, cwd=tmp_home
    ) as app:
        try:
            _wait_for(log, "started (pid")
        finally:
            app.send_signal(signal.SIGTERM)
            app.wait(30)
    stored = settings.read_text(encoding="utf-8")
    assert "location=overview" in stored
    assert "font_scale=1\n" in stored


def test_a_screenshot_neither_reads_nor_writes_settings(
    env: dict[str, str], tmp_home: Path
) -> None:
    """A one-off command: no remembered place, no lock, no log, nothing saved."""
    settings = tmp_home / "xdg_config_home" / "StrategyViewer" / "strategy-viewer.conf"
    settings.parent.mkdir(parents=True)
    remembered = "[window]\nlocation=timeline\n\n[appearance]\ntheme=dark\n"
    settings.write_text(remembered, encoding="utf-8")
    shot = tmp_home / "shot.png"
    result = run_app("--size", "1024x700", "--screenshot", shot, env=env, cwd=tmp_home)
    assert result.returncode == 0, result.stderr
    from PySide6.QtGui import QColor, QImage

    image = QImage(str(shot))
    assert (image.width(), image.height()) == (1024, 700)
    assert QColor(image.pixel(700, 500)).lightness() > 128, "the light theme, not the dark"
    assert settings.read_text(encoding="utf-8") == remembered
    assert list(settings.parent.iterdir()) == [settings]
    assert not (tmp_home / "xdg_data_home").exists(), "no log folder"
    assert not list(Path(env["XDG_RUNTIME_DIR"]).iterdir()), "no instance lock or socket"


# --- a monitor unplugged between two sessions -------------------------------------------

_SCREEN: dict[str, object] = {"logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}
LAPTOP: dict[str, Any] = {"name": "laptop", "x": 0, "y": 0, "width": 1280, "height": 800, **_SCREEN}
MONITOR: dict[str, Any] = {
    "name": "monitor",
    "x": 1280,
    "y": 0,
    "width": 1920,
    "height": 1080,
    **_SCREEN,
}

# One session of the app's window, as __main__ runs it: restore what was remembered, then
# (optionally) move, show, report where the window is and save on close.
_SESSION = """
import json, sys
from PySide6.QtCore import QRect
from gui.application import create_application, create_main_window
from gui.content import load_bundle
from gui.desktop.paths import data_dir
from gui.desktop.settings import open_settings
from gui.desktop.window_state import WindowStateController

app = create_application()
window = create_main_window(load_bundle(data_dir()), "light")
state = WindowStateController(window, open_settings())
state.restore()
if len(sys.argv) > 1:
    window.setGeometry(QRect(*map(int, sys.argv[1:])))
window.show()
app.processEvents()
frame = window.frameGeometry()
print(json.dumps({"frame": frame.getRect(), "screen": window.screen().name()}))
window.close()
"""


def _session(
    env: dict[str, str], tmp_home: Path, screens: list[dict[str, object]], *geometry: int
) -> dict[str, Any]:
    config = tmp_home / "screens.json"
    config.write_text(json.dumps({"screens": screens}), encoding="utf-8")
    result = run_app(
        *map(str, geometry),
        code=_SESSION,
        env=dict(env, QT_QPA_PLATFORM=f"offscreen:configfile={config}"),
        cwd=tmp_home,
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.splitlines()[-1])  # type: ignore[no-any-return]


def test_a_window_left_on_an_unplugged_monitor_opens_on_the_one_that_is_left(
    env: dict[str, str], tmp_home: Path
) -> None:
    first = _session(env, tmp_home, [LAPTOP, MONITOR], 2000, 200, 1100, 700)
    assert first["screen"] == "monitor"

    again = _session(env, tmp_home, [LAPTOP, MONITOR])
    assert again == first, "with the monitor still there, exactly where it was left"

    unplugged = _session(env, tmp_home, [LAPTOP])
    assert unplugged["screen"] == "laptop"
    x, y, w, h = unplugged["frame"]
    assert (w, h) == tuple(first["frame"][2:]), "the same size, it fits"
    assert 0 <= x <= LAPTOP["width"] - w, "wholly on the laptop's screen"
    assert 0 <= y <= LAPTOP["height"] - h
