"""What the app loads before its first paint: nothing that only a later action needs.

Start-up time is a target (issue 15: cold start ≤ 2.5× a bare PySide6 window), and what is
imported before the window shows is most of it. The app is started as `--screenshot`
starts it, in a separate process (the test process has imported everything already),
and the modules loaded by the time the first paint is saved are checked.
"""

from __future__ import annotations

import json
import os
import pickle
from pathlib import Path

import pytest

from tests.app_process import run_app

ROOT = Path(__file__).resolve().parents[1]

# Runs the command line's own main() up to the first paint, then lists sys.modules.
_SCRIPT = """
import json, sys
from gui.__main__ import main
status = main([*sys.argv[2:], "--screenshot", sys.argv[1]])
print(json.dumps(list(sys.modules)))  # in the order they were imported
sys.exit(status)
"""

# Loaded on first use only, at the few documented places where that pays: print support
# (Qt Print Support, the report, PDF and roster modules), the search index (built on the
# first search) and the panes no one has opened yet; and what only the interactive app or
# a rare action needs (the log file's handlers).
DEFERRED = (
    "PySide6.QtPrintSupport",
    "gui.content.search_index",
    "gui.export.pdf",
    "gui.export.report",
    "gui.export.roster_csv",
    "gui.roster.partners_pane",
    "logging.handlers",
    # ctypes is loaded at start since issue 16: gui.theming.fonts turns FreeType's stem
    # darkening off before the first glyph (about 2 ms; Chinese was bolder than Latin).
    "gui.desktop.window_state",
    "gui.kiosk.pin",  # the PIN's hashing (hashlib itself comes with pydantic)
    "html",
)


def _start(tmp: Path, cache: Path, *options: str) -> list[str]:
    """Start the app as --screenshot does; the modules loaded by its first paint, in the
    order they were imported."""
    env = dict(
        os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT), XDG_CACHE_HOME=str(cache)
    )
    shot = tmp / "shot.png"
    shot.unlink(missing_ok=True)
    result = run_app(shot, *options, code=_SCRIPT, env=env)
    assert result.returncode == 0, result.stderr
    assert shot.is_file()
    modules: list[str] = json.loads(result.stdout.splitlines()[-1])
    return modules


@pytest.fixture(scope="module")
def import_order(tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    tmp = tmp_path_factory.mktemp("startup")
    return _start(tmp, tmp / "cache")


@pytest.fixture(scope="module")
def loaded_at_first_paint(import_order: list[str]) -> set[str]:
    return set(import_order)


def test_the_window_and_its_export_actions_are_loaded(loaded_at_first_paint: set[str]) -> None:
    # The check below means something only if the window was really built.
    assert "gui.views.main_window" in loaded_at_first_paint
    assert "gui.export.export_controller" in loaded_at_first_paint


@pytest.mark.parametrize("module", DEFERRED)
def test_not_loaded_before_the_first_paint(loaded_at_first_paint: set[str], module: str) -> None:
    assert module not in loaded_at_first_paint


def test_the_validators_are_built_before_qt_is_imported(import_order: list[str]) -> None:
    """PySide6's import hook reads, and keeps, the source of every module imported after
    it; pydantic imports some fifty as it builds its first validator. So the content
    layer builds the bundle's validators as it is imported, which the start does first
    (gui/content/validation.py)."""
    after_qt = import_order[import_order.index("PySide6") :]
    assert "gui.content.validation" not in after_qt
    assert [m for m in after_qt if m.partition(".")[0] in {"pydantic", "pydantic_core"}] == []
    assert "importlib.metadata" not in after_qt  # pydantic's plugin loader imports it


class _Planted:
    """Unpickled, it creates the file it names."""

    def __init__(self, marker: Path) -> None:
        self.marker = marker

    def __reduce__(self) -> tuple[object, tuple[Path]]:
        return (Path.touch, (self.marker,))


@pytest.mark.parametrize("kiosk", [False, True], ids=["desktop", "kiosk"])
def test_a_start_never_loads_a_pickle_planted_in_the_cache_folder(
    tmp_path: Path, kiosk: bool
) -> None:
    """Validators were once kept there as pickles, which can run code: now nothing that
    can is read from the cache folder, whatever it holds."""
    marker = tmp_path / "ran"
    planted = pickle.dumps(_Planted(marker))
    assert b"touch" in planted
    cache = tmp_path / "cache"
    folder = cache / "StrategyViewer" / "strategy-viewer"  # the app's own cache folder
    folder.mkdir(parents=True)
    names = ("validators-00000000.pickle", "kiosk-validators-00000000.pickle")
    for name in names:
        (folder / name).write_bytes(planted)
    options: tuple[str, ...] = ()
    if kiosk:
        ini = tmp_path / "kiosk.ini"
        ini.write_text("[kiosk]\nidle_timeout_seconds = 90\n", encoding="utf-8")
        options = ("--kiosk", "--kiosk-config", str(ini))
    loaded = _start(tmp_path, cache, *options)
    assert ("gui.kiosk.kiosk_controller" in loaded) == kiosk  # the start was really made
    assert not marker.exists()
    assert sorted(p.name for p in folder.iterdir() if p.suffix == ".pickle") == sorted(names)
