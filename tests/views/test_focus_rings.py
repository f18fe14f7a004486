"""Focus is shown on the focused control only, in one ring style: 2px in the accent."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication

from gui.content import SECTIONS
from gui.theming.contrast import qss_focus_borders
from gui.theming.theme import THEMES, stylesheet
from gui.views.main_window import MainWindow


def _activate(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def _template() -> str:
    from pathlib import Path

    root = Path(__file__).resolve().parents[2] / "resources" / "styles"
    return "\n".join(p.read_text(encoding="utf-8") for p in sorted(root.glob("*.qss")))


def test_every_focus_ring_in_the_stylesheet_is_the_accent() -> None:
    rings = qss_focus_borders(_template())
    assert rings
    assert [(selector, token) for selector, token in rings if token != "accent"] == []


def test_no_stylesheet_rule_rings_a_whole_pane() -> None:
    sheet = stylesheet(THEMES["light"])
    assert not re.search(r"(^|[\s,}])Pane\s*[:{]", sheet)
    assert "detailPanel:focus" not in sheet


@pytest.mark.parametrize("section", SECTIONS)
def test_panes_take_no_focus(window: MainWindow, section: str) -> None:
    assert window.pane(section).focusPolicy() == Qt.FocusPolicy.NoFocus


def test_partner_details_take_no_focus(window: MainWindow) -> None:
    window.open_ref("partner:lu-weibing")
    assert window.pane("partners").detail.focusPolicy() == Qt.FocusPolicy.NoFocus


def _near(image: QImage, x: int, y: int, colour: str, tolerance: int = 40) -> bool:
    pixel, wanted = image.pixelColor(x, y), QColor(colour)
    return all(
        abs(a - b) <= tolerance
        for a, b in zip(pixel.getRgb()[:3], wanted.getRgb()[:3], strict=True)
    )


def test_a_focused_card_has_one_ring_in_the_accent(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    """The timeline's current card: its edge in the accent, nothing in the text colour
    inside it (a dashed black ring sat inside the orange edge)."""
    _activate(window, qtbot)
    window.navigate("timeline")
    view = window.pane("timeline").view
    view.setCurrentIndex(view.model().index(0, 0))
    view.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(view.hasFocus)
    QApplication.processEvents()
    rect = view.visualRect(view.model().index(0, 0))
    image = view.viewport().grab().toImage()
    theme = window.theme
    # The card's left edge, then a band just inside it (the cards' text starts further in).
    x_edge = next(
        x
        for x in range(rect.left() + 20, rect.right())
        if _near(image, x, rect.center().y(), theme.accent)
    )
    band = [
        (x_edge + dx, y) for dx in range(3, 7) for y in range(rect.top() + 14, rect.bottom() - 14)
    ]
    assert not any(_near(image, x, y, theme.text, 60) for x, y in band), "a second ring inside"


def test_the_focused_section_is_ringed_in_the_accent(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    """The current section, as in the kiosk's attract loop: no ring in the text colour."""
    _activate(window, qtbot)
    nav = window.navigation
    nav.setFocus(Qt.FocusReason.OtherFocusReason)
    qtbot.waitUntil(nav.hasFocus)
    QApplication.processEvents()
    rect = nav.visualRect(nav.currentIndex())
    image = nav.viewport().grab().toImage()
    theme = window.theme
    y = rect.center().y()
    assert _near(image, rect.left() + 1, y, theme.accent, 60)  # the ring, outside the fill
    inside = [image.pixelColor(x, y) for x in range(rect.left() + 4, rect.left() + 12)]
    assert not any(_near(image, rect.left() + 4 + i, y, theme.text, 30) for i in range(len(inside)))
