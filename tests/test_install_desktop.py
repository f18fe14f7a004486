"""`make install-desktop` / `make uninstall-desktop` into a temporary XDG_DATA_HOME."""

from __future__ import annotations

import configparser
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
APP_ID = "io.github.strategyviewer.StrategyViewer"
SCRIPT = ROOT / "packaging" / "install_desktop.py"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def _installed(data: Path) -> list[Path]:
    files = [data / "applications" / f"{APP_ID}.desktop", data / "metainfo"]
    files[1] /= f"{APP_ID}.metainfo.xml"
    files += [data / "icons" / "hicolor" / f"{s}x{s}" / "apps" / f"{APP_ID}.png" for s in SIZES]
    files.append(data / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg")
    return files


def _entry(path: Path) -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read(path, encoding="utf-8")
    return parser["Desktop Entry"]


@pytest.fixture
def fake_binary(tmp_path: Path) -> Path:
    """A program at a path with a space, as in a home folder called "My Apps"."""
    binary = tmp_path / "My Apps" / "strategy-viewer"
    binary.parent.mkdir()
    binary.write_text("#!/bin/sh\nexit 0\n")
    binary.chmod(0o755)
    return binary


def _run(args: list[str], data: Path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, XDG_DATA_HOME=str(data))
    if shutil.which("make") and sys.platform != "win32":
        make_args = [f"EXEC={a.removeprefix('--exec=')}" for a in args[1:]]
        command = ["make", "-s", "-C", str(ROOT), f"{args[0]}-desktop", *make_args]
    else:
        command = [sys.executable, str(SCRIPT), *args]
    return subprocess.run(command, env=env, capture_output=True, text=True, timeout=60, check=False)


def test_install_then_uninstall(tmp_path: Path, fake_binary: Path) -> None:
    data = tmp_path / "share"
    result = _run(["install", f"--exec={fake_binary}"], data)
    assert result.returncode == 0, result.stderr
    for path in _installed(data):
        assert path.is_file(), f"{path.relative_to(data)} was not installed"
    entry = _entry(data / "applications" / f"{APP_ID}.desktop")
    assert entry["Exec"] == f'"{fake_binary}" %f', "quoted: the path has a space"
    assert entry["TryExec"] == str(fake_binary)
    assert entry["Icon"] == APP_ID, "found by name in the hicolor theme just installed"
    assert entry["StartupWMClass"] == "strategy-viewer"
    assert (data / "metainfo" / f"{APP_ID}.metainfo.xml").read_bytes() == (
        ROOT / "resources" / "desktop" / f"{APP_ID}.metainfo.xml"
    ).read_bytes()
    if shutil.which("desktop-file-validate"):
        check = subprocess.run(
            ["desktop-file-validate", str(data / "applications" / f"{APP_ID}.desktop")],
            capture_output=True,
            text=True,
            check=False,
        )
        assert check.returncode == 0, check.stdout
        assert check.stdout.strip() == ""

    result = _run(["uninstall"], data)
    assert result.returncode == 0, result.stderr
    assert [p for p in _installed(data) if p.exists()] == []


def test_install_without_a_program_explains_what_to_do(tmp_path: Path) -> None:
    env = dict(os.environ, XDG_DATA_HOME=str(tmp_path), PATH="/nonexistent")
    result = subprocess.run(
        [sys.executable, str(SCRIPT), "install", "--exec", str(tmp_path / "missing")],
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 1
    assert "--exec PATH" in result.stderr
    assert not (tmp_path / "applications").exists()


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        ("/opt/sv/strategy-viewer", "/opt/sv/strategy-viewer"),
        ("/home/a b/strategy-viewer", '"/home/a b/strategy-viewer"'),
        ("/home/100%/x", "/home/100%%/x"),
        ('/home/"q"$/x', '"/home/\\\\"q\\\\"\\\\$/x"'),
    ],
)
def test_exec_quoting_follows_the_desktop_entry_spec(path: str, expected: str) -> None:
    sys.path.insert(0, str(SCRIPT.parent))
    try:
        from install_desktop import exec_quote
    finally:
        sys.path.remove(str(SCRIPT.parent))
    assert exec_quote(Path(path)) == expected


def test_the_kiosk_autostart_entry_gets_the_absolute_path(
    tmp_path: Path, fake_binary: Path
) -> None:
    config = tmp_path / "config"
    env = dict(os.environ, XDG_CONFIG_HOME=str(config), PATH="/nonexistent")
    result = subprocess.run(
        [sys.executable, str(SCRIPT), "kiosk-autostart", "--exec", str(fake_binary)],
        env=env, capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    installed = config / "autostart" / "strategy-viewer-kiosk.desktop"
    entry = _entry(installed)
    assert entry["Exec"] == f'"{fake_binary}" --kiosk', "quoted: the path has a space"
    assert entry["TryExec"] == str(fake_binary)
    assert entry["X-GNOME-Autostart-enabled"] == "true"
    if shutil.which("desktop-file-validate"):
        check = subprocess.run(
            ["desktop-file-validate", str(installed)], capture_output=True, text=True, check=False
        )
        assert check.returncode == 0, check.stdout
    result = subprocess.run(
        [sys.executable, str(SCRIPT), "remove-kiosk-autostart"],
        env=env, capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert not installed.exists()
