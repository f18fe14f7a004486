"""Accessibility: names for everything focusable, labels with buddies, visible focus, and
every feature reachable from the keyboard alone."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAccessible, QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from gui.content import SECTIONS
from gui.views.card_grid_view import CardGridView
from gui.views.main_window import MainWindow
from gui.views.pane import Pane


def _activate(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def _focusable(window: MainWindow) -> list[QWidget]:
    return [
        w
        for w in window.findChildren(QWidget)
        if w.isVisible() and w.focusPolicy() != Qt.FocusPolicy.NoFocus and w.isEnabled()
    ]


def _name(widget: QWidget) -> str:
    """What a screen reader announces: the accessible name, or a label's own text."""
    if widget.accessibleName():
        return widget.accessibleName()
    if isinstance(widget, QLabel):
        iface = QAccessible.queryAccessibleInterface(widget)
        return iface.text(QAccessible.Text.Name) if iface is not None else ""
    return ""


def _describe(widget: QWidget) -> str:
    text = widget.text() if hasattr(widget, "text") else ""
    return f"{type(widget).__name__}#{widget.objectName()} {text!r}"


def _fill_every_part(window: MainWindow) -> None:
    """Show the parts that appear on demand: a partner's details, an event's links."""
    window.open_ref("partner:lu-weibing")
    window.open_ref("event:2020-08-16")


@pytest.mark.parametrize("section", SECTIONS)
def test_every_focusable_widget_has_a_name(window: MainWindow, section: str) -> None:
    _fill_every_part(window)
    window.navigate(section)
    QApplication.processEvents()
    widgets = _focusable(window)
    assert window.navigation in widgets
    # A pane is a page, not a control: its controls take the keyboard (and show it).
    assert window.pane(section) not in widgets
    nameless = [_describe(w) for w in widgets if not _name(w).strip()]
    assert nameless == []


def test_labels_name_their_controls(window: MainWindow) -> None:
    """A label with a mnemonic (&Filter) has a buddy; every text field and list box is
    some label's buddy, so that Alt+letter and screen readers find it, or, where it has
    no visible label (a search field), an accessible name and a placeholder."""
    labels = window.findChildren(QLabel)
    with_mnemonic = [label for label in labels if "&" in label.text().replace("&&", "")]
    assert with_mnemonic
    assert [label.text() for label in with_mnemonic if label.buddy() is None] == []
    buddies = {label.buddy() for label in labels if label.buddy() is not None}
    inputs = window.findChildren(QLineEdit) + window.findChildren(QComboBox)
    inputs = [w for w in inputs if w.parent() is not None and not isinstance(w.parent(), QComboBox)]
    assert inputs
    unlabelled = [
        _describe(w)
        for w in inputs
        if w not in buddies
        and not (isinstance(w, QLineEdit) and w.accessibleName() and w.placeholderText().strip())
    ]
    assert unlabelled == []


def _grab(widget: QWidget) -> QImage:
    QApplication.processEvents()
    return widget.grab().toImage()


def _focus_kinds(window: MainWindow) -> dict[str, QWidget]:
    """One widget of every focusable kind the app has."""
    partners = window.pane("partners")
    overview = window.pane("overview")
    timeline = window.pane("timeline")
    sources = window.pane("sources")
    return {
        "navigation": window.navigation,
        "card grid": overview.findChild(CardGridView),
        "citation button": overview.findChild(QPushButton, "citationButton"),
        "line edit": partners.filter_edit,
        "combo box": partners.cohort_combo,
        "table": partners.table,
        "timeline": timeline.view,
        "source list": sources.list,
        "article text": sources.text,
    }


@pytest.mark.parametrize(
    "kind",
    [
        "navigation",
        "card grid",
        "citation button",
        "line edit",
        "combo box",
        "table",
        "timeline",
        "source list",
        "article text",
    ],
)
def test_focus_is_visible(window: MainWindow, qtbot, kind: str) -> None:  # type: ignore[no-untyped-def]
    _activate(window, qtbot)
    widget = _focus_kinds(window)[kind]
    pane = next((p for p in window.panes.values() if p.isAncestorOf(widget) or p is widget), None)
    window.navigate(window.current_section() if pane is None else pane.objectName()[:-4])
    if isinstance(widget, QAbstractItemView) and widget is not window.navigation:
        widget.selectionModel().clear()
    elsewhere = window.pane("partners").filter_edit if kind != "line edit" else None
    if elsewhere is None or not elsewhere.isVisible():
        window.navigation.setFocus()
    else:
        elsewhere.setFocus()
    if kind == "navigation":
        window.search_box.field.setFocus()
    qtbot.waitUntil(lambda: not widget.hasFocus())
    unfocused = _grab(widget)
    widget.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(widget.hasFocus)
    assert _grab(widget) != unfocused, f"focus on the {kind} is invisible"


def _tab_chain(window: MainWindow, qtbot, start: QWidget, limit: int = 80) -> list[QWidget]:  # type: ignore[no-untyped-def]
    """Widgets reached by pressing Tab from `start`, until focus comes back to it."""
    QApplication.processEvents()  # widgets just added are shown by a queued call
    start.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(start.hasFocus)
    chain = []
    for _ in range(limit):
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        focused = QApplication.focusWidget()
        if focused is start or focused is None:
            break
        chain.append(focused)
    return chain


def _top_left(widget: QWidget, window: MainWindow) -> QPoint:
    return widget.mapTo(window, QPoint(0, 0))


