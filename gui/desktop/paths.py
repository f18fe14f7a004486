"""The one place that knows where data/ and resources/ live.

Three layouts are supported, looked at in this order:

- an installed wheel: copied into the package itself as _bundled/;
- a frozen one-folder build: beside the executable, under sys._MEIPASS for PyInstaller;
- the source tree: the folders beside the package, and only in a checkout (beside
  pyproject.toml). An installed package's parent is site-packages, where another
  distribution's unrelated data/ folder may sit.
"""

from __future__ import annotations

import sys
from functools import cache
from importlib.resources import files
from pathlib import Path

from PySide6.QtCore import QStandardPaths

# The top package by its import name: `gui` in the source tree, another name in the wheel.
_PACKAGE = Path(str(files(__name__.partition(".")[0])))


def _candidates(name: str) -> list[Path]:
    roots = [_PACKAGE / "_bundled"]
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        roots.append(Path(frozen))
    if (_PACKAGE.parent / "pyproject.toml").is_file():
        roots.append(_PACKAGE.parent)
    return [root / name for root in roots]


@cache
def _find(name: str) -> Path:
    for path in _candidates(name):
        if path.is_dir():
            return path
    tried = ", ".join(str(p) for p in _candidates(name))
    raise FileNotFoundError(f"the application's {name}/ folder is missing (looked in {tried})")


def data_dir() -> Path:
    """The bundled content."""
    return _find("data")


def resources_dir() -> Path:
    """Icons, styles, translations, fonts and desktop files."""
    return _find("resources")


def resource(*parts: str) -> Path:
    """A file under resources/; fails loudly when it does not exist."""
    path = resources_dir().joinpath(*parts)
    if not path.exists():
        raise FileNotFoundError(f"missing resource: {'/'.join(parts)}")
    return path


def log_dir() -> Path:
    """Where the log files live, e.g. ~/.local/share/StrategyViewer/strategy-viewer/logs."""
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppLocalDataLocation)
    return Path(base) / "logs"
