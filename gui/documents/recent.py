"""The recent-bundles list and the bundle shown last, in the user's settings.

Paths are kept absolute, most recent first, without duplicates; a value of the wrong type
(a hand-edited settings file) reads as nothing rather than failing.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QSettings

RECENT_KEY = "bundles/recent"
LAST_KEY = "bundles/last"  # the bundle shown when the app last showed one; "" built-in
MAX_RECENT = 8


def _absolute(path: Path) -> Path:
    # Not resolve(): a link the user chose stays the link they know.
    return Path(os.path.abspath(path))


class RecentBundles:
    def __init__(self, settings: QSettings) -> None:
        self.settings = settings

    def paths(self) -> list[Path]:
        raw = self.settings.value(RECENT_KEY)
        if isinstance(raw, str):  # QSettings gives one string for a one-item list
            raw = [raw]
        if not isinstance(raw, list):
            return []
        return [Path(item) for item in raw if isinstance(item, str) and item][:MAX_RECENT]

    def add(self, path: Path) -> None:
        path = _absolute(path)
        paths = [path, *(p for p in self.paths() if p != path)][:MAX_RECENT]
        self.settings.setValue(RECENT_KEY, [str(p) for p in paths])

    def remove(self, path: Path) -> None:
        path = _absolute(path)
        self.settings.setValue(RECENT_KEY, [str(p) for p in self.paths() if p != path])

    def clear(self) -> None:
        self.settings.remove(RECENT_KEY)

    def last(self) -> Path | None:
        return last_bundle(self.settings)

    def set_last(self, path: Path | None) -> None:
        self.settings.setValue(LAST_KEY, str(_absolute(path)) if path is not None else "")


def last_bundle(settings: QSettings) -> Path | None:
    """The bundle the app showed when it last quit; None for the built-in content."""
    raw = settings.value(LAST_KEY)
    return Path(raw) if isinstance(raw, str) and raw else None
