"""The on-screen keyboard: a visitor taps a field, types on the keys, sees the results; the
keyboard never covers them, at any screen size, and goes away when it should."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QPushButton, QWidget

from gui.content import SECTIONS
from gui.kiosk.on_screen_keyboard import KEY_MIN_PX, OnScreenKeyboard
from gui.models.search_result_model import SearchResultModel
from tests.windows import activate

SIZES = [(1024, 600), (1280, 800), (1920, 1080), (1080, 1920)]


def _titles(model: SearchResultModel) -> list[str]:
    return [
        model.index(r, 0, model.index(g, 0)).data()
        for g in range(model.rowCount())
        for r in range(model.rowCount(model.index(g, 0)))
    ]


def _tap(qtbot, widget: QWidget) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=widget.rect().center())


def _type(qtbot, keyboard: OnScreenKeyboard, text: str) -> None:  # type: ignore[no-untyped-def]
    for char in text:
        _tap(qtbot, keyboard.keys["space" if char == " " else char])


def _tap_section(qtbot, window, name: str) -> None:  # type: ignore[no-untyped-def]
    nav = window.navigation
    rect = nav.visualRect(window.sections.index(SECTIONS.index(name), 0))
    qtbot.mouseClick(nav.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: window.current_section() == name)


def _in_window(widget: QWidget) -> QRect:
    return QRect(widget.mapTo(widget.window(), QPoint(0, 0)), widget.size())


def _visible_in_window(widget: QWidget) -> QRect:
    """The part of `widget` that its ancestors do not clip, in window coordinates."""
    rect = widget.visibleRegion().boundingRect()
    return QRect(widget.mapTo(widget.window(), rect.topLeft()), rect.size())


@pytest.fixture
def sized(kiosk_window) -> Iterator[None]:  # type: ignore[no-untyped-def]
    yield
    kiosk_window.resize(1280, 800)


def _open_on_search(qtbot, kiosk) -> tuple[QLineEdit, OnScreenKeyboard]:  # type: ignore[no-untyped-def]
    activate(qtbot, kiosk.window)
    field = kiosk.window.search_box.field
    keyboard = kiosk.keyboard
    assert keyboard is not None
    _tap(qtbot, field)
    qtbot.waitUntil(keyboard.isVisible, timeout=2000)
    return field, keyboard


def test_tapping_the_search_field_opens_it_and_typing_lu_finds_lu_weibing(
    kiosk_window, qtbot, make_kiosk
) -> None:  # type: ignore[no-untyped-def]
    kiosk = make_kiosk()
    assert kiosk.keyboard is not None
    assert not kiosk.keyboard.isVisible()
    field, keyboard = _open_on_search(qtbot, kiosk)
    _type(qtbot, keyboard, "lu")
    assert field.text() == "lu"
    panel = kiosk_window.search_box.panel
    qtbot.waitUntil(lambda: "Lu Weibing" in _titles(panel.model), timeout=2000)
    assert panel.isVisible()
    assert QApplication.focusWidget() is field  # the keys never took the focus
    assert keyboard.isVisible()


def test_editing_keys_backspace_space_clear_and_digits(kiosk_window, qtbot, make_kiosk) -> None:  # type: ignore[no-untyped-def]
    kiosk = make_kiosk()
    field, keyboard = _open_on_search(qtbot, kiosk)
    _type(qtbot, keyboard, "zhou shouzi")
    assert field.text() == "zhou shouzi"
    _tap(qtbot, keyboard.backspace_key)
    assert field.text() == "zhou shouz"
    _tap(qtbot, keyboard.clear_key)
    assert field.text() == ""
    _type(qtbot, keyboard, "2020")
    assert field.text() == "2020"
    field.undo()  # real editing: the field's own undo knows the typing
    assert field.text() != "2020"


def test_the_roster_filter_gets_the_keyboard_and_filters(kiosk_window, qtbot, make_kiosk) -> None:  # type: ignore[no-untyped-def]
    kiosk = make_kiosk()
    _tap_section(qtbot, kiosk_window, "partners")
    partners = kiosk_window.pane("partners")
    qtbot.waitUntil(partners.filter_edit.isVisible)
    rows = partners.table.model().rowCount()
    _tap(qtbot, partners.filter_edit)
    keyboard = kiosk.keyboard
    qtbot.waitUntil(keyboard.isVisible, timeout=2000)
    _type(qtbot, keyboard, "lu")
    assert partners.filter_edit.text() == "lu"
    qtbot.waitUntil(lambda: partners.table.model().rowCount() < rows, timeout=2000)
    # Moving to the search field keeps it open, for that field now.
    _tap(qtbot, kiosk_window.search_box.field)
    assert keyboard.isVisible()
    _type(qtbot, keyboard, "x")
    assert kiosk_window.search_box.field.text() == "x"
    assert partners.filter_edit.text() == "lu"


@pytest.mark.parametrize(("width", "height"), SIZES, ids=[f"{w}x{h}" for w, h in SIZES])
def test_it_never_covers_the_field_or_its_results(
    kiosk_window, qtbot, make_kiosk, sized, width: int, height: int
) -> None:  # type: ignore[no-untyped-def]
    kiosk = make_kiosk()
    kiosk.guard.stop()  # a kiosk on a screen of this size: the test screen is another
    kiosk_window.resize(width, height)
    qtbot.waitUntil(lambda: kiosk_window.size().width() == width, timeout=2000)
    field, keyboard = _open_on_search(qtbot, kiosk)
    _type(qtbot, keyboard, "lu")
    panel = kiosk_window.search_box.panel
    qtbot.waitUntil(lambda: "Lu Weibing" in _titles(panel.model), timeout=2000)
    qtbot.waitUntil(panel.isVisible, timeout=2000)

    board = _in_window(keyboard)
    assert board.bottom() == kiosk_window.height() - 1
    assert board.width() == kiosk_window.width()
    assert board.height() < kiosk_window.height() * 0.45
    for shown in (field, panel, panel.view.viewport()):
        seen = _visible_in_window(shown)
        assert not seen.intersects(board), (shown.objectName(), seen, board)
    assert _visible_in_window(panel).height() == panel.height()  # all of it, unclipped
    assert _visible_in_window(field).height() == field.height()
    assert panel.view.visualRect(panel.model.first_hit()).height() > 0
    central = _in_window(kiosk_window.centralWidget())
    assert central.bottom() < board.top()
    keys = keyboard.findChildren(QPushButton)
    assert all(k.width() >= KEY_MIN_PX and k.height() >= KEY_MIN_PX for k in keys)
    assert all(board.contains(_in_window(k)) for k in keys)
    if width >= 1920:
        assert keyboard.keys["a"].height() > KEY_MIN_PX + 20  # bigger on a big screen

    # The roster: its filter field and the filtered table stay above the keyboard too.
    _tap_section(qtbot, kiosk_window, "partners")
    partners = kiosk_window.pane("partners")
    qtbot.waitUntil(lambda: not panel.isVisible() and not keyboard.isVisible())
    _tap(qtbot, partners.filter_edit)
    assert keyboard.isVisible()
    _type(qtbot, keyboard, "lu")
    qtbot.waitUntil(lambda: partners.filter_edit.text() == "lu")
    for shown in (partners.filter_edit, partners.table.viewport()):
        seen = _visible_in_window(shown)
        assert seen.height() > 0, shown.objectName()
        assert not seen.intersects(board), (shown.objectName(), seen)


def test_done_closes_it_and_gives_the_page_its_height_back(kiosk_window, qtbot, make_kiosk) -> None:  # type: ignore[no-untyped-def]
    kiosk = make_kiosk()
    full = kiosk_window.centralWidget().height()
    field, keyboard = _open_on_search(qtbot, kiosk)
    qtbot.waitUntil(lambda: kiosk_window.centralWidget().height() < full)
    _tap(qtbot, keyboard.done_key)
    assert not keyboard.isVisible()
    qtbot.waitUntil(lambda: kiosk_window.centralWidget().height() == full)
    assert field.hasFocus()
    _tap(qtbot, field)  # a second tap on the field brings it back
    qtbot.waitUntil(keyboard.isVisible, timeout=2000)


def test_focus_leaving_the_fields_closes_it(kiosk_window, qtbot, make_kiosk) -> None:  # type: ignore[no-untyped-def]
    kiosk = make_kiosk()
    _field, keyboard = _open_on_search(qtbot, kiosk)
    _tap_section(qtbot, kiosk_window, "timeline")
    qtbot.waitUntil(lambda: not keyboard.isVisible(), timeout=2000)


def test_the_idle_reset_closes_it(kiosk_window, qtbot, make_kiosk) -> None:  # type: ignore[no-untyped-def]
    kiosk = make_kiosk(idle_timeout_seconds=0.5, attract_interval_seconds=0)
    field, keyboard = _open_on_search(qtbot, kiosk)
    _type(qtbot, keyboard, "lu")
    with qtbot.waitSignal(kiosk.idle_reset, timeout=3000):
        pass
    assert not keyboard.isVisible()
    assert field.text() == ""
    assert kiosk.is_home_and_clean()


def test_the_idle_closes_it_also_on_a_clean_home_page(kiosk_window, qtbot, make_kiosk) -> None:  # type: ignore[no-untyped-def]
    kiosk = make_kiosk(idle_timeout_seconds=0.3, attract_interval_seconds=0)
    _field, keyboard = _open_on_search(qtbot, kiosk)  # nothing typed: home is still clean
    qtbot.waitUntil(kiosk.idle.is_idle, timeout=3000)
    assert not keyboard.isVisible()


def test_a_chosen_result_closes_it(kiosk_window, qtbot, make_kiosk) -> None:  # type: ignore[no-untyped-def]
    kiosk = make_kiosk()
    _field, keyboard = _open_on_search(qtbot, kiosk)
    _type(qtbot, keyboard, "lu weibing")
    panel = kiosk_window.search_box.panel
    qtbot.waitUntil(lambda: "Lu Weibing" in _titles(panel.model), timeout=2000)
    view = panel.view
    qtbot.mouseClick(
        view.viewport(),
        Qt.MouseButton.LeftButton,
        pos=view.visualRect(view.currentIndex()).center(),
    )
    qtbot.waitUntil(lambda: not keyboard.isVisible(), timeout=2000)
    assert kiosk_window.current_section() != "overview"


def test_every_key_is_accessible_and_never_takes_the_focus(kiosk_window, make_kiosk) -> None:  # type: ignore[no-untyped-def]
    keyboard = make_kiosk().keyboard
    keys = keyboard.findChildren(QPushButton)
    assert len(keys) == 26 + 10 + 4
    assert {k.accessibleName() for k in keys} >= {*"ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"}
    assert all(k.accessibleName() for k in keys)
    assert all(k.focusPolicy() == Qt.FocusPolicy.NoFocus for k in keys)
    assert keyboard.focusPolicy() == Qt.FocusPolicy.NoFocus
    assert keyboard.accessibleName() == "On-screen keyboard"


def test_it_speaks_the_ui_language(kiosk_window, qtbot, make_kiosk) -> None:  # type: ignore[no-untyped-def]
    from gui.desktop.i18n import translations

    keyboard = make_kiosk().keyboard
    try:
        translations().switch("zh_CN")
        qtbot.waitUntil(lambda: keyboard.done_key.text() == "完成", timeout=3000)
        assert keyboard.space_key.text() == "空格"
        assert keyboard.clear_key.text() == "清除"
        assert keyboard.backspace_key.accessibleName() == "退格"
    finally:
        translations().switch("en")
    qtbot.waitUntil(lambda: keyboard.done_key.text() == "Done", timeout=3000)


def test_it_is_off_when_kiosk_ini_says_so(kiosk_window, qtbot, make_kiosk) -> None:  # type: ignore[no-untyped-def]
    kiosk = make_kiosk(on_screen_keyboard=False)
    assert kiosk.keyboard is None
    activate(qtbot, kiosk_window)
    central = kiosk_window.centralWidget()
    qtbot.waitUntil(lambda: central.height() == kiosk_window.height())  # no menu bar
    _tap(qtbot, kiosk_window.search_box.field)
    qtbot.wait(50)
    assert not any(k.isVisible() for k in kiosk_window.findChildren(OnScreenKeyboard))
    assert central.height() == kiosk_window.height()


def test_the_desktop_app_has_none(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    full = window.centralWidget().height()
    _tap(qtbot, window.search_box.field)
    qtbot.keyClicks(window.search_box.field, "lu")
    qtbot.wait(50)
    assert window.findChildren(OnScreenKeyboard) == []
    assert window.centralWidget().height() == full
