"""`--show REF` and `--search TEXT` as main() applies them, on a real window: each kind of
reference opens its pane at its item; an unknown one says so and opens the overview."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from gui.__main__ import show_on_start
from gui.models.roles import RefRole


def _current_card(grid) -> str:  # type: ignore[no-untyped-def]
    return grid.model().card(grid.currentIndex().row()).ref


def _partner(w) -> str | None:  # type: ignore[no-untyped-def]
    return w.pane("partners").selected_partner_id()


def _event(w) -> str:  # type: ignore[no-untyped-def]
    return w.pane("timeline").view.currentIndex().data(RefRole)


def _card(section: str, grid: str):  # type: ignore[no-untyped-def]
    return lambda w: _current_card(getattr(w.pane(section), grid))


@pytest.mark.parametrize(
    ("ref", "section", "shown", "expected"),
    [
        ("partner:lu-weibing", "partners", _partner, "lu-weibing"),
        ("event:2020-08-16", "timeline", _event, "event:2020-08-16"),
        ("source:article#s12", "sources", lambda w: w.pane("sources").highlighted, "s12"),
        ("source:cjsb", "sources", lambda w: w.pane("sources").source.id, "cjsb"),
        ("statement:moat", "strategy", _card("strategy", "statements"), "statement:moat"),
        ("quote:battlefield", "strategy", _card("strategy", "quotes"), "quote:battlefield"),
        ("principle:value", "strategy", _card("strategy", "principles"), "principle:value"),
        ("fact:reward", "programme", _card("programme", "facts"), "fact:reward"),
        ("batch:2022-03", "programme", _card("programme", "batches"), "batch:2022-03"),
        (
            "cohort:founding",
            "partners",
            lambda w: w.pane("partners").cohort_combo.currentData(),
            "founding",
        ),
        ("strategy:predecessor", "strategy", lambda w: w.history.current, "strategy:predecessor"),
        ("timeline", "timeline", lambda w: w.history.current, "timeline"),
    ],
)
def test_show_opens_each_kind_of_reference(  # type: ignore[no-untyped-def]
    window, capsys, ref, section, shown, expected
) -> None:
    assert show_on_start(window, ref)
    assert window.current_section() == section
    assert shown(window) == expected
    assert "nothing to show" not in capsys.readouterr().err


@pytest.mark.parametrize("ref", ["partner:nobody", "source:article#s999", "nonsense!", "member:x"])
def test_an_unknown_target_says_so_and_opens_the_overview(window, capsys, ref) -> None:  # type: ignore[no-untyped-def]
    window.navigate("partners")  # as --section partners would have
    assert not show_on_start(window, ref)
    assert window.current_section() == "overview"
    assert f"nothing to show for {ref!r}; opening the overview" in capsys.readouterr().err


def test_search_on_start_shows_the_results_and_enter_opens_the_first(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.search_box.set_query("moat")  # what main() does with --search "moat"
    panel = window.search_box.panel
    assert panel.isVisible()
    assert panel.status.text() == "3 results"
    assert panel.model.first_hit().data() == "The moat"
    qtbot.keyClick(window.search_box.field, Qt.Key.Key_Return)
    assert window.current_section() == "strategy"
    assert _current_card(window.pane("strategy").statements) == "statement:moat"
