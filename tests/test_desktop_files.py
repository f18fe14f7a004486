"""Desktop integration files and icons: validated with the freedesktop tools, no Qt needed."""

from __future__ import annotations

import configparser
import os
import re
import shutil
import signal
import struct
import subprocess
import sys
import xml.etree.ElementTree as ET
from dataclasses import fields
from pathlib import Path

import pytest

from gui.kiosk.kiosk_config import KioskConfig

ROOT = Path(__file__).resolve().parent.parent
RESOURCES = ROOT / "resources"
ICONS = RESOURCES / "icons"
APP_ID = "io.github.strategyviewer.StrategyViewer"
DESKTOP = RESOURCES / "desktop" / f"{APP_ID}.desktop"
METAINFO = RESOURCES / "desktop" / f"{APP_ID}.metainfo.xml"
KIOSK = RESOURCES / "kiosk"
KIOSK_DESKTOP = KIOSK / "strategy-viewer-kiosk.desktop"
KIOSK_SERVICE = KIOSK / "strategy-viewer-kiosk.service"
KIOSK_INI = KIOSK / "kiosk.example.ini"

PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
UI_ICONS = {
    "overview", "strategy", "partners", "programme", "timeline", "sources", "back",
    "forward", "search", "clear", "citation", "copy", "zoom-in", "zoom-out", "zoom-reset",
    "fullscreen", "about", "print", "export", "filter", "home", "lock", "log-folder",
    "language", "theme", "menu", "close", "person", "link", "chevron-down", "backspace",
}  # fmt: skip
SVG_NS = "{http://www.w3.org/2000/svg}"
# Attributes that take a paint or colour; a UI icon may only say currentColor or none there.
COLOUR_ATTRIBUTES = {"fill", "stroke", "color", "stop-color", "flood-color", "lighting-color"}
COLOUR_LITERAL = re.compile(r"#[0-9a-fA-F]{3,8}\b|\b(?:rgba?|hsla?)\s*\(", re.IGNORECASE)


def _tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        if os.environ.get("CI"):
            pytest.fail(f"{name} is missing; .ci/run installs it")
        pytest.skip(f"{name} is not installed")
    return path


def _run(*command: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, capture_output=True, text=True, timeout=60, check=False)


class _CaseSensitiveParser(configparser.ConfigParser):
    """Desktop entries and systemd units have case-sensitive keys."""

    def optionxform(self, optionstr: str) -> str:
        return optionstr


def _desktop_entry(path: Path) -> configparser.SectionProxy:
    parser = _CaseSensitiveParser(interpolation=None, comment_prefixes=("#",))
    parser.read(path, encoding="utf-8")
    return parser["Desktop Entry"]


def _png_size(path: Path) -> tuple[int, int]:
    header = path.read_bytes()[:24]
    assert header[:8] == b"\x89PNG\r\n\x1a\n", f"{path} is not a PNG"
    assert header[12:16] == b"IHDR", f"{path} has no IHDR chunk first"
    width, height = struct.unpack(">II", header[16:24])
    return width, height


# --- freedesktop validators ---------------------------------------------------------------


@pytest.mark.parametrize("path", [DESKTOP, KIOSK_DESKTOP], ids=lambda p: p.name)
def test_desktop_file_validates(path: Path) -> None:
    result = _run(_tool("desktop-file-validate"), str(path))
    assert result.returncode == 0, result.stdout + result.stderr
    # Hints are not errors, but this file is ours: keep it spotless.
    assert result.stdout.strip() == "", result.stdout


def test_metainfo_validates() -> None:
    result = _run(_tool("appstreamcli"), "validate", "--no-net", str(METAINFO))
    assert result.returncode == 0, result.stdout + result.stderr
    assert not re.search(r"^[EW]: ", result.stdout, re.MULTILINE), result.stdout


# --- names agree --------------------------------------------------------------------------


def test_desktop_entry_names_the_installed_icon_and_binary() -> None:
    entry = _desktop_entry(DESKTOP)
    assert entry["Icon"] == APP_ID
    assert entry["Exec"].split()[0] == "strategy-viewer"
    assert entry["TryExec"] == "strategy-viewer"
    assert (ICONS / "hicolor" / "scalable" / "apps" / f"{entry['Icon']}.svg").is_file()
    for size in PNG_SIZES:
        assert (ICONS / "hicolor" / f"{size}x{size}" / "apps" / f"{entry['Icon']}.png").is_file()


