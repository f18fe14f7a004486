"""Themes at runtime: following the system, the user's choice, and re-colouring in place."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from gui.theme import THEMES, Theme
from gui.theme_controller import SYSTEM, ThemeController, system_theme_name

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
