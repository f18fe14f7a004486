"""What a zoom, a theme change or a pane switch costs: the work that made them slow is
not done (hidden panes laid out, a pane painted twice), and what is deferred is still
done before anyone sees it. Timings themselves are benchmark figures (bench/latency.py);
these tests count the work."""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QListView, QWidget

from gui.views.main_window import MainWindow
from gui.views.when_shown import LayoutWhenShown
from gui.views.wrapped_text_delegate import WrappedTextDelegate
from tests.windows import settle


class _CountingDelegate(WrappedTextDelegate):
    """The wrapped-text delegate, recording the row of every item it measures."""

    def __init__(self, parent: QObject, padding_lines: float = 0.0) -> None:
        super().__init__(parent, padding_lines)
        self.measured: list[int] = []

    def sizeHint(self, option, index):  # type: ignore[no-untyped-def]
        self.measured.append(index.row())
        return super().sizeHint(option, index)


class _FirstFramePaints(QObject):
    """Counts, per widget, the paint events of the first frame (the first update request
    to a window) after `start()`."""

    def __init__(self) -> None:
        super().__init__()
        self.paints: Counter[int] = Counter()
        self._frames = 0

    def start(self) -> None:
        self.paints.clear()
        self._frames = 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.UpdateRequest:
            self._frames += 1
        elif event.type() == QEvent.Type.Paint and self._frames == 1:
            self.paints[id(watched)] += 1
        return False


def test_layout_when_shown_runs_now_or_once_on_show(qtbot) -> None:  # type: ignore[no-untyped-def]
    widget = QWidget()
    qtbot.addWidget(widget)
    runs: list[bool] = []
    step = LayoutWhenShown(widget, lambda: runs.append(widget.isVisible()))
    step.request()
    step.request()
    assert runs == []  # hidden: waits
    assert step.pending
    widget.show()
    assert runs == [True]  # once, as it is shown (before it is painted)
    assert not step.pending
    step.request()
    assert runs == [True, True]  # visible: at once


def test_a_zoom_does_not_measure_the_hidden_sources_list(ui, qtbot) -> None:  # type: ignore[no-untyped-def]
    window: MainWindow = ui.window
    window.navigate("sources")
    settle(qtbot)
    window.navigate("overview")
    settle(qtbot)
    sources: QListView = window.pane("sources").list
    counting = _CountingDelegate(sources)
    measured = counting.measured
    sources.setItemDelegate(counting)
    measured.clear()
    ui.menu.zoom_in()
    settle(qtbot)
    assert measured == []
    # Shown again, the list is laid out for the new font before it is painted: every
    # item as tall as its wrapped text now needs.
    window.navigate("sources")
    assert measured
    settle(qtbot)
    model = sources.model()

    def heights() -> list[int]:
        return [sources.visualRect(model.index(r, 0)).height() for r in range(model.rowCount())]

    shown = heights()
    sources.doItemsLayout()  # laid out afresh: nothing was left stale
    assert heights() == shown


def test_a_switch_paints_the_new_pane_once(ui, qtbot) -> None:  # type: ignore[no-untyped-def]
    window: MainWindow = ui.window
    for name in ("sources", "timeline", "overview"):
        window.navigate(name)
        settle(qtbot)
    counter = _FirstFramePaints()
    QApplication.instance().installEventFilter(counter)
    try:
        for name in ("sources", "timeline", "strategy"):
            counter.start()
            window.navigate(name)
            settle(qtbot)
            page = window.pane(name).widget()
            assert counter.paints[id(page)] == 1, name
    finally:
        QApplication.instance().removeEventFilter(counter)


def test_a_zoom_does_not_measure_the_hidden_roster(ui, qtbot) -> None:  # type: ignore[no-untyped-def]
    from gui.roster.partner_table_model import PartnerTableModel

    window: MainWindow = ui.window
    window.navigate("partners")
    settle(qtbot)
    table = window.pane("partners").table
    counting = _CountingDelegate(table, padding_lines=0.6)
    measured = counting.measured
    table.setItemDelegateForColumn(PartnerTableModel.COL_ROLE, counting)
    window.navigate("overview")
    settle(qtbot)
    measured.clear()
    ui.menu.zoom_in()
    ui.themes.set_choice("dark")
    settle(qtbot)
    assert measured == []
    # Shown again: the rows fit their wrapped roles at the new size.
    window.navigate("partners")
    settle(qtbot)
    assert measured
    heights = [table.rowHeight(r) for r in range(table.model().rowCount())]
    table.resizeRowsToContents()
    assert [table.rowHeight(r) for r in range(table.model().rowCount())] == heights


class _StyleChanges(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.count: Counter[int] = Counter()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.StyleChange:
            self.count[id(watched)] += 1
        return False


def test_a_theme_change_restyles_each_widget_once_per_stylesheet(ui, qtbot) -> None:  # type: ignore[no-untyped-def]
    # Replacing an application stylesheet makes Qt restyle a widget once for itself and
    # once more for each of its ancestors: deep in a pane, a dozen times.
    window: MainWindow = ui.window
    deep = window.pane("sources").list.viewport()
    depth = 0
    parent = deep.parentWidget()
    while parent is not None:
        depth, parent = depth + 1, parent.parentWidget()
    assert depth > 4
    counter = _StyleChanges()
    QApplication.instance().installEventFilter(counter)
    try:
        ui.themes.set_choice("dark")
    finally:
        QApplication.instance().removeEventFilter(counter)
    assert 1 <= counter.count[id(deep)] <= 2


def test_a_label_remembers_its_heights_until_something_changes(qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QFont

    from gui.views.widgets import plain_label

    label = plain_label("word " * 60)
    qtbot.addWidget(label)
    tall = label.heightForWidth(300)
    assert label.heightForWidth(300) == tall
    label.setText("word")
    short = label.heightForWidth(300)
    assert short < tall
    font = QFont(label.font())
    font.setPointSizeF(font.pointSizeF() * 2)
    label.setFont(font)
    assert label.heightForWidth(300) > short
    label.setStyleSheet("padding: 20px")
    label.ensurePolished()
    assert label.heightForWidth(300) >= label.fontMetrics().height() + 40
    label.clear()
    assert label.heightForWidth(300) < label.fontMetrics().height() + 40


def test_text_fields_keep_the_stylesheet_through_zoom_and_theme(ui, qtbot) -> None:  # type: ignore[no-untyped-def]
    """The fields with a style of their own (icons that follow the zoom) lost the
    application stylesheet when it was removed and set again: the search field shrank to
    its bare size (26 px, from 38)."""
    window: MainWindow = ui.window
    fields = [window.search_box.field, window.pane("partners").filter_edit]

    def heights() -> list[int]:
        return [field.sizeHint().height() for field in fields]

    start = heights()
    ui.themes.set_choice("dark")
    settle(qtbot)
    assert heights() == start  # a theme changes no size
    ui.menu.zoom_in()
    settle(qtbot)
    assert all(zoomed >= before for zoomed, before in zip(heights(), start, strict=True))
    ui.menu.zoom_out()
    settle(qtbot)
    assert heights() == start
