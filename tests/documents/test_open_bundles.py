"""Opening bundles on the desktop: File → Open Bundle… and Open Bundle Folder… through the
real menu actions and (patched) file dialogs, drops on the window, Open Recent, Built-in
Content, and reopening the last bundle at the next start."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, QSettings, Qt, QUrl
from PySide6.QtGui import QAction, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QFileDialog, QMenu

from gui.application import MainUi
from gui.desktop.paths import data_dir
from gui.documents.bundle_controller import BundleController
from gui.documents.recent import LAST_KEY, RecentBundles
from gui.views.main_window import MainWindow
from tests.windows import close_window

BUILT_IN_TITLE = "Xiaomi: Mobile × AIoT — Strategy Viewer"


def _file_action(ui: MainUi, name: str) -> QAction:
    for action in ui.menu.file_menu.actions():
        if action.objectName() == name:
            return action
    raise AssertionError(f"no {name} in the File menu")


def _drop(window: MainWindow, path: Path) -> tuple[bool, bool]:
    """Drag `path` over the window and drop it: (enter accepted, drop accepted)."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    where = QPoint(window.width() // 2, window.height() // 2)
    actions = Qt.DropAction.CopyAction
    enter = QDragEnterEvent(
        where, actions, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    QApplication.sendEvent(window, enter)
    if not enter.isAccepted():
        return False, False
    drop = QDropEvent(
        QPointF(where), actions, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    QApplication.sendEvent(window, drop)
    return True, drop.isAccepted()


def test_the_file_menu_offers_the_bundle_actions(desk: MainUi) -> None:
    names = [a.objectName() for a in desk.menu.file_menu.actions() if not a.isSeparator()]
    assert names[:2] == ["openBundleAction", "openBundleFolderAction"]
    recent = desk.menu.file_menu.actions()[2].menu()
    assert isinstance(recent, QMenu)
    assert recent.title() == "Open &Recent"
    assert names[3:5] == ["builtInContentAction", "reloadBundleAction"]
    assert names[-1] == desk.window.quit_action.objectName() or names[-1] == ""
    assert not desk.documents.built_in_action.isEnabled(), "the built-in content is shown"
    assert not desk.documents.reload_action.isEnabled()


def test_open_a_one_file_bundle_through_the_menu_and_dialog(
    desk: MainUi, make_bundle: Callable[..., Path], monkeypatch: pytest.MonkeyPatch, qtbot
) -> None:
    bundle = make_bundle("other.strategy", "Another Strategy", one_file=True)
    asked: list[tuple[str, str]] = []

    def choose(_parent, caption, _dir, filters):  # type: ignore[no-untyped-def]
        asked.append((caption, filters))
        return str(bundle), ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(choose))
    window = desk.window
    window.navigate("partners")
    _file_action(desk, "openBundleAction").trigger()
    assert asked == [("Open Bundle", "Strategy bundles (*.strategy bundle.json);;All files (*)")]
    assert window.content.bundle.title == "Another Strategy"
    assert window.content.origin == str(bundle)
    assert window.windowTitle() == "Another Strategy · other.strategy — Strategy Viewer"
    assert desk.documents.source_label.isVisible()
    assert desk.documents.source_label.text() == "Bundle: other.strategy"
    assert window.current_section() == "partners", "the section is kept"
    assert desk.documents.built_in_action.isEnabled()


def test_open_a_folder_through_the_folder_dialog(
    desk: MainUi, make_bundle: Callable[..., Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = make_bundle("folder-bundle", "Folder Strategy")
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(lambda *_a: str(folder)))
    assert desk.window.open_ref("partner:lu-weibing")
    _file_action(desk, "openBundleFolderAction").trigger()
    assert desk.window.content.bundle.title == "Folder Strategy"
    assert desk.window.pane("partners").selected_partner_id() == "lu-weibing", "selection kept"


def test_choosing_a_folders_bundle_json_opens_the_folder(
    desk: MainUi, make_bundle: Callable[..., Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = make_bundle("by-file", "By Its File")
    monkeypatch.setattr(
        QFileDialog,
        "getOpenFileName",
        staticmethod(lambda *_a: (str(folder / "bundle.json"), "")),
    )
    assert desk.documents.open_dialog()
    assert desk.documents.source == folder


def test_a_cancelled_dialog_changes_nothing(desk: MainUi, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *_a: ("", "")))
    assert not desk.documents.open_dialog()
    assert desk.window.content.origin == str(data_dir())


def test_a_broken_bundle_keeps_the_content_and_lists_the_problems(
    desk: MainUi, tmp_path: Path
) -> None:
    fake = tmp_path / "broken.strategy"
    fake.write_bytes(b"not a zip at all")
    before = desk.window.content
    assert not desk.documents.open_path(fake)
    assert desk.window.content is before
    notice = desk.documents.notice
    assert notice.isVisible()
    assert "Cannot open" in notice.message.text()
    assert notice.problem_lines() == [
        f"{fake}: not a one-file bundle: not a zip archive (a .strategy file is a zip of the "
        "bundle's files)"
    ]
    item = notice.problems.item(0)
    notice.problems.itemClicked.emit(item)
    assert QApplication.clipboard().text() == notice.problem_lines()[0]
    assert notice.hint.text() == "Copied to the clipboard."
    notice.close_button.click()
    assert not notice.isVisible()


def test_drop_a_folder_on_the_window(
    desk: MainUi, make_bundle: Callable[..., Path], tmp_path: Path
) -> None:
    folder = make_bundle("dropped", "Dropped Strategy")
    assert _drop(desk.window, folder) == (True, True)
    assert desk.window.content.bundle.title == "Dropped Strategy"
    assert desk.documents.source == folder
    stray = tmp_path / "notes.txt"
    stray.write_text("hello", encoding="utf-8")
    assert _drop(desk.window, stray) == (False, False), "not a bundle: refused at the door"
    archive = make_bundle("dropped.strategy", "Dropped File", one_file=True)
    assert _drop(desk.window, archive) == (True, True)
    assert desk.window.content.bundle.title == "Dropped File"


def test_recent_list_reopen_and_clear(
    desk: MainUi, make_bundle: Callable[..., Path], settings: QSettings
) -> None:
    first = make_bundle("first", "First")
    second = make_bundle("second.strategy", "Second", one_file=True)
    docs = desk.documents
    assert docs.open_path(first)
    assert docs.open_path(second)
    assert [a.text() for a in docs.recent_actions()] == ["&1 second.strategy", "&2 first"]
    assert docs.recent_actions()[1].statusTip() == str(first)
    assert RecentBundles(settings).last() == second
    docs.recent_actions()[1].trigger()
    assert desk.window.content.bundle.title == "First"
    assert [a.text() for a in docs.recent_actions()] == ["&1 first", "&2 second.strategy"]
    assert docs.clear_recent_action.isEnabled()
    docs.clear_recent_action.trigger()
    assert docs.recent_actions() == []
    assert not docs.clear_recent_action.isEnabled()


def test_back_to_the_built_in_content_in_one_step(
    desk: MainUi, make_bundle: Callable[..., Path], settings: QSettings
) -> None:
    assert desk.documents.open_path(make_bundle("b", "Elsewhere"))
    _file_action(desk, "builtInContentAction").trigger()
    assert desk.window.content.origin == str(data_dir())
    assert desk.window.windowTitle() == BUILT_IN_TITLE
    assert not desk.documents.source_label.isVisible()
    assert settings.value(LAST_KEY) == ""
    assert not desk.documents.built_in_action.isEnabled()


def test_kiosk_mode_offers_none_of_it(desk: MainUi, make_bundle: Callable[..., Path]) -> None:
    docs = desk.documents
    docs.set_kiosk(True)
    try:
        assert not any(a.isEnabled() for a in docs.actions)
        assert not docs.recent_menu.isEnabled()
        assert _drop(desk.window, make_bundle("k", "Kiosk")) == (False, False)
        assert not docs.open_path(make_bundle("k2", "Kiosk"))
        assert desk.window.content.origin == str(data_dir())
    finally:
        docs.set_kiosk(False)


def test_a_second_start_that_names_a_bundle_opens_it(
    desk: MainUi, make_bundle: Callable[..., Path]
) -> None:
    folder = make_bundle("second-start", "From Another Start")
    desk.documents.handle_request({"section": "partners", "bundle": str(folder)})
    assert desk.window.content.bundle.title == "From Another Start"
    desk.documents.handle_request({"bundle": 42})  # malformed: ignored
    assert desk.window.content.bundle.title == "From Another Start"


# --- the start-up -------------------------------------------------------------------------


def _started(quiet_start: list[MainWindow], before: set[MainWindow]) -> MainWindow:
    [window] = _main_windows() - before
    return window


def _main_windows() -> set[MainWindow]:
    return {w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)}


def test_the_last_bundle_is_reopened_at_the_next_start(
    quiet_start: list[MainWindow], app_settings: Path, make_bundle: Callable[..., Path]
) -> None:
    from gui.__main__ import main
    from gui.desktop.settings import open_settings

    bundle = make_bundle("last.strategy", "Shown Last", one_file=True)
    before = _main_windows()
    assert main([str(bundle), "--new-instance"]) == 0  # as a double-click starts it
    first = _started(quiet_start, before)
    assert first.content.bundle.title == "Shown Last"
    close_window(first)
    assert open_settings(app_settings).value(LAST_KEY) == str(bundle)

    before = _main_windows()
    assert main(["--new-instance"]) == 0
    again = _started(quiet_start, before)
    assert again.content.origin == str(bundle)
    assert again.windowTitle() == "Shown Last · last.strategy — Strategy Viewer"
    [controller] = again.findChildren(BundleController)
    assert not controller.notice.isVisible()


def test_a_gone_last_bundle_gives_the_built_in_content_and_says_so(
    quiet_start: list[MainWindow],
    app_settings: Path,
    make_bundle: Callable[..., Path],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from gui.__main__ import main
    from gui.desktop import bundle_fallback
    from gui.desktop.settings import open_settings

    monkeypatch.setattr(bundle_fallback, "ask_with_dialog", lambda _e: pytest.fail("asked"))
    bundle = make_bundle("gone.strategy", "Gone", one_file=True)
    settings = open_settings(app_settings)
    RecentBundles(settings).set_last(bundle)
    settings.sync()
    bundle.unlink()
    before = _main_windows()
    assert main(["--new-instance"]) == 0
    window = _started(quiet_start, before)
    assert window.content.origin == str(data_dir())
    assert window.windowTitle() == BUILT_IN_TITLE
    [controller] = window.findChildren(BundleController)
    assert controller.notice.isVisible()
    assert "The bundle shown last time" in controller.notice.message.text()
    assert controller.notice.problem_lines() == [f"{bundle}: no such file"]
    assert open_settings(app_settings).value(LAST_KEY) == "", "not tried again next time"


def test_open_a_bundle_through_the_real_file_dialog(
    desk: MainUi, make_bundle: Callable[..., Path], qtbot
) -> None:  # type: ignore[no-untyped-def]
    """File → Open Bundle… with Qt's own file dialog, answered as a person would: the
    dialog comes up in the bundle's folder's parent, the file name is typed, Open."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QLineEdit

    bundle = make_bundle("typed.strategy", "Typed In", one_file=True)
    seen: list[str] = []

    def answer() -> None:
        dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, QFileDialog)]
        shown = [d for d in dialogs if d.isVisible()]
        if not shown:
            QTimer.singleShot(50, answer)
            return
        dialog = shown[0]
        seen.append(dialog.windowTitle())
        dialog.setDirectory(str(bundle.parent))
        name = dialog.findChild(QLineEdit, "fileNameEdit")
        assert name is not None, "Qt's own dialog, with its file name field"
        name.setText(bundle.name)
        qtbot.keyClick(name, Qt.Key.Key_Return)

    QTimer.singleShot(50, answer)
    _file_action(desk, "openBundleAction").trigger()  # returns once the dialog is closed
    assert seen == ["Open Bundle"]
    assert desk.window.content.bundle.title == "Typed In"
    assert desk.window.content.origin == str(bundle)
