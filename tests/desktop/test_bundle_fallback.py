"""Start-up with a broken bundle: the problems are logged and shown, and the content that
comes with the app is offered (interactive) or used (kiosk) instead."""

from __future__ import annotations

import logging
import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QPlainTextEdit

from gui.content import BundleError, Problem, load_bundle
from gui.desktop import bundle_fallback
from gui.desktop.bundle_fallback import ask_with_dialog, load_with_fallback, show_indicator
from gui.desktop.paths import data_dir
from gui.views.bundle_error_dialog import MAX_SHOWN_PROBLEMS, BundleErrorDialog
from gui.views.main_window import MainWindow


@pytest.fixture
def broken(tmp_path: Path) -> Path:
    folder = tmp_path / "broken"
    shutil.copytree(data_dir(), folder)
    (folder / "events.json").write_text("{ not json", encoding="utf-8")
    (folder / "partners.json").unlink()
    return folder


def _error(folder: Path) -> BundleError:
    with pytest.raises(BundleError) as info:
        load_bundle(folder)
    return info.value


def test_a_good_bundle_loads_as_it_is(tmp_path: Path) -> None:
    folder = tmp_path / "copy"
    shutil.copytree(data_dir(), folder)
    content, problems = load_with_fallback(folder, interactive=True) or (None, None)
    assert content is not None
    assert content.origin == str(folder)
    assert problems == []


def test_no_folder_means_the_bundled_content() -> None:
    content, problems = load_with_fallback(None, interactive=False) or (None, None)
    assert content is not None
    assert content.origin == str(data_dir())
    assert problems == []


def test_unattended_falls_back_and_logs(broken: Path, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.WARNING, logger="gui")
    result = load_with_fallback(broken, interactive=False, ask=lambda _e: pytest.fail("asked"))
    assert result is not None
    content, problems = result
    assert content.origin == str(data_dir())
    assert [str(p) for p in problems] == [
        "partners.json: file missing",
        "events.json: line 1, column 3: invalid JSON: Expecting property name enclosed in "
        "double quotes",
    ]
    assert "partners.json: file missing" in caplog.text
    assert "showing the bundled content" in caplog.text


@pytest.mark.parametrize("choice", [True, False])
def test_interactive_asks(broken: Path, choice: bool) -> None:
    asked: list[BundleError] = []

    def ask(error: BundleError) -> bool:
        asked.append(error)
        return choice

    result = load_with_fallback(broken, interactive=True, ask=ask)
    [error] = asked
    assert error.folder == broken
    if choice:
        assert result is not None
        assert result[0].origin == str(data_dir())
        assert result[1] == error.problems
    else:
        assert result is None


def test_a_broken_installation_has_nothing_to_fall_back_to(
    broken: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(bundle_fallback, "data_dir", lambda: broken)
    with pytest.raises(BundleError):
        load_with_fallback(broken, interactive=False)
    with pytest.raises(BundleError):
        load_with_fallback(None, interactive=False)


# --- the dialog ---------------------------------------------------------------------------------


def test_dialog_lists_the_problems_as_plain_text(app, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "<b>odd</b>\u202ename"
    problems = [Problem("events.json", "events[0].title", "bad <img src='x'>")]
    dialog = BundleErrorDialog(BundleError(folder, problems))
    qtbot.addWidget(dialog)
    view = dialog.findChild(QPlainTextEdit, "problemList")
    assert view is not None
    assert view.isReadOnly()
    assert view.toPlainText() == "events.json: events[0].title: bad <img src='x'>"
    assert dialog.summary.textFormat() == Qt.TextFormat.PlainText
    assert "<b>odd</b>name" in dialog.summary.text()
    assert dialog.open_bundled_button.text() == "Open the bundled content"
    assert dialog.quit_button.text() == "Quit"


def test_dialog_buttons(app, qtbot, broken: Path) -> None:  # type: ignore[no-untyped-def]
    for button, code in (("open_bundled_button", 1), ("quit_button", 0)):
        dialog = BundleErrorDialog(_error(broken))
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.mouseClick(getattr(dialog, button), Qt.MouseButton.LeftButton)
        assert dialog.result() == code


def test_dialog_shortens_a_huge_list(app, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    problems = [Problem("events.json", f"events[{i}].id", "duplicate id") for i in range(5000)]
    dialog = BundleErrorDialog(BundleError(tmp_path, problems))
    qtbot.addWidget(dialog)
    lines = dialog.problems.toPlainText().splitlines()
    assert len(lines) == MAX_SHOWN_PROBLEMS + 1
    assert lines[-1] == "… and 4,000 more."


@pytest.mark.parametrize("accept", [True, False])
def test_ask_with_dialog_returns_the_choice(app, qtbot, broken: Path, accept: bool) -> None:  # type: ignore[no-untyped-def]
    def choose() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, BundleErrorDialog)
        button = dialog.open_bundled_button if accept else dialog.quit_button
        button.click()

    QTimer.singleShot(0, choose)
    assert ask_with_dialog(_error(broken)) is accept
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog)]


