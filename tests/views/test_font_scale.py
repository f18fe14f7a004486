"""At 200 % zoom nothing is clipped: no pane scrolls sideways at 1920×1080, no label is
squeezed below its longest word, no table cell ends in "…", and cards grow to hold their
text. In a 1280×800 window at 200 % the partner table may scroll sideways (a data table
may, WCAG 1.4.10), but still cuts nothing; and the pseudo-locale's longer strings fit."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QTextLayout, QTextOption
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QApplication,
    QLabel,
    QLineEdit,
    QScrollArea,
    QStyle,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from gui.content import SECTIONS
from gui.theming.styling import set_font_scale
from gui.views.card_grid_view import CardGridView
from gui.views.main_window import MainWindow
from gui.views.wrapped_text_delegate import WrappedTextDelegate


@pytest.fixture
def zoomed(window: MainWindow, app) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    window.resize(1920, 1080)
    set_font_scale(app, 2.0)
    _settle()
    yield window
    set_font_scale(app, 1.0)


def _settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


def _show(window: MainWindow, section: str) -> None:
    """The section, with the parts that appear on demand showing."""
    refs = {"partners": "partner:lu-weibing", "timeline": "event:2020-08-16"}
    if section in refs:
        window.open_ref(refs[section])
    else:
        window.navigate(section)
    _settle()


def _sideways(area: QAbstractScrollArea) -> str:
    if area.horizontalScrollBar().maximum() > 0:
        return f"{area.objectName() or type(area).__name__} scrolls sideways"
    if isinstance(area, QScrollArea) and area.widget() is not None:
        need = area.widget().minimumSizeHint().width()
        have = area.viewport().width()
        if need > have:
            return f"{area.objectName() or type(area).__name__} needs {need} px, has {have}"
    return ""


def _squeezed(pane: QWidget) -> list[str]:
    return [
        f"{label.objectName()} {label.text()[:40]!r}: {label.width()} < "
        f"{label.minimumSizeHint().width()}"
        for label in pane.findChildren(QLabel)
        if label.isVisible() and label.text() and label.width() < label.minimumSizeHint().width()
    ]


def _cut_placeholders(root: QWidget) -> list[str]:
    """Empty text fields whose hint is wider than the room for text between their icons
    (Qt would end it in "…"): the room runs from where the cursor stands in the empty
    field to where it stands when the field is right-aligned."""
    cut = []
    for field in root.findChildren(QLineEdit):
        hint = field.placeholderText()
        if not field.isVisible() or field.text() or not hint:
            continue
        alignment = field.alignment()
        start = field.cursorRect().center().x()
        field.setAlignment(Qt.AlignmentFlag.AlignRight)
        QApplication.processEvents()  # the field lays its text out again
        room = field.cursorRect().center().x() - start
        field.setAlignment(alignment)
        QApplication.processEvents()
        need = field.fontMetrics().horizontalAdvance(hint)
        if need > room:
            cut.append(f"{field.objectName()} hint {hint[:30]!r}: {need} > {room}")
    return cut


def _cut_cells(table: QTableView) -> list[str]:
    """Cells Qt would paint cut short: a header narrower than its label, a column
    narrower than its widest cell, or, in a column that wraps, a word wider than the
    cell's text or more lines than the row's height holds."""
    model, header = table.model(), table.horizontalHeader()
    style = table.style()
    margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, table) + 1
    cut = []
    for column in range(model.columnCount()):
        if header.isSectionHidden(column):
            continue
        width = header.sectionSize(column)
        name = model.headerData(column, header.orientation())
        if width < header.sectionSizeHint(column):
            cut.append(f"header {name!r}: {width} < {header.sectionSizeHint(column)}")
        delegate = table.itemDelegateForColumn(column)
        if not (table.wordWrap() and isinstance(delegate, WrappedTextDelegate)):
            if width < table.sizeHintForColumn(column):
                cut.append(f"column {name!r}: {width} < {table.sizeHintForColumn(column)}")
            continue
        for row in range(model.rowCount()):
            index = model.index(row, column)
            option = QStyleOptionViewItem()
            option.initFrom(table)
            option.rect = QRect(0, 0, width, table.rowHeight(row))
            delegate.initStyleOption(option, index)
            box = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, option, table)
            line_width = box.width() - 2 * margin
            layout = QTextLayout(option.text, option.font)
            wrap = QTextOption()
            wrap.setWrapMode(QTextOption.WrapMode.WordWrap)
            layout.setTextOption(wrap)
            layout.beginLayout()
            lines = []
            while (line := layout.createLine()).isValid():
                line.setLineWidth(line_width)
                lines.append(line)
            layout.endLayout()
            widest = max(line.naturalTextWidth() for line in lines)
            height = sum(line.height() for line in lines)
            if widest > line_width or height > box.height():
                need, room = f"{widest:.0f}x{height:.0f}", f"{line_width}x{box.height()}"
                cut.append(f"{option.text!r}: {need} in {room}")
    return cut


@pytest.mark.parametrize(
    ("width", "height", "scale", "language", "tables_may_scroll"),
    [
        (1920, 1080, 2.0, "en", False),
        (1280, 800, 1.0, "en", False),
        (1280, 800, 0.75, "en", False),
        (1280, 800, 1.0, "pseudo", False),
        # Too narrow for the roster's columns and its roles' least width: it scrolls.
        (1280, 800, 2.0, "en", True),
        (1280, 800, 2.0, "zh_CN", True),
        (1024, 768, 1.0, "pseudo", True),
    ],
)
def test_nothing_is_clipped(  # type: ignore[no-untyped-def]
    window: MainWindow, app, width, height, scale, language, tables_may_scroll
) -> None:
    """No pane (nor any list, table or panel in it) scrolls sideways, no label is
    narrower than its longest word and no table cell is cut: at 200 % on a full-HD
    screen, at the default window size and zoom, at 200 % in that window (where only a
    table may scroll sideways), in the pseudo-locale's longer strings, and at 75 %."""
    from gui.desktop.i18n import translations

    translations().switch(language)
    window.resize(width, height)
    set_font_scale(app, scale)
    try:
        _settle()
        _assert_nothing_clipped(window, tables_may_scroll)
    finally:
        set_font_scale(app, 1.0)
        translations().switch("en")


