"""Every theme's text/background pairs meet WCAG AA (4.5:1), in the palette, in the colours
the delegates paint with, and in every stylesheet rule; focus rings meet 3:1."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QPalette

from gui.desktop.paths import resources_dir
from gui.roster.avatar import _COLOURS as AVATAR_COLOURS
from gui.theming.contrast import (
    AA_NON_TEXT,
    AA_TEXT,
    contrast_ratio,
    qss_focus_borders,
    qss_foregrounds,
    qss_pairs,
)
from gui.theming.theme import THEMES, Theme, stylesheet

ROLE = QPalette.ColorRole
GROUPS = (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive)

# Text role on background role, as Qt's widgets draw them.
PALETTE_PAIRS = [
    (ROLE.Text, ROLE.Base),
    (ROLE.Text, ROLE.AlternateBase),  # alternating table rows
    (ROLE.WindowText, ROLE.Window),
    (ROLE.HighlightedText, ROLE.Highlight),
    (ROLE.ButtonText, ROLE.Button),
    (ROLE.ToolTipText, ROLE.ToolTipBase),
    (ROLE.PlaceholderText, ROLE.Base),
    (ROLE.Link, ROLE.Base),
    (ROLE.Link, ROLE.Window),
]

# Token pairs painted in code (delegates, diagram, detail panel), not by the stylesheet.
PAINTED_PAIRS = [
    ("text", "surface"),  # card titles and bodies
    ("text", "surface_alt"),  # a hovered card
    ("text", "window"),
    ("text_muted", "surface"),  # card subtitles, quotes
    ("text_muted", "surface_alt"),
    ("text_muted", "window"),
    ("accent", "surface"),  # figures, citation chips
    ("accent", "surface_alt"),  # chips on a hovered card
    ("accent", "window"),
    ("accent_text", "accent"),  # selected rows and navigation
    ("highlight_text", "highlight"),  # the cited sentence
    ("founding", "surface"),  # cohort names
    ("founding", "window"),
    ("joined", "surface"),
    ("joined", "window"),
]

# What a widget with only `color:` in its rule may sit on.
PAGE_BACKGROUNDS = ("window", "surface", "surface_alt")


def _templates() -> str:
    """The app's stylesheets and the kiosk's, which fills in the same theme tokens."""
    sheets = [*sorted((resources_dir() / "styles").glob("*.qss"))]
    sheets.append(resources_dir() / "kiosk" / "kiosk.qss")
    return "\n".join(p.read_text(encoding="utf-8") for p in sheets)


def _failures(theme: Theme, pairs: list[tuple[str, str, str]], minimum: float) -> list[str]:
    tokens = theme.tokens()
    out = []
    for where, fg, bg in pairs:
        ratio = contrast_ratio(tokens[fg], tokens[bg])
        if ratio < minimum:
            out.append(
                f"{theme.name}: {where}: {fg} {tokens[fg]} on {bg} {tokens[bg]} = {ratio:.2f}"
            )
    return out


@pytest.fixture(params=sorted(THEMES), ids=str)
def theme(request: pytest.FixtureRequest) -> Theme:
    return THEMES[request.param]


def test_palette_pairs(theme: Theme) -> None:
    palette = theme.palette()
    failures = []
    for group in GROUPS:
        for fg, bg in PALETTE_PAIRS:
            a = palette.color(group, fg).name()
            b = palette.color(group, bg).name()
            ratio = contrast_ratio(a, b)
            if ratio < AA_TEXT:
                failures.append(f"{theme.name}: {fg.name}/{bg.name} {a} on {b} = {ratio:.2f}")
    assert failures == []


def test_painted_pairs(theme: Theme) -> None:
    pairs = [("painted", fg, bg) for fg, bg in PAINTED_PAIRS]
    assert _failures(theme, pairs, AA_TEXT) == []


def test_stylesheet_pairs(theme: Theme) -> None:
    template = _templates()
    pairs = [(p.selector, p.foreground, p.background) for p in qss_pairs(template)]
    pairs += [
        (selector, fg, bg) for selector, fg in qss_foregrounds(template) for bg in PAGE_BACKGROUNDS
    ]
    assert len(pairs) > 20  # the parser found the rules
    assert _failures(theme, pairs, AA_TEXT) == []


def test_focus_indicators(theme: Theme) -> None:
    borders = qss_focus_borders(_templates())
    assert borders
    pairs = [(selector, token, bg) for selector, token in borders for bg in PAGE_BACKGROUNDS]
    assert _failures(theme, pairs, AA_NON_TEXT) == []


def test_every_token_in_the_stylesheets_exists(theme: Theme) -> None:
    stylesheet(theme)  # a KeyError names the unknown token


@pytest.mark.parametrize("colour", AVATAR_COLOURS)
def test_avatar_initials_are_readable(colour: str) -> None:
    assert contrast_ratio("#ffffff", colour) >= AA_TEXT


@pytest.mark.parametrize("name", sorted(THEMES))
def test_the_combo_box_arrow_is_drawn_in_the_themes_colour(app, name: str) -> None:  # type: ignore[no-untyped-def]
    import re
    from pathlib import Path

    theme = THEMES[name]
    sheet = stylesheet(theme)
    urls = re.findall(r'QComboBox::down-arrow \{ image: url\("([^"]+)"\)', sheet)
    assert len(urls) == 1
    arrow = Path(urls[0]).read_text(encoding="utf-8")
    assert f'stroke="{theme.text_muted}"' in arrow
    assert "currentColor" not in arrow


def test_without_a_writable_cache_the_arrow_rules_are_left_out(app, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from gui.theming import theme

    monkeypatch.setattr(theme, "icon_file", lambda name, color: None)
    sheet = stylesheet(THEMES["light"])
    assert "QComboBox::down-arrow" not in sheet
    assert "{{" not in sheet
    assert "QLineEdit, QComboBox {" in sheet  # the rest stays
