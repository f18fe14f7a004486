"""Notices when a bundle changes on disk: for an author's live reload, and a kiosk's swap.

A QFileSystemWatcher watches the bundle folder and its six files (or a one-file bundle and
the folder it sits in). Editors save in bursts (write, rename, touch the folder), so events
are debounced: `changed` is emitted once things have been quiet for `debounce_ms`, and only
if the bundle's files really differ (size, time, inode) from when it was last emitted: an
editor's swap file or a download next to a .strategy file changes nothing.

Editors that save by writing a new file and renaming it over the old one (vim, most IDEs)
replace the file the watcher was watching, which drops it from the watch list: every
check adds back whatever is missing.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal, Slot

from ..content.archive import is_archive_path
from ..content.schema import BUNDLE_FILES

DEBOUNCE_MS = 300

# (name, size, modification time in ns, inode) of each file that exists
Fingerprint = tuple[tuple[str, int, int, int], ...]


def fingerprint(path: Path) -> Fingerprint:
    """What identifies the state of the bundle at `path` on disk, cheaply (no reading)."""
    names = [path] if _is_archive(path) else [path / name for name in BUNDLE_FILES]
    found = []
    for file in names:
        try:
            info = os.stat(file)
        except OSError:
            continue
        found.append((file.name, info.st_size, info.st_mtime_ns, info.st_ino))
    return tuple(found)


def _is_archive(path: Path) -> bool:
    try:
        return is_archive_path(path)
    except OSError:
        return False


class BundleWatcher(QObject):
    changed = Signal()  # the watched bundle's files differ from the last time

    def __init__(self, parent: QObject | None = None, debounce_ms: int = DEBOUNCE_MS) -> None:
        super().__init__(parent)
        self.path: Path | None = None
        self._seen: Fingerprint = ()
        self._watcher = QFileSystemWatcher(self)
        self._watcher.fileChanged.connect(self._on_event)
        self._watcher.directoryChanged.connect(self._on_event)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(debounce_ms)
        self._timer.timeout.connect(self._check)

    def watch(self, path: Path | None) -> None:
        """Watch the bundle at `path` from its state now; None stops watching."""
        self._timer.stop()
        paths = self._watcher.files() + self._watcher.directories()
        if paths:
            self._watcher.removePaths(paths)
        self.path = path
        self._seen = fingerprint(path) if path is not None else ()
        self._add_paths()

    def watched_paths(self) -> list[str]:
        return sorted(self._watcher.files() + self._watcher.directories())

    def _wanted(self) -> list[Path]:
        path = self.path
        if path is None:
            return []
        if _is_archive(path):
            # The folder too: a file copied or renamed over the old one is a new file.
            return [path.parent, path]
        return [path, *(path / name for name in BUNDLE_FILES)]

    def _add_paths(self) -> None:
        have = set(self._watcher.files() + self._watcher.directories())
        missing = [str(p) for p in self._wanted() if str(p) not in have and p.exists()]
        if missing:
            self._watcher.addPaths(missing)

    @Slot(str)
    def _on_event(self, _path: str) -> None:
        self._timer.start()  # (re)started: a burst of events is one change

    @Slot()
    def _check(self) -> None:
        if self.path is None:
            return
        self._add_paths()  # files replaced by a rename are watched again
        now = fingerprint(self.path)
        if now != self._seen:
            self._seen = now
            self.changed.emit()

    def check_now(self) -> None:
        """Check at once rather than after the quiet time (tests, a manual reload)."""
        self._timer.stop()
        self._check()