def _assert_nothing_clipped(zoomed: MainWindow, tables_may_scroll: bool = False) -> None:
    problems = []
    for section in SECTIONS:
        _show(zoomed, section)
        pane = zoomed.pane(section)
        areas = [pane, *(a for a in pane.findChildren(QAbstractScrollArea) if a.isVisible())]
        if tables_may_scroll:
            areas = [a for a in areas if not isinstance(a, QTableView)]
        problems += [f"{section}: {p}" for p in map(_sideways, areas) if p]
        problems += [f"{section}: {p}" for p in _squeezed(pane)]
        problems += [f"{section}: {p}" for p in _cut_placeholders(pane)]
        for table in pane.findChildren(QTableView):
            if table.isVisible():
                problems += [f"{section}: {p}" for p in _cut_cells(table)]
    problems += [f"sidebar: {p}" for p in _cut_placeholders(zoomed.search_box)]
    assert problems == []


def test_a_stacked_roster_keeps_rows_in_view_at_200_percent(window: MainWindow, app) -> None:  # type: ignore[no-untyped-def]
    """In a 1280×800 window at 200 % the roster sits above the details: it keeps three
    rows' height (the page scrolls) instead of one row squeezed by the details."""
    from gui.roster.partners_pane import STACKED_MIN_ROWS

    window.resize(1280, 800)
    set_font_scale(app, 2.0)
    try:
        _show(window, "partners")
        pane = window.pane("partners")
        # At 200 % the details open as a page of their own: back to the roster, which is
        # then laid out (a hidden roster keeps whatever size it last had).
        pane.close_details()
        _settle()
        table = pane.table
        assert table.isVisible()
        rows = table.verticalHeader().defaultSectionSize()
        assert rows >= table.fontMetrics().height() * 2  # one-line rows, at this zoom
        assert table.viewport().height() >= STACKED_MIN_ROWS * rows
        # Two whole rows at once, each role on as many lines as it needs.
        assert table.rowHeight(0) + table.rowHeight(1) <= table.viewport().height()
    finally:
        set_font_scale(app, 1.0)


def test_the_sections_fit_the_sidebar_at_200_percent(zoomed: MainWindow) -> None:
    nav = zoomed.navigation
    assert nav.horizontalScrollBar().maximum() == 0
    for row in range(nav.model().rowCount()):
        index = nav.model().index(row, 0)
        text_width = nav.fontMetrics().horizontalAdvance(index.data())
        assert nav.visualRect(index).width() > text_width + nav.iconSize().width()
    for label in (zoomed.brand, zoomed.brand_sub):
        assert label.width() >= label.sizeHint().width(), label.text()


def _card_heights(window: MainWindow) -> dict[str, int]:
    return {
        f"{name}/{grid.accessibleName()}": grid.card_size.height()
        for name, pane in window.panes.items()
        for grid in pane.findChildren(CardGridView)
    }


def test_cards_grow_with_the_text(window: MainWindow, app) -> None:  # type: ignore[no-untyped-def]
    window.resize(1920, 1080)
    for section in SECTIONS:  # lay every grid out at its real width
        window.navigate(section)
        _settle()
    before = _card_heights(window)
    set_font_scale(app, 2.0)
    try:
        for section in SECTIONS:
            window.navigate(section)
            _settle()
        after = _card_heights(window)
    finally:
        set_font_scale(app, 1.0)
    assert before.keys() == after.keys()
    assert before
    assert all(after[k] > before[k] for k in before), (before, after)


def test_card_text_fits_its_card(zoomed: MainWindow) -> None:
    """Every card of every grid is as tall as its text needs at the grid's card width."""
    for section in SECTIONS:
        _show(zoomed, section)
        for grid in zoomed.pane(section).findChildren(CardGridView):
            delegate = grid.itemDelegate()
            model = grid.model()
            width = grid.card_size.width()
            for row in range(model.rowCount()):
                need = delegate.height_for_width(model.index(row, 0), width, grid.font())
                assert need <= grid.card_size.height()
            assert grid.height() >= grid.sizeHint().height() > 0
