"""Hot swap on the kiosk: the bundle named in kiosk.ini (`bundle=`) is watched, and a new
version replaces the one on screen at the next idle reset, never under a visitor's finger.

- Every change is validated in full, in memory, before anything happens: a bundle that does
  not load (broken, or still being copied: a half-written zip or folder) is refused and
  logged, the last good content stays, and the next change is tried again.
- A bundle that loads waits (`pending`) until nobody is using the kiosk: at the next idle
  time, or at once if the kiosk is idle already (the attract loop is running). Then the
  window shows it through `MainWindow.set_content` and the kiosk resets to its home page.
- At start the named bundle is shown at once if it loads (nobody is there yet).
- What is live is logged on every change, and named on the PIN pad (bundle.json `id` and
  `version`), so an operator can check a deployment at the screen.

Copy a new bundle in place atomically (`--pack-bundle` writes a .strategy file under a
temporary name and renames it) and a half-copied state is never even seen; copied in
place, it is refused until the copy completes.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QObject, Signal, Slot

from ..content import BundleError, Content, Problem, load_bundle
from ..desktop.bundle_watcher import DEBOUNCE_MS, BundleWatcher
from .kiosk_config import KioskConfig
from .kiosk_controller import KioskController

log = logging.getLogger(__name__)


def _load(path: Path) -> Content:
    try:
        return load_bundle(path)
    except OSError as error:  # a disk or mount that fails under the kiosk
        raise BundleError(path, [Problem(str(path), "", f"cannot be read ({error})")]) from error


def describe(content: Content) -> str:
    b = content.bundle
    return f"{b.id}, version {b.version}, from {content.origin}"


class KioskBundleSwap(QObject):
    swapped = Signal(object)  # the Content now live
    refused = Signal(object)  # the BundleError of a bundle that was refused
    pending_changed = Signal()

    def __init__(
        self, controller: KioskController, path: Path, debounce_ms: int = DEBOUNCE_MS
    ) -> None:
        super().__init__(controller)
        self.controller = controller
        self.window = controller.window
        self.path = path
        self.pending: Content | None = None
        self.watcher = BundleWatcher(self, debounce_ms)
        self.watcher.changed.connect(self.check)
        # After the controller's own idle handler (connected first): it has reset the
        # kiosk and started the attract loop; the swap then happens on a home screen.
        controller.idle.idle.connect(self._on_idle)

    def start(self) -> None:
        """Watch the bundle, and show it now if it loads (at start, before any visitor)."""
        self.watcher.watch(self.path)
        self.check()
        if self.pending is not None:
            self._apply()

    def stop(self) -> None:
        self.watcher.watch(None)

    @Slot()
    def check(self) -> bool:
        """Validate the bundle as it is now; True if a new version is pending or live."""
        try:
            content = _load(self.path)
        except BundleError as error:
            log.warning("kiosk: refused the bundle %s; the last good content stays (%s). "
                        "Retried on its next change.\n%s", self.path, describe(self.window.content),
                        error.report())  # fmt: skip
            self.refused.emit(error)
            return False
        self.pending = content
        self.pending_changed.emit()
        log.info("kiosk: the bundle %s is valid (%s); it goes live at the next idle reset",
                 self.path, describe(content))  # fmt: skip
        if self.controller.idle.is_idle() and not self.controller.pad.isVisible():
            self._apply()  # nobody is using the kiosk: no need to wait
        return True

    @Slot()
    def _on_idle(self) -> None:
        if self.pending is not None and self.controller.installed:
            self._apply()

    def _apply(self) -> None:
        content, self.pending = self.pending, None
        if content is None:
            return
        attract = self.controller.attract
        was_running = attract.is_running()
        attract.stop()  # it holds the panes that are about to be rebuilt
        self.window.set_content(content, self.path.name)
        self.controller.reset_to_home(force=True)
        if was_running:
            attract.start()
        log.info("kiosk: now showing %s", describe(content))
        self.pending_changed.emit()
        self.swapped.emit(content)


class LiveBundleLabel(QObject):
    """Names the bundle on screen on the PIN pad, now and after every change. A QObject
    (the controller's child) so that the connection goes with the controller."""

    def __init__(self, controller: KioskController) -> None:
        super().__init__(controller)
        self.controller = controller
        controller.window.content_changed.connect(self.update)
        self.update()

    @Slot()
    def update(self) -> None:
        b = self.controller.window.content.bundle
        self.controller.pad.set_bundle_info(b.id, b.version)


def install(controller: KioskController, config: KioskConfig) -> KioskBundleSwap | None:
    """The kiosk's bundle parts: the PIN pad names the live bundle; with `bundle=` set,
    that bundle is shown (if it loads) and watched."""
    LiveBundleLabel(controller)
    log.info("kiosk: showing %s", describe(controller.window.content))
    if not config.bundle:
        return None
    swap = KioskBundleSwap(controller, Path(config.bundle).expanduser())
    swap.start()
    return swap
