"""The menu bar and toolbar, driven by their keyboard shortcuts as a user would."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, Qt, QUrl, Slot, qVersion
from PySide6.QtGui import QAction, QDesktopServices, QFont, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QTextEdit

from gui.application import MainUi, create_main_window
from gui.content import SECTIONS, Content
from gui.theming import font_scale
from gui.theming.styling import set_font_scale
from gui.views.main_menu import MainMenu
from gui.views.main_window import MainWindow


@pytest.fixture
def menu(ui: MainUi, app: QApplication) -> Iterator[MainMenu]:
    yield ui.menu
    set_font_scale(app, 1.0)
    ui.window.setWindowState(Qt.WindowState.WindowNoState)


def _point_size(app: QApplication) -> float:
    return QFont(app.font()).pointSizeF()


def test_menus_offer_the_windows_own_actions(window: MainWindow, menu: MainMenu) -> None:
    titles = [a.text() for a in menu.menu_bar.actions()]
    assert titles == ["&File", "&View", "&Go", "&Help"]
    assert menu.file_menu.actions()[-1] == window.quit_action  # after print and export
    go = [a for a in menu.go_menu.actions() if not a.isSeparator()]
    assert go == [window.back_action, window.forward_action, window.search_action]
    view = menu.view_menu.actions()
    assert view[: len(SECTIONS)] == window.section_actions
    tool = menu.tool_bar.actions()
    assert window.back_action in tool
    assert window.forward_action in tool
    assert window.search_action in tool
    assert menu.tool_bar.objectName() == "mainToolBar", "saveState() needs the name"


def test_every_action_has_a_text_and_no_two_share_a_key(window: MainWindow, menu: MainMenu) -> None:
    seen: dict[str, str] = {}
    for action in window.actions():
        if action.isSeparator():
            continue
        assert action.text(), action.objectName()
        for key in action.shortcuts():
            text = key.toString()
            assert text not in seen, f"{text} is bound to {seen.get(text)} and {action.text()}"
            seen[text] = action.text()


def test_ctrl_equals_zooms_in_and_ctrl_0_resets(
    qtbot, window: MainWindow, menu: MainMenu, app: QApplication
) -> None:  # type: ignore[no-untyped-def]
    before = _point_size(app)
    qtbot.keyClick(window, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert font_scale.current(app) == 1.1
    assert _point_size(app) == pytest.approx(before * 1.1)
    assert "font-size: 22pt" in app.styleSheet(), "headings (20pt) grow too"
    qtbot.keyClick(window, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert font_scale.current(app) == 1.0
    assert _point_size(app) == pytest.approx(before)
    assert "font-size: 20pt" in app.styleSheet()
    assert not menu.zoom_reset_action.isEnabled()


def test_icons_grow_and_shrink_with_the_zoom(
    qtbot, window: MainWindow, menu: MainMenu, app: QApplication
) -> None:  # type: ignore[no-untyped-def]
    """Zoomed for reading, the toolbar's and the sections' icons keep in proportion to the
    text beside them, and come back with Actual Size."""
    toolbar_at_100 = menu.tool_bar.iconSize().width()
    assert window.navigation.iconSize().width() == 20
    button = menu.tool_bar.widgetForAction(menu.zoom_in_action)
    for _ in range(5):  # 1.1, 1.25, 1.5, 1.75, 2.0
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert font_scale.current(app) == 2.0
    qtbot.waitUntil(lambda: window.navigation.iconSize().width() == 40)
    assert menu.tool_bar.iconSize().width() == 2 * toolbar_at_100
    assert button.sizeHint().height() >= 2 * toolbar_at_100
    qtbot.keyClick(window, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.navigation.iconSize().width() == 20)
    assert menu.tool_bar.iconSize().width() == toolbar_at_100


def test_zoom_stops_at_its_limits(
    qtbot, window: MainWindow, menu: MainMenu, app: QApplication
) -> None:  # type: ignore[no-untyped-def]
    for _ in range(len(font_scale.STEPS)):  # more presses than there are steps
        qtbot.keyClick(window, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert font_scale.current(app) == font_scale.MIN_SCALE
    assert not menu.zoom_out_action.isEnabled()
    for _ in range(len(font_scale.STEPS)):
        menu.zoom_in_action.trigger()
    assert font_scale.current(app) == font_scale.MAX_SCALE
    assert not menu.zoom_in_action.isEnabled()
    assert menu.zoom_out_action.isEnabled()


def test_f11_toggles_full_screen(qtbot, window: MainWindow, menu: MainMenu) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClick(window, Qt.Key.Key_F11)
    qtbot.waitUntil(window.isFullScreen)
    assert menu.full_screen_action.isChecked()
    qtbot.keyClick(window, Qt.Key.Key_F11)
    qtbot.waitUntil(lambda: not window.isFullScreen())
    assert not menu.full_screen_action.isChecked()


def test_alt_left_goes_back_and_alt_right_forward(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.current_section() == SECTIONS[2]
    qtbot.keyClick(window, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert window.current_section() == "overview"
    qtbot.keyClick(window, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert window.current_section() == SECTIONS[2]


def _show_details(qtbot, box: QMessageBox) -> QTextEdit:  # type: ignore[no-untyped-def]
    """Click "Show Details…" as a user would; the text it reveals."""
    (button,) = [b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.ActionRole]
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    details = box.findChild(QTextEdit)
    assert details is not None
    qtbot.waitUntil(details.isVisible)
    return details


def test_about_shows_versions_and_sources_as_plain_text(
    qtbot, window: MainWindow, menu: MainMenu, content: Content
) -> None:  # type: ignore[no-untyped-def]
    box = menu.show_about()
    qtbot.waitExposed(box)
    assert box.textFormat() == Qt.TextFormat.PlainText
    text = box.text()
    assert "Strategy Viewer 0.1.0" in text
    assert f"{content.bundle.id}, version {content.bundle.version}" in text
    credits = box.informativeText()
    assert f"Qt {qVersion()}" in credits
    details = _show_details(qtbot, box)
    assert details.isReadOnly()
    shown = details.toPlainText()
    assert shown.startswith("Sources:\n")
    for source in content.sources:
        assert source.label in shown
    assert box.isVisible()
    box.button(QMessageBox.StandardButton.Close).click()
    qtbot.waitUntil(lambda: not box.isVisible())


def test_the_about_box_fits_on_the_screen_however_many_sources(
    qtbot, app: QApplication, content: Content
) -> None:  # type: ignore[no-untyped-def]
    """With every source in the box's text, the bundled 19 already made it taller than a
    768-pixel laptop screen, its Close button out of reach."""
    many = tuple(
        replace(source, id=f"{source.id}-{i}") for i in range(20) for source in content.sources
    )
    big = replace(content, sources_file=replace(content.sources_file, sources=many))
    window = create_main_window(big)
    qtbot.addWidget(window)
    window.show()
    menu = window.findChild(MainMenu)
    assert menu is not None
    box = menu.show_about()
    qtbot.waitExposed(box)
    screen = box.screen().availableGeometry()
    assert box.frameGeometry().height() <= min(screen.height(), 600)
    details = _show_details(qtbot, box)
    assert details.toPlainText().count("\n• ") == len(many)
    assert box.frameGeometry().height() <= screen.height(), "details scroll instead"
    close = box.button(QMessageBox.StandardButton.Close)
    assert screen.contains(close.mapToGlobal(close.rect().center())), "Close can be reached"
    close.click()


def test_the_about_action_opens_the_box(qtbot, window: MainWindow, menu: MainMenu) -> None:  # type: ignore[no-untyped-def]
    menu.about_action.trigger()
    box = window.findChild(QMessageBox, "aboutBox")
    assert box is not None
    qtbot.waitExposed(box)
    box.close()


class _UrlCatcher(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.urls: list[QUrl] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.urls.append(url)


@pytest.fixture
def file_urls() -> Iterator[_UrlCatcher]:
    """Catch file:// URLs instead of opening a file manager."""
    catcher = _UrlCatcher()
    QDesktopServices.setUrlHandler("file", catcher, "open")
    yield catcher
    QDesktopServices.unsetUrlHandler("file")


