"""The one place that knows where data/ and resources/ live.

Three layouts are supported: the source tree (folders beside the package), an installed
wheel (copied into the package as _bundled/), and a frozen one-folder build (beside the
executable, under sys._MEIPASS for PyInstaller).
"""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def _candidates(name: str) -> list[Path]:
    frozen = getattr(sys, "_MEIPASS", None)
    roots = [_PACKAGE.parent, _PACKAGE / "_bundled"]
    if frozen:
        roots.insert(0, Path(frozen))
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
