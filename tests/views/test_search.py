"""Global search as a user meets it: type, see grouped results, pick one, land on it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from gui.content.search_index import SearchIndex
from gui.models.roles import SubtitleRole
from gui.models.search_result_model import SearchResultModel, SpansRole
from tests.windows import type_search


def _titles(model: SearchResultModel) -> list[str]:
    return [
        model.index(r, 0, model.index(g, 0)).data()
        for g in range(model.rowCount())
        for r in range(model.rowCount(model.index(g, 0)))
    ]


def test_result_model_passes_the_model_tester(qtmodeltester, content) -> None:  # type: ignore[no-untyped-def]
    model = SearchResultModel()
    qtmodeltester.check(model)
    index = SearchIndex.build(content)
    model.set_hits(index.search("lu"), SearchIndex.KIND_ORDER)
    qtmodeltester.check(model)
    assert model.rowCount() > 1
    model.set_hits(index.search("moat"), SearchIndex.KIND_ORDER)
    qtmodeltester.check(model)
    model.set_hits(())
    qtmodeltester.check(model)
    assert model.rowCount() == 0


def test_typing_shows_grouped_results_with_the_match_marked(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    type_search(qtbot, window, "moat")
    model = window.search_box.panel.model
    groups = [model.index(g, 0).data() for g in range(model.rowCount())]
    assert groups[0] == "Key ideas (1)"
    first = model.first_hit()
    assert first.data() == "The moat"
    snippet = model.data(first, SubtitleRole)
    start, end = first.data(SpansRole)[0]
    assert snippet[start:end].lower() == "moat"
    assert window.search_box.panel.status.text() == "3 results"


def test_enter_opens_the_first_result_in_its_pane(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    type_search(qtbot, window, "moat")
    qtbot.keyClick(window.search_box.field, Qt.Key.Key_Return)
    assert window.current_section() == "strategy"
    grid = window.pane("strategy").statements
    assert grid.model().card(grid.currentIndex().row()).ref == "statement:moat"
    assert not window.search_box.panel.isVisible()


def test_chinese_name_and_pinyin_find_the_partner(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    for query in ("周受资", "zhou shouzi"):
        window.search_box.field.clear()
        type_search(qtbot, window, query)
        assert "Chew Shou Zi" in _titles(window.search_box.panel.model)


def test_arrow_keys_then_enter_pick_another_result(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    type_search(qtbot, window, "group vp")
    titles = _titles(window.search_box.panel.model)
    assert {"Zhang Feng", "Lu Weibing"} <= set(titles)
    qtbot.keyClick(window.search_box.field, Qt.Key.Key_Down)
    current = window.search_box.panel.view.currentIndex()
    assert current.data() == titles[1]
    qtbot.keyClick(window.search_box.field, Qt.Key.Key_Down)
    qtbot.keyClick(window.search_box.field, Qt.Key.Key_Up)
    qtbot.keyClick(window.search_box.field, Qt.Key.Key_Return)
    partner = window.content.partner(window.pane("partners").selected_partner_id())
    assert partner.name == titles[1]


def test_clicking_a_sentence_result_highlights_it_in_the_article(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    type_search(qtbot, window, "battlefield")
    panel = window.search_box.panel
    model = panel.model
    group = next(
        model.index(g, 0)
        for g in range(model.rowCount())
        if model.index(g, 0).data().startswith("Sources")
    )
    hit = model.index(0, 0, group)
    rect = panel.view.visualRect(hit)
    qtbot.mouseClick(panel.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.current_section() == "sources"
    assert window.pane("sources").highlighted == "s7"


def test_no_result_and_empty_query_say_so(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    type_search(qtbot, window, "zzqxj")
    assert window.search_box.panel.status.text() == "No results for “zzqxj”."
    assert window.search_box.panel.model.rowCount() == 0
    window.search_box.field.clear()
    qtbot.waitUntil(
        lambda: window.search_box.panel.status.text() == "Type a name, a word or a number."
    )


def test_escape_closes_the_results(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    type_search(qtbot, window, "lei")
    qtbot.keyClick(window.search_box.field, Qt.Key.Key_Escape)
    assert not window.search_box.panel.isVisible()
    assert window.current_section() == "overview"


def test_search_history_walks_back(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    type_search(qtbot, window, "moat")
    qtbot.keyClick(window.search_box.field, Qt.Key.Key_Return)
    window.back_action.trigger()
    assert window.current_section() == "overview"
    window.forward_action.trigger()
    assert window.current_section() == "strategy"


def test_reset_forgets_the_query(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    type_search(qtbot, window, "moat")
    assert not window.all_panes_pristine()
    window.reset_all_panes()
    assert window.search_box.field.text() == ""
    assert not window.search_box.panel.isVisible()
    assert window.all_panes_pristine()


def _shown_in_viewport(pane, label) -> bool:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QPoint, QRect

    viewport = pane.viewport()
    top_left = label.mapTo(viewport, QPoint(0, 0))
    return viewport.rect().contains(QRect(top_left, label.size()))


@pytest.mark.parametrize(
    ("query", "section", "words"),
    [
        # The principles' note, far down the Strategy pane.
        ("san da tie lu", "strategy", "three iron rules"),
        # The programme's caveat, under the facts.
        ("not verified", "programme", "Not verified"),
        # The overview's context, under the key figures.
        ("9th anniversary", "overview", "9th anniversary"),
    ],
)
def test_a_match_in_a_sections_own_text_is_scrolled_into_view(  # type: ignore[no-untyped-def]
    window, qtbot, query: str, section: str, words: str
) -> None:
    from PySide6.QtWidgets import QLabel

    window.resize(1024, 640)
    type_search(qtbot, window, query)
    qtbot.keyClick(window.search_box.field, Qt.Key.Key_Return)
    assert window.current_section() == section
    pane = window.pane(section)
    [label] = [w for w in pane.findChildren(QLabel) if words in w.text() and w.isVisible()]
    assert _shown_in_viewport(pane, label)


def test_a_cohort_result_opens_the_roster_narrowed_to_it(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    type_search(qtbot, window, "joined 2020")
    model = window.search_box.panel.model
    group = next(
        model.index(g, 0)
        for g in range(model.rowCount())
        if model.index(g, 0).data().startswith("Cohorts")
    )
    hit = model.index(0, 0, group)
    assert hit.data() == "Joined 16 August 2020"
    panel = window.search_box.panel
    qtbot.mouseClick(
        panel.view.viewport(), Qt.MouseButton.LeftButton, pos=panel.view.visualRect(hit).center()
    )
    assert window.current_section() == "partners"
    pane = window.pane("partners")
    assert pane.cohort_combo.currentData() == "2020"
    assert pane.proxy.rowCount() == 4
    assert pane.cohort_text.isVisible()
    assert pane.cohort_text.text().startswith("The four partners who joined on 16 August 2020")
    assert _shown_in_viewport(pane, pane.cohort_text)
    # Back leaves it; all cohorts again hides the description.
    window.back_action.trigger()
    assert window.current_section() == "overview"
    pane.cohort_combo.setCurrentIndex(0)
    assert not pane.cohort_text.isVisible()
    assert pane.proxy.rowCount() == len(window.content.partners)


def test_every_result_the_index_can_give_opens(window, content) -> None:  # type: ignore[no-untyped-def]
    """Each kind of item, found by its name or text, opens in its pane."""
    s, g = content.strategy, content.programme
    queries = [
        *(p.name for p in content.partners),
        *(c.label.en for c in content.cohorts),
        *(p.title for p in s.principles),
        *(x.title.en for x in (*s.statements, *g.facts, *g.batches)),
        *(x.title.zh for x in (*s.statements, *g.facts, *g.batches)),
        *(q.text for q in s.quotes),
        *(e.title.en for e in content.events),
        *(e.title.zh for e in content.events),
        *(x.label for x in content.sources),
        *(t.text for x in content.sources for t in x.sentences),
        content.bundle.title,
        s.name,
        g.name,
    ]
    if s.predecessor:
        queries.append(s.predecessor.name)
    index = window.search_index()
    refs = {hit.ref for query in queries if query for hit in index.search(query)}
    assert {"cohort:founding", "partner:lu-weibing", "source:article#s9", "overview"} <= refs
    for ref in sorted(refs):
        assert window.open_ref(ref), ref


def test_ctrl_f_also_focuses_the_search_field(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.navigate("partners")
    window.pane("partners").table.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.search_box.field.hasFocus()


def test_the_match_is_painted_on_the_highlight_colour(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QColor

    type_search(qtbot, window, "moat")
    view = window.search_box.panel.view
    # The second hit (a quote), not the current row, which is painted selected.
    hit = window.search_box.panel.model.index(0, 0, window.search_box.panel.model.index(1, 0))
    view.clearSelection()
    view.setCurrentIndex(window.search_box.panel.model.index(0, 0))
    rect = view.visualRect(hit)
    image = view.viewport().grab(rect).toImage()
    mark = QColor(window.theme.highlight).rgb()
    marked = [
        x for x in range(image.width()) for y in range(image.height()) if image.pixel(x, y) == mark
    ]
    assert marked, "no part of the snippet is on the highlight colour"
    # Only the match: a short run, not the whole row.
    assert max(marked) - min(marked) < rect.width() / 3
