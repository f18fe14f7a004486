"""CI's share of the screenshot harness (tests/visual/harness.py, `make screenshots`): the
automatic checks on a representative subset of panes × language × theme × size × zoom."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QLabel, QPushButton, QWidget

from gui.content import SECTIONS
from tests.visual import checks
from tests.visual.harness import STATES, Harness, Shot

# The smallest and the largest, a portrait screen, both languages, every theme, 200 %.
SUBSET = [
    ("en", "light", (1024, 600), 1.0),
    ("zh_CN", "dark", (1280, 800), 1.0),
    ("en", "high-contrast", (1280, 800), 2.0),
    ("zh_CN", "light", (1024, 600), 2.0),
    ("zh_CN", "high-contrast", (1080, 1920), 1.0),
    ("en", "dark", (2560, 1440), 2.0),
    # Where scaled margins and gaps once made the programme scroll sideways, and a chip
    # that fitted a line of its own was shortened beside "Sources:" instead.
    ("en", "light", (1024, 600), 2.0),
    ("en", "light", (1080, 1920), 2.0),
]


@pytest.fixture
def harness(ui) -> Iterator[Harness]:  # type: ignore[no-untyped-def]
    from gui.desktop.i18n import translations
    from gui.theming.styling import set_font_scale

    built = Harness(ui)
    try:
        yield built
    finally:
        set_font_scale(built.app, 1.0)
        ui.themes.set_choice("light")
        translations().switch("en")


@pytest.mark.parametrize(("language", "theme", "size", "zoom"), SUBSET)
def test_every_pane_passes_the_checks(harness: Harness, language, theme, size, zoom) -> None:  # type: ignore[no-untyped-def]
    problems = []
    for section in (*SECTIONS, *STATES):
        shot = Shot(language, theme, size, zoom, section)
        harness.show(shot)
        problems += [f"{shot}: {p}" for p in harness.check(shot)]
    assert problems == []


# --- the checks find what they look for ------------------------------------------------


def test_the_checks_see_cut_text_overlap_and_overflow(qtbot) -> None:  # type: ignore[no-untyped-def]
    root = QWidget()
    qtbot.addWidget(root)
    root.resize(200, 100)
    label = QLabel("A label far too long for the forty pixels it gets", root)
    label.setGeometry(0, 0, 40, 20)
    button = QPushButton("A button with a long text", root)
    button.setGeometry(20, 10, 60, 30)  # over the label, and too narrow
    outside = QLabel("x", root)
    outside.setGeometry(190, 90, 30, 30)
    root.show()
    qtbot.waitExposed(root)
    assert any("label far" in p for p in checks.clipped_text(root))
    assert any("A button" in p for p in checks.clipped_text(root))
    assert any(p.startswith("overlap") for p in checks.overlapping_siblings(root))
    assert any(p.startswith("cut by its parent") for p in checks.clipped_by_parent(root))
