"""BundleController: which bundle the window shows, and every way to change it.

File → Open Bundle… (a .strategy file, or a folder's bundle.json), Open Bundle Folder…,
Open Recent, Built-in Content and Reload Bundle; a folder or .strategy file dropped on the
window; a second start that names a bundle (a double-click in the file manager while the
app runs). All of them go through `open_path`, and the window changes content only
through `MainWindow.set_content`. A bundle that does not load changes nothing on screen:
the problems are listed in a dismissible panel (`BundleNotice`), never a dialog.

A bundle on screen is watched (gui/desktop/bundle_watcher.py): an author's save reloads
it, keeping the section and selection; if it no longer loads, the last good content stays
and the panel lists the problems until the next save fixes them.

The bundle shown is remembered (settings) and reopened at the next start; the start-up
says so, non-blocking, when it is gone or broken (`report_unavailable`). In kiosk mode
every action here is disabled: each would open a file dialog or change the content under
a visitor's finger (the kiosk has its own, safe, swap: gui/kiosk/bundle_swap.py).
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QMimeData, QObject, QSettings, QStandardPaths, Slot
from PySide6.QtGui import QAction, QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMenu

from ..content import BundleError, Content, Problem, load_bundle
from ..content.archive import SUFFIX, is_archive_path
from ..content.safe_text import one_line
from ..desktop.bundle_watcher import BundleWatcher
from ..desktop.paths import data_dir
from ..views.main_window import MainWindow
from ..views.widgets import plain_label
from .notice import BundleNotice
from .recent import RecentBundles

log = logging.getLogger(__name__)

BUNDLE_FILE = "bundle.json"  # chosen in the Open dialog, it stands for its folder


def load(path: Path) -> Content:
    """load_bundle, with whatever the file system raises turned into a problem."""
    try:
        return load_bundle(path)
    except OSError as error:
        reason = f"cannot be read ({error.strerror or error})"
        raise BundleError(path, [Problem(str(path), "", reason)]) from error


def bundle_path(path: Path) -> Path:
    """The bundle a chosen or dropped path stands for: a folder's bundle.json is its folder."""
    if path.name == BUNDLE_FILE and path.is_file():
        return path.parent
    return path


def looks_like_bundle(path: Path) -> bool:
    """Whether a dropped path is worth trying: a folder, a one-file bundle or a zip, or a
    folder's bundle.json."""
    try:
        return path.is_dir() or path.name == BUNDLE_FILE or is_archive_path(path)
    except OSError:
        return False


def dropped_bundle(mime: QMimeData) -> Path | None:
    """The one local bundle path a drag carries, or None."""
    if not mime.hasUrls():
        return None
    urls = mime.urls()
    if len(urls) != 1 or not urls[0].isLocalFile():
        return None
    path = Path(urls[0].toLocalFile())
    return bundle_path(path) if looks_like_bundle(path) else None


def source_name(path: Path | None) -> str:
    """How a bundle is named in the title and the sidebar: its file or folder name."""
    return path.name if path is not None else ""


