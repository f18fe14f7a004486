"""The Programme pane's members: a table when the bundle lists them, nothing when not."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QTableView

from gui.content import load_bundle
from gui.content.synthetic import write_bundle
from gui.views.main_window import MainWindow
from tests.windows import shown_window


@pytest.fixture
def member_window(app, qtbot, tmp_path: Path) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    content = load_bundle(write_bundle(tmp_path, partners=9, members=2_000))
    with shown_window(content, qtbot) as win:
        yield win


def test_no_members_no_table(window) -> None:  # type: ignore[no-untyped-def]
    window.navigate("programme")
    pane = window.pane("programme")
    assert pane.members is None
    assert pane.findChild(QTableView, "memberTable") is None


def test_members_are_listed_and_filtered(member_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    member_window.navigate("programme")
    pane = member_window.pane("programme")
    roster = pane.members
    table = pane.findChild(QTableView, "memberTable")
    assert table is roster.table
    assert table.isVisibleTo(pane)
    assert table.model().rowCount() == 2_000
    assert roster.count_label.text() == "2,000 members"
    qtbot.keyClicks(roster.filter_edit, "wang")
    shown = table.model().rowCount()
    assert 0 < shown < 2_000
    assert roster.count_label.text() == f"{shown:,} of 2,000 shown"
    assert all("wang" in table.model().index(r, 0).data().casefold() for r in range(shown))
    qtbot.keyClicks(roster.filter_edit, " nobody-is-called-this")
    assert roster.count_label.text() == "No member matches"
    assert not pane.is_pristine()
    pane.reset()
    assert table.model().rowCount() == 2_000
    assert pane.is_pristine()


def _icon_colour(action) -> str:  # type: ignore[no-untyped-def]
    """The colour of the icon's most opaque pixel, as #rrggbb."""
    image = action.icon().pixmap(16, 16).toImage()
    best = max(
        (image.pixelColor(x, y) for y in range(image.height()) for x in range(image.width())),
        key=lambda c: c.alpha(),
    )
    return best.name()


def test_the_members_filter_icon_follows_the_theme(member_window) -> None:  # type: ignore[no-untyped-def]
    from gui.theming.theme import THEMES

    member_window.navigate("programme")
    roster = member_window.pane("programme").members
    for name in ("dark", "light"):
        member_window.set_theme(THEMES[name])
        assert _icon_colour(roster.filter_icon) == THEMES[name].text_muted.lower()
