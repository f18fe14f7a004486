"""Bundles to open: copies of the built-in one with a title of their own, as a folder or a
one-file bundle, the app's settings in a temporary file, and a shown window over them."""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from gui.application import MainUi, build_ui
from gui.content import Content
from gui.content.archive import folder_members, pack_files
from gui.content.schema import BUNDLE_FILES
from tests.windows import close_window

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


@pytest.fixture
def desk(app, qtbot, content: Content, settings: QSettings) -> Iterator[MainUi]:  # type: ignore[no-untyped-def]
    """A shown window as a desktop start builds it: with settings that remember."""
    ui = build_ui(content, "light", settings)
    ui.window.resize(1280, 800)
    ui.window.show()
    qtbot.waitExposed(ui.window)
    try:
        yield ui
    finally:
        close_window(ui.window)
