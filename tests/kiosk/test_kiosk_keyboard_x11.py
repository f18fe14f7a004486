"""The on-screen keyboard on a real X server: the kiosk process (`python -m gui --kiosk`)
under xvfb-run, tapped through the X server by xdotool (x_keyboard_driver.py), as a
touch screen that acts as a mouse taps it."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
DRIVER = Path(__file__).with_name("x_keyboard_driver.py")

pytestmark = [
    pytest.mark.skipif(sys.platform != "linux", reason="X11"),
    pytest.mark.skipif(
        not all(shutil.which(tool) for tool in ("xvfb-run", "Xvfb", "xdotool")),
        reason="needs xvfb-run, Xvfb and xdotool (apt-get install xvfb xdotool)",
    ),
]


def test_tapping_the_search_field_and_keys_searches(tmp_path: Path) -> None:
    ini = tmp_path / "kiosk.ini"
    ini.write_text("[kiosk]\nfont_scale=1\n", encoding="utf-8")
    shot = tmp_path / "screen.png"
    has_import = shutil.which("import") is not None
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="xcb",
        HOME=str(tmp_path / "home"),
        XDG_CONFIG_HOME=str(tmp_path / "config"),
        XDG_DATA_HOME=str(tmp_path / "data"),
        XDG_CACHE_HOME=str(tmp_path / "cache"),
        PYTHONPATH=str(ROOT),
    )
    env.pop("WAYLAND_DISPLAY", None)
    command = [
        "xvfb-run", "-a", "-s", "-screen 0 1280x800x24",
        sys.executable, str(DRIVER), *(["--shot", str(shot)] if has_import else []), "lu",
        "--", "--kiosk", "--kiosk-config", str(ini), "--new-instance",
    ]  # fmt: skip
    result = subprocess.run(
        command, env=env, cwd=tmp_path, capture_output=True, text=True, timeout=100, check=False
    )
    lines = result.stdout.strip().splitlines()
    assert lines, f"no report (status {result.returncode}):\n{result.stderr[-3000:]}"
    report = json.loads(lines[-1])
    assert report["error"] is None, (report, result.stderr[-3000:])
    assert report["steps"] == ["tapped searchField", "tapped key 'l'", "tapped key 'u'"]
    assert report["text"] == "lu"
    assert "Lu Weibing" in report["titles"]  # the search ran, on the real keys' events
    assert report["focus"] == "searchField"  # the keys never took the focus
    # Before the tap, activated by the window manager, no control had the focus (the
    # section list had, and showed its ring to nobody).
    assert report["start_focus"] in (None, "mainWindow")
    kx, ky, kw, kh = report["keyboard"]
    _rx, ry, _rw, rh = report["results"]
    assert (kx, kw, ky + kh) == (0, 1280, 800)  # docked along the bottom of the screen
    assert ry + rh <= ky  # the results panel ends above it
    assert result.returncode == 0
    if has_import:
        from PySide6.QtGui import QColor, QImage

        from gui.theming.theme import THEMES

        image = QImage(str(shot))
        assert (image.width(), image.height()) == (1280, 800)
        # The Done key shows in the theme's accent colour, at the keyboard's bottom row.
        accent = QColor(THEMES["light"].accent)
        row = [QColor(image.pixel(x, ky + kh - 30)) for x in range(0, 1280, 4)]
        assert any(c == accent for c in row)
