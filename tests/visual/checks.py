"""Automatic checks of what a window shows, for the screenshot harness and its CI subset.

Each check looks at the live widgets (not the pixels): their geometry against their size
hints and font metrics. A problem is one line of text naming the widget and the numbers.

- Clipped text: a label or button narrower (or lower) than its text needs, unless it is
  made to shorten its text (an ElidedButton, a combo box).
- Sideways scrolling: a horizontal scroll bar shown, or a page wider than its view (a
  scroll area that hides its bar would otherwise just cut the page off).
- Overlap: two visible sibling widgets that share pixels (overlays such as the search
  panel are made to).
- Outside the window: a widget, outside any scrolling view, that reaches past the window.
- Cut table cells: a header narrower than its title, a one-line column narrower than its
  widest cell.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QScrollBar,
    QSplitterHandle,
    QStackedWidget,
    QTableView,
    QTextEdit,
    QToolButton,
    QWidget,
)

from gui.roster.partner_name_delegate import PartnerNameDelegate
from gui.views.elided_button import ElidedButton
from gui.views.wrapped_text_delegate import WrappedTextDelegate

# Widgets that float over others by design.
OVERLAYS = {"searchPanel"}
_DIRECT = Qt.FindChildOption.FindDirectChildrenOnly
# Pixels of slack: rounding of fractional font metrics.
SLACK = 1


def describe(widget: QWidget) -> str:
    name = widget.objectName() or type(widget).__name__
    text = ""
    if isinstance(widget, QLabel | QAbstractButton):
        text = " ".join(widget.text().split())[:40]
    parent = widget.parentWidget()
    where = ""
    while parent is not None and not where:
        where = parent.objectName()
        parent = parent.parentWidget()
    return f"{name}{' ' + repr(text) if text else ''}{' in ' + where if where else ''}"


def _shown(widget: QWidget) -> bool:
    return widget.isVisible() and widget.width() > 0 and widget.height() > 0


def _scrolled_by(widget: QWidget) -> QAbstractScrollArea | None:
    """The scroll area whose viewport holds `widget`, if any."""
    parent = widget.parentWidget()
    while parent is not None:
        area = parent.parentWidget()
        if isinstance(area, QAbstractScrollArea) and area.viewport() is parent:
            return area
        parent = area
    return None


def _visible_rect(widget: QWidget) -> QRect:
    """The part of `widget` on screen, in its own coordinates (clipped by its ancestors)."""
    return widget.visibleRegion().boundingRect()


def clipped_text(root: QWidget) -> list[str]:
    problems = []
    for widget in root.findChildren(QWidget):
        if not _shown(widget) or _visible_rect(widget).isEmpty():
            continue
        if isinstance(widget, QLabel) and widget.text() and not widget.pixmap():
            if widget.wordWrap():
                need = widget.heightForWidth(widget.width())
                if need > widget.height() + SLACK:
                    problems.append(f"text cut: {describe(widget)} {widget.height()} < {need} high")
            else:
                need = widget.sizeHint().width()
                if need > widget.width() + SLACK:
                    problems.append(f"text cut: {describe(widget)} {widget.width()} < {need} wide")
        elif isinstance(widget, QAbstractButton) and not isinstance(
            widget, ElidedButton | QToolButton
        ):
            hint = widget.sizeHint()
            if widget.text() and (
                hint.width() > widget.width() + SLACK or hint.height() > widget.height() + SLACK
            ):
                problems.append(
                    f"text cut: {describe(widget)} {widget.width()}x{widget.height()} "
                    f"< {hint.width()}x{hint.height()}"
                )
    return problems


def sideways_scrolling(root: QWidget) -> list[str]:
    problems = []
    for area in root.findChildren(QAbstractScrollArea):
        if not _shown(area) or isinstance(area, QHeaderView):
            continue
        bar = area.horizontalScrollBar()
        if bar.isVisible() or bar.maximum() > 0:
            problems.append(f"scrolls sideways: {describe(area)} by {bar.maximum()} px")
            continue
        page = getattr(area, "widget", lambda: None)()
        if isinstance(page, QWidget) and page.width() > area.viewport().width() + SLACK:
            problems.append(
                f"cut off sideways: {describe(area)} page {page.width()} > "
                f"{area.viewport().width()} px"
            )
    return problems


def _skip_overlap(widget: QWidget) -> bool:
    return (
        not _shown(widget)
        or widget.isWindow()
        or widget.objectName() in OVERLAYS
        or isinstance(widget, QScrollBar | QSplitterHandle)
        or widget.objectName().startswith("qt_")  # Qt's own parts (scroll area corners...)
    )


def overlapping_siblings(root: QWidget) -> list[str]:
    problems = []
    parents = [root, *root.findChildren(QWidget)]
    for parent in parents:
        if not _shown(parent) or isinstance(parent, QStackedWidget | QLineEdit | QComboBox):
            continue
        if isinstance(parent, QAbstractScrollArea):
            continue  # its viewport, bars and corner share its frame by design
        children = [
            c for c in parent.findChildren(QWidget, options=_DIRECT) if not _skip_overlap(c)
        ]
        for i, first in enumerate(children):
            for second in children[i + 1 :]:
                shared = first.geometry().intersected(second.geometry())
                if shared.width() > SLACK and shared.height() > SLACK:
                    problems.append(
                        f"overlap: {describe(first)} and {describe(second)} share "
                        f"{shared.width()}x{shared.height()} px"
                    )
    return problems


def clipped_by_parent(root: QWidget) -> list[str]:
    """Widgets that reach past their parent's edge (a layout that ran out of room puts
    them there, and the parent cuts them off). A scrolling view's page is left out: it is
    made to be larger than its view, and scrolls."""
    problems = []
    for widget in root.findChildren(QWidget):
        parent = widget.parentWidget()
        if (
            parent is None
            or not _shown(widget)
            or widget.isWindow()
            or widget.objectName() in OVERLAYS
            or widget.objectName().startswith("qt_")
            or isinstance(parent.parentWidget(), QAbstractScrollArea)  # a view's page
            or isinstance(parent, QAbstractScrollArea)
        ):
            continue
        geometry = widget.geometry()
        if not parent.rect().adjusted(-SLACK, -SLACK, SLACK, SLACK).contains(geometry):
            problems.append(
                f"cut by its parent: {describe(widget)} {geometry.x()},{geometry.y()} "
                f"{geometry.width()}x{geometry.height()} in {parent.width()}x{parent.height()}"
            )
    return problems


def elided_with_room(root: QWidget) -> list[str]:
    """A button that shortens its text although its row had room for all of it."""
    problems = []
    for button in root.findChildren(ElidedButton):
        parent = button.parentWidget()
        if not _shown(button) or parent is None:
            continue
        need = button.sizeHint().width()
        if button.width() + SLACK < need <= parent.width():
            problems.append(f"shortened with room: {describe(button)} {button.width()} < {need}")
    return problems


def highlight_out_of_view(root: QWidget) -> list[str]:
    """A highlighted passage (a cited sentence opened in Sources) not wholly in view."""
    problems = []
    for text in root.findChildren(QTextEdit):
        if not _shown(text):
            continue
        for selection in text.extraSelections():
            cursor = selection.cursor
            first, last = QTextCursor(cursor), QTextCursor(cursor)
            first.setPosition(cursor.selectionStart())
            last.setPosition(cursor.selectionEnd())
            top, bottom = text.cursorRect(first).top(), text.cursorRect(last).bottom()
            view = text.viewport().height()
            # Taller than the view: its start at least.
            if top < 0 or (bottom > view and bottom - top <= view) or top > view:
                problems.append(
                    f"highlight out of view: {describe(text)} lines {top}..{bottom} "
                    f"in 0..{text.viewport().height()}"
                )
    return problems


def outside_the_window(window: QWidget) -> list[str]:
    problems = []
    bounds = window.rect()
    for widget in window.findChildren(QWidget):
        if not _shown(widget) or widget.isWindow() or _scrolled_by(widget) is not None:
            continue
        if widget.objectName() in OVERLAYS:
            continue
        top_left = widget.mapTo(window, QPoint(0, 0))
        rect = QRect(top_left, widget.size())
        if not bounds.contains(rect):
            problems.append(
                f"outside the window: {describe(widget)} at {rect.x()},{rect.y()} "
                f"{rect.width()}x{rect.height()} in {bounds.width()}x{bounds.height()}"
            )
    return problems


def cut_table_cells(root: QWidget) -> list[str]:
    problems = []
    for table in root.findChildren(QTableView):
        if not _shown(table):
            continue
        model, header = table.model(), table.horizontalHeader()
        if model is None:
            continue
        for column in range(model.columnCount()):
            if header.isSectionHidden(column):
                continue
            width = header.sectionSize(column)
            title = model.headerData(column, header.orientation())
            if header.isVisible() and width + SLACK < header.sectionSizeHint(column):
                problems.append(
                    f"header cut: {title!r} {width} < {header.sectionSizeHint(column)} "
                    f"in {describe(table)}"
                )
            delegate = table.itemDelegateForColumn(column)
            if isinstance(delegate, WrappedTextDelegate | PartnerNameDelegate):
                continue  # wraps, or shortens a name made too long on purpose
            need = table.sizeHintForColumn(column)
            if width + SLACK < need:
                problems.append(f"column cut: {title!r} {width} < {need} in {describe(table)}")
    return problems


def all_problems(window: QWidget, highlight: bool = False) -> list[str]:
    """Every problem of every check over the window as shown; `highlight`: a passage was
    just opened, and must be in view."""
    found: list[str] = []
    checks = (
        clipped_text,
        elided_with_room,
        clipped_by_parent,
        sideways_scrolling,
        overlapping_siblings,
        cut_table_cells,
        *((highlight_out_of_view,) if highlight else ()),
    )
    for check in checks:
        found += check(window)
    found += outside_the_window(window)
    return sorted(set(found))
