"""Start-up with a bundle that does not load: say what is wrong, and fall back to the content
that comes with the app rather than show nothing.

- Interactive (a person at a desktop): a window lists the problems and offers the bundled
  content or quitting (`BundleErrorDialog`).
- Unattended (a kiosk): the bundled content is shown at once, the problems go to the log,
  and a small corner note (`FallbackIndicator`) tells staff what happened.
- One-off commands (--screenshot, --check) do not come here: they print the problems and
  exit non-zero, as a script expects.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QDialog, QWidget

from ..content import BundleError, Content, Problem, load_bundle
from ..views.bundle_error_dialog import BundleErrorDialog
from ..views.fallback_indicator import FallbackIndicator
from .paths import data_dir

log = logging.getLogger(__name__)

# Asked when a bundle is broken: True to open the bundled content instead, False to quit.
Ask = Callable[[BundleError], bool]


def ask_with_dialog(error: BundleError) -> bool:
    """Show the problems in a `BundleErrorDialog`; True if the user picks the bundled content."""
    dialog = BundleErrorDialog(error)
    try:
        return dialog.exec() == QDialog.DialogCode.Accepted
    finally:
        dialog.deleteLater()


def load_with_fallback(
    folder: Path | str | None, *, interactive: bool, ask: Ask | None = None
) -> tuple[Content, list[Problem]] | None:
    """The content to show, and the problems of the bundle in `folder` if it was broken.

    `folder` None means the bundled content. A broken bundle is logged; then, when
    `interactive`, `ask` (by default a dialog) decides between the bundled content and
    None (the user chose to quit); otherwise the bundled content is used. The problems
    list is empty when `folder` loaded. Raises `BundleError` if the bundled content itself
    is broken: then the installation is damaged and there is nothing to fall back to.
    """
    bundled = data_dir()
    if folder is None:
        return load_bundle(bundled), []
    try:
        return _load(Path(folder)), []
    except BundleError as error:
        problems = error.problems
        if _same_folder(Path(folder), bundled):
            raise
        log.error("%s", error.report())
        if interactive and not (ask or ask_with_dialog)(error):
            return None
        log.warning("showing the bundled content from %s instead of %s", bundled, folder)
        return load_bundle(bundled), problems


def _load(folder: Path) -> Content:
    """load_bundle, with whatever the file system raises (permissions, a dying disk)
    turned into a problem of the bundle: a kiosk falls back instead of stopping."""
    try:
        return load_bundle(folder)
    except OSError as error:
        reason = f"cannot be read ({error.strerror or error})"
        raise BundleError(folder, [Problem(str(folder), "", reason)]) from error


def _same_folder(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve()
    except OSError:
        return False


def show_indicator(
    window: QWidget, folder: Path | str, problems: list[Problem]
) -> FallbackIndicator:
    """Put the "Showing built-in content" note in `window`'s corner."""
    return FallbackIndicator(window, str(folder), len(problems))
