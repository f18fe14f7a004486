"""Themes at runtime: following the system, the user's choice, and re-colouring in place."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import QMenu

from gui.application import MainUi
from gui.theming.theme import THEMES, Theme
from gui.theming.theme_controller import CHOICES, SYSTEM, ThemeController, system_theme_name
from gui.views.card_delegate import CardDelegate
from gui.views.main_window import MainWindow

DARK = Qt.ColorScheme.Dark
LIGHT = Qt.ColorScheme.Light
UNKNOWN = Qt.ColorScheme.Unknown
HIGH = Qt.ContrastPreference.HighContrast
NORMAL = Qt.ContrastPreference.NoPreference


@pytest.mark.parametrize(
    ("scheme", "contrast", "name"),
    [
        (LIGHT, NORMAL, "light"),
        (UNKNOWN, NORMAL, "light"),
        (DARK, NORMAL, "dark"),
        (DARK, HIGH, "high-contrast"),
        (LIGHT, HIGH, "high-contrast"),
    ],
)
def test_system_theme_name(scheme: Qt.ColorScheme, contrast, name: str) -> None:  # type: ignore[no-untyped-def]
    assert system_theme_name(scheme, contrast) == name


def _emit_scheme(scheme: Qt.ColorScheme) -> None:
    # The offscreen platform has no colour scheme of its own: play the desktop's part.
    QGuiApplication.styleHints().colorSchemeChanged.emit(scheme)


@pytest.fixture
def applied(app) -> list[Theme]:  # type: ignore[no-untyped-def]
    return []


def test_system_follows_the_desktop(applied: list[Theme]) -> None:
    controller = ThemeController(applied.append)
    try:
        assert controller.choice == SYSTEM
        changes: list[Theme] = []
        controller.theme_changed.connect(changes.append)
        _emit_scheme(DARK)
        assert controller.theme is THEMES["dark"]
        assert applied[-1] is THEMES["dark"]
        QGuiApplication.styleHints().accessibility().contrastPreferenceChanged.emit(HIGH)
        assert controller.theme is THEMES["high-contrast"]
        QGuiApplication.styleHints().accessibility().contrastPreferenceChanged.emit(NORMAL)
        _emit_scheme(LIGHT)
        assert controller.theme is THEMES["light"]
        assert [t.name for t in changes] == ["dark", "high-contrast", "dark", "light"]
    finally:
        _emit_scheme(UNKNOWN)
        controller.deleteLater()


def test_a_choice_overrides_the_system(applied: list[Theme]) -> None:
    controller = ThemeController(applied.append, "dark")
    try:
        assert controller.theme is THEMES["dark"]
        _emit_scheme(LIGHT)
        assert controller.theme is THEMES["dark"]  # the user's choice stands
        assert controller.set_choice(SYSTEM)
        assert controller.theme is THEMES["light"]
        assert not controller.set_choice("purple")
        assert controller.choice == SYSTEM
    finally:
        _emit_scheme(UNKNOWN)
        controller.deleteLater()


def test_unknown_start_choice_means_system(applied: list[Theme]) -> None:
    controller = ThemeController(applied.append, "sepia")
    assert controller.choice == SYSTEM
    controller.deleteLater()


def _theme_actions(window: MainWindow) -> dict[str, QAction]:
    menu = window.findChild(QMenu, "themeMenu")
    assert menu is not None
    return {a.data(): a for a in menu.actions()}


def test_menu_switches_theme_in_place(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    partners = window.pane("partners")
    window.navigate("partners")
    qtbot.keyClicks(partners.filter_edit, "lu")
    built = list(window.panes.values())  # every pane exists before the switch
    actions = _theme_actions(window)
    assert list(actions) == list(CHOICES)
    assert sum(a.isChecked() for a in actions.values()) == 1
    actions["dark"].trigger()
    dark = THEMES["dark"]
    assert window.theme is dark
    assert actions["dark"].isChecked()
    app = QGuiApplication.instance()
    assert app.palette().window().color().name() == dark.window  # type: ignore[union-attr]
    assert dark.surface in app.styleSheet()  # type: ignore[union-attr]
    delegates = [d for p in built for d in p.findChildren(CardDelegate)]
    assert delegates
    assert all(d.theme is dark for d in delegates)
    assert all(p.context.theme is dark for p in built)
    assert partners.filter_edit.text() == "lu"  # state survives a theme change
    actions["high-contrast"].trigger()
    assert window.theme is THEMES["high-contrast"]
    actions["light"].trigger()
    assert window.theme is THEMES["light"]


def test_icons_are_recoloured(ui: MainUi) -> None:
    window = ui.window
    before = window.back_action.icon().pixmap(16, 16).toImage()
    ui.themes.set_choice("dark")
    after = window.back_action.icon().pixmap(16, 16).toImage()
    assert before != after
    ui.themes.set_choice("light")


def test_the_command_line_offers_system() -> None:
    from gui.__main__ import build_parser

    assert build_parser().parse_args(["--theme", "system"]).theme == "system"
    assert build_parser().parse_args([]).theme is None  # the remembered choice, else system


def test_a_window_can_start_following_the_system(app, content, qtbot) -> None:  # type: ignore[no-untyped-def]
    from gui.application import build_ui

    ui = build_ui(content, "system")
    window = ui.window
    qtbot.addWidget(window)
    assert ui.themes.choice == SYSTEM
    assert window.theme is THEMES["light"]  # the offscreen platform has no dark scheme
    assert _theme_actions(window)[SYSTEM].isChecked()