def test_the_running_app_is_matched_to_its_menu_entry(app) -> None:  # type: ignore[no-untyped-def]
    """Wayland matches a window to its entry by the desktop file name, X11 by WM_CLASS
    (the application name); QSettings and the log folder derive from the same names."""
    from PySide6.QtCore import QSettings
    from PySide6.QtGui import QGuiApplication

    entry = _desktop_entry(DESKTOP)
    assert f"{QGuiApplication.desktopFileName()}.desktop" == DESKTOP.name
    assert QGuiApplication.applicationName() == entry["StartupWMClass"]
    assert QGuiApplication.organizationName() == "StrategyViewer"
    if sys.platform.startswith("linux"):  # the test-mode config folder, never the user's
        native = Path(QSettings().fileName())
        assert (native.parent.name, native.name) == ("StrategyViewer", "strategy-viewer.conf")


def test_metainfo_agrees_with_desktop_entry() -> None:
    root = ET.parse(METAINFO).getroot()
    assert root.get("type") == "desktop-application"
    assert root.findtext("id") == APP_ID
    assert root.findtext("launchable[@type='desktop-id']") == DESKTOP.name
    assert root.findtext("provides/binary") == _desktop_entry(DESKTOP)["TryExec"]
    assert root.find("content_rating[@type='oars-1.1']") is not None
    assert [r.get("version") for r in root.iter("release")][:1] == [_app_version()]


def _app_version() -> str:
    text = (ROOT / "gui" / "__init__.py").read_text(encoding="utf-8")
    match = re.search(r'^__version__\s*=\s*"([^"]+)"', text, re.MULTILINE)
    assert match, "gui/__init__.py has no __version__"
    return match.group(1)


# --- application icon ---------------------------------------------------------------------


@pytest.mark.parametrize("size", PNG_SIZES)
def test_hicolor_png_has_its_size(size: int) -> None:
    path = ICONS / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
    assert path.is_file(), f"missing {path.relative_to(ROOT)}; run packaging/render_icons.py"
    assert _png_size(path) == (size, size)


def test_scalable_app_icon_is_the_current_source() -> None:
    source = ICONS / "app" / "strategy-viewer.svg"
    scalable = ICONS / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg"
    assert scalable.read_bytes() == source.read_bytes(), "rerun packaging/render_icons.py"
    root = ET.parse(source).getroot()
    assert root.tag == f"{SVG_NS}svg"
    assert root.get("viewBox") == "0 0 256 256"


# --- UI icons -----------------------------------------------------------------------------


def test_ui_icon_set_is_complete() -> None:
    assert {p.stem for p in ICONS.glob("*.svg")} == UI_ICONS


@pytest.mark.parametrize("name", sorted(UI_ICONS))
def test_ui_icon_is_a_themable_line_icon(name: str) -> None:
    path = ICONS / f"{name}.svg"
    text = path.read_text(encoding="utf-8")
    root = ET.fromstring(text)
    assert root.tag == f"{SVG_NS}svg"
    assert root.get("viewBox") == "0 0 24 24"
    assert 1.75 <= float(root.get("stroke-width", "0")) <= 2
    assert root.get("stroke-linecap") == "round"
    assert root.get("stroke-linejoin") == "round"
    assert "currentColor" in text, "the app recolours icons by replacing currentColor"
    assert not COLOUR_LITERAL.search(text), "colour literal in a UI icon"
    for element in root.iter():
        tag = element.tag.removeprefix(SVG_NS)
        assert tag not in {"style", "text", "image", "use", "script", "foreignObject"}, tag
        for attribute, value in element.attrib.items():
            local = attribute.rsplit("}", 1)[-1]
            assert local not in {"style", "class", "href"}, f"<{tag}> has {attribute}"
            if local in COLOUR_ATTRIBUTES:
                assert value in {"currentColor", "none"}, f"<{tag} {local}={value!r}>"


# --- kiosk examples -----------------------------------------------------------------------


def test_kiosk_service_is_a_user_unit_for_the_graphical_session() -> None:
    unit = _CaseSensitiveParser(interpolation=None, strict=False)
    unit.read(KIOSK_SERVICE, encoding="utf-8")
    assert unit["Unit"]["PartOf"] == "graphical-session.target"
    assert unit["Service"]["ExecStart"].startswith("%h/.local/bin/strategy-viewer --kiosk")
    assert unit["Service"]["Restart"] == "always"
    assert unit["Install"]["WantedBy"] == "graphical-session.target"


def test_kiosk_service_restarts_everything_but_the_operators_exit() -> None:
    from gui.kiosk.exit_status import OPERATOR_EXIT, for_signal

    unit = _CaseSensitiveParser(interpolation=None, strict=False)
    unit.read(KIOSK_SERVICE, encoding="utf-8")
    service = unit["Service"]
    assert service["RestartPreventExitStatus"].split() == [str(OPERATOR_EXIT)]
    # `systemctl stop` ends it with SIGTERM's status: clean, not "failed".
    assert str(for_signal(signal.SIGTERM)) in service["SuccessExitStatus"].split()
    # Qt picks Wayland or X11 from the session; forcing xcb breaks Wayland-only kiosks.
    assert "QT_QPA_PLATFORM" not in service.get("Environment", "")


