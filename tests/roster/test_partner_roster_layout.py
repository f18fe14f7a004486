"""The partner roster and a partner's details share the room without cutting anything off:
every column in view, every role whole, at the window sizes people use."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QApplication, QStyle

from gui.models.roles import ItemRole
from gui.roster.partner_table_model import PartnerTableModel


def _role_lines_fit(table) -> list[str]:  # type: ignore[no-untyped-def]
    """The roles whose wrapped text is taller than their row (Qt would end them in "…")."""
    model = table.model()
    width = table.columnWidth(PartnerTableModel.COL_ROLE)
    margin = table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, table) + 1
    metrics = table.fontMetrics()
    cut = []
    for row in range(model.rowCount()):
        text = model.index(row, PartnerTableModel.COL_ROLE).data()
        if table.wordWrap():
            needed = metrics.boundingRect(
                QRect(0, 0, width - 2 * margin, 100_000), int(Qt.TextFlag.TextWordWrap), text
            ).height()
            if needed > table.rowHeight(row):
                cut.append(text)
        elif metrics.horizontalAdvance(text) > width - 2 * margin:
            cut.append(text)
    return cut


SIZES = [(800, 600), (1024, 600), (1024, 768), (1280, 800), (1920, 1080), (1080, 1920)]


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("partner", [None, "liu-de", "lu-weibing"])
def test_nothing_in_the_roster_is_cut_off(window, qtbot, size, partner) -> None:  # type: ignore[no-untyped-def]
    window.resize(*size)
    assert window.open_ref(f"partner:{partner}" if partner else "partners")
    pane = window.pane("partners")
    qtbot.wait(10)
    if partner:
        pane.close_details()  # where the details were a page of their own
        qtbot.wait(10)
    table = pane.table
    # Every column is in view: a long partner's details squeezed the roster at 1280×800
    # until Cohort and Partner since scrolled out of sight.
    assert table.horizontalScrollBar().maximum() == 0
    header = table.horizontalHeader()
    assert header.length() <= table.viewport().width()
    assert _role_lines_fit(table) == []


def test_the_roster_gets_the_larger_share_side_by_side(app, qtbot, content) -> None:  # type: ignore[no-untyped-def]
    """As `--show partner:liu-de` starts: the partner is shown before the first paint, when
    QSplitter would share the room by size hints, and his details would win."""
    from gui.application import create_main_window

    win = create_main_window(content)
    qtbot.addWidget(win)
    win.resize(1280, 800)
    assert win.open_ref("partner:liu-de")
    win.show()
    qtbot.waitExposed(win)
    pane = win.pane("partners")
    assert pane.splitter.orientation() == Qt.Orientation.Horizontal
    roster, detail = pane.splitter.sizes()
    assert roster > detail
    assert pane.table.horizontalScrollBar().maximum() == 0


def test_roles_take_one_line_on_a_wide_screen(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.resize(1920, 1080)
    assert window.open_ref("partner:liu-de")
    pane = window.pane("partners")
    qtbot.wait(10)
    one_line = pane.table.verticalHeader().defaultSectionSize()
    assert [pane.table.rowHeight(r) for r in range(pane.proxy.rowCount())] == [one_line] * 9


def test_the_user_can_move_the_divider_and_it_stays(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.resize(1920, 1080)
    assert window.open_ref("partner:lin-bin")
    pane = window.pane("partners")
    qtbot.wait(10)
    splitter = pane.splitter
    before = splitter.sizes()
    handle = splitter.handle(1)
    start = QPoint(handle.width() // 2, handle.height() // 2)
    qtbot.mousePress(handle, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(handle, start + QPoint(150, 0))
    qtbot.mouseRelease(handle, Qt.MouseButton.LeftButton, pos=start + QPoint(150, 0))
    moved = splitter.sizes()
    assert moved[0] > before[0] + 100
    window.resize(1900, 1080)
    qtbot.wait(10)
    # Not pulled back to three fifths: the roster keeps the width the user gave it, but
    # for its share of the 20 pixels the window lost.
    assert splitter.sizes()[0] > before[0] + 80


def test_details_scroll_only_when_they_do_not_fit(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    pane = window.pane("partners")
    scroll = pane.detail.verticalScrollBar()
    assert window.open_ref("partner:liu-de")  # short details, side by side at 1280×800
    qtbot.wait(200)  # every layout request handled: what scrolls now stays so
    body = pane.detail.widget()
    assert body.heightForWidth(body.width()) < pane.detail.viewport().height()
    # A few wrapped lines at their narrowest once made this scroll by 9 pixels.
    assert scroll.maximum() == 0
    window.resize(1024, 768)  # stacked: Lu Weibing's details need scrolling
    assert window.open_ref("partner:lu-weibing")
    qtbot.waitUntil(lambda: scroll.maximum() > 0)
    scroll.setValue(scroll.maximum())
    body = pane.detail.widget()
    last = body.layout().itemAt(body.layout().count() - 2).widget()  # "Mentioned in" links
    bottom = last.mapTo(pane.detail.viewport(), QPoint(0, last.height()))
    assert bottom.y() <= pane.detail.viewport().height()


@pytest.mark.parametrize("size", [(800, 600), (1024, 600), (1280, 800)])
def test_no_sideways_scrolling_at_200_percent(window, app, qtbot, size) -> None:  # type: ignore[no-untyped-def]
    """At 200 % the roster scrolled sideways; it drops columns by priority instead."""
    from gui.theming.styling import set_font_scale

    window.resize(*size)
    set_font_scale(app, 2.0)
    try:
        window.navigate("partners")
        pane = window.pane("partners")
        qtbot.wait(20)
        table = pane.table
        assert table.horizontalScrollBar().maximum() == 0
        assert table.horizontalHeader().length() <= table.viewport().width()
        assert pane.horizontalScrollBar().maximum() == 0
        header = table.horizontalHeader()
        assert not header.isSectionHidden(PartnerTableModel.COL_NAME)
        assert not header.isSectionHidden(PartnerTableModel.COL_ROLE)
    finally:
        set_font_scale(app, 1.0)


def test_a_narrow_roster_drops_columns_by_priority(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.resize(800, 600)
    window.navigate("partners")
    pane = window.pane("partners")
    qtbot.wait(20)
    header = pane.table.horizontalHeader()
    # The Chinese name goes first, to a second line under the name; the date stays.
    assert header.isSectionHidden(PartnerTableModel.COL_NAME_ZH)
    assert pane.table.itemDelegateForColumn(PartnerTableModel.COL_NAME).show_name_zh
    assert not header.isSectionHidden(PartnerTableModel.COL_SINCE)
    window.resize(1920, 1080)
    qtbot.wait(20)
    assert not header.isSectionHidden(PartnerTableModel.COL_NAME_ZH)
    assert not pane.table.itemDelegateForColumn(PartnerTableModel.COL_NAME).show_name_zh


def test_founding_is_said_once_per_row(window) -> None:  # type: ignore[no-untyped-def]
    """Cohort "Founding" beside Partner since "Founding" said the same thing twice."""
    header = window.pane("partners").table.horizontalHeader()
    assert header.isSectionHidden(PartnerTableModel.COL_COHORT)


def test_low_window_opens_the_details_as_a_page(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    """At 1024×600 the roster showed three rows above an empty details panel, in a page
    that scrolled too; now the roster has the pane and the details open in its place."""
    from gui.roster.partners_pane import Arrangement

    window.resize(1024, 600)
    window.navigate("partners")
    pane = window.pane("partners")
    qtbot.wait(20)
    assert pane.arrangement == Arrangement.PAGE
    assert not pane.details.isVisible()
    assert pane.verticalScrollBar().maximum() == 0  # only the table scrolls
    assert pane.table.viewport().height() > 5 * pane.table.verticalHeader().defaultSectionSize()
    index = pane.proxy.index(2, PartnerTableModel.COL_ROLE)
    qtbot.mouseClick(
        pane.table.viewport(), Qt.MouseButton.LeftButton, pos=pane.table.visualRect(index).center()
    )
    assert pane.details.isVisible()
    assert not pane.roster.isVisible()
    assert pane.back_button.isVisible()
    assert pane.back_button.accessibleName()
    _assert_icon_as_tall_as_letters(pane.back_button)
    qtbot.wait(QApplication.doubleClickInterval() + 50)  # a new click, not a double click
    qtbot.mouseClick(pane.back_button, Qt.MouseButton.LeftButton)
    assert pane.roster.isVisible()
    assert not pane.details.isVisible()
    assert pane.selected_partner_id() == index.data(ItemRole).id  # still selected


def test_details_as_a_page_get_the_room_of_a_small_zoomed_window(window, app, qtbot) -> None:  # type: ignore[no-untyped-def]
    """At 1024×600 and 200 % the pane's introduction (the as-of note, the partnership
    system and its sources) stayed above the details page and left it one line tall."""
    from gui.roster.partners_pane import Arrangement
    from gui.theming.styling import set_font_scale

    window.resize(1024, 600)
    try:
        set_font_scale(app, 2.0)
        assert window.open_ref("partner:lu-weibing")
        pane = window.pane("partners")
        qtbot.waitUntil(pane.back_button.isVisible)
        assert pane.arrangement == Arrangement.PAGE
        qtbot.waitUntil(lambda: pane.detail.height() >= pane.viewport().height() // 3)
        assert not pane.as_of.isVisible()
        assert not pane.system_sources.isVisible()
        qtbot.mouseClick(pane.back_button, Qt.MouseButton.LeftButton)
        assert pane.as_of.isVisible()  # the roster keeps its introduction
        assert pane.system_sources.isVisible()
    finally:
        set_font_scale(app, 1.0)


def _assert_icon_as_tall_as_letters(button) -> None:  # type: ignore[no-untyped-def]
    letters = button.fontMetrics().height()
    assert 0.7 * letters <= button.iconSize().height() <= letters, (button.iconSize(), letters)


def test_the_way_back_to_the_roster_grows_with_the_zoom(window, app, qtbot) -> None:  # type: ignore[no-untyped-def]
    """At 200 % the back button's arrow stayed at 16 px beside letters twice as tall."""
    from gui.theming.styling import set_font_scale

    window.resize(1024, 600)
    assert window.open_ref("partner:lu-weibing")
    pane = window.pane("partners")
    qtbot.waitUntil(pane.back_button.isVisible)
    before = pane.back_button.iconSize().height()
    try:
        set_font_scale(app, 2.0)
        qtbot.waitUntil(lambda: pane.back_button.iconSize().height() > 1.5 * before)
        _assert_icon_as_tall_as_letters(pane.back_button)
    finally:
        set_font_scale(app, 1.0)
    qtbot.waitUntil(lambda: pane.back_button.iconSize().height() == before)


def test_portrait_puts_the_details_below(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    from gui.roster.partners_pane import Arrangement

    window.resize(1080, 1920)
    assert window.open_ref("partner:lu-weibing")
    pane = window.pane("partners")
    qtbot.wait(20)
    assert pane.arrangement == Arrangement.BELOW
    assert pane.roster.isVisible()
    assert pane.details.isVisible()
    assert pane.details.y() > pane.roster.y()


def test_a_new_count_never_resizes_the_cohort_chooser(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.resize(1280, 800)
    window.navigate("partners")
    pane = window.pane("partners")
    qtbot.wait(20)
    width = pane.cohort_combo.width()
    for text in ("Lu", "zzzz", ""):
        pane.filter_edit.setText(text)
        qtbot.wait(20)
        assert pane.cohort_combo.width() == width, pane.count_label.text()