class BundleController(QObject):
    def __init__(
        self,
        window: MainWindow,
        settings: QSettings | None = None,
        built_in: Path | None = None,
    ) -> None:
        super().__init__(window)
        self.setObjectName("bundleController")
        self.window = window
        self.settings = settings
        self.recent = RecentBundles(settings) if settings is not None else None
        self.built_in = built_in or data_dir()
        self.source: Path | None = None  # None: the built-in content
        self.kiosk = False
        self._last_dir: Path | None = None
        self.notice = BundleNotice(window, window.stack)
        # Live reload: an author saves a file of the bundle on screen, the window shows it.
        self.watcher = BundleWatcher(self)
        self.watcher.changed.connect(self.reload)
        self.source_label = plain_label("", "bundleSource", wrap=False)
        self.source_label.hide()
        layout = window.sidebar.layout()
        if layout is not None:  # under the brand lines: which bundle this is
            layout.insertWidget(2, self.source_label)

        self.open_action = self._action("openBundleAction", QKeySequence.StandardKey.Open)
        self.open_action.triggered.connect(self.open_dialog)
        self.open_folder_action = self._action("openBundleFolderAction", "Ctrl+Shift+O")
        self.open_folder_action.triggered.connect(self.open_folder_dialog)
        self.recent_menu = QMenu(window)
        self.recent_menu.setObjectName("recentBundlesMenu")
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        self.clear_recent_action = self._action("clearRecentBundlesAction")
        self.clear_recent_action.triggered.connect(self.clear_recent)
        self.built_in_action = self._action("builtInContentAction")
        self.built_in_action.triggered.connect(self.show_built_in)
        self.reload_action = self._action("reloadBundleAction", QKeySequence.StandardKey.Refresh)
        self.reload_action.triggered.connect(self.reload)
        self.retranslate()
        self._fill_recent_menu()
        self._update_actions()
        window.setAcceptDrops(True)
        window.installEventFilter(self)
        window.content_changed.connect(self._update_source_label)

    def _action(self, name: str, key: QKeySequence.StandardKey | str | None = None) -> QAction:
        action = QAction(self.window)
        action.setObjectName(name)
        if isinstance(key, str):
            action.setShortcut(QKeySequence(key))
        elif key is not None:
            action.setShortcuts(QKeySequence.keyBindings(key))
        self.window.addAction(action)
        return action

    @property
    def actions(self) -> list[QAction]:
        return [self.open_action, self.open_folder_action, self.built_in_action, self.reload_action]

    def add_to_menu(self, menu: QMenu, before: QAction | None = None) -> None:
        """Open…, Open Folder…, Open Recent, Built-in Content, Reload, then a separator."""
        menu.insertActions(before, [self.open_action, self.open_folder_action])  # type: ignore[arg-type]
        menu.insertMenu(before, self.recent_menu)  # type: ignore[arg-type]
        menu.insertActions(before, [self.built_in_action, self.reload_action])  # type: ignore[arg-type]
        menu.insertSeparator(before)  # type: ignore[arg-type]

    def retranslate(self) -> None:
        self.open_action.setText(self.tr("&Open Bundle…"))
        self.open_action.setStatusTip(
            self.tr("Open a one-file bundle (.strategy) or a folder's bundle.json")
        )
        self.open_folder_action.setText(self.tr("Open Bundle &Folder…"))
        self.open_folder_action.setStatusTip(self.tr("Open a bundle folder"))
        self.recent_menu.setTitle(self.tr("Open &Recent"))
        self.clear_recent_action.setText(self.tr("&Clear Menu"))
        self.built_in_action.setText(self.tr("&Built-in Content"))
        self.built_in_action.setStatusTip(self.tr("Show the content that comes with the app"))
        self.reload_action.setText(self.tr("Re&load Bundle"))
        self._update_source_label()

    # --- opening ------------------------------------------------------------------------
    def open_path(self, path: Path | str) -> bool:
        """Show the bundle at `path` (a folder or a one-file bundle). If it does not load,
        the content on screen stays and the panel lists the problems; returns False."""
        if self.kiosk:
            return False
        path = bundle_path(Path(path))
        try:
            content = load(path)
        except BundleError as error:
            log.warning("%s", error.report())
            self.notice.show_message(
                self.tr("Cannot open %1: %n problem(s). The content on screen stays.", "",
                        len(error.problems)).replace("%1", one_line(str(path))),
                error.problems,
            )  # fmt: skip
            return False
        self._show(content, path)
        log.info("showing the bundle %s (%s, version %s)", path, content.bundle.id,
                 content.bundle.version)  # fmt: skip
        return True

    @Slot()
    def show_built_in(self) -> bool:
        if self.kiosk:
            return False
        try:
            content = load(self.built_in)
        except BundleError as error:  # a damaged installation: say so, keep what is shown
            self.notice.show_message(error.report(), error.problems)
            return False
        self._show(content, None)
        return True

    @Slot()
    def reload(self) -> bool:
        """Load the shown bundle again; if it no longer loads, keep the last good content
        and list the problems."""
        if self.source is None or self.kiosk:
            return False
        try:
            content = load(self.source)
        except BundleError as error:
            log.warning("%s; keeping the last version that loaded", error.report())
            self.notice.show_message(
                self.tr("%1 has %n problem(s); showing the last version that loaded.", "",
                        len(error.problems)).replace("%1", source_name(self.source)),
                error.problems,
            )  # fmt: skip
            return False
        self.window.set_content(content, source_name(self.source))
        self.notice.dismiss()
        log.info("reloaded the bundle %s", self.source)
        return True

    def _show(self, content: Content, path: Path | None) -> None:
        self.window.set_content(content, source_name(path))
        self.notice.dismiss()
        self.set_source(path)

    def set_source(self, path: Path | None) -> None:
        """The bundle on screen came from `path` (None: built-in): remembered and shown."""
        self.source = path
        self.watcher.watch(path if not self.kiosk else None)
        if self.recent is not None:
            if path is not None:
                self.recent.add(path)
            self.recent.set_last(path)
        self._fill_recent_menu()
        self._update_actions()
        self._update_source_label()

    def started(self, path: Path | None) -> None:
        """The start-up showed `path` (None: the built-in content)."""
        self.window.set_content(self.window.content, source_name(path))
        self.set_source(path)

    def report_unavailable(self, path: Path, problems: list[Problem]) -> None:
        """At start-up: the bundle shown last time is gone or broken; the built-in content
        is shown instead. Said in the panel, not a dialog: the app is usable at once."""
        self.notice.show_message(
            self.tr("The bundle shown last time, %1, cannot be opened; showing the built-in "
                    "content.").replace("%1", one_line(str(path))),
            problems,
        )  # fmt: skip

    # --- dialogs ------------------------------------------------------------------------
    def _start_dir(self) -> str:
        if self._last_dir is not None:
            return str(self._last_dir)
        if self.source is not None:
            return str(self.source.parent)
        return QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)

    @Slot()
    def open_dialog(self) -> bool:
        if self.kiosk:
            return False
        chosen, _filter = QFileDialog.getOpenFileName(
            self.window,
            self.tr("Open Bundle"),
            self._start_dir(),
            self.tr("Strategy bundles (*%1 bundle.json);;All files (*)").replace("%1", SUFFIX),
        )
        if not chosen:
            return False
        self._last_dir = Path(chosen).parent
        return self.open_path(Path(chosen))

    @Slot()
    def open_folder_dialog(self) -> bool:
        if self.kiosk:
            return False
        chosen = QFileDialog.getExistingDirectory(
            self.window, self.tr("Open Bundle Folder"), self._start_dir()
        )
        if not chosen:
            return False
        self._last_dir = Path(chosen).parent
        return self.open_path(Path(chosen))

    # --- recent -------------------------------------------------------------------------
    @Slot()
    def _fill_recent_menu(self) -> None:
        menu = self.recent_menu
        for action in menu.actions():
            if action is not self.clear_recent_action:
                menu.removeAction(action)
                action.deleteLater()
        menu.clear()
        paths = self.recent.paths() if self.recent is not None else []
        for number, path in enumerate(paths, start=1):
            # A name from the file system: "&" would be taken for a mnemonic.
            name = one_line(path.name).replace("&", "&&")
            action = QAction(f"&{number} {name}" if number < 10 else name, menu)
            action.setToolTip(one_line(str(path)))
            action.setStatusTip(one_line(str(path)))
            action.triggered.connect(lambda _=False, p=path: self.open_path(p))
            menu.addAction(action)
        if paths:
            menu.addSeparator()
        menu.addAction(self.clear_recent_action)
        self.clear_recent_action.setEnabled(bool(paths) and not self.kiosk)
        menu.setEnabled(not self.kiosk)

    def recent_actions(self) -> list[QAction]:
        """The entries of Open Recent (without Clear), most recent first."""
        self._fill_recent_menu()
        return [
            a
            for a in self.recent_menu.actions()
            if not a.isSeparator() and a is not self.clear_recent_action
        ]

    @Slot()
    def clear_recent(self) -> None:
        if self.recent is not None:
            self.recent.clear()
        self._fill_recent_menu()

    # --- single instance ----------------------------------------------------------------
    def handle_request(self, request: dict[str, Any]) -> None:
        """A second start asked to open a bundle (`"bundle": path`)."""
        path = request.get("bundle")
        if isinstance(path, str) and path:
            self.open_path(Path(path))

    # --- drag and drop ------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is not self.window:
            return False
        kind = event.type()
        if kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove) and isinstance(
            event, QDragEnterEvent | QDropEvent
        ):
            if not self.kiosk and dropped_bundle(event.mimeData()) is not None:
                event.acceptProposedAction()
            else:
                event.ignore()
            return True
        if kind == QEvent.Type.Drop and isinstance(event, QDropEvent):
            path = None if self.kiosk else dropped_bundle(event.mimeData())
            if path is None:
                event.ignore()
                return True
            event.acceptProposedAction()
            self.open_path(path)
            return True
        if kind == QEvent.Type.LanguageChange:
            self.retranslate()
        return False

    # --- state --------------------------------------------------------------------------
    def set_kiosk(self, kiosk: bool) -> None:
        """Kiosk mode: no dialogs, no drops, nothing changes the content but the kiosk."""
        self.kiosk = kiosk
        self.window.setAcceptDrops(not kiosk)
        self.watcher.watch(self.source if not kiosk else None)
        self._update_actions()
        self._fill_recent_menu()
        self._update_source_label()

    def _update_actions(self) -> None:
        for action in (self.open_action, self.open_folder_action, self.built_in_action):
            action.setEnabled(not self.kiosk)
        self.built_in_action.setEnabled(not self.kiosk and self.source is not None)
        self.reload_action.setEnabled(not self.kiosk and self.source is not None)

    @Slot()
    def _update_source_label(self) -> None:
        """The sidebar names the bundle shown (nothing for the built-in content, and
        nothing on a kiosk: visitors need no file names)."""
        name = self.window.source_name
        self.source_label.setText(self.tr("Bundle: %1").replace("%1", one_line(name)))
        self.source_label.setToolTip(one_line(str(self.source)) if self.source else "")
        self.source_label.setVisible(bool(name) and not self.kiosk)
