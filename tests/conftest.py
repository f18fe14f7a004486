"""Shared fixtures: a headless, isolated Qt application and a main window over real data.

Settings and standard paths go to Qt's test locations, so no test reads or writes the
user's real configuration; the locale is pinned so text and sorting are reproducible.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["LANG"] = "en_GB.UTF-8"
os.environ["LANGUAGE"] = "en"
os.environ.pop("LC_ALL", None)

if worker := os.environ.get("PYTEST_XDIST_WORKER"):
    # Tests run in parallel workers (python3 dev.py test): each gets a home of its own,
    # since Qt's test-mode settings and caches live under it and two workers writing one
    # settings file would see each other's windows.
    import atexit
    import shutil
    import tempfile

    _home = tempfile.mkdtemp(prefix=f"strategy-viewer-tests-{worker}-")
    atexit.register(shutil.rmtree, _home, ignore_errors=True)
    os.environ["HOME"] = _home
    for _var in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        os.environ[_var] = os.path.join(_home, _var.lower())

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QApplication

from gui.application import MainUi
from gui.content import Content, load_bundle
from gui.views.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="session")
def content() -> Content:
    """The bundled content, loaded once: it is immutable, so tests can share it."""
    return load_bundle(ROOT / "data")


@pytest.fixture(scope="session", autouse=True)
def _isolated_qt_paths() -> None:
    from PySide6.QtCore import QLocale, QStandardPaths

    QStandardPaths.setTestModeEnabled(True)
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))


@pytest.fixture
def app(qapp):  # type: ignore[no-untyped-def]
    """pytest-qt's QApplication, set up as the real app sets itself up."""
    from gui.application import create_application
    from gui.desktop.i18n import translations

    application = create_application()
    translations().switch("en")  # as the app does at start-up, with the locale pinned
    return application


@pytest.fixture
def ui(app, qtbot, content) -> Iterator[MainUi]:  # type: ignore[no-untyped-def]
    """A shown main window over the bundled content, at the default size, every pane built
    (panes are built on first use; tests look across all of them), with its controllers
    and menus."""
    from tests.windows import shown_ui

    with shown_ui(content, qtbot, build_all=True) as built:
        yield built


@pytest.fixture
def window(ui) -> MainWindow:  # type: ignore[no-untyped-def]
    return ui.window


@pytest.fixture
def started_windows(app, monkeypatch: pytest.MonkeyPatch) -> Iterator[dict[str, MainWindow]]:  # type: ignore[no-untyped-def]
    """Windows that `main([... "--screenshot", PNG])` showed, by PNG: run up to their first
    paint and kept, unsaved, so that a test can look at what the options opened."""

    from gui.desktop import screenshot
    from tests.windows import close_window

    windows: dict[str, MainWindow] = {}

    def keep(_app: QApplication, window: MainWindow, path: Path) -> int:
        screenshot.wait_for_first_paint(_app, window)
        windows[str(path)] = window
        return 0

    monkeypatch.setattr(screenshot, "save_after_first_paint", keep)
    yield windows
    for window in windows.values():
        close_window(window)


@pytest.fixture
def tmp_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """An empty HOME/XDG tree, for tests that run the app as a separate process."""
    for var in ("HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        monkeypatch.setenv(var, str(tmp_path / var.lower()))
    return tmp_path


@pytest.fixture
def quiet_start(app, monkeypatch: pytest.MonkeyPatch) -> Iterator[list[MainWindow]]:  # type: ignore[no-untyped-def]
    """Run `gui.__main__.main` in this process without its event loop or process-wide
    set-up (log files, signal handlers, excepthook); yields the windows it created."""
    from gui.desktop import crash_handler, logging_setup, unix_signals

    monkeypatch.setattr(QApplication, "exec", lambda _self: 0)
    monkeypatch.setattr(logging_setup, "setup_logging", lambda *a, **k: None)
    monkeypatch.setattr(logging_setup, "install_qt_message_handler", lambda: None)
    monkeypatch.setattr(logging_setup, "record_native_crashes", lambda *a, **k: None)
    monkeypatch.setattr(unix_signals, "quit_on_signals", lambda *a, **k: None)
    monkeypatch.setattr(crash_handler, "install", lambda *a, **k: None)
    before = set(QApplication.topLevelWidgets())
    created: list[MainWindow] = []
    yield created
    for widget in QApplication.topLevelWidgets():
        if widget not in before and isinstance(widget, MainWindow):
            created.append(widget)
            widget.close()
            widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture
def second_user() -> int:
    """The uid of another local user (tests/second_user.py); the test is skipped, saying
    why, where there is none."""
    from tests.second_user import NOBODY, why_no_second_user

    reason = why_no_second_user()
    if reason:
        pytest.skip(reason)
    return NOBODY
