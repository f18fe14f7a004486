"""Ctrl+plus eight times, then Ctrl+0: everything is back at its 100 % size."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QToolButton

from gui.views.main_window import MainWindow
from tests.windows import settle


def _sizes(window: MainWindow) -> dict[str, object]:
    pane = window.pane("partners")
    table = pane.table
    return {
        "row": table.verticalHeader().defaultSectionSize(),
        "rows": [table.rowHeight(r) for r in range(table.model().rowCount())],
        "avatar": pane.detail.avatar.size(),
    }


def _zoom(window: MainWindow, qtbot, key: Qt.Key, times: int = 1) -> None:  # type: ignore[no-untyped-def]
    for _ in range(times):
        qtbot.keyClick(window, key, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot)


def _icon_width(edit: QLineEdit) -> int:
    # The leading icon and the clear button (hidden while the field is empty) alike.
    return max(b.width() for b in edit.findChildren(QToolButton))


def test_zoom_in_eight_times_then_reset(ui, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = ui.window
    window.activateWindow()
    assert window.open_ref("partner:lu-weibing")
    settle(qtbot)
    before = _sizes(window)
    search = window.search_box.field
    filter_edit = window.pane("partners").filter_edit
    icons = (_icon_width(search), _icon_width(filter_edit))
    _zoom(window, qtbot, Qt.Key.Key_Equal, 8)
    zoomed = _sizes(window)
    assert zoomed["row"] > before["row"]
    assert zoomed["avatar"].width() > before["avatar"].width()  # type: ignore[attr-defined]
    # The field icons grow with the text.
    assert _icon_width(search) > icons[0]
    assert _icon_width(filter_edit) > icons[1]
    _zoom(window, qtbot, Qt.Key.Key_0)
    assert _sizes(window) == before
    assert (_icon_width(search), _icon_width(filter_edit)) == icons


@pytest.mark.parametrize("size", [(1024, 768), (1280, 800), (1440, 900), (1920, 1080)])
def test_a_name_never_breaks_inside(ui, qtbot, app, size) -> None:  # type: ignore[no-untyped-def]
    from gui.theming.styling import set_font_scale

    window = ui.window
    window.resize(*size)
    set_font_scale(app, 2.0)
    try:
        assert window.open_ref("partner:lu-weibing")
        settle(qtbot)
        label = window.pane("partners").detail.name_label
        assert label is not None
        lines = label.height() // label.fontMetrics().lineSpacing()
        assert lines == 1, "the name broke across lines"
        assert label.accessibleName() == "Lu Weibing"
    finally:
        set_font_scale(app, 1.0)


def test_the_detail_avatar_follows_the_zoom(ui, qtbot, app) -> None:  # type: ignore[no-untyped-def]
    from gui.theming.styling import set_font_scale

    window = ui.window
    assert window.open_ref("partner:lu-weibing")
    settle(qtbot)
    avatar = window.pane("partners").detail.avatar
    assert avatar.size() == QSize(72, 72)
    set_font_scale(app, 1.5)
    try:
        settle(qtbot)
        assert avatar.size() == QSize(108, 108)
    finally:
        set_font_scale(app, 1.0)
    settle(qtbot)
    assert avatar.size() == QSize(72, 72)


def test_a_name_stays_whole_in_a_narrow_panel(ui, qtbot, app) -> None:  # type: ignore[no-untyped-def]
    """At 200 % in a narrow details panel the name wrapped to "Lu" above "Weibing"."""
    from gui.theming.styling import set_font_scale

    window = ui.window
    set_font_scale(app, 2.0)
    try:
        assert window.open_ref("partner:lu-weibing")
        detail = window.pane("partners").detail
        detail.setFixedWidth(520)
        settle(qtbot)
        label = detail.name_label
        assert label is not None
        assert label.height() < 2 * label.fontMetrics().lineSpacing(), "the name broke"
    finally:
        detail.setMinimumWidth(0)
        detail.setMaximumWidth(16777215)
        set_font_scale(app, 1.0)


def test_a_date_and_its_suffix_stay_on_one_line(ui, qtbot, app) -> None:  # type: ignore[no-untyped-def]
    """ "2020年8月16日加入" in a narrow details panel: never "…加" above "入"."""
    from gui.desktop.i18n import translations

    window = ui.window
    translations().switch("zh_CN")
    settle(qtbot)  # the panes are rebuilt in Chinese
    try:
        assert window.open_ref("partner:lu-weibing")
        detail = window.pane("partners").detail
        detail.setFixedWidth(230)
        settle(qtbot)
        label = detail.findChild(QLabel, "cohort-2020")
        assert label is not None
        assert label.text() == "2020年8月16日加入"
        assert label.height() < 2 * label.fontMetrics().lineSpacing()
        assert not label.wordWrap()
    finally:
        translations().switch("en")
