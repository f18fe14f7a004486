"""The main window as a user meets it: navigation by click and keyboard, history, titles."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QAbstractScrollArea, QLabel

from gui.content import SECTIONS


def test_window_title_names_the_content(window) -> None:  # type: ignore[no-untyped-def]
    assert window.windowTitle() == "Xiaomi: Mobile × AIoT — Strategy Viewer"
    assert not window.windowIcon().isNull() or not window.windowHandle().icon().isNull()


def test_starts_on_the_overview(window) -> None:  # type: ignore[no-untyped-def]
    assert window.current_section() == "overview"
    assert window.navigation.currentIndex().row() == 0


@pytest.mark.parametrize(
    ("key", "section"), [(Qt.Key(Qt.Key.Key_1 + i), s) for i, s in enumerate(SECTIONS)]
)
def test_ctrl_number_opens_each_section(window, qtbot, key, section) -> None:  # type: ignore[no-untyped-def]
    if section == "overview":
        window.navigate("timeline")
    with qtbot.waitSignal(window.section_changed) as blocker:
        qtbot.keyClick(window, key, Qt.KeyboardModifier.ControlModifier)
    assert blocker.args == [section]
    assert window.stack.currentWidget() is window.pane(section)


def test_clicking_the_navigation_list_switches_panes(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    nav = window.navigation
    rect = nav.visualRect(window.sections.index(SECTIONS.index("programme"), 0))
    qtbot.mouseClick(nav.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.current_section() == "programme"


def test_arrow_keys_in_the_navigation_list(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.navigation.setFocus()
    qtbot.keyClick(window.navigation, Qt.Key.Key_Down)
    qtbot.keyClick(window.navigation, Qt.Key.Key_Down)
    assert window.current_section() == "partners"


def test_back_and_forward_walk_history(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.navigate("strategy")
    assert window.open_ref("partner:lu-weibing")
    assert window.pane("partners").selected_partner_id() == "lu-weibing"
    qtbot.keyClick(window, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert window.current_section() == "strategy"
    qtbot.keyClick(window, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert window.current_section() == "overview"
    assert not window.back_action.isEnabled()
    qtbot.keyClick(window, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(window, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert window.current_section() == "partners"
    assert not window.forward_action.isEnabled()


def _click(window, widget, button) -> None:  # type: ignore[no-untyped-def]
    """A click as the window system delivers it: to the window, which passes it on to
    the widget under the pointer (a click sent straight to the widget skips the window)."""
    from PySide6.QtTest import QTest

    at = widget.mapTo(window, widget.rect().center())
    QTest.mouseClick(window.windowHandle(), button, Qt.KeyboardModifier.NoModifier, at)


def test_mouse_back_and_forward_buttons_walk_history(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.navigate("timeline")
    assert window.open_ref("partner:lu-weibing")
    # Side buttons pressed over the partner table, whose view takes ordinary presses.
    _click(window, window.pane("partners").table.viewport(), Qt.MouseButton.BackButton)
    assert window.current_section() == "timeline"
    _click(window, window.pane("timeline").view.viewport(), Qt.MouseButton.BackButton)
    assert window.current_section() == "overview"
    _click(window, window.pane("overview").viewport(), Qt.MouseButton.BackButton)
    assert window.current_section() == "overview", "nothing further back"
    _click(window, window.navigation.viewport(), Qt.MouseButton.ForwardButton)
    _click(window, window.search_box.field, Qt.MouseButton.ForwardButton)
    assert window.current_section() == "partners"
    assert window.pane("partners").selected_partner_id() == "lu-weibing"


def test_other_mouse_buttons_do_not_walk_history(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.navigate("timeline")
    _click(window, window.pane("timeline").view.viewport(), Qt.MouseButton.MiddleButton)
    _click(window, window.navigation.viewport(), Qt.MouseButton.RightButton)
    assert window.current_section() == "timeline"


def test_unknown_reference_changes_nothing(window) -> None:  # type: ignore[no-untyped-def]
    assert not window.open_ref("partner:nobody")
    assert not window.open_ref("nonsense!")
    assert window.current_section() == "overview"


def test_every_label_shows_plain_text(window) -> None:  # type: ignore[no-untyped-def]
    for name in SECTIONS:
        window.navigate(name)
    window.open_ref("partner:lu-weibing")
    labels = window.findChildren(QLabel)
    assert len(labels) > 50
    # Field labels with a buddy carry our own "&Filter:" mnemonic text; all others, which
    # show data, must be plain text.
    offenders = [
        label.text()
        for label in labels
        if label.buddy() is None and label.textFormat() != Qt.TextFormat.PlainText
    ]
    assert offenders == []


@pytest.mark.parametrize("size", [(1024, 768), (1920, 1080)])
def test_no_pane_needs_horizontal_scrolling(window, qtbot, size) -> None:  # type: ignore[no-untyped-def]
    window.resize(*size)
    for name in SECTIONS:
        window.navigate(name)
        qtbot.wait(10)
        pane = window.pane(name)
        page = pane.widget()
        assert page.minimumSizeHint().width() <= pane.viewport().width(), name
        for area in pane.findChildren(QAbstractScrollArea):
            if area.isVisible() and area.objectName() != "cardGrid":
                assert area.horizontalScrollBar().maximum() == 0, (name, area.objectName())


def test_cards_fill_the_width_in_columns(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.navigate("overview")
    qtbot.wait(10)
    grid = window.pane("overview").highlights
    rects = [grid.visualRect(grid.model().index(r, 0)) for r in range(grid.model().rowCount())]
    assert len({r.top() for r in rects}) == 1  # four figures on one row at 1280 px
    assert rects[-1].right() <= grid.viewport().width()
    assert all(r.height() == rects[0].height() for r in rects)


def test_focus_moves_from_navigation_into_the_pane(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.navigate("partners")
    window.navigation.setFocus()
    qtbot.keyClick(window.navigation, Qt.Key.Key_Tab)
    focused = window.focusWidget()
    assert focused is not None
    assert window.pane("partners").isAncestorOf(focused)


def test_citation_chip_in_a_card_opens_the_cited_sentence(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.navigate("strategy")
    pane = window.pane("strategy")
    grid = pane.statements
    model = grid.model()
    row = model.row_of("statement:moat")
    index = model.index(row, 0)
    pane.ensureWidgetVisible(grid)
    rect = grid.visualRect(index)
    pane.ensureVisible(0, grid.y() + rect.bottom(), 0, 0)
    qtbot.wait(10)
    chips = grid.itemDelegate().citation_rects(index, grid.visualRect(index), grid.font())
    assert chips, "the card shows its sources"
    chip_rect, citation = chips[0]
    qtbot.mouseClick(grid.viewport(), Qt.MouseButton.LeftButton, pos=chip_rect.center())
    assert window.current_section() == "sources"
    sources = window.pane("sources")
    assert sources.highlighted == citation.sentence == "s10"
    assert sources.highlighted_text().startswith("“The AIoT business will become a catalyst")


def test_overview_figure_opens_its_section(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    grid = window.pane("overview").highlights
    index = grid.model().index(1, 0)  # "5 → 9" partners
    rect = grid.visualRect(index)
    qtbot.mouseClick(
        grid.viewport(), Qt.MouseButton.LeftButton, pos=rect.topLeft() + QPoint(20, 20)
    )
    assert window.current_section() == "partners"
