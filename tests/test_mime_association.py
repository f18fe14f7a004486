"""Double-clicking a .strategy file: the installed shared-mime-info type and the menu
entry's MimeType= make the app the file's default, and the entry's Exec line (with %f)
opens the file. Installed into a temporary XDG_DATA_HOME, as `make install-desktop` does."""

from __future__ import annotations

import configparser
import os
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from gui.content.packing import pack_bundle

ROOT = Path(__file__).resolve().parents[1]
APP_ID = "io.github.strategyviewer.StrategyViewer"
MIME = "application/x-strategy-bundle"
SCRIPT = ROOT / "packaging" / "install_desktop.py"

# The program the menu entry starts: the app's own main(), which also prints the title of
# the window it showed, so that the test sees what was opened.
PROGRAM = f"""#!{sys.executable}
import sys
sys.path.insert(0, {str(ROOT)!r})
from PySide6.QtWidgets import QApplication
from gui.__main__ import main
from gui.views.main_window import MainWindow
status = main(sys.argv[1:])
for widget in QApplication.topLevelWidgets():
    if isinstance(widget, MainWindow):
        print("TITLE:", widget.windowTitle())
sys.exit(status)
"""

needs_tools = pytest.mark.skipif(
    not all(
        shutil.which(t) for t in ("xdg-mime", "update-mime-database", "update-desktop-database")
    ),
    reason="needs xdg-utils, shared-mime-info and desktop-file-utils (apt-get install them)",
)


@pytest.fixture
def installed(tmp_path: Path) -> tuple[Path, dict[str, str]]:
    """The menu entry and MIME type installed for a user whose home is `tmp_path`."""
    program = tmp_path / "My Apps" / "strategy-viewer"
    program.parent.mkdir()
    program.write_text(PROGRAM, encoding="utf-8")
    program.chmod(0o755)
    data = tmp_path / "share"
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("XDG_", "KDE_", "GNOME_", "DESKTOP_SESSION"))
    }
    env.update(
        HOME=str(tmp_path),
        XDG_DATA_HOME=str(data),
        XDG_CONFIG_HOME=str(tmp_path / "config"),
        XDG_CACHE_HOME=str(tmp_path / "cache"),
        XDG_DATA_DIRS="/usr/local/share:/usr/share",
        QT_QPA_PLATFORM="offscreen",
    )
    result = subprocess.run(
        [sys.executable, str(SCRIPT), "install", "--exec", str(program)],
        env=env, capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert (data / "mime" / "packages" / f"{APP_ID}.xml").is_file()
    assert (data / "mime" / "mime.cache").is_file(), "update-mime-database ran"
    return data, env


def _entry(path: Path) -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read(path, encoding="utf-8")
    return parser["Desktop Entry"]


def _exec_argv(exec_line: str, file: Path) -> list[str]:
    """The Exec= line run as a file manager runs it for one file (Desktop Entry spec:
    the string-value escapes, then shell-like quoting, %f the file, %% a percent)."""
    value = exec_line.replace("\\\\", "\\")
    argv = []
    for arg in shlex.split(value):
        if arg == "%f":
            argv.append(str(file))
        else:
            argv.append(arg.replace("%%", "%"))
    return argv


def test_the_entry_declares_the_type_and_takes_a_file() -> None:
    entry = _entry(ROOT / "resources" / "desktop" / f"{APP_ID}.desktop")
    assert entry["MimeType"] == f"{MIME};"
    assert entry["Exec"] == "strategy-viewer %f"


@needs_tools
def test_double_clicking_a_strategy_file_opens_it_in_the_app(
    installed: tuple[Path, dict[str, str]], tmp_path: Path
) -> None:
    data, env = installed
    query = subprocess.run(
        ["xdg-mime", "query", "default", MIME],
        env=env, capture_output=True, text=True, timeout=30, check=False,
    )  # fmt: skip
    assert query.stdout.strip() == f"{APP_ID}.desktop", query.stderr

    # The file's type, as Qt (and so a Qt file manager) reads the installed database.
    folder = tmp_path / "My Bundle"
    shutil.copytree(ROOT / "data", folder)
    bundle = tmp_path / "Q3 review.strategy"
    pack_bundle(folder, bundle)
    detect = subprocess.run(
        [sys.executable, "-c",
         "import sys; from PySide6.QtCore import QMimeDatabase; "
         "print(QMimeDatabase().mimeTypeForFile(sys.argv[1]).name())", str(bundle)],
        env=env, capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip
    assert detect.stdout.strip() == MIME, detect.stderr

    entry = _entry(data / "applications" / query.stdout.strip())
    shot = tmp_path / "opened.png"
    argv = [*_exec_argv(entry["Exec"], bundle), "--screenshot", str(shot)]
    run = subprocess.run(
        argv, env=env, capture_output=True, text=True, timeout=90, check=False, cwd=tmp_path
    )
    assert run.returncode == 0, run.stderr
    assert shot.is_file()
    assert "TITLE: Xiaomi: Mobile × AIoT · Q3 review.strategy — Strategy Viewer" in run.stdout


@needs_tools
def test_uninstall_removes_the_type(installed: tuple[Path, dict[str, str]]) -> None:
    data, env = installed
    result = subprocess.run(
        [sys.executable, str(SCRIPT), "uninstall"],
        env=env, capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert not (data / "mime" / "packages" / f"{APP_ID}.xml").exists()
    query = subprocess.run(
        ["xdg-mime", "query", "default", MIME],
        env=env, capture_output=True, text=True, timeout=30, check=False,
    )  # fmt: skip
    assert query.stdout.strip() == ""
