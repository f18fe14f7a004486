"""Programme members from the search box, --show and history, on a real window over a
bundle that lists members: the Programme pane opens with the member's row selected and on
screen."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QRect, Qt

from gui.__main__ import show_on_start
from gui.content import Content, load_bundle
from gui.content.schema import ProgrammeMember
from gui.content.search_index import SearchIndex
from gui.content.synthetic import write_bundle
from gui.models.search_result_model import SearchResultModel
from gui.views.main_window import MainWindow
from tests.windows import close_window, shown_window, type_search


@pytest.fixture(scope="module")
def member_content(tmp_path_factory: pytest.TempPathFactory) -> Content:
    return load_bundle(write_bundle(tmp_path_factory.mktemp("members"), partners=9, members=300))


@pytest.fixture
def window(app, qtbot, member_content: Content) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    # Small: the members table is below the fold. Panes are built when first shown.
    with shown_window(member_content, qtbot, size=(1024, 640)) as win:
        yield win


def _far_down(content: Content) -> ProgrammeMember:
    """A member far down the table, with a Chinese name, and names no one else has."""
    names: dict[str, int] = {}
    for person in (*content.partners, *content.programme.members):
        for name in filter(None, (person.name, person.name_zh)):
            names[name] = names.get(name, 0) + 1
    return next(
        m
        for m in content.programme.members[250:]
        if m.name_zh and names[m.name] == names[m.name_zh] == 1
    )


def _selected_member(window: MainWindow) -> str | None:
    roster = window.pane("programme").members
    rows = roster.table.selectionModel().selectedRows()
    if len(rows) != 1:
        return None
    return roster.model.member(roster.proxy.mapToSource(rows[0]).row()).id


def _row_on_screen(window: MainWindow) -> bool:
    """The selected row is inside the table's viewport and the page's."""
    pane = window.pane("programme")
    table = pane.members.table
    [row] = table.selectionModel().selectedRows()
    rect = table.visualRect(row)
    top_left = table.viewport().mapTo(pane.viewport(), rect.topLeft())
    return (
        table.isVisible()
        and table.viewport().rect().contains(rect)
        and pane.viewport().rect().contains(QRect(top_left, rect.size()))
    )


@pytest.mark.parametrize("how", ["name", "chinese", "pinyin"])
def test_a_members_name_then_enter_opens_the_programme_at_that_member(  # type: ignore[no-untyped-def]
    window, qtbot, member_content, how
) -> None:
    from gui.content.pinyin import PinyinTable

    member = _far_down(member_content)
    pinyin = PinyinTable().name_index(member.name_zh).split("\x1f")[1]  # "wang weiming"
    query = {"name": member.name, "chinese": member.name_zh, "pinyin": pinyin}[how]
    type_search(qtbot, window, query)
    model = window.search_box.panel.model
    assert model.index(0, 0).data().startswith("Programme members (")
    assert model.first_hit().data() == member.name
    qtbot.keyClick(window.search_box.field, Qt.Key.Key_Return)
    assert window.current_section() == "programme"
    assert _selected_member(window) == member.id
    assert window.pane("programme").members.table.hasFocus()
    assert _row_on_screen(window)
    assert window.history.current == f"member:{member.id}"


def test_a_member_hidden_by_the_filter_is_shown(window, qtbot, member_content) -> None:  # type: ignore[no-untyped-def]
    member = _far_down(member_content)
    window.navigate("programme")
    roster = window.pane("programme").members
    qtbot.keyClicks(roster.filter_edit, "nobody-is-called-this")
    assert roster.proxy.rowCount() == 0
    type_search(qtbot, window, member.name)
    qtbot.keyClick(window.search_box.field, Qt.Key.Key_Return)
    assert roster.filter_edit.text() == ""
    assert roster.proxy.rowCount() == len(member_content.programme.members)
    assert _selected_member(window) == member.id
    assert _row_on_screen(window)


def test_back_and_forward_return_to_a_member(window, qtbot, member_content) -> None:  # type: ignore[no-untyped-def]
    first, second = member_content.programme.members[5], _far_down(member_content)
    assert window.open_ref(f"member:{first.id}")
    type_search(qtbot, window, second.name)
    qtbot.keyClick(window.search_box.field, Qt.Key.Key_Return)
    assert _selected_member(window) == second.id
    window.back_action.trigger()
    assert _selected_member(window) == first.id
    assert _row_on_screen(window)
    window.back_action.trigger()
    assert window.current_section() == "overview"
    window.forward_action.trigger()
    window.forward_action.trigger()
    assert window.current_section() == "programme"
    assert _selected_member(window) == second.id
    assert _row_on_screen(window)


def test_show_opens_a_member_before_the_window_is_shown(app, qtbot, member_content) -> None:  # type: ignore[no-untyped-def]
    """--show member:ID, as main() applies it: before the window is first shown."""
    from gui.application import create_main_window

    member = _far_down(member_content)
    win = create_main_window(member_content)
    win.resize(1024, 640)
    try:
        assert show_on_start(win, f"member:{member.id}")
        win.show()
        qtbot.waitExposed(win)
        assert win.current_section() == "programme"
        assert _selected_member(win) == member.id
        assert _row_on_screen(win)
        assert not show_on_start(win, "member:nobody")
    finally:
        close_window(win)


def test_a_member_is_still_shown_after_switching_language(window, qtbot, member_content) -> None:  # type: ignore[no-untyped-def]
    from gui.desktop.i18n import translations

    member = _far_down(member_content)
    assert window.open_ref(f"member:{member.id}")
    try:
        translations().switch("zh_CN")
        qtbot.waitUntil(lambda: window.windowTitle().endswith("战略浏览器"))
        assert window.current_section() == "programme"
        assert _selected_member(window) == member.id
        assert QCoreApplication.translate("SearchResultModel", "Programme members") == "计划成员"
    finally:
        translations().switch("en")
        qtbot.waitUntil(lambda: window.windowTitle().endswith("Strategy Viewer"))


def test_result_model_with_members_passes_the_model_tester(  # type: ignore[no-untyped-def]
    qtmodeltester, member_content
) -> None:
    index = SearchIndex.build(member_content)
    model = SearchResultModel()
    for query in ("wang", "engineer", _far_down(member_content).name):
        model.set_hits(index.search(query), SearchIndex.KIND_ORDER)
        qtmodeltester.check(model)
        groups = [model.index(g, 0).data() for g in range(model.rowCount())]
        assert any(g.startswith("Programme members (") for g in groups), groups


def test_ctrl_c_copies_the_member_opened(window, qtbot, member_content) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QApplication

    member = next(m for m in member_content.programme.members if m.name_zh and m.batch)
    assert window.open_ref(f"member:{member.id}")
    table = window.pane("programme").members.table
    assert table.hasFocus()
    QApplication.clipboard().clear()
    qtbot.keyClick(table, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    lines = QApplication.clipboard().text().splitlines()
    batch = member_content.batch(member.batch)
    assert member.role is not None
    assert lines[:2] == [f"{member.name} ({member.name_zh})", member.role.en]
    assert lines[2].startswith(batch.title.en or "")
    assert lines[3].startswith("Sources: ")
