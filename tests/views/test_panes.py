"""Panes driven as a user would: select, type, click a source, follow a link."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QLabel, QPushButton

from gui.roster.partner_table_model import PartnerTableModel


def _labels(widget) -> list[str]:  # type: ignore[no-untyped-def]
    # A name keeps its words together with no-break spaces; read as a reader hears it.
    return [
        label.text().replace("\u00a0", " ")
        for label in widget.findChildren(QLabel)
        if label.isVisibleTo(widget)
    ]


def _click_row(qtbot, table, name: str) -> None:  # type: ignore[no-untyped-def]
    model = table.model()
    row = next(r for r in range(model.rowCount()) if model.index(r, 0).data() == name)
    rect = table.visualRect(model.index(row, PartnerTableModel.COL_ROLE))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_selecting_a_partner_shows_every_fact_with_sources(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.navigate("partners")
    pane = window.pane("partners")
    assert "Select a partner to see their details." in _labels(pane.detail)
    _click_row(qtbot, pane.table, "Lu Weibing")
    qtbot.waitUntil(lambda: "Lu Weibing" in _labels(pane.detail))
    shown = _labels(pane.detail)
    assert "Lu Weibing" in shown
    assert "卢伟冰" in shown
    # Our clean role, dated, with the article's wording quoted beneath it.
    assert "Role as of 16 August 2020" in shown
    assert "As the source words it: “Group VP and general manager”" in shown
    assert "Group VP; President of China Region; General Manager of the Redmi brand" in shown
    assert "16 August 2020" in shown
    # What came after, apart and dated.
    assert "What came after" in shown
    assert "22 December 2022" in shown
    assert "January 2019" in shown
    buttons = [
        b.text()
        for b in pane.detail.findChildren(QPushButton)
        if b.objectName() == "citationButton"
    ]
    assert "Article ¶10" in buttons
    assert "twhosting.com" in buttons


def test_typing_in_the_filter_shrinks_the_roster(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.navigate("partners")
    pane = window.pane("partners")
    assert pane.table.model().rowCount() == 9
    assert pane.count_label.text() == "9 partners"
    qtbot.keyClicks(pane.filter_edit, "wang")
    assert pane.table.model().rowCount() == 2
    assert pane.count_label.text() == "2 of 9 shown"
    qtbot.keyClicks(pane.filter_edit, " xiang")
    assert pane.table.model().rowCount() == 1
    pane.filter_edit.clear()
    qtbot.keyClicks(pane.filter_edit, "nobody at all")
    assert pane.table.model().rowCount() == 0
    assert pane.count_label.text() == "No partner matches"


def test_cohort_filter(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.navigate("partners")
    pane = window.pane("partners")
    combo = pane.cohort_combo
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert combo.currentData() == "founding"
    assert pane.table.model().rowCount() == 5
    qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert combo.currentData() == "2020"
    names = {pane.table.model().index(r, 0).data() for r in range(pane.table.model().rowCount())}
    assert names == {"Wang Xiang", "Chew Shou Zi", "Zhang Feng", "Lu Weibing"}


def test_clicking_a_header_sorts(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.navigate("partners")
    table = window.pane("partners").table
    header = table.horizontalHeader()
    x = header.sectionViewportPosition(PartnerTableModel.COL_NAME) + 10
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    names = [table.model().index(r, 0).data() for r in range(9)]
    assert names == sorted(names)


def test_partner_source_button_opens_the_sentence(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.navigate("partners")
    pane = window.pane("partners")
    _click_row(qtbot, pane.table, "Chew Shou Zi")
    button = next(b for b in pane.detail.findChildren(QPushButton) if b.text() == "Article ¶10")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert window.current_section() == "sources"
    sources = window.pane("sources")
    assert sources.highlighted == "s13"
    assert "Chew Shou Zi" in sources.highlighted_text()
    # The highlighted sentence is scrolled into view.
    text = sources.text
    cursor_rect = text.cursorRect()
    assert text.viewport().rect().intersects(cursor_rect)


def test_keyboard_opens_a_partner_source(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.navigate("partners")
    pane = window.pane("partners")
    pane.table.setFocus()
    qtbot.keyClick(pane.table, Qt.Key.Key_Down)
    qtbot.keyClick(pane.table, Qt.Key.Key_Up)  # back to the first row: Lei Jun
    assert pane.selected_partner_id() == "lei-jun"
    button = next(
        b for b in pane.detail.findChildren(QPushButton) if b.objectName() == "citationButton"
    )
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_Space)
    assert window.current_section() == "sources"


def test_timeline_event_links_to_what_it_is_about(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.navigate("timeline")
    pane = window.pane("timeline")
    row = pane.model.row_of("event:2020-08-16")
    rect = pane.view.visualRect(pane.model.index(row, 0))
    qtbot.mouseClick(pane.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    labels = [b.text() for b in pane.links]
    assert labels == [
        "Mobile × AIoT",
        "Wang Xiang",
        "Chew Shou Zi",
        "Zhang Feng",
        "Lu Weibing",
        "New Decade Entrepreneur Programme",
    ]
    qtbot.mouseClick(pane.links[4], Qt.MouseButton.LeftButton)
    assert window.current_section() == "partners"
    assert window.pane("partners").selected_partner_id() == "lu-weibing"


def test_events_are_listed_in_date_order(window) -> None:  # type: ignore[no-untyped-def]
    model = window.pane("timeline").model
    refs = [model.card(r).ref for r in range(model.rowCount())]
    assert refs == [
        "event:2019-01-11",
        "event:2020-01-02",
        "event:2020-08-11",
        "event:2020-08-16",
        "event:2021-03-24",
        "event:2021-07-06",
        "event:2022-03",
        "event:2022-12-22",
        "event:2023-10-26",
    ]


def test_sources_pane_lists_secondary_sources(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.navigate("sources")
    pane = window.pane("sources")
    assert pane.source.id == "article"
    assert pane.text.isVisible()
    row = pane.model.row_of("entelechyasia")
    pane.list.scrollTo(pane.model.index(row, 0))
    rect = pane.list.visualRect(pane.model.index(row, 0))
    qtbot.mouseClick(pane.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert pane.source.id == "entelechyasia"
    assert pane.meta.text() == "entelechyasia.com · 19 August 2020 · English · Secondary source"
    assert not pane.text.isVisible()
    assert pane.no_text.isVisible()


def test_article_text_is_complete_and_plain(window, content) -> None:  # type: ignore[no-untyped-def]
    window.navigate("sources")
    pane = window.pane("sources")
    text = pane.text.toPlainText()
    for sentence in content.source("article").sentences:
        assert sentence.text in text
    assert pane.text.document().toHtml().count("<a ") == 0


def test_strategy_pane_shows_names_and_quotes(window) -> None:  # type: ignore[no-untyped-def]
    window.navigate("strategy")
    pane = window.pane("strategy")
    shown = _labels(pane)
    assert "Mobile × AIoT" in shown
    assert "手机×AIoT" in shown
    assert pane.statements.model().rowCount() == 7
    quotes = pane.quotes.model()
    assert quotes.card(0).title.startswith("“Smartphones are the core business")
    assert pane.diagram.isVisible()


def test_programme_pane_shows_the_hundred_and_the_batches(window) -> None:  # type: ignore[no-untyped-def]
    window.navigate("programme")
    pane = window.pane("programme")
    assert pane.figure.text() == "100"
    assert "新十年创业者计划" in _labels(pane)
    batches = pane.batches.model()
    assert batches.rowCount() == 2
    assert "119,650,000 shares" in batches.card(0).subtitle
    assert "4,931 people" in batches.card(1).subtitle


def test_show_target_selects_a_programme_batch(window) -> None:  # type: ignore[no-untyped-def]
    assert window.open_ref("batch:2022-03")
    pane = window.pane("programme")
    assert pane.batches.currentIndex().row() == 1


def test_programme_pane_says_who_how_what_and_why(window) -> None:  # type: ignore[no-untyped-def]
    window.navigate("programme")
    pane = window.pane("programme")
    cards = [pane.facts.model().card(r) for r in range(pane.facts.model().rowCount())]
    assert [c.title for c in cards] == [
        "Who is selected",
        "How they are chosen (2020 article)",
        "How they are chosen (2021 grant)",
        "The reward",
        "The aim",
    ]
    assert all(c.citations for c in cards)
    assert "100 young employees" in cards[0].text
    assert "early-stage entrepreneurs" in cards[3].text


def test_strategy_diagram_shows_the_upgrade_from_plus_to_times(window) -> None:  # type: ignore[no-untyped-def]
    window.navigate("strategy")
    diagram = window.pane("strategy").diagram
    assert diagram.accessibleDescription() == (
        "From Smartphone + AIoT to Mobile × AIoT: the two businesses now multiply instead of add."
    )
    image = diagram.grab().toImage()
    assert (
        len(
            {
                image.pixel(x, y)
                for x in range(0, image.width(), 5)
                for y in range(0, image.height(), 5)
            }
        )
        > 20
    )
