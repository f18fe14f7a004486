"""Idleness: the last visitor's state is cleared and the attract loop starts; a touch stops
it, shows home and goes no further."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QWheelEvent
from PySide6.QtWidgets import QApplication

from gui.content import SECTIONS
from tests.windows import activate


def _wheel_down(widget) -> None:  # type: ignore[no-untyped-def]
    pos = QPointF(widget.rect().center())
    event = QWheelEvent(
        pos,
        QPointF(widget.mapToGlobal(pos.toPoint())),
        QPoint(0, 0),
        QPoint(0, -360),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(widget, event)


def test_idle_reset_clears_a_visitors_state(kiosk_window, qtbot, make_kiosk) -> None:  # type: ignore[no-untyped-def]
    kiosk = make_kiosk(idle_timeout_seconds=0.4, attract_interval_seconds=0)
    window = kiosk_window
    # A visitor: opens Partners, filters, picks a partner, scrolls another page.
    nav = window.navigation
    rect = nav.visualRect(window.sections.index(SECTIONS.index("partners"), 0))
    qtbot.mouseClick(nav.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    partners = window.pane("partners")
    qtbot.keyClicks(partners.filter_edit, "lu")
    table = partners.table
    qtbot.mouseClick(
        table.viewport(),
        Qt.MouseButton.LeftButton,
        pos=table.visualRect(table.model().index(0, 0)).center(),
    )
    assert partners.selected_partner_id() is not None
    strategy = window.pane("strategy")
    _wheel_down(strategy.viewport())
    assert strategy.verticalScrollBar().value() > 0
    assert window.current_section() == "partners"
    assert not window.all_panes_pristine()

    with qtbot.waitSignal(kiosk.idle_reset, timeout=3000):
        pass
    assert window.current_section() == "overview"
    assert window.all_panes_pristine()
    assert partners.filter_edit.text() == ""
    assert not window.history.can_go_back()


def test_no_reset_when_home_and_clean(kiosk_window, qtbot, make_kiosk) -> None:  # type: ignore[no-untyped-def]
    kiosk = make_kiosk(idle_timeout_seconds=0.05, attract_interval_seconds=0)
    assert kiosk.is_home_and_clean()
    with qtbot.assertNotEmitted(kiosk.idle_reset, wait=150):
        qtbot.waitUntil(kiosk.idle.is_idle, timeout=2000)
    assert kiosk_window.current_section() == "overview"


def test_attract_loop_advances_through_the_panes(kiosk_window, qtbot, make_kiosk) -> None:  # type: ignore[no-untyped-def]
    kiosk = make_kiosk(idle_timeout_seconds=0.05, attract_order="overview,strategy,partners")
    seen = []
    kiosk.attract.advanced.connect(seen.append)
    qtbot.waitUntil(lambda: len(seen) >= 3, timeout=3000)
    assert seen[:3] == ["strategy", "partners", "overview"]
    assert kiosk.attract.hint.isVisible()
    assert kiosk_window.current_section() in ("overview", "strategy", "partners")


def test_the_attract_loop_keeps_the_picture_moving(kiosk_window, qtbot, make_kiosk) -> None:  # type: ignore[no-untyped-def]
    kiosk = make_kiosk(
        idle_timeout_seconds=0.05, attract_interval_seconds=0.6, attract_order="overview,strategy"
    )
    with qtbot.waitSignal(kiosk.attract.advanced, timeout=3000) as step:
        pass
    assert step.args == ["strategy"]
    hint_at = kiosk.attract.hint.pos()
    bar = kiosk_window.pane("strategy").verticalScrollBar()
    assert bar.maximum() > 0
    qtbot.waitUntil(lambda: bar.value() > 0, timeout=1000)  # the page pans slowly down
    assert kiosk.attract.hint.isVisible()
    qtbot.waitUntil(lambda: kiosk.attract.hint.pos() != hint_at, timeout=2000)  # and drifts


def test_a_touch_stops_the_loop_shows_home_and_is_swallowed(
    kiosk_window, qtbot, make_kiosk
) -> None:  # type: ignore[no-untyped-def]
    kiosk = make_kiosk(idle_timeout_seconds=0.05, attract_order="strategy,partners")
    with qtbot.waitSignal(kiosk.attract.advanced, timeout=3000):
        pass
    assert kiosk.attract.is_running()
    # The visitor taps "Timeline" in the section list: the tap wakes the kiosk only.
    nav = kiosk_window.navigation
    rect = nav.visualRect(kiosk_window.sections.index(SECTIONS.index("timeline"), 0))
    with qtbot.waitSignal(kiosk.attract.interrupted):
        qtbot.mouseClick(nav.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert not kiosk.attract.is_running()
    assert kiosk_window.current_section() == "overview"
    assert kiosk_window.all_panes_pristine()
    assert not kiosk.attract.hint.isVisible()
    # The next tap is the visitor's own.
    qtbot.mouseClick(nav.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert kiosk_window.current_section() == "timeline"


def test_a_key_also_wakes_the_kiosk(kiosk_window, qtbot, make_kiosk) -> None:  # type: ignore[no-untyped-def]
    kiosk = make_kiosk(idle_timeout_seconds=0.05)
    qtbot.waitUntil(kiosk.attract.is_running, timeout=3000)
    with qtbot.waitSignal(kiosk.attract.interrupted):
        qtbot.keyClick(kiosk_window.navigation, Qt.Key.Key_Down)
    assert kiosk_window.current_section() == "overview"  # the key did not move the list


def _click_header(qtbot, table, column: int) -> None:  # type: ignore[no-untyped-def]
    header = table.horizontalHeader()
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    qtbot.mouseClick(
        header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2)
    )


def _scroll_areas(window) -> list:  # type: ignore[no-untyped-def]
    """Every scrolling area of the window itself (popups are windows of their own)."""
    from PySide6.QtWidgets import QAbstractScrollArea

    return [a for a in window.findChildren(QAbstractScrollArea) if a.window() is window]


def test_idle_reset_forgets_search_scrolling_and_zoom(app, kiosk_window, qtbot, make_kiosk) -> None:  # type: ignore[no-untyped-def]
    from gui.theming import font_scale
    from gui.views.main_menu import MainMenu

    kiosk = make_kiosk(idle_timeout_seconds=0.5, attract_interval_seconds=0)
    window = kiosk_window
    list(window.panes.values())  # every page visited
    window.show_section("partners")
    # A visitor types in the search box and leaves its results open.
    qtbot.keyClicks(window.search_box.field, "xiaomi")
    qtbot.waitUntil(window.search_box.panel.isVisible, timeout=2000)
    # Flicks pages, lists and panels down and sideways.
    for area in _scroll_areas(window):
        for bar in (area.verticalScrollBar(), area.horizontalScrollBar()):
            bar.setValue(bar.maximum())
    assert sum(a.verticalScrollBar().value() > 0 for a in _scroll_areas(window)) >= 2
    # And the text got bigger (no visitor key or gesture zooms a kiosk; anything that did
    # is undone all the same).
    window.findChild(MainMenu, "mainMenu").zoom_in()
    assert font_scale.current(app) != kiosk.config.font_scale
    assert not kiosk.is_home_and_clean()

    with qtbot.waitSignal(kiosk.idle_reset, timeout=3000):
        pass
    assert window.current_section() == "overview"
    assert window.search_box.field.text() == ""
    assert not window.search_box.panel.isVisible()
    assert font_scale.current(app) == kiosk.config.font_scale
    moved = [
        area.objectName() or type(area).__name__
        for area in _scroll_areas(window)
        for bar in (area.verticalScrollBar(), area.horizontalScrollBar())
        if bar.value() != bar.minimum()
    ]
    assert moved == []
    assert kiosk.is_home_and_clean()
    with qtbot.assertNotEmitted(kiosk.idle_reset, wait=700):  # clean now: no second reset
        pass


def test_idle_reset_puts_the_partners_back_in_their_order(kiosk_window, qtbot, make_kiosk) -> None:  # type: ignore[no-untyped-def]
    from gui.roster.partner_table_model import PartnerTableModel

    kiosk = make_kiosk(idle_timeout_seconds=0.4, attract_interval_seconds=0)
    window = kiosk_window
    window.show_section("partners")
    table = window.pane("partners").table
    header = table.horizontalHeader()

    def names() -> list[str]:
        model = table.model()
        return [model.index(r, PartnerTableModel.COL_NAME).data() for r in range(model.rowCount())]

    default_sort = (header.sortIndicatorSection(), header.sortIndicatorOrder())
    default_order = names()
    # A visitor taps the Name header twice: sorted by name, descending.
    _click_header(qtbot, table, PartnerTableModel.COL_NAME)
    _click_header(qtbot, table, PartnerTableModel.COL_NAME)
    assert header.sortIndicatorSection() == PartnerTableModel.COL_NAME
    assert names() != default_order
    assert not kiosk.is_home_and_clean()
    with qtbot.waitSignal(kiosk.idle_reset, timeout=3000):
        pass
    assert (header.sortIndicatorSection(), header.sortIndicatorOrder()) == default_sort
    assert names() == default_order
    assert kiosk.is_home_and_clean()


def test_a_touch_screen_tap_wakes_the_kiosk_and_does_nothing_else(
    kiosk_window, qtbot, make_kiosk
) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtTest import QTest

    # Idle again soon after the wake-up, but not before the visitor's own tap.
    kiosk = make_kiosk(idle_timeout_seconds=0.5, attract_order="strategy,partners")
    with qtbot.waitSignal(kiosk.attract.advanced, timeout=3000):
        pass
    nav = kiosk_window.navigation
    rect = nav.visualRect(kiosk_window.sections.index(SECTIONS.index("timeline"), 0))
    where = nav.viewport().mapTo(kiosk_window, rect.center())
    screen = QTest.createTouchDevice()

    def tap() -> None:
        QTest.touchEvent(kiosk_window, screen).press(0, where, kiosk_window)
        QTest.touchEvent(kiosk_window, screen).release(0, where, kiosk_window)

    with qtbot.waitSignal(kiosk.attract.interrupted):
        tap()
    assert kiosk_window.current_section() == "overview"
    assert not kiosk.attract.is_running()
    tap()  # the next tap is the visitor's own
    assert kiosk_window.current_section() == "timeline"


def test_a_touch_screen_acting_as_a_mouse_wakes_the_kiosk_only(
    kiosk_window, qtbot, make_kiosk
) -> None:  # type: ignore[no-untyped-def]
    """Such a screen moves the pointer to the finger, then presses: both are the wake-up."""
    from PySide6.QtTest import QTest

    from gui.kiosk.attract_loop import WAKE_GRACE_MS

    kiosk = make_kiosk(
        idle_timeout_seconds=(WAKE_GRACE_MS + 400) / 1000, attract_order="strategy,partners"
    )
    nav = kiosk_window.navigation
    rect = nav.visualRect(kiosk_window.sections.index(SECTIONS.index("timeline"), 0))
    QTest.mouseMove(kiosk_window, QPoint(kiosk_window.width() - 5, kiosk_window.height() - 5))
    with qtbot.waitSignal(kiosk.attract.advanced, timeout=5000):
        pass
    with qtbot.waitSignal(kiosk.attract.interrupted):
        QTest.mouseMove(nav.viewport(), rect.center())
    qtbot.mouseClick(nav.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert kiosk_window.current_section() == "overview"
    qtbot.wait(WAKE_GRACE_MS + 50)
    qtbot.mouseClick(nav.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert kiosk_window.current_section() == "timeline"


@pytest.fixture
def member_window(app, qtbot, tmp_path):  # type: ignore[no-untyped-def]
    """A window over a bundle that lists a programme's members."""
    from gui.content import load_bundle
    from gui.content.synthetic import write_bundle
    from tests.windows import shown_window

    with shown_window(load_bundle(write_bundle(tmp_path, partners=9, members=300)), qtbot) as win:
        yield win