# --- the indicator ------------------------------------------------------------------------------


def test_indicator_sits_in_the_corner_out_of_the_way(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    problems = [Problem("events.json", "", "file missing")]
    label = show_indicator(window, "/media/usb/<img src='x'>", problems)
    assert label.isVisible()
    assert label.text() == "Showing built-in content"
    assert label.textFormat() == Qt.TextFormat.PlainText
    assert label.testAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
    assert "&lt;img src='x'&gt;" in label.toolTip()  # escaped: shown, not rendered
    assert "<img" not in label.toolTip()

    def in_corner() -> bool:
        geometry = label.geometry()
        return window.width() - geometry.right() < 20 and window.height() - geometry.bottom() < 20

    assert in_corner()
    window.resize(1000, 700)
    qtbot.waitUntil(in_corner)


# --- the entry point ----------------------------------------------------------------------------


def _windows() -> list[MainWindow]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]


@pytest.mark.parametrize("choice", [True, False], ids=["open-bundled", "quit"])
def test_start_up_with_a_broken_bundle(
    quiet_start: list[MainWindow], broken: Path, monkeypatch: pytest.MonkeyPatch, choice: bool
) -> None:
    from gui.__main__ import main

    asked: list[BundleError] = []

    def ask(error: BundleError) -> bool:
        asked.append(error)
        return choice

    monkeypatch.setattr(bundle_fallback, "ask_with_dialog", ask)
    before = set(_windows())
    code = main(["--data", str(broken), "--new-instance", "--size", "1024x700"])
    [error] = asked
    assert error.folder == broken
    new = [w for w in _windows() if w not in before]
    if not choice:
        assert code == 1
        assert new == []
        return
    assert code == 0
    [window] = new
    assert window.content.origin == str(data_dir())
    indicator = window.findChild(QLabel, "fallbackIndicator")
    assert indicator is not None
    assert indicator.isVisible()


def test_kiosk_start_up_uses_the_bundled_content_without_asking(
    broken: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import argparse

    from gui.__main__ import _load_with_fallback

    monkeypatch.setattr(bundle_fallback, "ask_with_dialog", lambda _e: pytest.fail("asked"))
    loaded = _load_with_fallback(argparse.Namespace(data=broken, kiosk=True))
    assert loaded is not None
    assert loaded[0].origin == str(data_dir())
    assert loaded[1]


def test_kiosk_start_up_with_a_broken_bundle_keeps_running_with_a_note(
    quiet_start: list[MainWindow],
    broken: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    """`--kiosk --data BROKEN` end to end: no question for a visitor to answer, the
    bundled content on screen, the corner note, and the problems in the log."""
    from gui.__main__ import main
    from gui.kiosk.kiosk_controller import KioskController

    monkeypatch.setattr(bundle_fallback, "ask_with_dialog", lambda _e: pytest.fail("asked"))
    caplog.set_level(logging.WARNING, logger="gui")
    config = tmp_path / "kiosk.ini"
    config.write_text("[kiosk]\nfont_scale=1.0\n", encoding="utf-8")
    before = set(_windows())
    code = main(["--data", str(broken), "--kiosk", "--kiosk-config", str(config), "--new-instance"])
    [window] = [w for w in _windows() if w not in before]
    try:
        assert code == 0
        [controller] = window.findChildren(KioskController)
        assert controller.installed
        assert window.content.origin == str(data_dir())
        indicator = window.findChild(QLabel, "fallbackIndicator")
        assert indicator is not None
        assert indicator.isVisible()
        assert indicator.testAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        assert "partners.json: file missing" in caplog.text
        assert "events.json: line 1, column 3: invalid JSON" in caplog.text
        dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog)]
        assert not [d for d in dialogs if d.isVisible()]
    finally:
        for controller in window.findChildren(KioskController):
            controller.uninstall()


def test_a_bundle_the_file_system_refuses_falls_back_like_a_broken_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """What chmod 000 does to a user that is not root (root reads anyway: see
    tests/kiosk/test_kiosk_bad_environment.py for the real thing)."""
    real = bundle_fallback.load_bundle

    def refusing(folder: Path | str) -> object:
        if Path(folder) == tmp_path:
            raise PermissionError(13, "Permission denied", str(tmp_path / "bundle.json"))
        return real(folder)

    monkeypatch.setattr(bundle_fallback, "load_bundle", refusing)
    loaded = load_with_fallback(tmp_path, interactive=False)
    assert loaded is not None
    content, problems = loaded
    assert content.origin == str(data_dir())
    assert [str(p) for p in problems] == [f"{tmp_path}: cannot be read (Permission denied)"]