@pytest.mark.skipif(shutil.which("systemd-analyze") is None, reason="needs systemd-analyze")
def test_kiosk_service_passes_systemd_analyze(tmp_path: Path) -> None:
    unit = tmp_path / KIOSK_SERVICE.name
    # ExecStart must name an existing program for `verify`; the rest is the shipped unit.
    unit.write_text(
        KIOSK_SERVICE.read_text(encoding="utf-8").replace(
            "%h/.local/bin/strategy-viewer", shutil.which("true") or "/bin/true"
        ),
        encoding="utf-8",
    )
    runtime = tmp_path / "run"  # a user manager's runtime folder, which `--user` needs
    runtime.mkdir(mode=0o700)
    result = subprocess.run(
        ["systemd-analyze", "--user", "verify", "--man=no", str(unit)],
        capture_output=True, text=True, timeout=60, check=False,
        env=dict(os.environ, XDG_RUNTIME_DIR=str(runtime)),
    )  # fmt: skip
    if "Failed to initialize manager" in result.stderr:
        pytest.skip(f"systemd-analyze cannot run here: {result.stderr.strip()}")
    problems = [line for line in result.stderr.splitlines() if unit.name in line]
    assert not problems, result.stderr


def exec_argv(value: str) -> list[str]:
    """An Exec= value as a launcher splits it (Desktop Entry spec, "The Exec key"): first
    the string escapes of the file format, then double-quoted arguments with \\-escapes."""
    value = value.replace("\\\\", "\x00")  # the file format's escaped backslash
    argv: list[str] = []
    current, quoted, escaped, started = "", False, False, False
    for ch in value:
        if escaped:
            current, escaped = current + ch, False
        elif quoted and ch == "\x00":
            escaped = True
        elif ch == '"':
            quoted, started = not quoted, True
        elif ch == " " and not quoted:
            if started or current:
                argv.append(current)
            current, started = "", False
        else:
            current += "\\" if ch == "\x00" else ch
    assert not quoted, f"unbalanced quotes in {value!r}"
    if started or current:
        argv.append(current)
    return argv


def test_kiosk_autostart_entry_starts_kiosk_mode() -> None:
    entry = _desktop_entry(KIOSK_DESKTOP)
    argv = exec_argv(entry["Exec"])
    assert argv[:2] == ["sh", "-c"]
    assert argv[2].endswith('exec "$b" --kiosk')
    assert "TryExec" not in entry, "TryExec=strategy-viewer would hide it when PATH lacks it"
    assert entry["NoDisplay"] == "true"
    assert entry["X-GNOME-Autostart-enabled"] == "true"


@pytest.mark.skipif(sys.platform == "win32", reason="sh")
@pytest.mark.parametrize("where", ["home", "path"])
def test_kiosk_autostart_finds_the_program_without_path(tmp_path: Path, where: str) -> None:
    """Autostart runs with the session's PATH, which often lacks ~/.local/bin (pipx,
    pip --user): the entry looks there itself, and on PATH (a distribution's /usr/bin)."""
    home = tmp_path / "home"
    folder = home / ".local" / "bin" if where == "home" else tmp_path / "usr-bin"
    folder.mkdir(parents=True)
    program = folder / "strategy-viewer"
    program.write_text(f'#!/bin/sh\necho "{where} $*" > "{tmp_path}/ran"\n', encoding="utf-8")
    program.chmod(0o755)
    argv = exec_argv(_desktop_entry(KIOSK_DESKTOP)["Exec"])
    path = f"{folder}:/usr/bin:/bin" if where == "path" else "/usr/bin:/bin"
    result = subprocess.run(
        argv, env={"HOME": str(home), "PATH": path}, capture_output=True, text=True,
        timeout=30, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "ran").read_text(encoding="utf-8") == f"{where} --kiosk\n"


def test_kiosk_example_ini_has_every_key() -> None:
    ini = configparser.ConfigParser(interpolation=None)
    ini.read(KIOSK_INI, encoding="utf-8")
    # Every setting; the opening hours are a section of their own, shown commented out.
    assert set(ini["kiosk"]) == {f.name for f in fields(KioskConfig)} - {"hours"}
    assert ";[hours]" in KIOSK_INI.read_text(encoding="utf-8")
    assert ini["kiosk"]["home"] in ini["kiosk"]["attract_order"].split(",")
