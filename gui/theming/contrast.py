"""WCAG 2 contrast: relative luminance, contrast ratios, and the colour pairs a stylesheet
template sets. Plain Python, no Qt: the theme tests and tools use it without a display.

https://www.w3.org/TR/WCAG21/#dfn-contrast-ratio
"""

from __future__ import annotations

import re
from dataclasses import dataclass

AA_TEXT = 4.5  # WCAG 2.1 AA, normal-size text (1.4.3)
AA_NON_TEXT = 3.0  # WCAG 2.1 AA, focus indicators and other graphics (1.4.11)

_HEX = re.compile(r"^#([0-9a-fA-F]{6})$")


def _channel(value: int) -> float:
    c = value / 255
    return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4


def relative_luminance(colour: str) -> float:
    """Luminance of an opaque `#rrggbb` colour, 0 (black) to 1 (white)."""
    match = _HEX.match(colour)
    if match is None:
        raise ValueError(f"expected an opaque #rrggbb colour, not {colour!r}")
    digits = match.group(1)
    r, g, b = (_channel(int(digits[i : i + 2], 16)) for i in (0, 2, 4))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast_ratio(first: str, second: str) -> float:
    """(L1 + 0.05) / (L2 + 0.05) with L1 the lighter: 1.0 (none) to 21.0 (black on white)."""
    light, dark = sorted((relative_luminance(first), relative_luminance(second)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


@dataclass(frozen=True)
class QssPair:
    """A foreground and a background colour token that one stylesheet rule sets together."""

    selector: str
    foreground: str
    background: str


_COMMENT = re.compile(r"/\*.*?\*/", re.DOTALL)
# A rule: a selector, then a body in braces that may hold `{{token}}` placeholders.
_RULE = re.compile(r"([^{}]+)\{((?:[^{}]|\{\{\w+\}\})*)\}")
_DECLARATION = re.compile(r"([\w-]+)\s*:\s*\{\{(\w+)\}\}")
_BORDER_TOKEN = re.compile(r"border(?:-[\w-]+)?\s*:[^;{}]*?\{\{(\w+)\}\}")
# Which property colours text drawn on which background property, in one rule.
_PAIRED = (
    ("color", ("background", "background-color")),
    ("selection-color", ("selection-background-color",)),
)


def _rules(template: str) -> list[tuple[str, str]]:
    return [
        (" ".join(selector.split()), body)
        for selector, body in _RULE.findall(_COMMENT.sub("", template))
    ]


def qss_rules(template: str) -> list[tuple[str, dict[str, str]]]:
    """(selector, {property: token}) for each rule of a `{{token}}` stylesheet template."""
    return [(selector, dict(_DECLARATION.findall(body))) for selector, body in _rules(template)]


def qss_pairs(template: str) -> list[QssPair]:
    """Text-on-background token pairs that a template's rules set together."""
    pairs = []
    for selector, props in qss_rules(template):
        for fg_prop, bg_props in _PAIRED:
            bg = next((props[p] for p in bg_props if p in props), None)
            if fg_prop in props and bg is not None:
                pairs.append(QssPair(selector, props[fg_prop], bg))
        if "alternate-background-color" in props and "color" in props:
            pairs.append(QssPair(selector, props["color"], props["alternate-background-color"]))
    return pairs


def qss_focus_borders(template: str) -> list[tuple[str, str]]:
    """(selector, token) for each border colour that a `:focus` rule draws."""
    return [
        (selector, token)
        for selector, body in _rules(template)
        if ":focus" in selector
        for token in _BORDER_TOKEN.findall(body)
    ]


def qss_foregrounds(template: str) -> list[tuple[str, str]]:
    """(selector, token) for rules that set a text colour but leave the background to
    whatever the widget sits on."""
    return [
        (selector, props["color"])
        for selector, props in qss_rules(template)
        if "color" in props and not ({"background", "background-color"} & props.keys())
    ]
