"""Hot swap on the kiosk: kiosk.ini's `bundle=` is watched; a new bundle that loads goes
live at the next idle reset (never during a visit); a broken or half-copied one is refused
and logged, and the last good content stays; the PIN pad names the live bundle."""

from __future__ import annotations

import json
import logging
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from gui.content import Content
from gui.content.archive import folder_members, pack_files
from gui.content.schema import BUNDLE_FILES
from gui.kiosk import bundle_swap
from gui.kiosk.bundle_swap import KioskBundleSwap
from gui.kiosk.kiosk_config import load_kiosk_config
from gui.views.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[2]


def _source(tmp_path: Path, name: str, version: str, title: str) -> Path:
    folder = tmp_path / f"src-{name}"
    shutil.copytree(ROOT / "data", folder)
    path = folder / "bundle.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    data.update(version=version, title=title)
    data.pop("title_zh", None)
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return folder


def _packed(folder: Path) -> bytes:
    out = pack_files(folder_members(folder, tuple(BUNDLE_FILES)), folder.with_suffix(".strategy"))
    return out.read_bytes()


@pytest.fixture
def restore_content(kiosk_window: MainWindow, content: Content) -> Iterator[None]:
    """The module's window goes back to the built-in content after each test."""
    yield
    kiosk_window.set_content(content)


@pytest.fixture
def live(tmp_path: Path) -> Path:
    """The path kiosk.ini names, holding version 1."""
    path = tmp_path / "live.strategy"
    path.write_bytes(_packed(_source(tmp_path, "v1", "2024.1", "Version One")))
    return path


@pytest.fixture
def swapping(make_kiosk, live: Path, restore_content: None) -> Callable[..., KioskBundleSwap]:  # type: ignore[no-untyped-def]
    def make(**overrides: object) -> KioskBundleSwap:
        kiosk = make_kiosk(attract_interval_seconds=0, **overrides)
        bundle_swap.LiveBundleLabel(kiosk)
        swap = KioskBundleSwap(kiosk, live, debounce_ms=50)
        swap.start()
        return swap

    return make


