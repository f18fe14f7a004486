"""Every reference leads somewhere, and a selected fact copies with its sources."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication


def _activate_card(qtbot, grid, ref: str) -> None:  # type: ignore[no-untyped-def]
    model = grid.model()
    index = model.index(model.row_of(ref), 0)
    grid.setFocus()
    grid.setCurrentIndex(index)
    qtbot.keyClick(grid, Qt.Key.Key_Return)


def test_enter_on_a_quote_opens_its_speaker(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.navigate("strategy")
    _activate_card(qtbot, window.pane("strategy").quotes, "quote:battlefield")
    assert window.current_section() == "partners"
    assert window.pane("partners").selected_partner_id() == "lei-jun"


def test_enter_on_a_key_idea_opens_its_sentence(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.navigate("strategy")
    _activate_card(qtbot, window.pane("strategy").statements, "statement:multiplier")
    assert window.current_section() == "sources"
    assert window.pane("sources").highlighted == "s9"


def test_double_click_on_a_programme_fact_opens_its_source(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.navigate("programme")
    grid = window.pane("programme").facts
    index = grid.model().index(grid.model().row_of("fact:reward"), 0)
    rect = grid.visualRect(index)
    window.pane("programme").ensureVisible(0, grid.y() + rect.center().y())
    # A real double click starts with a press: QTest's double-click event alone has none.
    qtbot.mouseClick(grid.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(grid.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.current_section() == "sources"
    assert window.pane("sources").highlighted == "s15"


def test_ctrl_c_copies_a_selected_quote_with_its_source(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    QApplication.clipboard().clear()
    window.navigate("strategy")
    grid = window.pane("strategy").quotes
    grid.setFocus()
    grid.setCurrentIndex(grid.model().index(grid.model().row_of("quote:moat"), 0))
    qtbot.keyClick(grid, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    text = QApplication.clipboard().text()
    assert text.startswith("“The AIoT business will become a catalyst")
    assert "— Lei Jun" in text
    assert "Sources: Article ¶8 — “Xiaomi’s CEO Announces Upgraded Core Strategy" in text


def test_ctrl_c_copies_the_selected_partner(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    QApplication.clipboard().clear()
    assert window.open_ref("partner:lu-weibing")
    table = window.pane("partners").table
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    text = QApplication.clipboard().text()
    assert text.splitlines()[0] == "Lu Weibing (卢伟冰)"
    assert "As of 16 August 2020" in text
    assert "Group VP; President of China Region; General Manager of the Redmi brand" in text
    assert "“Group VP and general manager”" in text  # the article's wording, quoted
    assert "22 December 2022" in text  # what came after, dated
    assert "Tencent News" in text


def test_ctrl_c_with_nothing_selected_copies_nothing(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    QApplication.clipboard().setText("before")
    window.navigate("timeline")
    assert not window.copy_selection()
    assert QApplication.clipboard().text() == "before"


def test_partner_details_link_to_what_mentions_them(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QPushButton

    assert window.open_ref("partner:lei-jun")
    detail = window.pane("partners").detail
    links = [b for b in detail.findChildren(QPushButton) if b.objectName() == "linkButton"]
    labels = [b.text() for b in links]
    assert "2 January 2020 · Pledge raised to 50 bn yuan" in labels
    assert any(label.startswith("“It is vital to conquer") for label in labels)
    quote = next(b for b in links if b.text().startswith("“It is vital"))
    qtbot.mouseClick(quote, Qt.MouseButton.LeftButton)
    assert window.current_section() == "strategy"
    grid = window.pane("strategy").quotes
    assert grid.model().card(grid.currentIndex().row()).ref == "quote:battlefield"


def test_a_backlink_shows_its_whole_label_where_there_is_room(window) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QPushButton

    window.resize(1920, 1080)
    assert window.open_ref("partner:zhang-feng")
    detail = window.pane("partners").detail
    [link] = [b for b in detail.findChildren(QPushButton) if b.objectName() == "linkButton"]
    # It was cut to 60 characters however wide the panel: "…, new entrepre…".
    assert link.text() == "16 August 2020 · Mobile × AIoT, nine partners, new entrepreneurs"


def test_backlinks_in_the_content_layer(content) -> None:  # type: ignore[no-untyped-def]
    assert content.backlinks("partner:zhang-feng") == ("event:2020-08-16",)
    assert content.backlinks("partner:lu-weibing") == ("event:2020-08-16", "event:2022-12-22")
    assert "quote:moat" in content.backlinks("partner:lei-jun")
    assert content.backlinks("partner:nobody") == ()


def test_enter_on_an_event_opens_what_it_is_about(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.navigate("timeline")
    pane = window.pane("timeline")
    pane.view.setFocus()
    pane.view.setCurrentIndex(pane.model.index(pane.model.row_of("event:2021-07-06"), 0))
    qtbot.keyClick(pane.view, Qt.Key.Key_Return)
    assert window.current_section() == "programme"
    batches = window.pane("programme").batches
    assert batches.model().card(batches.currentIndex().row()).ref == "batch:2021-07"


def _select_and_copy(qtbot, view, row: int) -> str:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QItemSelectionModel

    QApplication.clipboard().setText("before")
    view.setFocus()
    view.selectionModel().setCurrentIndex(
        view.model().index(row, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
    )
    qtbot.keyClick(view, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    return QApplication.clipboard().text()


@pytest.mark.parametrize(
    ("section", "view", "ref", "lines"),
    [
        ("overview", "highlights", "partners", ["5 → 9", "Four new partners"]),
        ("strategy", "statements", "statement:moat", ["The moat", "Sources: Article ¶"]),
        ("strategy", "principles", "principle:technology", ["技术为本", "Sources: "]),
        ("programme", "facts", "fact:reward", ["Sources: Article ¶"]),
        ("programme", "batches", "batch:2021-07", ["119,650,000 shares", "Sources: "]),
        ("timeline", "view", "event:2021-07-06", ["6 July 2021", "First programme grant"]),
    ],
)
def test_ctrl_c_copies_a_selected_item_of_every_pane_with_its_sources(  # type: ignore[no-untyped-def]
    window, qtbot, section: str, view: str, ref: str, lines: list[str]
) -> None:
    window.navigate(section)
    grid = getattr(window.pane(section), view)
    text = _select_and_copy(qtbot, grid, grid.model().row_of(ref))
    card = grid.model().card(grid.model().row_of(ref))
    assert card.title in text.splitlines()
    for line in lines:
        assert any(x.startswith(line) for x in text.splitlines()), (line, text)
    assert text.splitlines()[-1].startswith("Sources: ")


def test_ctrl_c_copies_the_highlighted_sentence_with_its_source(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    QApplication.clipboard().setText("before")
    assert window.open_ref("source:article#s9")
    pane = window.pane("sources")
    pane.list.setFocus()
    qtbot.keyClick(pane.list, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    text = QApplication.clipboard().text().splitlines()
    sentence = window.content.sentence("article", "s9")
    assert text[0] == f"“{sentence.text}”"
    assert text[1].startswith(f"Sources: Article ¶{sentence.paragraph} — “Xiaomi’s CEO")


def test_ctrl_c_copies_the_selected_source(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.navigate("sources")
    pane = window.pane("sources")
    source = window.content.source("cjsb")
    text = _select_and_copy(qtbot, pane.list, pane.model.row_of("cjsb")).splitlines()
    assert text[0] == source.label
    assert source.publisher in text[1]


def test_ctrl_c_copies_the_card_last_chosen_when_two_lists_have_one(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.navigate("strategy")
    pane = window.pane("strategy")
    _select_and_copy(qtbot, pane.statements, pane.statements.model().row_of("statement:moat"))
    text = _select_and_copy(qtbot, pane.quotes, pane.quotes.model().row_of("quote:battlefield"))
    assert text.startswith("“It is vital to conquer the battlefield"), text
