"""Touch: kinetic scrolling on every scrolling page, big targets, a larger font, no zoom."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QApplication,
    QPushButton,
    QScroller,
    QToolButton,
)

from gui.kiosk.touch import scrolling_areas
from gui.theming import font_scale


def test_every_scrolling_page_scrolls_kinetically(kiosk_window, make_kiosk, qtbot) -> None:  # type: ignore[no-untyped-def]
    make_kiosk()
    list(kiosk_window.panes.values())  # panes built after the kiosk started are hooked too
    areas = scrolling_areas(kiosk_window)
    # Hooked once the event that built them is delivered (a queued call).
    qtbot.waitUntil(lambda: all(QScroller.hasScroller(a.viewport()) for a in areas))
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


def _undersized(root, window) -> list[str]:  # type: ignore[no-untyped-def]
    """Every visible thing a finger can tap under `root` that is smaller than 44×44 px."""
    from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QComboBox, QLineEdit

    from gui.kiosk.touch import TOUCH_TARGET_PX as PX

    small = []
    for kind in (QAbstractButton, QLineEdit, QComboBox):
        for widget in root.findChildren(kind):
            if widget.isVisibleTo(window) and (widget.width() < PX or widget.height() < PX):
                name = widget.objectName() or widget.parent().objectName()
                small.append(f"{type(widget).__name__} {name} {widget.width()}x{widget.height()}")
    for view in root.findChildren(QAbstractItemView):
        model = view.model()
        if not view.isVisibleTo(window) or model is None or model.rowCount() == 0:
            continue
        if view.metaObject().className() == "QHeaderView":
            if view.height() < PX:
                small.append(f"header of {view.parent().objectName()} {view.height()} high")
            continue
        rows = [model.index(row, 0) for row in range(min(model.rowCount(), 5))]
        rows += [
            model.index(r, 0, parent) for parent in rows for r in range(model.rowCount(parent))
        ]
        for index in rows:  # the first rows, and in a tree (search results) their children
            rect = view.visualRect(index)
            tappable = model.flags(index) & Qt.ItemFlag.ItemIsSelectable  # not a heading
            if tappable and rect.isValid() and rect.height() < PX:
                small.append(f"row {index.row()} of {view.objectName()} {rect.height()} high")
    return small


def test_every_touch_target_is_44_px_at_the_kiosk_scale(kiosk_window, make_kiosk, qtbot) -> None:  # type: ignore[no-untyped-def]
    from gui.content import SECTIONS
    from gui.kiosk.kiosk_config import KioskConfig

    kiosk = make_kiosk(font_scale=KioskConfig().font_scale)  # the kiosk's own, 1.25
    window = kiosk_window
    window.pane("partners").filter_edit.setText("a")  # its clear button shows
    window.search_box.field.setText("xiaomi")  # so does the search field's
    assert window.search_box.field.findChildren(QToolButton)
    problems = []
    for section in SECTIONS:
        window.show_section(section)
        qtbot.wait(20)  # laid out at the kiosk's font
        problems += [f"{section}: {p}" for p in _undersized(window.panes[section], window)]
    window.search_box.run_search()
    qtbot.waitUntil(window.search_box.panel.isVisible, timeout=1000)
    problems += [f"search: {p}" for p in _undersized(window.search_box, window)]
    problems += [f"search results: {p}" for p in _undersized(window.search_box.panel, window)]
    problems += [f"sidebar: {p}" for p in _undersized(window.navigation, window)]
    kiosk.reset_to_home(force=True)
    assert problems == [], "\n".join(problems)


def _glyph_is_small(picture_icon) -> bool:  # type: ignore[no-untyped-def]
    picture = picture_icon.pixmap(42).toImage()
    drawn = [
        (x, y)
        for y in range(picture.height())
        for x in range(picture.width())
        if picture.pixelColor(x, y).alpha() > 0
    ]
    xs, ys = [x for x, _ in drawn], [y for _, y in drawn]
    return max(xs) - min(xs) < 24 and max(ys) - min(ys) < 24


def test_text_fields_clear_buttons_are_touch_targets_and_given_back(
    kiosk_window, make_kiosk, qtbot
) -> None:  # type: ignore[no-untyped-def]
    from gui.theming.resources import icon

    edit = kiosk_window.pane("partners").filter_edit
    kiosk_window.show_section("partners")
    edit.setText("lu")

    def clear_buttons() -> list[QToolButton]:
        return [b for b in edit.findChildren(QToolButton) if b.isVisibleTo(kiosk_window)]

    assert clear_buttons()
    desktop = {(b.width(), b.height()) for b in clear_buttons()}
    assert all(w < 44 for w, _h in desktop)  # the desktop's is small
    kiosk = make_kiosk()
    assert edit.text() == ""  # the kiosk starts clean
    kiosk_window.show_section("partners")
    qtbot.waitUntil(lambda: len(clear_buttons()) == 1)  # the filter glyph alone
    qtbot.keyClicks(edit, "lu")
    assert len(clear_buttons()) == 2
    qtbot.waitUntil(lambda: all(b.width() >= 44 and b.height() >= 44 for b in clear_buttons()))
    # The glyphs in them keep their size: only the transparent margin around them grew,
    # also for a glyph the pane sets anew (as on a theme change).
    assert all(_glyph_is_small(b.icon()) for b in clear_buttons())
    edit.actions()[0].setIcon(icon("filter", "#000000"))
    assert all(_glyph_is_small(b.icon()) for b in clear_buttons())
    clear = max(clear_buttons(), key=lambda b: b.x())  # the glyph leads, the × trails
    qtbot.mouseClick(clear, Qt.MouseButton.LeftButton)
    assert edit.text() == ""  # and it still clears
    kiosk.uninstall()
    edit.setText("lu")
    qtbot.waitUntil(lambda: {(b.width(), b.height()) for b in clear_buttons()} == desktop)
    edit.clear()


def test_zoom_keys_do_not_zoom(app, kiosk_window, make_kiosk, qtbot) -> None:  # type: ignore[no-untyped-def]
    kiosk = make_kiosk()
    before = font_scale.current(app)
    ctrl = Qt.KeyboardModifier.ControlModifier
    for key, modifiers in (
        (Qt.Key.Key_Plus, ctrl),
        (Qt.Key.Key_Equal, ctrl),
        (Qt.Key.Key_Plus, ctrl | Qt.KeyboardModifier.ShiftModifier),
        (Qt.Key.Key_Minus, ctrl),
        (Qt.Key.Key_0, ctrl),
    ):
        with qtbot.waitSignal(kiosk.lockdown.refused):
            qtbot.keyClick(kiosk_window, key, modifiers)
        assert font_scale.current(app) == before


def test_rows_sized_to_their_contents_are_touch_targets_too(qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QHeaderView, QTableView, QVBoxLayout, QWidget

    from gui.kiosk.touch import TOUCH_TARGET_PX, set_min_row_height

    model = QStandardItemModel(3, 1)
    for row in range(3):
        model.setItem(row, 0, QStandardItem("x"))
    page = QWidget()
    qtbot.addWidget(page)
    table = QTableView()
    table.setModel(model)
    QVBoxLayout(page).addWidget(table)
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.verticalHeader().setMinimumSectionSize(10)
    page.show()
    qtbot.waitExposed(page)
    assert table.rowHeight(0) < TOUCH_TARGET_PX  # one short line: smaller than a finger
    set_min_row_height(page, TOUCH_TARGET_PX)
    qtbot.waitUntil(lambda: table.rowHeight(0) >= TOUCH_TARGET_PX, timeout=1000)
    assert all(table.rowHeight(row) >= TOUCH_TARGET_PX for row in range(3))