def test_open_log_folder_opens_it(
    window: MainWindow, file_urls: _UrlCatcher, tmp_path: Path
) -> None:
    menu = MainMenu(window, log_folder=tmp_path / "logs")
    action = window.findChildren(QAction, "openLogFolderAction")[-1]
    assert action is menu.open_log_folder_action
    action.trigger()
    assert [u.toLocalFile() for u in file_urls.urls] == [str(tmp_path / "logs")]


def test_kiosk_mode_disables_open_log_folder(
    window: MainWindow, menu: MainMenu, file_urls: _UrlCatcher
) -> None:
    menu.set_kiosk(True)
    assert not menu.open_log_folder_action.isEnabled()
    assert menu.open_log_folder() is False
    assert file_urls.urls == []
    menu.set_kiosk(False)
    assert menu.open_log_folder_action.isEnabled()


def test_the_language_menu_switches_and_retranslates(
    qtbot, window: MainWindow, menu: MainMenu
) -> None:  # type: ignore[no-untyped-def]
    try:
        menu.language_actions["zh_CN"].trigger()
        assert menu.language_actions["zh_CN"].isChecked()
        qtbot.waitUntil(lambda: menu.help_menu.title() == "帮助(&H)")
        assert QGuiApplication.applicationDisplayName() == "战略浏览器", "matches the title"
    finally:
        menu.language_actions["en"].trigger()
    qtbot.waitUntil(lambda: menu.help_menu.title() == "&Help")
    assert menu.language_actions["en"].isChecked()
    assert QGuiApplication.applicationDisplayName() == "Strategy Viewer"


