"""Bundles to open: copies of the built-in one with a title of their own, as a folder or a
one-file bundle, and the app's settings in a temporary file."""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from gui.content.archive import folder_members, pack_files
from gui.content.schema import BUNDLE_FILES

ROOT = Path(__file__).resolve().parents[2]


def retitle(folder: Path, title: str) -> None:
    """Give the bundle in `folder` another title (and drop its Chinese one)."""
    path = folder / "bundle.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    data["title"] = title
    data.pop("title_zh", None)
    path.write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")


@pytest.fixture
def make_bundle(tmp_path: Path) -> Callable[..., Path]:
    """A copy of the built-in bundle titled `title`: a folder, or with `one_file` a
    .strategy file."""

    def make(name: str, title: str, one_file: bool = False) -> Path:
        folder = tmp_path / (name + ("-src" if one_file else ""))
        shutil.copytree(ROOT / "data", folder)
        retitle(folder, title)
        if not one_file:
            return folder
        return pack_files(folder_members(folder, tuple(BUNDLE_FILES)), tmp_path / name)

    return make


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    from gui.desktop.settings import open_settings

    return open_settings(tmp_path / "settings.ini")


@pytest.fixture
def app_settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The app's own settings (what `main()` opens) in a temporary INI file."""
    from gui.desktop import settings as settings_module

    path = tmp_path / "app-settings.ini"
    real = settings_module.open_settings
    monkeypatch.setattr(settings_module, "open_settings", lambda p=None: real(p or path))
    return path