@pytest.mark.parametrize("section", ["overview", "strategy", "programme", "sources"])
def test_tab_order_follows_the_page(window: MainWindow, qtbot, section: str) -> None:  # type: ignore[no-untyped-def]
    """From the navigation, Tab visits the pane and then its controls top to bottom (left
    to right within a row), and comes back to the navigation."""
    _activate(window, qtbot)
    window.navigate(section)
    pane = window.pane(section)
    chain = _tab_chain(window, qtbot, window.navigation)
    assert pane.isAncestorOf(chain[0]), "Tab goes from the navigation to the pane's first control"
    inside = [w for w in chain if pane.isAncestorOf(w)]
    # The pane's controls come in one run; what follows is the window's own (search).
    assert chain[: len(inside)] == inside, "Tab left the pane and came back into it"
    tab_focusable = {
        w
        for w in pane.findChildren(QWidget)
        if w.isVisible() and w.focusPolicy() & Qt.FocusPolicy.TabFocus and w.isEnabled()
    }
    assert set(inside) == tab_focusable
    positions = [(_top_left(w, window).y(), _top_left(w, window).x()) for w in inside]
    rows = [y for y, _ in positions]
    assert rows == sorted(rows), [(_describe(w), p) for w, p in zip(inside, positions, strict=True)]


def test_partners_tab_order(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    _activate(window, qtbot)
    window.open_ref("partner:lu-weibing")
    pane = window.pane("partners")
    chain = _tab_chain(window, qtbot, window.navigation)
    # The sources of the intro above the roster come first, as they are laid out.
    intro = [b for b in pane.system_sources.findChildren(QPushButton) if b.isVisible()]
    assert intro
    head = [*intro, pane.filter_edit, pane.cohort_combo, pane.table]
    assert chain[: len(head)] == head
    rest = [w for w in chain[len(head) :] if pane.isAncestorOf(w)]
    assert chain[len(head) : len(head) + len(rest)] == rest
    assert rest
    assert all(isinstance(w, QPushButton) and pane.detail.isAncestorOf(w) for w in rest)
    assert len(rest) == len([b for b in pane.detail.findChildren(QPushButton) if b.isVisible()])


def test_ctrl_number_switches_panes(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    _activate(window, qtbot)
    for i, section in reversed(list(enumerate(SECTIONS, start=1))):
        QTest.keyClick(window, Qt.Key(Qt.Key.Key_0.value + i), Qt.KeyboardModifier.ControlModifier)
        assert window.current_section() == section


@pytest.mark.parametrize("key", [Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space])
def test_enter_or_space_follows_a_card(window: MainWindow, qtbot, key: Qt.Key) -> None:  # type: ignore[no-untyped-def]
    """Tab to the key ideas, arrow to a card, press Enter: its source opens."""
    _activate(window, qtbot)
    window.navigate("strategy")
    pane = window.pane("strategy")
    grid = pane.statements
    chain = _tab_chain(window, qtbot, window.navigation)
    assert grid in chain
    grid.setFocus(Qt.FocusReason.TabFocusReason)
    QTest.keyClick(grid, Qt.Key.Key_Right)
    index = grid.currentIndex()
    assert index.isValid()
    citation = pane.statements_model.card(index.row()).citations[0]
    QTest.keyClick(grid, key)
    assert window.current_section() == "sources"
    sources = window.pane("sources")
    assert sources.source is not None
    assert sources.source.id == citation.source
    if citation.sentence:
        assert sources.highlighted == citation.sentence


def test_the_menu_key_lists_a_cards_sources(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    _activate(window, qtbot)
    window.navigate("programme")
    pane = window.pane("programme")
    grid = pane.facts
    grid.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(grid.hasFocus)
    assert grid.currentIndex().isValid()  # focus by Tab makes the first card current
    menu = pane.card_menu(grid, grid.currentIndex())
    assert menu is not None
    card = pane.facts_model.card(grid.currentIndex().row())
    texts = [a.text() for a in menu.actions()]
    assert texts
    assert all(t.startswith("Open source: ") for t in texts)
    menu.actions()[0].trigger()
    menu.deleteLater()
    assert window.current_section() == "sources"
    assert window.pane("sources").source.id == card.citations[0].source  # type: ignore[union-attr]


def test_timeline_from_the_keyboard(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Arrow to an event; Tab reaches its related links; Enter on one follows it."""
    _activate(window, qtbot)
    window.navigate("timeline")
    pane = window.pane("timeline")
    pane.view.setFocus(Qt.FocusReason.TabFocusReason)
    row = pane.model.row_of("event:2020-08-16")
    for _ in range(row + 1):
        QTest.keyClick(pane.view, Qt.Key.Key_Down)
    if pane.view.currentIndex().row() != row:
        pane.view.setCurrentIndex(pane.model.index(row, 0))
    qtbot.waitUntil(lambda: bool(pane.links) and pane.links[0].isVisible())
    QTest.keyClick(pane.view, Qt.Key.Key_Tab)
    focused = QApplication.focusWidget()
    assert focused is pane.links[0]
    QTest.keyClick(focused, Qt.Key.Key_Space)
    assert window.current_section() != "timeline"


def test_panes_are_labelled_for_screen_readers(window: MainWindow) -> None:
    for name, pane in window.panes.items():
        assert isinstance(pane, Pane)
        assert pane.accessibleName(), name
