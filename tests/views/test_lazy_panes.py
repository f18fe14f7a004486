"""Panes are built when first needed: the first paint waits for the overview only."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QEvent

from gui.content import SECTIONS
from gui.views.main_window import MainWindow
from gui.views.pane import Pane


@pytest.fixture
def fresh_window(app, content) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    from gui.application import create_main_window

    win = create_main_window(content)
    yield win
    win.close()
    win.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def test_only_the_first_pane_is_built_at_start(fresh_window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    assert list(fresh_window.panes.built()) == ["overview"]
    assert fresh_window.stack.count() == len(SECTIONS)
    assert fresh_window.current_section() == "overview"
    with qtbot.waitSignal(fresh_window.panes_rebuilt, timeout=1000):
        fresh_window.navigate("partners")
    assert list(fresh_window.panes.built()) == ["overview", "partners"]
    pane = fresh_window.pane("partners")
    assert fresh_window.stack.currentWidget() is pane
    assert fresh_window.stack.indexOf(pane) == SECTIONS.index("partners")


def test_a_link_builds_the_pane_it_leads_to(fresh_window: MainWindow) -> None:
    assert fresh_window.open_ref("batch:2022-03")
    assert fresh_window.current_section() == "programme"
    assert fresh_window.pane("programme").batches.currentIndex().row() == 1
    # An unbuilt pane is pristine and has nothing to reset.
    assert fresh_window.panes.is_built("programme")
    assert not fresh_window.panes.is_built("timeline")
    fresh_window.pane("programme").batches.clearSelection()
    assert fresh_window.all_panes_pristine()


def test_every_pane_can_be_built_and_rebuilt(fresh_window: MainWindow) -> None:
    panes = dict(fresh_window.panes)
    assert list(panes) == list(SECTIONS)
    assert all(isinstance(p, Pane) for p in panes.values())
    assert [fresh_window.stack.widget(i) for i in range(len(SECTIONS))] == list(panes.values())
    fresh_window.navigate("timeline")
    fresh_window.rebuild_panes()  # a new language or theme
    assert fresh_window.current_section() == "timeline"
    assert set(fresh_window.panes.built()) == {"overview", "timeline"}
    assert fresh_window.pane("timeline") is not panes["timeline"]
