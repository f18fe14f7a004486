"""Touch: kinetic scrolling on every scrolling page, big targets, a larger font, no zoom."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QPushButton, QScroller

from gui import font_scale
from gui.kiosk.touch import scrolling_areas


def test_every_scrolling_page_scrolls_kinetically(kiosk_window, make_kiosk) -> None:  # type: ignore[no-untyped-def]
    make_kiosk()
    list(kiosk_window.panes.values())  # panes built after the kiosk started are hooked too
    areas = scrolling_areas(kiosk_window)
    assert set(kiosk_window.panes.values()) <= set(areas)
    assert kiosk_window.pane("partners").table in areas
    for area in kiosk_window.findChildren(QAbstractScrollArea):
        grabbed = QScroller.hasScroller(area.viewport())
        assert grabbed == (area in areas), area.objectName()


def test_touch_targets_are_at_least_44_px(kiosk_window, make_kiosk, qtbot) -> None:  # type: ignore[no-untyped-def]
    make_kiosk()
    partners = kiosk_window.pane("partners")
    kiosk_window.show_section("partners")
    qtbot.waitUntil(lambda: partners.filter_edit.height() >= 44, timeout=1000)
    assert partners.cohort_combo.height() >= 44
    kiosk_window.show_section("overview")
    buttons = kiosk_window.pane("overview").findChildren(QPushButton)
    assert buttons
    qtbot.waitUntil(lambda: all(b.height() >= 44 for b in buttons if b.isVisible()), timeout=1000)
    nav = kiosk_window.navigation
    assert nav.visualRect(kiosk_window.sections.index(0, 0)).height() >= 44
    table = partners.table
    assert table.rowHeight(0) >= 44
    grid = kiosk_window.pane("overview").highlights  # cards with painted source chips
    card = grid.model().index(0, 0)
    chips = grid.itemDelegate().citation_rects(card, grid.visualRect(card), grid.font())
    assert chips
    assert all(rect.height() >= 44 and rect.width() >= 44 for rect, _citation in chips)


def test_the_font_scale_and_cursor_apply_and_are_given_back(app, make_kiosk) -> None:  # type: ignore[no-untyped-def]
    before = font_scale.current(app)
    kiosk = make_kiosk(font_scale=1.5, hide_cursor=True)
    assert font_scale.current(app) == 1.5
    assert QApplication.overrideCursor().shape() == Qt.CursorShape.BlankCursor
    kiosk.uninstall()
    assert font_scale.current(app) == before
    assert QApplication.overrideCursor() is None


def test_ctrl_wheel_does_not_zoom(app, kiosk_window, make_kiosk) -> None:  # type: ignore[no-untyped-def]
    make_kiosk()
    before = font_scale.current(app)
    viewport = kiosk_window.pane("overview").viewport()
    pos = QPointF(10, 10)
    event = QWheelEvent(
        pos,
        QPointF(viewport.mapToGlobal(QPoint(10, 10))),
        QPoint(0, 0),
        QPoint(0, 120),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.ControlModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    assert QApplication.sendEvent(viewport, event)  # taken by the kiosk
    assert font_scale.current(app) == before
