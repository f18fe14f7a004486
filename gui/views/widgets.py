"""Small widget factories shared by the panes. Text from data is always plain text.

Data reaches the screen through these helpers, so that it is made safe in one place
(gui/content/safe_text.py): never interpreted as markup, no hidden or reordering control
characters, long words breakable, and no label so wide that it widens the window.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSize, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..content.safe_text import display_text, elided, one_line, wrapped_display_text
from ..content.schema import Citation, LaterNote
from ..desktop.i18n import date_text, local
from ..theming import spacing
from ..theming.resources import icon
from ..theming.zoom_style import use_zoom_style
from .wrapping_row import HintSizedLineEdit

# However long its text, a label asks for at most this much width as its minimum: a
# 300-character name without spaces must not make the window 2,000 pixels wide.
MAX_MINIMUM_WIDTH = 480
QWIDGETSIZE_MAX = (1 << 24) - 1


# What changes a label's height for a given width, besides its text.
_RELAYOUT = (QEvent.Type.FontChange, QEvent.Type.StyleChange, QEvent.Type.ContentsRectChange)


class PlainLabel(QLabel):
    """A QLabel for text from data: plain text, made safe for display as it is set.

    Wrapped text keeps a readable measure: at most spacing.MEASURE_CHARS average
    characters of its own font a line, at every zoom, however wide the window.

    Its heights for widths are remembered until its text, font, style or margins
    change: a page's layout asks each label a dozen times for a handful of widths,
    and each answer lays the text out anew.
    """

    _REMEMBERED_WIDTHS = 32

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._heights: dict[int, int] = {}

    def setText(self, text: str) -> None:
        self._heights.clear()
        super().setText(wrapped_display_text(text) if self.wordWrap() else display_text(text))

    def setWordWrap(self, on: bool) -> None:
        self._heights.clear()
        super().setWordWrap(on)

    def setIndent(self, indent: int) -> None:
        self._heights.clear()
        super().setIndent(indent)

    def clear(self) -> None:
        self._heights.clear()
        super().clear()

    def fit_measure(self) -> None:
        measure = self.fontMetrics().averageCharWidth() * spacing.MEASURE_CHARS
        limit = measure if self.wordWrap() else QWIDGETSIZE_MAX
        if self.maximumWidth() != limit:
            self.setMaximumWidth(limit)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in _RELAYOUT:
            self._heights.clear()
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:  # a zoom, or the stylesheet's size
            self.fit_measure()

    def heightForWidth(self, width: int) -> int:
        # Layouts ask at the width they have, not the narrower one the label will take
        # (Qt's QWidgetItem does not clamp to the maximum width): measured too wide, the
        # text came out a few lines short and the page laid the next part over it.
        width = min(width, self.maximumWidth())
        height = self._heights.get(width)
        if height is None:
            if len(self._heights) >= self._REMEMBERED_WIDTHS:
                self._heights.clear()
            height = self._heights[width] = super().heightForWidth(width)
        return height

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        return QSize(min(hint.width(), MAX_MINIMUM_WIDTH), hint.height())


class TextSizedIconButton(QPushButton):
    """A push button whose icon is as tall as its line of text at every zoom: Qt keeps a
    button's icon at the style's 16 px whatever its font, and at 200 % the roster's back
    arrow was a speck beside its label. (A line icon draws in the middle of its square.)
    """

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self._fit_icon()

    def _fit_icon(self) -> None:
        side = max(12, self.fontMetrics().height())
        if self.iconSize() != QSize(side, side):
            self.setIconSize(QSize(side, side))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._fit_icon()


def back_button(text: str, accessible_name: str, object_name: str, color: str) -> QPushButton:
    """The way back from an item opened as a page of its own to its list (a partner, a
    source), hidden until the pane shows one: an arrow as tall as its words."""
    button = TextSizedIconButton(text)
    button.setObjectName(object_name)
    button.setIcon(icon("back", color))
    button.setAccessibleName(accessible_name)
    button.hide()
    return button


def plain_label(
    text: str = "",
    object_name: str = "",
    *,
    wrap: bool = True,
    selectable: bool = False,
    parent: QWidget | None = None,
    kind: type[PlainLabel] = PlainLabel,
) -> QLabel:
    """A QLabel that never interprets its text as rich text or opens links (a `kind` of
    PlainLabel: one that fits its width its own way)."""
    label = kind(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setOpenExternalLinks(False)
    label.setWordWrap(wrap)
    label.fit_measure()
    label.setIndent(0)  # a stylesheet padding would otherwise add a half-'x' indent
    label.setText(text)
    if object_name:
        label.setObjectName(object_name)
    if selectable:
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
    return label


def heading(text: str, level: int = 1, parent: QWidget | None = None) -> QLabel:
    label = plain_label(text, f"heading{level}", parent=parent)
    label.setAccessibleName(one_line(text))
    return label


def button_text(text: str, limit: int = 40) -> str:
    """Text from data for a QPushButton: one safe line, shortened, and with '&' doubled so
    that "R&D" shows as written instead of becoming a keyboard shortcut."""
    return elided(text, limit).replace("&", "&&")


def card_frame(object_name: str = "card", parent: QWidget | None = None) -> QFrame:
    frame = QFrame(parent)
    frame.setObjectName(object_name)
    frame.setFrameShape(QFrame.Shape.NoFrame)
    return frame


# The action Qt makes for a text field's clear (×) button.
_CLEAR_ACTION = "_q_qlineeditclearaction"


class _IconButtonNames(QObject):
    """Names the buttons Qt puts inside a text field (its clear button, the icons of its
    actions) for screen readers, also when Qt makes them anew (the kiosk's touch style
    re-creates the clear button)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ChildPolished and isinstance(watched, QLineEdit):
            name_icon_buttons(watched)
        return False


