"""The Partners pane's filter row goes to two lines rather than cut its field's hint."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from gui.theming.styling import set_font_scale
from gui.views.main_window import MainWindow


def _settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


def test_the_filter_row_wraps_when_narrow_and_unwraps_when_wide(window: MainWindow, app) -> None:  # type: ignore[no-untyped-def]
    window.resize(1280, 800)
    window.navigate("partners")
    pane = window.pane("partners")
    row, field = pane.controls, pane.filter_edit
    _settle()
    assert not row.wrapped  # one line at the usual size
    try:
        set_font_scale(app, 2.0)  # the hint beside the cohort chooser no longer fits
        _settle()
        hint_width = field.fontMetrics().horizontalAdvance(field.placeholderText())
        assert row.wrapped
        assert field.width() > hint_width
        assert pane.cohort_combo.mapTo(row, pane.cohort_combo.rect().topLeft()).y() >= (
            field.mapTo(row, field.rect().bottomLeft()).y()
        )  # on the line below
        assert pane.horizontalScrollBar().maximum() == 0  # and the page does not scroll
    finally:
        set_font_scale(app, 1.0)
    _settle()
    assert not row.wrapped
