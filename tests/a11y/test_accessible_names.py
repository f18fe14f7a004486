"""Every interactive object a screen reader reaches has a name, on every pane and in both
languages; cards and list items are read as their title, table cells as their value.

Walked over QAccessible in this process; tests/a11y/test_atspi.py walks the real AT-SPI
tree of the running app where the desktop's accessibility bus can be run."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication, QLineEdit, QToolButton

from gui.content import SECTIONS
from gui.views.main_window import MainWindow
from tests.a11y.tree import unnamed_interactive, walk


@pytest.fixture(params=["en", "zh_CN"])
def language(request, app):  # type: ignore[no-untyped-def]
    from gui.desktop.i18n import translations

    translations().switch(request.param)
    yield request.param
    translations().switch("en")


@pytest.mark.parametrize("section", SECTIONS)
def test_every_interactive_object_has_a_name(window: MainWindow, language, section) -> None:  # type: ignore[no-untyped-def]
    window.navigate(section)
    QApplication.processEvents()
    assert unnamed_interactive(window) == []


def test_a_partners_details_have_names_too(window: MainWindow) -> None:
    window.resize(1920, 1080)
    assert window.open_ref("partner:lu-weibing")
    QApplication.processEvents()
    assert unnamed_interactive(window) == []


def test_the_clear_buttons_are_named_also_when_made_anew(window: MainWindow) -> None:
    """The kiosk's touch style makes a field's clear button anew."""
    window.navigate("partners")
    for field in (window.search_box.field, window.pane("partners").filter_edit):
        field.setText("x")
        field.setClearButtonEnabled(False)
        field.setClearButtonEnabled(True)
        QApplication.processEvents()
        buttons = [b for b in field.findChildren(QToolButton) if b.isVisible()]
        assert buttons
        assert all(b.accessibleName() for b in buttons), [b.accessibleName() for b in buttons]
        field.clear()


def test_items_read_as_their_title_and_cells_as_their_value(window: MainWindow) -> None:
    window.navigate("partners")
    table = window.pane("partners").table
    iface = QAccessible.queryAccessibleInterface(table)
    cells = [i for i in walk(iface) if i.role() == QAccessible.Role.Cell]
    values = {c.text(QAccessible.Text.Name) for c in cells}
    assert "Lei Jun" in values
    window.navigate("timeline")
    items = [
        i
        for i in walk(QAccessible.queryAccessibleInterface(window))
        if i.role() == QAccessible.Role.ListItem and not i.state().invisible
    ]
    names = {i.text(QAccessible.Text.Name) for i in items}
    assert any("AIoT" in n for n in names), sorted(names)[:5]
    assert all(len(n) < 400 for n in names)  # a title, not a whole card's text


def test_line_edits_hold_no_unnamed_buttons(window: MainWindow) -> None:
    for field in window.findChildren(QLineEdit):
        for button in field.findChildren(QToolButton):
            assert button.accessibleName(), field.objectName()
