"""The kiosk's command-line options, and the one call the main program makes.

`add_arguments(parser)` adds --kiosk, --kiosk-config and --hash-pin; `hash_pin_command()`
runs --hash-pin (no GUI needed); `install(app, window, args, lock, state)` starts kiosk
mode on the created window before it is shown, or does nothing without --kiosk.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Protocol, TextIO

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from ..desktop.unix_signals import SignalQuitter
    from ..desktop.window_state import WindowStateController
    from ..views.main_window import MainWindow
    from .kiosk_config import KioskConfig
    from .kiosk_controller import KioskController

log = logging.getLogger(__name__)

CONFIG_NAME = "strategy-viewer/kiosk.ini"  # under ~/.config or /etc/xdg


def add_arguments(parser: argparse.ArgumentParser) -> None:
    group = parser.add_argument_group("kiosk mode")
    group.add_argument(
        "--kiosk",
        action="store_true",
        help="run as an unattended public touch screen: full screen, locked, self-resetting",
    )
    group.add_argument(
        "--kiosk-config",
        metavar="PATH",
        type=Path,
        help=f"kiosk settings (default: the first ~/.config/{CONFIG_NAME} or "
        f"/etc/xdg/{CONFIG_NAME})",
    )
    group.add_argument(
        "--hash-pin",
        action="store_true",
        help="ask for an operator PIN twice, print its hash for kiosk.ini, exit",
    )


def _ask(prompt: str, stdin: TextIO, stderr: TextIO) -> str:
    if stdin.isatty():
        import getpass

        return getpass.getpass(prompt, stream=stderr)
    line = stdin.readline()
    if not line:
        raise EOFError
    return line.rstrip("\r\n")


def hash_pin_command(
    stdin: TextIO | None = None, stdout: TextIO | None = None, stderr: TextIO | None = None
) -> int:
    """--hash-pin: read the PIN twice (hidden on a terminal), print the hash line."""
    # Imported here: hashing is for this command and the kiosk, not every start.
    from .pin import MAX_LENGTH, MIN_LENGTH, hash_pin, is_valid_pin

    stdin, stdout, stderr = stdin or sys.stdin, stdout or sys.stdout, stderr or sys.stderr
    try:
        first = _ask("Operator PIN: ", stdin, stderr)
        second = _ask("The same PIN again: ", stdin, stderr)
    except (EOFError, KeyboardInterrupt):
        print("strategy-viewer: no PIN given", file=stderr)
        return 1
    if first != second:
        print("strategy-viewer: the two PINs differ; nothing printed", file=stderr)
        return 1
    if not is_valid_pin(first):
        print(f"strategy-viewer: a PIN is {MIN_LENGTH} to {MAX_LENGTH} digits", file=stderr)
        return 1
    print(f"pin_hash={hash_pin(first)}", file=stdout)
    return 0


def config_path(args: argparse.Namespace) -> Path | None:
    """The file named by --kiosk-config, else the first kiosk.ini in the config paths."""
    if args.kiosk_config is not None:
        return Path(args.kiosk_config).expanduser()
    from PySide6.QtCore import QStandardPaths

    found = QStandardPaths.locate(
        QStandardPaths.StandardLocation.GenericConfigLocation, CONFIG_NAME
    )
    return Path(found) if found else None


def load_config(args: argparse.Namespace) -> KioskConfig:
    """The validated configuration; every problem is printed and logged, never raised."""
    from .kiosk_config import load_kiosk_config

    path = config_path(args)
    config, problems = load_kiosk_config(path)
    for problem in problems:
        print(f"strategy-viewer: {problem}", file=sys.stderr)
        log.warning("%s", problem)
    if path is None:
        log.warning("kiosk: no %s found; using the default settings", CONFIG_NAME)
    if not config.requires_pin:
        log.warning("kiosk: no pin_hash set; the hidden gesture alone leaves kiosk mode")
    return config


class KioskAware(Protocol):
    """A controller that gives up what a kiosk must not offer (print and export dialogs,
    opening the log folder in a file manager)."""

    def set_kiosk(self, kiosk: bool) -> None: ...


def install(
    app: QApplication,
    window: MainWindow,
    args: argparse.Namespace,
    lock: Sequence[KioskAware] = (),
    state: WindowStateController | None = None,
) -> KioskController | None:
    """Start kiosk mode on `window` if --kiosk was given; call before `window.show()`.
    `lock` are the window's controllers to put in kiosk mode; `state` the controller that
    remembers the window, which stops remembering."""
    if not getattr(args, "kiosk", False):
        return None
    from .kiosk_controller import KioskController

    config = load_config(args)
    if config.language and not getattr(args, "lang", None):
        from ..desktop.i18n import current_language, translations

        if current_language() != config.language:
            translations().switch(config.language)
    # The kiosk saves nothing of its visitors' window, place and zoom over a desktop
    # user's settings, and offers nothing that opens a program or a dialog.
    if state is not None:
        state.enabled = False
    for controller in lock:
        controller.set_kiosk(True)
    controller = KioskController(window, config)
    controller.install()
    from .bundle_swap import install as install_bundle_swap

    install_bundle_swap(controller, config)  # the live bundle named; kiosk.ini's bundle=
    # The window system took the window for good: a fresh start is the only way back, and
    # a non-zero status is what makes the supervisor do it (exit_status.py).
    controller.window_lost.connect(lambda: app.exit(controller.exit_status or 1))
    return controller


def exit_status(
    controller: KioskController | None, loop_status: int, signals: SignalQuitter | None
) -> int:
    """The process's exit status: the kiosk's contract (exit_status.py), else the loop's."""
    from .exit_status import final_status

    signalled = signals.signalled if signals is not None else None
    return final_status(loop_status, controller, signalled)