def test_idle_reset_puts_the_members_back_in_the_bundles_order(
    member_window, qtbot, make_kiosk
) -> None:  # type: ignore[no-untyped-def]
    from gui.roster.member_table_model import MemberTableModel

    kiosk = make_kiosk(window=member_window, idle_timeout_seconds=0.4, attract_interval_seconds=0)
    member_window.show_section("programme")
    pane = member_window.pane("programme")
    members = pane.members
    assert members is not None
    table = members.table
    pane.ensureWidgetVisible(table)  # the visitor scrolls down to the members

    def names() -> list[str]:
        return [table.model().index(r, MemberTableModel.COL_NAME).data() for r in range(20)]

    bundle_order = names()
    _click_header(qtbot, table, MemberTableModel.COL_NAME)
    _click_header(qtbot, table, MemberTableModel.COL_NAME)
    assert names() != bundle_order
    assert not kiosk.is_home_and_clean()
    with qtbot.waitSignal(kiosk.idle_reset, timeout=3000):
        pass
    assert names() == bundle_order
    assert table.horizontalHeader().sortIndicatorSection() == -1
    assert kiosk.is_home_and_clean()


def test_the_attract_loop_shows_no_focus_ring(kiosk_window, qtbot, make_kiosk) -> None:  # type: ignore[no-untyped-def]
    """Nobody is at the screen: no control holds the keyboard, and the chosen section is
    filled, not ringed (a ring on the sidebar through the loop looked like a stuck key)."""
    kiosk = make_kiosk(idle_timeout_seconds=0.5, attract_order="overview,strategy,partners")
    activate(qtbot, kiosk_window)
    field = kiosk_window.search_box.field
    qtbot.mouseClick(field, Qt.MouseButton.LeftButton)  # a visitor's last tap, before idling
    assert field.hasFocus()
    qtbot.waitUntil(kiosk.attract.is_running, timeout=3000)
    with qtbot.waitSignal(kiosk.attract.advanced, timeout=3000):
        pass
    QApplication.processEvents()
    focus = QApplication.focusWidget()
    assert focus is None or focus is kiosk_window
    nav = kiosk_window.navigation
    rect = nav.visualRect(nav.currentIndex())
    image = nav.viewport().grab().toImage()
    accent = QColor(kiosk_window.theme.accent)
    edge = image.pixelColor(rect.left() + 1, rect.center().y())
    assert (
        max(
            abs(edge.red() - accent.red()),
            abs(edge.green() - accent.green()),
            abs(edge.blue() - accent.blue()),
        )
        > 60
    )  # the margin outside the fill, not a ring in the accent


def test_a_kiosk_starts_with_no_control_focused(kiosk_window, qtbot, make_kiosk) -> None:  # type: ignore[no-untyped-def]
    """The kiosk's reset at start puts the focus on the window, not on the section list,
    which showed a ring before anyone had touched the screen."""
    kiosk_window.navigation.setFocus(Qt.FocusReason.OtherFocusReason)
    make_kiosk(idle_timeout_seconds=5)
    activate(qtbot, kiosk_window)
    qtbot.wait(20)
    assert not kiosk_window.navigation.hasFocus()
    focus = QApplication.focusWidget()
    assert focus is None or focus is kiosk_window