def _visit(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    """A visitor taps Partners."""
    from gui.content import SECTIONS

    nav = window.navigation
    rect = nav.visualRect(window.sections.index(SECTIONS.index("partners"), 0))
    qtbot.mouseClick(nav.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.current_section() == "partners"


def test_the_named_bundle_is_shown_at_start_and_on_the_pin_pad(
    swapping, kiosk_window: MainWindow, live: Path
) -> None:  # type: ignore[no-untyped-def]
    swap = swapping()
    assert kiosk_window.content.origin == str(live)
    assert kiosk_window.content.bundle.title == "Version One"
    info = swap.controller.pad.bundle_info.text()
    assert info == f"Content: {kiosk_window.content.bundle.id}, version 2024.1"


def test_a_good_bundle_during_a_visit_waits_for_the_idle_reset(
    swapping, kiosk_window: MainWindow, live: Path, tmp_path: Path, qtbot, caplog
) -> None:  # type: ignore[no-untyped-def]
    caplog.set_level(logging.INFO, logger="gui")
    swap = swapping(idle_timeout_seconds=1.5)
    _visit(kiosk_window, qtbot)
    new = _packed(_source(tmp_path, "v2", "2024.2", "Version Two"))
    staged = tmp_path / "staged.strategy"
    staged.write_bytes(new)
    staged.replace(live)  # atomically, as the guide says
    qtbot.waitUntil(lambda: swap.pending is not None, timeout=3000)
    assert kiosk_window.content.bundle.title == "Version One", "not under a visitor's finger"
    assert kiosk_window.current_section() == "partners"
    assert "goes live at the next idle reset" in caplog.text
    with qtbot.waitSignal(swap.swapped, timeout=5000):
        pass
    assert kiosk_window.content.bundle.title == "Version Two"
    assert kiosk_window.current_section() == "overview", "home, after the idle reset"
    assert "kiosk: now showing" in caplog.text
    assert "version 2024.2" in caplog.text
    assert swap.controller.pad.bundle_info.text().endswith("version 2024.2")


def test_a_good_bundle_while_idle_goes_live_at_once(
    swapping, kiosk_window: MainWindow, live: Path, tmp_path: Path, qtbot
) -> None:  # type: ignore[no-untyped-def]
    swap = swapping(idle_timeout_seconds=0.2)
    qtbot.waitUntil(swap.controller.idle.is_idle, timeout=3000)
    live.write_bytes(_packed(_source(tmp_path, "v3", "2024.3", "Version Three")))
    with qtbot.waitSignal(swap.swapped, timeout=3000):
        pass
    assert kiosk_window.content.bundle.title == "Version Three"
    assert kiosk_window.current_section() == "overview"


def test_a_broken_bundle_is_refused_and_logged(
    swapping, kiosk_window: MainWindow, live: Path, tmp_path: Path, qtbot, caplog
) -> None:  # type: ignore[no-untyped-def]
    swap = swapping(idle_timeout_seconds=0.2)
    folder = _source(tmp_path, "bad", "2024.9", "Broken")
    (folder / "partners.json").write_text('{"partners": 1}', encoding="utf-8")
    with qtbot.waitSignal(swap.refused, timeout=3000):
        live.write_bytes(_packed(folder))
    assert swap.pending is None
    qtbot.waitUntil(swap.controller.idle.is_idle, timeout=3000)
    qtbot.wait(200)
    assert kiosk_window.content.bundle.title == "Version One", "the last good content stays"
    assert "kiosk: refused the bundle" in caplog.text
    assert (
        "live.strategy/partners.json: partners: input should be a valid array (got 1)"
        in caplog.text
    )


def test_a_half_copied_bundle_is_refused_then_taken_when_complete(
    swapping, kiosk_window: MainWindow, live: Path, tmp_path: Path, qtbot, caplog
) -> None:  # type: ignore[no-untyped-def]
    swap = swapping(idle_timeout_seconds=0.2)
    whole = _packed(_source(tmp_path, "v4", "2024.4", "Version Four"))
    with qtbot.waitSignal(swap.refused, timeout=3000):  # a copy in progress, in place
        live.write_bytes(whole[: len(whole) // 2])
    assert kiosk_window.content.bundle.title == "Version One"
    # The copy completes.
    with qtbot.waitSignal(swap.swapped, timeout=3000), live.open("ab") as rest:
        rest.write(whole[len(whole) // 2 :])
    assert kiosk_window.content.bundle.title == "Version Four"


def test_a_folder_bundle_copied_file_by_file(
    make_kiosk, kiosk_window: MainWindow, tmp_path: Path, qtbot, restore_content: None
) -> None:  # type: ignore[no-untyped-def]
    """A folder being filled: refused while files are missing, taken once complete."""
    kiosk = make_kiosk(attract_interval_seconds=0, idle_timeout_seconds=0.2)
    target = tmp_path / "live-folder"
    target.mkdir()
    swap = KioskBundleSwap(kiosk, target, debounce_ms=50)
    swap.start()
    assert kiosk_window.content.origin != str(target)
    source = _source(tmp_path, "v5", "2024.5", "Folder Five")
    with qtbot.waitSignal(swap.refused, timeout=3000):
        shutil.copy(source / "bundle.json", target / "bundle.json")
    with qtbot.waitSignal(swap.swapped, timeout=5000):
        for name in BUNDLE_FILES:
            shutil.copy(source / name, target / name)
    assert kiosk_window.content.bundle.title == "Folder Five"


def test_kiosk_ini_names_the_bundle(tmp_path: Path) -> None:
    ini = tmp_path / "kiosk.ini"
    ini.write_text("[kiosk]\nbundle = /srv/kiosk/live.strategy\n", encoding="utf-8")
    config, problems = load_kiosk_config(ini)
    assert problems == []
    assert config.bundle == "/srv/kiosk/live.strategy"


def test_kiosk_start_shows_the_bundle_kiosk_ini_names(
    quiet_start: list[MainWindow], live: Path, tmp_path: Path, caplog
) -> None:  # type: ignore[no-untyped-def]
    """`--kiosk` end to end: kiosk.ini's bundle on screen, logged, named on the PIN pad."""
    from PySide6.QtWidgets import QApplication

    from gui.__main__ import main
    from gui.kiosk.kiosk_controller import KioskController

    caplog.set_level(logging.INFO, logger="gui")
    ini = tmp_path / "kiosk.ini"
    ini.write_text(f"[kiosk]\nfont_scale=1.0\nbundle={live}\n", encoding="utf-8")
    before = {w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)}
    assert main(["--kiosk", "--kiosk-config", str(ini), "--new-instance"]) == 0
    [window] = [
        w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w not in before
    ]
    [controller] = window.findChildren(KioskController)
    try:
        assert window.content.origin == str(live)
        assert controller.pad.bundle_info.text() == (
            f"Content: {window.content.bundle.id}, version 2024.1"
        )
        assert f"kiosk: now showing {window.content.bundle.id}, version 2024.1" in caplog.text
        [swap] = controller.findChildren(KioskBundleSwap)
        assert str(live) in swap.watcher.watched_paths()
    finally:
        controller.uninstall()