def test_starting_as_a_kiosk_disables_open_log_folder_and_remembering(
    app: QApplication, window: MainWindow, menu: MainMenu, file_urls: _UrlCatcher, tmp_path: Path
) -> None:
    """The path `strategy-viewer --kiosk` takes, not set_kiosk() called by hand."""
    from gui.__main__ import build_parser
    from gui.desktop.settings import open_settings
    from gui.desktop.window_state import KEY_LOCATION, WindowStateController
    from gui.kiosk import cli

    settings = open_settings(tmp_path / "settings.ini")
    state = WindowStateController(window, settings)
    config = tmp_path / "kiosk.ini"
    config.write_text("[kiosk]\nfont_scale=1\n", encoding="utf-8")
    args = build_parser().parse_args(["--kiosk", "--kiosk-config", str(config)])
    assert menu.open_log_folder_action.isEnabled()
    controller = cli.install(app, window, args, lock=(menu,), state=state)
    assert controller is not None
    try:
        assert not menu.open_log_folder_action.isEnabled()
        menu.open_log_folder_action.trigger()
        assert file_urls.urls == [], "no file manager over the kiosk"
        window.navigate("timeline")
        state.save()
        assert not settings.contains(KEY_LOCATION), "a visitor's place is not remembered"
    finally:
        controller.uninstall()


def test_the_toolbar_buttons_go_back_forward_zoom_and_fill_the_screen(
    qtbot, window: MainWindow, menu: MainMenu, app: QApplication
) -> None:  # type: ignore[no-untyped-def]
    def click(action: QAction) -> None:
        button = menu.tool_bar.widgetForAction(action)
        assert button is not None, f"{action.objectName()} is not on the toolbar"
        assert button.isVisible(), action.objectName()
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    window.navigate("timeline")
    click(window.back_action)
    assert window.current_section() == "overview"
    click(window.forward_action)
    assert window.current_section() == "timeline"
    click(window.search_action)  # takes the keyboard to the search field
    qtbot.waitUntil(window.search_box.field.hasFocus)
    click(menu.zoom_in_action)
    assert font_scale.current(app) == 1.1
    click(menu.zoom_out_action)
    click(menu.zoom_out_action)
    assert font_scale.current(app) == font_scale.step(1.0, -1)
    click(menu.zoom_reset_action)
    assert font_scale.current(app) == 1.0
    click(menu.full_screen_action)
    qtbot.waitUntil(window.isFullScreen)
    click(menu.full_screen_action)
    qtbot.waitUntil(lambda: not window.isFullScreen())


def test_file_quit_closes_the_window_with_the_platforms_quit_keys(
    qtbot, window: MainWindow, menu: MainMenu
) -> None:  # type: ignore[no-untyped-def]
    # Ctrl+Q on Linux desktops and macOS; none on Windows (Alt+F4) nor under "offscreen",
    # whose key scheme is Windows'.
    platform_keys = QKeySequence.keyBindings(QKeySequence.StandardKey.Quit)
    assert window.quit_action.shortcuts() == platform_keys
    quit_entry = menu.file_menu.actions()[-1]
    assert quit_entry is window.quit_action
    assert quit_entry.menuRole() == QAction.MenuRole.QuitRole, "macOS: in the app menu"
    for keys in platform_keys:
        combination = keys[0]
        qtbot.keyClick(window, combination.key(), combination.keyboardModifiers())
        qtbot.waitUntil(lambda: not window.isVisible())
        window.show()
    quit_entry.trigger()
    qtbot.waitUntil(lambda: not window.isVisible())


def test_about_has_licence_data_sources_and_credits_with_room(
    qtbot, window: MainWindow, menu: MainMenu, content: Content
) -> None:  # type: ignore[no-untyped-def]
    box = menu.show_about()
    qtbot.waitExposed(box)
    credits = box.informativeText()
    assert "Licence: MIT" in credits
    assert f"Data sources: {len(content.sources)} published sources" in credits
    for name in ("PySide6", "pydantic", "pypinyin", "Noto Sans CJK", "SIL Open Font License"):
        assert name in credits
    # The text is not set against the box's edges.
    margins = box.layout().contentsMargins()
    assert min(margins.left(), margins.top(), margins.right()) >= 24
    label = box.findChild(QLabel, "qt_msgbox_label")
    assert label is not None
    assert label.mapTo(box, label.rect().topLeft()).y() >= 24
    box.close()


def test_system_language_follows_the_system_now_and_forgets_the_choice(
    qtbot, window: MainWindow, menu: MainMenu
) -> None:  # type: ignore[no-untyped-def]
    from gui.desktop.i18n import current_language, follows_system, system_language

    assert menu.system_language_action in menu.language_menu.actions()
    menu.language_actions["zh_CN"].trigger()
    try:
        assert current_language() == "zh_CN"
        assert not follows_system()
        assert not menu.system_language_action.isChecked()
        menu.system_language_action.trigger()
        assert current_language() == system_language()
        assert follows_system()
        assert menu.system_language_action.isChecked()
        assert not menu.language_actions[system_language()].isChecked()
    finally:
        menu.language_actions["en"].trigger()
    assert menu.language_actions["en"].isChecked()
