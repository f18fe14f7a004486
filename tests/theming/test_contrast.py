"""The WCAG contrast arithmetic and the stylesheet parsing the theme tests rely on."""

from __future__ import annotations

import pytest

from gui.theming.contrast import (
    QssPair,
    contrast_ratio,
    qss_focus_borders,
    qss_foregrounds,
    qss_pairs,
    relative_luminance,
)


def test_luminance_of_black_and_white() -> None:
    assert relative_luminance("#000000") == 0
    assert relative_luminance("#FFFFFF") == pytest.approx(1)


@pytest.mark.parametrize(
    ("a", "b", "ratio"),
    [
        ("#000000", "#ffffff", 21.0),
        ("#ffffff", "#000000", 21.0),  # order does not matter
        ("#777777", "#ffffff", 4.48),  # the classic "grey that just fails AA"
        ("#767676", "#ffffff", 4.54),
        ("#336699", "#336699", 1.0),
    ],
)
def test_contrast_ratio(a: str, b: str, ratio: float) -> None:
    assert contrast_ratio(a, b) == pytest.approx(ratio, abs=0.01)


@pytest.mark.parametrize("bad", ["red", "#fff", "#12345678", "{{text}}"])
def test_only_opaque_hex_colours(bad: str) -> None:
    with pytest.raises(ValueError, match="#rrggbb"):
        relative_luminance(bad)


SAMPLE = """
/* a comment { color: {{nope}}; background: {{nope}}; } */
QLabel#a { color: {{text}}; background: {{surface}}; padding: 2px; }
QLabel#b,
QLabel#c { color: {{accent}}; }
QListView { selection-color: {{accent_text}}; selection-background-color: {{accent}}; }
QLineEdit:focus, QComboBox:focus { border: 2px solid {{accent}}; }
QPushButton:focus { border-bottom: 1px dotted {{text}}; background: transparent; }
"""


def test_pairs_are_colours_set_in_one_rule() -> None:
    assert qss_pairs(SAMPLE) == [
        QssPair("QLabel#a", "text", "surface"),
        QssPair("QListView", "accent_text", "accent"),
    ]


def test_foregrounds_without_a_background() -> None:
    assert qss_foregrounds(SAMPLE) == [("QLabel#b, QLabel#c", "accent")]


def test_focus_borders() -> None:
    assert qss_focus_borders(SAMPLE) == [
        ("QLineEdit:focus, QComboBox:focus", "accent"),
        ("QPushButton:focus", "text"),
    ]