def name_icon_buttons(edit: QLineEdit) -> None:
    """Give the clear button and every action icon of `edit` an accessible name: the
    clear button "Clear", an icon its action's text. (Unnamed, they were read as "push
    button" in every search and filter field.) Installs itself to name later ones too."""
    if edit.property("iconButtonsNamed") is None:
        edit.setProperty("iconButtonsNamed", True)
        edit.installEventFilter(_IconButtonNames(edit))
    for button in edit.findChildren(QToolButton):
        action = button.defaultAction()
        if action is None:
            continue
        if action.objectName() == _CLEAR_ACTION:
            name = QCoreApplication.translate("TextField", "Clear")
        else:
            name = action.text()
        if name and button.accessibleName() != name:
            button.setAccessibleName(name)


def filter_field(
    object_name: str,
    placeholder: str,
    accessible_name: str,
    label_text: str,
    icon_color: str,
    on_text: Callable[[str], object],
) -> tuple[HintSizedLineEdit, QAction, QLabel]:
    """A roster's filter field: a clear button, a leading filter icon in `icon_color`, the
    typed text sent to `on_text` as it changes, and a label (with its mnemonic) that gives
    it the focus. The caller translates the texts in its own context and lays out the
    field, its icon's action (to re-colour it) and its label."""
    edit = HintSizedLineEdit()
    edit.setObjectName(object_name)
    edit.setPlaceholderText(placeholder)
    edit.setClearButtonEnabled(True)
    use_zoom_style(edit)
    action = edit.addAction(icon("filter", icon_color), QLineEdit.ActionPosition.LeadingPosition)
    action.setText(accessible_name)
    edit.setAccessibleName(accessible_name)
    name_icon_buttons(edit)
    edit.textChanged.connect(on_text)
    label = QLabel(label_text)
    label.setBuddy(edit)
    return edit, action, label


def later_box(
    title: str,
    intro: str,
    notes: Sequence[LaterNote],
    citation_bar: Callable[[tuple[Citation, ...]], QWidget],
) -> QFrame:
    """What came after the day the content describes: a box set apart from the rest, each
    note with its date and its sources (`citation_bar` makes a pane's own bar)."""
    frame = card_frame("laterBox")
    frame.setAccessibleName(title)
    layout = QVBoxLayout(frame)
    spacing.apply(layout, (spacing.L, spacing.M, spacing.L, spacing.M), spacing.S)
    layout.addWidget(heading(title, 3))
    if intro:
        layout.addWidget(plain_label(intro, "asOf"))
    for note in notes:
        layout.addWidget(plain_label(date_text(note.date), "laterDate", wrap=False))
        layout.addWidget(plain_label(local(note.text), "body", selectable=True))
        layout.addWidget(citation_bar(note.citations))
    return frame
