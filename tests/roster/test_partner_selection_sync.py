"""The details show the partner selected in the roster, whatever the filter or the
language does: never a partner's details beside a roster that no longer shows them."""

from __future__ import annotations

from gui.views.main_window import MainWindow


def test_filtering_the_selected_partner_away_empties_the_details(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.resize(1920, 1080)
    assert window.open_ref("partner:lu-weibing")
    pane = window.pane("partners")
    assert pane.detail.partner is not None
    pane.filter_edit.setText("Lei Jun")
    qtbot.wait(10)
    assert pane.proxy.rowCount() == 1
    assert not pane.table.selectionModel().hasSelection()
    assert pane.detail.partner is None


def test_clearing_the_filter_brings_the_selection_back(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.resize(1920, 1080)
    assert window.open_ref("partner:lu-weibing")
    pane = window.pane("partners")
    pane.filter_edit.setText("Lei Jun")
    qtbot.wait(10)
    pane.filter_edit.clear()
    qtbot.wait(10)
    rows = pane.table.selectionModel().selectedRows()
    assert [r.data() for r in rows] == ["Lu Weibing"]
    assert pane.selected_partner_id() == "lu-weibing"


def test_a_filter_that_keeps_the_partner_keeps_the_details(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.resize(1920, 1080)
    assert window.open_ref("partner:lu-weibing")
    pane = window.pane("partners")
    pane.filter_edit.setText("Lu")
    qtbot.wait(10)
    assert pane.selected_partner_id() == "lu-weibing"
    assert pane.table.selectionModel().hasSelection()


def test_switching_language_from_the_menu_keeps_the_selected_partner(ui, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = ui.window
    window.resize(1920, 1080)
    window.navigate("partners")
    pane = window.pane("partners")
    row = pane.proxy.index(4, 0)
    pane.table.selectRow(row.row())  # chosen in the roster, not opened from a link
    chosen = pane.selected_partner_id()
    assert chosen is not None
    try:
        ui.menu.language_actions["zh_CN"].trigger()
        qtbot.wait(10)
        rebuilt = window.pane("partners")
        assert rebuilt is not pane
        assert rebuilt.selected_partner_id() == chosen
        assert rebuilt.table.selectionModel().hasSelection()
    finally:
        ui.menu.language_actions["en"].trigger()
