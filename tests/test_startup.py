"""What the app loads before its first paint: nothing that only a later action needs.

Start-up time is a target (issue 8: cold start ≤ 2× a bare PySide6 window), and what is
imported before the window shows is most of it. The app is started as `--screenshot`
starts it, in a separate process (the test process has imported everything already),
and the modules loaded by the time the first paint is saved are checked.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from tests.app_process import run_app

ROOT = Path(__file__).resolve().parents[1]

# Runs the command line's own main() up to the first paint, then lists sys.modules.
_SCRIPT = """
import json, sys
from gui.__main__ import main
status = main([*sys.argv[2:], "--screenshot", sys.argv[1]])
print(json.dumps(sorted(sys.modules)))
sys.exit(status)
"""

# Loaded on first use only, at the few documented places where that pays: Qt Print
# Support (a library of its own that most sessions never use) and the search index (built
# on the first search); and what only the interactive app or a rare action needs.
DEFERRED = (
    "PySide6.QtPrintSupport",
    "gui.content.search_index",
    "ctypes",
    "gui.desktop.window_state",
    "hashlib",
    "html",
)


def _start(tmp: Path, cache: Path, *options: str) -> set[str]:
    """Start the app as --screenshot does; the modules loaded by its first paint."""
    env = dict(
        os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT), XDG_CACHE_HOME=str(cache)
    )
    shot = tmp / "shot.png"
    shot.unlink(missing_ok=True)
    result = run_app(shot, *options, code=_SCRIPT, env=env)
    assert result.returncode == 0, result.stderr
    assert shot.is_file()
    return set(json.loads(result.stdout.splitlines()[-1]))


@pytest.fixture(scope="module")
def starts(tmp_path_factory: pytest.TempPathFactory) -> tuple[set[str], set[str], Path]:
    """The first start on a machine, and a later one: modules loaded by each, and the
    cache folder they share."""
    tmp = tmp_path_factory.mktemp("startup")
    cache = tmp / "cache"
    first = _start(tmp, cache)
    return first, _start(tmp, cache), cache


@pytest.fixture(scope="module")
def loaded_at_first_paint(starts: tuple[set[str], set[str], Path]) -> set[str]:
    return starts[1]


def test_the_window_and_its_export_actions_are_loaded(loaded_at_first_paint: set[str]) -> None:
    # The check below means something only if the window was really built.
    assert "gui.views.main_window" in loaded_at_first_paint
    assert "gui.export.export_controller" in loaded_at_first_paint


@pytest.mark.parametrize("module", DEFERRED)
def test_not_loaded_before_the_first_paint(loaded_at_first_paint: set[str], module: str) -> None:
    assert module not in loaded_at_first_paint


def test_the_first_start_builds_the_validators_with_pydantic_and_keeps_them(
    starts: tuple[set[str], set[str], Path],
) -> None:
    first, _, cache = starts
    assert "pydantic" in first
    kept = list(cache.glob("*/*/validators-*.pickle"))
    assert len(kept) == 1, kept


def test_a_later_start_validates_without_loading_pydantic(
    starts: tuple[set[str], set[str], Path],
) -> None:
    _, later, _ = starts
    assert "pydantic_core" in later  # the bundle is still validated, by pydantic-core
    assert not [m for m in later if m == "pydantic" or m.startswith("pydantic.")]


def test_a_later_kiosk_start_checks_its_settings_without_loading_pydantic(
    tmp_path: Path,
) -> None:
    ini = tmp_path / "kiosk.ini"
    ini.write_text("[kiosk]\nidle_timeout_seconds = 90\nhome = partners\n", encoding="utf-8")
    cache = tmp_path / "cache"
    options = ("--kiosk", "--kiosk-config", str(ini))
    first = _start(tmp_path, cache, *options)
    assert "pydantic" in first
    assert list(cache.glob("*/*/kiosk-validators-*.pickle"))
    later = _start(tmp_path, cache, *options)
    assert "gui.kiosk.kiosk_controller" in later  # the kiosk was really started
    assert not [m for m in later if m == "pydantic" or m.startswith("pydantic.")]
