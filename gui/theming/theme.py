"""Colour themes: named colour tokens, applied to the palette and the stylesheet templates.

Stylesheets in resources/styles/NN_*.qss use `{{token}}` placeholders so that every theme
shares one set of rules; only the colours differ.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from PySide6.QtGui import QColor, QPalette

from ..desktop.paths import resources_dir
from .resources import icon_file


@dataclass(frozen=True)
class Theme:
    name: str
    window: str  # page background
    surface: str  # cards, panels
    surface_alt: str  # navigation, headers
    text: str
    text_muted: str
    accent: str  # brand colour: links, selection, focus
    accent_text: str  # text on the accent colour
    border: str
    highlight: str  # background of a highlighted (cited) sentence
    highlight_text: str
    founding: str  # cohort colours
    joined: str

    def tokens(self) -> dict[str, str]:
        return {k: v for k, v in self.__dict__.items() if k != "name"}

    def palette(self) -> QPalette:
        pal = QPalette()
        role = QPalette.ColorRole
        for r, value in (
            (role.Window, self.window),
            (role.Base, self.surface),
            (role.AlternateBase, self.surface_alt),
            (role.Text, self.text),
            (role.WindowText, self.text),
            (role.ButtonText, self.text),
            (role.Button, self.surface),
            (role.Highlight, self.accent),
            (role.HighlightedText, self.accent_text),
            (role.PlaceholderText, self.text_muted),
            (role.ToolTipBase, self.surface),
            (role.ToolTipText, self.text),
            (role.Link, self.accent),
            (role.Mid, self.border),
        ):
            pal.setColor(r, QColor(value))
        return pal


THEMES: dict[str, Theme] = {
    "light": Theme(
        name="light",
        window="#f4f5f7",
        surface="#ffffff",
        surface_alt="#eceef2",
        text="#1c1f24",
        text_muted="#5a6270",
        accent="#b93e0b",  # 4.8:1 on surface_alt (AA), was #c2410c (4.46)
        accent_text="#ffffff",
        border="#d6dae1",
        highlight="#ffe7b3",
        highlight_text="#1c1f24",
        founding="#1d4ed8",
        joined="#a84d08",  # was #b45309: 4.3:1 on surface_alt
    ),
    "dark": Theme(
        name="dark",
        window="#16181d",
        surface="#20232a",
        surface_alt="#1b1e24",
        text="#e8eaee",
        text_muted="#a3abb8",
        accent="#fb923c",
        accent_text="#16181d",
        border="#363b45",
        highlight="#6b4a10",
        highlight_text="#fff8e6",
        founding="#93c5fd",
        joined="#fcd34d",
    ),
    "high-contrast": Theme(
        name="high-contrast",
        window="#000000",
        surface="#000000",
        surface_alt="#000000",
        text="#ffffff",
        text_muted="#e6e6e6",
        accent="#ffd400",
        accent_text="#000000",
        border="#ffffff",
        highlight="#ffd400",
        highlight_text="#000000",
        founding="#7fdbff",
        joined="#ffd400",
    ),
}

CHIP_RADIUS = 13  # px at 100 % zoom: a 9 pt CJK label's chip is 26 px tall

_TOKEN = re.compile(r"\{\{(\w+)\}\}")
_FONT_SIZE = re.compile(r"(font-size:\s*)(\d+(?:\.\d+)?)pt")


def stylesheet(theme: Theme, font_scale: float = 1.0) -> str:
    """All stylesheets in order, with the theme's colours filled in and every point size
    multiplied by `font_scale` (the zoom factor of gui.theming.font_scale). A stylesheet that
    needs an image file the app cannot write is left out whole."""
    tokens: dict[str, str | None] = dict(theme.tokens())
    # Chips (source and link buttons) are pills at every zoom: Qt draws a border-radius
    # over half the height as no radius at all, so the height is held at twice the radius
    # (less the 2 px padding and 1 px border above and below), for Latin and CJK labels.
    radius = round(CHIP_RADIUS * font_scale)
    tokens["chip_radius"] = f"{radius}px"
    tokens["chip_min_height"] = f"{2 * radius - 6}px"
    arrow = icon_file("chevron-down", theme.text_muted)
    tokens["chevron_down"] = arrow.as_posix() if arrow else None
    parts = []
    for path in sorted((resources_dir() / "styles").glob("*.qss")):
        text = path.read_text(encoding="utf-8")
        if any(tokens.get(name) is None for name in _TOKEN.findall(text)):
            continue
        parts.append(_TOKEN.sub(lambda m: str(tokens[m.group(1)]), text))
    sheet = "\n".join(parts)
    if font_scale != 1.0:
        sheet = _FONT_SIZE.sub(
            lambda m: f"{m.group(1)}{float(m.group(2)) * font_scale:.4g}pt", sheet
        )
    return sheet
