"""Remember how the user left the main window: geometry, toolbars, pane and selection, zoom.

`WindowStateController.restore()` runs once before the window is shown and `save()` when
it closes. Geometry is restored with Qt's own `restoreGeometry()` and then checked against
the screens that exist now: a window saved on a monitor that has since been unplugged is
brought back onto the primary screen. Qt 6 refuses a geometry saved on a screen that is
gone altogether, so the window's normal size and place and whether it was maximised are
kept beside it, as plain values, to fall back on.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable

from PySide6.QtCore import QByteArray, QObject, QPoint, QRect, QSettings, QSize, Qt, Slot
from PySide6.QtGui import QCloseEvent, QGuiApplication
from PySide6.QtWidgets import QApplication

from ..theming import font_scale
from ..theming.styling import set_font_scale
from ..theming.theme import THEMES
from ..views.main_window import MainWindow
from .i18n import LANGUAGES, current_language, follows_system, system_language, translations
from .settings import value_of

log = logging.getLogger(__name__)

KEY_GEOMETRY = "window/geometry"
KEY_NORMAL_GEOMETRY = "window/normal_geometry"  # "x y width height", when Qt's is refused
KEY_MAXIMIZED = "window/maximized"
KEY_STATE = "window/state"
KEY_LOCATION = "window/location"  # a reference: "partners", "partner:lu-weibing", …
KEY_THEME = "appearance/theme"
KEY_FONT_SCALE = "appearance/font_scale"
KEY_LANGUAGE = "appearance/language"  # absent: follow the system's language

# How much of the window's top edge (where the title bar is) must be on some screen for
# the user to be able to grab it: otherwise the window is moved.
GRAB_HEIGHT = 32
GRAB_WIDTH = 96


def fit_on_screen(frame: QRect, available: list[QRect], primary: QRect) -> QRect:
    """`frame` if its title bar can be grabbed on one of the `available` screen areas;
    otherwise the same size (shrunk to fit if need be) centred on the `primary` area."""
    grab = QRect(frame.topLeft(), QSize(frame.width(), min(GRAB_HEIGHT, frame.height())))
    for area in available:
        visible = grab.intersected(area)
        if visible.width() >= min(GRAB_WIDTH, frame.width()) and visible.height() > 0:
            return QRect(frame)
    size = frame.size().boundedTo(primary.size())
    x = primary.x() + (primary.width() - size.width()) // 2
    y = primary.y() + (primary.height() - size.height()) // 2
    return QRect(QPoint(x, y), size)


def theme_name(settings: QSettings, choices: Iterable[str] = THEMES) -> str | None:
    """The remembered theme (one of `choices`), for a start without --theme."""
    name = value_of(settings, KEY_THEME, "")
    return name if name in set(choices) else None


def language_name(settings: QSettings) -> str | None:
    """The interface language the user chose, or None to follow the system."""
    code = value_of(settings, KEY_LANGUAGE, "")
    return code if code in LANGUAGES else None


class WindowStateController(QObject):
    """Saves the main window's state to `settings` on close and restores it on start."""

    def __init__(
        self,
        window: MainWindow,
        settings: QSettings,
        theme_choice: Callable[[], str] | None = None,
    ) -> None:
        super().__init__(window)
        self.window = window
        self.settings = settings
        # What to remember as the theme: the window's, unless a theme controller knows
        # better (a choice such as "system" that is not itself a theme).
        self.theme_choice = theme_choice or (lambda: self.window.theme.name)
        self.enabled = True  # the kiosk turns remembering off
        window.about_to_close.connect(self._on_window_about_to_close)
        translations().language_changed.connect(self._on_translations_language_changed)

    @Slot(str)
    def _on_translations_language_changed(self, _language: str) -> None:
        """ "System language" forgets the remembered one at once, not only on close."""
        if self.enabled and follows_system():
            self.settings.remove(KEY_LANGUAGE)

    # --- restore ------------------------------------------------------------------------
    def restore(self) -> None:
        """Geometry, toolbar state, zoom and location; call before `window.show()`."""
        if not self.enabled:
            return
        s = self.settings
        scale = value_of(s, KEY_FONT_SCALE, 1.0)
        app = QApplication.instance()
        if isinstance(app, QApplication) and scale != font_scale.current(app):
            set_font_scale(app, scale)
        geometry = value_of(s, KEY_GEOMETRY, b"")
        if (
            geometry
            and not self.window.restoreGeometry(QByteArray(geometry))
            and not self.restore_normal_geometry()
        ):
            log.warning("ignoring the saved window geometry: Qt could not read it")
        self.ensure_on_screen()
        state = value_of(s, KEY_STATE, b"")
        if state and not self.window.restoreState(QByteArray(state)):
            log.warning("ignoring the saved toolbar state: Qt could not read it")
        location = value_of(s, KEY_LOCATION, "")
        if location:
            self.restore_location(location)

    def restore_normal_geometry(self) -> bool:
        """The plain size, place and maximised state saved beside Qt's geometry (which Qt
        refuses when the screen it was saved on is gone); `ensure_on_screen()` then moves
        the window onto a screen that exists."""
        try:
            x, y, width, height = (
                int(n) for n in value_of(self.settings, KEY_NORMAL_GEOMETRY, "").split()
            )
        except ValueError:
            return False
        if width <= 0 or height <= 0:
            return False
        self.window.setGeometry(QRect(x, y, width, height))
        if value_of(self.settings, KEY_MAXIMIZED, False):
            self.window.setWindowState(self.window.windowState() | Qt.WindowState.WindowMaximized)
        log.info("Qt refused the saved window geometry (its screen is gone?); used %s",
                 (x, y, width, height))  # fmt: skip
        return True

    def restore_location(self, ref: str) -> bool:
        """Open where the user was; history starts there, as if they had just arrived."""
        if not self.window.open_ref(ref):
            log.info("the saved location %r no longer exists; starting on the overview", ref)
            return False
        self.window.history.clear(ref)
        return True

    def ensure_on_screen(self) -> None:
        screens = QGuiApplication.screens()
        primary = QGuiApplication.primaryScreen()
        if primary is None or not screens:
            return
        frame = self.window.frameGeometry()
        fitted = fit_on_screen(
            frame, [s.availableGeometry() for s in screens], primary.availableGeometry()
        )
        if fitted != frame:
            log.info("the saved window position %s is off-screen; moved it to %s",
                     frame.getRect(), fitted.getRect())  # fmt: skip
            self.window.resize(fitted.size() - (frame.size() - self.window.size()))
            self.window.move(fitted.topLeft())

    # --- save ---------------------------------------------------------------------------
    def location(self) -> str:
        """The most specific reference to where the user is: the selected partner on the
        Partners pane, else the last place history recorded in this section, else the
        section."""
        section = self.window.current_section()
        if section == "partners":
            partner = self.window.pane("partners").selected_partner_id()  # type: ignore[attr-defined]
            if partner:
                return f"partner:{partner}"
        current = self.window.history.current
        if current:
            target = self.window.content.resolve(current)
            if target is not None and target.section == section:
                return current
        return section

    def save(self) -> None:
        if not self.enabled:
            return
        s = self.settings
        s.setValue(KEY_GEOMETRY, self.window.saveGeometry())
        normal = self.window.normalGeometry()
        rect = (normal.x(), normal.y(), normal.width(), normal.height())
        s.setValue(KEY_NORMAL_GEOMETRY, " ".join(str(n) for n in rect))
        s.setValue(KEY_MAXIMIZED, self.window.isMaximized())
        s.setValue(KEY_STATE, self.window.saveState())
        s.setValue(KEY_LOCATION, self.location())
        s.setValue(KEY_THEME, self.theme_choice())
        language = current_language()
        if follows_system() or language == system_language():
            s.remove(KEY_LANGUAGE)
        elif language in LANGUAGES:
            s.setValue(KEY_LANGUAGE, language)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            s.setValue(KEY_FONT_SCALE, font_scale.current(app))
        s.sync()
        if s.status() != QSettings.Status.NoError:
            log.warning("could not save the settings to %s (%s)", s.fileName(), s.status().name)

    @Slot(QCloseEvent)
    def _on_window_about_to_close(self, event: QCloseEvent) -> None:
        if event.isAccepted():
            self.save()
