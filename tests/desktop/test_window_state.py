"""Remembering: geometry, toolbars, pane and selection, theme, zoom and language.

Every test writes to its own temporary INI file, never to the user's settings.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QRect, QSettings
from PySide6.QtGui import QGuiApplication

from gui.application import create_main_window
from gui.content import Content
from gui.desktop.i18n import translations
from gui.desktop.settings import open_settings, value_of
from gui.desktop.window_state import (
    KEY_GEOMETRY,
    KEY_LANGUAGE,
    KEY_LOCATION,
    KEY_MAXIMIZED,
    KEY_NORMAL_GEOMETRY,
    KEY_THEME,
    WindowStateController,
    fit_on_screen,
    language_name,
    theme_name,
)
from gui.theming import font_scale
from gui.theming.styling import set_font_scale
from gui.views.main_menu import MainMenu
from gui.views.main_window import MainWindow


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return open_settings(tmp_path / "settings.ini")


@pytest.fixture
def make_window(app, qtbot, content: Content) -> Iterator[Callable[..., MainWindow]]:  # type: ignore[no-untyped-def]
    """Windows as the app makes them; closed, deleted and un-zoomed afterwards."""
    made: list[MainWindow] = []

    def make(theme: str = "light") -> MainWindow:
        window = create_main_window(content, theme)
        # The offscreen platform's only screen is 800×800, smaller than the window's usual
        # minimum: let geometry round-trip exactly instead of being fitted to the screen.
        window.setMinimumSize(400, 300)
        qtbot.addWidget(window)
        made.append(window)
        return window

    yield make
    for window in made:
        window.close()
        window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    set_font_scale(app, 1.0)
    translations().switch("en")


def _menu(window: MainWindow) -> MainMenu:
    menu = window.findChild(MainMenu)
    assert menu is not None
    return menu


def test_the_next_start_finds_everything_where_it_was_left(
    qtbot, make_window, settings: QSettings, app
) -> None:  # type: ignore[no-untyped-def]
    first = make_window()
    WindowStateController(first, settings).restore()  # nothing saved yet: defaults
    first.setGeometry(QRect(40, 30, 700, 500))
    first.show()
    qtbot.waitExposed(first)
    assert first.open_ref("partner:lu-weibing")
    _menu(first).zoom_in()
    _menu(first).tool_bar.hide()
    first.close()  # saving happens on close, as when the user quits
    assert settings.value(KEY_LOCATION) == "partner:lu-weibing"

    set_font_scale(app, 1.0)  # a fresh start
    second = make_window(theme_name(settings) or "light")
    WindowStateController(second, settings).restore()
    second.show()
    qtbot.waitExposed(second)
    assert second.geometry() == first.geometry()
    assert second.current_section() == "partners"
    assert second.pane("partners").selected_partner_id() == "lu-weibing"  # type: ignore[attr-defined]
    assert not second.history.can_go_back(), "history starts where the user left off"
    assert font_scale.current(app) == 1.1
    assert _menu(second).tool_bar.isHidden()


def test_the_pane_is_remembered_without_a_selection(qtbot, make_window, settings) -> None:  # type: ignore[no-untyped-def]
    first = make_window()
    first.navigate("timeline")
    WindowStateController(first, settings).save()
    second = make_window()
    WindowStateController(second, settings).restore()
    assert second.current_section() == "timeline"


def test_a_selection_made_in_the_roster_is_remembered(qtbot, make_window, settings) -> None:  # type: ignore[no-untyped-def]
    first = make_window()
    first.navigate("partners")
    pane = first.pane("partners")
    pane.table.selectRow(2)  # type: ignore[attr-defined]
    chosen = pane.selected_partner_id()  # type: ignore[attr-defined]
    assert chosen
    WindowStateController(first, settings).save()
    assert settings.value(KEY_LOCATION) == f"partner:{chosen}"


def test_theme_and_language_are_remembered(qtbot, make_window, settings) -> None:  # type: ignore[no-untyped-def]
    window = make_window("dark")
    translations().switch("zh_CN")
    WindowStateController(window, settings).save()
    assert theme_name(settings) == "dark"
    assert language_name(settings) == "zh_CN"
    translations().switch("en")  # the system's language (LANG is pinned to en_GB)
    WindowStateController(window, settings).save()
    assert language_name(settings) is None, "back to following the system"
    assert not settings.contains(KEY_LANGUAGE)


def test_a_theme_controller_decides_what_theme_is_remembered(make_window, settings) -> None:  # type: ignore[no-untyped-def]
    window = make_window("dark")
    WindowStateController(window, settings, theme_choice=lambda: "system").save()
    assert theme_name(settings) is None, "not a theme: --theme cannot take it"
    assert theme_name(settings, ("system", "light", "dark")) == "system"


def test_unknown_remembered_values_are_ignored(settings: QSettings) -> None:
    settings.setValue(KEY_THEME, "neon")
    settings.setValue(KEY_LANGUAGE, "tlh")
    assert theme_name(settings) is None
    assert language_name(settings) is None


def test_a_location_that_no_longer_exists_opens_the_overview(
    qtbot, make_window, settings, caplog: pytest.LogCaptureFixture
) -> None:  # type: ignore[no-untyped-def]
    caplog.set_level(logging.INFO)
    settings.setValue(KEY_LOCATION, "partner:somebody-who-left")
    window = make_window()
    WindowStateController(window, settings).restore()
    assert window.current_section() == "overview"
    assert "no longer exists" in caplog.text


def test_garbage_geometry_is_ignored(
    qtbot, make_window, settings, caplog: pytest.LogCaptureFixture
) -> None:  # type: ignore[no-untyped-def]
    settings.setValue(KEY_GEOMETRY, b"\x01\x02 not a geometry")
    window = make_window()
    size = window.size()
    WindowStateController(window, settings).restore()
    assert window.size() == size
    assert "saved window geometry" in caplog.text


def test_the_plain_size_and_place_are_saved_beside_qts_geometry(make_window, settings) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    window.setGeometry(QRect(60, 40, 600, 450))
    WindowStateController(window, settings).save()
    assert settings.value(KEY_NORMAL_GEOMETRY) == "60 40 600 450"
    assert value_of(settings, KEY_MAXIMIZED, True) is False


def test_when_qt_refuses_its_geometry_the_plain_size_and_maximised_state_are_used(
    qtbot, make_window, settings, caplog: pytest.LogCaptureFixture
) -> None:  # type: ignore[no-untyped-def]
    """What Qt 6 does with a geometry saved on a monitor that has been unplugged since."""
    caplog.set_level(logging.INFO)
    settings.setValue(KEY_GEOMETRY, b"\x01\x02 refused by Qt")
    settings.setValue(KEY_NORMAL_GEOMETRY, "60 40 600 450")
    settings.setValue(KEY_MAXIMIZED, True)
    window = make_window()
    WindowStateController(window, settings).restore()
    assert window.geometry() == QRect(60, 40, 600, 450)
    window.show()
    qtbot.waitUntil(window.isMaximized)
    assert "Qt refused the saved window geometry" in caplog.text
    assert "could not read it" not in caplog.text


@pytest.mark.parametrize("stored", ["", "60 40 600", "a b c d", "60 40 0 450"])
def test_an_unusable_plain_geometry_is_ignored_too(
    qtbot, make_window, settings, caplog: pytest.LogCaptureFixture, stored: str
) -> None:  # type: ignore[no-untyped-def]
    settings.setValue(KEY_GEOMETRY, b"\x01\x02 refused by Qt")
    settings.setValue(KEY_NORMAL_GEOMETRY, stored)
    window = make_window()
    size = window.size()
    WindowStateController(window, settings).restore()
    assert window.size() == size
    assert "ignoring the saved window geometry" in caplog.text


def test_a_corrupt_settings_file_still_starts_the_app(
    qtbot, make_window, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "settings.ini"
    path.write_bytes(b"[appearance\nfont_scale=\x00\x00")
    settings = open_settings(path)
    window = make_window(theme_name(settings) or "light")
    WindowStateController(window, settings).restore()
    window.show()
    qtbot.waitExposed(window)
    assert window.current_section() == "overview"
    assert "is corrupt" in caplog.text
    window.close()
    assert open_settings(path).value(KEY_LOCATION) == "overview", "a fresh file is written"


def test_disabled_controller_neither_restores_nor_saves(make_window, settings) -> None:  # type: ignore[no-untyped-def]
    settings.setValue(KEY_LOCATION, "timeline")
    window = make_window()
    controller = WindowStateController(window, settings)
    controller.enabled = False  # the kiosk always starts at home
    controller.restore()
    assert window.current_section() == "overview"
    controller.save()
    assert settings.value(KEY_LOCATION) == "timeline"


# --- screens that have gone ---------------------------------------------------------


def test_a_window_left_on_an_unplugged_monitor_comes_back(qtbot, make_window, settings) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    window.setGeometry(QRect(6000, 4000, 700, 500))  # where a second monitor used to be
    controller = WindowStateController(window, settings)
    controller.ensure_on_screen()
    available = QGuiApplication.primaryScreen().availableGeometry()
    assert available.contains(window.frameGeometry().topLeft())
    assert window.frameGeometry().intersects(available)


def test_geometry_saved_off_screen_is_restored_on_screen(qtbot, make_window, settings) -> None:  # type: ignore[no-untyped-def]
    first = make_window()
    first.setGeometry(QRect(-5000, 9000, 700, 500))
    settings.setValue(KEY_GEOMETRY, first.saveGeometry())
    second = make_window()
    WindowStateController(second, settings).restore()
    second.show()
    qtbot.waitExposed(second)
    screens = [s.availableGeometry() for s in QGuiApplication.screens()]
    frame = second.frameGeometry()
    assert any(area.contains(frame.center()) for area in screens)
    assert fit_on_screen(frame, screens, screens[0]) == frame, "its title bar can be grabbed"


LEFT = QRect(0, 0, 1920, 1080)
RIGHT = QRect(1920, 0, 2560, 1440)


@pytest.mark.parametrize(
    ("frame", "screens", "expected"),
    [
        # on the primary screen: untouched
        (QRect(100, 100, 800, 600), [LEFT], QRect(100, 100, 800, 600)),
        # on the second monitor, which is still there: untouched
        (QRect(2500, 200, 800, 600), [LEFT, RIGHT], QRect(2500, 200, 800, 600)),
        # the second monitor is gone: centred on the primary
        (QRect(2500, 200, 800, 600), [LEFT], QRect(560, 240, 800, 600)),
        # only the bottom of the window is visible (title bar above the screen): moved
        (QRect(100, -650, 800, 700), [LEFT], QRect(560, 190, 800, 700)),
        # a sliver of the title bar too narrow to grab: moved
        (QRect(1900, 100, 800, 600), [LEFT], QRect(560, 240, 800, 600)),
        # bigger than the screen that is left: shrunk to it
        (QRect(2000, 0, 2500, 1400), [LEFT], QRect(0, 0, 1920, 1080)),
    ],
)
def test_fit_on_screen(frame: QRect, screens: list[QRect], expected: QRect) -> None:
    assert fit_on_screen(frame, screens, LEFT) == expected


def test_system_language_forgets_the_remembered_one_at_once(qtbot, make_window, settings) -> None:  # type: ignore[no-untyped-def]
    from gui.desktop.i18n import follows_system

    window = make_window()
    controller = WindowStateController(window, settings)
    translations().switch("zh_CN")
    controller.save()
    assert language_name(settings) == "zh_CN"
    try:
        translations().follow_system()  # View → Language → System Language
        assert follows_system()
        assert not settings.contains(KEY_LANGUAGE), "forgotten now, not only on close"
        controller.save()
        assert language_name(settings) is None
    finally:
        translations().switch("en")
