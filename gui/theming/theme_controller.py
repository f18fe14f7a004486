"""Which theme the app shows: the one the user chose, or by default the system's.

"system" follows the desktop: its high-contrast setting first (Qt's accessibility hints),
then its light or dark colour scheme. Both are watched, so switching the desktop to dark
switches the running app. A choice from the View → Theme menu (or --theme) overrides
the system until "System" is chosen again.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtGui import QAction, QActionGroup, QGuiApplication
from PySide6.QtWidgets import QMenu

from .resources import icon
from .theme import THEMES, Theme

SYSTEM = "system"
CHOICES: tuple[str, ...] = (SYSTEM, *THEMES)


def system_theme_name(scheme: Qt.ColorScheme, contrast: Qt.ContrastPreference) -> str:
    """The theme that matches the desktop's settings."""
    if contrast == Qt.ContrastPreference.HighContrast:
        return "high-contrast"
    return "dark" if scheme == Qt.ColorScheme.Dark else "light"


class ThemeController(QObject):
    """Holds the user's choice and applies the resulting theme through `apply`.

    `apply(theme)` sets the application's palette and stylesheet (gui.theming.styling.apply_theme);
    windows that paint with theme colours connect to `theme_changed`.
    """

    theme_changed = Signal(object)  # Theme
    choice_changed = Signal(str)  # "system", "light", "dark" or "high-contrast"

    def __init__(
        self,
        apply: Callable[[Theme], None],
        choice: str = SYSTEM,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("themeController")
        self._apply = apply
        self._choice = choice if choice in CHOICES else SYSTEM
        hints = QGuiApplication.styleHints()
        self._scheme = hints.colorScheme()
        self._contrast = hints.accessibility().contrastPreference()
        hints.colorSchemeChanged.connect(self._on_style_hints_color_scheme_changed)
        hints.accessibility().contrastPreferenceChanged.connect(
            self._on_accessibility_contrast_preference_changed
        )
        self._theme = self._resolve()
        self._apply(self._theme)
        self._group: QActionGroup | None = None
        self.menu: QMenu | None = None

    @property
    def choice(self) -> str:
        return self._choice

    @property
    def theme(self) -> Theme:
        return self._theme

    def _resolve(self) -> Theme:
        if self._choice == SYSTEM:
            return THEMES[system_theme_name(self._scheme, self._contrast)]
        return THEMES[self._choice]

    def set_choice(self, choice: str) -> bool:
        """Choose a theme ("system" to follow the desktop); False for an unknown name."""
        if choice not in CHOICES:
            return False
        if choice != self._choice:
            self._choice = choice
            self._sync_menu()
            self.choice_changed.emit(choice)
        self._update()
        return True

    def _update(self) -> None:
        theme = self._resolve()
        if theme != self._theme:
            self._theme = theme
            self._apply(theme)
            self.theme_changed.emit(theme)

    @Slot(Qt.ColorScheme)
    def _on_style_hints_color_scheme_changed(self, scheme: Qt.ColorScheme) -> None:
        self._scheme = scheme
        self._update()

    @Slot(Qt.ContrastPreference)
    def _on_accessibility_contrast_preference_changed(
        self, contrast: Qt.ContrastPreference
    ) -> None:
        self._contrast = contrast
        self._update()

    # --- the View → Theme menu ----------------------------------------------------------
    def build_menu(self, parent: QMenu) -> QMenu:
        """A submenu with one checkable action per choice, added to `parent`."""
        menu = QMenu(parent)
        menu.setObjectName("themeMenu")
        self._group = QActionGroup(menu)
        self._group.setExclusive(True)
        for choice in CHOICES:
            action = QAction(menu)
            action.setObjectName(f"theme-{choice}")
            action.setCheckable(True)
            action.setData(choice)
            action.triggered.connect(lambda _=False, c=choice: self.set_choice(c))
            self._group.addAction(action)
            menu.addAction(action)
        parent.addMenu(menu)
        self.menu = menu
        self.retranslate()
        self._sync_menu()
        return menu

    def retranslate(self) -> None:
        if self.menu is None or self._group is None:
            return
        self.menu.setTitle(self.tr("&Theme"))
        names = {
            SYSTEM: self.tr("&System"),
            "light": self.tr("&Light"),
            "dark": self.tr("&Dark"),
            "high-contrast": self.tr("&High Contrast"),
        }
        for action in self._group.actions():
            action.setText(names[action.data()])

    def apply_icons(self, color: str) -> None:
        if self.menu is not None:
            self.menu.setIcon(icon("theme", color))

    def _sync_menu(self) -> None:
        if self._group is None:
            return
        for action in self._group.actions():
            action.setChecked(action.data() == self._choice)
