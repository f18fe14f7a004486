#!/usr/bin/env python3
"""Install or remove the desktop menu entry, AppStream metainfo and icons for this user.

    python3 packaging/install_desktop.py install [--exec PATH]
    python3 packaging/install_desktop.py uninstall
    python3 packaging/install_desktop.py kiosk-autostart [--exec PATH]
    python3 packaging/install_desktop.py remove-kiosk-autostart

Files go to $XDG_DATA_HOME (default ~/.local/share): applications/, metainfo/,
icons/hicolor/ and mime/packages/ (the one-file bundle's type, application/x-strategy-bundle,
which the menu entry opens: a double-clicked .strategy file starts the app on it).
The menu entry starts the app by absolute path, so it works whatever the
desktop session's PATH: --exec PATH, else `strategy-viewer` on PATH, else the one in this
checkout's .venv (python3 dev.py), else the standalone build in dist/. Standard library
only; the desktop caches are refreshed when their tools are installed.

kiosk-autostart writes the kiosk's XDG autostart entry to $XDG_CONFIG_HOME/autostart
(default ~/.config/autostart), with the same absolute path: the session's PATH at
autostart time often lacks ~/.local/bin (docs/kiosk.md).
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
APP_ID = "io.github.strategyviewer.StrategyViewer"
BINARY = "strategy-viewer"
RESOURCES = ROOT / "resources"


KIOSK_AUTOSTART = RESOURCES / "kiosk" / "strategy-viewer-kiosk.desktop"


def config_home() -> Path:
    value = os.environ.get("XDG_CONFIG_HOME", "")
    if value and os.path.isabs(value):  # as for XDG_DATA_HOME: a relative one is ignored
        return Path(value)
    return Path.home() / ".config"


def kiosk_autostart_entry(source: Path, binary: Path) -> str:
    """The shipped autostart entry with `binary` run directly instead of its sh -c
    search of ~/.local/bin and PATH."""
    lines = []
    for line in source.read_text(encoding="utf-8").splitlines():
        if line.startswith("Exec="):
            lines.append(f"Exec={exec_quote(binary)} --kiosk")
            lines.append("TryExec=" + str(binary).replace("\\", "\\\\"))
        elif not line.startswith("TryExec="):
            lines.append(line)
    return "\n".join(lines) + "\n"


def data_home() -> Path:
    value = os.environ.get("XDG_DATA_HOME", "")
    # The spec: a relative path is invalid and must be ignored.
    if value and os.path.isabs(value):
        return Path(value)
    return Path.home() / ".local" / "share"


def find_binary() -> Path | None:
    on_path = shutil.which(BINARY)
    candidates = [
        Path(on_path) if on_path else None,
        ROOT / ".venv" / "bin" / BINARY,
        ROOT / "dist" / BINARY / BINARY,
    ]
    for candidate in candidates:
        if candidate is not None and candidate.is_file() and os.access(candidate, os.X_OK):
            return candidate.absolute()
    return None


def exec_quote(path: Path) -> str:
    """An Exec= program argument: quoted when it has to be, per the Desktop Entry spec."""
    text = str(path)
    reserved = set(" \t\n\"'\\><~|&;$*?#()`")
    if any(ch in reserved for ch in text):
        text = '"' + "".join("\\" + ch if ch in '"`$\\' else ch for ch in text) + '"'
    # Then the string-value escaping of the file format, and a literal % for field codes.
    return text.replace("\\", "\\\\").replace("%", "%%")


def manifest(target: Path) -> list[tuple[Path, Path]]:
    """(source, destination) for every file installed."""
    pairs = [
        (
            RESOURCES / "desktop" / f"{APP_ID}.desktop",
            target / "applications" / f"{APP_ID}.desktop",
        ),
        (
            RESOURCES / "desktop" / f"{APP_ID}.metainfo.xml",
            target / "metainfo" / f"{APP_ID}.metainfo.xml",
        ),
        (
            RESOURCES / "desktop" / f"{APP_ID}.mime.xml",
            target / "mime" / "packages" / f"{APP_ID}.xml",
        ),
    ]
    hicolor = RESOURCES / "icons" / "hicolor"
    for icon in sorted(hicolor.glob(f"*/apps/{APP_ID}.*")):
        pairs.append((icon, target / "icons" / "hicolor" / icon.relative_to(hicolor)))
    return pairs


def desktop_entry(source: Path, binary: Path) -> str:
    lines = []
    for line in source.read_text(encoding="utf-8").splitlines():
        if line.startswith("Exec="):
            rest = line.removeprefix("Exec=").split(" ", 1)[1:]
            line = "Exec=" + " ".join([exec_quote(binary), *rest])
        elif line.startswith("TryExec="):
            line = "TryExec=" + str(binary).replace("\\", "\\\\")
        lines.append(line)
    return "\n".join(lines) + "\n"


def refresh_caches(target: Path, quiet: bool) -> None:
    commands = [["update-desktop-database", "-q", str(target / "applications")]]
    if (target / "mime" / "packages").is_dir():  # the .strategy type (shared-mime-info)
        commands.append(["update-mime-database", str(target / "mime")])
    hicolor = target / "icons" / "hicolor"
    # Without index.theme the user's hicolor folder has no cache, and must not get one:
    # a cache that later goes stale hides icons. An existing cache is kept current.
    if (hicolor / "index.theme").exists() or (hicolor / "icon-theme.cache").exists():
        commands.append(["gtk-update-icon-cache", "-q", "-f", "-t", str(hicolor)])
    for command in commands:
        if shutil.which(command[0]) is None:
            continue
        result = subprocess.run(command, capture_output=True, text=True, check=False)
        if result.returncode != 0 and not quiet:
            print(f"{command[0]} failed: {result.stderr.strip()}", file=sys.stderr)


def install(target: Path, binary: Path, quiet: bool) -> None:
    for source, destination in manifest(target):
        destination.parent.mkdir(parents=True, exist_ok=True)
        if destination.suffix == ".desktop":
            destination.write_text(desktop_entry(source, binary), encoding="utf-8")
        else:
            shutil.copyfile(source, destination)
        if not quiet:
            print(f"installed {destination}")
    refresh_caches(target, quiet)


def uninstall(target: Path, quiet: bool) -> None:
    for _, destination in manifest(target):
        if destination.exists():
            destination.unlink()
            if not quiet:
                print(f"removed {destination}")
    refresh_caches(target, quiet)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "action", choices=("install", "uninstall", "kiosk-autostart", "remove-kiosk-autostart")
    )
    parser.add_argument("--exec", dest="binary", type=Path, help="the program the entry starts")
    parser.add_argument("-q", "--quiet", action="store_true")
    args = parser.parse_args(argv)
    target = data_home()
    autostart = config_home() / "autostart" / KIOSK_AUTOSTART.name
    if args.action == "uninstall":
        uninstall(target, args.quiet)
        return 0
    if args.action == "remove-kiosk-autostart":
        if autostart.exists():
            autostart.unlink()
            if not args.quiet:
                print(f"removed {autostart}")
        return 0
    binary = args.binary.resolve() if args.binary else find_binary()
    if binary is None or not binary.is_file():
        print(
            f"{BINARY} not found: install the app first (pip install ., python3 dev.py run, "
            "or make standalone), or name it with --exec PATH",
            file=sys.stderr,
        )
        return 1
    if args.action == "kiosk-autostart":
        autostart.parent.mkdir(parents=True, exist_ok=True)
        autostart.write_text(kiosk_autostart_entry(KIOSK_AUTOSTART, binary), encoding="utf-8")
        if not args.quiet:
            print(f"installed {autostart}: the kiosk starts {binary} at login")
        return 0
    install(target, binary, args.quiet)
    if not args.quiet:
        print(f"The menu entry starts {binary}. Remove it with: make uninstall-desktop")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
